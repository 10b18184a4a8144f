"""Find the actors a sentence names and resolve each to an Entity.

A mention is a run of tokens: an optional country word, titles, and a name
("US Secretary of State Marco Rubio"), or a title alone ("the army chief"), or a
group noun with its modifiers ("Kenyan police"). What the article says about an
actor once (a title, a country, an acronym, a description) is remembered for the
rest of the article, so "Rubio", "the latter", "USSM" and "the COAS" resolve too.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from ..model import Entity, Mention
from .._tsv import rows
from ..events.amounts import names_currency
from .kb import DATA, Entry, KnowledgeBase, Title, fold
from .places import REGION_WORDS, locate, place_countries, place_country, region_countries

MAX_NAME_TOKENS = 8
MAX_TITLE_TOKENS = 6
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
# Parenthesised acronym after a name: "National Logistics Corporation (NLC)"
ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,9}s?$")
PLURAL_HEADS = {
    "leader": "person", "side": "any", "country": "state", "nation": "state", "neighbour": "state",
    "neighbor": "state", "government": "state", "state": "state", "party": "any", "capital": "state",
    "minister": "person", "president": "person", "official": "any", "delegation": "any",
}
BASED = re.compile(r"^(.+?)-based$")
LEADING = {"led", "backed", "supported", "sponsored", "funded", "armed", "trained", "allied"}
LEADERS = {"lead", "head", "chair"}  # "a delegation led by", "a mission headed by", "a panel chaired by"
PATRONS = LEADING - {"led"}  # "rebels backed by Rwanda": the state that backs a group, not its own
# "a Liberian-flagged tanker", "a Kenyan-registered aircraft": the place a ship or plane is of;
# "the Dakar-based agency": the place a body is of (people so based are placed as "in" it, diplomats not)
FLAGGED = {"flagged", "registered"}
BASED_WORDS = {"based", "headquartered"}
# "the Hamas-run health ministry", "a Houthi-controlled port authority", "a Chinese-owned freighter": a body
# or ship run or owned by a state or an armed group
RUN_WORDS = {"run", "controlled", "owned"}
JOINED = re.compile(r"^([A-Z][\w.]*)[-–](based|headquartered|flagged|registered|run|controlled|owned)$")  # "U.S.-based"
# a ship named before is "the vessel", "the tanker", whichever of these it was called
ARRIVING = {"cross", "come", "infiltrate", "slip", "sneak", "arrive"}  # "gunmen who crossed from Somalia"
SHIP_NOUNS = {"ship", "vessel", "tanker", "freighter", "carrier", "trawler", "boat"}
# what a state's lorries named as a group are called again ("Zambian fuel tankers ... the trucks")
VEHICLE_NOUNS = {"truck", "lorry", "vehicle", "tanker", "trailer", "bus"}
# what a named craft is called before its name ("the frigate Psara", "the tanker Sea Star"): a craft, no person
CRAFT_NOUNS = SHIP_NOUNS | {"frigate", "warship", "destroyer", "corvette", "cutter", "submarine", "drillship", "ferry",
                            "yacht"}
REPORTING = {"say", "announce", "state", "add", "tell", "report", "claim", "warn"}
STANCE = {"anti", "pro"}
# what a city's name may be given to after the talks held there ("the Lima agreement", "the Minsk accords")
ACCORD_NOUNS = {"agreement", "accord", "treaty", "protocol", "convention", "declaration", "process", "format",
                "charter", "memorandum"}
# a force's place of its own, whose state is the place's ("an army base near Gao")
POST_NOUNS = {"base", "post", "outpost", "camp", "barracks", "station", "checkpoint", "garrison", "position"}
DEFINITE = {"the", "this"}  # "the bloc", "this alliance": a body named before
INDEFINITE = {"a", "an", "another"}  # "a government spokesman": someone not named before
OFFICIAL_SECTORS = {"GOV", "MIL"}  # a title of these held at a company or NGO is its post, not the state's
TOPIC_PREPS = {"for", "to", "on"}  # "the envoy for Syria", "ambassador to Kenya", "adviser on China": not one's own
PLACE_NOUNS = {"city", "town", "port", "village", "capital", "province", "region", "district", "enclave", "suburb",
               "outskirts", "belt", "area", "centre", "center", "streets"}
# offices and people a town's name after "of" is the place of ("the mayor of Calais", "the governor of
# Kherson", "residents of Goma"), whatever NER takes the name for
PLACE_HOLDERS = {"mayor", "governor", "resident", "inhabitant"}
# a place's name before one of these names the feature, not the town ("the San Juan river")
FEATURE_NOUNS = {"river"}
# groups that live or serve where they act ("farmers marched in Pasay", "police fired tear gas in Honiara"),
# unlike officials, troops or refugees: named bare, they are of the place their clause or paragraph is in
LOCAL_SECTORS = {"CVL", "LAB", "OPP", "COP"}
# the labels NER gives some region names it does not take for places ("in Sindh", "a court in Durres on
# Wednesday": a date with the weekday after it; "a court in Durres on Friday fined": a product)
MISTAKEN_PLACE_LABELS = {"NORP", "", "DATE", "PRODUCT"}
# prepositions that place what a clause tells ("marched towards the centre in Pasay City")
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "around", "through"}
CLAUSES = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"}
# "In Accra, the foreign ministry ...", "From Nairobi, the government ...": a clause opened by a place
FRONTED_PREPS = {"in", "from"}
# prepositions that place an official or a group where they serve ("a spokesman in Beijing", "officials from
# Chile", "Albanians of southern Serbia"), and that put one at a body ("the second secretary at the Russian embassy")
POSTED_PREPS = ("in", "of", "inside", "throughout", "from")
BODY_PREPS = {"at", "of", "from", "for", "with"}
# "three women who work for the United Nations", "nurses working for the Red Cross": people an act is done to
# as the staff of an international body are that body's side, whatever their nationality
SERVING = {"work", "serve"}
# "people on the Belarusian side", "fire from the Afghan side": the country of that side of a border or front
SIDE_PREPS = {"on", "from"}
RESIDENT_WORDS = {"ethnic", "local"}  # "ethnic Albanians", "local Serbs": a people living where the story is
MINORITY_NOUNS = {"minority"}  # "the Greek minority": a people living in another state than the one they are named for
ADDRESS_PREPS = {"on", "to", "against", "with"}  # "called on Quito", "appealed to Lima": whom one addresses, not where
# "three traders, all Ghanaian nationals": the people a group noun is said to be of a nationality
NATIONAL_NOUNS = {"national", "citizen", "subject"}
# "men in Congolese army uniforms", "gunmen wearing Sudanese uniforms": people of the state whose uniform they wear
UNIFORM_NOUNS = {"uniform", "fatigues"}
WEARING = {"wear", "dress", "clad"}
# the words of posts abroad, whose city is not their state's ("an envoy in Nairobi", "diplomats in Kabul", "the
# embassy in Riga"): such people are placed only by where they are from or the body they serve
# words before a surname that say how one addresses its bearer, not another name ("Mr Khai")
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam"}
ABROAD_WORDS = {"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "charge", "chargé", "emissary",
                "embassy", "consulate"}


@dataclass
class Resolved:
    """The mentions of one sentence and, for each token index, the mention covering it."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    base: int = 0  # the article offset of the sentence's Doc

    def add(self, mention: Mention, tokens: range) -> None:
        self.mentions.append(mention)
        for i in tokens:
            self.by_token.setdefault(i, mention)


@dataclass
class ArticleActors:
    """What the article has said about its actors so far."""

    kb: KnowledgeBase
    day: date | None
    home: str | None = None  # the story's country, for titles, groups and bodies named without one
    aliases: dict[str, Entity] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    recent: list[Entity] = field(default_factory=list)  # every resolved mention, in text order
    seen: set[str] = field(default_factory=set)  # the countries and organisations named so far
    common: frozenset[str] = frozenset()  # lower-case words NER may tag as names but are not ("MoU")
    titles: dict[str, Title] = field(default_factory=dict)  # acronyms the article defines ("(COAS)")
    nouns: dict[str, Entity] = field(default_factory=dict)  # "the mission", "the bank": a body named before
    alias_firsts: set[str] = field(default_factory=set)  # the first word of every alias, for may_start
    speaker: Entity | None = None  # a body the sentence before reported ("Cambodia's defence ministry said")
    topic: Entity | None = None  # the subject of the sentence before's main verb ("Fiji has tried ...")
    previous_topic: Entity | None = None  # while a sentence is coded, the sentence before's speaker or subject
    # the countries the sentence puts a place in ("the north Lebanese port"), and all those it names
    near: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())

    def note(self, entity: Entity) -> None:
        """Record a mention of ``entity``, the latest so far."""
        self.recent.append(entity)
        if entity.org or entity.country:
            self.seen.add(entity.org or entity.country)

    def lookup(self, surface: str) -> Entry | None:
        """The knowledge base's entry for ``surface`` on the story's day; of several, one of a state
        or body the article named before ("Congo's defence minister" is the DRC's in a story
        that spoke of "Congolese troops" first)."""
        return self.kb.lookup(surface, self.day, self.seen)

    def title(self, term: str) -> Title | None:
        """A title the article defined, else one from the knowledge base."""
        return self.titles.get(term.lower()) or self.kb.title(term)

    def may_start(self, tokens, i: int, lower: bool = False) -> bool:
        """Whether a name or title can start at token i (its first word is known)."""
        word = ""
        for t in tokens[i:]:
            word += t.text
            if t.whitespace_:
                break
        first = tokens[i].text
        if lower:
            words = {word.lower(), first.lower(), tokens[i].lemma_.lower()}
            return bool(words & self.kb.first_words) or bool(words & self.titles.keys())
        words = {word, first}
        return bool(words & self.kb.first_words) or bool(words & self.alias_firsts)

    def place_country(self, name: str) -> str | None:
        """The country of a city several countries have a namesake of ("Tripoli", "Hyderabad"):
        one the sentence puts a place in, else one it names, else the story's own, else one
        the article named before; else the most populous place's."""
        return place_country(name, (*self.near, {self.home}, self.seen))

    def place_elsewhere(self, name: str, entry: Entry) -> str | None:
        """The country of a place named like a state (see ``_capital_elsewhere`` and ``_other_name_elsewhere``),
        when that is not the state's own; else None."""
        if entry.via == "capital":
            return self._capital_elsewhere(name, entry)
        return self._other_name_elsewhere(name, entry) if entry.via == "name" and name != entry.name else None

    def _capital_elsewhere(self, name: str, entry: Entry) -> str | None:
        """The country of a capital's namesake the sentence puts a place in ("shells hit Tripoli,
        the north Lebanese port"), when that is not the capital's own; a capital otherwise stays
        its state's, however many other countries the sentence names."""
        country = place_country(name, self.near[:1])
        return country if country in self.near[0] and country != entry.country else None

    def _other_name_elsewhere(self, name: str, entry: Entry) -> str | None:
        """The country of a city named like another name of a state (an old name: "Formosa" for Taiwan is
        also an Argentine city), in a story that named the city's country before and not the state."""
        if entry.country in self.seen:
            return None
        # the story's countries, not the sentence's: those its place names name may be the name's own readings
        named = {*self.near[0], self.home, *self.seen}
        place = locate(name, (self.near[0], {self.home}, self.seen))
        return place.country if place and place.precision == "city" and place.country in named \
            and place.country != entry.country else None

    def remember(self, entity: Entity, *names: str) -> None:
        """Let later mentions by any of ``names`` resolve to ``entity``."""
        for name in names:
            if name:
                self.aliases[name] = entity
                self.alias_firsts.update(name.split()[:1])


def resolve_sentence(sent, base: int, actors: ArticleActors) -> Resolved:
    """Return the mentions of a spaCy sentence span; ``base`` is the char offset of its Doc."""
    tokens = list(sent)
    out = Resolved(base=base)
    speaker, actors.speaker = actors.speaker, None
    topic, actors.topic = actors.topic, None
    actors.previous_topic = speaker or topic
    taken: set[int] = set()
    kb_matches = _kb_matches(tokens, actors)
    actors.near = _countries_named(sent, tokens, kb_matches)
    inside_orgs = _inside_org_names(sent, tokens)
    titles = _titles(tokens, actors, exclude={i for s, e, _ in kb_matches for i in range(s, e)}, inside=inside_orgs)
    title_at = {s: (e, t) for s, e, t in titles}
    names = [(s, e, label) for s, e, label in _names(sent, tokens, exclude={i for s, e, _ in titles for i in range(s, e)})
             if not (e - s == 1 and tokens[s].lower_ in actors.common)]
    kb_at = {s: (e, entry) for s, e, entry in kb_matches}
    names = [(s, e, label) for s, e, label in names if not _joined_states(tokens, s, e, kb_at)]
    name_at = {s: (e, label) for s, e, label in names}
    placed = _placed_compounds(tokens, actors)

    i = 0
    while i < len(tokens):
        if i in taken:
            i += 1
            continue
        if i in placed:  # "the Dakar-based agency", "a Liberian-flagged freighter"
            end, entity = placed[i]
            if entity is not None:
                _add(out, actors, entity, tokens, i, end, base, "ORG", "placed by a compound")
            taken.update(range(i, end))
            i = end
            continue
        start = i
        if (regional := _regional_groups(tokens, i, title_at, actors)) is not None:
            end, each = regional
            for entity in each:  # one mention of each state on the word, so the events stage finds all
                _add(out, actors, entity, tokens, i, i + 1, base, "NOMINAL", "regional group")
            taken.update(range(start, end))
            i = end
            continue
        modifier, j = _country_modifier(tokens, i, kb_at, actors)
        worded = modifier  # "Kenyan police": a group named with its state's word, not by its noun alone
        if isinstance(modifier, Entry) and modifier.kind == "organisation":
            _remember_kind(actors, _from_entry(modifier.name, modifier, actors))  # "ASEAN ministers": ASEAN is named
        if modifier is not None and (groups := _coordinated_groups(tokens, i, j, modifier, kb_at, title_at, actors)):
            end, each = groups
            for word_start, word_end, entity in each:  # the noun is left to none, so the events stage finds all
                _add(out, actors, entity, tokens, word_start, word_end, base, "NOMINAL", "group")
            taken.update(range(start, end))
            i = end
            continue
        if modifier is not None:
            j = _past_modifiers(tokens, j, title_at, kb_at)  # "Lebanon's new President", "the UN war crimes court"
        found_titles: list[Title] = []
        k = j
        while k in title_at or (found_titles and k < len(tokens) and tokens[k].lower_ in {"and", "&"} and k + 1 in title_at):
            if k in title_at:
                end, title = title_at[k]
                found_titles.append(title)
                k = end
                k = _skip_parenthesised(tokens, k, actors, title)
            else:
                k += 1
        head = _span_head(tokens, j, k) if found_titles else None
        if head is not None and modifier is None:
            modifier = _possessor(head, actors)  # "the UN secretary-general's envoy"
        if head is not None and modifier is None:
            modifier = _body_before(tokens, start, out)  # "US State Department spokesman Ned Price"
        if head is not None and (modifier is None or _former(tokens, start)):
            # "the Guards' naval commander, Rear Admiral X"; "the AU's envoy, former Zambian foreign minister X"
            modifier = _apposed_mention(tokens, start, name_at.get(k, (k,))[0], out) or modifier
        country = modifier.country if modifier else None
        org = modifier.org if modifier and modifier.kind == "organisation" else None
        if found_titles and (k in name_at or (k in kb_at and kb_at[k][1].kind == "person")):
            end = name_at[k][0] if k in name_at else kb_at[k][0]
            sayer = (_unless_other_state(_carried_speaker(speaker, sent), out, start)
                     or _reported_state(tokens[k:end], out)) if start == j else None
            entity = _person(tokens[k:end], found_titles, country, actors, org, sayer)
            _add(out, actors, entity, tokens, start, end, base, "PERSON", "title+name")
            taken.update(range(start, end))
            i = end
            continue
        if found_titles:
            if country is None and org is None:  # told on the group itself: "his sailors, all Egyptian nationals"
                country = _apposed_nationality(head, found_titles[-1], actors)
            if country is None and org is None and (owner := _pronoun_owner(head, out, topic, actors)):
                country, org = owner.country, owner.org  # "its brigades", "her spokesman"
            if country is None and org is None and (owner := _served_owner(head, out, topic, actors)):
                country, org = owner.country, owner.org  # "a spokesman for its foreign policy chief"
            entity = _nominal(tokens, start, k, found_titles, country, actors, org)
            if entity is not None and _named_with_state(entity, worded):
                entity = replace(entity, name=f"{worded.name} {found_titles[-1].term}")
            if entity is not None:
                _add(out, actors, entity, tokens, start, k, base, "NOMINAL", entity.kind)
                taken.update(range(start, k))
                i = k
                continue
        if i in kb_at and (org_end := _named_after_country(tokens, i, kb_at[i])) is not None:
            entry = kb_at[i][1]
            text = _span_text(tokens, i, org_end)
            entity = Entity(text=text, name=text, country=entry.country, kind="organisation")
            acronym = _acronym_after(tokens, org_end)
            actors.remember(entity, text, acronym)
            _add(out, actors, entity, tokens, i, org_end, base, "ORG", "named after its country")
            taken.update(range(i, org_end))
            i = org_end
            continue
        if i in kb_at and isinstance(kb_at[i][1], Entity):
            end, known = kb_at[i]
            _add(out, actors, replace(known, text=_span_text(tokens, i, end)), tokens, i, end, base, "ALIAS", "article")
            taken.update(range(i, end))
            i = end
            continue
        if i in kb_at and _names_an_accord(tokens, *kb_at[i]):  # "the Lima agreement": a venue, no actor
            taken.update(range(i, kb_at[i][0]))
            i = kb_at[i][0]
            continue
        if i in kb_at and _stance(tokens[i]):
            end, entry = kb_at[i]
            entity = _from_entry(_span_text(tokens, i, end), entry, actors)
            _add(out, actors, entity, tokens, i, end, base, "KB", "stance")
            taken.update(range(i, end))
            i = end
            continue
        if i in kb_at:
            end, entry = kb_at[i]
            entity = _from_entry(_span_text(tokens, i, end), entry, actors)
            people = _people_of(tokens, i, end, kb_at)  # "Bosnian Serbs", "Kosovo Albanian refugees"
            if people is not None:
                end = people
                entity = replace(entity, text=_span_text(tokens, i, end), name=_span_text(tokens, i, end), kind="group",
                                 sector="CVL")
            elif entry.via == "adjective" and tokens[end - 1].tag_ in {"NNS", "NNPS"}:
                entity = replace(entity, kind="group", sector="CVL")  # "Albanians", "young Algerians": a people
            group = _group_noun(tokens, end, actors.kb) if entry.via == "adjective" or _possessive(tokens, end) else None
            if group is not None and any(s < group[0] < e for s, (e, _) in kb_at.items() if s > i):
                group = None  # "Lula's Workers' Party": the noun opens a longer name
            if group is not None:
                gend, title = group
                entity = replace(entity, text=_span_text(tokens, i, gend), sector=title.sector, kind="group",
                                 name=f"{actors.kb.countries.get(entity.country, entity.name)} {title.term}")
                end = gend
            if entry.kind == "state" and entry.via == "adjective" and people is None:
                entity = _resident(entity, tokens, i, end, actors)
                entity = _minority(entity, tokens, end, actors)
            _add(out, actors, entity, tokens, i, end, base, "KB", entry.via)
            taken.update(range(i, end))
            i = end
            continue
        if i in name_at:
            end, label = name_at[i]
            entity = _named(tokens, i, end, label, actors, out)
            if entity is not None:
                label = "PERSON" if entity.kind == "person" else label  # NER takes some people for places or bodies
                how = "article" if entity.country or entity.org else "unresolved"
                _add(out, actors, entity, tokens, i, end, base, label, how)
                taken.update(range(i, end))
            i = end
            continue
        if tokens[i].lower_ in DEFINITE and (named := _body_named_before(tokens, i, actors)) is not None:
            body, end = named
            entity = replace(body, text=_span_text(tokens, i, end))
            _add(out, actors, entity, tokens, i, end, base, "ALIAS", "the body named before")
            taken.update(range(i, end))
            i = end
            continue
        if (body := _body_as_modifier(tokens[i], actors)) is not None:
            entity = replace(body, text=tokens[i].text)
            _add(out, actors, entity, tokens, i, i + 1, base, "ALIAS", "the body named before")
            taken.add(i)
            i += 1
            continue
        ref = _reference(tokens, i)
        if ref is not None:
            end, label, hint = ref
            entity = resolve_latter(hint, actors.recent) if label == "LATTER" else None
            if entity is not None:
                entity = replace(entity, text=_span_text(tokens, i, end))
                actors.note(entity)  # "the latter" is itself the latest mention
            text = _span_text(tokens, i, end)
            mention = Mention((base + tokens[i].idx, base + tokens[end - 1].idx + len(tokens[end - 1])), text,
                              label, entity, hint)
            out.add(mention, range(tokens[i].i, tokens[end - 1].i + 1))
            taken.update(range(i, end))
            i = end
            continue
        i += 1
    actors.speaker = _reporting_body(tokens, out, actors)
    actors.topic = _main_subject(tokens, out)
    return out


def _state_joined_after(tokens, end: int, actors: ArticleActors) -> bool:
    """Whether the rest of a name NER took whole is "and" and a state ("Niger and Burkina Faso")."""
    last = end
    while last + 1 < len(tokens) and tokens[last + 1].ent_iob_ == "I":
        last += 1
    if tokens[end].lower_ not in {"and", ","} or last == end:
        return False
    entry = actors.kb.lookup(_span_text(tokens, end + 1, last + 1), actors.day)
    return entry is not None and entry.kind == "state" and entry.via == "name"


def _joined_states(tokens, start: int, end: int, kb_at: dict) -> bool:
    """Whether a name NER took whole is states joined by "and" or commas ("Niger and Burkina Faso"):
    each is then its own mention."""
    i, states = start, 0
    while i < end:
        found = kb_at.get(i)
        if found is None or found[1].kind != "state" or found[0] > end:
            return False
        i, states = found[0], states + 1
        if i < end and tokens[i].lower_ not in {"and", ","}:
            return False
        i += 1
    return states > 1 and tokens[end - 1].lower_ not in {"and", ","}


def _names_an_accord(tokens, end: int, entry) -> bool:
    """Whether a capital names a treaty or process after the city it was made in ("the Lima
    agreement", "the 1947 Paris treaties", "the Minsk accords"): the venue, not its government."""
    word = tokens[end - 1]
    return getattr(entry, "via", None) == "capital" and word.dep_ in {"compound", "nmod", "amod"} \
        and word.head.lemma_.lower() in ACCORD_NOUNS and word.head.i > word.i


def _body_before(tokens, start: int, out: Resolved) -> Entry | None:
    """The state or organisation of a body named just before a title it modifies ("US State
    Department spokesman Ned Price", "Taiwan Affairs Office spokeswoman Zhu Fenglan"), when NER
    took the body for one name and so no country word opens the title's mention."""
    if start == 0 or tokens[start - 1].dep_ not in {"compound", "nmod"} or tokens[start - 1].head.i < tokens[start].i:
        return None
    mention = out.by_token.get(tokens[start - 1].i)
    entity = mention.entity if mention is not None else None
    return _entry_of(mention) if entity is not None and entity.kind in {"organisation", "state"} else None


def _apposed_mention(tokens, start: int, end: int, out: Resolved) -> Entry | None:
    """The state or organisation of the mention a titled name is in apposition to ("the Guards'
    naval commander, Rear Admiral Ali Rezaei", once the commander is the Guards'; "the AU's envoy,
    former Zambian foreign minister Grace Banda": a post held before is not the one held now)."""
    comma = start - 2 if _former(tokens, start) else start - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    head = next((t.head for t in tokens[start:end] if t.dep_ == "appos" and t.head.i < tokens[comma].i), None)
    return _entry_of(out.by_token.get(head.i)) if head is not None else None


def _former(tokens, start: int) -> bool:
    """Whether a mention follows "former" ("former Zambian foreign minister Grace Banda")."""
    return start > 0 and tokens[start - 1].lower_ in {"former", "ex"}


def _carried_speaker(speaker: Entity | None, sent) -> Entity | None:
    """The speaker of the sentence before, unless it is a state the sentence was about and this
    sentence opens a new paragraph ("Oslo imposed the ban." then a new paragraph "Fisheries Minister
    X told reporters ...": the story's own minister, not Norway's); a body that spoke
    ("the defence ministry said") carries over."""
    if speaker is not None and speaker.kind == "state" and sent.start == 0:
        return None
    return speaker


def _unless_other_state(speaker: Entity | None, out: Resolved, start: int) -> Entity | None:
    """The body reported in the sentence before, unless this sentence names another state before
    the titled person ("Chile's government closed the port, a day after Prime Minister X warned"
    after "Peru protested": X is Chile's)."""
    if speaker is None:
        return None
    other = any(m.entity is not None and m.entity.kind != "person"
                and m.entity.country not in {None, speaker.country} for i, m in out.by_token.items() if i < start)
    return None if other else speaker


def _addresses(name_tokens, country: str | None, actors: ArticleActors) -> bool:
    """Whether a titled person's own clause aims at a state by name ("Foreign Minister Ana Ruiz urged
    Quito to ...", "... and called on Ecuador to ..."; not "told reporters in Quito"): the person is
    not that state's."""
    noun = _span_head(name_tokens, 0, len(name_tokens))
    if country is None or noun.dep_ != "nsubj":
        return False
    verbs = [noun.head, *noun.head.conjuncts]
    objects = [c for v in verbs for c in v.children if c.dep_ in {"dobj", "dative"}]
    objects += [g for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in ADDRESS_PREPS
                for g in p.children if g.dep_ == "pobj"]
    for obj in objects:
        entry = actors.lookup(_ent_text(obj))
        if entry is not None and entry.kind == "state" and entry.via in {"name", "capital"} and entry.country == country:
            return True
    return False


def _other_side(actors: ArticleActors, country: str | None) -> str | None:
    """The state the story names most after ``country``: the other side of a two-state story."""
    counts = Counter(e.country for e in actors.recent if e.kind == "state" and e.country not in {None, country})
    return counts.most_common(1)[0][0] if counts else None


def _reported_state(name_tokens, out: Resolved) -> Entity | None:
    """The state the news a titled person is said to report is about ("Fiji has widened its
    accord with China, Prime Minister Joe Tui's office said"): the subject of the clause before
    the reporting verb whose subject the person (or their office) is; his title is that state's."""
    noun = _span_head(name_tokens, 0, len(name_tokens))
    if noun.dep_ == "poss":
        noun = noun.head  # "Prime Minister Joe Tui's office"
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        entity = out.by_token[subject.i].entity if subject is not None and subject.i in out.by_token else None
        if entity is not None and entity.kind == "state" and entity.country:
            return entity
    return None


def _main_subject(tokens, out: Resolved) -> Entity | None:
    """The state, body or person the sentence's main verb is said of, when named with a country
    or organisation."""
    for tok in tokens:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT" and tok.i in out.by_token:
            entity = out.by_token[tok.i].entity
            return entity if entity is not None and (entity.country or entity.org) else None
    return None


def _reporting_body(tokens, out: Resolved, actors: ArticleActors) -> Entity | None:
    """The state body a sentence reports the words of ("Cambodia's defence ministry said ..."), or
    the state it is about ("Russia reacted angrily."): a spokesman named by title alone just
    after it speaks for that body's country (for a state, one with a government title). A clause
    opened by a place abroad ("In Washington, the State Department criticised France") is an aside,
    after which the story returns home: it reports for no one after it."""
    for tok in tokens:
        if tok.dep_ == "nsubj" and tok.i in out.by_token:
            entity = out.by_token[tok.i].entity
            if entity is None or not (entity.country or entity.org):
                continue
            if _fronted_country(tok, actors) not in {None, actors.home}:
                return None
            if (tok.head.lemma_.lower() in REPORTING and entity.kind in {"organisation", "group"}) \
                    or (tok.head.dep_ == "ROOT" and entity.kind == "state"):
                return entity
    return None


def _pronoun_owner(head, out: Resolved, before: Entity | None, actors: ArticleActors,
                   bodies: bool = False) -> Entity | None:
    """Who "its", "their", "his" or "her" stands for before a title or group noun: the subject
    (a person, for "his" and "her") of the nearest clause around it named before it ("Russia's
    defence ministry said one of its brigades"); else for "its" the state or body the sentence
    before was about (``before``: "Fiji has tried to keep a balance. Last month, its foreign
    minister ..."), for "his" and "her" the person it was about, else the person last named; with
    ``bodies``, an organisation subject is an "its" too ("the EU said its foreign policy chief")."""
    owners = {c.lower_ for c in head.children if c.dep_ == "poss"} & {"its", "their", "his", "her"}
    if not owners:
        return None
    personal = bool(owners & {"his", "her"})
    around = {a.i for a in head.ancestors}
    for verb in head.ancestors:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                        and c.i < head.i and c.i not in around), None)
        if subject is not None and subject.i in out.by_token and not ("their" in owners and _one_person(subject)):
            entity = out.by_token[subject.i].entity
            if entity is not None and (entity.country or ((personal or bodies) and entity.org)) \
                    and (entity.kind == "person" or not personal):
                return entity
    # the subject of a clause before it, not around it ("Minister Tomáš Hrubý had travelled to Brussels ..., his
    # ministry said"); not one of coordinated subjects ("She and Sutrisno held a call, her spokesman said")
    subjects = [out.by_token[t.i].entity for t in head.sent if t.i < head.i and t.dep_ in {"nsubj", "nsubjpass"}
                and t.i in out.by_token]
    subjects = [e for e in subjects if e is not None and (e.country or e.org) and (e.kind == "person") == personal]
    if personal and subjects:
        return subjects[-1]
    if before is not None and (before.kind == "person") == personal and "their" not in owners:
        return before
    if before is not None and "their" in owners and before.kind == "group" and before.country:
        return before  # "The fishermen were detained in March. Their families staged a sit-in": theirs
    if personal:
        return next((e for e in reversed(actors.recent) if e.kind == "person" and (e.country or e.org)), None)
    return None


def _served_owner(head, out: Resolved, before: Entity | None, actors: ArticleActors) -> Entity | None:
    """Whose side a title is on when its own phrase has it serve or head someone or something named
    by a possessive pronoun ("The EU condemned the raid, with a spokesman for its foreign policy chief
    calling it ...": the EU's, as its chief is; "the bloc said the president of its commission had ...")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if (owner := _pronoun_owner(obj, out, before, actors, bodies=True)) is not None:
                    return owner
    return None


def _one_person(noun) -> bool:
    """Whether a subject is one person, whom "their" cannot stand for ("a spokesman urged both
    sides to pull back their forces")."""
    return noun.tag_ in {"NN", "NNP"} and not noun.conjuncts and noun.ent_type_ in {"PERSON", ""} \
        and noun.pos_ != "PRON"


# -- finding candidate spans -------------------------------------------------

def _kb_matches(tokens, actors: ArticleActors):
    """Longest non-overlapping knowledge-base (and in-article alias) matches."""
    out = []
    named = set(actors.seen)  # a name several bodies share is the one of a state named ("Workers' Party")
    i = 0
    while i < len(tokens):
        if not actors.may_start(tokens, i):
            i += 1
            continue
        for n, surface in _ngrams(tokens, i, MAX_NAME_TOKENS):
            if tokens[i].is_punct or tokens[i + n - 1].is_punct:
                continue
            entry = actors.aliases.get(surface) if tokens[i].is_title or tokens[i].is_upper else None
            if entry is None:  # the article's own Calderón wins over a namesake in the knowledge base
                entry = actors.kb.lookup(surface, actors.day, named)
                if entry is None or not _fits(tokens, i, i + n, entry, actors):
                    continue
            named.add(entry.org or entry.country)
            out.append((i, i + n, entry))
            i += n
            break
        else:
            i += 1
    return out


def _ngrams(tokens, i: int, longest: int):
    """(n, text) of the spans starting at token i, longest first."""
    texts, text = [], ""
    for t in tokens[i:i + longest]:
        text += t.text
        texts.append(text)
        text += t.whitespace_
    return [(n, texts[n - 1]) for n in range(len(texts), 0, -1)]


def _placed_compounds(tokens, actors: ArticleActors) -> dict[int, tuple[int, Entity | None]]:
    """For each place or country word opening a compound that says where a body is based, who
    runs it or where a ship or plane is flagged ("the Dakar-based agency", "the Hamas-run health
    ministry", "a Liberian-flagged freighter"): where the phrase ends and the body with that
    country; a person, a group or a named body so based or flagged is left to the rest (so None,
    and the phrase ends at the participle), but the place is no actor; one so run is left whole."""
    out = {}
    for q in range(len(tokens)):
        participle = tokens[q]
        if participle.lower_ in FLAGGED | BASED_WORDS | RUN_WORDS and q >= 2 and tokens[q - 1].text in {"-", "–"}:
            word, start = participle.lower_, q - 2
            while start > max(0, q - 5) and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].is_title:
                start -= 1  # "New York-based"
            place = _span_text(tokens, start, q - 1)
        elif (joined := JOINED.match(participle.text)) is not None:
            place, word, start = joined.group(1), joined.group(2).lower(), q
        else:
            continue
        country = _compound_country(place, actors, word in RUN_WORDS) if place[:1].isupper() else None
        if country is None:
            continue
        head = participle.head
        end = head.i - tokens[0].i + 1
        title = actors.title(_span_text(tokens, q + 1, end)) or actors.title(head.lemma_) if end > q + 1 else None
        if head.i <= participle.i or head.pos_ != "NOUN" or (
                word in BASED_WORDS | RUN_WORDS and title is not None and title.kind in {"person", "group"}):
            if word not in RUN_WORDS:  # "Russian-controlled militias": Russia is named, as a side
                out[start] = (q + 1, None)
            continue
        text = _span_text(tokens, start, end)
        out[start] = (end, Entity(text=text, name=text, country=country, sector=title.sector if title else None,
                                  kind="organisation"))
    return out


def _compound_country(text: str, actors: ArticleActors, groups: bool = False) -> str | None:
    """The country a place or country word in a compound names ("Kenyan", "Lome", "New York"), or
    with ``groups`` an armed group does too ("Houthi" in "the Houthi-run news agency")."""
    entry = actors.lookup(text)
    if entry is not None:
        return entry.country if entry.kind == "state" or (groups and entry.kind == "group") else None
    return actors.place_country(text)


def _fits(tokens, start: int, end: int, entry: Entry, actors: ArticleActors) -> bool:
    """Reject a match that is only part of a longer proper name ("United States Strategic Metals")."""
    if entry.kind == "person" and entry.via == "alias" and end < len(tokens) and tokens[end].pos_ == "PROPN" \
            and tokens[end].is_title and tokens[end].ent_type_ not in {"DATE", "TIME"}:
        return False  # a surname that opens a longer name ("Ban Nong Khai", a village) is not that person
    if entry.kind == "person" and entry.via == "alias" and _ends_a_longer_name(tokens, start, entry, actors):
        return False
    if end < len(tokens) and tokens[end].ent_iob_ == "I" and tokens[end].ent_type_ in {"ORG", "FAC", "PERSON"}:
        return entry.kind != "state" or entry.via == "adjective" or _state_joined_after(tokens, end, actors)
    if entry.kind == "person" and entry.via == "alias" and tokens[start].ent_type_ not in {"PERSON", ""}:
        return False
    if entry.via == "adjective" and (_names_a_language(tokens, end) or _names_a_currency(tokens, end)):
        return False
    return not (entry.kind == "person" and _hyphened_name_tail(tokens, start))


LANGUAGE_WORDS = {"language", "speaking"}


def _names_a_language(tokens, end: int) -> bool:
    """Whether a people's word ends hyphened to a word saying it is a language ("Hungarian-language
    schools", "Russian-speaking towns"): their speakers, not the state."""
    return end + 1 < len(tokens) and tokens[end].text in {"-", "–"} and tokens[end + 1].lower_ in LANGUAGE_WORDS


def _names_a_currency(tokens, end: int) -> bool:
    """Whether a people's word names a currency's issuer ("15,000 Norwegian crowns"): no party."""
    return end < len(tokens) and names_currency(tokens[end].text) and tokens[end].dep_ != "compound"  # "crown prince"


def _ends_a_longer_name(tokens, start: int, entry: Entry, actors: ArticleActors) -> bool:
    """Whether a surname ends a longer proper name whose word before is none of the person's names, a
    title, an honorific or a name the knowledge base knows: "Nong Khai" is a town and "Tran Khai" someone
    else, not the Vietnamese leader surnamed Khai ("President Khai", "Mr Khai", "Vietnam's Khai" are him)."""
    if start == 0:
        return False
    before = tokens[start - 1]
    return before.pos_ == "PROPN" and before.is_title and before.ent_type_ not in {"DATE", "TIME"} \
        and before.lower_.rstrip(".") not in HONORIFICS and actors.title(before.lower_) is None \
        and fold(before.text) not in fold(entry.name).split() and actors.lookup(before.text) is None


def _hyphened_name_tail(tokens, start: int) -> bool:
    """Whether a word ends a name of three or more words joined by hyphens ("Mazar-i-Sharif",
    "Ras-al-Khaimah"): a place, not a person of that surname ("the Modi-Sharif talks" is)."""
    joined = [k for k in (start - 1, start - 3) if k >= 1 and tokens[k].text in {"-", "–"}
              and not tokens[k].whitespace_ and not tokens[k - 1].whitespace_]
    return len(joined) == 2


def sentence_ents(sent) -> list:
    """The named entities of a sentence. (spaCy's Span.ents walks the whole Doc on every
    call, which is quadratic over a long paragraph; the Doc's list is made once.)"""
    doc = sent.doc
    ents = doc.user_data.get("tidings_ents")
    if ents is None:
        ents = doc.user_data["tidings_ents"] = list(doc.ents)
    starts = [e.start for e in ents]
    return ents[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]


def _inside_org_names(sent, tokens) -> dict[int, tuple[int, int]]:
    """For each token inside an organisation's name, the (start, end) of that name."""
    first = tokens[0].i
    out = {}
    for ent in sentence_ents(sent):
        if ent.label_ in {"ORG", "FAC"}:
            for t in ent:
                out[t.i - first] = (ent.start - first, ent.end - first)
    return out


def _countries_named(sent, tokens, kb_matches) -> tuple[frozenset[str], frozenset[str]]:
    """The countries a sentence puts places in ("Tripoli, the north Lebanese port", "the
    Lebanese city of Tripoli", "Sidon, Lebanon"), and all those it names: by a state, a person
    or a place only one country has ("Pakistani police in Hyderabad", "Hyderabad and Karachi")."""
    placing, named = set(), set()
    for _, end, entry in kb_matches:
        if entry.country:
            named.add(entry.country)
            if entry.kind == "state" and getattr(entry, "via", "alias") in {"name", "adjective"} \
                    and _places_a_place(tokens[end - 1]):
                placing.add(entry.country)
    for ent in sentence_ents(sent):
        if ent.label_ in {"GPE", "LOC"} and len(countries := place_countries(ent.text)) == 1:
            named.add(countries[0])
    return frozenset(placing), frozenset(named)


def _places_a_place(word) -> bool:
    """Whether a country word says where a place is: it modifies a place noun ("the north
    Lebanese port") or a place's name ("Lebanon's Tripoli"), or stands beside it ("Sidon, Lebanon")."""
    head = word.head
    if word.dep_ in {"amod", "compound", "nmod", "poss"}:
        return head.lemma_.lower() in PLACE_NOUNS or head.ent_type_ in {"GPE", "LOC"}
    return word.dep_ == "appos" and head.ent_type_ in {"GPE", "LOC"}


def _titles(tokens, actors: ArticleActors, exclude: set[int], inside: dict[int, tuple[int, int]]):
    """Title and sector-noun spans; one that is only a word of an organisation's name
    ("National Logistics Corporation") is not a title."""
    out = []
    i = 0
    while i < len(tokens):
        if not actors.may_start(tokens, i, lower=True) or _stance(tokens[i]):  # "anti-government protesters"
            i += 1
            continue
        for n, surface in _ngrams(tokens, i, MAX_TITLE_TOKENS):
            if any(j in exclude for j in range(i, i + n)):
                continue
            org = inside.get(i)
            title = actors.title(surface)
            if title is None and n == 1:
                title = actors.title(tokens[i].lemma_.lower())
            if org is not None and org[0] <= i and i + n <= org[1] and (i, i + n) != org \
                    and not _titled_name(tokens, i, i + n, org[1], title, actors):
                continue
            if title is not None:
                out.append((i, i + n, title))
                i += n
                break
        else:
            i += 1
    return out


def _titled_name(tokens, start: int, end: int, name_end: int, title: Title | None, actors: ArticleActors) -> bool:
    """Whether a name NER took for a body is a person's title and name ("Spokeswoman Maly
    Socheata"): a person title opening it, then proper names no title or known entry begins."""
    rest = tokens[end:name_end]
    return (title is not None and title.kind == "person" and tokens[start].i == tokens[start].sent.start
            and bool(rest) and all(t.pos_ == "PROPN" and t.is_title and actors.title(t.text) is None for t in rest))


def _names(sent, tokens, exclude: set[int]):
    """Named-entity spans (sentence-relative), trimmed of tokens already used as titles."""
    first = tokens[0].i
    out = []
    for ent in sentence_ents(sent):
        if ent.label_ not in NAME_LABELS:
            continue
        idx = [t.i - first for t in ent if t.i - first not in exclude]
        while idx and (tokens[idx[0]].lower_ == "the" or tokens[idx[0]].is_punct):
            idx.pop(0)
        if idx and idx == list(range(idx[0], idx[-1] + 1)):
            out.append((idx[0], idx[-1] + 1, ent.label_))
    # a capitalised run right after a title is a name even when NER missed it ("DPM Dar")
    covered = {i for s, e, _ in out for i in range(s, e)}
    for i, t in enumerate(tokens):
        if i in covered or i in exclude or t.pos_ != "PROPN" or not t.is_title:
            continue
        if i > 0 and i - 1 in exclude:
            j = i
            while j < len(tokens) and tokens[j].pos_ == "PROPN" and j not in exclude and j not in covered:
                j += 1
            out.append((i, j, "PERSON"))
            covered.update(range(i, j))
    # an acronym set off after the body it names is that body's name even when NER missed it ("South Africa's
    # largest labour federation, COSATU, ...")
    for i, t in enumerate(tokens):
        if i not in covered and i not in exclude and t.pos_ == "PROPN" and ACRONYM.match(t.text) and t.is_upper \
                and _set_off_after(t) and t.head.pos_ in {"NOUN", "PROPN"} and not t.head.ent_type_:
            out.append((i, i + 1, "ORG"))
    return sorted(out)


def _set_off_after(word) -> bool:
    """Whether a word is an apposition to a noun before it; the parser takes some for a conjunct with
    no conjunction ("Kenya's main farmers' federation, KEFAF, which ...")."""
    return word.head.i < word.i and (word.dep_ == "appos" or word.dep_ == "conj"
                                     and not any(c.dep_ == "cc" for c in word.head.children))


def _country_modifier(tokens, i: int, kb_at, actors: ArticleActors):
    """A country or organisation word opening a mention ("US", "Pakistani", "Pakistan's",
    "EU"), or a body named before owning it ("the bloc's special envoy"): its entry (or
    entity) and where the rest starts."""
    if i in kb_at and not _stance(tokens[i]):
        end, entry = kb_at[i]
        # "Kremlin spokesman", "Beijing officials": a seat of power places the people it speaks through
        if (entry.kind == "state" and getattr(entry, "via", "alias") in {"name", "adjective", "capital"}) \
                or entry.kind == "organisation":
            if end < len(tokens) and tokens[end].dep_ == "case":
                end += 1
            return entry, end
    if tokens[i].lower_ in DEFINITE and (named := _body_named_before(tokens, i, actors)) \
            and _possessive(tokens, named[1]):
        return named[0], named[1] + 1
    return None, i


def _coordinated_groups(tokens, i: int, j: int, modifier, kb_at, title_at, actors: ArticleActors):
    """A group noun after coordinated country or organisation words ("Japanese and Philippine
    warships", "British, French and German diplomats", "EU and NATO officials") is a group of
    each: (where the phrase ends, [(start, end, entity) of each word]), or None."""
    words = [(i, j, modifier)]
    k = j
    while k + 1 < len(tokens) and tokens[k].lower_ in {"and", ","}:
        n = k + 2 if tokens[k].text == "," and tokens[k + 1].lower_ == "and" else k + 1
        entry, end = _country_modifier(tokens, n, kb_at, actors)
        if entry is None:
            break
        words.append((n, end, entry))
        k = end
    k = _past_modifiers(tokens, k, title_at, kb_at)
    if len(words) < 2 or k not in title_at or title_at[k][1].kind == "person":
        return None
    end, title = title_at[k]
    noun = _span_text(tokens, words[-1][1], end)
    groups = []
    for start, word_end, entry in words:
        text = _span_text(tokens, start, word_end)
        org = entry.org if entry.kind == "organisation" else None
        groups.append((start, word_end, Entity(text=text, name=f"{text} {noun}", country=entry.country, org=org,
                                               sector=title.sector, kind="group")))
    return end, groups


@lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[str, ...]]:
    """Regional word -> the states it names together ("Baltic": EST, LTU, LVA), from regions.tsv."""
    return {row["word"]: tuple(row["countries"].split("|")) for _, row in rows(DATA / "regions.tsv", ("word", "countries"))}


def _regional_groups(tokens, i: int, title_at, actors: ArticleActors):
    """A group noun after a regional word ("Nordic defence ministers", "Baltic governments") is a
    group of each of the region's states: (where the phrase ends, [entity of each]), or None; the
    word alone ("left the Baltic") names no one."""
    states = _regions().get(tokens[i].text)
    if states is None or i + 1 not in title_at or title_at[i + 1][1].kind == "person":
        return None
    end, title = title_at[i + 1]
    noun = _span_text(tokens, i + 1, end)
    return end, [Entity(text=tokens[i].text, name=f"{actors.kb.countries.get(c, c)} {noun}", country=c,
                        sector=title.sector, kind="group") for c in states]


def _body_named_before(tokens, i: int, actors: ArticleActors) -> tuple[Entity, int] | None:
    """The body "the bloc", "the bank", "the mission", "the regional bloc" (token i is "the") refers
    back to, and where its words end; a lower-case adjective describes the body, a capitalised one may
    name another ("the Chinese bank")."""
    j = i + 1
    while j + 1 < len(tokens) and tokens[j].pos_ == "ADJ" and tokens[j].is_lower and tokens[j].dep_ == "amod":
        j += 1
    if j < len(tokens) and tokens[j].pos_ == "NOUN":
        noun = tokens[j].lemma_.lower()
        fleet = actors.nouns.get(noun + FLEET) if tokens[j].tag_ == "NNS" else None
        body = fleet or actors.nouns.get(noun)
        return (body, j + 1) if body is not None else None
    return None


def _body_as_modifier(token, actors: ArticleActors) -> Entity | None:
    """The body a bare name noun modifying another refers back to ("a coalition air strike", "coalition
    jets" once "the Saudi-led coalition" is named); None before it is named."""
    if token.pos_ != "NOUN" or token.dep_ != "compound" or token.lemma_.lower() not in NAME_NOUNS:
        return None
    return actors.nouns.get(token.lemma_.lower())


def _skip_parenthesised(tokens, k: int, actors: ArticleActors, title: Title) -> int:
    """Skip "(COAS)" after a title, remembering the acronym as that title."""
    if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" and ACRONYM.match(tokens[k + 1].text):
        actors.titles.setdefault(tokens[k + 1].lower_, title)
        return k + 3
    return k


def _named_after_country(tokens, i: int, match) -> int | None:
    """Where an organisation named after its country ends ("United States Strategic Metals",
    "Kenya Airways"), or None when the country name stands alone."""
    end, entry = match
    if entry.kind != "state" or getattr(entry, "via", "alias") != "name":
        return None
    j = end
    while j < len(tokens) and tokens[j].pos_ == "PROPN" and tokens[j].is_title and tokens[j].ent_type_ not in {"DATE", "TIME", "GPE", "NORP"}:
        j += 1
    if j == end:
        return None
    run = range(tokens[i].i, tokens[j - 1].i + 1)
    return j if all(t.head.i in run for t in tokens[i:j - 1]) else None


def _group_noun(tokens, i: int, kb: KnowledgeBase):
    """A sector noun right after a country word ("Pakistani officials", "Kenyan police")."""
    if i < len(tokens) and tokens[i].dep_ == "case":
        i += 1
    for n in range(min(3, len(tokens) - i), 0, -1):
        title = kb.title(_span_text(tokens, i, i + n))
        if title is not None and title.kind in {"group", "body"}:
            return i + n, title
    return None


def _past_modifiers(tokens, j: int, title_at, kb_at=()) -> int:
    """Where a title starts after the adjectives and nouns between it and a country or
    organisation word ("Lebanon's new President", "the U.N. war crimes court": the court is the
    UN's; "ECOWAS Commission President": the ECOWAS's), else ``j``; nouns count only when they
    modify the title's own phrase, and names only when they name no actor of their own
    ("Afghanistan's Taliban authorities" are the Taliban's)."""
    k = j
    while k < len(tokens) and k not in title_at and (tokens[k].pos_ == "ADJ" or tokens[k].text == "-" or (
            tokens[k].pos_ == "NOUN" and tokens[k].dep_ in {"compound", "nmod", "amod"}) or (
            tokens[k].pos_ == "PROPN" and tokens[k].dep_ in {"compound", "nmod"} and k not in kb_at)):
        k += 1
    if k not in title_at:
        return j
    phrase = range(tokens[j].i, tokens[title_at[k][0] - 1].i + 1)
    return k if all(t.pos_ not in {"NOUN", "PROPN"} or t.head.i in phrase for t in tokens[j:k]) else j


def _people_of(tokens, i: int, end: int, kb_at) -> int | None:
    """Where a people named by two nationality words ends ("Bosnian Serbs", "Croatian Serb
    refugees"): they live in the first word's country, so the second is part of the name."""
    if end not in kb_at or not isinstance(kb_at[i][1], Entry) or not isinstance(kb_at[end][1], Entry):
        return None
    first, second = kb_at[i][1], kb_at[end][1]
    if first.kind != "state" or second.kind != "state" or second.via != "adjective" or first.country == second.country:
        return None
    return kb_at[end][0]


def _resident(entity: Entity, tokens, start: int, end: int, actors: ArticleActors) -> Entity:
    """A nationality naming a people who live elsewhere: "ethnic Albanians in south Serbia" and
    "the Albanians of Serbia" live in Serbia; "ethnic Albanians" alone are a minority in the
    story's country. Coders place such groups where they live (but "Americans in Iraq" are
    Americans abroad)."""
    head = tokens[end - 1]
    if head.pos_ not in {"NOUN", "PROPN"} or head.tag_ not in {"NNS", "NNPS"}:
        return entity
    if start > 0 and _resident_word(tokens[start - 1], start, end):
        country = _located_country(head, actors) or actors.home
    else:
        country = _located_country(head, actors, ("of",))
    if country is None or country == entity.country:
        return entity
    return replace(entity, country=country, kind="group",
                   name=f"{actors.kb.countries.get(country, country)} {head.text}")


def _minority(entity: Entity, tokens, end: int, actors: ArticleActors) -> Entity:
    """A nationality naming a minority ("members of the Greek minority rallied in Korca"): the people
    live in the state of the place its phrase or clause names, else in the other state the story is about."""
    head = next((t for t in (tokens[end - 1], tokens[end - 1].head) if t.lemma_.lower() in MINORITY_NOUNS), None)
    if head is None:
        return entity
    country = _located_country(head, actors) or _clause_country(head, actors) or _other_side(actors, entity.country)
    if country is None or country == entity.country:
        return entity
    return replace(entity, country=country, kind="group", sector="CVL")


def _resident_word(word, start: int, end: int) -> bool:
    """Whether the word before a nationality says its people live where the story is: "ethnic
    Albanians", and "local" before a people named by its nationality alone ("local Croats blocked
    the road", not "local Chinese officials")."""
    return word.lower_ in RESIDENT_WORDS and (word.lower_ == "ethnic" or end - start == 1)


def _posted(head, title: Title, actors: ArticleActors) -> Entry | None:
    """The state or organisation of the body a title's own phrase puts its holder or holders at
    (see ``_serving_body``), else the country of the place it puts them in ("a foreign ministry
    spokeswoman in Beijing", "officials in Suva") or they are from ("officials from Chile"); a
    diplomat's post ("an envoy in Nairobi") is not his state's, only where he is from."""
    body = _serving_body(head, actors)
    if body is not None:
        return body
    country = _side_country(head, actors) \
        or _located_country(head, actors, ("of", "from") if _abroad(title) else POSTED_PREPS) \
        or (None if _abroad(title) else _based_country(head, actors))
    return Entry(name=country, country=country) if country is not None else None


def _based_country(head, actors: ArticleActors) -> str | None:
    """The country of the place a compound says people are based in ("Suva-based officials", as
    "officials in Suva"), or None."""
    for word in (c for c in head.children if c.dep_ == "amod" and c.i < head.i):
        if (joined := JOINED.match(word.text)) is not None and joined.group(2).lower() in BASED_WORDS:
            places = [joined.group(1)]
        elif word.lower_ in BASED_WORDS:
            places = [_compound_name(place) for place in _hyphened(word)]  # "New York-based"
        else:
            continue
        for place in places:
            if place[:1].isupper() and (country := _compound_country(place, actors)) is not None:
                return country
    return None


def _side_country(head, actors: ArticleActors) -> str | None:
    """The country of the side of a border or front a noun is on or acts from ("a group of about 60
    people on the Belarusian side", "gunmen fired from the Afghan side"): its own phrase, else the
    clause it is in ("gunfire broke out on the Libyan side between a militia and ..., killing four
    people")."""
    verbs = [a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}][:2]
    for prep in [*head.children, *(c for verb in verbs for c in verb.children)]:
        if prep.dep_ != "prep" or prep.lower_ not in SIDE_PREPS:
            continue
        for side in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() == "side"):
            for word in side.children:
                if word.dep_ in {"amod", "compound", "nmod", "poss"} and word.i < side.i and not _stance(word):
                    entry = actors.lookup(_ent_text(word))
                    if entry is not None and entry.kind == "state" and entry.via in {"name", "adjective"}:
                        return entry.country
    return None


def _abroad(title: Title) -> bool:
    """Whether a title is of a post abroad: a diplomat or an embassy."""
    return bool(ABROAD_WORDS & {w.rstrip("s") for w in title.term.split()})


def _serving_body(head, actors: ArticleActors) -> Entry | None:
    """The state or organisation of the body a title's own phrase puts its holder at ("the second
    secretary at the Russian embassy", "a spokesman for the Chinese foreign ministry", "a spokeswoman
    for the foreign ministry in Hanoi", "a spokeswoman for the U.N. human rights office in Geneva",
    "a spokeswoman for China's Taiwan Affairs Office"; not "a diplomat at the embassy in Riga"); the
    parser often hangs such a phrase right after the title on its verb."""
    after = [p for p in head.head.children if p.i == head.right_edge.i + 1] if head.dep_ in {"dobj", "nsubj"} else []
    for prep in [*head.children, *after, *_last_conjunct_preps(head)]:
        if prep.dep_ == "prep" and prep.lower_ in BODY_PREPS:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if (body := _body_served(obj, actors)) is not None:
                    return body
    return None


def _last_conjunct_preps(head) -> list:
    """The prepositions on the last noun coordinated with a title, which the parser hangs there but
    which are the whole pair's ("the captain and two officers of a Chinese-owned ship")."""
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return [c for c in conjuncts[-1].children if c.dep_ == "prep"] if conjuncts else []


def _body_served(obj, actors: ArticleActors) -> Entry | None:
    """The state or organisation of the body a preposition's object names: an international body
    by its name ("the U.N. human rights office", "the U.N. Office for ..."), a body whose name or
    owner names its state ("China's Taiwan Affairs Office": the owner first), or a state's own body
    by its owner or the place it is in ("the foreign ministry in Hanoi"); a city after the body
    ("in Geneva") is where it sits, not whose it is."""
    if (country := _ship_country(obj, actors)) is not None:
        return Entry(name=country, country=country)
    title = _title_of(obj, actors)
    phrase = obj.doc[obj.left_edge.i:obj.i + 1]  # the body's name and its owner, not what follows
    named = obj.ent_type_ == "ORG" and not place_countries(_ent_text(obj))  # not "residents of Santiago de Cuba"
    known = actors.lookup(phrase.text)  # "the U.N. human rights office" (not "North Korea")
    served = title is not None and title.kind == "person"  # "a spokesman for the EU's foreign policy chief"
    if named or served or (title is not None and title.kind == "body") or (known is not None and known.kind == "organisation"):
        owned = _affiliation(list(phrase), actors)
        if owned is not None and owned.org:
            return Entry(name=owned.name, country=owned.country, org=owned.org, sector=owned.sector,
                         kind="organisation")
        if owned is not None:  # "China's Taiwan Affairs Office" (not Taiwan's), "the State Department"
            return Entry(name=owned.name, country=owned.country)
    if title is None or title.kind != "body" or not _state_body(title):
        return None
    country = _possessor_country(obj.doc, obj.i, actors) \
        or (None if _abroad(title) else _located_country(obj, actors, ("in",)))
    return Entry(name=country, country=country) if country is not None else None


def _ship_country(noun, actors: ArticleActors) -> str | None:
    """The country a ship's own phrase gives it ("a Chinese-owned cargo ship", "a Panamanian
    tanker", "the Liberian-flagged vessel"), so its captain and crew are of that country."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SHIP_NOUNS:
        return None
    for word in noun.doc[noun.left_edge.i:noun.i]:
        joined = JOINED.match(word.text)
        place = joined.group(1) if joined else word.text
        if place[:1].isupper() and (country := _compound_country(place, actors)) is not None:
            return country
    return None


def _located_country(head, actors: ArticleActors, preps=POSTED_PREPS) -> str | None:
    """The country of a place the noun is located in or comes from by a preposition ("police in
    Jericho", "Albanians of southern Serbia", "workers in the industrial belt of Gazipur",
    "officials from Chile"; of several, the first: the events stage finds the rest)."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                if (country := _place_country(obj, actors)) is not None:
                    return country
    return None


def _place_country(obj, actors: ArticleActors) -> str | None:
    """The country of the place a noun names: a state or its capital, a city or region ("Jericho",
    "Sindh province"; NER takes some regions for peoples or misses them), or what a place noun is
    of ("the town of Goma", "the industrial belt of Gazipur", whatever NER takes it for)."""
    if obj.lower_ in REGION_WORDS and (owner := _place_noun_state(obj, actors)) is not None:
        return owner  # "Namibia's Kavango East region": Namibia's, whatever other region is an "East"
    # a place's whole name ("Saint-Louis", not "Louis"), whatever the parse makes of its words
    name = _ent_text(obj) if obj.ent_type_ in {"GPE", "LOC", "FAC"} else _compound_name(obj)
    entry = actors.lookup(name) \
        or (actors.lookup(obj.text) if _whole_place_country(obj, actors) is None else None)
    if entry is not None and entry.kind == "state" and entry.via in {"name", "capital"}:
        return actors.place_elsewhere(name, entry) or entry.country
    if (obj.ent_type_ in {"GPE", "LOC"} or (obj.ent_type_ in MISTAKEN_PLACE_LABELS and region_countries(name))
            or _place_taken_for_a_person(obj, name, actors)
            or (obj.ent_type_ == "ORG" and place_not_person(name, actors))) and (country := actors.place_country(name)):
        return country
    of = _place_of(obj)
    if of is None:
        return None
    # "the Central African town of Sido": the state the place noun names, whatever other town has the name;
    # else "the centre of Honiara": a capital by the knowledge base, else a place whatever NER takes it for
    return _place_noun_state(obj, actors) or _place_country(of, actors) or actors.place_country(_compound_name(of))


def _whole_place_country(word, actors: ArticleActors) -> str | None:
    """The country of a place of several words that ``word`` is in, when the knowledge base does not
    know the whole name as a state: "New Mexico" (a US state, not Mexico), "New South Wales"."""
    name = _ent_text(word) if word.ent_type_ in {"GPE", "LOC"} else word.text
    if " " not in name or actors.lookup(name) is not None:
        return None
    return actors.place_country(name)


def _place_taken_for_a_person(head, name: str, actors: ArticleActors) -> bool:
    """Whether a name NER took for a person's is a place's: it is what a locative preposition is
    about ("deployed across Rakhine State", "rallied in Gazipur") or an office is of ("the mayor of
    Calais"), a city or region we know and no person we know."""
    return head.ent_type_ == "PERSON" and head.dep_ == "pobj" and (head.head.lower_ in LOCATIVE_PREPS
                                                                   or _held_of_place(head.head)) \
        and place_not_person(name, actors)


def _place_named_before(name: str, actors: ArticleActors) -> bool:
    """Whether a name NER took for a person's is a place the article named before ("near Hastings",
    then "a Hastings packhouse") and no person we know: a story keeps a name for one thing."""
    return any(e.text == name and e.kind == "state" and e.name == name for e in actors.recent) \
        and place_not_person(name, actors)


def _held_of_place(prep) -> bool:
    """Whether a preposition is the "of" after an office or people of a place ("the mayor of Calais")."""
    return prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_HOLDERS


def place_not_person(name: str, actors: ArticleActors) -> bool:
    """Whether a name is a city or region we know and no person the article or the KB knows."""
    return bool(place_countries(name)) and name not in actors.aliases and actors.kb.lookup(name) is None \
        and actors.kb.similar_person(name) is None


def _place_of(noun):
    """The proper name a place noun is "of" ("the town of Goma"), or None."""
    if noun.lemma_.lower() not in PLACE_NOUNS:
        return None
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)


def _clause_country(head, actors: ArticleActors) -> str | None:
    """The country of the first place the clause a noun is in puts what it tells in ("farmers
    marched towards the convention centre in Pasay City"), not looking into clauses within it."""
    verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    queue, places = [verb], []
    while queue:
        tok = queue.pop()
        for child in tok.children:
            if child.dep_ not in CLAUSES:
                queue.append(child)
                if child.dep_ == "pobj" and tok.lower_ in LOCATIVE_PREPS:
                    places.append(child)
    return next(filter(None, (_place_country(t, actors) for t in sorted(places, key=lambda t: t.i))), None)


def _paragraph_country(first, actors: ArticleActors) -> str | None:
    """The one country of the places the sentences of a paragraph before the one opening with
    ``first`` put what crowds, police or anything but officials and named actors do in ("Several
    hundred people marched through the centre of Honiara. Police fired tear gas ..."; not "The
    minister held talks in Beijing."), or None when they name none or places in several."""
    return _locals_country(first.doc[:first.i], actors)


PLACE_NAMERS = {"compound", "poss"}  # "in Amman's Rabiyeh district": the city names where the district is


def _locals_country(tokens, actors: ArticleActors) -> str | None:
    """The one country of the places ``tokens`` put locals' deeds in (see ``_done_by_locals``), read
    from the place nouns and the words that name them ("in Amman's Rabiyeh district": "district",
    "Rabiyeh" and "Amman"), or None when they name none or places in several."""
    objects = [t for t in tokens
               if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS and _done_by_locals(t, actors)]
    words = objects + [c for t in objects for c in t.children if c.dep_ in PLACE_NAMERS]
    places = {_place_country(t, actors) for t in words} - {None}
    return next(iter(places)) if len(places) == 1 else None


# people named by an indefinite pronoun ("Not everyone in Guatemala welcomed the move"): locals
ANY_PEOPLE = {"everyone", "everybody", "many", "some", "most", "few", "nobody", "someone", "somebody", "anyone"}


def _done_by_locals(place, actors: ArticleActors) -> bool:
    """Whether the subject of the clause a place is in is neither named ("China", "Sogavare") nor
    an official, a body or troops ("the minister", "the embassy"): people ("many in Lima"), police, protests."""
    verb = next((a for a in place.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
    if subject is None:
        return True
    if subject.lower_ in ANY_PEOPLE:
        return True
    title = actors.title(subject.lemma_)
    return subject.pos_ not in {"PROPN", "PRON"} and (title is None or title.sector in LOCAL_SECTORS)


def _state_body(title: Title) -> bool:
    """Whether a noun names a state's own body ("the foreign ministry", "the army", "police"),
    which stays at home, unlike officials, troops or envoys."""
    return title.sector in OFFICIAL_SECTORS | {"COP"} and (title.kind == "body" or title.sector == "COP")


def _fronted_country(head, actors: ArticleActors) -> str | None:
    """The country of the place the clause a noun is in opens with ("In Accra, the foreign
    ministry summoned ...", "From Nairobi, the government ..."), or None."""
    verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    doc = verb.doc
    for prep in verb.children:
        after = prep.right_edge.i + 1
        if prep.dep_ != "prep" or prep.lower_ not in FRONTED_PREPS or prep.i > head.i or after >= len(doc) \
                or doc[after].text != "," or any(t.pos_ not in {"ADV", "CCONJ", "PUNCT"}
                                                 for t in doc[verb.left_edge.i:prep.i]):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (country := _place_country(obj, actors)) is not None:
                return country
    return None


def _reporter_place(head, title: Title, actors: ArticleActors) -> str | None:
    """For a state's body or the military, the country of the place the speaker whose words a noun
    is in is put at, or of the state body he speaks for ("a senior trade official in Brasilia said the
    government could ...": Brazil's government, not the story's; "a spokesman for the military command
    in Kupang said soldiers had ...": Indonesia's soldiers)."""
    if not (_state_body(title) or title.sector == "MIL"):
        return None
    clause = next((a for a in head.ancestors if a.dep_ == "ccomp"), None)
    verb = clause.head if clause is not None else None
    if verb is None or verb.lemma_.lower() not in REPORTING:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if speaker is None:
        return None
    body = _serving_body(speaker, actors)
    return body.country if body is not None and not body.org else _located_country(speaker, actors)


def _compound_name(tok) -> str:
    """A proper name with the words compounded onto its head ("Hong Kong", "West Bank")."""
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*words, tok])


def _possessive(tokens, i: int) -> bool:
    return i < len(tokens) and tokens[i].dep_ == "case"


def _stance(tok) -> bool:
    """Whether a word follows "anti-" or "pro-" ("an anti-Syria journalist", "pro-Russian
    separatists"): the state it names is one the noun is against or for, not the noun's own.
    Coders give such people the country they are in, not the one they take sides on (the
    PETR gold codes "pro-Russia rebels" over Ukraine with no Russian code), so the word
    names its state alone and gives the noun nothing."""
    doc, i = tok.doc, tok.i - 1
    if i >= 0 and doc[i].text in {"-", "–"}:
        i -= 1
    return i >= 0 and doc[i].lower_ in STANCE


def _reference(tokens, i: int):
    """'the latter', 'the former', 'the two leaders', 'both sides': (end, label, hint). What a
    plural reference owns is of both sides too, so its span takes that in ("the two countries'
    foreign ministers", "both nations' interior ministries")."""
    t = tokens[i]
    if t.lower_ == "the" and i + 1 < len(tokens) and tokens[i + 1].lower_ in {"latter", "former"}:
        return i + 2, "LATTER", tokens[i + 1].lower_
    if t.lower_ in {"the", "both"}:
        j = i + 2 if t.lower_ == "the" and i + 1 < len(tokens) and tokens[i + 1].lower_ == "two" else i + 1
        k = j
        while k < len(tokens) and (tokens[k].pos_ in {"ADJ", "ADV", "VERB"} or tokens[k].text == "-"
                                   or tokens[k].pos_ == "NOUN" and tokens[k].dep_ == "compound"):  # "transport"
            k += 1
        if k < len(tokens) and tokens[k].tag_ in {"NNS", "NNPS"}:
            hint = PLURAL_HEADS.get(tokens[k].lemma_.lower())
            if hint and j == i + 1 and t.lower_ == "the" and _of_names(tokens[k]):
                return None  # "the interior ministers of Poland, Lithuania and Latvia": of those named, not a reference
            if hint:
                owned = tokens[k].head
                if tokens[k].dep_ == "poss" and owned.pos_ == "NOUN" and owned.i > tokens[k].i:
                    k = owned.i - tokens[0].i
                return k + 1, "PLURAL", hint
    return None


def _of_names(noun) -> bool:
    """Whether a noun is "of" or "from" a proper name ("the leaders of Kenya and Uganda")."""
    return any(p.dep_ == "prep" and p.lower_ in {"of", "from"} and g.dep_ == "pobj" and g.pos_ == "PROPN"
               for p in noun.children for g in p.children)


# -- making entities ---------------------------------------------------------

def _from_entry(text: str, entry: Entry, actors: ArticleActors) -> Entity:
    if country := actors.place_elsewhere(text, entry):
        return Entity(text=text, name=text, country=country, kind="state")  # a city, not a government
    sector = entry.sector
    if entry.kind == "person" and entry.start and not entry.valid_on(actors.day) and actors.day:
        role = None  # a past office holder named later is not the serving one
    else:
        role = entry.role
    return Entity(text=text, name=entry.name, country=entry.country, org=entry.org, sector=sector,
                  role=role, kind=entry.kind)


def _person(name_tokens, titles: list[Title], country: str | None, actors: ArticleActors,
            org: str | None = None, speaker: Entity | None = None) -> Entity:
    """A titled person; one named by a bare title just after a body was reported ("Cambodia's
    defence ministry said ... Spokeswoman Maly Socheata said") speaks for that body's country."""
    name = "".join(t.whitespace_ if t.dep_ == "case" or t.text in {"'s", "’s"} else t.text_with_ws
                   for t in name_tokens).strip()  # "Jean-Marc Ayrault", not "Jean - Marc Ayrault"
    known = actors.aliases.get(name) or actors.aliases.get(name.split()[-1]) if name else None
    entry = actors.lookup(name) or actors.kb.similar_person(name, actors.day)
    person_titles = [t for t in titles if t.kind == "person"] or titles
    role = next((t.role for t in person_titles if t.role), None)
    sector = person_titles[0].sector
    country = country or (entry.country if entry else None) or (known.country if known else None)
    org = org or (entry.org if entry else None)
    if not (country or org) and name_tokens and \
            (posted := _led(_span_head(name_tokens, 0, len(name_tokens)), actors)
             or _posted(_span_head(name_tokens, 0, len(name_tokens)), person_titles[0], actors)):
        country, org = posted.country, posted.org  # "Police spokesman Tevita Fifita in Nuku'alofa"
    if not (country or org) and (told := _office_told_before(role, actors)) is not None:
        country = told.country  # "Yemen's prime minister held talks ... Prime Minister X met ...": Yemen's
    guessed = not (country or org)  # the state of a bare title is guessed from the story from here on
    if speaker is not None and not (country or org) and (speaker.kind != "state" or sector in OFFICIAL_SECTORS):
        country, org = speaker.country, speaker.org
    if not (country or org) and name_tokens and sector in LOCAL_SECTORS:
        head = _span_head(name_tokens, 0, len(name_tokens))  # "officers arrested 17 people, police chief X said"
        country = _clause_country(head, actors) or _paragraph_country(head.sent[0], actors)
    guess = country or (None if org else actors.home)
    if guessed and name_tokens and _addresses(name_tokens, guess, actors):
        # "Trade Minister X urged Beijing to ..." after Beijing spoke, or in a story told from China
        country, org = _other_side(actors, guess), None
    entity = Entity(text=name, name=entry.name if entry and entry.kind == "person" else name,
                    country=country or (None if org else actors.home), org=org, sector=sector, role=role, kind="person")
    if person_titles[0].kind == "body":  # "Danish company Nordvind Energy": a body, known by its first word too
        entity = replace(entity, kind="organisation", role=None)
        actors.remember(entity, name, name.split()[0] if name else "")
        return entity
    actors.remember(entity, name, *_surnames(name, entity.country), entity.name)
    return entity


def _office_told_before(role: str | None, actors: ArticleActors) -> Entity | None:
    """The latest office of a state told before with no name ("Yemen's prime minister"), which a bare
    title with a name ("Prime Minister X") names again: the same role, a country, no person's name."""
    if not role:
        return None
    return next((e for e in reversed(actors.recent) if e.kind == "person" and e.name == e.text and e.country
                 and (e.role or "").lower() == role.lower()), None)


def _named_with_state(entity: Entity, modifier) -> bool:
    """Whether a group is named with the word of the state or body it belongs to ("Kenyan police",
    "EU observers"), which names it as that side's own, unlike a bare "troops" whose state is guessed."""
    return modifier is not None and entity.kind == "group" and entity.name == entity.text \
        and (entity.country or entity.org) in {modifier.country, modifier.org} - {None}


def _led(head, actors: ArticleActors) -> Entry | None:
    """The state or organisation of the delegation, team or body a person is said to lead ("a U.S.
    delegation led by Deputy Secretary of State Karen Lowell", "an EU mission headed by Ann Lee"):
    the leader is of it, and stays so when named again."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else None
    if verb is None or verb.lemma_.lower() not in LEADERS or verb.dep_ not in {"acl", "relcl"}:
        return None
    led = verb.head
    return _owner(led, actors) if led.pos_ in {"NOUN", "PROPN"} and led.i < verb.i else None


def _nominal(tokens, start: int, end: int, titles: list[Title], country: str | None, actors: ArticleActors,
             org: str | None = None):
    """A title or group noun standing alone: 'the army chief', 'the COAS', 'troops', 'Kenyan police'."""
    title = titles[-1]
    text = _span_text(tokens, start, end)
    if title.kind == "person":
        if country is None and org is None and (posted := _posted(tokens[end - 1], title, actors)):
            country, org = posted.country, posted.org  # "a foreign ministry spokeswoman in Beijing"
        # a person title refers back to the last person holding it, unless an indefinite article
        # introduces someone new ("a government spokesman said" after the UN's spokesman)
        for entity in reversed(actors.recent if not _indefinite(tokens, start) else ()):
            if entity.kind == "person" and _same_office(entity, title) and country in (None, entity.country) \
                    and org in (None, entity.org):
                return replace(entity, text=text)
        if country is None and org is None and title.sector in LOCAL_SECTORS:
            country = _clause_country(tokens[end - 1], actors)  # "shelling civilian homes in Nangarhar province"
        country = country or (None if org else actors.home)
        if country is None and org is None:
            return None
        return Entity(text=text, name=text, country=country, org=org, sector=title.sector, role=title.role,
                      kind="person")
    if country is None and org is None and _of_both(tokens, tokens[end - 1]):
        return None  # "officials from both countries' ministries": of both, which the events stage resolves
    if org is None and country is None and _possessor_country(tokens, end - 1, actors) is None \
            and (posted := _posted(tokens[end - 1], title, actors)) is not None:
        country, org = posted.country, posted.org  # "officials in Suva", "staff of the World Food Programme"
    if (employer := _employer(tokens[end - 1], actors)) is not None:
        country, org = None, employer  # "Afghan women who work for the United Nations": the UN's staff
    if country is None and org is None and (before := _group_named_before(tokens, start, end, actors)):
        return replace(before, text=text)  # "rebels on the Indonesian side ... the rebels had attacked"
    if org is None:  # "the UN tribunal in The Hague" is the UN's, not the Netherlands'
        country = country or _group_country(tokens[end - 1], title, actors)
    return Entity(text=text, name=text, country=country, org=org, sector=title.sector, kind="group")


def _employer(head, actors: ArticleActors) -> str | None:
    """The international body a group is said to work for ("three Afghan women who work for the
    United Nations", "nurses working for the Red Cross"), or None; a state's body is not one."""
    for verb in (c for c in head.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in SERVING):
        for obj in (g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"for", "with"}
                    for g in p.children if g.dep_ == "pobj"):
            if (body := _body_served(obj, actors)) is not None and body.org:
                return body.org
    return None


def _names_a_post(word) -> bool:
    """Whether a force's noun only says whose a post is ("an army base near Gao", "a police station
    in Kidal"): the post is of the state the place it is in lies in, whoever the story is about."""
    return word.dep_ == "compound" and word.head.lemma_.lower() in POST_NOUNS


def _group_named_before(tokens, start: int, end: int, actors: ArticleActors) -> Entity | None:
    """The group a bare definite group noun refers back to: the last one named by the same noun
    whose side was told ("rebels on the Ugandan side ... the rebels then fled")."""
    bare = _bare_opening(tokens, start, end)
    if not _definite(tokens, start, end) and not bare:
        return None
    noun = tokens[end - 1].lemma_.lower()
    told = actors.recent[-BARE_REACH:] if bare else actors.recent
    return next((e for e in reversed(told) if e.kind == "group" and (e.country or e.org)
                 and e.text.split()[-1].lower() in {noun, tokens[end - 1].lower_}), None)


BARE_REACH = 2  # how many mentions back a bare group noun opening a sentence refers


def _bare_opening(tokens, start: int, end: int) -> bool:
    """Whether a one-word noun opens its sentence, so has no article ("..., South African police
    said. Police arrested 27 people"): like "the police", it refers to a group named just before
    (within ``BARE_REACH`` mentions)."""
    return end - start == 1 and tokens[start].is_sent_start


def _definite(tokens, start: int, end: int) -> bool:
    """Whether a one-word noun has a definite article ("the rebels"), in its span or just before."""
    if end - start == 2:
        return tokens[start].lower_ in DEFINITE
    return end - start == 1 and start > 0 and tokens[start - 1].lower_ in DEFINITE


def _apposed_nationality(head, title: Title, actors: ArticleActors) -> str | None:
    """The state of the nationality a group is said to be of just after it ("police detained four
    traders, all Ghanaian nationals"; "three employees of the mine, all Malian citizens"): the apposition,
    or the parse's sibling of the noun's phrase after a comma."""
    after, edge = [c for c in head.children if c.dep_ == "appos"], head.right_edge.i  # "employees of the operator, ..."
    if edge + 2 < len(head.doc) and head.doc[edge + 1].text == ",":
        after += [t for t in head.doc[edge + 2:edge + 5] if t.head == head.head and t.dep_ != "punct"][:1]
    for noun in (n for n in after if n.lemma_.lower() in NATIONAL_NOUNS):
        for word in (c for c in noun.children if c.dep_ in {"amod", "compound"}):
            if (country := _word_state(word, actors)) is not None:
                return country
    return None


def _uniform_nationality(head, title: Title, actors: ArticleActors) -> str | None:
    """The state whose uniform a group is said to wear ("men in Congolese army uniforms", "gunmen
    wearing Sudanese police uniforms"): the article's attribution, not the story's country."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"]
    preps += [p for v in head.children if v.dep_ in {"acl", "relcl", "amod"} and v.lemma_.lower() in WEARING
              for p in v.children if p.dep_ == "prep" and p.lower_ == "in"]
    worn = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    worn += [o for v in head.children if v.dep_ in {"acl", "relcl"} and v.lemma_.lower() in WEARING
             for o in v.children if o.dep_ == "dobj"]
    for uniform in (w for w in worn if w.lemma_.lower() in UNIFORM_NOUNS):
        for word in (t for t in uniform.subtree if t.i < uniform.i):
            if (country := _word_state(word, actors)) is not None:
                return country
    return None


def _word_state(word, actors: ArticleActors) -> str | None:
    """The state one word names ("Ghanaian", "Congolese"), or None."""
    entry = actors.lookup(word.text)
    return entry.country if entry is not None and entry.kind == "state" and entry.country else None


def _came_from(head, title: Title, actors: ArticleActors) -> str | None:
    """The country a group came from, told by a clause on it ("gunmen who crossed from Somalia",
    "fighters who had come from Libya"): theirs, not the country they act in."""
    for verb in (c for c in head.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in ARRIVING):
        for place in (g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                      for g in p.children if g.dep_ == "pobj"):
            if country := _place_country(place, actors):
                return country
    return None


def _indefinite(tokens, start: int) -> bool:
    """Whether a mention opens with "a" or "an", or follows one ("a senior official", "an army
    spokesman"): someone not named before."""
    return tokens[start].lower_ in INDEFINITE or (start > 0 and tokens[start - 1].lower_ in INDEFINITE)


def _home_side(head, title: Title, actors: ArticleActors) -> str | None:
    """The story's country, for a group named without one, unless the group is "backed by",
    "supported by" or "allied to" it: a patron is not a nationality, so such a group is of the
    place its clause names, else of the one other country its sentence names ("Rebels backed by
    Rwanda attacked Congolese troops"), else of none."""
    patrons = _patrons(head, actors)
    if actors.home not in patrons:
        return actors.home
    place = _clause_country(head, actors)
    if place is not None and place not in patrons:
        return place
    others = actors.near[1] - patrons
    return next(iter(others)) if len(others) == 1 else None


def _patrons(head, actors: ArticleActors) -> set[str | None]:
    """The countries a noun is "backed by", "supported by" or "allied to" ("rebels backed by
    Rwanda and Uganda", "militias allied to Kigali", "Rwanda-backed rebels")."""
    verbs = [verb for verb in head.children if verb.dep_ in {"acl", "amod", "relcl"} and verb.lower_ in PATRONS]
    by = {_place_country(obj, actors) for verb in verbs
          for prep in verb.children if prep.dep_ in {"agent", "prep"} and prep.lower_ in {"by", "to", "with"}
          for pobj in prep.children if pobj.dep_ == "pobj" for obj in (pobj, *pobj.conjuncts)}
    hyphened = {_compound_country(_compound_name(word), actors) for verb in verbs for word in _hyphened(verb)}
    return by | hyphened


def _hyphened(word) -> list:
    """The words a participle is compounded with by a hyphen ("Saudi" in "Saudi-backed")."""
    return [g for g in word.children if g.dep_ in {"npadvmod", "compound", "nmod", "amod"} and g.i < word.i]


def _of_both(tokens, head) -> bool:
    """Whether a noun is of or from both sides a plural reference names ("officials from the two
    countries' interior ministries", "leaders of both sides")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                ref = _reference(tokens, obj.left_edge.i - tokens[0].i)
                if ref is not None and ref[1] == "PLURAL":
                    return True
    return False


def _same_office(entity: Entity, title: Title) -> bool:
    """Whether a title may name again a person told before: the same office, or one naming the other
    more or less fully ("the minister" for a foreign minister); not two offices sharing a word ("the
    foreign minister" is not the prime minister told before)."""
    if entity.role and title.role and entity.role.lower() == title.role.lower():
        return True
    words = set(title.term.split())
    held = set((entity.role or "").lower().split())
    named = [words, set((title.role or "").lower().split()) or words]
    if held and not any(a <= held or held <= a for a in named):
        return False
    return entity.sector == title.sector and bool(words & held)


def _possessor_country(tokens, head: int, actors: ArticleActors) -> str | None:
    for child in tokens[head].children:
        if child.dep_ in {"poss", "amod", "compound", "nmod"} and not _stance(child) and child.lower_ not in PATRONS:
            # "Vietnamese-led forces": the country leads the group ("Saudi-backed militias": a patron)
            words = [child, *_hyphened(child)] if child.lower_ == "led" else [child]
            for word in words:
                entry = actors.lookup(word.text)
                if entry and entry.country:
                    return entry.country
    return None


def _possessed(head, title: Title, actors: ArticleActors) -> str | None:
    """The state a word before a group noun names ("Kenyan police", "Vietnamese-led forces")."""
    return _possessor_country(head.doc, head.i, actors)


def _local_place(head, title: Title, actors: ArticleActors) -> str | None:
    """For police, crowds and other locals, or a force's post, the country of the place their clause
    names ("farmers marched towards the convention centre in Pasay City", "an army base near Gao")."""
    return _clause_country(head, actors) if title.sector in LOCAL_SECTORS or _names_a_post(head) else None


def _fronted_body(head, title: Title, actors: ArticleActors) -> str | None:
    """For a state's body or its troops, the country of the place its clause opens with ("In Accra,
    the foreign ministry summoned ...", "In Juba, soldiers stormed ..."); not for officials or envoys,
    who may be anywhere."""
    troops = title.sector == "MIL" and title.kind == "group"
    return _fronted_country(head, actors) if _state_body(title) or troops else None


# nouns for people protesting, and the verbs that say a group protested, so that "the protesters" in
# the sentence after are that group ("Eritrean refugees rallied outside parliament. Police beat protesters")
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "marcher"}
PROTEST_VERBS = {"protest", "demonstrate", "rally", "march"}


def _protesters_before(head, title: Title, actors: ArticleActors) -> str | None:
    """For protesters, the state of the group the sentence before says protested ("Hundreds of
    Eritrean refugees marched on the ministry. Police dispersed the demonstrators")."""
    sent = head.sent
    if head.lemma_.lower() not in PROTESTER_NOUNS or sent.start == 0:
        return None
    subjects = [c for t in head.doc[sent.start - 1].sent if t.lemma_.lower() in PROTEST_VERBS and t.pos_ == "VERB"
                for c in t.children if c.dep_ == "nsubj"]
    words = {s.lower_ for s in subjects}
    return next((e.country for e in reversed(actors.recent) if e.kind == "group" and e.country
                 and e.text.split()[-1].lower() in words), None)


def _paragraph_place(head, title: Title, actors: ArticleActors) -> str | None:
    """For police, crowds and other locals, the one country the paragraph's sentences before put
    them in ("Several hundred people marched through the centre of Honiara. Police fired tear gas ...")."""
    return _paragraph_country(head.sent[0], actors) if title.sector in LOCAL_SECTORS else None


def _sentence_place(head, title: Title, actors: ArticleActors) -> str | None:
    """For police, the one country of the places the clauses before them in their sentence put
    locals in ("Residents in several Havana neighbourhoods blocked roads, and police
    detained a dozen people"), or None when they name none or places in several."""
    if title.sector != "COP":
        return None
    return _locals_country(head.sent[:head.i - head.sent.start], actors)


SENDING = {"send", "deploy", "dispatch"}  # "Kenya sent troops": the sender's own forces


def _doer_state(noun, actors: ArticleActors) -> str | None:
    """The state a clause's doer is or is of ("Namibia", "Namibia's army", "the Kenyan army", "Penang's
    state government"), or None for a doer that is not a state's body ("rebels", "Rwandan rebels")."""
    title = actors.title(noun.lemma_)
    if title is not None and not _state_body(title):
        return None
    words = [noun, *(c for c in noun.children if c.dep_ in {"poss", "compound"})]
    return _possessor_country(noun.doc, noun.i, actors) or next(
        filter(None, (_place_country(w, actors) for w in words)), None)


def _sender_state(head, title: Title, actors: ArticleActors) -> str | None:
    """For police or troops, the state of the doer who sends them ("Namibia's army sent soldiers to the
    fence"), whose act their clause is joined to ("Penang's government shut the plant, and police
    arrested its owner") or whom they back ("Swedish inspectors, backed by police"): one state's
    forces at work, not the story's other side."""
    if title.sector not in {"COP", "MIL"} or title.kind != "group":
        return None
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_.lower() in SENDING:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
    elif head.dep_ == "nsubj" and verb.dep_ == "conj":
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    elif head.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.dep_ == "acl":
        doers = [verb.head.head]  # "customs inspectors, backed by police, seized ...": the backed body's
    else:
        return None
    return next(filter(None, (_doer_state(d, actors) for d in doers)), None)


# The state a bare group noun ("the rebels", "police", "troops") is of, without a country or body
# named on it: the first of these rules to find one, from what the article says of the group itself
# to where its clause, sentence and paragraph put it, and last the story's own country.
GROUP_COUNTRY = (
    _apposed_nationality, _uniform_nationality, _possessed, _came_from,  # told on the group itself
    _protesters_before,  # the group the sentence before says protested
    _local_place, _fronted_body, _reporter_place,  # the place its clause or its speaker is put at
    _sender_state,  # the state that sent them or whose act their clause is joined to
    _sentence_place, _paragraph_place, _home_side,  # the sentence's or paragraph's one place, else the story's
)


def _group_country(head, title: Title, actors: ArticleActors) -> str | None:
    """The state of a bare group noun, by the first GROUP_COUNTRY rule that finds one ("men in
    Beninese army uniforms" before the story's country)."""
    return next(filter(None, (rule(head, title, actors) for rule in GROUP_COUNTRY)), None)


def _named(tokens, start: int, end: int, label: str, actors: ArticleActors, out: Resolved | None = None) -> Entity | None:
    text = _span_text(tokens, start, end)
    known = actors.aliases.get(text) or actors.aliases.get(actors.acronyms.get(text, ""))
    if known is not None:
        return replace(known, text=text)
    described = _described(tokens, end, actors) if label != "NORP" else None
    if label != "PERSON" and (described is None or described.kind != "person"):
        # "UNHCR's representative in Chad, Ann Lee": a person NER took for a place, a people or a body
        described = _apposed_person(tokens, start, end, actors, out) or described
    # NER takes some regions for peoples ("in Punjab"), places for people ("the town of Goma") or bodies ("the
    # RSF shelled El Fasher")
    if label in {"GPE", "LOC", "FAC"} or (label == "NORP" and region_countries(text)) \
            or (label == "ORG" and described is None and place_not_person(text, actors)) \
            or (label == "PERSON" and (_place_of(tokens[end - 1].head.head) == tokens[end - 1]
                                       or _place_taken_for_a_person(tokens[end - 1], text, actors)
                                       or _place_named_before(text, actors))):
        country = None if _names_a_river(tokens[end - 1], text, actors) \
            else _described_place_country(tokens[end - 1], actors) or _place_owner(tokens, start, end, actors) \
            or _named_region(tokens, end, text, actors) or actors.place_country(text) \
            or _region_of_state(text, actors) or _owner_state(tokens, start, end, actors)
        if country is None and described is not None and described.kind == "person":
            return _described_person(_compound_name(tokens[end - 1]), described, actors)  # "Kenzo Oshima, the UN ..."
        if country is None and label != "GPE":
            return None
        return Entity(text=text, name=text, country=country, kind="state" if country else "unknown")
    if label == "NORP":
        return _described_person(text, described, actors) if described is not None else None
    if label == "PERSON" and _craft_named(tokens, start, end):
        return None
    if label == "PERSON":
        known = actors.aliases.get(text.split()[-1])
        if known is not None and known.kind == "person":
            return replace(known, text=text)
        if (entry := actors.kb.similar_person(text, actors.day)) is not None:  # "Francois Mitterand"
            entity = _from_entry(text, entry, actors)
            actors.remember(entity, text, *_surnames(text, entity.country))
            return entity
        if described is None and (led := _led(tokens[end - 1], actors)) is not None:
            described = _holder(led, None)  # "a Chinese team headed by Li Wen"
        return _described_person(text, described or _apposed_to(tokens, start, end, actors, out)
                                 or _owned_person(tokens, start, end, actors), actors)
    if described is not None and described.kind == "person":  # "Amara Diallo, Kenya's foreign minister"
        return _described_person(text, described, actors)  # is no body, though NER took it for one
    named_before = _by_last_words(text, actors.recent)
    if named_before is not None:
        return replace(named_before, text=text)
    if (body := _body_of_a_named_org(text, actors) or _body_of_an_org(text, actors)) is not None:
        return _from_entry(text, body, actors)
    if (owner := _its_owner(tokens, start, end, actors)) is not None:
        # "the EU announced funds under its European Peace Facility": the subject's own fund, not the story's state's
        return Entity(text=text, name=text, country=owner.country, org=owner.org, sector=owner.sector,
                      kind="organisation")
    entity = Entity(text=text, name=text, country=_org_country(tokens, start, end, actors), kind="organisation")
    acronym = _acronym_after(tokens, end)
    actors.remember(entity, text, acronym)
    if acronym:
        actors.acronyms[acronym] = text
    return entity


def _craft_named(tokens, start: int, end: int) -> bool:
    """Whether a name is a craft's, given after what it is ("the frigate Kestrel sailed", "the
    drillship Sea Lion entered"): no person, though NER takes many for one."""
    before = tokens[start - 1] if start > 0 else None
    modifiers = [c for c in tokens[end - 1].children if c.dep_ in {"amod", "compound"} and c.i < start]
    return any(w.lower_ in CRAFT_NOUNS for w in [*modifiers, *([before] if before is not None else [])])


def _names_a_river(last, text: str, actors: ArticleActors) -> bool:
    """Whether a town's name names a river instead ("fishermen on the San Juan river"): a river
    that shares a town's name need not flow through that town's country; a state's ("the Congo
    river") still names its state."""
    if last.dep_ != "compound" or last.head.lower_ not in FEATURE_NOUNS:
        return False
    entry = actors.lookup(text)
    return entry is None or entry.kind != "state"


def _body_of_a_named_org(text: str, actors: ArticleActors) -> Entry | None:
    """The body of an international organisation the article named that a capitalised body noun
    stands for ("the Commission" once the EU is named: the European Commission), when the bodies
    so named are of that one organisation only."""
    if text.lower() not in OWNED_BODIES | BODY_KINDS:
        return None
    bodies = [e for e in actors.kb.bodies_by_last_word.get(text, ()) if e.org in actors.seen]
    return bodies[0] if bodies and len({e.org for e in bodies}) == 1 else None


def _body_of_an_org(text: str, actors: ArticleActors) -> Entry | None:
    """The international organisation a body's unknown name says it is of ("the Commission of the
    Economic Community of West African States", "the Secretariat of the Pacific Islands Forum"); a
    state's ("the Bank of England") or a place's is no organisation's."""
    words = text.split(" of ")
    for i in range(1, len(words)):
        owner = re.sub(r"^the ", "", " of ".join(words[i:]))
        entry = actors.lookup(owner)
        if entry is not None and entry.org and entry.kind == "organisation":
            return entry
    return None


def _by_last_words(text: str, before: list[Entity]) -> Entity | None:
    """The body last named in full whose name ends with ``text`` ("the Guards" after "Iran's
    Revolutionary Guards", "the Brigade" after "the Golani Brigade")."""
    for entity in reversed(before):
        if entity.kind in {"organisation", "group", "unknown"} and entity.text.endswith(" " + text) \
                and (entity.country or entity.org):
            return entity
    return None


def _place_owner(tokens, start: int, end: int, actors: ArticleActors) -> str | None:
    """The state named as a place's possessor ("Kenya's Mandera county", "in Ghana's Upper East
    region"): the place is in it, whatever other place has the name; None when no state owns it."""
    head = _span_head(tokens, start, end)
    nouns = [head] + ([head.head] if head.head.i >= tokens[end - 1].i and head.head.lower_ in REGION_WORDS else [])
    for word in (w for noun in nouns for w in noun.children):
        if word.dep_ == "poss" and word.i < tokens[start].i:
            entry = actors.lookup(_ent_text(word))
            if entry is not None and entry.kind == "state" and entry.via in {"name", "capital"}:
                return entry.country
    return None


def _named_region(tokens, end: int, text: str, actors: ArticleActors) -> str | None:
    """The country of a region named with the word that says it is one after it ("in Darien
    province"): the region, not a town so named elsewhere; of several, one the story names."""
    if end >= len(tokens) or tokens[end].lower_ not in REGION_WORDS:
        return None
    countries = region_countries(text)
    for prefer in (*actors.near, {actors.home}, actors.seen):
        found = next((c for c in countries if c in prefer), None)
        if found is not None:
            return found
    return countries[0] if len(countries) == 1 else None


def _described_place_country(head, actors: ArticleActors) -> str | None:
    """The state a place noun set beside a place name ("Necocli, the Colombian port") or that the name
    is "of" ("the Central African town of Sido") names: the place is in it, whatever other place has the name."""
    nouns = [c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS]
    if head.head.lower_ == "of" and _place_of(head.head.head) == head:
        nouns.append(head.head.head)
    return next(filter(None, (_place_noun_state(noun, actors) for noun in nouns)), None)


def _place_noun_state(noun, actors: ArticleActors) -> str | None:
    """The state named before a place noun ("the Colombian port", "Chad's town"), or None."""
    for word in noun.children:
        if word.dep_ in {"amod", "compound", "poss", "nmod"} and word.i < noun.i:
            entry = actors.lookup(_ent_text(word))
            if entry is not None and entry.kind == "state" and entry.via in {"name", "adjective"}:
                return entry.country
    return None


def _region_of_state(text: str, actors: ArticleActors) -> str | None:
    """The state a region named by a compass word and the state's name lies in ("South Lebanon",
    "Eastern Congo"); states so named ("South Sudan") are in the knowledge base and never get here."""
    first, _, rest = text.partition(" ")
    if first.removesuffix("ern") not in COMPASS:
        return None
    entry = actors.lookup(rest)
    return entry.country if entry is not None and entry.kind == "state" and entry.via == "name" else None


# states whose people put the family name first, as English copy keeps it ("Park Ji-hoon" ... "Park")
FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK"}


def _surnames(name: str, country: str | None = None) -> tuple[str, ...]:
    """The last word of a name, and the same without an Arabic article ("el-Sisi", "Sisi"), by
    which a person named in full is named again; the first word too for a Chinese or Korean name
    ("Wang Yi" is "Wang" again)."""
    words = name.split()
    last = words[-1] if words else ""
    bare = re.sub(r"^(?:al|el)-", "", last, flags=re.IGNORECASE)
    found = (last, bare) if bare != last else (last,)
    return found + (words[0],) if country in FAMILY_FIRST and 2 <= len(words) <= 3 else found


def _described_person(name: str, described: Entity | None, actors: ArticleActors) -> Entity:
    """A person with what an apposition says of them; known by surname for the rest of the article."""
    d = described or Entity(text=name, name=name)
    entity = Entity(text=name, name=name, country=d.country or (None if d.org else actors.home), org=d.org,
                    sector=d.sector, role=d.role, kind="person")
    actors.remember(entity, name, *_surnames(name, entity.country))
    return entity


def _described(tokens, end: int, actors: ArticleActors) -> Entity | None:
    """What an apposition after a name says of it: a state or international organisation and
    the title held there ("Daniel Reyes, a water engineer from Arizona", "Jane Doe, a Kenyan
    lawyer", "Kenzo Oshima, the United Nations Emergency Relief Coordinator", "Ali Musa,
    Kenya's foreign minister"); what the title is for, to or on ("the envoy for Syria") is not
    the holder's own. Kind "person" when the title is a person's."""
    head = tokens[end - 1]
    for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
        topic = {t.i for p in appos.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS for t in p.subtree}
        owner = _owner(appos, actors)
        served = _serving_body(appos, actors) if owner is None else None  # "a spokeswoman for China's ... Office"
        where = owner or served or _affiliation([t for t in appos.subtree if t.i not in topic], actors)
        title = _title_of(appos, actors)
        if title is not None and title.sector in OFFICIAL_SECTORS and owner is None \
                and (served is None or served.sector == "NGO") and _held_at_a_body(where, appos, actors):
            title = None  # "Ann Lee, vice president at the Observer Research Foundation"
        if where is not None or title is not None:
            return _holder(where, title)
    return None


def _affiliation(words, actors: ArticleActors) -> Entry | None:
    """The first state or international organisation named in a run of words ("the UN's envoy
    for Yemen" is the UN's); a word after "anti-" or "pro-" names a side taken, not one's own."""
    for i, t in enumerate(words):
        if _stance(t):
            continue
        entry = next(filter(None, (actors.lookup(" ".join(w.text for w in words[i:j]))
                                   for j in range(min(len(words), i + 4), i, -1))), None)
        if entry is not None and (entry.kind == "state" or entry.org or entry.kind == "group" and entry.country):
            return entry  # "the Taliban administration's minister": the group's country
        if (country := _whole_place_country(t, actors)) is not None:
            return Entry(name=_ent_text(t), country=country)  # "New Mexico's governor": not Mexico's
        if t.ent_type_ == "GPE" and (country := actors.place_country(t.text)):
            return Entry(name=t.text, country=country)
    return None


def _held_at_a_body(where: Entry | None, phrase, actors: ArticleActors) -> bool:
    """Whether a title in an apposition is a post at a body that is neither a state's nor an
    intergovernmental one: the phrase places the person at a non-governmental organisation
    ("at the International Crisis Group"), or names a body we do not know ("at the Observer
    Research Foundation, a New Delhi think tank")."""
    if where is not None and where.sector == "NGO":
        return True
    inside = range(phrase.left_edge.i, phrase.right_edge.i + 1)
    for ent in sentence_ents(phrase.sent):
        if ent.label_ == "ORG" and ent.start in inside:
            # by its longest known opening: "the United Nations Emergency Relief Coordinator" is the UN's
            entry = next(filter(None, (actors.lookup(ent[:n].text) for n in range(len(ent), 0, -1))),
                         None)
            if entry is None or entry.sector == "NGO" or not (entry.org or entry.country):
                return True
    return False


def _title_of(noun, actors: ArticleActors) -> Title | None:
    """The title a noun names with the words before it ("foreign minister", "Emergency Relief
    Coordinator", "senior NATO commander" -> commander), longest first."""
    doc = noun.doc
    for i in range(max(noun.left_edge.i, noun.i - MAX_TITLE_TOKENS + 1), noun.i + 1):
        if not _stance(doc[i]) and (title := actors.title(doc[i:noun.i + 1].text)) is not None:
            return title
    return actors.title(noun.lemma_)


def _holder(where: Entry | None, title: Title | None) -> Entity:
    """Who holds ``title`` at ``where``: its country or organisation, the title's sector and role
    (a body's own sector when no title is named)."""
    sector = title.sector if title else (where.sector if where is not None and where.org else None)
    return Entity(text="", name="", country=where.country if where else None, org=where.org if where else None,
                  sector=sector, role=title.role if title else None,
                  kind="person" if title is not None and title.kind == "person" else "unknown")


def _apposed_to(tokens, start: int, end: int, actors: ArticleActors, out: Resolved | None = None) -> Entity | None:
    """What a person is named as an apposition to: a state or organisation and a title ("his
    Uzbek host, Shavkat Rakhimov", "Peru's foreign minister, Rosa Alvarado", "the UN's envoy,
    Lina Haddad"); the parser often hangs such a name on another word, so a common noun just
    before the comma comes first, and a place after the title stands for the title ("UNHCR's
    representative in Chad, Ann Lee" is UNHCR's, not Chad's)."""
    head = tokens[end - 1]
    if start >= 2 and tokens[start - 1].text == "," and tokens[start - 2].pos_ == "NOUN":
        noun = tokens[start - 2]
    elif head.dep_ == "appos" and head.head.i < head.i:
        noun = head.head
    else:
        return None
    if noun.ent_type_ in {"GPE", "LOC", "FAC"} and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    where, title = _owner(noun, actors), _title_of(noun, actors)
    if where is None and title is not None and title.kind == "person":
        where = _posted(noun, title, actors)  # "a government spokesman in Honiara, Jeremiah Kwaimani"
    if where is None and out is not None:
        where = _entry_of(out.by_token.get(noun.i))  # "its chief executive, Ann Lee", "the Oslo-based owner, X Ltd"
    return _holder(where, title) if where is not None else None


def _owned_person(tokens, start: int, end: int, actors: ArticleActors) -> Entity | None:
    """Who a person is of when a state or organisation owns the name itself ("Azerbaijan's Farid
    Huseynli", "the UN's Ann Lee"), or None."""
    owners = [w for w in tokens[end - 1].children if w.dep_ == "poss" and w.i < tokens[start].i]
    entry = _possessor_entry(owners[0], actors) if owners else None
    return _holder(entry, None) if entry is not None else None


def _possessor_entry(word, actors: ArticleActors) -> Entry | None:
    """The state or organisation a word before a noun names ("Kenya's", "the UN's", "Kenyan", a body
    named before: "the Commission"), or None."""
    entry = actors.lookup(_ent_text(word)) or actors.lookup(word.text) or _known_body(_ent_text(word), actors)
    if entry is not None and ((entry.kind == "state" and entry.via in {"name", "adjective"}) or entry.org
                              or (entry.kind == "organisation" and entry.country)):
        return entry
    return None


def _entry_of(mention: Mention | None) -> Entry | None:
    """The state or organisation a mention the sentence resolved before is of ("its chief
    executive" once "its" is known, "the Oslo-based owner"), as an entry, or None."""
    entity = mention.entity if mention is not None else None
    if entity is None or not (entity.country or entity.org):
        return None
    return Entry(name=entity.name, country=entity.country, org=entity.org,
                 kind="organisation" if entity.org else "state")


def _apposed_person(tokens, start: int, end: int, actors: ArticleActors, out: Resolved | None = None) -> Entity | None:
    """What ``_apposed_to`` says of a name, when it is a person's title."""
    apposed = _apposed_to(tokens, start, end, actors, out)
    return apposed if apposed is not None and apposed.kind == "person" else None


def _owner(noun, actors: ArticleActors) -> Entry | None:
    """The state or organisation a title's own modifiers name ("Kenya's foreign minister", "the
    UN's envoy", "U.S. deputy assistant secretary"), else its possessor's (see ``_possessor``);
    "anti-" and "pro-" name a side taken."""
    for word in noun.children:
        if word.dep_ in {"amod", "compound", "nmod", "poss"} and word.i < noun.i and not _stance(word) \
                and (entry := _possessor_entry(word, actors)) is not None:  # "A Commission spokeswoman, Anna Lindqvist"
            return entry
    return _possessor(noun, actors)


def _known_body(name: str, actors: ArticleActors) -> Entry | None:
    """An organisation or armed group the article named before by ``name`` ("the Commission" once
    it is the European Commission, "the Corps" once it is Pakistan's Frontier Corps), as an entry."""
    known = actors.aliases.get(name) or _by_last_words(name, actors.recent)
    if known is None or known.kind not in {"organisation", "group"} or not (known.org or known.country):
        return None
    return Entry(name=known.name, country=known.country, org=known.org, sector=known.sector, kind=known.kind)


def _ent_text(word) -> str:
    """The named entity a word is part of ("a senior Workers' Party official"), else the word."""
    ent = next((e for e in sentence_ents(word.sent) if e.start <= word.i < e.end), None)
    if ent is not None and len(ent) > 1 and ent[-1].dep_ == "case":
        ent = ent[:-1]  # "North Korea's" (NER takes the possessive in): "North Korea"
    return ent.text if ent is not None else word.text


def _possessor(noun, actors: ArticleActors) -> Entry | None:
    """The state or organisation of the officer or body a title is owned by ("the UN
    secretary-general's envoy", "the IMF managing director's adviser", "the Kenyan president's
    spokesman"): a body the article named by that name, else the first one the possessor's
    phrase names."""
    for word in noun.children:
        if word.dep_ == "poss" and word.i < noun.i and word.pos_ in {"NOUN", "PROPN"}:
            # "the Guards' naval commander": a body the article named ("Iran's Revolutionary Guards")
            known = _known_body(_compound_name(word), actors) if word.pos_ == "PROPN" else None
            return known or _affiliation(sorted(word.subtree, key=lambda t: t.i), actors)
    return None


def _span_head(tokens, start: int, end: int):
    """The token of ``tokens[start:end]`` that the rest of the span hangs on."""
    return tokens[start].doc[tokens[start].i:tokens[end - 1].i + 1].root


def _org_country(tokens, start: int, end: int, actors: ArticleActors) -> str | None:
    """Place an organisation by its name ("United States Strategic Metals"), its description
    ("Pakistan's largest miner", "a leading US-based processor"), or, for a national body
    named without a country, the article's dateline; a state owning it wins over one its name
    names ("China's Taiwan Affairs Office")."""
    if (country := _owner_state(tokens, start, end, actors)) is not None:
        return country
    for n in range(min(3, end - start), 0, -1):
        entry = actors.lookup(_span_text(tokens, start, start + n))
        if entry and entry.kind == "state":
            return entry.country
    if (country := _service_country(tokens, start, end, actors)) is not None:
        return country
    head = tokens[end - 1]
    for appos in (c for c in head.subtree if c.dep_ == "appos" and c.i > head.i):
        sayers = _sayers(appos)
        for t in (t for t in appos.subtree if t.i not in sayers):
            m = BASED.match(t.text)
            word = m.group(1) if m else t.text
            if t.lower_ == "based" and t.i > 0:
                word = t.doc[t.i - 2].text if t.doc[t.i - 1].text == "-" else t.doc[t.i - 1].text
            # "a tanker chartered by Sao Tome's state fuel distributor": NER may take a state's possessive for a body
            entry = (actors.lookup(_ent_text(t)) if t.ent_type_ in {"GPE", "ORG"} else None) \
                or actors.lookup(word)
            if entry and entry.kind == "state" and entry.via in {"name", "adjective"}:
                return entry.country
    for word in _span_head(tokens, start, end).children:  # "the London-based Observatory for Human Rights"
        if word.lower_ in BASED_WORDS | FLAGGED and word.i < tokens[start].i:
            for place in _hyphened(word):
                if (country := _compound_country(_compound_name(place), actors)) is not None:
                    return country
    # "In Washington, the Justice Department said ...": a body named without a country is of the place its
    # clause opens with; else, in a news story, most likely the story's own country's
    return _fronted_country(head, actors) or actors.home


def _owner_state(tokens, start: int, end: int, actors: ArticleActors) -> str | None:
    """The state a name's possessor names ("Russia's Gazprom", "China's Taiwan Affairs Office"),
    or whose national body the possessor is ("the Indian Army's Northern Command"): what a state
    or its body owns is that state's; so is a name set off after a body it owns ("South Africa's
    largest labour federation, COSATU")."""
    head = _span_head(tokens, start, end)
    apposed = [head.head] if _set_off_after(head) and head.head.i < tokens[start].i else []
    for word in (w for h in [head, *apposed] for w in h.children):
        if word.dep_ == "poss" and word.i < tokens[start].i and not _stance(word):
            entry = actors.lookup(_ent_text(word))
            if entry is not None and (entry.kind == "state" and entry.via in {"name", "adjective", "capital"}
                                      or _national_body(entry)):
                return entry.country
    return None


def _national_body(entry: Entry) -> bool:
    """Whether an entry is one state's own body ("the People's Liberation Army"), not an
    international one ("NATO") or an armed group."""
    return entry.kind == "organisation" and bool(entry.country) and not entry.org


def _its_owner(tokens, start: int, end: int, actors: ArticleActors) -> Entry | None:
    """The international organisation an unknown name owned by "its" belongs to: the subject of the
    clause it is in ("the African Union paid 5 million dollars from its Peace Fund")."""
    head = _span_head(tokens, start, end)
    if not any(c.dep_ == "poss" and c.lower_ == "its" and c.i < tokens[start].i for c in head.children):
        return None
    for verb in head.ancestors:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i), None)
        if subject is not None:
            entry = actors.lookup(_ent_text(subject)) or _known_body(_ent_text(subject), actors)
            return entry if entry is not None and entry.org and not entry.country else None
    return None


def _service_country(tokens, start: int, end: int, actors: ArticleActors) -> str | None:
    """The state a national armed service's full name names past its first word ("Royal Australian
    Air Force", "Royal Thai Navy", "Border Guard Bangladesh"): a service is its state's."""
    words = [t.text for t in tokens[start:end]]
    if not any(_military_body(" ".join(words[i:i + n]), actors) for n in (1, 2) for i in range(len(words))):
        return None
    for word in words[1:]:
        entry = actors.lookup(word)
        if entry is not None and entry.kind == "state" and entry.via in {"name", "adjective"}:
            return entry.country
    return None


def _military_body(term: str, actors: ArticleActors) -> bool:
    """Whether a term names an armed service ("navy", "air force", "coast guard")."""
    title = actors.title(term)
    return title is not None and title.sector == "MIL" and title.kind == "body"


def _sayers(phrase) -> set[int]:
    """The tokens of those a phrase reports the words of ("a unit that U.S. officials say works
    for North Korea's spy agency": not the unit's country)."""
    return {t.i for s in phrase.subtree if s.dep_ == "nsubj" and s.head.lemma_.lower() in REPORTING
            for t in s.subtree}


def _acronym_after(tokens, end: int) -> str:
    if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")":
        if ACRONYM.match(tokens[end + 1].text):
            return tokens[end + 1].text
    return ""


def resolve_latter(which: str, before: list[Entity]) -> Entity | None:
    """'the latter' is the second, 'the former' the first, of the last two distinct actors named."""
    distinct: list[Entity] = []
    for entity in reversed(before):
        if all(entity.name != e.name for e in distinct):
            distinct.append(entity)
        if len(distinct) == 2:
            break
    if len(distinct) < 2:
        return None
    return distinct[0] if which == "latter" else distinct[1]


COMPASS = ("North", "South", "East", "West")
BODY_NOUNS = ("bloc", "alliance", "organisation", "organization")
# what a body's name may end in that the story then calls it by ("the Saudi-led coalition" ... "the coalition")
NAME_NOUNS = frozenset({"coalition"})
# the kinds of international body a name or role says one is ("International Monetary Fund": "the fund"); not
# "court" or "council", which a story as often uses of its country's own
BODY_KINDS = frozenset({"union", "fund", "bank", "agency", "programme", "mission"})


# a body an organisation's name owns ("the IMF's executive board" is then "the board")
OWNED_BODIES = frozenset({*BODY_NOUNS, "board", "council", "committee", "commission", "panel", "secretariat", "court",
                          "tribunal", "assembly", "office", "team", "delegation", "force"})


def _remember_noun(actors: ArticleActors, entity: Entity, tokens, start: int, end: int) -> None:
    """Let "the mission" / "the bank" refer back to the body just named ("the United Nations
    peacekeeping mission", "the World Bank")."""
    if entity.kind != "organisation":
        _remember_fleet(actors, entity, tokens[end - 1])
        return
    _remember_kind(actors, entity)
    last = tokens[end - 1]
    if last.pos_ == "NOUN" and last.lemma_.lower() in SHIP_NOUNS and not _ship_named_again(last, actors):
        actors.nouns.update(dict.fromkeys(SHIP_NOUNS, entity))  # "a Liberian-flagged tanker" ... "the vessel"
    if last.pos_ == "PROPN" and last.is_title and last.lower_.isalpha():
        actors.nouns[last.lower_] = entity
    if last.pos_ == "NOUN" and last.lemma_.lower() in NAME_NOUNS:
        actors.nouns[last.lemma_.lower()] = entity
    head = last.head
    if head.pos_ == "NOUN" and last.dep_ in {"compound", "nmod", "poss"} and _body_noun(head, actors):
        actors.nouns[head.lemma_.lower()] = entity  # "the UN('s) mission", not "the Commission's decision", "EU wine"
    for child in last.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            actors.nouns[child.lemma_.lower()] = entity


FLEET = "+plural"  # the key a state's ships named as a group are remembered under ("ship+plural")


def _remember_fleet(actors: ArticleActors, entity: Entity, last) -> None:
    """Let "the ships", "the warships", "the vessels" refer back to a state's ships just named as a
    group ("three Chinese warships ... monitored the ships"), and "the trucks", "the vehicles" to its
    lorries or tankers ("37 Zambian fuel tankers ... the trucks"); not a single "the ship"."""
    if entity.kind == "group" and entity.country and last.tag_ == "NNS":
        craft = last
    elif entity.kind == "state" and entity.country and last.dep_ in {"amod", "compound"} and last.head.tag_ == "NNS":
        craft = last.head  # "Zambian fuel tankers": the state word names whose they are
    else:
        return
    for nouns in (CRAFT_NOUNS, VEHICLE_NOUNS):
        if craft.lemma_.lower() in nouns:
            actors.nouns.update({noun + FLEET: replace(entity, kind="group") for noun in nouns})


def _ship_named_again(noun, actors: ArticleActors) -> bool:
    """Whether a ship noun describes the ship told before ("The ship, the Panama-flagged carrier Polar
    Star": the one a Russian firm owns, which its flag does not change)."""
    told = noun.head
    return noun.dep_ == "appos" and told.lemma_.lower() in SHIP_NOUNS and told.lemma_.lower() in actors.nouns \
        and any(c.lower_ in DEFINITE for c in told.children)


def _body_noun(noun, actors: ArticleActors) -> bool:
    """Whether a noun names a body or a group of people ("mission", "agency"), not an act or a thing."""
    title = actors.title(noun.lemma_)
    return noun.lemma_.lower() in BODY_KINDS | OWNED_BODIES or (title is not None and title.kind in {"body", "group"})


def _remember_kind(actors: ArticleActors, entity: Entity) -> None:
    """Let "the bloc", "the alliance" and the kind of body its name or role says it is ("the fund"
    after "IMF", "the agency" after "the U.N. refugee agency") refer back to an international body just named."""
    if entity.org:
        kinds = BODY_KINDS.intersection(f"{entity.name} {entity.text} {entity.role or ''}".lower().split())
        actors.nouns.update(dict.fromkeys((*BODY_NOUNS, *kinds), entity))


def _add(out: Resolved, actors: ArticleActors, entity: Entity, tokens, start: int, end: int, base: int,
         label: str, how: str) -> None:
    _remember_noun(actors, entity, tokens, start, end)
    if entity.kind == "state" and entity.name.split()[0] in COMPASS and len(entity.name.split()) > 1:
        actors.remember(entity, entity.name.split()[0])  # "the North" once North Korea is named
    span = (base + tokens[start].idx, base + tokens[end - 1].idx + len(tokens[end - 1]))
    out.add(Mention(span, _span_text(tokens, start, end), label, entity, how), range(tokens[start].i, tokens[end - 1].i + 1))
    actors.note(entity)


def _span_text(tokens, start: int, end: int) -> str:
    # not doc.text[...]: spaCy rebuilds doc.text from every token on each access
    return "".join(t.text_with_ws for t in tokens[start:end - 1]) + tokens[end - 1].text
