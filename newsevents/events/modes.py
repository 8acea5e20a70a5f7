"""Event mode from the words around the trigger: actual, planned, intended, negated,
hypothetical."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.lexicon import Lexicon

# When several cues fire, the strongest wins: "will not attack" is negated.
PRIORITY = ("negated", "hypothetical", "intended", "planned")
CLIMB_DEPS = {"xcomp", "ccomp", "advcl", "pcomp", "dobj", "pobj", "prep", "conj", "nsubj",
              "nsubjpass", "acl", "relcl", "attr", "oprd",
              "acomp"}  # "would be ready to resume talks": the cue is on "be"


def governors(trigger: Token, limit: int = 4) -> list[Token]:
    """The trigger and the words that govern it up to the clause that holds it."""
    chain = [trigger]
    tok = trigger
    for _ in range(limit):
        if tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i:
            break
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ccomp", "relcl", "conj", "advcl",
                                                       "acl"):
            break  # a clause of its own: "X, who welcomed ..., is seeking to ..."
        tok = tok.head
        chain.append(tok)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ROOT", "ccomp", "relcl", "conj"):
            break
    return chain


def event_mode(trigger: Token, lexicon: Lexicon) -> tuple[str, str]:
    """(mode, cue word) for an event triggered by ``trigger``."""
    found: dict[str, str] = {}
    chain = governors(trigger)
    for i, tok in enumerate(chain):
        if i > 0 and tok.pos_ in ("VERB", "AUX"):
            cue = lexicon.cue("lemma", tok.lemma_.lower())
            if cue and cue.role != "light":
                found.setdefault(cue.role, tok.text)
            if tok.lemma_ == "be" and chain[i - 1].dep_ == "xcomp" and _is_to_infinitive(
                    chain[i - 1]):
                found.setdefault("planned", tok.text)  # "is to visit"
        for child in tok.children:
            lemma = child.lemma_.lower()
            if child.dep_ == "neg" or (child.dep_ == "det" and lemma == "no"):
                found.setdefault("negated", child.text)
            elif child.dep_ == "aux":
                cue = lexicon.cue("aux", lemma)
                if cue:
                    found.setdefault(cue.role, child.text)
            elif child.dep_ == "mark":
                cue = lexicon.cue("mark", lemma)
                if cue:
                    found.setdefault(cue.role, child.text)
            elif child.dep_ == "amod" and tok.pos_ == "NOUN":
                cue = lexicon.cue("amod", lemma)
                if cue:
                    found.setdefault(cue.role, child.text)
    for role in PRIORITY:
        if role in found:
            return role, found[role]
    return "actual", ""


def _is_to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
