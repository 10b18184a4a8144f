"""Whether words that name an event tell a happening: not a lasting state ("already hosts a
million refugees", "has warned repeatedly"), a question, an assertion of fact, people described
by a deed, a toll counted up to now, a generic present, the state of a nominal event or what an
act told already was, what a standing rule or accord provides, a present that compares ("receives more
flights than any other country"), a warning of what already happened or a thing will suffer, a name
something is called (also "condemned what it called an invasion"), a state kept ("remains detained"),
what a place has seen since a time, a body's meeting where another act is done, a state's accession
talks framing another act, what people fled or a side chose ("fled fighting", "had chosen war"), a war
named only as a setting ("sanctions over the invasion") or a rally where someone spoke."""
from __future__ import annotations

import re

from ..nlp import SAYING
from ..time.words import words
from .modality import (
    ACCORD_NOUNS,
    CHARGING,
    MODAL_AUX,
    OBLIGATION,
    REPORTING,
    SUBJECTS,
    clause_marked,
    has_negation,
    names,
)

HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}
TERMS = {"COERCE", "SANCTION"}  # "jailed for years", "banned for decades": the term of a measure, still one act
LASTING = {"month", "year", "decade", "century"}
STANDING = {"already", "still"}
KEEPING = {"keep", "maintain", "retain"}  # "has kept a ban since 2013": the measure lasts, no new act
BACKING = {"SUPPORT"}  # "have backed the army since ...": a stance kept up; "have rescued 900 since ..." a count of deeds
REPEATED = {"repeatedly", "often", "frequently", "regularly", "routinely", "consistently", "constantly", "occasionally",
            "sometimes", "periodically"}


def lasting(verb, kind: str) -> bool:
    """Whether a verb tells a lasting state, not a happening: the simple present marked so ("already
    hosts") or describing something ("Dadaab, which hosts 380,000 people"), what a side did for
    years in any tense (``habitual``), a participle describing what a present "has" or "is" holds
    ("has 4,000 troops there, fighting the insurgents"), or a perfect lasting years ("has hosted
    refugees for more than 30 years", "has been deployed since 1978"); but "has jailed a student for
    two years" is the term of one measure."""
    if simple_present(verb) and (verb.dep_ == "relcl" or any(
            c.dep_ == "advmod" and c.lower_ in STANDING for c in verb.children)):
        return True
    if verb.dep_ == "xcomp" and verb.head.dep_ == "relcl" and verb.head.tag_ in {"VBZ", "VBP"}:
        return True  # "the front, which wants to overthrow the government": an aim that describes a group
    if verb.dep_ == "relcl" and _present_be(verb):
        return True  # "Kabul, which is backed by Tehran", "the front, which is fighting for autonomy"
    if _describing_present(verb):
        return True
    if verb.dep_ == "dobj" and verb.head.lemma_ in KEEPING:
        return lasting(verb.head, "")  # "which has kept a ban on seafood since 2013"
    if _repeated_subject(verb):
        return True  # "raids have flared repeatedly": a series of any kind
    if _in_recent(verb):
        return True  # "expelled migrants in recent years", "has seized dozens of tankers it accuses of smuggling in
        # recent years": a tally, no one act
    if kind in TERMS:
        return False
    have = _has_have(verb)
    perfect = verb.tag_ in {"VBZ", "VBP"} or have
    spans = [(c.lower_, o) for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if have and _to_many_places(verb):
        return True  # "Cuba has sent medical brigades to dozens of countries": a tally over years
    if perfect and _repeated(verb):
        return True  # "has warned repeatedly of Russian activity", "has often accused": a series, no one act
    if kind in BACKING and have and _since_clause(verb):
        return True  # "have backed the army since the junta took power": a stance kept up since then
    return habitual(verb) or perfect and any(
        # "for more than 30 years", "has been deployed in southern Lebanon since 1978", "since the 1994 war"
        word == "for" and o.lemma_.lower() in LASTING or word == "since" and any(_year(t) for t in [o, *o.children])
        for word, o in spans)


MANY = {"dozens", "scores", "hundreds", "many", "numerous"}
PLACE_PREPS = {"to", "in"}


def _to_many_places(verb) -> bool:
    """Whether a verb reaches an untold many places, a tally and no one act: "has sent doctors to
    dozens of countries", "have deployed to many countries in Africa"."""
    places = [o for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in PLACE_PREPS
              for o in c.children if o.dep_ == "pobj"]
    return any(o.lower_ in MANY or any(a.dep_ == "amod" and a.lower_ in MANY for a in o.children) for o in places)


def _since_clause(verb) -> bool:
    """Whether a verb has a "since" clause of its own, telling from when it has lasted: "have backed
    the government since the two states signed the pact"."""
    return clause_marked(verb, {"since"})


def _repeated(verb) -> bool:
    """Whether a verb is said to recur: "has warned repeatedly", "have often clashed"."""
    return any(c.dep_ == "advmod" and c.lower_ in REPEATED for c in verb.children)


def _repeated_subject(noun) -> bool:
    """Whether a nominal event is the subject of a perfect verb told as recurring, a series and no one
    act: "clashes between the two militias have flared repeatedly", "raids have often resumed"."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.pos_ == "VERB" and _has_have(verb) and _repeated(verb)


HOLDING = {"have", "be"}  # "has 3,000 troops there", "is in the region": what a side holds or where it is


def _describing_present(verb) -> bool:
    """Whether a participle only describes what a present "have" or "be" tells a side holds: "Kenya
    has 4,000 troops in Somalia, fighting the insurgents" tells no battle."""
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "acl":  # "has 3,000 troops serving with the mission, fighting ..."
        while head.dep_ in {"pobj", "prep", "acl"}:
            head = head.head
        head = head.head if head.dep_ == "dobj" else head
    return verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "acl"} and head.lemma_ in HOLDING and head.tag_ in {"VBZ", "VBP"} \
        and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)


PRESENT_DO = {"do", "does"}  # "does not recognise": the simple present, negated or stressed


def simple_present(verb) -> bool:
    """Whether a verb is in the simple present, with or without "do": "recognises", "does not recognise"."""
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.lower_ in PRESENT_DO for c in verb.children)


def _year(tok) -> bool:
    """Whether a token names a year or a decade: "since 1978", "since the early 1980s"."""
    return re.fullmatch(r"\d{4}s?", tok.text) is not None


def _present_be(verb) -> bool:
    """Whether a verb's tense is the present of "be", a passive or progressive describing what
    something is: "is backed by Moscow", "are fighting for self-rule"."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


RECENT_PREPS = {"in", "over"}
RECENT = {"recent", "past", "last"}  # "in recent years", "over the past months": a span, no one day


def habitual(verb) -> bool:
    """Whether a verb tells what a side did for months or years, in any tense ("backed opposing sides
    for years", "have traded accusations for months", "have long supported"): "for" with months,
    years or decades and no number, or "long"."""
    if any(c.dep_ == "advmod" and c.lower_ == "long" for c in verb.children):
        return True
    spans = [o for c in _verb_phrase(verb) if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    return any(_years(o) for o in spans)


def _years(noun) -> bool:
    """Whether a noun is months, years or decades with no number: "for years", "in recent months"."""
    return noun.lemma_.lower() in LASTING and noun.tag_ == "NNS" and not any(n.dep_ == "nummod" for n in noun.children)


def _in_recent(verb) -> bool:
    """Whether a verb is told over a recent span, a series and no one act: "has expelled migrants in
    recent years", "seized boats over the past months"."""
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]  # "it accuses of ... in recent years"
    return any(c.dep_ == "prep" and c.lower_ in RECENT_PREPS and _years(o)
               and any(a.lower_ in RECENT for a in o.children)
               for c in list(verb.children) + objects for o in c.children if o.dep_ == "pobj")


def _verb_phrase(verb) -> list:
    """The verb's children and its direct object's, where the parser often hangs a span ("have
    traded accusations for months": "for months" on "accusations")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return list(verb.children) + [c for o in objects for c in o.children]


def no_happening(frame) -> bool:
    """Whether words that name an event tell no happening: a journalist's question ("asked whether
    ..."), an assertion of fact ("insisted that it had not agreed"), people described by a deed
    ("those who attacked"), a harm counted up to now ("have been killed since then"), what a thing
    does in general ("it only stops trade"), what a standing rule provides, a name ("called the
    talks a success"), the state of a nominal event ("cooperation has deepened"), what an act told
    already was ("this was an attack") or what is only reported or feared ("after reports of looting")."""
    if _hearsay(frame.head) or _slogan(frame.head):
        return True
    if frame.trigger.pos == "noun":
        return (_state_of(frame.head) or _inside_name(frame.head) or _what_it_was(frame.head) or _stepped_up(frame.head)
                or _named_accord(frame.head) or frame.head.dep_ == "dobj" and _experienced(frame.head.head)
                or _witnessed_trend(frame.head) or _venue_of_act(frame.head) or _accession_process(frame.head)
                or _fled_or_chosen(frame.head) or _accord_in_force(frame.head) or _war_as_setting(frame.head)
                or _provided_for(frame.head) or _standing_basis(frame.head) or _accord_of_a_year(frame.head)
                or frame.trigger.type == "PROTEST" and _spoken_at(frame.head)
                or _kind_of_acts(frame.head) or frame.head.dep_ in {"dobj", "nsubj"} and _as_a_rule(frame.head.head)
                or _cited_part(frame.head) or frame.trigger.type == "CONSULT" and _calls_made_on(frame)
                or frame.head.dep_ == "dobj" and _subject_matter(frame.head.head))
    toll = frame.trigger.type in HOSTILE and _toll(frame.head)  # a count of those rescued is aid given
    return (_question(frame) or _assertion(frame) or _warned_fact(frame) or _warned_shortfall(frame)
            or _warned_plight(frame) or _warned_peril(frame) or _warned_of(frame) or _what_it_was_called(frame)
            or _described_people(frame.head) or toll or _generic(frame.head) or _as_a_rule(frame.head)
            or _standing_charge(frame.head) or _content_of_rule(frame.head) or _naming(frame) or _setting(frame.head)
            or _claim_in_passing(frame.head)
            or _earlier_plight(frame.head) or _experienced(frame.head) or frame.trigger.type in SCENES and _photo_caption(frame.head)
            or _remaining(frame.head) or _effort(frame) or _equipped(frame.head) or _own_rule_of_force(frame)
            or _war_begun_by(frame.head) or frame.trigger.type == "RETREAT" and _discharged(frame.head)
            or _preposition_as_particle(frame) or _particle_of_like_verb(frame) or _own_options(frame)
            or _source_on_the_line(frame) or _many_times(frame.head))


MANY_TIMES = {"several", "many", "numerous", "multiple", "countless", "two", "three", "four", "five", "six", "seven",
              "eight", "nine", "ten", "dozens"}


def _many_times(verb) -> bool:
    """Whether a perfect tells how many times something has happened, a tally and no one act: "consular
    officials had visited him three times", "the pipeline has been hit several times since 2025"
    ("entered its airspace three times on Monday" tells that day's incursion)."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect and any(c.dep_ == "npadvmod" and c.lower_ == "times"
                           and any(m.dep_ in {"amod", "nummod"} and m.lower_ in MANY_TIMES for m in c.children)
                           for c in verb.children)


PARTS = {"article", "clause", "section", "chapter", "paragraph", "provision", "annex"}


def _cited_part(noun) -> bool:
    """Whether an accord is only named as the text a part of it is cited from, no agreeing: "asked for
    consultations under Article 4 of the alliance's treaty", "Clause 9 of the 2001 accord allows ..."."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in PARTS


DEFYING = {"despite", "amid"}


def _calls_made_on(frame) -> bool:
    """Whether calls a thing was done despite or amid are demands, no phone calls: "was not sent, despite
    calls from some lawmakers" ("despite a phone call from ..." names its means and is one)."""
    noun = frame.head
    return len(frame.tokens) == 1 and noun.lemma_.lower() == "call" and noun.tag_ == "NNS" \
        and noun.dep_ == "pobj" and noun.head.lower_ in DEFYING


SPEAKING = {"speak", "talk"}
PARTNER_PREPS = {"with", "to"}


def _source_on_the_line(frame) -> bool:
    """Whether a participle of speaking only tells where a reporter's source spoke from, no talks with
    anyone: ""We lost everything," said a farmer, speaking by telephone from Kaya" (the parser may hang
    "from" on "telephone"); "speaking by phone with his counterpart" is a call."""
    verb = frame.head
    if frame.trigger.type != "CONSULT" or verb.lemma_.lower() not in SPEAKING or verb.tag_ != "VBG" \
            or verb.dep_ not in {"advcl", "acl"}:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps = {p.lower_ for p in preps + [c for p in preps for o in p.children for c in o.children if c.dep_ == "prep"]}
    return "from" in preps and not preps & PARTNER_PREPS and not any(c.dep_ == "dobj" for c in verb.children)


def _inside_name(noun) -> bool:
    """Whether a noun is a word inside a longer proper name, no event: "the Collective Security Treaty
    Organization" ("Treaty" names the body); "the Paris Agreement", whose last word it is, still
    names the accord."""
    return noun.tag_ == "NNP" and noun.dep_ == "compound" and noun.head.tag_ == "NNP"


PARTICLES = {"over"}  # "handed over the prisoners", not "handed him a note over the shelling"


def _preposition_as_particle(frame) -> bool:
    """Whether a verb-and-particle trigger took a preposition with an object of its own for the
    particle: "handed him a protest note over the shelling" is no handing over."""
    return any(t.i != frame.head.i and t.lower_ in PARTICLES and t.dep_ == "prep"
               and any(c.dep_ in {"pobj", "pcomp"} for c in t.children) for t in frame.tokens)


RELEASING = {"release", "discharge", "free"}
CARE = {"treat", "hospitalize", "hospitalise", "admit", "examine"}
CLINICS = {"hospital", "clinic"}


def _discharged(verb) -> bool:
    """Whether a release is a patient's discharge, no captive freed: "was treated in hospital and
    released", "was released from hospital on Friday"."""
    if verb.lemma_.lower() not in RELEASING:
        return False
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in CARE:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in CLINICS for g in c.children)
               for c in verb.children)


FIRST_PERSON = {"we", "i"}


def _own_rule_of_force(frame) -> bool:
    """Whether a speaker tells in the simple present what its side strikes as a rule, no strike:
    "We hit only military targets, not villages" (a past or dated strike is told apart)."""
    head = frame.head
    return (frame.trigger.type == "ASSAULT" and frame.trigger.pos == "verb" and head.tag_ == "VBP"
            and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in head.children))


EQUIPPING = {"arm", "equip"}


def _equipped(verb) -> bool:
    """Whether a participle tells what people carry, no arming by anyone: "gunmen armed with rifles
    attacked the post", "crossed the border armed and in uniform" ("rebels armed by Kigali", "were
    armed by Kigali" and "armed the militia" arm)."""
    return (verb.tag_ == "VBN" and verb.lemma_.lower() in EQUIPPING
            and not any(c.dep_ in {"agent", "dobj", "auxpass", "aux"} for c in verb.children))


EFFORTS = {"seek"}  # "sought to keep the row from ...": an effort to do something, asked of no one


def _effort(frame) -> bool:
    """Whether a verb of seeking has only an infinitive after it, no thing sought: "officials have
    sought to calm the dispute" asks nothing of anyone ("sought talks", "sought aid" do)."""
    head = frame.head
    if frame.trigger.pos != "verb" or head.lemma_.lower() not in EFFORTS or len(frame.tokens) > 1:
        return False
    kids = {c.dep_ for c in head.children}
    return "xcomp" in kids and not kids & {"dobj", "dative", "prep"}


REMAINING = {"remain", "remains", "remained", "stay", "stays", "stayed"}  # word forms: the parser may take "remains" for an aux


def _remaining(verb) -> bool:
    """Whether a participle tells a state that lasts, not a new act: "the vessel remains detained in
    the harbour", "the crossings stayed shut" (the detention or closure was told, or is background)."""
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in REMAINING for c in verb.children):
        return True
    return verb.dep_ in {"acomp", "oprd", "xcomp"} and verb.head.lower_ in REMAINING


VENUES = {"meeting", "session"}
PAIRS = {"two", "both"}  # "a meeting of the two foreign ministers": the sides meet each other


def _venue_of_act(noun) -> bool:
    """Whether a meeting is only the forum of another act, a body's meeting the actor attends:
    "vetoed the decision at a meeting of EU ministers", "filed a complaint at a meeting of the WTO's
    farm committee"; "raised the case at a meeting of the two sides' negotiators" and "agreed at a
    meeting of the two foreign ministers" tell their own meeting."""
    if noun.lemma_.lower() not in VENUES or noun.dep_ != "pobj" or noun.head.lower_ != "at" \
            or noun.head.head.pos_ != "VERB":
        return False
    members = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return bool(members) and not any(t.lower_ in PAIRS for m in members for t in m.subtree)


ADDRESSING = SAYING | {"speak", "address"}


def _spoken_at(noun) -> bool:
    """Whether a gathering is only where someone spoke: "the president, speaking at a rally in the
    north, said ...", "told a rally", "addressed a crowd"; a rally "against" something is still a protest."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "at":
        verb = noun.head.head  # "speaking at a rally"
    elif noun.dep_ in {"dobj", "dative"}:
        verb = noun.head  # "told a rally", "addressed a crowd"
    else:
        return False
    return verb.lemma_.lower() in ADDRESSING and not any(c.lower_ == "against" for c in noun.children)


FRAMEWORK_PREPS = {"of", "under", "within", "since"}  # "disputed since the 1783 treaty": the accord dates a state


def _named_accord(noun) -> bool:
    """Whether an accord noun names a standing accord, the frame of another act, no agreeing: by its
    name or its year ("filed a complaint under the arbitration chapter of the NAFTA trade agreement",
    "claims the islands under a 1904 treaty between France and Spain", "disputed since the 1904
    Treaty of Lisbon"), or as what a participle describing someone is done under ("a cutter carrying
    two officers under a shiprider agreement");
    "would keep a battalion there under a defence agreement" tells the accord's term as its news."""
    if noun.lemma_.lower() not in ACCORD_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in FRAMEWORK_PREPS:
        return False
    if noun.head.lower_ == "under" and noun.head.head.dep_ == "acl":
        return True
    return any(t.dep_ == "compound" and t.pos_ == "PROPN" or _year(t) for t in noun.subtree if t.i < noun.i)


PROCESS_TALKS = {"talk", "negotiation"}
ACCESSION = {"accession", "membership"}  # "Serbia's EU accession talks": a process of years, no meeting


def _accession_process(noun) -> bool:
    """Whether talks are a state's years-long accession process, the frame of another act, no
    meeting: "vetoed the opening of a new chapter in Albania's EU accession talks", "delayed the
    start of its membership negotiations"; "opened accession talks with Albania" stays an event."""
    return (noun.lemma_.lower() in PROCESS_TALKS and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "of"}
            and any(c.dep_ == "compound" and c.lemma_.lower() in ACCESSION for c in noun.children))


ONSETS = {"start", "beginning", "outbreak", "onset", "war", "conflict", "invasion", "coup", "uprising", "independence"}


def _toll(verb) -> bool:
    """Whether a perfect counts up what happened over a stretch up to now, a lasting tally: "more
    than 600 people have been killed since then", "have been arrested since the war began", "since
    the start of the war" (``lasting`` takes "since 2014")."""
    if not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"has", "have", "'ve"} for c in verb.children):
        return False
    if _since_clause(verb):
        return True
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "since" and any(
                o.lower_ in {"then", "that"} or o.lemma_.lower() in ONSETS for o in c.children):
            return True
    return False


STARTING = {"start", "begin", "launch", "unleash", "provoke"}
WARS = {"war", "conflict", "invasion"}
DEFINITE = {"the", "this", "that"}


def _war_begun_by(verb) -> bool:
    """Whether a relative clause only describes a named side as the one that began a war going on:
    "responsibility lies with Moscow, which started this war" blames Moscow, no attack told."""
    side = verb.head
    return verb.dep_ == "relcl" and side.pos_ == "PROPN" and verb.lemma_.lower() in STARTING and any(
        o.dep_ == "dobj" and o.lemma_.lower() in WARS and any(c.lower_ in DEFINITE for c in o.children)
        for o in verb.children)


def _war_as_setting(noun) -> bool:
    """Whether a war is only the setting of the news, the object of a preposition: "sanctions over
    Russia's invasion of Ukraine", "during the civil war in the 1990s", "ending decades of conflict";
    a war the news brings is a subject or object ("war broke out", "launched an invasion")."""
    return noun.lemma_.lower() in WARS and noun.dep_ == "pobj"


QUOTES = {'"', "'", "\u201c", "\u201d", "``", "''"}


def _naming(frame) -> bool:
    """Whether a bare "call" names what something is, no phone call: "called the talks a success",
    "called the visit "useful and frank"" (a complement, or a quoted word on the object); "called
    his Kenyan counterpart on Monday" is a call."""
    head = frame.head
    if frame.trigger.type != "CONSULT" or head.lemma_.lower() != "call" or len(frame.trigger.words) > 1:
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return names(head) or any(t.text in QUOTES for o in objects for t in o.subtree)


SLOGAN_VERBS = {"chant", "shout", "sing", "scream", "read"}  # "banners reading "No more raids""


def _slogan(head) -> bool:
    """Whether words are a slogan quoted after a verb of chanting: students marched "chanting "Stop
    the killings"" (what the crowd cries, no act of its own)."""
    return any(a.lemma_.lower() in SLOGAN_VERBS and a.pos_ == "VERB" and _quoted_after(a, head) for a in head.ancestors)


def _quoted_after(verb, word) -> bool:
    """Whether a word lies inside a quote opened after a verb: "read "Free our comrades"", not
    "read "Work is our right" before police dispersed them" (the quote is closed)."""
    return verb.i < word.i and sum(t.text in QUOTES for t in word.doc[verb.i + 1:word.i]) % 2 == 1


def _particle_of_like_verb(frame) -> bool:
    """Whether a verb-and-particle trigger took the particle of the same verb said again inside its
    object: "handed him a note asking them to arrest the men and hand them over" is no handing over
    (the inner "hand ... over" is an act of its own)."""
    return any(t.dep_ == "prt" and t.head.i != frame.head.i and t.head.lemma_ == frame.head.lemma_
               for t in frame.tokens[1:])


def _own_options(frame) -> bool:
    """Whether an inquiry weighs what the inquirer itself might do, no one's deeds: "was examining
    whether it could take Chile to court" (a pronoun doing an act under a modal; not "whether it could
    have been sabotage" nor "whether the fire could have been set")."""
    return frame.trigger.mode == "investigate" and frame.trigger.pos == "verb" and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)
        and c.lemma_ != "be"
        and any(a.dep_ == "aux" and a.lower_ in MODAL_AUX for a in c.children)
        and not any(a.dep_ == "auxpass" or a.lemma_ == "have" and a.dep_ == "aux" for a in c.children)
        and any(n.dep_ == "nsubj" and n.tag_ == "PRP" for n in c.children)
        for c in frame.head.children)


WH_WORDS = {"whether", "if", "how", "why", "what", "when", "who", "which"}


def _question(frame) -> bool:
    """Whether "ask" puts a question, no request: "asked whether Lima would retaliate, she said",
    "asked about the tariffs"; "asked Lima to retaliate" and "asked for aid" are requests."""
    head = frame.head
    if frame.trigger.type != "REQUEST" or head.lemma_.lower() != "ask" or len(frame.trigger.words) > 1:
        return False
    return any(c.dep_ == "ccomp" and any(w.lower_ in WH_WORDS for w in c.children if w.i < c.i)
               or c.dep_ == "prep" and c.lower_ == "about" for c in head.children)


def _said_clauses(frame, kind: str, verb: str) -> list:
    """The clauses a bare verb of saying coded as ``kind`` governs ("warned that ...", "insisted
    that ..."); none for any other trigger."""
    if frame.trigger.type != kind or frame.trigger.words != (verb,):
        return []
    return [c for c in frame.head.children if c.dep_ == "ccomp"]


def _assertion(frame) -> bool:
    """Whether "insist" asserts a fact, no demand: "insisted that the ministry had not agreed to
    it", "insists the pact is defensive"; "insisted that Quito withdraw" (a bare verb) and
    "insisted Quito must withdraw" (an obligation) are demands."""
    clauses = _said_clauses(frame, "REQUEST", "insist")
    return bool(clauses) and not any(_demanded(c) for c in clauses)


def _warned_fact(frame) -> bool:
    """Whether "warn" only reports what has already happened, no threat: "warned that several
    villages had not been reached"; "warned that it would retaliate" looks ahead."""
    clauses = _said_clauses(frame, "THREATEN", "warn")
    return bool(clauses) and all(_past(c) for c in clauses)


RUNNING_SHORT = {("run", "out"), ("run", "short"), ("run", "dry"), ("dry", "up"), ("fall", "short")}


def _warned_shortfall(frame) -> bool:
    """Whether "warn" foretells only that something will run short, no threat: "warned that its
    stocks of seed would run out by March"."""
    clauses = _said_clauses(frame, "THREATEN", "warn")
    return bool(clauses) and all(any((c.lemma_.lower(), p.lower_) in RUNNING_SHORT for p in c.children
                                     if p.dep_ in {"prt", "advmod", "acomp", "oprd"}) for c in clauses)


SUSTAINING = {"sustain", "maintain"}  # "could not be sustained": a limit foretold
COMPELLING = {"force", "compel", "oblige"}  # "could be forced to withdraw": a plight foretold


def _warned_plight(frame) -> bool:
    """Whether "warn" foretells only what a thing will suffer, no threat of the speaker's own act:
    "warned that the higher fuel deliveries could not be sustained beyond June", "warned that the
    mission could be forced to pull out"; "warned that imports could be halted" stays a threat."""
    clauses = _said_clauses(frame, "THREATEN", "warn")
    return bool(clauses) and all(_passive_without_doer(c) and (
        c.lemma_.lower() in SUSTAINING and has_negation(c)
        or c.lemma_.lower() in COMPELLING) for c in clauses)


PERIL = {"risk", "danger", "brink", "verge", "edge"}  # "is at high risk of debt distress"


def _warned_peril(frame) -> bool:
    """Whether "warn" only says a thing is in danger, no threat of the speaker's own act: "warned
    that the island is at high risk of debt distress", "warned the region was on the brink of famine"."""
    clauses = _said_clauses(frame, "THREATEN", "warn")
    return bool(clauses) and all(c.lemma_ == "be" and any(
        p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in PERIL for o in p.children)
        for p in c.children) for c in clauses)


def _warned_of(frame) -> bool:
    """Whether a bare "warn" only names a danger it warns of, no threat: "warned of food shortages",
    "warned of the risk of an outbreak"; the threats ("warned of retaliation") have triggers of their
    own, and "warned of shortages and said it would cut exports" still tells its threat in a clause."""
    if frame.trigger.type != "THREATEN" or frame.trigger.words != ("warn",):
        return False
    children = list(frame.head.children)
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in children) \
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in children)


def _passive_without_doer(verb) -> bool:
    """A passive naming no doer: "could not be sustained", "could be forced to leave"."""
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


NAMING_VERBS = {"call", "describe", "term", "brand", "label"}


def _what_it_was_called(frame) -> bool:
    """Whether an accusation by naming only says how a side called what another act is about, the
    act carrying the event: "condemned what the ministry called a flagrant violation", "chanting
    slogans against what they called Ghana's aggression"; "Accra called the raid an aggression" accuses."""
    head = frame.head
    if frame.trigger.type != "ACCUSE" or head.lemma_.lower() not in NAMING_VERBS or head.dep_ == "ROOT":
        return False
    return any(c.dep_ == "dobj" and c.lower_ == "what" for c in head.children)


def _past(verb) -> bool:
    """A clause in a past tense with no modal: "had not been reached", "was cut off", "fell"."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in MODAL_AUX | {"will", "'ll", "wo", "to"} for a in aux):
        return False
    return verb.tag_ == "VBD" or bool(aux) and aux[0].tag_ == "VBD"


def _demanded(verb) -> bool:
    """Whether a clause is what someone should do: a bare verb ("that Quito withdraw") or an
    obligation ("Quito must withdraw")."""
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return bool(aux & OBLIGATION) or verb.tag_ == "VB" and not aux


SOMEONE = {"those", "anyone", "anybody", "whoever", "everyone", "everybody", "someone", "somebody", "whomever"}


def _described_people(head) -> bool:
    """Whether a deed only describes who someone is: "those who attacked our men will be found",
    "ensure that those detained were treated lawfully", "whoever fired the shells", "pardons anyone
    convicted of attacking police", "two more suspects held in Peruvian prisons" (a participle
    with no time of its own)."""
    if any(t.dep_ in {"relcl", "acl"} and t.head.lower_ in SOMEONE for t in [head, *head.ancestors]):
        return True  # also what they are told to have done: "anyone convicted of smuggling arms"
    if _undated_participle(head) or _kind_of_people(head):
        return True
    return any(c.dep_ in SUBJECTS and c.lower_ in {"whoever", "whomever"} for c in head.children)


def _kind_of_people(verb) -> bool:
    """Whether an undated deed in a relative clause only says what kind of people someone is: "these
    are men who burned villages", "they are criminals who kidnapped children" ("he is the man who
    fired the shot" picks out one deed)."""
    noun = verb.head
    return verb.dep_ == "relcl" and noun.dep_ == "attr" and noun.head.lemma_ == "be" \
        and any(c.dep_ in SUBJECTS and c.lower_ == "who" for c in verb.children) \
        and not any(c.dep_ == "det" and c.lower_ not in {"a", "an"} for c in noun.children) \
        and _untimed(verb)


def _untimed(verb) -> bool:
    """Whether no date or time is told anywhere in a verb's clause."""
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)


def _undated_participle(verb) -> bool:
    """Whether a past participle after a noun ("the crew detained in Dakar", "a man arrested with
    him") says who or what the noun is with no time of its own; "the crew detained on Sunday" dates
    a deed told in passing."""
    if verb.tag_ != "VBN" or verb.dep_ not in {"acl", "relcl"} or verb.head.dep_ == "ROOT":
        return False  # a noun for root: the parser took a past tense for a participle ("Ghana, ..., offered to host talks")
    if any(c.dep_ in {"aux", "auxpass", "dobj", "xcomp", "ccomp", "agent"} for c in verb.children):
        return False  # "officials who had detained", "whom police arrested", "talks hosted by Oman": a deed told
    return _untimed(verb)


def _setting(verb) -> bool:
    """Whether a deed in the past perfect only names a place by what once happened there: "not far
    from where the engineers had been abducted", "the village where the patrol had been ambushed";
    "the square where police had fired on a crowd that morning" dates a deed told in passing."""
    return any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) \
        and _untimed(verb)


def _earlier_plight(verb) -> bool:
    """Whether a past perfect passive, with no doer, only says who people were: "freed four sailors
    who had been detained", "a reporter who had been beaten"."""
    return verb.dep_ == "relcl" and _passive_without_doer(verb) \
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _experienced(verb) -> bool:
    """Whether a present perfect with a bare "before" only says something has happened at some time,
    no dated act: "the mission has faced similar curbs before", "the two armies have clashed before"."""
    return _has_have(verb) \
        and any(c.dep_ == "advmod" and c.lower_ == "before" and not list(c.children) for c in verb.children)


def _has_have(verb) -> bool:
    """Whether a verb is a present perfect, "has" or "have" before it: "has seen", "have clashed"."""
    return any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children)


WITNESSING = {"see", "witness", "experience", "suffer", "endure"}


def _witnessed_trend(noun) -> bool:
    """Whether a nominal event is what a place or people has seen over a stretch up to now, a
    description and no dated act: "the province has seen rising violence since 2023" (the parser may
    hang "since" on the object)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in WITNESSING:
        return False
    return _has_have(verb) and any(c.dep_ == "prep" and c.lower_ == "since" for c in _verb_phrase(verb))


GENERIC_SUBJECTS = {"it", "this", "that"}


def _generic(verb) -> bool:
    """Whether a verb in the simple present tells what a thing does in general, no happening: "it
    only stops trade", "closing the border does not stop smugglers" (a pronoun or a gerund for subject)."""
    if verb.tag_ not in {"VBZ", "VBP"} and not (verb.tag_ == "VB" and any(c.lower_ in {"does", "do"} for c in verb.children)):
        return False
    if _spoken_stance(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return any(s.dep_ == "csubj" or s.lower_ in GENERIC_SUBJECTS or s.tag_ == "VBG" for s in subjects) \
        or _compared(verb)


USUALLY = REPEATED | {"usually", "typically", "normally", "generally", "customarily", "always"}


def _as_a_rule(verb) -> bool:
    """Whether a verb in the simple present says what usually happens, no one act: "retaliation
    usually means the expulsion of a diplomat", "the navy typically escorts such convoys"."""
    return verb.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "advmod" and c.lower_ in USUALLY for c in verb.children)


def _standing_charge(verb) -> bool:
    """Whether a charge in the present passive with no accuser only says what people stand accused of,
    no act of accusing: "they are accused of belonging to the cell", "is suspected of spying"
    ("were accused by Vilnius on Friday" is one)."""
    return verb.lemma_.lower() in CHARGING and _present_be(verb) \
        and not any(c.dep_ == "agent" for c in verb.children)


RELATIVE_SUBJECTS = {"which", "who"}  # "Latvia, which says ...": the side itself says it


def _claim_in_passing(verb) -> bool:
    """Whether an undated deed is only what a side, described in passing, says of itself or others:
    "Latvia, which says it has been attacked by Russian hackers, sent experts"; the claim describes
    the side, and "Latvia said on Monday it had been attacked" reports a deed."""
    say = verb.head
    return verb.dep_ == "ccomp" and say.dep_ == "relcl" and say.lemma_.lower() in SAYING and simple_present(say) \
        and any(c.dep_ in SUBJECTS and c.lower_ in RELATIVE_SUBJECTS for c in say.children) \
        and _untimed(verb)


LIKE_KINDS = {"similar", "comparable"}


def _kind_of_acts(noun) -> bool:
    """Whether a bare plural nominal event with "similar" for subject names a kind of act, no one act:
    "similar raids on border posts have unsettled the region" ("a similar raid hit a post on Monday" is one)."""
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.tag_ == "NNS" \
        and any(c.dep_ == "amod" and c.lower_ in LIKE_KINDS for c in noun.children) \
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


# a present stance the speaker states of itself as it speaks: "said it fully supports the claim"
STANCE_VERBS = {"support", "back", "stand", "welcome", "reject", "condemn", "oppose", "recognise", "recognize", "denounce",
                "deplore", "endorse", "applaud", "praise", "regret"}
SPEAKER_PRONOUNS = {"it", "they", "we"}


def _spoken_stance(verb) -> bool:
    """Whether a simple present stance verb is the speaker's own, stated as it spoke: "Britain said it
    fully supports Belize's sovereignty", "said they strongly condemn the attack" (the pronoun stands
    for the speaker); "says it does not comment on ..." is no stance."""
    if verb.lemma_.lower() not in STANCE_VERBS or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.head.children)


SCENES = {"MOBILIZE", "PROTEST"}  # what a photo shows going on ("police patrol", "crowds march"), not the act it follows


def _photo_caption(verb) -> bool:
    """Whether a verb is the simple present of a photo's caption, which ends in the day it was taken:
    "Soldiers guard a checkpoint outside the port, March 4, 2025." shows a scene, reports no act
    (the parser may tag the bare present "VB": "Gendarmes patrol a street ...")."""
    bare = verb.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    if not (verb.tag_ in {"VBZ", "VBP"} or bare) or verb.dep_ != "ROOT":
        return False
    tokens = [t for t in verb.sent if not t.is_punct]
    if len(tokens) < 3:
        return False
    month, day, year = tokens[-3:]
    return month.lower_ in words().of("month") and day.like_num and year.like_num and len(year.text) == 4


QUANTITIES = {"number", "share", "amount", "portion", "proportion", "bulk", "majority", "percentage", "part"}


def _compared(verb) -> bool:
    """Whether a simple present measures its object against others', a description, not a deed:
    "receives more deportation flights than any other country", "hosts the largest number of
    refugees", "supplies most of the grain"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in {"more", "most"} and any(c.lower_ == "of" for c in obj.children):
            return True  # "most of the aid"
        degree = {c.tag_ for c in obj.children if c.dep_ == "amod"}
        if "JJR" in degree and any(c.lower_ == "than" for c in [*obj.children, *verb.children]):
            return True  # "more flights than any other country"
        if "JJS" in degree and obj.lemma_.lower() in QUANTITIES:
            return True  # "the largest number of refugees"
    return False


CHANGES = {"deepen", "change", "grow", "improve", "deteriorate", "worsen", "remain", "stay", "weaken", "strengthen",
           "expand", "widen", "fund", "falter", "flourish", "thrive", "lag", "stagnate"}


def _state_of(noun) -> bool:
    """Whether a nominal event is only the subject of what its state is or becomes: "cooperation
    with Lagos has deepened", "its appeal is only 20 percent funded", "the demands do not change";
    "the talks ended", "the attack killed six" tell a happening."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = noun.head
    if verb.lemma_.lower() in CHANGES:
        return True
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)


HEARSAY = {"report", "word", "fear", "rumour", "rumor"}


def _hearsay(noun) -> bool:
    """Whether an event named after "of" (a noun or a gerund) is only what is reported or feared, no
    happening told: "a curfew after reports of looting", "amid fears of a strike", "word of clashes reached the capital"."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in HEARSAY


FLEEING = {"flee", "escape"}  # "fled fighting", "escaping the war": the cause of a flight, told as background
CHOOSING = {"choose", "pick", "prefer"}  # "had chosen war": a stance, no fighting told


def _fled_or_chosen(noun) -> bool:
    """Whether a nominal event is only what people fled or a side chose: "thousands have fled fighting
    between armed groups", "refugees fleeing from the violence", "the rebels had chosen war"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "from":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    lemma = verb.lemma_.lower()
    return lemma in FLEEING or noun.dep_ == "dobj" and lemma in CHOOSING


ESCALATING = {"escalate", "intensify", "deepen", "heighten", "sharpen", "step", "ramp"}


def _stepped_up(noun) -> bool:
    """Whether a nominal event is what a participle after the main deed says it escalated, the deed
    itself retold: "recalled its envoy on Monday, escalating its protest over the dam"."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ == "advcl"
            and verb.lemma_.lower() in ESCALATING and not any(c.dep_ in SUBJECTS for c in verb.children))


def _what_it_was(noun) -> bool:
    """Whether a nominal event only says what something told already was: "this was an attack on a
    civilian crew", "it is a violation of our sovereignty" (an indefinite complement of "be" with a
    pronoun subject); "it was the union's second strike this year" counts a strike of its own."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or not any(c.lower_ in {"a", "an"} for c in noun.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in GENERIC_SUBJECTS for c in noun.head.children)


RULES = {"regulation", "law", "constitution", "rule", "decree", "measure", "bill", "order", "provision", "clause", "mechanism",
         "resolution", "amendment", "legislation", "statute", "directive", "ordinance"}
ENACTING = {"approve", "pass", "adopt", "enact", "sign", "issue", "introduce", "announce", "unveil", "impose", "decree"}


ACCORDS = {"deal", "agreement", "accord", "treaty", "pact", "contract", "memorandum", "charter", "convention"}


def _content_of_rule(verb) -> bool:
    """Whether a participle only tells what a standing rule provides: "used a regulation allowing
    it to cut funds"; a rule enacted makes its content the event ("passed a law banning rallies")."""
    if _provides(verb) or verb.dep_ in {"ccomp", "xcomp"} and _provides(verb.head):
        return True  # "the accord allows prisoners convicted abroad to serve ...": what it provides
    if not (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in RULES):
        return False
    rule = verb.head
    return not (rule.dep_ in {"dobj", "nsubjpass"} and rule.head.lemma_.lower() in ENACTING)


COVERING = {"apply", "cover", "allow", "permit", "provide", "require", "oblige", "guarantee", "bind", "extend",
            "forbid", "bar", "stipulate"}  # what an accord in force says ("the treaty covers the islands")


def _accord_in_force(noun) -> bool:
    """Whether an accord is only the subject of what it says in the simple present, no signing told:
    "Lisbon's defence pact with Rabat applies to the Canaries", "the treaty covers both straits";
    "the pact, signed on Friday, allows ..." tells its signing (see ``_provides``)."""
    verb = noun.head
    return noun.lemma_.lower() in ACCORDS and noun.dep_ == "nsubj" and verb.tag_ in {"VBZ", "VBP"} \
        and verb.lemma_.lower() in COVERING and not any(c.dep_ == "acl" for c in noun.children)


MATTERS = {"cover", "concern", "govern", "regulate"}  # "three protocols covering trade": what a text is about


def _subject_matter(verb) -> bool:
    """Whether a participle only tells what a text or talks are about, no act: "two protocols covering
    security cooperation", "a chapter concerning fishing rights" (an accord's signing is its own event)."""
    return verb.tag_ == "VBG" and verb.lemma_.lower() in MATTERS


def _provides(verb) -> bool:
    """Whether a simple present tells what a rule or accord provides, not a deed: "the pact, signed
    on Friday, allows Qatari firms to run the airport" (its signing is the event); so "it" with a
    verb of providing ("It allows ...", the accord told just before), and any present told "under" an
    accord or "under it" ("Under it, Spain takes back migrants": its terms, no deed)."""
    if not simple_present(verb):
        return False  # "the constitution does not allow extraditions" provides as "allows" does
    if _under_accord(verb) or verb.dep_ == "conj" and simple_present(verb.head) and _under_accord(verb.head):
        return True  # "Under the deal, France takes back migrants, and Britain admits ...": its terms
    return any(c.dep_ in SUBJECTS and (c.lemma_.lower() in RULES | ACCORDS
                                       or (c.lower_ == "it" or c.tag_ == "WDT") and verb.lemma_.lower() in COVERING)
               for c in verb.children)


ACCORD_PRONOUNS = {"it", "this", "which"}


def _under_accord(verb) -> bool:
    """Whether a verb is told "under" an accord or rule, or "under it" after one: "Under the pact,
    Chad hosts the force"."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        o.dep_ == "pobj" and (o.lower_ in ACCORD_PRONOUNS or o.lemma_.lower() in RULES | ACCORDS) for o in c.children)
        for c in verb.children)


def _provided_for(noun) -> bool:
    """Whether a nominal event is only what an accord or rule provides in the simple present, its
    terms, no deed: "a pact that provides for joint patrols and arms deliveries"."""
    head = noun.head
    while head.pos_ in {"NOUN", "PROPN", "ADP"} and head.i != head.head.i:
        head = head.head
    return head.pos_ == "VERB" and _provides(head)


def _standing_basis(noun) -> bool:
    """Whether a nominal event is only the basis of where a side stands now, a lasting state:
    "its troops are in Chad at the invitation of N'Djamena" tells no new inviting."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "at":
        return False
    verb = prep.head
    return verb.lemma_ in HOLDING and verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _accord_of_a_year(noun) -> bool:
    """Whether an accord named by its year or name is only the subject of what it is or does now, an
    accord in passing, no agreeing: "the 2019 border accord remains in force", "their 2019 pact was
    not in doubt"; "the 2019 pact was signed in May" tells its signing."""
    return noun.lemma_.lower() in ACCORD_NOUNS and noun.dep_ == "nsubj" and noun.head.lemma_.lower() not in ENACTING \
        and any(t.dep_ == "compound" and t.pos_ == "PROPN" or _year(t) for t in noun.subtree if t.i < noun.i)
