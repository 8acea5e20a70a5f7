"""Event places from the offline gazetteer, choosing between same-named places by the
document's countries and recording why."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from newsevents.context.dates import clause_verbs
from newsevents.gazetteer import Gazetteer, Place
from newsevents.nlp.ents import sentence_ents

PLACE_LABELS = ("GPE", "LOC", "FAC")
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "area", "capital",
               "governorate", "state", "port", "county", "suburb", "neighbourhood",
               "neighborhood", "camp", "border", "outskirts"}
# Prepositions that place an event ("in Basra"); not "on Tehran" or "from Iran", which name
# a target or a source.
LOCATIVE = {"in", "at", "near", "across", "outside", "inside", "around", "off", "along",
            "throughout", "within", "towards", "toward", "into"}
NOT_PLACES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
              "LANGUAGE", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"}


def places_in(sent: Span) -> list[Span]:
    """Names that may be places: the small model's NER often calls a city ORG, so every proper
    name is a candidate and the gazetteer decides."""
    ents = sentence_ents(sent)
    spans = [e for e in ents if e.label_ not in NOT_PLACES]
    covered = {t.i for e in ents for t in e}
    run: list[Token] = []
    for tok in [*sent, None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.i not in covered:
            run.append(tok)
            continue
        if run:
            spans.append(sent.doc[run[0].i:run[-1].i + 1])
            run = []
    return spans


def _plausible(ent: Span, place: Place, countries: dict[str, int]) -> bool:
    """A name the NER did not call a place must be a place of the story's countries."""
    return ent.label_ in ("GPE", "LOC", "FAC") or bool(countries.get(place.country))


def _argument(ent: Span, trigger: Token) -> bool:
    """"overran Mosul", "took control of the city of Kirkuk": the place acted on."""
    head = ent.root.head
    if ent.root.dep_ in ("dobj", "nsubjpass") and head.i == trigger.i:
        return True
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_ in PLACE_NOUNS:
        noun = head.head
        return noun.head.i == trigger.i or (noun.head.dep_ == "prep" and
                                            noun.head.head.head.i == trigger.i)
    return head.dep_ == "prep" and head.head.i == trigger.i and head.lower_ in ("of", "to",
                                                                              "into")


def _locative(ent: Span) -> Token | None:
    """The preposition that makes a name a place: "in Basra", "the city of Basra"."""
    head = ent.root.head
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_ in PLACE_NOUNS:
        head = head.head.head  # "in the southern city of Basra"
    elif ent.root.dep_ in ("appos", "compound") and head.lemma_ in PLACE_NOUNS:
        head = head.head  # "in the capital Naypyitaw"
    if head.dep_ == "prep" and head.lower_ in LOCATIVE:
        return head
    return None


def event_place(trigger: Token, gaz: Gazetteer, countries: dict[str, int], *,
                exclude: tuple[tuple[int, int], ...] = (),
                destination: Span | None = None,
                candidates: list[Span] | None = None,
                clause_only: bool = False) -> dict | None:
    """The place named in the event's clause, else the nearest place named with a locative
    preposition in its sentence, else the visited place (``destination``), else None. Names of
    the event's actors (``exclude``: "Baghdad said") are not its place."""
    chain = {t.i for t in clause_verbs(trigger)}
    clause, args, rest, named = [], [], [], []
    for ent in places_in(trigger.sent) if candidates is None else candidates:
        if any(s <= ent.start_char < t for s, t in exclude):
            continue
        prep = _locative(ent)
        if prep is None:
            (args if _argument(ent, trigger) else named).append(ent)
            continue
        in_clause = prep.head.i in chain or prep.head.i == trigger.i or trigger.i in {
            a.i for a in prep.ancestors}
        (clause if in_clause else rest).append(ent)
    clause += args
    if destination is not None:
        clause.append(destination)
    def near(ents: list[Span]) -> list[Span]:
        return sorted(ents, key=lambda e: abs(e.root.i - trigger.i))

    if clause_only:  # background ("the 1969 coup") and words ("accused"): their own place only
        rest, named = [], []
    for group, how, cities in ((clause, "named in the event's clause", False),
                               (near(rest), "nearest place in the sentence", False),
                               (near(named), "nearest city or region in the sentence", True)):
        resolved = [(ent, gaz.resolve(ent.text, countries)) for ent in group]
        resolved = [(ent, f) for ent, f in resolved if f is not None and _plausible(ent, f[0],
                                                                                  countries)]
        # the most specific place first: a city before the country around it
        resolved.sort(key=lambda pair: pair[1][0].feature == "country")
        for ent, found in resolved:
            if not (cities and found[0].feature == "country"):
                place, why = found
                return {"name": ent.text, "place": place.name, "country": place.country,
                        "admin1": place.admin1 or None, "feature": place.feature,
                        "lat": place.lat, "lon": place.lon, "geonameid": place.geonameid,
                        "reason": f"{how}; {why}"}
    unknown = [e for e in clause + near(rest) if e.label_ not in ("PERSON", "NORP", "ORG")
               and not gaz.lookup(e.text)]
    if unknown and countries:  # "in Bartella": a village the gazetteer lacks, in this story
        main = max(countries, key=countries.get)
        return {"name": unknown[0].text, "place": unknown[0].text, "country": main,
                "admin1": None, "feature": "unknown", "lat": None, "lon": None,
                "geonameid": None,
                "reason": f"{unknown[0].text}: not in the gazetteer; country of the document"}
    return None


def document_countries(doc: Doc, actor_codes: list[str], gaz: Gazetteer) -> dict[str, int]:
    """How often each country (ISO3) is named in the document, by actors or as a place."""
    counts: dict[str, int] = defaultdict(int)
    for code in actor_codes:
        counts[code[:3]] += 1
    for ent in doc.ents:
        if ent.label_ == "GPE":
            for p in gaz.lookup(ent.text):
                if p.feature == "country":
                    counts[p.country] += 1
    return counts
