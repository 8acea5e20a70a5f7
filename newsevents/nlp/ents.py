"""Entities of a sentence, fast: the view's entities grouped by sentence once (a sentence asked
for its entities hundreds of times per article in the context stage)."""

from __future__ import annotations

from newsevents.nlp.view import TokSpan

_KEY = "ents_by_sentence"


def sentence_ents(sent: TokSpan) -> list[TokSpan]:
    """The named entities that start in ``sent`` and end inside it (as ``Span.ents``)."""
    view = sent.doc
    cached = view.cache.get(_KEY)
    if cached is None:
        cached = view.cache[_KEY] = {}
        for ent in view.ents:
            cached.setdefault(view.toks[ent.start].sent.start, []).append(ent)
    return [e for e in cached.get(sent.start, ()) if e.end <= sent.end]
