"""Noun-phrase helpers over the spaCy parse, shared by the phrase rules of the resolver."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents.actors.kb import Entry, Hit
from newsevents.actors.mentions import Mention, parenthetical

PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them",
            "their", "theirs", "themselves", "it", "its", "itself"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "nummod", "quantmod", "det", "predet", "punct",
                 "npadvmod", "case"}
FORMER = {"former", "ex", "late", "then", "outgoing", "ousted", "deposed", "previous"}
# Plural nouns that, with a number, name actors mentioned before ("the two countries").
GROUP_NOUNS = {"country", "nation", "state", "side", "party", "leader", "government", "power",
               "neighbour", "neighbor", "capital", "president", "minister", "rival", "ally"}
# "X-backed Y": participles that name Y's sponsor, not Y ("a Saudi-led coalition" is led, and
# coded, by Saudi Arabia).
SPONSORING = {"backed", "sponsored", "funded", "supported", "brokered", "mediated", "allied",
              "aligned", "armed", "trained", "installed"}
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3}


def member(group: Mention, code: str, rule: str, entry: str) -> Mention:
    """One actor of a listed group ("Armenian and Azerbaijani troops" -> ARMMIL, AZEMIL)."""
    one = Mention(group.start, group.end, group.head, group.text, kind="agent",
                  plural=True, tokens=group.tokens, head_lemma=group.head_lemma)
    one.resolve(code, rule=rule, entry=entry)
    return one


def partisan(doc: Doc, i: int) -> bool:
    """"pro-Russian separatists", "anti-American militias": a sympathy, not a nationality;
    "Turkish-backed rebels", "an EU-brokered deal": a sponsor, not the phrase's actor."""
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("pro", "anti"):
        return True
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in SPONSORING


def group_size(head: Token) -> int:
    """2 for "the two countries" / "both sides", 3 for "the three Gulf states"; else 0."""
    if head.lemma_.lower() not in GROUP_NOUNS or head.tag_ not in ("NNS", "NNPS"):
        return 0
    if any(c.lower_ in ("other", "more", "further") for c in head.children):
        return 0  # "Saudi Arabia and three other states": new, unnamed actors
    for c in head.children:
        word = c.lower_
        if c.dep_ in ("nummod", "det", "predet", "quantmod") and word in NUMBERS:
            return NUMBERS[word]
    return 0


def pick(entries: Iterable[Entry], date: str | None) -> Entry:
    """The entry in force on ``date``: dated entries first ("Taliban" after 2021 is AFGGOV)."""
    entries = list(entries)
    dated = [e for e in entries if (e.start or e.end) and e.active(date)]
    undated = [e for e in entries if not (e.start or e.end)]
    return (dated or undated or entries)[0]


def hit_tokens(doc: Doc, hits: list[Hit]) -> set[int]:
    out: set[int] = set()
    for hit in hits:
        span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span)
    return out


def is_np_head(tok: Token, tok_hit: dict[int, Hit], hit_head: dict[int, int]) -> bool:
    if tok.pos_ == "PRON":
        return tok.lower_ in PRONOUNS
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "X"):
        return False
    if tok.pos_ == "ADJ" and (tok.i not in tok_hit or tok.dep_ in ("amod", "compound")):
        return False
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.i > tok.i:
        return False
    hit = tok_hit.get(tok.i)
    if hit is not None:  # a multi-token name is headed by its token whose head is outside it
        return hit_head.get(id(hit)) == tok.i
    return True


def former(head: Token) -> bool:
    return any(t.lower_ in FORMER for t in head.doc[max(head.left_edge.i, head.i - 6):head.i])


def np_tokens(head: Token) -> list[int]:
    toks = {head.i}
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS or child.dep_ == "poss":
            toks.update(t.i for t in child.subtree)
    # a multi-token name whose head is not its last token ("Secretary of State")
    ordered = sorted(toks)
    while ordered and head.doc[ordered[0]].dep_ in ("det", "predet", "punct"):
        ordered.pop(0)
    return ordered or [head.i]


def merge_appositions(doc: Doc, mentions: dict[int, Mention]) -> None:
    """"Allawi, the finance minister" / "the minister, Ali Allawi": one actor, best evidence."""
    for m in list(mentions.values()):
        head = doc[m.head]
        for child in head.children:
            if child.dep_ != "appos" or child.i not in mentions:
                continue
            if parenthetical(child):
                continue  # "(Iraqi News Agency)" is a credit, not a title
            if stranded(head, child):
                continue
            other = mentions[child.i]
            share(m, other)


def stranded(head: Token, appos: Token) -> bool:
    """"Niger's junta refused to let a delegation of ECOWAS, the African Union ...": an
    apposition the parser hung on a head across its verb is none."""
    inside = {t.i for t in head.subtree}
    return any(i not in inside for i in range(head.i + 1, appos.left_edge.i))


LISTABLE = {"country", "metonym", "org"}


def share(a: Mention, b: Mention) -> None:
    rank = {"kb": 5, "fuzzy": 4, "title": 3, "demonym": 3, "possessive": 3, "of": 3}
    ra, rb = rank.get(a.rule, 0) if a.code else -1, rank.get(b.rule, 0) if b.code else -1
    best, other = (a, b) if ra >= rb else (b, a)
    if best.code is None:
        return
    if a.code and b.code and a.code != b.code and a.kind in LISTABLE and b.kind in LISTABLE:
        return  # "Saudi Arabia, the UAE, Bahrain and Egypt": a list, not an apposition
    if best.kind == "agent" and other.kind == "name":
        other.resolve(best.code, rule="title", entry=best.entry, name=other.name)
        best.name = other.name
        return
    other.resolve(best.code, rule=best.rule, entry=best.entry, name=best.name)
    other.kind = best.kind if best.kind == "person" else other.kind
