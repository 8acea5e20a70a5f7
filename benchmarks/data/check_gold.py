#!/usr/bin/env python3
"""Validate a newsevents gold event file (``*.gold.jsonl``, format in CODING.md).

Usage:
    python benchmarks/data/check_gold.py PATH [--cameo-table TSV] [--strict]
        [--min-plover N] [--min-frame N] [--min-mode N] [--min-empty N]

Checks, for every line:
  * the line is a JSON object with the keys ``id`` (unique), ``date`` (YYYY-MM-DD), ``text`` and
    ``events`` (a list); ``frame`` is optional (a string);
  * every event has ``source``, ``target``, ``cameo``, ``plover``, ``mode`` and ``evidence``;
    ``required`` and ``symmetric`` are optional booleans;
  * actor codes (``source``/``target``: null, a code or a non-empty list of codes) match
    ``^[A-Z]{3}([A-Z]{3})*$``;
  * every CAMEO code exists in the CAMEO table, none is a 01x "make statement" code (those make no
    event), and the event's ``plover`` agrees with at least one of its CAMEO codes (02x counts as
    REQUEST, codes under root 08 as CONCEDE or RETREAT);
  * ``mode`` is one of actual, planned, intended, negated, hypothetical;
  * ``evidence`` (and ``location`` when given) is an exact substring of ``text``; ``date`` of an
    event is null or YYYY, YYYY-MM or YYYY-MM-DD.

Warnings (errors with --strict): a listed PLOVER type that none of the CAMEO codes supports, a CAMEO
code whose PLOVER type is not among the listed ones, a symmetric event with a null actor, an
identical event listed twice, a record without ``frame``.

Prints counts of required events per PLOVER type (the first listed type), of records per frame and
of events per mode. The --min-* options turn coverage targets into errors. Exit status 1 on errors.
"""

import argparse
import collections
import csv
import datetime
import json
import os
import re
import sys

PLOVER_TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
]
MODES = ["actual", "planned", "intended", "negated", "hypothetical"]
ACTOR_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = ["source", "target", "cameo", "plover", "mode", "evidence"]
RECORD_KEYS = ["id", "date", "text", "events"]


def default_table():
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [
        os.environ.get("NEWSEVENTS_CAMEO_TABLE", ""),
        os.path.join(here, "..", "..", "..", "shared", "ontology", "cameo_codes.tsv"),
        os.path.join(here, "..", "..", "shared", "ontology", "cameo_codes.tsv"),
        "/work/shared/ontology/cameo_codes.tsv",
    ]
    for c in candidates:
        if c and os.path.exists(c):
            return os.path.normpath(c)
    return None


def load_table(path):
    """code -> (set of PLOVER types that agree with it, the table's own PLOVER types)."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            code, root = row["code"].strip(), row["root_code"].strip()
            raw = row["plover_event"].strip()
            if root == "01":
                own = set()  # make statement: no event
            elif root == "02":
                own = {"REQUEST"}
            elif raw in ("", "(dropped)"):
                own = set()
            else:
                own = set(raw.split("|"))
            agree = set(own)
            if root == "08":
                agree |= {"CONCEDE", "RETREAT"}
            table[code] = (agree, own, root)
    return table


def as_list(value):
    return value if isinstance(value, list) else [value]


def valid_day(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def check(path, table, strict=False):
    errors, warnings = [], []
    stats = {
        "records": 0,
        "events": 0,
        "required": 0,
        "empty": 0,
        "plover_req": collections.Counter(),
        "plover_req_actual": collections.Counter(),
        "frame": collections.Counter(),
        "mode": collections.Counter(),
        "mode_req": collections.Counter(),
    }
    seen_ids = set()

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    def warn(where, msg):
        (errors if strict else warnings).append(f"{where}: {msg}")

    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for lineno, line in enumerate(lines, 1):
        where = "line %d" % lineno
        if not line.strip():
            err(where, "empty line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            err(where, f"invalid JSON ({exc})")
            continue
        if not isinstance(rec, dict):
            err(where, "not a JSON object")
            continue
        stats["records"] += 1
        missing = [k for k in RECORD_KEYS if k not in rec]
        if missing:
            err(where, f"missing keys {missing}")
            continue
        rid = rec["id"]
        where = "line %d (%s)" % (lineno, rid)
        if not isinstance(rid, str) or not rid:
            err(where, "id must be a non-empty string")
        elif rid in seen_ids:
            err(where, "duplicate id")
        seen_ids.add(rid)
        if not (
            isinstance(rec["date"], str)
            and re.match(r"^\d{4}-\d{2}-\d{2}$", rec["date"])
            and valid_day(rec["date"])
        ):
            err(where, "date must be a valid YYYY-MM-DD, got {!r}".format(rec["date"]))
        text = rec["text"]
        if not isinstance(text, str) or not text.strip():
            err(where, "text must be a non-empty string")
            continue
        frame = rec.get("frame")
        if frame is None:
            warn(where, "no frame tag")
            frame = "(none)"
        elif not isinstance(frame, str) or not frame:
            err(where, "frame must be a non-empty string")
            frame = "(bad)"
        stats["frame"][frame] += 1
        events = rec["events"]
        if not isinstance(events, list):
            err(where, "events must be a list")
            continue
        if not events:
            stats["empty"] += 1
        seen_events = set()
        for k, ev in enumerate(events, 1):
            ew = "%s event %d" % (where, k)
            if not isinstance(ev, dict):
                err(ew, "event is not an object")
                continue
            missing = [key for key in EVENT_KEYS if key not in ev]
            if missing:
                err(ew, f"missing keys {missing}")
                continue
            stats["events"] += 1
            # actors
            for role in ("source", "target"):
                val = ev[role]
                if val is None:
                    continue
                if isinstance(val, list) and not val:
                    err(ew, f"{role} is an empty list")
                for code in as_list(val):
                    if not isinstance(code, str) or not ACTOR_RE.match(code):
                        err(ew, f"{role} code {code!r} does not match {ACTOR_RE.pattern}")
            # cameo
            cameo = ev["cameo"]
            codes = as_list(cameo)
            if not codes:
                err(ew, "cameo is empty")
            known = []
            for c in codes:
                if not isinstance(c, str):
                    err(ew, f"cameo code {c!r} is not a string")
                elif c not in table:
                    err(ew, f"unknown CAMEO code {c!r}")
                elif table[c][2] == "01":
                    err(ew, f"CAMEO {c} is a 01x make-statement code, which makes no event")
                else:
                    known.append(c)
            # plover
            plover = as_list(ev["plover"])
            bad = [p for p in plover if p not in PLOVER_TYPES]
            if not plover or bad:
                err(ew, "plover {!r}: not PLOVER event types".format(ev["plover"]))
            elif known:
                agree = set().union(*(table[c][0] for c in known))
                own = set().union(*(table[c][1] for c in known))
                if not agree & set(plover):
                    err(
                        ew,
                        "plover {!r} agrees with none of the CAMEO codes {} (they give {})".format(ev["plover"], codes, sorted(agree) or "nothing"),
                    )
                else:
                    unsupported = [p for p in plover if p not in agree]
                    if unsupported:
                        warn(ew, f"plover {unsupported} supported by none of {codes}")
                    for c in known:
                        if table[c][1] and not table[c][1] & set(plover):
                            warn(
                                ew,
                                "CAMEO {} maps to {}, not listed in plover {!r}".format(c, sorted(table[c][1]), ev["plover"]),
                            )
                    if not own & set(plover):
                        warn(
                            ew,
                            "plover {!r} only agrees through the 08 CONCEDE/RETREAT leniency".format(ev["plover"]),
                        )
            # mode, flags
            mode = ev["mode"]
            if mode not in MODES:
                err(ew, f"mode {mode!r} not in {MODES}")
            required = ev.get("required", True)
            symmetric = ev.get("symmetric", False)
            if not isinstance(required, bool):
                err(ew, "required must be a boolean")
            if not isinstance(symmetric, bool):
                err(ew, "symmetric must be a boolean")
            if symmetric is True and (ev["source"] is None or ev["target"] is None):
                warn(ew, "symmetric event with a null actor")
            # evidence, location, date
            evidence = ev["evidence"]
            if not isinstance(evidence, str) or not evidence:
                err(ew, "evidence must be a non-empty string")
            elif evidence not in text:
                err(ew, f"evidence {evidence!r} is not a substring of the text")
            loc = ev.get("location")
            if loc is not None and (not isinstance(loc, str) or loc not in text):
                err(ew, f"location {loc!r} is not a substring of the text")
            edate = ev.get("date")
            if edate is not None:
                if not isinstance(edate, str) or not DATE_RE.match(edate):
                    err(ew, f"event date {edate!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
                elif len(edate) == 10 and not valid_day(edate):
                    err(ew, f"event date {edate!r} is not a calendar day")
            key = json.dumps([ev["source"], ev["target"], codes, mode, evidence], sort_keys=True)
            if key in seen_events:
                warn(ew, "duplicate of an earlier event in the same record")
            seen_events.add(key)
            # stats
            if mode in MODES:
                stats["mode"][mode] += 1
            if required is True:
                stats["required"] += 1
                if mode in MODES:
                    stats["mode_req"][mode] += 1
                if plover and plover[0] in PLOVER_TYPES:
                    stats["plover_req"][plover[0]] += 1
                    if mode == "actual":
                        stats["plover_req_actual"][plover[0]] += 1
    return errors, warnings, stats


def report(stats):
    out = []
    out.append(
        "records: %d   events: %d   required events: %d   records with no event: %d"
        % (stats["records"], stats["events"], stats["required"], stats["empty"])
    )
    out.append("")
    out.append("required events per PLOVER type (first listed type)   [all modes / actual only]")
    for p in PLOVER_TYPES:
        out.append("  %-10s %4d  %4d" % (p, stats["plover_req"][p], stats["plover_req_actual"][p]))
    out.append("")
    out.append("records per frame")
    for fr, n in sorted(stats["frame"].items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("  %-13s %4d" % (fr, n))
    out.append("")
    out.append("events per mode   [all / required]")
    for m in MODES:
        out.append("  %-13s %4d  %4d" % (m, stats["mode"][m], stats["mode_req"][m]))
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="gold file (*.gold.jsonl)")
    ap.add_argument(
        "--cameo-table",
        default=None,
        help="cameo_codes.tsv (default: shared/ontology/cameo_codes.tsv)",
    )
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    ap.add_argument(
        "--min-plover", type=int, default=0, help="minimum required events per PLOVER type"
    )
    ap.add_argument(
        "--min-frame",
        type=int,
        default=0,
        help="minimum records per frame tag (for frames that occur)",
    )
    ap.add_argument(
        "--frames", default="", help="comma-separated frame tags that must each reach --min-frame"
    )
    ap.add_argument("--min-mode", type=int, default=0, help="minimum events per non-actual mode")
    ap.add_argument("--min-empty", type=int, default=0, help="minimum records with no event")
    args = ap.parse_args(argv)

    table_path = args.cameo_table or default_table()
    if not table_path or not os.path.exists(table_path):
        print("error: CAMEO table not found; pass --cameo-table", file=sys.stderr)
        return 2
    table = load_table(table_path)
    errors, warnings, stats = check(args.path, table, strict=args.strict)

    if args.min_plover:
        for p in PLOVER_TYPES:
            if stats["plover_req"][p] < args.min_plover:
                errors.append(
                    "coverage: %s has %d required events (< %d)"
                    % (p, stats["plover_req"][p], args.min_plover)
                )
    if args.min_frame:
        frames = [f for f in args.frames.split(",") if f] or list(stats["frame"])
        for fr in frames:
            if stats["frame"][fr] < args.min_frame:
                errors.append(
                    "coverage: frame %s has %d records (< %d)"
                    % (fr, stats["frame"][fr], args.min_frame)
                )
    if args.min_mode:
        for m in MODES[1:]:
            if stats["mode"][m] < args.min_mode:
                errors.append(
                    "coverage: mode %s has %d events (< %d)" % (m, stats["mode"][m], args.min_mode)
                )
    if args.min_empty and stats["empty"] < args.min_empty:
        errors.append(
            "coverage: %d records with no event (< %d)" % (stats["empty"], args.min_empty)
        )

    print(report(stats))
    print("")
    for w in warnings:
        print("WARNING " + w)
    for e in errors:
        print("ERROR " + e)
    print("%s: %d errors, %d warnings" % (args.path, len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
