"""The parse view the rules read (newsevents.nlp.view) agrees with spaCy's own objects on every
token, sentence, entity and character span of real parses."""

from __future__ import annotations

import json
import random

import pytest

from newsevents.nlp.view import TokSpan, View, view
from tests.conftest import ROOT

TEXTS = [
    "BAGHDAD, March 3 (Wire) - Iraq's prime minister met the Iranian foreign minister on "
    "Tuesday and said the two countries would expand trade.\n\nProtesters in Basra, "
    "angered by power cuts, clashed with police and the security forces fired tear gas.",
    "The European Union and the African Union condemned the coup, while Washington, "
    "London and Paris urged restraint. \"We will not accept it,\" the minister said.",
    "",
    "Hello.",
]


def _dev_texts(n: int) -> list[str]:
    path = ROOT / "benchmarks" / "data" / "events_articles.gold.jsonl"
    return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()[:n]]


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(TEXTS + _dev_texts(6)))


def _same_tokens(ours, theirs) -> None:
    assert [t.i for t in ours] == [t.i for t in theirs]


def test_every_token_attribute_agrees(docs):
    checked = 0
    for doc in docs:
        v = View(doc)
        assert len(v) == len(doc) and v.text == doc.text
        for tok, t in zip(v, doc, strict=True):
            for attr in ("i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "idx",
                         "ent_type_", "ent_iob_", "is_space", "is_punct", "pos", "lemma",
                         "lower", "whitespace_", "text_with_ws", "is_sent_start"):
                assert getattr(tok, attr) == getattr(t, attr), (attr, t.text, t.i)
            assert tok.head.i == t.head.i and len(tok) == len(t)
            for rel in ("children", "lefts", "rights", "subtree", "ancestors", "conjuncts"):
                _same_tokens(getattr(tok, rel), getattr(t, rel))
            assert tok.left_edge.i == t.left_edge.i and tok.right_edge.i == t.right_edge.i
            assert (tok.sent.start, tok.sent.end) == (t.sent.start, t.sent.end)
            checked += 1
    assert checked > 1000  # the dev articles are long: a real parse, not the short texts only


def test_sentences_entities_and_slices_agree(docs):
    for doc in docs:
        v = view(doc)
        assert view(v) is v  # a view is its own view: the stages share one
        assert [(s.start, s.end, s.text) for s in v.sents] == [
            (s.start, s.end, s.text) for s in doc.sents]
        assert [(e.start, e.end, e.label_, e.text, e.root.i) for e in v.ents] == [
            (e.start, e.end, e.label_, e.text, e.root.i) for e in doc.ents]
        for s, sent in zip(v.sents, doc.sents, strict=True):
            assert (s.start_char, s.end_char, s.root.i) == (sent.start_char, sent.end_char,
                                                           sent.root.i)
            assert [(e.start, e.end) for e in s.ents] == [(e.start, e.end) for e in sent.ents]
        if len(doc) > 6:
            assert v[2:5].text == doc[2:5].text and v[-3:].text == doc[-3:].text
            assert v[1:4][1].i == doc[1:4][1].i and v[1:4][-1].i == doc[1:4][-1].i


@pytest.mark.parametrize("mode", ["strict", "expand", "contract"])
def test_char_span_agrees_on_every_kind_of_offset(docs, mode):
    rng = random.Random(3)
    for doc in docs:
        n = len(doc.text)
        pairs = [(a, b) for a in range(min(n, 60)) for b in range(a + 1, min(n, 60) + 1)]
        pairs += [tuple(sorted(rng.sample(range(n + 1), 2))) for _ in range(300)] if n > 2 else []
        v = View(doc)
        for a, b in pairs:
            if a == b:
                continue
            ours, theirs = v.char_span(a, b, alignment_mode=mode), doc.char_span(
                a, b, alignment_mode=mode)
            assert (ours is None) == (theirs is None), (a, b, mode)
            if ours is not None:
                assert isinstance(ours, TokSpan)
                assert (ours.start, ours.end) == (theirs.start, theirs.end), (a, b, mode)


def test_tokens_of_a_view_are_unique_objects(docs):
    v = View(docs[0])
    assert v[3] is v[3] and v[3].head is v[v[3].head.i]
    assert v[3].sent is next(s for s in v.sents if s.start <= 3 < s.end)
    with pytest.raises(IndexError):
        v[0:2][5]


def test_answers_kept_per_token_are_those_of_the_plain_doc(docs):
    """Rules memoised per token of a view (subject_of) and the actor index's kept answers give
    what the same rules give on spaCy's Doc, every time they are asked."""
    from newsevents.actors.mentions import Mention
    from newsevents.events.actor_index import ActorIndex
    from newsevents.events.arguments import subject_of

    for doc in docs:
        v = view(doc)
        for _ in range(2):
            ours = [subject_of(t) for t in v]
            assert [s.i if s is not None else None for s in ours] == [
                s.i if s is not None else None for s in map(subject_of, doc)]
        heads = [t for t in v if t.pos_ == "PROPN"]
        mentions = [Mention(t.idx, t.idx + len(t.text), t.i, t.text, code="XXX", tokens=[t.i])
                    for t in heads]
        index = ActorIndex(v, mentions)
        for t in v:
            first = index.at(t)
            first.append(None)  # a caller's change does not reach the next answer
            assert index.at(t) == first[:-1] == ActorIndex(doc, mentions).at(doc[t.i])
