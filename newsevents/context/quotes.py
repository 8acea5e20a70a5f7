"""Who said what: direct quotes (straight or curly, cue before or after, several sentences),
partial quoted terms ("described him as an 'American agent'") and indirect speech ("X said
that ..."), each with its cue verb and speaker resolved through the actor stage."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.strings import hash_string
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from newsevents.actors.mentions import Mention
from newsevents.events.arguments import subject_of
from newsevents.model import ActorRef, Quote
from newsevents.nlp.text import doc_text

# Speech cues: verbs whose subject is the speaker. "according to X" is handled on its own.
CUES = {"say", "tell", "add", "state", "quote", "describe", "call", "warn", "insist", "stress",
        "affirm", "note", "write", "declare", "announce", "claim", "explain", "argue", "ask",
        "reply", "respond", "confirm", "deny", "tweet", "post", "comment", "continue", "vow",
        "urge", "accuse", "brand", "label", "term", "acknowledge", "admit", "predict", "pledge",
        "promise", "caution", "emphasise", "emphasize", "point", "complain", "charge"}
INDIRECT_CUES = {"say", "tell", "add", "state", "warn", "insist", "stress", "affirm", "note",
                 "declare", "announce", "claim", "explain", "argue", "confirm", "deny"}
PAIRS = re.compile(r'"([^"\n]{2,2000}?)"|\u201c([^\u201d]{2,2000}?)\u201d|'
                   r"(?<![A-Za-z])['\u2018]([^'\u2019\n]{2,80}?)['\u2019](?![A-Za-z])")
PARTIAL_MAX_WORDS = 6


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    text: str
    kind: str
_ACCORDING = hash_string("according")  # compared as string ids: every token is read


def _quoted(text: str) -> list[_Found]:
    out = []
    for m in PAIRS.finditer(text):
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        start, end = m.start(group), m.end(group)
        words = m.group(group)
        stripped = words.rstrip(" ,.")  # "... water," said X: the comma is not the speaker's
        end -= len(words) - len(stripped)
        before = text[:m.start()].rstrip()
        embedded = bool(before) and before[-1].isalnum() and words[-1:] not in (".", "!", "?")
        short = len(stripped.split()) <= PARTIAL_MAX_WORDS
        if group == 3 and not short:
            continue  # apostrophes, not quotes
        kind = "partial" if short and (embedded or group == 3) else "direct"
        out.append(_Found(start, end, stripped, kind))
    return out


def _cue_near(doc: Doc, q: _Found) -> Token | None:
    """A speech verb outside the quote, in the sentence where the quote starts or ends."""
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    last = doc.char_span(max(q.start, q.end - 1), q.end, alignment_mode="expand")
    sents = []
    for part in (last, first):
        if part is not None and part.sent not in sents:
            sents.append(part.sent)
    for sent in sents:
        outside = [t for t in sent if (t.idx < q.start - 1 or t.idx > q.end)
                   and ((t.lemma_.lower() in CUES and t.pos_ in ("VERB", "AUX"))
                        or t.lower_ == "according")]
        if outside:
            return min(outside, key=lambda t: min(abs(t.idx - q.start), abs(t.idx - q.end)))
    return None


def _speaker_token(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        if to is not None:
            return next((g for g in to.children if g.dep_ == "pobj"), None)
        return None
    passive = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and cue.lemma_ == "quote":  # "X was quoted as saying"
        return passive
    return subject_of(cue)


@dataclass(slots=True)
class _Candidates:
    """What the text and parse alone say about a document's quotes: quoted spans with the
    index of their cue token, and (cue, first token, last token) of indirect speech and of
    "according to". Speakers depend on the actor stage and are resolved per call."""

    direct: list[tuple[_Found, int | None]]
    indirect: list[tuple[int, int, int]]
    according: list[tuple[int, int, int]]


_KEY = "newsevents.quote_candidates"


def _candidates(doc: Doc) -> _Candidates:
    """Computed once per document (the actor stage, the coder and the context stage all ask
    for the quotes); token indices, not Tokens, so the cache holds no reference to the Doc."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        direct = []
        for q in _quoted(doc_text(doc)):
            cue = _cue_near(doc, q)
            direct.append((q, None if cue is None else cue.i))
        cached = _Candidates(direct, _indirect_spans(doc), _according_spans(doc))
        doc.user_data[_KEY] = cached
    return cached


def find_quotes(doc: Doc, actor_at: Callable[[Token], list[Mention]], *,
                direct_only: bool = False) -> list[Quote]:
    """Every quote of the document, with its speaker where the text names one; with
    ``direct_only`` the quoted words only (no indirect speech)."""
    found = _candidates(doc)
    quotes: list[Quote] = []
    previous: Quote | None = None
    covered: list[tuple[int, int]] = []
    for q, cue_i in found.direct:
        cue = None if cue_i is None else doc[cue_i]
        if cue is None and q.kind == "partial":
            continue  # a title or a nickname in quotes, not somebody's words
        speaker = _speaker(cue, actor_at) if cue is not None else None
        if cue is None and previous is not None and q.start - previous.span[1] < 200:
            speaker, cue_text = previous.speaker, previous.cue  # a quote that goes on
        else:
            cue_text = cue.text if cue is not None else ""
        if cue is None and speaker is None:
            continue
        quote = Quote(speaker=speaker, quote=q.text, span=(q.start, q.end), cue=cue_text,
                      kind=q.kind)
        quotes.append(quote)
        covered.append((q.start, q.end))
        previous = quote
    if direct_only:
        return quotes
    quotes += _reported(doc, found.indirect, actor_at, covered, cue_text=None)
    quotes += _reported(doc, found.according, actor_at, covered + [q.span for q in quotes],
                        cue_text="according to")
    quotes.sort(key=lambda x: x.span[0])
    return quotes


def _speaker(cue: Token, actor_at: Callable[[Token], list[Mention]]) -> ActorRef | None:
    tok = _speaker_token(cue)
    if tok is None:
        return None
    found = actor_at(tok)
    span = _phrase(tok)
    if found:
        m = found[0]
        return ActorRef(code=m.code, name=m.name or m.text, text=span.text, rule=m.rule,
                        entry=m.entry)
    if tok.pos_ == "PRON":
        return None
    return ActorRef(code="", name=span.text, text=span.text, rule="unresolved")


def _phrase(tok: Token) -> Span:
    """The speaker's noun phrase without its relative clauses; a name in apposition is the
    speaker's name ("spokesman Yahya Rasool", "the governor, Asaad al-Eidani")."""
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None:
        tok = name
    left = min([tok.i] + [t.i for c in tok.lefts for t in c.subtree if c.dep_ != "punct"])
    return tok.doc[left:tok.i + 1]


def _indirect_spans(doc: Doc) -> list[tuple[int, int, int]]:
    """"X said that ...": (cue, first, last token) of each reported clause."""
    out = []
    for cue in doc:
        if cue.pos != VERB or cue.lemma_.lower() not in INDIRECT_CUES:
            continue
        for comp in cue.children:
            # "X said that ...", "X said it would ...", "..., officials said"
            if comp.dep_ != "ccomp" or comp.pos_ not in ("VERB", "AUX"):
                continue
            toks = [t for t in comp.subtree if not (t.dep_ == "mark" and t.head.i == comp.i
                                                    and t.lower_ == "that")]
            toks = [t for t in toks if not t.is_punct or t.i != toks[-1].i]
            out.append((cue.i, toks[0].i, toks[-1].i))
    return out


def _according_spans(doc: Doc) -> list[tuple[int, int, int]]:
    """"Seventeen people were wounded, according to the governor": the rest of the sentence."""
    out = []
    for cue in doc[:-1]:
        if cue.lower != _ACCORDING or doc[cue.i + 1].lower_ != "to":
            continue
        sent = cue.sent
        phrase = [t.i for t in cue.subtree]
        toks = [t for t in sent if t.i not in phrase and not t.is_space]
        while toks and toks[-1].is_punct:
            toks.pop()
        while toks and toks[0].is_punct:
            toks.pop(0)
        if len(toks) >= 4:
            out.append((cue.i, toks[0].i, toks[-1].i))
    return out


def _reported(doc: Doc, spans: list[tuple[int, int, int]],
              actor_at: Callable[[Token], list[Mention]], covered: list[tuple[int, int]], *,
              cue_text: str | None) -> list[Quote]:
    """Indirect speech not inside a direct quote already, when its speaker is named."""
    out = []
    for cue_i, first, last in spans:
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        if any(s < end and start < e for s, e in covered):
            continue
        cue = doc[cue_i]
        speaker = _speaker(cue, actor_at)
        if speaker is None:
            continue
        out.append(Quote(speaker=speaker, quote=doc[first:last + 1].text, span=(start, end),
                         cue=cue.text if cue_text is None else cue_text, kind="indirect"))
    return out
