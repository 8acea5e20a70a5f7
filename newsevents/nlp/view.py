"""A read-only view of a parsed Doc, built once, that the rule stages read instead of spaCy's
Token and Span objects.

Why: spaCy computes every Token property on access (a string-store lookup for ``dep_``, a new
Token for ``head``, a generator walking the tree for ``children``, a scan of the sentence for
``sent``), and the rules read the same few properties of the same tokens thousands of times per
article: that was ~40% of the coding time (py-spy). Here the properties come from one
``Doc.to_array`` call: the ones the rules read most as plain attributes, the rest on demand.
The names are spaCy's, so rule code reads a ``Tok`` as it would a ``Token``;
``tests/test_view.py`` checks that the two agree on every token.

A view holds one ``Tok`` per token and one ``TokSpan`` per sentence, so the tokens and sentences
of one view compare by identity. Never mix them with spaCy's own objects (compare ``.i``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import wraps
from itertools import pairwise
from typing import TypeVar

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc

from newsevents.nlp.text import doc_text

# Column order of ``View.cols`` (HEAD is read apart); DEP..TAG become Tok attributes, the
# rest are read on demand.
_ATTRS = [HEAD, DEP, POS, LEMMA, LOWER, ORTH, IDX, TAG, ENT_TYPE, ENT_IOB, SENT_START, IS_SPACE,
          IS_PUNCT, SPACY]
_DEP, _POS, _LEMMA, _LOWER, _ORTH, _IDX, _TAG, _ENT_TYPE, _ENT_IOB, _SENT_START, _IS_SPACE, \
    _IS_PUNCT, _SPACY = range(13)
_IOB = ("", "I", "O", "B")
T = TypeVar("T")
_STRINGS: dict[int, str] = {0: ""}  # string-store id -> string (ids are hashes of the string)
_POS_NAMES: dict[int, str] = {}


def _string(doc: Doc | View, key: int) -> str:
    """The string of one string-store id, through the process-wide memo."""
    s = _STRINGS.get(key)
    if s is None:
        s = _STRINGS[key] = doc.vocab.strings[key]
    return s


def _strings(doc: Doc | View, ids: list[int]) -> list[str]:
    """The strings of a column of string-store ids, through the process-wide memo."""
    try:
        return list(map(_STRINGS.__getitem__, ids))
    except KeyError:  # words not seen before in this process
        return [_string(doc, key) for key in ids]


def _pos_name(pos: int) -> str:
    from spacy.parts_of_speech import NAMES

    name = _POS_NAMES[pos] = NAMES.get(pos, "") if pos else ""
    return name


class Tok:
    """One token: spaCy's ``Token`` attributes the rules read, as plain values."""

    __slots__ = ("_conjuncts", "_edges", "_subtree", "children", "dep_", "doc", "head", "i", "idx",
                 "lemma_", "lower_", "pos", "pos_", "sent", "tag_", "text")

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def _col(self, col: int) -> int:
        return self.doc.cols[col][self.i]

    # -- read less often: from the view's columns ---------------------------------------------
    @property
    def ent_type_(self) -> str:
        return _string(self.doc, self._col(_ENT_TYPE))

    @property
    def ent_iob_(self) -> str:
        return _IOB[self._col(_ENT_IOB)]

    @property
    def lemma(self) -> int:
        return self._col(_LEMMA)

    @property
    def lower(self) -> int:
        return self._col(_LOWER)

    @property
    def is_space(self) -> bool:
        return bool(self._col(_IS_SPACE))

    @property
    def is_punct(self) -> bool:
        return bool(self._col(_IS_PUNCT))

    @property
    def whitespace_(self) -> str:
        return " " if self._col(_SPACY) else ""

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def is_sent_start(self) -> bool | None:
        return self.doc.is_sent_start(self.i)

    # -- the tree ------------------------------------------------------------------------------
    @property
    def lefts(self) -> Iterator[Tok]:
        i = self.i
        return (c for c in self.children if c.i < i)

    @property
    def rights(self) -> Iterator[Tok]:
        i = self.i
        return (c for c in self.children if c.i > i)

    @property
    def subtree(self) -> tuple[Tok, ...]:
        """The token and its descendants, left subtrees first (spaCy's order)."""
        if self._subtree is None:
            out: list[Tok] = []
            i = self.i
            for c in self.children:
                if c.i < i:
                    out.extend(c.subtree)
            out.append(self)
            for c in self.children:
                if c.i > i:
                    out.extend(c.subtree)
            self._subtree = tuple(out)
        return self._subtree

    @property
    def left_edge(self) -> Tok:
        return (self._edges or self._edge_pair())[0]

    @property
    def right_edge(self) -> Tok:
        return (self._edges or self._edge_pair())[1]

    def _edge_pair(self) -> tuple[Tok, Tok]:
        """The first and last tokens of the subtree, from the children's edges (without
        building the subtree: most tokens are asked only their edges)."""
        lo = hi = self
        for c in self.children:
            left, right = c._edges or c._edge_pair()
            if left.i < lo.i:
                lo = left
            if right.i > hi.i:
                hi = right
        self._edges = (lo, hi)
        return self._edges

    @property
    def ancestors(self) -> Iterator[Tok]:
        tok = self
        for _ in range(len(self.doc)):
            if tok.head is tok:
                return
            tok = tok.head
            yield tok

    @property
    def conjuncts(self) -> tuple[Tok, ...]:
        """Coordinated tokens, without the token itself (as spaCy's ``Token.conjuncts``)."""
        if self._conjuncts is not None:
            return self._conjuncts
        start = self
        while start.head is not start and start.dep_ == "conj":
            start = start.head
        out = [start]
        for word in out:
            out.extend(c for c in word.children if c.i > word.i and c.dep_ == "conj")
        self._conjuncts = tuple(w for w in out if w is not self)
        return self._conjuncts

    def nbor(self, offset: int = 1) -> Tok:
        return self.doc[self.i + offset]


class TokSpan:
    """A span of tokens ``[start, end)``: a sentence, an entity or a slice of the view."""

    __slots__ = ("_root", "doc", "end", "end_char", "label_", "start", "start_char")

    def __init__(self, view: View, start: int, end: int, label: str = "") -> None:
        self.doc, self.start, self.end, self.label_, self._root = view, start, end, label, None
        if end > start:
            self.start_char = view.toks[start].idx
            last = view.toks[end - 1]
            self.end_char = last.idx + len(last.text)
        else:
            self.start_char = self.end_char = view.toks[start].idx if start < len(view) else 0

    def __iter__(self) -> Iterator[Tok]:
        return iter(self.doc.toks[self.start:self.end])

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, end, _ = key.indices(self.end - self.start)
            return TokSpan(self.doc, self.start + start, self.start + max(start, end))
        n = self.end - self.start
        if key < 0:
            key += n
        if not 0 <= key < n:
            raise IndexError(f"token index {key} out of a span of {n}")
        return self.doc.toks[self.start + key]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TokSpan) and (self.start, self.end, self.label_) == (
            other.start, other.end, other.label_)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.label_))

    def __repr__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char:self.end_char]

    @property
    def root(self) -> Tok:
        """As spaCy's ``Span.root``: a sentence root inside the span if there is one, else the
        token nearest the sentence root among those whose head is outside (the first on ties)."""
        if self._root is None:
            toks = self.doc.toks[self.start:self.end]
            root = next((t for t in toks if t.head is t), None)
            if root is None:
                outside = [t for t in toks if not self.start <= t.head.i < self.end]
                root = min(outside, key=_depth) if outside else self.doc.toks[self.start]
            self._root = root
        return self._root

    @property
    def sent(self) -> TokSpan:
        return self.doc.toks[self.start].sent

    @property
    def ents(self) -> list[TokSpan]:
        return [e for e in self.doc.ents if e.start >= self.start and e.end <= self.end]


class View:
    """The view of one Doc: ``view[i]``, ``view[a:b]``, iteration, ``sents``, ``ents``,
    ``char_span`` and ``text`` as on a Doc; ``view.doc`` is the Doc itself."""

    __slots__ = ("_ends", "cache", "cols", "doc", "ents", "sents", "text", "toks")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.cache: dict = {}  # per-view memo for the stages (never spaCy objects)
        n = len(doc)
        arr = doc.to_array(_ATTRS) if n else np.zeros((0, len(_ATTRS)), dtype=np.uint64)
        heads = (arr[:, 0].view(np.int64) + np.arange(n)).tolist()
        self.cols = cols = arr[:, 1:].T.tolist()
        idx = cols[_IDX]
        toks: list[Tok] = []
        new = Tok.__new__
        for i, text, low, lem, pos, pos_, tag_, dep_, at in zip(
                range(n), _strings(doc, cols[_ORTH]), _strings(doc, cols[_LOWER]),
                _strings(doc, cols[_LEMMA]), cols[_POS],
                [_POS_NAMES.get(p) or _pos_name(p) for p in cols[_POS]],
                _strings(doc, cols[_TAG]), _strings(doc, cols[_DEP]), idx, strict=True):
            t = new(Tok)
            t.doc, t.i, t.text, t.lower_, t.lemma_, t.pos, t.pos_, t.tag_, t.dep_, t.idx = (
                self, i, text, low, lem, pos, pos_, tag_, dep_, at)
            t.children, t._subtree, t._conjuncts, t._edges = [], None, None, None
            toks.append(t)
        for t, h in zip(toks, heads, strict=True):
            t.head = toks[h]
            if h != t.i:
                toks[h].children.append(t)
        self.toks = toks
        # where each token's text and trailing space end, for char_span
        self._ends = [t.idx + len(t.text) + ws for t, ws in zip(toks, cols[_SPACY], strict=True)]
        self.sents = self._sentences()
        self.ents = self._entities()

    def _entities(self) -> list[TokSpan]:
        """``doc.ents`` from the IOB columns (spaCy's property builds a Span per entity)."""
        out: list[TokSpan] = []
        start = label = None
        for i, (iob, kind) in enumerate(zip(self.cols[_ENT_IOB], self.cols[_ENT_TYPE],
                                            strict=True)):
            if start is not None and iob != 1:  # anything but I(nside) ends an entity
                out.append(TokSpan(self, start, i, label))
                start = None
            if iob == 3:  # B(egin)
                start, label = i, _string(self.doc, kind)
        if start is not None:
            out.append(TokSpan(self, start, len(self.toks), label))
        return out

    def _sentences(self) -> list[TokSpan]:
        toks = self.toks
        starts = [i for i, s in enumerate(self.cols[_SENT_START]) if s == 1]
        if toks and (not starts or starts[0] != 0):
            starts.insert(0, 0)
        sents = [TokSpan(self, a, b) for a, b in pairwise([*starts, len(toks)])]
        for sent in sents:
            for t in toks[sent.start:sent.end]:
                t.sent = sent
        return sents

    def release(self) -> None:
        """Break the view's reference cycles (token <-> head, token <-> view) so that it is
        freed as soon as the stages are done with it, not at the next cyclic collection:
        collecting a batch's views cost ~3 ms per article (measured)."""
        for t in self.toks:
            t.head = t.children = t.sent = t.doc = t._subtree = t._conjuncts = t._edges = None
        self.toks, self.sents, self.ents = [], [], []
        self.cache.clear()

    def is_sent_start(self, i: int) -> bool | None:
        flag = self.cols[_SENT_START][i]
        return True if flag == 1 else (None if flag == 0 else False)

    def __len__(self) -> int:
        return len(self.toks)

    def __iter__(self) -> Iterator[Tok]:
        return iter(self.toks)

    def __getitem__(self, key):
        if key.__class__ is int:
            return self.toks[key]
        if isinstance(key, slice):
            start, end, _ = key.indices(len(self.toks))
            return TokSpan(self, start, max(start, end))
        return self.toks[key]

    @property
    def user_data(self) -> dict:
        return self.doc.user_data

    @property
    def vocab(self):
        return self.doc.vocab

    def _token_at(self, char: int) -> int:
        """The token whose text or trailing space holds character ``char``, or -1."""
        i = bisect_right(self.cols[_IDX], char) - 1
        return i if i >= 0 and char < self._ends[i] else -1

    def char_span(self, start: int, end: int, label: str = "", alignment_mode: str = "strict"
                  ) -> TokSpan | None:
        """As ``Doc.char_span`` ("strict" and "expand" here; other modes ask spaCy)."""
        if alignment_mode not in ("strict", "expand"):
            span = self.doc.char_span(start, end, alignment_mode=alignment_mode)
            return None if span is None else TokSpan(self, span.start, span.end, label)
        first, last = self._token_at(start), self._token_at(end - 1)
        if first < 0 or last < 0:
            return None
        toks = self.toks
        if alignment_mode == "strict" and (start != toks[first].idx or end != toks[last].idx
                                           + len(toks[last].text)):
            return None
        if alignment_mode == "expand" and start == toks[first].idx + len(toks[first].text):
            first += 1  # the trailing space of a token is not the token
        return TokSpan(self, first, last + 1, label)


def _depth(tok: Tok) -> int:
    """Words from ``tok`` up to its sentence root."""
    n = 0
    while tok.head is not tok:
        tok, n = tok.head, n + 1
    return n


def per_token(fn: Callable[[Tok], T]) -> Callable[[Tok], T]:
    """Keep ``fn(tok)`` per token of a view (in ``view.cache``): for parse questions several
    rules ask of the same word. Only for answers nobody changes (a token, a flag); a spaCy
    Token is answered afresh each time."""
    key = fn.__qualname__

    @wraps(fn)
    def memo(tok: Tok) -> T:
        cache = getattr(tok.doc, "cache", None)
        if cache is None:
            return fn(tok)
        mine = cache.get(key)
        if mine is None:
            mine = cache[key] = {}
        i = tok.i
        if i in mine:
            return mine[i]
        out = mine[i] = fn(tok)
        return out

    return memo


def view(doc: Doc | View) -> View:
    """The view of ``doc`` (a view is its own view)."""
    return doc if isinstance(doc, View) else View(doc)
