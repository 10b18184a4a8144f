"""Event frames and modality on small hand-written sentences (one shared spaCy model)."""
import pytest

from tidings import extract

pytestmark = pytest.mark.slow
DAY = "2025-03-14"


def events(text, published=DAY):
    return extract(text, published=published)


def one(text, kind=None, **kw):
    found = [e for e in events(text, **kw) if kind is None or e.event == kind]
    assert found, f"no {kind or 'event'} in {text!r}: {[(e.event, e.trigger) for e in events(text, **kw)]}"
    return found[0]


def codes(entities):
    return sorted(e.country or e.org for e in entities)


def test_frames_active_verb_gives_actor_and_recipient():
    e = one("Russia attacked Ukraine on Tuesday.", "ASSAULT")
    assert codes(e.actor) == ["RUS"] and codes(e.recipient) == ["UKR"]


def test_frames_passive_swaps_actor_and_recipient():
    e = one("Ukraine was attacked by Russia on Tuesday.", "ASSAULT")
    assert codes(e.actor) == ["RUS"] and codes(e.recipient) == ["UKR"]


def test_frames_light_verb_with_prepositional_recipient():
    e = one("Kenya held talks with Somalia on Monday.", "CONSULT")
    assert codes(e.actor) == ["KEN"] and codes(e.recipient) == ["SOM"]


def test_frames_nominal_event_between_two_states_is_reciprocal():
    e = one("The armed conflict between Armenia and Azerbaijan in 2020 killed thousands.", "ASSAULT")
    assert codes(e.actor) == ["ARM", "AZE"] and not e.recipient


def test_frames_coordinated_actors_all_act():
    e = one("The United States, Britain and France imposed sanctions on Iran on Monday.", "SANCTION")
    assert codes(e.actor) == ["FRA", "GBR", "USA"] and codes(e.recipient) == ["IRN"]


def test_frames_reported_speech_codes_the_reported_event():
    e = one("Officials in Kyiv said Russian forces shelled Kharkiv on Sunday.", "ASSAULT")
    assert codes(e.actor) == ["RUS"]


def test_frames_aid_giver_is_the_actor():
    e = one("Pakistan secured $500 million in investment from China last week.", "AID")
    assert codes(e.actor) == ["CHN"] and codes(e.recipient) == ["PAK"]
    assert e.amounts[0].value == 500_000_000 and e.amounts[0].currency == "USD"


@pytest.mark.parametrize("text, modality", [
    ("Iran did not sign the agreement with France.", "negated"),
    ("Andrade refused to meet the Venezuelan foreign minister.", "asserted"),  # the refusal happened
    ("If talks succeed, Israel could withdraw troops from Lebanon.", "hypothetical"),
    ("Will China attack Taiwan?", "hypothetical"),
])
def test_frames_modality(text, modality):
    assert events(text)[0].modality == modality


def test_frames_refusal_is_a_reject_and_the_meeting_is_negated():
    found = {(e.event, e.modality) for e in events("Andrade refused to meet the Venezuelan foreign minister.")}
    assert ("REJECT", "asserted") in found
    assert ("CONSULT", "asserted") not in found


def test_frames_promise_is_an_agree_dated_when_made():
    e = one("Japan said on Tuesday it will send aid to Nepal next month.", "AGREE", published="2025-03-14")
    assert e.modality == "asserted" and str(e.date) == "2025-03-11"


def test_frames_threat_is_coded_as_threaten():
    e = one("Russia will strike Ukraine again, the Kremlin said.", "THREATEN")
    assert codes(e.actor) == ["RUS"] and codes(e.recipient) == ["UKR"]


def test_frames_missile_fired_at_nothing_is_a_test_and_at_a_city_an_attack():
    assert one("North Korea fired a ballistic missile on Wednesday.").event == "MOBILIZE"
    assert one("Russia fired missiles at Kyiv on Wednesday.").event == "ASSAULT"


def test_frames_nothing_without_a_party():
    assert events("The war on terror goes on.") == []
