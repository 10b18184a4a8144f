"""Dating events (events/dating.py), on hand-written sentences."""
import pytest

from tidings import extract

pytestmark = pytest.mark.slow


def test_dating_a_stated_day_beats_an_event_named_on_the_same_verb():
    text = ("Zambian police detained twelve students in Lusaka on Monday.\n\n"
            "Two of the students were freed on Wednesday on the orders of Zambia's interior minister.")
    freed = [e for e in extract(text, published="2026-03-13") if e.event == "RETREAT"]
    assert [str(e.date) for e in freed] == ["2026-03-11"]


def test_dating_a_participle_of_a_verb_of_saying_is_done_while_speaking():
    text = ("Zambian police detained twelve students in Lusaka on Monday.\n\n"
            "Zambia's interior minister told a radio station on Wednesday, accusing opposition leaders of stirring "
            "up the students.")
    accused = [e for e in extract(text, published="2026-03-13") if e.event == "ACCUSE"]
    assert [str(e.date) for e in accused] == ["2026-03-11"]


def test_dating_counted_from_an_act_named_by_a_gerund():
    text = ("Australia and Fiji signed a defence treaty in Suva on Wednesday.\n\n"
            "Two days before the signing, a Chinese survey vessel was escorted out of Fiji's waters by a Fijian "
            "patrol boat.")
    escorted = [e for e in extract(text, published="2026-09-24") if e.event == "COERCE"]
    assert [str(e.date) for e in escorted] == ["2026-09-21"]
