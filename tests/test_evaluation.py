"""Scoring on hand-made gold and predictions (no model needed)."""

import json

import pytest

from newsevents.errors import GoldFormatError
from newsevents.evaluation import evaluate, read_gold


def ev(src, tgt, cameo, plover, **kw):
    return {"source": {"code": src} if src else None, "target": {"code": tgt} if tgt else None,
            "cameo": cameo, "plover": plover, **kw}


def gold(*events):
    return [{"id": "d", "text": "...", "events": list(events)}]


def test_levels_differ_by_strictness():
    g = gold({"source": "IRQGOV", "target": "KWT", "cameo": ["042"], "plover": "CONSULT"})
    preds = {"d": [ev("IRQMIL", "KWT", "043", "CONSULT")]}
    rep = evaluate(g, preds).as_dict()["levels"]
    assert rep["root"]["tp"] == 1 and rep["plover"]["tp"] == 1
    assert rep["full"]["tp"] == 0 and rep["full"]["fp"] == 1 and rep["full"]["fn"] == 1


def test_alternatives_optional_and_recall_counts_required_only():
    g = gold({"source": ["IRQREB", "IRQMIL"], "target": "IRQGOV", "cameo": ["111", "112"],
              "plover": "ACCUSE"},
             {"source": "USA", "target": "IRN", "cameo": ["163"], "plover": ["SANCTION", "COERCE"],
              "required": False})
    preds = {"d": [ev("IRQMIL", "IRQGOV", "112", "ACCUSE"), ev("USA", "IRN", "163", "COERCE")]}
    full = evaluate(g, preds).levels["full"]
    assert (full.tp, full.fp, full.fn) == (2, 0, 0)
    assert full.recall == 1.0 and full.precision == 1.0
    nothing = evaluate(g, {"d": []}).levels["plover"]
    assert nothing.fn == 1 and nothing.recall == 0.0  # the optional event is not a miss


def test_matching_is_one_to_one_and_maximal():
    g = gold({"source": "USA", "target": ["IRN", "IRQ"], "cameo": ["190"], "plover": "ASSAULT"},
             {"source": "USA", "target": "IRN", "cameo": ["190"], "plover": "ASSAULT"})
    # Greedy would give the first prediction to the first gold event and lose one match.
    preds = {"d": [ev("USA", "IRN", "190", "ASSAULT"), ev("USA", "IRQ", "190", "ASSAULT")]}
    s = evaluate(g, preds).levels["full"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)
    dup = {"d": [ev("USA", "IRN", "190", "ASSAULT")] * 3}
    s = evaluate(gold(g[0]["events"][1]), dup).levels["full"]
    assert (s.tp, s.fp) == (1, 2)


def test_symmetric_gold_accepts_either_direction_and_its_mirror():
    g = gold({"source": "USA", "target": "IRQ", "cameo": ["046"], "plover": "CONSULT",
              "symmetric": True})
    one = evaluate(g, {"d": [ev("IRQ", "USA", "046", "CONSULT")]}).levels["plover"]
    assert (one.tp, one.fp) == (1, 0)
    both = evaluate(g, {"d": [ev("USA", "IRQ", "046", "CONSULT"),
                              ev("IRQ", "USA", "046", "CONSULT")]}).levels["plover"]
    assert (both.tp, both.fp) == (1, 0)
    asym = gold({"source": "USA", "target": "IRQ", "cameo": ["046"], "plover": "CONSULT"})
    rev = evaluate(asym, {"d": [ev("IRQ", "USA", "046", "CONSULT")]}).levels["plover"]
    assert (rev.tp, rev.fp, rev.fn) == (0, 1, 1)


def test_per_type_scores_and_mode_accuracy():
    g = gold({"source": "USA", "target": "IRN", "cameo": ["163"], "plover": "COERCE",
              "mode": "planned"},
             {"source": "IRN", "target": "USA", "cameo": ["111"], "plover": "ACCUSE"})
    preds = {"d": [ev("USA", "IRN", "163", "COERCE", mode="actual"),
                   ev("IRN", "GBR", "111", "ACCUSE")]}
    rep = evaluate(g, preds)
    assert rep.per_type["COERCE"].tp == 1 and rep.per_type["ACCUSE"].fp == 1
    assert rep.as_dict()["levels"]["plover"]["mode_accuracy"] == 0.0


def test_read_gold_errors_name_the_line(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "x", "events": []}) + "\n{oops\n")
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:2"):
        read_gold(p)
    p.write_text(json.dumps({"id": "a", "text": "x", "events": [{"source": "USA"}]}) + "\n")
    with pytest.raises(GoldFormatError, match="lacks"):
        read_gold(p)
