"""Build newsevents/store/data/*.tsv (export layouts and code crosswalks) from ../shared/ontology.

Run: python scripts/build_layouts.py [SHARED_ONTOLOGY_DIR]. The outputs are committed; this
script documents how they were made. Only facts are taken: column names and order of the
published layouts (GDELT 2.0 events, ICEWS, Phoenix, POLECAT/PLOVER), country code crosswalks
(CAMEO, ISO, FIPS 10-4, COW) and the names of CAMEO actor role codes.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsevents" / "store" / "data"
# Gaps of the source table, filled from the COW state list (United States = 2).
COW_FILLED = {"USA": "2"}
LAYOUTS = {"gdelt": ("gdelt_columns.tsv", "events_2.0"),
           "gdelt-mentions": ("gdelt_columns.tsv", "mentions_2.0"),
           "icews": ("icews_columns.tsv", None),
           "phoenix": ("phoenix_columns.tsv", None), "plover": ("polecat_columns.tsv", None)}


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def write(name: str, header: str, rows: list[list[str]]) -> None:
    lines = [header, *("\t".join(r) for r in rows)]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT / name}: {len(rows)} rows")


def main(src: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for schema, (fname, table) in LAYOUTS.items():
        for r in read(src / fname):
            if table is None or r["table"] == table:
                rows.append([schema, r["index0"], r["name"]])
    write("layouts.tsv", "# Export column layouts (see scripts/build_layouts.py)\n"
          "schema\tindex\tcolumn", rows)
    rows = []
    for r in read(src / "cameo_country_codes.tsv"):
        code = r["cameo_code_current"]
        if len(code) == 3 or (len(code) == 6 and r["iso3166_alpha3"] not in ("", "---")):
            iso3 = r["iso3166_alpha3"] if r["iso3166_alpha3"] != "---" else ""
            fips = r["fips10_4"] if r["fips10_4"].isalpha() and len(r["fips10_4"]) == 2 else ""
            cow = r["cow_numeric"].lstrip("0") or COW_FILLED.get(code, "")
            rows.append([code, iso3, r["iso3166_alpha2"].strip("-"), fips, cow,
                         r["name"].replace("_", " ")])
    write("country_codes.tsv", "# CAMEO country codes with ISO, FIPS 10-4 and COW codes "
          "(facts from openeventdata/CountryInfo, CC BY-SA 3.0)\n"
          "cameo\tiso3\tiso2\tfips\tcow\tname", rows)
    rows = [[r["code"], r["category"], r["gdelt_type_label"] or r["meaning"].split(",")[0]]
            for r in read(src / "cameo_actor_codes.tsv")]
    write("actor_codes.tsv", "# CAMEO actor role/sector codes and their labels (GDELT type "
          "lookup, CAMEO manual)\ncode\tcategory\tlabel", rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "ontology")
