"""Aid told without an aid verb, arrivals that are no visits, and whom later aid is for
(hand-written sentences)."""
import pytest
from helpers import found

pytestmark = pytest.mark.slow
STRUCK = "A cyclone struck Fiji on Monday, flattening villages. "


def test_frames_an_aid_noun_from_a_state_is_given_by_it_where_it_lands():
    text = STRUCK + "Relief flights from Japan and South Korea landed in Suva on Tuesday."
    assert ("AID", ["JPN", "KOR"], ["FJI"]) in found(text)


def test_frames_a_nationality_on_a_plane_that_delivers_supplies_is_the_donor():
    text = STRUCK + "A Canadian transport plane delivered tents and blankets to Suva on Tuesday."
    assert [e for e in found(text) if e[0] == "AID"] == [("AID", ["CAN"], ["FJI"])]


@pytest.mark.parametrize("text", [
    "A Venezuelan tanker carrying 300,000 barrels of oil arrived in Havana on Tuesday.",
    "More than 40,000 Syrians have arrived in Germany since January.",
])
def test_frames_a_vehicle_or_migrants_arriving_is_no_visit(text):
    assert [e for e in found(text) if e[0] == "CONSULT"] == []


def test_parties_later_aid_is_for_the_struck_state_never_the_earlier_donors():
    text = STRUCK + ("Relief flights from Japan and South Korea landed in Suva on Tuesday. "
                     "India sent a rescue team on Wednesday.")
    assert ("AID", ["IND"], ["FJI"]) in found(text)


@pytest.mark.parametrize("text", [
    "Germany struck a conciliatory tone on Tuesday.",
    "The president struck a different note on Tuesday.",
    "The prime minister told a cabinet meeting on Tuesday that Egypt would respond.",
    "The foreign minister told a news conference on Tuesday that talks would resume.",
])
def test_frames_lexicon_look_alikes_name_no_event(text):
    assert found(text) == []


def test_frames_lexicon_ending_a_sanctions_programme_is_a_concession():
    # PLOVER's CONCEDE covers easing restrictions; RETREAT the material ones (releases, withdrawals)
    assert found("Britain ended its sanctions programme on Belarus on Tuesday.") == [("CONCEDE", ["GBR"], ["BLR"])]


def test_frames_lexicon_jets_violating_airspace_are_a_show_of_force():
    assert found("Russian jets violated Finnish airspace on Tuesday.") == [("MOBILIZE", ["RUS"], ["FIN"])]


def test_frames_a_vehicle_of_a_state_arriving_with_relief_goods_is_its_aid_to_the_place():
    text = STRUCK + "A Japanese navy ship carrying 80 tonnes of tents and blankets docked in Suva on Tuesday."
    assert [e for e in found(text) if e[0] == "AID"] == [("AID", ["JPN"], ["FJI"])]


def test_frames_a_vehicle_docking_with_a_team_of_engineers_is_aid():
    text = STRUCK + "A New Zealand navy vessel docked in Suva overnight with a team of army engineers."
    assert [e for e in found(text) if e[0] == "AID"] == [("AID", ["NZL"], ["FJI"])]


def test_frames_a_vehicle_arriving_with_a_traded_commodity_is_trade():
    text = "A Brazilian freighter carrying 30,000 tonnes of wheat arrived in Alexandria on Monday."
    assert found(text) == [("COOPERATE", ["BRA"], ["EGY"])]


def test_frames_a_commodity_arriving_as_a_donation_is_aid():
    text = "An Algerian tanker carrying 300,000 barrels of diesel arrived in Tunis on Monday as a donation."
    assert found(text) == [("AID", ["DZA"], ["TUN"])]


def test_frames_a_rescue_team_of_a_state_reaching_a_town_is_aid():
    text = "An earthquake struck western Turkey on Thursday. A 25-member Greek rescue team reached Izmir on Friday."
    assert ("AID", ["GRC"], ["TUR"]) in found(text)


def test_frames_foreign_police_landing_in_a_capital_are_deployed_there():
    text = "About 150 Rwandan police officers landed in Bangui on Monday."
    assert [(a, r) for t, a, r in found(text) if t in {"MOBILIZE", "AID"}] == [(["RWA"], ["CAF"])]


@pytest.mark.parametrize("text", [
    "A Greek ferry docked in Bari on Monday.",
    "A Turkish Airlines plane landed in Dakar on Monday.",
])
def test_frames_a_bare_arrival_of_a_vehicle_is_no_event(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "A first batch of Kenyan police officers landed in Port-au-Prince on Tuesday.",
    "A second group of Nepalese soldiers arrived in Lebanon on Friday.",
])
def test_frames_a_batch_of_a_states_forces_arriving_is_their_deployment_not_a_visit(text):
    kinds = [e[0] for e in found(text)]
    assert "CONSULT" not in kinds and kinds


def test_frames_a_group_of_tourists_arriving_is_still_no_deployment():
    assert [e[0] for e in found("A group of Chinese tourists arrived in Paris on Friday.")] != ["MOBILIZE"]


@pytest.mark.parametrize("text", [
    "A first batch of Zambian peacekeeping troops arrived in Bangui on Tuesday.",
    "A contingent of Bangladeshi peacekeeping troops landed in Juba on Monday.",
])
def test_frames_a_states_peacekeepers_arriving_are_its_peacekeeping_not_a_visit(text):
    assert [e[0] for e in found(text)] == ["AID"]


def test_frames_a_team_of_a_states_trainers_arriving_is_its_help_not_a_visit():
    text = "A second team of Indonesian police trainers arrived in Dili on Wednesday."
    assert found(text) == [("AID", ["IDN"], ["TLS"])]


@pytest.mark.parametrize("text", [
    "A team of Cuban medical workers arrived in Kingston on Thursday.",
    "A team of medical workers from Cuba arrived in Kingston on Thursday.",
])
def test_frames_a_helping_team_of_a_states_people_arriving_is_still_aid(text):
    assert found(text) == [("AID", ["CUB"], ["JAM"])]


def test_frames_a_team_of_a_states_footballers_arriving_is_no_deployment():
    assert [e[0] for e in found("A team of Brazilian footballers arrived in Doha on Friday.")] != ["MOBILIZE"]


def test_frames_trainers_arriving_to_train_a_states_army_help_that_army():
    text = "A team of Turkish military instructors arrived in Mogadishu on Monday to train Somali troops."
    assert found(text) == [("AID", ["TUR"], ["SOM"])]


@pytest.mark.parametrize("text", [
    "A Dutch navy patrol vessel from Aruba docked in Willemstad on Monday with fresh water.",
    "A Chilean coast guard patrol boat from Peru anchored off Arica on Monday.",
    "Two Turkish attack helicopters from Azerbaijan landed in Baku on Monday.",
])
def test_frames_a_word_naming_the_kind_of_a_craft_is_no_event(text):
    assert "MOBILIZE" not in [e[0] for e in found(text)]
    assert "ASSAULT" not in [e[0] for e in found(text)]


def test_frames_a_patrol_itself_is_still_an_event():
    text = "Russia launched naval patrols in the Baltic Sea on Monday."
    assert "MOBILIZE" in [e[0] for e in found(text)]


@pytest.mark.parametrize("text, recipients", [
    ("Latvia sent three mobile radar units to help track the drones on Tuesday, Estonia said.", None),
    ("Kenya deployed 200 army engineers to help the Somali army rebuild bridges on Tuesday.", ["SOM"]),
])
def test_frames_forces_sent_to_help_are_military_aid(text, recipients):
    events = found(text)
    assert not [e for e in events if e[0] == "MOBILIZE"]
    aid = [e for e in events if e[0] == "AID"]
    assert aid
    if recipients is not None:
        assert aid[0][2] == recipients


def test_frames_forces_sent_to_help_their_own_border_guards_are_mobilized():
    text = "Estonia deployed some 400 soldiers to help border guards patrol the frontier on Tuesday."
    assert "MOBILIZE" in [e[0] for e in found(text)]
    assert "AID" not in [e[0] for e in found(text)]


@pytest.mark.parametrize("text, expected", [
    ("Chile sent a navy ship loaded with food and tents to Haiti on Monday.", ("AID", ["CHL"], ["HTI"])),
    ("Japan dispatched a navy ship carrying medicine to Fiji on Monday.", ("AID", ["JPN"], ["FJI"])),
    ("Chile sent a navy ship to Haiti on Monday.", ("MOBILIZE", ["CHL"], ["HTI"])),
])
def test_frames_vehicle_sent_with_goods_is_aid_and_bare_a_deployment(text, expected):
    assert found(text) == [expected]


def test_frames_a_state_named_before_other_modifiers_of_a_team_is_its_owner():
    text = "Two U.S. urban search-and-rescue teams arrived in Izmir on Wednesday."
    assert found(text) == [("AID", ["USA"], ["TUR"])]


def test_frames_trainers_who_arrived_are_help_from_their_state():
    text = "Samoa raised concerns about a team of eight Fijian police trainers who arrived in Apia on Saturday."
    assert ("AID", ["FJI"], ["WSM"]) in found(text)
