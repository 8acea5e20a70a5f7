"""Document-level rules: aliases, pronouns, and role nouns whose country comes from context."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc

from newsevents.actors.kb import Entry, KnowledgeBase, name_key
from newsevents.actors.mentions import ORG_NOUNS, Mention, country_of, join_role
from newsevents.actors.phrases import member, partisan

MALE_FEMALE = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
NEUTER = {"it", "its", "itself"}
# Nouns that stand for the country last named: "the country's defence ministry".
COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic"}
# Modifiers that say the actor is not of any one country, so context must not give it one.
UNPLACED = {"western", "foreign", "international", "regional", "arab", "european", "african",
            "asian", "gulf", "multinational", "global", "unidentified", "unnamed"}
# Countries whose names put the family name first: "Kim" after "Kim Jong Un".
SURNAME_FIRST = {"CHN", "PRK", "KOR", "VNM", "TWN", "KHM", "HUN", "MNG"}
# Roles with no home country of their own: context must not give them one.
OFFICES = {"minister", "ministry", "secretary", "office", "service", "affairs"}
UNPLACED_ROLES = {"IGO", "NGO", "DEV", "UIS", "INT", "MNC"}
UNPLACED_NOUNS = {"diplomat", "hostage", "donor", "mediator", "observer", "analyst", "expert",
                  "monitor", "inspector", "envoy", "peacekeeper"}
OBJECT_PRONOUNS = {"him", "her", "them"}
# Non-state people belong where they are, not to the foreign state acting in their sentence:
# "rebels began evacuating eastern Aleppo under a deal brokered by Russia" (SYRREB).
LOCAL_ROLES = {"REB", "INS", "OPP", "CVL", "UAF"}
# People who are, by definition, not of the place they are in but of the state that settled
# them there: "troops evicted Jewish settlers from the Gaza Strip".
NEWCOMERS = {"settler", "settlers", "colonist", "colonists"}
DEFINITE = {"the", "this", "that", "these", "those"}
SENTENCE_WINDOW = 3  # a pronoun looks back this many sentences for its antecedent


def surname_person(*, name: str, kb: KnowledgeBase, date: str | None) -> list[Entry]:
    """An office holder named by surname alone, when exactly one is in office that day."""
    ids = kb.surnames.get(name_key(name), set())
    entries = [kb.entries[i] for i in ids if kb.entries[i].active(date)]
    people = {e.id.rsplit(".", 1)[0] for e in entries}
    return entries if len(people) == 1 else []


def dominant_country(mentions: list[Mention]) -> str | None:
    """The country the story is about: actors count twice, places named in it once."""
    counts: Counter[str] = Counter()
    for m in mentions:
        country = country_of(m.code) if m.code and m.kind != "pronoun" else None
        if country:
            counts[country] += 1 if m.kind == "place" else 2
    return counts.most_common(1)[0][0] if counts else None


def resolve_in_context(doc: Doc, mentions: list[Mention], kb: KnowledgeBase, *,
                       date: str | None) -> None:
    """Resolve, in reading order, what the phrase rules left open."""
    main = dominant_country(mentions)
    sent_of = {t.i: s_i for s_i, s in enumerate(doc.sents) for t in s}
    by_head = {m.head: m for m in mentions}
    by_sent: dict[int, list[Mention]] = defaultdict(list)  # the mentions of each sentence
    for m in mentions:
        by_sent[sent_of.get(m.head)].append(m)
    seen: list[Mention] = []
    places: list[Mention] = []  # "X is due in Nairobi, where the two countries will sign"
    acronyms: dict[str, Mention] = {}  # "the National Electoral Council (CNE)"
    for m in mentions:
        if m.code is None and m.text in acronyms:
            a = acronyms[m.text]
            m.resolve(a.code, rule="acronym", entry=a.entry, name=a.name or a.text)
            m.kind = a.kind if a.kind != "place" else m.kind
        if m.code is None:
            if m.kind == "pronoun":
                if not _joint_they(doc, m, by_head) and not _listed_they(doc, m, seen, sent_of):
                    _pronoun(doc, m, seen, sent_of)
            elif m.kind == "name":
                _name(doc, m, seen, main, kb, date, sent_of, mentions, by_sent)
            elif m.kind == "agent" or (m.kind == "thing" and m.agent_code):
                _agent(doc, m, seen, by_head, main, sent_of, mentions, by_sent)
            elif m.kind == "group":
                _group(doc, m, seen, places)
            elif m.head_lemma in ORG_NOUNS and _definite(doc[m.head]):
                _org_alias(m, seen)
            elif doc[m.head].lemma_ in COUNTRY_NOUNS:
                _country_noun(m, seen)
        elif m.kind == "person" and m.code.endswith("ELI"):
            inherit_office(doc, m, by_head)
        if m.code is not None and (acronym := _acronym_after(doc, m)) and \
                _initials_fit(acronym, m.text):
            acronyms.setdefault(acronym, m)
        if m.code is not None and not m.members and m.kind != "place":
            seen.append(m)
        elif m.code is not None and m.kind == "place":
            places.append(m)


def _acronym_after(doc: Doc, m: Mention) -> str | None:
    """"the National Electoral Council (CNE)": the acronym a name is given in brackets."""
    end = max(m.tokens or [m.head]) + 1
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        word = doc[end + 1].text
        if word.isupper() and word.isalpha() and 2 <= len(word) <= 8:
            return word
    return None


def _initials_fit(acronym: str, name: str) -> bool:
    """"National Electoral Council (CNE)", "Rapid Support Forces (RSF)": the acronym's letters
    are the initials of the name (in any order: acronyms of names in other languages); a
    photo credit "Manama (KUNA)" is no acronym of Manama."""
    initials = {w[0].upper() for w in name.replace("-", " ").split() if w[:1].isupper()}
    return len(initials) >= 2 and set(acronym) <= initials


def _joint_they(doc: Doc, m: Mention, by_head: dict[int, Mention]) -> bool:
    """"X received his counterpart and they discussed ...": "they" after a clause with a
    singular subject and object is both of them."""
    tok = doc[m.head]
    verb = tok.head
    if m.text.lower() != "they" or tok.dep_ != "nsubj" or verb.dep_ != "conj":
        return False
    first = verb.head
    subj = next((c for c in first.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in first.children if c.dep_ == "dobj"), None)
    pair = [by_head.get(t.i) for t in (subj, obj) if t is not None]
    if len(pair) != 2 or any(p is None or not p.code or p.plural for p in pair):
        return False
    a, b = pair
    if a.code == b.code:
        return False
    m.members = [a, b]
    m.resolve(a.code, rule="pronoun", entry=f"{a.entry}+{b.entry}", name=m.text)
    m.kind, m.plural = "pronoun", True
    return True


def _listed_they(doc: Doc, m: Mention, seen: list[Mention], sent_of: dict[int, int]) -> bool:
    """"blamed Egypt and Sudan and accused them", "Britain, France and Germany cancelled their
    agreements": a plural pronoun after a list of actors in its sentence is all of them."""
    if m.text.lower() not in PLURAL:
        return False
    here = sent_of.get(m.head, 0)
    by_head = {c.head: c for c in seen if c.code and c.kind in ("country", "metonym", "org")
               and sent_of.get(c.head) == here and c.head < m.head}
    for c in sorted(by_head.values(), key=lambda c: -c.head):
        toks = {doc[c.head], *doc[c.head].conjuncts}
        for t in list(toks):  # "Mali, Burkina Faso and Niger": the parser's apposition
            if t.dep_ == "appos" and t.head.i in by_head:
                toks |= {t.head, *t.head.conjuncts}
        items = [by_head.get(t.i) for t in sorted(toks, key=lambda t: t.i)]
        if len(items) < 2 or not all(items) or len({i.code for i in items}) < len(items):
            continue
        first = items[0]
        m.members = list(items)
        m.resolve(first.code, rule="pronoun", entry="+".join(i.entry for i in items),
                  name=m.text)
        m.kind, m.plural = "pronoun", True
        return True
    return False


def _pronoun(doc: Doc, m: Mention, seen: list[Mention], sent_of: dict[int, int]) -> None:
    """The nearest compatible antecedent, preferring subjects (the most salient actors)."""
    word = m.text.lower()
    here = sent_of.get(m.head, 0)
    window = [c for c in reversed(seen) if here - sent_of.get(c.head, 0) <= SENTENCE_WINDOW
              and c.head != m.head]
    subjects = [c for c in window if doc[c.head].dep_ in ("nsubj", "nsubjpass")
                and sent_of.get(c.head) == here]
    if word in OBJECT_PRONOUNS and doc[m.head].dep_ != "nsubj":
        # "Trump called him": an object pronoun is not the subject of its own sentence
        window = [c for c in window if c not in subjects]
        subjects = []
    for cand in subjects + window:
        if word in MALE_FEMALE:
            ok = (cand.is_person and cand.kind != "pronoun") or (
                cand.kind == "pronoun" and cand.text.lower() in MALE_FEMALE)
        elif word in PLURAL:
            ok = cand.plural or cand.kind == "org"
        else:
            ok = not cand.plural and (cand.kind in ("country", "metonym", "org") or (
                cand.kind == "agent" and not cand.is_person))
        if ok:
            m.resolve(cand.code, rule="pronoun", entry=cand.entry, name=cand.name)
            m.kind = "pronoun"
            m.plural = cand.plural
            m.ref_kind = cand.ref_kind or cand.kind
            m.alternatives = [c for c in window if c.code != cand.code and c.kind not in (
                "pronoun", "group") and c.plural == cand.plural][:3]
            return


def _name(doc: Doc, m: Mention, seen: list[Mention], main: str | None, kb: KnowledgeBase,
          date: str | None, sent_of: dict[int, int], mentions: list[Mention],
          by_sent: dict[int, list[Mention]]) -> None:
    key = name_key(m.name)
    if not key:
        return
    for cand in reversed(seen):  # a later "Allawi" is the "Ali Allawi" named before
        if cand.kind not in ("person", "name") and not cand.name:
            continue
        other = name_key(cand.name or cand.text)
        first = other.split()[0] if other else ""
        surname_first = key == first and country_of(cand.code) in SURNAME_FIRST
        if other and other != key and (other.endswith(" " + key) or key.endswith(" " + other)
                                       or surname_first):
            m.resolve(cand.code, rule="alias", entry=cand.entry, name=cand.name)
            m.kind = cand.kind
            return
        if other == key and cand.kind in ("person", "name"):
            m.resolve(cand.code, rule="alias", entry=cand.entry, name=cand.name)
            return
    entries = surname_person(name=m.name, kb=kb, date=date)
    if entries and m.code is None:
        e = entries[0]
        m.resolve(e.code, rule="kb", entry=e.id, name=e.name)
        m.kind = "person"
        return
    # "Minister Karim Haddad" with no country: the sentence's, else the document's country
    if m.code is None and m.entry and main and not _unplaced(doc[m.head]):
        base = _context_country(doc, m, main, sent_of, mentions, by_sent, seen) or main
        m.resolve(join_role(base, m.agent_code), rule="role",
                  entry=f"context.{base}+{m.entry}")


def _agent(doc: Doc, m: Mention, seen: list[Mention], by_head: dict[int, Mention],
           main: str | None, sent_of: dict[int, int], mentions: list[Mention],
           by_sent: dict[int, list[Mention]]) -> None:
    head = doc[m.head]
    agent_code = m.entry and m.entry.split("+")[-1]
    if m.rule == "possessive?":
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        owner = by_head.get(poss.i) if poss is not None else None
        if owner is not None and owner.code:
            # "Hezbollah's leader" is Hezbollah; "Iran's leader" is Iran's government
            code = owner.code if owner.is_org else join_role(owner.code, m.agent_code)
            m.resolve(code, rule="possessive", entry=f"{owner.entry}+{agent_code}")
            if owner.members:  # "India and Japan ... their defence ministers": each one's
                m.members = [member(m, join_role(o.code, m.agent_code), "possessive",
                                    f"{o.entry}+{agent_code}") for o in owner.members]
            return
    owner = _belonging_to(head, by_head)
    if owner is not None:  # "a cell belonging to the Islamic State": the group's
        m.resolve(owner.code, rule="belonging", entry=f"{owner.entry}+{agent_code}")
        return
    if _definite(head):  # "the prime minister" after "Iraqi Prime Minister X"
        same = next((c for c in reversed(seen) if m.agent_entry and
                     c.agent_entry == m.agent_entry), None)
        named = any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in head.lefts)
        same = same or next((c for c in reversed(seen) if c.code and len(c.code) >= 6
                             and c.code[3:] == m.agent_code and c.kind != "pronoun"
                             and not named), None)  # "the National Electoral Council" is new
        # (the same role: "the electoral commission" is not the state media, GOVMED)
        if same is not None:
            m.resolve(same.code, rule="alias", entry=same.entry, name=same.name)
            return
    if _unplaced(head) or (m.agent_code or "")[:3] in UNPLACED_ROLES or \
            m.head_lemma in UNPLACED_NOUNS:
        return  # "a Western diplomat", "donors", "aid workers": no country to guess
    speaker_of = _fronted_report_subject(head, by_head)
    if speaker_of is not None:  # "Beijing opposes this, a foreign ministry spokesman said"
        base = country_of(speaker_of.code)
        m.resolve(join_role(base, m.agent_code), rule="role",
                  entry=f"context.{base}+{agent_code}")
        return
    base = _context_country(doc, m, main, sent_of, mentions, by_sent, seen)
    if base:
        m.resolve(join_role(base, m.agent_code), rule="role",
                  entry=f"context.{base}+{agent_code}")


def _acted_on(head) -> set[int]:
    """Tokens of what a subject's verb acts on or speaks of: "the minister received his
    Sudanese counterpart in Cairo", "a spokesman called on Washington to ...", "denied any
    Iranian involvement". The subject is of none of their countries. Places are kept apart."""
    verb = head.head
    if head.dep_ != "nsubj":  # "A spokesman, X, called on Washington": a main verb the
        # parser hung on its subject
        verb = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBD"), None)
        if verb is None:
            return set()
    return {t.i for c in verb.children if c.dep_ not in ("nsubj", "punct", "aux", "neg")
            and c.i > head.i for t in c.subtree}


APPEALS = {"urge", "ask", "press", "call", "appeal", "implore", "encourage", "exhort"}


def _appealer(head) -> set[int]:
    """Tokens of the one who appeals to ``head``: "the US urged the electoral commission to
    publish results" (the commission is the country's where the story is, not the US's)."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in APPEALS:
        return set()
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


SENDING = {"send", "deploy", "dispatch", "station", "mobilise", "mobilize", "withdraw", "pull"}


def _sender(head, mentions: list[Mention]) -> Mention | None:
    """Who sends or withdraws the troops a verb acts on (its subject, or the one an appeal
    asks to do it: "asked Moscow to send troops")."""
    from newsevents.events.arguments import subject_of  # the parse helpers of the coder

    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in SENDING:
        return None
    subj = subject_of(verb)
    if subj is None:
        return None
    found = next((c for c in mentions if c.head == subj.i and c.code and country_of(c.code)
                  and c.kind != "place"), None)
    return found


def _context_country(doc: Doc, m: Mention, main: str | None, sent_of: dict[int, int],
                     mentions: list[Mention], by_sent: dict[int, list[Mention]],
                     seen: list[Mention]) -> str | None:
    """The country of a role with no nationality: the place it acts in, the nearest actor of
    its sentence, the subject of the sentences before it, else the story's country."""
    head = doc[m.head]
    here = sent_of.get(m.head, 0)
    sender = _sender(head, mentions) if m.agent_code == "MIL" else None
    if sender is not None:  # "asked Moscow to send troops": Moscow's troops
        return country_of(sender.code)
    near = [c for c in by_sent.get(here, ()) if c is not m and c.code
            and c.kind not in ("pronoun", "group") and country_of(c.code)
            and not (c.kind == "org" and c.code.endswith("MED"))]  # "told Reuters": no place
    actors = [c for c in near if c.kind != "place"]
    places = [c for c in near if c.kind == "place"]
    acted_on = _acted_on(head)
    if acted_on:
        actors = [c for c in actors if c.head not in acted_on]
        near = actors + places
    appealer = _appealer(head)
    if appealer:  # "Washington urged the electoral commission to ...": not Washington's
        actors = [c for c in actors if c.head not in appealer]
        near = actors + places
        if not near:
            return main
    sympathy = any(partisan(doc, i) for i in m.tokens)
    if places and m.head_lemma not in NEWCOMERS and (
            sympathy or head.dep_ not in ("nsubj", "nsubjpass") or m.agent_code in LOCAL_ROLES):
        # "pro-Iranian militias fired on the embassy in Baghdad": local, not the embassy's
        # victims belong where it happens: "troops killed civilians in Axum"
        base = country_of(min(places, key=lambda c: abs(c.head - m.head)).code)
    elif sympathy:
        base = main
    elif near:  # the nearest actor of the sentence ("Iranian police detained protesters"),
        # else the place it happens in ("Police in Kathmandu opened fire")
        base = country_of(min(actors or near, key=lambda c: abs(c.head - m.head)).code)
    elif acted_on:  # "A Foreign Ministry spokesman called on Washington to ...": the
        # spokesman speaks for the side that spoke before
        base = _last_subject_country(doc, seen, sent_of, here) or main
    else:
        base = main
    return base


def _last_subject_country(doc: Doc, seen: list[Mention], sent_of: dict[int, int],
                          here: int) -> str | None:
    """The country of the last subject actor of the sentences just before ``here``."""
    for c in reversed(seen):
        if here - sent_of.get(c.head, 0) > SENTENCE_WINDOW:
            return None
        if sent_of.get(c.head, 0) < here and doc[c.head].dep_ == "nsubj" and \
                country_of(c.code) and c.kind != "place":
            return country_of(c.code)
    return None


BELONGING = {"belong", "link", "affiliate", "tie", "loyal", "attach"}


def _belonging_to(head, by_head: dict[int, Mention]) -> Mention | None:
    """"a cell belonging to Daesh", "gunmen linked to al-Shabaab", "fighters loyal to
    Haftar": the body a role noun is said to belong to."""
    for c in head.children:
        if c.dep_ not in ("acl", "amod") or c.lemma_.lower() not in BELONGING:
            continue
        for prep in (p for p in c.children if p.dep_ == "prep" and p.lower_ == "to"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                owner = by_head.get(obj.i)
                if owner is not None and owner.code and owner.kind != "place":
                    return owner
    return None


def _fronted_report_subject(head, by_head: dict[int, Mention]) -> Mention | None:
    """"The US could cut aid to Egypt, senior senators warned": a speaker named after the
    words it reports speaks for the subject of those words (a state's spokesman, its
    senators); when the report follows the speaker, its subject may be anyone."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "parataxis") or clause.i > head.i:
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        owner = by_head.get(subj.i) if subj is not None else None
        if owner is not None and owner.code and country_of(owner.code) and \
                owner.kind in ("country", "metonym", "org", "person", "agent"):
            return owner
    return None


def _country_noun(m: Mention, seen: list[Mention]) -> None:
    for cand in reversed(seen):
        if cand.kind in ("country", "metonym") and country_of(cand.code):
            m.resolve(country_of(cand.code), rule="alias", entry=cand.entry, name=cand.name)
            m.kind = "country"
            return


def _org_alias(m: Mention, seen: list[Mention]) -> None:
    """"the group", "the junta", "the alliance": the organisation or body named last; "the
    council" is first the last one named a council ("the UN Security Council")."""
    named = [c for c in seen if (c.kind == "org" or c.entry.startswith("org.")) and (
        m.head_lemma in c.text.lower().split() or m.head_lemma in (c.name or "").lower().split())]
    # (also an organisation named inside a phrase: "a Security Council resolution")
    if named:
        cand = named[-1]
        m.resolve(cand.code, rule="alias", entry=cand.entry, name=cand.name)
        m.kind = "org"
        return
    for cand in reversed(seen):
        if cand.kind == "org" and cand.entry.startswith(("inst.", "med.")) and \
                m.head_lemma != "junta":
            continue  # "the group" is not a state's army or ministry, nor a news agency
        named_group = cand.entry.startswith("grp.")  # "the Islamic Jihad movement"
        if cand.kind == "org" or named_group or (
                cand.kind == "agent" and cand.head_lemma == m.head_lemma):
            m.resolve(cand.code, rule="alias", entry=cand.entry, name=cand.name)
            m.kind = "org"
            return


def _unplaced(head) -> bool:
    """"a Western diplomat", "foreign donors"; but a "foreign minister" is his own country's."""
    if head.lemma_.lower() in OFFICES:
        return False
    return any(c.lower_ in UNPLACED for c in head.lefts if c.dep_ in ("amod", "compound"))


def _definite(head) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)


def inherit_office(doc: Doc, m: Mention, by_head: dict[int, Mention]) -> None:
    """"his predecessor X": X held the office of the possessor, so shares its role code."""
    head = doc[m.head]
    near = [head, *head.children, head.head]
    pred = next((t for t in near if t.lemma_ in ("predecessor", "successor")), None)
    if pred is None:
        return
    poss = next((c for c in pred.children if c.dep_ == "poss"), None)
    owner = by_head.get(poss.i) if poss is not None else None
    if owner is not None and owner.code and len(owner.code) > 3 and \
            country_of(owner.code) == country_of(m.code):
        m.resolve(owner.code, rule="title", entry=f"{m.entry}+{pred.lemma_}", name=m.name)


SIDE_GROUPS = {"side", "party"}  # the parties to a conflict or a negotiation
STATE_GROUPS = {"country", "nation", "state", "neighbour", "neighbor", "capital", "power",
                "rival", "ally"}
LEADER_GROUPS = {"leader", "president", "minister", "government"}


def _group(doc: Doc, m: Mention, seen: list[Mention], places: list[Mention]) -> None:
    """Fan a group out to the N most recent distinct actors it can stand for; "the two
    countries" may take a country named only as a place when the actors are too few."""
    size = int(m.agent_code or 0)
    sent_start = doc[m.head].sent.start_char
    noun = doc[m.head].lemma_.lower()
    members: list[Mention] = []
    codes: set[str] = set()
    # "the two leaders" are the people named before, not a country named in passing
    people = [c for c in seen if c.is_person] if noun in LEADER_GROUPS else []
    if len({country_of(c.code) for c in people}) < size:
        people = []
    listed = _listed(doc, seen, size) if noun in STATE_GROUPS else []
    for cand in reversed(listed or people or seen):
        if cand.kind in ("pronoun", "group") or not cand.code:
            continue
        if noun in SIDE_GROUPS and (cand.code[3:6] == "CVL" or cand.start >= sent_start):
            continue  # "contacts with the two sides": parties named before, not victims
        country = country_of(cand.code)
        if noun in STATE_GROUPS or noun in LEADER_GROUPS:
            if country is None:
                continue
            code = country if noun in STATE_GROUPS else country + "GOV"
        else:
            code = cand.code
        if code in codes or (country and country in codes):
            continue  # "the two sides" are not Egypt and its own ministry
        codes.update({code, country} - {None})
        member = Mention(m.start, m.end, m.head, m.text, kind="country", tokens=m.tokens)
        member.resolve(code, rule="group", entry=cand.entry, name=cand.name)
        members.append(member)
        if len(members) == size:
            break
    if noun in STATE_GROUPS:
        for cand in reversed(places):
            country = country_of(cand.code)
            if len(members) == size or country is None or country in codes:
                continue
            codes.add(country)
            member = Mention(m.start, m.end, m.head, m.text, kind="country", tokens=m.tokens)
            member.resolve(country, rule="group", entry=cand.entry, name=cand.name)
            members.append(member)
    if len(members) == size:
        m.members = members
        m.resolve(members[0].code, rule="group", entry="+".join(x.entry for x in members),
                  name=m.text)


def _listed(doc: Doc, seen: list[Mention], size: int) -> list[Mention]:
    """"Saudi Arabia, Bahrain and the UAE recalled their envoys from Qatar, with the three
    Gulf states accusing Doha": a list of exactly N states named before is what "the N
    states" sums up, rather than the N actors named last."""
    by_head = {c.head: c for c in seen if c.code and country_of(c.code) and c.kind in (
        "country", "metonym")}
    for cand in reversed(seen):
        if cand.head not in by_head:
            continue
        items = [by_head.get(t.i) for t in (doc[cand.head], *doc[cand.head].conjuncts)]
        if len(items) == size and all(items) and \
                len({country_of(c.code) for c in items}) == size:
            return sorted(items, key=lambda c: c.start, reverse=True)
    return []
