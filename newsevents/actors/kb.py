"""The actor knowledge base: reviewable TSV files, loaded once, indexed by Aho-Corasick.

Files (in ``newsevents/actors/data`` and, when set, the user's ``kb_dir``; user rows win):

- ``countries.tsv``      code, iso3, names, adjectives, note   (one line a country)
- ``metonyms.tsv``       id, code, names, note                 (capitals and seats of power)
- ``organizations.tsv``  id, code, names, start, end, note     (IGOs, armed groups, parties)
- ``agents.tsv``         id, code, names, note                 (role nouns -> agent codes)
- ``people*.tsv``        id, code, names, start, end, note     (office holders and their terms)

``names`` is ``|``-separated; the first is the display name. Matching ignores case and treats
hyphens as spaces, except names in capitals (US, UN, IS), which match case-sensitively, and
role nouns written capitalised in ``agents.tsv`` ("General"), which match only when capitalised.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick

from newsevents.errors import DataFileError
from newsevents.ontology.tables import read_tsv

CODE_RE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_TRANS = str.maketrans({"-": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "\u2019": "'",
                        "\u2018": "'", "`": "'", "\u00a0": " ", "\n": " ", "\t": " ", "\r": " "})


# the same mapping as pairs: on a whole article, one str.replace per character is several
# times faster than str.translate (which looks each character up in a dict)
_PAIRS = tuple((chr(k), v) for k, v in _TRANS.items())


def normalize(text: str) -> str:
    """Lowercase, hyphens to spaces, curly to straight apostrophes; keeps every offset."""
    out = text
    for old, new in _PAIRS:  # no replacement is itself replaced: the order does not matter
        if old in out:
            out = out.replace(old, new)
    out = out.lower()
    # str.lower() can change length for a few characters (e.g. 'İ'); fall back char by char.
    if len(out) != len(text):
        out = "".join(c.translate(_TRANS).lower()[:1] or " " for c in text)
    return out


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """``normalize(name).strip()``, cached: coreference compares each name with every name
    before it, and names recur."""
    return normalize(name).strip()


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a knowledge file. ``id`` and ``where`` trace a decision to its data."""

    id: str
    code: str
    kind: str
    name: str
    start: str = ""
    end: str = ""
    where: str = ""

    def active(self, date: str | None) -> bool:
        if not date:
            return not self.end  # undated text: only current holders
        day = date[:10]
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


@dataclass(frozen=True, slots=True)
class Hit:
    """A knowledge-base name found in a text: character span and the entries it names."""

    start: int
    end: int
    entries: tuple[Entry, ...]

    @property
    def kind(self) -> str:
        return self.entries[0].kind


class KnowledgeBase:
    """All actor entries, a name automaton, and indexes for people by name and surname."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self._names: dict[str, list[tuple[str, bool]]] = defaultdict(list)  # norm -> [(id, cased)]
        self._automaton: ahocorasick.Automaton | None = None
        self.people_by_name: dict[str, list[str]] = defaultdict(list)
        self.surnames: dict[str, set[str]] = defaultdict(set)
        self._cased: dict[tuple[str, str], str] = {}
        self._named: dict[tuple[str, str], tuple[Entry, ...]] = {}  # (key, surface) -> entries

    # -- building ---------------------------------------------------------------------------
    def add(self, entry: Entry, names: list[str]) -> None:
        if entry.id in self.entries and self.entries[entry.id].where.split(":")[0] != \
                entry.where.split(":")[0]:
            self._drop(entry.id)  # a user file overrides a package row with the same id
        self.entries[entry.id] = entry
        for name in names:
            name = name.strip()
            if not name:
                continue
            key = normalize(name)
            # Acronyms (US, UN) match as written; so do agent titles written capitalised in
            # the data ("General" before a name, not "in general").
            cased = _is_acronym(name) if entry.kind != "agent" else name[:1].isupper()
            item = (entry.id, cased)
            if cased:
                self._cased[(entry.id, key)] = name.replace("-", " ")
            if item not in self._names[key]:
                self._names[key].append(item)
            if entry.kind == "person":
                self.people_by_name[key].append(entry.id)
                parts = key.split()
                if len(parts) >= 2:
                    self.surnames[parts[-1]].add(entry.id)
                    if len(parts) >= 3 and parts[-2] in {"al", "el", "bin", "ibn", "abu", "abdul",
                                                         "abdel", "de", "van", "von", "da"}:
                        self.surnames[" ".join(parts[-2:])].add(entry.id)
        self._automaton = None

    def _drop(self, entry_id: str) -> None:
        for key in list(self._names):
            self._names[key] = [it for it in self._names[key] if it[0] != entry_id]

    def automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            auto = ahocorasick.Automaton()
            for key, items in self._names.items():
                if items:
                    auto.add_word(key, (key, len(key)))
            auto.make_automaton()
            self._automaton = auto
            self._named.clear()
        return self._automaton

    # -- lookup -----------------------------------------------------------------------------
    def find(self, text: str) -> list[Hit]:
        """Every name in ``text`` on word boundaries, longest match first where they overlap."""
        norm = normalize(text)
        size = len(norm)
        hits: list[Hit] = []
        named = self._named
        for last, (key, length) in self.automaton().iter(norm):
            end = last + 1
            start = end - length
            # Most raw matches are inside words ("us" in "thus"): rejected first, cheaply.
            if (start and norm[start - 1].isalnum()) or (end < size and norm[end].isalnum()):
                continue
            if norm.endswith(("pro ", "anti "), 0, start):
                continue  # "pro-Iranian factions" are aligned with Iran, not Iranian
            surface = text[start:end]
            entries = named.get((key, surface))
            if entries is None:
                entries = self._named_as(key, surface)
            if entries:
                hits.append(Hit(start, end, entries))
        return _longest(hits)

    def _named_as(self, key: str, surface: str) -> tuple[Entry, ...]:
        """The entries a name written as ``surface`` can mean, memoised: names recur."""
        capital = surface != surface.lower()
        entries = []
        for entry_id, cased in self._names[key]:
            entry = self.entries[entry_id]
            if cased and surface.replace("-", " ") != self._cased[(entry_id, key)]:
                continue
            if entry.kind != "agent" and not capital:
                continue  # proper names need a capital: "turkey" the bird is not Turkey
            entries.append(entry)
        if len(self._named) > 200_000:  # bounded on a corpus of millions
            self._named.clear()
        self._named[(key, surface)] = out = tuple(entries)
        return out

    def people_named(self, name: str) -> list[Entry]:
        return [self.entries[i] for i in self.people_by_name.get(normalize(name), [])]


def _longest(hits: list[Hit]) -> list[Hit]:
    """Keep the longest names where hits overlap ("Saudi Arabia" over "Saudi")."""
    if not hits:
        return []
    taken = bytearray(max(h.end for h in hits))  # 1 where a kept name covers the character
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if 1 not in taken[hit.start:hit.end]:
            kept.append(hit)
            taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
    return sorted(kept, key=lambda h: h.start)


# -- loading ---------------------------------------------------------------------------------
def _split(names: str) -> list[str]:
    return [n.strip() for n in names.split("|") if n.strip()]


def _check_code(code: str, path: Path, line: int, *, agent: bool = False) -> None:
    if not CODE_RE.match(code):
        what = "agent code (GOV, MIL, ...)" if agent else "CAMEO actor code (IRQ, IRQGOV, ...)"
        raise DataFileError(f"{code!r} is not a {what}: use capital letters in groups of 3",
                            path=str(path), line=line)


def load_file(kb: KnowledgeBase, path: Path) -> None:
    """Add one knowledge file; its kind comes from its name."""
    stem = path.stem
    for line, row in read_tsv(path):
        where = f"{path.name}:{line}"
        if stem == "countries":
            code = row.get("code", "")
            _check_code(code, path, line)
            names = _split(row.get("names", ""))
            if not names:
                raise DataFileError("no names", path=str(path), line=line)
            kb.add(Entry(f"country.{code}", code, "country", names[0], where=where), names)
            adjs = _split(row.get("adjectives", ""))
            if adjs:
                kb.add(Entry(f"adj.{code}", code, "adjective", names[0], where=where), adjs)
            continue
        kind = {"metonyms": "metonym", "organizations": "org", "agents": "agent"}.get(
            stem, "person" if stem.startswith("people") else "")
        if not kind:
            raise DataFileError("unknown knowledge file: name it countries, metonyms, "
                                "organizations, agents or people*.tsv", path=str(path))
        code = row.get("code", "")
        _check_code(code, path, line, agent=kind == "agent")
        names = _split(row.get("names", ""))
        if not names or not row.get("id"):
            raise DataFileError("every row needs an id and names", path=str(path), line=line)
        kb.add(Entry(row["id"], code, kind, names[0], row.get("start", ""), row.get("end", ""),
                     where), names)


def _package_dir() -> Path:
    return Path(str(resources.files("newsevents.actors") / "data"))


def load_kb(user_dir: str | Path | None = None) -> KnowledgeBase:
    """The package files, then the user's (same formats; rows with an existing id replace it)."""
    return _load_kb(str(user_dir or ""))


@cache
def _load_kb(user_dir: str) -> KnowledgeBase:
    kb = KnowledgeBase()
    dirs = [_package_dir()] + ([Path(user_dir)] if user_dir else [])
    for d in dirs:
        if not d.is_dir():
            raise DataFileError("knowledge-base folder not found; check the kb_dir setting",
                                path=str(d))
        order = {"countries": 0, "metonyms": 1, "organizations": 2, "agents": 3}
        for path in sorted(d.glob("*.tsv"), key=lambda p: (order.get(p.stem, 4), p.name)):
            load_file(kb, path)
    kb.automaton()
    return kb
