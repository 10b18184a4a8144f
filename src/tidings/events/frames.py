"""Event frames over the dependency parse: which words name an event, who acts, on whom,
and whether it happened (``modality``)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .deliveries import (delivery_trigger, group_owner, helped_by_deployment, movement_trigger, sent_cargo_trigger,
                         trained, trainees_of)
from ..nlp import SAYING
from .phrases import (NAME_ENTS, by_agent, conjuncts, named, names_body, noun_agent, pobjs, side, state_body,
                      state_word)
from .happening import DEFINITE, FIRST_PERSON, RULES, TERMS, habitual
from .lexicon import NO_EVENT, Lexicon, Trigger
from .modality import (
    NAMING,
    PASSIVE_SUBJECTS,
    REPORTING,
    SUBJECTS,
    has_negation,
    modality,
    names,
    presupposed,
    to_infinitive,
)

PLACE_PREPS = ("in", "into", "inside")  # the place an event happens in, as a last resort for its target
RECIPIENT_PREPS = ("with", "to", "against", "on", "at", "toward", "towards", "into", "for", "from", "upon", "between")
CLAUSES = {"xcomp", "ccomp", "advcl", "relcl", "acl", "conj", "parataxis"}
WEAK = 0.5  # a trigger below this weight is too vague to stand without a party (code.WEAK)
TIME_ENTS = {"DATE", "TIME"}


@dataclass
class Frame:
    trigger: Trigger
    head: object  # the spaCy token naming the event
    tokens: list  # every token the trigger matched
    actors: list = field(default_factory=list)  # argument head tokens
    recipients: list = field(default_factory=list)
    alternates: list = field(default_factory=list)  # default recipients, when the lexicon's slot names no actor
    reciprocal: bool = False  # both sides act ("X and Y met", "the conflict between X and Y")
    inherited: str = ""  # a nominal event's actor taken from around it: "object" of a light verb, or "clause"
    modality: str = "asserted"
    each: bool = False  # "Norway and Qatar each promised": every actor acts on its own
    doers: bool = False  # the recipients did the act a reaction is about ("condemned Serbia's crackdown")


def find_frames(sent, lex: Lexicon) -> list[Frame]:
    """Return the event frames of one spaCy sentence, verbs first, each token used once."""
    frames: list[Frame] = []
    used: set[int] = set()
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    for tok in sent:
        if tok.dep_ in {"amod", "compound"}:
            continue  # a participle modifying a noun ("improving ties", "the newly signed deal") is no clause
        if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB") or _verb_tagged_noun(tok):
            judged = _judgement(tok, lex, used) or _feeling(tok, lex, used) or _verdict(tok, lex, used) \
                or _defence(tok, lex, used)
            delivered = None if judged else _delivery(tok, lex, used)
            frame = judged or delivered or _verb_frame(tok, movement_trigger(tok, lex), used) \
                or _match(tok, lex.verbs.get(tok.lemma_.lower(), ()), used, words) or _readiness(tok, lex, used)
            if frame is not None and frame.trigger.words in ORDERING and _ordered_act(tok, lex):
                continue  # "a court ordered the release of two drivers": the act ordered is the event, a noun
            if frame is not None and frame.trigger.type != NO_EVENT and (judged or not _no_event(frame)):
                _verb_arguments(frame)
                if delivered is not None:
                    _delivered_parties(frame)
                if frame.trigger.type in REACTING:
                    _aim_at_doer(frame, lex)
                    if not frame.doers:
                        _aim_at_scene(frame)
                    if not frame.actors and frame.trigger.mode == "allege":
                        frame.actors = conjuncts(_claimant(tok))
                elif frame.trigger.type == "ASSAULT" and not frame.actors and _passive_form(tok):
                    frame.actors = conjuncts(_attacker(tok, lex))
                if frame.trigger.type in ASKING and _or_else(frame):
                    # "must stop its provocations or face the consequences": PLOVER's THREATEN, an ultimatum
                    frame.trigger = replace(frame.trigger, type="THREATEN", mode=None, cameo="130")
                if frame.trigger.mode == "expel" and _vehicle_ordered_out(tok):
                    # "the trawler was ordered by radio to leave the zone": a vessel chased off, no envoy expelled
                    frame.trigger = replace(frame.trigger, type="COERCE", mode="restrict", cameo="172", context=None)
                if frame.trigger.words == ("suspend", "operation") and _armed(frame):
                    # "the army suspended its operations in Darfur": fighting paused, not help withheld
                    frame.trigger = replace(frame.trigger, type="RETREAT", mode="ceasefire", cameo="0871")
                if _trade_withholding(frame):
                    # "dairy farmers stopped milk sales to the chains": producers' boycott, PLOVER's PROTEST
                    frame.trigger = replace(frame.trigger, type="PROTEST", mode="boycott", cameo="143", context=None)
                if _police_capture(frame):
                    # "police captured the gang leader in a raid": an arrest, not a battlefield capture
                    frame.trigger = replace(frame.trigger, type="COERCE", mode="arrest", cameo="173", context=None)
                if _rescue(frame):
                    # "marines freed the three hostages after a gunfight": taken from captors by force, no release
                    frame.trigger = replace(frame.trigger, type="AID", mode=None, cameo="073", context=None)
                if _passage_for_people(frame):
                    # "agreed to open a corridor for stranded migrants": joint work, not a side yielding
                    frame.trigger = replace(frame.trigger, type="COOPERATE", mode=None, cameo="060")
                if frame.trigger.mode == "obstruct" and _by_force(frame):
                    # "riot police blocked the road to parliament": the state restricts movement, no protest
                    frame.trigger = replace(frame.trigger, type="COERCE", mode="restrict", cameo="172")
                elif frame.trigger.mode == "visit" and (trainees := trainees_of(frame.actors, frame.head)) is not None:
                    # "military instructors arrived in Bria to train the army": help sent, no visit
                    frame.trigger = replace(frame.trigger, type="AID", mode=None, cameo="074", context="military")
                    frame.recipients = trainees or frame.recipients
                elif frame.trigger.mode == "troops" and (helped := _helping_others(tok)) is not None:
                    # "Poland sent radar units to help track the balloons": military help, no show of force
                    frame.trigger = replace(frame.trigger, type="AID", mode=None, cameo="072", context="military")
                    frame.recipients = helped or frame.recipients
                elif (cargo := _sent_cargo(frame, lex)) is not None:
                    # "sent a navy ship loaded with water and tents": goods delivered, no show of force
                    frame.trigger = cargo
                    frame.recipients = _shipped_to(frame.head) or frame.recipients
                if frame.trigger.type == "ASSAULT" and frame.trigger.weight < WEAK and _munition_subject(tok):
                    # "the drones hit two compounds near Koya": a weapon striking is an attack, not a vague "hit"
                    frame.trigger = replace(frame.trigger, weight=WEAK)
                if _shot_at(frame):
                    # "the convoy came under fire near the border": shots at a unit, no criticism
                    frame.trigger = replace(frame.trigger, type="ASSAULT", mode="firearms", cameo="193")
                    frame.actors = [t for t in frame.actors if t not in frame.recipients]  # not the unit fired on
                if frame.trigger.mode == "primitive" and _in_protest(tok):
                    # "youths threw stones at police in protest against the closure": a riot, PLOVER's PROTEST
                    frame.trigger = replace(frame.trigger, type="PROTEST", mode="riot", cameo="145")
                if tok.lemma_ == "protest" and (any(c.dep_ == "ccomp" for c in tok.children) or _adopter(tok) is not None
                                               or _protest_by_state(tok, frame)):
                    # "the authorities are failing refugees, a rights group protested", "handed him a note
                    # protesting against the ban", "Ghana protested to Togo": words, not a demonstration
                    frame.trigger = replace(frame.trigger, type="ACCUSE", mode="disapprove", cameo="111")
                if _courtesy_call(frame):
                    # "the high commissioner called on the energy adviser on Monday": a visit paid, no appeal
                    frame.trigger = replace(frame.trigger, type="CONSULT", mode="visit", cameo="042", context=None)
                if (critic := _yielding_charged(frame)) is not None:
                    # "Havana said Kingston had yielded to pressure": the speaker's charge, no concession told
                    frame.trigger = replace(frame.trigger, type="ACCUSE", mode="disapprove", cameo="111", context=None)
                    frame.actors, frame.recipients = conjuncts(critic), frame.actors
                if not _restated(frame, frames):
                    frames.append(frame)
    verb_heads = {f.head.i for f in frames}
    # "was ready to supply wheat": the act offered is coded itself (an AGREE, or a THREATEN for a hostile act)
    frames = [f for f in frames if (readied := _readied(f)) is None or readied.i not in verb_heads]
    ended = _ended_protests(frames, lex, words)
    # a phrase's head before the words compounded onto it: "a protest note" is a note of protest
    for tok in sorted(sent, key=lambda t: t.dep_ == "compound"):
        if tok.pos_ in {"NOUN", "PROPN"} and tok.i not in used:
            if _object_of(tok, verb_heads):
                continue  # "praised the deal", "suspended part of an aid programme": what an event is done to
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORTING:
                continue  # "the peacekeeping mission said": a speaker, not an event
            if tok.dep_ in {"dobj", "dative"} and tok.head.lemma_.lower() in TELLING:
                continue  # "told a news conference", "told a cabinet meeting": an audience, not a meeting held
            if tok.ent_type_ in NAME_ENTS and tok.ent_iob_ == "I":
                continue  # a word inside a name ("North Atlantic Treaty Organization") is no event
            if tok.ent_type_ in TIME_ENTS:
                continue  # "In March, Ghana imposed ...": a month named in a date is no protest march
            if _way_to(tok):
                continue  # "opened the way to talks": talks not yet held
            if _cause_marched_for(tok):
                continue  # "marched in support of the decision": a march, not a second act of support
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in FORCES:
                continue  # "riot police", "a strike force": a kind of force, no riot or strike
            if _crew_acting(tok, verb_heads):
                continue  # "naval patrols detained two canoes": the patrol is who detains, no second event
            if _kind_of_craft(tok, lex):
                continue  # "a patrol vessel", "attack helicopters": a kind of craft, no patrol or attack
            if any(c.lower_ == "such" and c.dep_ in {"amod", "predet"} for c in tok.children):
                continue  # "the longest such incursion this year": the kind of an act told, no act of its own
            if _generic(tok):
                continue  # "an attack on one is an attack on all": a rule stated, no act
            frame = _match(tok, lex.nouns.get(tok.lemma_.lower(), ()), used, words)
            if frame is not None and frame.trigger.type != NO_EVENT and not _habitual_setting(frame):
                _noun_arguments(frame)
                if frame.trigger.type == "PROTEST" and (senders := [o for o in pobjs(tok, "from") if names_body(o)]):
                    # "halted the work after protests from Ghana": a state's protest is words, not a demonstration
                    frame.trigger = replace(frame.trigger, type="ACCUSE", mode="disapprove", cameo="111")
                    frame.actors = conjuncts(senders[0])
                    frame.recipients = [r for r in frame.recipients if r not in frame.actors]
                frames.append(frame)
    heads = {f.head.i: f for f in frames}
    # "imposed sanctions ..., freezing their assets": a participle that elaborates an event is part of it;
    # one whose doer is named apart is another's act ("seized a tanker, drawing protests from Accra"),
    # and an accusation giving the grounds of a sanction is said besides it ("expelled the attache,
    # accusing him of spying")
    parts = [f for f in frames if _participle_of(f.head) and f.head.head.i in heads
             and not any(c.dep_ in SUBJECTS for c in f.head.children) and f.trigger.actor in {"", "subj"}
             and not (f.trigger.type == "ACCUSE" and heads[f.head.head.i].trigger.type == "SANCTION")]
    for part in parts:
        _take_violence(heads[part.head.head.i], part)
    frames = [f for f in frames if not any(f is p for p in parts) and not _pardon_of_release(f, heads)]
    frames += ended
    frames.sort(key=lambda f: f.head.i)  # in reading order, so references look back correctly
    for frame in frames:
        frame.modality = "asserted" if any(frame is f for f in ended) else modality(frame)
        if _joint(frame) and frame.modality == "asserted":
            # PLOVER: joint military exercises are COOPERATE, a single country's exercise MOBILIZE (an
            # exercise announced is still a show of force, not a promise of cooperation)
            frame.trigger = replace(frame.trigger, type="COOPERATE", mode=None, cameo="062", context="military")
        elif _to_frontier(frame) or _fired_at_sea(frame):
            # "sent armoured vehicles to the border region": its own forces moved, not arms given;
            # "fired guns in international waters": a live-fire drill, no attack
            frame.trigger = replace(frame.trigger, type="MOBILIZE", mode="weapons", cameo="150")
    return frames


def _pardon_of_release(frame: Frame, heads: dict) -> bool:
    """Whether a concession is the pardon a release conjoined to it carries out, sharing its object:
    "pardoned and released a jailed priest" is one release (PLOVER's RETREAT), no concession besides."""
    verb = frame.head
    return frame.trigger.type == "CONCEDE" and verb.pos_ == "VERB" \
        and not any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "conj" and c.i in heads and heads[c.i].trigger.mode == "release" for c in verb.children)


def _take_violence(act: Frame, part: Frame) -> None:
    """Make a coercion an attack when a participle elaborating it tells of violence: "raided the
    village, killing three policemen" is an armed attack, no mere raid."""
    if act.trigger.type == "COERCE" and part.trigger.type == "ASSAULT":
        act.trigger = replace(act.trigger, type="ASSAULT", mode=part.trigger.mode, cameo=part.trigger.cameo,
                              context=part.trigger.context)


JUDGING_VERBS = {"call", "describe", "brand", "label", "term", "dub"}
DEFENDING = "REJECT"  # the stance of a judgement word that defends an act ("lawful"): the charge rejected


def _judgement(verb, lex: Lexicon, used: set[int]) -> Frame | None:
    """A stance taken by naming something with a judgement: "called the arrests a disgrace"
    (ACCUSE), "called the agreement a victory for common sense", "described the talks as
    productive" (SUPPORT); the words are in judgements.tsv."""
    if verb.lemma_.lower() not in JUDGING_VERBS or verb.i in used:
        return None
    predicates = [c for c in verb.children if c.dep_ in {"oprd", "acomp"}] + [
        o for node in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for a in node.children
        if a.dep_ == "prep" and a.lower_ == "as" for o in a.children if o.dep_ in {"pobj", "amod", "acomp"}]
    predicates += _misparsed_predicate(verb)
    predicates = [c for p in predicates for c in conjuncts(p)]  # "called the recall "unhelpful and unjustified""
    qualifiers = [q for p in predicates for q in _qualifiers(p)]
    for word in [*predicates, *_trailing_adjectives(verb), *qualifiers]:
        trigger = lex.judgements.get(word.lemma_.lower())
        if trigger is not None:
            used.update({verb.i, word.i})
            if trigger.type == "ACCUSE" and _charge_judged(verb):
                trigger = replace(trigger, type=DEFENDING, mode=None, cameo="120")
            return Frame(trigger=replace(trigger, words=(verb.lemma_.lower(), trigger.words[1])), head=verb,
                         tokens=[verb, word])
    return None


CHARGES = {"charge", "accusation", "allegation", "claim"}  # what calling "absurd" or "a lie" rejects


def _charge_judged(verb) -> bool:
    """Whether what a verb of naming judges is a charge or claim ("called the spying charge absurd",
    "called the allegations a lie"): damning it rejects the charge (PLOVER's REJECT), no accusation."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CHARGES for c in verb.children)


def _misparsed_predicate(verb) -> list:
    """A predicate noun the parser hangs elsewhere after the object of a verb of naming: as an
    apposition to it ("called the closure 'collective punishment of the people'") or, when a
    participle follows, as the subject of a clause ("called the expulsion 'a hostile act staged for
    Brussels'", with "staged" taken for a past tense); a clause with an auxiliary is a real one."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return []
    first = objects[0].i
    participles = [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in {"VBN", "VBD"}
                   and c.i > first and not any(a.dep_ in {"aux", "auxpass"} for a in c.children)]
    return [a for o in objects for a in o.children if a.dep_ == "appos"] + [
        s for c in participles for s in c.children if s.dep_ == "nsubj" and s.i > first]


def _trailing_adjectives(verb) -> list:
    """Adjectives the parser hangs after the object of a verb of naming as its modifier: "called
    Seoul's decision unscientific" (the small-clause predicate parsed as an amod of "decision")."""
    return [a for o in verb.children if o.dep_ == "dobj" for a in o.children
            if a.dep_ == "amod" and a.i > o.i]


HEADINGS = {"direction"}  # "a step in the right direction": a judgement told by where a step goes


def _qualifiers(predicate) -> list:
    """What makes a plain predicate noun a judgement: its adjectives, its "of" phrase and the way it
    heads ("called the move 'an unfriendly act'": unfriendly; "called the raid an act of aggression":
    aggression; "called the outcome a step in the right direction": right)."""
    return [c for c in predicate.children if c.dep_ == "amod"] + pobjs(predicate, "of") + [
        a for o in pobjs(predicate, "in") if o.lemma_.lower() in HEADINGS for a in o.children if a.dep_ == "amod"]


FEELING_VERBS = {"be", "remain", "feel", "seem", "appear"}
FEELING_PREPS = ("by", "about", "at", "over", "with", "in")


def _feeling(verb, lex: Lexicon, used: set[int]) -> Frame | None:
    """A stance told as the speaker's feeling about something: "said it was deeply concerned by the
    arrests", "is alarmed at the killings in Mandera" (ACCUSE), "was pleased with the outcome of
    the talks" (SUPPORT); the words are in judgements.tsv, the recipient what the feeling is about.
    The parser often takes the feeling for a passive verb ("it was "concerned" by China's actions"):
    then the one who feels is its passive subject."""
    if verb.i in used:
        return None
    felt = _felt_participle(verb)
    if felt:
        words = [verb]
    elif verb.lemma_.lower() in FEELING_VERBS:
        words = [c for c in verb.children if c.dep_ == "acomp"]
    else:
        return None
    for word in words:
        trigger = lex.judgements.get(word.lemma_.lower()) or lex.judgements.get(word.lower_)
        if trigger is not None and trigger.type == DEFENDING:
            continue  # "fishing is legal in Chile" is no feeling about Chile
        about = [o for node in dict.fromkeys((word, verb)) for c in node.children if c.dep_ in {"prep", "agent"}
                 and c.lower_ in FEELING_PREPS for o in c.children if o.dep_ == "pobj"]
        if trigger is not None and about:
            used.update({verb.i, word.i})
            return Frame(trigger=replace(trigger, words=(felt or verb.lemma_.lower(), word.lower_), recipient="",
                                         actor="obj" if felt else trigger.actor),
                         head=verb, tokens=[verb] if felt else [verb, word], recipients=conjuncts(about[0]))
    return None


def _felt_participle(verb) -> str:
    """The lemma of the "be" (or "remain", "feel" ...) a feeling parsed as a passive participle goes
    with ("it was deeply concerned by the arrests": "concerned" a passive verb, "was" its auxpass),
    or "" when the verb is no such participle."""
    if verb.tag_ != "VBN":
        return ""
    return next((c.lemma_.lower() for c in verb.children
                 if c.dep_ == "auxpass" and c.lemma_.lower() in FEELING_VERBS), "")


def _verdict(verb, lex: Lexicon, used: set[int]) -> Frame | None:
    """A stance a speaker takes by saying what another's act is: "said Ottawa's retaliation was
    regrettable" (ACCUSE Canada), "said Kenya's decision was constructive" (SUPPORT), "said the raid
    was a flagrant violation of its sovereignty" (ACCUSE); the words are in judgements.tsv, the
    predicate or what qualifies a predicate noun. The recipient is the act's named doer, else for an
    act or rule told before ("the raid", "the measure") the act itself, whose doer the parties find;
    the speaker is the actor."""
    if verb.lemma_.lower() not in REPORTING or verb.i in used:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
        acts = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        told = [act for act in acts if (act.lemma_.lower() in lex.nouns or act.lemma_.lower() in RULES)
                and any(c.lower_ in DEFINITE for c in act.children)]
        doer = next(filter(None, (_doer(act, lex) for act in acts)), None) or next(iter(told), None)
        nouns = [c for c in clause.children if c.dep_ == "attr"]
        for word in [c for c in clause.children if c.dep_ == "acomp"] + nouns + [q for n in nouns for q in _qualifiers(n)]:
            trigger = lex.judgements.get(word.lemma_.lower())
            if trigger is not None and doer is not None and trigger.type != DEFENDING:
                used.update({verb.i, clause.i, word.i})
                return Frame(trigger=replace(trigger, words=(verb.lemma_.lower(), word.lower_), recipient=""),
                             head=verb, tokens=[verb, word], recipients=conjuncts(doer))
    return None


def _defence(verb, lex: Lexicon, used: set[int]) -> Frame | None:
    """A speaker defending an act as lawful ("the ministry said the deportations were lawful", "the
    embassy said the trawler had been fishing lawfully"): the speaker rejects the charge against it,
    whoever made it; the words are judgements.tsv's REJECT rows."""
    if verb.lemma_.lower() not in REPORTING or verb.i in used:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and not has_negation(c) and _definite_subject(c)):
        for word in (c for c in clause.children if c.dep_ in {"acomp", "advmod"}):
            trigger = lex.judgements.get(word.lower_)
            if trigger is not None and trigger.type == DEFENDING:
                used.update({verb.i, word.i})
                return Frame(trigger=replace(trigger, words=(verb.lemma_.lower(), word.lower_), recipient=""),
                             head=verb, tokens=[verb, word])
    return None


def _definite_subject(clause) -> bool:
    """Whether a clause tells of a particular act or party ("the deportations", "its patrols", "the
    trawler"), not of a practice in general ("fishing is legal in Peru")."""
    return any(c.dep_ in SUBJECTS and (c.pos_ == "PRON" or any(d.dep_ in {"det", "poss"} for d in c.children))
               for c in clause.children)


def _claimant(verb):
    """Who makes the claim a passive accusation is told in: "she said the vote had been stolen"
    (the speaker accuses), or None."""
    if not _claimed(verb):
        return None
    return next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)


def _claimed(verb) -> bool:
    """Whether a verb is the clause a reporting verb governs ("said Kingston had yielded")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING


def _reporter(verb):
    """Who reports a clause, also one joined to another reported clause: "it said there were no signs
    of intent but that units had been placed on alert" (it), or None."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return _claimant(verb)


def _participle_of(verb) -> bool:
    """Whether a verb is a participle set after another verb ("imposed sanctions, freezing their
    assets"; "marched through the district, burning tyres and demanding ...", which the parser
    may coordinate with the finite verb)."""
    return verb.tag_ == "VBG" and (verb.dep_ == "advcl" or verb.dep_ == "conj" and verb.head.tag_ in FINITE)


FINITE = {"VBD", "VBZ", "VBP"}
TELLING = {"tell", "brief"}
ENDING_PROTEST = "082"  # CAMEO: ease a protest ("suspended its strike", "ended the road blockades")


PROTESTING = {"protest", "anger", "outrage"}
HOSTS = {"minister", "adviser", "advisor", "president", "premier", "counterpart", "ambassador", "envoy",
         "king", "chancellor", "secretary", "governor", "commissioner", "speaker"}  # "called on the minister"
ASKED_CLAUSES = {"xcomp", "ccomp", "advcl"}


def _courtesy_call(frame: Frame) -> bool:
    """Whether "called on" someone is a visit paid to an office-holder: "the envoy called on the
    prime minister on Wednesday"; not with what is asked ("called on the president to resign",
    "called on the minister for talks") nor on a body ("called on the government")."""
    verb, words = frame.head, frame.trigger.words
    if frame.trigger.type != "REQUEST" or words not in {("call", "on"), ("call", "upon")}:
        return False
    if any(c.dep_ in ASKED_CLAUSES for c in verb.children) or pobjs(verb, "for"):
        return False
    return any(h.lemma_.lower() in HOSTS for h in pobjs(verb, words[1]))


def _protest_by_state(verb, frame: Frame) -> bool:
    """Whether a state or a body protests by its own name ("Ghana protested to Togo", "Accra protested
    through its embassy"): words, as a crowd's protest is not; "summoned the envoy to
    protest" is already told by the summons."""
    return (verb.dep_ not in {"xcomp", "advcl"} or not to_infinitive(verb)) \
        and any(names_body(a) or state_body(a) for a in frame.actors)


def _in_protest(verb) -> bool:
    """Whether a verb, or the verb it is coordinated with, is done "in protest" ("threw stones at
    police in protest against the closure", "burned tyres and hurled rocks in anger at the ruling")."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(o.lemma_.lower() in PROTESTING for v in verbs for o in pobjs(v, "in"))


def _ended_protests(frames: list[Frame], lex: Lexicon, words: set[str]) -> list[Frame]:
    """The protests that frames ending a protest name ("suspended its nationwide strike", "ending
    four days of road blockades"): a protest that ends had been held, by whoever ends it, whatever
    is said of the ending."""
    out = []
    for ending in (f for f in frames if f.trigger.cameo == ENDING_PROTEST):
        for noun in (t for t in ending.tokens[1:] if t.pos_ == "NOUN"):
            protests = [t for t in lex.nouns.get(noun.lemma_.lower(), ()) if t.type == "PROTEST"]
            frame = _match(noun, protests, set(), words)
            if frame is not None:
                _noun_arguments(frame)
                frame.actors, frame.inherited = ending.actors or frame.actors, "object"
                out.append(frame)
    return out


EXERCISES = {"exercise", "drill", "maneuver", "manoeuvre", "patrol", "wargame", "game"}  # "game": "war games"
FRONTIER = {"border", "frontier", "region", "area", "front", "frontline", "zone", "line", "province", "district"}
SEVERAL = {"two", "three", "four", "five", "six", "both"}


def _joint(frame: Frame) -> bool:
    """Whether a military exercise is held by more than one side: "Chile and Peru staged a naval
    exercise", "the three countries held drills", "held a naval exercise with Australia"."""
    if frame.trigger.type != "MOBILIZE" or not EXERCISES & set(frame.trigger.words):
        return False
    if len(frame.actors) > 1 or any(t.tag_ in {"NNS", "NNPS"} and any(c.lower_ in SEVERAL for c in t.children)
                                    for t in frame.actors) or any(_of_two_sides(t) for t in frame.actors):
        return True
    return any(named(o) for w in [frame.head, *frame.tokens[1:]] for o in pobjs(w, "with"))


def _of_two_sides(actor) -> bool:
    """Whether a plural actor is modified by two coordinated names of sides: "French and Egyptian
    warships", "Indian and Japanese troops", "U.S. and Guyanese troops" (a name taken for an nmod)."""
    return actor.tag_ in {"NNS", "NNPS"} and any(
        c.dep_ in {"amod", "nmod", "compound"} and any(j.dep_ == "conj" for j in c.children) for c in actor.children)


def _to_frontier(frame: Frame) -> bool:
    """Whether arms are sent to a frontier ("sent tanks to the border region"), not to a party."""
    if frame.trigger.type != "AID" or frame.trigger.context != "military" or frame.trigger.pos != "verb":
        return False
    places = [o for c in frame.head.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "toward", "towards"}
              for o in c.children if o.dep_ == "pobj"]
    return any(w.lemma_.lower() in FRONTIER for o in places for w in [o, *o.children] if w is o or w.dep_ == "compound")


SEAS = {"water", "sea", "ocean", "gulf", "strait"}
AIMING = {"at", "on", "upon", "into", "toward", "towards", "against"}  # "fired shots at a trawler"


def _fired_at_sea(frame: Frame) -> bool:
    """Whether weapons were fired at sea with no target ("warships fired naval guns in international
    waters"): a show of force; "fired shots at the trawler in disputed waters" is an attack."""
    if frame.trigger.type != "ASSAULT" or frame.trigger.head != "fire" or AIMING & set(frame.trigger.words):
        return False
    preps = [c for c in frame.head.children if c.dep_ == "prep"]
    if any(p.lower_ in AIMING and not any(o.ent_type_ in TIME_ENTS for o in p.children) for p in preps):
        return False  # "on Monday" aims at nothing
    return any(p.lower_ == "in" and o.lemma_.lower() in SEAS for p in preps for o in p.children if o.dep_ == "pobj")


def _turned_back_something(frame: Frame) -> bool:
    """Whether a bare "turn back" has an object, as only a side turning back itself retreats ("the
    survey ship turned back"); "turned back the clock" or "were turned back" is no retreat (boats
    and migrants turned back have rows of their own)."""
    return frame.trigger.words == ("turn", "back") and _done_to_something(frame.head)


def _no_event(frame: Frame) -> bool:
    """Whether a matched verb names no event: it names a thing ("called the arrests a mistake"
    neither phones nor appeals; for a judgement, "a disgrace", see ``_judgement``; nor does a
    vague verb with an object predicate), a vague verb only
    describes a noun ("refugees who fled the war", "refugees fleeing it", "the deal signed last
    year"), a verb of travel is in the passive or has an object ("was flown to a hospital", "flew them
    home": carried, no visit), a verb of pressing goes on (``_carrying_on``), a "turn back" has an object
    (``_turned_back_something``), one stands behind a thing, not a party (``_stood_at_thing``), "seize"
    is the idiom "seize on" (``_seized_upon``), or it
    tells what a thing does, not a happening (``_state``, ``_sustaining``; for lasting states see
    ``happening.lasting``)."""
    verb, weak = frame.head, frame.trigger.weight < WEAK
    if any(c.dep_ == "oprd" for c in verb.children) and weak or names(verb):
        return True
    if weak and (verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBG"}) \
            and not _freed_later(verb, frame.trigger):
        return True
    if frame.trigger.type in PROVIDING and _state(verb) or _sustaining(frame):
        return True
    if frame.trigger.mode == "visit" and _travellers(_subject(verb)[0]):
        return True
    if frame.trigger.type == "REQUEST" and _unnamed(verb):
        return True
    if frame.trigger.words == ("warn",) and _forecast(verb):
        return True
    if _carrying_on(verb) or _casualties_moved(frame) or _flight_of_nobody_named(frame) or _stood_at_thing(frame):
        return True
    if _turned_back_something(frame) or _crossing_by_no_warcraft(frame) or _seized_upon(verb):
        return True
    return frame.trigger.type == "CONSULT" and "to" in frame.trigger.words and _done_to_something(verb)


def _seized_upon(verb) -> bool:
    """Whether "seize" is the idiom "seize on/upon" with nothing seized ("the opposition seized on the
    remarks": words exploited, no capture)."""
    if verb.lemma_.lower() != "seize" or verb.dep_ in {"relcl", "acl"} \
            or any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False  # "the boats it seized on Friday": the described noun was seized
    return any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} and not any(g.ent_type_ in TIME_ENTS for g in c.children)
               for c in verb.children)


CROSSINGS = {("cross", "border"), ("cross", "frontier")}  # a craft going over a line: "crossed the border"
WARCRAFT = {"helicopter", "warplane", "jet", "fighter", "bomber", "aircraft", "warship", "frigate", "destroyer",
            "gunboat", "corvette"}


def _crossing_by_no_warcraft(frame: Frame) -> bool:
    """Whether a border crossed is no show of force, as its subject is no military craft ("hundreds
    of migrants crossed the border", "the lorries crossed the frontier"); "two Turkish warplanes
    crossed the border" is one."""
    if frame.trigger.words not in CROSSINGS:
        return False
    subject = _subject(frame.head)[0]
    return subject is None or subject.lemma_.lower() not in WARCRAFT


GIVING_IN = {"yield", "bow", "cave", "capitulate", "succumb", "give"}  # "yielded to", "bowed to", "gave in to"
PRESSURES = {"pressure", "blackmail", "coercion", "threat", "dictate", "diktat", "bullying"}


def _yielding_charged(frame: Frame):
    """The speaker who says another side gave in to pressure ("Cuba said Kingston had yielded to
    pressure", "Minsk said Vilnius had bowed to Western blackmail"): a charge made against that side,
    not its concession; None when no other named speaker says so ("Ghana said it bowed to pressure")."""
    verb = frame.head
    if frame.trigger.type != "CONCEDE" or verb.lemma_.lower() not in GIVING_IN or not frame.actors:
        return None
    if not any(t.lemma_.lower() in PRESSURES for t in verb.subtree):
        return None
    # a "said" sharing its subject with a verb before it ("it accused X and said ...") has none of its own
    speaker = _reporter(verb) or (_subject(verb.head)[0] if _claimed(verb) else None)
    if speaker is None or speaker.pos_ == "PRON" and speaker.lower_ != "it" or frame.actors[0].pos_ == "PRON":
        return None
    return speaker


def _done_to_something(verb) -> bool:
    """Whether a verb is in the passive or has a direct object ("was flown to a hospital", "turned
    back the boats"): it is done to something, not told of its subject going itself."""
    return _passive_form(verb) or any(c.dep_ == "dobj" for c in verb.children)


# places and trades that keep people alive: "the lake supports thousands of fishing families"
RESOURCES = {"lake", "river", "sea", "ocean", "forest", "land", "soil", "fishery", "basin", "delta", "water", "field",
             "reserve", "economy", "industry", "sector", "trade", "tourism", "port", "mine", "dam", "crop", "harvest"}


def _sustaining(frame: Frame) -> bool:
    """Whether support is told in the simple present of a resource ("the lake supports thousands of
    fishing families"): what it sustains, not a stance taken."""
    if frame.trigger.type != "SUPPORT" or not _state(frame.head):
        return False
    subject = _subject(frame.head)[0]
    return subject is not None and subject.lemma_.lower() in RESOURCES


def _stood_at_thing(frame: Frame) -> bool:
    """Whether standing behind someone names a place or thing, not a party ("police stood
    behind the barriers"; "stands behind Ireland", "stood behind its allies" is support)."""
    if frame.trigger.type != "SUPPORT" or frame.trigger.words[:2] != ("stand", "behind"):
        return False
    objects = [c for c in frame.tokens[-1].children if c.dep_ == "pobj"]
    return bool(objects) and not any(named(t) for o in objects for t in conjuncts(o))


def _flight_of_nobody_named(frame: Frame) -> bool:
    """Whether a flight that would tell an expulsion names no people of a side fleeing ("about 9,000
    people fled into the hills" escaped fighting; "ethnic Serb residents fled to Serbia" may be driven out)."""
    if frame.trigger.mode != "expel" or frame.trigger.recipient != "subj" \
            or any(c.dep_ == "dobj" for c in frame.head.children):
        return False  # "fleeing the fighting": what they fled stays the verb's object, no event of its own
    subject = _subject(frame.head)[0]
    return subject is None or not named(subject)


def _freed_later(verb, trigger: Trigger) -> bool:
    """Whether a relative clause tells the people it describes being let go ("detained eight
    students, who were released on Monday"): an event, unlike "refugees who fled the war"."""
    return trigger.mode == "release" and verb.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in verb.children)


CASUALTY = {"wounded", "injured", "sick", "dead", "hurt"}


def _casualties_moved(frame: Frame) -> bool:
    """Whether a movement of forces only carries casualties ("the wounded soldiers were flown to
    the capital"): no deployment."""
    return frame.trigger.type == "MOBILIZE" and any(
        c.dep_ == "amod" and c.lower_ in CASUALTY for t in frame.tokens for c in t.children)


AHEAD = {"on", "ahead"}  # "pressed on with", "pushed ahead with": the verb's particle makes it "go on"
DRIVING = {"press", "push", "forge", "plough", "plow"}  # not "called on", "flew on to"


def _carrying_on(verb) -> bool:
    """Whether a verb with the particle "on" or "ahead" only says its subject went on with something
    ("pressed on with its campaign", "pushed ahead with the plan": no pressing anyone)."""
    return verb.lemma_.lower() in DRIVING and any(c.dep_ in {"prt", "advmod"} and c.lower_ in AHEAD
                                                 for c in verb.children)


FORCES = {"police", "policeman", "officer", "troop", "soldier", "army", "force", "gendarme", "gendarmerie", "guard",
          "military", "authority", "government", "regime", "junta", "navy", "militia"}


ARMED = {"troop", "soldier", "army", "force", "military", "navy", "militia", "rebel", "fighter", "militant",
         "insurgent"}


def _shot_at(frame: Frame) -> bool:
    """Whether "came under fire" is said of an armed force or a unit, craft or convoy ("a patrol came
    under fire", "soldiers came under fire"): shooting, not the criticism a minister comes under."""
    return frame.trigger.words == ("come", "under", "fire") and any(
        t.lemma_.lower() in ARMED | PATROLS for t in frame.recipients)


CRAFT = {"vessel", "boat", "ship", "warship", "cutter", "craft", "frigate", "destroyer", "aircraft", "plane", "helicopter",
         "fighter", "jet", "drone", "vehicle", "gear", "equipment"}


def _generic(noun) -> bool:
    """Whether a noun names a kind of act in a general statement: "a" or "an" on the subject or
    predicate of a present-tense "is" ("an attack on one member is an attack on all"), not one that
    tells something is there ("there is a protest outside the embassy")."""
    verb = noun.head
    return noun.dep_ in {"nsubj", "attr"} and verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP"} \
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children) \
        and not any(c.dep_ == "expl" for c in verb.children)


def _kind_of_craft(noun, lex: Lexicon) -> bool:
    """Whether a noun only names the kind of the craft or gear it modifies ("a navy patrol vessel
    docked", "two attack helicopters", "police in riot gear"): a thing named, no event, unless the
    head is an event noun itself."""
    head = noun.head.lemma_.lower()
    return noun.dep_ in {"compound", "amod"} and head in CRAFT and head not in lex.nouns


SENDING = {"send", "deploy", "dispatch"}


def _helping_others(verb) -> list | None:
    """Whom forces a verb sends help, when they are sent to help others ("sent engineers to help
    rebuild the port", "to help Somali troops hold the town"); None with no such purpose, or when the
    helped are the sender's own forces ("deployed soldiers to help border guards patrol the frontier")."""
    if verb.lemma_.lower() not in SENDING:
        return None  # "mobilized supporters to help ...": no forces sent
    helped = helped_by_deployment(verb)
    if helped is None or any(t.lemma_.lower() in FORCES and noun_agent(t) is None for t in helped):
        return None
    return helped


def _sent_cargo(frame: Frame, lex: Lexicon) -> Trigger | None:
    """The shipment trigger of a vehicle a state sends with goods ("sent a navy ship loaded with
    water, tarpaulins and generators": aid), None for a vehicle sent bare ("sent a warship to the
    strait") or for forces sent."""
    verb = frame.head
    if frame.trigger.type != "MOBILIZE" or verb.lemma_.lower() not in SENDING:
        return None
    vehicles = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in VEHICLES]
    return next(filter(None, (sent_cargo_trigger(verb, v, lex) for v in vehicles)), None)


def _shipped_to(verb) -> list:
    """Where a vehicle sent with goods goes when the parser hangs the "to" on its cargo clause ("sent
    a ship loaded with food to Haiti": Haiti), else []."""
    clauses = [c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "acl"]
    return [t for c in clauses for p in pobjs(c, "to") for t in conjuncts(p)]


POLICING = {"police", "policeman", "officer", "gendarme", "gendarmerie"}
CAPTURING = {"capture"}


def _police_capture(frame: Frame) -> bool:
    """Whether police capture someone ("Kenyan police captured the suspect at a checkpoint"): an
    arrest, while soldiers capturing a town or fighters is fighting."""
    return frame.head.lemma_.lower() in CAPTURING and frame.trigger.type == "ASSAULT" \
        and any(t.lemma_.lower() in POLICING for t in frame.actors)


# a state's armed units, who free captives by force; holders release theirs by their state's or group's name
RESCUERS = {"troop", "soldier", "army", "force", "military", "navy", "marine", "commando", "police", "policeman",
            "gendarme"}


def _rescue(frame: Frame) -> bool:
    """Whether captives are freed by a state's armed units ("soldiers freed two drivers in an operation",
    "navy special forces boarded the tanker and freed its crew"): a rescue, PLOVER's AID; "Iran freed
    the sailors", "the rebels" or "the Kachin Army" (a name) freed them, "police freed them on bail": a release."""
    if frame.trigger.mode != "release" or frame.head.lemma_.lower() != "free" or "bail" in frame.trigger.words:
        return False
    return any(t.lemma_.lower() in RESCUERS and t.pos_ != "PROPN" for t in frame.actors)


def _armed(frame: Frame) -> bool:
    """Whether an actor is an armed force or group ("the army suspended its operations in Darfur",
    "the rebels suspended operations"), not an aid agency ("the refugee agency suspended its operations")."""
    return any(t.lemma_.lower() in ARMED for t in frame.actors)


TRADES = {"farmer", "farm", "dairy", "producer", "grower", "union", "unionist", "worker", "trader", "merchant",
          "transporter", "haulier", "trucker", "driver", "retailer", "shopkeeper", "consumer", "fisherman", "fishermen"}
MODIFIERS = {"compound", "poss", "amod"}  # "farm groups", "farmers' groups", "dairy producers"


def _trade_withholding(frame: Frame) -> bool:
    """Whether a cut-off of trade is a boycott by those in the trade, not a state's sanction: "dairy
    farmers stopped milk deliveries", "farm groups halted grain sales to the mills" (no state or IGO;
    a trade word inside a name is no trade: "the European Union suspended sales")."""
    if frame.trigger.type != "SANCTION" or frame.trigger.mode != "discontinue" or not frame.actors:
        return False
    return all(t.ent_type_ not in {"GPE", "NORP"} and any(w.lemma_.lower() in TRADES and w.pos_ == "NOUN" for w in
                                                          [t, *(c for c in t.children if c.dep_ in MODIFIERS)])
               for t in frame.actors)


def _passage_for_people(frame: Frame) -> bool:
    """Whether a corridor opened is a passage for travellers, not access won into a siege: "agreed to
    open a humanitarian corridor for stranded refugees" (two sides working together), unlike "open a
    corridor into the besieged city" (PLOVER's RETREAT, access allowed)."""
    if frame.trigger.mode != "access" or "corridor" not in frame.trigger.words:
        return False
    corridor = next((t for t in frame.head.subtree if t.lemma_.lower() == "corridor"), None)
    return corridor is not None and any(
        c.lower_ == "for" and any(o.lemma_.lower() in CROWDS for o in c.subtree)  # "for hundreds of migrants"
        for c in [*corridor.children, *frame.head.children])  # "for" hangs on the corridor or on "open"


def _by_force(frame: Frame) -> bool:
    """Whether a blockade is a state's, not a crowd's: "riot police blocked the road", "the army
    blocked the border crossing", "Serbia blocked the crossing" (a state by its name), but not
    "farmers blocked the road" or "soldiers' wives blocked the gate"."""
    return any(t.lemma_.lower() in FORCES or t.ent_type_ == "GPE" for t in frame.actors)


FORECASTS = {"deal", "pact", "agreement", "accord", "drawdown", "withdrawal", "closure", "cut", "move", "decision",
             "measure", "policy", "plan", "law", "bill", "reform", "shortage", "crisis", "situation", "delay",
             "suspension", "freeze", "tariff", "levy", "tax", "hike", "increase", "ban", "flooding", "drought",
             # works and projects: "warned that the dam could cut the river's flow" foretells, threatens nothing
             "canal", "dam", "project", "pipeline", "mine", "reservoir", "scheme", "railway", "plant", "diversion"}


def _forecast(verb) -> bool:
    """Whether a warning foretells what a thing or another party will do ("aid groups warned that the
    drawdown could leave thousands without protection", "Malawian officials warned that Zambia could
    close the border"): a forecast, not a threat of the speaker's own act."""
    return any(c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and (s.lemma_.lower() in FORECASTS or _not_speaker(verb, s)
                                                                or _other_side(verb, s))
                                         for s in c.children)
               for c in verb.children)


# what a party warned of is made to undergo: "warned that Croatia would face a firm response", "would answer for it"
UNDERGOING = {"face", "bear", "pay", "suffer", "meet", "incur", "answer"}


def _other_side(verb, doer) -> bool:
    """Whether the doer of a warned-of act is another party than the speaker, by state or as an armed
    or civic group of it ("Nigeria's ombudsman warned that Boko Haram could attack"); not when that
    party is to bear the speaker's act ("warned that Lusaka would pay a heavy price")."""
    speaker = _subject(verb)[0]
    if speaker is None or doer.head.lemma_.lower() in UNDERGOING:
        return False
    ours, theirs = side(speaker), side(doer)
    return ours is not None and theirs is not None and ours != theirs


def _not_speaker(verb, pronoun) -> bool:
    """Whether the "it" a warning tells of cannot be its speaker, who is plural or a person
    ("unions warned that it would cost jobs", "Ms Diallo warned that it would fail"); "Ghana warned
    that it would retaliate" is the speaker's own act."""
    speaker = _subject(verb)[0]
    if pronoun.lower_ != "it" or speaker is None:
        return False
    return speaker.tag_ in {"NNS", "NNPS"} or len(conjuncts(speaker)) > 1 or speaker.ent_type_ == "PERSON"


NAMELESS = {"name", "identify", "quote"}


def _unnamed(verb) -> bool:
    """Whether a request is a source's wish to stay anonymous ("a commander, who asked not to be
    named, said ..."): no event."""
    return any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in NAMELESS for c in verb.children)


VEHICLES = {"ship", "vessel", "tanker", "freighter", "boat", "plane", "aircraft", "jet", "flight", "convoy", "truck",
            "lorry", "train", "cargo", "shipment", "consignment", "carrier", "frigate", "destroyer", "helicopter"}
PATROLS = VEHICLES | {"patrol", "cutter", "trawler", "drone", "warship", "crew"}
THING_PRONOUNS = {"it"}  # a thing, never a person: "ordered it to leave" sends off no envoy


def _vehicle_ordered_out(verb) -> bool:
    """Whether who is told to leave is a vessel, aircraft or patrol ("a coast guard cutter was ordered
    to leave the area", "ordered the drone out", "radioed the ship and ordered it to leave"): not the
    envoys an expulsion sends home, whom no "it" names."""
    ordered = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    return any(t.lemma_.lower() in PATROLS or t.lower_ in THING_PRONOUNS for o in ordered for t in conjuncts(o))


# ordinary people, who arrive or cross as themselves, never as a state's delegation ("the fishermen arrived in Tema")
CROWDS = {"migrant", "refugee", "tourist", "asylum", "seeker", "immigrant", "passenger", "people", "man", "woman",
          "fisherman", "fisher", "villager", "resident", "family", "trader", "pilgrim", "student", "worker", "farmer"}


MUNITIONS = {"drone", "missile", "rocket", "shell", "bomb", "mortar", "projectile", "warplane", "airstrike", "strike"}


def _munition_subject(verb) -> bool:
    """Whether a verb's active subject is a weapon fired or flown ("the drones hit two compounds",
    "a rocket hit a school"): its user attacks, unlike "the storm hit the coast"."""
    subject = _subject(verb)[0]
    return subject is not None and subject.lemma_.lower() in MUNITIONS


def _travellers(subject) -> bool:
    """Whether who arrives is no delegation: a vehicle ("a Mexican tanker arrived in Havana"), or
    people counted or named as migrants ("850,000 Cubans have arrived in the United States")."""
    if subject is None:
        return False
    if subject.lemma_.lower() in VEHICLES | CROWDS:
        return True
    # a head count in figures or hundreds, not "the two leaders"
    return any(c.dep_ == "nummod" and any(ch.isdigit() for ch in c.text) or c.lower_ in {"thousands", "hundreds", "millions"}
               for c in subject.children) and subject.tag_ in {"NNS", "NNPS"}


PROVIDING = {"AID", "COOPERATE"}


def _habitual_setting(frame: Frame) -> bool:
    """Whether a nominal event is where a side went on doing something for years ("backed opposing
    sides in conflicts from Yemen to Syria for years"): no happening of its own."""
    verb = next((a for a in frame.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and frame.trigger.type not in TERMS and habitual(verb)


def _state(verb) -> bool:
    """Whether supplying or funding is told in the simple present as what a thing does ("Itaipu ...
    supplies most of Paraguay's power"): a state of affairs, not a delivery made. A bare verb joined
    to a present one shares its tense ("offices which issue documents and pay pensions")."""
    if verb.dep_ == "conj" and verb.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        verb = verb.head
    present = verb.tag_ in {"VBZ", "VBP"} or _verb_tagged_noun(verb)  # "Chad hosts" read as a plural noun
    if not present or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if verb.dep_ in {"ccomp", "parataxis"}:
        return False  # "Russia says it supplies only defensive arms": a statement, coded as what it tells
    return not any(c.dep_ in SUBJECTS and c.lower_ in FIRST_PERSON for c in verb.children)


ORDERING = {("order",), ("instruct",)}  # a bare command: what it names is done by the commander's side


def _ordered_act(verb, lex: Lexicon) -> bool:
    """Whether a command's object names an act ("ordered the release of the crew", "ordered the expulsion
    of two envoys"): an authority ordering an act of its own state does that act; an order not given
    ("did not order the expulsion") stays the verb's, whose negation the act does not see."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    return not has_negation(verb) and any(t.type != NO_EVENT for o in objects for t in lex.nouns.get(o.lemma_.lower(), ()))


def _object_of(noun, verb_heads: set[int]) -> bool:
    """Whether a noun names the object of a verb event, or the kind or part of it ("condemned the
    attack", "suspended a military aid programme", "froze part of the aid")."""
    node = noun
    while node.dep_ == "compound" or node.dep_ == "pobj" and node.head.lower_ == "of" and _part(node.head.head):
        node = node.head if node.dep_ == "compound" else node.head.head
    return node.dep_ == "dobj" and node.head.i in verb_heads


CREWS = {"patrol"}  # a noun naming both an act and the people doing it ("a border patrol")


def _crew_acting(noun, verb_heads: set[int]) -> bool:
    """Whether ``noun`` names the people doing another event, as its subject ("naval patrols
    detained two canoes", "a border patrol fired on smugglers")."""
    return noun.lemma_.lower() in CREWS and noun.dep_ == "nsubj" and noun.head.i in verb_heads


def _restated(frame: Frame, frames: list[Frame]) -> bool:
    """Whether a frame only restates the act of the verb its clause is reported by: "warned that Lima
    "reserves the right to respond"" is one threat, the warning, not a second one the warning reports."""
    reporting = frame.head.head
    return frame.head.dep_ == "ccomp" and any(f.head.i == reporting.i and f.trigger.type == frame.trigger.type
                                              for f in frames)


READINESS = {"ready"}  # not "willing": "would be willing to travel, but only once ..." is hedged
READY_VERBS = {"be", "stand", "remain"}
ANSWERING = {"respond", "retaliate", "react", "reply", "defend", "fight", "strike", "hit"}  # "ready to respond"


def _readiness(verb, lex: Lexicon, used: set[int]) -> Frame | None:
    """A side saying it is ready to do something for someone offers to do it, as "offered to" does
    (PLOVER's AGREE): "said it was ready to carry Kazakh freight", "stands ready to help the two
    sides"; whom the act is for is its object ("Kazakh freight"). A readiness to stop something
    ("ready to stop buying their gas"), to answer ("ready to respond to any incursion") or to take a
    case to court is a warning, no offer."""
    if verb.lemma_.lower() not in READY_VERBS or verb.i in used:
        return None
    offer = next((t for t in lex.verbs.get("offer", ()) if t.words == ("offer",)), None)
    for word in (c for c in verb.children if c.dep_ in {"acomp", "oprd"} and c.lower_ in READINESS):
        act = _readied_act(word)
        if offer is None or act is None or act.lemma_.lower() in STOPPING | ANSWERING \
                or any(forum(t) for t in act.subtree):
            continue
        offered_to = [t for c in act.children if c.dep_ == "dobj" for t in conjuncts(c)] + _default_recipient([act])
        if offered_to:  # "ready to listen", "ready to help find a solution": an attitude, offered to no one
            used.update({verb.i, word.i})
            return Frame(trigger=replace(offer, words=(verb.lemma_.lower(), word.lower_)), head=verb,
                         tokens=[verb, word], recipients=offered_to)
    return None


def _readied_act(word):
    """The "to" infinitive a word of readiness governs ("ready to help": "help"), or None."""
    return next((c for c in word.children if c.dep_ == "xcomp" and to_infinitive(c)), None)


def _readied(frame: Frame):
    """The act a frame of readiness offers (see ``_readiness``), or None for any other frame."""
    if len(frame.tokens) != 2 or frame.trigger.words[1:] != (frame.tokens[1].lower_,) \
            or frame.tokens[1].lower_ not in READINESS:
        return None
    return _readied_act(frame.tokens[1])


def _verb_tagged_noun(tok) -> bool:
    """Whether a plural noun is a present-tense verb the tagger misread, known by its own subject and
    object ("Lima "reserves the right to respond"": "reserves" an NNS with an nsubj and a dobj)."""
    return tok.tag_ == "NNS" and {"nsubj", "dobj"} <= {c.dep_ for c in tok.children}  # the tag first: runs on every token


def _match(tok, triggers, used: set[int], words: set[str]) -> Frame | None:
    for trigger in triggers:
        if any(word not in words for word in trigger.words[1:]):
            continue  # cheap: most multi-word triggers have a word the sentence lacks
        found = [tok]
        for word in trigger.words[1:]:
            skip = {t.i for t in found} | used
            hit = _find_below(tok, word, depth=2, skip=skip, verb=trigger.pos == "verb")
            if hit is None and len(found) > 1:
                # a word naming the kind of the last one ("signed a treaty of friendship") hangs below it
                hit = _find_below(found[-1], word, depth=2, skip=skip)
            if hit is None and trigger.pos == "verb":
                hit = _particle_read_as_quantity(tok, word, skip) or _particle_past_object(tok, word, skip) \
                    or _refused_by_clause(tok, word, trigger, skip)
            if hit is None and trigger.pos == "noun" and (of := _displaced_of(tok)) is not None:
                hit = _find_below(of, word, depth=1, skip=skip)
            if hit is None or _attribution(hit) or trigger.pos == "verb" and (
                    _past_path(tok, hit, trigger.words) or _ground_reached(tok, hit, trigger)
                    or _preposition_not_particle(tok, hit) or _means_of_travel(tok, hit, trigger.words)
                    or _beside_object(tok, hit, trigger.words) or _negated_infinitive(hit)):
                break
            found.append(hit)
        else:
            used.update(t.i for t in found)
            return Frame(trigger=trigger, head=tok, tokens=found)
    return None


def _refused_by_clause(verb, word: str, trigger: Trigger, skip: set[int]):
    """The noun a refusal's relative clause hangs on, its object told before it: "a claim Jordan
    disputed", "a charge Tunis dismissed as invention" (REJECT triggers only); or None."""
    head = verb.head
    if trigger.type != "REJECT" or verb.dep_ != "relcl" or head.i in skip or head.lemma_.lower() != word \
            or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return head


def _negated_infinitive(hit) -> bool:
    """Whether a verb trigger's later word is an infinitive negated on its own ("urged Bangkok not to
    return the men"): not the idiom the words make together ("urged the sides to return to talks")."""
    return hit.pos_ == "VERB" and to_infinitive(hit) and any(c.dep_ == "neg" for c in hit.children)


SETTING_ENTS = TIME_ENTS | {"GPE", "LOC", "FAC"}  # entities of time or place, which the parser may hang an "of" on


def _displaced_of(noun):
    """The "of" phrase of an event noun that the parser hung elsewhere past a time or place phrase:
    on the date ("the reopening on Friday of the rail link": "of" on "Friday") or on the verb
    governing the noun ("attended the opening in Lagos on Friday of a new office"); or None."""
    settings = [c for c in noun.children if _time_or_place_phrase(c)]
    displaced = [c for p in settings for o in p.children if o.ent_type_ in SETTING_ENTS for c in o.children
                 if c.dep_ == "prep" and c.lower_ == "of"]
    if displaced:
        return displaced[0]
    if noun.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass"}:
        return None
    of = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
    between = range(noun.right_edge.i + 1, of.i) if of is not None else range(0)
    # only time or place phrases may stand between the noun's phrase and its "of"
    return of if between and all(_time_or_place_word(noun.doc[i]) for i in between) else None


def _time_or_place_phrase(prep) -> bool:
    """Whether a preposition heads a phrase of time or place ("on Monday", "in Malabo")."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in SETTING_ENTS for o in prep.children)


def _time_or_place_word(tok) -> bool:
    """Whether a word belongs to a phrase of time or place ("on Monday", "in Malabo", "last week")."""
    return tok.ent_type_ in SETTING_ENTS or _time_or_place_phrase(tok) or tok.dep_ in {"det", "punct"}


# a way to something: "opened the way to talks", "paved the way for a deal", "opened the door to dialogue"
PATHS = {"way", "door", "path", "road", "ground", "groundwork", "stage"}


def _way_to(noun) -> bool:
    """Whether a noun names where a way opened leads ("paved the way for talks", "opened the door
    to a deal"): something made possible, not yet done."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"to", "for"}:
        return False
    return prep.head.lemma_.lower() in PATHS or any(c.dep_ == "dobj" and c.lemma_.lower() in PATHS
                                                    for c in prep.head.children)


MARCHING = {"march", "rally", "demonstrate", "gather", "parade"}


def _cause_marched_for(noun) -> bool:
    """Whether a noun of support is only what a crowd marched for ("thousands marched in support of
    the junta's decision"): the march is the event, not a second act of support."""
    return noun.lemma_.lower() == "support" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in MARCHING


def _past_path(verb, hit, words) -> bool:
    """Whether ``hit`` hangs in a phrase of a preposition the trigger does not name, beside a way
    the verb opens ("opened the way to membership talks" opens no talks yet)."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in PATHS for c in verb.children):
        return False
    return _in_other_phrase(verb, hit, words, {"prep"})


def _ground_reached(verb, hit, trigger: Trigger) -> bool:
    """Whether the place a verb of seizing ground names only lies in a phrase of a preposition the
    trigger does not name ("were taken to the town of Moyale" is carried there, not "took the town")."""
    if trigger.context != "territory":
        return False
    return _in_other_phrase(verb, hit, trigger.words, {"prep", "dative"})


PARTICLES = {"over", "in", "up", "out", "off", "down", "back", "away"}  # of phrasal verbs: "hand over", "give in"


def _particle_read_as_quantity(verb, word: str, skip: set[int]):
    """The particle right after a verb that the parser took for "more than" before a number
    ("handed over 500,000 baht in donations": "over" hangs on "500,000"), or None."""
    if word not in PARTICLES or verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    return nxt if nxt.lower_ == word and nxt.dep_ == "quantmod" and nxt.i not in skip else None


def _particle_past_object(verb, word: str, skip: set[int]):
    """The particle of a phrasal verb that the parser hung on a verb inside the verb's long object, after
    that inner verb's own object ("handed a man accused of running a network over to X": "over" hangs
    on "running"), or None."""
    if word not in PARTICLES:
        return None
    inside = [t for o in verb.children if o.dep_ == "dobj" for t in o.subtree]
    return next((t for t in inside if t.dep_ == "prt" and t.lower_ == word and t.i not in skip
                 and any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children)), None)


def _preposition_not_particle(verb, hit) -> bool:
    """Whether a phrasal verb's particle word is a preposition heading its own phrase after the verb's
    object ("handed a note to X over the damage", "were given shelter in schools"): no "hand over", "give in"."""
    if hit.lower_ not in PARTICLES or hit.dep_ != "prep" or not any(c.dep_ == "pobj" for c in hit.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < hit.i]
    return bool(objects) and (hit.head == verb or hit.head in objects)


DEPENDENCE = {"reliance", "dependence", "dependency"}  # a noun whose "on" the parser may hang on the verb


def _beside_object(verb, hit, words) -> bool:
    """Whether a trigger's noun only hangs in a phrase beside the verb's object of dependence ("cut its
    reliance on Russian supplies" cuts the reliance, not the supplies)."""
    leaning = any(c.dep_ == "dobj" and c.lemma_.lower() in DEPENDENCE for c in verb.children)
    return leaning and _in_other_phrase(verb, hit, words, {"prep"})


def _attribution(tok) -> bool:
    """Whether a word is the "according" of a source's attribution ("left the port, according to the
    navy"), whose lemma "accord" names no accord."""
    return tok.lower_ == "according" and tok.dep_ == "prep"


def _means_of_travel(verb, hit, words) -> bool:
    """Whether ``hit`` only names how the verb's object travelled, a bare noun after "by" ("were sent
    home by ship", "flown out by helicopter"): no ship is sent; "by" in the trigger ("talk by phone") counts."""
    by = hit.head
    return (hit.dep_ == "pobj" and by.lower_ == "by" and by.head == verb and "by" not in words
            and hit.lemma_.lower() in VEHICLES and hit.tag_ == "NN"
            and not any(c.dep_ in {"det", "poss", "nummod"} for c in hit.children))


def _in_other_phrase(verb, hit, words, deps: set[str]) -> bool:
    """Whether a word between ``verb`` and ``hit`` heads a phrase (of ``deps``) whose preposition is
    none of the trigger's ``words``."""
    return any(a.dep_ in deps and a.lower_ not in words for a in hit.ancestors if verb in a.ancestors)


def _relative_in_phrase(verb) -> bool:
    """Whether a relative clause's relative word heads no object but sits in a phrase ("talks, at which
    the two agreed to set up a group", "the summit during which they signed"): its noun is a setting."""
    return any(c.dep_ == "prep" and any(g.tag_ in {"WDT", "WP"} for g in c.children) for c in verb.children)


def _find_below(tok, lemma: str, depth: int, skip: set[int], verb: bool = False, inner: bool = False):
    """The token with ``lemma`` at most ``depth`` levels below ``tok`` ("gave X $5m of aid").
    Below a verb, a word that only modifies a noun ("air force helicopters") does not count.
    Inside another clause only its marker or modal counts ("pushed for X to go", "said X must go"),
    not its words ("agreed to build it after they met")."""
    candidates = list(tok.children)
    described = _described(tok)
    if tok.dep_ == "relcl" and not _relative_in_phrase(tok) or described is not None:
        # "the tariffs Ecuador imposed", "access to the internet, cut by the regulator": the noun is the verb's object
        candidates.append(tok.head)
    referred = _object_referred_to(tok)  # used by the verb it is the object of, and named again
    candidates += _so_called(tok) + referred + _listed_after(candidates)
    for child in candidates:
        # "the deal, signed on Monday by ...,": the described noun is the object even when it is its clause's subject
        if verb and (child.dep_ == "nsubj" and child != described or child.dep_ == "compound" and not _effort(tok)
                     or _aside(tok, child)) \
                or _coordinated_clause(tok, child) or _own_clause(child):
            continue  # "air force helicopters", "the talks ended": not the verb's object ("troops were sent" is)
        if child.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in child.children):
            continue  # "fired a missile on Wednesday" names no target
        if child.ent_type_ in TIME_ENTS and child.pos_ == "PROPN":
            continue  # "held consultations in March": a month's name is no protest march ("four days of talks" counts)
        if inner and child.dep_ not in {"mark", "aux"}:
            continue
        if (child.i not in skip or child in referred) and (child.lemma_.lower() == lemma or child.lower_ == lemma):
            return child
    for child in [*tok.children, *([described] if described is not None else [])]:
        if verb and child.dep_ in {"nsubj", "nsubjpass"} or _coordinated_clause(tok, child):
            continue  # "Petrov, whose country holds a sit-in, joined the talks": the subject's words are not the verb's
        if verb and (_setting_phrase(child) or _in_protest_idiom(child) or _protest_cause(child)):
            continue  # "halted flights after an attack on the airport", "... in protest": no attack or protest halted
        # "gave Ivory Coast $5 million of aid", "a mission of observers", "suspended part of the aid",
        # "sent two planes of tents": a quantity's, a group's or a load's "of", and a part of something,
        # are no level of their own
        measure = _quantity(tok) or _measured(tok) or tok.lemma_ in GROUPS | PARTS | WORTH | VEHICLES
        # "1.5 million euros in funding": an amount's "in" names what it is an amount of
        free = child.dep_ == "prep" and (child.lower_ == "of" and measure or child.lower_ == "in" and _amount(tok)) \
            or _part(child)
        below = depth if free else depth - 1
        if below > 0:  # through a word already matched ("go on strike"), never onto it
            inside = child.dep_ in CLAUSES and not gerund_of_stopping(tok, child)
            hit = _find_below(child, lemma, below, skip, verb, inner or inside)
            if hit is not None:
                return hit
    return None


# prepositions that only set an act in time or against a cause: their objects are not the verb's
SETTING_PREPS = {"after", "following", "since", "amid", "despite", "during", "until", "ahead"}


def _listed_after(children) -> list:
    """The later nouns of lists among ``children`` ("sent tents, blankets and medicine": blankets and
    medicine), each as near the verb as the first."""
    return [c for t in children if t.pos_ == "NOUN" and t.dep_ in {"dobj", "pobj", "nsubjpass"}
            for c in conjuncts(t)[1:] if c.pos_ == "NOUN"]


def _setting_phrase(child) -> bool:
    """Whether ``child`` is a phrase that only sets its verb's act in time or circumstance ("closed the
    border after an attack on a patrol", "cut aid amid protests"), whose words are not the verb's object."""
    return child.dep_ == "prep" and child.lower_ in SETTING_PREPS


def _in_protest_idiom(prep) -> bool:
    """Whether a preposition heads the idiom giving an act's motive ("suspended ferries in protest at
    the expulsions", "recalled its envoy in anger"): no protest is suspended; "took part in protests",
    with a plural or a determiner, names protests."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in PROTESTING and o.tag_ == "NN"
               and not any(d.dep_ == "det" for d in o.children) for o in prep.children)


def _protest_cause(prep) -> bool:
    """Whether a preposition the parser hung on the verb right after the idiom of motive names the
    motive's cause ("suspended ferries in protest at the expulsions": no expulsion is suspended)."""
    before = prep.doc[prep.i - 1] if prep.dep_ == "prep" and prep.i > 0 else None
    return before is not None and before.dep_ == "pobj" and before.head.head == prep.head \
        and _in_protest_idiom(before.head)


STOPPING = {"stop", "halt", "suspend", "cease", "resume", "end"}


def gerund_of_stopping(verb, child) -> bool:
    """Whether ``child`` is the gerund a verb of stopping governs ("stopped issuing new export
    licences"): what the gerund is done to is what is stopped, so its object counts as the verb's."""
    return verb.lemma_.lower() in STOPPING and child.dep_ in {"xcomp", "ccomp"} and child.tag_ == "VBG"


EFFORTS = {"effort", "bid", "attempt", "initiative"}  # a noun naming only the pursuit of the noun before it
RUNS = {"flight", "convoy"}  # a noun naming only the carrying out of the noun before it ("deportation flights")


def _effort(tok) -> bool:
    """Whether a noun only names the pursuit of its modifier, so that the modifier is the verb's object
    ("ended its mediation efforts" is "ended its mediation", "suspended deportation flights" is "suspended
    deportations"; not "air force helicopters")."""
    return tok.lemma_.lower() in EFFORTS | RUNS and tok.dep_ in {"dobj", "nsubjpass"}


def _so_called(tok) -> list:
    """What a free relative's naming clause under ``tok`` names: "imposed what it called a levy"
    (the levy is the object)."""
    return [o for c in tok.children if c.lemma_.lower() in NAMING and any(w.lower_ == "what" for w in c.children)
            for o in c.children if o.dep_ == "oprd"]


def _object_referred_to(verb) -> list:
    """The object a pronoun object of a verb joined to another refers back to, the other's: "imposed a
    ban but lifted it a week later" (it is the ban)."""
    if verb.dep_ != "conj" or not any(c.dep_ == "dobj" and c.lower_ in THING_PRONOUNS for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ != "PRON"]


def _described(verb):
    """The noun a past participle set off by a comma describes, which is what the participle's act was
    done to ("the tanker, seized by the navy,", "access to the internet, cut on Wednesday,"), or a signing
    with a phrase of time of its own, comma or none, describes ("under an accord signed in Lima on Monday"),
    or None; a participle that only defines its noun ("the funds allocated to Slovakia", "a programme backed
    by the IMF") tells no act of its own."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"} \
            and (verb.left_edge.i > verb.head.i and verb.doc[verb.left_edge.i - 1].text == "," or _dated_signing(verb)):
        return verb.head
    return None


def _forced_on(verb, frame: Frame, agent):
    """The noun a participle of force with its doer named describes, which is whom the act was done to
    ("two reporters detained by police", "the villages shelled by the army"): force is an act, never a
    lasting state as "a programme backed by the IMF" is, unless it is a hold kept on a place ("islands
    occupied by Iran", "a port blockaded by the navy"); None otherwise."""
    if agent is not None and frame.trigger.type in {"COERCE", "ASSAULT"} and frame.trigger.context != "territory" \
            and frame.trigger.mode != "restrict" and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return None


SIGNING = {"sign", "ink", "initial", "conclude"}


def _dated_signing(verb) -> bool:
    """Whether a verb is a signing with a phrase of time of its own ("an accord signed on Monday",
    "the pact inked last week")."""
    return verb.lemma_.lower() in SIGNING and any(
        (c.dep_ == "prep" and any(o.ent_type_ in TIME_ENTS for o in c.children))
        or (c.dep_ == "npadvmod" and c.ent_type_ in TIME_ENTS) for c in verb.children)


def _aside(verb, child) -> bool:
    """Whether ``child`` is a participle clause set off by a comma, another act beside the verb's
    own ("refused to accept them, saying ..." and "Koim refused, saying ..." are no refusals to say)."""
    start = child.left_edge.i
    return child.dep_ == "advcl" and child.tag_ == "VBG" and start > 0 and child.doc[start - 1].text == ","


def _own_clause(child) -> bool:
    """Whether ``child`` is an adverbial clause with a subject of its own: another act ("suspended
    convoys after a drone struck a truck" is no suspended strike), not the trigger's own words
    ("gathered outside, demanding answers")."""
    return child.dep_ == "advcl" and any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in child.children)


def _coordinated_clause(tok, child) -> bool:
    """Whether ``child`` is a verb coordinated with the verb ``tok``: another act, with words of its
    own ("China pledged aid, and the EU released funds" is no pledge to release)."""
    return child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and tok.pos_ in {"VERB", "AUX"}


GROUPS = {"mission", "group", "delegation", "contingent", "batch", "convoy", "shipment", "consignment", "cargo"}
# a part of a thing, or its wording: "froze part of the aid", "finalised the text of the accord",
# "closed its side of the crossing"
PARTS = {"part", "half", "portion", "bulk", "rest", "most", "some", "much", "all", "many", "several", "text", "side"}


def _part(tok) -> bool:
    """A word naming part of what its "of" phrase names ("part of the programme", "most of its aid",
    "the text of the accord")."""
    return tok.lemma_.lower() in PARTS and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _quantity(tok) -> bool:
    """A number or a counted amount ("$5 million of aid", "hundreds of migrants")."""
    return tok.like_num or tok.pos_ == "NUM" or tok.ent_type_ in {"QUANTITY", "MONEY", "CARDINAL"}


# "dos": the parser's lemma of "doses" ("200,000 doses of vaccine")
UNITS = {"tonne", "ton", "litre", "liter", "barrel", "gallon", "kilogram", "cubic", "dose", "dos"}
WORTH = {"worth"}  # "delivered $50,000 worth of food": a value's "of" names the thing itself


def _measured(tok) -> bool:
    """A counted unit or stretch of time ("40 million litres of diesel", "staged two days of
    drills"): what it measures is the thing or the event; a counted group ("two teams of
    rescuers") is no measure."""
    return _amount(tok) and (tok.ent_type_ in TIME_ENTS or tok.lemma_.lower() in UNITS)


def _amount(tok) -> bool:
    """A noun counted by a number ("1.5 million euros", "20 tonnes")."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in tok.children)


# -- arguments ---------------------------------------------------------------

DISTRIBUTIVE = {"appos", "dep", "advmod", "npadvmod"}  # "X and Y each ...", not "each other" (det)
ASKING = {"REQUEST"}  # a demand is on whoever the clause it governs names as its subject


def _verb_arguments(frame: Frame) -> None:
    verb = frame.head
    subject, passive_subject = _subject(verb)
    addressee = None
    if subject is None and passive_subject is None:
        subject, addressee = _adopter(verb), _addressee(verb)
    agent = _prep_object(verb, "agent") or by_agent(verb)
    if passive_subject is None and subject is None:
        passive_subject = _described(verb) or _forced_on(verb, frame, agent)
    if passive_subject is not None and agent is None and frame.trigger.type == "MOBILIZE":
        subj_slot, obj_slot = passive_subject, None  # "a Chinese frigate was sent to the shoal": its owner moved it
        if not named(passive_subject) and (speaker := _reporter(verb)) is not None:
            subj_slot = speaker  # "the ministry said units had been placed on alert": the speaker's own forces
    elif passive_subject is not None:
        subj_slot, obj_slot = agent or _holder(verb, frame.trigger), passive_subject
    else:
        subj_slot, obj_slot = _wielder(subject) or _striking_state(subject) or subject, None
    places = [*frame.tokens[1:], verb]  # "sanctions on X" before "imposed ... on Monday"
    if obj_slot is None:
        obj_slot = addressee or _direct_object(verb, frame) or _clause_subject(frame)
    slots = {"subj": subj_slot, "obj": obj_slot}
    # a lexicon slot that finds nothing falls back to the default (subject; object or preposition)
    frame.actors = _fill(frame.trigger.actor, slots, places) if frame.trigger.actor else []
    if not frame.actors:
        frame.actors = conjuncts(subj_slot)
    # a frame may come with what it is aimed at (a feeling's "concerned by the arrests")
    frame.recipients = _fill(frame.trigger.recipient, slots, places) if frame.trigger.recipient else frame.recipients
    # the trigger's own preposition names the target before any object ("fired a water cannon at X")
    frame.alternates = (_aimed_by_trigger(frame)
                        or (conjuncts(obj_slot) if obj_slot is not None else _default_recipient(places)))
    if not frame.recipients:
        frame.recipients, frame.alternates = frame.alternates, []
    # "offered to hand over to Britain", "agreed to meet Y": the complement's party, then the place
    for comp in (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"):
        if _asked(frame, comp) is None:  # "demanded that Hamas renounce its struggle against Israel": not Israel
            # "warned that Peru could take the dispute to the ICJ": the court is the venue, not whom it is against
            frame.alternates += [t for t in [c for c in comp.children if c.dep_ == "dobj"] + _default_recipient([comp])
                                 if not forum(t)]
    # "welcomed the release in a statement from Abuja": the text or talk words come in is no place acted on
    frame.alternates += [t for t in _prep_objects(places, PLACE_PREPS) if t.lemma_.lower() not in MEDIA] \
        + _landing(verb)
    if frame.trigger.actor not in {"", "subj", "obj"} and not frame.recipients and subj_slot is not None:
        frame.recipients = conjuncts(subj_slot)  # "Pakistan secured investment from the US"
    frame.each = len(frame.actors) > 1 and any(
        w.lower_ == "each" and w.dep_ in DISTRIBUTIVE for t in [verb, *frame.actors] for w in t.children)
    gapped = _gapped(verb, obj_slot) if frame.actors and passive_subject is None else []
    if gapped:
        # "the EU pledged 300 million euros, Japan $90 million and Canada $60 million": each did it
        frame.actors += gapped
        frame.each = True
        frame.recipients = [t for t in frame.recipients if t is not obj_slot]
        frame.alternates = [t for t in frame.alternates if t is not obj_slot]
    if frame.trigger.actor == "between" or (len(frame.actors) > 1 and not frame.recipients and not frame.each):
        frame.reciprocal = True
    allies = [a for t in [verb, *frame.actors] for a in _allies(t) if all(a.i != x.i for x in frame.actors)]
    if allies and frame.actors:
        # "Eritrean troops fought alongside Ethiopian forces against the TPLF": both fought the TPLF
        frame.actors += allies
        frame.recipients = [t for t in frame.recipients if all(t.i != a.i for a in allies)]
        frame.alternates = [t for t in frame.alternates if all(t.i != a.i for a in allies)]
    if frame.trigger.context == "legal":
        # "challenged the duties at the WTO", "sued the firm in a Paris court": where a case is brought
        # is its venue, not whom it is against
        frame.recipients = [t for t in frame.recipients if not _venue(t)]
        frame.alternates = [t for t in frame.alternates if not _venue(t)]


def _holder(verb, trigger: Trigger):
    """Who let go people released with no agent named: the doer of the clause that holds them
    ("police detained eight students, who were released on Monday": the police); None otherwise
    (a release joined to another clause is left to the parties' holder of those people)."""
    if trigger.mode != "release" or verb.dep_ != "relcl" or verb.head.dep_ != "dobj":
        return None
    governor = verb.head.head
    if governor.pos_ != "VERB":
        return None
    return next((c for c in governor.children if c.dep_ in SUBJECTS), None)


def _aimed_by_trigger(frame: Frame) -> list:
    """The target the trigger's own preposition names ("fired a water cannon at the boat"), never a
    word of the trigger itself ("were taken into custody": the custody is no party)."""
    own = {t.i for t in frame.tokens}
    found = _prep_objects([t for t in frame.tokens[1:] if t.dep_ == "prep"], RECIPIENT_PREPS)
    return [] if any(t.i in own for t in found) else found


TEXTS = {"resolution", "statement", "declaration", "communique", "communiqué", "motion", "letter", "note"}
MEDIA_PREPS = tuple(p for p in RECIPIENT_PREPS if p != "from")
MEDIA = TEXTS | {"interview", "speech", "address", "post", "tweet", "broadcast", "briefing", "remarks"}
# "handed the envoy a note rejecting ...": the parser may take the second object for an npadvmod
TEXT_SLOTS = {"dobj", "npadvmod"}


def _text_of(verb):
    """The text a participle tells the content of ("adopted a resolution condemning X"), also when the
    parser hung it on the verb or on whom the text went to ("sent a letter to the council protesting
    against the seizure", "handed a note to the embassy protesting ..."); None otherwise."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"acl", "advcl"}:
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in TEXTS:
        text = verb.head
    else:
        sending = verb.head if verb.dep_ == "advcl" else verb.head.head.head  # the verb, or "to" -> verb
        text = next((c for c in sending.children if c.dep_ in TEXT_SLOTS and c.i < verb.i), None)
    return text if text is not None and text.lemma_.lower() in TEXTS and text.dep_ in TEXT_SLOTS else None


def _adopter(verb):
    """Who adopted or issued the text a participle tells the content of ("the parliament adopted a
    resolution condemning X", "issued a statement calling for talks", "handed the envoy a note rejecting
    the claims"): the subject of the verb the text is the object of; None otherwise."""
    text = _text_of(verb)
    return None if text is None else _subject(text.head)[0]


def _addressee(verb):
    """Whom the text a participle tells the content of was handed or sent to ("handed the Iranian
    envoy a note rejecting the claims": the envoy; "summoned Peru's ambassador and handed him a note
    protesting ...": the ambassador the pronoun stands for); None otherwise."""
    text = _text_of(verb)
    if text is None or _adopter(verb) is None:
        return None
    handing = text.head
    addressee = next((c for c in handing.children if c.dep_ in {"dobj", "dative"} and c.i != text.i), None)
    if addressee is not None and addressee.pos_ == "PRON" and handing.dep_ == "conj":
        return next((c for c in handing.head.children if c.dep_ == "dobj"), addressee)
    return addressee


def _venue(tok) -> bool:
    """Whether a word names where something is done ("at the WTO", "in court", "before the tribunal"),
    or the court a case is taken to ("took the dispute to the International Court of Justice")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"at", "before", "in"} or forum(tok)


BRINGING = {"take", "bring", "refer", "submit"}  # "took the dispute to the ICJ", "referred the case to the WTO"
COURTS = {"court", "tribunal", "arbitration", "arbitrator", "wto", "icj", "icc"}
CASES = {"dispute", "case", "matter", "complaint", "claim", "row", "issue", "quarrel"}


def forum(tok) -> bool:
    """Whether a word names the court or body a case is brought to: the venue, not the other party."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"to", "before"}:
        return False
    verb = tok.head.head
    if verb.dep_ == "dobj" and verb.lemma_.lower() in CASES:
        verb = verb.head  # "take [the dispute to the ICJ]", as the parser may hang it
    if verb.lemma_.lower() not in BRINGING:
        return False
    return tok.lemma_.lower() in COURTS or any(c.dep_ == "dobj" and c.lemma_.lower() in CASES for c in verb.children)


# verbs of using a weapon or a device: who did it to the thing is who acts with it
USING = {"plant", "launch", "fire", "drop", "lay", "detonate", "throw", "hurl", "shoot", "fly", "operate", "pilot"}


def _landing(verb) -> list:
    """Where a weapon fired came down, told in a clause on it ("fired a missile that came down
    inside Japan's waters", "a rocket that landed in Israel"): the state it lands in is the target."""
    if verb.lemma_.lower() not in USING:
        return []
    clauses = [c for o in verb.children if o.dep_ == "dobj" for c in o.children
               if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"]
    return _prep_objects(clauses, PLACE_PREPS)


def _wielder(subject):
    """Who used the instrument a subject names ("a bomb planted by rebels struck a bus", "drones
    launched by the RSF hit a power station", "Iran fired a missile that hit a port"), or None;
    "rebels backed by Rwanda" still act themselves."""
    if subject is None:
        return None
    thing = subject.head.head if subject.lower_ in {"that", "which"} and subject.head.dep_ == "relcl" else None
    if thing is not None and thing.dep_ == "dobj" and thing.head.lemma_.lower() in USING:
        # "Iran fired a missile that landed in Oman's waters, drawing condemnation": Iran's doing
        return next((c for c in thing.head.children if c.dep_ in SUBJECTS), None)
    used = (c for c in _participles_on(subject) if c.tag_ == "VBN" and c.lemma_.lower() in USING)
    return next(filter(None, map(by_agent, used)), None)


def _participles_on(noun) -> list:
    """The clauses told of a noun that may name who used it: a reduced or full relative ("a drone
    launched by", "a drone that was launched by") and a relative's reported clause ("a drone that
    the army says was launched by")."""
    clauses = [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
    return clauses + [c for r in clauses if r.dep_ == "relcl" and r.lemma_.lower() in SAYING
                      for c in r.children if c.dep_ == "ccomp"]


AGENT_OF = "of"  # the lexicon's actor slot of a noun whose "of" names who acts ("the withdrawal of Serbian forces")


def _noun_arguments(frame: Frame) -> None:
    noun = frame.head
    places = [noun, *frame.tokens[1:]]
    if noun.dep_ == "compound":  # "mediation mission between X and Y": the phrase's head carries the parties
        places.append(noun.head)
    between = _prep_objects(places, ("between", "among", "amongst"))
    slots = {"subj": None, "obj": None}
    if frame.trigger.actor not in {"", AGENT_OF}:
        frame.actors = _fill(frame.trigger.actor, slots, places)
    if between and frame.trigger.mode == "third-party":
        frame.recipients = between  # "mediation between X and Y": the mediator acts on both
    elif not frame.actors and between:
        frame.actors, frame.reciprocal = between, True
    if not frame.actors:
        frame.actors = conjuncts(noun_agent(noun, frame.trigger.actor == AGENT_OF))
    if not frame.actors:
        frame.actors = _agent_of_matched_word(frame)
    if not frame.actors and frame.trigger.type == "ASSAULT":
        frame.actors = _inner_state(noun)
    landed = _arrival(noun) if frame.trigger.type in PROVIDING else []
    # "a cargo of diesel reached Bolivia from Brazil": the "from" may hang on the arriving verb or its place
    donors = _donors(frame, [*places, _phrase(noun).head, *landed]) if landed and not frame.actors else []
    if donors:
        # "relief flights from Australia landed in Port Vila": the state it comes from gives it, where it lands gets it
        frame.actors, frame.recipients = donors, landed
    if not frame.actors:
        frame.actors, frame.inherited = _inherited_actor(noun)
    if not frame.actors:
        frame.actors = _counterpart_owner(places)
    if frame.recipients:
        pass  # its slot, its "between", or where donated aid landed
    elif landed:
        frame.recipients = landed  # "a consignment of Kazakh wheat reached the Omani port of Sohar"
    elif frame.trigger.recipient:
        frame.recipients = _fill(frame.trigger.recipient, slots, places)
    elif not frame.reciprocal:
        # "handed a protest note to X": the light verb's own phrase names whom the event is aimed at
        light = frame.inherited == "object"
        frame.recipients = _default_recipient(places) or (
            _prep_objects([noun.head], RECIPIENT_PREPS) or _dative_object(noun.head) if light else [])


def _dative_object(verb) -> list:
    """Whom a light verb's "to" the parser took for a dative names ("sent a protest note to Malaysia")."""
    return next((conjuncts(o) for c in verb.children if c.dep_ == "dative" and c.pos_ == "ADP"
                 for o in c.children if o.dep_ == "pobj"), [])


def _agent_of_matched_word(frame: Frame) -> list:
    """The parties a "by" phrase on a later word of a noun trigger names ("the signing of a border
    protocol by Chad and Niger": "by" hangs on "protocol"); [] when none or no party is named."""
    agents = [a for t in frame.tokens[1:] if (a := by_agent(t)) is not None and named(a)]
    return conjuncts(agents[0]) if agents else []


COUNTERPARTS = {"counterpart", "host"}


def _counterpart_owner(places) -> list:
    """Whose counterpart a nominal event is held with ("Novak said ... talks with his German
    counterpart": Novak talks), as the owner word or, for a pronoun, the speaker it reports; or []."""
    for partner in _prep_objects(places, ("with",)):
        owner = next((c for c in partner.children if c.dep_ == "poss"), None)
        if partner.lemma_.lower() in COUNTERPARTS and owner is not None:
            if owner.pos_ != "PRON":
                return [owner]
            reporting = next((a for a in owner.ancestors if a.lemma_.lower() in REPORTING), None)
            speaker = next((c for c in reporting.children if c.dep_ == "nsubj"), None) if reporting else None
            return conjuncts(speaker) if speaker is not None else []
    return []


def _inner_state(noun) -> list:
    """A state named on a word compounded onto an attack noun ("US drone strikes", "US Predator
    attacks": spaCy hangs "US" on "drone", not on "strikes"): the state that strikes."""
    inner = (w for c in noun.children if c.dep_ == "compound" for w in c.children)
    return next(([w] for w in inner if w.dep_ in {"amod", "compound"} and state_word(w)), [])


ATTACKS = {"strike", "attack", "airstrike", "raid", "bombing", "shelling"}


def _striking_state(subject):
    """The state named inside an attack noun that is a verb's subject ("US drone strikes killed
    eight militants": US, not the strikes), or None."""
    if subject is None or subject.lemma_.lower() not in ATTACKS or noun_agent(subject) is not None:
        return None
    return next(iter(_inner_state(subject)), None)


ARRIVING = {"land", "arrive", "reach", "dock", "touch"}


def _donors(frame: Frame, places) -> list:
    """The parties an aid or trade noun's "from" phrase names ("relief flights from Australia and
    New Zealand", "an aid convoy from Jordan", "a cargo of diesel ... from Brazil"): who gives or
    sells it; [] for other nouns or a bare place."""
    if frame.trigger.type not in PROVIDING:
        return []
    found = _prep_objects(places, ("from",))
    return found if found and all(named(t) for t in found) else []


def _phrase(noun):
    """The head of the phrase a noun is in: "relief" in "relief flights" is in "flights"."""
    return noun.head if noun.dep_ == "compound" else noun


def _arrival(noun) -> list:
    """Where aid or goods a clause's subject names arrive ("relief flights ... landed in Port Vila",
    "a cargo of diesel reached Bolivia"): the place it is given in; [] when it is not told arriving."""
    phrase = _phrase(noun)
    verb = phrase.head
    if phrase.dep_ != "nsubj" or verb.lemma_.lower() not in ARRIVING:
        return []
    return [o for o in _prep_objects([verb], ("in", "at", "on")) if o.ent_type_ not in TIME_ENTS] or \
        [c for c in verb.children if c.dep_ == "dobj" and named(c)]


def _delivery(verb, lex: Lexicon, used: set[int]) -> Frame | None:
    """A vehicle or a helping team of a state arriving somewhere with goods or to help ("a Chilean
    navy ship carrying 50 tonnes of food docked in Lima", "a Spanish rescue team reached Izmir"):
    that state's aid (or, for a traded commodity, its trade) to where it arrives; a bare arrival
    of a vehicle ("a Greek ferry docked in Bari") is no event."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or verb.i in used or not _arrival(subject):
        return None  # _arrival: the subject of a verb of arriving ("docked in Lima"), told where it arrives
    return _verb_frame(verb, delivery_trigger(verb, _arriver(verb, subject), lex), used)


def _arriver(verb, subject):
    """Who arrives: the subject, or the noun a relative pronoun subject stands for ("a team of
    Fijian police trainers who arrived in Apia": the team)."""
    return verb.head if subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" else subject


def _verb_frame(verb, trigger: Trigger | None, used: set[int]) -> Frame | None:
    """The frame of a verb a rule found its trigger for ("landed" told a delivery), the verb then
    used; None with no trigger or a verb already used."""
    if trigger is None or verb.i in used:
        return None
    used.add(verb.i)
    return Frame(trigger=trigger, head=verb, tokens=[verb])


def _delivered_parties(frame: Frame) -> None:
    """Who gives what arrives and who gets it: the state on the vehicle or team ("a Chilean navy
    ship"), else the one it comes from ("a ship from Chile"); the place it arrives at, or the town
    that place is in ("docked at the port in Callao"), or whom it comes to train ("to train the
    army")."""
    subject = next(c for c in frame.head.children if c.dep_ == "nsubj")
    frame.actors = conjuncts(group_owner(_arriver(frame.head, subject)))
    places = [p for place in _arrival(subject) for p in (pobjs(place, "in") or [place])]
    frame.recipients = trained(frame.head) or places
    frame.alternates = []


REACTING = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST"}  # reactions to an act are aimed at whoever did it
ABOUT_PREPS = ("into", "over", "about", "of", "for")  # "an inquiry into", "complained over", "called for"


def _aim_at_doer(frame: Frame, lex: Lexicon) -> None:
    """Make the doer of the act a reaction is about its recipient: "condemned the Israeli air raids",
    "denounced Serbia's suppression of the unrest", "demanded the withdrawal of Serbian forces from
    Bosnia" (Serbia, not Bosnia), "investigating crimes by Croatian extremists against Serb
    civilians" (not the victims), even one of the reacting side's own. A party named as the verb's
    own object stays ("accused Russia of ...", "Russia was accused of ...")."""
    words = [frame.head, *frame.tokens[1:]]
    own = {t.i for t in words}
    objects = [c for w in words for c in w.children if c.dep_ in {"dobj", "dative", "nsubjpass"} and c.i not in own]
    if any(o.lemma_.lower() not in lex.nouns for o in objects):
        return
    acts = [t for t in frame.tokens[1:] if t.pos_ == "NOUN"] + objects
    acts += [o for t in [*words, *acts] for prep in ABOUT_PREPS for o in pobjs(t, prep)]
    # "denounced as a crime Serbia's suppression of ...": the object moved after "as" hangs on its noun
    acts += [c for t in [*acts, *(o for w in words for o in pobjs(w, "as"))] for c in t.children if c.dep_ == "appos"]
    doer = next(filter(None, (_doer(act, lex) for act in acts)), None)
    if doer is not None:
        frame.recipients, frame.alternates = conjuncts(doer), frame.recipients + frame.alternates
        frame.doers = True


def _aim_at_scene(frame: Frame) -> None:
    """Aim a reaction that names no party at the place what it reacts to happened in: "condemned
    what it called the erosion of the rule of law in Hungary", "condemned the violence in Darfur"."""
    if any(named(t) for t in frame.recipients):
        return
    objects = [c for c in frame.head.children if c.dep_ == "dobj"] + _so_called(frame.head)
    place = next(filter(None, map(_scene, objects)), None)
    if place is not None:
        frame.recipients, frame.alternates = conjuncts(place), frame.recipients + frame.alternates


def _scene(act):
    """The named place an act happened in, on it or on what it is of ("the erosion of the rule of
    law in Hungary"), or None."""
    node = act
    for _ in range(3):
        place = next((o for o in pobjs(node, "in") if named(o)), None)
        if place is not None:
            return place
        node = next(iter(pobjs(node, "of")), None)
        if node is None:
            return None
    return None


def _doer(act, lex: Lexicon):
    """The party named as doing an act: its agent, or the agent of a participle describing it
    ("crimes committed by Croat forces"); None for a bare noun ("by gunmen")."""
    agentive = any(t.actor == AGENT_OF for t in lex.nouns.get(act.lemma_.lower(), ()))
    doer = noun_agent(act, agentive) or next(
        filter(None, (by_agent(c) for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN")), None)
    return doer if doer is not None and named(doer) else None


def _attacker(verb, lex: Lexicon):
    """Who made the attack a passive harm happened in: "were killed in Israeli shelling", "in a
    Russian missile attack"; spaCy splits "Israeli tank shelling" into a noun and a participle, and
    reads "an Indian shelling" as the nationality described by a participle. None when no attack
    by a named party is told."""
    for obj in pobjs(verb, "in"):
        after = [obj.nbor()] if obj.i + 1 < len(obj.doc) else []
        if any(t.type == "ASSAULT" for w in [obj, *obj.children, *after]
               for t in lex.nouns.get(w.lower_, ()) + lex.nouns.get(w.lemma_.lower(), ())):
            return obj if obj.ent_type_ == "NORP" else noun_agent(obj)
    return None


ENGAGING = {"engage", "involve", "participate", "take", "join"}  # "took part in", "joined in"


def _inherited_actor(noun) -> tuple[list, str]:
    """A nominal event with no actor of its own takes the subject of the verb it is the object
    of ("Israel and Lebanon renewed negotiations": "object"), of the clause it sits in
    ("Pakistan secured ... under an agreement with X": "clause"), or the actor of a nominal
    event it belongs to ("Munir's visits ... including a meeting with Trump")."""
    if presupposed(noun):
        return [], ""  # the protester did not do what it protests against
    subject = next((c for c in noun.children if c.dep_ == "nsubj"), None) if noun.head.i == noun.i else None
    if subject is not None:
        # "Chile's government on Monday extended by 90 days the deployment of soldiers", parsed with the
        # verb as a participle on the subject and the noun as the sentence's root: the subject's deed
        return conjuncts(subject), "object"
    node = noun
    # "sailed into the island's harbour in protest": the idiom of motive is the verb's, wherever the parser hung it
    motive = _in_protest_idiom(noun.head)
    for _ in range(4):
        if node.dep_ in {"nsubj", "nsubjpass"} or node.head.i == node.i or _setting_phrase(node):
            return [], ""  # "closed the border after an attack on a patrol": not the closer's attack
        node = node.head
        if node.pos_ in {"NOUN", "PROPN"} and not motive:
            owner = next((c for c in node.children if c.dep_ == "poss"), None)
            if owner is not None:
                return conjuncts(owner), "clause"
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "prep":
            subject, passive = _subject(node)
            if node.lemma_.lower() in ENGAGING and noun.head.lower_ == "in" and noun.head.head.i == node.i:
                # "forces were engaged in ethnic cleansing", "took part in the raid": the event is the subject's deed
                return conjuncts(subject or passive), "object"
            if subject is None:
                return [], ""
            how = "object" if noun.dep_ == "dobj" and noun.head.i == node.i else "clause"
            return conjuncts(subject), how
    return [], ""


def _subject(verb):
    """Return (active subject, passive subject), climbing through xcomp/conj/relcl for control.
    A passive subject above an active complement is the complement's doer ("Obama is scheduled
    to attend", "X was asked to mediate"), and so is the noun a participle above it describes
    ("youths resorted to throwing stones", parsed as "youths [who were] resorted")."""
    node, below = _across_quote(verb) or verb, None
    for _ in range(4):
        for child in node.children:
            if child.dep_ in SUBJECTS and not _commanded(node, child):
                return child, None
            if child.dep_ in PASSIVE_SUBJECTS and not _misjoined_active(node, below):
                return (child, None) if _passive_subject_acts(node, below) else (None, child)
        if (after_day := _subject_after_day(node)) is not None:
            return after_day, None
        if below is None and _main_verb_hung_on_subject(node):
            return node.head, None
        if node.dep_ == "relcl" and node.head.pos_ in {"NOUN", "PROPN"}:
            return None, None
        if below is not None and node.dep_ == "acl" and node.tag_ in {"VBG", "VBN"} \
                and node.head.pos_ in {"NOUN", "PROPN"}:
            return (node.head, None) if node.tag_ == "VBG" or _passive_subject_acts(node, below) else (None, node.head)
        reduced = _reduced_relative_subject(node)
        if reduced is not None:
            return reduced, None
        if node.dep_ in {"xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp", "oprd"} and node.head.i != node.i:
            below = node
            node = node.head if node.dep_ != "pcomp" else node.head.head
            while node.dep_ == "pobj" and node.head.head.i != node.head.i:
                node = node.head.head  # "took measures against the boats, including ramming one": the taker rams
            continue
        break
    return None, None


def _main_verb_hung_on_subject(verb) -> bool:
    """Whether the parser hung a sentence's main verb on its subject after an aside, as a participle
    ("Its foreign minister, Ama Owusu, called in the ambassador", parsed as "minister [who was] called
    in"): the subject is the sentence's root, the verb follows a comma and names no agent."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and head.dep_ == "ROOT" \
        and head.pos_ in {"NOUN", "PROPN"} \
        and verb.i > 0 and verb.doc[verb.i - 1].text == "," and not any(c.dep_ == "agent" for c in verb.children) \
        and any(c.dep_ == "appos" for c in head.children)


def _subject_after_day(verb):
    """The subject the parser took into a fronted day ("On Sunday Somalia recalled its envoy", parsed
    as "On [Sunday Somalia]"): the name right before the verb, after a day or month; else None."""
    return next((o for p in verb.children if p.dep_ == "prep" and p.i < verb.i for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.i == verb.i - 1
                 and any(c.dep_ == "compound" and c.ent_type_ in {"DATE", "TIME"} for c in o.children)), None)


COMMANDING = {"order", "instruct", "direct"}


def _commanded(clause, subject) -> bool:
    """Whether a subject is whom an order is given to, parsed as the subject of the infinitive the
    order names when an aside comes between ("ordered, in a decree on Monday, the army to seal the
    border"): the commander's side does the act, as in "ordered the army to seal the border"."""
    return clause.dep_ in {"ccomp", "xcomp"} and clause.head.lemma_.lower() in COMMANDING and to_infinitive(clause) \
        and subject.i > clause.head.i


def _across_quote(verb):
    """The verb of the clause a conjunct really joins when the parser hung it on a verb inside a
    quotation that closed before it: "urged both sides to avoid \"any step that could lead to
    confrontation\" and offered to send a mission" joins "avoid", not "lead"; else None."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    if not any(t.tag_ == "''" for t in verb.doc[verb.head.i + 1:verb.i]):
        return None
    opening = next((t for t in reversed(verb.doc[:verb.head.i]) if t.tag_ == "``"), None)
    if opening is None:
        return None
    node = verb.head
    while node.i > opening.i and node.head.i != node.i:
        node = node.head
    return node if node.i < opening.i else None


# passives that name a state of mind of their subject, not something done to it ("is committed to opening up")
ADJECTIVAL_PASSIVES = {"commit", "determine", "dedicate"}


def _passive_subject_acts(node, below) -> bool:
    """Whether the passive subject of ``node`` does the act of ``below``, the active complement it
    controls ("is scheduled to attend", "was accused of attacking"), or, with no complement, of
    ``node`` itself when that is an adjectival passive with no agent ("is committed to reform")."""
    if below is None:
        return node.lemma_.lower() in ADJECTIVAL_PASSIVES and by_agent(node) is None
    if below.dep_ == "conj" and not any(c.dep_ in {"aux", "auxpass"} for c in below.children):
        return False  # "was detained on Friday and charged the next day": "was" serves both
    return not _passive_form(below)


def _misjoined_active(node, below) -> bool:
    """Whether an active past verb hangs as a conjunct on a passive reported clause it is no part of:
    "the agency said it feared migrants could be deported, and urged both states to stop", parsed
    as "deported ... and urged"; the one who urged is the subject of a clause above."""
    return below is not None and below.dep_ == "conj" and below.tag_ == "VBD" and node.dep_ == "ccomp" \
        and _passive_form(node)


def _passive_form(verb) -> bool:
    """A past participle not made perfect by "have" ("was seized and taken", "expected to be freed")."""
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _reduced_relative_subject(verb):
    """The subject of a verb misparsed as a conjunct though nothing joins it: in "after shells
    fired across the border killed two herders" the parser ends a clause at "fired" and joins
    "killed" to the main verb; the noun the reduced clause describes is its subject."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.left_edge.i == 0:
        return None
    before = verb.doc[verb.left_edge.i - 1]
    if before.dep_ in {"cc", "punct"} or before.i <= verb.head.i:
        return None
    clause = next((t for t in [before, *before.ancestors] if t.dep_ in {"advcl", "ccomp"} and t.head.i != t.i), None)
    if clause is None or clause.i < verb.head.i:
        return None
    return next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)


def _prep_object(tok, dep: str):
    for child in tok.children:
        if child.dep_ == dep:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _clause_subject(frame: Frame):
    """The subject of a clause whose marker or modal is part of the trigger: the party a demand is on
    ("declared that China must drop", "pushed for the US to back"); else of the clause a demand governs."""
    for word in frame.tokens[1:]:
        if word.dep_ in {"aux", "mark"} and word.head.dep_ in CLAUSES:
            return next((c for c in word.head.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS), None)
    return next(filter(None, (_asked(frame, c) for c in frame.head.children)), None)


def _asked(frame: Frame, clause):
    """The subject of a clause a demand governs, the party asked to act ("demanded that Hamas
    renounce its struggle against Israel": Hamas, not Israel), or None."""
    if frame.trigger.type not in ASKING or clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS), None)


PENALTIES = {"consequence", "repercussion", "price", "punishment", "retaliation", "reprisal", "sanction"}


def _or_else(frame: Frame) -> bool:
    """Whether a demand names a penalty for refusing it: "said Iran must stop or face the
    consequences", "urged them to leave or pay the price"."""
    clauses = [w.head for w in frame.tokens[1:] if w.dep_ in {"aux", "mark"}]
    clauses += [c for c in frame.head.children if c.dep_ in {"xcomp", "ccomp"}]
    return any(t.dep_ == "dobj" and t.lemma_.lower() in PENALTIES and _alternative(t.head)
               for clause in clauses for t in clause.subtree)


def _alternative(tok) -> bool:
    """Whether a word is joined by "or" to the one before it (the parser may join "or face the
    consequences" to the demanded verb or to its object)."""
    return tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in [*tok.head.children, *tok.children])


def _direct_object(verb, frame: Frame):
    used = {t.i for t in frame.tokens}
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ == "ADP":
            continue  # "sent 29 prisoners to the United States": "to" is its preposition, no party
        if child.dep_ in {"dobj", "attr", "dative"} and child.i not in used:
            return child
    return None


def _gapped(verb, obj) -> list:
    """The subjects of clauses that leave the verb out ("X pledged $5 million, Y $3 million"):
    a proper name set beside the object, or after the verb, with an amount of its own."""
    beside = [c for c in obj.children if c.dep_ == "appos"] if obj is not None else []
    after = [c for c in verb.children if c.dep_ in {"dep", "conj"} and c.i > verb.i]
    named = [t for t in beside + after if t.pos_ == "PROPN" and t.ent_type_ in {"GPE", "ORG", "NORP"}]
    named += [c for t in named for c in t.conjuncts if c.pos_ == "PROPN" and c.ent_type_ in {"GPE", "ORG", "NORP"}]
    # its own amount is under it or right after it ("and Spain 60 million euros")
    return [t for t in named if any(w.like_num for w in t.subtree)
            or (t.i + 1 < len(t.doc) and (t.nbor().like_num or t.nbor().tag_ == "$"))]


def _default_recipient(places) -> list:
    found = _prep_objects(places, RECIPIENT_PREPS)
    if found:
        return found
    below = [g for p in places for c in p.children if c.dep_ in {"dobj", "prep"}
             for g in ([c] if c.dep_ == "dobj" else c.children) if g.pos_ == "NOUN"]
    # "in a statement from Abuja": where words come from is no party
    return _prep_objects([g for g in below if g.lemma_.lower() not in MEDIA], RECIPIENT_PREPS) \
        + _prep_objects([g for g in below if g.lemma_.lower() in MEDIA], MEDIA_PREPS)


ALONG = {"together", "along", "jointly"}  # "together with X", "along with X": X is on the same side
HELP = {"help", "support", "assistance", "backing"}  # "with the help of X"


def _allies(tok) -> list:
    """The parties named as acting beside ``tok`` ("alongside Ethiopian forces", "together with
    France", "along with Russian mercenaries", "with the help of US forces"): on its side, no target."""
    out = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        inner = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        if prep.lower_ == "along" and inner is not None:
            prep = inner  # "along with X"
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "alongside" or _ally_prep(prep) and prep.head.lower_ == "along":
            out += [t for o in objects for t in conjuncts(o)]
        elif _ally_prep(prep):
            helpers = [g for o in objects if o.lemma_.lower() in HELP for g in pobjs(o, "of")]
            out += [t for o in (helpers or objects) for t in conjuncts(o)]
    return out


def _ally_prep(prep) -> bool:
    """Whether a "with" names who acts beside the doer: "together with X", "with the help of X"."""
    if prep.lower_ != "with":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in ALONG for c in prep.children) or prep.head.lower_ == "along" \
        or any(o.dep_ == "pobj" and o.lemma_.lower() in HELP and pobjs(o, "of") for o in prep.children)


def _prep_objects(places, preps) -> list:
    own = {t.i for t in places}
    for place in places:
        # the trigger's own preposition ("fired missiles at Kyiv") names its target too
        for child in ([place] if place.dep_ == "prep" else []) + list(place.children):
            if _ally_prep(child):
                continue  # "attacked rebels together with Sudanese forces": no target
            if child.dep_ == "prep" and child.lower_ in preps and (child.i not in own or child is place):
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.i not in own and obj.ent_type_ not in {"DATE", "TIME"} and not _count(obj):
                    return conjuncts(obj) + _joined_prep_objects(child)
    return []


def _joined_prep_objects(prep) -> list:
    """The objects of the same preposition joined to ``prep`` ("spoke with his Saudi counterpart and
    with the rebels' negotiator": the negotiator too)."""
    return [o for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_
            for g in c.children if g.dep_ == "pobj" for o in conjuncts(g)]


def _count(tok) -> bool:
    """A bare number ("by 412 votes to 139"): a tally, never a party."""
    return tok.pos_ == "NUM" and not any(c.dep_ != "punct" for c in tok.children)


def _fill(slot: str, slots: dict, places) -> list:
    if slot in slots:
        return conjuncts(slots[slot]) if slots[slot] is not None else []
    return _prep_objects(places, (slot,))

