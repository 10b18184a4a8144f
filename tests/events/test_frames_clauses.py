"""Event frames across clauses: coordinated clauses, participle clauses, participles on a noun,
participles of force with their doer named (not a hold on a place), accusations giving the grounds of
another act, relative clauses set in a phrase and talks reported with "his counterpart" (small hand-written sentences,
one shared spaCy model)."""
from functools import partial

import helpers
import pytest
from helpers import codes

pytestmark = pytest.mark.slow
DAY = "2026-07-10"
events = partial(helpers.events, published=DAY)
found = partial(helpers.found, published=DAY, asserted=False)


def test_frames_coordinated_clauses_with_their_own_subjects_are_two_events():
    text = ("date 2026-07-10\nQuake\n\nIndia flew relief supplies to Nepal on Monday.\n\n"
            "Japan pledged 30 million yen in aid on Tuesday, and Canada released 2 million dollars in funding "
            "on Wednesday.\n")
    coded = found(text)
    assert ("AID", ["JPN"], ["NPL"]) in coded and ("AID", ["CAN"], ["NPL"]) in coded
    assert not [c for c in coded if c[1] == ["JPN"] and c[2] == ["CAN"]]


def test_frames_an_amount_s_in_phrase_names_what_it_is_an_amount_of():
    e = events("Canada released 1.5 million euros in funding on Wednesday.")
    assert [(x.event, codes(x.actor), x.trigger) for x in e] == [("AID", ["CAN"], "released funding")]


def test_frames_dismissing_something_as_a_trifle_is_a_rejection_beside_the_warning():
    kinds = {e.event for e in events("Ghana dismissed it as a crumb and warned that the strike would spread.")}
    assert {"REJECT", "THREATEN"} <= kinds


LAUNCH = """date 2026-10-15
Missile

DOHA, Oct 15 (Wire) - Iran fired a medium-range ballistic missile that came down inside Oman's territorial waters \
on Wednesday, drawing condemnation from Qatar and Kuwait and prompting a show of force by U.S. and British warships \
hours later.
"""


def test_frames_a_launch_before_participle_clauses_is_an_event_aimed_where_it_came_down():
    coded = found(LAUNCH)
    assert ("MOBILIZE", ["IRN"], ["OMN"]) in coded
    assert ("MOBILIZE", ["GBR", "USA"], []) in coded


def test_frames_condemnation_drawn_by_a_missile_is_aimed_at_who_fired_it():
    assert ("ACCUSE", ["KWT", "QAT"], ["IRN"]) in found(LAUNCH)


def test_frames_condemning_the_launch_is_aimed_at_the_launcher_not_a_later_show_of_force():
    text = ("date 2026-10-15\nMissile\n\nIran fired a ballistic missile on Tuesday. Hours later, U.S. warships "
            "staged a show of force near the Strait of Hormuz.\n\nQatar condemned the launch on Wednesday.\n")
    assert ("ACCUSE", ["QAT"], ["IRN"]) in found(text)


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Access to the internet, cut by Uganda's communications regulator on Wednesday, had not been restored on Friday.",
     "Access cut", ["UGA"], ["UGA"]),
    ("The tanker, seized by the Ghanaian navy on Monday, was towed to Tema.", "tanker seized", ["GHA"], ["GHA"]),
])
def test_frames_a_participle_set_off_by_commas_is_an_act_on_its_noun(text, trigger, actor, recipient):
    event = next(e for e in events(text) if e.trigger == trigger)
    assert (event.event, codes(event.actor), codes(event.recipient)) == ("COERCE", actor, recipient)


def test_frames_a_deal_set_off_by_a_signing_participle_is_signed_by_its_by_phrase():
    text = "The pact, signed in Lome on Tuesday by Benin's energy minister and Togo's trade minister, runs ten years."
    coded = [(e.event, e.trigger, codes(e.actor)) for e in events(text)]
    assert ("AGREE", "pact signed", ["BEN", "TGO"]) in coded


@pytest.mark.parametrize("text", [
    "The frozen money is a tenth of the cohesion funds allocated to Slovakia for 2021-2027.",
    "The labour bill is a pillar of the economic programme backed by the IMF.",
])
def test_frames_a_participle_that_only_defines_its_noun_is_no_event(text):
    assert [e.event for e in events(text)] == []


@pytest.mark.parametrize("text, threat", [
    ("Farm unions praised the subsidy plan but warned that it would do little without cheaper fuel.", False),
    ("Amina Diallo warned on Monday that it would fail.", False),
    ("Ghana warned on Monday that it would retaliate against any incursion.", True),
])
def test_frames_warning_of_what_it_will_do_is_no_threat_when_it_is_not_the_speaker(text, threat):
    assert ("THREATEN" in {e.event for e in events(text)}) == threat


def test_frames_people_released_in_a_relative_clause_are_let_go_by_their_holders():
    coded = found("Tanzanian police detained four Kenyan traders, who were released on Friday.")
    assert ("RETREAT", ["TZA"], ["KEN"]) in coded


def test_frames_who_fled_is_still_no_event():
    coded = events("Refugees who fled the fighting reached Kenya on Friday.")
    assert not [e for e in coded if "fled" in e.trigger]



def test_frames_an_active_verb_joined_to_a_reported_passive_is_the_speakers_act():
    # the parser joins "called" to "sent": the agency called on Libya, not the refugees
    found_ = events("The UNHCR said it was alarmed that refugees could be sent home without their cases "
                    "being reviewed, and called on Libya to halt the returns.")
    assert any(e.event == "REQUEST" and codes(e.actor) == ["UN"] and codes(e.recipient) == ["LBY"] for e in found_)


def test_frames_a_noun_a_relative_clause_sets_in_a_phrase_is_not_its_object():
    text = ("Minister Tomas Novak of Austria said the deal was made during talks with his Czech counterpart "
            "in Prague on Thursday, at which the two also agreed to set up a joint commission.")
    coded = found(text)
    assert ("CONSULT", ["AUT"], ["CZE"]) in coded
    assert not any(kind == "AGREE" and recipient == ["CZE"] for kind, _, recipient in coded)


def test_frames_talks_with_his_counterpart_are_held_by_the_speaker():
    text = "Minister Tomas Novak of Austria said the deal was made during talks with his Czech counterpart on Thursday."
    assert ("CONSULT", ["AUT"], ["CZE"]) in found(text)


def test_frames_a_note_handed_over_carries_the_act_its_participle_names():
    text = "Ghana's foreign ministry said it had handed the Togolese envoy a note rejecting the accusations."
    assert helpers.found(text) == [("REJECT", ["GHA"], ["TGO"])]


def test_frames_a_note_handed_to_a_summoned_envoy_is_aimed_at_the_envoy_the_pronoun_stands_for():
    text = ("The Ghanaian foreign ministry summoned Togo's ambassador on Monday and handed him a note "
            "calling for an inquiry.")
    assert ("REQUEST", ["GHA"], ["TGO"]) in helpers.found(text)


def test_frames_a_note_protesting_is_a_diplomatic_complaint_not_a_demonstration():
    text = "Ghana's foreign ministry handed the Togolese envoy a note protesting against the ban on Monday."
    assert helpers.found(text) == [("ACCUSE", ["GHA"], ["TGO"])]


def test_frames_conjunct_after_a_closing_quote_joins_the_verb_outside_the_quote():
    text = ('The African Union urged Chad on Monday to avoid "any move that might inflame the border" '
            'and offered to send a mediation team to the area.')
    assert ("AGREE", ["AU"], ["TCD"]) in found(text)


def test_frames_in_protest_on_a_verb_complement_is_the_keepers_protest():
    text = "Hundreds of Zambian farmers kept the Kasumbalesa crossing closed on Monday in protest at a Congolese maize tax."
    assert [f[:2] for f in found(text) if f[0] == "PROTEST"] == [("PROTEST", ["ZMB"])]


def test_frames_in_protest_hung_on_a_place_with_an_owner_is_still_the_movers_protest():
    text = "About 150 Tunisian fishermen steered their boats into the town's old port in protest on Sunday."
    assert [f[:2] for f in found(text) if f[0] == "PROTEST"] == [("PROTEST", ["TUN"])]


@pytest.mark.parametrize("text, threat", [
    ("Malawian officials warned on Monday that Zambia could close the border before the harvest.", False),
    ("Nigeria's ombudsman warned on Monday that Boko Haram could launch new raids.", False),
    ("Chilean officials warned on Monday that Chile could recall its ambassador.", True),
    ("The Malian president warned on Saturday that Niger \"will answer for any provocation\".", True),
])
def test_frames_warning_of_what_another_party_will_do_is_no_threat(text, threat):
    assert ("THREATEN" in {e.event for e in events(text) if e.trigger == "warned"}) == threat


@pytest.mark.parametrize("text", [
    "Qatar sent a letter to the Security Council on Tuesday protesting against the seizure of the boat.",
    "On Friday, Ghana's foreign ministry handed a note to the Togolese embassy protesting against its threats.",
])
def test_frames_a_text_sent_protesting_is_words_wherever_the_participle_hangs(text):
    assert [e.event for e in events(text)] == ["ACCUSE"]


def test_frames_a_participle_of_force_with_its_doer_named_is_done_to_its_noun():
    coded = [(e.event, codes(e.actor), codes(e.recipient)) for e in events(
        "She was one of four Kenyan reporters detained by Ugandan police during a search of a hotel in Kampala.")]
    assert ("COERCE", ["UGA"], ["KEN"]) in coded


def test_frames_an_accusation_giving_the_grounds_of_an_expulsion_is_its_own_event():
    coded = [(e.event, codes(e.actor), codes(e.recipient)) for e in events(
        "Chad expelled a Sudanese diplomat on Friday, accusing him of paying smugglers.")]
    assert ("SANCTION", ["TCD"], ["SDN"]) in coded
    assert ("ACCUSE", ["TCD"], ["SDN"]) in coded


def test_frames_a_place_held_by_force_tells_no_act_done_to_it():
    coded = [e.event for e in events(
        "Tokyo handed Seoul a note objecting to \"patrols around Japanese islands occupied by Korea\".")]
    assert "COERCE" not in coded
