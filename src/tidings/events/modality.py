"""Modality: whether a frame's event happened (asserted), did not (negated), is to come
(future) or is only supposed (hypothetical), from the trigger and the clauses above it; and
whether an event is told as the setting of another (background)."""
from __future__ import annotations

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
# verbs whose infinitival complement did happen ("began to shell", "managed to reach")
REALIS = {"begin", "start", "continue", "manage", "go", "proceed", "resume", "move", "come", "get", "help", "use",
          # a body's decision is its act ("the council voted to cut the force", "decided to expel")
          "vote", "decide",
          # what an act made someone do was done ("the incursion prompted Tokyo to scramble jets")
          "prompt", "spur"}
FUTURE_VERBS = {"plan", "intend", "schedule", "expect", "prepare", "set", "due", "agree", "promise", "vow",
                "willing", "ready", "prepared", "determined", "eager", "keen", "poised",
                "pledge", "aim", "hope", "look", "seek", "want", "wish", "plot"}
# an infinitive under these is what its actor means to do ("is ready to send troops"): PLOVER's AGREE or THREATEN
INTENT_VERBS = {"agree", "plan", "intend", "promise", "vow", "swear", "pledge", "offer", "willing", "ready",
                "prepared", "determined", "eager", "keen", "poised", "aim", "want", "wish", "seek"}
HYPOTHETICAL_VERBS = {"accuse", "allege", "suspect", "claim", "blame", "charge",
                      "urge", "ask", "call", "demand", "insist", "press", "threaten", "warn", "propose", "offer", "try",
                      "attempt", "suggest", "request", "appeal", "push", "encourage", "invite", "recommend",
                      "need", "must", "may", "might", "could", "would", "should", "can",
                      # what is only considered ("was weighing sending a team") is neither done nor promised
                      "consider", "mull", "weigh", "contemplate", "study", "explore",
                      # what only may come of something ("risks provoking clashes", "is capable of striking")
                      "risk", "capable", "able",
                      # what a side only prefers ("said it prefers negotiations") is a stance, not talks held
                      "prefer", "favour", "favor"}
# verbs of holding back whose negation vows the act ("will not hesitate to use force")
HOLDING_BACK = {"hesitate"}
# "it is possible that Iran attacked", "Iran possibly attacked": a conjecture, not a report
POSSIBLE = {"possible", "likely", "unlikely", "probable", "conceivable", "plausible"}
CONJECTURE = {"possibly", "perhaps", "maybe", "conceivably"}
# not "stop" or "halt": "stopped shelling the town" tells shelling that had been going on
NEGATING_VERBS = {"refuse", "fail", "decline", "deny", "reject", "rule", "cancel", "postpone", "avoid",
                  "prevent", "block", "rebuff", "oppose"}
# what these keep from happening did not happen ("blocked the deal", "held up aid to Kyiv")
PREVENTING = {"prevent", "block", "delay", "postpone", "cancel", "veto", "obstruct", "stall", "thwart", "scuttle",
              "derail", "defer"}
KEEPING = {"stop", "bar", "ban", "keep", "deter", "discourage", "prohibit", "restrain"}  # "... from entering"
PREVENTING_PHRASES = {("hold", "up"), ("call", "off"), ("put", "off"), ("hold", "back")}
# a denial's content did not happen, by the denier's word ("denied any role in the attack"), nor did
# what a claim it dismisses tells ("rejected claims that its troops shelled the town")
DENYING_VERBS = {"deny", "reject", "dismiss", "refute", "rebut", "dispute", "downplay"}
DENYING_PHRASES = {("play", "down")}  # "played down talk of a rupture": what is made light of is not so
CLAIM_NOUNS = {"report", "claim", "allegation", "accusation", "charge", "suggestion", "speculation", "rumour",
               "rumor", "assertion", "story", "statement", "criticism", "description", "call", "appeal", "demand",
               "ultimatum", "deadline", "condemnation", "warning", "remark", "comment"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
OBLIGATION = {"must", "should"}  # "said Iran must stop": a reported obligation is a demand on Iran
MODAL_AUX = {"would", "could", "might", "may", "should", "must", "can", "ca"}
FUTURE_ADJ = {"upcoming", "planned", "proposed", "expected", "forthcoming", "next", "future", "possible",
              "potential", "prospective", "scheduled"}
PLANNING_NOUNS = {"resolve", "plan", "intention", "commitment", "bid", "effort", "attempt", "desire", "willingness",
                  "aim", "goal", "readiness", "determination", "pledge", "call", "demand", "push", "proposal",
                  "offer", "threat", "plans", "opportunity", "way", "hope", "need", "decision", "agreement",
                  "deal", "framework", "move", "right", "chance", "prospect", "prospects",
                  "risk", "danger", "possibility", "likelihood", "preparation", "preparations"}
# what is planned or readied for ("preparations for a summit", as "prepared for the summit") is still to come
FUTURE_NOUNS = {"plan", "plans", "intention", "commitment", "resolve", "pledge", "decision", "agreement", "deal",
                "preparation", "preparations"}
# what someone is held or charged for is only alleged ("arrested on suspicion of setting fires")
ALLEGING_NOUNS = {"suspicion", "charge", "charges", "allegation", "allegations", "accusation", "accusations"}
# a phrase of time under a past verb tells a fact of its own ("was agreed after nine days of talks")
PAST_SETTINGS = {"after", "following", "since"}
# gatherings an "after" phrase names as held before a past verb above an infinitive ("agreed to act after talks");
# also what a verb of calling convenes ("called a summit to discuss")
GATHERINGS = {"talk", "meeting", "summit", "session", "negotiation"}
OCCASIONS = {"in", "during"}  # "asked Kigali for troops in a telephone call": the call the request was made in
# verbs that, with an object predicate, name a thing ("what it called a levy") and do nothing to anyone
NAMING = {"call", "term", "dub"}


def names(verb) -> bool:
    """Whether a verb of naming names something with an object predicate ("called the arrests a disgrace")."""
    return verb.lemma_.lower() in NAMING and any(c.dep_ == "oprd" for c in verb.children)


def modality(frame) -> str:
    """asserted | negated | future | hypothetical, from the trigger and the clauses above it."""
    head = frame.head
    if head.sent.text.rstrip(' "”\'’').endswith("?"):
        return "hypothetical"
    own = {t.i for t in frame.tokens}
    if left_open(head, own):
        return "hypothetical"
    if any(_negated(tok, own) for tok in frame.tokens):
        return "negated"
    if _conditional_obligation(frame) or _charged_of(head):
        return "hypothetical"
    if _convened_ahead(head):
        return "future"
    node, depth = head, 0
    while depth < 6:
        if _denied(node):
            return "negated"
        found = _clause_modality(node, depth)
        if found:
            return found
        if depth == 0 and _speaking_participle(node):
            node = node.head.head  # "said it would try them, rejecting the demand": rejected in the saying
            continue
        if depth == 0 and spoken_purpose(node):
            node = node.head  # "called her on Sunday to express solidarity": said in the call, as the call goes
            continue
        if node.head.i == node.i or _own_fact(node) or _past_setting(node) or across_semicolon(node):
            break
        if depth == 0 and (presupposed(node) or _standing(node)):
            break  # "protested against the attack": the attack happened whatever the protest is
        if node.dep_ == "conj":
            found = _shared_modality(node, own)
            if found:
                return found
            if depth > 0 and node.lemma_.lower() in REPORTING:
                break  # "urged restraint, demanded X and said it had expelled Y": a report is no demand
            node = node.head
            if node.head.i == node.i or _own_fact(node):
                break  # "... before police cleared the road and arrested ten": a fact shared by both verbs
        node = node.head
        depth += 1
    return "asserted"


CHARGING = {"accuse", "suspect", "charge", "convict"}


def _charged_of(verb) -> bool:
    """Whether a gerund is what someone is accused of, wherever the parser hangs its "of" in the
    accused's description: "accused a militia linked to the army of burning the village"."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return False
    if verb.head.head.dep_ == "acl" and verb.head.head.lemma_.lower() in CHARGING:
        return True  # "citizens convicted of spying": people described by what they are held to have done
    clause = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"} and a.dep_ not in {"acl", "relcl"}), None)
    return clause is not None and clause.lemma_.lower() in CHARGING


CONVENING = {"call", "schedule", "set"}
AHEAD = {"next", "tomorrow", "coming"}


def _convened_ahead(head) -> bool:
    """Whether a gathering is one called for a day still ahead: "has called another rally for next
    Friday", "called a strike for tomorrow" (the call is made; the rally is to come). The head may be
    the gathering or the verb of calling."""
    verb = head.head if head.dep_ == "dobj" else head
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if verb.lemma_.lower() not in CONVENING or not nouns:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(t.lower_ in AHEAD for t in c.subtree)
               for c in [*verb.children, *nouns[0].children])


def _conditional_obligation(frame) -> bool:
    """Whether a reported obligation binds only if something happens: "said the cabinet should
    call in UN monitors if the clashes went on" is advice for a case, no demand made."""
    return any(t.lemma_.lower() in OBLIGATION and any(if_clause(v) for v in _with_xcomp(t.head))
               for t in frame.tokens[1:])


CONDITIONS = {"if", "unless"}


def if_clause(verb) -> bool:
    """Whether a verb governs an "if" or "unless" clause, as the parser hangs it (an adverbial or a
    complement clause: "to mediate if the clashes went on", "said they would walk out unless
    the fee was cut")."""
    return any(c.dep_ in {"advcl", "ccomp"} and conditional(c) for c in verb.children)


def conditional(verb) -> bool:
    """Whether a verb heads an "if" or "unless" clause: "reversed" in "if Rabat reversed course"."""
    return any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in verb.children)


def _with_xcomp(verb) -> list:
    """A verb and the infinitives it governs, where the parser may hang an "if" clause ("should ask
    the council to step in if ...")."""
    return [verb] + [c for c in verb.children if c.dep_ == "xcomp"]


def _own_fact(node) -> bool:
    """A relative clause ("the tariffs Ecuador imposed"), a past adverbial clause ("agreed to
    build it after their ministers met") or a clause set before a verb of naming ("Lima rejects
    the charge; its minister called it a lie") states a fact of its own, whatever the clause above it."""
    return (node.dep_ in {"relcl", "acl"} and node.tag_ in {"VBD", "VBN", "VBZ", "VBP"}
            or node.dep_ == "advcl" and node.tag_ == "VBD"
            or _past_occasion(node)
            or node.dep_ in {"ccomp", "parataxis"} and names(node.head)
            or _past_after_bare(node))


def across_semicolon(node) -> bool:
    """Whether a clause is cut off from the clause the parser hangs it on by a semicolon: in "Togo
    seized two boats on Tuesday; Ghana may retaliate" the seizure is told as done, whatever the
    "may" of the clause after it."""
    head = node.head
    if head.lemma_.lower() in DENYING_VERBS:
        return False  # a headline's "Guyana says troops fired on a patrol; Caracas denies": what it denies
    low, high = sorted((node.i, head.i))
    return any(t.text == ";" and t.head.i in {node.i, head.i} for t in node.doc[low + 1:high])


def _past_occasion(node) -> bool:
    """Whether a participle set after a subject tells the occasion of its past deed, told as done
    with it: "the minister, speaking by telephone with his counterpart, asked for air cover" (the
    asking is a request; the call took place)."""
    if node.dep_ != "acl" or node.tag_ != "VBG" or node.head.dep_ != "nsubj":
        return False
    return node.head.head.tag_ == "VBD" and node.head.i < node.i < node.head.head.i


def _past_setting(node) -> bool:
    """Whether a node is a phrase of time under a verb in the past ("was agreed in Muscat after nine
    days of talks", "signed the deal following months of talks"): what it names went before a deed
    told as done, so the meaning of that verb ("agree" looks ahead) says nothing of it; so for the
    occasion a past deed was done in ("asked Kigali for troops in a telephone call")."""
    verb = _occasion_of(node) if node.lower_ in OCCASIONS else _setting_verb(node)
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP"} for c in verb.children)
    return node.dep_ == "prep" and node.lower_ in PAST_SETTINGS | OCCASIONS and verb.pos_ in {"VERB", "AUX"} and past


def _setting_verb(prep):
    """The verb an "after" phrase sets, past an infinitive to the verb above it when the phrase names
    a gathering ("agreed to set up a fund after talks in Lima": the parser hangs the talks on "set
    up", but they went before the agreement); not a gathering still ahead ("after next week's summit")."""
    verb = prep.head
    gathering = any(c.dep_ == "pobj" and c.lemma_.lower() in GATHERINGS for c in prep.children)
    ahead = any(t.lower_ in FUTURE_ADJ for t in prep.subtree)
    if gathering and not ahead and verb.dep_ == "xcomp" and to_infinitive(verb):
        return verb.head
    return verb


def _occasion_of(prep):
    """The verb an "in" phrase sets, past the object it may hang on ("asked Kigali for troops in a
    call": the parser hangs "in a call" on "troops")."""
    head = prep.head
    if head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "pobj" and head.head.dep_ == "prep":
        return head.head.head
    return head


def _past_after_bare(conj) -> bool:
    """Whether a verb in the past is joined to a bare one ("urged Israel to allow access and backed
    a Palestinian state", "warned that they would face prosecution, and police were deployed"): a
    past tense cannot share the "to" or modal of a bare verb, so it tells a deed of its own."""
    if conj.dep_ != "conj" or conj.head.tag_ != "VB":
        return False
    return conj.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in conj.children)


def clause_marked(verb, words: set[str]) -> bool:
    """Whether a verb has an adverbial clause opened by one of ``words``: "until" in "will not free
    the crew until the inquiry is over", "since" in "have backed the army since the junta took power"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words for m in c.children)
               for c in verb.children)


def has_negation(tok) -> bool:
    """Whether a word carries a negation of its own: "did not sign", "were not legal"."""
    return any(c.dep_ == "neg" for c in tok.children)


def _negated(tok, own: set[int]) -> bool:
    """'did not sign', 'no talks', 'refused to meet', 'denied attacking', 'did not agree to meet'.
    A governor that is itself part of the trigger ("refused to meet" is REJECT) does not negate."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children) or no_longer(tok):
        return True
    if _none_of(tok) or _without(tok):
        return True
    if tok.dep_ in {"xcomp", "pcomp", "ccomp"} and tok.head.i not in own and not _fronted(tok) \
            and not _quoted_apart(tok) and not across_semicolon(tok):
        governor = tok.head
        if _unhesitating(governor):
            return False  # "would not hesitate to impose sanctions": a vow, no refusal
        if governor.lemma_.lower() in NEGATING_VERBS or has_negation(governor) \
                or no_longer(governor):
            return True
    if tok.dep_ == "pobj" and tok.head.head.i not in own and tok.head.head.lemma_.lower() in NEGATING_VERBS:
        return True
    if _means_of_negated(tok, own):
        return True
    if _object_of_negated(tok, own) or _absent_from(tok, own):
        return True
    if no_longer_in(tok, own) or _undecided(tok):
        return True
    return _prevented(tok, own) or _kept_from(tok, own) or _short_of(tok)


DOING = {"make", "enter", "send", "lodge", "file", "issue", "give", "hold", "submit", "launch", "conduct", "stage",
         "carry", "deliver", "extend", "offer"}  # light verbs whose object is the act itself ("sent a protest note")


DECIDING_NOUNS = {"decision"}
ON_MATTER = {"on", "about"}


def _undecided(tok) -> bool:
    """Whether an act is one no decision has been taken on: "no decision had been taken on sending
    troops", "no decision on sanctions was made" (the act is not done)."""
    if tok.dep_ not in {"pcomp", "pobj"} or tok.head.lower_ not in ON_MATTER:
        return False
    governor = tok.head.head
    nouns = [governor] + [c for c in governor.children if c.dep_ in NONE_ROLES]
    return any(n.lemma_.lower() in DECIDING_NOUNS and _has_no(n) for n in nouns)


# determiners and pronouns that make a subject or object none at all ("no country", "neither side", "none")
NONE_WORDS = {"no", "neither", "none"}


def _has_no(noun) -> bool:
    """Whether a noun is determined by "no" or "neither": "no decision", "neither side"."""
    return any(d.dep_ == "det" and d.lower_ in NONE_WORDS for d in noun.children)


# verbs whose negation leaves what they govern open ("would not rule out talks"): a possibility, no refusal
RULING_OUT = {"rule", "exclude"}


def left_open(tok, own: set[int] = frozenset()) -> bool:
    """Whether an act is what a side does not rule out: "said Seoul would not rule out sending envoys",
    "did not exclude meeting the rebels" (the act may come; nothing is done or refused)."""
    governor = tok.head
    return tok.dep_ in {"xcomp", "pcomp", "ccomp"} and governor.i not in own \
        and governor.lemma_.lower() in RULING_OUT and has_negation(governor)


# prepositions that bind a gerund to its verb as its content or its means ("commit to reopening", "retaliate by closing")
BINDING_PREPS = {"to", "by"}


def _means_of_negated(tok, own: set[int]) -> bool:
    """Whether a gerund is what a negated verb would have bound its side to, or done it by: "did not
    commit to reopening the border", "would not retaliate by closing its side" (neither is done; not
    "did not comment after shelling the town", which tells the shelling)."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ not in BINDING_PREPS or prep.head.i in own:
        return False
    return prep.head.pos_ in {"VERB", "AUX"} and has_negation(prep.head)


def _unhesitating(verb) -> bool:
    """Whether a verb of holding back is negated ("will not hesitate to take action", "did not
    hesitate to shell the town"): the two negations tell the act done or vowed."""
    return verb.lemma_.lower() in HOLDING_BACK and has_negation(verb)


def _object_of_negated(tok, own: set[int]) -> bool:
    """Whether a nominal event is the object of a light verb said not to be done: "did not send a
    protest note", "did not enter a plea" (not "did not mention the request", which was made)."""
    governor = tok.head
    return tok.dep_ == "dobj" and governor.i not in own and governor.lemma_.lower() in DOING \
        and has_negation(governor)


# verbs of going to or taking part in a gathering ("did not send a delegate to the meeting", "did not take
# part in the talks", "did not go to the summit"): negated, the side was not at it
ATTENDING = {"send", "go", "come", "travel", "take", "join"}
ATTENDING_PREPS = {"to", "in", "at"}
STAYING = {"stay", "keep"}  # "stayed away from the summit", "kept away from the talks"


def _absent_from(tok, own: set[int]) -> bool:
    """Whether a nominal event is one a side did not go to or take part in: "did not send a delegate
    to the emergency meeting", "did not take part in the talks", "stayed away from the summit"."""
    if tok.dep_ != "pobj" or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    prep, verb = tok.head, _through_object(tok.head.head)
    if prep.lower_ == "from" and verb.lower_ == "away":
        return verb.head.i not in own and verb.head.lemma_.lower() in STAYING
    return (prep.lower_ in ATTENDING_PREPS and verb.i not in own and verb.lemma_.lower() in ATTENDING
            and has_negation(verb))


def _through_object(word):
    """The verb a preposition belongs to when the parser hangs it on the verb's object: in "did
    not take part in the talks" or "did not send a delegate to the summit", "part" and "delegate"
    stand for "take" and "send"."""
    return word.head if word.dep_ == "dobj" and word.pos_ == "NOUN" else word


NONE_ROLES = {"dobj", "nsubj", "nsubjpass"}


def _none_of(tok) -> bool:
    """Whether a verb's object or subject is none at all ("had received no formal complaints",
    "none of the envoys attended", "no country has recognised it") or its subject not all ("not
    everyone backs the deal"), or a nominal event is none of several ("none of the talks took place")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in NONE_WORDS:
        return True
    return tok.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in NONE_ROLES and (c.lower_ in NONE_WORDS or _has_no(c))
        or _not_all(c) for c in tok.children)


def _not_all(subject) -> bool:
    """Whether a subject is negated as a whole: "not everyone backs the deal", "not all members
    attended" tell of those who do not."""
    return subject.dep_ in {"nsubj", "nsubjpass"} and has_negation(subject)


def _without(tok) -> bool:
    """Whether an act is what happened without it: "left the talks without signing the deal",
    "fired without warning"."""
    return tok.dep_ in {"pcomp", "pobj"} and tok.head.lower_ == "without"


def _fronted(clause) -> bool:
    """Whether a clause the parser hangs on a verb of denial comes before it: "Niger's leader again
    accused Benin of ..., a charge Cotonou has denied" tells the accusation; what is denied follows."""
    return clause.dep_ == "ccomp" and clause.i < clause.head.i and clause.head.lemma_.lower() in DENYING_VERBS


DOUBLE_QUOTES = {'"', '“', '”'}


def _quoted_apart(clause) -> bool:
    """Whether a clause the parser hangs on a later verb is cut off from it by a quotation mark:
    "hundreds marched on Sunday, waving banners reading "No to the dam"" tells the march; the
    negation is the banner's."""
    return clause.i < clause.head.i and any(t.text in DOUBLE_QUOTES for t in clause.doc[clause.i:clause.head.i])


def no_longer(verb) -> bool:
    """Whether a verb is negated by "no longer" ("will no longer take part in the talks"), which
    the parser hangs on "longer" rather than marking as a negation."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
               for c in verb.children)


def no_longer_in(noun, own: set[int]) -> bool:
    """Whether a nominal event is what a side will no longer take part in: "would no longer take
    part in the joint exercises" states that the exercises stop for it, no exercise to come."""
    verb = noun.head.head
    return (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and verb.i not in own
            and verb.pos_ in {"VERB", "AUX"} and no_longer(verb))


def _kept_from(tok, own: set[int]) -> bool:
    """Whether an act is what someone is kept from doing: "stopped the ships from docking", "barred
    the envoy from entering"."""
    prep = tok.head
    if tok.dep_ not in {"pcomp", "pobj"} or prep.lower_ != "from" or prep.head.i in own:
        return False
    return prep.head.lemma_.lower() in PREVENTING | KEEPING


SHORT_OF = {"stop", "fall", "come"}


def _short_of(tok) -> bool:
    """Whether an act is what a side stopped short of: "stopped short of expelling the envoy", "fell
    short of sanctions" (not done)."""
    prep = tok.head
    if tok.dep_ not in {"pcomp", "pobj"} or prep.lower_ != "of" or prep.head.lower_ != "short":
        return False
    return prep.head.head.lemma_.lower() in SHORT_OF


def _prevented(noun, own: set[int]) -> bool:
    """Whether a nominal event is what a verb of blocking or delaying keeps from happening: "held
    up EU support for Kyiv", "postponed the summit", "the talks were called off". A verb of
    stopping ("halted the talks", "suspended aid") is left out: what it stops had been going on.
    So is a noun inside what is blocked ("blocked the opening of the first chapters of its talks")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    verb = noun.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"dobj", "nsubjpass"} or verb.i in own:
        return False
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    lemma = verb.lemma_.lower()
    return lemma in PREVENTING and not particles or any((lemma, p) in PREVENTING_PHRASES for p in particles)


def _denied(node) -> bool:
    """Whether a clause or noun is what a denial denies: "denied that its army attacked", "denied
    any role in the attack", "rejected claims that its troops shelled ...", "dismissed reports of a raid",
    "had been beaten, a charge the ministry rejected"."""
    if node.dep_ in {"acl", "ccomp"} and node.head.lemma_.lower() in CLAIM_NOUNS:
        node = node.head  # the claim the clause spells out
    if _fronted(node):
        return False
    if node.lemma_.lower() not in CHARGING | REPORTING | HYPOTHETICAL_VERBS and any(
            c.dep_ in {"npadvmod", "appos"} and c.lemma_.lower() in CLAIM_NOUNS
            and any(r.dep_ == "relcl" and _denying(r) for r in c.children) for c in node.children):
        return True  # "the women had been beaten, a charge the ministry rejected" (not "asked ..., a demand X rejected")
    return node.dep_ in {"ccomp", "xcomp", "dobj"} and _denying(node.head)


def _denying(verb) -> bool:
    """Whether a verb denies or makes light of what it governs: "denied", "dismissed", "played down"."""
    lemma = verb.lemma_.lower()
    return lemma in DENYING_VERBS or any((lemma, c.lower_) in DENYING_PHRASES for c in verb.children if c.dep_ == "prt")


def _shared_modality(conj, own: set[int]) -> str | None:
    """The modality a coordinated verb with no subject or auxiliary of its own shares with the verb
    before it: its negation ("has not closed the crossings or suspended trade", "refused to sign
    or attend") and its auxiliaries, modals and mood ("could close the border and freeze assets",
    "will meet and sign"), but not that verb's meaning ("urged talks and sent envoys")."""
    if not _bare_conjunct(conj):
        return None
    verb = conj.head
    if conj.tag_ != verb.tag_:
        return None  # another verb form ("has never left ... and pointing to") is a clause of its own
    denied = has_negation(verb) or verb.dep_ == "xcomp" and _negated(verb, own)
    if denied and verb.i not in own and not _contrasted(conj):
        return "negated"
    return _clause_modality(verb, 0)


def _bare_conjunct(tok) -> bool:
    """A coordinated verb with no subject, auxiliary or negation of its own."""
    if not (tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"} and tok.head.pos_ in {"VERB", "AUX"}):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg"} for c in tok.children)


def _contrasted(conj) -> bool:
    """"did not arrest the leaders but detained students": "but" sets the second verb against the first."""
    return any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} and conj.head.i < c.i < conj.i
               for c in [*conj.head.children, *conj.children])


def _clause_modality(node, depth: int) -> str | None:
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in node.children):
        return "hypothetical"  # before the future: "refused to say whether he would recall the envoy" asks
    if _unmet_condition(node) or _before_unfinished(node):
        return "hypothetical"
    aux = {c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}}
    if aux & FUTURE_AUX:
        return "future"
    if aux & MODAL_AUX and any(_any(c) for c in node.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS):
        return "hypothetical"  # "any incursion would be met with force": if there were one
    if "would" in aux and _reported(node) and not if_clause(node):
        return "future"  # "they said they would boycott": the future of a reported statement
    if aux & MODAL_AUX:
        return "hypothetical"
    if any(c.dep_ == "advmod" and c.lower_ in CONJECTURE for c in node.children) or _any(node):
        return "hypothetical"  # "Iran possibly attacked", "warned against any incursion"
    unreal = _unreal_infinitive(node)
    if unreal:
        return unreal
    if node.pos_ in {"NOUN", "PROPN"} and node.dep_ != "npadvmod" \
            and any(c.lower_ in FUTURE_ADJ for c in node.children if c.dep_ in {"amod", "compound"}):
        return "future"  # "the upcoming talks"; not "said the next day that ...", where a clause may hang on the day
    if depth == 0:
        return "hypothetical" if _topic_of_talks(node) else None  # the trigger's own meaning is no modal cue
    lemma = node.lemma_.lower()
    if lemma in POSSIBLE or any(c.dep_ == "acomp" and c.lower_ in POSSIBLE for c in node.children):
        return "hypothetical"  # "it is possible that Iran attacked"
    if node.pos_ == "NOUN" and lemma in ALLEGING_NOUNS:
        return "hypothetical"
    if node.pos_ == "NOUN" and lemma in PLANNING_NOUNS:
        return "future" if lemma in FUTURE_NOUNS else "hypothetical"
    if node.pos_ in {"VERB", "AUX", "ADJ"}:
        if lemma in FUTURE_VERBS or _due(node):
            return "future"
        if lemma in HYPOTHETICAL_VERBS:
            return "hypothetical"
    return None


TOPIC_PREPS = {"on", "about", "over"}
TALKING_NOUNS = GATHERINGS | {"discussion", "consultation", "dialogue", "conversation", "call"}


def _topic_of_talks(node) -> bool:
    """Whether a gerund is what talks were about, not a deed done: "held talks in Brest on reopening
    the road crossings", "a meeting about extending the truce"."""
    prep = node.head
    if not (node.tag_ == "VBG" and node.dep_ == "pcomp" and prep.lower_ in TOPIC_PREPS):
        return False
    held = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]  # "held talks ... on reopening"
    return any(t.lemma_.lower() in TALKING_NOUNS for t in held)


AWAITING = {"until", "once"}  # "will reopen once the talks end": the condition waited on
MEANWHILE = {"while"}  # "asked Dodoma to lift the ban while the two sides negotiated": the span of an act only asked for


def _unmet_condition(node) -> bool:
    """Whether a clause is the condition an act not yet done waits on: "will not reopen the port
    until the rebels handed over their weapons" (an "until" clause under a future or modal verb;
    "did not end until the troops left" tells a fact), or under an act only urged or planned ("called
    on Wellington to suspend the exchanges until Beijing gave assurances"); "once" is the same
    ("flights would resume once Rome was satisfied with the checks"); a "while" clause under an act
    only urged or planned is its span, no more done than it ("asked Lusaka to lift the ban while
    the two sides negotiated")."""
    if node.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    if marks & AWAITING and _ahead(node.head):
        return True
    return bool(marks & (AWAITING | MEANWHILE)) and to_infinitive(node.head)


def _ahead(verb) -> bool:
    """Whether a verb has a future or modal auxiliary: "will reopen", "would not hesitate"."""
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX | FUTURE_AUX for c in verb.children)


def _before_unfinished(node) -> bool:
    """Whether a gerund is what is to follow an act not told as done: "has agreed to give Poland
    notice before sending migrants back" (the parser may make "give ... notice" a bare or present
    verb); "notified Poland before sending them back" tells both as done."""
    if node.dep_ != "pcomp" or node.head.lower_ != "before" or node.tag_ != "VBG":
        return False
    verb = node.head.head
    past = any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)
    return verb.pos_ in {"VERB", "AUX"} and verb.tag_ in {"VB", "VBP", "VBZ"} and not past


def _due(verb) -> bool:
    """Whether a copula says someone is due somewhere: "is due in Oslo next week for talks"."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in FUTURE_VERBS for c in verb.children)


def _any(noun) -> bool:
    """Whether a noun names whichever one there may be ("any incursion"), not one that happened."""
    return noun.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


ACCORD_NOUNS = {"agreement", "accord", "pact", "treaty", "deal", "arrangement"}
REACTION_PREPS = {"against", "over", "about", "after", "following", "since", "into", "despite"}


def presupposed(noun) -> bool:
    """A definite event noun that a reaction is about ("a protest against the attack", "an inquiry
    into the killings") names a known happening, whatever the mood of the clause around it."""
    while noun.dep_ == "compound":  # "the water cannon attack"
        noun = noun.head
    return (noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ == "pobj" and noun.head.lower_ in REACTION_PREPS
            and any(c.dep_ == "poss" or c.lower_ in {"the", "this", "that", "these", "those"} for c in noun.children))


def _standing(noun) -> bool:
    """An accord something is done under is in force, whatever the mood of the clause ("would keep
    a battalion there under a defence agreement with Bangui": the agreement exists)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.lemma_.lower() in ACCORD_NOUNS


BACKGROUND_MARKS = {"after", "since", "because", "before", "when", "following", "once", "as", "while"}


def background(head) -> bool:
    """Whether an event is told as the setting of another, not as the news: in a relative
    clause ("the officials whom they had taken hostage"), in a clause of time or cause
    ("... one day after a jet shot down a helicopter"), or as what a reaction is about
    ("complained over air raids")."""
    node = head
    while node.dep_ == "compound":
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in REACTION_PREPS:
        return True
    return any(t.dep_ in {"relcl", "acl"} and t.pos_ in {"VERB", "AUX"}
               or t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in t.children)
               for t in [node, *node.ancestors])


REPORTING = {"say", "tell", "announce", "state", "declare", "confirm", "add", "warn", "vow", "insist", "pledge"}


# stances a speaker takes in the statement itself ("said it would try them, rejecting Caracas's demand")
STANCE_PARTICIPLES = {"reject", "dismiss", "deny", "accuse", "blame", "condemn", "demand", "urge", "warn", "rebuff"}


def _speaking_participle(verb) -> bool:
    """Whether a bare participle under a reported future tells the stance taken in saying it: "said
    it would put the soldiers on trial, rejecting Caracas's demand for their return" (rejected now)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in STANCE_PARTICIPLES:
        return False
    if any(c.dep_ in {"mark", "aux", "nsubj"} for c in verb.children):
        return False
    return _reported(verb.head) and verb.head.dep_ == "ccomp"


def _reported(node) -> bool:
    return node.dep_ in {"ccomp", "conj"} and node.head.lemma_.lower() in REPORTING


# what a call, visit or summons is made to say is said in it ("phoned to thank him", "flew in to urge talks",
# "summoned the envoy to demand an apology"); not "protest": a march or a summons to protest is itself the protest
SPOKEN_PURPOSES = {"request", "demand", "urge", "ask", "express", "thank", "congratulate", "convey", "discuss", "press",
                   "voice", "reiterate", "raise", "appeal", "complain"}
CONTACT_VERBS = {"telephone", "phone", "call", "ring", "go", "travel", "fly", "visit", "write", "meet", "come", "summon"}

# a past trip made to meet someone is the meeting ("flew to Accra that morning to meet the president")
MEETING_PURPOSES = {"meet"}
TRAVEL = {"go", "travel", "fly", "come", "cross", "drive", "head"}
REACHING = CONTACT_VERBS | TRAVEL  # a past call or trip whose purpose infinitive is done in it


# verbs of giving whose purpose infinitive is the help given ("would provide $5 million to equip the police")
GIFT_VERBS = {"provide", "give", "donate", "grant", "allocate", "earmark", "contribute"}


def gift_for(verb):
    """The verb of giving whose purpose an infinitive (or a verb joined to it) tells, else the verb
    itself: in "would provide 15 million dollars to train and equip the coast guard", the equipping is
    the aid, as done or as pledged as the providing ("provide")."""
    first = verb.head if verb.dep_ == "conj" and _bare_conjunct(verb) else verb
    giver = first.head
    if first.dep_ == "advcl" and to_infinitive(first) and giver.lemma_.lower() in GIFT_VERBS \
            and any(c.dep_ == "dobj" for c in giver.children):
        return giver
    return verb


def spoken_purpose(infinitive) -> bool:
    """Whether an infinitive tells what a past call or visit was made to say, said in it: "telephoned
    his counterpart to request a quota", "went to the palace the same day to urge the president"
    (the parser hangs the clause on "day")."""
    lemma = infinitive.lemma_.lower()
    if lemma not in SPOKEN_PURPOSES | MEETING_PURPOSES:
        return False
    governor = infinitive.head
    if infinitive.dep_ == "relcl" and governor.dep_ == "npadvmod":
        governor = governor.head  # "went ... the same day to urge"
    elif not (infinitive.dep_ in {"advcl", "xcomp"} or infinitive.dep_ == "conj" and to_infinitive(infinitive)):
        # "telephoned the president to appeal for water": the parser may make it an xcomp, or a conjunct
        # after a time ("had called him in on Monday and again on Thursday to express its anger")
        return False
    if lemma in MEETING_PURPOSES and governor.lemma_.lower() not in TRAVEL:
        return False  # "phoned him to meet" is no meeting; "flew to Lome to meet him" is
    return _past(governor) and governor.lemma_.lower() in REACHING and not (_called_on(governor) or _convened(governor))


def _convened(verb) -> bool:
    """Whether a verb of calling convenes a gathering, no contact with anyone: "a meeting which Lima
    had called to discuss the toll", "called a summit to discuss the crisis"."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "dobj" and (c.tag_ == "WDT" or c.lemma_.lower() in GATHERINGS)
                                                  for c in verb.children)


def _past(verb) -> bool:
    """Whether a verb tells a past deed, simple or pluperfect: "telephoned", "had telephoned"."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _called_on(verb) -> bool:
    """Whether a verb of calling asks something of someone, no contact: "called on Accra to express
    regret", "called for talks" (not "called Mahama on Sunday")."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"}
                                                  and c.i == verb.i + 1 for c in verb.children)


# what troops sent somewhere are sent to do there is done as they arrive ("sent a battalion to reinforce the garrison")
SENDING = {"send", "deploy", "dispatch", "move", "rush"}
DEPLOYED_PURPOSES = {"reinforce", "bolster", "guard", "patrol"}


def deployed_for(infinitive) -> bool:
    """Whether an infinitive tells what troops sent in the past were sent to do, the deployment itself:
    "a battalion was sent to reinforce the garrison", "deployed 300 police to guard the crossing"."""
    verb = infinitive.head
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)
    return infinitive.lemma_.lower() in DEPLOYED_PURPOSES and to_infinitive(infinitive) \
        and verb.lemma_.lower() in SENDING and past


def to_infinitive(verb) -> bool:
    """Whether a verb is a "to" infinitive: "agreed to lift", "is ready to send"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _outcome(infinitive) -> bool:
    """Whether an infinitive tells what came of a deed, "only to" after it: "closed the road on
    Monday, only to reopen it a day later" (the reopening happened as the closing did)."""
    return infinitive.dep_ == "advcl" and any(
        c.dep_ == "advmod" and c.lower_ == "only" and c.i < infinitive.i for c in infinitive.children)


def _unreal_infinitive(head) -> str | None:
    """An infinitive ("to explore partnerships") under anything but a realis verb has not happened:
    it is "future" under a word of the actor's intent ("is ready to send", "wants to attack"), else
    "hypothetical" (a schedule, "is due to visit", is no one's promise)."""
    if not to_infinitive(head) or _outcome(head):
        return None
    governor = head.head.lemma_.lower()
    if _unhesitating(head.head):
        # "would not hesitate to use force" vows it; "did not hesitate to shell" tells it done
        return "future" if _ahead(head.head) else None
    if governor in REALIS or spoken_purpose(head) or gift_for(head) is not head or deployed_for(head):
        return None
    # "is prepared to lift the ban" is a willingness; "the army prepared to attack" a deed (MOBILIZE)
    willing = governor == "prepare" and any(c.lemma_ == "be" for c in head.head.children)
    return "future" if governor in INTENT_VERBS or willing else "hypothetical"
