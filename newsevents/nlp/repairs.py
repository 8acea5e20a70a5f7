"""Repairs of parses the small English model gets wrong in a way that hides an actor."""

from __future__ import annotations

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token


def coordinated_owner(doc: Doc) -> Doc:
    """"Colombia's government and FARC rebels reached a deal": the parser makes the first
    conjunct a noun modifier of the second ("government" nmod of "rebels", "FARC" its conj)
    and hangs the possessive on the second, so the two doers read as one. Re-hang them as
    two coordinated nouns: "Colombia's government" and "FARC rebels"."""
    for noun in doc:
        first = _mangled_conjunct(noun)
        if first is None:
            continue
        second = next(c for c in first.children if c.dep_ == "conj")
        owner = next((c for c in noun.lefts if c.dep_ == "poss" and c.i < first.i), None)
        head, dep = noun.head, noun.dep_
        second.head, second.dep_ = noun, "compound"
        first.head = first if head.i == noun.i else head  # a root noun: the first is root
        first.dep_ = dep
        if owner is not None:  # "Colombia's" owns the first conjunct
            owner.head = first
        noun.head, noun.dep_ = first, "conj"
    return doc


def _mangled_conjunct(noun: Token) -> Token | None:
    """The nmod first conjunct of ``noun`` in "<owner>'s <first> and <second> <noun>"; the
    possessive that makes the first conjunct a noun phrase of its own is required."""
    if noun.pos not in (NOUN, PROPN):  # ids, not strings: this runs on every token of a parse
        return None
    for first in noun.lefts:
        if first.dep_ != "nmod" or first.pos_ != "NOUN":
            continue
        cc = [c for c in first.rights if c.dep_ == "cc" and c.lower_ == "and"]
        conj = [c for c in first.rights if c.dep_ == "conj" and c.i < noun.i]
        poss = [c for c in (*noun.lefts, *first.lefts) if c.dep_ == "poss" and c.i < first.i]
        if cc and conj and poss and conj[0].i == noun.i - 1:
            return first
    return None
