"""The reference article in ../shared (skipped when absent): actors and events floors."""

from __future__ import annotations

import json

import pytest

from newsevents.actors.kb import load_kb
from newsevents.actors.resolver import ActorResolver
from newsevents.evaluation import evaluate


@pytest.fixture(scope="module")
def reference(shared_dir):
    return json.loads((shared_dir / "reference" / "kazemi-balance.gold.jsonl").read_text(
        encoding="utf-8").splitlines()[0])


def test_every_gold_actor_resolves(nlp, reference):
    doc = nlp(reference["text"])
    mentions = ActorResolver(load_kb()).resolve(doc, date=reference["date"])
    for actor in reference["actors"]:
        found = [m for m in mentions if actor["text"] in m.text or m.text in actor["text"]]
        found = [m for m in found if m.code]
        assert found, actor["text"]
        person = any(m.kind in ("person", "name") for m in found)  # people: the full code
        codes = {m.code if person else m.code[:3] for m in found}
        want = actor["code"] if person else actor["code"][:3]
        assert want in codes, (actor, codes)


def test_event_floors_on_the_reference(pipeline, reference):
    from newsevents.model import Article

    result = pipeline.code(Article(id=reference["id"], text=reference["text"],
                                   date=reference["date"]))
    report = evaluate([reference], {reference["id"]: [e.as_dict() for e in result.events]})
    plover = report.levels["plover"]
    assert plover.recall >= 0.85 and plover.precision >= 0.80, report.as_dict()["levels"]


def test_dates_places_and_quotes_of_the_reference(pipeline, reference):
    from newsevents.model import Article

    result = pipeline.code(Article(id=reference["id"], text=reference["text"],
                                   date=reference["date"]))
    killing = next(e for e in result.events if e.target and e.target.code == "IRNMIL"
                   and e.plover == "ASSAULT")
    assert killing.date == "2020-01" and killing.location["name"] == "Baghdad"
    raid = next(e for e in result.events if e.cameo.startswith("17") and e.plover == "COERCE")
    assert raid.location["name"] == "Basra"
    dialogue = next(e for e in result.events if e.plover == "CONSULT" and e.mode == "planned")
    assert dialogue.date == "2020-06"
    got = {q.quote.strip(' ."\u201d'): q for q in result.quotes}
    for gold in reference["quotes"]:
        quote = got.get(gold["quote"].strip(' ."\u201d'))
        assert quote is not None, gold["quote"]
        assert quote.speaker is not None
        said = set(quote.speaker.text.split()) | set(quote.speaker.name.split())
        assert set(gold["speaker"].split()) & said, (gold, quote)
