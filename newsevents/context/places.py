"""Event places from the offline gazetteer, choosing between same-named places by the
document's countries and recording why."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from newsevents.context.dates import clause_verbs
from newsevents.gazetteer import Gazetteer, Place
from newsevents.nlp.ents import sentence_ents
from newsevents.nlp.view import TokSpan

PLACE_LABELS = ("GPE", "LOC", "FAC")
# Nouns that make the name next to them a place: "the city of Basra", "the Rafah crossing",
# "the streets of Santiago", "the Ain al-Asad air base", "the Bannang Sata district".
PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "area", "capital",
               "governorate", "state", "port", "county", "suburb", "neighbourhood",
               "neighborhood", "camp", "border", "outskirts", "outskirt", "street", "streets",
               "part", "parts", "centre", "center", "heart", "airport", "base", "crossing",
               "prison", "site", "square", "market", "municipality", "quarter", "enclave",
               "north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest"}
PLACE_HEADS = PLACE_NOUNS | {"territory"}  # a name ending in one is a place
# "the Mediterranean city of Alexandria": the name after "of" is the place; but "the Bannang
# Sata district of Yala province" names the district first
SETTLEMENTS = {"city", "town", "village", "port", "capital", "suburb"}
# Prepositions that place an event ("in Basra"); not "on Tehran" or "from Iran", which name
# a target or a source.
LOCATIVE = {"in", "at", "near", "across", "outside", "inside", "around", "off", "along",
            "throughout", "within", "towards", "toward", "into"}
NOT_PLACES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
              "LANGUAGE", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"}
# Verbs whose object is a place they act on ("overran Mosul", "shelled Kharkiv"); the object
# of other verbs is an actor ("blamed Israel", "asked Moscow") or a thing ("transferred Crimea").
TERRITORIAL = {"overrun", "capture", "seize", "take", "retake", "recapture", "enter", "occupy",
               "invade", "attack", "bomb", "shell", "strike", "hit", "raid", "storm", "besiege",
               "encircle", "surround", "control", "liberate", "evacuate", "patrol", "visit",
               "tour", "reach", "cross", "bombard", "target", "pound", "annex", "blockade",
               "rock", "shake", "engulf", "sweep", "grip", "paralyse", "paralyze", "hold",
               "defend", "lose", "abandon", "destroy", "flood", "secure", "clear", "free",
               "rocket", "overwhelm", "blast", "ravage", "devastate", "cut", "close",
               "approach", "leave", "flee"}
# "since the collapse of the government": a noun event dated apart from the clause around it
TEMPORAL = {"since", "after", "before", "until", "following", "till"}
# "won Egypt's election": the country is where; not "revealed Ethiopia's lack of will"
CONTESTS = {"election", "vote", "runoff", "referendum", "poll", "primary", "race", "ballot",
            "seat", "caucus"}
# Verbs of giving with an object: "to X" names a recipient ("handed the city to Ukraine"), not
# a destination as after verbs of motion ("sent troops to Syria", "were transferred to a
# prison", "spread to Jalal-Abad").
TRANSFER = {"transfer", "hand", "give", "sell", "cede", "deliver", "supply", "grant", "offer",
            "lend", "donate", "provide", "award", "entrust"}
# "withdrew from Lebanon", "retreated from Kherson": the place left is where it happens.
DEPARTURE = {"withdraw", "retreat", "pull", "evacuate", "expel", "drive", "oust"}


def places_in(sent: Span) -> list[Span]:
    """Names that may be places: the small model's NER often calls a city ORG, so every proper
    name is a candidate and the gazetteer decides."""
    doc, ents = sent.doc, sentence_ents(sent)
    # without a leading "the": in "the Ain al-Asad air base" the parser hangs every word on
    # "base", and the span's root would be "the"
    spans = [TokSpan(doc, e.start + 1, e.end, e.label_)
             if e[0].pos_ == "DET" and len(e) > 1 else e
             for e in ents if e.label_ not in NOT_PLACES]
    # "the Palestinian territories", "the Kurdish region": a people's word and a place noun,
    # kept for the gazetteer to decide (names it lacks need a place label, which these have not)
    spans += [doc[e.start:e.end + 1] for e in ents if e.label_ == "NORP" and e.end < sent.end
              and doc[e.end].lemma_ in PLACE_HEADS and doc[e.end].pos_ == "NOUN"]
    covered = {i for e in ents for i in range(e.start, e.end)}
    start = None
    for i in range(sent.start, sent.end + 1):
        if i < sent.end and i not in covered and doc[i].pos_ == "PROPN":
            start = i if start is None else start
        elif start is not None:
            spans.append(doc[start:i])
            start = None
    return spans


def _acronym(ent: Span) -> bool:
    """"UN", "CNE": an organisation, though "Un" is a town in India."""
    return ent.label_ != "GPE" and ent.text.isupper() and len(ent.text) <= 5


def _plausible(ent: Span, place: Place, countries: dict[str, int]) -> bool:
    """A name the NER did not call a place must be a place of the story's countries, or end
    in a place noun, or be said to be a place ("the Tigrayan town of Axum")."""
    return ent.label_ in ("GPE", "LOC", "FAC") or bool(countries.get(place.country)) or (
        ent.root.lemma_ in PLACE_HEADS  # "the Palestinian territories"
        or (_anchor(ent).i != ent.root.i and not _qualifier(ent)))  # "the town of Axum"


def _anchor(ent: Span) -> Token:
    """The word that stands for the place phrase: "city" in "the southern city of Basra",
    "crossing" in "the Rafah crossing", "capital" in "the capital Naypyitaw"."""
    tok = ent.root
    head = tok.head
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_ in PLACE_NOUNS:
        return head.head
    if tok.dep_ == "appos" and head.lemma_ in PLACE_NOUNS:
        return head
    noun = tok
    # "the Galle Face protest site", "the Ain al-Asad air base"
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
        noun = noun.head
        if noun.lemma_ in PLACE_NOUNS:
            return noun
    return tok


def _noun_phrase(tok: Token) -> Token:
    """Up from "runoffs" in "both of Georgia's runoffs" to "both"."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in (
            "NOUN", "PRON", "NUM", "DET", "ADJ"):
        tok = tok.head.head
    return tok


def _own(trigger: Token) -> set[int]:
    """The trigger, the light verb that carries a noun trigger ("launched an attack", "set
    fire") and the verb the trigger governs: the words whose objects are the event's."""
    own = {trigger.i}
    if trigger.pos_ != "VERB" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        own.add(trigger.head.i)
    # "began evacuating eastern Aleppo", "plans to visit Addis Ababa": the verb it governs
    own.update(c.i for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
    return own


def _argument(ent: Span, trigger: Token, own: set[int]) -> str | None:
    """"overran Mosul", "took control of the city of Kirkuk", "closed the Rafah crossing",
    "won Egypt's election", "withdrew from Lebanon": the place acted on ("arg"); "on" ("an
    assault on the port city of Hodeidah", kept for cities and regions); "compound" ("set
    fire to a Minneapolis police station", kept for cities and regions)."""
    anchor = _anchor(ent)
    marked = anchor.i != ent.root.i  # a place noun says it is a place
    head = anchor.head
    top = _noun_phrase(anchor)  # "took control of the city of Kirkuk", "most of the Golan"
    if top.dep_ in ("dobj", "nsubjpass") and top.head.i in own and (
            marked or top.head.lemma_ in TERRITORIAL):
        return "arg"
    if ent.root.dep_ == "poss" and not marked:  # "Egypt's election", "won Georgia's runoffs"
        owner = _noun_phrase(ent.root.head)
        if owner.i == trigger.i or (owner.dep_ in ("dobj", "nsubjpass") and
                                    owner.head.i == trigger.i and ent.root.head.lemma_ in CONTESTS):
            return "arg"
        if owner.dep_ == "nsubj" and owner.head.i in own:
            return "owner"  # "Crimea's parliament declared": after places in the clause
    if ent.root.dep_ == "compound" and not marked and ent.root.head.pos_ == "NOUN":
        noun = ent.root.head  # not "the perpetrators of the 2008 Mumbai attacks"
        if (noun.dep_ == "dobj" and noun.head.i in own) or (
                noun.dep_ == "pobj" and noun.head.head.i in own
                and noun.head.lower_ in ("to", "into", "on", "at")):
            return "compound"
    if head.dep_ != "prep":
        return None
    attached = head.head.i in own
    if head.lower_ == "to" and head.head.lemma_ in TRANSFER and any(
            c.dep_ == "dobj" for c in head.head.children):
        return None  # "transferred Crimea to Ukraine": a recipient, not where
    if head.lower_ in ("of", "to", "into") and attached:
        return "arg"
    if head.lower_ == "from" and attached and head.head.lemma_ in DEPARTURE:
        return "arg"
    if head.lower_ == "on" and (attached or head.head.head.i in own):
        return "on"
    return None


def _locative(ent: Span) -> Token | None:
    """The preposition that makes a name a place: "in Basra", "the city of Basra"."""
    head = _anchor(ent).head
    if head.dep_ == "prep" and head.lower_ in LOCATIVE:
        return head
    return None


def _tier(tok: Token, trigger: Token, chain: set[int]) -> float:
    """0 when the phrase hangs on the trigger or its clause verbs within a few words, without
    passing another verb or a subject ("looted a warehouse in Nyala"); 1 otherwise ("clashes
    in Osh spread to Jalal-Abad": Osh is in the subject; "crossed into Bangladesh, fleeing
    violence in Rakhine": Rakhine is under another verb; 1.5 under an adverbial clause, a
    separate happening: "after gunmen killed 26 people near Pahalgam"); 2 when it describes a
    participant ("militants based in Pakistan", "the army, which is stationed in Kirkuk")."""
    tier = 0
    for hops in range(10):
        if tok.i in chain or tok.i == trigger.i:
            return tier if hops <= 4 else max(tier, 1)
        if tok.dep_ in ("acl", "relcl"):
            return 2
        if tok.dep_ == "advcl":  # "... after gunmen killed 26 people near Pahalgam"
            tier = 1.5
        elif tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
            tier = max(tier, 1)
        if tok.head.i == tok.i:
            return 1
        tok = tok.head
    return 1


def _qualifier(ent: Span) -> bool:
    """"the Mediterranean city of Alexandria", "the East Java city of Surabaya": a word that
    describes the place named after "of", not the place."""
    head = ent.root.head
    return ent.root.dep_ in ("compound", "amod", "nmod") and head.lemma_ in SETTLEMENTS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


# a village the gazetteer lacks, said to be one ("the town of Tarmiyah"), is as specific as a
# city; an unknown name without a place noun ("the Capitol in Washington") comes after cities
SPECIFIC = {"marked": 0, "city": 0, "region": 1, "unknown": 1.5, "country": 2}


def _actor(ent: Span) -> bool:
    """"Baghdad called it illegal", "Kiev and the West call", "asked Moscow to send troops":
    the subject of a verb, or the object of a verb that does not act on places, is an
    actor."""
    tok = ent.root
    while tok.dep_ == "conj" and tok.head.pos_ == "PROPN":
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ in ("dobj", "dative") and tok.head.lemma_ not in TERRITORIAL


def _taken(ent: Span, trigger: Token) -> bool:
    """The place of a main clause's verb seen from the adverbial clause under it ("rebels
    entered Damascus ... after the president fled the country"): that event's place, not a
    fallback for this one. A clause joined by "and" may share it ("visited Beijing, and the
    two countries agreed"), and so may a participle under the trigger ("fired rockets,
    striking the port city of Haifa")."""
    top = _noun_phrase(_anchor(ent))
    if top.dep_ not in ("dobj", "nsubjpass") or top.head.lemma_ not in TERRITORIAL:
        return False
    verb, tok, subordinate = top.head, trigger, False
    for _ in range(8):
        if tok.i == verb.i:
            return subordinate
        subordinate = subordinate or tok.dep_ == "advcl"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _descriptive(ent: Span) -> bool:
    """"the Al-Ula declaration", "the Minsk agreement": a name that qualifies a thing."""
    head = ent.root.head
    return ent.root.dep_ in ("compound", "appos") and head.pos_ == "NOUN" and \
        head.lemma_ not in PLACE_NOUNS


def _result(ent: Span, place: Place, how: str, why: str) -> dict:
    return {"name": ent.text, "place": place.name, "country": place.country,
            "admin1": place.admin1 or None, "feature": place.feature,
            "lat": place.lat, "lon": place.lon, "geonameid": place.geonameid,
            "reason": f"{how}; {why}"}


def event_place(trigger: Token, gaz: Gazetteer, countries: dict[str, int], *,
                exclude: tuple[tuple[int, int], ...] = (),
                destination: Span | None = None,
                candidates: list[Span] | None = None,
                clause_only: bool = False,
                prefer: str | None = None) -> dict | None:
    """The place named in the event's clause or the visited place (``destination``): the
    most specific of those closest to the trigger, a village the gazetteer lacks or a town of
    the story's countries included; else the nearest place named with a locative preposition
    in its sentence; else the nearest city or region named in the sentence that is not an
    actor or another clause's place; else None. Names of the event's actors (``exclude``:
    "Baghdad said") are not its place. Between same-named
    places of the story's countries, the source actor's country (``prefer``) comes first:
    "Indian authorities ordered blackouts in Punjab" (Punjab is in India and in Pakistan)."""
    if prefer and countries.get(prefer):
        countries = {**countries, prefer: max(countries.values()) + 1}
    chain = {t.i for t in clause_verbs(trigger)}
    if trigger.dep_ == "pobj" and trigger.head.lower_ in TEMPORAL:
        chain = {trigger.i}  # "the deadliest attack in Somalia since the collapse of ...": its own
    own = _own(trigger)
    if candidates is None:
        candidates = places_in(trigger.sent)
    clause, rest, named = [], [], []  # clause: (name, tier, said to be a place?, how attached)
    for ent in candidates:
        if any(s <= ent.start_char < t for s, t in exclude):
            continue
        marked = _anchor(ent).i != ent.root.i and not _qualifier(ent)
        prep = _locative(ent)
        if prep is None:
            kind = _argument(ent, trigger, own)
            if kind == "owner":
                clause.append((ent, 1, marked, kind))
            elif kind is not None:
                clause.append((ent, _tier(_anchor(ent).head, trigger, chain | own), marked, kind))
            elif not (_actor(ent) or _taken(ent, trigger) or _descriptive(ent)):
                named.append(ent)
            continue
        tier = _tier(prep.head, trigger, chain | own)
        in_clause = prep.head.i in chain or tier == 0 or trigger.i in {
            a.i for a in prep.ancestors}
        if in_clause and tier < 2:
            clause.append((ent, tier, marked, "loc"))
        else:
            rest.append(ent)
    if destination is not None:
        clause.append((destination, 1, False, "arg"))

    def near(ents: list[Span]) -> list[Span]:
        return sorted(ents, key=lambda e: abs(e.root.i - trigger.i))

    def found(ent: Span, towns: bool = True, unlabelled: bool = False):
        if _acronym(ent):
            return None
        got = gaz.resolve(ent.text, countries)
        if got is not None:
            # a proper name the NER left unlabelled where the clause puts a place ("began
            # evacuating eastern Aleppo", "signed the agreement in Ohrid") is one
            ok = _plausible(ent, got[0], countries) or (unlabelled and not ent.label_)
            return got if ok else None
        if not towns or ent.root.pos_ != "PROPN":
            return None
        # a town of the larger GeoNames list in a country of the story: "near Pahalgam"
        local = [p for p in gaz.towns(ent.text) if countries.get(p.country)]
        if not local:
            return None
        town = max(local, key=lambda p: (countries[p.country], p.population))
        return town, f"{ent.text}: a town of {town.country}, a country of the document"

    # the event's clause: closest attachment first, then the most specific place (a village
    # or city before the region and the country around it), then the nearest
    ranked = []
    for ent, tier, marked, kind in clause:
        got = found(ent, unlabelled=tier == 0 and ent.root.pos_ == "PROPN")
        if got is None:
            # a name the gazetteer lacks, said to be a place: "in the town of Tarmiyah",
            # "near Kokernag" (a place label), "at the Galle Face protest site"
            if gaz.lookup(ent.text) or kind == "compound" or _qualifier(ent) or \
                    ent.root.pos_ != "PROPN" or (_descriptive(ent) and not marked) or \
                    _acronym(ent) or not (marked or ent.label_ in PLACE_LABELS):
                continue
        elif kind in ("on", "compound") and got[0].feature == "country" and not marked:
            continue  # "sanctions on Iran", "the U.S. consulate": a target, an owner
        feature = ("marked" if marked else "unknown") if got is None else got[0].feature
        ranked.append(((tier, SPECIFIC[feature], abs(ent.root.i - trigger.i)), ent, got))
    ranked.sort(key=lambda item: item[0])
    if ranked:
        _, ent, got = ranked[0]
        if got is not None:
            return _result(ent, got[0], "named in the event's clause", got[1])
        return _unknown(ent, candidates, gaz, countries, "named in the event's clause")

    if clause_only:  # background ("the 1969 coup") and words ("accused"): their own place only
        return None
    for group, how, cities in ((near(rest), "nearest place in the sentence", False),
                               (near(named), "nearest city or region in the sentence", True)):
        resolved = [(ent, found(ent, towns=not cities)) for ent in group]
        resolved = [(ent, f) for ent, f in resolved if f is not None]
        resolved.sort(key=lambda pair: pair[1][0].feature == "country")
        for ent, got in resolved:
            if not (cities and got[0].feature == "country"):
                return _result(ent, got[0], how, got[1])
    unknown = [e for e in near(rest) if e.label_ not in ("PERSON", "NORP", "ORG")
               and not gaz.lookup(e.text)]
    if unknown:  # "in Bartella": a village the gazetteer lacks, in this story
        return _unknown(unknown[0], candidates, gaz, countries, "nearest place in the sentence")
    return None


def _unknown(ent: Span, candidates: list[Span], gaz: Gazetteer, countries: dict[str, int],
             how: str) -> dict | None:
    """A place the gazetteer lacks: in the country of the nearest known place of its sentence
    ("the town of Tarmiyah, north of Baghdad"; not an actor: "Russia criticised interference
    in the Gulf"), else the document's main country."""
    others = [e for e in candidates if e.text != ent.text and not _actor(e)]
    country = None
    for other in sorted(others, key=lambda e: abs(e.root.i - ent.root.i)):
        got = gaz.resolve(other.text, countries)
        if got is not None and _plausible(other, got[0], countries):
            country, why = got[0].country, f"country of {other.text}, named beside it"
            break
    if country is None:
        if not countries:
            return None
        country = max(countries, key=countries.get)
        why = "country of the document"
    return {"name": ent.text, "place": ent.text, "country": country,
            "admin1": None, "feature": "unknown", "lat": None, "lon": None,
            "geonameid": None,
            "reason": f"{how}; {ent.text}: not in the gazetteer; {why}"}


def document_countries(doc: Doc, actor_codes: list[str], gaz: Gazetteer) -> dict[str, int]:
    """How often each country (ISO3) is named in the document, by actors, as a country or by
    a city or region that only one country has."""
    counts: dict[str, int] = defaultdict(int)
    for code in actor_codes:
        counts[code[:3]] += 1
    for ent in doc.ents:
        if ent.label_ not in (*PLACE_LABELS, "ORG") or _acronym(ent):
            continue
        found = gaz.lookup(ent.text)
        if ent.label_ == "GPE":
            for p in found:  # "Georgia": the country counts, not the US state
                if p.feature == "country":
                    counts[p.country] += 1
        if found and found[0].feature != "country" and len({p.country for p in found}) == 1 \
                and (ent.label_ != "ORG" or any(p.feature == "region" for p in found)):
            # "Narathiwat": a place of one country only (the small model calls provinces ORG
            # too, but also organisations that share a town's name: "Hamas")
            counts[found[0].country] += 1
    return counts
