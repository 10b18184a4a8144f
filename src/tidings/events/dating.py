"""When an event happened: the expression that governs its clause, an earlier event it is
anchored to ("soon after the meeting"), or nothing (the caller falls back)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..model import Article, Paragraph, TimeExpr
from ..nlp import SAYING, SPEECH_ACTS
from ..time.windows import add_months, month_window, year_window
from ..time.words import words
from .draft import Dated, Draft, distance
from .frames import Frame, gerund_of_stopping
from .lexicon import Lexicon
from .modality import CLAIM_NOUNS, DOUBLE_QUOTES, conditional
from .phrases import said_before

NEW_EPISODE = {"separately", "meanwhile", "elsewhere", "earlier", "later", "also", "in", "additionally"}
RELATIVE = {"after": "after", "following": "after", "since": "after", "before": "before", "prior": "before",
            "ahead": "before", "during": "during", "at": "during", "on": "during", "amid": "during"}
SOON = {"soon", "shortly", "immediately", "days", "weeks", "just"}
SAME_DAY = {"hours", "minutes", "moments", "hour"}
SOON_DAYS = 30
# "agreed after talks", "after they spoke by phone": that day
AFTER_TALKS = {"talk", "talks", "meeting", "session", "summit", "meet", "confer", "speak", "phone", "telephone"}
# "told reporters after the session", "marched after Friday prayers": that day
GATHERINGS = {"talk", "talks", "meeting", "session", "summit", "call", "prayer"}
# (but "weeks after the summit" is not)
SUMMING = {"npadvmod", "appos"}  # how a parse hangs "a charge X denied" on the clause it sums up
SAME_DAY_ANAPHORS = {"the same day", "that same day"}
SAME_DAY_TEXT = re.compile(r"\b(?:same day|hours later|within hours|within the hour|that day)\b", re.IGNORECASE)
AT_THAT_TIME = re.compile(r"\bat (?:the|that) time\b(?! of)", re.IGNORECASE)  # the time told just before
HOURS_TEXT = re.compile(r"\b(?:hours later|minutes later|moments later|within hours|within the hour)\b", re.IGNORECASE)
DEFINITE = {"the", "that", "this", "its", "their"}
LIKENESS = {"similar", "same", "identical", "like"}  # "made a similar call": a retelling of a kind of act
REFERRING = DEFINITE | {"these", "those"}  # "during those talks", "these charges": told before
DEED_NOUNS = {"strike", "airstrike", "raid", "bombardment", "shelling", "attack", "assault", "bombing", "offensive",
              "operation", "blast", "explosion", "clash", "fighting", "shell", "missile", "rocket"}
COLON_LINKS = {"ccomp", "parataxis"}  # how a parse joins the clauses on each side of a colon
# where a place lies or a route goes, not a deed: "a ridge overlooking the valley", "roads leading to the crossing"
STANDING = {"overlook", "border", "face", "straddle", "surround", "adjoin", "lead", "link", "connect"}
DESCRIBING = {"work", "serve", "live", "belong", "represent"}  # "who work for the UN": what a party is
REASONS = {"because", "although", "though"}  # marks of a clause that gives no time
NOUN_TIMES = {"nummod", "compound", "poss", "amod", "npadvmod"}  # "a 2019 agreement", "Monday's raid"
NOUN_DATES = {"nummod", "compound", "amod"}  # "the 1998 treaty", "the March accord"
IN_FORCE = {"place", "force", "effect"}  # "in place since", "in force since"
REPEATING = {"repeat", "reiterate", "reaffirm", "restate"}  # "denied it, and repeated on Monday that ..."
MEANS = {"ASSAULT", "COERCE", "MOBILIZE", "AID"}  # deeds done for a purpose: "fired tear gas to disperse"
POSTED = {"MOBILIZE"}  # deeds that put a force in place, which then stands: "has deployed troops since May"
NEWS = {"decision", "move", "step", "announcement", "agreement", "deal", "ruling", "order", "action"}
BACK_PRONOUNS = {"they", "them"}  # "when he tried to stop them": people told of before
CONTRASTING = {"however", "nevertheless", "nonetheless"}  # "X, however, refused": set against what was just told
LEAD_NEWS = timedelta(days=31)  # how far before publication the news a lead tells can lie
ANSWER_LAG = timedelta(days=7)  # an undated answer to an act this long before the story's news is not the news
MEDIUMS = {"statement", "letter", "note", "interview", "speech", "message", "post", "communique", "briefing",
           "address", "broadcast", "report", "tweet", "video"}  # what a party speaks through
SAY = SAYING | {"insist", "warn", "note"}  # verbs of saying, and of saying while warning or insisting
WORDS_ANSWERED = SPEECH_ACTS | SAY | {"complain", "allege"}  # what "rejected the criticism" answers
JUDGING = {"SUPPORT", "ACCUSE"}  # praise and blame, given "for" a deed done before
PERMITTED = {"allow", "permit"}  # "were allowed to visit him on Monday": let on the day of the visit
# "the minister, speaking on Monday, urged ...", "ministers, meeting in Oslo on Wednesday, backed ...": the occasion
OCCASIONS = {"speak", "talk", "write", "meet", "visit", "arrive", "gather", "address"}
WORDS_OF = SAYING | {"insist", "note"}  # words that tell an act told before, not a new act ("warned", a threat)
PLEDGE_NEWS = {"decision", "concession", "agreement", "offer", "pledge", "promise", "commitment", "move"}  # a pledge retold
TELLING_A_PLEDGE = {"convey", "make", "take", "reach", "announce", "communicate", "relay", "deliver"}  # "was conveyed"
# "a ship loaded with tents", "a road used by trucks": what a thing carries, a state and no deed
LOADED = {"load", "laden", "pack", "fill", "stack", "cram", "stuff", "use"}
AGEING = {"date", "go", "stretch", "trace"}  # "accords dating back to 1994": how old a thing is
UNREAL = {"hypothetical", "negated"}  # "if the audit was refused": an act not told as done, which no "the" retells
COUNT_UNITS = {"day", "week", "month", "night"}  # "for a second day on Tuesday": a count the time closes
CONJUNCT_LAG = 2  # edges by which a time outside a joined verb's words yields to one in them
ASKING = {"REQUEST", "REJECT"}  # acts whose object is the thing asked or refused: "demanded the release"
FURTHER = {"also", "then", "since", "again", "repeatedly", "later", "subsequently", "too"}  # "had also agreed": a new act
REACTING = SAY | {"blame", "accuse", "reject", "deny", "dismiss", "condemn", "denounce", "criticise", "criticize"}
# verbs of a side's answer in words: "It said the patrol was lawful", "The ministry blamed Kyiv for the blast"
STANCES = {"stand"}  # a side told, as the speaker says, to be with another: "said on Monday that Riga stood with Tallinn"
SHIFT_AFTER = re.compile(r"^(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening|night)$|\blater$", re.IGNORECASE)
NEXT_DAY = re.compile(r"(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening)$", re.IGNORECASE)
FOLLOWING = {"follow"}  # "the pause followed a request": the request came first
EARLIER = {"earlier", "initially", "previously", "first"}  # "had earlier handed": before what was just told
FIRST_STRETCHES = {"night", "day", "hour"}  # "during the first night": of a captivity told before
PROPOSALS = {"offer", "proposal", "request", "invitation", "bid", "plan", "demand", "appeal"}  # "declined the offer"


def date_of(frame: Frame, sent, base: int, times: list[TimeExpr], drafts: list[Draft], published,
          lex: Lexicon, caption: bool = False) -> Dated | None:
    """The window of the day of the act a judgement names after a comma (", a step Oslo welcomed": see
    _of_the_step_judged), else of the expression nearest the trigger in the parse, or of the event it is
    anchored to ("soon after the meeting"), an offer's ending by the day it is answered (see
    by_its_answer), or None."""
    doc = sent.doc
    acted = _of_the_step_judged(frame, doc, times, base)
    if acted:
        return Dated.stated(acted[0])  # "..., a step Oslo welcomed": the day of the step, told before the comma
    candidates = []
    head = _claim_telling(frame) or frame.head
    joined = _joined_times(times, doc, base)
    for t in times:
        if any(second is t for _, second in joined.values()):
            continue  # "from 2020 to 2022": the range's end is told with its start
        span = _span(doc, t, base)
        if span is None or not (caption or governs(span.root, head) or _in_trigger(span.root, frame)
                                or _in_the_deed_asked_before(span.root, t, frame, published)):
            continue
        if span.start > 0 and doc[span.start - 1].lower_ in {"until", "till"}:
            continue  # "remanded them in custody until Aug. 27": when the term ends, not when it was set
        if _of_another_noun(span.root, frame, lex):
            continue  # "breached the 1998 treaty": the treaty's year, not the breach's
        if _a_nouns_age(span.root, frame):
            continue  # "talks held under accords dating back to 1994": the accords' age, not the talks' time
        if _in_an_aside(span, frame):
            continue  # "accused Lima of meddling, a reference to the visit of a U.S. envoy last week": the visit's time
        if _in_its_reason(span.root, frame):
            continue  # "thanked Madrid for its help in the talks last month": the help's time, not the thanks'
        if _shift_in_a_later_clause(t, span.root, frame.head):
            continue  # "arrested two organisers; both were released the following day": the release's day
        if _standing_since(span):
            continue  # "lifted its ban on beef imports, in place since 2001": the ban's time, not the lifting's
        if published and t.date and t.date > published and _told_as_past(_clause(frame.head) or frame.head):
            continue  # "signed a deal to double freight by 2028": a past deed is not dated by its goal
        dist = distance(frame.head, _past_its_count(span.root))
        window = _that_day(t, frame, span, drafts, base + sent.start_char, lex, times) \
            or _the_day_after_the_act_before(t, span, drafts, base + sent.start_char, times) \
            or _before_the_clause_above(_shifted(_stated_or_joined(t, joined), frame.head, span.root), frame, span)
        if t.relation in {"since", "after"} and published and not any(a.i == span.root.i for a in frame.head.ancestors) \
                and not _when_after(span, frame.head) and not _begun_since(span, frame) \
                and not _a_gatherings_day(span):
            # ("since November" bounds the event, but "November, when it fired" is in November)
            window = Dated(t.date, published, _precision(t.date, published), t.text, True)
        candidates.append((_conjunct_lag(span.root, frame.head) + dist, abs(span.start - frame.head.i), window))
    timed = _timed_nouns(times, doc, base)
    for tok in sent:
        if tok.i in timed or _names_the_trigger(tok, frame):
            continue  # "at their summit in June": the noun's own time is told, no earlier summit dates it
        anchor = _relative_anchor(tok, drafts, published, lex) or _under_its_terms(tok, frame, drafts)
        if anchor is not None:
            # measured at the noun, as a time is at its own word: "freed on Tuesday on the orders of"; as
            # near as a stated time, it yields to it: "fought during the war in Tigray from 2020 to 2022"
            candidates.append((distance(frame.head, tok) + 1, len(sent) + abs(tok.i - frame.head.i), anchor))
    if not candidates:
        for _, step, own in FALLBACKS:
            found = step(frame, sent, base, times, drafts, published, lex)
            if found is not None:
                return _done_by(found, frame, published) if own else found
        return None
    best = min(candidates, key=lambda c: (c[0], c[1]))[2]
    # "In March, troops handed over a base, one of several such transfers this year": a window the
    # nearest one holds says more; a day's window ("overnight": one night over two dates) holds none
    night = best.precision == "day" and best.date != best.date_end
    inside = [w for _, _, w in candidates if best.date and w.date and not night
              and best.date <= w.date <= w.date_end <= best.date_end]
    chosen = _done_by(min(inside, key=lambda w: w.date_end - w.date, default=best), frame, published)
    return by_its_answer(chosen, frame, doc, times, base)


def by_its_answer(window: Dated, frame: Frame, doc, times: list[TimeExpr], base: int) -> Dated:
    """An offer ends by the day of the clause joined to it that answers it: "Malaysia offered last week
    to send aircraft, but Jakarta declined the offer on Friday" (offered from Monday of last week to Friday);
    the deed offered is measured at the verb that offers it ("to send aircraft")."""
    own = _verb_led(frame.head)
    answers = {c.i for c in getattr(own, "children", ()) if c.dep_ == "conj" and c.i > own.i and _answers(c)}
    answer = next(iter(_day_times_led_by(answers, doc, times, base)), None)
    if answer is None or not (window.date and window.date_end and window.date <= answer.date < window.date_end):
        return window
    return Dated(window.date, answer.date, _precision(window.date, answer.date), window.text, window.explicit)


def _answers(verb) -> bool:
    """Whether a clause's object is an offer told before: "declined the offer", "accepted that proposal"."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in PROPOSALS
               and any(d.lower_ in REFERRING for d in c.children) for c in verb.children)


def _under_its_terms(tok, frame: Frame, drafts: list[Draft]) -> Dated | None:
    """A past act done under the terms of a deal told before is dated by that deal: "Ghana and Togo
    signed a border accord on Monday. Under the accord, Togo agreed to ..." (Monday); not a coming
    one ("Under the accord, troops will pull back"), nor one under a deal named only by its kind."""
    if tok.lower_ != "under" or tok.dep_ != "prep" or not _told_as_past(_clause(frame.head) or frame.head):
        return None
    noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if noun is None or not any(c.lower_ in REFERRING for c in noun.children):
        return None
    told = _told_with(noun.lemma_.lower(), drafts)
    if told is None or told.dated.date is None:
        return None
    return Dated(told.dated.date, told.dated.date_end, told.dated.precision, f"{tok.text} {noun.text}", True)


def _from_the_news_counted(frame: Frame, sent, base, times, drafts, published, lex) -> Dated | None:
    """"The strike came a day after army aircraft bombed RSF positions": see _counted_from_news."""
    return _counted_from_news(frame.head, drafts, lex, published)


def _from_what_followed_it(frame: Frame, sent, base, times, drafts, published, lex) -> Dated | None:
    """"The pause, announced late on Wednesday, followed a request from Lima": an act that another
    followed is no later than that one, so it takes the day told of the follower (the subject of "follow")."""
    head = frame.head
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in FOLLOWING:
        return None
    subject = next((c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    spans = [(t, _span(sent.doc, t, base)) for t in times if t.relation == "at" and t.precision == "day"]
    return next((Dated.stated(t) for t, span in spans
                 if span is not None and subject.left_edge.i <= span.root.i <= subject.right_edge.i), None)


def _from_its_purpose_or_party(frame: Frame, sent, base, times, drafts, published, lex) -> Dated | None:
    """The first time closing the purpose of a deed ("fired tear gas to disperse a rally on Monday") or
    told of its party ("the group's Monday statement")."""
    doc = sent.doc
    meant = frame.trigger.type in MEANS
    return next((Dated.stated(t) for t in times if meant and _in_purpose(t, doc, base, frame.head, published)
                 or _of_its_party(_span(doc, t, base), frame)), None)


def _from_a_joined_clause(frame: Frame, sent, base, times, drafts, published, lex) -> Dated | None:
    """The time of the clause before the event's ("met on Monday and signed a deal"), of the repeating
    one after it, of the clause before a colon, or of the deed a speaker's added words follow: see
    _of_the_clause_before, _of_the_repeating_after, _of_the_clause_before_a_colon and _of_the_words_added_to;
    else the dated event of the clause before, when its day lies deeper in it (see _dated_clause_before)."""
    doc = sent.doc
    joined_to = _of_the_clause_before(frame, doc, times, base) or _of_the_repeating_after(frame, doc, times, base) \
        or _of_the_clause_before_a_colon(frame, doc, times, base) or _of_the_words_added_to(frame, doc, times, base)
    return Dated.stated(joined_to[0]) if joined_to else _dated_clause_before(frame, drafts)


def _from_the_deed_let(frame: Frame, sent, base, times, drafts, published, lex) -> Dated | None:
    """"Consular officers were allowed to see him on Friday", "Oslo let the envoy visit them the next day": a
    permission is dated by the day of the deed it let happen."""
    head = frame.head
    if head.lemma_.lower() not in PERMITTED:
        return None
    deeds = {head.i} | {c.i for c in head.children if c.dep_ in {"xcomp", "ccomp"}}
    found = _day_times_led_by(deeds, sent.doc, times, base)
    return Dated.stated(found[0]) if found else None


def _from_the_verb_above(frame: Frame, sent, base, times, drafts, published, lex) -> Dated | None:
    """The window of a dated event whose verb the trigger hangs on: see _dated_verb_above."""
    return _dated_verb_above(frame, drafts)


def _from_the_same_act_told_before(frame: Frame, sent, base, times, drafts, published, lex) -> Dated | None:
    """"The meeting was held at the delegation level": the meeting told before, told with that word
    if one was ("The treaty was signed by ..." after "signed a treaty ... since last year's pact"); one told
    as done: "Lima rejected the claim" after "would go to court if the audit was refused" is no retelling;
    a demand or refusal of a definite object is no retelling of the latest act of its type (see _what_the_verb_asks)."""
    if not told_before(frame) or AT_THAT_TIME.search(sent.text):
        return None
    noun = frame.head if frame.head.pos_ == "NOUN" else next((t for t in frame.tokens[1:] if t.pos_ == "NOUN"), None)
    kind = [d for d in drafts if d.frame.trigger.type == frame.trigger.type and d.frame.modality not in UNREAL]
    earlier = _told_with(noun.lemma_.lower(), kind) if noun is not None else None
    if earlier is None and not (frame.trigger.type in ASKING and _what_the_verb_asks(noun, frame.head)):
        earlier = _latest_news([d for d in kind if d.sentence.span[0] >= base], None) \
            or _latest_news(kind, published) or _latest_news(kind, None)
    return earlier.dated if earlier is not None else None


def _what_the_verb_asks(noun, verb) -> bool:
    """Whether a definite noun is the object a verb of demand asks for, no act of its type told
    before: "Lusaka demanded the immediate release of the traders" (a demand, not a demand told earlier)."""
    return noun is not None and noun.dep_ == "dobj" and noun.head.i == verb.i and verb.pos_ == "VERB"


# When no time governs the event, the first of these that finds a window dates it, in order: (name, step,
# whether the window is the event's own time, which a deed done by then narrows; see _done_by)
FALLBACKS = (
    ("counted from the news", _from_the_news_counted, True),
    ("what followed it", _from_what_followed_it, True),
    ("its purpose or its party", _from_its_purpose_or_party, True),
    ("a joined clause", _from_a_joined_clause, True),
    ("the deed it let happen", _from_the_deed_let, True),
    ("the verb above", _from_the_verb_above, False),
    ("the same act told before", _from_the_same_act_told_before, False),
)


def _past_its_count(time_root):
    """The word a time hangs on, past a count of days it closes ("held a sit-in for a third day on
    Friday": held, not day), so that it is as near the verb as a time in a clause below it; else the
    time's own word."""
    prep = time_root.head
    unit = prep.head if prep.dep_ == "prep" else None
    if unit is None or unit.lemma_.lower() not in COUNT_UNITS or unit.dep_ != "pobj" or unit.head.lower_ != "for":
        return time_root
    return unit.head


def _conjunct_lag(time_root, head) -> int:
    """How far a time outside a joined verb's own words stands behind one inside them: "were detained
    overnight and released the following morning" (the morning, however the parse hangs it, dates the
    release); a verb that is no conjunct, or a time in its words, stands nowhere behind."""
    outside = head.dep_ == "conj" and head.pos_ in {"VERB", "AUX"} and not any(a.i == head.i for a in time_root.ancestors)
    return CONJUNCT_LAG if outside else 0


def _shift_in_a_later_clause(t: TimeExpr, time_root, head) -> bool:
    """Whether a time counted on from the day told before sits in a clause joined after the trigger's:
    "police arrested two organisers; both were released on bail the following day" (the release's day,
    not the arrest's, which keeps the day told before), "closed the border on Monday, only to reopen it
    the next day" (a clause of what followed)."""
    if time_root.i <= head.i or not SHIFT_AFTER.search(t.text.strip()):
        return False
    clause = _clause(time_root)
    joined = clause is not None and clause.dep_ in COLON_LINKS | {"conj", "advcl"} \
        and any(a.i == head.i for a in clause.ancestors)
    return joined or any(tok.text == ";" for tok in head.doc[head.i:time_root.i])


def _names_the_trigger(tok, frame: Frame) -> bool:
    """Whether a preposition's object is the event's own noun, which no earlier event dates: "signed
    the pact on Monday, during the first visit by a foreign minister since the row" (the visit)."""
    return any(c.dep_ == "pobj" and c.i == frame.head.i for c in tok.children)


def _of_another_noun(time_root, frame: Frame, lex: Lexicon) -> bool:
    """Whether the time dates a noun other than the event's own: "breached the 1998 water treaty",
    "attacked the town under the 2019 accord" (the treaty's and the accord's years, not the deeds');
    the event's noun keeps it ("signed the 2019 agreement", "met at the June summit", "in a Monday statement")."""
    noun = time_root.head
    if time_root.dep_ not in NOUN_DATES or noun.pos_ != "NOUN" or noun.i == frame.head.i:
        return False
    if time_root.i > 0 and time_root.doc[time_root.i - 1].pos_ == "ADP":
        return False  # "On Friday India's navy handed over": a time of its own, misparsed onto a noun
    own = _clause(frame.head)
    if own is not None and _on_its_noun(_clause(time_root), _first_of_coordination(own), time_root):
        return False  # "the 2015 disaster, which killed 9,000": the noun's own clause
    lemma = noun.lemma_.lower()
    if lemma in GATHERINGS or lemma in MEDIUMS:
        return False
    return not any(t.type == frame.trigger.type for t in lex.nouns.get(lemma, ()))


def _a_nouns_age(time_root, frame: Frame) -> bool:
    """Whether the time tells how far back a noun goes, in a participle on it that is not the
    event's: "talks are held under accords dating back to 1994" (the accords' age); not "the row
    dates back to 2019, when troops crossed" (a clause of its own, the when-clause the time's)."""
    clause = _clause(time_root)
    return clause is not None and clause.dep_ == "acl" and clause.lemma_.lower() in AGEING \
        and clause.i != frame.head.i and not any(t.i == clause.i for t in frame.tokens)


def _in_an_aside(span, frame: Frame) -> bool:
    """Whether the time closes a noun phrase set off by a comma after the event, past a phrase of its
    own: "accused Lima of meddling, a reference to the visit of a U.S. envoy last week" (the visit's
    time, however deep the parser hung it); not a time told right at the noun ("struck Kyiv, the capital,
    overnight", "freed 11 sailors, all Filipinos, on Monday", however parsed), nor one a comma sets off
    from the aside, which closes it ("shut the pass, the only road to the coast, on Monday")."""
    time_root = span.root
    noun = next((a for a in [time_root, *time_root.ancestors] if a.head.i == frame.head.i), None)
    if noun is None or noun.i == time_root.i or noun.pos_ != "NOUN" or noun.i < frame.head.i:
        return False
    start = min(span.start, time_root.head.i) if time_root.head.pos_ == "ADP" else span.start
    if start > 0 and span.doc[start - 1].text == ",":
        return False
    comma = noun.left_edge.i - 1
    return comma > frame.head.i and noun.doc[comma].text == "," \
        and any(c.dep_ == "prep" and noun.i < c.i < time_root.i and c.i != time_root.head.i for c in noun.children)


def _in_its_reason(time_root, frame: Frame) -> bool:
    """Whether the time dates a noun in the "for" phrase giving the reason of a praise or a blame:
    "thanked Accra for its help during the talks last month" (the talks', not the thanks'; a time the
    "for" takes itself, "jailed for ten years", is left to the other rules)."""
    if frame.trigger.type not in JUDGING or time_root.head.lower_ == "for":
        return False
    path = [time_root, *time_root.ancestors]
    at = next((k for k, a in enumerate(path) if a.i == frame.head.i), None)
    return at is not None and at >= 3 and path[at - 1].dep_ == "prep" and path[at - 1].lower_ == "for"


def _of_the_clause_before(frame: Frame, doc, times: list[TimeExpr], base: int) -> list[TimeExpr]:
    """The time of the clause a past deed is joined to with "and", when the deed tells none of its own:
    "the ministers met on Monday, and the two agreed to reopen the border" (agreed on Monday; "met in
    May, and the two agreed": in May); a
    subject that names a new party starts another happening ("..., and Fiji sent aid"). When the clause
    before is a verb of saying, the day of the clause it reports before it counts too ("the ministers
    met on Monday, both ministries said, and agreed", the subject the reported clause's)."""
    before = _clause_before(frame)
    if before is None:
        return []
    return _times_led_by({before.i} | _told_before_its_sayer(before), doc, times, base)


def _clause_before(frame: Frame):
    """The past clause a past deed is joined to with "and" (see _of_the_clause_before), or None; a deed
    told as said in the joined clause is joined through its saying: "police fired tear gas on Tuesday,
    and the commissioner said 41 people were arrested" (fired), unless told in the past perfect."""
    own = _clause(frame.head)
    if own is not None and own.dep_ == "ccomp" and own.head.lemma_.lower() in SAY and own.head.dep_ == "conj" \
            and (own.tag_ == "VBD" or own.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                                                  for c in own.children)) and not _pluperfect(own):
        own = own.head
    if own is None or own.dep_ != "conj" or own.tag_ != "VBD" or own.head.tag_ != "VBD":
        return None
    subject = next((c for c in own.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and not _told_before_its_sayer(own.head) or subject is not None and subject.pos_ == "PROPN" \
            and _after_a_comma(own):
        return None
    return own.head


def _dated_clause_before(frame: Frame, drafts: list[Draft]) -> Dated | None:
    """The window of the event of the clause before a deed (see _clause_before) when it has a day of its own
    that no time on its verb gives: "police fired tear gas to clear the road on Tuesday, and the commissioner
    said 41 people were arrested" (Tuesday, the day of the firing, told in its purpose)."""
    before = _clause_before(frame)
    told = next((d for d in reversed(drafts) if before is not None and d.frame.head.doc is before.doc
                 and getattr(_clause(d.frame.head), "i", None) == before.i and d.frame.modality == "asserted"), None)
    return told.dated if told is not None and told.dated.explicit and told.dated.precision == "day" else None


def _of_the_step_judged(frame: Frame, doc, times: list[TimeExpr], base: int) -> list[TimeExpr]:
    """The day of the act a judgement names with a news noun after a comma: "the ministry said on Monday
    that talks would resume, a step Oslo welcomed" (Monday), "On Sunday, Riga agreed to share data, a move
    officials welcomed" (Sunday). The noun either carries the judging verb in a clause on it or opens its words."""
    if frame.trigger.type not in JUDGING or frame.head.pos_ != "VERB":
        return []
    verb = frame.head
    if verb.dep_ in {"relcl", "acl"} and _news_after_a_comma(verb.head):
        return _day_times_led_by(_the_clause_and_its_teller(verb.head.head), doc, times, base) \
            or _times_led_by(_the_clause_before_the_comma(verb.head), doc, times, base)
    step = next((t for t in verb.doc[verb.left_edge.i:verb.i] if _news_after_a_comma(t)
                 and getattr(_clause(t), "i", None) == verb.i), None)
    if step is None:
        return []
    acts = {c.i for c in verb.children if c.dep_ in {"ccomp", "conj"} and c.i < step.i}
    return _day_times_led_by(acts, doc, times, base)


def _the_clause_before_the_comma(noun) -> set[int]:
    """The verbs, given by index, of the past clause that ends at the comma before a news noun, with the
    verbs joined to it by "and", when the noun hangs on a verb further back: "The ruling came weeks after
    Lima freed two fishermen last month, a move Quito welcomed" (freed), whose time the step is of."""
    edge = noun.left_edge.i
    last = _clause(noun.doc[edge - 2]) if edge >= 2 else None
    if last is None or last.i == noun.head.i or not _past_verb(last):
        return set()
    first = _first_of_coordination(last)
    return {first.i} | {c.i for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB"}


def _times_led_by(verbs: set[int], doc, times: list[TimeExpr], base: int) -> list[TimeExpr]:
    """The times, of any precision, at which a clause whose verb is one of ``verbs`` (by index) is told."""
    spans = [(t, _span(doc, t, base)) for t in times if t.relation == "at"]
    return [t for t, span in spans if span is not None and getattr(_verb_led(span.root), "i", None) in verbs]


def _the_clause_and_its_teller(verb) -> set[int]:
    """A clause and the verbs that tell it, given by index: "said on Tuesday that its trawlers would stay out"
    (stay and said)."""
    found = {verb.i}
    while verb.dep_ in {"ccomp", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head
        found.add(verb.i)
    return found


def _news_after_a_comma(noun) -> bool:
    """Whether a noun is a news noun ("step", "move") opening words after a comma: ", a step Oslo welcomed"."""
    edge = noun.left_edge.i
    return noun.lemma_.lower() in NEWS and edge >= 1 and noun.doc[edge - 1].text == ","


def _told_before_its_sayer(verb) -> set[int]:
    """The clauses a verb of saying tells when they come before it, given by index: "the ministers met on
    Monday, both ministries said, and the two agreed" (met, which the "and" joins across "said")."""
    if verb.lemma_.lower() not in SAY:
        return set()
    return {c.i for c in said_before(verb) if c.tag_ == "VBD"}


def _of_the_words_added_to(frame: Frame, doc, times: list[TimeExpr], base: int) -> list[TimeExpr]:
    """The day of the past deed a speaker tells, for a past deed the speaker adds without a day of its own:
    "troops shelled the town on Sunday, an army spokesman said, adding that four men were detained" (Sunday)."""
    own = _clause(frame.head)
    if own is None or own.dep_ != "ccomp" or own.head.lemma_.lower() != "add" or own.head.dep_ not in {"advcl", "conj"}:
        return []
    if not _past_verb(own) and not any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in own.children):
        return []
    sayer = own.head.head
    if sayer.lemma_.lower() not in SAY:
        return []
    told = {c.i for c in sayer.children if c.dep_ == "ccomp" and _past_verb(c)}
    return _day_times_led_by(told, doc, times, base)


def _of_the_clause_before_a_colon(frame: Frame, doc, times: list[TimeExpr], base: int) -> list[TimeExpr]:
    """The day of a past clause a past deed follows after a colon, when the deed tells none of its own:
    "The talks on Friday bore fruit: the two ministers agreed to reopen the consulates" (agreed on Friday)."""
    own = _clause(frame.head)
    if own is None or own.tag_ != "VBD":
        return []
    linked = [c for c in own.children if c.dep_ in COLON_LINKS and c.i < own.i]
    if own.dep_ in COLON_LINKS and own.head.i < own.i:
        linked.append(own.head)
    before = [v for v in linked if _past_verb(v) and _colon_between(v, own)]
    return _day_times_led_by({v.i for v in before}, doc, times, base)


def _day_times_led_by(verbs: set[int], doc, times: list[TimeExpr], base: int) -> list[TimeExpr]:
    """The times naming the day of a clause whose verb (or the verb leading its infinitive, see
    _verb_led) is one of ``verbs``, given by index."""
    return [t for t in _times_led_by(verbs, doc, times, base) if t.precision == "day"]


def _past_verb(verb) -> bool:
    """Whether a verb is past, or follows a past "did": "the talks did produce one result"."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ == "do" for c in verb.children)


def _colon_between(first, second) -> bool:
    """Whether a colon hanging on one of two clauses stands between them: "bore fruit: the two agreed"."""
    return any(t.text == ":" and first.i < t.i < second.i and t.head.i in {first.i, second.i}
               for t in first.doc[first.i:second.i])


def _verb_led(time_root):
    """The clause of a time, or the verb that leads its infinitive or gerund: "began" for "began
    sending gas on Thursday"."""
    clause = _clause(time_root)
    while clause is not None and clause.dep_ in {"xcomp", "oprd"}:
        clause = clause.head  # "kept their shops shut on Tuesday": the keeping's Tuesday
    return clause


def _after_a_comma(verb) -> bool:
    """Whether a conjoined clause opens after a comma and its conjunction: ", and New Zealand sent
    advisers" (a new happening), not "began pumping gas on Friday and the EU sent aid" (one telling)."""
    edge = verb.left_edge.i
    return edge >= 2 and verb.doc[edge - 1].dep_ == "cc" and verb.doc[edge - 2].text == ","


def _of_the_repeating_after(frame: Frame, doc, times: list[TimeExpr], base: int) -> list[TimeExpr]:
    """The day of a later verb of repeating a stance told without a time is joined to with "and":
    "Rwanda has always rejected the claim, and its minister repeated on Tuesday that ..." (on Tuesday);
    or of a later verb of saying that shares its subject, the same telling: "the minister denied that
    the raids targeted migrants and said on Friday that they would go on" (denied on Friday), or that
    tells how it was done: "rejected the request, saying on Thursday that ..." (see _saying_how)."""
    own = _clause(frame.head)
    again = next((c for c in getattr(own, "children", ()) if (c.dep_ == "conj" and c.i > own.i
                  and (c.lemma_.lower() in REPEATING or _said_by_the_same(c, own))) or _saying_how(c, own)), None)
    if again is None:
        return []
    spans = [(t, _span(doc, t, base)) for t in times if t.precision == "day"]
    return [t for t, span in spans if span is not None and getattr(_clause(span.root), "i", None) == again.i]


def _saying_how(verb, own) -> bool:
    """Whether a participle of saying after a past clause tells the words it was done with: "Ottawa
    rejected the claim, saying on Monday that its ships never left port" (rejected on Monday)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > own.i and verb.lemma_.lower() in SAY \
        and own.tag_ == "VBD"


def _said_by_the_same(verb, own) -> bool:
    """Whether a past verb of saying joined after a past clause has no subject of its own: "denied the
    charge and said on Friday that ..."; not "denied the charge, and Ankara said on Friday ..."."""
    return verb.lemma_.lower() in SAY and verb.tag_ == "VBD" and own.tag_ == "VBD" \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _dated_verb_above(frame: Frame, drafts: list[Draft]) -> Dated | None:
    """The window of the event of the verb a deed is the complement of, when that one has a time of its own:
    "As part of the deal signed last month, Peru also agreed to allow more flights" (allowed last month)."""
    head = frame.head
    if head.dep_ != "xcomp":
        return None
    above = _draft_at(head.head, drafts)
    return above.dated if above is not None and above.dated.explicit else None


def _done_by(window: Dated, frame: Frame, published) -> Dated:
    """A deed told as past ends by the day it is reported: "began deploying soldiers this week" in a
    story of Thursday is from Monday to Thursday, not to Sunday."""
    if not (published and window.date and window.date_end) or not window.date <= published < window.date_end:
        return window
    verb = _clause(frame.head) or frame.head
    if not (_told_as_past(verb) or verb.dep_ == "xcomp" and _told_as_past(verb.head)):
        return window  # "began deploying": the deploying is told as past by its verb
    return Dated(window.date, published, _precision(window.date, published), window.text, window.explicit)


JOINING = re.compile(r"\s*(?:to|until|till|through|and)\s+(?:in\s+|on\s+)?(?:the\s+)?$", re.IGNORECASE)


def _joined_times(times: list[TimeExpr], doc, base: int) -> dict[int, tuple[TimeExpr, TimeExpr]]:
    """Pairs of times told as one range or coordination, keyed by the first one's id: "from 1998
    to 2000", "in the early 1990s and in 2020", "the fighting of 2020 and 2023"."""
    joined = {}
    for first, second in zip(times, times[1:]):
        gap = doc.text[first.span[1] - base : second.span[0] - base] if second.span[0] >= first.span[1] else ""
        if first.date and second.date and first.date <= second.date and JOINING.fullmatch(gap):
            joined[id(first)] = (first, second)
    return joined


def _stated_or_joined(t: TimeExpr, joined: dict) -> Dated:
    """The window ``t`` states, run on to the end of the time it is joined with ("from 2020 to
    2022": 2020-01-01..2022-12-31)."""
    if id(t) not in joined:
        return Dated.stated(t)
    second = joined[id(t)][1]
    return Dated(t.date, second.date_end, _precision(t.date, second.date_end), f"{t.text} .. {second.text}", True)


def _timed_nouns(times: list[TimeExpr], doc, base: int) -> set[int]:
    """The indices of the words a time of the sentence hangs below ("summit" in "at their summit in
    June"), so that the events they name have their own time and no earlier mention need date them."""
    spans = (_span(doc, t, base) for t in times)
    return {a.i for span in spans if span is not None for a in span.root.ancestors}


EXACT_UNITS = {"day": 1, "week": 7}
CALENDAR_UNITS = {"month": 1, "year": 12}  # counted in months: "a year after" moves the window a calendar year
FEW_UNITS = {"days": (1, 7)}  # an uncounted plural, as days from the dated one: "days after" is one to seven


def of_another_clause(t: TimeExpr, verb, base: int) -> bool:
    """Whether a time expression of the paragraph (text offset ``base``) dates a clause other than the
    promise of ``verb``: one on a noun ("said Tehran would release two men held in Iran since 2024" does
    not date the promise 2024; nor does a later verb of that clause: "reconvene the commission, which
    oversaw the handover but has not met since 2023"), or a clause joined after it ("will lift the ban,
    and Lima agreed to drop a case it filed last month": last month is the filing's)."""
    span = _span(verb.doc, t, base)
    clause = _clause(span.root) if span is not None else None
    return clause is not None and (_first_of_coordination(clause).dep_ in {"acl", "relcl"}
                                   or _in_a_later_conjunct(span.root, verb))


def _in_a_later_conjunct(tok, verb) -> bool:
    """Whether a word sits in a clause joined after ``verb`` with a subject of its own, one that does not
    hold the verb nor tells it: "will lift the ban, and Lima agreed to drop the case last week" (agreed),
    not "will lift the ban, the ministry announced on Monday"."""
    for node in [tok, *tok.ancestors]:
        if node.i == verb.i or node.is_ancestor(verb):
            return False
        if node.dep_ == "conj" and node.i > verb.i and node.lemma_.lower() not in SAY \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return True
    return False


def _claim_telling(frame: Frame):
    """The verb of saying an accusation is made by, when its words are a passive claim: "Asked about
    it on Wednesday, she said the vote had been stolen" accuses on Wednesday; else None."""
    head = frame.head
    if frame.trigger.type != "ACCUSE" or head.dep_ != "ccomp" or not any(c.dep_ == "auxpass" for c in head.children):
        return None  # a passive claim, not a deed the speaker reports ("said it summoned the envoy")
    if frame.trigger.context == "diplomatic":
        return None  # "said the ambassador had been summoned on Monday": a summons is a deed, told with its day
    return head.head if head.head.lemma_.lower() in SAY else None


def _that_day(t: TimeExpr, frame: Frame, span, drafts: list[Draft], start: int, lex: Lexicon,
              times: list[TimeExpr]) -> Dated | None:
    """"the same day", "hours later": the day of the act told before it counts from, the first of a like
    act's, its object's, the day named before it in its sentence (see _day_named_before) and the sentence
    before's dated to a day with no later day named since."""
    if not SAME_DAY_TEXT.search(t.text):
        return None
    told = (_alike_told(frame, drafts), _summed_up(frame, drafts), *_objects_told(frame, drafts, lex),
            _done_to_its_subject(t, frame, drafts))
    day = next((d.dated for d in told if d is not None and d.dated.precision == "day" and not _named_since(t, d)), None) \
        or _day_named_before(t, times, start)
    before = _main_told_before(t, span, drafts, start) if day is None else None
    if before is not None and not _named_since(t, before):
        day = before.dated
    return None if day is None else Dated(day.date, day.date_end, "day", t.text, True)


def _the_day_after_the_act_before(t: TimeExpr, span, drafts: list[Draft], start: int,
                                  times: list[TimeExpr]) -> Dated | None:
    """"The patrol fired on a boat in early March. Kampala protested the next day": the day after the act
    the sentence before told (its main clause's, else its last), dated there, rather than after the last
    day the text named (a later one, told of the story's news); None when that act is the one the day
    counted from, when its own sentence names a time before it ("closed it on Monday, only to reopen it
    the next day"), or when the sentence before told none."""
    if not NEXT_DAY.match(t.text.strip()) or t.date is None or any(start <= u.span[0] < t.span[0] for u in times):
        return None
    just_before = _start_before(span, start)
    told = [d for d in drafts if d.sentence.span[0] == just_before and d.dated.explicit and d.dated.date
            and d.frame.modality == "asserted"]
    act = next((d for d in told if d.frame.head.dep_ == "ROOT"), told[-1] if told else None)
    if act is None or act.dated.date_end + timedelta(days=1) == t.date:
        return None
    return Dated(act.dated.date + timedelta(days=1), act.dated.date_end + timedelta(days=1), act.dated.precision,
                 t.text, True)


def _day_named_before(t: TimeExpr, times: list[TimeExpr], start: int) -> Dated | None:
    """"Niger recalled its envoy on Monday and summoned Algeria's the same day": the day named last before
    "the same day" in its own sentence (which starts at ``start``), which it counts from before any day
    told in a sentence before."""
    if t.text.lower() not in SAME_DAY_ANAPHORS:
        return None
    named = [u for u in times if start <= u.span[0] < t.span[0] and u.precision == "day" and u.date
             and u.date == u.date_end and not SAME_DAY_TEXT.search(u.text)]
    return Dated.stated(named[-1]) if named else None


def _alike_told(frame: Frame, drafts: list[Draft]) -> Draft | None:
    """"Ottawa made a similar call the same day", "voiced the same demand that day": an act that
    retells a kind of act is on the day of the latest one of its type told before (dated to a day),
    not of an act merely told with the same word ("rejected Western calls on Thursday")."""
    if not any(c.dep_ == "dobj" and any(m.lower_ in LIKENESS for m in c.children) for c in frame.head.children):
        return None
    return _latest_dated(drafts, lambda d: d.frame.trigger.type == frame.trigger.type and d.dated.precision == "day")


def _summed_up(frame: Frame, drafts: list[Draft]) -> Draft | None:
    """"Lima accused Quito of hiding the rebels, a charge Quito denied within hours": the act of the
    clause that a noun set after it sums up, when the trigger is a relative clause on that noun."""
    noun = frame.head.head
    if frame.head.dep_ != "relcl" or noun.dep_ not in SUMMING:
        return None
    return _draft_at(noun.head, drafts)


def _draft_at(verb, drafts: list[Draft]) -> Draft | None:
    """The latest event whose trigger's head is the token ``verb``."""
    return next((d for d in reversed(drafts) if d.frame.head.doc is verb.doc and d.frame.head.i == verb.i), None)


def _objects_told(frame: Frame, drafts: list[Draft], lex: Lexicon) -> list[Draft | None]:
    """"Ankara rejected the Greek protest the same day", "rejected the protest hours later": the acts
    its definite objects name (the latest told with that word)."""
    told = [(obj, _told_with(obj.lemma_.lower(), drafts)) for obj in frame.head.children if obj.dep_ == "dobj"
            and any(c.lower_ in DEFINITE or c.dep_ in {"amod", "poss"} for c in obj.children)]
    return [d for obj, d in told if d is None or not _acted_on(obj, d, lex)]


def _done_to_its_subject(t: TimeExpr, frame: Frame, drafts: list[Draft]) -> Draft | None:
    """"Troops detained two herders on May 4 ... and the herders were freed within hours": the latest act
    done to the party a passive subject tells again with "the", which hours counted on start from."""
    if not HOURS_TEXT.search(t.text):
        return None
    subject = next((c for c in frame.head.children if c.dep_ == "nsubjpass"
                    and any(d.lower_ in DEFINITE and d.dep_ == "det" for d in c.children)), None)
    if subject is None:
        return None
    lemma = subject.lemma_.lower()
    return next((d for d in reversed(drafts) if (d.frame.head.doc is not frame.head.doc or d.frame.head.i < frame.head.i)
                 and any(c.dep_ == "dobj" and c.lemma_.lower() == lemma for c in d.frame.head.children)), None)


def _acted_on(obj, told: Draft, lex: Lexicon) -> bool:
    """Whether a shared object is a thing the act told before was done to, not an act: "closed the
    crossing the same day" after "reopened the crossing on Monday" (but "rejected the protest" names
    the act of "lodged a protest")."""
    lemma = obj.lemma_.lower()
    return lemma not in lex.nouns and any(c.dep_ == "dobj" and c.lemma_.lower() == lemma
                                          for c in told.frame.head.children)


def _named_since(t: TimeExpr, told: Draft) -> bool:
    """Whether "the same day" has a later day named since the act it would count from (the one its
    object names, or the one told before): "condemned the attack the same day" after "The owner
    denied on Thursday ..." is Thursday, not the day of a Wednesday attack (but "rejected the
    protest hours later" counts from the protest)."""
    return HOURS_TEXT.search(t.text) is None and t.date is not None and t.date > told.dated.date_end


def _main_told_before(t: TimeExpr, span, drafts: list[Draft], start: int) -> Draft | None:
    """"Kabul accused Pakistani troops the same day" after "In a statement on Monday, Islamabad accused
    Afghan forces and said they had triggered Sunday's clash": the main clause of the sentence before
    (the sentence starting at ``start`` is the current one), dated in it to a day."""
    if t.text.lower() not in SAME_DAY_ANAPHORS or span.end < len(span.doc) and span.doc[span.end].lower_ in {"that", "as"}:
        return None  # "the same day that the envoy cast the veto": the day of that clause
    before = [d for d in drafts if d.sentence.span[0] < start]
    just_before = _start_before(span, start)
    return next((d for d in before if d.sentence is before[-1].sentence and d.frame.head.dep_ == "ROOT"
                 and (just_before is None or d.sentence.span[0] == just_before)
                 and d.dated.explicit and d.dated.precision == "day"), None)


def _start_before(span, start: int) -> int | None:
    """Where the sentence before the one holding ``span`` (which starts at ``start``) starts, when the
    paragraph has one: "The survey began on Tuesday. Tokyo protested the same day" counts from the
    survey's sentence, not from an act told further back; None for a paragraph's first sentence."""
    sent = span.sent
    if sent.start == 0:
        return None
    return start - (sent.start_char - span.doc[sent.start - 1].sent.start_char)


def _span(doc, t: TimeExpr, base: int):
    """A time expression's tokens in a parse whose text starts at ``base`` in the article."""
    return doc.char_span(t.span[0] - base, t.span[1] - base, alignment_mode="expand")


def _a_gatherings_day(span) -> bool:
    """Whether the time names the day of a gathering it qualifies, which "after" follows that day: "after
    Sunday's session, the deputies voted", "after Friday prayers, crowds marched" (as "after the talks")."""
    root = span.root
    return root.dep_ in NOUN_TIMES and root.head.lemma_.lower() in GATHERINGS


def _standing_since(span) -> bool:
    """Whether a time follows "in place since", "in force since": it tells how long the thing acted on
    had stood ("lifted the curfew, in force since March"), whatever word the parser hangs it on."""
    doc = span.doc
    return span.start >= 3 and doc[span.start - 1].lower_ == "since" and doc[span.start - 2].lower_ in IN_FORCE \
        and doc[span.start - 3].lower_ == "in"


def _when_after(span, trigger) -> bool:
    """Whether the trigger's clause is a "when" clause told right after the time expression:
    "since Sept. 14, when a bomb struck a police vehicle" (the parser hangs it on the main verb),
    or a relative clause on the thing the time dates, or that thing itself."""
    if span.root.head.i == trigger.i:
        return True  # "since last year's pact": the year is the pact's own
    clause = _clause(trigger)
    opener = _first_of_coordination(clause) if clause is not None else None
    when = next((c for c in opener.children if c.dep_ == "advmod" and c.lower_ == "when"), None) if opener else None
    if when is not None and 0 <= when.i - span.end <= 1:
        return True
    if clause is not None and _result_of_when(span, clause):
        return True
    # "since the 2015 disaster, which killed 9,000": the year is the disaster's, and so the killing's
    while clause is not None and clause.dep_ == "conj":
        clause = clause.head
    return clause is not None and clause.dep_ == "relcl" and clause.head.i in {span.root.i, span.root.head.i}


def _result_of_when(span, clause) -> bool:
    """Whether ``clause`` is in a participle told right after a "when" clause on the time, which the
    parser hung on the main verb though it tells what the "when" clause's deed led to: "has been
    disputed since 2009, when Chad built a dam, prompting Niger to send troops" (in 2009)."""
    when = [c for c in span.root.children if c.dep_ == "relcl" and any(
        w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)]
    doc = span.doc
    for node in [clause, *clause.ancestors]:
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.left_edge.i >= 1:
            comma = node.left_edge.i - 1
            return doc[comma].text == "," and any(r.right_edge.i + 1 == comma for r in when)
    return False


def _begun_since(span, frame: Frame) -> bool:
    """Whether a deployment in the present perfect is bounded by "since": "has sent 900 troops to the
    border since early May" tells when the sending began (in early May), not a stretch up to today
    ("has shelled the town since May" goes on to today)."""
    trigger = frame.head
    if frame.trigger.type not in POSTED or span.start == 0 or span.doc[span.start - 1].lower_ != "since":
        return False
    return trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in trigger.children)


def in_a_clause_on_the_subject(head) -> bool:
    """Whether a trigger is told in a relative clause on its sentence's subject, which describes that
    party rather than telling the news: "Chad, which cut ties with Sudan in 2023 and has closed its
    border, condemned the raid" (2023 dates neither the news nor the sentences after)."""
    clause = _clause(head)
    first = _first_of_coordination(clause) if clause is not None else None
    return first is not None and first.dep_ == "relcl" and first.head.dep_ in {"nsubj", "nsubjpass"}


def _first_of_coordination(verb):
    """The first of coordinated verbs, whose clause marker they share: "since May, when gunmen
    stormed the boats and detained the crews" gives "stormed" for "detained"."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def _counted_from_news(trigger, drafts: list[Draft], lex: Lexicon, published=None) -> Dated | None:
    """'The strike came a day after army aircraft bombed RSF positions': a window counted from the
    event the main clause names as a definite noun ("the strike", told and dated before; "the
    decision", "the move": the latest act told dated to a day, of whatever kind); one told in the
    present ("the dispute comes two months after") is counted from the story's day."""
    found = _count_above(trigger, levels=3, preps=False)
    if found is None:
        return None
    node, relation, count, text = found
    subject = next((c for c in node.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not any(c.lower_ in DEFINITE for c in subject.children):
        return None
    lemma = subject.lemma_.lower()
    types = {t.type for t in lex.nouns.get(lemma, ())}
    # "the strike": the latest event told with that word, else of the kind it names ("The assault came ...")
    news = _sharpest_telling(lemma, "", drafts) or _latest_dated(
        drafts, lambda d: d.dated.precision == "day" and (d.frame.trigger.type in types or lemma in NEWS))
    if (news is None or news.dated.date is None) and published and node.head.tag_ in {"VBZ", "VBP"}:
        return _moved(Dated(published, published, "day", subject.text, True), relation.lower_ == "after", count,
                      f"{text} {relation.text} {subject.text}")
    if news is None or news.dated.date is None:
        return None
    return _moved(news.dated, relation.lower_ == "after", count, f"{text} {relation.text} {subject.text}")


def _shifted(window: Dated, trigger, time_root) -> Dated:
    """The window of an event told as "N days after/before" the dated one: "recalled its envoy on
    Friday, a week after troops shelled a post" dates the shelling a week before Friday."""
    clause = _clause(time_root)
    found = _count_above(trigger, stop=clause) if window.date is not None and clause is not None else None
    if found is None:
        return window
    _, relation, count, text = found
    return _moved(window, relation.lower_ == "after", count, f"{text} {relation.text} {window.text}")


def _before_the_clause_above(window: Dated, frame: Frame, span) -> Dated:
    """The act of an uncounted "after" clause dated only by the day of the clause above it was done by
    the day before: "Oman recalled its envoy on Friday after Yemen seized a tanker" (the seizing on
    Thursday), or before the first day of a state the clause above tells running "for an Nth day" (see
    _days_running); not when the time is the clause's own ("after Yemen seized a tanker on Tuesday")."""
    clause = _after_clause(frame.head)
    if clause is None or window.precision != "day" or window.date is None or clause.is_ancestor(span.root) \
            or span.root.i == clause.i or _soon_after(clause) or _after_a_gathering(clause) or told_before(frame):
        return window  # "after Belgrade shut the crossings": the closing told before dates it
    day = timedelta(days=_days_running(clause.head) or 1)
    return Dated(window.date - day, window.date_end - day, window.precision, window.text, window.explicit)


def _days_running(verb) -> int | None:
    """The N of a state told "for an Nth day" on a verb, or None: "kept the border closed for a third day on
    Friday after shelling hit the town" (closed since Wednesday, so the shelling was on Tuesday)."""
    ordinals = words().of("ordinal")
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "kept it closed for a third day and moved troops"
    for prep in (c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "for"):
        for unit in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() == "day"):
            n = next((int(ordinals[c.lower_]) for c in unit.children if c.dep_ == "amod" and c.lower_ in ordinals), 0)
            if n > 0:
                return n
    return None


def _soon_after(clause) -> bool:
    """Whether an "after" clause is told as close to, or counted from, the clause above, which a count
    rule, not the day before, dates: "hours after", "shortly after", "more than a year after"."""
    mark = _after_mark(clause)
    before = clause.doc[mark.i - 1] if mark.i > 0 else None
    return before is not None and (before.dep_ in {"npadvmod", "advmod"} or before.lemma_.lower() in words().of("unit"))


def _after_a_gathering(clause) -> bool:
    """Whether an "after" clause tells of talks, whose outcome the clause above tells the same day:
    "agreed on Tuesday to share data after their ministers held two hours of talks" (or "met")."""
    objects = {c.lemma_.lower() for c in clause.subtree if c.dep_ in {"dobj", "pobj"}}  # "held hours of talks"
    return clause.lemma_.lower() in AFTER_TALKS or bool(objects & AFTER_TALKS)


def _count_above(trigger, stop=None, levels: int = 12, preps: bool = True):
    """The first "N days after/before" on the way up from the trigger to ``stop`` (a preposition,
    or with ``preps`` False only a clause's marker): (the word it hangs on, "after" or "before",
    the count as (number, unit), its words), or None."""
    node = trigger
    for _ in range(levels):
        if stop is not None and node.i == stop.i:
            return None
        relation = node if preps and node.dep_ == "prep" else _marker(node)
        counted = _counted(relation, node) if relation is not None and relation.lower_ in {"after", "before"} else None
        if counted is not None:
            return node, relation, *counted
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _marker(clause):
    """The word that opens a clause: its marker, or, when the parse took the clause's subject as the object
    of a count's preposition, that preposition: "a day after a court jailed him" ("after" on "day")."""
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is not None or any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return mark
    return next((p for c in clause.children if c.dep_ == "npadvmod" and c.i < clause.i for p in c.children
                 if p.dep_ == "prep" and p.lower_ in {"after", "before"} and any(o.dep_ == "pobj" for o in p.children)),
                None)


def _moved(window: Dated, back: bool, count: tuple[int, str], text: str) -> Dated:
    """``window`` moved ``count`` (a number of a unit) back, or on; counted in months or years, the
    window is the calendar months or years it falls in: "in 2014, a year after" is 2013."""
    n, unit = count
    sign = -1 if back else 1
    if unit in FEW_UNITS:
        least, most = (timedelta(days=d) for d in FEW_UNITS[unit])
        first, last = (window.date - most, window.date_end - least) if back else (window.date + least, window.date_end + most)
        return Dated(first, last, _precision(first, last), text, True)
    if unit in EXACT_UNITS:
        shift = timedelta(days=sign * n * EXACT_UNITS[unit])
        return Dated(window.date + shift, window.date_end + shift, window.precision, text, True)
    months = sign * n * CALENDAR_UNITS[unit]
    start, end = (add_months(d.year, d.month, months) for d in (window.date, window.date_end))
    if unit == "year":
        first, last = year_window(start[0]).start, year_window(end[0]).end
    else:
        first, last = month_window(*start).start, month_window(*end).end
    return Dated(first, last, _precision(first, last), text, True)


def _latest_news(drafts: list[Draft], published) -> Draft | None:
    """The latest dated event that reaches into the month before publication (any, when ``published``
    is None): "joined part of the talks" after "held talks on Wednesday ... The two leaders last met
    back in December" are Wednesday's talks, not December's."""
    return _latest_dated(drafts, lambda d: bool(d.dated.date_end)
                         and (published is None or d.dated.date_end >= published - LEAD_NEWS))


def _told_with(lemma: str, drafts: list[Draft]) -> Draft | None:
    """The latest dated event told with the word ``lemma`` ("the meeting", "the strike"), not a
    judged act (see _judged) nor one told as not done or as a condition ("unless Kyiv lifts the ban": no
    "the ban" retells it; but "summoned the envoy to protest" is a protest made)."""
    return _latest_dated(drafts, lambda d: not _judged(d) and d.frame.modality != "negated"
                         and not conditional(d.frame.head) and lemma in {d.frame.head.lemma_.lower(),
                                                                         *d.frame.trigger.words})


def _told_with_a_verb_of(noun: str, drafts: list[Draft]) -> Draft | None:
    """The latest dated event told with a verb that the act noun ``noun`` retells (see act_verb in
    words.tsv): "the arrests" after "the men were detained on Sept. 3", not a later sentencing."""
    verbs = words().of("act_verb").get(noun, "").split()
    return _latest_dated(drafts, lambda d: not _judged(d) and d.frame.head.lemma_.lower() in verbs)


def _sharpest_telling(lemma: str, verb: str, drafts: list[Draft]) -> Draft | None:
    """The latest event told with the word ``lemma`` (or the verb a gerund names, or a verb the act noun
    retells), or a telling of it dated more sharply within its window: "the day after the arrest" after
    "arrested last week ... was detained on April 21" counts from April 21."""
    told = [d for d in (_told_with(lemma, drafts), _told_with(verb, drafts) if verb else None,
                        _told_with_a_verb_of(lemma, drafts)) if d is not None]
    if not told:
        return None
    first = told[0].dated
    inside = [d for d in told if first.date and d.dated.date and first.date <= d.dated.date
              and d.dated.date_end <= first.date_end]
    return min(inside, key=lambda d: d.dated.date_end - d.dated.date, default=told[0])


def _latest_dated(drafts: list[Draft], test=lambda d: True) -> Draft | None:
    """The latest event dated in its own sentence (or by an anchor) that passes ``test``."""
    return next((d for d in reversed(drafts) if d.dated and d.dated.explicit and test(d)), None)


def _judged(draft: Draft) -> bool:
    """Whether a draft is an act a clause judges rather than tells ("Cutting gas to hospitals in
    winter is not a commercial decision"): a gerund subject, which no 'the cut' refers to."""
    return draft.frame.head.dep_ == "csubj"


def _counted(relation, clause) -> tuple[tuple[int, str], str] | None:
    """The count an "after"/"before" states, as (number, unit), and its words: "two days after",
    "a week before", "a year after" (the count hangs on the preposition, or on the clause "after" opens)."""
    units, numbers = words().of("unit"), words().of("number")
    # the count on the preposition or the clause, or the preposition on the count ("A day before the talks")
    above = [relation.head] if relation.dep_ == "prep" and relation.head.dep_ == "npadvmod" else []
    unit = next((c for c in [*relation.children, *clause.children, *above, *_count_beside(relation, clause)]
                 if c.dep_ == "npadvmod"), None)
    if unit is None or _lasting(unit):
        return None  # "shut the bridge for two days after the attack": how long, from the attack on
    kind = units.get(unit.lemma_.lower())
    if _uncounted(unit) in FEW_UNITS:
        return (1, unit.lower_), unit.text
    if kind not in EXACT_UNITS and kind not in CALENDAR_UNITS:
        return None
    count = next((c for c in unit.children if c.dep_ in {"nummod", "det"}), None)
    if count is not None and count.lower_ == "the" and kind in {"day", "week"}:
        return (1, kind), f"{count.text} {unit.text}"  # "the day after the vote", "the week after"
    if count is None or not (count.lower_ in numbers or count.text.isdigit()):
        return None
    n = int(count.text) if count.text.isdigit() else int(numbers[count.lower_])
    return (n, kind), f"{count.text} {unit.text}"


def _lasting(unit) -> bool:
    """Whether a count of units is told with "for", how long a deed lasted: "for two days after the attack"."""
    first = unit.left_edge
    return first.i > 0 and first.nbor(-1).lower_ == "for"


def _count_beside(relation, clause) -> list:
    """The count a parse hangs on the verb above an "after" clause, just before its marker: "easing
    pressure a day after Oslo pledged aid" ("a day" on "easing", not on "pledged"), "summoned the envoy the
    day after the arrests" ("the day" on "summoned", not on "after")."""
    if relation.dep_ not in {"mark", "prep"} or clause.head.i == clause.i:
        return []
    return [c for c in clause.head.children if c.dep_ == "npadvmod" and c.i == relation.i - 1]


def said_when(frame: Frame, sent, base: int, times: list[TimeExpr], published) -> Dated | None:
    """When the event was reported, if a verb of saying above it, or the medium it spoke in, is dated:
    "Kenya said on Monday that Uganda had attacked" tells of an attack no later than Monday (a window that is not the
    event's own, so ``explicit`` is False); counted from it when told as "a day after": "Ghana said on
    Monday, easing tension a day after Togo pledged aid" (the pledge on Sunday)."""
    doc = sent.doc
    for t in times:
        span = _span(doc, t, base)
        if span is None or t.date is None or (published and t.date > published):
            continue
        clause = _clause(span.root)
        clause = clause and (_verb_of_the_medium(clause) or clause)  # "in a note sent on Monday, X said"
        say = clause.head.head if clause is not None and _occasion_of_a_sayer(clause) else clause
        if say is not None and say.lemma_.lower() in SAY and any(a.i == say.i for a in frame.head.ancestors):
            return _shifted(Dated(t.date, t.date_end, t.precision, t.text, False), frame.head, span.root)
    return None


def main_time(sent, base: int, times: list[TimeExpr], published) -> Dated | None:
    """The time the sentence's main clause states ("Sargsyan said on Sunday that Baku holds men who
    were sentenced last year": Sunday), which carries over to the sentences after it."""
    doc = sent.doc
    incident = getattr(_incident_clause(sent), "i", None)
    main_verbs = {sent.root.i, _told_before_its_source(sent)}
    for t in times:
        span = _span(doc, t, base)
        if span is None or t.date is None or (published and t.date > published) or t.relation != "at":
            continue  # "Libya has been split since 2014": a bound of a state, no time of the story
        clause = _clause(span.root)
        if clause is not None and (clause.i in main_verbs or _on_a_medium(clause, sent.root) or clause.i == incident
                                   or _described_by_the_copula(clause, sent.root)):
            return Dated.stated(t)
    return None


def _described_by_the_copula(clause, root) -> bool:
    """Whether a clause is a past participle on what a "be" root names the subject as, the deed the sentence
    tells: "The men were among the crews seized on Saturday" (Saturday, the time the story moves to)."""
    return root.lemma_ == "be" and clause.dep_ == "acl" and clause.tag_ == "VBN" \
        and getattr(_clause(clause.head), "i", None) == root.i


def _told_before_its_source(sent) -> int:
    """The index of the verb of words told before the verb of saying that closes the sentence ("The
    drone crossed the border on Monday night, the army said": crossed), else -1."""
    said = _said_or_root(sent)
    return said.i if said.i < sent.root.i else -1


def _a_reaction(sent) -> bool:
    """Whether a sentence opens on a side's answer in words that tells no deed of its own: "It said the
    patrol was lawful", "The ministry blamed Kyiv for the blast" (but not "He said two frigates sailed
    past the island", a deed reported)."""
    root, said = sent.root, _said_or_root(sent)
    return root.lemma_.lower() in REACTING and said.i >= root.i \
        and (said.i == root.i or said.lemma_ == "be")  # no words told before their source (see _told_before_its_source)


def _told_before_its_source_at(sent, main: Dated | None) -> bool:
    """Whether the sentence's main time is told in words before the source that closes it: "The drone
    crossed the border on Monday night, the army said" (Monday night, on "crossed")."""
    verb = _told_before_its_source(sent)
    at = sent.text.find(main.text) if verb >= 0 and main is not None and main.text else -1
    span = sent.char_span(at, at + len(main.text), alignment_mode="expand") if at >= 0 else None
    clause = _clause(span.root) if span is not None else None
    return clause is not None and clause.i == verb


def no_later(dated: Dated, said: Dated | None) -> Dated:
    """A fallback window, or the time of the report when the fallback ends after it."""
    if said is None or said.date_end is None:
        return dated
    if dated.date_end is None or dated.date_end > said.date_end:
        return said
    return dated


def _in_purpose(t: TimeExpr, doc, base: int, trigger, published) -> bool:
    """Whether a past time closes the purpose clause of the trigger's verb: "police used tear gas to
    disperse the crowd on Sunday" used it on Sunday (but "agreed to reopen the bridge from Monday"
    did not agree on Monday: only deeds, see MEANS)."""
    span = _span(doc, t, base)
    if span is None or t.date is None or (published and t.date > published):
        return False
    clause, own = _clause(span.root), _clause(trigger)
    return clause is not None and own is not None and _told_as_past(own) and _purpose_below(clause, own)


NON_FINITE = {"VB", "VBG", "VBN"}


def _purpose_below(clause, own) -> bool:
    """Whether ``clause`` lies below ``own`` through a purpose ("to ...") and only non-finite verbs or
    the nouns they qualify, or a naming ("what the army called"): "sent troops to help guards patrol
    the border on Monday", "bombed what it called a depot used to store arms on Friday"."""
    node, purpose = clause, False
    for _ in range(16):
        if node.i == own.i:
            return purpose
        if node.pos_ in {"VERB", "AUX"}:
            if node.tag_ not in NON_FINITE and not _naming(node):
                return False
            purpose = purpose or any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _naming(verb) -> bool:
    """Whether a clause only names its object, as "what the army called a depot" does."""
    return verb.dep_ == "ccomp" and any(c.tag_ == "WP" and c.lower_ == "what" for c in verb.children)


def _of_its_party(span, frame: Frame) -> bool:
    """Whether a time sits in a past relative clause on the event's recipient or object, the only time it has:
    "fired tear gas at supporters who had gathered in the square on Saturday evening" (not "a
    meeting, which is expected next week")."""
    # "students who tried to march on the embassy on Thursday": the trying's time
    clause = _verb_led(span.root) if span is not None else None
    if clause is None or clause.dep_ != "relcl" or not _told_as_past(clause) \
            or any(c.dep_ == "auxpass" for c in clause.children):
        return False  # "freed two herders who had been detained in May": done to the party before
    party = clause.head  # its target, or its object: "fired a missile that came down ... on Wednesday"
    return any(party.i == r.i for r in frame.recipients) or party.dep_ == "pobj" and party.head.head.i == frame.head.i \
        or party.dep_ == "dobj" and party.head.i == frame.head.i


def told_before(frame: Frame) -> bool:
    """Whether the trigger's noun is definite, naming an event told before: "the financing",
    "The meeting was held at the delegation level"; a possessive on a verb's own object names none
    ("withdrew their observers")."""
    nouns = [frame.head] if frame.head.pos_ == "NOUN" else [t for t in frame.tokens[1:] if t.pos_ == "NOUN"]
    return any(c.lower_ in DEFINITE and not _own_object(noun, c, frame.head) for noun in nouns[:1] for c in noun.children)


def _own_object(noun, determiner, verb) -> bool:
    """Whether a verb's object is only its actor's own, no act told before: "was suspending its
    participation in the tender", "withdrew their observers" (but "the meeting was held")."""
    return determiner.dep_ == "poss" and noun.dep_ == "dobj" and noun.head.i == verb.i


def _told_as_past(trigger) -> bool:
    """Whether a verb trigger is in the simple past or a perfect ("held talks", "has signed")."""
    if trigger.tag_ == "VBD":
        return True
    return trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)


def told_as_ongoing(trigger) -> bool:
    """Whether the verb of an act is told in the progressive or the present, or as a state ("was
    ready"), no perfect and no modal: "said on Tuesday that Chile was recalling its envoy", "says it is
    sending troops".
    Under a dated verb of saying such an act is told as happening on the saying's day."""
    verb = _clause(trigger)
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAY:
        return False  # "reported arrests this year as officials push for": no report of the pushing
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lemma_ == "have" or c.tag_ == "MD" or c.tag_ == "VBN" for c in auxes):
        return False  # "had been recalling", "would be recalling"
    if verb.tag_ == "VBG":
        return any(c.lemma_ == "be" for c in auxes)
    if verb.lemma_ == "be" and not auxes and any(c.dep_ == "acomp" for c in verb.children):
        return True  # "said Lima was ready to talk": a state in the past of reported speech holds when said
    return verb.tag_ in {"VBZ", "VBP"} and not auxes


def _clause(tok):
    """The verb heading the clause a token is in (the token itself when it is a verb)."""
    node = tok
    for _ in range(12):
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"prep", "amod"} and not _gerund_noun(node) \
                and not _finite_object(node):
            return node  # "including" is a preposition
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _finite_object(tok) -> bool:
    """Whether a present-tense verb is an object with no subject, a noun the parse took for a verb: "swapped
    samples of the flu strain on Monday" (a finite clause is never a bare object)."""
    return tok.tag_ in {"VBP", "VBZ"} and tok.dep_ in {"dobj", "pobj"} \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children)


def _gerund_noun(tok) -> bool:
    """Whether a gerund is used as a noun, with a determiner or a name before it: "met at the border
    crossing on Monday", "stopped buses at the Nur Zhol crossing last week" (a name the parse made a
    compound, its "the" on the name), or a clause the parse made of it beside that name, an object of
    the same verb ("shut the Sido crossing the next day": a name takes "the" only with the noun after it)."""
    return tok.tag_ == "VBG" and tok.dep_ in {"pobj", "dobj", "pcomp"} and any(
        c.dep_ == "det" or c.dep_ == "compound" and c.i < tok.i for c in tok.children) \
        or _named_beside(tok) or _bare_gerund_of(tok)


def _named_beside(tok) -> bool:
    """Whether a gerund follows a name with "the" that is an object of the same verb: "the Sido crossing"."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.tag_ == "VBG" and tok.dep_ in {"dobj", "advcl"} and before is not None and before.dep_ == "dobj" \
        and before.pos_ == "PROPN" and before.head.i == tok.head.i and any(c.lower_ == "the" for c in before.children)


def _bare_gerund_of(tok) -> bool:
    """Whether a gerund with no subject or object of its own follows "of" on a noun, a noun itself:
    "condemned the start of drilling on Monday" (the condemning's Monday, not the drilling's)."""
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
        and not any(c.dep_ in {"nsubj", "dobj", "aux", "auxpass", "ccomp", "xcomp"} for c in tok.children)


def _in_trigger(time_root, frame: Frame) -> bool:
    """Whether a time expression sits in a clause the trigger's own words head: "ordered the
    consul to leave in March" dates the expulsion, whose words are "order ... leave"; or follows the
    trigger's own particle, which the parse hung on a verb inside its object: "handed a man wanted for
    smuggling arms over to Chad on Monday" (the handing over's Monday, not the smuggling's)."""
    clause = _clause(time_root)
    return clause is not None and any(t.i == clause.i or t.dep_ == "prt" and t.head.i == clause.i < t.i < time_root.i
                                      for t in frame.tokens[1:])


def _in_the_deed_asked_before(time_root, t: TimeExpr, frame: Frame, published) -> bool:
    """Whether a past time closes the infinitive of a request told in the past perfect, which it dates:
    "Lima had asked Quito to hand him over in May" (asked in May; the handing over was still to come)."""
    clause = _clause(time_root)
    return frame.trigger.type == "REQUEST" and _pluperfect(frame.head) and clause is not None \
        and clause.dep_ == "xcomp" and clause.head.i == frame.head.i \
        and bool(published and t.date_end and t.date_end < published)


def governs(time_root, trigger) -> bool:
    """Whether a time expression can date the trigger: it sits in the trigger's clause or in
    a clause above it ("said on Tuesday that ... attacked"), not in another clause
    ("hosted X, the first since he took office last year"); ATTACHMENT rules the cases between."""
    clause = _clause(time_root)
    own = _clause(trigger)
    if clause is None or own is None or clause.i == own.i:
        return True
    for rule, verdict in ATTACHMENT:
        if rule(clause, own, time_root):
            return verdict
    above = _shared_head(_verb_led(time_root))  # "began drilling in 2001 but halted the work": 2001 is began's
    return any(a.i == above.i for a in own.ancestors)


def _when_clause_on_the_time(clause, own, time_root) -> bool:
    """Whether the trigger's clause is a "when" clause on the time's own word, which it dates whatever
    verb the parse hung the time on: "Talks stalled in 2019, when Oslo warned it would leave, and again
    in 2022, when a patrol boat was seized" (2022 is the seizure's, not the warning's)."""
    first = _first_of_coordination(own)
    return first.dep_ == "relcl" and first.head.i == time_root.i


def _before_participle(clause, own, time_root) -> bool:
    """Whether the time stands between ``own`` and a participle clause after it that the parser hung it
    on: "Tonga rejected the claim on Friday, saying the vote was fair" (Friday is the rejection's)."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.i == own.i \
        and own.i < time_root.i < clause.i and any(t.text == "," for t in clause.doc[time_root.i : clause.i])


def _past_its_since(clause, own, time_root) -> bool:
    """Whether the time follows a "since" in a clause qualifying ``own``'s object, so that it is not
    the holding's (whose time "since" tells) but the verb's: "freed six sailors held since May on
    Friday", "released the crew it had detained since June last week"."""
    if clause.dep_ not in {"acl", "relcl"} or clause.head.dep_ != "dobj" or clause.head.head.i != own.i:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" and c.right_edge.i < time_root.i for c in clause.children)


def _counted_from(clause, own, time_root) -> bool:
    """Whether ``own`` is a counted "N days after" clause on ``clause``, or on a clause below it that tells
    only what would be ("warned on Tuesday that it would respond, two days after a clash shut the road")."""
    if own.dep_ != "advcl" or _count_above(own, levels=1, preps=False) is None:
        return False
    head = own.head
    modal = head.dep_ == "ccomp" and head.head.i == clause.i and any(c.tag_ == "MD" for c in head.children)
    return head.i == clause.i or modal


def _said_as_own_words(clause, own, time_root) -> bool:
    """Whether the time dates a verb of saying whose own statement the trigger is: "ECOWAS said on
    Tuesday it was concerned and urged Conakry to ..." (see _own_words)."""
    return clause.lemma_.lower() in SAY and _own_words(own, clause)


def _closing_the_words_said(clause, own, time_root) -> bool:
    """Whether the time closes the words a verb of saying tells before it, ahead of the comma that sets off
    the sayer: "troops were moved to the border on Tuesday, a spokesman said" (the move's Tuesday, however
    the parse hung it on "said"; not "..., a spokesman said on Tuesday")."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.lemma_.lower() in SAY and any(c.i == own.i for c in said_before(clause)) \
        and subject is not None and time_root.right_edge.i < subject.left_edge.i < clause.i \
        and time_root.doc[subject.left_edge.i - 1].text == ","


def _said(clause, own, time_root) -> bool:
    """Whether the time dates a verb of saying: "X said on Sunday that Y met Z" dates the saying, not the meeting."""
    return clause.lemma_.lower() in SAY


def _saying_between(clause, own, time_root) -> bool:
    """Whether a participle of saying stands between the time's clause and the trigger's: "rejected it
    on Tuesday, saying the men had been detained" (Tuesday is the rejection's)."""
    return any(a.lemma_.lower() in SAY and a.tag_ == "VBG" for a in own.ancestors
               if a.i != clause.i and clause.is_ancestor(a))


def _past_joined_to_a_modal(clause, own, time_root) -> bool:
    """Whether ``own`` is a past verb with no subject the parse joined to a modal's verb below the time's
    clause, though it goes on with that clause: "answered on Sunday by shutting the port, saying it could
    not keep order, and deployed 300 soldiers" (deployed on Sunday, not a deed said; so after a past
    perfect: "saying it had never been told, and asked ..."; so after the participle itself, which no
    finite past verb can go on with: "rejected it on Tuesday, saying it was false, and accused ..."; so after
    words said, the saying going on: "said on Friday that the men had been fishing there, and called for ..."); the time
    may be that of the saying's medium: "said in a letter sent on Monday that it would act and warned of ..."."""
    verb, above = own.head, _verb_of_the_medium(clause) or clause
    return own.dep_ == "conj" and own.tag_ == "VBD" and above.is_ancestor(own) \
        and (_modal_verb(verb) or _pluperfect(verb) or verb.tag_ == "VBG") \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in own.children)


def _modal_verb(verb) -> bool:
    """Whether a verb is a bare one after a modal: "could not keep order"."""
    return verb.tag_ == "VB" and any(c.tag_ == "MD" for c in verb.children)


def _temporal_clause(clause, own, time_root) -> bool:
    """Whether the time's clause tells when the trigger's deed was, giving no reason: "14 were killed when
    shells struck on Wednesday", "fired tear gas when farmers tried to block the road on Wednesday" (the
    infinitive's time is its leading verb's; not "Because the two have had no ties since their 2014 war");
    one closing coordinated verbs tells it for them all: "two were killed and dozens hurt when ..." (but
    not for a verb told after it: "resigned after fighting killed 17 at the weekend, and Canberra sent aid")."""
    clause = _verb_led(time_root)
    closing = clause.i > own.i and _first_of_coordination(clause.head).i == _first_of_coordination(own).i
    return clause.dep_ == "advcl" and (clause.head.i == own.i or closing) \
        and not any(c.dep_ == "mark" and c.lower_ in REASONS for c in clause.children)


def _gerund_stopped(clause, own, time_root) -> bool:
    """Whether the time's clause is the gerund a verb of stopping takes: "stopped registering sales on Monday"."""
    return clause.head.i == own.i and gerund_of_stopping(own, clause)


def _handing_on(clause, own, time_root) -> bool:
    """Whether ``clause`` is a participle after a comma that the parse hung on a participle qualifying
    ``own``'s object, though it goes on with ``own``'s deed: "freed six sailors held since May,
    handing them to the consul on Friday" (the handing is the freeing's, on Friday)."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.head.dep_ != "acl" \
            or clause.head.tag_ not in {"VBN", "VBD"}:
        return False
    qualified = clause.head.head
    comma = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return qualified.dep_ == "dobj" and qualified.head.i == own.i and comma is not None and comma.text == ","


def _doing_meanwhile(clause, own, time_root) -> bool:
    """Whether ``clause`` is a present participle on ``own``'s object, told as done at the verb's time:
    "sent two frigates taking part in a patrol to the gulf on Monday", "dispersed farmers marching on
    the capital on Friday"."""
    return clause.tag_ == "VBG" and _on_its_object(clause, own)


def _in_a_charge_named(clause, own, time_root) -> bool:
    """Whether ``clause`` is a gerund the parse split from a bare noun before it, the two naming the
    charge a preposition on ``own`` gives, which has no time of its own: "were charged with migrant
    trafficking at a court on Friday", "indicted for arms running on Monday" (not "accused Kyiv of
    shelling the town on Monday", whose gerund takes an object)."""
    noun = clause.head
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and noun.dep_ == "pobj" and noun.i == clause.i - 1 \
        and noun.head.head.i == own.i and not any(c.dep_ in {"det", "poss"} for c in noun.children) \
        and not any(c.dep_ == "dobj" for c in clause.children)


def _closing_its_objects_aim(clause, own, time_root) -> bool:
    """Whether the time closes an infinitive on ``own``'s object, which the parser hung it on though it
    dates the past verb: "signed an accord to build a pipeline in May 2021" (signed in May 2021; a
    coming time is no past deed's, see date_of)."""
    return clause.tag_ == "VB" and _closing_on_its_object(clause, own, time_root)


def _closing_its_objects_load(clause, own, time_root) -> bool:
    """Whether the time closes a participle telling what ``own``'s object was loaded with or is used by, a
    state and no deed of its own, which the parser hung it on: "sent a ship loaded with food and tents in
    May" (sent in May), "blocked a road used by lorries last week"; not a deed's participle ("freed sailors
    detained in May": the detention's time)."""
    return clause.tag_ == "VBN" and clause.lemma_.lower() in LOADED and _closing_on_its_object(clause, own, time_root)


def _on_its_object(clause, own) -> bool:
    """Whether ``clause`` qualifies ``own``'s direct object: "sent two frigates taking part in a patrol"."""
    return clause.dep_ == "acl" and clause.head.dep_ == "dobj" and clause.head.head.i == own.i


def _closing_on_its_object(clause, own, time_root) -> bool:
    """Whether the time closes ``clause``, a clause on the object of ``own`` told in the simple past."""
    return _on_its_object(clause, own) and own.tag_ == "VBD" and time_root.right_edge.i == clause.right_edge.i


def _on_a_medium(clause, verb, time_root=None) -> bool:
    """Whether ``clause`` tells of the medium a preposition on ``verb`` names, so that its time is
    the verb's: "In a letter delivered on Wednesday, the minister accused ...", "According to a
    statement issued on Sunday, the president accepted ...", and so of the verbs joined to it with no
    subject of their own ("In a note sent on Monday, the ministry protested and demanded ...")."""
    medium = _verb_of_the_medium(clause)
    return medium is not None and medium.i == _shared_head(verb).i


def _verb_of_the_medium(clause):
    """The verb whose medium ``clause`` tells of, or None: "said in a statement carried by state media
    on Tuesday" gives "said" for "carried", and so does a clause on the outlet of the medium: "In an
    interview with a newspaper published on Tuesday, the minister denied ..." gives "denied"."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.dep_ != "pobj":
        return None
    if noun.lemma_.lower() not in MEDIUMS and noun.head.lower_ in {"with", "to"} and noun.head.head.dep_ == "pobj":
        noun = noun.head.head  # the outlet an interview was given to
    if noun.lemma_.lower() not in MEDIUMS:
        return None
    prep = noun.head
    while prep.dep_ == "prep" and prep.head.dep_ == "prep":
        prep = prep.head  # "according to"
    return prep.head


def _before_doing(clause, own, time_root) -> bool:
    """Whether the time's clause is a gerund "before", "after" or "upon" opens on the trigger's: "Before
    leaving Tehran on Monday, he spoke by phone with ..." (that day)."""
    return clause.dep_ == "pcomp" and clause.head.lower_ in {"before", "after", "upon"} and clause.head.head.i == own.i


def _counted_from_order(clause, own, time_root) -> bool:
    """Whether the trigger's clause is counted from the order above it: "ordered the envoy to leave on
    Tuesday, a day after Zagreb expelled ..." (counted from Tuesday)."""
    return clause.dep_ == "xcomp" and own.dep_ == "advcl" and own.head.i == clause.head.i \
        and _count_above(own, levels=1, preps=False) is not None


def _own_subject_after(clause, own, time_root) -> bool:
    """Whether ``own`` is coordinated after ``clause`` with a subject of its own, and the time follows
    ``clause``'s verb (not fronted over both): "X resigned on Monday, and Australia sent aid", "Iran began
    drilling in 2001, and Kuwait protested" (the infinitive's time is its leading verb's)."""
    clause = _verb_led(time_root)
    node = own
    while node.dep_ == "conj" and node.head.i != clause.i:
        node = node.head
    if node.dep_ != "conj" or node.head.i != clause.i:
        return False
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in own.children)
    return has_subject and clause.i < time_root.i < own.i


def _closes_shared(clause, own, time_root) -> bool:
    """Whether ``clause`` is coordinated after ``own``, sharing its subject, and the time closes it, dating
    the whole coordination: "had beaten deportees and separated families last week"."""
    node = clause
    while node.dep_ == "conj" and node.head.i != own.i:
        node = node.head
    if node.dep_ != "conj" or node.head.i != own.i:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) and time_root.i > clause.i


def _on_its_noun(clause, own, time_root) -> bool:
    """Whether the time modifies the noun ``own``'s relative clause qualifies, so it dates the
    clause: "a 2019 agreement under which Peru agreed to ...", "Monday's raid, in which troops ..."."""
    return own.dep_ == "relcl" and time_root.head.i == own.head.i and time_root.dep_ in NOUN_TIMES


def _deed_of_subject(clause, own, time_root) -> bool:
    """Whether ``clause`` qualifies ``own``'s subject, a deed noun, with the deed's own time: "drone
    strikes carried out on Wednesday had killed ...", "shelling that began on Friday destroyed ..."."""
    subject = clause.head
    return clause.dep_ in {"acl", "relcl"} and subject.dep_ in {"nsubj", "nsubjpass"} \
        and subject.head.i == own.i and subject.lemma_.lower() in DEED_NOUNS


def _occasion_of_the_subject(clause, own, time_root) -> bool:
    """Whether the time's clause is a participle of speaking, meeting or visiting set off by commas on the
    trigger's subject, which tells the occasion of the deed: "Peru's president, speaking by telephone with
    his Chilean counterpart on Friday, asked for more patrols" (Friday is the asking's)."""
    subject = clause.head
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.lemma_.lower() in OCCASIONS \
        and subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.i == own.i \
        and clause.i > 0 and clause.nbor(-1).text == ","


def _occasion_of_a_sayer(clause) -> bool:
    """Whether a time's clause is a participle of an occasion on the subject of a verb of saying, which
    dates the saying: "the minister, speaking after talks in Rome on Monday, said she had asked ..."."""
    subject = clause.head
    return subject.dep_ in {"nsubj", "nsubjpass"} and _occasion_of_the_subject(clause, subject.head, None)


def _opening_a_subjects_participle(clause, own, time_root) -> bool:
    """Whether the time opens the sentence before a subject whose participle the parse made a clausal
    subject, so that it closes the main verb and the verbs joined to it: "On May 2, troops hunting
    poachers crossed the river and seized two boats" (May 2 is the seizure's, not only the hunt's)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.dep_ == "csubj" and clause.tag_ == "VBG" and subject is not None and time_root.i < subject.i \
        and (clause.head.i == own.i or clause.head.is_ancestor(own))


def _on_the_subject(clause, own, time_root) -> bool:
    """Whether the trigger's clause is a relative one on the subject of the time's: "China, which
    brokered the 2023 deal, welcomed the visit on Wednesday" (Wednesday is the welcome's)."""
    return own.dep_ == "relcl" and own.head.dep_ in {"nsubj", "nsubjpass"} and own.head.head.i == clause.i


def _after_a_whose_clause(clause, own, time_root) -> bool:
    """Whether the time's clause is a "whose" clause on the subject that the parser took for the main
    one, and the trigger the main verb after its comma: "Chile, whose own claim was dropped in 2019,
    backed the ruling" (2019 is the dropping's, not the backing's)."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    whose = any(c.tag_ == "WP$" for subject in subjects for c in subject.children)
    return whose and own.i > clause.i and own.i > 0 and own.nbor(-1).text == "," and clause.is_ancestor(own)


def _where_it_stands(clause, own, time_root) -> bool:
    """Whether the time's clause is a participle telling where a thing the trigger's clause names lies,
    which has no time of its own: "troops withdrew from a ridge overlooking the valley on Friday"."""
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.lemma_.lower() in STANDING \
        and any(a.i == own.i for a in clause.ancestors)


def _in_a_present_description(clause, own, time_root) -> bool:
    """Whether the parse hung a past deed's time on a present relative clause telling what a party it
    names is, which has no day of its own: "freed two men who work for a charity on Monday"."""
    return clause.dep_ == "relcl" and clause.tag_ in {"VBP", "VBZ"} and clause.lemma_.lower() in DESCRIBING \
        and own.tag_ == "VBD" \
        and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children) and any(a.i == own.i for a in clause.ancestors)


# How a time in another clause than the trigger's attaches, in order of precedence: the first rule
# (taking the time's clause, the trigger's and the time's word) that holds gives the verdict (whether
# the time dates the trigger); when none holds, governs() lets a clause above the trigger's date it.
ATTACHMENT = (
    (_when_clause_on_the_time, True),  # "in 2021, when a trawler was boarded": the time its clause is on
    (_before_participle, True), (_past_its_since, True),  # the parse hung the trigger's time beside it
    (_counted_from, True),  # the trigger is counted from the time's clause ("two days after")
    # words of saying: the time is the saying's, unless the words are the speaker's own act
    (_said_as_own_words, True), (_closing_the_words_said, True), (_past_joined_to_a_modal, True), (_said, False),
    (_saying_between, False),
    # clauses that tell when, or go on with, the trigger's deed
    (_temporal_clause, True), (_gerund_stopped, True), (_handing_on, True), (_doing_meanwhile, True),
    (_in_a_charge_named, True),
    (_closing_its_objects_aim, True), (_closing_its_objects_load, True),
    (_on_a_medium, True), (_opening_a_subjects_participle, True), (_before_doing, True), (_counted_from_order, True),
    (_after_a_whose_clause, False),  # the main verb after a "whose" clause the parser made the main one
    (_own_subject_after, False), (_closes_shared, True),  # coordinated verbs: one subject, one deed
    (_on_its_noun, True), (_deed_of_subject, True), (_occasion_of_the_subject, True),  # clauses on nouns
    (_on_the_subject, False),
    (_where_it_stands, True), (_in_a_present_description, True),
)


def _shared_head(clause):
    """The first of coordinated verbs sharing one subject, whose time closes them all: "struck
    radar sites and launch pads on Friday, two days after missiles hit a tanker" (the parser
    makes "launch" a verb) dates the strikes, and so counts from them."""
    while clause.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) \
            and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    return clause


def _own_words(clause, say) -> bool:
    """Whether a clause under a verb of saying is the speaker's own statement, made when it spoke:
    "ECOWAS said on Tuesday it was concerned and urged Conakry to ..." (the speaker as "it")."""
    node = clause
    while node.i != say.i:
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            # the speaker as "it", or a stance the speaker states for its body ("told reporters last week
            # that the Fund welcomed the reform"), not a deed reported as done before ("had condemned")
            stance = node.lemma_.lower() in SPEECH_ACTS | STANCES and not any(c.lower_ == "had" for c in node.children) \
                or simple_present(node)
            return (subject.pos_ == "PRON" or stance) and node.dep_ == "ccomp" and node.head.i == say.i
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.i == say.i:
            return True  # "told a radio station on Thursday, accusing the unions of ...": done while speaking
        if node.dep_ not in {"conj", "ccomp"}:
            return False
        if node.dep_ == "conj" and node.head.i == say.i:
            return True  # "said on Tuesday it was concerned and urged Conakry to ...": the speaker's act
        node = node.head
    return False


def simple_present(verb) -> bool:
    """Whether a clause is told in the simple present with no auxiliary, a stance held as the speaker
    speaks: "said on Wednesday that Nairobi stands with Kampala" (not "had stood", "will stand")."""
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _relative_anchor(tok, drafts: list[Draft], published, lex: Lexicon) -> Dated | None:
    """'soon after the meeting', 'during the visit': a window from an earlier event of the article."""
    relation = RELATIVE.get(tok.lower_)
    if relation is None or tok.dep_ not in {"prep", "mark"}:
        return None
    noun = next((c for c in tok.children if c.dep_ == "pobj"), None) or _taking_effect(tok)
    if noun is None or not any(c.lower_ in REFERRING for c in noun.children):
        return None
    if relation == "during" and _first_stretch(noun):
        return _first_of_captivity(noun, drafts)
    counted = _counted(tok, tok if tok.dep_ == "prep" else tok.head) if relation in {"after", "before"} else None
    # "two days before the signing", "after the signing": a gerund names the act of its verb
    lemma, verb = noun.lemma_.lower(), _verb_of(noun, lex)
    types = {t.type for t in lex.nouns.get(lemma, ()) or lex.verbs.get(verb, ())}
    # the latest mention of that very word, else the most recent happening of its type; "the same
    # session" is the one just told, whatever its word
    anchor = _sharpest_telling(lemma, verb, drafts) or max(
        (d for d in drafts if d.dated and d.dated.explicit and d.frame.trigger.type in types),
        key=lambda d: d.dated.date, default=None) or _just_told(noun, drafts)
    if anchor is None:
        return None
    start, end = anchor.dated.date, anchor.dated.date_end
    text = f"{tok.text} {noun.text}"
    if start is None or relation == "after" and published and start > published:
        return None  # a deed told "after" a thing still to come is no deed of the past this window is for
    if counted is not None:  # counted from its day: "two days after the talks" is on, "before" back
        return _moved(anchor.dated, relation == "before", counted[0], f"{counted[1]} {text}")
    if relation == "during":
        return Dated(start, end, anchor.dated.precision, text, True)
    before_words = {c.lower_ for c in tok.children} | ({tok.nbor(-1).lower_} if tok.i > 0 else set())
    lasting = any(c.dep_ == "npadvmod" and _lasting(c) for c in tok.children)  # "for two days after": from its day
    if relation in {"after", "before"} and (before_words & SAME_DAY or lasting) \
            or relation == "after" and lemma in GATHERINGS and not before_words & SOON:
        return Dated(start, end, anchor.dated.precision, text, True)  # "hours before the handover": that day
    if relation == "after":
        soon = bool(before_words & SOON)
        last = end + timedelta(days=SOON_DAYS) if soon or not published else published
        if published:
            last = min(last, published)
        return Dated(start, last, _precision(start, last), text, True)
    return Dated(start - timedelta(days=SOON_DAYS), end, _precision(start - timedelta(days=SOON_DAYS), end), text, True)


def _first_stretch(noun) -> bool:
    """Whether a noun is "the first night" (day, hours) of nothing named: "beaten during the first night"."""
    return noun.lemma_.lower() in FIRST_STRETCHES and any(c.lower_ == "first" for c in noun.children) \
        and not any(c.dep_ == "prep" for c in noun.children)


def _first_of_captivity(noun, drafts: list[Draft]) -> Dated | None:
    """The day (and, for a night, the next) of the latest seizure of people told with a day: "had been beaten
    during the first night" after "the fishermen were picked up on Jan. 6" (see captivity_verb in words.tsv)."""
    verbs = set(words().of("captivity_verb"))
    seized = _latest_dated(drafts, lambda d: d.dated.precision == "day" and d.frame.head.lemma_.lower() in verbs)
    if seized is None or seized.dated.date is None:
        return None
    end = seized.dated.date_end + timedelta(days=1 if noun.lemma_.lower() == "night" else 0)
    return Dated(seized.dated.date, end, _precision(seized.dated.date, end), f"during {noun.text}", True)


def _taking_effect(mark):
    """The subject of the clause a marker opens when that clause tells it take effect, which is the day it
    was told for: "ban" in "the day after the ban took effect", "came into force", "entered into force"."""
    verb = mark.head
    objects = [o for c in verb.children for o in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" else ())
               if o.dep_ in {"dobj", "pobj"}]
    if mark.dep_ != "mark" or not any(o.lower_ in IN_FORCE for o in objects):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _just_told(noun, drafts: list[Draft]) -> Draft | None:
    """The latest event dated in its own sentence, for a noun told as "the same" ("made during the
    same session" after "During Wednesday's talks, X warned ..."), else None."""
    if not any(c.lower_ == "same" for c in noun.children):
        return None
    return _latest_dated(drafts)


def _verb_of(noun, lex: Lexicon) -> str:
    """The verb of the lexicon a gerund names ("the signing" -> "sign", "the closing" -> "close"), or ""."""
    lemma = noun.lemma_.lower()
    if not lemma.endswith("ing"):
        return ""
    return next((v for v in (lemma[:-3], lemma[:-3] + "e", lemma[:-4]) if v in lex.verbs), "")


def _uncounted(unit) -> str:
    """A plural unit with no number before it, lowercased ("days after the call": "days"), or ""."""
    if unit is None or unit.tag_ != "NNS" or any(c.dep_ in {"nummod", "det", "amod"} for c in unit.children):
        return ""
    return unit.lower_


def _precision(start: date, end: date) -> str:
    days = (end - start).days + 1
    for limit, name in ((1, "day"), (7, "week"), (62, "month"), (92, "quarter"), (366, "year")):
        if days <= limit:
            return name
    return "decade"


@dataclass
class Episode:
    """The time an event with none of its own falls back on, sentence by sentence: the time of the
    sentence before it in the same paragraph (the same episode) or of one whose telling a
    demonstrative names ("Bishkek rejected that account."), else the news the story's lead tells,
    else (the caller's) the publication date."""

    article: Article
    lead: Paragraph | None
    previous: Dated | None = None
    paragraph: Paragraph | None = None
    story: Dated | None = None
    people: set[str] = field(default_factory=set)  # the persons the paragraph's sentences are about
    opener: tuple[int, int, bool] | None = None  # an undated sentence opening the paragraph: its span, and
    # whether it names no time and took the story's day, not the one before's (so says less of its own)
    carried: bool = False  # whether the last sentence's fallback was the time of the sentence before
    reported: bool = False  # whether the time carried on was told before its source ("..., the army said")
    told: list = field(default_factory=list)  # the sentences before, with the offset of their parse's text

    def fallback(self, paragraph: Paragraph, sent, drafts: list[Draft], lex: Lexicon) -> Dated | None:
        return _not_before_the_words_answered(sent, drafts, self._fallback(paragraph, sent, drafts, lex))

    def _fallback(self, paragraph: Paragraph, sent, drafts: list[Draft], lex: Lexicon) -> Dated | None:
        self.carried = self.paragraph is paragraph and not _new_episode(sent) or _points_back(sent) \
            or _hours_later(sent) or _plural_pronoun_back(sent) or _set_against(sent) \
            or self.paragraph is not paragraph and bool(_about(sent) & self.people)
        if self.carried:
            return self._reacted_on(paragraph, sent) or self.previous
        answered = self._answered_act(paragraph, sent, drafts, lex)
        if answered is not None:
            return answered
        return self.story if paragraph.kind == "body" else None

    def _reacted_on(self, paragraph: Paragraph, sent) -> Dated | None:
        """"A cable was cut late on Tuesday, the operator said. / Moscow blamed Helsinki for the tension": a
        side's answer in words, in the sentence after a time told before its source, is of the story's
        day, not of the deed the source reported (see REACTING)."""
        story = self.story
        if not self.reported or self.paragraph is not paragraph or story is None or story.date is None \
                or self.previous is None or self.previous.date is None or story.date <= self.previous.date:
            return None
        return story if _a_reaction(sent) else None

    def _answered_act(self, paragraph: Paragraph, sent, drafts: list[Draft], lex: Lexicon) -> Dated | None:
        """"Police detained a consular clerk on May 4. / Rabat denounced the arrest and demanded his
        release": a paragraph opening with an act on "the <act noun>", where an act of that type was
        dated in the paragraph before, answers that act, so it takes that act's time, not the story's;
        unless that act lies within a week of the story's news, which the answer then likely is ("The
        ministry called the attack a violation" after a Tuesday strike, the day before a Wednesday lead)."""
        story = self.story
        if self.paragraph is None or self.paragraph is paragraph or paragraph.kind != "body" \
                or story is None or story.date is None:
            return None
        before = self.article.paragraphs.index(self.paragraph)
        for noun in _definite_objects(sent.root):
            types = {t.type for t in lex.nouns.get(noun.lemma_.lower(), ())}
            told = _latest_dated(drafts, lambda d: d.sentence.paragraph == before and d.frame.modality == "asserted"
                                 and d.frame.trigger.type in types and not in_a_clause_on_the_subject(d.frame.head))
            if told is not None and told.dated.date_end and story.date - told.dated.date_end >= ANSWER_LAG:
                return told.dated
        return None

    def move_on(self, paragraph: Paragraph, sent, main: Dated | None, known: list[Dated], fallback: Dated | None,
                drafts: list[Draft]) -> None:
        """After a sentence: its main time, else its first dated event, carries on; the lead's (or a
        sentence retelling the news of an undated lead) is the story's. Then the dates given before that
        the sentence overrides, in order: an incident's, a retold act's, a summary's, an undated lead's."""
        # a caption's persons are not the story's: "Dar meets Rubio in Washington, July 25. — AFP"
        told = _about(sent) if paragraph.kind == "body" else set()
        self.people = (self.people if paragraph is self.paragraph else set()) | told
        counted = _counted_on(main, self.previous)
        if counted is not None:
            if main.date and counted.date > main.date:
                _recount_hours(sent, main, counted, drafts)
            main = counted
        # "police opened an inquiry, and an official asked Seoul on Wednesday for help": with no time of
        # its own, the main clause hands on the latest day its sentence tells, where the story has got to
        self.previous = main or max(known, key=lambda k: k.date_end or date.min, default=fallback)
        self.reported = _told_before_its_source_at(sent, main)
        if self._background_of_news(sent, self.previous):
            self.previous = self.story  # "The deal was negotiated last month. X thanked ...": the news's day
        self._date_the_incident(paragraph, sent, main, drafts)
        self._date_the_retold(paragraph, sent, drafts)
        self._date_the_subject_retold(paragraph, sent, main, drafts)
        self._date_the_object_retold(paragraph, sent, main, drafts)
        self._date_the_lead_retold(sent, drafts)
        _date_the_same_side_joined(sent, fallback, drafts)
        _date_the_pluperfect_retold(sent, drafts)
        self._date_the_told_earlier(sent, drafts)
        _date_the_pluperfect_lasting(sent, drafts)
        self._date_counted_from_a_deed_told(sent, drafts)
        self.told.append((sent, paragraph.span[0]))
        self._date_the_summary(paragraph, sent, main, [k for k in known if k != fallback], drafts)
        self.paragraph = paragraph
        if paragraph is self.lead and self.story is None:
            # the news the lead tells, not its background ("the fighting that killed 100 in 2022"); the
            # day its main clause states first ("voted on Tuesday, two days after gunmen killed ...")
            told = [main, *known] if main is not None and main.precision == "day" else [*known, main]
            self.story = next((d for d in told if d is not None and self._recent(d)), None)
        elif self.story is None and main and _retells_the_news(sent):
            self.story = main  # "West African leaders have suspended X. / The decision was taken on Thursday"
            lead = self.article.paragraphs.index(self.lead) if self.lead is not None else None
            for d in drafts:
                if d.sentence.paragraph == lead and not d.dated.explicit and d.frame.modality == "asserted":
                    d.dated = main

    def _date_the_incident(self, paragraph: Paragraph, sent, main: Dated | None, drafts: list[Draft]) -> None:
        """"... after a coast guard cutter turned its water cannon on a supply vessel. / The incident took
        place on Tuesday afternoon": the latest act told before without a time of its own (or only the
        time of the clause its "after" clause hangs on) happened when the incident did."""
        if main is None or main.date is None or _incident_clause(sent) is None:
            return
        at = self.article.paragraphs.index(paragraph)
        earlier = [d for d in drafts if 0 <= at - d.sentence.paragraph <= 1
                   and not _in_sentence(d, sent)]
        if earlier and _dated_later(earlier[-1], main):
            _redate_its_clause(earlier[-1], earlier, main)

    def _date_the_retold(self, paragraph: Paragraph, sent, drafts: list[Draft]) -> None:
        """"Hanoi protested on Monday after officers boarded a boat and beat its crew. / ... Officers came on
        board on Saturday and beat four fishermen": an act an "after" clause tells with only the day of
        the clause above is on the day a sentence soon after tells it again, by the same sides, with
        an earlier day, with the same verb (and so are the other acts of that clause)."""
        at = self.article.paragraphs.index(paragraph)
        told = [d for d in drafts if _in_sentence(d, sent)
                and d.dated.precision == "day" and d.frame.modality == "asserted" and _after_clause(d.frame.head) is None]
        for new in told:
            earlier = [d for d in drafts if 0 < at - d.sentence.paragraph <= 2 and d.frame.head.doc is not sent.doc
                       and d.frame.head.lemma_ == new.frame.head.lemma_ and d.frame.trigger.type == new.frame.trigger.type
                       and _same_sides(d, new) and _dated_later(d, new.dated) and _after_clause(d.frame.head) is not None]
            for old in earlier:
                _redate_its_clause(old, drafts, new.dated)

    def _date_the_subject_retold(self, paragraph: Paragraph, sent, main: Dated | None, drafts: list[Draft]) -> None:
        """"Chad expelled the attache on Wednesday after a drone crashed and killed two herders. / The drone came
        down on Sunday evening": the acts of an "after" clause told with only the day of the clause above are
        on the earlier day a sentence soon after tells of its subject again, as "the" subject of its own clause."""
        if main is None or main.date is None or main.precision != "day" or not main.explicit:
            return
        subject = _definite_subject(_said_or_root(sent))
        if subject is None:
            return
        at = self.article.paragraphs.index(paragraph)
        for d in drafts:
            clause = _after_clause(d.frame.head) if 0 < at - d.sentence.paragraph <= 2 else None
            told = _definite_subject(clause, definite=False) if clause is not None else None
            if told is not None and told.lemma_.lower() == subject.lemma_.lower() and _dated_later(d, main):
                _redate_its_clause(d, drafts, main)

    def _date_the_object_retold(self, paragraph: Paragraph, sent, main: Dated | None, drafts: list[Draft]) -> None:
        """"Zambia deployed troops on Monday, days after Congolese soldiers detained 14 fishermen. / The fishermen
        were seized on Thursday": an act done to a noun, told soon before with no day of its own (a later day, or a
        wider window holding the new one), is on the day a sentence (its main clause, or an event of it) tells
        "the" noun undergo the same deed (the same verb, or two verbs one act noun retells: see act_verb in words.tsv)."""
        at = self.article.paragraphs.index(paragraph)
        told = [(_clause(d.frame.head), d.dated) for d in drafts if _in_sentence(d, sent)
                and d.dated.precision == "day" and d.dated.explicit and d.frame.modality == "asserted" and _time_in(d.dated, sent)]
        if main is not None and main.precision == "day" and main.explicit and main.date is not None:
            told.append((_said_or_root(sent), main))
        for verb, dated in told:
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is not None else None
            if subject is None or not any(c.lower_ == "the" for c in subject.children):
                continue
            for old in drafts:
                if not 0 < at - old.sentence.paragraph <= 2 or old.frame.modality != "asserted" or old.dated.date is None \
                        or not _the_deed_done_to(old.frame.head, verb.lemma_.lower(), subject.lemma_.lower()):
                    continue
                wider = old.dated.precision != "day" and old.dated.date <= dated.date and dated.date_end <= old.dated.date_end
                if wider or _dated_later(old, dated) or old.dated.date > dated.date_end and _noun_not_timed(old):
                    old.dated = dated

    def _date_counted_from_a_deed_told(self, sent, drafts: list[Draft]) -> None:
        """"Satellite images taken on June 9 showed ... / Two days after the images were taken, soldiers fired
        shots": an act counted from a clause with no time of its own is counted from the day an earlier
        sentence told the same deed (the same verb, on the same noun) with."""
        for d in drafts:
            if not _in_sentence(d, sent) or _time_in(d.dated, sent):
                continue
            found = _counted_clause_below(_clause(d.frame.head) or d.frame.head)
            if found is None:
                continue
            clause, relation, count, text = found
            noun = _definite_subject(clause)
            told = self._day_of_the_deed(clause.lemma_.lower(), noun.lemma_.lower()) if noun is not None else None
            if told is not None:
                d.dated = _moved(told, relation.lower_ == "before", count, f"{text} {relation.text} {told.text}")

    def _day_of_the_deed(self, verb: str, noun: str) -> Dated | None:
        """The day the latest sentence before that tells ``verb`` done to or by ``noun`` gives it, or None."""
        for sent, base in reversed(self.told):
            for tok in sent:
                if tok.lemma_.lower() != verb or tok.pos_ != "VERB":
                    continue
                nouns = [tok.head] if tok.dep_ == "acl" else [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
                if not any(n.lemma_.lower() == noun for n in nouns):
                    continue
                for t in self.article.times:
                    span = _span(sent.doc, t, base) if sent.start_char <= t.span[0] - base < sent.end_char else None
                    if span is not None and t.precision == "day" and t.relation == "at" and span.root.head.head.i == tok.i:
                        return Dated.stated(t)
        return None

    def _date_the_told_earlier(self, sent, drafts: list[Draft]) -> None:
        """"The ministry had earlier handed a protest note to the envoy, demanding his release": an act told in the
        past perfect as done earlier, with no time of its own, lies between the first day the story's news tells
        and the day before the day told last before it (and so do the participles on its verb)."""
        published = self.article.published
        before = [d for d in drafts if not _in_sentence(d, sent) and d.dated.explicit and d.dated.date
                  and d.frame.modality == "asserted" and d.dated.precision == "day"
                  and (published is None or published - LEAD_NEWS <= d.dated.date <= published)]
        if not before:
            return
        first = min(d.dated.date for d in before)
        for d in drafts:
            verb = _clause(d.frame.head)
            if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
                verb = _clause(verb.head)  # "..., demanding his release": the participle of the act told earlier
            if not _in_sentence(d, sent) or _time_in(d.dated, sent) or d.dated.date_end is None or not _told_earlier(verb):
                continue
            last = min(before[-1].dated.date_end, d.dated.date_end) - timedelta(days=1)
            if first <= last:
                word = next(c.text for c in verb.children if c.lower_ in EARLIER)
                d.dated = Dated(first, last, _precision(first, last), word, False)

    def _date_the_lead_retold(self, sent, drafts: list[Draft]) -> None:
        """"Iran reopened the crossing on Monday, hours after Pakistan handed over three suspects. / ... were
        handed over at Taftan on Sunday": an act of the lead with no day of its own is on the day a later
        sentence tells it again with the same verb and particle and a day of its own in the lead's news,
        when that day is no later than the one it took."""
        lead = self.article.paragraphs.index(self.lead) if self.lead is not None else None
        told = [d for d in drafts if _in_sentence(d, sent) and d.dated.explicit and d.dated.precision == "day"
                and d.frame.modality == "asserted" and d.sentence.paragraph != lead and self._recent(d.dated)]
        for new in told:
            for old in drafts:
                if old.sentence.paragraph == lead and not old.dated.explicit and old.frame.modality == "asserted" \
                        and _phrasal(old.frame.head) == _phrasal(new.frame.head) \
                        and old.dated.date and new.dated.date_end <= old.dated.date:
                    old.dated = new.dated

    def _date_the_summary(self, paragraph: Paragraph, sent, main: Dated | None, known: list[Dated],
                          drafts: list[Draft]) -> None:
        """"Lima brushed the complaint aside. Its foreign minister said on Friday that ...": a paragraph
        that opens with an undated act and goes on to the words it was said in is dated by the saying
        (``known`` are the times the sentence's events have of their own, not taken from before); a
        later day than the saying's only when the opener took the story's day, not the one before's:
        "Oslo rejected the claim. 'It is false,' a spokesman said on Tuesday" (Tuesday, in a Thursday story);
        never by the day of a deed told before its source ("He crossed on Monday, TV said")."""
        start = paragraph.span[0] + sent.start_char
        opener, self.opener = self.opener, None
        if self.paragraph is not paragraph:
            loose = not self.carried and not _names_a_time(sent)
            self.opener = (start, paragraph.span[0] + sent.end_char, loose) if main is None and not known else None
            return
        if opener is None or main is None or main.precision != "day" or sent.root.lemma_.lower() not in WORDS_OF \
                or self.reported:  # "He crossed on Monday, TV said": the deed's day, not the saying's
            return
        for d in drafts:
            if d.sentence.span[0] == opener[0] and d.frame.modality == "asserted" and d.dated.date_end \
                    and (d.dated.date_end < main.date or opener[2]):  # never before what it answers
                d.dated = main

    def _background_of_news(self, sent, carried: Dated | None) -> bool:
        """Whether a sentence tells how the news came about before the story's day ("The deal was
        negotiated over talks in Muscat last month, officials said"), a time that the next undated
        sentence does not take."""
        story = self.story
        return bool(carried and story and carried.date_end and story.date and carried.date_end < story.date
                    and _retells_the_news(sent))

    def _recent(self, dated: Dated) -> bool:
        """Whether a window reaches into the month before publication (or there is no publication date)."""
        published = self.article.published
        return published is None or dated.date_end is None or dated.date_end >= published - LEAD_NEWS


def _not_before_the_words_answered(sent, drafts: list[Draft], dated: Dated | None) -> Dated | None:
    """A sentence whose main verb answers words told before ("rejected the remarks", "welcomed those
    comments") is no earlier than the latest speech act told before with a day of its own: "Moscow
    criticised the deal on Thursday. ... Chisinau rejected the remarks" (Thursday, not the deal's Wednesday)."""
    if dated is None or dated.date_end is None or not _answers_words(sent.root):
        return dated
    words = next((d for d in reversed(drafts) if d.frame.head.lemma_.lower() in WORDS_ANSWERED
                  and d.frame.modality == "asserted"), None)
    if words is None or not words.dated.explicit or words.dated.date is None or words.dated.date <= dated.date_end:
        return dated
    return words.dated


def _answers_words(verb) -> bool:
    """Whether a verb's object is words told before: "rejected the remarks", "dismissed these claims"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS
               and any(d.lower_ in REFERRING for d in c.children) for c in verb.children)


def _date_the_pluperfect_retold(sent, drafts: list[Draft]) -> None:
    """"Malawian soldiers detained nine Zambian traders on Sunday. ... A spokesman said the traders had
    been detained by a patrol": an act told in the past perfect with no time of its own retells the latest
    act of its type between the same states told before with a time of its own, and takes its day."""
    for d in drafts:
        if not _in_sentence(d, sent) or d.frame.modality != "asserted" or _time_in(d.dated, sent):
            continue
        verb = _clause(d.frame.head)
        if not _pluperfect(verb) or any(c.lower_ in FURTHER for c in verb.children) or not _on_a_party_told(verb):
            continue
        told = _latest_dated(drafts, lambda e: not _in_sentence(e, sent)
                             and e.frame.trigger.type == d.frame.trigger.type and _same_states(e, d))
        if told is not None:
            d.dated = told.dated


def _date_the_pluperfect_lasting(sent, drafts: list[Draft]) -> None:
    """"The consul had been refused access for six months, the ministry said" (on Thursday): an act told in the
    past perfect as lasting a count of days, weeks, months or years, with no time of its own, went on from that
    long before the day it took to the day before it (from the first of the month, counted in months)."""
    for d in drafts:
        verb = _clause(d.frame.head)
        if not _in_sentence(d, sent) or not _pluperfect(verb) or d.dated.date is None or _time_in_its_clause(d):
            continue
        count = _lasting_count(verb)
        if count is None:
            continue
        start = _moved(d.dated, True, count, d.dated.text or "")
        last = d.dated.date_end - timedelta(days=1)
        if start.date <= last:
            d.dated = Dated(start.date, last, _precision(start.date, last), f"for {count[0]} {count[1]}s", False)


def _lasting_count(verb) -> tuple[int, str] | None:
    """The count of a "for N units" on a verb or its object, as (number, unit): "refused access for six months"."""
    units, numbers = words().of("unit"), words().of("number")
    heads = {verb.i} | {c.i for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}}
    for prep in (c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "for" and c.head.i in heads):
        for unit in (c for c in prep.children if c.dep_ == "pobj"):
            kind = units.get(unit.lemma_.lower())
            count = next((c for c in unit.children if c.dep_ == "nummod"), None)
            if kind in EXACT_UNITS | CALENDAR_UNITS and count is not None:
                n = count.text if count.text.isdigit() else numbers.get(count.lower_)
                if n is not None:
                    return int(n), kind
    return None


def _told_earlier(verb) -> bool:
    """Whether a verb is in the past perfect marked as done before: "had earlier handed", "had initially said"."""
    return _pluperfect(verb) and any(c.dep_ == "advmod" and c.lower_ in EARLIER for c in verb.children)


def _pluperfect(verb) -> bool:
    """Whether a verb is in the past perfect, simple or progressive, or joined to one: "had demanded",
    "had been kept in a hut and were questioned", "had been fishing"."""
    if verb is None or verb.tag_ not in {"VBN", "VBG"}:
        return False
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in verb.children) \
        or verb.dep_ == "conj" and _pluperfect(verb.head)


def _on_a_party_told(verb) -> bool:
    """Whether a clause's subject or object is a party told before, "the" marking it and no time
    named in the clause: "the men had been detained" (not "its air force had struck camps on Sunday")."""
    parts = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree) \
        and any(d.lower_ == "the" and d.dep_ == "det" for c in parts for d in c.children)


def _time_in(dated: Dated, sent) -> bool:
    """Whether a window's words stand in the sentence (its own time, not one carried from before)."""
    return bool(dated.text) and dated.text.lower() in sent.text.lower()


def _same_states(one: Draft, other: Draft) -> bool:
    """Whether two acts may be by the same sides (see _same_sides) and name a state in common."""
    states = [{e.country for e in d.actor + d.recipient if e.country} for d in (one, other)]
    return _same_sides(one, other) and bool(states[0] & states[1])


def _recount_hours(sent, main: Dated, counted: Dated, drafts: list[Draft]) -> None:
    """The events of a sentence dated by the hours it counts take the day they are counted from: "'It is
    false,' a minister said in a statement hours later, calling the charge regrettable" after a
    rejection told on Thursday is Thursday's, not the last day named before (a Monday told as background);
    the caller recounts only when that day is the later one (the hours follow the latest time told)."""
    for d in drafts:
        if _in_sentence(d, sent) and d.dated == main:
            d.dated = counted


def _date_the_same_side_joined(sent, fallback: Dated | None, drafts: list[Draft]) -> None:
    """"Kampala's envoy phoned Nairobi last Thursday to protest, and Kampala accused Nairobi of breaching the
    pact": a past deed joined after ", and" with a name of its own for its subject (which alone would start
    another happening, see _clause_before) and no time of its own goes on with the clause before when both
    are done by the same states; it takes that clause's time, not the one it fell back on."""
    for d in drafts:
        fell_back = not d.dated.explicit or d.dated == fallback and not (d.dated.text and d.dated.text in sent.text)
        own = _clause(d.frame.head) if _in_sentence(d, sent) and fell_back else None
        if own is None or own.dep_ != "conj" or own.tag_ != "VBD" or own.head.tag_ != "VBD" or not _after_a_comma(own) \
                or d.frame.modality != "asserted":
            continue
        before = next((b for b in drafts if b.frame.head.doc is own.doc and getattr(_clause(b.frame.head), "i", None)
                       == own.head.i and b.frame.modality == "asserted" and b.dated.explicit), None)
        sides = {e.country for e in d.actor if e.country}
        if before is not None and sides and sides == {e.country for e in before.actor if e.country}:
            d.dated = before.dated


def _in_sentence(d: Draft, sent) -> bool:
    """Whether an event is told in ``sent`` (the drafts so far reach no further than it)."""
    return d.frame.head.doc is sent.doc and d.frame.head.i >= sent.start


def _counted_on(main: Dated | None, before: Dated | None) -> Dated | None:
    """The day of the sentence before, for a sentence whose main time counts hours on from it: "Lima
    answered within hours." after an act told on the story's day (not the last day named, a Tuesday
    told further back); None when the main time counts no hours or the time before is not one day."""
    if main is None or not main.text or not HOURS_TEXT.search(main.text) or before is None \
            or before.precision != "day" or before.date != before.date_end:
        return None
    return Dated(before.date, before.date_end, "day", main.text, True)


INCIDENTS = {"incident", "attack", "clash", "confrontation", "encounter", "raid", "collision", "shooting", "seizure"}
HAPPENING = {"happen", "occur"}


def _same_sides(one: Draft, other: Draft) -> bool:
    """Whether two acts' sides may be the same, each side's states equal or one of them unknown: "Chinese
    officers beat its crew" (China, ?) and "officers beat four Vietnamese fishermen" (?, Vietnam)."""
    def fits(a: list, b: list) -> bool:
        a, b = {e.country for e in a if e.country}, {e.country for e in b if e.country}
        return not a or not b or a == b
    return fits(one.actor, other.actor) and fits(one.recipient, other.recipient)


def _redate_its_clause(act: Draft, drafts: list[Draft], dated: Dated) -> None:
    """Give ``dated`` to ``act`` and to the acts of ``drafts`` in its "after" clause dated later than it:
    "after fighters ambushed a convoy, killing nine drivers and setting trucks on fire" (every act)."""
    clause = _after_clause(act.frame.head)
    for d in drafts:
        if d is act or clause is not None and d.frame.head.doc is clause.doc \
                and getattr(_after_clause(d.frame.head), "i", None) == clause.i and _dated_later(d, dated):
            d.dated = dated


def _dated_later(draft: Draft, main: Dated) -> bool:
    """Whether an act told before the incident's time has a later day than it that is not its own
    (or only the time of the clause its "after" clause hangs on)."""
    return bool(draft.dated.date and draft.dated.date > main.date_end
                and (not draft.dated.explicit or _after_clause(draft.frame.head) is not None))


def _incident_clause(sent):
    """The verb of a clause telling when an incident told before happened, the sentence's root or the
    words a source said: "took" in "The attack took place on Sunday, security sources said"."""
    root = _said_or_root(sent)
    lemma = root.lemma_.lower()
    took_place = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in root.children)
    happened = lemma in HAPPENING or took_place
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if happened and subject is not None and subject.lemma_.lower() in INCIDENTS \
            and any(c.lower_ in DEFINITE for c in subject.children):
        return root
    return None


def _after_clause(head):
    """The verb of the uncounted "after" clause a trigger heads, or the one its participle or
    conjoined verb hangs on: "ambushed" for "killing" in "after fighters ambushed a convoy, killing
    nine drivers", "boarded" for "beat" in "after officers boarded a boat and beat its crew"."""
    clause = _clause(head)
    for _ in range(3):
        if clause is None or clause.dep_ != "conj" and (clause.tag_ != "VBG" or clause.dep_ != "advcl"):
            break
        clause = _clause(clause.head)
    if clause is not None and clause.dep_ == "advcl" and _count_above(clause, levels=1, preps=False) is None \
            and _after_mark(clause) is not None:
        return clause
    return None


def _counted_clause_below(verb):
    """The "N days after/before" clause on a verb or the verbs above it: (its verb, its marker, the count as
    (number, unit), the count's words) for "Two days after the photos were taken, marines fired", or None."""
    for node in [verb, *verb.ancestors][:3]:
        for clause in (c for c in node.children if c.dep_ == "advcl"):
            relation = _marker(clause)
            counted = _counted(relation, clause) if relation is not None and relation.lower_ in {"after", "before"} else None
            if counted is not None:
                return clause, relation, *counted
    return None


def _noun_not_timed(d: Draft) -> bool:
    """Whether an event told by a noun took its window from words outside the noun's own ("summoned the envoy on
    Wednesday after the killing of a farmer": the summons' Wednesday)."""
    head = d.frame.head
    return head.pos_ == "NOUN" and bool(d.dated.text) and not _dated_within(d, head)


def _the_deed_done_to(head, verb: str, noun: str) -> bool:
    """Whether an event's trigger tells the deed ``verb`` done to ``noun``: a verb of the same deed (see _same_deed)
    with that object, or an act noun retold by that verb with that noun after "of" ("the killing of a farmer")."""
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and lemma in words().of("act_verb"):
        return verb in words().of("act_verb")[lemma].split() \
            and any(o.lemma_.lower() == noun for c in head.children if c.lower_ == "of" for o in c.children)
    before = _clause(head)
    return before is not None and _same_deed(before.lemma_.lower(), verb) and noun in _objects_done_to(before)


def _objects_done_to(verb) -> set[str]:
    """The lemmas of the nouns a verb's deed is done to: its object, or the noun its relative clause is on
    ("fishermen" in "seized 14 fishermen", "the fishermen its fighters seized")."""
    nouns = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    if verb.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in verb.children):
        nouns.add(verb.head.lemma_.lower())
    return nouns


def _same_deed(one: str, other: str) -> bool:
    """Whether two verbs may tell one deed: the same verb, or two that one act noun retells ("detain", "seize")."""
    return one == other or any(one in verbs.split() and other in verbs.split() for verbs in words().of("act_verb").values())


def _definite_subject(verb, definite: bool = True):
    """A clause's subject noun, marked with "the" when ``definite``: "drone" in "The drone came down", or None."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "NOUN" or definite and not any(c.lower_ == "the" for c in subject.children):
        return None
    return subject


def _after_mark(clause):
    """The "after" that opens a clause, or None; the parse may hang it on the clause as a preposition
    whose object is the clause's subject: "released on Thursday, after a judge fined them"."""
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    return next((c for c in clause.children if c.lower_ == "after" and (c.dep_ == "mark" or c.dep_ == "prep"
                 and not subject and c.i < clause.i and any(o.dep_ == "pobj" for o in c.children))), None)


def _about(sent) -> set[str]:
    """The surname of the person the main clause is about: "Prime Minister Mamadou Lamine Sarr held
    talks in Nouakchott" -> {"sarr"}, so that "Sarr thanked Nouakchott", opening the next paragraph,
    goes on that episode; empty for a place or body ("Mauritania freed ...")."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.pos_ == "NOUN":
        subject = _named_in_apposition(subject)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in {"PERSON", ""}:
        return set()
    return {subject.lower_}


def _named_in_apposition(noun):
    """The name set beside a title: "the information minister, Ana Lopes, said" -> "Lopes", else None."""
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _definite_objects(verb) -> list:
    """The objects "the" marks of a verb: "arrest" in "denounced the arrest as a violation"."""
    return [c for c in verb.children if c.dep_ == "dobj" and any(d.lower_ == "the" and d.dep_ == "det" for d in c.children)]


def _new_episode(sent) -> bool:
    first = sent[0]
    return first.lower_ in NEW_EPISODE and (len(sent) > 1 and sent[1].is_punct or first.lower_ in {"separately", "meanwhile", "elsewhere"})


def _names_a_time(sent) -> bool:
    """Whether a sentence names a date or time anywhere: "began exercises on Wednesday, the ministry said"."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in sent)


def _points_back(sent) -> bool:
    """Whether a sentence names what the one before told with a demonstrative ("Bishkek rejected
    that account."), so that it goes on that episode across a paragraph break."""
    return any(t.lower_ in {"that", "this", "these", "those"} and t.dep_ == "det" and t.head.pos_ == "NOUN"
               and not _quoted(t, sent) for t in sent)


def _set_against(sent) -> bool:
    """Whether a sentence's main clause is set against the one before by a contrasting adverb, so that it
    goes on that episode across a paragraph break: "The two agreed to share radar data. / Oslo, however,
    refused to join the patrols" (refused in the same talks)."""
    return any(t.lower_ in CONTRASTING and t.dep_ == "advmod" and t.head.i == sent.root.i for t in sent)


def _plural_pronoun_back(sent) -> bool:
    """Whether a sentence names, as "they" or "them", people no plural noun before it in the sentence
    names, so that it goes on the episode told before across a paragraph break: "A trucker was beaten
    when he tried to stop them" (the protesters of the paragraph before, and their day)."""
    return any(t.lower_ in BACK_PRONOUNS and not _quoted(t, sent)
               and not any(n.tag_ in {"NNS", "NNPS"} for n in sent.doc[sent.start:t.i]) for t in sent)


def _quoted(tok, sent) -> bool:
    """Whether a word stands inside the quotation marks of its sentence: "'The security of this road is
    our duty,' the minister said" (the speaker's own "this", no pointer to the sentence before)."""
    return sum(t.text in DOUBLE_QUOTES for t in sent.doc[sent.start:tok.i]) % 2 == 1


def _hours_later(sent) -> bool:
    """Whether a sentence opens by counting hours or minutes on from the one before ("About an hour
    later, a frigate shot down a drone", "Minutes later, ..."): the same day, across a paragraph break."""
    opening = [t.lower_ for t in sent[:5]]
    return "later" in opening and any(w in SAME_DAY | {"minute", "moment"} for w in opening[:opening.index("later")])


def _said_or_root(sent):
    """The verb of the words a source said when the sentence's root is a verb of saying ("The decision
    was taken on Thursday, officials said" gives "taken"), else the root."""
    root = sent.root
    said = next((c for c in root.children if c.dep_ == "ccomp"), None) if root.lemma_ in SAYING else None
    return said or root


def _retells_the_news(sent) -> bool:
    """Whether a sentence tells again, as "the decision" or "the move", the news of an undated lead,
    so that its time is the news's: "The decision was taken at a summit in Abuja on Thursday" (also under
    "officials said")."""
    subject = next((c for c in _said_or_root(sent).children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return _retold_as(subject, NEWS)


def _retold_as(subject, nouns: set[str]) -> bool:
    """Whether a subject is one of ``nouns`` told again with "the", "this" or "that": "the decision"."""
    return subject is not None and subject.lemma_.lower() in nouns and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subject.children)


def date_the_pledge_retold(sent, base: int, times: list[TimeExpr], drafts: list[Draft], at: int) -> None:
    """"Turkey has agreed to raise the flow of the Tigris, the ministry said on Monday. / The decision was
    conveyed to Iraqi officials on Sunday": the latest act told before (in this paragraph or the one
    before) in the present perfect with no time of its own was done on the day a passive retelling of
    it as "the decision" or "the concession", or as the noun of its own verb ("has banned ... / The ban was
    announced on Saturday"), gives, when that day is no later than the one it took."""
    undated = [d for d in drafts if 0 <= at - d.sentence.paragraph <= 1 and d.frame.modality == "asserted"
               and not d.dated.explicit and _present_perfect(_verb_led(d.frame.head))]
    if not undated:
        return
    act = undated[-1]
    perfect = _verb_led(act.frame.head)
    verb = _pledge_retold(sent, PLEDGE_NEWS | PROPOSALS | _lemmas_of_the_perfect(perfect)) \
        or _object_retold(sent, _objects_named(perfect))
    day = next(iter(_day_times_led_by({verb.i}, sent.doc, times, base)), None) if verb is not None else None
    if day is not None and act.dated.date and day.date <= act.dated.date:
        act.dated = Dated.stated(day)


def date_the_act_named(sent, base: int, times: list[TimeExpr], drafts: list[Draft]) -> None:
    """"The attack, on August 12, briefly altered ...": a day set off by commas after a definite subject noun
    dates that noun's act, told in this sentence or retold before with "the" and given a later day
    ("summoned the envoy on Monday over the attack"); and a day right after a definite act noun ("called the
    killing on Saturday night ...") dates the acts told before with a verb it retells (see act_verb in
    words.tsv) and no time of their own ("an agent who shot dead a boy")."""
    for t in times:
        span = _span(sent.doc, t, base)
        noun = _apposed_to(sent.doc, span) or _act_noun_dated(sent.doc, span)
        if noun is None or t.date is None or t.precision != "day":
            continue
        lemma = noun.lemma_.lower()
        verbs = words().of("act_verb").get(lemma, "").split()
        for d in drafts:
            head = d.frame.head
            own = _in_sentence(d, sent) and head.i == noun.i or d.frame.head.lemma_.lower() in verbs \
                and not _in_sentence(d, sent) and not _time_in_its_clause(d)
            retold = head.lemma_.lower() == lemma and head.pos_ == "NOUN" \
                and any(c.lower_ in DEFINITE for c in head.children) \
                and not any(k.ent_type_ in {"DATE", "TIME"} for k in head.subtree)
            if (own or retold) and (d.dated.date is None or d.dated.date > t.date_end):
                d.dated = Dated.stated(t)


def _time_in_its_clause(d: Draft) -> bool:
    """Whether an event's window is told in the words of its own clause ("an agent who shot dead a boy" takes
    the "on Wednesday" of the clause above it, no time of its own)."""
    return _dated_within(d, _clause(d.frame.head) or d.frame.head)


def _dated_within(d: Draft, tok) -> bool:
    """Whether an event's window is told in the words below ``tok`` (its own phrase or clause)."""
    return bool(d.dated.text) and d.dated.text.lower() in " ".join(t.text for t in tok.subtree).lower()


def _act_noun_dated(doc, span):
    """A definite act noun the day follows right after ("called the killing on Saturday night ..."), or None."""
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "on":
        return None
    prep = span.root.head
    noun = doc[prep.i - 1] if prep.i > 0 else None
    if noun is None or noun.lemma_.lower() not in words().of("act_verb") \
            or not any(c.lower_ in DEFINITE for c in noun.children):
        return None
    return noun


def _apposed_to(doc, span):
    """The definite subject noun a day follows between commas ("The attack, on August 12, ..."), or None."""
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in {"on", "in"} or span.end >= len(doc):
        return None
    prep = span.root.head
    if prep.i < 2 or doc[prep.i - 1].text != "," or doc[span.end].text != ",":
        return None
    noun = doc[prep.i - 2]
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"} or not any(c.lower_ in DEFINITE for c in noun.children):
        return None
    return noun


def _pledge_retold(sent, nouns: set[str]):
    """The passive verb of the main clause (or of the words said) that tells a pledge or a proposal retold
    as one of ``nouns`` ("the decision", "this concession", "the request") being made or passed on, or the
    participle on such a subject: "conveyed" in "The decision was conveyed to officials on Sunday",
    "delivered" in "The request was delivered to the embassy on Sunday", "announced" in "The deal, announced
    on Sunday, is meant to ..." (not "praised": praise tells nothing of when the pledge was made)."""
    verb = _said_or_root(sent)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if not _retold_as(subject, nouns):
        return None
    if subject.dep_ == "nsubjpass" and verb.lemma_.lower() in TELLING_A_PLEDGE:
        return verb
    return next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in TELLING_A_PLEDGE), None)


def _object_retold(sent, nouns: set[str]):
    """The passive verb of the main clause (or of the words said) whose subject is the object of an act
    told before, told again with "the": "flown" in "Chad has freed eight herders. / The eight were flown
    home on Monday", "ordered" in "has recalled its envoy. / The envoy was ordered home on Sunday"."""
    verb = _said_or_root(sent)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return verb if _retold_as(subject, nouns) else None


def _objects_named(verb) -> set[str]:
    """The lemmas of a verb's objects and of the numbers counting them: {"villager", "seven", "11"} for
    "freed seven of 11 villagers"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return {t.lemma_.lower() for o in objects for t in o.subtree if t.i == o.i or t.i < o.i and t.tag_ == "CD"}


def _phrasal(verb) -> tuple[str, ...]:
    """A verb's lemma and its particles: ("hand", "over") for "handed three suspects over"."""
    return (verb.lemma_.lower(), *sorted(c.lower_ for c in verb.children if c.dep_ == "prt"))


def _lemmas_of_the_perfect(verb) -> set[str]:
    """The lemmas of a present perfect verb and of the one it is joined to, which the noun of the same
    word retells: "deposit" for "has deposited $5 million and begun shipping fuel"."""
    return {v.lemma_.lower() for v in (verb, verb.head if verb.dep_ == "conj" else verb)}


def _present_perfect(verb) -> bool:
    """Whether a verb is in the present perfect, or joined without a subject of its own to one: "has agreed",
    "have pledged", "has deposited $5 million and begun shipping fuel" (the parse may tag "begun" past)."""
    if verb is None:
        return False
    if verb.dep_ == "conj" and verb.tag_ in {"VBN", "VBD"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return _present_perfect(verb.head)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'s", "'ve"} for c in verb.children)


def publication(article: Article) -> Dated:
    if article.published is None:
        return Dated(None, None, "unknown", None, False)
    return Dated(article.published, article.published, "publication", None, False)


def is_future(dated: Dated, article: Article) -> bool:
    return bool(article.published and dated.date and dated.date > article.published)
