"""Resolve the actor mentions of a parsed document: knowledge base + context rules over the parse.

Two passes. ``phrase`` rules look inside one noun phrase (a name in the knowledge base, a title
with a nationality, a possessive, "of"/"in" a country, an apposition). Then ``coref`` rules
resolve what is left in document order (aliases, pronouns, role nouns from context).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process
from spacy.symbols import ADJ, NOUN, PRON, PROPN, X
from spacy.tokens import Doc, Token

from newsevents.actors.coref import resolve_in_context
from newsevents.actors.kb import Entry, Hit, KnowledgeBase, name_key, normalize
from newsevents.actors.mentions import (
    ORG_NOUNS,
    Mention,
    country_of,
    join_role,
)
from newsevents.actors.phrases import (
    PRONOUNS,
    former,
    group_size,
    hit_tokens,
    is_np_head,
    member,
    merge_appositions,
    np_tokens,
    partisan,
    pick,
)
from newsevents.gazetteer import Gazetteer
from newsevents.nlp.dateline import dateline_end
from newsevents.nlp.text import doc_text
from newsevents.nlp.view import view

LOCATIVE_PREPS = {"of", "in", "from", "for"}
ENVOYS = {"envoy", "ambassador", "representative", "delegate", "delegation", "mission"}
ELIDED = re.compile(r"\b(North|South|East|West)\s+(?:and|or)\s+(North|South|East|West)\s+"
                    r"([A-Z][a-z]+)\b")
MIN_PLACE_POPULATION = 100_000  # a namesake outside the story's countries must be this big
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC",
             "FAC", "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT"}
# Nouns that, with a nationality, stand for the state itself ("the Iraqi side").
STATE_NOUNS = {"side", "sides", "state"}
# Person roles that take the role of a body named before them ("army chief" is MIL).
GENERIC_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "chief",
                 "head", "leader", "leaders", "member", "members", "representative", "adviser",
                 "advisor", "aide", "source", "sources", "officer", "officers", "sheikh"}
TITLE_WORDS = {"mr", "mrs", "ms", "dr", "sheikh", "sayyed", "sayyid", "general", "gen", "lt",
               "col", "colonel", "major", "president", "minister", "prime", "king", "prince",
               "emir", "crown"}


def _anaphoric(head: Token) -> bool:
    """"the two leaders", "both ministers" point back; "two opposition leaders" and "the three
    leaders of the movement" introduce new people."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    return any(c.lower_ in ("the", "these", "those", "both") for c in head.children
               if c.dep_ in ("det", "predet"))


DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "northeastern", "northwestern", "southeastern", "southwestern", "central",
              "upper", "lower", "greater"}


PLACE_NOUNS = {"city", "town", "village", "district", "suburb", "outskirts", "province",
               "region", "neighbourhood", "neighborhood", "governorate", "area", "centre",
               "center", "port", "capital", "north", "south", "east", "west", "part"}


WATERS = {"sea", "gulf", "ocean", "strait", "straits", "bay", "channel"}


def _named_as_place(root: Token) -> bool:
    """"the city of X", "the border town of X", "the village of X"."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in (
        "city", "town", "village", "port", "district", "province", "region")


def _undirected(name: str) -> str:
    """"eastern Aleppo" -> "Aleppo": a part of a place is in the place's country."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in DIRECTIONS:
        words = words[1:]
    return " ".join(words)


# the coarse tags (integer ids) a noun phrase's head can have; the rest are skipped unread
_NP_POS = {PRON, NOUN, PROPN, ADJ, X}


def _plain_noun(head: Token, tok_hit: dict[int, Hit]) -> bool:
    """A common noun with no known name among its left modifiers: it names no actor, so the
    phrase need not be built (the resolver meets hundreds of these per article)."""
    if head.pos_ == "PROPN" or head.ent_type_ == "PERSON" or \
            head.lemma_.lower() in ORG_NOUNS or group_size(head):
        return False
    return not any(i in tok_hit for i in range(head.left_edge.i, head.i))


def _after_place_prep(head: Token) -> bool:
    """A name a locative or directional preposition governs ("from Goma", "into Aleppo"), or
    the part of a place an act is on ("evacuating eastern Aleppo")."""
    if head.dep_ == "dobj" and head.ent_type_ != "PERSON":  # "evacuating eastern Aleppo"
        return any(c.lower_ in DIRECTIONS for c in head.lefts)
    if head.dep_ == "pobj" and head.head.lower_ == "of":  # "the eastern districts of Aleppo"
        return head.head.head.lemma_.lower() in PLACE_NOUNS
    return head.dep_ == "pobj" and head.head.lower_ in (*PLACE_PREPS, "from", "into", "toward",
                                                        "towards")


COUNTS = {"hundred", "thousand", "dozen", "ten", "million", "score", "number", "group",
          "crowd", "busload", "boatload"}


def _counted(head: Token) -> bool:
    """"200 Syrians", "hundreds of Uighurs", "a crowd of Israelis": a plural demonym that is
    counted names people of the nation (civilians), not its state."""
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in head.children):
        return True  # "400,000 Rohingya": a number makes even an invariable plural
    if head.tag_ not in ("NNS", "NNPS") and not head.lower_.endswith("s"):
        return False
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in COUNTS


def _title_owners(mods: list[Hit], owners: list[Hit], end: int) -> list[Hit]:
    """Who a title belongs to, best first. "Russia's UN ambassador X", "Palestinian U.N.
    envoy X": a state's envoy to an international body is the state's, not the body's."""
    named = [h for h in mods if h.kind in ("adjective", "country", "metonym", "org")
             and h.start < end]
    states = [h for h in owners + named if h.kind in ("adjective", "country", "metonym")]
    bodies = [h for h in named if h.kind == "org" and all(
        e.code.startswith("IGO") for e in h.entries)]
    if states and bodies:
        return states
    return named


FIRST_PERSON = {"we", "us", "our", "ours"}


def _first_person(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"We firmly oppose this," the ministry's spokeswoman said: "we" in a direct quote is the
    speaker's side."""
    from newsevents.context.quotes import find_quotes  # the quote finder reads the actors

    by_token = {i: m for m in mentions for i in (m.tokens or [m.head])}

    def actor_at(tok: Token) -> list[Mention]:
        m = by_token.get(tok.i)
        return [m] if m is not None and m.code else []

    out = []
    for quote in find_quotes(doc, actor_at, direct_only=True):
        if quote.kind != "direct" or quote.speaker is None or not quote.speaker.code:
            continue
        start, end = quote.span
        for tok in doc.char_span(start, end, alignment_mode="expand") or []:
            if tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON" and tok.i not in by_token:
                m = Mention(tok.idx, tok.idx + len(tok), tok.i, tok.text, kind="pronoun",
                            plural=True, tokens=[tok.i])
                m.resolve(quote.speaker.code, rule="quote-speaker", entry=quote.speaker.entry,
                          name=quote.speaker.name)
                out.append(m)
    return out


def _owner_tokens(head: Token) -> set[int]:
    """The possessive owner inside a phrase ("Crimea's leaders"): a place of its own."""
    return {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree
            if t.dep_ != "case"}


def _conjoined_name(head: Token, hit: Hit) -> bool:
    """"criticism from Arab states, Russia and aid groups": a country's name followed by
    "and" is another item of the list, not the owner of the role noun."""
    if hit.kind not in ("country", "metonym"):
        return False  # "Armenian and Azerbaijani troops": both own the troops
    doc = head.doc
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or span.end >= head.i:
        return False
    return any(t.dep_ == "cc" or t.lower_ == "and" for t in doc[span.end:head.i])


def _surnames_as_places(doc: Doc, mentions: dict[int, Mention]) -> None:
    """Place names that are the surname of a person named before are that person."""
    taken = {i for m in mentions.values() for i in (m.tokens or [m.head])}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC") and not any(t.i in taken for t in ent):
            person = _named_before(ent, mentions)
            if person is not None:
                mentions[ent.root.i] = person


def _named_before(ent, mentions: dict[int, Mention]) -> Mention | None:
    """"Maria Corina Machado ... Machado told supporters": a surname the tagger took for a
    place (there are towns called Machado) is the person named before."""
    key = name_key(ent.text)
    if len(key.split()) != 1:
        return None
    named = [m for m in mentions.values()
             if m.start < ent.start_char and m.kind in ("person", "name") and m.code]
    for m in sorted(named, key=lambda m: -m.start):  # the nearest before first
        if name_key(m.name or m.text).split()[-1:] == [key]:
            out = Mention(ent.start_char, ent.end_char, ent.root.i, ent.text, kind="person",
                          tokens=[t.i for t in ent], head_lemma=ent.root.lemma_.lower())
            out.resolve(m.code, rule="alias", entry=m.entry, name=m.name)
            return out
    return None


class ActorResolver:
    """Resolve every actor mention of a Doc. Stateless between documents; build once."""

    def __init__(self, kb: KnowledgeBase, *, fuzzy_threshold: int = 88,
                 gazetteer: Gazetteer | None = None) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.fuzzy_threshold = fuzzy_threshold
        people = [(key, ids) for key, ids in kb.people_by_name.items() if len(key) >= 6]
        self._fuzzy_keys = [k for k, _ in people]
        self._fuzzy_ids = [ids for _, ids in people]
        self._fuzzy_seen: dict[str, int | None] = {}  # name -> index of the match, or None
        self._fuzzy_by_len: dict[int, list[int]] = defaultdict(list)  # key length -> indexes
        for i, key in enumerate(self._fuzzy_keys):
            self._fuzzy_by_len[len(key)].append(i)
        self._fuzzy_near: dict[int, tuple[list[int], list[str]]] = {}

    # -- entry point --------------------------------------------------------------------------
    def resolve(self, doc: Doc, *, date: str | None = None) -> list[Mention]:
        doc = view(doc)
        text = doc_text(doc)
        hits = self.kb.find(text)
        hits += self._elided(text, hits)
        tok_hit: dict[int, Hit] = {}
        hit_head: dict[int, int] = {}  # id(hit) -> the token that heads it
        for hit in hits:
            span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    tok_hit[tok.i] = hit
                outside = [t.i for t in span if t.head.i < span.start or t.head.i >= span.end
                           or t.head.i == t.i]
                hit_head[id(hit)] = outside[-1] if outside else span.end - 1
        mentions: dict[int, Mention] = {}
        story = {country_of(e.code) for h in hits if h.kind != "metonym" for e in h.entries
                 if country_of(e.code)}
        for tok in doc:
            if tok.pos in _NP_POS and is_np_head(tok, tok_hit, hit_head):
                mention = self._phrase(tok, tok_hit, date, mentions, story)
                if mention is not None:
                    mentions[tok.i] = mention
        merge_appositions(doc, mentions)
        _surnames_as_places(doc, mentions)
        self._places(doc, mentions, hits)
        filed = dateline_end(text)  # "BAGHDAD, Aug 19 (Agency) -": where, not who
        ordered = sorted((m for m in mentions.values() if m.start >= filed),
                         key=lambda m: m.start)
        resolve_in_context(doc, ordered, self.kb, date=date)
        ordered += _first_person(doc, ordered)
        ordered.sort(key=lambda m: m.start)
        return ordered

    def _elided(self, text: str, hits: list[Hit]) -> list[Hit]:
        """"North and South Korea", "South and North Sudan": the first direction names a
        country of its own when the name it shares ("North Korea") is one."""
        out: list[Hit] = []
        taken: set[int] | None = None  # characters inside names found; only when needed
        for m in ELIDED.finditer(text):
            if taken is None:
                taken = {i for h in hits for i in range(h.start, h.end)}
            if m.start(1) in taken:
                continue
            name = f"{m.group(1)} {m.group(3)}"
            found = [h for h in self.kb.find(name) if h.start == 0 and h.end == len(name)
                     and h.kind == "country"]
            if found:
                out.append(Hit(m.start(1), m.end(1), found[0].entries))
        return out

    def _places(self, doc: Doc, mentions: dict[int, Mention], hits: list[Hit]) -> None:
        """Cities and regions named in the text ("shelled Kharkiv", "seized Mosul") stand for
        their country when an event acts on them; the story's countries pick among namesakes."""
        if self.gazetteer is None:
            return
        story = {country_of(e.code) for h in hits for e in h.entries if country_of(e.code)}
        # an unresolved name ("Goma" taken for a person's name) does not hide a place
        taken = {i for m in mentions.values() if m.code or m.kind != "name"
                 for i in (m.tokens or [m.head]) if i not in _owner_tokens(doc[m.head])}
        spans = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]
        spans += [doc[min(m.tokens):max(m.tokens) + 1] for m in mentions.values()
                  if m.kind == "name" and not m.code and m.tokens and (_after_place_prep(
                      doc[m.head]) or doc[m.head].dep_ == "poss")]
        # ("withdraw from Goma" tagged a person, "eastern Aleppo", "Crimea's leaders")
        for ent in spans:
            if any(t.i in taken for t in ent) or ent[-1].lower_ in WATERS:
                continue  # "the Red Sea" is no state's territory
            taken.update(t.i for t in ent)
            cands = self.gazetteer.lookup(ent.text) or self.gazetteer.lookup(
                _undirected(ent.text))  # "eastern Aleppo"
            local = [p for p in cands if p.country in story]
            # "the southern city of Deraa": the text says it is a town, so a small one will do
            said = _named_as_place(ent.root)
            big = [p for p in cands if p.population >= MIN_PLACE_POPULATION
                   or p.feature == "region" or (said and p.population > 0)]
            place = max(local or big, key=lambda p: p.population, default=None)
            if place is None or not place.country:
                continue
            m = Mention(ent.start_char, ent.end_char, ent.root.i, ent.text, kind="place",
                        tokens=[t.i for t in ent], head_lemma=ent.root.lemma_.lower())
            m.resolve(place.country, rule="gazetteer",
                      entry=f"geonames.{place.geonameid}" if place.geonameid else place.name,
                      name=place.name)
            mentions[ent.root.i] = m

    # -- one noun phrase --------------------------------------------------------------------
    def _phrase(self, head: Token, tok_hit: dict[int, Hit], date: str | None,
                done: dict[int, Mention], story: set[str]) -> Mention | None:
        if head.lower_ in PRONOUNS and head.pos_ == "PRON":
            return Mention(head.idx, head.idx + len(head), head.i, head.text, kind="pronoun",
                           plural=head.lower_ in {"they", "them", "their", "theirs",
                                                  "themselves"}, tokens=[head.i])
        own = tok_hit.get(head.i)
        if own is None and _plain_noun(head, tok_hit):
            return None  # most noun phrases ("the road", "last week") name no actor
        toks = np_tokens(head)
        span = head.doc[toks[0]:toks[-1] + 1]
        m = Mention(span.start_char, span.end_char, head.i, span.text, tokens=toks,
                    head_lemma=head.lemma_.lower(),
                    plural=head.tag_ in ("NNS", "NNPS"))
        owner = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
        mods = [tok_hit[i] for i in toks if i != head.i and i in tok_hit
                and tok_hit[i] is not own and i not in owner and not partisan(head.doc, i)]
        if own is not None:
            kind = own.kind
            if kind == "person":
                self._person(m, own.entries, date, rule="kb")
                if m.code and m.code.endswith("ELI") and not former(head):
                    self._title(m, mods, keep_name=True)  # "Iranian General X" after office
                return m
            if kind in ("org", "country", "metonym"):
                e = pick(own.entries, date)
                m.kind = kind
                envoy = self._state_envoy(m, head, e, mods, done)
                if envoy is not None:
                    return envoy
                in_place = head.dep_ == "pobj" and head.head.lower_ in (*PLACE_PREPS, "into")
                if kind == "country" and in_place:
                    m.kind = "place"  # "a US base in Iraq": where, not who
                if kind == "metonym" and in_place:
                    # "clashes in Tripoli": a place, and maybe not the capital (Tripoli is also
                    # in Lebanon): the story's countries choose
                    m.kind = "place"
                    local = [p for p in self.gazetteer.lookup(m.text) if p.country in story] \
                        if self.gazetteer is not None else []
                    if local:
                        m.resolve(local[0].country, rule="gazetteer", name=local[0].name,
                                  entry=f"geonames.{local[0].geonameid}")
                        return m
                m.resolve(e.code, rule="metonym" if kind == "metonym" else "kb", entry=e.id,
                          name=e.name)
                self._listed_countries(m, head, mods, date)
                return m
            if kind == "agent" and group_size(head) and _anaphoric(head) and not any(
                    h.kind in ("adjective", "country", "metonym", "org") for h in mods):
                return self._group(m, head)  # "the two leaders", "the three ministers"
            if kind == "agent":
                return self._agent(m, head, own.entries[0], mods, tok_hit, done, date)
            if kind == "adjective":
                e = own.entries[0]
                if _counted(head):  # "tens of thousands of Israelis": people, not a state
                    m.kind, m.plural, m.agent_code = "agent", True, "CVL"
                    m.resolve(join_role(e.code, "CVL"), rule="demonym",
                              entry=f"{e.id}+counted", name=m.text)
                    return m
                m.kind = "country"
                m.resolve(e.code, rule="demonym", entry=e.id, name=e.name)
                return m
        if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and (
                head.ent_type_ not in NOT_NAMES or any(h.kind == "agent" for h in mods))):
            owners = list({id(tok_hit[i]): tok_hit[i] for i in sorted(owner) if i in tok_hit}
                          .values())
            return self._name(m, head, mods, date, owners=owners)
        if head.lemma_.lower() in ORG_NOUNS and not mods:  # "the group": coref decides
            m.kind = "orgref"
            return m
        if group_size(head):
            return self._group(m, head)
        places = [h for h in mods if h.kind in ("adjective", "country", "metonym", "org")]
        if places and head.pos_ == "NOUN":
            # "the Turkish side" is Turkey; "Armenian positions", "Chinese coast guard ships"
            # and "Iraqi military bases" belong to the state or force that owns them.
            e = pick(places[-1].entries, date)
            roles = [h for h in mods if h.kind == "agent"]
            m.kind = "country" if head.lemma_.lower() in STATE_NOUNS else "thing"
            if roles:
                agent = roles[0].entries[0]
                m.resolve(join_role(e.code, agent.code), rule="demonym",
                          entry=f"{e.id}+{agent.id}", name=m.text)
            else:
                m.resolve(e.code, rule="demonym", entry=e.id, name=e.name)
            self._listed_owners(m, head, places, roles, date)
            return m
        return None

    @staticmethod
    def _state_envoy(m: Mention, head: Token, e: Entry, mods: list[Hit],
                     done: dict[int, Mention]) -> Mention | None:
        """"Kenya's U.N. envoy", "the Palestinian UN ambassador": a state's envoy to an
        international body (the knowledge base names the body's own envoys)."""
        if not e.code.startswith("IGO") or head.lemma_.lower() not in ENVOYS:
            return None
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        owner = done.get(poss.i) if poss is not None else None
        states = [h.entries[0].code for h in mods if h.kind in ("adjective", "country")]
        if owner is not None and owner.kind in ("country", "metonym") and owner.code:
            states.insert(0, owner.code)
        if not states or not country_of(states[0]):
            return None
        m.kind = "agent"
        m.resolve(join_role(country_of(states[0]), "GOV"), rule="title",
                  entry=f"{e.id}+state", name=m.text)
        return m

    @staticmethod
    def _listed_countries(m: Mention, head: Token, mods: list[Hit], date: str | None) -> None:
        """"North and South Korea": a country named in the same phrase across "and" is a
        second actor."""
        others = [h for h in mods if h.kind == "country"]
        if m.kind != "country" or not others or not any(
                t.dep_ == "cc" for t in head.doc[m.tokens[0]:head.i]):
            return
        codes = [m.code] + [pick(h.entries, date).code for h in others]
        if len(set(codes)) < 2:
            return
        m.members = [member(m, code, "kb", m.entry) for code in dict.fromkeys(codes)]
        for one in m.members:
            one.kind = "country"

    @staticmethod
    def _listed_owners(m: Mention, head: Token, places: list[Hit], roles: list[Hit],
                       date: str | None) -> None:
        """"Israeli and Palestinian negotiators", "Chinese and Russian bombers": one actor per
        listed country, as for "Armenian and Azerbaijani troops" (a reciprocal event needs
        both sides)."""
        if len(places) < 2 or not any(t.dep_ == "cc" for t in head.doc[m.tokens[0]:head.i]):
            return
        agent = roles[0].entries[0] if roles else None
        members, codes = [], set()
        for h in places:
            e = pick(h.entries, date)
            code = join_role(e.code, agent.code) if agent is not None else e.code
            if code in codes:
                continue
            codes.add(code)
            members.append(member(m, code, "demonym",
                                  f"{e.id}+{agent.id}" if agent is not None else e.id))
        if len(members) > 1:
            m.members = members
            m.resolve(members[0].code, rule="demonym", entry=members[0].entry, name=m.text)

    @staticmethod
    def _group(m: Mention, head: Token) -> Mention:
        """"the two countries", "both leaders": the coref pass finds the members."""
        m.kind, m.plural, m.name = "group", True, m.text
        m.agent_code = str(group_size(head))
        return m

    def _person(self, m: Mention, entries: Iterable[Entry], date: str | None, *,
                rule: str) -> None:
        entries = [e for e in entries if e.kind == "person"]
        active = [e for e in entries if e.active(date)]
        m.kind = "person"
        if active:
            e = active[0]
            m.resolve(e.code, rule=rule, entry=e.id, name=e.name)
        elif entries:
            e = entries[0]
            base = country_of(e.code)
            code = f"{base}ELI" if base else e.code
            m.resolve(code, rule=rule, entry=e.id, name=e.name)

    def _agent(self, m: Mention, head: Token, agent: Entry, mods: list[Hit],
               tok_hit: dict[int, Hit], done: dict[int, Mention], date: str | None) -> Mention:
        m.kind = "agent"
        m.agent_entry, m.agent_code = agent.id, agent.code
        if head.lemma_.lower() in GENERIC_ROLES:  # "police spokesman": the police's role
            inner = [h for h in mods if h.kind == "agent"]
            if inner:
                agent = inner[-1].entries[0]
                m.agent_entry, m.agent_code = agent.id, agent.code
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        owner = done.get(poss.i) if poss is not None else None
        state_owned = any(h.kind in ("adjective", "country", "metonym") for h in mods) or (
            owner is not None and owner.kind in ("country", "metonym"))
        for hit in mods:  # an organisation or person in the phrase owns the role
            if hit.kind == "org" and state_owned and all(
                    e.code.startswith("IGO") for e in hit.entries):
                continue  # "Kenya's U.N. envoy", "the Palestinian UN ambassador": the state's
            if hit.kind in ("org",):
                e = pick(hit.entries, date)
                m.resolve(e.code, rule="kb", entry=f"{e.id}+{agent.id}", name=e.name)
                return m
        places = [h for h in mods if h.kind in ("adjective", "country", "metonym")
                  and not _conjoined_name(head, h)]
        if places:
            rules = ["demonym" if h.kind == "adjective" else "title" for h in places]
            codes = [join_role(h.entries[0].code, agent.code) for h in places]
            m.resolve(codes[0], rule=rules[0], entry=f"{places[0].entries[0].id}+{agent.id}")
            if len(set(codes)) > 1 and any(t.dep_ == "cc" for t in head.doc[m.tokens[0]:head.i]):
                # "Armenian and Azerbaijani troops": one actor per country
                m.members = [member(m, code, rule, f"{h.entries[0].id}+{agent.id}")
                             for h, code, rule in zip(places, codes, rules, strict=True)]
            return m
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None:
            owner = done.get(poss.i)
            if owner is not None and owner.code and owner.kind != "pronoun":
                code = owner.code if owner.is_org else join_role(owner.code, agent.code)
                m.resolve(code, rule="possessive", entry=f"{owner.entry}+{agent.id}")
                return m
            m.rule = "possessive?"  # owner resolved later (pronoun, "the country's")
            # "withdrawing its own diplomats from Argentina", "its envoy in Kabul": the
            # owner's, not the place's
            m.entry, m.name = agent.id, m.text
            return m
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS:
                for obj in prep.children:
                    hit = tok_hit.get(obj.i) or next(  # "the Islamic Jihad movement"
                        (tok_hit[c.i] for c in obj.lefts if c.dep_ in ("compound", "amod")
                         and c.i in tok_hit and tok_hit[c.i].kind == "org"), None)
                    if obj.dep_ == "pobj" and hit is not None and hit.kind == "org" and \
                            prep.lower_ == "of":
                        # "the spokesman of the Islamic Jihad movement": the group's own code
                        e = pick(hit.entries, date)
                        m.resolve(e.code, rule="of", entry=f"{e.id}+{agent.id}", name=e.name)
                        return m
                    if obj.dep_ == "pobj" and hit is not None and hit.kind in (
                            "country", "metonym", "adjective"):
                        e = hit.entries[0]
                        m.resolve(join_role(e.code, agent.code), rule="of",
                                  entry=f"{e.id}+{agent.id}")
                        if prep.lower_ == "of":  # "the army of Sudan" is one name
                            m.end = max(m.end, obj.idx + len(obj))
                            m.text = head.doc.char_span(m.start, m.end,
                                                        alignment_mode="expand").text
                        others = [tok_hit[c.i] for c in obj.conjuncts if c.i in tok_hit
                                  and tok_hit[c.i].kind in ("country", "metonym")]
                        if any(c.dep_ == "cc" for c in obj.subtree):  # "of North and South
                            others += [tok_hit[c.i] for c in obj.lefts if c.i in tok_hit  # Korea"
                                       and tok_hit[c.i] is not hit
                                       and tok_hit[c.i].kind == "country"]
                        if others:  # "the presidents of Sudan and South Sudan"
                            m.members = [m] + [
                                member(m, join_role(h.entries[0].code, agent.code), "of",
                                        f"{h.entries[0].id}+{agent.id}") for h in others]
                        return m
        m.entry = agent.id
        m.name = m.text
        return m  # code None: the coref pass gives it a country from context

    def _name(self, m: Mention, head: Token, mods: list[Hit], date: str | None, *,
              owners: list[Hit] | None = None) -> Mention:
        """A personal name not in the knowledge base as written."""
        m.kind = "name"
        titled = hit_tokens(head.doc, mods)
        name = " ".join(t.text for t in head.doc[m.tokens[0]:head.i + 1]
                        if t.i not in titled and t.dep_ != "det")
        m.name = name
        entries = self.fuzzy_person(name)
        if entries:
            self._person(m, entries, date, rule="fuzzy")
            return m
        self._title(m, mods, owners=owners or [])
        return m

    def _title(self, m: Mention, mods: list[Hit], *, keep_name: bool = False,
               owners: list[Hit] | None = None) -> None:
        """Title + name: "Nigerian Interior Minister Adamu Bello" -> NGAGOV."""
        agents = [h for h in mods if h.kind == "agent" and h.start < m.end]
        if not agents:
            return
        # "Somali President Hassan Sheikh X": the first title; "police spokesman": not generic
        specific = [h for h in agents if normalize(
            m.text[h.start - m.start:h.end - m.start]).split()[-1] not in GENERIC_ROLES]
        agent = (specific or agents)[0].entries[0]
        m.agent_entry, m.agent_code = agent.id, agent.code
        for hit in _title_owners(mods, owners or [], m.end):
                e = hit.entries[0]
                m.resolve(join_role(e.code, agent.code), rule="title",
                          entry=f"{e.id}+{agent.id}", name=m.name)
                return
        if keep_name and m.code and country_of(m.code):  # a known person, a new title
            m.resolve(join_role(m.code, agent.code), rule="title",
                      entry=f"{m.entry}+{agent.id}", name=m.name)
            return
        if not keep_name:
            m.entry = agent.id  # a title without a country: context decides

    def _fuzzy_choices(self, size: int) -> tuple[list[int], list[str]]:
        """The names long enough and short enough to reach the threshold against a name of
        ``size`` characters (ratio <= 1 - |a - b| / (a + b)), in the full list's order, so
        the best match and its ties are the same. About half of the names for a name of
        common length: an unseen name took 0.47 ms against all of them, 0.27 ms (measured)."""
        near = self._fuzzy_near.get(size)
        if near is None:
            slack = 1 - self.fuzzy_threshold / 100 + 0.01  # a margin: never too few
            low = math.floor(size * (1 - slack) / (1 + slack))
            high = math.ceil(size * (1 + slack) / (1 - slack)) if slack < 1 else 10 ** 6
            indexes = sorted(i for n, found in self._fuzzy_by_len.items() if low <= n <= high
                             for i in found)
            near = self._fuzzy_near[size] = (indexes, [self._fuzzy_keys[i] for i in indexes])
        return near

    def fuzzy_person(self, name: str) -> list[Entry]:
        """Office holders whose name is close to ``name`` (transliteration variants)."""
        key = normalize(name).strip()
        words = [w for w in key.split() if w not in TITLE_WORDS]
        key = " ".join(words)
        if len(words) < 2 or len(key) < 6 or not self._fuzzy_keys:
            return []
        if key not in self._fuzzy_seen:  # names recur: search the ~3,500 names once per name
            if len(self._fuzzy_seen) > 50_000:
                self._fuzzy_seen.clear()
            indexes, keys = self._fuzzy_choices(len(key))
            found = process.extractOne(key, keys, scorer=fuzz.ratio,
                                       score_cutoff=self.fuzzy_threshold)
            self._fuzzy_seen[key] = None if found is None else indexes[found[2]]
        index = self._fuzzy_seen[key]
        return [] if index is None else [self.kb.entries[i] for i in self._fuzzy_ids[index]]
