"""Assemble the stages: Article -> spaCy Doc -> actor mentions -> events -> Result."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from newsevents.actors.kb import load_kb
from newsevents.actors.mentions import Mention
from newsevents.actors.resolver import ActorResolver
from newsevents.context import add_context
from newsevents.events.coder import EventCoder, code_events
from newsevents.events.lexicon import load_lexicon
from newsevents.gazetteer import load_gazetteer
from newsevents.model import Actor, Article, Result
from newsevents.nlp import load_nlp
from newsevents.nlp.view import view
from newsevents.ontology import load_ontology
from newsevents.settings import Settings, load_settings


@dataclass(slots=True)
class Coded:
    """A coded article with its parse and mentions (for `explain` and `actors`)."""

    result: Result
    doc: Doc
    mentions: list[Mention]


class Pipeline:
    """Build once (loads the model and the knowledge files), then code many articles."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self.nlp = load_nlp(self.settings.spacy_model or None)
        self.kb = load_kb(self.settings.kb_dir or None)
        self.resolver = ActorResolver(self.kb, fuzzy_threshold=self.settings.fuzzy_threshold,
                                      gazetteer=load_gazetteer())
        self.ontology = load_ontology()
        self.coder = EventCoder(load_lexicon(), self.ontology)

    def code(self, article: Article) -> Result:
        return self.analyse(article).result

    def analyse(self, article: Article, doc: Doc | None = None) -> Coded:
        doc = doc if doc is not None else self.nlp(article.text)
        parsed = view(doc)  # read once by every stage
        mentions = self.resolver.resolve(parsed, date=article.date)
        events = code_events(parsed, mentions, self.coder, doc_id=article.id)
        number_sentences(parsed, events)
        quotes = add_context(parsed, mentions, events, article_date=article.date)
        parsed.release()
        result = Result(id=article.id, date=article.date, title=article.title, url=article.url,
                        events=events, quotes=quotes, actors=group_actors(mentions))
        return Coded(result, doc, mentions)

    def code_many(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Batched with ``nlp.pipe``; results come back in input order."""
        for _article, result in self.analyse_many(articles):
            yield result

    def analyse_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Result]]:
        """(article, result) pairs, parsed in batches with ``nlp.pipe``, in input order."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True,
                                          batch_size=self.settings.batch_size):
            yield article, self.analyse(article, doc).result


def number_sentences(doc: Doc, events: list) -> None:
    """Each event's 1-based sentence number (GDELT's SentenceID, ICEWS's Sentence Number)."""
    starts = [s.start_char for s in doc.sents]
    for e in events:
        e.sentence_no = bisect_right(starts, e.span[0])


def group_actors(mentions: list[Mention]) -> list[Actor]:
    """One Actor per canonical (code, name), with all its mention spans in text order."""
    actors: dict[tuple[str, str], Actor] = {}
    for m in mentions:
        if not m.code:
            continue
        key = (m.code, m.name or m.text)
        actor = actors.setdefault(key, Actor(code=m.code, name=key[1]))
        actor.mentions.append((m.start, m.end))
    return list(actors.values())


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """A process-wide pipeline with the default settings, built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
