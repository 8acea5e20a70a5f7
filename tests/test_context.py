"""Dates, places and quotes, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.context.dates import parse_expression
from newsevents.gazetteer import load_gazetteer
from newsevents.nlp.view import view
from tests.conftest import code

REF = date(2021, 3, 10)  # a Wednesday


@pytest.mark.parametrize("text,value,granularity,source", [
    ("on 3 January 2020", "2020-01-03", "day", "absolute"),
    ("January 3, 2020", "2020-01-03", "day", "absolute"),
    ("in January", "2021-01", "month", "absolute"),
    ("in March 2019", "2019-03", "month", "absolute"),
    ("in 2018", "2018", "year", "historical"),
    ("yesterday", "2021-03-09", "day", "relative"),
    ("on Monday", "2021-03-08", "day", "relative"),
    ("two days ago", "2021-03-08", "day", "relative"),
    ("last week", "2021-03", "month", "relative"),
    ("next month", "2021-04", "month", "relative"),
    ("the middle of next month", "2021-04", "month", "relative"),
    ("last year", "2020", "year", "relative"),
    ("in December", "2020-12", "month", "absolute"),
])
def test_date_expressions(text, value, granularity, source):
    found = parse_expression(text, REF)
    assert (found.value, found.granularity, found.source) == (value, granularity, source)


def test_weekday_forward_in_future_context():
    assert parse_expression("on Friday", REF, future=True).value == "2021-03-12"
    assert parse_expression("next Sunday", REF).value == "2021-03-14"
    assert parse_expression("within hours", REF) is None


def test_event_dates_and_article_fallback(pipeline):
    result = code(pipeline, "Turkish jets bombed Kurdish militants in northern Iraq on "
                            "Monday. Kenyan police arrested five Ugandan smugglers.", "2021-03-10")
    bombed = next(e for e in result.events if e.trigger == "bombed")
    assert bombed.date == "2021-03-08" and bombed.date_info["source"] == "relative"
    arrest = next(e for e in result.events if e.trigger == "arrested")
    assert arrest.date == "2021-03-10" and arrest.date_info["source"] == "article"


def test_planned_event_dated_forward(pipeline):
    result = code(pipeline, "Kenya's president will visit Uganda next week.", "2021-03-10")
    assert result.events[0].mode == "planned" and result.events[0].date == "2021-03"


def test_tripoli_follows_the_document_country(pipeline):
    lebanon = code(pipeline, "Lebanese troops clashed with gunmen in Tripoli on Sunday, the "
                             "Lebanese army said.")
    libya = code(pipeline, "Libyan forces clashed with militiamen in Tripoli on Sunday, the "
                           "Libyan government said.")
    assert lebanon.events[0].location["country"] == "LBN"
    assert libya.events[0].location["country"] == "LBY"
    assert "document" in libya.events[0].location["reason"]


def test_actor_names_are_not_places(pipeline):
    result = code(pipeline, "Baghdad condemned the Turkish air strikes.")
    assert all(e.location is None for e in result.events)


def test_gazetteer_loads_once():
    assert load_gazetteer() is load_gazetteer()
    assert {p.country for p in load_gazetteer().lookup("Gaza Strip")} == {"PSE"}


def quotes_of(pipeline, text, date="2021-03-10"):
    return {q.quote: q for q in code(pipeline, text, date).quotes}


def test_direct_quotes_cue_before_and_after(pipeline):
    text = ('"We will not accept any foreign troops," said Kenyan Interior Minister '
            'Adamu Otieno. Uganda\u2019s army spokesman told reporters: \u201cThe border is '
            'calm. Nobody crossed it.\u201d')
    qs = quotes_of(pipeline, text)
    first = qs["We will not accept any foreign troops"]
    assert first.speaker.code == "KENGOV" and first.cue == "said" and first.kind == "direct"
    second = qs["The border is calm. Nobody crossed it"]
    assert second.speaker.code.startswith("UGA") and second.cue == "told"


def test_quote_continuation_and_according_to(pipeline):
    text = ('"The talks failed," the Sudanese foreign minister said. "We will try again." '
            'Fighting continued in Khartoum, according to witnesses.')
    qs = quotes_of(pipeline, text)
    assert qs["We will try again"].speaker.code == "SDNGOV"
    indirect = [q for q in qs.values() if q.cue == "according to"]
    assert indirect and indirect[0].kind == "indirect"


def test_partial_and_indirect_quotes(pipeline):
    text = ("The opposition described the Egyptian president as a 'dictator'. "
            "Egypt's foreign minister said that Cairo would reopen the crossing.")
    qs = quotes_of(pipeline, text)
    assert qs["dictator"].kind == "partial" and qs["dictator"].speaker is not None
    ind = qs["Cairo would reopen the crossing"]
    assert ind.kind == "indirect" and ind.speaker.code == "EGYGOV"


# -- places: one rule a test, on sentences written for them --------------------------------

def place_of(nlp, text: str, trigger: str, *, clause_only: bool = False,
             countries: dict[str, int] | None = None, prefer: str | None = None) -> dict | None:
    from newsevents.context.places import document_countries, event_place

    doc = view(nlp(text))  # the stages read the parse through a view
    gaz = load_gazetteer()
    tok = next(t for t in doc if t.text == trigger)
    if countries is None:
        countries = document_countries(doc, [], gaz)
    kwargs = {"prefer": prefer} if prefer else {}
    return event_place(tok, gaz, countries, clause_only=clause_only, **kwargs)


def test_gazetteer_names_without_accents_articles_or_type_words():
    gaz = load_gazetteer()
    assert {p.country for p in gaz.lookup("Hodeidah")} == {"YEM"}  # "El-Hodeidah", Al Ḩudaydah
    assert {p.country for p in gaz.lookup("Sindh province")} == {"PAK"}  # a subdivision
    assert ("USA", "region") in {(p.country, p.feature) for p in gaz.lookup("Georgia")}
    assert not gaz.lookup("Gulf")  # a province of Papua New Guinea, and a common word
    assert {p.country for p in gaz.lookup("Red Sea")} == {"EGY"}  # regions.tsv comes first


def test_resolve_prefers_the_story_main_country():
    found, _ = load_gazetteer().resolve("Rafah", {"EGY": 12, "PSE": 1})
    assert found.country == "EGY"


def test_unknown_village_said_to_be_a_place_takes_its_neighbour_country(nlp):
    place = place_of(nlp, "Gunmen killed three farmers in the village of Umm Rakhis, west of "
                          "Kirkuk, on Friday.", "killed")
    assert place["name"] == "Umm Rakhis" and place["country"] == "IRQ"
    assert "Kirkuk" in place["reason"]


def test_most_specific_place_hanging_on_the_trigger(nlp):
    # a city before the region around it
    place = place_of(nlp, "In Darfur, militiamen burned a clinic in El Fasher.", "burned")
    assert place["name"] == "El Fasher"
    # the place the trigger goes to, not the one under another verb
    place = place_of(nlp, "Thousands of families crossed into Chad, fleeing attacks in Sudan's "
                          "Darfur region.", "crossed")
    assert place["country"] == "TCD"


def test_place_nouns_and_object_modifiers(nlp):
    streets = place_of(nlp, "Troops patrolled the streets of Valparaiso.", "patrolled")
    assert streets["name"] == "Valparaiso" and "event's clause" in streets["reason"]
    assert place_of(nlp, "Rioters torched a Marseille police station on Sunday as protests "
                         "spread across France.", "torched")["name"] == "Marseille"


def test_possessive_and_departure_places(nlp):
    assert place_of(nlp, "The opposition won Kenya's presidential election.",
                    "won")["name"] == "Kenya"
    assert place_of(nlp, "The Soviet army withdrew from Afghanistan in 1989.",
                    "withdrew", clause_only=True)["name"] == "Afghanistan"


def test_subjects_and_addressees_are_not_places(nlp):
    assert place_of(nlp, "The vote was a referendum that Madrid called illegal.",
                    "referendum") is None
    assert place_of(nlp, "The rebels said that Damascus had asked Moscow to send jets.",
                    "asked") is None


def test_noun_event_after_since_keeps_its_own_place(nlp):
    assert place_of(nlp, "It was the worst bombing in Lebanon since the end of the civil war.",
                    "end", clause_only=True) is None


def test_places_known_to_one_country_count_for_the_story(nlp):
    from newsevents.context.places import document_countries

    doc = view(nlp("A bomb exploded in Narathiwat on Monday."))
    assert document_countries(doc, [], load_gazetteer()).get("THA")


def test_towns_of_the_story_countries_from_the_larger_list(nlp):
    place = place_of(nlp, "Militants killed two soldiers near Kokernag.", "killed",
                     countries={"IND": 3})
    assert place["place"] == "Kokernag" and place["country"] == "IND"
    assert place["geonameid"] and "town" in place["reason"]


def test_part_of_a_place_taken_and_another_verbs_place(nlp):
    golan = place_of(nlp, "Rebels captured most of the Golan Heights from the army.", "captured")
    assert "event's clause" in golan["reason"]
    assert place_of(nlp, "Rebels captured Homs on Saturday, hours after the governor fled the "
                         "province.", "fled", countries={"SYR": 3}) is None


def test_a_peoples_territories(nlp):
    place = place_of(nlp, "The army imposed a curfew across the Palestinian territories.",
                     "imposed")
    assert place["country"] == "PSE"


def test_complement_clause_before_adverbial_clause(nlp):
    place = place_of(nlp, "Israel hit what it described as weapons depots in Lebanon, days "
                          "after militants fired rockets near Safed.", "hit")
    assert place["name"] == "Lebanon"


def test_source_country_first_among_namesakes(nlp):
    text = "Indian officials said troops had sealed roads in Punjab."
    assert place_of(nlp, text, "sealed", countries={"PAK": 5, "IND": 3},
                    prefer="IND")["country"] == "IND"
    assert place_of(nlp, text, "sealed", countries={"PAK": 5, "IND": 3})["country"] == "PAK"


def test_main_clause_place_is_shared_by_and_not_by_after(nlp):
    # a clause joined by "and" shares the place its sibling acts on
    assert place_of(nlp, "The minister visited Ankara in May, and the two sides agreed to "
                         "expand trade.", "agreed")["name"] == "Ankara"
    # so does a participle under the trigger
    assert place_of(nlp, "Militants fired rockets at the north, striking the port city of "
                         "Haifa.", "fired", countries={"ISR": 2})["name"] == "Haifa"
    # an object a verb would share with an "and" clause is not a subject's conj
    assert place_of(nlp, "Nurses marched to demand better pay, Kampala, June 2019.",
                    "marched")["name"] == "Kampala"
    assert place_of(nlp, "Coast guard vessels blocked fishing boats from approaching "
                         "Scarborough Shoal.", "blocked", countries={"PHL": 2}) is not None


def test_names_that_are_not_the_events_place(nlp):
    from newsevents.context.places import document_countries

    # "UN" is an organisation, though Un is a town in India
    assert place_of(nlp, "Fighting continued, according to a UN report.", "Fighting",
                    countries={"IND": 2}) is None
    # a name that qualifies a thing ("the Minsk agreement")
    assert place_of(nlp, "Fighting resumed after the signing of the Minsk agreement.",
                    "Fighting", countries={"UKR": 2, "BLR": 1}) is None
    # a country owning the object, outside elections
    assert place_of(nlp, "This position reveals Ethiopia's lack of political will.",
                    "reveals") is None
    # an organisation named like a town is no evidence for the town's country
    assert not document_countries(view(nlp("Hamas fighters attacked the town.")), [],
                                  load_gazetteer())


def test_direction_of_a_city(nlp):
    place = place_of(nlp, "Police killed two militants in an ambush in the south of Tikrit.",
                     "killed", countries={"IRQ": 2})
    assert place["name"] == "Tikrit" and "event's clause" in place["reason"]


def test_a_names_leading_the_is_not_its_root(nlp):
    # the parser hangs "the", "Bab", "al-Hawa" on "crossing": without "the" the name's root
    # is a word of the name, and the place noun after it says it is a place
    place = place_of(nlp, "Mortars hit the Bab al-Hawa crossing on Friday.", "hit",
                     countries={"SYR": 2})
    assert place["name"] == "Bab al-Hawa" and place["country"] == "SYR"


def test_places_the_clause_vouches_for(nlp):
    # said to be a town, whatever the NER calls it
    assert place_of(nlp, "Soldiers looted shops in the Tigrayan town of Adigrat in March.",
                    "looted")["country"] == "ETH"
    # the object of the verb the trigger governs
    assert place_of(nlp, "Rebels began shelling western Mosul on Friday under a deal brokered "
                         "by Russia.", "began")["name"] == "Mosul"
    assert place_of(nlp, "The president plans to visit Mombasa next week.",
                    "plans")["name"] == "Mombasa"
    # a proper name the NER left unlabelled, in a place's slot next to the trigger
    assert place_of(nlp, "The two leaders did not sign the accord in Ohrid on Saturday.",
                    "sign")["country"] == "MKD"
    # but not a name qualifying what the object's phrase is about
    assert place_of(nlp, "The leaders urged Pakistan to punish the planners of the 2008 Mumbai "
                         "attacks.", "urged", countries={"IND": 2, "PAK": 2}) is None


def test_unknown_place_does_not_take_an_actors_country(nlp):
    place = place_of(nlp, "Moscow said that Russia criticised what it called foreign meddling "
                          "in the Gulf.", "said", countries={"IRN": 5, "RUS": 2})
    assert place is None or place["country"] != "RUS"


def test_recipient_of_a_transfer_is_not_a_place(nlp):
    assert place_of(nlp, "Britain handed Hong Kong to China in 1997.", "handed",
                    clause_only=True) is None
    # but where people are moved to is
    assert place_of(nlp, "The prisoners were transferred to Guantanamo in 2002.", "transferred",
                    clause_only=True)["country"] == "CUB"
