"""Gold format and scoring: precision, recall and F1 at the root, plover and full levels.

Gold documents (JSONL): ``id``, ``text``, ``date`` and ``events`` whose ``source``, ``target``,
``cameo`` and ``plover`` are strings or lists of acceptable alternatives, with ``required``
(default true) and ``symmetric`` (either direction counts). Predictions follow the contract of
``newsevents code --format jsonl``.

Matching is one-to-one and maximal (augmenting paths), required gold events first. A prediction
matched to an optional gold event is a true positive; recall counts required events only. When a
symmetric gold event is matched, the mirror prediction (same event, other direction) is neither a
true nor a false positive: a reciprocal "met" gives both directions by design.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.errors import GoldFormatError

LEVELS = ("root", "plover", "full")


def _alts(value: Any) -> list[Any]:
    if value is None:
        return [None]
    return list(value) if isinstance(value, list) else [value]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    sources: tuple[str | None, ...]
    targets: tuple[str | None, ...]
    cameos: tuple[str, ...]
    plovers: tuple[str, ...]
    required: bool = True
    symmetric: bool = False
    mode: str | None = None
    evidence: str = ""

    @classmethod
    def from_dict(cls, d: dict[str, Any], where: str) -> GoldEvent:
        try:
            cameos = tuple(str(c) for c in _alts(d["cameo"]))
            return cls(tuple(_alts(d.get("source"))), tuple(_alts(d.get("target"))), cameos,
                       tuple(_alts(d["plover"])), bool(d.get("required", True)),
                       bool(d.get("symmetric", False)), d.get("mode"), d.get("evidence", ""))
        except KeyError as exc:
            raise GoldFormatError(f"{where}: gold event lacks {exc}") from None


@dataclass(frozen=True, slots=True)
class PredEvent:
    source: str | None
    target: str | None
    cameo: str
    plover: str
    mode: str = "actual"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PredEvent:
        def code(side: Any) -> str | None:
            return side.get("code") if isinstance(side, dict) else side
        return cls(code(d.get("source")), code(d.get("target")), str(d["cameo"]), d["plover"],
                   d.get("mode", "actual"))

    def mirror(self) -> PredEvent:
        return PredEvent(self.target, self.source, self.cameo, self.plover, self.mode)


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def _actor_ok(pred: str | None, gold: tuple[str | None, ...], level: str) -> bool:
    if level == "full":
        return pred in gold
    return _country(pred) in {_country(g) for g in gold}


def _match_one(p: PredEvent, g: GoldEvent, level: str, *, swap: bool = False) -> bool:
    src, tgt = (p.target, p.source) if swap else (p.source, p.target)
    if not (_actor_ok(src, g.sources, level) and _actor_ok(tgt, g.targets, level)):
        return False
    if level == "root":
        return p.cameo[:2] in {c[:2] for c in g.cameos}
    if level == "plover":
        return p.plover in g.plovers
    return p.cameo in g.cameos


def matches(p: PredEvent, g: GoldEvent, level: str) -> bool:
    return _match_one(p, g, level) or (g.symmetric and _match_one(p, g, level, swap=True))


def max_matching(preds: list[PredEvent], golds: list[GoldEvent],
                 ok: Callable[[PredEvent, GoldEvent], bool]) -> dict[int, int]:
    """Gold index -> prediction index; required gold events are matched first."""
    adj = {gi: [pi for pi, p in enumerate(preds) if ok(p, g)] for gi, g in enumerate(golds)}
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in adj[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in sorted(adj, key=lambda i: not golds[i].required):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


@dataclass(slots=True)
class Score:
    """Counts at one level; recall counts required gold events only (``tp_required``)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_required: int = 0
    mode_agree: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp_required / (self.tp_required + self.fn) if self.tp_required + self.fn \
            else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tp_required += other.tp_required
        self.mode_agree += other.mode_agree

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
                "mode_accuracy": round(self.mode_agree / self.tp, 4) if self.tp else None}


def score_doc(preds: list[PredEvent], golds: list[GoldEvent], level: str) -> Score:
    match = max_matching(preds, golds, lambda p, g: matches(p, g, level))
    used = set(match.values())
    s = Score()
    for gi, pi in match.items():
        s.tp += 1
        s.tp_required += golds[gi].required
        s.mode_agree += golds[gi].mode in (None, preds[pi].mode)
    s.fn = sum(1 for gi, g in enumerate(golds) if g.required and gi not in match)
    for pi, p in enumerate(preds):
        if pi in used:
            continue
        mirrored = any(matches(p.mirror(), golds[gi], level) and golds[gi].symmetric
                       for gi, pj in match.items() if preds[pj] == p.mirror())
        s.fp += not mirrored
    return s


@dataclass(slots=True)
class Report:
    levels: dict[str, Score] = field(default_factory=lambda: {lv: Score() for lv in LEVELS})
    per_type: dict[str, Score] = field(default_factory=dict)
    documents: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents,
                "levels": {k: v.as_dict() for k, v in self.levels.items()},
                "per_type": {k: v.as_dict() for k, v in sorted(self.per_type.items())}}


def evaluate(gold_docs: Iterable[dict[str, Any]],
             predictions: dict[str, list[dict[str, Any]]]) -> Report:
    """Score predictions (doc id -> contract events) against gold documents."""
    report = Report()
    for doc in gold_docs:
        report.documents += 1
        golds = [GoldEvent.from_dict(e, doc["id"]) for e in doc.get("events", [])]
        preds = [PredEvent.from_dict(e) for e in predictions.get(doc["id"], [])
                 if e.get("plover") != "none"]
        for level in LEVELS:
            report.levels[level].add(score_doc(preds, golds, level))
        types = {p.plover for p in preds} | {g.plovers[0] for g in golds}
        for t in types:
            sub_g = [g for g in golds if t in g.plovers]
            sub_p = [p for p in preds if p.plover == t]
            report.per_type.setdefault(t, Score()).add(score_doc(sub_p, sub_g, "plover"))
    return report


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    docs = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
            if "id" not in doc or "text" not in doc:
                raise GoldFormatError(f"{path}:{n}: a gold document needs 'id' and 'text'")
            for e in doc.get("events", []):
                GoldEvent.from_dict(e, f"{path}:{n}")
            docs.append(doc)
    return docs


def read_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldFormatError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
                out[str(rec["id"])] = rec.get("events", [])
    return out
