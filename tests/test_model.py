import json

import pytest

from newsevents.model import Actor, ActorRef, Article, Event, Quote, Result


def make_event(**kw):
    base = dict(id="d-e1", source=ActorRef("IRQGOV", "Iraq government", "Baghdad"),
                target=ActorRef("KWT", "Kuwait", "Kuwait"), cameo="042", plover="CONSULT",
                mode="actual", goldstein=1.9, quad_class=1, sentence="He visited Kuwait.",
                span=(3, 17), trigger="visited", rule="042.visit@verb")
    base.update(kw)
    return Event(**base)


def test_event_round_trip_keeps_codes_as_strings():
    event = make_event()
    data = json.loads(json.dumps(event.as_dict()))
    assert data["cameo"] == "042"
    again = Event.from_dict(data)
    assert again.cameo == "042" and again.span == (3, 17)
    assert again.source.code == "IRQGOV" and again.target.text == "Kuwait"


def test_event_rejects_integer_cameo_codes():
    with pytest.raises(TypeError, match="string"):
        make_event(cameo=42)


def test_result_round_trip_matches_the_contract_keys():
    result = Result(id="d", date="2020-05-27", title=None, url=None, events=[make_event()],
                    quotes=[Quote(ActorRef("USAGOV", "David Schenker", "Schenker"), "good job",
                                  (10, 18), "said")],
                    actors=[Actor("KWT", "Kuwait", [(12, 18)])])
    data = result.as_dict()
    assert set(data) == {"id", "date", "title", "url", "events", "quotes", "actors"}
    event_keys = {"id", "source", "target", "cameo", "plover", "mode", "goldstein", "quad_class",
                  "date", "location", "sentence", "span", "trigger", "rule"}
    assert event_keys <= set(data["events"][0])
    assert set(data["quotes"][0]) >= {"speaker", "quote", "span", "cue"}
    assert data["actors"][0] == {"code": "KWT", "name": "Kuwait", "mentions": [[12, 18]]}
    assert Result.from_dict(json.loads(json.dumps(data))).as_dict() == data


def test_article_from_dict_ignores_unknown_keys():
    art = Article.from_dict({"id": "a", "text": "x", "lang": "en", "date": "2020-01-01"})
    assert art == Article(id="a", text="x", date="2020-01-01")


def test_public_api_is_exactly_exported():
    import newsevents

    assert set(newsevents.__all__) == {"Actor", "ActorRef", "Article", "Event", "Quote",
                                       "Result", "__version__", "code_text", "open_store"}
    assert all(hasattr(newsevents, name) for name in newsevents.__all__)
