"""A Doc's text, read once. spaCy's ``Doc.text`` joins every token's text on each call (about
0.3 ms for a 600-word article); the stages asked for it six times per document."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newsevents.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in ``doc.user_data`` (the text of a Doc never changes)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
