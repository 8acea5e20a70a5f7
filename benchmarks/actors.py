"""Actor accuracy on benchmarks/data/actors_dev.jsonl, overall and per rule.

Each gold mention is matched to the predicted mention that overlaps it most; it is right when the
codes are equal (a gold null is right when nothing, or only an unresolved mention, is predicted).
`country` accuracy compares the first three letters only.

Run: python benchmarks/actors.py [--show-errors] [--sweep]   (--sweep: fuzzy-name thresholds)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsevents.actors.kb import load_kb
from newsevents.actors.resolver import ActorResolver
from newsevents.gazetteer import load_gazetteer
from newsevents.nlp import load_nlp

DATA = Path(__file__).parent / "data" / "actors_dev.jsonl"


def best_overlap(start: int, end: int, mentions):
    best, best_len = None, 0
    for m in mentions:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > best_len or (overlap == best_len and best is not None and m.code
                                  and not best.code):
            best, best_len = m, overlap
    return best


def score(records, docs, resolver):
    """(total, right, country_right, errors) counted overall ("all") and per rule."""
    total, right, country_right = Counter(), Counter(), Counter()
    errors = []
    for rec, doc in zip(records, docs, strict=True):
        mentions = resolver.resolve(doc, date=rec.get("date"))
        for g in rec["mentions"]:
            pred = best_overlap(g["start"], g["end"], mentions)
            code = pred.code if pred is not None else None
            ok = code == g["code"]
            for key in ("all", g["rule"]):
                total[key] += 1
                right[key] += ok
                country_right[key] += (code or "")[:3] == (g["code"] or "")[:3]
            if not ok:
                errors.append((rec["id"], g["rule"], g["text"], g["code"], code,
                               pred.rule if pred else "-", pred.entry if pred else "-"))
    return total, right, country_right, errors


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--sweep", action="store_true", help="accuracy per fuzzy threshold")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    nlp = load_nlp()
    records = [json.loads(x) for x in args.data.read_text(encoding="utf-8").splitlines()
               if x.strip()]
    docs = list(nlp.pipe(r["text"] for r in records))
    if args.sweep:
        for threshold in range(76, 100, 2):
            total, right, _, _ = score(records, docs,
                                       ActorResolver(load_kb(), fuzzy_threshold=threshold,
                                                     gazetteer=load_gazetteer()))
            print(f"fuzzy_threshold={threshold}: all {right['all'] / total['all']:.3f}  "
                  f"fuzzy {right['fuzzy'] / total['fuzzy']:.3f}  "
                  f"unresolved {right['unresolved'] / total['unresolved']:.3f}")
        return
    resolver = ActorResolver(load_kb(), gazetteer=load_gazetteer())
    total, right, country_right, errors = score(records, docs, resolver)
    print(f"{'rule':12} {'n':>5} {'accuracy':>9} {'country':>8}")
    for key in ["all", *sorted(k for k in total if k != "all")]:
        print(f"{key:12} {total[key]:5d} {right[key] / total[key]:9.3f} "
              f"{country_right[key] / total[key]:8.3f}")
    if args.show_errors:
        for e in errors:
            print("  ".join(str(x) for x in e))


if __name__ == "__main__":
    main()
