"""Code one parsed article: frames -> events with resolved actors, dates, places and
amounts; then one event per happening (a caption and the body that tells the same
meeting are one event, with both sentences as evidence)."""
from __future__ import annotations

import hashlib
from dataclasses import replace

from ..actors import ArticleActors, locate, resolve_sentence
from ..actors.resolve import place_not_person, sentence_ents
from ..model import Article, Entity, Event, Sentence, TimeExpr
from .amounts import find_amounts
from .dating import (
    DEFINITE,
    Episode,
    by_its_answer,
    date_of,
    date_the_act_named,
    date_the_pledge_retold,
    in_a_clause_on_the_subject,
    is_future,
    main_time,
    no_later,
    of_another_clause,
    publication,
    said_when,
    simple_present,
    told_as_ongoing,
)
from .draft import Dated, Draft, codes
from .frames import CRAFT, MEDIA, TEXTS, VEHICLES, WEAK, Frame, find_frames
from .happening import HOSTILE, PRESENT_DO, lasting, no_happening
from .lexicon import Lexicon
from .merge import merge, nested, richer
from .modality import (
    ACCORD_NOUNS,
    MODAL_AUX,
    OBLIGATION,
    REPORTING,
    SUBJECTS,
    background,
    clause_marked,
    conditional,
    gift_for,
    has_negation,
    if_clause,
    left_open,
    no_longer,
    no_longer_in,
    spoken_purpose,
    to_infinitive,
)
from .parties import critics, entities, noun_only, parties
from .phrases import side

MONEY_TYPES = {"AID", "COOPERATE", "SANCTION", "AGREE"}
DISSENT = {"OPP", "LAB"}  # protesters, demonstrators, opposition supporters, unions: who gathering is a protest
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
OFFICIAL = {"GOV", "MIL", "COP", "JUD", "LEG"}  # the state's own bodies: their protests are aimed abroad


def code_article(article: Article, parsed: list, actors: ArticleActors, lex: Lexicon) -> list[Event]:
    """Return the article's events; ``parsed`` is [(Paragraph, spaCy Doc, [TimeExpr])] in text order.

    An event with no date of its own takes the time its ``Episode`` gives (see dating.py):
    the sentence before it in the same paragraph, else the news the story's lead tells, else
    the publication date."""
    drafts: list[Draft] = []
    lead = next((p for p in article.paragraphs if p.kind == "body"), None)
    lead_index = article.paragraphs.index(lead) if lead is not None else None
    episode = Episode(article, lead)
    for paragraph, doc, times in parsed:
        base = paragraph.span[0]
        for sent in doc.sents:
            span = (base + sent.start_char, base + sent.end_char)
            sentence = Sentence(span, article.text[span[0]:span[1]], article.paragraphs.index(paragraph))
            article.sentences.append(sentence)
            resolved = resolve_sentence(sent, base, actors)
            article.mentions.extend(resolved.mentions)
            own = [t for t in times if span[0] <= t.span[0] < span[1]]
            fallback = episode.fallback(paragraph, sent, drafts, lex)
            date_the_pledge_retold(sent, base, own, drafts, sentence.paragraph)
            known: list[Dated] = []
            first_of_sentence = len(drafts)
            for frame in _fold_elaborations(_measure_parts(find_frames(sent, lex))):
                draft = _draft(frame, sent, sentence, paragraph.kind, resolved, actors, drafts, own, article, lex)
                if draft is None:
                    continue
                if frame.modality == "asserted" and _scheduled(frame.head, own, article, sentence.span[0] - sent.start_char):
                    frame.modality = "future"
                stopped = _stopped(frame)
                if draft.dated is None:
                    told = frame.modality not in {"future", "hypothetical"}
                    said = said_when(frame, sent, base, own, article.published) if told else None
                    ongoing = said is not None and (stopped or frame.modality == "asserted" and told_as_ongoing(frame.head))
                    draft.dated = said if ongoing else no_later(fallback or publication(article), said)
                promised = frame.modality in {"future", "negated"} or frame.modality == "hypothetical" and (
                    _ultimatum(frame.head) and not left_open(frame.head) or _own_side_could(draft))
                if stopped:
                    _code_stop(frame)
                elif promised and (frame.trigger.pos == "verb" or frame.inherited == "object"):
                    _code_intent(draft, own, fallback, article, lex)
                elif frame.modality == "asserted" and frame.trigger.type == "CONSULT" and _open_to(frame.head):
                    frame.trigger = replace(frame.trigger, type="AGREE", mode=None, cameo=INTENT["AGREE"])
                elif frame.modality == "hypothetical" and frame.trigger.type == "ASSAULT" and _prepared(frame.head):
                    # "the army prepared to shell the town": the attack is to come, the readying is done
                    frame.trigger = replace(frame.trigger, type="MOBILIZE", mode=None, cameo="150")
                    frame.modality = "asserted"
                if frame.modality == "asserted" and draft.dated.explicit and is_future(draft.dated, article):
                    frame.modality = "future"  # a deed told is done by the story's day: one dated later is to come
                draft.confidence = _confidence(draft)
                # "X, which broke away in 1991, ...": no time of the story
                if draft.dated.explicit and frame.modality == "asserted" and not in_a_clause_on_the_subject(frame.head):
                    known.append(draft.dated)
                if any(_part_of(draft, d) for d in drafts[first_of_sentence:]):
                    continue
                drafts[first_of_sentence:] = [d for d in drafts[first_of_sentence:] if not _part_of(d, draft)]
                same = next((d for d in drafts[first_of_sentence:] if nested(d, draft)), None)
                if same is None:
                    drafts.extend(_each(draft))
                elif richer(draft, same):
                    at = drafts.index(same)
                    drafts[at:at + 1] = _each(draft)
            date_the_act_named(sent, base, own, drafts)
            episode.move_on(paragraph, sent, main_time(sent, base, own, article.published), known, fallback, drafts)
    for draft in drafts:
        _answer_later_critics(draft, drafts, lex)
    return [_event(article, d, lex) for d in merge(drafts, lead_index)]


def _answer_later_critics(draft: Draft, drafts: list[Draft], lex: Lexicon) -> None:
    """A rejection of bare calls or criticism that names no other side answers the demands and
    accusations aimed at the actor's side anywhere in the article: "the junta on Friday rejected
    foreign calls to free the journalists", with the calls by Norway and the UN told paragraphs
    later, is a rejection of Norway and the UN (``parties`` sees only what was told before)."""
    own = codes(draft.actor)
    if codes(draft.recipient) - own:
        return
    others = [d for d in drafts if d is not draft]
    draft.recipient = critics(draft.frame, others, lex, own) or draft.recipient


def _draft(frame: Frame, sent, sentence: Sentence, kind: str, resolved, actors: ArticleActors,
           drafts: list[Draft], own: list[TimeExpr], article: Article, lex: Lexicon) -> Draft | None:
    """The draft event of one frame, or None when it names no party; its date is None
    when the sentence does not date it."""
    actor, recipient = parties(frame, resolved, actors, drafts, lex)
    if frame.reciprocal and not recipient and len(actor) == 1:
        return None
    if not recipient and any(t.lemma_.lower() in OBLIGATION for t in frame.tokens[1:]):
        return None  # "the US said it must act": an obligation of its own is no demand
    if frame.inherited == "clause" and not recipient and not _domestic_protest(frame, actor):
        return None  # "the war on terror", "during the visit": no party of its own
    if frame.trigger.type == "SUPPORT" and _backed_by_gear(frame.head):
        return None  # "troops, backed by armoured vehicles and drones": what a force brings, no one's backing
    if frame.trigger.type == "PROTEST" and _craft_stopping(frame):
        return None  # "the ship stopped work and sailed for port": a craft halts its task, no one strikes
    if not actor and not recipient and frame.trigger.type == "PROTEST":
        actor = _people_of(_location(frame, sent, [], actors))  # "a strike in Gazipur brought production to a halt"
    if not codes(recipient) and spoken_purpose(frame.head):
        recipient = _callee(frame, drafts) or recipient
    if frame.trigger.type == "AGREE" and (urged := _joined_request(frame, drafts)) is not None:
        # "urged both governments to show restraint and offered to host talks": an offer to them
        actor, recipient = actor or urged.actor, urged.recipient
    if not actor and (author := _author_of_text(frame, drafts)) is not None:
        actor = author  # "Argentina handed the envoy a note ... The note asked Uruguay to halt": Argentina asked
    if not actor and not codes(recipient) and frame.trigger.type == "RETREAT" and frame.trigger.pos == "verb":
        actor, recipient = _held_before(frame, drafts) or (actor, recipient)
    if not actor and not recipient:
        return None
    if frame.trigger.type == "ASSAULT" and (_natural_cause(frame.head) or not actor and _disaster(sent)
                                            or _measure_felt(frame.head, lex)):
        return None  # "the floods have killed 47 people", "900 people were injured": a disaster is no one's attack
    if frame.trigger.type == "MOBILIZE" and _hazard_in(sent) and not _abroad(actor, recipient):
        # PLOVER: "soldiers were sent to reach villages cut off by landslides" is relief, not a show of force
        frame.trigger = replace(frame.trigger, type="AID", mode=None, cameo="070")
    if frame.trigger.type == "THREATEN" and frame.head.lemma_.lower() == "warn" and actor \
            and all(e.org == "UN" for e in actor):
        return None  # "the World Food Programme warned it might cut rations": a UN agency tells of a danger, threatens no one
    if lasting(frame.head, frame.trigger.type):
        return None  # "already hosts a million refugees", "backed opposing sides for years": no happening
    if no_happening(frame) or _own_order(frame, actor, recipient):
        return None
    if frame.trigger.type == "MOBILIZE" and frame.trigger.mode == "police" and _into_foreign_place(frame.head, actor) \
            and _abroad(actor, recipient):
        # PLOVER: police sent into another state are assistance to it, not a move against it
        frame.trigger = replace(frame.trigger, type="AID", mode=None, cameo="074")
    if frame.trigger.type == "PROTEST" and _protest_of_state(frame, actor):
        # PLOVER: a protest a government lodges ("a sharp protest from Athens") is its disapproval, no demonstration
        frame.trigger = replace(frame.trigger, type="ACCUSE", mode="disapprove", cameo="114")
    if frame.trigger.type == "PROTEST" and frame.trigger.weight < WEAK:
        if not any(e.sector in DISSENT and e.kind == "group" for e in actor):
            return None  # "ministers gathered in Nairobi" is no protest; "the demonstrators had gathered" is
    elif frame.trigger.weight < WEAK and not any((e.country or e.org) and e.sector != "MED" for e in recipient):
        return None  # "spoke to reporters": too vague to stand without a party (the press is an audience)
    if frame.trigger.type == "COERCE" and frame.trigger.head in BLOCKING and _civilians(actor):
        # PLOVER: a road or landing site blocked by drivers, traders or villagers is their protest, no state's restriction
        frame.trigger = replace(frame.trigger, type="PROTEST", mode="obstruct", cameo="144")
    base = sentence.span[0] - sent.start_char
    dated = date_of(frame, sent, base, own, drafts, article.published, lex, kind == "caption")
    threatened = [e for e in entities(_failing_sides(frame.head), resolved, actors, drafts) if (e.country or e.org)
                  and (e.country or e.org) not in codes(actor)]
    return Draft(frame, sentence, kind, actor, recipient, dated,
                 location=_location(frame, sent, [{e.country for e in side if e.country} for side in (actor, recipient)], actors),
                 amounts=find_amounts(sentence.text) if frame.trigger.type in MONEY_TYPES else [],
                 context=_contexts(frame, sent, lex), evidence=[sentence.span], threatened=threatened)


ORDERING = {"order", "instruct", "direct"}
COURTS = {"JUD"}  # "a judge ordered the former president to appear": a court's order binds anyone, a demand


BLOCKING = {"block", "blockade", "barricade"}
CIVIC = {"CVL", "BUS", "LAB", "OPP", "EDU", "REL", "NGO", "MED"}  # people who block a road in protest, not to rule it


def _civilians(actor: list[Entity]) -> bool:
    """Whether every actor is a group of civilians ("drivers and traders", "fishermen and their families")."""
    return bool(actor) and all(e.kind == "group" and e.sector in CIVIC for e in actor)


def _joined_request(frame: Frame, drafts: list[Draft]) -> Draft | None:
    """The request to two or more sides that an offer shares its subject with ("urged both governments
    to show restraint and offered to host talks"); None otherwise."""
    head = frame.head
    if head.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        return None
    joined = head.head.head if head.head.dep_ == "xcomp" else head.head  # the parser may join it to what was urged
    return next((d for d in reversed(drafts) if d.frame.head.i == joined.i and d.frame.trigger.type == "REQUEST"
                 and len(codes(d.recipient) - codes(d.actor)) >= 2), None)


def _author_of_text(frame: Frame, drafts: list[Draft]) -> list[Entity] | None:
    """Who wrote the text a frame's subject names again ("The note asked ..."): the actor of the latest
    act told with a text of that name ("handed the envoy a note accusing ..."); None otherwise."""
    subject = frame.actors[0] if len(frame.actors) == 1 else None
    if subject is None or subject.lemma_.lower() not in TEXTS \
            or not any(c.lower_ in {"the", "this"} for c in subject.children):
        return None
    return next((d.actor for d in reversed(drafts) if d.actor and d.frame.head.sent.start != subject.sent.start
                 and any(t.lemma_.lower() == subject.lemma_.lower() for t in d.frame.head.sent)), None)


def _own_order(frame: Frame, actor: list[Entity], recipient: list[Entity]) -> bool:
    """Whether an order goes to a side's own officials or forces, a command at home and no request
    of anyone: "the ambassador in Lusaka was instructed to raise the matter", "the minister ordered
    two patrol boats to the coast" (an order to another state's people or a court's is a demand)."""
    if any(e.sector in COURTS for e in actor):
        return False
    home = {e.country for e in actor}
    return (frame.trigger.type == "REQUEST" and frame.head.lemma_.lower() in ORDERING and bool(recipient)
            and all(e.country and e.kind != "state" and (not actor or e.country in home) for e in recipient))


def _domestic_protest(frame: Frame, actor: list[Entity]) -> bool:
    """Whether a protest taken from its clause needs no recipient: "farm groups began a halt in
    grain sales in protest" is a strike by a country's own groups (PLOVER codes it with the state
    alone); a minister's or a state's protest is aimed at someone and needs one."""
    return frame.trigger.type == "PROTEST" and bool(actor) and all(
        e.kind == "group" and e.country and e.sector not in OFFICIAL for e in actor)


def _callee(frame: Frame, drafts: list[Draft]) -> list[Entity]:
    """The one a call or visit was made to, for what it was made to say: "telephoned the Turkish
    president to appeal for more water" appeals to Turkey."""
    call = frame.head.head
    return next((d.recipient for d in reversed(drafts)
                 if d.frame.head.doc is call.doc and d.frame.head.i == call.i), [])


def _held_before(frame: Frame, drafts: list[Draft]) -> tuple[list[Entity], list[Entity]] | None:
    """The holder and the held of a release told without either: "The guards were freed late on
    Tuesday" after "Inmates seized nine guards", "Two were released on bail" after "six protesters
    were detained": the latest seizure of people of that name (a number stands for any), in the
    paragraph or the one before."""
    paragraph = drafts[-1].sentence.paragraph if drafts else None
    names = {t.lemma_.lower() for t in frame.recipients if not t.like_num}
    for draft in reversed(drafts):
        if paragraph is not None and not 0 <= paragraph - draft.sentence.paragraph <= 1:
            break
        held = {t.lemma_.lower() for t in draft.frame.recipients}
        if draft.frame.trigger.type == "COERCE" and draft.frame.modality == "asserted" \
                and codes(draft.actor + draft.recipient) and (not names or names & held):
            return draft.actor, draft.recipient
    return None


def _step_of(step: Draft, act: Draft) -> bool:
    """Whether ``step`` is a step of ``act``'s own kind told in a subjectless gerund after a preposition
    on ``act``'s verb: "expelled the correspondent after revoking his accreditation", "after revoking
    his visa, officials deported the journalist" are one expulsion, one deportation."""
    verb = step.frame.head
    return step.frame.trigger.type == act.frame.trigger.type and step.frame.modality == act.frame.modality \
        and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
        and verb.head.head.i == act.frame.head.i and not any(c.dep_ in SUBJECTS for c in verb.children)


def _part_of(part: Draft, act: Draft) -> bool:
    """Whether ``part`` is told only as a step or the content of ``act`` (see ``_step_of``, ``_said_threat``,
    ``_agreed_act``)."""
    return _step_of(part, act) or _said_threat(part, act) or _agreed_act(part, act) or _accord_term(part, act)


def _accord_term(term: Draft, accord: Draft) -> bool:
    """Whether ``term`` is what an accord named in ``accord``'s trigger provides, told in a participle
    on its noun: "signed a pact allowing fishing boats to shelter in each other's ports" is the
    signing; the boats are let in only under it."""
    verb = term.frame.head
    return accord.frame.trigger.type == "AGREE" and verb.dep_ == "acl" and verb.tag_ == "VBG" \
        and verb.head.i in {t.i for t in accord.frame.tokens}


def _agreed_act(act: Draft, agreeing: Draft) -> bool:
    """Whether a cooperative act agreed to is the agreement itself: "agreed to hold talks" is one AGREE."""
    return act.frame.trigger.type == agreeing.frame.trigger.type == "AGREE" and _agreed_to(act.frame.head) \
        and act.frame.head.head.i == agreeing.frame.head.i


def _said_threat(said: Draft, saying: Draft) -> bool:
    """Whether a threat is what a threat's verb says, the saying naming whom it is aimed at: "the
    ambassador warned that the Treasury could impose sanctions on Honduran banks if ..." is one
    threat, the warning."""
    return said.frame.trigger.type == saying.frame.trigger.type == "THREATEN" and saying.frame.trigger.pos == "verb" \
        and said.frame.head.dep_ == "ccomp" and said.frame.head.head.i == saying.frame.head.i \
        and bool(codes(saying.recipient))


def _measure_parts(frames: list[Frame]) -> list[Frame]:
    """Without the participles that spell out the content of a measure named first: "by declaring
    a state of emergency, suspending visits and allowing soldiers to guard the jails" is the
    emergency; the visits and the soldiers are what it provides (so with ``_spelled_out``)."""
    heads = {f.head.i for f in frames}
    measures = {f.head.i for f in frames if f.trigger.type in MEASURES}
    # a demand is no content of a measure: "calling the arrests illegal and demanding their release"
    return [f for f in frames if (f.trigger.type == "REQUEST" or _first_participle(f.head).i not in heads - {f.head.i})
            and not (f.trigger.type in SPELLED_OUT and _spelled_out(f.head, measures))]


def _spelled_out(verb, measures: set[int]) -> bool:
    """Whether a participle spells out a measure whose verb it hangs on: "imposed sanctions on six
    firms, freezing their assets and banning them from travelling" (the ban is the sanctions)."""
    first = _first_participle(verb)
    return first.tag_ == "VBG" and first.dep_ == "advcl" and first.head.i in measures - {verb.i} \
        and not any(c.dep_ in SUBJECTS for c in first.children)


def _first_participle(verb):
    """The first of a row of participles with no subject of their own ("declaring" in "declaring
    ..., suspending ... and allowing ..."); else the verb itself."""
    while (verb.tag_ == "VBG" and verb.dep_ in {"conj", "advcl"} and verb.head.tag_ == "VBG"
           and not any(c.dep_ in SUBJECTS for c in verb.children)):
        verb = verb.head
    return verb


def _fold_elaborations(frames: list[Frame]) -> list[Frame]:
    """An act a sentence spells out with "including" is the event its general words name: "took
    control measures against Philippine vessels, including spraying water" is the water cannon
    (ASSAULT) by the coast guard against the vessels, not a vaguer COERCE beside it; so is an
    attack made to coerce ("used tear gas to disperse the crowd"), and relief a deployment was made
    for ("sent soldiers to clear roads and distribute food" is the aid, no show of force)."""
    kept = list(frames)
    for specific in frames:
        general = next((f for f in kept if _elaborates(specific, f) or _aim_of(f, specific) or _relief_by(specific, f)),
                       None)
        if general is None or not any(f is specific for f in kept):
            continue
        if _relief_by(specific, general):
            specific.modality = general.modality  # done as the troops are sent, who are no one aided
        else:
            specific.recipients = general.recipients or specific.recipients
        specific.actors = general.actors or specific.actors
        kept = [f for f in kept if f is not general]
    return kept


def _aim_of(aim: Frame, means: Frame) -> bool:
    """Whether ``aim`` is the coercion an attack was made for: "used tear gas to disperse the
    crowd" is one event, the tear gas (ASSAULT) against the crowd."""
    return means.trigger.type == "ASSAULT" and aim.trigger.type == "COERCE" and _purpose_of(aim.head, means.head)


def _relief_by(aid: Frame, deployment: Frame) -> bool:
    """Whether ``aid`` is the relief a deployment was made for: "sent 500 soldiers to deliver food" is
    one event, the aid, done as the soldiers are sent."""
    return (deployment.trigger.type == "MOBILIZE" and aid.trigger.type == "AID"
            and _purpose_of(aid.head, deployment.head))


def _purpose_of(verb, governor) -> bool:
    """Whether ``verb`` is a "to" infinitive telling what ``governor`` was done for, or is joined to
    one: "used tear gas to disperse the crowd", "sent troops to clear roads and deliver food"."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ in {"xcomp", "advcl"} and verb.head.i == governor.i and to_infinitive(verb)


def _elaborates(specific: Frame, general: Frame) -> bool:
    """Whether ``specific`` sits in an "including ..." phrase within ``general``'s clause (the parser
    often hangs it on the last verb before it: "measures against vessels that had entered the
    waters, including spraying water")."""
    if general is specific or general.trigger.pos != "verb":
        return False
    node = specific.head
    for _ in range(3):
        node = node.head
        if node.lower_ == "including" and node.dep_ == "prep":
            return specific.modality == general.modality and (
                node.head.i == general.head.i or general.head.is_ancestor(node))
    return False


COOPERATIVE = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}
MEASURES = {"COERCE", "SANCTION"}  # threatened on a people or a place as well as on a party
SPELLED_OUT = MEASURES | {"REJECT"}  # "..., barring Americans from dealing with them": a ban read as a refusal
YIELDING = {"RETREAT", "CONCEDE"}
INTENT = {"CONCEDE": "080", "AGREE": "030", "THREATEN": "130", "REJECT": "120"}
DECIDED = {"decide"}  # "has decided to expel": imposed, not threatened
VOWS = {"vow", "swear", "threaten"}  # "have sworn to fight on": a threat whoever the target
PLEDGES = {"offer", "ready", "promise", "pledge", "agree", "commit"}  # "offered to host talks": an AGREE
GIVING = {"AID", "COOPERATE"}  # "said it would share the data": a giving announced is a pledge made
ANNOUNCING = {"say", "announce", "pledge", "promise", "confirm", "tell"}
# "does not accept": a stance held now says no as "will not" does ("did not sign" only did nothing)
REFUSING = {"will", "wo", "would", "shall", "can", "ca", "refuse", "decline"} | PRESENT_DO


def _code_intent(draft: Draft, own: list[TimeExpr], fallback: Dated | None, article: Article, lex: Lexicon) -> None:
    """A promise is an event of its own, as PLOVER codes it: "X offered to host talks" is X
    AGREEing now (the talks themselves are not reported; a bare "X will visit Y" is a plan, no
    promise: ``_pledged``), "X will free the hostages" is X CONCEDEing
    (the codebook keeps promised retreats and concessions out of AGREE), "X will impose sanctions
    on Y" or "X will withdraw unless Y ..." is X THREATENing Y, "X will not accept refugees" is X
    REJECTing. A nominal event promised by its light verb ("would tighten the blockade") is the same.
    The promise is dated when it was made, not when it is to happen."""
    trigger, head = draft.frame.trigger, draft.frame.head
    if trigger.pos == "noun":
        if trigger.type not in HOSTILE:
            return  # "would prohibit aid" promises no aid
        known = any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in head.children)
        head = head.head  # the verb whose object the event is
        if known and head.dep_ in {"acl", "relcl", "advcl"}:
            return  # "will file a petition challenging the detentions": the detentions are what it is about
    if not draft.actor:
        return  # no one promised anything ("the money will pay for food")
    if _terms_of_accord(head, lex):
        return  # "under the accord, the navies will patrol together": the accord's terms, not a new promise
    if draft.frame.modality == "negated":
        if trigger.type not in COOPERATIVE or not _refusal(head) or _held_until(head):
            return  # "did not sign": nothing was done, and no one said no
        if trigger.type in YIELDING and _own_protest(trigger, lex):
            return  # "would not call off the strike": keeping up one's own protest refuses no one
        kind = "REJECT"
    elif _ultimatum(head) or draft.frame.modality == "hypothetical":
        kind = "THREATEN"  # an ultimatum, or what a speaker says its own side could do (``_own_side_could``)
    elif trigger.type == "SANCTION" and _announced(head):
        kind = "SANCTION"  # "will impose tariffs from June 1, the ministry announced": decided, not threatened
    elif trigger.type in YIELDING and _agreed_to(head) and len(codes(draft.actor)) > 1:
        kind = "AGREE"  # "the two sides agreed to reopen the crossing": a deal struck, no one side giving in
    elif trigger.type in YIELDING:
        kind = "CONCEDE"  # PLOVER: a promised retreat or concession is a concession, not an AGREE
    elif trigger.type in COOPERATIVE or trigger.type == "MOBILIZE" and _pledged(head):
        kind = "AGREE"  # "offered to send 40 police officers": an offer of help, no show of force
    elif _agreed_to(head) or _rally_at_home(draft):
        return  # "agreed to suspend the arrest warrants": what one side agrees to is no threat, nor a rally at home
    elif trigger.type == "THREATEN" or trigger.type in HOSTILE and (
            draft.recipient or trigger.type in MEASURES or head.head.lemma_.lower() in VOWS):
        kind = "THREATEN"  # "would reserve the right to respond": a threat is made when it is said
    else:
        return
    if kind != trigger.type:
        draft.frame.trigger = replace(trigger, type=kind, mode=None, cameo=INTENT[kind])
    if kind == "THREATEN" and draft.threatened:
        draft.recipient = draft.threatened  # "would take the case to the UN if France did not ...": a threat to France
    if kind == "AGREE" and trigger.type != "AGREE" and not (_pledged(head) or _announced_gift(head, trigger.type)
                                                         and not _dated_ahead(own, article)):
        return  # "will visit Doha in October": a plan (PLOVER's intent to cooperate) still to come, not a promise made
    draft.frame.modality = "asserted"
    base = draft.sentence.span[0] - head.sent.start_char
    past = [t for t in own if not (article.published and t.date > article.published) and not _deadline(t)
            and not of_another_clause(t, head, base)]
    if _agreed_to(head):  # "spoke on Sunday, and on Monday they agreed to reopen the crossing": the agreeing's day
        past.sort(key=lambda t: abs(t.span[0] - base - head.head.idx))
    if past:  # "offered last week to send boats, but Tonga declined the offer on Friday": by Friday
        draft.dated = by_its_answer(Dated.stated(past[0]), draft.frame, head.doc, own, base)
    elif draft.dated.explicit and (is_future(draft.dated, article) or any(_deadline(t) and t.text == draft.dated.text for t in own)):
        draft.dated = fallback or publication(article)


# what a side that will no longer do it stops, as PLOVER's SANCTION (mode, CAMEO); not AID: "will no longer
# accept refugees" refuses them (REJECT), and not CONSULT, unmeasured
STOPPING = {"COOPERATE": ("discontinue", "160")}


def _stopped(frame: Frame) -> bool:
    """Whether a cooperative act is what its actor says it will no longer do, an asserted stop:
    "would no longer take part in the joint exercises", "will no longer cooperate with the inquiry"."""
    if frame.modality != "negated" or frame.trigger.type not in STOPPING:
        return False
    head = frame.head
    return no_longer(head) or no_longer_in(head, {t.i for t in frame.tokens})


def _code_stop(frame: Frame) -> None:
    """PLOVER codes a cooperation its side stops as a SANCTION by that side: "said its coast guard
    would no longer join the joint patrols" (discontinue)."""
    mode, cameo = STOPPING[frame.trigger.type]
    frame.trigger = replace(frame.trigger, type="SANCTION", mode=mode, cameo=cameo)
    frame.modality = "asserted"


OPENNESS = {"open", "receptive"}


def _open_to(noun) -> bool:
    """Whether a meeting is what its actor said it was open to, an offer to meet and no meeting held:
    "India remained open to a dialogue with Nepal" (PLOVER's AGREE)."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.dep_ == "acomp"
            and prep.head.lemma_.lower() in OPENNESS)


def _deadline(t: TimeExpr) -> bool:
    """Whether a time is a deadline, when a promised act is due, not when it was promised: "warned on
    Monday that they would block roads if their demands were not met by the end of the month"."""
    return t.relation == "before"


def _agreed_to(head) -> bool:
    """Whether an act is what its actor agreed to do: "Uganda agreed to lift the ban on Kenyan sugar"."""
    return _infinitive_under(head, {"agree"})


def _pledged(head) -> bool:
    """Whether a cooperative act is what its actor bound itself to: "offered to host talks", "is ready
    to supply wheat", "pledged to fund the school". A bare future ("will visit Doha next month", "would
    hold talks") reports a plan, not a promise made to anyone; nor does a pledge refused ("did not
    agree to halt the exercises")."""
    return _infinitive_under(head, PLEDGES) and not any(c.dep_ == "neg" for c in head.head.children)


def _announced_gift(head, kind: str) -> bool:
    """Whether a giving act is told as what its giver said it would do: "said Hanoi would share the
    rainfall data", "announced that it would fund the clinic". A gift announced is a pledge made; a
    meeting announced ("said they would hold talks") is still only a plan; so is the purpose of a gift
    announced ("said it would provide $2 million to equip the border police")."""
    head = gift_for(head)
    will = any(c.dep_ == "aux" and c.lower_ in {"will", "would"} for c in head.children)
    return kind in GIVING and will and head.dep_ == "ccomp" and head.head.lemma_.lower() in ANNOUNCING


def _dated_ahead(own: list[TimeExpr], article: Article) -> bool:
    """Whether a clause dates its act after the story's day ("would send a team later this week",
    "would hold drills in March"): a scheduled act, a plan still to come."""
    return any(article.published and t.date_end > article.published for t in own)


def _scheduled(head, own: list[TimeExpr], article: Article, base: int) -> bool:
    """Whether a verb in the simple present ("meet", "meets": not a past form the tagger calls
    present), with no auxiliary, is dated in its own clause to a time wholly after the story's day: a
    timetable ("foreign ministers meet next week"), an act still to come ("return this week for talks"
    may be under way)."""
    if not simple_present(head) or head.lower_ not in {head.lemma_.lower(), head.lemma_.lower() + "s"}:
        return False
    start, end = head.left_edge.idx + base, head.right_edge.idx + len(head.right_edge) + base
    return any(start <= t.span[0] < end and article.published and t.date > article.published for t in own)


def _infinitive_under(head, governors: set[str]) -> bool:
    """Whether an act is a "to" infinitive under one of some verbs or adjectives ("agreed to lift")."""
    return to_infinitive(head) and head.head.lemma_.lower() in governors


def _own_side_could(draft: Draft) -> bool:
    """Whether a hostile act only supposed is one a speaker warns, or says under a condition, its own
    side could do to another, a threat made in the saying: "the minister said Nairobi could impose
    tariffs on Ugandan sugar if ...", "warned that its troops would open fire" (what a speaker says
    another side could do is a forecast: ``frames._forecast``); the act itself stays undone."""
    verb = draft.frame.head
    if draft.frame.trigger.type not in HOSTILE or draft.frame.trigger.pos != "verb" or verb.dep_ != "ccomp" \
            or not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODAL_AUX - OBLIGATION for c in verb.children):
        return False
    saying = verb.head
    if saying.lemma_.lower() not in REPORTING or not codes(draft.recipient) - codes(draft.actor):
        return False
    if not if_clause(verb) and saying.lemma_.lower() != "warn":
        return False  # "the bloc could tighten its quotas, diplomats said": a possibility told
    if saying.dep_ == "advcl" and saying.tag_ == "VBG":
        saying = saying.head  # "went further, saying Santiago could halt ...": the speaker is the main verb's
    speaker = next((c for c in saying.children if c.dep_ in SUBJECTS), None)
    party = side(speaker) if speaker is not None else None
    return party is not None and party[0] in codes(draft.actor)


def _ultimatum(head) -> bool:
    """Whether an act is made to hang on the other side's failing: "will strike unless the rise is
    withdrawn", "would begin a strike if the rise was not withdrawn" (the verb of a nominal act too)."""
    return bool(_failing_clauses(head))


def _failing_clauses(head) -> list:
    """The "unless" or "if ... not" clauses an act (or the verb of a nominal act) is made to hang on."""
    verbs = [head, head.head] if head.pos_ == "NOUN" else [head]
    return [c for v in verbs for c in v.children if c.dep_ == "advcl" and not _elided(c) and any(
        m.dep_ == "mark" and (m.lower_ == "unless" or m.lower_ == "if" and has_negation(c)) for m in c.children)]


def _failing_sides(head) -> list:
    """The subjects of the clauses an act is made to hang on the failing of ("would go to the UN if
    France did not remove the station": France)."""
    return [s for c in _failing_clauses(head) for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]


def _elided(clause) -> bool:
    """Whether a clause is a bare "do" standing for the act above it: "Gulf banks could fund the
    line if Western lenders did not" offers to stand in for someone, no threat to anyone."""
    return clause.lemma_.lower() == "do" and not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in clause.children)


def _terms_of_accord(head, lex: Lexicon) -> bool:
    """Whether a clause (or the clause it is coordinated with) is set "under" an agreement."""
    while True:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "under" and any(
                    o.dep_ == "pobj" and (o.lemma_.lower() in ACCORD_NOUNS
                                          or any(t.type == "AGREE" for t in lex.nouns.get(o.lemma_.lower(), ())))
                    for o in prep.children):
                return True
        if head.dep_ != "conj" or head.head.i == head.i:
            return False
        head = head.head


def _own_protest(trigger, lex: Lexicon) -> bool:
    """Whether a concession's object is a protest ("call off the strike", "end the boycott")."""
    return any(t.type == "PROTEST" for word in trigger.words[1:] for t in lex.nouns.get(word, ()))


def _places_to(head) -> list[str]:
    """The named places a move goes "to": "sent officers to Port Moresby" gives ["Port Moresby"]."""
    return [" ".join(t.text for t in o.subtree if t.pos_ == "PROPN")
            for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]


def _into_foreign_place(head, actor) -> bool:
    """Whether a move goes to a named place not in the mover's own state: "New Zealand sent police
    to Honiara" goes abroad; "Spain sent 300 more police to Ceuta" stays at home, whatever foreign
    party the story is about (a place of unknown state is taken as abroad)."""
    ours = {e.country for e in actor if e.country}
    return any((found := locate(name)) is None or found.country not in ours for name in _places_to(head))


def _announced(head) -> bool:
    """Whether a promised measure is told as decided: with the day it starts ("will impose tariffs
    from June 1, the ministry announced") or under "decided"; "announced that he will withdraw the
    inspectors" alone is still a threat."""
    starts = any(c.dep_ == "prep" and c.lower_ in {"from", "starting"} and any(g.ent_type_ == "DATE" for g in c.subtree)
                 for c in head.children)
    return starts or any(a.lemma_.lower() in DECIDED for a in head.ancestors)


def _abroad(actor, recipient) -> bool:
    """Whether every state on the recipient side differs from the actor's states."""
    ours = {e.country for e in actor if e.country}
    theirs = {e.country for e in recipient if e.country}
    return bool(ours and theirs and not ours & theirs)


HAZARDS = {"flood", "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon", "landslide", "mudslide",
           "drought", "wildfire", "heatwave", "tsunami", "avalanche", "outbreak", "epidemic", "disease", "cholera",
           "famine", "rain", "lightning", "flooding", "tremor", "eruption"}


def _natural_cause(head) -> bool:
    """Whether a harm verb's cause is a natural hazard: "floods killed", "killed by a landslide", and
    a participle's, by the subject of the verb it hangs on or what that came "as": "Lena came ashore
    as a typhoon, flattening villages"."""
    while head.dep_ in {"advcl", "conj"} and head.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head
    causes = [c.head.head if c.lower_ in {"that", "which"} and c.head.dep_ == "relcl" else c
              for c in head.children if c.dep_ == "nsubj"]  # "an earthquake that struck": the earthquake
    causes += [o for c in head.children if c.dep_ == "agent" or c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    return any(c.lemma_.lower() in HAZARDS or c.lower_ in HAZARDS for c in causes)


FORCE = {"ASSAULT", "MOBILIZE"}


def _measure_felt(head, lex: Lexicon) -> bool:
    """Whether a harm verb tells what a measure did to those it touched, no attack: "the embargo hit
    fishermen", "the suspension hit traders" (a subject naming an act none of whose readings is an
    attack or a force: "the shelling hit the school", "the patrol hit a mine")."""
    return any(c.dep_ == "nsubj" and lex.nouns.get(c.lemma_.lower()) and not any(
        t.type in FORCE for t in lex.nouns[c.lemma_.lower()]) for c in head.children)


def _disaster(sent) -> bool:
    """Whether the paragraph of a sentence tells of a natural hazard (a flood, an earthquake)."""
    return _hazard_in(sent.doc)


def _hazard_in(tokens) -> bool:
    """Whether the tokens (a sentence, a paragraph) name a natural hazard: "troops were sent to villages
    cut off by landslides" does, "troops were sent to the dam" in a paragraph about a drought does not."""
    return any(t.lemma_.lower() in HAZARDS for t in tokens)


def _prepared(head) -> bool:
    """Whether an attack is what its actor made ready for ("prepared to attack", not "is prepared to")."""
    governor = head.head
    return (head.dep_ == "xcomp" and governor.lemma_.lower() == "prepare"
            and not any(c.lemma_ == "be" for c in governor.children))


def _refusal(head) -> bool:
    """Whether a negated event is an actor saying no: "will not accept", "cannot agree" (not "failed to")."""
    if conditional(head):
        return False  # "if Baghdad does not reverse course": a condition, no one's answer
    words = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
    if head.dep_ == "xcomp":
        words |= {head.head.lemma_.lower()} | {c.lower_ for c in head.head.children if c.dep_ == "aux"}
    return bool(words & REFUSING)


def _protest_of_state(frame: Frame, actor: list[Entity]) -> bool:
    """Whether a protest noun is a state's own, named as its owner or source and no people of it:
    "Japan's protest", "a protest from Athens", "conveyed its protest" ("Kenyan protests" may be a march)."""
    noun = frame.head
    owner = any(c.dep_ == "poss" for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "from" and any(o.pos_ == "PROPN" for o in c.children) for c in noun.children)
    return frame.trigger.pos == "noun" and owner and bool(actor) and all(e.kind == "state" for e in actor)


def _backed_by_gear(verb) -> bool:
    """Whether "backed by" names the craft or gear a force brings: "police, backed by helicopters"."""
    return verb.lemma_.lower() == "back" and any(
        c.dep_ == "agent" and any(o.lemma_.lower() in CRAFT for o in c.children) for c in verb.children)


def _craft_stopping(frame: Frame) -> bool:
    """Whether a strike is told of a ship, plane or lorry, which halts its work and downs no tools:
    "the survey vessel stopped work on Tuesday"."""
    return frame.trigger.mode == "strike" and frame.trigger.pos == "verb" and any(
        c.dep_ in SUBJECTS and c.lemma_.lower() in VEHICLES for c in frame.head.children)


def _rally_at_home(draft: Draft) -> bool:
    """Whether a protest still to come is one a side's own people plan at home, a plan and no
    threat: "opposition parties said they would march on parliament again on Friday"."""
    home = {e.country for e in draft.actor}
    return draft.frame.trigger.type == "PROTEST" and None not in home and {e.country for e in draft.recipient} <= home


def _held_until(head) -> bool:
    """Whether a withheld act waits on a condition, no refusal: "will not free the crew until the
    inquiry is over" (the freeing is put off, not refused)."""
    return clause_marked(head, {"until"})


def _each(draft: Draft) -> list[Draft]:
    """The events of one frame: "Norway and Qatar each promised $50 million" is a pledge by
    each of them, else the one draft."""
    if len(draft.actor) < 2 or not draft.frame.each:
        return [draft]
    return [replace(draft, actor=[e], amounts=list(draft.amounts), context=list(draft.context),
                    evidence=list(draft.evidence), shared=True) for e in draft.actor]


def _people_of(place) -> list[Entity]:
    """The people of a place, who strike or march there when no one else is named."""
    if place is None or place.country is None:
        return []
    return [Entity(text=place.name, name=f"people of {place.name}", country=place.country, kind="group")]


def _location(frame: Frame, sent, countries: list[set[str]], actors: ArticleActors):
    """The most specific place the sentence puts the event in ("at ..., Washington", "in Gaza"); a
    name several places bear is the one in the actor's country, else the recipient's (Tripoli, Lebanon).
    A town the parser took for a person ("a strike in Gazipur") is a place too."""
    parties = {t.i for t in frame.actors + frame.recipients}
    best = None
    for ent in sentence_ents(sent):
        place_like = ent.label_ in {"GPE", "LOC", "FAC"} or ent.label_ == "PERSON" and place_not_person(ent.text, actors)
        if not place_like or ent.root.i in parties:
            continue
        # "in Gaza", "at the State Department, Washington": a place inside a locative phrase
        ancestors = [a for _, a in zip(range(3), ent.root.ancestors, strict=False)]
        if not any(a.dep_ == "prep" and a.lower_ in PLACE_PREPS for a in ancestors) or _issued_from(ent.root):
            continue
        place = locate(ent.text, countries)
        if place is not None and (best is None or (best.precision == "country" and place.precision == "city")):
            best = place
    return best


def _issued_from(tok) -> bool:
    """Whether a place is where words came from ("in a statement from Abuja"), not where the act is."""
    return tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in MEDIA


def _contexts(frame: Frame, sent, lex: Lexicon) -> list[str]:
    found = [frame.trigger.context] if frame.trigger.context else []
    for tok in sent:
        context = lex.contexts.get(tok.lemma_.lower())
        if context and context not in found:
            found.append(context)
    return found


def _confidence(draft: Draft) -> float:
    """The trigger's weight, lowered for a missing party, a borrowed date, depth below the
    sentence's main verb and an event told as background, so a sentence's main event ranks first."""
    score = draft.frame.trigger.weight
    score *= max(0.6, 1.0 - 0.08 * sum(1 for _ in draft.frame.head.ancestors))
    score *= 0.6 if background(draft.frame.head) else 1.0
    score *= 1.0 if codes(draft.actor) else 0.7
    own = {e.country for e in draft.actor}
    # "urged its citizens": a bare noun of the actor's own country is no party of its own
    other = any(not (noun_only(e) and e.country in own) for e in draft.recipient)
    score *= 1.0 if other or draft.frame.reciprocal else 0.85
    score *= 1.0 if draft.dated.explicit else 0.9
    # "agreed to lift the ban" tells an agreement first: the concession agreed to ranks after it
    score *= 0.75 if draft.frame.trigger.type != "AGREE" and _agreed_to(draft.frame.head) else 1.0
    return max(0.05, min(1.0, score))


def _event(article: Article, draft: Draft, lex: Lexicon) -> Event:
    trigger = draft.frame.trigger
    words = " ".join(t.text for t in sorted(draft.frame.tokens, key=lambda t: t.i))
    key = f"{article.id}|{trigger.type}|{draft.sentence.span[0]}|{draft.frame.head.idx}|{words}"
    if draft.shared:
        key += "|" + ",".join(e.name for e in draft.actor)
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
