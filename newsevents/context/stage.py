"""Fill the date and location of each event and find the document's quotes."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.actors.mentions import Mention
from newsevents.context.dates import event_date
from newsevents.context.places import document_countries, event_place, places_in
from newsevents.context.quotes import find_quotes
from newsevents.events.actor_index import ActorIndex
from newsevents.gazetteer import load_gazetteer
from newsevents.model import Event, Quote
from newsevents.nlp.ents import sentence_ents
from newsevents.nlp.view import view

# Verbal events happen where they are said, which the sentence rarely names.
VERBAL = {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The trigger word of an event, found inside its evidence span."""
    span = doc.char_span(event.span[0], event.span[1], alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.text == event.trigger), None)


def _visited(doc: Doc, event: Event):
    """A visit takes place where it goes: "a visit to Kuwait" is located in Kuwait."""
    if not event.cameo.startswith("042") or event.target is None:
        return None
    sent = doc.char_span(event.span[0], event.span[1], alignment_mode="expand")
    if sent is None:
        return None
    for ent in sentence_ents(sent.sent):
        if ent.text == event.target.text or ent.text.endswith(event.target.text):
            return ent
    return None


def add_context(doc: Doc, mentions: list[Mention], events: list[Event], *,
                article_date: str | None) -> list[Quote]:
    """Set ``date``/``date_info`` and ``location`` on each event; return the quotes."""
    doc = view(doc)
    gaz = load_gazetteer()
    countries = document_countries(
        doc, [m.code for m in mentions if m.code and m.kind != "place"], gaz)
    actor_spans = [(m.start, m.end) for m in mentions if m.code and m.kind != "place"]
    candidates: dict[int, list] = {}  # sentence start -> its place names, computed once
    in_sentence: dict[int, tuple] = {}  # sentence start -> its actors' character spans
    for event in events:
        tok = trigger_token(doc, event)
        if tok is None:
            continue
        found = event_date(tok, article_date)
        if found is not None:
            event.date, event.date_info = found.value, found.as_dict()
        # the sentence's actors are not places ("Baghdad said", "accused Washington")
        sent = tok.sent
        if sent.start not in candidates:
            candidates[sent.start] = places_in(sent)
            in_sentence[sent.start] = tuple(span for span in actor_spans
                                            if sent.start_char <= span[0] < sent.end_char)
        actors = in_sentence[sent.start]
        background = found is not None and found.source == "historical"
        event.location = event_place(tok, gaz, countries, exclude=actors,
                                     destination=_visited(doc, event),
                                     candidates=candidates[sent.start],
                                     clause_only=background or event.plover in VERBAL,
                                     prefer=event.source.code[:3] if event.source else None)
    index = ActorIndex(doc, mentions)
    return find_quotes(doc, index.at)
