"""The actor knowledge base: states, organisations, armed groups, office holders
and sector titles, read once from the TSV files beside this module (and from
users' own files, which add to or override them)."""
from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from .._exceptions import DataError
from .._tsv import rows

DATA = Path(__file__).parent / "data"
ENTITY_FIELDS = ("name", "aliases", "country", "org", "sector", "role", "kind", "start", "end")
ENTITY_FILES = ("organisations.tsv", "groups.tsv", "leaders.tsv")
ARTICLES = ("the ", "The ")
# How alike (0-100, rapidfuzz's ratio) a person's name must be to a known full name to be taken for a
# variant spelling of it: one letter dropped or doubled in a name of a dozen letters or more
# ("Francois Mitterand" for "François Mitterrand"), not a letter changed ("Jose Sierra" is not "José Serra")
SPELLING_SCORE = 96
# letters that Unicode does not decompose into a base letter and a mark
PLAIN_LETTERS = str.maketrans({"Đ": "D", "đ": "d", "ı": "i", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss",
                               "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe"})


@dataclass(frozen=True)
class Entry:
    """One way of naming an actor, with the dates it held (for office holders)."""

    name: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: str = "state"  # state | person | organisation | group
    via: str = "name"  # name | adjective | capital | seat | alias
    start: date | None = None
    end: date | None = None

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Title:
    term: str
    sector: str
    role: str | None
    kind: str  # person | group | body


@dataclass
class KnowledgeBase:
    names: dict[str, list[Entry]] = field(default_factory=dict)  # surface form -> entries
    titles: dict[str, Title] = field(default_factory=dict)  # lower-case term -> title
    countries: dict[str, str] = field(default_factory=dict)  # alpha-3 -> short name

    def add(self, surface: str, entry: Entry, *, override: bool = False) -> None:
        """Name ``entry`` by ``surface``, and by the same without accents ("Lech Walesa" for
        "Lech Wałęsa"), as news copy often writes it."""
        surface = strip_article(surface.strip())
        if not surface:
            return
        for form in dict.fromkeys((surface, fold(surface))):
            entries = self.names.setdefault(form, [])
            if override:
                entries[:] = [e for e in entries if e.name != entry.name or e.kind != entry.kind]
                entries.insert(0, entry)
            elif entry not in entries:
                entries.append(entry)

    def lookup(self, surface: str, day: date | None = None, seen: Collection[str] = ()) -> Entry | None:
        """Return the best entry for a surface form on ``day``: one valid then, else the latest;
        among several, one whose country or organisation the article has already named
        ("Brussels" is the EU in a story about the EU, Belgium otherwise)."""
        entries = self.names.get(strip_article(surface))
        if not entries:
            return None
        valid = [e for e in entries if e.valid_on(day)]
        if not valid:
            return max(entries, key=lambda e: (e.end or date.max))
        return next((e for e in valid if (e.org or e.country) in seen), valid[0])

    def title(self, term: str) -> Title | None:
        return self.titles.get(term.lower())

    def similar_person(self, name: str, day: date | None = None) -> Entry | None:
        """The person known by a full name that ``name`` is a variant spelling of ("Francois
        Mitterand", "Abdelaziz Bouteflicka"): the same first word, the whole at least
        SPELLING_SCORE alike, and no second person as alike."""
        key = fold(name).lower()
        if len(key.split()) < 2:
            return None
        found = process.extract(key, self._full_names.get(key.split()[0], []), scorer=fuzz.ratio,
                                score_cutoff=SPELLING_SCORE, limit=None)
        people = {(e.name, e.country) for surface, _, _ in found for e in self.names[self._full_surface[surface]]}
        return self.lookup(self._full_surface[found[0][0]], day) if len(people) == 1 else None

    @cached_property
    def _full_surface(self) -> dict[str, str]:
        """Each person's name or alias of two words or more, folded and lower-cased -> as written."""
        return {fold(s).lower(): s for s, entries in self.names.items()
                if len(s.split()) > 1 and all(e.kind == "person" for e in entries)}

    @cached_property
    def _full_names(self) -> dict[str, list[str]]:
        """The folded full names of people by their first word."""
        out: dict[str, list[str]] = {}
        for key in self._full_surface:
            out.setdefault(key.split()[0], []).append(key)
        return out

    @cached_property
    def bodies_by_last_word(self) -> dict[str, list[Entry]]:
        """The international bodies named by two words or more, by the last word of the name
        ("Commission": the European Commission, the ECOWAS Commission, ...)."""
        out: dict[str, list[Entry]] = {}
        for surface, entries in self.names.items():
            *first, last = surface.split()
            for entry in entries if first else ():
                if entry.org and entry.kind == "organisation" and entry not in out.get(last, ()):
                    out.setdefault(last, []).append(entry)
        return out

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every name and (lower-cased) title: a span starting with any
        other word cannot match, so the matcher skips it."""
        return frozenset(s.split()[0] for s in self.names) | frozenset(t.split()[0] for t in self.titles)

    def load_entities(self, path: Path, *, override: bool = False) -> None:
        """Add the rows of an entity TSV file (the format users' --actors files share)."""
        for line, row in rows(path, ENTITY_FIELDS):
            try:
                entry = Entry(
                    name=row["name"], country=row["country"] or None, org=row["org"] or None,
                    sector=row["sector"] or None, role=row["role"] or None,
                    kind=row["kind"] or ("organisation" if row["org"] else "person"),
                    via="name",
                    start=date.fromisoformat(row["start"]) if row["start"] else None,
                    end=date.fromisoformat(row["end"]) if row["end"] else None,
                )
            except ValueError as exc:
                raise DataError(f"{path}:{line}: {exc} (dates are YYYY-MM-DD)") from None
            self.add(entry.name, entry, override=override)
            aliased = Entry(**{**entry.__dict__, "via": "alias"})
            for alias in filter(None, row["aliases"].split("|")):
                for form in un_spellings(alias):
                    self.add(form, aliased, override=override)


UN_PREFIXES = ("UN ", "U.N. ", "United Nations ")  # "the UN refugee agency", "the United Nations refugee agency"


def un_spellings(alias: str) -> list[str]:
    """An alias with each way copy writes the UN before it ("UN refugee agency" -> also "U.N. refugee
    agency", "United Nations refugee agency"); any other alias alone."""
    prefix = next((p for p in UN_PREFIXES if alias.startswith(p) and len(alias) > len(p)), None)
    if prefix is None:
        return [alias]
    rest = alias[len(prefix):]
    return list(dict.fromkeys([alias, *(p + rest for p in UN_PREFIXES)]))


def fold(text: str) -> str:
    """``text`` in plain ASCII letters: "Nguyễn Phú Trọng" -> "Nguyen Phu Trong", "Đỗ Mười" -> "Do Muoi"."""
    return unicodedata.normalize("NFKD", text.translate(PLAIN_LETTERS)).encode("ascii", "ignore").decode()


def strip_article(surface: str) -> str:
    for a in ARTICLES:
        if surface.startswith(a) and len(surface) > len(a):
            return surface[len(a):]
    return surface


def load_countries(kb: KnowledgeBase, path: Path) -> None:
    for _, row in rows(path, ("code", "name", "names", "adjectives", "capital", "seats")):
        code, name = row["code"], row["name"]
        kb.countries[code] = name
        for surface in [name, *row["names"].split("|")]:
            kb.add(surface, Entry(name=name, country=code, kind="state", via="name"))
        for surface in row["adjectives"].split("|"):
            kb.add(surface, Entry(name=name, country=code, kind="state", via="adjective"))
        for surface in [row["capital"], *row["seats"].split("|")]:
            kb.add(surface, Entry(name=name, country=code, sector="GOV", kind="state", via="capital"))


def load_titles(kb: KnowledgeBase, path: Path) -> None:
    for _, row in rows(path, ("term", "sector", "role", "kind")):
        kb.titles[row["term"].lower()] = Title(row["term"].lower(), row["sector"], row["role"] or None, row["kind"])


@lru_cache(maxsize=None)
def default_kb() -> KnowledgeBase:
    """Return the bundled knowledge base (loaded once)."""
    kb = KnowledgeBase()
    load_countries(kb, DATA / "countries.tsv")
    for name in ENTITY_FILES:
        kb.load_entities(DATA / name)
    load_titles(kb, DATA / "sectors.tsv")
    return kb


def knowledge_base(extra: tuple[str | Path, ...] = ()) -> KnowledgeBase:
    """Return the bundled knowledge base, with users' entity files added on top (read once
    per file version, not once per batch)."""
    if not extra:
        return default_kb()
    return _with_files(tuple((str(p), Path(p).stat().st_mtime) for p in extra))


@lru_cache(maxsize=8)
def _with_files(files: tuple[tuple[str, float], ...]) -> KnowledgeBase:
    base = default_kb()
    kb = KnowledgeBase({k: list(v) for k, v in base.names.items()}, dict(base.titles), dict(base.countries))
    for path, _ in files:
        kb.load_entities(Path(path), override=True)
    return kb
