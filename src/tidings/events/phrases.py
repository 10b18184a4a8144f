"""Who a noun phrase names: its owner, its "by" phrase, a name or nationality on it ("Serbia's
suppression", "raids by rebels", "Israeli raids"), and the tokens coordinated with it; shared by
``frames`` and ``deliveries``."""
from __future__ import annotations

from ..actors.kb import default_kb
from ..actors.resolve import OFFICIAL_SECTORS

NAME_ENTS = {"ORG", "FAC", "GPE", "PERSON", "NORP", "LOC"}


def noun_agent(noun, of: bool = False):
    """Who does what an event noun names: its owner ("Serbia's suppression"), its "by" phrase
    ("crimes by Croat forces"), a name or nationality on it ("the NATO deployment", "Israeli
    raids"); with ``of``, for acts the doer does alone, a party its "of" phrase names ("the
    withdrawal of Serbian forces", not "the withdrawal of support"). None when none is named."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or by_agent(noun)
    if owner is None:
        # "U.S. rescue teams" (the parser may take a name before other modifiers for an nmod)
        owner = next((c for c in noun.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"), None)
    if owner is None:  # "Russian strikes", "Israeli raids"
        owner = next((c for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "NORP"), None)
    if owner is None:  # "Bangladeshi troops" with "Bangladeshi" taken for a person's name
        owner = next((c for c in noun.children if c.dep_ in {"amod", "compound"} and _nationality(c)), None)
    if owner is None and of:
        owner = next((o for o in pobjs(noun, "of") if named(o)), None)
    return owner


def _nationality(tok) -> bool:
    """Whether a word is a state's nationality adjective in the actors' knowledge base ("Bangladeshi",
    "Chilean"), whatever entity type the parser gave it."""
    entry = default_kb().lookup(tok.text)
    return entry is not None and entry.via == "adjective"


def state_word(tok) -> bool:
    """Whether a word names a state as a modifier: its nationality adjective ("Russian") or its
    upper-case short name ("US", "UK"); not a capital or a region ("Kyiv", "Gaza")."""
    entry = default_kb().lookup(tok.text)
    return entry is not None and entry.kind == "state" and (entry.via == "adjective" or tok.is_upper)


def side(tok) -> tuple[str, bool] | None:
    """The party a phrase names, as its state or organisation and whether it is an armed or civic
    group of it ("Kenyan officials" and "Nairobi" are one side, "Boko Haram" another than "Nigeria's
    ombudsman"); None when the phrase names none ("officials", "it")."""
    for word in (tok, noun_agent(tok)):
        entry = None if word is None else _entry(word)
        if entry is not None and (entry.country or entry.org):
            return entry.country or entry.org, entry.kind == "group"
    return None


def names_body(tok) -> bool:
    """Whether a word names a state or an organisation itself, or a capital for its government
    ("Ghana", "Accra", "the EU"), not a nationality ("Ghanaian farmers")."""
    entry = _entry(tok)
    return entry is not None and entry.kind in {"state", "organisation"} and entry.via != "adjective"


def state_body(tok) -> bool:
    """Whether a word names a state's own office by a state's name: "Ghana's foreign ministry", "the
    Kenyan defence ministry", "Accra's embassy" (a body that speaks for the state)."""
    title = default_kb().title(tok.lemma_)
    if title is None or title.kind != "body" or title.sector not in OFFICIAL_SECTORS:
        return False
    return any(c.dep_ in {"poss", "compound", "amod"} and (entry := _entry(c)) is not None and entry.kind == "state"
               for c in tok.children)


def _entry(word):
    """The knowledge base's entry for the name a word is part of, or None."""
    name = next((e.text for e in word.doc.ents if e.start <= word.i < e.end), word.text)
    return default_kb().lookup(name)


def said_before(sayer) -> list:
    """The clauses a verb of saying tells before it: "the ministers met on Monday, both ministries
    said, and ..." (met)."""
    return [c for c in sayer.children if c.dep_ == "ccomp" and c.i < sayer.i]


def pobjs(tok, prep: str) -> list:
    """The objects of the preposition ``prep`` on ``tok``."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj"]


def named(tok) -> bool:
    """Whether a phrase names a party, not a bare noun: a name, or a noun with a name, nationality
    or owner on it ("NATO troops", "Serbian forces", "its army", "the president of Chad")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in NAME_ENTS:
        return True
    return any(c.dep_ == "poss" or c.dep_ in {"amod", "compound", "nmod"}
               and (c.pos_ == "PROPN" or c.ent_type_ in NAME_ENTS) for c in tok.children) \
        or any(named(o) for o in pobjs(tok, "of"))


def by_agent(tok):
    """Who a "by" phrase on a verb or noun names ("was attacked by Russia", "raids by rebels"), or None."""
    for child in tok.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def conjuncts(tok) -> list:
    """The token and every token coordinated with it ("the US, Britain and France")."""
    if tok is None:
        return []
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out
