"""Entities of a sentence, fast. spaCy's ``Span.ents`` rebuilds every entity Span of the whole
document on each call; on an 800-word article the context stage called it hundreds of times and
it was the largest cost after the parse. Here the document's entities are grouped by sentence
once and kept in ``doc.user_data``."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

_KEY = "newsevents.ents_by_sentence"


def _by_sentence(doc: Doc) -> dict[int, list[Span]]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        starts = [s.start for s in doc.sents]
        cached = {}
        for ent in doc.ents:
            first = starts[bisect_right(starts, ent.start) - 1]
            cached.setdefault(first, []).append(ent)
        doc.user_data[_KEY] = cached
    return cached


def sentence_ents(sent: Span) -> list[Span]:
    """The named entities that start in ``sent`` and end inside it (as ``Span.ents``)."""
    return [e for e in _by_sentence(sent.doc).get(sent.start, ()) if e.end <= sent.end]
