"""Who did it and to whom: the source and target tokens of a trigger in the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.events.lexicon import Entries, LexEntry
from newsevents.nlp.view import per_token

SUBJ = ("nsubj", "csubj")
TIME_ENTS = ("DATE", "TIME")  # "Monday Iran said": a fronted date is not a doer
MAX_CLIMB = 5
OBJ_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
MEDIATION = "045"  # "a truce mediated by Z": Z mediates between the truce's parties
VISITS = ("042", "043")  # make a visit, host a visit
CLAUSE_DEPS = ("xcomp", "advcl", "ccomp", "acl")
LOCATIVE = ("near", "in", "at", "outside", "around", "inside", "across")
# Verbs whose object is a reaction by others: "drew condemnation from X", "sparked protests".
DRAWING = {"draw", "prompt", "spark", "trigger", "provoke", "attract", "earn", "receive",
           "win"}
# Verbs whose subject watches, reports or stops an event rather than doing it: "journalists
# covering a protest", "police dispersed the rally", "troops to prevent protests".
OBSERVING = {"cover", "attend", "report", "witness", "watch", "film", "photograph", "document",
             "monitor", "disperse", "ban", "prohibit", "suppress", "crush", "quell", "prevent",
             "investigate", "survive", "flee", "escape", "avert", "forbid", "outlaw"}
# Verbs whose subject judges the act its object names: "condemned the attack on Israel",
# "welcomed the ceasefire", "rejected the proposal", "failed to condemn the attack" (the doer
# is someone else).
JUDGING = {"condemn", "denounce", "criticize", "criticise", "deplore", "decry", "slam", "blast",
           "welcome", "praise", "hail", "applaud", "commend", "reject", "dismiss", "blame",
           "mourn", "regret", "lament"}
QUANTITIES = {"thousand", "hundred", "dozen", "million", "billion", "number", "batch", "tonne",
              "ton", "score", "lot", "shipment", "consignment", "convoy", "wave", "round",
              "part", "portion", "phase",  # "signed the first part of the agreement"
              "series", "string", "spate", "barrage", "volley", "salvo", "package",
              # durations measure an event too: "held four days of talks", "weeks of protests"
              "day", "week", "month", "year", "hour", "night"}
DURATIONS = {"hour", "day", "week", "month"}
# Where a target hides when the entry names none: "recalled its envoy from Qatar".
DEFAULT_PREPS = ("on", "against", "to", "with", "from", "at", "for", "toward", "towards", "into",
                 "near", "along")
# Participles whose agent did the act a noun names: "a bombing claimed by the Islamic State",
# "the deal signed by Greece and Egypt", "sanctions imposed by the EU", "a proposal put forward
# by Egypt" (not "a truce mediated by Qatar", nor "an attack condemned by the UN").
DOING = {"claim", "sign", "impose", "carry", "conduct", "launch", "stage", "propose", "put",
         "announce", "order", "reach", "adopt", "issue", "declare", "mount", "wage", "commit",
         "perpetrate", "initiate", "make", "table", "submit", "draft", "hand", "pass",
         "approve", "distribute", "deliver", "provide", "donate", "supply", "send", "fund"}
# Nouns whose owner does the act of their infinitive: "Iran's decision to supply missiles".
DECISIONS = {"decision", "move", "step", "commitment", "pledge", "promise", "vow", "resolve",
             "determination", "refusal"}
# Verbs whose subject takes on the act in their to/on-phrase: "agreed to a truce", "agreed
# on a ceasefire", "committed to talks", "returned to negotiations", "resorted to force".
ASSENTING = {"agree", "consent", "commit", "return", "resort", "accede", "sign"}
# Verbs of trade: the lexicon codes them ("bought jets from France"), so a verb governing them
# ("seeks to buy jets") is no appeal for the goods.
TRADING = {"buy", "purchase", "import", "sell", "export"}
OBJECT_CONTROL = {"force", "urge", "ask", "order", "call", "push", "press", "allow", "encourage",
                  "persuade", "invite", "compel", "pressure", "tell", "help", "enable",
                  "require", "demand", "warn", "instruct", "direct", "request", "appeal",
                  # causatives: "prompting Tokyo to warn residents", "led Spanish police to"
                  "prompt", "lead", "cause", "spur", "convince", "drive", "induce", "get"}


@dataclass(frozen=True, slots=True)
class Match:
    """How an entry matched a trigger: the object word and the clause it was found in."""

    entry: LexEntry
    obj: Token | None = None
    clause: Token | None = None  # the infinitive verb holding the object ("to impose sanctions")


def event_noun(tok: Token) -> bool:
    """A deverbal event noun ("killing", "release") rather than a thing or a person."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower().endswith(("ing", "tion", "sion", "ment"))


def particles(verb: Token) -> set[str]:
    """Particles of a phrasal verb; the small model labels some advmod/prep ("stepped down")."""
    out = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.head.i == verb.i and nxt.dep_ in ("advmod", "prep", "prt"):
        out.add(nxt.lower_)
    return out


def objects(tok: Token) -> list[tuple[Token, Token | None]]:
    """(object, clause verb or None): direct objects, then objects of an infinitive clause."""
    children = list(tok.children)  # walked once: each .children call rebuilds the Tokens
    direct = [c for c in children if c.dep_ in OBJ_DEPS]
    if reduced_passive(tok):
        direct.append(tok.head)  # "a prisoner exchange brokered by Qatar"
    direct += [g for c in direct for g in c.conjuncts]
    # "thousands of police", "hundreds of drones", "tonnes of aid": the measured noun
    direct += [g for c in direct if c.lemma_.lower() in QUANTITIES or c.pos_ == "NUM"
               for g in prep_objects(c, ("of",))]
    # "$15 million in cash", "$7 million in emergency relief": what the sum is paid in
    direct += [g for c in direct if c.pos_ == "NUM" and any(
        q.tag_ == "$" for q in c.children) for g in prep_objects(c, ("in",))]
    out: list[tuple[Token, Token | None]] = [(c, None) for c in direct]
    for clause in children:
        if clause.dep_ in CLAUSE_DEPS and clause.pos_ in ("VERB", "AUX"):
            out += [(c, clause) for c in clause.children if c.dep_ in OBJ_DEPS]
    out += [(s, clause) for clause in children if _infinitive_ccomp(clause)
            for s in clause.children if s.dep_ == "nsubj"]
    # "declared the envoy persona non grata": a small clause the parser heads with its noun
    out += [(c, c) for c in children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN")]
    # "gave the junta one week to restore the president": a span of time given
    out += [(c, None) for c in children if c.dep_ == "npadvmod"
            and c.lemma_.lower() in DURATIONS]
    return out + _noun_objects(tok)


def _infinitive_ccomp(clause: Token) -> bool:
    """"allowed aid agencies to fly food in": the small model makes the object of "allow"
    the subject of a to-infinitive ccomp; that subject is the verb's object all the same."""
    return clause.dep_ == "ccomp" and clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _noun_objects(tok: Token) -> list[tuple[Token, Token | None]]:
    """What an event noun is about: its of/for-phrases and the modifiers that tell its kind."""
    out: list[tuple[Token, Token | None]] = []
    if tok.pos_ in ("NOUN", "PROPN"):  # "the threat of sanctions", "demand for talks"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                out += [(g, None) for g in prep.children if g.dep_ == "pobj"]
        # a noun's modifiers tell its kind: "an air strike", "a drone strike", "a general
        # strike" (the lexicon's object column on noun entries)
        out += [(c, None) for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
    return out


def particle_objects(verb: Token, particle: str) -> list[tuple[Token, Token | None]]:
    """What a prepositional particle governs: "took to the streets" (object "street"), so an
    entry can tell it from "took to social media"; through "of" after "out" ("pulled out of
    the talks")."""
    heads = [c for c in verb.children if c.lower_ == particle and c.dep_ in (
        "prep", "prt", "advmod")]
    heads += [g for h in heads for g in h.children if g.dep_ == "prep" and g.lower_ == "of"]
    return [(g, None) for c in heads for g in c.children if g.dep_ == "pobj"]


def reduced_passive(verb: Token) -> bool:
    """"a deal brokered by Qatar": a participle on a noun, passive unless it has an object of
    its own (the small model also hangs "An Iranian court sentenced to death a protester"
    on "court", an active verb)."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(
        c.dep_ == "dobj" for c in verb.children)


def active_acl(verb: Token) -> bool:
    """A verb hung on the noun that does it: "an attack targeting his motorcade", "the court
    sentenced to death a protester" (a main verb the parser took for a modifier)."""
    return verb.dep_ == "acl" and (verb.tag_ in ("VBG", "VBD") or (  # a past tense is no
        verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)))  # modifier


def is_passive(verb: Token) -> bool:
    """Passive voice; also a participle with a by-agent the parser hung on a clause
    ("refused a proposal by Sudan, supported by Egypt")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or \
        reduced_passive(verb) or (verb.tag_ == "VBN" and any(
            c.dep_ == "agent" for c in verb.children))


def by_agent(tok: Token) -> Token | None:
    """The "by X" of a passive verb or an event noun, also when the parser hung it on the
    noun's of-phrase ("the arrest of a blogger by the police")."""
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if tok.pos_ == "NOUN":
        for of in prep_objects(tok, ("of",)):
            for c in of.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    return None


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the named prepositions under ``tok`` ("sanctions on Iran" -> Iran)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


@per_token
def subject_of(verb: Token) -> Token | None:
    """The actor doing ``verb``: its subject, or the controller up the clause chain."""
    tok = verb
    for _ in range(MAX_CLIMB):
        # Raising: "X is scheduled to meet": the passive subject of the governing verb.
        deps = SUBJ if tok is verb else (*SUBJ, "nsubjpass")
        # two subjects are a misparse: "KYIV, June 26 (Reuters) - Russian shelling killed" (the
        # dateline city), "some waving flags, and a group of protesters tried": the subject
        # next to the verb is the doer
        subj = min((c for c in tok.children if c.dep_ in deps), default=None,
                   key=lambda c: abs(c.i - tok.i))
        if subj is not None:
            subj = _fronted_participle(subj) or subj
            if subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                # "a faction that killed": the faction; "X and his counterpart Y, who met
                # Z": the phrase Y stands beside (with its conjuncts)
                return tok.head.head if tok.head.dep_ == "appos" else tok.head
            return subj
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in DECISIONS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "the government's decision to release", "the decision of the Council to extend":
            # the owner of the decision does it (a "bid" or "plan" to do it is only an aim)
            return next((c for c in tok.head.children if c.dep_ == "poss"), None) or next(
                iter(prep_objects(tok.head, ("of", "by"))), None)
        if active_acl(tok):
            return tok.head  # "an attack targeting his motorcade"
        if tok is verb:  # "Turkey massed tanks": the small model's npadvmod for a subject
            fronted = next((c for c in tok.lefts if c.dep_ == "npadvmod"
                            and c.pos_ == "PROPN" and c.ent_type_ not in TIME_ENTS), None)
            if fronted is not None:
                return fronted
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and \
                tok.head.head.pos_ in ("VERB", "AUX"):
            # "accused Kampala of harbouring rebels", "condemned Israel for killing farmers":
            # the object of the judging verb did the act
            obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.i < tok.i:
                return obj
        if tok.dep_ == "xcomp":
            head = tok.head
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.i < tok.i and head.lemma_ in OBJECT_CONTROL:
                return obj  # "forced X to resign": X resigns
            tok = head
            continue
        if tok.dep_ in ("conj", "advcl", "pcomp", "prep", "pobj", "dobj", "ccomp", "agent",
                        "acomp", "advmod") and tok.head is not tok:  # "stopped short of"
            tok = tok.head
            continue
        break
    return None


def _fronted_participle(subj: Token) -> Token | None:
    """"Meeting at a summit in Abuja, the bloc imposed sanctions": the parser takes the
    fronted participle for the subject and hangs the real one on it as an apposition."""
    participle = subj.tag_ == "VBG" or (subj.lower_.endswith("ing") and subj.is_sent_start)
    if not participle or subj.i > subj.head.i:  # (or a "Meeting" tagged a noun)
        return None
    appos = [t for t in subj.subtree if t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN")
             and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","]
    return appos[-1] if appos else None


def noun_sources(noun: Token, *, carrier: bool = True,
                 partners: tuple[str, ...] = ()) -> list[list[Token]]:
    """Candidates for the doer of an event noun, best first: "Iran's attack", "attack by X",
    "US strikes", "the killing of X in an American attack", or the subject of the verb that
    carries it ("Iran launched attacks")."""
    groups = [[c for c in noun.children if c.dep_ == "poss"]]
    agent = by_agent(noun)
    groups.append([agent] if agent is not None else [])
    # "a bombing claimed by the Islamic State": the claimant did it
    groups += [[a] for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in DOING
               and (a := by_agent(c)) is not None]
    groups.append([c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")
                   and c.pos_ in ("ADJ", "PROPN", "NOUN")])
    for prep in noun.children:  # "the killing of X in an American attack"
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "with") and \
                prep.lower_ not in partners:  # "talks with the president": the other side
            for g in prep.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    groups.append([c for c in g.children if c.dep_ in ("poss", "amod",
                                                                        "compound")])
                    groups.append([a] if (a := by_agent(g)) is not None else [])
    head = noun.head
    if not carrier:
        return groups
    if head.lemma_.lower() in OBSERVING | JUDGING or agent is not None:
        return groups  # "announced the killing of a woman by a rocket": the text says by what
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and head.pos_ in ("VERB", "AUX"):
        groups.append([s] if (s := subject_of(head)) is not None else [])
    elif noun.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.pos_ in (
            "VERB", "AUX") and (head.lower_ in ("with", "after", "by") or (
                head.lower_ in ("to", "on") and head.head.lemma_.lower() in ASSENTING) or (
                head.lower_ == "during" and prep_objects(noun, ("with", "to")))):
        # "pledged support during talks with X", "promised during a visit to Y": the speaker
        # took part; "during the war against X" is only a time
        groups.append([s] if (s := subject_of(head.head)) is not None else [])
    return groups


# Candidate argument tokens, best first: the first group that names actors wins.
Groups = list[list[Token]]
STOP: list[Token] = []  # a group that ends the search (identity-compared)


def _passive(verb: Token) -> bool:
    """Passive voice, also for a participle conjoined to a passive ("was captured and killed")."""
    if is_passive(verb):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head)


def verb_arguments(verb: Token, match: Match) -> tuple[Groups, Groups]:
    """Source and target candidates of a verb trigger under a lexicon match."""
    entry = match.entry
    if entry.undergo:  # "the convoy came under fire from the rebels": the rebels fire
        holders = [t for t in (verb, match.obj) if t is not None]
        subj = subject_of(verb)
        # "received Egyptian gas", "received aid distributed by the WFP": the giver
        owners = noun_sources(match.obj, carrier=False) if match.obj is not None else []
        return [*(prep_objects(h, entry.preps) for h in holders), *owners], [
            [subj] if subj else []]
    if _passive(verb) and not entry.passive:
        agent = by_agent(verb) or (by_agent(verb.head) if verb.dep_ == "conj" else None)
        sources = [[agent]] if agent is not None else []
        carrier = verb.head if verb.dep_ == "conj" and not is_passive(verb) else verb
        subj = [verb.head] if verb.dep_ == "acl" else [
            c for c in carrier.children if c.dep_ == "nsubjpass"]
        if agent is None and entry.symmetric:  # "a deal between X and Y was signed": X and Y
            sources = [between_parties(t)[:1] for t in subj]
        preps = [prep_objects(verb, entry.preps or DEFAULT_PREPS)]
        if entry.objects:  # "a $3 billion loan to Egypt was approved by the IMF"
            preps += [prep_objects(t, entry.preps or DEFAULT_PREPS) for t in subj]
        targets = [*preps, subj] if entry.objects else [subj, *preps]
        # "a proposal put forward by Egypt was rejected by Hamas": the proposal's author
        targets += [g for t in subj if t.pos_ == "NOUN" for g in noun_sources(t, carrier=False)]
        if entry.cameo.startswith(MEDIATION) and verb.dep_ == "acl":
            targets = [*preps, *_parties(verb.head)]
        return sources, targets
    subj = subject_of(verb)
    return ([[subj]] if subj is not None else []), _verb_targets(verb, match)


def _subordinate(clause: Token) -> bool:
    """"met on Monday after Hamas fired rockets": a clause introduced by a conjunction (after,
    as, because, while) is a circumstance, not the verb's content; its actors are no target.
    A condition is not: "may intervene unless the rebels withdraw" aims at the rebels."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in (
        "that", "if", "unless") for c in clause.children)


def between_parties(noun: Token) -> list[Token]:
    """The parties of "talks between X and Y", also when the parser hangs the between-phrase
    on a participle of the noun ("talks mediated by Norway between X and Y", "a ceasefire
    brokered by Egypt between X and Y")."""
    found = prep_objects(noun, ("between",))
    for acl in (c for c in noun.children if c.dep_ == "acl" and not found):
        found = prep_objects(acl, ("between",))
    return found


def _parties(noun: Token) -> Groups:
    """Who made the deal a mediator brokered: "talks between X and Y", or the subject of the
    verb that carries it ("X and Y swapped prisoners in an exchange mediated by Z",
    "X and Y signed a truce brokered by Z")."""
    groups: Groups = [prep_objects(noun, ("between",))]
    head = noun.head
    verb = head.head if noun.dep_ == "pobj" and head.dep_ == "prep" else head
    if noun.dep_ in ("dobj", "pobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        subj = subject_of(verb)
        groups.append([subj] if subj is not None else [])
    return groups


def _datives(verb: Token) -> list[Token]:
    """"gave the ambassador 72 hours", "gave it to Iran": the indirect object."""
    return [g for d in verb.children if d.dep_ == "dative"
            for g in ([d] if d.pos_ != "ADP" else d.children)]


def _verb_targets(verb: Token, match: Match) -> Groups:
    entry = match.entry
    dobj = [c for c in verb.children if c.dep_ == "dobj"]
    if dobj and dobj[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        # "the cleric whom Ankara blames", "a missile that the rebels fired towards Riyadh"
        dobj = [verb.head] if not entry.objects else []
    clause = match.clause or next((c for c in verb.children if c.dep_ in CLAUSE_DEPS
                                   and c.pos_ in ("VERB", "AUX") and not _subordinate(c)),
                                  None)
    groups: Groups = []
    if entry.objects:
        holders = [t for t in (match.clause, match.obj, verb) if t is not None]
        if match.obj is not None:  # "suspended aid and cooperation with Niger": the phrase
            if match.obj.dep_ == "conj":  # may hang on the first conjunct, or another one
                holders.insert(2, match.obj.head)
            holders += [c for c in match.obj.conjuncts if c not in holders]
        if entry.preps:
            groups += [prep_objects(h, entry.preps) for h in holders]
        obj = match.obj
        if obj is not None:  # "released Iran's prisoners", "the release of X"
            owner = [c for c in obj.children if c.dep_ == "poss"]
            if not event_noun(obj):  # "investigate the killing of X": X is not the target
                owner += prep_objects(obj, ("of",))
                owner += [a] if (a := by_agent(obj)) is not None else []  # "a proposal by X"
            groups.append(owner)
            if not is_passive(verb):  # "refused a proposal by Sudan", the parser's attachment
                groups.append(prep_objects(verb, ("by",)))
            groups.append([obj])  # "expelled the Venezuelan ambassador": the envoy's state
        # "urged Iran to free ...", "declared X persona non grata", "gave the junta a week"
        groups.append([d for d in dobj if d is not obj] + _datives(verb) + [
            c for c in (match.clause.children if match.clause is not None else ())
            if c.dep_ == "nsubj" and c is not obj])
        if obj is None and match.clause is not None:  # "refused to release the crew"
            groups.append([c for c in match.clause.children if c.dep_ == "dobj"])
        # "imposed sanctions over Iran's supplies of drones to Russia": the doer of the act
        # the measure answers, before the places and partners that act names
        groups.append([c for h in holders for r in prep_objects(h, ("over",))
                       for c in r.children if c.dep_ == "poss"])
        groups += [prep_objects(h, DEFAULT_PREPS) for h in holders]
        return groups
    if entry.preps:
        groups.append(prep_objects(verb, entry.preps))
        groups += [prep_objects(d, entry.preps) for d in dobj]
    groups.append(dobj)
    # "struck targets near Damascus": a place's state is the target of an attack on it
    groups.append([g for d in dobj for g in prep_objects(d, LOCATIVE)])
    # "struck tanks of Gaddafi's forces": whose the object is, when the object itself names
    # no one but the doer's side
    groups.append([g for d in dobj for g in prep_objects(d, ("of",))])
    if dobj:  # the verb acts on this object; if it names no actor there is no target
        groups.append(STOP)
        return groups
    groups.append(_datives(verb))
    if verb.lemma_.lower() in JUDGING | {"reject", "dismiss", "brand", "label", "describe"}:
        # "denounced as 'hostile' the EU's decision": the parser takes the shifted object
        # for the object of "as"
        groups.append(prep_objects(verb, ("as",)))
    if clause is not None:  # "demanded X investigate", "refused to release the crew"
        groups.append([c for c in clause.children if c.dep_ in ("nsubj", "dobj")])
        groups.append(prep_objects(clause, DEFAULT_PREPS))
        # "agreed to speed up visa-free travel for Turkish citizens"
        groups.append([g for c in clause.children if c.dep_ == "dobj"
                       for g in prep_objects(c, DEFAULT_PREPS)])
    groups.append(prep_objects(verb, DEFAULT_PREPS))
    return groups


def noun_arguments(noun: Token, match: Match, *, carrier: bool = True
                   ) -> tuple[Groups, Groups]:
    if noun.dep_ == "dobj" and noun.head.lemma_ in DRAWING:
        critics = prep_objects(noun, ("from",)) or prep_objects(noun.head, ("from",)) or \
            prep_objects(noun, ("of",))  # "won the backing of the Security Council"
        if critics:  # "the strike drew condemnation from Beirut"
            subj = subject_of(noun.head)
            if subj is None:
                return [critics], []
            # the doer of the act that drew it ("the killing ... in an Israeli strike"), else
            # the subject itself ("Brazil's president drew a protest from Israel")
            return [critics], [*noun_sources(subj, carrier=False), [subj]]
    between = between_parties(noun)
    if between:  # "talks between Cairo and Ankara", "a truce brokered by Z between X and Y"
        first = between[0]
        return [[first]], [list(first.conjuncts), prep_objects(noun, ("with",))]
    preps = match.entry.preps or ("on", "against", "to", "with", "of")
    # "the suspension of gas supplies to Ukraine", "the closure of crossings with Colombia":
    # the target hangs on what the event noun acts on
    nested = [g for of in prep_objects(noun, ("of",)) for g in prep_objects(
        of, ("to", "with", "on", "against", "into"))]
    sources = noun_sources(noun, carrier=carrier, partners=match.entry.preps)
    if carrier and match.entry.symmetric:
        sources += _bound_parties(noun)
    # "affirmed its full support to the efforts of Morocco": the phrase hangs on the verb
    carried = prep_objects(noun.head, (*preps, "to", "for")) if noun.dep_ == "dobj" and \
        noun.head.pos_ in ("VERB", "AUX") else []
    return sources, [prep_objects(noun, preps), prep_objects(noun, DEFAULT_PREPS), nested,
                     _infinitive_targets(noun), _visited(noun, match), carried]


def _visited(noun: Token, match: Match) -> list[Token]:
    """"Israel announced new settlements during a visit by Joe Biden": a visit by X that names
    no destination is paid to the doer of the clause it is set in."""
    head = noun.head
    if not match.entry.cameo.startswith(VISITS) or by_agent(noun) is None or \
            noun.dep_ != "pobj" or head.lower_ not in ("during", "on", "at") or \
            head.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = head.head
    subj = subject_of(verb)
    if subj is None and verb.dep_ == "acl" and verb.head.head.pos_ in ("VERB", "AUX"):
        subj = subject_of(verb.head.head)  # "announced plans to build homes during a visit"
    return [subj] if subj is not None else []


def _infinitive_targets(noun: Token) -> list[Token]:
    """"Kenya's offer to lead a mission to Haiti", "a threat to cut gas to Moldova": the act a
    noun's to-infinitive names is aimed at its object or to/on/against-phrase."""
    return [g for acl in noun.children if acl.dep_ == "acl" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in acl.children)
        for g in [*(c for c in acl.children if c.dep_ == "dobj"),
                  *prep_objects(acl, DEFAULT_PREPS)]]


def _bound_parties(noun: Token) -> Groups:
    """"both countries would pull their troops back under a truce": who acts under a truce,
    deal or agreement is bound by it, so is one of its parties (only reciprocal nouns: "under
    pressure from X" names no party of the pressure); who is brought "for talks" holds them."""
    head = noun.head
    if noun.dep_ != "pobj" or head.head.pos_ not in ("VERB", "AUX"):
        return []
    if head.lower_ == "for":  # "Egypt is to host Israeli and Hamas negotiators for talks"
        return [[c for c in head.head.children if c.dep_ == "dobj"]]
    subj = subject_of(head.head) if head.lower_ == "under" else None
    return [[subj]] if subj is not None else []


def several_doers(tok: Token) -> bool:
    """"Egyptian and Greek warships held exercises": more than one doer, so a reciprocal
    frame fits better than a one-sided one."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head  # "X and Y launched joint patrols": the doers of the carrying verb
    subj = subject_of(tok) if tok.pos_ in ("VERB", "AUX") else None
    if subj is None:
        return False
    return bool(subj.conjuncts) or any(c.dep_ == "amod" and c.conjuncts for c in subj.children) \
        or any(g.conjuncts for g in prep_objects(subj, ("of",)))  # "the presidents of X and Y"


def _own_frame(clause: Token | None) -> bool:
    """"seeks to buy 40 jets from Washington": an infinitive that is a trade of its own is
    not what a request or promise is for (a purchase, not an appeal for military aid)."""
    return clause is not None and clause.lemma_.lower() in TRADING


FUTURE_AUX = {"will", "would", "'ll", "shall"}


def future_modal(verb: Token) -> bool:
    """"Tehran would respond", "we will retaliate": an act announced for the future."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def infinitives(verb: Token) -> list[Token]:
    """The verbs of a verb's to-infinitives: "ordered the envoy to leave", "gave him 72 hours
    to leave", "refused to release the crew" (an entry's object "to-leave" names one)."""
    return [c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _aside(prep: Token) -> bool:
    """"for his part", "for its part": a phrase that frames the speaker, not the verb's
    preposition ("called for", "pushed for")."""
    return prep.lower_ == "for" and any(g.lemma_.lower() == "part" for g in prep.children
                                        if g.dep_ == "pobj")


def choose_entry(tok: Token, entries: list[LexEntry], *, strict_preps: bool = False
                 ) -> Match | None:
    """The most specific entry whose conditions hold for this trigger. With ``strict_preps``
    (support verbs such as "call"), an entry that names prepositions needs one of them."""
    # each condition of the parse is read only if some entry asks for it
    needs = entries if isinstance(entries, Entries) else Entries(entries)
    verbal = tok.pos_ in ("VERB", "AUX")
    parts = particles(tok) if verbal and needs.particle else set()
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "agent", "dative")
             and not _aside(c)} if needs.preps else set()
    passive = verbal and needs.passive and is_passive(tok)
    has_particle_entry = bool(parts) and any(e.particle in parts for e in entries if e.particle)
    mutual = needs.symmetric and several_doers(tok)
    keyed = [(o, c, o.lemma_.lower(), o.lower_) for o, c in objects(tok)] if needs.objects \
        else []  # read once, not per entry
    infs: list[tuple[Token, str]] | None = None
    best, best_score = None, -99
    for e in entries:
        if e.particle and e.particle not in parts:
            continue
        if not e.particle and has_particle_entry:
            continue
        if e.passive and not passive:
            continue
        if e.future and not future_modal(tok):
            continue
        if strict_preps and e.preps and not e.objects and not set(e.preps) & preps:
            continue
        obj = clause = None
        if e.objects:
            pool = keyed + [(o, c, o.lemma_.lower(), o.lower_) for o, c in particle_objects(
                tok, e.particle)] if e.particle else keyed
            hit = next(((o, c) for o, c, lemma, lower in pool if (
                lemma in e.objects or lower in e.objects) and not _own_frame(c)), None)
            if hit is None:  # "ordered the envoy to leave": an object "to-leave"
                if infs is None:
                    infs = [(v, f"to-{v.lemma_.lower()}") for v in infinitives(tok)]
                hit = next(((None, v) for v, key in infs if key in e.objects), None)
            if hit is None:
                continue
            obj, clause = hit
        # A preposition frame counts only when its preposition is there ("strike against" is
        # a labour strike; "jets struck the base" is not).
        score = 4 * bool(e.objects) + 2 * bool(e.particle) + (
            (2 if set(e.preps) & preps else -1) if e.preps else 0) + 3 * (
                mutual and e.symmetric) + 2 * e.future \
            + (bool(e.objects) and obj is None)  # the infinitive's verb: "gave him a week to leave"
        if score > best_score:
            best, best_score = Match(e, obj, clause), score
    return best
