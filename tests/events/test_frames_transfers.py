"""Hand-overs of suspects, goods and money delivered, signings, vetoes, resolutions, crowds,
stoppages, drills and boardings, and look-alikes that name no event (hand-written sentences)."""
import pytest
from helpers import found, kinds

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Colombia sent nine suspected gang leaders to Spain on Monday.",
    "Peru sent 14 prisoners to Chile on Monday in a single flight.",
])
def test_frames_suspects_sent_to_another_state_are_judicial_cooperation(text):
    assert [(e[0], e[2]) for e in found(text)] in ([("COOPERATE", ["ESP"])], [("COOPERATE", ["CHL"])])


def test_frames_men_wanted_abroad_handed_over_are_judicial_cooperation():
    assert kinds("Ghanaian police handed over three men wanted in Togo for fraud on Monday.") == ["COOPERATE"]


def test_frames_a_man_accused_abroad_handed_over_after_a_long_object_is_judicial_cooperation():
    # the parser hangs "over" on "smuggling", inside the object; it is still "handed ... over"
    text = "Kenya handed a Ugandan trader accused of smuggling gold across the lake over to Uganda on Friday."
    assert found(text) == [("COOPERATE", ["KEN"], ["UGA"])]


@pytest.mark.parametrize("text, expected", [
    ("Norway returned 300 crab traps to Russian fishermen on Tuesday.", ("RETREAT", ["NOR"], ["RUS"])),
    ("Chilean police closed the Bolivia Friendship Bridge on Sunday.", ("SANCTION", ["CHL"], ["BOL"])),
])
def test_frames_seized_gear_returned_is_a_release_a_border_bridge_closed_a_sanction(text, expected):
    assert expected in found(text)


def test_frames_prisoners_handed_over_in_a_swap_stay_a_release():
    assert kinds("Armenia handed over five prisoners to Azerbaijan on Monday.") == ["RETREAT"]


def test_frames_goods_delivered_are_aid_by_who_delivers_them():
    text = "Italy delivered 8,000 tonnes of flour to Tunisia on Monday."
    assert found(text) == [("AID", ["ITA"], ["TUN"])]


def test_frames_a_cargo_of_a_commodity_arriving_is_trade_from_the_state_it_comes_from():
    text = "A first cargo of 30 million litres of gasoline reached Paraguay from Argentina on Monday."
    assert found(text) == [("COOPERATE", ["ARG"], ["PRY"])]


def test_frames_a_cargo_of_food_arriving_is_aid():
    text = "A shipment of food from Egypt arrived in Sudan on Monday."
    assert found(text) == [("AID", ["EGY"], ["SDN"])]


def test_frames_money_approved_for_a_state_is_aid():
    assert kinds("The World Bank approved 45 million dollars for Malawi on Monday.") == ["AID"]


@pytest.mark.parametrize("text, kind", [
    ("Kenya and the United Nations signed a new arrangement on refugee camps on Monday.", ["AGREE"]),
])
def test_frames_a_signed_arrangement_is_an_agreement(text, kind):
    assert kinds(text) == kind


@pytest.mark.parametrize("text", [
    "The Kenyan president signed the finance bill with Uganda's blessing on Monday.",
    "President Ruto signed the Kenya-Uganda border decree on Monday.",
    "Kenya's government ordered a curfew in Nakuru on Monday. The governor of the county signed the curfew order the same day.",
])
def test_frames_a_signed_order_decree_or_bill_is_no_agreement(text):
    assert "AGREE" not in kinds(text)


def test_frames_blocking_a_proposed_package_is_a_veto():
    assert kinds("Slovakia blocked a new aid package for Moldova on Monday.")[:1] == ["REJECT"]


def test_frames_a_resolution_condemning_is_its_adopters_accusation():
    text = "The European Parliament adopted a resolution condemning Georgia's crackdown on protesters on Monday."
    assert ("ACCUSE", ["EU"], ["GEO"]) in found(text)


@pytest.mark.parametrize("text", [
    "Striking Kenyan nurses gathered outside the health ministry on Monday.",
    "Kenyan farmers gathered in Nairobi on Monday demanding higher maize prices.",
])
def test_frames_a_crowd_gathering_outside_or_demanding_is_a_protest(text):
    assert kinds(text) == ["PROTEST"]


def test_frames_a_verb_in_a_clause_of_its_own_is_no_word_of_the_trigger():
    # "suspended ... after a drone struck": no suspended strike
    text = "The United Nations suspended aid convoys into Sudan on Monday after a drone struck a truck."
    assert ("SANCTION", ["UN"], ["SDN"]) in found(text)
    assert "CONCEDE" not in kinds(text)


def test_frames_drills_told_as_days_of_drills_are_a_show_of_force():
    text = "The Russian navy staged three days of naval drills near Norway on Monday."
    assert [e[0] for e in found(text)] == ["MOBILIZE"]


def test_frames_ending_days_of_talks_concludes_them():
    assert "SANCTION" not in kinds("Sudan and Chad ended three days of talks in Cairo on Monday.")


def test_frames_a_trawler_boarded_is_a_seizure():
    assert kinds("The Chinese coast guard boarded a Vietnamese trawler on Monday.") == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Greece insists it has met most of its commitments.",
    "Serbia and Kosovo have clashed over licence plates.",
])
def test_frames_meeting_a_target_or_clashing_over_an_issue_is_no_event(text):
    assert kinds(text) == []


def test_frames_a_protest_that_is_ended_was_held():
    text = "Peruvian farmers ended five days of road blockades near Cusco on Monday."
    assert sorted(kinds(text)) == ["CONCEDE", "PROTEST"]


def test_frames_a_blockade_lifted_on_lorries_is_no_protest():
    assert "PROTEST" not in kinds("The Israeli army lifted a blockade on Palestinian lorries on Monday.")


@pytest.mark.parametrize("text", [
    "The European Parliament adopted a resolution condemning the erosion of media freedom in Serbia on Monday.",
    "The EU condemned what it called the erosion of the rule of law in Serbia on Monday.",
])
def test_frames_a_reaction_is_aimed_at_where_what_it_reacts_to_happened(text):
    assert found(text) == [("ACCUSE", ["EU"], ["SRB"])]


def test_frames_a_vote_tally_is_no_party():
    text = "The European Parliament adopted a resolution condemning the erosion of media freedom in Serbia, by 400 votes to 120."
    assert found(text) == [("ACCUSE", ["EU"], ["SRB"])]


@pytest.mark.parametrize("text", [
    "The Japanese coast guard handed over three patrol boats to the Philippine navy on Tuesday.",
    "India handed over two transport aircraft to Sri Lanka's air force on Friday.",
])
def test_frames_craft_handed_over_to_another_state_are_military_aid(text):
    assert kinds(text) == ["AID"]


def test_frames_an_instalment_of_assistance_handed_over_is_aid():
    assert kinds("Japan handed over the second $20 million instalment of budget support to Fiji on Monday.") == ["AID"]


def test_frames_meals_handed_out_are_aid():
    assert kinds("Volunteers from the Turkish Red Crescent handed out hot meals to Syrian families on Sunday.") == ["AID"]


def test_frames_trade_talks_postponed_are_a_sanction_but_a_meeting_postponed_a_rejection():
    assert kinds("Canada postponed free trade talks with India on Friday.") == ["SANCTION"]
    assert kinds("Canada postponed a meeting with India on Friday.") == ["REJECT"]


def test_frames_people_picked_up_by_police_are_arrested():
    assert kinds("Two Georgian journalists were picked up by police in Baku on Tuesday.") == ["COERCE"]


def test_frames_border_posts_opened_to_a_neighbour_are_cooperation():
    assert kinds("Kazakhstan opened its border posts with Uzbekistan around the clock on Monday.") == ["COOPERATE"]


def test_frames_weapons_that_hit_are_an_attack_by_their_owner():
    assert found("Russian missiles hit two power stations in Ukraine on Monday.") == [("ASSAULT", ["RUS"], ["UKR"])]


def test_frames_organisations_barred_from_employing_people_are_a_restriction():
    assert kinds("The Afghan government barred aid groups from employing women on Saturday.") == ["COERCE"]


@pytest.mark.parametrize("text, expected", [
    ("Georgia returned a Russian woman to Russia on Friday.", ("RETREAT", ["GEO"], ["RUS"])),
    ("Estonia handed 9 Latvian citizens who had strayed across the river back to Latvia on Friday.",
     ("RETREAT", ["EST"], ["LVA"])),
    ("Peru handed three Bolivian men wanted for fraud to Bolivian police on Friday.", ("COOPERATE", ["PER"], ["BOL"])),
    ("Spain also handed over 20 million euros in budget support to Morocco on Friday.", ("AID", ["ESP"], ["MAR"])),
])
def test_frames_people_handed_back_are_released_money_handed_over_is_aid(text, expected):
    assert found(text) == [expected]


def test_frames_a_bare_hand_back_needs_a_party():
    assert kinds("The clerk handed them back at the counter on Friday.") == []
