"""Code one parsed article: frames -> events with resolved actors, dates, places and
amounts; then one event per happening (a caption and the body that tells the same
meeting are one event, with both sentences as evidence)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..actors import ArticleActors, locate, resolve_sentence
from ..model import Article, Entity, Event, Mention, Sentence, TimeExpr
from .amounts import find_amounts
from .frames import Frame, find_frames
from .lexicon import Lexicon

MONEY_TYPES = {"AID", "COOPERATE", "SANCTION", "AGREE"}
WEAK = 0.5  # triggers below this weight need a recipient to count
NEW_EPISODE = {"separately", "meanwhile", "elsewhere", "earlier", "later", "also", "in", "additionally"}
RELATIVE = {"after": "after", "following": "after", "since": "after", "before": "before", "prior": "before",
            "ahead": "before", "during": "during", "at": "during", "on": "during", "amid": "during"}
SOON = {"soon", "shortly", "immediately", "days", "weeks", "just"}
SAME_DAY = {"hours", "minutes", "moments", "hour"}
SOON_DAYS = 30
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
DEFINITE = {"the", "that", "this", "its", "their"}


@dataclass
class Dated:
    date: date | None
    date_end: date | None
    precision: str
    text: str | None
    explicit: bool  # from the sentence itself (or an anchor), not carried over or the publication date


@dataclass
class Draft:
    """An event being coded, before ids are given and mentions of one happening merged."""

    frame: Frame
    sentence: Sentence
    kind: str  # the paragraph kind: body | caption
    actor: list[Entity]
    recipient: list[Entity]
    dated: Dated
    location: object = None
    amounts: list = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.0


def code_article(article: Article, parsed: list, actors: ArticleActors, lex: Lexicon) -> list[Event]:
    """Return the article's events; ``parsed`` is [(Paragraph, spaCy Doc, [TimeExpr])] in text order.

    An event with no date of its own takes, in this order: the date of the sentence before
    it in the same paragraph (the same episode), else the date of the story's lead (the
    news the article reports), else the publication date."""
    drafts: list[Draft] = []
    previous: Dated | None = None
    previous_paragraph = None
    story: Dated | None = None
    lead = next((p for p in article.paragraphs if p.kind == "body"), None)
    for paragraph, doc, times in parsed:
        base = paragraph.span[0]
        for sent in doc.sents:
            span = (base + sent.start_char, base + sent.end_char)
            sentence = Sentence(span, article.text[span[0]:span[1]], article.paragraphs.index(paragraph))
            article.sentences.append(sentence)
            resolved = resolve_sentence(sent, base, actors)
            article.mentions.extend(resolved.mentions)
            own = [t for t in times if span[0] <= t.span[0] < span[1]]
            if previous_paragraph is paragraph and not _new_episode(sent):
                fallback = previous
            else:
                fallback = story if paragraph.kind == "body" else None
            known: list[Dated] = []
            for frame in find_frames(sent, lex):
                draft = _draft(frame, sent, sentence, paragraph.kind, resolved, actors, drafts, own, article, lex)
                if draft is None:
                    continue
                draft.dated = draft.dated or fallback or _publication(article)
                if frame.modality == "future" and frame.trigger.pos == "verb":
                    _code_intent(draft, own, fallback, article)
                draft.confidence = _confidence(draft)
                if draft.dated.explicit and frame.modality == "asserted" and not _future(draft.dated, article):
                    known.append(draft.dated)
                nested = next((d for d in drafts if d.sentence is sentence and _nested(d, draft)), None)
                if nested is None:
                    drafts.append(draft)
                elif _richer(draft, nested):
                    drafts[drafts.index(nested)] = draft
            known += [Dated(t.date, t.date_end, t.precision, t.text, True) for t in own
                      if not _future(Dated(t.date, t.date_end, t.precision, t.text, True), article)]
            previous = known[0] if known else fallback
            previous_paragraph = paragraph
            if paragraph is lead and story is None and known:
                story = known[0]
    return [_event(article, d, lex) for d in _merge(drafts)]


def _draft(frame: Frame, sent, sentence: Sentence, kind: str, resolved, actors: ArticleActors,
           drafts: list[Draft], own: list[TimeExpr], article: Article, lex: Lexicon) -> Draft | None:
    """The draft event of one frame, or None when it names no party; its date is None
    when the sentence does not date it."""
    actor = _entities(frame.actors, resolved, actors, drafts)
    recipient = [e for e in _entities(frame.recipients, resolved, actors, drafts)
                 or _entities(frame.alternates, resolved, actors, drafts)
                 if all(e.name != a.name for a in actor)]
    if not recipient:
        recipient = [e for e in _entities(frame.tokens[1:], resolved, actors, drafts) if e.country or e.org] \
            or _event_object(frame, drafts, lex)
        recipient = [e for e in recipient if all(e.name != a.name for a in actor)]
    if frame.reciprocal and not recipient and len(actor) == 1:
        return None
    if frame.inherited == "clause" and not recipient:
        return None  # "the war on terror", "during the visit": no party of its own
    if not actor and not recipient:
        return None
    if frame.trigger.weight < WEAK and not recipient:
        return None  # "gather", "call": too vague to stand without someone acted upon
    base = sentence.span[0] - sent.start_char
    dated = _date(frame, sent, base, own, drafts, article.published, lex, kind == "caption")
    draft = Draft(frame, sentence, kind, actor, recipient, dated,
                  location=_location(frame, sent),
                  amounts=find_amounts(sentence.text) if frame.trigger.type in MONEY_TYPES else [],
                  context=_contexts(frame, sent, lex), evidence=[sentence.span])
    return draft


def _event_object(frame: Frame, drafts: list[Draft], lex: Lexicon) -> list[Entity]:
    """'condemned the launch', 'rejected the sanctions', 'denied the charge': the actor of the
    earlier event the object names is the recipient."""
    for tok in frame.recipients + frame.alternates + frame.tokens[1:]:
        if tok.pos_ != "NOUN" or not any(c.lower_ in DEFINITE | {"these", "those"} for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        types = {t.type for t in lex.nouns.get(lemma, ())}
        candidates = [d for d in reversed(drafts) if d.actor]
        earlier = next((d for d in candidates if lemma in d.frame.trigger.words), None) \
            or next((d for d in candidates if d.frame.trigger.type in types), None)
        if earlier is not None:
            return earlier.actor
    return []


COOPERATIVE = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}
INTENT = {"AGREE": "030", "THREATEN": "130"}


def _code_intent(draft: Draft, own: list[TimeExpr], fallback: Dated | None, article: Article) -> None:
    """A promise is an event of its own, as PLOVER codes it: "X will visit Y next month" is X
    AGREEing now (the visit itself is not reported), "X will impose sanctions on Y" is X
    THREATENing Y. The promise is dated when it was made, not when it is to happen."""
    trigger = draft.frame.trigger
    if not draft.actor:
        return  # no one promised anything ("the money will pay for food")
    if trigger.type in COOPERATIVE:
        kind = "AGREE"
    elif trigger.type in HOSTILE and draft.recipient:
        kind = "THREATEN"
    else:
        return
    draft.frame.trigger = replace(trigger, type=kind, mode=None, cameo=INTENT[kind])
    draft.frame.modality = "asserted"
    past = [t for t in own if not (article.published and t.date > article.published)]
    if past:
        draft.dated = Dated(past[0].date, past[0].date_end, past[0].precision, past[0].text, True)
    elif draft.dated.explicit and _future(draft.dated, article):
        draft.dated = fallback or _publication(article)


def _future(dated: Dated, article: Article) -> bool:
    return bool(article.published and dated.date and dated.date > article.published)


def _nested(a: Draft, b: Draft) -> bool:
    """Two triggers of one type within three edges, one of them with at most one party, name
    one event ("signing ceremony of the MoU between X and Y", "held talks ... discussed")."""
    parties = lambda d: {e.name for e in d.actor + d.recipient}  # noqa: E731
    x, y = a.frame.head, b.frame.head
    linked = _distance(x, y) <= 3 or any(t.i == x.i for t in y.ancestors) or any(t.i == y.i for t in x.ancestors)
    return a.frame.trigger.type == b.frame.trigger.type and linked and min(len(parties(a)), len(parties(b))) <= 1


def _richer(a: Draft, b: Draft) -> bool:
    parties = lambda d: len({e.name for e in d.actor + d.recipient if e.country or e.org})  # noqa: E731
    return (parties(a), a.confidence) > (parties(b), b.confidence)


# -- actors ------------------------------------------------------------------

def _entities(tokens, resolved, actors: ArticleActors, drafts: list[Draft]) -> list[Entity]:
    """The entities named by argument head tokens, in order, each once."""
    out: list[Entity] = []

    def add(entities):
        out.extend(e for e in entities if all(e.name != o.name for o in out))

    for tok in tokens:
        mention = resolved.by_token.get(tok.i)
        if mention is None or mention.label == "NOMINAL":
            # "the presidents of Colombia and Ecuador", "leaders of both countries"
            named = [resolved.by_token[t.i] for t in _of_objects(tok) if t.i in resolved.by_token]
            if named:
                for m in named:
                    add(_mention_entities(m, actors, drafts))
                continue
        if mention is None and tok.pos_ == "PRON":
            add(filter(None, [_pronoun(tok, resolved, actors)]))
            continue
        mention = mention or _child_mention(tok, resolved)
        if mention is None:
            continue
        add(_mention_entities(mention, actors, drafts))
        # "his US and Japanese counterparts": country words coordinated inside the phrase
        for child in tok.children:
            if child.dep_ in {"amod", "compound", "nmod"}:
                for conj in child.conjuncts:
                    other = resolved.by_token.get(conj.i)
                    if other is not None and other is not mention:
                        add(_mention_entities(other, actors, drafts))
    return out


PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "it": "nonperson",
            "they": "any", "them": "any"}
SAY = {"say", "tell", "announce", "state", "add", "declare", "insist", "claim", "warn", "note", "report"}


def _pronoun(tok, resolved, actors: ArticleActors) -> Entity | None:
    """'it', 'they', 'he', 'she': the speaker of the clause it is reported in ("ECOWAS said it
    ... urged"), else the latest actor of the right kind."""
    kind = PRONOUNS.get(tok.lower_)
    if kind is None:
        return None
    for verb in tok.ancestors:  # "the EU imposed sanctions on firms it accuses of ...": the clause's subject
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i), None)
        if subject is not None and subject.i < tok.i and subject.i in resolved.by_token:
            entity = resolved.by_token[subject.i].entity
            if entity is not None and _fits_pronoun(entity, kind):
                return entity
    node = tok.head
    for _ in range(3):
        if node.lemma_.lower() in SAY:
            speaker = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if speaker is not None and speaker.i in resolved.by_token:
                entity = resolved.by_token[speaker.i].entity
                if entity is not None and _fits_pronoun(entity, kind):
                    return entity
            break
        if node.head.i == node.i:
            break
        node = node.head
    before = [m.entity for m in resolved.mentions if m.entity is not None and m.span[0] < tok.idx + resolved.base]
    earlier = actors.recent[:len(actors.recent) - len(resolved.mentions)] + before
    return next((e for e in reversed(earlier) if _fits_pronoun(e, kind) and (e.country or e.org)), None)


def _fits_pronoun(entity: Entity, kind: str) -> bool:
    if kind == "person":
        return entity.kind == "person"
    if kind == "nonperson":
        return entity.kind in {"state", "organisation"}
    return True


def _of_objects(tok) -> list:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return [obj, *(c for c in obj.children if c.dep_ == "conj")]
    return []


def _child_mention(tok, resolved, depth: int = 2) -> Mention | None:
    """The mention under a head noun not itself named ("officials from both sides", "leaders of
    X", "thousands of Iraqi Kurds")."""
    for child in tok.children:
        if child.dep_ in {"compound", "poss", "amod", "nmod", "appos"} and child.i in resolved.by_token:
            return resolved.by_token[child.i]
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found = resolved.by_token.get(grandchild.i)
                    if found is None and depth > 1:
                        found = _child_mention(grandchild, resolved, depth - 1)
                    if found is not None:
                        return found
    return None


def _mention_entities(mention: Mention, actors: ArticleActors, drafts: list[Draft]) -> list[Entity]:
    if mention.label != "PLURAL":
        return [mention.entity] if mention.entity is not None else []
    head = mention.text.split()[-1].lower().rstrip("s")
    pair = (_last_holders(actors.recent, head) or _last_pair(drafts) or _last_distinct(actors.recent, mention.how))
    if mention.how == "state":
        states = []
        for entity in pair:
            if entity.country and all(entity.country != s.country for s in states):
                name = actors.kb.countries.get(entity.country, entity.country)
                states.append(Entity(text=mention.text, name=name, country=entity.country, kind="state"))
        return states
    return [replace(e, text=mention.text) for e in pair]


def _last_holders(recent: list[Entity], office: str) -> list[Entity]:
    """'the two presidents', 'both ministers': the last two people holding that office."""
    out: list[Entity] = []
    for entity in reversed(recent):
        if entity.kind == "person" and office in (entity.role or "").lower() and all(entity.name != e.name for e in out):
            out.append(entity)
        if len(out) == 2:
            return out[::-1]
    return []


def _last_pair(drafts: list[Draft]) -> list[Entity]:
    """The two sides of the latest event with two parties ("the two leaders", "both countries")."""
    for draft in reversed(drafts):
        parties = draft.actor + draft.recipient
        if len({e.name for e in parties}) >= 2:
            return parties
    return []


def _last_distinct(recent: list[Entity], hint: str) -> list[Entity]:
    out: list[Entity] = []
    for entity in reversed(recent):
        if hint == "state" and not entity.country:
            continue
        if hint == "person" and entity.kind != "person":
            continue
        if all(entity.name != e.name and (hint != "state" or entity.country != e.country) for e in out):
            out.append(entity)
        if len(out) == 2:
            return out[::-1]
    return []


# -- dates -------------------------------------------------------------------

def _date(frame: Frame, sent, base: int, times: list[TimeExpr], drafts: list[Draft], published,
          lex: Lexicon, caption: bool = False) -> Dated | None:
    """The window of the expression nearest the trigger in the parse, or of the event it is
    anchored to ("soon after the meeting"), or None."""
    candidates = []
    doc = sent.doc
    for t in times:
        span = doc.char_span(t.span[0] - base, t.span[1] - base, alignment_mode="expand")
        if span is None or not (caption or _governs(span.root, frame.head)):
            continue
        dist = _distance(frame.head, span.root)
        window = Dated(t.date, t.date_end, t.precision, t.text, True)
        if t.relation in {"since", "after"} and published and not any(a.i == span.root.i for a in frame.head.ancestors):
            # ("since November" bounds the event, but "November, when it fired" is in November)
            window = Dated(t.date, published, _precision(t.date, published), t.text, True)
        candidates.append((dist, abs(span.start - frame.head.i), window))
    for tok in sent:
        anchor = _relative_anchor(tok, drafts, published, lex)
        if anchor is not None:
            candidates.append((_distance(frame.head, tok), abs(tok.i - frame.head.i), anchor))
    if not candidates and frame.head.pos_ == "NOUN" and any(c.lower_ in DEFINITE for c in frame.head.children):
        # "The meeting was held at the delegation level": the meeting told before
        earlier = next((d for d in reversed(drafts) if d.dated and d.dated.explicit
                        and d.frame.trigger.type == frame.trigger.type), None)
        if earlier is not None:
            return earlier.dated
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], c[1]))[2]


def _clause(tok):
    """The verb heading the clause a token is in (the token itself when it is a verb)."""
    node = tok
    for _ in range(12):
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"prep", "amod"}:  # "including" is a preposition
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _governs(time_root, trigger) -> bool:
    """Whether a time expression can date the trigger: it sits in the trigger's clause or in
    a clause above it ("said on Tuesday that ... attacked"), not in another clause
    ("hosted X, the first since he took office last year")."""
    clause = _clause(time_root)
    own = _clause(trigger)
    if clause is None or own is None or clause.i == own.i:
        return True
    if clause.lemma_.lower() in SAY:
        return False  # "X said on Sunday that Y met Z" dates the saying, not the meeting
    if clause.dep_ == "advcl" and clause.head.i == own.i:
        return True  # "14 were killed when shells struck on Wednesday": the temporal clause dates it
    return any(a.i == clause.i for a in own.ancestors)


def _relative_anchor(tok, drafts: list[Draft], published, lex: Lexicon) -> Dated | None:
    """'soon after the meeting', 'during the visit': a window from an earlier event of the article."""
    relation = RELATIVE.get(tok.lower_)
    if relation is None or tok.dep_ not in {"prep", "mark"}:
        return None
    noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if noun is None or not any(c.lower_ in DEFINITE for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    types = {t.type for t in lex.nouns.get(lemma, ())}
    dated = [d for d in reversed(drafts) if d.dated and d.dated.explicit]
    # the latest mention of that very word, else the most recent happening of its type
    anchor = next((d for d in dated if lemma in {d.frame.head.lemma_.lower(), *d.frame.trigger.words}), None) \
        or max((d for d in dated if d.frame.trigger.type in types), key=lambda d: d.dated.date, default=None)
    if anchor is None:
        return None
    start, end = anchor.dated.date, anchor.dated.date_end
    text = f"{tok.text} {noun.text}"
    if start is None:
        return None
    if relation == "during":
        return Dated(start, end, anchor.dated.precision, text, True)
    before_words = {c.lower_ for c in tok.children} | ({tok.nbor(-1).lower_} if tok.i > 0 else set())
    if relation == "after" and before_words & SAME_DAY:
        return Dated(start, end, anchor.dated.precision, text, True)
    if relation == "after":
        soon = bool(before_words & SOON)
        last = end + timedelta(days=SOON_DAYS) if soon or not published else published
        if published:
            last = min(last, published)
        return Dated(start, last, _precision(start, last), text, True)
    return Dated(start - timedelta(days=SOON_DAYS), end, _precision(start - timedelta(days=SOON_DAYS), end), text, True)


def _precision(start: date, end: date) -> str:
    days = (end - start).days + 1
    for limit, name in ((1, "day"), (7, "week"), (62, "month"), (92, "quarter"), (366, "year")):
        if days <= limit:
            return name
    return "decade"


def _distance(a, b) -> int:
    """Edges between two tokens in the dependency tree."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate(up_b):
        if t.i in index:
            return n + index[t.i]
    return 99


def _new_episode(sent) -> bool:
    first = sent[0]
    return first.lower_ in NEW_EPISODE and (len(sent) > 1 and sent[1].is_punct or first.lower_ in {"separately", "meanwhile", "elsewhere"})


def _publication(article: Article) -> Dated:
    if article.published is None:
        return Dated(None, None, "unknown", None, False)
    return Dated(article.published, article.published, "publication", None, False)


# -- place, context, confidence ---------------------------------------------

def _location(frame: Frame, sent):
    """The most specific place the sentence puts the event in ("at ..., Washington", "in Gaza")."""
    parties = {t.i for t in frame.actors + frame.recipients}
    best = None
    for ent in sent.ents:
        if ent.label_ not in {"GPE", "LOC", "FAC"} or ent.root.i in parties:
            continue
        head = ent.root.head
        if not (head.dep_ == "prep" and head.lower_ in PLACE_PREPS) and ent.root.dep_ != "appos":
            continue
        place = locate(ent.text)
        if place is not None and (best is None or (best.precision == "country" and place.precision == "city")):
            best = place
    return best


def _contexts(frame: Frame, sent, lex: Lexicon) -> list[str]:
    found = [frame.trigger.context] if frame.trigger.context else []
    for tok in sent:
        context = lex.contexts.get(tok.lemma_.lower())
        if context and context not in found:
            found.append(context)
    return found


def _confidence(draft: Draft) -> float:
    """The trigger's weight, lowered for a missing party, a borrowed date and depth below the
    sentence's main verb, so a sentence's main event ranks first."""
    score = draft.frame.trigger.weight
    score *= max(0.6, 1.0 - 0.08 * sum(1 for _ in draft.frame.head.ancestors))
    score *= 1.0 if any(e.country or e.org for e in draft.actor) else 0.7
    score *= 1.0 if draft.recipient or draft.frame.reciprocal else 0.85
    score *= 1.0 if draft.dated.explicit else 0.9
    return max(0.05, min(1.0, score))


# -- one event per happening -------------------------------------------------

def _merge(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        nearest_first = sorted(reversed(kept), key=lambda k: k.sentence.span != draft.sentence.span)
        same = next((k for k in nearest_first if _same_happening(k, draft)), None)
        if same is None:
            kept.append(draft)
            continue
        same.evidence.append(draft.sentence.span)
        if _narrower(draft.dated, same.dated):
            same.dated = draft.dated
        same.location = same.location or draft.location
        same.amounts += [a for a in draft.amounts if a not in same.amounts]
        same.context += [c for c in draft.context if c not in same.context]
        same.confidence = min(1.0, max(same.confidence, draft.confidence) + 0.05)
        if same.kind == "caption" and draft.kind == "body":
            same.frame, same.sentence, same.kind = draft.frame, draft.sentence, draft.kind
            same.actor, same.recipient = draft.actor or same.actor, draft.recipient or same.recipient
    return kept


def _same_happening(a: Draft, b: Draft) -> bool:
    if a.frame.trigger.type != b.frame.trigger.type or a.frame.modality != b.frame.modality:
        return False
    if a.frame.trigger.mode and b.frame.trigger.mode and a.frame.trigger.mode != b.frame.trigger.mode:
        return False  # a phone call is not the visit
    if not _overlap(a, b):
        return False
    countries = lambda d: {e.country or e.org for e in d.actor + d.recipient} - {None}  # noqa: E731
    if not countries(a) or countries(a) != countries(b):
        return False
    if "caption" in {a.kind, b.kind}:
        return True  # a caption retells the body's happening, often naming people where the body names states
    names = lambda es: {e.name for e in es}  # noqa: E731
    if a.recipient and b.recipient:
        return bool(names(a.recipient) & names(b.recipient)) and bool(names(a.actor) & names(b.actor) or countries(a))
    return bool(names(a.actor + a.recipient) & names(b.actor + b.recipient))


def _overlap(x: Draft, y: Draft) -> bool:
    """Whether two drafts can be one happening in time. An undated mention can retell a
    dated one in the same sentence, when one of them is a caption (captions retell the
    body), or when both name the same company, person or body; two undated body mentions
    may be the same."""
    a, b = x.dated, y.dated
    if a.explicit and b.explicit and a.date and b.date:
        return a.date <= b.date_end and b.date <= a.date_end
    if a.explicit == b.explicit:
        return True
    if x.sentence.span == y.sentence.span or "caption" in {x.kind, y.kind}:
        return True
    # the same named company, person or body on both: the deal "inked with USSM" retold
    specific = lambda d: {e.name for e in d.actor + d.recipient if e.kind != "state"}  # noqa: E731
    return bool(specific(x) & specific(y))


def _narrower(a: Dated, b: Dated) -> bool:
    if not a.explicit or a.date is None:
        return False
    if not b.explicit or b.date is None:
        return True
    return (a.date_end - a.date) < (b.date_end - b.date)


def _event(article: Article, draft: Draft, lex: Lexicon) -> Event:
    trigger = draft.frame.trigger
    words = " ".join(t.text for t in sorted(draft.frame.tokens, key=lambda t: t.i))
    key = f"{article.id}|{trigger.type}|{draft.sentence.span[0]}|{draft.frame.head.idx}|{words}"
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:16],
        article=article.id, event=trigger.type, mode=trigger.mode, context=draft.context,
        actor=draft.actor, recipient=draft.recipient,
        date=draft.dated.date, date_end=draft.dated.date_end, date_precision=draft.dated.precision,
        date_text=draft.dated.text, location=draft.location, amounts=draft.amounts,
        modality=draft.frame.modality, text=draft.sentence.text, span=draft.sentence.span, trigger=words,
        score=lex.score(trigger.type, trigger.mode), confidence=draft.confidence, cameo=trigger.cameo,
        evidence=draft.evidence,
    )
