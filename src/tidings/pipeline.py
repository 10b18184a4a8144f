"""The stages in sequence: read -> layout -> parse -> time -> actors -> events."""
from __future__ import annotations

import multiprocessing
import re
from collections import Counter, deque
from collections.abc import Collection, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from itertools import islice
from pathlib import Path

from . import nlp
from ._exceptions import ReadError
from .actors import ArticleActors, knowledge_base, place_country
from .actors.kb import KnowledgeBase
from .actors.resolve import REPORTING, STANCE
from .events import code_article, lexicon
from .layout import dateline_places, layout
from .model import Article, Event
from .read import article_from_text, read
from .time import tag

PARSED_KINDS = ("body", "caption")


def extract(text: str, published: date | str | None = None, *, id: str = "text",
            actors: tuple[str | Path, ...] = ()) -> list[Event]:
    """Return the events of one article given as a string."""
    article = article_from_text(text, id=id, published=published)
    return next(process([article], actors=actors)).events


def extract_file(path: str | Path, published: date | str | None = None, *,
                 actors: tuple[str | Path, ...] = ()) -> list[Event]:
    """Return the events of every article in a file; raise ReadError when none could be read."""
    if isinstance(published, str):
        published = article_from_text("x", published=published).published
    articles, errors = [], []
    for item in read([path], published=published):
        (errors if isinstance(item, ReadError) else articles).append(item)
    if not articles and errors:
        raise errors[0]
    return [event for article in process(articles, actors=actors) for event in article.events]


def process(articles: Iterable[Article], *, actors: tuple[str | Path, ...] = (), batch_size: int = 32,
            n_process: int = 1) -> Iterator[Article]:
    """Run every stage over the articles, yielding each with its events filled, in order.

    Articles go through ``batch_size`` at a time, so memory stays flat in the corpus size.
    With ``n_process`` > 1, that many worker processes each run every stage on whole
    batches (the yielded articles are then copies of the ones given)."""
    if n_process > 1:
        yield from _in_pool(articles, tuple(actors), batch_size, n_process)
        return
    articles = iter(articles)
    while chunk := list(islice(articles, batch_size)):
        yield from _process_chunk(chunk, tuple(actors))


def _process_chunk(chunk: list[Article], actors: tuple[str | Path, ...]) -> list[Article]:
    """Lay out, parse and code a batch of articles, in one spaCy memory zone: the strings
    the parse adds to the vocabulary are freed after it, or memory grows with the corpus."""
    kb = knowledge_base(actors)
    parser = nlp.load()
    for article in chunk:
        layout(article)
    jobs = [(article.text[p.span[0]:p.span[1]], (a, i)) for a, article in enumerate(chunk)
            for i, p in enumerate(article.paragraphs) if p.kind in PARSED_KINDS]
    # the readers already refused what is over the user's --max-chars; spaCy must take the rest
    parser.max_length = max(parser.max_length, *(len(text) + 1 for text, _ in jobs), 0)
    parsed: list[list] = [[] for _ in chunk]
    with parser.memory_zone():
        for doc, (a, i) in parser.pipe(jobs, as_tuples=True, batch_size=64):
            parsed[a].append((chunk[a].paragraphs[i], doc))
        for article, docs in zip(chunk, parsed):
            try:
                _code(article, docs, kb)
            except Exception as exc:  # a fault of ours on one article must not stop a corpus
                article.times, article.events = [], []
                article.warnings.append(f"E104: the event coder failed on this article ({type(exc).__name__}: "
                                        f"{exc}); no events were extracted. Please report it with the article")
    return chunk


def _code(article: Article, docs: list, kb: KnowledgeBase) -> None:
    """The time, actors and events stages over an article's parsed paragraphs."""
    anchors: list = []  # the dates named so far: "the same day" may open a paragraph
    paragraphs = [(p, doc, _times(doc, p.span[0], article.published, anchors)) for p, doc in docs]
    article.times = [t for _, _, times in paragraphs for t in times]
    lead = next((doc for p, doc in docs if p.kind == "body"), None)
    article.events = code_article(article, paragraphs, _actors(article, kb, lead), lexicon())


def _in_pool(articles: Iterable[Article], actors: tuple[str | Path, ...], batch_size: int,
             n_process: int) -> Iterator[Article]:
    """``_process_chunk`` in ``n_process`` worker processes, each loading the model once.

    At most two batches per worker are in flight, so a long corpus is read as it is coded."""
    context = multiprocessing.get_context("spawn")  # no fork of a process holding DuckDB's threads
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_start_worker,
                             initargs=(actors,)) as pool:
        running: deque = deque()
        articles = iter(articles)
        while chunk := list(islice(articles, batch_size)):
            running.append(pool.submit(_process_chunk, chunk, actors))
            if len(running) >= 2 * n_process:
                yield from running.popleft().result()
        while running:
            yield from running.popleft().result()


def _start_worker(actors: tuple[str | Path, ...]) -> None:
    nlp.load()
    knowledge_base(actors)


def _actors(article: Article, kb: KnowledgeBase, lead=None) -> ArticleActors:
    return ArticleActors(kb=kb, day=article.published, home=home_country(article, kb, lead),
                         common=frozenset(lexicon().nouns))


# The dateline's weight against each time the text names a state
DATELINE_VOTES = 3
# ... and its weight when the text names another state clearly more than the dateline's (more than
# VENUE_SHARE times as often, and at least DATELINE_VOTES times more): the story was filed from a
# venue ("JEDDAH" for talks between Sudan's warring parties), and the dateline only breaks a tie
VENUE_VOTES = 0.5
VENUE_SHARE = 2
WORDS = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
# With no dateline, the state the subject of the lead names is the story's when the text names it at
# least this share as often as the state it names most: a story about a small state's dealings with a
# big one names the big one often, but its lead says whose story it is
LEAD_SHARE = 0.5
# What a side named in the lead's subject may be, to tell its state ("the ELN rebels": COL)
ACTOR_KINDS = frozenset({"state", "person", "group", "organisation"})
POSSESSIVE = re.compile(r"['’]s?\.?$")  # "Ghana's", "the Philippines'": the possessive; "Solomon Islands" keeps its s
SIDE_TAKEN = re.compile(rf"\b(?:{'|'.join(STANCE)})[-–]$", re.IGNORECASE)  # "anti-Syria", "pro-Russia"


def home_country(article: Article, kb: KnowledgeBase, lead=None) -> str | None:
    """The story's own country: the one the subject of the lead (``lead``: the first body paragraph,
    parsed) names when it joins two sides neither of the dateline's state (the dateline is a venue);
    the dateline's when that subject, or the lead's first sentence, names it too ("ADEN: U.S. forces
    struck sites in western Yemen": Yemen's story, however often it names the U.S.); else the one its
    dateline and its text name most (see VENUE_VOTES for a dateline that is only the venue); with no
    dateline, the one the subject of the lead names, when named nearly as often (LEAD_SHARE).

    Police, protesters, ministers and bodies named without a country are taken to be
    of it, as a human coder reading the story would."""
    named = _states_named(article.text, kb)
    most = max(named.values(), default=0)
    votes: Counter[str] = Counter()
    places = dateline_places(article)
    head = _lead_subject(lead) if lead is not None else None
    subject = _subject_state(lead, head, kb) if head is not None else None
    in_lead = _lead_states(lead, kb) if lead is not None else set()
    if subject is not None and _sides_meet_abroad(lead, head, kb, places):
        return subject  # "MEXICO CITY: Colombia's government and the ELN rebels agreed ...": a venue
    for place in places:  # a story filed from two places ("ABUJA/BISSAU") splits the dateline's weight
        country = _place_state(place, kb)
        if country and (country == subject or country in in_lead):
            return country  # "SUCEAVA, Romania: Romanian farmers blocked ...": filed from where its news is
        if country:
            venue = most > VENUE_SHARE * named[country] and most - named[country] >= DATELINE_VOTES
            votes[country] += (VENUE_VOTES if venue else DATELINE_VOTES) / len(places)
    votes.update(named)
    if subject is not None and not places and named[subject] >= LEAD_SHARE * most:
        return subject
    return votes.most_common(1)[0][0] if votes else None


def _lead_states(lead, kb: KnowledgeBase) -> set[str]:
    """The states the lead's first sentence names, by name or by an actor of theirs, not by a capital
    ("ADEN: U.S. forces struck radar sites in western Yemen": USA, YEM; "Ishaq Dar and Marco Rubio": PAK,
    USA)."""
    sent = next(iter(lead.sents), None)
    return set(_states_named(sent.text, kb, ACTOR_KINDS, capitals=False)) if sent is not None else set()


def _sides_meet_abroad(lead, subject, kb: KnowledgeBase, places) -> bool:
    """Whether the lead's subject (``subject``, its head word) joins two sides, neither of the
    dateline's state ("DOHA: Sudan's army and the RSF agreed ..."): the dateline is then only where
    they met."""
    if not places or not any(c.dep_ == "conj" for c in subject.children):
        return False
    named = _states_named(lead[subject.left_edge.i:subject.right_edge.i + 1].text, kb, ACTOR_KINDS)
    return not any(_place_state(place, kb) in named for place in places)


def _place_state(place: str, kb: KnowledgeBase) -> str | None:
    """The state of a dateline's place ("Mexico City" -> MEX)."""
    entry = kb.lookup(place)
    return entry.country if entry else place_country(place)


def _lead_subject(lead):
    """The subject of the lead's first sentence (of news told before who said it, the news's), or None."""
    sent = next(iter(lead.sents), None)
    if sent is None:
        return None
    verb = sent.root
    if verb.lemma_.lower() in REPORTING:
        verb = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), verb)
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _subject_state(lead, subject, kb: KnowledgeBase) -> str | None:
    """The first state the lead's subject (``subject``, its head word, from _lead_subject) names
    ("Vanuatu's government on Thursday defended ...", "Police in Honiara fired ..."), or None. A
    people ("ethnic Albanians") may live in any state, so names none."""
    words = [t.text_with_ws for t in lead[subject.left_edge.i:subject.right_edge.i + 1] if not _names_a_people(t, kb)]
    return next(iter(_states_named("".join(words), kb)), None)


def _names_a_people(word, kb: KnowledgeBase) -> bool:
    """Whether a word names a people ("Albanians", "Serbs")."""
    entry = kb.lookup(word.text)
    return word.tag_ in {"NNS", "NNPS"} and entry is not None and entry.via == "adjective"


def _states_named(text: str, kb: KnowledgeBase, kinds: Collection[str] = ("state",),
                  capitals: bool = True) -> Counter[str]:
    """How many times the text names each state, by its name, capital or nationality (or, with
    ``kinds``, by an actor of those kinds in the knowledge base: "Ishaq Dar" names PAK; without
    ``capitals``, not by a capital, which may only say where: "talks in Abuja")."""
    named: Counter[str] = Counter()
    for m in WORDS.finditer(text):
        if SIDE_TAKEN.search(text, max(0, m.start() - 6), m.start()):
            continue  # a state a word is against or for is not the story's (see actors' _stance)
        words = m.group(0).split()
        i = 0
        while i < len(words):  # "Ghana. Ghana's government": each state the run names, longest first
            n, country = next(((n, c) for n in range(len(words) - i, 0, -1)
                               if (c := _state(kb, words[i:i + n], kinds, capitals))),
                              (1, None))
            if country:
                named[country] += 1
            i += n
    return named


def _state(kb: KnowledgeBase, words: list[str], kinds: Collection[str] = ("state",),
           capitals: bool = True) -> str | None:
    """The state some words name ("Ghana's", "The Saudi"), or None."""
    name = POSSESSIVE.sub("", " ".join(words))
    entry = kb.lookup(name)
    if entry is None and name.endswith("."):  # "U.S." is a name, "Ghana." ends a sentence
        entry = kb.lookup(name.removesuffix("."))
    if entry is None or entry.kind not in kinds or (entry.via == "capital" and not capitals):
        return None
    return entry.country


def _times(doc, base: int, published: date | None, anchors: list):
    """The paragraph's temporal expressions, with spans into the article text."""
    found = tag(doc.text, published, tense=lambda offset: _tense(doc, offset), anchors=anchors)
    return [replace(t, span=(t.span[0] + base, t.span[1] + base)) for t in found]


def _tense(doc, offset: int) -> str | None:
    """The tense of the clause that governs the token at ``offset``."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    node = span.root
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"}:
            aux = {c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}}
            if aux & {"will", "shall", "'ll", "wo", "going"}:
                return "future"
            if aux & {"would", "could", "may", "might", "should", "must", "can", "to"}:
                return None  # "to be held on", "may be signed": let the cue words decide
            if node.tag_ in {"VBD", "VBN"} or aux & {"had", "has", "have", "did", "was", "were"}:
                return "past"
            return "present"
        if node.head.i == node.i:
            break
        node = node.head
    return None
