"""Cross-article merging: the reports of one happening become one event.

Two reports are of one happening when

- they have the same PLOVER type and modality;
- their parties overlap: the country and organisation codes of both sides, plus the
  surnames of the people named (so "Gebremariam" links two reports even when one
  article's coder did not resolve her country), or the place's country when there is
  nothing else; the overlap is |A ∩ B| / min(|A|, |B|), at least ``min_overlap``;
- their date windows overlap, a window known only from the publication date widened
  ``window_days`` back (news reports what happened up to a few days before); reports
  dated more vaguely than ``max_window_days`` (or not at all) are never merged;
- their places, when both have one, are in the same country;
- their evidence sentences are similar: the Jaccard index of their content-word stems
  (stop words dropped, words cut to five letters) is at least ``min_similarity``.

Reports of one article are never merged (the coder already merged within an article),
and a group's windows must share at least one day, so a chain of overlapping windows
cannot stretch a group across weeks. Reports are blocked by type and modality and swept
in date order, so each is compared only with the reports that share a party with it and
whose window is still open.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

WINDOW_DAYS = 3
MIN_SIMILARITY = 0.1
MIN_OVERLAP = 0.5
STEM = 5
MAX_WINDOW_DAYS = 31


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: ``reports`` merged into ``events``, ``merged`` of which have several reports."""

    reports: int
    events: int
    merged: int
    params: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.reports} reports -> {self.events} events ({self.merged} reported more than once)"


@dataclass
class Report:
    """What merging needs of one report."""

    id: str
    article: str
    parties: frozenset[str]
    place: str | None
    start: date | None  # None: not mergeable (no date, or too vague a window)
    end: date | None
    words: frozenset[str]


def report(id: str, article: str, codes, people, place: str | None, day: date | None, day_end: date | None,
           precision: str, text: str | None, *, window_days: int = WINDOW_DAYS,
           max_window_days: int = MAX_WINDOW_DAYS) -> Report:
    """Return the merging view of one report: ``codes`` of both sides, the names of the
    ``people`` among its actors and recipients, its place's country, its date window."""
    surnames = {f"person:{name.split()[-1].lower()}" for name in people or () if name and name.split()}
    parties = frozenset([*(codes or ()), *surnames]) or frozenset([place] if place else [])
    start, end = day, day_end or day
    if start is None or end is None or (end - start).days + 1 > max_window_days:
        start = end = None
    elif precision == "publication":
        start = start - timedelta(days=window_days)
    return Report(id, article, parties, place, start, end, content_words(text or ""))


def cluster(reports: list[Report], *, min_similarity: float = MIN_SIMILARITY,
            min_overlap: float = MIN_OVERLAP) -> dict[str, str]:
    """Return report id -> event id for reports of one type and modality.

    An event's id is the smallest report id in its group."""
    mergeable = sorted((i for i, r in enumerate(reports) if r.start is not None and r.parties),
                       key=lambda i: (reports[i].start, reports[i].end, reports[i].id))
    groups = _Groups(reports)
    # Syndicated copies (one report word for word in many articles) join in one pass first,
    # so a story republished by hundreds of outlets does not make the sweep quadratic.
    copies: dict[tuple, list[int]] = {}
    originals = []
    for i in mergeable:
        r = reports[i]
        same = copies.setdefault((r.parties, r.start, r.end, r.place, r.words), [])
        if not any(groups.join(k, i) for k in same):
            same.append(i)
            originals.append(i)
    open_by_party: dict[str, list[int]] = {}
    for i in originals:
        current = reports[i]
        candidates: dict[int, None] = {}
        for party in sorted(current.parties):
            still_open = [j for j in open_by_party.get(party, ()) if reports[j].end >= current.start]
            open_by_party[party] = still_open + [i]
            candidates.update(dict.fromkeys(still_open))
        for j in sorted(candidates, key=lambda j: (reports[j].start, reports[j].end, reports[j].id)):
            if groups.find(i) != groups.find(j) and _similar(current, reports[j], min_similarity, min_overlap):
                groups.join(i, j)
    return {r.id: groups.event_id(i) for i, r in enumerate(reports)}


def cluster_blocks(rows: Iterable[tuple], **params) -> Iterator[tuple[str, str]]:
    """Yield (report id, event id) for rows ``(block, Report)`` sorted by block."""
    block, members = None, []
    for key, item in rows:
        if key != block and members:
            yield from cluster(members, **params).items()
            members = []
        block = key
        members.append(item)
    if members:
        yield from cluster(members, **params).items()


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """The Jaccard index of two sets of content-word stems, in 0..1."""
    return len(a & b) / len(a | b) if a or b else 0.0


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


_WORD = re.compile(r"[^\W_]+")


def content_words(text: str) -> frozenset[str]:
    """The stems (first five letters) of a sentence's words that are not stop words."""
    stop = _stop_words()
    return frozenset(w[:STEM] for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in stop)


def _similar(a: Report, b: Report, min_similarity: float, min_overlap: float) -> bool:
    if a.article == b.article:
        return False
    if len(a.parties & b.parties) / min(len(a.parties), len(b.parties)) < min_overlap:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    return similarity(a.words, b.words) >= min_similarity


class _Groups:
    """Union-find over reports, refusing a union that would put two reports of one
    article together or leave the group's windows without a common day."""

    def __init__(self, reports: list[Report]):
        self.reports = reports
        self.parent = list(range(len(reports)))
        self.window = [(r.start, r.end) for r in reports]
        self.articles = [{r.article} for r in reports]
        self.smallest = [r.id for r in reports]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b or self.articles[a] & self.articles[b]:
            return False
        start = max(self.window[a][0], self.window[b][0])
        end = min(self.window[a][1], self.window[b][1])
        if start > end:
            return False
        self.parent[b] = a
        self.window[a] = (start, end)
        self.articles[a] |= self.articles[b]
        self.smallest[a] = min(self.smallest[a], self.smallest[b])
        return True

    def event_id(self, i: int) -> str:
        return self.smallest[self.find(i)]
