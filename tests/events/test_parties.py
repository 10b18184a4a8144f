"""Who a frame's actor and recipient are, on small hand-written sentences (one shared spaCy model)."""
from datetime import date

import pytest

from tidings.actors import ArticleActors, knowledge_base, resolve_sentence
from tidings.events.frames import find_frames
from tidings.events.lexicon import lexicon
from tidings.events.parties import parties

pytestmark = pytest.mark.slow


def coded(nlp, text, trigger, home=None):
    """(actor countries, recipient countries or organisations) of the frame whose head is ``trigger``."""
    actors = ArticleActors(kb=knowledge_base(), day=date(2025, 9, 14), home=home)
    sent = next(nlp(text).sents)
    resolved = resolve_sentence(sent, 0, actors)
    frame = next(f for f in find_frames(sent, lexicon()) if f.head.text == trigger)
    actor, recipient = parties(frame, resolved, actors, [], lexicon())
    return [e.country or e.org for e in actor], [e.country or e.org for e in recipient]


def test_parties_subject_of_the_demanded_clause_is_the_recipient(nlp):
    assert coded(nlp, "Japan demanded that Vietnam compensate the fishermen.", "demanded") == (["JPN"], ["VNM"])


def test_parties_possessor_inside_the_object_is_the_recipient(nlp):
    actor, recipient = coded(nlp, "Albania denounced Serbia's crackdown on the protests.", "denounced")
    assert recipient == ["SRB"]


def test_parties_a_state_beats_a_bare_noun_of_the_actor_side(nlp):
    actor, recipient = coded(nlp, "Ghana offered its engineers to Togo's new government.", "offered")
    assert recipient == ["TGO"]


def test_parties_bare_noun_is_kept_when_nothing_better_is_named(nlp):
    actor, recipient = coded(nlp, "Kenyan police arrested dozens of protesters.", "arrested", home="KEN")
    assert actor == ["KEN"] and recipient == ["KEN"]


def test_parties_place_and_both_sides_are_not_recipients(nlp):
    _, recipient = coded(nlp, "Ministers praised the ties between Chile and Peru at a meeting in Lima.", "praised")
    assert recipient == []
