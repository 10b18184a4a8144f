"""Who an event's argument tokens name: mentions, pronouns, plural references
("the two leaders"), bodies named by a noun ("the detentions" -> whoever detained); what a
pronoun or numbered group refers to is resolved in ``references``."""
from __future__ import annotations

from dataclasses import replace

from ..actors import ArticleActors
from ..actors.resolve import SHIP_NOUNS
from ..model import Entity, Mention
from .dating import DEFINITE, LIKENESS, REFERRING, SAY
from .draft import Draft, codes
from .frames import Frame, forum
from .lexicon import Lexicon
from .modality import CLAIM_NOUNS, NAMING, to_infinitive
from .phrases import said_before
from .references import (
    GROUP_HEADS,
    MEDIATING,
    RELATIVE,
    STATE_BODY_SECTORS,
    antecedent,
    bare_pair,
    distinct,
    hosting_participle,
    joint_doers,
    numbered_group,
    pair_sides,
    pronoun,
    sides,
    their_owners,
    third_parties,
    told_just_before,
    two_sides,
)

CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "appos", "punct", "npadvmod"}
# phrases that place or time an event, or name both sides of it ("relations between X and Y"): no recipient;
# "seized two trawlers off the island of Tory": the waters it happened in, not whose trawlers
SETTING_PREPS = {"in", "at", "near", "inside", "outside", "during", "after", "before", "since", "throughout",
                 "between", "among", "off"}
PLACE_PREPS = {"in", "at", "near", "inside", "outside", "throughout", "into", "across"}
# protests, repression and attacks with no other target are aimed at the state where they happen;
# a vague trigger (below code.WEAK) is not made an event by its setting
PLACE_TYPES = {"PROTEST", "COERCE", "ASSAULT"}
# a deed named as a light verb's object ("reimposed blockades", "conducted exercises") is aimed there too
DEED_TYPES = PLACE_TYPES | {"MOBILIZE"}
# other acts of one side with no named target ("agreed to open an office in Jakarta") are aimed at
# the state they happen in too, but where two sides sign, or a meeting is held, is only its venue,
# and a complaint's place is where its cause happened
VENUE_TYPES = {"CONSULT", "ACCUSE"}
PLACE_WEIGHT = 0.5
AGENTLESS_TYPES = {"COERCE", "ASSAULT"}
HELPING = {"help", "assist"}  # "sent aircraft to help fight fires in Riau": a purpose clause's place is the aid's
STRIKE_NOUNS = {"strike", "airstrike", "raid", "bombardment", "shelling", "operation"}
OWN_DEED_VERBS = {"carry", "conduct", "launch", "stage"}
MODIFIERS = {"compound": 0, "amod": 0, "nmod": 0, "poss": 1, "appos": 2}  # in the order they name a phrase


def parties(frame: Frame, resolved, actors: ArticleActors, drafts: list[Draft], lex: Lexicon
            ) -> tuple[list[Entity], list[Entity]]:
    """The actor and the recipient of a frame. The doer of the act a reaction is about is its
    recipient, even one of the reacting side ("condemned Serbia's crackdown", "is investigating abuses
    by its own police"). Else the recipient is the first of these that names a real party: the
    frame's own slot, its default, a party its trigger words name ("fired at X"), the actor of an
    earlier event it names ("condemned the launch"), the subject of the clause it governs ("demanded
    that X cancel"), a party inside its object ("denounced Serbia's suppression"); the last two not
    for reciprocal frames. A party is real when it is not the actor's own side and is named by more
    than a bare noun ("troops", whose country is only the story's): such a recipient is kept only
    when nothing better is named. A protest, crackdown or attack with no recipient at all is aimed
    at the state it happens in, else at the protesters' or police's own state; so is any other act
    of one state's side but a meeting or a complaint ("agreed to open an office in Jakarta"), and a
    crackdown, attack or show of force named as a light verb's object ("reimposed blockades in the
    West Bank"); a pledge naming no recipient is for whoever the article's earlier aid was for; one
    in the passive with no agent is done by the state it happens in, as coders of single sentences
    code them. A meeting's host named by a participle ("a conference hosted by the UN") meets the
    sides of what is done at it, and where a mediation is held is no side of it. A state body that
    reports strikes or an expulsion without naming who made them made them itself, and an expelled
    envoy named by a common noun alone is the rival's, never the expeller's own. An arrest told in a
    finite passive naming neither side ("the two men were detained near Batumi") is made by whoever
    seized them earlier in the paragraph, else by the state of the place named, else by a police or
    army speaker reporting it, else by the story's; a meeting "of the two ministers" is held by that pair.
    Victims of a passive act named with another state than its place ("Russian soldiers were killed
    in Ukraine") are its recipient, and whom a side "engaged in a firefight" is the side fought. A bare
    "the two" or "both" subject is the pair of this sentence or the one before; "a similar call" asks
    whom the call before asked; "called the ban unlawful" is aimed at the ban's maker; and a threat at
    whose things the threatened act would hit ("warned that Kyiv could ban imports of Romanian grain").
    Asking to join an act told before ("asked to take part in future operations") is aimed at those who
    did it, and an offer naming no one right after the side's own request at those it asked. A state
    body in a "where" clause is of the place the clause describes ("flown to Chennai, where a court
    remanded him"), and a bare "allies" is the alliance its sentence names."""
    if _hosted_event(frame, lex):
        return _host_and_sides(frame, resolved, actors, drafts)
    frame = _subject_after_interval(_subject_joined_to_date(_misjoined_past_verb(_misparsed_main_verb(frame))))
    frame = _request_joined_to_said_clause(_joined_to_said_clause(_joined_across_sayer(frame)), resolved)
    actor = entities(_praised_doers(frame.head) or _caused_doers(frame.head) or frame.actors or _parataxis_subject(frame.head) or _numbered_of(frame)
                     or _participles_noun(frame.head), resolved, actors, drafts)
    actor = actor or _reported_expeller(frame, resolved)
    if frame.trigger.type == "PROTEST" and frame.actors and not codes(actor) and all(
            _protesters(t, frame.head) and t.lemma_.lower() not in lex.nouns for t in frame.actors):
        # "stallholders kept their stalls shut in protest": protesters the story does not place are
        # people of the place the protest is held in, else of the story's state (not "the violence")
        actor = _people_here(frame, resolved, actors) or actor
    if (here := _where_antecedent(frame.head, resolved)) is not None:
        # "flown to Chennai, where a court remanded him": a state body of the place, not of the story's
        # state; people there may be anyone's
        actor = [replace(e, country=here.country) if noun_only(e) and e.sector in STATE_BODY_SECTORS - {None}
                 else e for e in actor]
    recipient = _recipient(frame, actor, resolved, actors, drafts, lex)
    recipient = _speakers_people(frame, actor, recipient, resolved)
    recipient = _pushed_into(frame, actor, recipient, resolved) or recipient
    if actor and _passive_sharing_subject(frame):
        # "Garcia appeared in court and was released on bail": he is released, by whoever held him
        holder = _holders_deed(frame, drafts)[0] if frame.trigger.mode in RELEASE_MODES else []
        actor, recipient = holder, actor
    donors = entities(_sent_from(frame.head), resolved, actors, drafts) if frame.trigger.type == "AID" else []
    if donors and not actor:
        # "relief flights from India and Japan landed": those it came from gave it, to the story's state
        actor = donors
        recipient = [e for e in recipient if all(e.name != d.name for d in donors)] or _story_state(actors, donors)
    if frame.trigger.type == "AID":
        # "donor governments pledged aid for Sudan": a body named without a country is not the
        # one it aids (the story's country is the recipient's)
        aided = {e.country for e in recipient}
        actor = [replace(e, country=None) if _bare(e) and e.country in aided else e for e in actor]
    arrest = _agentless_arrest(frame)
    if not actor and arrest:
        # "Coast guards boarded the trawler. Its crew were detained": by the seizer told before
        actor = _holder_in_paragraph(frame, drafts)
    if not actor and frame.trigger.type in AGENTLESS_TYPES and _passive(frame.head):
        recipient = _victims_abroad(frame, recipient, resolved, actors, drafts) or recipient
        actor = entities(_when_clause_subjects(frame.head), resolved, actors, drafts)
    if not actor and recipient and frame.trigger.type in AGENTLESS_TYPES and _passive(frame.head):
        # "a missionary was arrested in Lebanon", "soldiers killed in Ukraine": no agent is named,
        # so coders take the state where it happens ("killed in Israeli shelling": the one that
        # shelled), unless that place is all the recipient is, or the victims are its own people ("Malian
        # farmers killed in Mali"; an arrest there is the state's own: "a Congolese activist was arrested in Kinshasa")
        own_killed = frame.trigger.type == "ASSAULT"
        actor = [e for e in _place(frame.head, resolved) if all(
            e.name != r.name and not (own_killed and _real(r, set()) and r.country == e.country) for r in recipient)]
    if not actor and (arrest or frame.trigger.type == "ASSAULT" and _passive(frame.head)
                      and not _own_victims(frame, recipient)):
        # "four of the gunmen were killed, the army said": by the speaker's own forces
        actor, recipient = _arresting_speaker(frame, recipient, resolved)
    if not actor and not recipient and arrest:
        actor = _place(frame.head, resolved) or _story_state(actors, [])
    if not actor and frame.trigger.type == "ASSAULT" and _agentless_strikes(frame.head):
        actor, recipient = _speakers_strikes(frame, recipient, resolved)
    if not actor and not recipient and _agentless_finite_passive(frame):
        actor, recipient = _holders_deed(frame, drafts)
    return actor, recipient


PRAISING = {"praise", "thank", "commend", "congratulate", "applaud", "hail", "laud", "salute"}


def _praised_doers(head) -> list:
    """Who did a deed a side is praised for ("praised the two governments for working together",
    "thanked Oman for mediating"): the praised object, not the praiser."""
    if head.dep_ != "pcomp" or head.head.lower_ != "for" or head.head.head.lemma_ not in PRAISING:
        return []
    return [c for c in head.head.head.children if c.dep_ == "dobj"]


# "the row prompted Nigeria to summon the envoy", "forced Kenya to recall": whom a verb makes do an act does it
# (unlike "ordered the army to seal the border", where the commander's side acts, or "urged Israel to allow", an
# act only asked for, which is the asker's request)
CAUSING = {"prompt", "force", "lead", "push", "cause", "compel", "drive", "spur", "oblige", "persuade", "convince"}


def _caused_doers(head) -> list:
    """Whom a verb makes do an act (object control: "the row prompted Nigeria to summon the
    envoy and send ships": Nigeria summons and sends), not the verb's subject; else []."""
    verb = head
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        verb = verb.head  # "to summon X and send Y"
    if verb.dep_ != "xcomp" or not to_infinitive(verb) or verb.head.lemma_.lower() not in CAUSING:
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]


ARREST_MODES = {"arrest"}
ANYONE = {"someone", "anyone", "anybody", "somebody", "everyone", "whoever"}


def _agentless_arrest(frame: Frame) -> bool:
    """Whether the deed is an arrest told in a finite passive with no agent ("the two men were
    detained on Friday in a village near Batumi", "the clerk was arrested last week"): the
    authorities of the place it happens in, else of the story's own state, made it; not a habit
    ("every time someone is arrested")."""
    if frame.trigger.type != "COERCE" or frame.trigger.mode not in ARREST_MODES:
        return False
    children = list(frame.head.children)  # a finite passive: "a cyclist detained since May" retells
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children) \
        and not any(c.dep_ == "nsubjpass" and c.lower_ in ANYONE for c in children)


SECURITY_SECTORS = {"COP", "MIL"}  # a speaker whose own forces make arrests and kill attackers


def _arresting_speaker(frame: Frame, recipient: list[Entity], resolved) -> tuple[list[Entity], list[Entity]]:
    """An arrest or killing told in a passive naming no agent, of people named by a noun alone, reported
    by a police or army speaker named with a state ("At least 20 people were arrested, a police spokesman
    in Banjul said"): that speaker's side did it, and the people are its own, not the story's."""
    speaker = _speaker(frame.head, resolved)
    if speaker is None or speaker.sector not in SECURITY_SECTORS or not all(noun_only(e) for e in recipient):
        return [], recipient
    return [speaker], [replace(e, country=speaker.country) for e in recipient]


def _own_victims(frame: Frame, recipient: list[Entity]) -> bool:
    """Whether those hurt in a passive attack are the reporting side's own ("one of its soldiers was
    killed, the army said"; "two police officers were wounded"): then the speaker did not do it."""
    victims = [t for c in frame.head.children if c.dep_ == "nsubjpass" for t in c.subtree]
    return any(t.lower_ in OWN_WORDS for t in victims) or any(e.sector in SECURITY_SECTORS for e in recipient)


# what the side holding seized people or boats does to them next, told in a passive with no agent
HOLDER_TYPES = {"ASSAULT", "RETREAT"}
RELEASE_MODES = {"release"}  # a holder letting seized people or boats go
HOLDER_MODES = {"ASSAULT": None, "RETREAT": RELEASE_MODES}
# what a holder's fire or ramming hits, told with no agent ("a third boat was fired on"); people hurt
# so ("a fisherman was injured") may have been hurt by anyone
HELD_CRAFT = SHIP_NOUNS | {"craft", "dinghy", "skiff", "canoe"}
HOLDING_MODES = {"arrest", "seize"}  # the earlier deed that made a side the holder
RELEASE_WORDS = {"release", "free"}  # "demanded his release": a request to the holder


def _agentless_finite_passive(frame: Frame) -> bool:
    """Whether the deed is told in a finite passive with no agent, of a thing or people named by a
    common noun or adjective ("a 16-year-old among them was released on Sunday", "a third boat was fired on")."""
    if frame.trigger.type not in HOLDER_TYPES or frame.trigger.pos != "verb":
        return False
    modes = HOLDER_MODES[frame.trigger.type]
    children = list(frame.head.children)
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ not in {"NOUN", "ADJ"} or any(c.dep_ in {"agent", "aux"} for c in children):
        return False  # "the buildings would be demolished": no deed yet
    if frame.trigger.type == "ASSAULT" and subject.lemma_.lower() not in HELD_CRAFT:
        return False
    return (modes is None or frame.trigger.mode in modes) and any(c.dep_ == "auxpass" for c in children)


def _passive_sharing_subject(frame: Frame) -> bool:
    """Whether the trigger is a passive joined to an active verb whose subject it shares ("Garcia
    appeared before a court and was released on bail"): that subject undergoes the act, not does it."""
    head = frame.head
    if head.dep_ != "conj" or head.head.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in head.children):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in head.children):
        return False
    first = head.head
    return not any(c.dep_ in {"auxpass", "nsubjpass"} for c in first.children) \
        and any(c.dep_ == "nsubj" and c in frame.actors for c in first.children)


def _holders_deed(frame: Frame, drafts: list[Draft]) -> tuple[list[Entity], list[Entity]]:
    """"Navy patrols seized two boats ... One boat was fired on", "... a minor among them was
    released": the side the article last told seizing or detaining people or boats did it, to whom it
    held."""
    held = next((d for d in reversed(drafts) if d.frame.trigger.type == "COERCE" and d.actor
                 and d.frame.trigger.mode in HOLDING_MODES and len({e.country for e in d.actor}) == 1), None)
    return (held.actor, held.recipient) if held is not None else ([], [])


def _holder_in_paragraph(frame: Frame, drafts: list[Draft]) -> list[Entity]:
    """The side that, earlier in the same paragraph, seized the boat or people an agentless arrest
    then holds: "Coast guards boarded the trawler on Monday. Its crew were detained overnight"."""
    paragraph = [d for d in drafts if d.frame.head.doc is frame.head.doc]
    return _holders_deed(frame, paragraph)[0]


PUSHED_MODES = {"deport"}
PUSHED_INTO = {"into"}


def _pushed_into(frame: Frame, actor: list[Entity], recipient: list[Entity], resolved) -> list[Entity]:
    """The state refugees are pushed into, for a pushback whose recipient is only their nationality
    ("border guards escorted Eritrean migrants to the fence and made them cross into Sudan": Sudan)."""
    if frame.trigger.mode not in PUSHED_MODES or not recipient or any(e.sector != "REF" for e in recipient):
        return []
    own = codes(actor + recipient)
    places = [t for t in frame.head.subtree if t.dep_ == "pobj" and t.head.lower_ in PUSHED_INTO]
    return [e for e in _inside(places, resolved, own) if e.kind == "state" and e.country not in own]


def _release_demanded(frame: Frame) -> bool:
    """Whether a request is for someone's release ("demanded his immediate release", "called for
    the crew to be freed"): asked of whoever holds them."""
    return frame.trigger.type == "REQUEST" and frame.trigger.mode == "yield" \
        and any(t.lemma_.lower() in RELEASE_WORDS for t in frame.head.subtree)


def _numbered_of(frame: Frame) -> list:
    """The numbered group an event noun's "of" names when no doer is found ("a meeting of the two
    foreign ministers", "talks of the three leaders"): those who hold it."""
    if frame.trigger.pos != "noun" or frame.recipients:
        return []
    return [o for o in _of_objects(frame.head) if numbered_group(o) is not None]


def _agentless_strikes(head) -> bool:
    """Whether the deed is done by strikes told without their maker ("air strikes carried out on
    Sunday had killed scores of militants"): no 'by' names who carried them out."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in STRIKE_NOUNS:
        return False
    return any(c.dep_ == "acl" and c.lemma_.lower() in OWN_DEED_VERBS
               and not any(g.dep_ == "agent" for g in c.children) for c in subject.children)


def _when_clause_subjects(head) -> list:
    """Who does what a "when" clause on an agentless passive tells, which is how the deed was done
    ("a herder was killed near Kumarpara when Indian border police opened fire"): the police did it,
    not the state of the village named; the parser may hang the clause on the place's noun."""
    return [s for c in head.subtree if c.dep_ in {"advcl", "relcl"} and _clause_of(c.head, head)
            and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)
            for s in c.children if s.dep_ == "nsubj"]


def _clause_of(tok, head) -> bool:
    """Whether a word is in ``head``'s own clause, not in a clause below it ("killed near the
    village ..." : "village" is in "killed"'s clause)."""
    while tok != head:
        if tok.pos_ in {"VERB", "AUX"} or tok.dep_ in CLAUSES:
            return False
        tok = tok.head
    return True


def _speakers_strikes(frame: Frame, recipient: list[Entity], resolved) -> tuple[list[Entity], list[Entity]]:
    """"Chad's army said air strikes carried out on Sunday killed scores of militants near
    Bol": a state's body reporting strikes whose maker it does not name tells of its own; people
    named by a bare noun are of the state the place named lies in."""
    speaker = _speaker(frame.head, resolved)
    if speaker is None or speaker.org:
        return [], recipient
    place = _place(frame.head, resolved)
    if place:
        recipient = [replace(e, country=place[0].country) if _bare(e) else e for e in recipient]
    return [speaker], recipient


def _reported_expeller(frame: Frame, resolved) -> list[Entity]:
    """"The foreign ministry said the attaches had been declared persona non grata": a state's
    body reporting an expulsion told in the passive with no agent made it itself."""
    if frame.trigger.mode != "expel" or not _passive(frame.head) \
            or any(c.dep_ == "agent" for c in frame.head.children):
        return []
    speaker = _speaker(frame.head, resolved)
    return [speaker] if speaker is not None and not speaker.org else []


def _misparsed_main_verb(frame: Frame) -> Frame:
    """'The Philippines, which chairs the bloc, offered to host talks': a participle parsed as
    modifying a sentence that is only a noun, set off from it by a comma and with an object or an
    infinitive of its own, is the sentence's main verb, and that noun its subject, not its object;
    so is one right after a noun that takes its own infinitive (``_infinitive_next``)."""
    verb, noun = frame.head, frame.head.head
    if frame.actors or verb.dep_ != "acl" or noun.pos_ not in {"NOUN", "PROPN"}:
        return frame
    if not (noun.dep_ == "ROOT" and _after_comma(verb) and any(c.dep_ in {"xcomp", "dobj"} for c in verb.children)
            or noun.dep_ in {"ROOT", "nsubj"} and _infinitive_next(verb, noun)):
        return frame
    return replace(frame, actors=[noun], recipients=[t for t in frame.recipients if t.i != noun.i],
                   alternates=[t for t in frame.alternates if t.i != noun.i])


def _after_comma(verb) -> bool:
    """Whether a comma sets a verb off from the words before it ("The Philippines, which chairs
    the bloc, offered ...")."""
    return verb.i >= 1 and verb.doc[verb.i - 1].text == ","


# verbs whose infinitive their own subject is to do ("offered to help", "vowed to retaliate")
OWN_INFINITIVE_VERBS = {"offer", "agree", "pledge", "vow", "promise", "threaten", "refuse", "decide", "decline"}


def _infinitive_next(verb, noun) -> bool:
    """Whether a participle right after the noun it is parsed as modifying takes an infinitive the
    noun itself is to do ("Peru's trade minister offered on Monday to let ... and said ..."): it is
    the noun's own verb; not "troops ordered to withdraw", told to by others."""
    return verb.i == noun.i + 1 and verb.lemma_.lower() in OWN_INFINITIVE_VERBS \
        and any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)


def _misjoined_past_verb(frame: Frame) -> Frame:
    """'Germany, whose carmakers fear Beijing could raise tariffs, urged the Commission': a past
    verb after a comma, with no subject of its own, parsed as joined to a verb of another tense
    inside the relative clause, is the main verb of the noun that opens the sentence."""
    verb = frame.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.head.tag_ == "VBD" or verb.i < 1 \
            or verb.doc[verb.i - 1].text != "," or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return frame
    opener = _relative_opener(verb.sent)
    if opener is None or opener.i > verb.head.i:
        return frame
    return replace(frame, actors=[opener], recipients=[t for t in frame.recipients if t.i != opener.i])


def _subject_joined_to_date(frame: Frame) -> Frame:
    """'Back in March, Chile, Peru and Bolivia closed the crossings': the names after the comma of an
    opening date, parsed as joined to the date, are the subjects of a verb that has none of its own."""
    verb = frame.head
    if frame.actors or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return frame
    first = next((t for t in verb.doc[verb.sent.start:verb.i] if t.dep_ == "conj" and t.pos_ == "PROPN"
                  and t.head.ent_type_ in {"DATE", "TIME"} and t.head.i < t.i and verb.doc[t.i - 1].text == ","
                  and verb in t.head.ancestors), None)
    if first is None:
        return frame
    subjects = [first, *(c for c in first.conjuncts if c.i > first.i)]
    return replace(frame, actors=subjects, recipients=[t for t in frame.recipients if t not in subjects])


INTERVAL_PREPS = {"after", "before"}


def _subject_after_interval(frame: Frame) -> Frame:
    """'a day after a court in Grodno sentenced him': the subject of a clause opened by an interval,
    parsed as the object of the interval's "after", not the main clause's subject."""
    verb = frame.head
    if verb.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return frame
    subjects = [o for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i
                for p in c.children if p.dep_ == "prep" and p.lower_ in INTERVAL_PREPS
                for o in p.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} and o.i < verb.i]
    return _done_by(frame, subjects[:1])


def _joined_across_sayer(frame: Frame) -> Frame:
    """'The ministers met on Monday, both ministries said, and agreed to ...': a verb with no subject of
    its own, joined by "and" to a parenthetical verb of saying, shares the subject of the clause the
    saying tells before it, not the sayer's."""
    verb, sayer = frame.head, frame.head.head
    if verb.dep_ != "conj" or sayer.lemma_.lower() not in SAY or sayer.i > verb.i \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return frame
    told = next(iter(said_before(sayer)), None)
    subjects = [c for c in told.children if c.dep_ in {"nsubj", "nsubjpass"}] if told is not None else []
    return _done_by(frame, subjects)


def _joined_to_said_clause(frame: Frame) -> Frame:
    """'The agency said that harvests were poor, and urged Egypt to ...': a verb with no subject of its
    own, joined by a comma and "and" to the verb of a "that" clause told by a verb of saying, is the
    sayer's next act, done by the sayer's subject, not by the subject of what was said."""
    verb, told = frame.head, frame.head.head
    sayer = told.head
    if verb.dep_ != "conj" or told.dep_ != "ccomp" or sayer.lemma_.lower() not in SAY or sayer.i > told.i \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in told.children) \
            or verb.doc[verb.i - 2].text != "," or verb.doc[verb.i - 1].dep_ != "cc" \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return frame
    subjects = [c for c in sayer.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return _done_by(frame, subjects)


def _request_joined_to_said_clause(frame: Frame, resolved) -> Frame:
    """'UNHCR said forcible returns breached the law and called on Tanzania to ...': a request with no
    subject of its own, joined to a said clause whose subject names no party, is the sayer's."""
    verb, told = frame.head, frame.head.head
    sayer = told.head
    if frame.trigger.type != "REQUEST" or verb.dep_ != "conj" or told.dep_ != "ccomp" \
            or sayer.lemma_.lower() not in SAY or sayer.i > told.i \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return frame
    said = next((c for c in told.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if said is None or said.i in resolved.by_token or said.pos_ not in {"NOUN"}:
        return frame
    return _done_by(frame, [c for c in sayer.children if c.dep_ in {"nsubj", "nsubjpass"}])


def _done_by(frame: Frame, subjects: list) -> Frame:
    """The frame with the first subject and those joined after it as its doers, none of them a recipient."""
    if not subjects:
        return frame
    subjects = [*subjects, *(c for c in subjects[0].conjuncts if c.i > subjects[0].i)]
    return replace(frame, actors=subjects, recipients=[t for t in frame.recipients if t not in subjects])


def _relative_opener(sent):
    """The name opening a sentence with a relative clause set off by a comma ("Germany, whose
    carmakers fear ...", "Chile, which chairs the bloc, ..."), if any."""
    first = next((t for t in sent if t.pos_ in {"NOUN", "PROPN"}), None)
    if first is None or first.i + 1 >= len(first.doc) or first.doc[first.i + 1].text != ",":
        return None
    return first if any(c.dep_ == "relcl" for c in first.children) else None


def _hosted_event(frame: Frame, lex: Lexicon) -> bool:
    """Whether a frame is a participle telling who hosted a meeting the sentence names ("a conference
    hosted by the UN in Geneva", "the talks, hosted in Accra"): its object is the meeting, no party."""
    return hosting_participle(frame.head) \
        and any(t.type == "CONSULT" for t in lex.nouns.get(frame.head.head.lemma_.lower(), ()))


def _host_and_sides(frame: Frame, resolved, actors: ArticleActors, drafts: list[Draft]
                    ) -> tuple[list[Entity], list[Entity]]:
    """The host of a hosted meeting (the agent, "hosted by the UN", else the state of its venue, "hosted
    in Accra") and its other sides: the parties of the act done at it ("pledged aid for Sudan at a
    conference hosted by ..."), else the two sides told before (the host may be one of them)."""
    agents = [c for a in frame.head.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
    host = entities(agents, resolved, actors, drafts) or _place(frame.head, resolved)
    own = codes(host)
    meeting = frame.head.head
    done_at = [d for d in drafts if d.frame.head.doc is meeting.doc and d.frame.head.i != frame.head.i
               and any(t.i == d.frame.head.i for t in meeting.ancestors)]
    told = [d for d in drafts if not _cited_accord(d)]
    parts = [e for d in done_at[-1:] for e in d.actor + d.recipient] or two_sides(told, drafts, "any")
    return host, distinct([e for e in parts if (e.country or e.org) not in own | {None}], "any")


CITING = {"under", "by", "per"}  # "claims the coast under a 1920 treaty between X and Y"


def _cited_accord(draft: Draft) -> bool:
    """Whether an event is an accord a claim cites as its ground ("claims the lake under an 1890
    treaty between Britain and Germany"): its signatories are no sides of today's talks."""
    head = draft.frame.head
    return draft.frame.trigger.pos == "noun" and head.dep_ == "pobj" and head.head.lower_ in CITING


def _victims_abroad(frame: Frame, recipient: list[Entity], resolved, actors: ArticleActors, drafts: list[Draft]
                    ) -> list[Entity]:
    """The victims a passive act names, when they are of another state than the place that was taken
    for its recipient ("five Russian soldiers were killed in Ukraine": the soldiers, not Ukraine, whose
    state coders then take for the agent); [] when the recipient is no bare place."""
    if not recipient or any(e.kind != "state" for e in recipient):
        return []
    places = codes(recipient)
    named = frame.recipients or ([frame.head.head] if frame.head.dep_ == "acl" else [])  # "soldiers killed in"
    victims = [e for e in entities(named, resolved, actors, drafts) if e.kind == "group"]
    return victims if victims and all(e.country and e.country not in places for e in victims) else []


def _recipient(frame: Frame, actor: list[Entity], resolved, actors: ArticleActors, drafts: list[Draft],
               lex: Lexicon) -> list[Entity]:
    own = codes(actor)
    if frame.doers:  # "Croatia is investigating crimes by Croatian police": even its own side's deed
        doers = [e for e in entities(frame.recipients, resolved, actors, drafts)
                 if all(e.name != a.name for a in actor)]
        if doers:
            return doers
    fallback: list[Entity] = []
    for found in _recipient_candidates(frame, resolved, actors, drafts, lex, own):
        found = [e for e in found if all(e.name != a.name for a in actor)]
        if any(_real(e, own) for e in found):
            return found
        fallback = fallback or found
    if frame.trigger.type == "AID":
        # "the AU gave 5 million dollars from its Peace Fund to the mission": the donor's own body gives, is not aided
        fallback = [e for e in fallback if not (e.org and e.org in own)]
    if not fallback and actor and frame.trigger.type == "AID" and frame.trigger.pos == "verb":
        return _aided_people(frame, actor, resolved, actors, own) or _aided(frame, drafts, actors, own)
    if not fallback and frame.trigger.type == "REQUEST" and _calming(frame):
        # "the United States called for an immediate de-escalation": of the two sides of the conflict told
        # (the caller's own side is asked only of the other: "Ethiopia called for calm")
        conflicts = [d for d in drafts if d.frame.trigger.type in CONFLICT_TYPES]
        return [e for e in two_sides(conflicts, drafts, "any") if (e.country or e.org) not in own]
    if not fallback and actor and _release_demanded(frame):
        # "Algiers ... demanded his immediate release": of the side the article last told detaining
        holder = [e for e in _holders_deed(frame, drafts)[0] if (e.country or e.org) not in own]
        if holder:
            return holder
    if not fallback and actor and (frame.trigger.mode == "third-party" or _convening(frame)):
        # "thanked the UAE for its mediation": between the two states told before, the mediator neither
        return two_sides(drafts, drafts, "state", own)
    if _home_deployment(frame, actor, fallback, own):
        # "Ecuador sent soldiers to the border province of El Oro": aimed at the other side of its quarrel
        return _rival([d for d in drafts if d.frame.trigger.type in CONFLICT_TYPES], own) or fallback
    if _own_envoys_recalled(frame, fallback, own) and (rival := _rival(drafts, own)):
        # "Yemen recalled its ambassador": from the state it was posted to, the other side of its quarrel
        return rival
    if _own_envoys_expelled(frame, fallback, own):
        # "the foreign ministry declared the attache persona non grata": the envoy is the rival's
        rival = _rival(drafts, own)
        return [replace(e, country=rival[0].country) for e in fallback] if rival else fallback
    if not fallback and actor and _story_place(frame.recipients):
        # "Russia's Gazprom halted gas deliveries to the region": the place the story is about
        return _story_state(actors, actor)
    if not fallback and not actor and _unattributed_attack(frame):
        # "the blast destroyed a pylon near Mitrovica", "the shelling of a border post in Mandera": an
        # attack no one is named for hits the state it happens in
        return _place(frame.head, resolved)
    if fallback or not actor or frame.reciprocal or frame.trigger.weight < PLACE_WEIGHT:
        return fallback
    kind = frame.trigger.type
    if frame.inherited == "object" and kind in DEED_TYPES:
        # "Israel reimposed blockades in the West Bank", "forces were engaged in ethnic cleansing in
        # Montenegro": a deed named as the object of a light verb is aimed at the state its clause places it in
        return _place(_light_verb(frame.head), resolved, own)
    if not frame.inherited and (kind in PLACE_TYPES or (kind not in VENUE_TYPES and len(own) == 1)):
        # "imposed a curfew in Algiers", "agreed to open an office in Jakarta": the state it is
        # done in; else protesters and police act within their own state ("Egyptian demonstrators rioted")
        # a protest or attack at a summit is aimed at the host; a veto cast at one is not
        venues = None if kind in PLACE_TYPES else lex
        aimed = kind in AIMED_AT_BODIES  # a protest or attack at an embassy is aimed at the embassy's state
        found = _place(frame.head, resolved, own, venues, bodies=aimed) or _own_state(actor, frame, actors) \
            or _body_at_work(actor, actors)
        if found and kind in VICTIM_TYPES and (kind == "ASSAULT" or frame.trigger.mode in HOLDING_MODES) \
                and len(own) == 1 and codes(found) <= own and not _passive(frame.head) and (rival := _rival(drafts, own)):
            # "gendarmes boarded seven wooden boats near Idabato": what one side seizes or attacks in a story
            # of two states is the other's, not its own, though the place is its own
            return rival
        return found
    return fallback


def _unattributed_attack(frame: Frame) -> bool:
    """Whether a frame is an attack told as a deed on something (a verb, or a noun with its object:
    "the shelling of a border post"), not a state of affairs ("violence in Sinaloa", "the war in Gaza")."""
    return frame.trigger.type == "ASSAULT" and not frame.reciprocal and frame.trigger.weight >= PLACE_WEIGHT \
        and (frame.trigger.pos == "verb" or bool(frame.recipients))


AIMED_AT_BODIES = {"PROTEST", "ASSAULT"}  # not an arrest "at the French embassy": the host state makes it
CONVENING = {"convene"}  # "stood ready to convene a meeting": a third party's meeting of the sides


def _convening(frame: Frame) -> bool:
    """Whether a frame offers to convene a meeting with no side named ("the bloc stood ready to convene
    a meeting"): between the two states told before, as a mediation is."""
    return frame.head.lemma_.lower() in CONVENING and frame.trigger.type in TALKS_TYPES


def _own_envoys_expelled(frame: Frame, found: list[Entity], own: set[str]) -> bool:
    """Whether an expulsion's recipients are named by a common noun alone and so took the
    expeller's country ("Zagreb declared the attache persona non grata"): a state expels
    another's envoys, never its own."""
    return frame.trigger.mode == "expel" and bool(found) and bool(own) \
        and all(e.name == e.name.lower() and e.country in own for e in found)


RECALL_MODES = {"withdraw"}


def _own_envoys_recalled(frame: Frame, found: list[Entity], own: set[str]) -> bool:
    """Whether a diplomatic withdrawal names only the actor's own envoys ("recalled its ambassador
    for consultations"): the recall is aimed at the state they leave, not at the actor itself."""
    return frame.trigger.mode in RECALL_MODES and frame.trigger.context == "diplomatic" and bool(found) \
        and bool(own) and all(e.country in own and not e.org for e in found)


def _body_at_work(actor: list[Entity], actors: ArticleActors) -> list[Entity]:
    """The story's state, for an act of an international body that names no other side ("the UN
    refugee agency suspended its operations at the camp"): it acts in the state the story is about."""
    if not actor or any(e.country or not e.org for e in actor):
        return []
    return _story_state(actors, actor)


def _no_venue(frame: Frame, own: set[str]) -> list:
    """The frame's default recipients but a place a mediation or hosting is held in ("offered to host
    talks in Nairobi"), or a meeting of two or more sides is ("the two ministers met in Geneva"): the
    venue is no side of the talks, whose sides are those told before or the actors; nor the place a
    statement opens with ("In Geneva, a UN spokesperson called on all parties in Darfur")."""
    # a deed's opening place is its target ("In Gaza, soldiers shelled ..."); a statement's is not
    alternates = [t for t in frame.alternates if frame.trigger.type in DEED_TYPES or not _fronted_place(t)]
    if frame.trigger.mode != "third-party" and not (frame.trigger.type == "CONSULT" and len(own) > 1):
        return alternates
    return [t for t in alternates if not (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS)]


def _fronted_place(tok) -> bool:
    """Whether a token is the place a clause opens with, before its subject ("In Geneva" in "In
    Geneva, the UN urged ..."): where the speaker was, not whom they addressed."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS or tok.head.dep_ != "prep":
        return False
    verb = tok.head.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and tok.head.i < min(c.left_edge.i for c in subjects)


SHARED_SUBJECT = {"oprd", "xcomp"}


def _protesters(tok, head) -> bool:
    """Whether a word names people by a noun as the subject of the protest's own verb ("drivers blocked
    the road", "traders kept their shops shut in protest"); not "nobody", nor the speaker of a verb of
    naming the act is told under ("what the command described as obstructing traffic")."""
    while tok.dep_ == "conj":
        tok = tok.head
    verb = _light_verb(head)
    while verb.dep_ in SHARED_SUBJECT:  # "kept their shops shut in protest": the subject of "kept"
        verb = verb.head
    return tok.pos_ in {"NOUN", "NUM"} and tok.dep_ == "nsubj" and tok.head in (head, verb)


def _where_antecedent(head, resolved) -> Entity | None:
    """The state of the place a "where" clause telling the event describes ("flown to Chennai,
    where a court remanded him": India)."""
    if head.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in head.children):
        return None
    mention = resolved.by_token.get(head.head.i)
    entity = mention.entity if mention is not None else None
    return entity if entity is not None and entity.kind == "state" and entity.country else None


def _people_here(frame: Frame, resolved, actors: ArticleActors) -> list[Entity]:
    """The people of the state a protest's clause puts it in, else of the story's state."""
    state = (_place(_light_verb(frame.head), resolved, own_phrase=True) or _story_state(actors, []) or [None])[0]
    if state is None:
        return []
    return [Entity(text=state.name, name=f"people of {state.name}", country=state.country, kind="group")]


def _light_verb(noun):
    """The verb a nominal event is the object of ("reimposed blockades", "engaged in ethnic cleansing")."""
    while noun.dep_ in {"dobj", "pobj", "prep", "compound"} and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _story_state(actors: ArticleActors, others: list[Entity]) -> list[Entity]:
    """The story's own state (its dateline's), unless it is one of ``others``."""
    if actors.home is None or actors.home in {e.country for e in others}:
        return []
    name = actors.kb.countries.get(actors.home, actors.home)
    return [Entity(text=name, name=name, country=actors.home, kind="state")]


STORY_PLACES = {"region", "province", "territory", "enclave"}


def _story_place(tokens) -> bool:
    """Whether a recipient is a place named by "the" and a common noun alone ("halted deliveries to
    the region", "sent aid to the enclave"): the place the story is about."""
    return any(t.lemma_.lower() in STORY_PLACES and t.pos_ == "NOUN"
               and [c.lower_ for c in t.children] == ["the"] for t in tokens)


def _sent_from(head) -> list:
    """The senders an aid noun's "from" names, on it or on the noun it qualifies ("relief flights from
    India and Japan", "aid from the EU")."""
    nouns = [head, head.head] if head.dep_ in {"compound", "amod"} else [head]
    return _prep_objects(nouns, "from")


def _prep_objects(words, prep: str) -> list:
    """The objects of the ``prep`` these words take, and the words joined to them ("from India and
    Japan": India, Japan)."""
    objects = [g for w in words for p in w.children if p.dep_ == "prep" and p.lower_ == prep
               for g in p.children if g.dep_ == "pobj"]
    return objects + [c for o in objects for c in o.conjuncts]


def _recipient_candidates(frame: Frame, resolved, actors: ArticleActors, drafts: list[Draft], lex: Lexicon,
                          own: set[str]):
    alternates = _no_venue(frame, own)
    # "threatened to take the matter to the WTO": the court or body a case goes to is no side of it
    recipients = [t for t in frame.recipients if not _meeting_venue(t, lex) and not _case_venue(t, resolved)
                  and not _backing(t, lex)]
    if frame.trigger.type == "AID":
        recipients = [_operations_place(t) for t in recipients]
    yield entities(recipients, resolved, actors, drafts)
    if frame.trigger.type == "MOBILIZE":
        yield entities(_watched(frame.head), resolved, actors, drafts)
    yield entities(alternates, resolved, actors, drafts)
    yield _first_verbs_recipient(frame, drafts)
    yield entities(_engaged(frame.head), resolved, actors, drafts)
    if frame.trigger.type in VICTIM_TYPES and not frame.reciprocal:
        yield [e for e in entities(_victims_beside(frame.head, lex), resolved, actors, drafts) if _real(e, own)]
    yield [e for e in entities(_no_forum(frame.tokens[1:], resolved), resolved, actors, drafts) if e.country or e.org]
    if frame.trigger.type == "AID":
        yield entities(_helped(frame.head), resolved, actors, drafts)
    yield entities(_accused(frame.head), resolved, actors, drafts)
    yield entities(_addressed(frame.head), resolved, actors, drafts)
    yield _like_earlier(frame, drafts, own)
    yield _claimed_attackers(frame, resolved, actors, drafts, lex, own)
    yield event_object(frame, drafts, lex, own)
    yield _joined_sides(frame, drafts, lex, own)
    yield _asked_before(frame, drafts, own)
    yield critics(frame, drafts, lex, own)
    if frame.reciprocal:
        return  # "X and Y met": both sides are the actors
    yield _disputant(frame, drafts, own)
    yield entities(_clause_subjects(frame.head, frame.trigger.type == "THREATEN"), resolved, actors, drafts)
    yield entities(_permitted(frame.head), resolved, actors, drafts)
    yield entities(_between(frame.tokens), resolved, actors, drafts)
    yield _inside(recipients + alternates + [t for t in _objects(frame) if not _backing(t, lex)], resolved, own)
    if frame.trigger.type == "THREATEN":
        yield _inside(_threatened(frame.head), resolved, own)


JOINING = {"join", "participate", "part"}  # "asked to join the patrols", "to take part in future operations"


def _joined_acts(head) -> list:
    """The nouns of acts a clause under the head asks or offers to join ("asked to take part in future
    operations": "operations"; "offered to join the patrols": "patrols")."""
    verbs = [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    joiners = [w for v in verbs for w in [v, *v.children] if w.lemma_.lower() in JOINING and w.dep_ != "prep"]
    found = []
    for w in joiners:  # "join the patrols"; "take part in", whose "in" may hang on "take"
        found += [c for c in w.children if c.dep_ == "dobj" and c.lemma_.lower() != "part"]
        found += _prep_objects([w, w.head] if w.dep_ == "dobj" else [w], "in")
    return [o for o in found if o.pos_ == "NOUN"]


def _joined_sides(frame: Frame, drafts: list[Draft], lex: Lexicon, own: set[str]) -> list[Entity]:
    """Those who do the act a side asks or offers to join, told before ("Colombian and Brazilian forces
    destroyed dredges in a joint operation ... Peru asked to take part in future operations": Colombia
    and Brazil), but the joiner's own side."""
    for noun in _joined_acts(frame.head):
        lemma = noun.lemma_.lower()
        types = {t.type for t in lex.nouns.get(lemma, ())}
        done = next((d for d in reversed(drafts)
                     if d.actor and (lemma in d.frame.trigger.words or d.frame.trigger.type in types)), None)
        if done is None:
            continue
        found = [e for e in distinct(done.actor + done.recipient, "state") if e.country not in own]
        if found:
            return found
    return []


OFFER_TYPES = {"AGREE", "COOPERATE"}


def _asked_before(frame: Frame, drafts: list[Draft], own: set[str]) -> list[Entity]:
    """Whom a side's offer naming no one is made to: those its request in the sentence just before asked
    ("Tanzania asked Kenya and Uganda to let it join the patrols. Dodoma was ready to share radar data")."""
    if frame.trigger.type not in OFFER_TYPES or not own:
        return []
    asked = [d for d in told_just_before(frame.head, drafts)
             if d.frame.trigger.type == "REQUEST" and d.recipient and codes(d.actor) == own]
    return [e for e in asked[-1].recipient if e.country not in own] if asked else []


WATCHING = {"monitor", "watch", "shadow", "track", "observe", "tail"}


def _watched(head) -> list:
    """Whom a deployment is sent to watch, named in its purpose clause ("sent a patrol aircraft to
    monitor the warships", "deployed a frigate to shadow the flotilla"): the side it is aimed at."""
    return [obj for clause in head.children if clause.dep_ in {"advcl", "xcomp"} and clause.lemma_ in WATCHING
            and to_infinitive(clause)
            for obj in clause.children if obj.dep_ == "dobj"]


ENGAGING = {"engage"}
# what a body runs in a country ("$5 million for the Red Cross's work in Yemen"): aid for it goes to that country
OPERATIONS = {"operation", "work", "programme", "program", "activity", "effort", "relief"}


def _operations_place(tok):
    """The place a body's operations that aid is for are in ("pledged $5 million for UNICEF's
    operations in Sudan": Sudan), else the argument itself."""
    noun = next((c for c in tok.children if c.dep_ == "pobj"), tok) if tok.dep_ == "prep" else tok
    if noun.lemma_.lower() not in OPERATIONS:
        return tok
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"
                 for g in p.children if g.dep_ == "pobj"), tok)


# deeds done to people, whose victims a second deed coordinated with the first shares
VICTIM_TYPES = {"COERCE", "ASSAULT"}


def _first_verbs_recipient(frame: Frame, drafts: list[Draft]) -> list[Entity]:
    """The recipient of the verb a second verb is coordinated with, sharing its subject ("coast guards
    beat four fishermen and confiscated two tonnes of fish": the fishermen's catch); only people, not a
    state or place ("imposed a curfew in the capital and restricted access to social media")."""
    if not _shares_subject(frame.head) or frame.head.pos_ != "VERB" or frame.trigger.type not in VICTIM_TYPES:
        return []
    first = frame.head.head
    done_to = next((d.recipient for d in reversed(drafts) if d.frame.trigger.type in VICTIM_TYPES
                    and d.frame.head.doc is first.doc and d.frame.head.i == first.i), [])
    return done_to if done_to and all(e.kind in {"group", "person"} for e in done_to) else []


def _victims_beside(head, lex: Lexicon) -> list:
    """Whom the participle telling what an attack or seizure did names ("opened fire on a boat,
    killing one Afghan and detaining two others": the Afghan, for the firing and for the detaining);
    the participle is itself an attack or seizure, its object a noun (not "handing them over")."""
    verbs = [c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    if head.tag_ == "VBG" and head.dep_ == "conj" and head.head.tag_ == "VBG":
        verbs.append(head.head)  # "detaining two others", joined to "killing one Afghan"
    verbs = [v for v in verbs if any(t.type in VICTIM_TYPES for t in lex.verbs.get(v.lemma_.lower(), ()))]
    return [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]


def _engaged(noun) -> list:
    """The object of the verb a fight is the "in" phrase of ("rebels engaged Filipino peacekeepers in a
    firefight"): the side fought."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() not in ENGAGING:
        return []
    return [o for c in prep.head.children if c.dep_ == "dobj" for o in [c, *c.conjuncts]]


def _backing(tok, lex: Lexicon) -> bool:
    """Whether a "with" object names who backed an act, not who did it with the actor ("signed two
    years earlier with UN backing", "with Qatari support"): the backer is no side of it."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.pos_ == "NOUN" \
        and any(t.type == "SUPPORT" for t in lex.nouns.get(tok.lemma_.lower(), ()))


def _meeting_venue(tok, lex: Lexicon) -> bool:
    """Whether a token is a meeting an act is done at ("raised a complaint at a session of the
    ASEAN council"): where it is made, not at whom; the maker of what it is about is."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "at" \
        and any(t.type == "CONSULT" for t in lex.nouns.get(tok.lemma_.lower(), ()))


ABOUT = {"about", "over", "against"}


def _about(tokens) -> list:
    """What a complaint or protest noun is about ("a complaint about the ban", "protest over the tariffs")."""
    return [o for t in tokens if t.pos_ == "NOUN" for p in t.children if p.dep_ == "prep" and p.lower_ in ABOUT
            for o in p.children if o.dep_ == "pobj"]


ACCUSING = {"accuse", "blame", "charge"}


def _accused(head) -> list:
    """Whom a participle spelling out a reaction accuses ("criticised the veto, accusing Budapest of
    ..."): the one the reaction is aimed at, whoever its object names."""
    return [c for p in head.children if p.dep_ == "advcl" and p.tag_ == "VBG" and p.lemma_.lower() in ACCUSING
            for c in p.children if c.dep_ == "dobj"]


ADDRESSING = {"send", "write", "deliver", "hand", "address"}  # "sent notes to X objecting to ...": X is objected to


def _addressed(head) -> list:
    """Whom the message a participle explains was sent to ("sent diplomatic notes to both New Delhi and
    Beijing objecting to the deal", "wrote to Peru protesting the arrests"), or a participle joined to one
    ("..., calling the arrests illegal and demanding their release"): the "to" objects of the sending verb."""
    while head.dep_ == "conj" and head.tag_ == "VBG":
        # the parser may join it to the called thing's predicate ("calling the arrests illegal and demanding")
        head = head.head.head if head.head.dep_ == "oprd" else head.head
    if head.dep_ != "advcl" or head.tag_ != "VBG" or head.head.lemma_.lower() not in ADDRESSING:
        return []
    return _prep_objects([head.head], "to")


DISPUTES = {"dispute", "row", "conflict", "standoff", "quarrel", "feud", "spat", "disagreement", "case", "matter"}


def _disputant(frame: Frame, drafts: list[Draft], own: set[str]) -> list[Entity]:
    """The other side of the dispute an act names ("warned that Peru could take the dispute to the
    ICJ"): the one other side of the latest event of the actor's side with exactly one other, or none."""
    if not own or not any(t.lemma_.lower() in DISPUTES and t.pos_ == "NOUN"
                          and any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in t.children)
                          for t in frame.head.subtree):
        return []
    return _rival(drafts, own)


def _rival(drafts: list[Draft], own: set[str]) -> list[Entity]:
    """The other side the actor's side is paired with in the most events with exactly one other,
    the latest of them on a tie, or none: a passing critic ("Poland criticised Hungary ...") is not
    the rival of a quarrel told throughout (Hungary's with Ukraine); the victims of a deed with no doer
    told are not sides against each other ("a raid killed 14 herders and a Nigerian medic")."""
    third = third_parties(drafts)
    found: dict[str, tuple[int, int, Entity]] = {}
    for at, draft in enumerate(drafts):
        if not draft.actor and draft.frame.trigger.type in CONFLICT_TYPES:
            continue
        pair = distinct(draft.actor + draft.recipient, "state", third)
        others = [e for e in pair if e.country not in own]
        if len(pair) == 2 and len(others) == 1:
            count = found.get(others[0].country, (0,))[0]
            found[others[0].country] = (count + 1, at, others[0])
    return [max(found.values(), key=lambda f: f[:2])[2]] if found else []


def _home_deployment(frame: Frame, actor: list[Entity], found: list[Entity], own: set[str]) -> bool:
    """Whether a state's forces are moved within its own borders ("Chile sent troops to its northern
    border", "dispatched reinforcements to Arica"): a show of force aimed at its rival, not at itself."""
    if frame.trigger.type != "MOBILIZE" or len(own) != 1 or not actor or not _sent_to(frame):
        return False
    return all(e.kind == "state" or e.sector == "MIL" for e in actor) and all(e.country in own for e in found)


def _sent_to(frame: Frame) -> bool:
    """Whether a frame names where forces were sent ("sent troops to the border province")."""
    return any(t.dep_ == "pobj" and t.head.lower_ in {"to", "into"} for t in frame.recipients)


# a call for these with no one named is aimed at the sides of the fighting told before
CALM = {"restraint", "calm", "ceasefire", "cease-fire", "truce", "escalation", "de-escalation", "deescalation",
        "hostilities"}
CONFLICT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION", "ACCUSE", "REJECT"}


def _calming(frame: Frame) -> bool:
    """Whether a demand asks for restraint, calm, de-escalation or a ceasefire ("called for calm")."""
    asked = [t for c in frame.head.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "for"
             for t in c.subtree]
    return any(t.lower_ in CALM or t.lemma_.lower() in CALM for t in [*frame.tokens[1:], *asked])


def _speakers_people(frame: Frame, actor: list[Entity], recipient: list[Entity], resolved) -> list[Entity]:
    """The recipient, where a state reports another's act on people it names by a noun alone
    ("Kenya's foreign ministry said Somali police beat traders"): those people are the
    speaker's own, not the actor's nor merely the story's."""
    own = {e.country for e in actor}
    if not recipient or not all(_bare(e) and e.country in own | {None} for e in recipient):
        return recipient
    speaker = _speaker(frame.head, resolved)
    if speaker is None or speaker.org or speaker.country in own:
        return recipient
    return [replace(e, country=speaker.country) for e in recipient]


def _speaker(head, resolved) -> Entity | None:
    """Who reports the clause ``head`` heads ("Chile's foreign ministry said ..."), if named with a country."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "said troops beat X and detained Y"
    if node.dep_ != "ccomp" or node.head.lemma_.lower() not in SAY:
        return None
    said = node.head
    if said.dep_ == "advcl" and said.head.lemma_.lower() in SAY and not any(c.dep_ == "nsubj" for c in said.children):
        said = said.head  # "the army said ..., adding that four gunmen were killed"
    subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
    mention = resolved.by_token.get(subject.i) if subject is not None else None
    entity = mention.entity if mention is not None else None
    return entity if entity is not None and entity.country else None


def _aided(frame: Frame, drafts: list[Draft], actors: ArticleActors, own: set[str]) -> list[Entity]:
    """'Donors pledged $1.6 billion for Sudan ... Norway promised $50 million': a pledge that
    names no recipient is for whoever the article's latest aid, told in an earlier sentence, was for;
    when that aid's recipients were all donors, the first state the story names that gave none;
    with no aid to anyone before, the story's own state ("the EU pledged 60 million euros in emergency aid").
    Never a donor: "Relief flights from Australia ... China sent a rescue team" is not for Australia."""
    sent = frame.head.sent
    earlier = [d for d in drafts if d.frame.head.doc is not sent.doc or d.frame.head.i < sent.start]
    aid = [d for d in earlier if d.frame.trigger.type == "AID"]
    donors = own | {e.country or e.org for d in aid if d.recipient for e in d.actor}  # "troops were sent": no donor
    for draft in reversed(aid):
        found = [e for e in draft.recipient if (e.country or e.org) not in donors]
        if found:
            return found
    if not any(d.recipient for d in aid):  # "the army distributed food": aid at home names no one aided
        return _story_state(actors, [Entity(text=c, name=c, country=c) for c in donors])
    struck = next((e for e in actors.recent if e.kind == "state" and e.country and e.country not in donors), None)
    return [struck] if struck is not None else []


def _aided_people(frame: Frame, actor: list[Entity], resolved, actors: ArticleActors, own: set[str]
                  ) -> list[Entity]:
    """'handed out food to 2,000 families from Sudan', 'at a camp in Chad, handed out rations to new
    arrivals': people aid is given to, who are no actor themselves, stand for the state their own
    phrase names, else the state the event is placed in, else (for an international body's aid)
    the story's state."""
    for prep in (c for c in frame.head.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if resolved.by_token.get(obj.i) is not None:
                continue
            for tok in sorted(obj.subtree, key=lambda t: t.i):
                mention = resolved.by_token.get(tok.i)
                entity = mention.entity if mention is not None else None
                if entity is not None and entity.kind == "state" and entity.country and entity.country not in own:
                    return [entity]
            return _place(frame.head, resolved, own) or _body_at_work(actor, actors)
    return []


def _place(head, resolved, own: set[str] = frozenset(), lex: Lexicon | None = None,
           bodies: bool = False, own_phrase: bool = False) -> list[Entity]:
    """The state a place named in the event's own phrases lies in ("set up a centre in Tokyo",
    "targets in Jericho", "killed near the town of Samarra"), the first one named; not the venue
    of a meeting the act is done at ("cast the veto at a meeting of EU ministers in Brussels"): a
    meeting's host is no side of what is done there. With ``bodies`` (a protest's or attack's
    target), a state's body or group it is held at gives that state ("outside the Chilean embassy
    in Lima"); an arrest "at the French embassy" is not made by France. With ``own_phrase``, not a
    place a clause inside the phrase names ("across highways linking La Paz with the Peruvian border")."""
    queue, places = [head], []
    while queue:
        tok = queue.pop(0)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                if lex is None or not any(_meeting_venue(o, lex) for o in child.children):
                    places.append(child)
            elif child.dep_ not in CLAUSES or child.dep_ == "xcomp" or _shares_subject(child) or _helping(child):
                queue.append(child)
    for prep in sorted(places, key=lambda t: t.i):
        if bodies and (body := _state_body_at(prep, resolved, own)) is not None:
            return [body]
        for tok in sorted(_own_words(prep) if own_phrase else prep.subtree, key=lambda t: t.i):
            mention = resolved.by_token.get(tok.i)
            if mention is not None and mention.entity is not None and mention.entity.kind == "state" \
                    and mention.entity.country and mention.entity.country not in own:
                return [mention.entity]
    return []


def _own_words(tok) -> list:
    """The words of a phrase outside the clauses within it."""
    return [tok] + [w for c in tok.children if c.dep_ not in CLAUSES for w in _own_words(c)]


def _state_body_at(prep, resolved, own: set[str]) -> Entity | None:
    """A state's body a place preposition puts the event at ("protested outside the Chilean embassy
    in Lima"): the act is aimed at that body's state, not at the city it stands in."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        mention = resolved.by_token.get(obj.i)
        entity = mention.entity if mention is not None else None
        if entity is not None and entity.kind in {"organisation", "group"} and entity.country \
                and not entity.org and entity.country not in own:
            return entity
    return None


def _helping(tok) -> bool:
    """Whether a word heads a clause saying what was sent or done to help ("send two aircraft to
    help fight the fires in Riau", "announced 20 million dollars to help the Chadian army guard ..."):
    where the help goes is the event's place too."""
    return tok.dep_ in {"advcl", "xcomp"} and tok.lemma_ in HELPING \
        and to_infinitive(tok)


def _helped(head) -> list:
    """Whom aid that names no recipient is given to help, named in its purpose clause ("delivered tents
    to help Chadian authorities look after them", "sent engineers to help Niger"): the helped object or
    the helped clause's subject. Something given "to" someone goes to them ("would not give permission to
    Russia to help Israel")."""
    given = [head, *(c for c in head.children if c.dep_ == "dobj")]
    if any(p.dep_ in {"prep", "dative"} and p.lower_ == "to" for t in given for p in t.children):
        return []
    clauses = [c for t in [head, *head.conjuncts] for c in t.children if _helping(c)]
    helped = [g for c in clauses for g in c.children if g.dep_ == "dobj"]
    return helped + [s for c in clauses for g in c.children if g.dep_ in {"ccomp", "xcomp"}
                     for s in g.children if s.dep_ == "nsubj"]


def _shares_subject(tok) -> bool:
    """Whether a word is coordinated with no subject of its own ("struck radar sites and launch
    pads in Yemen", "arrested and jailed them in Tunis"): its places are the event's too."""
    return tok.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _named_after(tok, entity: Entity) -> bool:
    """Whether a capital names the thing it modifies ("the Lima agreement", "the Minsk talks")
    rather than a party to it; a country word still names its state ("the Azerbaijani republic")."""
    return tok.dep_ == "compound" and entity.kind == "state" and entity.sector == "GOV" \
        and entity.text != entity.name


def _passive(verb) -> bool:
    """A verb in the passive ("was arrested", "soldiers killed in ...")."""
    return verb.tag_ == "VBN" and (any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
                                   or verb.dep_ in {"acl", "relcl"})


def _own_state(actor: list[Entity], frame: Frame, actors: ArticleActors) -> list[Entity]:
    """The state of the protesters ("Algerian landowners began a hunger strike"), or of police,
    rebels or people (not the state itself) using force ("Egyptian police opened fire")."""
    countries = {e.country for e in actor}
    if frame.trigger.type not in PLACE_TYPES or len(countries) != 1 or None in countries:
        return []  # "fighting between Azerbaijanis and Armenians" is no domestic affair
    if frame.trigger.type != "PROTEST" and all(e.kind == "state" for e in actor):
        return []
    if frame.trigger.type != "PROTEST" and any(e.kind == "organisation" and e.sector == "MIL" for e in actor):
        return []  # "a China Coast Guard cutter trained its water cannon on the vessel": a force abroad
    country = countries.pop()
    name = actors.kb.countries.get(country, country)
    return [Entity(text=name, name=name, country=country, kind="state")]


def _real(entity: Entity, own: set[str]) -> bool:
    """Whether a recipient is a party of its own: a state, organisation or a person or group
    named with its country, that is not the actor's side."""
    if not (entity.country or entity.org) or (entity.country or entity.org) in own:
        return False
    return not noun_only(entity)


def noun_only(entity: Entity) -> bool:
    """Whether a group is named by its words alone ("troops", "its citizens"), its country only
    the story's or the speaker's."""
    return entity.kind == "group" and entity.name == entity.text


def _bare(entity: Entity) -> bool:
    """Whether an entity is named by a common noun alone ("governments", "the donors")."""
    return entity.kind == "group" and entity.name == entity.name.lower()


def _parataxis_subject(verb) -> list:
    """'Caracas denies, warns of a response': a verb with no subject of its own shares that of the
    verb set beside it before it."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    for clause in (c for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i and c.pos_ == "VERB"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return [subject, *(c for c in subject.children if c.dep_ == "conj")]
    return []


def _participles_noun(verb) -> list:
    """The doer of an active participle set off by a comma after a noun ("Arab foreign ministers,
    meeting in Cairo on Monday, ...": the ministers meet); not one that only says which ("a destroyer
    patrolling nearby took the crew on board")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in {"NOUN", "PROPN"} \
            or not _after_comma(verb):
        return []
    return [verb.head]


DEMANDS = {"demand", "call", "appeal", "request", "ultimatum"}  # "its demand that X ...": X is asked


def _clause_subjects(head, threat: bool = False) -> list:
    """'demanded that the US cancel', 'its demand that Israel ease', 'insisted on its demand that
    Chad free': the subject of the clause; for a threat, of its condition first ("threatened to strike
    unless Israel withdrew", "warned that if Congress rejects the annex, Brasilia would ...")."""
    clauses = [c for c in head.children if c.dep_ in {"ccomp", "acl"}]
    objects = [o for c in head.children if c.dep_ in {"dobj", "prep"}
               for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])]
    clauses += [c for o in objects if o.lemma_.lower() in DEMANDS for c in o.children if c.dep_ == "acl"]
    if threat:
        governed = [head, *(c for c in head.children if c.dep_ in {"xcomp", "ccomp"})]
        clauses = [c for v in governed for c in v.children
                   if c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children)] + clauses
    for clause in clauses:
        if _naming(clause):
            continue
        if clause.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                return [subject, *(c for c in subject.children if c.dep_ == "conj")]
    return []


def _threatened(head) -> list:
    """The objects of the act a threat warns of ("warned that Kyiv could ban imports of Moldovan
    wine"): whose things it would hit are whom it threatens."""
    acts = [c for c in head.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB"]
    # "warned the same day that Kyiv could ban ...": the parser hangs the clause on the time noun
    acts += [c for t in head.children if t.dep_ == "npadvmod" for c in t.children
             if c.dep_ == "relcl" and any(m.lower_ == "that" and m.i < c.i for m in c.children)]
    return [o for act in acts for c in act.children if c.dep_ in {"dobj", "prep"}
            for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])]


PERMITTING = {"let", "allow", "permit"}


def _permitted(head) -> list:
    """Whom an act lets do something ("offered to let Ukrainian lorries use its crossings", "agreed
    to allow Indian firms to bid"): the object of "let", or the subject of the clause it governs."""
    for verb in (c for c in head.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in PERMITTING):
        found = [c for c in verb.children if c.dep_ == "dobj"]
        found += [g for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for g in c.children if g.dep_ == "nsubj"]
        if found:
            return found[:1]
    return []


def _between(tokens) -> list:
    """The sides of a meeting an infinitive among a trigger's other words names ("offered to host talks
    between the two ministers", "offered to mediate between Kigali and Kinshasa"): the objects of its
    "between", or its object's. Not a noun's ("relations between Quito and Caracas were frozen")."""
    verbs = [t for t in tokens[1:] if t.dep_ == "xcomp"]  # "host" in "offered to host" may be tagged a noun
    nouns = verbs + [c for t in verbs for c in t.children if c.dep_ == "dobj"]
    return _prep_objects(nouns, "between")


def _setting(tok) -> bool:
    """Whether a noun places or times an event rather than naming its target ("announced funding at the meeting")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS


def _naming(clause) -> bool:
    """Whether a clause only names the object of the verb above it ("condemned what the minister called
    a reckless attack"): whoever names it is no party to it."""
    return clause.lemma_.lower() in NAMING and any(c.lower_ == "what" and c.dep_ == "dobj" for c in clause.children)


def _objects(frame: Frame) -> list:
    """The head's objects and prepositional objects, and the trigger's other words."""
    out = [c for c in frame.head.children if c.dep_ in {"dobj", "attr", "dative"}]
    out += [g for c in frame.head.children if c.dep_ == "prep" and c.lower_ not in SETTING_PREPS
            for g in c.children if g.dep_ == "pobj"]
    return out + frame.tokens[1:]


def _no_forum(tokens, resolved) -> list:
    """The tokens but those naming a court a case is brought to or a body a complaint is lodged with
    (see ``_complaint_body``), or its preposition ("took the dispute to the International Court of
    Justice": the court is where, not whom)."""
    return [t for t in tokens if not _case_venue(t, resolved)
            and not (t.dep_ == "prep" and any(_case_venue(o, resolved) for o in t.children))]


def _case_venue(tok, resolved) -> bool:
    """Whether a word names the court a case is brought to or the body a complaint is lodged with."""
    return forum(tok) or _complaint_body(tok, resolved)


COMPLAINTS = {"complaint", "grievance"}
LODGING_PREPS = {"with", "to", "before"}


def _complaint_body(tok, resolved) -> bool:
    """Whether a word names the international body a complaint is lodged with ("filed a complaint with
    the UN Security Council", "complained to the WTO"): the forum, not the side complained of; a state
    complained to ("complained to Beijing") is that side."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in LODGING_PREPS:
        return False
    word = prep.head
    lodged = word.lemma_.lower() in COMPLAINTS or word.lemma_.lower() == "complain" \
        or any(c.dep_ == "dobj" and c.lemma_.lower() in COMPLAINTS for c in word.children)
    mention = resolved.by_token.get(tok.i)
    entity = mention.entity if mention is not None else None
    return lodged and entity is not None and entity.org is not None and entity.country is None


def _inside(tokens, resolved, own: set[str]) -> list[Entity]:
    """The nearest state or organisation named inside these phrases: the possessor or
    complement of an object ("Serbia's suppression", "the decision of Sweden"), one of another
    side than the actor's before the actor's own ("offered its troops to Chad's president")."""
    queue = list(tokens)
    seen: set[int] = set()
    first: list[Entity] = []
    while queue:
        tok = queue.pop(0)
        if tok.i in seen or _case_venue(tok, resolved):
            continue
        seen.add(tok.i)
        mention = resolved.by_token.get(tok.i)
        if mention is not None and mention.entity is not None and (mention.entity.country or mention.entity.org) \
                and not _named_after(tok, mention.entity):
            if _real(mention.entity, own):
                return [mention.entity]
            first = first or [mention.entity]
        queue.extend(c for c in tok.children if c.dep_ not in CLAUSES and c.lower_ not in SETTING_PREPS)
        queue.extend(_makers(tok))
    return first


MAKING = {"make", "produce", "manufacture", "build", "assemble", "own", "operate", "grow"}


def _makers(noun) -> list:
    """Who or where a participle says made or owns a thing ("duties on turbines made by Chinese
    firms", "steel produced in Vietnam", "ships owned by a Greek company"): whose things they are."""
    return [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in MAKING
            for a in c.children if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ == "in"
            for g in a.children if g.dep_ == "pobj"]


def entities(tokens, resolved, actors: ArticleActors, drafts: list[Draft]) -> list[Entity]:
    """The entities named by argument head tokens, in order, each once."""
    out: list[Entity] = []

    def add(entities):
        out.extend(e for e in entities if all(e.name != o.name for o in out))

    for tok in _with_conjoined_appositions(tokens):
        if tok.dep_ == "prep":  # "fired at Russia": a preposition stands for its object
            tok = next((c for c in tok.children if c.dep_ == "pobj"), tok)
        if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
            tok = antecedent(tok, resolved)
        tok = _called(tok) or tok
        mention = resolved.by_token.get(tok.i)
        if (mention is None or mention.label == "NOMINAL" and noun_only(mention.entity)) \
                and (group := numbered_group(tok)) is not None:
            add(_group_entities(tok, *group, resolved, actors, drafts))
            continue
        if mention is not None and mention.label == "NOMINAL" and (owners := their_owners(tok, resolved)):
            # "Kenya and Ethiopia ... their foreign ministers": the officials of each
            add(replace(mention.entity, country=o.country, org=o.org, name=f"{o.name} {mention.entity.name}")
                for o in owners)
            continue
        if mention is None or mention.label in {"NOMINAL", "PLURAL"} and not _worded(tok, actors):
            # "the presidents of Colombia and Ecuador", "leaders of both countries", "the presidents
            # of the three countries" (of those, not the last two presidents)
            named = _of_entities(tok, resolved, actors, drafts)
            if named:
                add(named)
                continue
        if mention is None and bare_pair(tok):
            add(pair_sides(tok, drafts) or _named_pair(tok, resolved))
            continue
        if mention is None and (alliance := _alliance_of_allies(tok, resolved)):
            add(alliance)
            continue
        if mention is None and tok.pos_ == "PRON":
            add(joint_doers(tok, resolved, drafts) or _speaking_group(tok, resolved, actors, drafts)
                or filter(None, [pronoun(tok, resolved, actors, drafts)]))
            continue
        if mention is None and _joint_document(tok):
            add(replace(e, text=tok.doc[tok.left_edge.i:tok.i + 1].text) for e in two_sides(drafts, drafts, "state"))
            continue
        mention = mention or _goods_receiver(tok, resolved) or _child_mention(tok, resolved)
        if mention is None:
            continue
        add(_mention_entities(mention, resolved, actors, drafts, tok))
        add(_same_word_entities(mention, resolved))
        # "his US and Japanese counterparts": country words coordinated inside the phrase
        for child in tok.children:
            if child.dep_ in {"amod", "compound", "nmod"}:
                for conj in child.conjuncts:
                    other = resolved.by_token.get(conj.i)
                    if other is not None and other is not mention:
                        add(_mention_entities(other, resolved, actors, drafts, tok))
    return out


def _with_conjoined_appositions(tokens) -> list:
    """The tokens, each followed by the words the parser coordinated with its apposition instead of
    with it ("talks between Ghana's foreign minister, Ama Owusu, and his Togolese counterpart", parsed
    with the counterpart joined to the name)."""
    out = []
    for tok in tokens:
        out.append(tok)
        out += [c for a in tok.children if a.dep_ == "appos" for c in a.conjuncts
                if c.i > a.i and all(c.i != t.i for t in [*tokens, *out])]
    return out


def _speaking_group(tok, resolved, actors: ArticleActors, drafts: list[Draft]) -> list[Entity]:
    """The sides of a numbered group a "they" is said by ("the two governments said they had
    agreed to ...": both governments), or []."""
    if tok.lower_ != "they" or tok.head.dep_ != "ccomp" or tok.head.head.lemma_.lower() not in SAY:
        return []
    speaker = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or numbered_group(speaker) is None:
        return []
    return entities([speaker], resolved, actors, drafts)


def _called(tok):
    """What a free relative is called when it names its owner ("backing what they called Bamako's
    right to secure its borders": the right, whose owner is the party), or None; "condemned what it
    called a terrorist attack" is left to the attack's doer."""
    if tok.lower_ != "what" or tok.dep_ != "dobj":
        return None
    return next((c for c in tok.head.children if c.dep_ == "oprd" and any(g.dep_ == "poss" for g in c.children)),
                None)


def _worded(tok, actors: ArticleActors) -> bool:
    """Whether a noun's own phrase names its state or body before it: "the Peruvian interests section
    of the Spanish embassy" is Peru's, whatever its "of" names."""
    return any((entry := actors.lookup(w.text)) is not None and (entry.country or entry.org)
               for w in tok.subtree if w.i < tok.i)


def _alliance_of_allies(tok, resolved) -> list[Entity]:
    """Whom a bare "allies", owned and counted by no one, stands for: the alliance its sentence names
    ("At a NATO meeting, Estonia asked allies to send jets": NATO)."""
    if tok.lemma_.lower() != "ally" or tok.tag_ != "NNS" or any(c.dep_ in {"poss", "nummod"} for c in tok.children):
        return []
    # by its name or its members' ("NATO defence ministers"), not by a city it meets in ("Brussels")
    return [replace(m.entity, text=tok.text) for m in resolved.mentions
            if m.entity is not None and m.entity.org and m.entity.kind != "state"][:1]


def _same_word_entities(mention: Mention, resolved) -> list[Entity]:
    """The other entities one word names beside a mention's ("Nordic defence ministers": each Nordic
    state's ministers)."""
    return [m.entity for m in resolved.mentions if m.span == mention.span and m is not mention and m.entity is not None]


def _named_pair(tok, resolved) -> list[Entity]:
    """The two sides its own sentence names before a bare "the two" when no event told them ("Minister
    Anna Nowak held talks with her Czech counterpart in Prague, at which the two agreed ..."): exactly two."""
    before = [m.entity for m in resolved.mentions if m.entity is not None and m.span[0] < tok.idx + resolved.base]
    found = distinct(before, "any")
    return [replace(e, text=tok.doc[tok.left_edge.i:tok.i + 1].text) for e in found] if len(found) == 2 else []


DOCUMENTS = {"statement", "communique", "communiqué", "declaration"}


def _joint_document(tok) -> bool:
    """Whether a noun names a joint statement ("a joint statement said", "The statement also urged ..."
    after one): issued by the two sides of the latest event with two."""
    if tok.lemma_.lower() not in DOCUMENTS:
        return False
    same = [t for t in tok.doc[:tok.i + 1] if t.lemma_.lower() == tok.lemma_.lower()]
    return any(c.lower_ == "joint" for t in same for c in t.children)


def _of_objects(tok) -> list:
    """The objects of a noun's "of" or "from" ("leaders of both sides", "ministers from X, Y and Z")."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return [obj, *obj.conjuncts]
    # "640 people, most of them from Lesotho": where the most of them are from (the parser may hang the
    # aside on the verb)
    asides = [c for c in tok.children if c.dep_ == "appos"] + [
        c for c in tok.head.children if c.dep_ in {"npadvmod", "appos"} and c.i == tok.right_edge.i + 2]
    for part in (c for c in asides if c.lower_ in PARTITIVE | {"half", "majority"}):
        obj = next((g for c in part.children if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children if g.dep_ == "pobj"), None)
        if obj is not None:
            return [obj, *obj.conjuncts]
    return []


def _of_entities(tok, resolved, actors: ArticleActors, drafts: list[Draft]) -> list[Entity]:
    """The parties a noun's "of" or "from" names: mentions ("leaders of Kenya and Uganda") or a
    numbered group ("the presidents of the three countries")."""
    out: list[Entity] = []
    for obj in _of_objects(tok):
        if _both_of(tok, obj):
            out += _group_entities(obj, 2, GROUP_HEADS.get(obj.lemma_.lower(), "any"), resolved, actors, drafts,
                                   _verb_subject(tok))
        elif obj.i in resolved.by_token:
            out += _mention_entities(resolved.by_token[obj.i], resolved, actors, drafts, tok)
        elif (group := numbered_group(obj)) is not None:
            out += _group_entities(obj, *group, resolved, actors, drafts)
        elif _partitive(tok):
            out += filter(None, [pronoun(c, resolved, actors, drafts) for c in obj.children if c.dep_ == "poss"])
    return out


# words that take a part of a group by "of" ("two of its monitors", "some of its staff")
PARTITIVE = {"some", "many", "several", "most", "all", "few", "none", "one"}


def _partitive(tok) -> bool:
    """Whether a word takes a part of the group its "of" names ("two of its monitors"): the group's
    owner is the party, not the words themselves."""
    return tok.like_num or tok.lower_ in PARTITIVE


def _both_of(tok, obj) -> bool:
    """Whether a phrase is "both of" a plural naming no count ("had spoken to both of his counterparts"):
    the two sides told before, as "both counterparts" would be."""
    return tok.lower_ == "both" and obj.tag_ in {"NNS", "NNPS"} and numbered_group(obj) is None


def _verb_subject(tok):
    """The subject of the verb a phrase hangs on ("the minister had spoken to both of ...": the minister)."""
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None


def _child_mention(tok, resolved, depth: int = 2) -> Mention | None:
    """The mention under a head noun not itself named ("officials from both sides", "leaders of
    X", "thousands of Iraqi Kurds")."""
    if tok.pos_ == "VERB":  # "the Red Cross operating in Iraq said": a subject parsed as a clause
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i in resolved.by_token:
            return resolved.by_token[subject.i]
    # the phrase's own name, then its owner, then an apposition: "bin Laden's al-Qaeda network" is
    # al-Qaeda, "the bank's director, Ann Lee" the bank's
    for child in sorted(tok.children, key=lambda c: MODIFIERS.get(c.dep_, 3)):
        if child.dep_ in MODIFIERS and child.i in resolved.by_token:
            return resolved.by_token[child.i]
        if (inner := _inner_compound(child, resolved)) is not None:
            return inner
        if child.dep_ == "appos" and depth > 1 and (inner := _child_mention(child, resolved, depth - 1)) is not None \
                and inner.how == "adjective":
            return inner  # "his four crew members, all Egyptian nationals": the nationals' state
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found = resolved.by_token.get(grandchild.i)
                    if found is None and depth > 1:
                        found = _child_mention(grandchild, resolved, depth - 1)
                    if found is not None:
                        return found
    return None


def _inner_compound(child, resolved) -> Mention | None:
    """The name compounded onto a bare compound noun of a phrase ("a Royal Bahamas Defence Force
    patrol vessel": the force, which hangs on "patrol", not on "vessel")."""
    if child.dep_ != "compound" or child.pos_ != "NOUN":
        return None
    return next((resolved.by_token[g.i] for g in child.children
                 if g.dep_ == "compound" and g.i in resolved.by_token), None)


def _mention_entities(mention: Mention, resolved, actors: ArticleActors, drafts: list[Draft], tok) -> list[Entity]:
    if mention.label != "PLURAL":
        return [mention.entity] if mention.entity is not None else []
    words = mention.text.lower().split()  # "the two foreign ministers", "both countries' interior ministers"
    owned = next((i + 1 for i in range(len(words) - 1, -1, -1) if words[i].endswith(("'", "'s", "’s"))), 0)
    office = " ".join([*(w for w in words[owned:-1] if w not in {"the", "two", "both"}), words[-1].rstrip("s")])
    return sides(mention.text, office, 2, mention.how, _named_before(mention.span[0], tok, resolved, actors),
                  actors, drafts, sent=tok.sent)


def _told_earlier(actors: ArticleActors, resolved) -> list[Entity]:
    """The entities the article names in the sentences before this one."""
    return actors.recent[:len(actors.recent) - len(resolved.mentions)]


def _named_before(offset: int, tok, resolved, actors: ArticleActors) -> list[Entity]:
    """The entities the article names before an offset (those of earlier sentences and this one's
    before it), but for a mediator, host or venue this sentence names ("Saudi-mediated talks in Jeddah")."""
    hosts = {id(resolved.by_token[t.i]) for t in tok.sent if t.i in resolved.by_token
             and (_hosting(t) or t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS)}
    return _told_earlier(actors, resolved) + [m.entity for m in resolved.mentions
                                              if m.entity is not None and m.span[0] < offset and id(m) not in hosts]


def _hosting(tok) -> bool:
    """Whether a word names who hosts or mediates a participle's act ("Saudi-mediated", "hosted by Qatar")."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok.head
    return verb.lemma_.lower() in MEDIATING and verb.tag_ == "VBN" and tok.dep_ in {"npadvmod", "compound", "pobj"}


def _group_entities(tok, count: int, hint: str, resolved, actors: ArticleActors, drafts: list[Draft],
                    others_of=None) -> list[Entity]:
    """The members of a numbered group; "Russia's two allies" are others than Russia, and "both of his
    counterparts" others than ``others_of``, the subject whose counterparts they are."""
    owners = [c for c in tok.children if c.dep_ == "poss" and c.lower_ != "their"] + [others_of] * bool(others_of)
    exclude = codes(entities(owners, resolved, actors, drafts))
    text = tok.doc[tok.left_edge.i:tok.i + 1].text
    recent = _named_before(tok.left_edge.idx + resolved.base, tok, resolved, actors)
    return sides(text, tok.lemma_.lower(), count, hint, recent, actors, drafts, exclude, tok.sent)


JUDGED_CONTEXTS = {"legal"}  # acts of courts: a noun of one names the court's act told before whatever its type
ANSWERED = {"ACCUSE", "REQUEST"}  # accusations and demands are answered by the side they were aimed at


def event_object(frame: Frame, drafts: list[Draft], lex: Lexicon, own: set[str] = frozenset()) -> list[Entity]:
    """'condemned the launch', 'rejected the sanctions', 'denied the charge': the actor of the
    earlier event the object names is the recipient; for an accusation, claim or demand, the latest
    one aimed at the actor's side (``own``) first: "Kenya dismissed the accusations" answers
    Somalia's against Kenya, not Ethiopia's against Eritrea."""
    for tok in frame.recipients + frame.alternates + frame.tokens[1:] + _about(frame.tokens) + _judged(frame.head):
        # "the launch", "these charges", "Thursday's sentences": one told before; "at the meeting" is a setting
        if tok.pos_ != "NOUN" or _setting(tok) or _gives_good_to(tok) or not any(
                c.lower_ in REFERRING or c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in _determiners(tok)):
            continue
        lemma = tok.lemma_.lower()
        if (owners := _acted_on_again(frame, tok, lemma, drafts, lex)):
            return owners
        types = {t.type for t in lex.nouns.get(lemma, ())}
        kinds = {(t.type, t.mode) for t in lex.nouns.get(lemma, ())}
        named = _others_first([d for d in reversed(drafts) if d.actor and _names_verb(lemma, d.frame.trigger.words)
                               and not _asked_for(d, lemma, types)], tok, own)
        # "condemned the launch": a missile fired (MOBILIZE, weapons) before a show of force (MOBILIZE)
        named += [d for d in reversed(drafts) if d.actor and (d.frame.trigger.type, d.frame.trigger.mode) in kinds]
        # "condemned the verdict": the court's sentencing told before (a legal act, whatever its type),
        # before any other act of the noun's type (an expulsion is no verdict)
        named += [d for d in reversed(drafts) if d.actor and d.frame.trigger.context in JUDGED_CONTEXTS
                  and d.frame.trigger.context in {t.context for t in lex.nouns.get(lemma, ())}]
        named += [d for d in reversed(drafts) if d.actor and d.frame.trigger.type in types]
        if lemma in CLAIM_NOUNS or types & ANSWERED:
            named = [d for d in reversed(drafts) if d.actor and d.frame.trigger.type in ANSWERED
                     and own & codes(d.recipient)] + named
        if any(c.lower_ == "its" for c in tok.children):
            # "the agency suspended its operations": its own act, not the gunmen's attack told before
            # ("demanded their release": "their" may be others'); one it did with another is no "its"
            # ("Poland plans its own exercise" after Poland and Lithuania agreed to share data)
            named = [d for d in named if own & codes(d.actor) and codes(d.actor) <= own]
        if not named and lemma in CLAIM_NOUNS and any(c.lower_ == "its" for c in tok.children):
            return _own_claims_target(drafts, own)
        if not named and lemma in CLAIM_NOUNS:
            named = _aimed_at(drafts, own)
        if named:
            return _deed_sides(_dated_first(named, tok), own, frame.trigger.type == "REJECT")
    return []


CLAIMED = {"responsibility"}  # "claimed responsibility for the bombing"


def _claimed_attackers(frame: Frame, resolved, actors: ArticleActors, drafts: list[Draft], lex: Lexicon,
                       own: set[str]) -> list[Entity]:
    """Whom a condemnation of an attack told before is aimed at when a side the story tells elsewhere
    claimed it ("Chad shelled rebel camps ... The rebels claimed the bombing ... Niger condemned the
    attack": the rebels, not the town hit); a group named only for its claim ("Islamic State claimed
    responsibility") or no claim told leaves it as before (the place of the attack)."""
    if frame.trigger.type != "ACCUSE" or not any(_named_attack(t, lex) for t in _objects(frame)):
        return []
    earlier = _told_earlier(actors, resolved)
    for sent, claimant in reversed(_claimants(frame, drafts, lex)):
        sides = {c for d in drafts if d.frame.head.sent != sent for c in codes(d.actor + d.recipient)}
        found = [e for e in reversed(earlier) if f" {e.text} " in f" {claimant} " and (e.country or e.org)
                 and (e.country or e.org) not in own and (e.country or e.org) in sides]
        if found:  # the claim's words name it ("The Houthis"), not its bare name alone
            return [replace(found[0], text=claimant)]
    return []


def _claimants(frame: Frame, drafts: list[Draft], lex: Lexicon) -> list[tuple]:
    """(sentence, subject words) of the sentences told before that claim an attack ("The rebels
    claimed the bombing", "the group claimed responsibility"), in text order; earlier paragraphs are
    reached through the events told in them."""
    docs = list({id(d.frame.head.doc): d.frame.head.doc for d in drafts}.values())
    sents = [s for doc in docs if doc is not frame.head.doc for s in doc.sents]
    sents += [s for s in frame.head.doc.sents if s.end <= frame.head.sent.start]
    return [(sent, c.doc[c.left_edge.i:c.right_edge.i + 1].text)
            for sent in sents for tok in sent if tok.lemma_.lower() == "claim" and tok.pos_ == "VERB"
            and any(o.dep_ == "dobj" and (o.lemma_.lower() in CLAIMED or _attack_noun(o, lex)) for o in tok.children)
            for c in tok.children if c.dep_ == "nsubj"]


def _attack_noun(tok, lex: Lexicon) -> bool:
    """Whether a noun names an attack ("the bombing", "the drone strike")."""
    return tok.pos_ == "NOUN" and any(t.type == "ASSAULT" for t in lex.nouns.get(tok.lemma_.lower(), ()))


def _named_attack(tok, lex: Lexicon) -> bool:
    """Whether a token is an attack told before ("condemned the attack", "these killings")."""
    return _attack_noun(tok, lex) and any(c.lower_ in REFERRING for c in tok.children)


NOMINAL_ENDINGS = {"ation": "e", "sion": "d"}  # "restoration" of "restore", "suspension" of "suspend"


def _names_verb(lemma: str, words) -> bool:
    """Whether an act noun is one of a trigger's words or names its verb ("welcomed the restoration
    of ties": the ties Honduras "restored" before)."""
    if lemma in words:
        return True
    for ending, verb_end in NOMINAL_ENDINGS.items():
        stem = lemma[:-len(ending)]
        if lemma.endswith(ending) and len(stem) >= 4 and any(w in {stem + verb_end, stem} for w in words):
            return True
    return False


# goods one side gives another: "the release of the aid to X" is that giving, no act told before
GIVEN_GOODS = {"aid", "assistance", "funds", "funding", "loan", "tranche", "money", "weapons", "arms", "grant",
               "payment", "shipment", "ammunition"}


def _goods_receiver(tok, resolved) -> Mention | None:
    """Who a good named with its receiver is given to ("blocked the next payment to Ukraine from an
    EU fund"): the receiver, not the fund it comes from; None for no such good."""
    if tok.lower_ not in GIVEN_GOODS and tok.lemma_.lower() not in GIVEN_GOODS:
        return None
    return next((resolved.by_token[o.i] for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj" and o.i in resolved.by_token), None)


def _gives_good_to(tok) -> bool:
    """Whether an act noun's "of" names a good given "to" someone ("block the release of the next
    tranche of aid to Kyiv"): its object and receiver are told, so it is no earlier act ("the release")."""
    goods = [t for child in tok.children if child.dep_ == "prep" and child.lower_ == "of"
             for t in child.subtree if t.lemma_.lower() in GIVEN_GOODS]
    # the parser hangs "to" on the good or on the act noun
    return bool(goods) and any(c.dep_ == "prep" and c.lower_ == "to" for t in (tok, *goods) for c in t.children)


# acts done to a thing itself, not answers to the deed that took it
THING_TYPES = {"SANCTION", "COERCE", "ASSAULT"}


def _acted_on_again(frame: Frame, tok, lemma: str, drafts: list[Draft], lex: Lexicon) -> list[Entity]:
    """Whose thing an act does something to, when an earlier act was done to the same thing ("Navy
    boats seized a tanker of Iran's fleet ... the EU blacklisted the tanker": Iran, whose tanker the
    seizure was aimed at, not the navy); "the tanker" is the seized thing, no event noun."""
    if frame.trigger.type not in THING_TYPES or lemma in lex.nouns or all(t.i != tok.i for t in frame.recipients):
        return []
    return next((d.recipient for d in reversed(drafts) if d.recipient and d.frame.trigger.pos == "verb"
                 and lemma in d.frame.trigger.words and d.frame.head.lemma_.lower() != lemma), [])


def _asked_for(draft: Draft, lemma: str, types: set[str]) -> bool:
    """Whether a request names an act noun only as what it asks for ("Kenya requested his extradition"):
    "alarmed by the extradition" answers whoever extradited him, not the request; "rejected the
    request" or "the demand" answers the request itself."""
    return draft.frame.trigger.type == "REQUEST" and "REQUEST" not in types and lemma not in CLAIM_NOUNS


def _dated_first(named: list[Draft], noun) -> list[Draft]:
    """The events a noun names, those told on the day its possessor names first ("welcomed
    Tuesday's deal": the deal struck on Tuesday, not a loan agreement told since)."""
    days = {c.lower_ for c in noun.children if c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"}}
    if not days:
        return named
    return sorted(named, key=lambda d: not (d.dated.text and days & set(d.dated.text.lower().split())))


def _deed_sides(named: list[Draft], own: set[str], rejecting: bool = False) -> list[Entity]:
    """Whom an act on an earlier event is aimed at: its actor; of talks or a deal a third side
    acts on, all its sides ("ASEAN welcomed the deal": both states that struck it; not "unions in
    La Linea welcomed the deal", nor protesters of no told side, aimed at their own); of the actor's
    own deed it defends (``rejecting``), those it was done to."""
    first = named[0]
    if rejecting and own and codes(first.actor) <= own:
        # "Tanzania defended the deportations" of Ugandans it detained: aimed at those its own deed hit
        return [e for e in first.recipient if (e.country or e.org) not in own]
    sides = first.actor + first.recipient
    if first.frame.trigger.type not in TALKS_TYPES or not own or own & codes(sides):
        return first.actor
    return sides


TALKS_TYPES = {"AGREE", "CONSULT"}


def _own_claims_target(drafts: list[Draft], own: set[str]) -> list[Entity]:
    """Whom the actor's own demand was aimed at ("Spain dropped its demand that ..."): the recipients
    of its latest request told before, else the other sides of the latest talks or deal it was in;
    never those who merely spoke of it since."""
    ours = [d for d in reversed(drafts) if own and codes(d.actor) & own]
    asked = [d.recipient for d in ours if d.frame.trigger.type == "REQUEST" and d.recipient]
    talks = [[e for e in d.actor + d.recipient if (e.country or e.org) not in own]
             for d in ours if d.frame.trigger.type in TALKS_TYPES]
    return next((found for found in asked + talks if found), [])


def _aimed_at(drafts: list[Draft], own: set[str]) -> list[Draft]:
    """The earlier acts another side aimed at the actor's side, latest first: "Serbian police detained
    three Kosovo officials ... Kosovo rejected the claim that they had crossed illegally" answers Serbia."""
    return [d for d in reversed(drafts) if d.actor and own & codes(d.recipient) and not own & codes(d.actor)]


def _like_earlier(frame: Frame, drafts: list[Draft], own: set[str]) -> list[Entity]:
    """Whom an act "like" one told before is aimed at: the recipient of the latest earlier act of its
    type by another side ("Germany urged Serbia to ... The US made a similar call", "the same demand")."""
    if not any(t.pos_ == "NOUN" and any(c.lower_ in LIKENESS and c.dep_ == "amod" for c in t.children)
               for t in frame.tokens):  # "every attack like this" is no such act
        return []
    earlier = [d for d in drafts if d.frame.trigger.type == frame.trigger.type and d.recipient
               and not codes(d.recipient) & own]
    return earlier[-1].recipient if earlier else []


def _judged(head) -> list:
    """The thing a naming verb judges ("called the ban unlawful"; "called the suspension illegal", which
    the parser hangs on the adjective): an act told before, whose maker the judgement is aimed at."""
    if head.lemma_.lower() not in NAMING:
        return []
    return [c for c in head.children if c.dep_ == "dobj"] + [
        g for c in head.children if c.dep_ == "oprd" for g in c.children if g.dep_ == "compound" and g.pos_ == "NOUN"]


def _determiners(noun) -> list:
    """A noun's dependents that tell whether it is one told before, with those the parser gave the
    adjective it is a compound of ("called [the suspension] illegal": "the" hangs on "illegal")."""
    if noun.dep_ == "compound" and noun.head.dep_ == "oprd":
        return [*noun.children, *(c for c in noun.head.children if c.i < noun.i)]
    return list(noun.children)


def critics(frame: Frame, drafts: list[Draft], lex: Lexicon, own: set[str]) -> list[Entity]:
    """'the minister rejected criticism of the plan', 'dismissed calls to resign': a rejected claim
    noun with no determiner answers every demand and accusation told before that was aimed at the
    actor's side; their makers (each named once) are the recipients."""
    if frame.trigger.type != "REJECT" or not own:
        return []
    if not any(_bare_claim(tok, lex) for tok in frame.recipients + frame.alternates + frame.tokens[1:]):
        return []
    aimed = [d for d in drafts if d.actor and d.frame.trigger.type in ANSWERED and own & codes(d.recipient)]
    makers = [e for d in aimed for e in d.actor if (e.country or e.org) and (e.country or e.org) not in own]
    return [e for i, e in enumerate(makers) if all((e.country or e.org) != (m.country or m.org) for m in makers[:i])]


def _bare_claim(tok, lex: Lexicon) -> bool:
    """Whether a token is a demand or accusation noun with no determiner or owner ("rejected Western
    calls", "criticism of the measure"), so meaning all such told, not one."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or any(c.dep_ in {"det", "poss"} for c in tok.children):
        return False
    return lemma in CLAIM_NOUNS or any(t.type in ANSWERED for t in lex.nouns.get(lemma, ()))


OWN_WORDS = {"its", "their", "our", "his", "her"}
OWN_SECTORS = STATE_BODY_SECTORS | {"IGO"}  # an organisation's own bodies


def _others_first(named: list[Draft], noun, own: set[str]) -> list[Draft]:
    """The events told with a noun's word, another side's before the actor's own (its state's bodies,
    not rebels of its country): "the EU commissioner condemned the wine duties" names China's duties,
    not the EU's told since; "defended its decision" names its own."""
    if any(c.lower_ in OWN_WORDS for c in noun.children):
        return named

    def ours(draft: Draft) -> bool:
        return bool(draft.actor) and all((e.country or e.org) in own and e.sector in OWN_SECTORS for e in draft.actor)

    return sorted(named, key=ours)
