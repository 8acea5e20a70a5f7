"""Targets the text implies but does not name in the clause: the last attacker of the doer's
side (a vow to retaliate), the doer of the last reported act ("Beijing opposes this"), the
protesters a crackdown falls on, the people of a place that was shelled, the adversary a
deployment answers. Each rule records its id on the actor it supplies."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.actors.mentions import Mention, country_of
from newsevents.events.actor_index import ActorIndex
from newsevents.events.arguments import LOCATIVE, QUANTITIES, STOP
from newsevents.events.codes import (
    ARMED,
    ARREST,
    DOMESTIC_FORCES,
    DOMESTIC_MEASURES,
    GENERIC_NOUN_TYPES,
    GENERIC_REFS,
    HOSTILE,
    ON_THE_GROUND,
    PARTIES_TYPES,
    PLACE_KINDS,
    STATE_ORGANS,
    WATERS,
)
from newsevents.model import Event

if TYPE_CHECKING:  # the coder imports this module
    from newsevents.events.coder import Candidate


def last_attacker(history: list[Event], actors: ActorIndex,
                   sources: list[Mention], hostile: set[str] = HOSTILE) -> list[Mention]:
    """Who last attacked or coerced the sources' side: the target of a vow to retaliate."""
    own = {country_of(s.code) or s.code for s in sources}
    for event in reversed(history):
        if event.plover not in hostile or event.source is None or event.target is None:
            continue
        if (country_of(event.target.code) or event.target.code) in own and \
                (country_of(event.source.code) or event.source.code) not in own:
            return [m for m in actors.by_token.values() if m.code == event.source.code][:1]
    return []


def last_foreign_aggressor(history: list[Event], actors: ActorIndex,
                            sources: list[Mention]) -> list[Mention]:
    """The doer of the last hostile act of an earlier sentence by another state than the
    sources': whom a deployment with no adversary in its own sentence answers."""
    own = {country_of(s.code) or s.code for s in sources}
    for event in reversed(history):
        if event.plover not in HOSTILE - {"THREATEN"} or event.source is None:
            continue
        if (country_of(event.source.code) or event.source.code) not in own:
            return [m for m in actors.by_token.values() if m.code == event.source.code][:1]
    return []


def people_of(country: str, source: Mention, rule: str) -> Mention:
    """The civilians of ``country``: a target the text describes but does not name."""
    return Mention(source.start, source.end, source.head, "", code=f"{country}CVL",
                   name=f"{country} civilians", rule=rule, entry="context")


def unnamed_target(cand: Candidate, cameo: str, plover: str | None, actors: ActorIndex,
                    source: Mention) -> list[Mention]:
    """A target described, not named: "imposed a nationwide curfew" (the doer's people),
    "shelled a village in Magway region" (the place's people), "police arrested four
    suspects" (people of the police's state). Only verbs: an event noun in a phrase ("killed
    him in a raid in X") is mostly background to the verb that codes the event."""
    assert cand.match is not None
    own = country_of(source.code)
    role = (source.code or "")[3:6]
    if cameo.startswith(DOMESTIC_MEASURES):  # the measure is the object: "imposed a curfew"
        return [people_of(own, source, "domestic-measure")] if own and cand.match.obj \
            is not None else []
    if plover not in ON_THE_GROUND or (role and role not in ARMED | DOMESTIC_FORCES):
        return []  # "rescue workers searched the rubble": only states and armed groups
    place = place_of_act(cand.trigger, actors)
    if place is not None:
        country = country_of(place.code)
        if country is not None and country == own:  # the doer's own state: its people
            return [people_of(country, source, "place-of-act")]
        return [place]
    if cameo.startswith(ARREST) and own and role in DOMESTIC_FORCES:
        return [people_of(own, source, "domestic-arrest")]
    return []


def home_deployment(tok: Token, actors: ActorIndex, source: Mention) -> list[Mention]:
    """"deployed thousands of police in Srinagar", "Rangers were deployed across Karachi": a
    deployment at home with no adversary in view is aimed at the people of the place."""
    place = place_of_act(tok, actors)
    own = country_of(source.code)
    if place is None or own is None or country_of(place.code) != own:
        return []
    return [people_of(own, source, "home-deployment")]


def place_of_act(tok: Token, actors: ActorIndex) -> Mention | None:
    """The first place named in the trigger's object or locative phrase: "torched houses in a
    village in Magway region", "a building hit by a missile in Dnipro", "detained hundreds in
    Urumqi". Only locative and of-phrases lead there ("a dispute with Brussels" does not); a
    place elsewhere in the sentence may be only where the news came from, and seas are no
    state's people."""
    holders = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        holders.append(tok.head)  # "a residential building hit by a Russian missile"
    holders += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in LOCATIVE
                for g in c.children if g.dep_ == "pobj"]
    for holder in holders:
        for t in place_phrase(holder):
            m = actors.by_token.get(t.i)
            if m is not None and m.code and m.kind in PLACE_KINDS and len(m.code) == 3 and \
                    country_of(m.code) and m.text.split()[-1].lower() not in WATERS:
                return m
    return None


def place_phrase(tok: Token, depth: int = 4) -> list[Token]:
    """``tok``, its appositions and conjuncts, and what its locative and of-phrases name:
    "the north of the Sinai Peninsula", "a village in Magway region", "Dnipro, Ukraine"."""
    out = [tok]
    if depth == 0:
        return out
    for c in tok.children:
        if c.dep_ in ("appos", "conj", "compound", "npadvmod"):
            out += place_phrase(c, depth - 1)
        elif c.dep_ == "prep" and c.lower_ in (*LOCATIVE, "of"):
            for g in c.children:
                if g.dep_ == "pobj":
                    out += place_phrase(g, depth - 1)
    return out


def captor(targets: list[Mention], sources: list[Mention], history: list[Event],
            actors: ActorIndex) -> list[Mention]:
    """"Bahrain renewed its demand for the release of the fishermen": a request about the
    requester's own people is addressed to whoever last seized or attacked them."""
    own = {country_of(s.code) for s in sources}
    if not all(country_of(t.code) in own and (t.code or "")[3:6] not in STATE_ORGANS
               for t in targets):
        return []
    codes = {t.code for t in targets}
    for event in reversed(history):
        if event.plover in HOSTILE and event.target is not None and event.source is not None \
                and event.target.code in codes and country_of(event.source.code) not in own:
            return [m for m in actors.by_token.values() if m.code == event.source.code][:1]
    return []


def last_doer(history: list[Event], actors: ActorIndex, exclude: set[str]) -> list[Mention]:
    """The doer of the last reported act, for "Moscow called it a stab in the back"."""
    for event in reversed(history):
        if event.source is not None and event.source.code not in exclude:
            return [m for m in actors.by_token.values() if m.code == event.source.code][:1]
    return []


def adversary(sent: Span, actors: ActorIndex, sources: list[Mention]) -> list[Mention]:
    """Whom a mobilisation answers: the first foreign actor of the sentence ("put its army on
    alert amid tensions with Kosovo", "raised its alert level after North Korea fired a
    missile", "sent troops to its border with Colombia"). Places do not count."""
    own = {country_of(m.code) for m in sources} | {m.code for m in sources}
    seen: set[int] = set()
    for i in range(sent.start, sent.end):
        m = actors.by_token.get(i)
        if m is None or id(m) in seen or m.code is None or m.kind == "place":
            continue
        seen.add(id(m))
        if m.code not in own and (country_of(m.code) or m.code) not in own:
            return [m]
    return []


def anaphora(groups: list[list[Token]], history: list[Event], actors: ActorIndex,
              exclude: set[str], *, kind: Callable[[Token], str | None],
              reciprocal: Callable[[Token], bool] = lambda t: False) -> list[Mention]:
    """"France condemned the attack", "Manama welcomed the proposal": a definite noun that
    names an event reported before stands for that event's doer."""
    for group in groups:
        if group is STOP:
            break
        for tok in group:
            if tok.pos_ != "NOUN" or not (any(c.lower_ in ("the", "this", "that", "these")
                                              for c in tok.children if c.dep_ == "det")
                                          or summary(tok)):
                continue
            if any(c.dep_ == "prep" for c in tok.children):
                continue  # "the killing of 500 protesters" describes an event anew
            stem, plover = tok.lemma_.lower()[:5], kind(tok)
            for event in reversed(history):
                words = [event.trigger.lower(), *event.rule.split("@")[0].split(".")[1:]]
                same = (len(stem) >= 4 and any(w.startswith(stem) for w in words)) or (
                    plover in GENERIC_NOUN_TYPES and event.plover == plover  # "the attack"
                ) or tok.lemma_.lower() in GENERIC_REFS  # "the move", "the decision"
                if same and event.source and event.source.code not in exclude:
                    if event.plover in PARTIES_TYPES and plover == event.plover and \
                            reciprocal(tok):
                        return parties_of(event, history, actors, exclude)
                    found = [m for m in actors.by_token.values()
                             if m.code == event.source.code]
                    return found[:1]
    return []


def parties_of(event: Event, history: list[Event], actors: ActorIndex,
                exclude: set[str]) -> list[Mention]:
    """Every party of a (reciprocal) event, from all the events its trigger coded."""
    codes: list[str] = []
    for e in history:
        if e.trigger == event.trigger and e.span == event.span:
            codes += [r.code for r in (e.source, e.target) if r is not None]
    out = []
    for code in dict.fromkeys(codes):
        if code not in exclude and not any(same_state(code, x) for x in exclude):
            out += [m for m in actors.by_token.values() if m.code == code][:1]
    return out


def campaign_protesters(noun: Token, sent: Span, actors: ActorIndex) -> list[Mention]:
    """"Weeks of street protests forced the minister to resign", "bowing to weeks of
    protests": a protest campaign that names no doer is the country's opposition (the country
    of the sentence's first actor). A passing mention ("journalists covering a protest") is
    not coded."""
    head = noun.head
    campaign = noun.dep_ == "pobj" and head.lower_ == "of" and \
        head.head.lemma_.lower() in QUANTITIES
    if not campaign and noun.dep_ != "nsubj":
        return []
    for i in range(sent.start, sent.end):
        m = actors.by_token.get(i)
        country = country_of(m.code) if m is not None else None
        if country:
            return [Mention(m.start, m.end, m.head, "", code=f"{country}OPP",
                            name=f"{country} opposition", rule="protest-campaign",
                            entry="context")]
    return []


def protesters(source: Mention) -> list[Mention]:
    """"police dispersed the rally", "troops broke up a sit-in": a protest whose doers are not
    named is held by the opposition of the state that breaks it up (CODING.md: protesters are
    OPP)."""
    country = country_of(source.code)
    if country is None:
        return []
    return [Mention(source.start, source.end, source.head, "", code=f"{country}OPP",
                    name=f"{country} protesters", rule="protesters-default", entry="context")]


def default_protest_target(source: Mention) -> list[Mention]:
    """A protest that names no target is against the protesters' own government (CAMEO)."""
    country = country_of(source.code)
    if country is None:
        return []
    gov = Mention(source.start, source.end, source.head, "", code=f"{country}GOV",
                  name=f"{country} government", rule="protest-default", entry="context")
    return [gov]


def same_state(a: str | None, b: str | None) -> bool:
    """IRN and IRNGOV are one actor: a government does nothing to its own state, nor do its
    army, police, courts or lawmakers ("Morocco recalled its ambassador": not to Morocco)."""
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) == 3 and len(long_) >= 6 and long_.startswith(short) and \
        long_[3:6] in STATE_ORGANS  # also "INDGOVMIL", a defence minister


def summary(noun: Token) -> bool:
    """"barred women from universities, a move condemned by the UN": an indefinite "a move"
    or "a decision" set beside a clause sums up the act the clause reports."""
    edge = noun.left_edge.i
    set_beside = noun.dep_ in ("appos", "npadvmod", "dep", "attr") or (
        edge > 0 and noun.doc[edge - 1].text == ",")  # the parser may take it for an object
    return noun.lemma_.lower() in GENERIC_REFS and set_beside and any(
        c.lower_ in ("a", "an") for c in noun.children if c.dep_ == "det")
