"""Event accuracy: P/R/F1 at the root, plover and full levels, overall and per PLOVER type.

Scores the development sets in benchmarks/data (sentences and articles written by the team)
and, when ../shared is present, the reference article. Run: python benchmarks/accuracy.py
[--only NAME] [--errors]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsevents.evaluation import GoldEvent, PredEvent, evaluate, matches, read_gold
from newsevents.model import Article
from newsevents.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
SETS = {
    "dev-sentences": HERE / "data" / "events_sentences.gold.jsonl",
    "dev-articles": HERE / "data" / "events_articles.gold.jsonl",
    # written blind (nobody looked at the coder's output) and never tuned on: generalisation
    "held-out": HERE / "data" / "events_heldout.gold.jsonl",
    "reference": HERE.parents[1] / "shared" / "reference" / "kazemi-balance.gold.jsonl",
}


def show_errors(docs, predictions) -> None:
    for doc in docs:
        golds = [GoldEvent.from_dict(e, doc["id"]) for e in doc.get("events", [])]
        preds = [PredEvent.from_dict(e) for e in predictions[doc["id"]]]
        missed = [g for g in golds if g.required and not any(matches(p, g, "plover")
                                                             for p in preds)]
        extra = [p for p in preds if not any(matches(p, g, "plover") for g in golds)]
        if missed or extra:
            print(f"--- {doc['id']}: {doc['text'][:300]}")
            for g in missed:
                print(f"  MISS {g.sources} {g.plovers} {g.targets}  <{g.evidence[:90]}>")
            for p, e in zip(preds, predictions[doc["id"]], strict=True):
                if p in extra:
                    print(f"  EXTRA {p.source} {p.cameo} {p.plover} {p.target} {p.mode} "
                          f"[{e['trigger']}] {e['rule']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=sorted(SETS))
    ap.add_argument("--errors", action="store_true", help="list missed and extra events")
    args = ap.parse_args()
    pipe = Pipeline()
    dev_docs: list[dict] = []
    dev_pred: dict[str, list[dict]] = {}
    for name, path in SETS.items():
        if args.only and name != args.only:
            continue
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        docs = read_gold(path)
        arts = [Article(id=str(d["id"]), text=d["text"], date=d.get("date")) for d in docs]
        predictions = {r.id: [e.as_dict() for e in r.events] for r in pipe.code_many(arts)}
        if name.startswith("dev-"):
            dev_docs += docs
            dev_pred.update(predictions)
        report = evaluate(docs, predictions).as_dict()
        print(f"\n== {name}: {report['documents']} documents")
        print(f"{'level':12} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5} {'mode':>5}")
        rows = list(report["levels"].items()) + [("  " + k, v) for k, v in
                                                 report["per_type"].items()]
        for level, s in rows:
            mode = "-" if s["mode_accuracy"] is None else f"{s['mode_accuracy']:.2f}"
            print(f"{level:12} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                  f"{s['tp']:5d} {s['fp']:5d} {s['fn']:5d} {mode:>5}")
        if args.errors:
            show_errors(docs, predictions)
        if name == "reference":
            print(json.dumps(report["levels"]["plover"]))
    if dev_docs and not args.only:
        s = evaluate(dev_docs, dev_pred).as_dict()["levels"]["plover"]
        print(f"\n== development set (sentences + articles), plover level: P {s['precision']:.3f} "
              f"R {s['recall']:.3f} F1 {s['f1']:.3f} (TP {s['tp']} FP {s['fp']} FN {s['fn']})")


if __name__ == "__main__":
    main()
