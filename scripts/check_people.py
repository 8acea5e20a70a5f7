#!/usr/bin/env python3
"""Validate an office-holder TSV such as newsevents/actors/data/people_g20.tsv.

Plain Python (standard library only). Usage:

    python3 scripts/check_people.py [FILE ...] [--gaps DAYS] [--summary]

Errors (exit status 1):
  * header row is not exactly: id, code, names, start, end, note
  * a data line does not have 6 tab-separated columns, or a field has stray whitespace
  * an id is repeated or does not look like p.<AREA>.<person>.<office>
  * a code does not match ^[A-Z]{3}([A-Z]{3})*$
  * names is empty, has an empty or repeated alias, or a quote character
  * start is missing, or a date is not a real YYYY-MM-DD date, or start > end
  * a date lies after LATEST (2026-12-31)
  * note is empty
  * two terms of the same office overlap. Same office = same area (the first three letters of the code, or the whole code for
    IGO codes) and the same note text before the first ";". Terms are read as [start, end), so end == next start is fine.
    Offices that can have several holders at once must use distinct note texts (e.g. "Acting President of ...").

Warnings (printed, do not fail):
  * with --gaps DAYS: gaps longer than DAYS between consecutive terms of an office (often a missing acting holder)
  * the same id stem (p.AREA.person) used with different canonical names
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import re
import sys
from collections import defaultdict
from pathlib import Path

DEFAULT_FILE = (
    Path(__file__).resolve().parent.parent / "newsevents" / "actors" / "data" / "people_g20.tsv"
)
HEADER = ["id", "code", "names", "start", "end", "note"]
CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
ID_RE = re.compile(r"^p\.[A-Z]{2,3}\.[a-z0-9_]+\.[a-z0-9_]+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LATEST = dt.date(2026, 12, 31)
OPEN_END = dt.date(9999, 12, 31)


def parse_date(text: str) -> dt.date | None:
    if not DATE_RE.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def office_key(code: str, note: str) -> tuple[str, str]:
    area = code if code.startswith("IGO") else code[:3]
    return area, note.split(";", 1)[0].strip()


def check_file(path: Path, gap_days: int | None, summary: bool) -> int:
    errors: list[str] = []
    warnings: list[str] = []
    seen_ids: dict[str, int] = {}
    terms: dict[tuple[str, str], list[tuple[dt.date, dt.date, str, int]]] = defaultdict(list)
    stem_names: dict[str, set[str]] = defaultdict(set)
    per_area: dict[str, int] = defaultdict(int)
    header_seen = False
    n_rows = 0

    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not header_seen:
                header_seen = True
                if cols != HEADER:
                    errors.append(f"{lineno}: header is {cols!r}, expected {HEADER!r}")
                continue
            if len(cols) != len(HEADER):
                errors.append(
                    f"{lineno}: {len(cols)} columns, expected {len(HEADER)}: {line[:80]!r}"
                )
                continue
            n_rows += 1
            rid, code, names, start_s, end_s, note = cols
            where = f"{lineno} ({rid})"
            for name, value in zip(HEADER, cols, strict=False):
                if value != value.strip():
                    errors.append(f"{where}: leading/trailing whitespace in {name}")

            if rid in seen_ids:
                errors.append(f"{where}: duplicate id (first on line {seen_ids[rid]})")
            else:
                seen_ids[rid] = lineno
            if not ID_RE.match(rid):
                errors.append(f"{where}: id does not look like p.<AREA>.<person>.<office>")

            if not CODE_RE.match(code):
                errors.append(f"{where}: code {code!r} does not match {CODE_RE.pattern}")

            aliases = names.split("|")
            if not names or any(not a.strip() for a in aliases):
                errors.append(f"{where}: empty name or alias")
            if len(set(aliases)) != len(aliases):
                errors.append(f"{where}: repeated alias in names")
            if '"' in names:
                errors.append(f"{where}: quote character in names")

            start = parse_date(start_s)
            if start is None:
                errors.append(f"{where}: bad or missing start date {start_s!r}")
            end = None
            if end_s:
                end = parse_date(end_s)
                if end is None:
                    errors.append(f"{where}: bad end date {end_s!r}")
            if start and end and start > end:
                errors.append(f"{where}: start {start} after end {end}")
            for d in (start, end):
                if d and d > LATEST:
                    errors.append(f"{where}: date {d} after {LATEST}")

            if not note.strip():
                errors.append(f"{where}: empty note")

            if start and (end or not end_s):
                key = office_key(code, note)
                terms[key].append((start, end or OPEN_END, rid, lineno))
                per_area[key[0]] += 1
            stem = rid.rsplit(".", 1)[0]
            stem_names[stem].add(aliases[0])

    if not header_seen:
        errors.append("no header row")

    for (area, office), items in sorted(terms.items()):
        items.sort()
        for i, (s1, e1, id1, l1) in enumerate(items):
            for s2, e2, id2, l2 in items[i + 1 :]:
                if s2 >= e1:
                    break
                errors.append(
                    f"{l2} ({id2}): overlaps line {l1} ({id1}) in office {area}/{office!r}: "
                    f"{s1}..{'' if e1 == OPEN_END else e1} vs {s2}..{'' if e2 == OPEN_END else e2}"
                )
        if gap_days is not None:
            for (s1, e1, id1, _), (s2, _e2, id2, _) in itertools.pairwise(items):
                if e1 != OPEN_END and (s2 - e1).days > gap_days:
                    warnings.append(
                        f"gap of {(s2 - e1).days} days in {area}/{office!r}: {id1} ends {e1}, {id2} starts {s2}"
                    )
        open_terms = [rid for _s, e, rid, _l in items if e == OPEN_END]
        if len(open_terms) > 1:
            errors.append(
                f"office {area}/{office!r} has several open-ended terms: {', '.join(open_terms)}"
            )

    for stem, canon in sorted(stem_names.items()):
        if len(canon) > 1:
            warnings.append(f"id stem {stem} used with different canonical names: {sorted(canon)}")

    for w in warnings:
        print(f"warning: {path.name}: {w}")
    for e in errors:
        print(f"error: {path.name}: line {e}" if e[:1].isdigit() else f"error: {path.name}: {e}")
    if summary:
        for area in sorted(per_area):
            print(f"{area}\t{per_area[area]}")
    status = "FAILED" if errors else "ok"
    print(
        f"{path}: {n_rows} rows, {len(terms)} offices, {len(errors)} errors, {len(warnings)} warnings: {status}"
    )
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("files", nargs="*", type=Path, default=[DEFAULT_FILE])
    ap.add_argument(
        "--gaps",
        type=int,
        default=None,
        metavar="DAYS",
        help="warn about gaps longer than DAYS between terms",
    )
    ap.add_argument("--summary", action="store_true", help="print the number of rows per area")
    args = ap.parse_args(argv)
    return max(check_file(f, args.gaps, args.summary) for f in args.files)


if __name__ == "__main__":
    sys.exit(main())
