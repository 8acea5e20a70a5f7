"""The event lexicon (``data/lexicon.tsv``) and the coder's support words (``data/cues.tsv``).

Lexicon columns: id, cameo, pos (V|N), lemma, particle, object, prep, flags, example.
An entry fires on a trigger word with that lemma; ``particle`` and ``object`` must be present when
given; ``prep`` names the prepositions that introduce the target. The most specific entry wins.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from newsevents.errors import DataFileError
from newsevents.ontology import load_ontology
from newsevents.ontology.tables import read_tsv


@dataclass(frozen=True, slots=True)
class LexEntry:
    id: str
    cameo: str
    pos: str
    lemma: str
    particle: str = ""
    objects: frozenset[str] = frozenset()
    preps: tuple[str, ...] = ()
    symmetric: bool = False
    passive: bool = False
    attributive: bool = True  # False: not coded as "factions backed by Iran"
    armed: bool = False  # by armed forces or rebels an assault (190): "commandos raided"
    future: bool = False  # only with will/would: "Tehran would respond" (a threat)
    undergo: bool = False  # the subject suffers it, the prep names the doer: "came under fire from"
    where: str = ""

    @property
    def specificity(self) -> int:
        return 4 * bool(self.objects) + 2 * bool(self.particle) + bool(self.preps)


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    role: str
    kind: str


class Entries(list):
    """The entries of one trigger word, most specific first, and which conditions of the
    parse any of them reads (known once here, not worked out at every trigger)."""

    __slots__ = ("objects", "particle", "passive", "preps", "symmetric")

    def __init__(self, entries=()) -> None:
        super().__init__(entries)
        self.objects = any(e.objects for e in self)
        self.particle = any(e.particle for e in self)
        self.passive = any(e.passive for e in self)
        self.preps = any(e.preps for e in self)
        self.symmetric = any(e.symmetric for e in self)


_NONE = Entries()


class Lexicon:
    def __init__(self, entries: list[LexEntry], cues: list[Cue]) -> None:
        self.entries = entries
        grouped: dict[tuple[str, str], list[LexEntry]] = defaultdict(list)
        for e in entries:
            grouped[(e.pos, e.lemma)].append(e)
        self.index: dict[tuple[str, str], Entries] = {
            key: Entries(sorted(group, key=lambda e: -e.specificity))
            for key, group in grouped.items()}
        self.cues: dict[tuple[str, str], Cue] = {(c.kind, c.lemma): c for c in cues}

    def candidates(self, pos: str, lemma: str) -> Entries:
        return self.index.get((pos, lemma), _NONE)

    def cue(self, kind: str, lemma: str) -> Cue | None:
        return self.cues.get((kind, lemma))

    def codes(self) -> set[str]:
        return {e.cameo for e in self.entries}


def _data_dir() -> Path:
    return Path(str(resources.files("newsevents.events") / "data"))


def load_entries(path: Path) -> list[LexEntry]:
    onto = load_ontology()
    out, seen = [], set()
    for line, r in read_tsv(path):
        cameo = r.get("cameo", "").strip()
        if cameo not in onto:
            raise DataFileError(f"unknown CAMEO code {cameo!r} (codes are strings like '042')",
                                path=str(path), line=line)
        if r.get("pos") not in ("V", "N") or not r.get("lemma"):
            raise DataFileError("pos must be V or N and lemma is required",
                                path=str(path), line=line)
        if r["id"] in seen:
            raise DataFileError(f"duplicate id {r['id']!r}", path=str(path), line=line)
        seen.add(r["id"])
        flags = {f.strip() for f in r.get("flags", "").split(",") if f.strip()}
        out.append(LexEntry(
            id=r["id"], cameo=cameo, pos=r["pos"], lemma=r["lemma"].strip().lower(),
            particle=r.get("particle", "").strip().lower(),
            objects=frozenset(o.strip().lower() for o in r.get("object", "").split("|")
                              if o.strip()),
            preps=tuple(p.strip().lower() for p in r.get("prep", "").split("|") if p.strip()),
            symmetric="sym" in flags, passive="passive" in flags,
            attributive="noattr" not in flags, armed="armed" in flags,
            future="future" in flags, undergo="undergo" in flags,
            where=f"{path.name}:{line}"))
    return out


@cache
def load_lexicon() -> Lexicon:
    base = _data_dir()
    entries = load_entries(base / "lexicon.tsv")
    cues = [Cue(r["lemma"], r["role"], r["kind"]) for _, r in read_tsv(base / "cues.tsv")]
    return Lexicon(entries, cues)
