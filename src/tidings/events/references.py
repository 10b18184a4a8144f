"""What a reference in an event's argument refers to, when it names no one itself: a relative
pronoun's antecedent ("Peter Kamau, leader of the opposition party, who was detained": Kamau), a
personal pronoun ("ECOWAS said it would send envoys": ECOWAS), a numbered plural ("Washington urged
Ethiopia and Eritrea to pull back ... the two neighbours fought a war": Ethiopia and Eritrea, not the
US), and the third parties, mediators and hosts ("talks hosted by Qatar"), who are none of "the two
sides". ``parties`` turns argument tokens into entities with these."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..actors import ArticleActors
from ..actors.resolve import PLURAL_HEADS
from ..model import Entity
from .dating import SAY
from .draft import Draft, codes


RELATIVE = {"who", "which", "that", "whom"}


def antecedent(pronoun, resolved):
    """What a relative pronoun stands for: the noun its clause describes, or for "who" the person
    that noun's phrase is about ("Peter Kamau, leader of the opposition party, who was detained":
    the parser hangs the clause on "party")."""
    node = pronoun.head.head
    if pronoun.lower_ not in {"who", "whom"}:
        return node
    for _ in range(4):
        mention = resolved.by_token.get(node.i)
        if mention is not None and mention.entity is not None and mention.entity.kind == "person" and node.pos_ == "PROPN":
            return node
        if node.dep_ not in {"pobj", "prep", "appos"} or node.head.i == node.i:
            break
        node = node.head
    return pronoun.head.head


PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "it": "nonperson",
            "its": "nonperson", "they": "any", "them": "any"}


def pronoun(tok, resolved, actors: ArticleActors, drafts: list[Draft]) -> Entity | None:
    """'it', 'they', 'he', 'she': the speaker of the clause it is reported in ("ECOWAS said it
    ... urged"), else the doer the sentence before told of, for a subject opening its sentence, or
    that sentence's speaker when no such doer can be an "it" ("The Chinese embassy in Apia said the
    captain had fished legally and rejected ... It also accused ...": the embassy, not Apia), else
    the latest actor of the right kind."""
    kind = PRONOUNS.get(tok.lower_)
    if kind is None:
        return None
    if (done_to := _earlier_object(tok, kind, resolved)) is not None:
        return done_to
    for verb in tok.ancestors:  # "the EU imposed sanctions on firms it accuses of ...": the clause's subject
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i), None)
        if subject is not None and subject.i < tok.i and subject.i in resolved.by_token:
            entity = resolved.by_token[subject.i].entity
            if entity is not None and _fits_pronoun(entity, kind):
                return entity
    node = tok.head
    for _ in range(3):
        if node.lemma_.lower() in SAY:
            speaker = _say_subject(node)
            if speaker is not None and kind == "person" and speaker.i > tok.i:
                break  # "he had held a call, an official said": someone named before, not the speaker
            if speaker is not None and speaker.i in resolved.by_token:
                entity = resolved.by_token[speaker.i].entity
                if entity is not None and _fits_pronoun(entity, kind, speaker):
                    return entity
            if speaker is not None and speaker.i < tok.i and speaker.lower_ == tok.lower_ \
                    and speaker.i not in resolved.by_token:
                return pronoun(speaker, resolved, actors, drafts)  # "It thanked X and said it welcomed ..."
            break
        if node.head.i == node.i:
            break
        node = node.head
    before = [m.entity for m in resolved.mentions if m.entity is not None and m.span[0] < tok.idx + resolved.base]
    if not before and (topic := _eventless_topic(tok, kind, actors, drafts)) is not None:
        return topic
    if not before and (doer := _last_doer(tok, kind, drafts)) is not None:
        return doer
    if not before and (topic := _eventless_topic(tok, kind, actors, [])) is not None:
        return topic  # the speaker before, when no doer of its events can be an "it"
    older = actors.recent[max(0, len(actors.recent) - len(resolved.mentions) - 50):len(actors.recent) - len(resolved.mentions)]
    return next((e for e in reversed(older + before) if _fits_pronoun(e, kind) and (e.country or e.org)), None)


def _say_subject(verb):
    """The subject of a verb of saying, or of the verb it is coordinated with when it has none of its
    own ("The ministry thanked Oman and said it ...": the ministry)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def _earlier_object(tok, kind: str, resolved) -> Entity | None:
    """For an object pronoun, the object of a verb its clause hangs on ("Benin freed three Nigerien
    workers, two days after arresting them": the workers, not Benin)."""
    if tok.dep_ not in {"dobj", "pobj"} or tok.lower_ not in {"them", "him", "her"}:
        return None
    for verb in (a for a in tok.ancestors if a.pos_ == "VERB" and a.i < tok.i):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i), None)
        mention = resolved.by_token.get(obj.i) if obj is not None else None
        if mention is not None and mention.entity is not None and _fits_pronoun(mention.entity, kind):
            return mention.entity
    return None


def _eventless_topic(tok, kind: str, actors: ArticleActors, drafts: list[Draft]) -> Entity | None:
    """For a subject pronoun opening its sentence, the speaker or subject of the sentence just
    before in its paragraph when that sentence told none of the ``drafts``: "Peru's trade ministry said
    it would keep the duty on zinc from Chile. In a partial retreat, it dropped the duty on copper" is
    the ministry, not Chile, nor the doer of an event told earlier."""
    topic = actors.previous_topic
    if tok.dep_ != "nsubj" or topic is None or not (topic.country or topic.org) or tok.sent.start == 0:
        return None
    if told_just_before(tok, drafts):
        return None
    return topic if _fits_pronoun(topic, kind, _say_subject(tok.doc[tok.sent.start - 1].sent.root)) else None


def _last_doer(tok, kind: str, drafts: list[Draft]) -> Entity | None:
    """The actor of the last event told before the sentence a subject pronoun opens: "The rebels
    began attacking convoys in 2024, saying they acted for farmers. Last month, they freed ..." are
    the rebels, not the farmers named last; a body the sentence before named by a singular noun or
    by the same pronoun is an "it" ("the foreign ministry said it had lodged a protest. In a letter,
    it asked ...")."""
    if tok.dep_ != "nsubj":
        return None
    earlier = [d for d in drafts if d.frame.head.doc is not tok.doc or d.frame.head.i < tok.sent.start]
    last = next((d for d in reversed(earlier) if d.actor), None)
    if last is None or len(last.actor) != 1 or not (last.actor[0].country or last.actor[0].org):
        return None
    named_by = last.frame.actors[0] if last.frame.actors else None
    same = named_by is not None and named_by.lower_ == tok.lower_
    return last.actor[0] if same or _fits_pronoun(last.actor[0], kind, named_by) else None


def told_just_before(tok, drafts: list[Draft]) -> list[Draft]:
    """The drafts told in the sentence just before ``tok``'s in its paragraph (a paragraph is one Doc),
    none for a paragraph's first sentence."""
    if tok.sent.start == 0:
        return []
    previous = tok.doc[tok.sent.start - 1].sent
    return [d for d in drafts if d.frame.head.doc is tok.doc and d.frame.head.sent == previous]


def joint_doers(tok, resolved, drafts: list[Draft]) -> list[Entity]:
    """For a "they" opening its sentence, the two or more sides that together did the last thing the
    sentence just before told, past a host or mediator named after them ("The two countries agreed
    to restore ties after talks hosted by Oman. On Tuesday they signed a memorandum": the two
    countries, not Oman); nothing when that doer is one side ("The rebels ... they freed"). A "they"
    in the words of one person is not that person but the group of two or more the sentence before
    told of, its doers or else those it was done to ("The envoy met delegates of both countries.
    She said they had agreed ...": the two countries)."""
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or tok.sent.start == 0:
        return []
    reported = _reported_by_one(tok, resolved)
    if not reported and any(t.i in resolved.by_token for t in tok.doc[tok.sent.start:tok.i]):
        return []
    for draft in reversed(told_just_before(tok, drafts)):
        if draft.frame.trigger.mode == "third-party" or hosting_participle(draft.frame.head):
            continue
        sides = distinct(draft.actor, "any")
        if reported and len(sides) < 2:
            sides = distinct(draft.recipient, "any")
        return [replace(e, text=tok.text) for e in sides] if len(sides) >= 2 else []
    return []


def _reported_by_one(tok, resolved) -> bool:
    """Whether ``tok``'s clause is what one person said ("He said they ...", "Berg said they ...")."""
    if tok.head.dep_ != "ccomp" or tok.head.head.lemma_.lower() not in SAY:
        return False
    speaker = _say_subject(tok.head.head)
    if speaker is None:
        return False
    mention = resolved.by_token.get(speaker.i)
    return speaker.lower_ in {"he", "she"} or (
        mention is not None and mention.entity is not None and mention.entity.kind == "person")


def their_owners(tok, resolved) -> list[Entity]:
    """The states or organisations a possessive "their" refers back to: the subject of a
    governing clause with its coordinated members ("Kenya and Ethiopia agreed ... after their
    ministers met", "Bosnian Serbs said their forces")."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
        return []
    for verb in tok.ancestors:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
        if subject is not None:
            named = (resolved.by_token.get(t.i) for t in [subject, *subject.conjuncts])
            return [m.entity for m in named if m is not None and m.entity is not None
                    and (m.entity.country or m.entity.org)]
    return []


def _fits_pronoun(entity: Entity, kind: str, named_by=None) -> bool:
    """Whether a pronoun can stand for an entity; ``named_by`` is the speaker's noun when the
    pronoun is in its reported words: "the interim government announced that it ...", a body
    named by a singular noun, is an "it", "the insurgents" are not."""
    if kind == "person":
        return entity.kind == "person"
    if kind == "nonperson":
        return entity.kind in {"state", "organisation"} or (
            entity.kind == "group" and named_by is not None and named_by.tag_ in {"NN", "NNP"})
    return True


# a numbered group the actors stage leaves unresolved ("the three countries", "its two allies",
# "the two navies"): the states or sides named before
GROUP_HEADS = {**PLURAL_HEADS, "ally": "state", "navy": "state", "army": "state", "military": "state", "guard": "state",
               "coastguard": "state", "force": "state", "ministry": "state"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


def numbered_group(tok) -> tuple[int, str] | None:
    """(how many, what kind) for a definite numbered plural ("the three countries", "its two
    allies", "both navies"), else None; "three countries pledged aid" names no one before."""
    hint = GROUP_HEADS.get(tok.lemma_.lower())
    if hint is None or tok.tag_ not in {"NNS", "NNPS"}:
        return None
    count = next((NUMBERS[c.lower_] for c in tok.children if c.lower_ in NUMBERS and c.i < tok.i), None)
    definite = any(c.dep_ == "poss" or c.lower_ in {"the", "these", "those", "both"} for c in tok.children)
    return (count, hint) if count is not None and definite else None


STATE_OFFICES = {"minister", "president"}  # offices of a state: two holders are of two states


def sides(text: str, office: str, count: int, hint: str, recent: list[Entity], actors: ArticleActors,
          drafts: list[Draft], exclude: set[str] = frozenset(), sent=None) -> list[Entity]:
    """The ``count`` sides a plural reference names ("the two leaders", "both countries", "the three
    countries"): the last holders of its office, else the sides of the latest event with that many,
    else the last that many named; states for a word naming states."""
    holders = _last_holders(recent, office, count) if hint == "person" else []
    exclude = set(exclude) | third_parties(drafts)
    # "the two foreign ministers" no holder of which was named: of two states, not two bodies of one
    by = "state" if hint == "person" and office.split()[-1] in STATE_OFFICES else hint
    group = holders or _last_group(drafts, count, by, exclude) or _last_distinct(recent, by, count, exclude)
    if count == 2 and not holders:
        group = _story_pair(group, recent, drafts, by, exclude, sent)
    if hint == "state":
        return [Entity(text=text, name=actors.kb.countries.get(e.country, e.country), country=e.country, kind="state")
                for e in group]
    return [replace(e, text=text) for e in group]


STORY_MENTIONS = 3  # how often each of a story's two sides is named before "the two neighbours" refers to them


def _story_pair(group: list[Entity], recent: list[Entity], drafts: list[Draft], hint: str, exclude: set[str],
                sent=None) -> list[Entity]:
    """The story's two sides for a pair of which at most one is one ("the two neighbours fought a war"
    after Washington urged Ethiopia and Eritrea to pull back: Ethiopia and Eritrea, not the US and
    Eritrea): the two sides named most, when each is named STORY_MENTIONS times and more than any third;
    a pair the same sentence or the one just before it in the paragraph names is kept ("Nigeria detained
    a Ghanaian trawler ... after talks between the two", "Chile asked Peru for the records. Officials of
    the two countries met the next day", "Finland and Estonia spoke ... the two countries agreed"), but
    not one that acted together further back ("Brazilian and Colombian observers were deployed", two
    paragraphs before "urged both governments" in a story about Guyana and Venezuela); with no sentence
    given, a pair that acted together anywhere is kept."""
    keys = {_side(e, hint) for e in group}
    if any(keys <= {_side(e, hint) for e in d.actor} if sent is None else _just_before(d.frame.head.sent, sent)
           and keys <= {_side(e, hint) for e in d.actor + d.recipient} for d in drafts):
        return group
    named = [e for e in recent if (e.country or e.org) not in exclude | {None} and _side(e, hint) is not None]
    counts = Counter(_side(e, hint) for e in named).most_common(3)
    if len(counts) < 2 or counts[1][1] < STORY_MENTIONS or (len(counts) == 3 and counts[2][1] >= counts[1][1]):
        return group
    pair = [next(e for e in reversed(named) if _side(e, hint) == key) for key, _ in counts[:2]]
    if len(group) == 2 and len(keys & {key for key, _ in counts[:2]}) <= 1:
        return pair
    return group


BARE_PAIR = {"two", "both"}


def bare_pair(tok) -> bool:
    """Whether a subject is a bare "the two" or "both" naming no noun ("The two agreed to hold
    talks", "Both said they would ..."); "the two countries" is a numbered group instead."""
    if tok.lower_ not in BARE_PAIR or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(c.pos_ in {"NOUN", "PROPN"} or c.dep_ == "prep" for c in tok.children):
        return False  # "both of them", "the two of them": another reading
    return tok.lower_ == "both" or any(c.lower_ == "the" for c in tok.children)


def pair_sides(tok, drafts: list[Draft]) -> list[Entity]:
    """The two sides a bare "the two" or "both" subject names: those of the latest event with two told
    in its sentence or the one before ("Kenya and Uganda held talks on Monday. The two agreed to ...")."""
    near = [d for d in drafts if _just_before(d.frame.head.sent, tok.sent)]
    return [replace(e, text=tok.doc[tok.left_edge.i:tok.i + 1].text) for e in two_sides(near, drafts, "any")]


def _just_before(earlier, sent) -> bool:
    """Whether a sentence is ``sent`` itself or the one right before it in its paragraph ("Chile asked
    Peru for the records. Officials of the two countries met the next day"); a paragraph is one Doc."""
    return earlier == sent or earlier.doc is sent.doc and earlier.end == sent.start


def _last_holders(recent: list[Entity], office: str, count: int = 2) -> list[Entity]:
    """'the two presidents', 'both ministers', 'the two foreign ministers': the last two people holding
    that office (every word of it), of different sides."""
    out: list[Entity] = []
    for entity in reversed(recent):
        if entity.kind == "person" and set(office.split()) <= set((entity.role or "").lower().split()) \
                and all(entity.name != e.name and entity.country != e.country for e in out):
            out.append(entity)
        if len(out) == count:
            return out[::-1]
    return []


def _last_group(drafts: list[Draft], count: int = 2, hint: str = "any",
                exclude: set[str] = frozenset()) -> list[Entity]:
    """The sides of the latest event with exactly ``count`` distinct sides ("the two sides", "both
    governments"), leaving out the ``exclude`` states (mediators, hosts); a mediation's sides are
    the mediated ("Qatar mediated between X and Y", "talks hosted by Qatar")."""
    for draft in reversed(drafts):
        third = draft.frame.trigger.mode == "third-party" or hosting_participle(draft.frame.head)
        found = distinct(draft.recipient if third else draft.actor + draft.recipient, hint, exclude)
        if len(found) == count:
            return found
    return []


def two_sides(candidates: list[Draft], drafts: list[Draft], hint: str, exclude: set[str] = frozenset()
              ) -> list[Entity]:
    """The two sides (states for ``hint`` "state") of the latest asserted event of the ``candidates``
    with two, leaving out the ``exclude`` states and the article's mediators and hosts, as for "the two sides"."""
    told = [d for d in candidates if d.frame.modality == "asserted"]
    return _last_group(told, 2, hint, third_parties(drafts) | set(exclude))


HOSTING = {"host", "welcome", "receive"}  # a host's meeting a side it mediates between makes it no side
MEDIATING = {"host", "mediate", "broker", "facilitate", "sponsor"}


def hosting_participle(verb) -> bool:
    """Whether a verb is a participle telling who hosted or mediated what it describes ("talks hosted by Qatar")."""
    return verb.lemma_.lower() in MEDIATING and verb.dep_ == "acl" and verb.tag_ == "VBN"


# the events a third party hosts or mediates between two sides: talks and accords, not "Mali and Niger,
# partners in the alliance, backed the move"
HOSTED_TYPES = {"CONSULT", "AGREE"}


def third_parties(drafts: list[Draft]) -> set[str]:
    """The states and organisations the article shows between two sides, as it stands: mediators
    ("Qatar mediated between ..."), and who hosted or mediated the talks of two sides ("the army and
    the RSF held talks hosted by Saudi Arabia"), until they act as a side themselves (hosting one
    side's delegation is no such act)."""
    out: set[str] = set()
    for draft in drafts:
        parties = codes(draft.actor + draft.recipient)
        if draft.frame.trigger.mode == "third-party":
            out |= codes(draft.actor)
        elif draft.frame.trigger.type in HOSTED_TYPES and len(distinct(draft.actor, "any")) >= 2 and any(
                _mediator(t) for t in draft.frame.recipients + draft.frame.alternates):
            out |= parties - codes(draft.actor)
        elif draft.frame.trigger.head not in HOSTING:
            out -= parties
    return out


def _mediator(tok) -> bool:
    """Whether a recipient of two sides' act is named as who hosted or mediated it ("talks hosted by
    Saudi Arabia") or as where it was held ("talks in Jeddah")."""
    return tok.dep_ == "pobj" and (tok.head.lower_ in {"in", "at"} or tok.head.lower_ == "by"
                                   and tok.head.head.lemma_.lower() in MEDIATING)


# the sectors of a state's own bodies (None: the state itself), one side whatever the sector; rebels,
# opposition or people of it another
STATE_BODY_SECTORS = {None, "GOV", "MIL", "COP", "JUD", "LEG"}


def _side(entity: Entity, hint: str):
    """What makes a party a side of its own: its state for a word naming states, else its state or
    organisation with whether it is that state's own body ("Sudan's army" and "the RSF" are two)."""
    if hint == "state":
        return entity.country
    if entity.country or entity.org:
        return entity.country or entity.org, entity.sector in STATE_BODY_SECTORS
    return entity.name


def distinct(found: list[Entity], hint: str, exclude: set[str] = frozenset()) -> list[Entity]:
    """The entities of different sides, first named first, leaving out the ``exclude`` states."""
    out: list[Entity] = []
    for entity in found:
        key = _side(entity, hint)
        if key is None or (entity.country or entity.org) in exclude:
            continue
        if all(_side(e, hint) != key for e in out):
            out.append(entity)
    return out


def _last_distinct(recent: list[Entity], hint: str, count: int = 2, exclude: set[str] = frozenset()) -> list[Entity]:
    """The last ``count`` distinct sides named ("the three countries": the last three states)."""
    out: list[Entity] = []
    for entity in reversed(recent):
        if hint == "person" and entity.kind != "person":
            continue
        out = distinct([entity, *out], hint, exclude)
        if len(out) == count:
            return out
    return []
