"""Which actors an event word points at: token -> actor mentions, looking into phrases ("the
headquarters of X", "his motorcade") and lists ("Saudi Arabia, the UAE and Egypt")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents.actors.mentions import Mention, parenthetical
from newsevents.actors.phrases import stranded

DESCEND_DEPS = ("appos", "poss", "compound", "amod", "nmod")


class ActorIndex:
    """Token -> actor mentions, descending into "the headquarters of X" and "his motorcade"."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention]) -> None:
        self.doc = doc
        self.by_token: dict[int, Mention] = {}
        self.covered: set[int] = set()
        self._found: dict[tuple[int, int], list[Mention]] = {}  # (token, depth) -> at()
        for m in mentions:
            for i in m.tokens or [m.head]:
                self.by_token.setdefault(i, m)
            self.by_token[m.head] = m
            if m.kind in ("org", "person", "country", "metonym"):
                self.covered.update(m.tokens or [m.head])

    def at(self, tok: Token, depth: int = 2) -> list[Mention]:
        """The actors ``tok`` points at (the mentions are final: each answer is kept, as the
        coder asks about the same words for every trigger of a sentence)."""
        found = self._found.get((tok.i, depth))
        if found is None:
            found = self._found[(tok.i, depth)] = self._at(tok, depth)
        return list(found)

    def _at(self, tok: Token, depth: int) -> list[Mention]:
        out: list[Mention] = []
        members = [tok, *tok.conjuncts]
        for t in list(members):  # "Saudi Arabia, the UAE, Bahrain and Egypt" (appos + conj)
            for c in t.children:
                m = self.by_token.get(c.i)
                if c.dep_ == "appos" and m is not None and m.kind in (
                        "country", "metonym", "org") and not parenthetical(c) and \
                        not stranded(t, c):
                    members += [c, *c.conjuncts]
        for t in dict.fromkeys(members):
            m = self.by_token.get(t.i)
            if m is not None and m.members:
                out.extend(m.members)
            elif m is not None and m.code:
                out.append(m)
            elif depth > 0 and t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                inside = self._inside(t, depth)
                # "representatives of the government and the rebels": every listed owner
                listed = len(inside) > 1 and all(actors_listed(self.doc, m) for m in inside)
                out.extend(inside if listed else inside[:1])
        unique: dict[int, Mention] = {}
        for m in out:
            unique.setdefault(id(m), m)
        return list(unique.values())

    def _inside(self, t: Token, depth: int) -> list[Mention]:
        """Actors inside a phrase: an apposition first, then an owner, then modifiers."""
        children = sorted((c for c in t.children if c.dep_ in DESCEND_DEPS or (
            c.dep_ == "prep" and c.lower_ == "of")),
            key=lambda c: DESCEND_DEPS.index(c.dep_) if c.dep_ in DESCEND_DEPS else 99)
        for c in children:
            if c.dep_ == "appos" and parenthetical(c):
                continue
            if c.dep_ == "prep":
                found = [m for g in c.children if g.dep_ == "pobj" for m in self.at(g, depth - 1)]
            else:
                found = self.at(c, depth - 1)
            if found:
                return found
        return []


def actors_listed(doc: Doc, m: Mention) -> bool:
    """Is this mention one item of a coordinated list ("X and Y")?"""
    tok = doc[m.head]
    return tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
