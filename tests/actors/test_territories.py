"""Territories of ISO 3166-1 that are not UN states (countries.tsv) resolve to their own codes,
and the states' demonyms stay with the states."""
from datetime import date

import pytest

from tidings.actors import ArticleActors, knowledge_base, resolve_sentence

pytestmark = pytest.mark.slow


def countries(nlp, text):
    """Each mention's text -> its country code."""
    actors = ArticleActors(kb=knowledge_base(), day=date(2025, 9, 14), home=None)
    out = {}
    for sent in nlp(text).sents:
        out |= {m.text: m.entity.country for m in resolve_sentence(sent, 0, actors).mentions}
    return out


def test_territory_government_and_leader(nlp):
    found = countries(nlp, "The Cook Islands government signed a fisheries pact with Fiji. Greenland's premier "
                           "said the island would hold a referendum.")
    assert found["Cook Islands government"] == "COK"
    assert found["Greenland's premier"] == "GRL"


def test_territory_demonyms(nlp):
    found = countries(nlp, "Puerto Rican officials asked for federal aid. Faroese fishermen blocked the harbour.")
    assert found["Puerto Rican officials"] == "PRI"
    assert found["Faroese fishermen"] == "FRO"


def test_territory_capitals_are_governments(nlp):
    found = countries(nlp, "Nuuk rejected the offer, and Avarua said it would reply next week.")
    assert (found["Nuuk"], found["Avarua"]) == ("GRL", "COK")


def test_territory_names_longer_than_a_state_word(nlp):
    found = countries(nlp, "US Virgin Islands police detained two Turks. American Samoan officials met "
                           "Turks and Caicos Islands police.")
    assert found["US Virgin Islands police"] == "VIR"
    assert found["Turks"] == "TUR"
    assert found["American Samoan officials"] == "ASM"
    assert found["Turks and Caicos Islands police"] == "TCA"


def test_state_demonyms_stay_with_states(nlp):
    found = countries(nlp, "French and Dutch officials met Niue's premier in Aruba.")
    assert found["French"] == "FRA" and found["Dutch"] == "NLD"
    assert found["Niue's premier"] == "NIU"


def test_new_jersey_is_not_the_channel_island(nlp):
    found = countries(nlp, "New Jersey police arrested two men after the governor of New Jersey spoke.")
    assert "JEY" not in found.values()
