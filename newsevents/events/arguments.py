"""Who did it and to whom: the source and target tokens of a trigger in the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.lexicon import LexEntry, Lexicon

SUBJ = ("nsubj", "csubj")
MAX_CLIMB = 5


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl")


def by_agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
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


def subject_of(verb: Token, lexicon: Lexicon) -> Token | None:
    """The actor doing ``verb``: its subject, or the controller up the clause chain."""
    tok = verb
    for _ in range(MAX_CLIMB):
        subj = next((c for c in tok.children if c.dep_ in SUBJ), None)
        if subj is not None:
            if subj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                return tok.head  # "a faction that killed": the faction
            return subj
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return tok.head  # "an attack targeting his motorcade"
        if tok.dep_ == "xcomp":
            head = tok.head
            obj = next((c for c in head.children if c.dep_ in ("dobj",)), None)
            if obj is not None and obj.i < tok.i and _object_control(head):
                return obj  # "forced X to resign": X resigns
            tok = head
            continue
        if tok.dep_ in ("conj", "advcl", "pcomp", "prep", "pobj", "dobj", "ccomp") \
                and tok.head is not tok:
            tok = tok.head
            continue
        break
    return None


def _object_control(verb: Token) -> bool:
    return verb.lemma_ in {"force", "urge", "ask", "order", "call", "push", "press", "allow",
                           "encourage", "persuade", "invite", "compel", "pressure", "tell",
                           "help", "enable", "require", "demand"}


def noun_source(noun: Token, lexicon: Lexicon) -> Token | None:
    """The doer of an event noun: "Iran's attack", "US strikes", "attack by X", or the subject
    of the verb that carries it ("Iran launched attacks")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    agent = by_agent(noun)
    if agent is not None:
        return agent
    for c in noun.lefts:
        if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN", "NOUN"):
            return c
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, lexicon)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("with", "after", "by") \
            and head.head.pos_ in ("VERB", "AUX"):
        return subject_of(head.head, lexicon)
    return None


def verb_arguments(verb: Token, entry: LexEntry, lexicon: Lexicon) -> tuple[list[Token],
                                                                            list[Token]]:
    """Source and target tokens of a verb trigger under ``entry``."""
    if is_passive(verb) and not entry.passive:
        sources = [a] if (a := by_agent(verb)) is not None else []
        if verb.dep_ == "acl":
            targets = [verb.head]
        else:
            targets = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not targets and entry.preps:
            targets = prep_objects(verb, entry.preps)
        return sources, targets
    subj = subject_of(verb, lexicon)
    sources = [subj] if subj is not None else []
    targets: list[Token] = []
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if entry.preps:
        targets = prep_objects(verb, entry.preps)
        if not targets and dobj is not None:
            targets = prep_objects(dobj, entry.preps)
    if not targets and dobj is not None and not entry.objects:
        targets = [dobj]
    if not targets:
        dative = [c for c in verb.children if c.dep_ == "dative"]
        targets = [g for d in dative for g in ([d] if d.pos_ != "ADP" else d.children)]
    if not targets:  # "demanded X investigate": the subject of the complement
        comp = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
        if comp is not None:
            targets = [c for c in comp.children if c.dep_ == "nsubj"]
    return sources, targets


def noun_arguments(noun: Token, entry: LexEntry, lexicon: Lexicon) -> tuple[list[Token],
                                                                           list[Token]]:
    src = noun_source(noun, lexicon)
    preps = entry.preps or ("on", "against", "to", "with", "of")
    targets = prep_objects(noun, preps)
    if src is not None and src in targets:
        targets.remove(src)
    return ([src] if src is not None else []), targets
