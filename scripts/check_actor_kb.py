#!/usr/bin/env python3
"""Check the actor knowledge-base TSV files and print counts.

Loads newsevents/actors/data/{countries,metonyms,organizations,agents}.tsv and checks:
  - a header row with the expected columns; every data line has exactly that many tabs;
  - `names` is a non-empty |-list without empty or padded items;
  - `id` unique in each file and shaped prefix.CODE.slug (CODE = the line's code, or its
    first three letters for metonyms); countries: iso3 unique;
  - codes are upper-case letters only: actor codes 3, 6, 9, 12 or 15 letters whose first
    three letters are a country code of countries.tsv, a CAMEO region, a generic
    international code or a role code; agent codes 3 or 6 letters made of known role,
    religion or generic codes (shared/ontology/cameo_actor_codes.tsv + Phoenix's extras);
  - start/end are empty or valid YYYY-MM-DD with start <= end.
It also warns (without failing) about surface forms that appear on lines with different
codes, since the resolver must then use context, dates or a longest match.

Usage: python scripts/check_actor_kb.py [--data DIR] [--shared DIR] [--show N]
Exit status 1 when an invariant is broken.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COLUMNS = {
    "countries.tsv": ["code", "iso3", "names", "adjectives", "note"],
    "metonyms.tsv": ["id", "code", "names", "note"],
    "organizations.tsv": ["id", "code", "names", "start", "end", "note"],
    "agents.tsv": ["id", "code", "names", "note"],
}
GENERIC = {"IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS"}
# religion and sector tokens used by Phoenix.agents.txt / ICEWS beyond cameo_actor_codes.tsv
EXTRA_AGENT_TOKENS = {"MUS", "CHR", "CTH", "PRO", "JEW", "HIN", "BUD", "SIK", "MAR"}
ID_RE = re.compile(r"^[a-z]+\.([A-Z]+)\.[a-z0-9_]+$")


def read_tsv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    header: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    for num, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header:
            header = cells
        else:
            rows.append((num, cells))
    return header, rows


def valid_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text))
    except ValueError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / "newsevents" / "actors" / "data")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--show", type=int, default=15, help="ambiguous forms to list")
    args = parser.parse_args(argv)

    errors: list[str] = []
    roles: set[str] = set()
    regions: set[str] = set()
    with open(args.shared / "ontology" / "cameo_actor_codes.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            (regions if row["category"] == "international region" else roles).add(row["code"])
    agent_tokens = roles | GENERIC | EXTRA_AGENT_TOKENS

    tables = {}
    for name, columns in COLUMNS.items():
        header, rows = read_tsv(args.data / name)
        if header != columns:
            errors.append(f"{name}: header {header} != {columns}")
        for num, cells in rows:
            if len(cells) != len(columns):
                errors.append(f"{name}:{num}: {len(cells)} fields, expected {len(columns)}")
        tables[name] = [
            (num, dict(zip(columns, cells, strict=False))) for num, cells in rows if len(cells) == len(columns)
        ]

    country_codes = {r["code"] for _, r in tables["countries.tsv"]}
    country_first = {c[:3] for c in country_codes}
    first_ok = country_first | regions | GENERIC | roles
    surface: dict[str, set[tuple[str, str]]] = defaultdict(set)

    for name, rows in tables.items():
        ids: set[str] = set()
        for num, row in rows:
            where = f"{name}:{num}"
            code = row["code"]
            lists = [("names", row["names"])]
            if name == "countries.tsv":
                lists.append(("adjectives", row["adjectives"]))
            for col, value in lists:
                items = value.split("|") if value else []
                if col == "names" and not items:
                    errors.append(f"{where}: empty names")
                for item in items:
                    if not item or item != item.strip():
                        errors.append(f"{where}: empty or padded item in {col}: {value!r}")
                    key = item if item.isupper() else item.lower().replace("-", " ")
                    surface[key].add((name, code))
            if name == "agents.tsv":
                ok = re.fullmatch(r"[A-Z]{3}|[A-Z]{6}", code) and all(
                    code[i : i + 3] in agent_tokens for i in range(0, len(code), 3)
                )
            else:
                ok = re.fullmatch(r"(?:[A-Z]{3}){1,5}", code) and (
                    name == "countries.tsv" or code[:3] in first_ok
                )
            if not ok:
                errors.append(f"{where}: bad code {code!r}")
            if "id" in row:
                match = ID_RE.match(row["id"])
                want = code[:3] if row["id"].startswith(("seat.", "cap.")) else code
                if not match or match.group(1) not in (code, want):
                    errors.append(f"{where}: id {row['id']!r} does not fit code {code}")
                if row["id"] in ids:
                    errors.append(f"{where}: duplicate id {row['id']}")
                ids.add(row["id"])
            if name == "countries.tsv":
                if not re.fullmatch(r"[A-Z]{3}|---", row["iso3"]):
                    errors.append(f"{where}: bad iso3 {row['iso3']!r}")
                elif row["iso3"] != "---" and row["iso3"] in ids:
                    errors.append(f"{where}: duplicate iso3 {row['iso3']}")
                ids.add(row["iso3"])
            if name == "organizations.tsv":
                for col in ("start", "end"):
                    if row[col] and not valid_date(row[col]):
                        errors.append(f"{where}: bad {col} {row[col]!r}")
                if row["start"] and row["end"] and row["start"] > row["end"]:
                    errors.append(f"{where}: start after end")

    for name, rows in tables.items():
        print(f"{name}: {len(rows)} lines")
    ambiguous = {k: v for k, v in surface.items() if len({c for _, c in v}) > 1}
    print(f"surface forms: {len(surface)}; on lines with different codes: {len(ambiguous)}")
    for key in sorted(ambiguous)[: args.show]:
        print(f"  ambiguous {key!r}: {sorted(ambiguous[key])}")
    for err in errors:
        print("ERROR", err)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
