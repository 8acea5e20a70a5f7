"""Build newsevents/ontology/data/*.tsv from the reference tables in ../shared/ontology.

Run: python scripts/build_ontology.py [SHARED_ONTOLOGY_DIR]. The output files are committed; this
script documents how they were made and re-makes them when the reference tables change.

Choices (documented in newsevents/ontology/README.md):
- Goldstein and quad class are GDELT's. Five codes of the CAMEO manual 1.1b3 missing from GDELT's
  lookup (155, 176, 1834, 1951, 1952) take their parent code's values.
- PLOVER 2021 drops CAMEO 01 (statements) and 02 (appeals). 02x map to REQUEST (PLOVER's requests
  include appeals); 01x map to "none": statements make no event.
- Root 08 (yield) is CONCEDE; the code-level map splits 08x between CONCEDE and RETREAT.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsevents" / "ontology" / "data"
FILLED_PLOVER = {
    "155": "MOBILIZE",
    "176": "COERCE",
    "1834": "ASSAULT",
    "1951": "ASSAULT",
    "1952": "ASSAULT",
    "08": "CONCEDE",
}
FILLED_MODE = {"1951": "aerial", "1952": "drone", "1834": "explosives", "176": "cyber"}


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def parent(code: str, table: dict[str, dict[str, str]]) -> dict[str, str]:
    for cut in (3, 2):
        if len(code) > cut and table.get(code[:cut], {}).get("goldstein_gdelt"):
            return table[code[:cut]]
    raise SystemExit(f"no parent with a Goldstein score for {code}")


def main(src: Path) -> None:
    codes = {r["code"]: r for r in read(src / "cameo_codes.tsv")}
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for code, r in codes.items():
        base = r if r["goldstein_gdelt"] else parent(code, codes)
        plover = FILLED_PLOVER.get(code) or r["plover_event"]
        if plover == "(dropped)":
            plover = "REQUEST" if code.startswith("02") else "none"
        quad = base["quadclass_gdelt"] if not r["quadclass_gdelt"] else r["quadclass_gdelt"]
        rows.append(
            [
                code,
                r["name"],
                base["goldstein_gdelt"],
                quad,
                plover,
                FILLED_MODE.get(code, r["plover_mode"]),
                r["plover_context"],
            ]
        )
    with (OUT / "cameo.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# CAMEO event codes (CAMEO manual 1.1b3; Goldstein and quad class from GDELT's\n"
            "# lookups; PLOVER type/mode from openeventdata/PLOVER CAMEO2PLOVER-2021).\n"
            "# Built by scripts/build_ontology.py; see newsevents/ontology/README.md.\n"
        )
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(
            ["code", "name", "goldstein", "quad_class", "plover", "plover_mode", "plover_context"]
        )
        w.writerows(rows)
    types = read(src / "plover_event_types.tsv")
    with (OUT / "plover_types.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# PLOVER event types (PLOVER manual, CC BY-SA 4.0): quad class and CAMEO roots.\n"
        )
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["type", "quad_class", "quad_name", "cameo_roots", "definition"])
        for t in types:
            quad = "4" if t["event_type"] == "SANCTION" else t["quad_code"]
            w.writerow(
                [
                    t["event_type"],
                    quad,
                    t["quad_name"].split(" (")[0],
                    t["cameo_roots"],
                    t["short_definition"],
                ]
            )
    modes = read(src / "plover_modes.tsv")
    with (OUT / "plover_modes.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# PLOVER modes per event type (PLOVER manual, CC BY-SA 4.0).\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["type", "mode", "definition"])
        for m in modes:
            w.writerow([m["event_type"], m["mode"], m["short_definition"]])
    print(f"wrote {len(rows)} CAMEO codes, {len(types)} PLOVER types, {len(modes)} modes to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "ontology")
