"""Actor mentions: what the actor stage hands to the event stage."""

from __future__ import annotations

from dataclasses import dataclass, field

# Nouns that, definite, refer back to an organisation: "the group", "the junta".
ORG_NOUNS = {"group", "organisation", "organization", "movement", "militia", "alliance", "bloc",
             "coalition", "faction", "junta", "council", "network", "outfit", "body", "union",
             "agency", "programme", "program"}
# Role nouns that name a body, not a person: "he" cannot refer to them, "it" can.
INSTITUTIONS = {
    "government", "ministry", "newspaper", "parliament", "department", "agency", "service",
    "council", "court", "army", "military", "police", "force", "authority", "administration",
    "cabinet", "office", "embassy", "committee", "commission", "party", "movement", "media",
    "company", "firm", "bank", "union", "organization", "organisation", "group", "faction",
    "militia", "regime", "state", "university", "school", "hospital", "church", "channel",
    "station", "network", "television", "radio", "press", "opposition", "junta", "navy",
    "guard", "legislature", "congress", "senate", "assembly", "coalition", "alliance",
    "leadership", "presidency", "command", "directorate", "bureau", "unit", "institution",
    "body", "board", "tribunal", "prosecution", "delegation", "team", "mission", "consulate",
    "kingdom", "republic", "country", "nation", "judiciary", "secretariat"}
COUNTRY_PREFIX_EXCEPTIONS = ("IGO", "IMG", "NGO", "NGM", "MNC", "INT", "UIS")


def country_of(code: str | None) -> str | None:
    """The state part of a code (IRQ for IRQGOV); None for IGOs and transnational groups."""
    if not code or len(code) < 3 or code[:3] in COUNTRY_PREFIX_EXCEPTIONS:
        return None
    return code[:3]


@dataclass(slots=True)
class Mention:
    """A noun phrase (or pronoun) that names an actor, and how it was resolved.

    ``code`` is None while unresolved. ``rule`` says which rule decided (kb, metonym, person,
    fuzzy, title, demonym, possessive, of, alias, pronoun, role) and ``entry`` the data line(s).
    """

    start: int
    end: int
    head: int
    text: str
    code: str | None = None
    name: str = ""
    rule: str = ""
    entry: str = ""
    kind: str = ""  # person, country, metonym, org, agent, adjective, pronoun, name
    plural: bool = False
    agent_entry: str = ""  # the role-noun entry ("prime minister") for alias matching
    agent_code: str = ""  # its agent code (GOV, MIL ...), joined to a country from context
    tokens: list[int] = field(default_factory=list)
    head_lemma: str = ""
    members: list[Mention] = field(default_factory=list)  # "the two countries" -> two actors
    # Other antecedents a pronoun could have, nearest first (used when the first makes no sense,
    # e.g. "X praised his role" where "his" is not X).
    alternatives: list[Mention] = field(default_factory=list)
    ref_kind: str = ""  # for a pronoun: the kind of its antecedent (org, person, country ...)

    @property
    def is_org(self) -> bool:
        return self.kind == "org" or self.ref_kind == "org"

    @property
    def resolved(self) -> bool:
        return self.code is not None

    @property
    def is_person(self) -> bool:
        if self.kind in ("person", "name"):
            return True
        return self.kind == "agent" and not self.plural and self.head_lemma not in INSTITUTIONS

    def resolve(self, code: str, *, rule: str, entry: str = "", name: str = "") -> None:
        self.code, self.rule, self.entry = code, rule, entry
        self.name = name or self.name or self.text


def join_role(owner: str, agent_code: str) -> str:
    """IRQ + GOV -> IRQGOV; IRQGOV + MIL -> IRQMIL; an IGO or group keeps its own code."""
    base = country_of(owner)
    if base is None:
        return owner
    if owner.endswith(agent_code):
        return owner
    return base + agent_code


def parenthetical(tok) -> bool:
    """Is this phrase in brackets ("(Iraqi News Agency)", "(Reuters)")? Credits, not actors of
    the sentence around them."""
    doc, edge = tok.doc, tok.left_edge.i
    return doc[edge].text in ("(", "[") or (edge > 0 and doc[edge - 1].text in ("(", "["))
