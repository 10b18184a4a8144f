"""Frames for blockades, contributions, requests, trainers, figurative harm, censorship and the
makers of goods a measure is aimed at (sentences written for these tests)."""
from functools import partial

import helpers
import pytest
from helpers import codes

pytestmark = pytest.mark.slow
DAY = "2025-06-20"
events = partial(helpers.events, published=DAY)
one = partial(helpers.one, published=DAY)


def kinds(text):
    return [(e.event, e.mode) for e in events(text)]


def test_frames_civilians_blocking_a_gate_protest():
    found = kinds("On Monday, hundreds of Kenyan nurses blocked the gate of the health ministry in Nairobi.")
    assert ("PROTEST", "obstruct") in found and not any(k == "COERCE" for k, _ in found)


def test_frames_police_blocking_a_road_coerce():
    found = kinds("Kenyan riot police blocked the road to the parliament in Nairobi on Monday.")
    assert ("COERCE", "restrict") in found and not any(k == "PROTEST" for k, _ in found)


def test_frames_farmers_driving_tractors_protest():
    assert ("PROTEST", "obstruct") in kinds("Polish farmers drove tractors across the main road to the Ukrainian border on Monday.")


def test_frames_a_new_contribution_is_aid():
    e = one("Denmark announced a new contribution of $40 million to Kenya's drought fund on Tuesday.", "AID")
    assert codes(e.actor) == ["DNK"]


def test_frames_asking_someone_to_act_in_a_relative_clause():
    e = one("The government of Mali, which asked the council in May to end the mission, welcomed the vote.", "REQUEST")
    assert codes(e.actor) == ["MLI"]


def test_frames_asking_not_to_be_named_is_no_request():
    text = "A Nigerian army officer, who asked not to be named, said the convoy reached Maiduguri on Monday."
    assert "REQUEST" not in [k for k, _ in kinds(text)]


def test_frames_trainers_arriving_to_train_troops_are_aid():
    e = one("Turkish military instructors arrived in Mogadishu on Monday to train Somali troops.", "AID")
    assert codes(e.actor) == ["TUR"] and codes(e.recipient) == ["SOM"]
    assert "CONSULT" not in [k for k, _ in kinds("Turkish military instructors arrived in Mogadishu on Monday to train Somali troops.")]


def test_frames_a_minister_arriving_is_still_a_visit():
    assert ("CONSULT", "visit") in kinds("The Turkish foreign minister arrived in Mogadishu on Monday to meet Somali leaders.")


def test_frames_hard_hit_by_a_measure_is_no_attack():
    assert "ASSAULT" not in [k for k, _ in kinds("Italy was hardest hit by the Canadian duties on Monday.")]


def test_frames_water_cannon_turned_on_a_vessel_is_assault():
    e = one("A Chinese coast guard ship turned its water cannon on a Philippine supply boat on Monday.", "ASSAULT")
    assert codes(e.actor) == ["CHN"] and codes(e.recipient) == ["PHL"]


def test_frames_a_month_name_is_no_march():
    found = kinds("Vietnam and China held a round of consultations on border issues in Hanoi in March.")
    assert "PROTEST" not in [k for k, _ in found] and "CONSULT" in [k for k, _ in found]


def test_frames_restricting_access_to_social_media_is_censorship():
    assert ("COERCE", "censor") in kinds("The Ugandan government restricted access to social media platforms on Monday.")


def test_frames_cutting_a_peacekeeping_ceiling_is_sanction():
    e = one("The U.N. Security Council cut the ceiling of its peacekeeping force in Mali by 2,000 troops on Friday.",
            "SANCTION")
    assert e.mode == "withdraw"


def test_frames_duties_on_goods_made_by_named_makers_aim_at_their_state():
    e = one("The EU imposed duties of up to 20% on solar panels made by three Chinese companies on Monday.", "SANCTION")
    assert codes(e.recipient) == ["CHN"]


def test_frames_duties_on_goods_made_in_a_country():
    e = one("Canada imposed duties on steel produced in Vietnam on Monday.", "SANCTION")
    assert codes(e.recipient) == ["VNM"]


def test_frames_saying_an_election_was_stolen_accuses():
    e = one("The Venezuelan opposition leader said on Monday that the election had been stolen.", "ACCUSE")
    assert codes(e.actor) == ["VEN"]


def test_frames_lorries_parked_across_highways_protest():
    found = kinds("Peruvian truck drivers parked hundreds of lorries across highways near Lima on Monday.")
    assert ("PROTEST", "obstruct") in found


def test_frames_jamming_navigation_signals_is_cyber_coercion():
    e = one("Russia jammed GPS signals over Estonia on Tuesday.", "COERCE")
    assert e.mode == "cyber" and codes(e.recipient) == ["EST"]


@pytest.mark.parametrize("text", [
    "Malaysia imposed licensing requirements on exports of tin ore to Singapore on Tuesday.",
    "Chile introduced export controls on lithium carbonate on Tuesday.",
    "Vietnam limited rice exports to the Philippines on Tuesday.",
    "Kazakhstan tightened restrictions on wheat exports on Tuesday.",
])
def test_frames_trade_measures_are_sanctions(text):
    assert ("SANCTION", "discontinue") in kinds(text)


def test_frames_quotas_on_something_else_are_no_trade_measure():
    assert not any(k == "SANCTION" for k, _ in kinds("The ministry imposed quotas on fishing in the lake on Tuesday."))


def test_frames_barring_a_person_from_leaving_restricts_movement():
    e = one("A court in Tallinn on Tuesday barred the Russian captain of a tanker from leaving Estonia.", "COERCE")
    assert e.mode == "restrict" and codes(e.actor) == ["EST"] and codes(e.recipient) == ["RUS"]
    assert not any(k == "REJECT" for k, _ in kinds("Latvia banned two Belarusian truck drivers from leaving the country on Tuesday."))


def test_frames_barring_entry_to_officials_stays_a_sanction():
    assert ("SANCTION", "discontinue") in kinds("Lithuania barred entry to six Belarusian officials on Tuesday.")


def test_frames_an_aid_agency_suspending_operations_is_a_sanction():
    e = one("The World Food Programme suspended its operations in northern Niger on Monday after a convoy was attacked.", "SANCTION")
    assert codes(e.actor) == ["UN"] and codes(e.recipient) == ["NER"]


def test_frames_an_army_suspending_operations_pauses_fighting():
    found = kinds("The Sudanese army suspended its operations in Kordofan on Monday.")
    assert ("RETREAT", "ceasefire") in found and not any(k == "SANCTION" for k, _ in found)


@pytest.mark.parametrize("text, kind", [
    ("Dairy farmers' groups in Bavaria stopped milk sales to the supermarket chains on Wednesday.", "PROTEST"),
    ("Rice growers halted sales to the state mills on Monday over the new price cap.", "PROTEST"),
    ("The European Union suspended arms sales to Belarus on Monday.", "SANCTION"),
    ("Germany halted arms sales to Turkey on Monday.", "SANCTION"),
])
def test_frames_producers_withholding_their_goods_boycott_rather_than_sanction(text, kind):
    assert one(text, kind).event == kind
    assert not (kind == "PROTEST" and [e for e in events(text) if e.event == "SANCTION"])


@pytest.mark.parametrize("text, kind", [
    ("Uganda agreed on Tuesday to suspend the fuel levy on Kenyan tankers for 90 days.", "CONCEDE"),
    ("Ghana suspended the export duty on cocoa on Monday.", "CONCEDE"),
    ("Zambia scrapped the transit fee on Malawian lorries on Friday.", "CONCEDE"),
])
def test_frames_suspending_a_levy_or_duty_eases_it(text, kind):
    assert one(text, kind).event == kind
    assert not [e for e in events(text) if e.event == "SANCTION"]


@pytest.mark.parametrize("text, kind, absent", [
    ("Chad and Sudan agreed on Friday to open a humanitarian corridor for refugees stranded at the border.",
     "AGREE", "CONCEDE"),
    ("Chad and Sudan agreed on Friday to open a humanitarian corridor for thousands of stranded migrants.",
     "AGREE", "CONCEDE"),
    ("The rebels agreed on Friday to open a humanitarian corridor into the besieged town of Kadugli.",
     "CONCEDE", None),
])
def test_frames_a_corridor_for_travellers_is_joint_work_not_a_concession(text, kind, absent):
    coded = [e.event for e in events(text) if e.modality == "asserted"]
    assert kind in coded and absent not in coded


def test_frames_a_value_of_goods_is_the_goods_given():
    event = one("Norway delivered $40,000 worth of medicine to Malawi on Monday.")
    assert (event.event, codes(event.actor), codes(event.recipient)) == ("AID", ["NOR"], ["MWI"])
