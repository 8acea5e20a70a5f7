#!/usr/bin/env python3
"""Validate benchmarks/data/actors_dev.jsonl (actor-resolution development set).

One JSON object per line:

    {"id": "act-001", "date": "YYYY-MM-DD", "text": "...",
     "mentions": [{"text": "...", "start": 0, "end": 5, "code": "IRQGOV" | null, "rule": "kb"}]}

Span conventions (see CODING.md and the set's brief):
  * a mention is the full noun phrase that names the actor, without a leading determiner
    ("the White House" -> "White House"); "Iraqi Prime Minister Mustafa Al-Kadhimi" is one mention;
  * pronouns (he, his, they, its, ...) are one-word mentions of their own;
  * in an apposition ("Allawi, the finance minister,") only the name is a mention;
  * places used as locations ("in Baghdad") are not mentions; "Baghdad said" is;
  * `role` mentions cover only the role noun ("Protesters" in "Protesters in Baghdad"), while
    `of` mentions include the country ("police in Kenya", "army of Sudan").

Hard checks (exit status 1 on failure): valid JSON, required keys and types, unique ids,
valid dates in 2000-2025, text[start:end] == mention text, no surrounding whitespace, no
overlapping mentions, code matches ^[A-Z]{3}([A-Z]{3})*$ (or is one of the brief's
IGOEU / IGOAFRAU) or is null, rule is known, mentions on word boundaries, the
per-rule minimum counts of the brief, and the overall size.
Soft checks (warnings only): mentions out of order, a leading determiner, a pronoun left
unmarked, more than three sentences, unresolved mentions with a code, or coded mentions with
a null code outside `unresolved`/`demonym`.

Usage: python3 check_actors_dev.py [path/to/actors_dev.jsonl] [--no-quota] [--countries TSV]
  --countries: a cameo_country_codes.tsv; when given, the first three letters of each code must
  be a known country code, an international prefix (IGO, IMG, NGO, ...) or a bare
  sector code (MED, BUS, ...).
"""

import argparse
import collections
import datetime
import itertools
import json
import os
import re
import sys

RULES = (
    "kb",
    "metonym",
    "person",
    "fuzzy",
    "title",
    "demonym",
    "possessive",
    "of",
    "alias",
    "pronoun",
    "role",
    "unresolved",
)
# minimum number of mentions per rule asked for by the brief (rules without a minimum: 0)
MINIMUMS = {
    "person": 25,
    "fuzzy": 15,
    "title": 50,
    "demonym": 60,
    "possessive": 25,
    "of": 10,
    "alias": 40,
    "pronoun": 40,
    "role": 20,
    "unresolved": 15,
}
MIN_MENTIONS = 330
RECORD_RANGE = (100, 150)
CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
# Codes the brief prescribes although they are not a whole number of 3-letter groups
# (European Union, African Union). Accepted as written; every other code must match CODE_RE.
CODE_EXCEPTIONS = {"IGOEU", "IGOAFRAU"}
ID_RE = re.compile(r"^act-\d{3,}$")
RECORD_KEYS = {"id", "date", "text", "mentions"}
MENTION_KEYS = {"text", "start", "end", "code", "rule"}
PRONOUNS = {
    "he",
    "she",
    "his",
    "her",
    "him",
    "hers",
    "they",
    "their",
    "them",
    "theirs",
    "himself",
    "herself",
    "themselves",
    "its",
}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
INTL_PREFIXES = {
    "IGO",
    "IMG",
    "NGO",
    "NGM",
    "MNC",
    "INT",
    "UIS",
    # codes with no country element (e.g. media outlets coded MED in the project KB)
    "MED",
    "BUS",
    "CVL",
    "REL",
    "HRI",
    "REF",
    "HLH",
    "ELI",
    "LAB",
    "EDU",
    "REB",
    "OPP",
    "GOV",
    "MIL",
    "COP",
    "SPY",
    "JUD",
    "LEG",
}


def load_country_prefixes(path):
    prefixes = set(INTL_PREFIXES)
    with open(path, encoding="utf-8") as f:
        f.readline()
        for line in f:
            code = line.split("\t", 1)[0].strip()
            if code:
                prefixes.add(code[:3])
    return prefixes


def sentence_count(text):
    # crude: split on ., ! or ? followed by a space and a capital, ignoring common abbreviations
    t = re.sub(r"\b(U\.S|U\.N|Jr|Mr|Mrs|Dr|Gen|Col|St)\.", r"\1", text)
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", t.strip()) if s])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("path", nargs="?", default=os.path.join(here, "actors_dev.jsonl"))
    ap.add_argument("--no-quota", action="store_true", help="skip the per-rule minimum counts")
    ap.add_argument("--countries", help="cameo_country_codes.tsv to check code prefixes")
    args = ap.parse_args()

    prefixes = load_country_prefixes(args.countries) if args.countries else None
    errors, warnings = [], []
    rule_counts = collections.Counter()
    null_counts = collections.Counter()
    ids = set()
    n_records = n_mentions = 0
    person_codes = collections.defaultdict(set)  # person/fuzzy mention text -> codes seen
    eli_person = 0
    years = collections.Counter()

    with open(args.path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    for ln, line in enumerate(lines, 1):
        where = f"line {ln}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})")
            continue
        if not isinstance(rec, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        n_records += 1
        keys = set(rec)
        if keys != RECORD_KEYS:
            errors.append(f"{where}: keys {sorted(keys)} != {sorted(RECORD_KEYS)}")
            if not keys >= RECORD_KEYS:
                continue
        rid, date, text, mentions = rec["id"], rec["date"], rec["text"], rec["mentions"]
        where = f"line {ln} ({rid})"
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        try:
            d = datetime.date.fromisoformat(date)
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", date) or not 2000 <= d.year <= 2025:
                raise ValueError
            years[d.year] += 1
        except (TypeError, ValueError):
            errors.append(f"{where}: bad date {date!r} (YYYY-MM-DD, 2000-2025)")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty or non-string text")
            continue
        sc = sentence_count(text)
        if sc > 3:
            warnings.append(f"{where}: {sc} sentences (expected 1-3)")
        if not isinstance(mentions, list) or not mentions:
            errors.append(f"{where}: mentions must be a non-empty list")
            continue

        spans = []
        prev_start = -1
        for i, m in enumerate(mentions):
            mw = f"{where} mention {i}"
            if not isinstance(m, dict) or set(m) != MENTION_KEYS:
                errors.append(
                    f"{mw}: keys {sorted(m) if isinstance(m, dict) else m!r} != {sorted(MENTION_KEYS)}"
                )
                continue
            n_mentions += 1
            mt, s, e, code, rule = m["text"], m["start"], m["end"], m["code"], m["rule"]
            if (
                not (isinstance(s, int) and isinstance(e, int))
                or isinstance(s, bool)
                or isinstance(e, bool)
            ):
                errors.append(f"{mw}: start/end must be integers")
                continue
            if not (0 <= s < e <= len(text)):
                errors.append(f"{mw}: span [{s},{e}) outside text of length {len(text)}")
                continue
            if text[s:e] != mt:
                errors.append(f"{mw}: text[{s}:{e}] = {text[s:e]!r} != {mt!r}")
            if mt != mt.strip():
                errors.append(f"{mw}: surrounding whitespace in {mt!r}")
            # span must sit on word boundaries
            if (s > 0 and text[s - 1].isalnum() and mt[:1].isalnum()) or (
                e < len(text) and text[e].isalnum() and mt[-1:].isalnum()
            ):
                errors.append(f"{mw}: {mt!r} cuts a word")
            if code is not None and (
                not isinstance(code, str) or not (CODE_RE.match(code) or code in CODE_EXCEPTIONS)
            ):
                errors.append(f"{mw}: bad code {code!r}")
            if prefixes is not None and isinstance(code, str) and code[:3] not in prefixes:
                errors.append(f"{mw}: unknown code prefix {code[:3]!r} in {code}")
            if rule not in RULES:
                errors.append(f"{mw}: unknown rule {rule!r}")
            else:
                rule_counts[rule] += 1
                if code is None:
                    null_counts[rule] += 1
            if rule == "unresolved" and code is not None:
                warnings.append(f"{mw}: unresolved mention {mt!r} has code {code}")
            if code is None and rule not in ("unresolved", "demonym"):
                warnings.append(f"{mw}: {rule} mention {mt!r} has a null code")
            first = mt.split()[0].lower() if mt.split() else ""
            if first in DETERMINERS:
                warnings.append(f"{mw}: leading determiner in {mt!r}")
            if rule == "pronoun" and mt.lower() not in PRONOUNS | {"it"}:
                warnings.append(f"{mw}: pronoun mention {mt!r} is not a pronoun")
            if rule in ("person", "fuzzy") and isinstance(code, str):
                person_codes[mt].add(code)
                if (
                    code.endswith("ELI")
                    or code[3:] in ("SPY", "JUD", "MIL", "LEG")
                    or code.startswith("IGO")
                ):
                    eli_person += 1
            if s < prev_start:
                warnings.append(f"{mw}: mentions not in text order")
            prev_start = s
            spans.append((s, e, mt))

        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in itertools.pairwise(spans):
            if s2 < e1:
                errors.append(
                    f"{where}: overlapping mentions {t1!r} [{s1},{e1}) and {t2!r} [{s2},{e2})"
                )

        covered = [(s, e) for s, e, _ in spans]
        for mo in re.finditer(r"\b(" + "|".join(sorted(PRONOUNS)) + r")\b", text, flags=re.I):
            if not any(s <= mo.start() and mo.end() <= e for s, e in covered):
                warnings.append(f"{where}: pronoun {mo.group(0)!r} at {mo.start()} not marked")

    if n_records == 0:
        errors.append("no records")
    if not args.no_quota:
        for rule, low in MINIMUMS.items():
            if rule_counts[rule] < low:
                errors.append(
                    f"quota: {rule} has {rule_counts[rule]} mentions, brief asks for at least {low}"
                )
        if n_mentions < MIN_MENTIONS:
            errors.append(f"quota: {n_mentions} mentions, brief asks for at least {MIN_MENTIONS}")
        if not RECORD_RANGE[0] <= n_records <= RECORD_RANGE[1]:
            errors.append(f"quota: {n_records} records, expected about 110-140")

    multi = {t: c for t, c in person_codes.items() if len(c) > 1}
    print(f"file: {args.path}")
    print(
        f"records: {n_records}   mentions: {n_mentions}   null codes: {sum(null_counts.values())}"
    )
    print(
        f"years: {min(years) if years else '-'}-{max(years) if years else '-'} ({len(years)} distinct)"
    )
    print("mentions per rule:")
    for rule in RULES:
        low = MINIMUMS.get(rule)
        print(
            f"  {rule:<11} {rule_counts[rule]:>4}"
            + (f"   (min {low})" if low else "")
            + (f"   null: {null_counts[rule]}" if null_counts[rule] else "")
        )
    print(
        f"person/fuzzy mentions coded as former official or non-GOV role/IGO: {eli_person}; "
        f"names seen with more than one code: {len(multi)}"
    )
    for t, c in sorted(multi.items()):
        print(f"    {t}: {', '.join(sorted(c))}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(
        "OK" if not errors else f"FAILED: {len(errors)} error(s)", f"({len(warnings)} warning(s))"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
