"""One event per happening within an article: mentions of the same happening (a caption
and the body, "the meeting" told again) are merged, keeping every sentence as evidence."""
from __future__ import annotations

from datetime import timedelta

from .dating import DEFINITE, told_before
from .draft import Dated, Draft, codes, distance
from .modality import deployed_for

RECENT = timedelta(days=7)  # how far before publication the news a lead tells can lie


def merge(drafts: list[Draft], lead: int | None = None) -> list[Draft]:
    """Return one draft per happening; ``lead`` is the index of the story's lead paragraph."""
    kept: list[Draft] = []
    borrowed = {id(d) for d in drafts if _borrowed_date(d, drafts)}  # by identity: drafts compare by value
    for draft in drafts:
        matches = [k for k in reversed(kept) if _same_happening(k, draft) or _retold(k, draft, lead) or _completes(k, draft)
                   or _share_a_word(k, draft)]
        # the same sentence first, then a mention dated in the same window, then the latest mention
        same = next((k for k in matches if k.sentence.span == draft.sentence.span), None) \
            or next((k for k in matches if k.dated.explicit and draft.dated.explicit), None) \
            or next(iter(matches), None) or _told_again(kept, draft) or _toll_of(kept, draft) \
            or _agentless_retelling(kept, draft) or _vaguer_mention(kept, draft) or _unnamed_retelling(kept, draft) or _protest_by_act(kept, draft) \
            or _conjoined_act(kept, draft)
        quoted = None if same else _quoted_stance(kept, draft)
        if quoted:
            _fold(quoted, draft, dated=False)
            continue
        retold = None if same else _participle_retelling(kept, draft)
        if retold:
            draft.dated = retold.dated  # the participle only borrowed its clause's date
        same = same or retold
        if same is None or _opposite(same, draft):
            kept.append(draft)
            continue
        _fold(same, draft)
    return _fold_retellings(kept, borrowed)


def _fold(same: Draft, draft: Draft, dated: bool = True) -> None:
    """Fold a mention into the event it tells, keeping its sentence as evidence; ``dated`` False
    when the mention's date is not its own and must not narrow the event's."""
    if draft.sentence.span not in same.evidence:
        same.evidence.append(draft.sentence.span)
    if dated and _narrower(draft.dated, same.dated):
        same.dated = draft.dated
    same.location = same.location or draft.location
    same.actor, same.recipient = same.actor or draft.actor, same.recipient or draft.recipient
    same.amounts += [a for a in draft.amounts if a not in same.amounts]
    same.context += [c for c in draft.context if c not in same.context]
    same.confidence = min(1.0, max(same.confidence, draft.confidence) + 0.05)
    if same.kind == "caption" and draft.kind == "body":
        same.frame, same.sentence, same.kind = draft.frame, draft.sentence, draft.kind
        same.actor, same.recipient = draft.actor or same.actor, draft.recipient or same.recipient


def _fold_retellings(kept: list[Draft], borrowed: set[int]) -> list[Draft]:
    """Fold each deed told without a time of its own into the act of its kind and sides told, on
    another day, elsewhere in the article: "lodged a protest on Monday over the detention of four
    fishermen" is the detention "seized on Friday" below, not an arrest on Monday."""
    out = list(kept)
    for draft in kept:
        act = _retold_act(draft, out, borrowed) if id(draft) in borrowed else None
        if act is not None:
            _fold(act, draft, dated=False)
            out = [d for d in out if d is not draft]  # by identity: drafts compare by value
    return out


SETTINGS = {"after", "since", "following", "over", "when", "because"}  # "after Vilnius shut ..."


def _borrowed_date(d: Draft, drafts: list[Draft]) -> bool:
    """Whether a mention is a deed dated only by the sentence it is told in, with no time under it:
    a definite noun ("protested on Monday over the detention of the crew", not "the attack on
    Monday"), or a clause of time or cause dated as the act it hangs from ("warned on Wednesday
    after Vilnius shut its crossings")."""
    head = d.frame.head
    told = "".join(t.text_with_ws for t in head.subtree)
    if d.dated.text and d.dated.text in told:
        return False
    if head.pos_ == "NOUN":
        return told_before(d.frame)
    above = {t.i for t in head.ancestors}
    return _in_setting(head) and any(o.sentence.span == d.sentence.span and o.frame.head.i in above
                                     and o.dated == d.dated for o in drafts)


def _in_setting(verb) -> bool:
    """Whether a verb heads a clause of time or cause: "after Vilnius shut", "over arming the rebels"."""
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in SETTINGS for c in verb.children)
    return verb.dep_ == "pcomp" and verb.head.lower_ in SETTINGS


def _retold_act(d: Draft, kept: list[Draft], borrowed: set[int]) -> Draft | None:
    """The act a deed without a time of its own retells: the nearest that ``_may_retell`` allows,
    with a time of its own, else one before it with none."""
    if not codes(d.actor + d.recipient) or d.dated.date is None:
        return None
    at = next(i for i, k in enumerate(kept) if k is d)
    kind = [(i, k) for i, k in enumerate(kept) if k is not d and _may_retell(d, k)]
    own = [(abs(i - at), k) for i, k in kind if id(k) not in borrowed]
    told = [(at - i, k) for i, k in kind if i < at]
    best = min(own or told, key=lambda c: c[0], default=None)
    return best[1] if best else None


def _may_retell(d: Draft, k: Draft) -> bool:
    """Whether deed ``d`` can retell act ``k``: of its kind and modality, on another day, by sides
    holding every state ``d`` names (by ``d``'s own actor, unless that was only taken from around the
    noun); an arrest may retell a seizure (acts done many times a day vary in means), an expulsion
    no trade cut; a clause of time or cause retells an act done before it, of those done many times
    a day one on the same victims ("arrested 40 on Thursday after rioters attacked officers" is new)."""
    if k.frame.trigger.type != d.frame.trigger.type or k.frame.modality != d.frame.modality \
            or k.dated.date is None or k.dated.date == d.dated.date:
        return False
    if not codes(d.actor + d.recipient) <= codes(k.actor + k.recipient) or _other_actors(k, d) and not d.frame.inherited:
        return False
    if d.frame.trigger.type not in REPEATABLE and _other_modes(k, d):
        return False
    return d.frame.head.pos_ == "NOUN" or not _other_victims(k, d) and k.dated.date < d.dated.date


def _same_happening(a: Draft, b: Draft) -> bool:
    if a.frame.trigger.type != b.frame.trigger.type or a.frame.modality != b.frame.modality:
        return False
    if _other_means(a, b):
        return False  # a phone call is not the visit
    if _other_demands(a, b):
        return False  # "pressed for the treaty" and, paragraphs on, "asked it to investigate the death"
    if _other_terms(a, b):
        return False  # "signed an agreement to build a bridge" and "agreed to extend the power contract"
    if not _overlap(a, b):
        return False
    if not codes(a.actor + a.recipient) or codes(a.actor + a.recipient) != codes(b.actor + b.recipient):
        return False
    if _other_actors(a, b):
        return False  # "Cambodia recalled its ambassador" and "Thailand closed its crossings": each its own act
    if "caption" in {a.kind, b.kind}:
        return True  # a caption retells the body's happening, often naming people where the body names states
    if a.sentence.span == b.sentence.span and _two_measures(a, b):
        return False  # "expelled a diplomat and shut its crossings": two measures told in one sentence
    if a.sentence.span == b.sentence.span and _names(a.actor) & _names(b.actor):
        return True  # one actor, one act told twice in one sentence ("arrived in Adre and met the prime minister")
    if _one_body(a.actor, b.actor):
        return True  # "Zimbabwean riot police fired tear gas on Wednesday ... Police moved in, firing tear gas"
    if _same_words_same_day(a, b):
        return True  # "Police fired tear gas at protesters on Thursday" after "Peruvian police fired tear gas on Thursday"
    if _one_dyad_one_day(a, b):
        return True  # "Moldova ordered a Russian diplomat to leave on Monday. The foreign ministry declared ..."
    if a.recipient and b.recipient:
        return bool(_names(a.recipient) & _names(b.recipient)) and bool(_names(a.actor) & _names(b.actor) or codes(a.actor + a.recipient))
    return bool(_names(a.actor + a.recipient) & _names(b.actor + b.recipient))


REPEATABLE = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}  # acts a side may do many times a day
ANYONE = {"people", "persons", "others", "civilians"}  # victims named by a noun that names no one in particular


def _one_dyad_one_day(a: Draft, b: Draft) -> bool:
    """Whether two mentions, anywhere in the article, tell one act of one state on another on one
    day: the same actor and recipient states (two, not one state's own affairs), both dated to that
    day (not attacks, arrests, protests or deployments, of which a day may hold many); "travelled to
    Lome on Friday" in the lead and "held talks with his Togolese counterpart on Friday" below."""
    if a.frame.trigger.type in REPEATABLE or _other_modes(a, b):
        return False  # "recalled its ambassador" and "closed the crossings" the same day are two measures
    if not (a.dated.explicit and b.dated.explicit and a.dated.precision == b.dated.precision == "day"):
        return False
    actor, recipient = codes(a.actor), codes(a.recipient)
    return bool(actor) and bool(recipient) and not actor & recipient \
        and actor == codes(b.actor) and recipient == codes(b.recipient)


DEMANDED = {"xcomp", "ccomp"}  # the clause a request asks for ("asked Oslo to free the crew")
CONTENT = {"NOUN", "VERB", "PROPN", "ADJ"}


def _demand(d: Draft) -> set[str]:
    """The content words of what a request asks for: "urged Oslo to free the crew" -> {free, crew},
    "pressed for a ceasefire" -> {ceasefire}; empty for other acts."""
    if d.frame.trigger.type != "REQUEST":
        return set()
    head, used = d.frame.head, {t.i for t in d.frame.tokens}
    asked = [c for c in head.children if c.dep_ in DEMANDED or c.dep_ == "prep" and c.lower_ == "for"]
    return {t.lemma_.lower() for c in asked for t in c.subtree if t.pos_ in CONTENT and t.i not in used}


def _terms(d: Draft) -> set[str]:
    """What an agreement binds its sides to do, the infinitive or participle and its object: "agreed to
    extend the supply contract", "signed an agreement to build a bridge", "an agreement extending power
    trading" -> {extend, contract}, {build, bridge}, {extend, trading}; empty for other acts and for an
    agreement told without its terms."""
    if d.frame.trigger.type != "AGREE":
        return set()
    done = [c for t in d.frame.tokens for c in t.children if c.pos_ == "VERB" and _binds(c)]
    return {t.lemma_.lower() for v in done for t in [v, *(c for c in v.children if c.dep_ == "dobj")]}


def _binds(verb) -> bool:
    """Whether a verb under an agreement's words is what it binds its sides to: an infinitive or
    participle complement ("agreed to extend", "an agreement extending"), or a participle the parser
    hung on the signing ("signed an accord on Wednesday extending the patrols")."""
    if verb.dep_ in {"xcomp", "acl"}:
        return verb.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(m.dep_ == "mark" for m in verb.children)


def _other_terms(a: Draft, b: Draft) -> bool:
    """Whether two agreements bind their sides to different things, nothing of one's terms in the other's."""
    x, y = _terms(a), _terms(b)
    return bool(x and y) and not x & y


def _other_demands(a: Draft, b: Draft) -> bool:
    """Whether two requests paragraphs apart ask for different things, nothing of one's demand in the
    other's (told in one paragraph or the next, a request is often rephrased: "called for calm ... urged
    both sides to pull back")."""
    x, y = _demand(a), _demand(b)
    return abs(a.sentence.paragraph - b.sentence.paragraph) > 1 and bool(x and y) and not x & y


def _opposite(a: Draft, b: Draft) -> bool:
    """Whether ``b`` is done by the side ``a`` was done to, to ``a``'s actor: "Serbia rejected a
    Kosovo proposal" and "the Kosovo government rejected the Serbian demand" are two rejections."""
    actor = codes(b.actor)
    return bool(actor) and actor <= codes(a.recipient) and not actor & codes(a.actor) \
        and bool(codes(b.recipient) & codes(a.actor))


def _other_actors(a: Draft, b: Draft) -> bool:
    """Whether two mentions name acts of different states or bodies."""
    return bool(codes(a.actor)) and bool(codes(b.actor)) and not codes(a.actor) & codes(b.actor)


def _two_measures(a: Draft, b: Draft) -> bool:
    """Whether two verbs tell sanctions of different modes taken on one stated day ("expelled a diplomat
    on Wednesday and shut its rail crossings"): two measures, however closely told; a noun ("recalled
    its envoy over the expulsion"), another day or a day the sentence does not state is left to the other
    tests."""
    return a.frame.trigger.type == b.frame.trigger.type == "SANCTION" and _other_modes(a, b) \
        and a.frame.head.pos_ == b.frame.head.pos_ == "VERB" and a.dated == b.dated \
        and bool(a.dated.text) and a.dated.text in a.sentence.text


def _other_modes(a: Draft, b: Draft) -> bool:
    """Whether two mentions name acts of different modes (an expulsion, a trade cut)."""
    x, y = a.frame.trigger.mode, b.frame.trigger.mode
    return bool(x and y) and x != y


def _same_words_same_day(a: Draft, b: Draft) -> bool:
    """Whether two mentions name their act with the same words, more than one, and date it to the same
    day: "fired tear gas" told in the lead and again below is one crackdown ("detained" twice on one
    day may be two arrests)."""
    x, y = a.dated, b.dated
    words = a.frame.trigger.words
    return len(words) > 1 and words == b.frame.trigger.words and x.explicit and y.explicit \
        and x.precision == y.precision == "day" and x.date == y.date


def _names(entities) -> set[str]:
    """The names of some entities, to tell whether two mentions share a party."""
    return {e.name for e in entities}


def _heads(entities) -> set[str]:
    """The head nouns of the groups among some entities ("Zimbabwean riot police" -> "police"); a
    person, a state or a named body is matched by its name, not its head."""
    return {e.name.split()[-1].lower() for e in entities if e.name and e.kind in {"group", "unknown"}}


def _one_body(x, y) -> bool:
    """Whether two sides share a group named by one head noun, the words of one name all in the
    other's: "Zimbabwean riot police" and "Police" are one body; "Serbia's interior ministry" and
    "the foreign ministry" are two (each has a word the other lacks)."""
    words = lambda e: set(e.name.lower().replace("'s", "").split()) - {"the"}  # noqa: E731
    return any(_heads([e]) == _heads([f]) != set() and (words(e) <= words(f) or words(f) <= words(e))
               for e in x for f in y)


def _other_means(a: Draft, b: Draft) -> bool:
    """Whether two consultations are different kinds of contact (a phone call, a visit, a mediation):
    different happenings. The means of other acts vary within one ("firing tear gas into the crowd
    and beating protesters" is one crackdown)."""
    return a.frame.trigger.type == "CONSULT" and _other_modes(a, b)


def _told_again(kept: list[Draft], b: Draft) -> Draft | None:
    """The event a definite noun refers back to: "the World Bank approved a loan to Malawi. The bank
    said the financing carries ...", "The meeting was held at the delegation level": the latest
    event of its kind with every state the noun's sentence names, dated as the noun was (see
    dating.date_of), else told in the same paragraph or the one before."""
    if not told_before(b.frame):
        return None
    kind = [k for k in kept if k.frame.trigger.type == b.frame.trigger.type and k.frame.modality == b.frame.modality
            and not (b.frame.trigger.type not in REPEATABLE and _other_modes(k, b))]
    if b.dated.explicit:
        kind = [k for k in kind if k.dated.explicit and _overlap(k, b)]
    else:
        kind = [k for k in kind if 0 <= b.sentence.paragraph - k.sentence.paragraph <= 1]
    return kind[-1] if kind and codes(b.actor + b.recipient) <= codes(kind[-1].actor + kind[-1].recipient) else None


def _completes(a: Draft, b: Draft) -> bool:
    """Whether two mentions of one kind of act on one day, in one paragraph or the next, each name
    the side the other lacks: "the water cannon attack on a Philippine resupply mission on May 20"
    and "a China Coast Guard cutter trained its water cannon on the vessel" are one attack."""
    if a.frame.trigger.type != b.frame.trigger.type or a.frame.modality != b.frame.modality:
        return False
    if not (a.dated.explicit and b.dated.explicit and a.dated.precision == b.dated.precision == "day"
            and a.dated.date == b.dated.date) or not 0 <= b.sentence.paragraph - a.sentence.paragraph <= 1:
        return False
    doer, done = (a, b) if a.actor else (b, a)
    return bool(codes(doer.actor)) and not doer.recipient and not done.actor and bool(codes(done.recipient)) \
        and not codes(doer.actor) & codes(done.recipient)


def _toll_of(kept: list[Draft], b: Draft) -> Draft | None:
    """The clash whose toll an agentless sentence right after it tells: "Guards of both sides
    exchanged fire on Sunday. Two guards and a shepherd were killed." in one paragraph is one happening."""
    if b.actor or not b.recipient or b.frame.trigger.pos != "verb" or b.frame.modality != "asserted":
        return None
    last = kept[-1] if kept else None
    if last is None or last.frame.trigger.type != b.frame.trigger.type or not last.actor \
            or last.sentence.paragraph != b.sentence.paragraph or not _overlap(last, b):
        return None
    return last if codes(b.recipient) <= codes(last.actor + last.recipient) else None


def _agentless_retelling(kept: list[Draft], b: Draft) -> Draft | None:
    """The earlier act that an agentless verb mention dated to the same day retells, anywhere in the
    article: "Lithuania expelled a Belarusian consul on Tuesday" and, paragraphs on, "the consul was
    declared persona non grata on Tuesday": the latest act of its kind on that day whose parties hold
    every state the mention names (for attacks and arrests, the same victims too)."""
    if b.actor or not b.recipient or b.frame.trigger.pos != "verb" or b.frame.modality != "asserted" \
            or not _on_one_day(b):
        return None
    kind = [k for k in kept if k.frame.trigger.type == b.frame.trigger.type and k.actor and _on_one_day(k)
            and k.frame.modality == b.frame.modality and k.dated.date == b.dated.date
            and codes(b.recipient) <= codes(k.actor + k.recipient) and (not _other_victims(k, b) or _victims_told(k, b))]
    return kind[-1] if kind else None


def _vaguer_mention(kept: list[Draft], b: Draft) -> Draft | None:
    """The earlier agentless verb mention, dated only to a week or a month, that an act dated to a day
    inside that span tells in full: "a fisherman who was detained last week" and, paragraphs on,
    "was detained on May 3 by Latvian border guards": the latest of its kind whose states the act holds."""
    if not b.actor or b.frame.modality != "asserted" or not _on_one_day(b):
        return None
    kind = [k for k in kept if not k.actor and k.frame.trigger.pos == "verb" and k.frame.trigger.type == b.frame.trigger.type
            and k.frame.modality == b.frame.modality and k.dated.explicit and k.dated.precision in {"week", "month"}
            and k.dated.date is not None and k.dated.date <= b.dated.date <= b.dated.date_end <= k.dated.date_end
            and codes(k.recipient) and codes(k.recipient) <= codes(b.actor + b.recipient)]
    return kind[-1] if kind else None


def _victims_told(k: Draft, b: Draft) -> bool:
    """Whether the victims an agentless mention names are named in the sentence of the act it may
    retell, in that act's own clause: "four soldiers were killed" after "fighters stormed the base,
    killing four soldiers" ("people" names no one: "31 people were detained" is not "police detained
    the leader after thousands of people rallied")."""
    told = {t.lower_ for t in k.frame.head.subtree}
    heads = _heads(b.recipient) - ANYONE
    return bool(heads) and heads <= told


def _protest_by_act(kept: list[Draft], b: Draft) -> Draft | None:
    """The act done "in protest" that a protest noun only gives the purpose of: "Kinshasa suspended
    ferries to Brazzaville in protest at the expulsions" is the suspension, no demonstration."""
    noun = b.frame.head
    if b.frame.trigger.type != "PROTEST" or noun.lemma_.lower() != "protest" or noun.dep_ != "pobj" \
            or noun.head.lower_ != "in":
        return None
    return next((k for k in kept if k.sentence.span == b.sentence.span and k.frame.head == noun.head.head), None)


def _conjoined_act(kept: list[Draft], b: Draft) -> Draft | None:
    """The act of one kind a verb conjoined to it in the same sentence carries on, by the same actor:
    "the navy intercepted two trawlers and arrested their crews" is one seizure; the later verb
    names no state the first lacks (else "arrested a French journalist and detained a Belgian" is two), and
    no other time ("signed a grant in May, and its aircraft flew in supplies in 2023" is two)."""
    head = b.frame.head
    for k in kept:
        other = k.frame.head
        joined = head.dep_ == "conj" and head.head == other or other.dep_ == "conj" and other.head == head
        if joined and k.frame.trigger.type == b.frame.trigger.type and k.frame.modality == b.frame.modality \
                and _names(k.actor) & _names(b.actor) and _overlap(k, b) \
                and codes(b.actor + b.recipient) <= codes(k.actor + k.recipient) and not _two_measures(k, b):
            return k
    return None


AGAIN = {"also", "again", "later", "then", "another", "further", "more"}  # words of a new act


def _unnamed_retelling(kept: list[Draft], b: Draft) -> Draft | None:
    """The act dated to one day in the sentence before that a mention in the same paragraph, undated
    or on that day, retells by a common noun alone: "Hundreds of farmers marched through the capital
    on Friday. Protesters chanted slogans against the ministry." is one protest (not with "also",
    "again", "then"; attacks and arrests only on the same victims)."""
    last = kept[-1] if kept else None
    if last is None or not _on_one_day(last) or b.dated.explicit and b.dated.date != last.dated.date \
            or b.frame.modality != "asserted" \
            or last.frame.trigger.type != b.frame.trigger.type or last.frame.modality != b.frame.modality \
            or last.sentence.paragraph != b.sentence.paragraph or last.sentence.span == b.sentence.span:
        return None
    if not all(e.kind == "group" and e.name == e.text for e in b.actor) or _other_modes(last, b) \
            or any(t.lower_ in AGAIN for t in b.frame.head.children):
        return None
    if b.frame.trigger.type in {"ASSAULT", "COERCE"} and _other_victims(last, b):
        return None
    return last if codes(b.actor + b.recipient) <= codes(last.actor + last.recipient) else None


def _quoted_stance(kept: list[Draft], b: Draft) -> Draft | None:
    """The earlier act a statement in the present tense with no time of its own quotes: "Oslo voiced
    regret on Monday over the sinking" and, below, "'Norway deeply regrets the loss of the vessel,'
    the ministry said" are one act (of a kind not done many times a day, by or on the same states)."""
    head = b.frame.head
    if b.frame.trigger.pos != "verb" or head.tag_ not in {"VBZ", "VBP"} or b.frame.trigger.type in REPEATABLE \
            or b.dated.text and b.dated.text in b.sentence.text or not codes(b.actor + b.recipient):
        return None
    sides = codes(b.actor + b.recipient)
    kind = [k for k in kept if k.frame.trigger.type == b.frame.trigger.type and k.frame.modality == b.frame.modality
            and sides <= codes(k.actor + k.recipient)]
    return kind[-1] if kind else None


def _participle_retelling(kept: list[Draft], b: Draft) -> Draft | None:
    """The earlier act a participle after a noun retells without a date of its own: "the pilots were
    abducted in May" and, below, "a mechanic abducted with the pilots was released in July": the
    latest act of its kind, on any day, with the same victims."""
    head = b.frame.head
    if b.actor or not b.recipient or head.dep_ != "acl" or head.tag_ != "VBN" \
            or (b.dated.text and b.dated.text in "".join(t.text_with_ws for t in head.subtree)):
        return None
    kind = [k for k in kept if k.frame.trigger.type == b.frame.trigger.type
            and k.frame.modality == b.frame.modality and _same_victims(k, b)]
    return kind[-1] if kind else None


def _same_victims(a: Draft, b: Draft) -> bool:
    """Whether two mentions name one victim, by name or head noun ("the pilots", "the two pilots")."""
    return bool(_names(a.recipient) & _names(b.recipient) or _heads(a.recipient) & _heads(b.recipient))


def _other_victims(a: Draft, b: Draft) -> bool:
    """Whether two mentions of an act a side may do many times a day name different victims: "police
    detained the opposition leader" and "31 people had been detained" are two sets of arrests."""
    return a.frame.trigger.type in REPEATABLE and not _same_victims(a, b)


def _on_one_day(d: Draft) -> bool:
    """Whether a mention is dated explicitly to one day ("on Sunday")."""
    return d.dated.explicit and d.dated.precision == "day" and d.dated.date is not None


def _retold(a: Draft, b: Draft, lead: int | None) -> bool:
    """Whether ``b`` retells with a date the news the lead told undated ("Estonia has expelled a
    diplomat" in the lead, "the diplomat was declared persona non grata on Tuesday" below): the
    same kind of act, in the days before publication, by or on the same states, the lead naming
    who acted and often more of them."""
    if a.sentence.paragraph != lead or a.dated.explicit or not b.dated.explicit or a.dated.date is None \
            or b.dated.date is None or not (a.dated.date - RECENT <= b.dated.date <= b.dated.date_end <= a.dated.date):
        return False
    if a.frame.trigger.type != b.frame.trigger.type or a.frame.modality != b.frame.modality:
        return False
    if a.frame.trigger.mode and b.frame.trigger.mode and a.frame.trigger.mode != b.frame.trigger.mode:
        return False
    if a.frame.trigger.pos != "verb" and not _brought(a):
        return False  # the lead's news is its verb ("has expelled") or what it brought ("prompting an angry
        # protest from Lima"), not a noun in its setting ("as the war ...")
    return bool(codes(a.actor)) and bool(codes(b.actor + b.recipient)) and codes(b.actor) <= codes(a.actor) \
        and (not a.recipient or codes(b.recipient) <= codes(a.recipient))  # the lead may name only who acted


def _brought(d: Draft) -> bool:
    """Whether a lead's noun is a single act the news brought, the object of a verb or joined to it:
    "prompting an angry protest from Lima"; not a standing thing ("ended its agreement"), nor one
    of the acts a side may do many times a day ("opened a new offensive"), which no one act below retells."""
    noun = d.frame.head
    told = noun.head if noun.dep_ == "conj" else noun
    if told.pos_ == "PROPN" and told.dep_ == "pobj":
        told = told.head.head  # "a protest from Lima and a phone call": the parser joins the call to the name
    return told.dep_ == "dobj" and d.frame.trigger.type not in REPEATABLE \
        and not any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in noun.children)


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
    # the same named company, person or body on both: the deal "inked with USSM" retold ("people" names no one)
    specific = lambda d: {e.name for e in d.actor + d.recipient if e.kind != "state" and e.name[:1].isupper()}
    return bool(specific(x) & specific(y))


def _narrower(a: Dated, b: Dated) -> bool:
    if not a.explicit or a.date is None:
        return False
    if not b.explicit or b.date is None:
        return True
    return (a.date_end - a.date) < (b.date_end - b.date)


def nested(a: Draft, b: Draft) -> bool:
    """Two triggers of one type within three edges, one of them with at most one party, name
    one event ("signing ceremony of the MoU between X and Y", "held talks ... discussed"); so do
    troops sent and what they were sent to do."""
    parties = lambda d: _names(d.actor + d.recipient)
    x, y = a.frame.head, b.frame.head
    linked = distance(x, y) <= 3 or any(t.i == x.i for t in y.ancestors) or any(t.i == y.i for t in x.ancestors)
    if a.frame.trigger.type != b.frame.trigger.type:
        return False
    return linked and min(len(parties(a)), len(parties(b))) <= 1 and not _two_sides_deeds(a, b) \
        or _sent_to_do(a, b) or _sent_to_do(b, a)


def _share_a_word(a: Draft, b: Draft) -> bool:
    """Whether two triggers of one type and modality in one sentence share a word, one act named twice:
    "ordered him held in detention" ("ordered held", "held in detention"), "offered to host talks"
    ("offered to host", "host talks", the offer coded as an AGREE)."""
    if a.frame.head.i == b.frame.head.i:
        return False  # one trigger told of each of several actors ("Norway and Qatar each promised $50 million")
    return a.sentence.span == b.sentence.span and a.frame.trigger.type == b.frame.trigger.type \
        and a.frame.modality == b.frame.modality and bool({t.i for t in a.frame.tokens} & {t.i for t in b.frame.tokens})


def _sent_to_do(a: Draft, b: Draft) -> bool:
    """Whether ``b`` is what the troops ``a`` sent were sent to do, one deployment: "sent 300 troops to
    reinforce the garrison"."""
    infinitive = b.frame.head
    return infinitive.head.i == a.frame.head.i and deployed_for(infinitive) and a.frame.modality == b.frame.modality


def _two_sides_deeds(a: Draft, b: Draft) -> bool:
    """Whether two deeds of one kind are done by different sides in conjoined clauses: "aid
    groups in Calais staged a sit-in, and a few hundred people rallied in London" tells two protests."""
    x, y = a.frame.head, b.frame.head
    return (a.frame.trigger.type in REPEATABLE and _other_actors(a, b)  # a proposal and its acceptance are one accord
            and (_joined_clause(x, y) or _joined_clause(y, x)))


def _joined_clause(x, y) -> bool:
    """Whether ``x`` heads a conjoined clause with a subject of its own, not above ``y``: "...,
    and a few hundred people rallied in London"."""
    own_subject = any(c.dep_ == "nsubj" for c in x.children)
    return x.dep_ == "conj" and x.pos_ == "VERB" and own_subject and not any(t.i == x.i for t in y.ancestors)


def richer(a: Draft, b: Draft) -> bool:
    parties = lambda d: len({e.name for e in d.actor + d.recipient if e.country or e.org})
    return (parties(a), a.confidence) > (parties(b), b.confidence)
