#!/usr/bin/env python3
"""Validate benchmarks/data/context_dev.jsonl (event dates, event places, quote attribution).

Usage:  python benchmarks/data/check_context_dev.py [path/to/context_dev.jsonl]

Exits 1 if any ERROR is found, 0 otherwise (WARNINGs do not fail). Prints summary counts.

Conventions checked (see also CODING.md):
  record  : {"id", "date", "text", "events", "quotes"}; id "ctx-NNN", unique; date YYYY-MM-DD in 2005..2025.
  event   : {"evidence", "trigger", "date", "granularity", "date_source", "location", "country", "admin1"}
            - evidence is an exact substring of text; trigger is one token and occurs as a whole word in evidence
            - date is YYYY-MM-DD / YYYY-MM / YYYY matching granularity day / month / year (both null together)
            - date_source in absolute | relative | article | historical;
              "article" => date == article date, granularity day
              "historical" => date strictly before the article date
              "relative" => within two years of the article date; if granularity is day and the evidence
                            names a weekday, the date falls on that weekday; "yesterday" => article date - 1
            - location is null or an exact substring of text; country is an ISO 3166-1 alpha-3 code
              (required when location is set, null otherwise); admin1 only with a location
  quote   : {"speaker", "speaker_code", "quote", "cue", "kind"}
            - quote and cue are exact substrings of text (cue matched case-insensitively);
              speaker occurs in text (case-insensitively; pronoun speakers are resolved to a name in the text)
            - kind direct | partial: the quote sits inside quote marks (straight or curly, single or double),
              optionally followed by a "," or "." before the closing mark (that punctuation is not part of the quote)
            - kind indirect: the reported clause, not inside quote marks
            - speaker_code null or a CAMEO-style code: upper-case letters in 3-letter blocks
"""

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ISO3 = set(
    [
        "ABW",
        "AFG",
        "AGO",
        "AIA",
        "ALA",
        "ALB",
        "AND",
        "ARE",
        "ARG",
        "ARM",
        "ASM",
        "ATA",
        "ATF",
        "ATG",
        "AUS",
        "AUT",
        "AZE",
        "BDI",
        "BEL",
        "BEN",
        "BES",
        "BFA",
        "BGD",
        "BGR",
        "BHR",
        "BHS",
        "BIH",
        "BLM",
        "BLR",
        "BLZ",
        "BMU",
        "BOL",
        "BRA",
        "BRB",
        "BRN",
        "BTN",
        "BVT",
        "BWA",
        "CAF",
        "CAN",
        "CCK",
        "CHE",
        "CHL",
        "CHN",
        "CIV",
        "CMR",
        "COD",
        "COG",
        "COK",
        "COL",
        "COM",
        "CPV",
        "CRI",
        "CUB",
        "CUW",
        "CXR",
        "CYM",
        "CYP",
        "CZE",
        "DEU",
        "DJI",
        "DMA",
        "DNK",
        "DOM",
        "DZA",
        "ECU",
        "EGY",
        "ERI",
        "ESH",
        "ESP",
        "EST",
        "ETH",
        "FIN",
        "FJI",
        "FLK",
        "FRA",
        "FRO",
        "FSM",
        "GAB",
        "GBR",
        "GEO",
        "GGY",
        "GHA",
        "GIB",
        "GIN",
        "GLP",
        "GMB",
        "GNB",
        "GNQ",
        "GRC",
        "GRD",
        "GRL",
        "GTM",
        "GUF",
        "GUM",
        "GUY",
        "HKG",
        "HMD",
        "HND",
        "HRV",
        "HTI",
        "HUN",
        "IDN",
        "IMN",
        "IND",
        "IOT",
        "IRL",
        "IRN",
        "IRQ",
        "ISL",
        "ISR",
        "ITA",
        "JAM",
        "JEY",
        "JOR",
        "JPN",
        "KAZ",
        "KEN",
        "KGZ",
        "KHM",
        "KIR",
        "KNA",
        "KOR",
        "KWT",
        "LAO",
        "LBN",
        "LBR",
        "LBY",
        "LCA",
        "LIE",
        "LKA",
        "LSO",
        "LTU",
        "LUX",
        "LVA",
        "MAC",
        "MAF",
        "MAR",
        "MCO",
        "MDA",
        "MDG",
        "MDV",
        "MEX",
        "MHL",
        "MKD",
        "MLI",
        "MLT",
        "MMR",
        "MNE",
        "MNG",
        "MNP",
        "MOZ",
        "MRT",
        "MSR",
        "MTQ",
        "MUS",
        "MWI",
        "MYS",
        "MYT",
        "NAM",
        "NCL",
        "NER",
        "NFK",
        "NGA",
        "NIC",
        "NIU",
        "NLD",
        "NOR",
        "NPL",
        "NRU",
        "NZL",
        "OMN",
        "PAK",
        "PAN",
        "PCN",
        "PER",
        "PHL",
        "PLW",
        "PNG",
        "POL",
        "PRI",
        "PRK",
        "PRT",
        "PRY",
        "PSE",
        "PYF",
        "QAT",
        "REU",
        "ROU",
        "RUS",
        "RWA",
        "SAU",
        "SDN",
        "SEN",
        "SGP",
        "SGS",
        "SHN",
        "SJM",
        "SLB",
        "SLE",
        "SLV",
        "SMR",
        "SOM",
        "SPM",
        "SRB",
        "SSD",
        "STP",
        "SUR",
        "SVK",
        "SVN",
        "SWE",
        "SWZ",
        "SXM",
        "SYC",
        "SYR",
        "TCA",
        "TCD",
        "TGO",
        "THA",
        "TJK",
        "TKL",
        "TKM",
        "TLS",
        "TON",
        "TTO",
        "TUN",
        "TUR",
        "TUV",
        "TWN",
        "TZA",
        "UGA",
        "UKR",
        "UMI",
        "URY",
        "USA",
        "UZB",
        "VAT",
        "VCT",
        "VEN",
        "VGB",
        "VIR",
        "VNM",
        "VUT",
        "WLF",
        "WSM",
        "YEM",
        "ZAF",
        "ZMB",
        "ZWE",
        "XKX",
    ]
)

REC_KEYS = {"id", "date", "text", "events", "quotes"}
EV_KEYS = {
    "evidence",
    "trigger",
    "date",
    "granularity",
    "date_source",
    "location",
    "country",
    "admin1",
}
Q_KEYS = {"speaker", "speaker_code", "quote", "cue", "kind"}
GRAN_RE = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
SOURCES = {"absolute", "relative", "article", "historical"}
KINDS = {"direct", "indirect", "partial"}
OPEN_MARKS = "\"“‘'"
CLOSE_MARKS = "\"”’'"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")


def parse_partial(d):
    """Return (first_day, last_day) covered by a YYYY / YYYY-MM / YYYY-MM-DD string."""
    if len(d) == 10:
        x = date.fromisoformat(d)
        return x, x
    if len(d) == 7:
        y, m = int(d[:4]), int(d[5:])
        first = date(y, m, 1)
        last = date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1
        return first, date.fromordinal(last)
    y = int(d)
    return date(y, 1, 1), date(y, 12, 31)


def enclosed(text, quote):
    """True if some occurrence of quote is wrapped in quote marks (optional , or . before the close)."""
    start = 0
    while True:
        i = text.find(quote, start)
        if i < 0:
            return False
        j = i + len(quote)
        if i > 0 and text[i - 1] in OPEN_MARKS:
            k = j
            if k < len(text) and text[k] in ",." and quote[-1:] not in "!?":
                k += 1
            if k < len(text) and text[k] in CLOSE_MARKS:
                return True
        start = i + 1


def main(path):
    errors, warnings = [], []
    counts = Counter()
    src_counts, gran_counts, kind_counts, countries = Counter(), Counter(), Counter(), Counter()
    ids = set()
    lines = Path(path).read_text(encoding="utf-8").splitlines()

    for ln, line in enumerate(lines, 1):
        where = f"line {ln}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})")
            continue
        if not isinstance(rec, dict):
            errors.append(f"{where}: not an object")
            continue
        rid = rec.get("id")
        where = f"line {ln} ({rid})"
        if set(rec) != REC_KEYS:
            errors.append(f"{where}: keys {sorted(rec)} != {sorted(REC_KEYS)}")
            continue
        if not isinstance(rid, str) or not re.fullmatch(r"ctx-\d{3}", rid):
            errors.append(f"{where}: bad id")
        if rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        text = rec["text"]
        if not isinstance(text, str) or not text.strip() or "\n" in text:
            errors.append(f"{where}: text must be a non-empty single-line string")
            continue
        try:
            art = date.fromisoformat(rec["date"])
            if not GRAN_RE["day"].match(rec["date"]):
                raise ValueError
        except (TypeError, ValueError):
            errors.append(f"{where}: bad article date {rec['date']!r}")
            continue
        if not date(2005, 1, 1) <= art <= date(2025, 12, 31):
            errors.append(f"{where}: article date {art} outside 2005-2025")
        flat = re.sub(r"“[^”]*”|\"[^\"]*\"", "Q", text)  # a quoted span counts as one phrase
        nsent = len(re.findall(r"[.!?](?:\s+(?=[A-Z“\"‘'])|$)", flat))
        if not 2 <= nsent <= 7:
            warnings.append(f"{where}: ~{nsent} sentences (expected 2-6)")
        if not isinstance(rec["events"], list) or not isinstance(rec["quotes"], list):
            errors.append(f"{where}: events and quotes must be lists")
            continue
        counts["records"] += 1

        for n, ev in enumerate(rec["events"], 1):
            w = f"{where} event {n}"
            if not isinstance(ev, dict) or set(ev) != EV_KEYS:
                errors.append(
                    f"{w}: keys {sorted(ev) if isinstance(ev, dict) else ev} != {sorted(EV_KEYS)}"
                )
                continue
            counts["events"] += 1
            evid, trig = ev["evidence"], ev["trigger"]
            if not isinstance(evid, str) or not evid or evid not in text:
                errors.append(f"{w}: evidence not an exact substring: {evid!r}")
            if not isinstance(trig, str) or not trig or re.search(r"\s", trig):
                errors.append(f"{w}: trigger must be a single word: {trig!r}")
            elif isinstance(evid, str) and not re.search(
                r"(?<!\w)" + re.escape(trig) + r"(?!\w)", evid
            ):
                errors.append(f"{w}: trigger {trig!r} not a whole word inside evidence {evid!r}")

            d, g, s = ev["date"], ev["granularity"], ev["date_source"]
            if (d is None) != (g is None):
                errors.append(f"{w}: date and granularity must both be null or both set")
            if s not in SOURCES:
                errors.append(f"{w}: bad date_source {s!r}")
            if d is not None:
                if g not in GRAN_RE or not isinstance(d, str) or not GRAN_RE[g].match(d):
                    errors.append(f"{w}: date {d!r} does not match granularity {g!r}")
                else:
                    try:
                        first, last = parse_partial(d)
                    except ValueError:
                        errors.append(f"{w}: invalid date {d!r}")
                        first = last = None
                    if first is not None:
                        counts["events_dated"] += 1
                        src_counts[s] += 1
                        gran_counts[g] += 1
                        low = evid.lower() if isinstance(evid, str) else ""
                        if s == "article" and (d != rec["date"] or g != "day"):
                            errors.append(
                                f"{w}: article-dated event must carry the article date as a day"
                            )
                        if s == "historical" and not last < art:
                            errors.append(f"{w}: historical date {d} not before article date {art}")
                        if s == "relative":
                            if (
                                abs(first.toordinal() - art.toordinal()) > 731
                                and abs(last.toordinal() - art.toordinal()) > 731
                            ):
                                errors.append(
                                    f"{w}: relative date {d} more than two years from {art}"
                                )
                            if g == "day":
                                named = [
                                    i
                                    for i, wd in enumerate(WEEKDAYS)
                                    if re.search(r"\b" + wd + r"\b", low)
                                ]
                                if len(named) == 1 and first.weekday() != named[0]:
                                    errors.append(
                                        f"{w}: {d} is a {WEEKDAYS[first.weekday()]}, evidence says "
                                        f"{WEEKDAYS[named[0]]}"
                                    )
                                elif not named and isinstance(evid, str) and evid in text:
                                    i = text.find(evid)
                                    a = max(text.rfind(". ", 0, i), 0)
                                    b = text.find(". ", i + len(evid))
                                    sent = text[a : b if b >= 0 else len(text)].lower()
                                    named = [
                                        k
                                        for k, wd in enumerate(WEEKDAYS)
                                        if re.search(r"\b" + wd + r"\b", sent)
                                    ]
                                    offset = re.search(
                                        r"\b(?:days?|weeks?|hours?) (?:after|before|earlier|later)\b"
                                        r"|\bago\b",
                                        sent,
                                    )
                                    if (
                                        len(named) == 1
                                        and not offset
                                        and first.weekday() != named[0]
                                    ):
                                        warnings.append(
                                            f"{w}: {d} is a {WEEKDAYS[first.weekday()]}, its sentence "
                                            f"names {WEEKDAYS[named[0]]}"
                                        )
                                if (
                                    "yesterday" in low
                                    and (art.toordinal() - first.toordinal()) != 1
                                ):
                                    errors.append(
                                        f"{w}: 'yesterday' but {d} is not the day before {art}"
                                    )
                        if s == "article" and re.search(
                            r"\b(?:yesterday|today|tonight|ago|last|next|"
                            + "|".join(WEEKDAYS)
                            + r")\b",
                            low,
                        ):
                            warnings.append(
                                f"{w}: article-dated event but evidence has a time expression"
                            )
                        if s in ("absolute", "historical") and not re.search(
                            r"\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\b",
                            evid if isinstance(evid, str) else "",
                        ):
                            warnings.append(f"{w}: {s} date but no year or month name in evidence")
                        if s == "absolute" and abs(first.year - art.year) > 1:
                            warnings.append(f"{w}: absolute date {d} far from article date {art}")
                        if s != "historical" and first > art and s == "article":
                            errors.append(f"{w}: article date mismatch")
            elif s not in (None, "article", "relative", "absolute", "historical"):
                errors.append(f"{w}: bad date_source for undated event")

            loc, cc, a1 = ev["location"], ev["country"], ev["admin1"]
            if loc is None:
                if cc is not None or a1 is not None:
                    errors.append(f"{w}: country/admin1 set without a location")
            else:
                if not isinstance(loc, str) or loc not in text:
                    errors.append(f"{w}: location not an exact substring of text: {loc!r}")
                if cc not in ISO3:
                    errors.append(f"{w}: country {cc!r} is not an ISO 3166-1 alpha-3 code")
                if a1 is not None and (not isinstance(a1, str) or not a1.strip()):
                    errors.append(f"{w}: admin1 must be a non-empty string or null")
                counts["events_located"] += 1
                if a1 is not None:
                    counts["events_admin1"] += 1
                countries[cc] += 1

        for n, q in enumerate(rec["quotes"], 1):
            w = f"{where} quote {n}"
            if not isinstance(q, dict) or set(q) != Q_KEYS:
                errors.append(
                    f"{w}: keys {sorted(q) if isinstance(q, dict) else q} != {sorted(Q_KEYS)}"
                )
                continue
            counts["quotes"] += 1
            qt, sp, cue, kind, code = (
                q["quote"],
                q["speaker"],
                q["cue"],
                q["kind"],
                q["speaker_code"],
            )
            if not isinstance(qt, str) or not qt or qt not in text:
                errors.append(f"{w}: quote not an exact substring: {qt!r}")
                continue
            if qt != qt.strip() or qt[0] in OPEN_MARKS or qt[-1] in '"”’,':
                errors.append(
                    f"{w}: quote must not include surrounding quote marks/space/trailing comma: {qt!r}"
                )
            if not isinstance(sp, str) or not sp or sp.lower() not in text.lower():
                errors.append(f"{w}: speaker {sp!r} not found in text")
            if not isinstance(cue, str) or not cue or cue.lower() not in text.lower():
                errors.append(f"{w}: cue {cue!r} not found in text")
            if kind not in KINDS:
                errors.append(f"{w}: bad kind {kind!r}")
            else:
                kind_counts[kind] += 1
                inside = enclosed(text, qt)
                if kind in ("direct", "partial") and not inside:
                    errors.append(f"{w}: {kind} quote is not enclosed in quote marks: {qt!r}")
                if kind == "indirect" and inside:
                    errors.append(f"{w}: indirect quote is enclosed in quote marks: {qt!r}")
                if kind == "indirect" and qt.endswith("."):
                    errors.append(f"{w}: indirect quote should not include the final period")
            if code is not None:
                if not isinstance(code, str) or not CODE_RE.match(code):
                    errors.append(f"{w}: bad speaker_code {code!r}")
                counts["quotes_coded"] += 1

    for e in errors:
        print("ERROR", e)
    for wmsg in warnings:
        print("WARNING", wmsg)
    print(f"records: {counts['records']}")
    print(
        f"events: {counts['events']}  with date: {counts['events_dated']}  "
        f"with location: {counts['events_located']}  with admin1: {counts['events_admin1']}"
    )
    print(
        "  dated events by date_source: "
        + ", ".join(f"{k} {src_counts[k]}" for k in sorted(SOURCES))
    )
    print(
        "  dated events by granularity: "
        + ", ".join(f"{k} {gran_counts[k]}" for k in ("day", "month", "year"))
    )
    print(
        f"  located events in {len(countries)} countries: "
        + ", ".join(f"{k} {v}" for k, v in countries.most_common())
    )
    print(f"quotes: {counts['quotes']}  with speaker_code: {counts['quotes_coded']}")
    print(
        "  quotes by kind: "
        + ", ".join(f"{k} {kind_counts[k]}" for k in ("direct", "indirect", "partial"))
    )
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    default = Path(__file__).with_name("context_dev.jsonl")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
