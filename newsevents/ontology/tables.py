"""Load the ontology tables shipped in ``newsevents/ontology/data`` (built by scripts/)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from newsevents.errors import DataFileError

NO_EVENT = "none"
EVENT_MODES = ("actual", "planned", "intended", "negated", "hypothetical")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def makes_event(self) -> bool:
        """CAMEO 01 statements map to PLOVER "none" and make no event."""
        return self.plover != NO_EVENT


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad_class: int
    definition: str


def read_tsv(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a commented TSV file with their 1-based line numbers (for error messages)."""
    with path.open(encoding="utf-8") as fh:
        lines = [(n, ln) for n, ln in enumerate(fh, 1) if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise DataFileError("empty table", path=str(path))
    header = lines[0][1].rstrip("\n").split("\t")
    rows = []
    for n, ln in lines[1:]:
        cells = ln.rstrip("\n").split("\t")
        if len(cells) > len(header):
            raise DataFileError(f"{len(cells)} columns, header has {len(header)}",
                                path=str(path), line=n)
        cells += [""] * (len(header) - len(cells))
        rows.append((n, dict(zip(header, cells, strict=True))))
    return rows


class Ontology:
    """Lookup of CAMEO codes and PLOVER types; build it with :func:`load_ontology`."""

    def __init__(self, codes: dict[str, CameoCode], types: dict[str, PloverType],
                 modes: dict[str, list[str]]) -> None:
        self.codes = codes
        self.types = types
        self.modes = modes

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> CameoCode:
        if not isinstance(code, str):
            raise TypeError(f"CAMEO codes are strings ('042'), got {code!r}")
        try:
            return self.codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def plover(self, code: str) -> str:
        return self[code].plover


def _data_dir() -> Path:
    return Path(str(resources.files("newsevents.ontology") / "data"))


@cache
def load_ontology() -> Ontology:
    """Read the tables once per process."""
    base = _data_dir()
    codes: dict[str, CameoCode] = {}
    path = base / "cameo.tsv"
    for n, r in read_tsv(path):
        try:
            codes[r["code"]] = CameoCode(r["code"], r["name"], float(r["goldstein"]),
                                         int(r["quad_class"]), r["plover"], r["plover_mode"])
        except ValueError as exc:
            raise DataFileError(f"bad number ({exc})", path=str(path), line=n) from exc
    types = {r["type"]: PloverType(r["type"], int(r["quad_class"]), r["definition"])
             for _, r in read_tsv(base / "plover_types.tsv")}
    modes: dict[str, list[str]] = {}
    for _, r in read_tsv(base / "plover_modes.tsv"):
        modes.setdefault(r["type"], []).append(r["mode"])
    return Ontology(codes, types, modes)
