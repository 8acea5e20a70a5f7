"""Evaluative speech as events: "the minister said the strikes were unacceptable" is a criticism
of the striker, "called the deal illegal" a rejection, "said X had done a good job" praise.

The judgements are data (``data/evaluative.tsv``); the speech verbs are the ``speech`` cues.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Span, Token

from newsevents.events.arguments import subject_of
from newsevents.ontology.tables import read_tsv

# Verbs whose object is judged by a complement: "called [the deal] [illegal]".
OBJECT_JUDGING = {"call", "describe", "brand", "label", "term", "consider", "deem", "denounce",
                  "dismiss", "reject", "condemn"}


@dataclass(frozen=True, slots=True)
class Judgement:
    id: str
    cameo: str
    phrases: tuple[tuple[str, ...], ...]
    where: str


@dataclass(slots=True)
class Evaluation:
    """A speech verb, who speaks, what is judged, and the judgement that matched."""

    verb: Token
    speaker: Token
    judged: Token
    judgement: Judgement
    words: Span


@cache
def load_judgements() -> tuple[Judgement, ...]:
    path = Path(str(resources.files("newsevents.events") / "data" / "evaluative.tsv"))
    out = []
    for line, r in read_tsv(path):
        phrases = tuple(tuple(p.split()) for p in r["words"].split("|") if p.strip())
        out.append(Judgement(r["id"], r["cameo"], phrases, f"{path.name}:{line}"))
    return tuple(out)


@cache
def _by_first_word() -> dict[str, list[tuple[int, int, Judgement, tuple[str, ...]]]]:
    """Phrases indexed by their first lemma, with their file and phrase order (for ties)."""
    index: dict[str, list[tuple[int, int, Judgement, tuple[str, ...]]]] = {}
    for jn, j in enumerate(load_judgements()):
        for pn, phrase in enumerate(j.phrases):
            index.setdefault(phrase[0], []).append((jn, pn, j, phrase))
    return index


def _find(tokens: list[Token]) -> tuple[Judgement, Span] | None:
    """The longest judgement phrase in the tokens (ties: the earlier line of the data file)."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    lemmas = [t.lemma_.lower() for t in words]
    forms = [t.lower_ for t in words]  # "biased" may be lemmatised "bias"
    index = _by_first_word()
    best = None
    for i, (lemma, form) in enumerate(zip(lemmas, forms, strict=True)):
        if lemma not in index and form not in index:
            continue  # most words begin no phrase
        cands = index.get(lemma, []) + (index.get(form, []) if form != lemma else [])
        for jn, pn, j, phrase in cands:
            n = len(phrase)
            if phrase in (tuple(lemmas[i:i + n]), tuple(forms[i:i + n])) and \
                    words[i + n - 1].dep_ != "compound":  # "the coup leaders" judges no one
                rank = (-n, jn, pn, i)
                if best is None or rank < best[0]:
                    best = (rank, j, i, n)
    if best is None:
        return None
    _, j, i, n = best
    return j, words[i].doc[words[i].i:words[i + n - 1].i + 1]


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def evaluations(sent: Span, is_speech) -> list[Evaluation]:
    """Judgements reported by speech verbs in a sentence."""
    out = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or not is_speech(verb) or _negated(verb):
            continue
        speaker = subject_of(verb)
        if speaker is None:
            continue
        for comp in verb.children:
            if comp.dep_ == "ccomp" and not _negated(comp):
                judged = next((c for c in comp.children if c.dep_ in (
                    "nsubj", "nsubjpass")), None)
                if judged is None:
                    judged = next((c for c in comp.children if c.dep_ == "dobj"), None)
                found = _find(list(comp.subtree))
                if judged is not None and found:
                    out.append(Evaluation(verb, speaker, judged, *found))
        if verb.lemma_.lower() in OBJECT_JUDGING:
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if obj is None and verb.dep_ == "relcl":
                obj = verb.head  # "a trial Washington denounced as a sham"
            comps = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")
                     or (c.dep_ == "prep" and c.lower_ == "as") or (  # "... as biased"
                         c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as"
                                                   for m in c.children))]
            tokens = [t for c in comps for t in c.subtree]
            if obj is not None and obj.i > verb.i:
                tokens += [t for c in obj.children if c.dep_ in ("amod", "acl", "oprd")
                           for t in c.subtree if t.i > obj.i]
                if not comps:  # the small model buries the complement in the object:
                    # "called the resolution on Aleppo unacceptable", "... 'null and void'"
                    tokens += [t for t in obj.subtree if t.i > obj.i]
            found = _find(tokens) if tokens else None
            if obj is not None and found:
                out.append(Evaluation(verb, speaker, obj, *found))
    return out


def quoted_judgements(sent: Span, speaker: Token) -> list[Evaluation]:
    """"Iran's decision is a serious escalation. We will not stay silent," X said: a quoted
    sentence that judges its subject ("X is Y") is the quote's speaker's judgement."""
    root = sent.root
    if root.lemma_.lower() != "be" or _negated(root):
        return []
    judged = next((c for c in root.children if c.dep_ == "nsubj"), None)
    comps = [c for c in root.children if c.dep_ in ("attr", "acomp")]
    found = _find([t for c in comps for t in c.subtree]) if comps else None
    if judged is None or not found:
        return []
    return [Evaluation(root, speaker, judged, *found)]
