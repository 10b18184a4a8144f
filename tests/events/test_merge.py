"""One event per happening within an article (events/merge.py), on hand-written sentences."""
import pytest

from tidings import extract

pytestmark = pytest.mark.slow


def test_merge_one_actor_telling_one_act_twice_in_a_sentence_is_one_event():
    text = ("The head of the World Food Programme arrived in Juba on Monday and met South Sudan's "
            "vice-president the same afternoon.")
    consults = [e for e in extract(text, published="2026-05-06") if e.event == "CONSULT"]
    assert len(consults) == 1
    assert {r.country for r in consults[0].recipient} == {"SSD"}


def test_merge_two_actors_in_one_sentence_stay_two_events():
    text = "Russian forces shelled Kharkiv on Monday and Ukrainian drones struck a refinery in Belgorod."
    attacks = [e for e in extract(text, published="2026-05-06") if e.event == "ASSAULT"]
    assert sorted((e.actor[0].country, e.recipient[0].country) for e in attacks) == [("RUS", "UKR"), ("UKR", "RUS")]
