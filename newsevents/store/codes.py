"""Code crosswalks for exports: CAMEO country codes to ISO/FIPS/COW, actor codes split into parts.

Data files in ``store/data`` are built by ``scripts/build_layouts.py`` from published tables.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

INTERNATIONAL = {"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"}
# Roles that Phoenix keeps in its "role" column; the others are attributes.
PHOENIX_ROLES = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS",
                 "CRM", "CVL"}


def _rows(name: str) -> list[dict[str, str]]:
    text = (resources.files("newsevents.store") / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")),
                               delimiter="\t"))


@dataclass(frozen=True, slots=True)
class Country:
    cameo: str
    iso3: str
    iso2: str
    fips: str
    cow: str
    name: str


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """By CAMEO code and by ISO alpha-3 (they agree for almost every state)."""
    out: dict[str, Country] = {}
    for r in _rows("country_codes.tsv"):
        c = Country(r["cameo"], r["iso3"], r["iso2"], r["fips"], r["cow"], r["name"])
        out.setdefault(c.cameo, c)
        if c.iso3:
            out.setdefault(c.iso3, c)
    return out


@lru_cache(maxsize=1)
def role_labels() -> dict[str, str]:
    """Role/sector codes (GOV, MIL, BUS ...) and their labels; organisations are not roles."""
    return {r["code"]: r["label"] for r in _rows("actor_codes.tsv")
            if "role" in r["category"] or "party" in r["category"]}


@lru_cache(maxsize=1)
def layouts() -> dict[str, list[str]]:
    """Column names in published order, per export schema."""
    out: dict[str, list[tuple[int, str]]] = {}
    for r in _rows("layouts.tsv"):
        out.setdefault(r["schema"], []).append((int(r["index"]), r["column"]))
    return {k: [name for _, name in sorted(v)] for k, v in out.items()}


@dataclass(frozen=True, slots=True)
class ActorParts:
    """A CAMEO actor code in parts: "IRQGOV" -> country IRQ, roles [GOV]."""

    code: str
    country: str | None
    group: str | None
    roles: list[str]

    @property
    def entity(self) -> str | None:
        return self.country or (self.code[:3] if self.code[:3] in INTERNATIONAL else None)


@lru_cache(maxsize=4096)
def split_actor(code: str | None) -> ActorParts | None:
    if not isinstance(code, str) or not code:  # None, or NaN from a DataFrame
        return None
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = chunks[0] if chunks[0] in countries() else None
    group = None
    rest = chunks[1:]
    if chunks[0] in INTERNATIONAL and rest and rest[0] not in role_labels():
        group, rest = rest[0], rest[1:]
    roles = [c for c in rest if c in role_labels()]
    return ActorParts(code, country, group, roles)
