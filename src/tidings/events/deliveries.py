"""Vehicles, teams, goods and forces arriving or sent: "two aid planes landed in Juba", "a team of
Chinese police trainers arrived": whose they are, what they bring and the lexicon's trigger for it
(aid, trade, a deployment or troops moved)."""
from __future__ import annotations

from dataclasses import replace

from .lexicon import Lexicon, Trigger
from .phrases import conjuncts, named, noun_agent, pobjs

CARRYING = {"carry", "bring", "transport", "ferry", "haul"}  # "a plane carrying tents", "a ship bringing fuel"
HELPERS = {"team", "unit", "crew", "squad", "contingent", "brigade"}  # a group sent to help
HELPING = {"rescue", "relief", "medical", "humanitarian", "aid", "engineer"}  # what such a group does
GIFTS = {"donation", "gift", "aid", "relief"}  # "arrived ... as a donation"
LOADING = {"load", "laden", "pack", "fill"}  # "a ship loaded with tents", "a plane packed with medicine"


def delivery_trigger(verb, subject, lex: Lexicon) -> Trigger | None:
    """The trigger of a vehicle or a helping team of a state arriving with goods or to help ("a
    Chilean navy ship carrying 50 tonnes of food docked in Lima", "a Spanish rescue team reached
    Izmir"): that state's aid (or, for a traded commodity, its trade), told by ``verb``; None for a
    bare arrival of a vehicle ("a Greek ferry docked in Bari") or one no state is named on."""
    owner = group_owner(subject)
    subject = _batch_of(subject)
    trigger = _cargo_trigger(verb, subject, lex) or (_help_trigger(lex) if _helping_team(subject) else None) \
        or _deployment_trigger(subject, lex)
    return None if owner is None else _told_by(trigger, verb)


BATCHES = {"batch", "patch", "group", "wave", "detachment", "number", "first", "second", "last"}  # "a batch of ..."
TEAMS = {"team", "unit", "contingent"}  # "a team of police trainers": the trainers, unless told helping


def _batch_of(subject):
    """What a word of part or number stands for ("a first batch of Kenyan police officers landed
    in Haiti": the officers; "a second team of police instructors": the instructors), else the
    subject itself, as a team told helping ("a team of medical workers") is."""
    lemma = subject.lemma_.lower()
    if lemma not in BATCHES and (lemma not in TEAMS or _helping_team(subject)):
        return subject
    return next(iter(pobjs(subject, "of")), subject)


def group_owner(subject):
    """The state an arriving group's members belong to ("a team of Japanese doctors": Japan),
    else the group's own ("a Spanish rescue team"); None when neither is named."""
    members = [_batch_of(subject), *pobjs(subject, "of")]
    return next(filter(None, map(_owner, members)), None) or _owner(subject)


def _owner(subject):
    """The state an arriving vehicle or team belongs to or comes from, or None; a word of the
    vehicle's own name ("the Royal Navy Lynx HMS Kent") is no owner."""
    owner = noun_agent(subject)
    if owner is not None and subject.ent_iob_ == "I" and owner.ent_type_ == subject.ent_type_:
        owner = None
    return owner or next(iter(_donors_of(subject)), None)


def _donors_of(subject) -> list:
    """The state a vehicle comes from ("a ship from Chile"), when named."""
    return [o for o in pobjs(subject, "from") if named(o)]


def _goods(verb, subject) -> list:
    """What an arriving vehicle brings: the object of "carrying" on it or its verb, or its verb's
    "with" ("docked with water pumps"), or what it is "loaded with", down through a measure ("12
    tonnes of rice")."""
    carriers = [c for t in (verb, subject) for c in t.children
                if c.dep_ in {"advcl", "acl", "xcomp"} and c.lemma_.lower() in CARRYING]
    loaded = [o for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in LOADING for o in pobjs(c, "with")]
    found = [o for c in carriers for o in c.children if o.dep_ == "dobj"] + pobjs(verb, "with") + pobjs(subject, "with") \
        + loaded
    found = [t for o in found for t in conjuncts(o)]
    return found + [g for t in found for g in pobjs(t, "of") for g in conjuncts(g)]


def _cargo_trigger(verb, subject, lex: Lexicon) -> Trigger | None:
    """The lexicon's "shipment" of the first goods it names a row for ("shipment food": aid,
    "shipment wheat": trade), aid when the arrival is told a gift ("arrived as a donation")."""
    goods = _goods(verb, subject)
    if not goods:
        return None
    if any(o.lemma_.lower() in GIFTS for o in pobjs(verb, "as")) or any(map(_helping_team, goods)):
        return _help_trigger(lex)  # "arrived as a donation", "docked with a team of army engineers"
    return next(filter(None, (_row(lex.nouns, "shipment", g.lemma_.lower()) for g in goods)), None)


def sent_cargo_trigger(verb, vehicle, lex: Lexicon) -> Trigger | None:
    """The trigger of a vehicle sent with goods ("sent a navy ship loaded with water and tents",
    "dispatched a plane carrying medicine"): the lexicon's shipment of its cargo (aid, or trade for a
    traded commodity), told by ``verb``; None when it carries nothing the lexicon names."""
    return _told_by(_cargo_trigger(verb, vehicle, lex), verb)


def _told_by(trigger: Trigger | None, verb) -> Trigger | None:
    """``trigger`` as the verb that tells it ("docked", "sent"), or None with no trigger."""
    return None if trigger is None else replace(trigger, words=(verb.lemma_.lower(),), pos="verb")


def _row(table: dict, head: str, word: str) -> Trigger | None:
    """The lexicon's row of ``head`` followed by ``word`` ("shipment relief", "deploy officer"), or None."""
    return next((t for t in table.get(head, ()) if t.words[1:] == (word,)), None)


def _help_trigger(lex: Lexicon) -> Trigger | None:
    """The lexicon's trigger for relief sent ("shipment relief")."""
    return _row(lex.nouns, "shipment", "relief")


DEPLOYED = {"police", "officer", "policeman", "gendarme", "troop", "soldier", "peacekeeper", "marine", "paratrooper"}


ADVISERS = {"trainer", "instructor", "adviser", "advisor"}  # sent to train a state's forces: "deploy trainer" rows


def _deployed_kind(subject) -> str:
    """The lexicon's word for forces arriving: "peacekeeper" for troops told peacekeeping
    ("Nepali peacekeeping troops"), else the subject's own lemma."""
    if any(c.lemma_.lower() == "peacekeeping" for c in subject.children):
        return "peacekeeper"
    return subject.lemma_.lower()


def _deployment_trigger(subject, lex: Lexicon) -> Trigger | None:
    """A state's forces arriving abroad ("200 Rwandan police officers landed in Bangui"): the
    lexicon's deployment of them ("deploy officer")."""
    lemma = _deployed_kind(subject)
    if lemma not in DEPLOYED | ADVISERS:
        return None
    return _row(lex.verbs, "deploy", lemma)


MOVING = {"move", "advance", "head", "roll", "push", "sail"}
MOVERS = DEPLOYED | {"army", "force", "convoy", "column", "tank", "unit", "battalion", "brigade", "squadron", "regiment",
                     "warship", "frigate", "destroyer", "corvette", "cruiser", "submarine", "patrol"}
TOWARD = ("toward", "towards", "into")
# moving verbs whose "for" (or "from") also tells where a force goes: "headed for the strait", "the patrol
# vessel sailed from Ushuaia" (a warship leaving port is sent out, wherever it goes)
WHERE_TO = {"head": ("for",), "sail": ("for", "from")}


def movement_trigger(verb, lex: Lexicon) -> Trigger | None:
    """The lexicon's moving of troops for a state's forces or warships moving by themselves toward somewhere
    ("Sudanese army convoys moved toward the border", "tank columns advanced into the province", "the
    frigate headed for the strait", "the patrol vessel sailed from Ushuaia"),
    told by ``verb``; None for anything else."""
    lemma = verb.lemma_.lower()
    if lemma not in MOVING:
        return None  # checked first: this runs on every verb
    subject = _mover(verb)
    toward = TOWARD + WHERE_TO.get(lemma, ())
    if subject is None or not any(pobjs(verb, p) for p in toward):
        return None
    trigger = _row(lex.verbs, "move", "troop")
    if trigger is None:
        return None
    return replace(trigger, words=(lemma,), actor="subj")


def _mover(verb):
    """The subject of a moving verb when it names forces or a warship, or None; a verb joined to an
    earlier one shares its subject, and a ship's name its kind ("the frigate Almirante Grau left
    port and headed for the strait": "Grau", a frigate)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    kinds = _kind_words(subject) if subject is not None else []
    return subject if any(k.lemma_.lower() in MOVERS for k in kinds) else None


def _kind_words(noun) -> list:
    """A noun and the words compounded onto it, two deep ("the patrol vessel BAP Ferre": Ferre,
    BAP, vessel and patrol)."""
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    return [noun, *compounds, *(g for c in compounds for g in c.children if g.dep_ == "compound")]


def _helping_team(subject) -> bool:
    """Whether who arrives is a group sent to help ("a search and rescue team", "a medical unit")."""
    return subject.lemma_.lower() in HELPERS and any(t.lemma_.lower() in HELPING for t in subject.subtree if t is not subject)


TRAINERS = {"instructor", "trainer", "adviser", "advisor", "mercenary", "contractor"}
TRAINING = {"train", "advise", "assist", "help", "support", "accompany", "equip", "mentor"}


def trainees_of(arrivals: list, verb) -> list | None:
    """Whom arriving military trainers come to help ("Russian military instructors arrived in Bria
    to train and accompany Central African troops": the troops): help given, not a visit; [] when
    the help names no one, None when the arrivals are no trainers sent to help."""
    if not any(t.lemma_.lower() in TRAINERS for t in arrivals):
        return None
    return trained(verb)


def trained(verb, purposes: set[str] = TRAINING) -> list | None:
    """Whom an arrival's purpose clause names helped ("arrived in Bria to train and accompany
    Central African troops": the troops; "to help border guards patrol the frontier": the guards);
    [] when it names no one, None with no such clause."""
    clauses = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in purposes]
    if not clauses:
        return None
    objects = [o for c in clauses for v in [c, *c.conjuncts] for o in v.children if o.dep_ == "dobj"] + [
        s for c in clauses for v in c.children if v.dep_ == "ccomp" for s in v.children if s.dep_ == "nsubj"]
    return conjuncts(objects[0]) if objects else []


HELPING_PURPOSES = TRAINING | {"rebuild", "repair", "reconstruct"}  # forces sent "to help rebuild the bridge"


def helped_by_deployment(verb) -> list | None:
    """Whom forces sent with a purpose of helping help ("sent two radar units to help track the
    drones": [] as no one is named; "deployed engineers to help the Malian army rebuild bridges":
    the army), None when the sending tells no such purpose."""
    return trained(verb, HELPING_PURPOSES)
