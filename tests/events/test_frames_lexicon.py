"""Lexicon rows and the frame rules beside them: look-alikes, legal challenges, stoppages, joint
exercises, hand-overs, moves to a frontier, diplomatic protests, assurances, mediation efforts and
travel for talks, batons used on crowds, signings and resumptions of trade told as nouns
(hand-written sentences)."""
import pytest
from helpers import DAY, codes, events, found, kinds, one

from tidings import extract
from tidings.events.lexicon import lexicon

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, kind", [
    ("Hungary retaliated by expelling 12 Slovak diplomats.", ["SANCTION"]),
    ("Vietnam retaliated against Chinese duties on its shrimp on Monday.", []),
])
def test_frames_retaliating_is_no_attack_of_its_own(text, kind):
    assert kinds(text) == kind


def test_frames_challenging_a_measure_in_court_or_at_the_wto_is_a_legal_accusation():
    text = ("date 2026-06-01\nTariffs\n\nThe European Union imposed duties of up to 18 percent on Malaysian "
            "steel in May.\n\nMalaysia challenged the duties at the World Trade Organization on Monday.\n")
    assert ("ACCUSE", ["MYS"], ["EU"]) in found(text)
    assert kinds("Peru's opposition challenged the law in court on Monday.") == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Dockworkers in Valparaiso held a two-hour stoppage on Wednesday.",
    "Ghanaian nurses staged a walkout on Tuesday.",
    "A work stoppage by Kenyan dock workers halted shipping on Monday.",
])
def test_frames_stoppages_and_walkouts_are_strikes(text):
    assert kinds(text) == ["PROTEST"]


@pytest.mark.parametrize("text, actors", [
    ("Malaysian and Thai soldiers trained together near the border in August.", ["MYS", "THA"]),
    ("Chile held a joint exercise with Peru in August.", ["CHL", "PER"]),
    ("New Zealand joined Tonga for a naval drill in August.", ["NZL", "TON"]),
    ("Indian and French navies held a joint patrol on Saturday.", ["FRA", "IND"]),
    ("Chile and Peru staged a naval exercise off Arica in April.", ["CHL", "PER"]),
    ("On Thursday, U.S. and Kenyan troops began a five-day training exercise near Lamu.", ["KEN", "USA"]),
])
def test_frames_exercises_of_two_states_are_cooperation(text, actors):
    (event,) = found(text)
    assert event[0] == "COOPERATE" and sorted(event[1] + event[2]) == actors


def test_frames_a_single_states_exercise_stays_a_mobilization():
    assert kinds("Chile held a military exercise near Arica in August.") == ["MOBILIZE"]


def test_frames_an_announced_joint_exercise_is_no_agreement():
    assert "AGREE" not in kinds("Chilean and Peruvian forces will hold a naval exercise next week, the navy said.")


def test_frames_being_escorted_out_of_waters_is_coercion():
    text = ("A Chinese fishing vessel was escorted out of Palau's exclusive economic zone by a Palauan patrol boat "
            "in May.")
    assert found(text) == [("COERCE", ["PLW"], ["CHN"])]


@pytest.mark.parametrize("text, kind", [
    ("In March, Japan handed over 12 armoured vehicles to the army of the Philippines.", "AID"),
    ("The rebels handed 40 captured soldiers to the Red Cross on Tuesday.", "RETREAT"),
    ("Ukraine handed over four prisoners to Russia on Monday.", "RETREAT"),
])
def test_frames_handing_over_equipment_is_aid_and_captives_a_release(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Tajikistan sent additional armoured vehicles to the border region on Monday.", "MOBILIZE"),
    ("Cambodia sent tanks to the border area on Monday.", "MOBILIZE"),
    ("Germany sent tanks to Ukraine in March.", "AID"),
])
def test_frames_arms_sent_to_a_frontier_are_a_move_and_to_a_state_aid(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Japan insisted on the release of its fishermen.", ["REQUEST"]),
    ("Japan insisted that Russia must return the islands.", ["REQUEST"]),
    ("Fijian officials insist the treaty is not aimed at anyone.", []),
])
def test_frames_insisting_is_a_demand_only_when_it_demands(text, kind):
    assert kinds(text) == kind


def test_frames_a_possessors_capture_of_a_town_is_its_assault():
    text = "The M23's capture of Goma in January 2025 displaced thousands."
    event = next(e for e in extract(text, published=DAY) if e.trigger == "capture")
    assert event.event == "ASSAULT" and codes(event.actor) == ["COD"]


def test_frames_drawing_protests_from_capitals_is_their_diplomatic_protest():
    text = "Nigeria's navy seized a Togolese tanker on Tuesday, drawing sharp protests from Lome and Accra."
    assert ("ACCUSE", ["GHA", "TGO"], ["NGA"]) in found(text)
    assert "PROTEST" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Ugandan doctors held a sit-in at the health ministry on Monday.",
    "The sit-in by Ugandan doctors entered its second day on Monday.",
    "Ugandan doctors staged a sit-in outside parliament on Monday.",
    "Supporters of the jailed Ugandan opposition leader rallied outside the courthouse on Monday.",
])
def test_frames_sit_ins_and_rallies_are_protests(text):
    assert kinds(text) == ["PROTEST"]


@pytest.mark.parametrize("text, kind", [
    ("Jordan closed the border crossing with Syria on Monday.", "SANCTION"),
    ("Jordan closed the crossing on Monday.", "SANCTION"),
    ("Jordan reopened the crossing with Syria on Monday.", "RETREAT"),
])
def test_frames_border_closures_cut_relations_and_reopenings_restore_access(text, kind):
    """A state closing its own crossings reduces relations with its neighbour (PLOVER SANCTION,
    CAMEO 163), unlike a blockade of another's movement (CAMEO 191, COERCE in the crosswalk)."""
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text, expected", [
    ("Qatar has invested heavily in Rwanda's airports.", []),
    ("Qatar has invested in Rwanda's airports.", []),
    ("Qatar invested $1 billion in Rwanda's airports in March.", [("COOPERATE", ["QAT"], ["RWA"])]),
    ("The peacekeeping mission in South Sudan faces a long-running funding crisis.", []),
])
def test_frames_investment_is_cooperation_and_a_funding_crisis_no_aid(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Italian coast guard vessels rescued 60 migrants off Lampedusa on Sunday.", ["AID"]),
    ("The Bangladesh army rescued more than 900 people from flooded villages on Sunday.", ["AID"]),
    ("His allies say the president is rescuing the nation from a corrupt elite.", []),
    ("Argentina rescued the economy from collapse in 2003.", []),
])
def test_frames_a_rescue_is_aid_only_for_people(text, expected):
    assert kinds(text) == expected


def test_frames_criticising_a_dated_verdict_and_calling_for_a_release_are_both_coded():
    text = ("date 2026-09-10\nVerdict\n\nA court in Algiers sentenced two reporters to three years in prison on "
            "Tuesday.\n\nFrance criticised Tuesday's sentences and called for the reporters' release.\n")
    coded = found(text)
    assert ("ACCUSE", ["FRA"], ["DZA"]) in coded and "REQUEST" in [c[0] for c in coded]


@pytest.mark.parametrize("text", [
    "Turkey and Iran backed opposing sides in the wars in Libya and Syria for years.",
    "Egypt has long backed the army in Sudan's civil war.",
    "Inga, which went into operation in the 1970s, supplies most of Congo's electricity.",
])
def test_frames_what_went_on_for_years_or_goes_on_is_no_dated_event(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Greece dropped its long-standing objection to North Macedonia's membership of NATO.", "CONCEDE"),
    ("Togolese opposition leader Kodjo Amavi was released on bail on Monday.", "RETREAT"),
    ("A Lome court granted bail to the Togolese opposition leader on Monday.", "RETREAT"),
    ("Morocco expelled the Rabat correspondent of a Spanish newspaper on Monday.", "COERCE"),
])
def test_frames_concessions_releases_on_bail_and_expulsions_of_reporters(text, expected):
    events = extract(text, published=DAY)
    assert [e.event for e in events if e.modality == "asserted"] == [expected]


def test_frames_an_expelled_reporter_is_of_the_state_of_the_newspaper():
    assert found("Morocco expelled the Rabat correspondent of a Spanish newspaper on Monday.") == [
        ("COERCE", ["MAR"], ["ESP"])]


@pytest.mark.parametrize("text, kind", [
    ("A Kazakh court on Monday ordered the opposition leader held in pre-trial detention for two months.", ["COERCE"]),
    ("Kenya's High Court ordered the Chinese contractor to pay compensation to 40 workers.", ["SANCTION"]),
])
def test_frames_a_courts_order_to_hold_or_pay_is_the_measure_not_a_request(text, kind):
    assert kinds(text) == kind


@pytest.mark.parametrize("text, event", [
    ("A Chilean court on Tuesday ordered the release of two Bolivian truck drivers.", ("RETREAT", ["CHL"], ["BOL"])),
    ("Ecuador's president ordered the arrest of a Colombian rebel commander.", ("COERCE", ["ECU"], ["COL"])),
    ("Kenya ordered the deportation of 12 Ugandan traders on Monday.", ("COERCE", ["KEN"], ["UGA"])),
])
def test_frames_an_act_ordered_is_the_act_of_the_side_that_orders_it(text, event):
    assert found(text) == [event]


def test_frames_an_act_not_ordered_is_not_coded_as_done():
    assert kinds("Kenya did not order the deportation of the Ugandan traders, a spokesman said.") == []


@pytest.mark.parametrize("text, kind", [
    ("The Nigerian skipper pleaded guilty to illegal fishing in Ghanaian waters.", ["CONCEDE"]),
    ("The Nigerian skipper has pleaded not guilty to illegal fishing in Ghanaian waters.", []),
    ("The Nigerian skipper pleaded innocent at a court in Accra on Monday.", []),
])
def test_frames_a_guilty_plea_admits_the_charge_and_a_plea_of_innocence_is_no_event(text, kind):
    assert kinds(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("Zambia's main union called the arrests a disgrace on Thursday.", ["ACCUSE"]),
    ("Kenya's foreign minister called the agreement with Uganda a victory for common sense.", ["SUPPORT"]),
    ("Peru described the talks with Chile as productive.", ["SUPPORT"]),
    ("Ghana's president called the agreement with Togo a first step.", []),  # a step may go either way
])
def test_frames_naming_with_a_judgement_is_a_stance(text, kind):
    assert sorted(kinds(text)) == kind


@pytest.mark.parametrize("text, kind", [
    ('Chile denied the report and called the sanctions "harsh and unjustified".', ["ACCUSE", "REJECT"]),
    ("Ghana's foreign minister called the smuggling charges against its envoy absurd.", ["REJECT"]),
    ("Peru's trade minister called Bolivia's allegations a fabrication.", ["REJECT"]),
    ("Peru's trade minister called the tariffs on Peruvian copper a disgrace.", ["ACCUSE"]),
])
def test_frames_a_conjoined_judgement_counts_and_damning_a_charge_rejects_it(text, kind):
    assert sorted(kinds(text)) == kind


@pytest.mark.parametrize("text, kind", [
    ("Kenya's foreign ministry said it was deeply concerned by the arrests of Ugandan opposition leaders.",
     ("ACCUSE", ["KEN"], ["UGA"])),
    ("Germany was pleased with the outcome of its talks with Poland.", ("SUPPORT", ["DEU"], ["POL"])),
    ("Ghana's president was in Accra on Monday.", None),
    # the parser takes the feeling for a passive verb, "was" its auxiliary
    ("Japan said on Monday it was concerned by Russia's actions.", ("ACCUSE", ["JPN"], ["RUS"])),
    ("Chile said on Monday it was \"deeply concerned\" by Peru's actions.", ("ACCUSE", ["CHL"], ["PER"])),
])
def test_frames_a_feeling_about_something_is_a_stance(text, kind):
    stances = [e for e in found(text) if e[0] in {"ACCUSE", "SUPPORT"}]
    assert stances == ([kind] if kind else [])


@pytest.mark.parametrize("text, event", [
    ("A Vietnamese coast guard cutter rammed a Chinese trawler near the Paracels on Monday.", ("ASSAULT", ["VNM"], ["CHN"])),
    ("Ecuador and Peru initialled a border agreement in Lima on Monday.", ("AGREE", ["ECU", "PER"], [])),
    ("Negotiators from Chile and Bolivia finalised the text of the water accord on Monday.", ("AGREE", ["BOL", "CHL"], [])),
    ("Norwegian envoys shuttled between the Colombian and Venezuelan delegations on Monday.",
     ("CONSULT", ["NOR"], ["COL", "VEN"])),
    ("Namibia said it had full confidence in the Botswanan electoral commission.", ("SUPPORT", ["NAM"], ["BWA"])),
    ("Kenya and Ghana raised their ties to a strategic partnership on Monday.", ("SUPPORT", ["GHA", "KEN"], [])),
    ("Thousands of Chileans banged pots and pans in Santiago on Monday.", ("PROTEST", ["CHL"], ["CHL"])),
    ("Britain added four Iranian officials to its sanctions list on Monday.", ("SANCTION", ["GBR"], ["IRN"])),
    ("The United States added six Chinese chipmakers to its entity list on Monday.", ("SANCTION", ["USA"], ["CHN"])),
    ("Russian hackers knocked dozens of Finnish government websites offline on Monday.", ("COERCE", ["RUS"], ["FIN"])),
    ("Iranian hackers broke into Albanian government servers on Monday.", ("COERCE", ["IRN"], ["ALB"])),
    ("Belarusian border guards handed back two Lithuanian fishermen on Monday.", ("RETREAT", ["BLR"], ["LTU"])),
])
def test_frames_lexicon_names_acts_news_writes_in_many_ways(text, event):
    assert event in found(text)


@pytest.mark.parametrize("text", [
    "The villagers rammed a cart into the gate of the farm on Monday.",
    "The minister added two paragraphs to the list of demands on Monday.",
    "Burglars broke into a shop in Lima on Monday.",
    "The clerk handed back the forms to the applicants on Monday.",
])
def test_frames_lexicon_look_alikes_of_new_triggers_name_no_event(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Police baton-charged the marchers outside the parliament in Accra on Monday.",
    "Riot police used a baton charge against the marchers in Accra on Monday.",
])
def test_frames_a_baton_charge_is_an_assault_not_a_legal_charge(text):
    assert kinds(text) == ["ASSAULT"]


def test_frames_stopping_the_pumping_of_gas_to_a_state_is_a_sanction():
    assert ("SANCTION", ["KAZ"], ["KGZ"]) in found("Kazakhstan stopped pumping gas to Kyrgyzstan on Tuesday.")


def test_frames_signing_an_extension_is_an_agreement():
    assert "AGREE" in kinds("Fiji's prime minister signed the extension of the policing pact in Canberra on Friday.")


@pytest.mark.parametrize("text, kind", [
    ("Farmers' unions warned on Monday that the levy would hurt growers across Ghana.", []),
    ("Charities warned on Monday that the withdrawal could leave refugees in Chad without food.", []),
    ("Serbia warned on Monday that Croatia would face a firm response.", ["THREATEN"]),
])
def test_frames_a_warning_of_what_a_measure_will_do_is_no_threat(text, kind):
    assert kinds(text) == kind


@pytest.mark.parametrize("text, expected", [
    ("Peru gave assurances to Bolivia that its troops would stay away from the border.", ("AGREE", ["PER"], ["BOL"])),
    ("Bolivia received guarantees from Peru that the pipeline would stay open.", ("AGREE", ["PER"], ["BOL"])),
])
def test_frames_assurances_given_or_received_are_an_agreement_by_the_giver(text, expected):
    assert expected in found(text)


def test_frames_continuing_a_hunger_strike_is_a_protest():
    assert "PROTEST" in kinds("Jailed activists continued their hunger strike on Sunday.")


@pytest.mark.parametrize("text, kind", [
    ("Algeria ended its mediation efforts between Mali and the rebels on Friday.", "SANCTION"),
    ("Oman suspended its mediation bid between Yemen and Saudi Arabia on Monday.", "SANCTION"),
])
def test_frames_ending_mediation_efforts_is_ending_the_mediation(text, kind):
    assert kinds(text)[:1] == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Greek and Cypriot warships launched five days of war games in the Aegean on Monday.", "COOPERATE"),
    ("Turkish warships launched war games in the Aegean on Monday.", "MOBILIZE"),
])
def test_frames_war_games_of_two_named_sides_are_joint(text, kind):
    assert kind in kinds(text) and ({"COOPERATE", "MOBILIZE"} - {kind}).isdisjoint(kinds(text))


@pytest.mark.parametrize("text", [
    "Iranian and Iraqi negotiators returned to Geneva on Monday for talks on the border.",
    "The Chilean delegation travelled to Lima on Tuesday for negotiations on fishing rights.",
])
def test_frames_travelling_for_talks_is_a_consultation(text):
    assert "CONSULT" in kinds(text)


@pytest.mark.parametrize("text", [
    "The army reduced the curfew in Gao on Monday.",
    "The junta cut the nightly curfew in Mandalay by two hours on Monday.",
    "The junta scaled back the curfew in Mandalay on Monday.",
])
def test_frames_a_shorter_curfew_is_a_concession_not_a_curfew(text):
    assert kinds(text) == ["CONCEDE"]


@pytest.mark.parametrize("text, kind", [
    ("Canada denied entry to officials of the Belarusian government on Monday.", "SANCTION"),
    ("Canada denied entry to a Belarusian cargo ship on Monday.", "REJECT"),
])
def test_frames_entry_denied_to_a_regimes_people_is_a_sanction(text, kind):
    assert kind in kinds(text)


def test_frames_giving_a_sum_of_money_is_aid():
    text = "The World Bank gave Chad and Niger 40 million dollars on Monday to build clinics."
    assert ("AID", ["WB"], ["NER", "TCD"]) in found(text)


def test_frames_providing_intelligence_to_a_state_is_military_aid():
    text = "Britain is providing satellite images and other military intelligence to Kenya, officials said on Monday."
    assert ("AID", ["GBR"], ["KEN"]) in found(text)


def test_frames_sending_a_minister_to_a_capital_is_a_visit():
    text = "Senegal sent its interior minister to Bamako on Tuesday after gunmen attacked a bus convoy."
    assert ("CONSULT", ["SEN"], ["MLI"]) in found(text)


@pytest.mark.parametrize("text, actor", [
    ("The Chilean army raised its combat readiness on Monday.", ["CHL"]),
    ("Peru's president said he had ordered the army to raise its combat readiness.", ["PER"]),
])
def test_frames_raising_readiness_is_mobilising_even_when_ordered(text, actor):
    events = found(text)
    assert [e[:2] for e in events] == [("MOBILIZE", actor)]


def test_frames_delivering_military_hardware_to_an_army_is_aid():
    text = "France delivered three radar systems to the Senegalese army in April."
    assert ("AID", ["FRA"], ["SEN"]) in found(text)


def test_frames_blocking_a_dock_is_a_protest():
    assert kinds("Angry fishermen blocked the main dock in Mombasa on Monday morning.") == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Greek police sent about 200 of the villagers back across the river to Turkey on Monday.",
    "Italy returned about 300 of the adults to Libya on Friday, the interior minister said.",
])
def test_frames_sending_people_back_across_a_border_is_a_deportation(text):
    assert "COERCE" in kinds(text)


def test_frames_suspending_ones_part_in_a_dialogue_is_a_withdrawal():
    text = "Armenia announced on Monday that it was suspending its participation in the EU-led dialogue with Azerbaijan."
    assert ("SANCTION", ["ARM"], ["AZE"]) in found(text)
    assert one(text, "SANCTION").mode == "withdraw"


def test_frames_marching_in_support_of_a_decision_is_only_a_march():
    text = "In Bamako, several thousand people marched on Friday in support of the junta's decision."
    assert kinds(text) == ["PROTEST"]


@pytest.mark.parametrize("text, kind", [
    ("Chile's education ministry suspended the planned merger of two rural colleges on Monday.", ["CONCEDE"]),
    ("The housing ministry suspended demolitions in the two districts on Monday.", ["CONCEDE"]),
    ("Peru suspended imports of Chilean poultry on Monday.", ["SANCTION"]),
])
def test_frames_suspending_ones_own_plan_is_a_concession(text, kind):
    assert kinds(text) == kind


def test_frames_understanding_anothers_concerns_is_support():
    assert ("SUPPORT", ["AUT"], ["CZE"]) in found(
        "Austria's chancellor said on Monday he understood Prague's concerns.")


def test_frames_regretting_anothers_veto_is_disapproval():
    assert ("ACCUSE", ["NOR"], []) in found("Norway's foreign minister said on Monday she regretted the veto.")


def test_frames_forces_flown_in_are_a_deployment_but_flown_casualties_are_not():
    assert kinds("Chile flew 200 extra police officers to Arica on Monday.") == ["MOBILIZE"]
    assert kinds("Forty Kenyan soldiers were flown into Lodwar on Monday.") == ["MOBILIZE"]
    assert kinds("The wounded Kenyan soldiers were flown to Nairobi on Monday.") == []


def test_frames_sending_helicopters_to_a_disaster_is_aid():
    assert ("AID", ["NZL"], ["FJI"]) in found("New Zealand sent three helicopters to Fiji on Monday after the cyclone.")
    assert kinds("Chile sent four attack helicopters to its northern border on Monday.") == ["MOBILIZE"]


def test_frames_expelling_hundreds_of_migrants_is_a_deportation():
    assert kinds("Mauritania expelled hundreds of migrants to the desert on Monday.") == ["COERCE"]


def test_frames_closing_border_checkpoints_is_a_sanction():
    assert ("SANCTION", ["LVA"], []) in found("Latvia's government closed two checkpoints on Monday.")


def test_frames_signing_a_partnership_is_an_agreement():
    assert found("Finland signed an energy partnership with Estonia on Monday.") == [("AGREE", ["FIN"], ["EST"])]


@pytest.mark.parametrize("text", [
    "Mali took back 60 migrants from Algeria on Monday.",
    "Senegal took back 35 of its nationals from Mauritania on Tuesday.",
])
def test_frames_taking_back_ones_people_is_a_repatriation(text):
    assert kinds(text) == ["RETREAT"]


def test_frames_refusing_to_take_back_migrants_is_a_rejection():
    assert kinds("Morocco said on Monday it would not take back the migrants.") == ["REJECT"]


def test_frames_retaking_a_town_is_no_repatriation():
    assert "RETREAT" not in kinds("Malian troops took back the town of Gao on Monday.")


@pytest.mark.parametrize("text, recipient", [
    ("Canada advised its citizens against travel to Burundi on Friday.", ["BDI"]),
    ("Germany warned against all travel to Niger on Monday.", ["NER"]),
    ("Japan issued a travel warning for Haiti on Tuesday.", ["HTI"]),
])
def test_frames_travel_warnings_are_sanctions_on_the_country(text, recipient):
    event = one(text)
    assert (event.event, codes(event.recipient)) == ("SANCTION", recipient)


def test_frames_warning_against_an_attack_stays_a_threat():
    assert kinds("Canada warned Burundi against any attack on its embassy.") == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "Ukraine halted selling grain to Poland on Monday.",
    "Chile stopped exporting copper to Japan on Monday.",
])
def test_frames_stopping_sales_or_exports_to_a_state_is_a_trade_cut(text):
    assert kinds(text) == ["SANCTION"]
    e = one(text, "SANCTION")
    assert codes(e.actor) and codes(e.recipient)


@pytest.mark.parametrize("text", [
    "Police used batons to stop the protesters at the main square in Nairobi on Monday.",
    "Kenyan police used pepper spray on Ugandan traders in Busia on Monday.",
])
def test_frames_batons_and_pepper_spray_used_are_crowd_control_assaults(text):
    assert "ASSAULT" in kinds(text) and "COERCE" not in kinds(text)


@pytest.mark.parametrize("text, kind", [
    ("The signing of the treaty by Ghana and Togo took place in Accra on Monday.", "AGREE"),
    ("The resumption of border trade between Ghana and Togo was welcomed in Lome on Monday.", "COOPERATE"),
])
def test_frames_a_signing_and_a_resumption_of_trade_told_as_nouns(text, kind):
    assert (kind, ["GHA", "TGO"], []) in found(text)


def test_frames_water_releases_ordered_from_a_dam_give_ground():
    text = "Ghana said on Monday that the government had ordered additional releases from the Akosombo dam."
    assert kinds(text) == ["CONCEDE"]


def test_frames_a_craft_boarded_by_officers_is_seized_by_the_officers_state():
    assert [(e[0], e[1]) for e in found("The Sea Star was boarded by Togolese coast guard officers on Monday.")] \
        == [("COERCE", ["TGO"])]


def test_frames_officers_boarding_a_flight_seize_nothing():
    assert kinds("Togolese officers boarded the flight to Accra on Monday.") == []


@pytest.mark.parametrize("text, kind", [
    ("Brazil's state oil company shipped about 250,000 barrels to Haiti in May.", "AID"),
    ("The Moldovan contractor said it had pulled its 25 engineers off the dam site.", "SANCTION"),
    ("The Tanzanian port authority suspended maintenance work on the Zambian pipeline on Monday.", "SANCTION"),
    ("Ankara regretted the death of the Syrian trader on Tuesday.", "CONCEDE"),
    ("The refugees were handed over to the Libyan coast guard on Sunday.", "COOPERATE"),
])
def test_frames_shipments_pullouts_stoppages_regrets_and_handovers_of_people(text, kind):
    assert kind in kinds(text)



@pytest.mark.parametrize("text, kind", [
    ("The Turkish research vessel turned back in the afternoon.", ["RETREAT"]),
    ("The bill would turn back the clock on Turkish reforms.", []),
])
def test_frames_a_side_turning_back_retreats_but_turning_back_a_thing_is_no_event(text, kind):
    assert kinds(text) == kind


@pytest.mark.parametrize("text, event", [
    # regretting a harm one's own side did concedes it; regretting another's decision disapproves of it
    ("Kenya regretted the damage to the Ugandan police post.", ("CONCEDE", ["KEN"], ["UGA"])),
    ("Norway regretted the outcome of the Hungarian vote on Monday.", ("ACCUSE", ["NOR"], ["HUN"])),
    ("Sweden said it regretted the Turkish court's verdict.", ("ACCUSE", ["SWE"], ["TUR"])),
])
def test_frames_regret_concedes_a_harm_and_disapproves_a_decision(text, event):
    assert found(text) == [event]


@pytest.mark.parametrize("text, event", [
    ("Indian troops returned fire at Pakistani positions on Monday.", ("ASSAULT", ["IND"], ["PAK"])),
    # a licence suspended stands as a sanction even when its holder is not named in the sentence
    ("Venezuela's oil ministry said on Friday it was suspending the licence for the offshore field.",
     ("SANCTION", ["VEN"], [])),
    ("Polish customs officers stopped letting Ukrainian trucks through on Monday.", ("SANCTION", ["POL"], ["UKR"])),
    ("Latvian border guards stopped waving through Russian lorries on Monday.", ("SANCTION", ["LVA"], ["RUS"])),
])
def test_frames_returned_fire_suspended_licences_and_goods_stopped(text, event):
    assert event in found(text)


@pytest.mark.parametrize("text, kind", [
    ("Italy flew 60 Tunisian migrants back to Tunis on Friday.", ["COERCE"]),
    ("Spain flew 30 Moroccan refugees back to Rabat on Monday.", ["COERCE"]),
])
def test_frames_flying_migrants_back_is_a_deportation(text, kind):
    assert kinds(text) == kind


def test_frames_handing_people_over_to_another_states_authorities_is_cooperation():
    assert kinds("The Chilean navy handed over 20 people to Peruvian authorities on Monday.") == ["COOPERATE"]


@pytest.mark.parametrize("text", [
    "Kenya posted extra soldiers along the Somali border on Friday.",
    "Armenia said it had posted more police patrols along the frontier on Sunday.",
])
def test_frames_posting_forces_along_a_line_is_a_mobilization(text):
    assert kinds(text) == ["MOBILIZE"]


def test_frames_contacting_the_other_side_is_a_consultation():
    assert ("CONSULT", ["MDA"], ["ROU"]) in found("Moldova contacted Romania through a hotline on Saturday.")


def test_frames_receiving_a_complaint_from_a_state_is_its_accusation():
    assert found("The trade bloc said it had received a complaint from Belarus in May.") == [("ACCUSE", ["BLR"], [])]


def test_frames_approving_foreign_companies_to_export_is_trade_cooperation():
    assert found("Russia approved three Turkish companies to supply tomatoes.") == [("COOPERATE", ["RUS"], ["TUR"])]


@pytest.mark.parametrize("verb", ["return", "hand back"])
@pytest.mark.parametrize("noun", ["boat", "vessel", "trawler", "craft", "ship"])
def test_frames_returned_and_handed_back_boats_are_one_release_of_property(verb, noun):
    words = (*verb.split(), noun)
    row = next(t for t in lexicon().verbs[words[0]] if t.words == words)
    assert (row.type, row.mode, row.cameo) == ("RETREAT", "release", "0842")


@pytest.mark.parametrize("text", [
    "Ghana defended on Monday its seizure of three Togolese fishing boats.",
    "Ghana's interior minister defended the raid on Togolese traders on Tuesday.",
])
def test_frames_defending_a_hostile_act_rejects_the_criticism(text):
    assert kinds(text) == ["REJECT"]


def test_frames_defending_an_agreement_stays_support():
    assert kinds("Ghana's prime minister defended the agreement with Togo on Monday.") == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "Chile's army said border units had been placed on heightened alert on Monday.",
    "Chile's army said there was no threat but that border units had been placed on higher readiness.",
])
def test_frames_units_placed_on_alert_unnamed_are_the_speakers_own(text):
    assert ("MOBILIZE", ["CHL"], []) in found(text)


def test_frames_named_units_placed_on_alert_keep_their_owner():
    assert [f[:2] for f in found("Peru's ministry said Bolivian units had been placed on high alert.")] \
        == [("MOBILIZE", ["BOL"])]


@pytest.mark.parametrize("text", [
    "On Tuesday Peruvian border police began searching every truck coming from Chile.",
    "Peruvian police began checking travellers' papers at the Tacna crossing on Monday.",
])
def test_frames_searching_travellers_at_a_frontier_is_coercion(text):
    assert kinds(text) == ["COERCE"]


def test_frames_stepping_up_checks_is_a_sanction():
    assert kinds("Peru stepped up checks on Bolivian trucks at the Desaguadero crossing last week.") == ["SANCTION"]


def test_frames_reopening_a_path_to_the_other_side_restores_access():
    assert kinds("Armenia reopened the path to the disputed chapel to Azerbaijani herders on Friday.") == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "Peru's foreign minister raised the matter with his Chilean counterpart on Monday.",
    "Ghana's president raised the detentions with Togo's president by telephone on Monday.",
])
def test_frames_raising_a_matter_with_a_side_is_a_consultation(text):
    assert kinds(text) == ["CONSULT"]


def test_frames_raising_concerns_with_a_side_stays_an_accusation():
    assert kinds("Chile raised concerns with the Peruvian embassy on Monday.") == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Gabon sent two companies of its presidential guard battalion to the frontier on Monday.",
    "Peru sent three additional companies of army rangers to Tacna on Monday.",
    "Bolivia moved an infantry company from La Paz to the border on Monday.",
])
def test_frames_companies_of_troops_sent_are_a_mobilisation(text):
    assert kinds(text) == ["MOBILIZE"]


def test_frames_a_business_company_sent_a_letter_is_no_mobilisation():
    assert "MOBILIZE" not in kinds("Peru sent the mining company a letter on Monday.")


@pytest.mark.parametrize("text, kind", [
    ("Ghana's trade minister dismissed the finding on Monday.", "REJECT"),
    ("Japan handed Vietnam 50,000 doses of swine fever vaccine on Friday.", "AID"),
    ("The UN refugee agency began distributing maize to Malawian families on Monday.", "AID"),
    ("Togo closed its side of the crossing at Aflao on Friday.", "SANCTION"),
    ("On Monday Pakistan suspended crossings through the Torkham gate.", "SANCTION"),
    ("Uzbek customs began turning back Tajik lorries on Wednesday.", "SANCTION"),
    ("Armenia postponed a planned prisoner exchange with Azerbaijan on Friday.", "SANCTION"),
    ("Chile let the stranded Bolivian families cross the bridge on Sunday.", "RETREAT"),
    ("The Chilean driver was held under guard by Bolivian soldiers on Monday.", "COERCE"),
])
def test_frames_deeds_named_by_their_own_verb(text, kind):
    assert kind in kinds(text)


def test_frames_a_navy_shadowing_boats_is_a_mobilisation():
    assert ("MOBILIZE", ["ITA"], []) in found("An Italian navy corvette shadowed them from a distance on Monday.")


@pytest.mark.parametrize("text", [
    "Peru's defence minister said he had ordered three patrol vessels to the southern coast on Monday.",
    "Ghana's president ordered a company of soldiers to the northern border last week.",
])
def test_frames_ordering_vessels_or_soldiers_somewhere_is_mobilising(text):
    assert "MOBILIZE" in kinds(text)


@pytest.mark.parametrize("text", [
    "Greece suspended deportation flights to Pakistan on Tuesday.",
    "Tunisia halted the expulsions of Malian migrants on Friday.",
    "Morocco said on Monday it had stopped deporting Senegalese traders.",
])
def test_frames_lexicon_halting_a_coercive_practice_is_a_concession(text):
    assert "CONCEDE" in kinds(text)
    assert "SANCTION" not in kinds(text)


def test_frames_lexicon_flights_of_passengers_suspended_stay_a_sanction():
    assert kinds("Greece suspended passenger flights to Pakistan on Tuesday.") == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Polish customs officers stopped clearing lorries from Belarus at the Kukuryki crossing on Monday.",
    "Uzbek border officials halted processing Tajik-registered trucks at the crossing on Monday.",
])
def test_frames_lexicon_border_officials_no_longer_clearing_vehicles_is_a_sanction(text):
    assert "SANCTION" in kinds(text)


def test_frames_lexicon_vehicles_let_through_is_access_granted():
    assert ("RETREAT", ["POL"], ["BLR"]) in found("Poland let 80 Belarusian trucks through the crossing on Friday.")


@pytest.mark.parametrize("text", [
    "Ankara would respond in kind to any new tariffs, Turkey's trade ministry said on Monday.",
    "Minsk would respond in a proportionate manner to the expulsions, Belarus's foreign ministry said.",
])
def test_frames_lexicon_a_measured_reply_announced_is_a_threat(text):
    assert "THREATEN" in [e.event for e in extract(text, published=DAY)]


def test_frames_lexicon_regretting_injuries_is_a_concession():
    assert "CONCEDE" in kinds("Japan's embassy in Manila said it regrets the injuries suffered by Philippine sailors.")


def test_frames_lexicon_people_pulled_from_the_water_are_rescued():
    assert ("AID", ["ITA"], ["LBY"]) in found("Thirty Libyan migrants were pulled from the water by the Italian coast guard.")


def test_frames_lexicon_a_reception_centre_opened_is_aid():
    assert ("AID", ["UN"], ["SDN"]) in found(
        "The U.N. refugee agency opened a reception centre for Sudanese returnees at Renk on Monday.")


def test_frames_lexicon_a_boat_ordered_out_is_a_mobilization():
    text = "Samoa's prime minister ordered the country's only patrol boat to sail for the atoll on Monday."
    assert "MOBILIZE" in kinds(text)
    assert "REQUEST" not in kinds(text)


@pytest.mark.parametrize("text, expected", [
    ("Ghana formally protested to Togo on Wednesday over the explosion.", ("ACCUSE", ["GHA"], ["TGO"])),
    ("Togo halted the work in 2001 after protests from Ghana.", ("ACCUSE", ["GHA"], [])),
    ("Ghanaian farmers protested outside the Togolese embassy on Tuesday.", ("PROTEST", ["GHA"], ["TGO"])),
])
def test_frames_a_state_s_protest_is_an_accusation_a_crowd_s_a_protest(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text, kind", [
    ("Kenyan soldiers freed four hostages on Monday after a gunfight with their kidnappers.", "AID"),
    ("Ghana freed four Togolese sailors on Monday.", "RETREAT"),
    ("The Kachin Army has freed 20 of the 28 Chinese fishermen its fighters seized.", "RETREAT"),
])
def test_frames_captives_freed_by_soldiers_are_rescued_by_their_holders_released(text, kind):
    assert kinds(text)[0] == kind


def test_frames_lexicon_a_suspect_placed_in_custody_is_an_arrest():
    text = "The Peruvian suspect was flown to Lima, where he was placed in custody by Peruvian police."
    assert "COERCE" in kinds(text)


@pytest.mark.parametrize("text, expected", [
    ("Opposition parties in Minsk seized on the remarks.", []),
    ("Latvia seized two Belarusian lorries on Friday.", ["COERCE"]),
])
def test_frames_lexicon_seizing_on_words_is_an_idiom_no_capture(text, expected):
    assert kinds(text) == expected


def test_frames_lexicon_boats_sailing_in_a_flotilla_protest():
    assert ("PROTEST", ["IRL"], ["GBR"]) in found(
        "On Friday about 40 Irish trawlers sailed in a flotilla to the edge of the British zone.")


@pytest.mark.parametrize("text", [
    "Belarus shut the pipeline to Poland on Monday.",
    "Belarus closed the valves on the pipeline to Poland on Monday.",
])
def test_frames_lexicon_a_pipeline_shut_to_a_state_is_a_sanction(text):
    assert ("SANCTION", ["BLR"], ["POL"]) in found(text)


@pytest.mark.parametrize("text", [
    "Two Russian border guard boats sailed into Estonian territorial waters on Sunday.",
    "A Russian frigate entered Estonian territorial waters on Sunday.",
    "Two Russian drones flew into Estonian airspace on Sunday.",
])
def test_frames_lexicon_entering_territorial_waters_or_airspace_is_a_show_of_force(text):
    assert found(text) == [("MOBILIZE", ["RUS"], ["EST"])]


def test_frames_lexicon_an_act_named_as_the_kind_of_one_told_is_no_act_of_its_own():
    text = ("On Monday, two Russian border guard boats entered the river near Narva and stayed for about "
            "ten hours, the longest such incursion this year.")
    assert "ASSAULT" not in [e.event for e in events(text)]


def test_frames_lexicon_reviewing_exports_to_a_state_threatens_it():
    assert one("The minister said Belgrade could review its gas exports to Bosnia.", "THREATEN").recipient


def test_frames_lexicon_an_envoy_ordered_home_is_recalled():
    assert kinds("Peru ordered its ambassador home on Monday after the raid.") == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Uganda paid its arrears to Kenya on Tuesday.",
    "Uganda's finance ministry transferred the money owed to Kenya on Tuesday morning.",
])
def test_frames_lexicon_paying_what_a_state_owes_another_is_cooperation(text):
    assert kinds(text) == ["COOPERATE"]


@pytest.mark.parametrize("text, event", [
    ("Niger handed over a Malian rebel commander to Mali on Tuesday.", ("COOPERATE", ["NER"], ["MLI"])),
    ("Kenya handed over three Somali militants to Somalia on Tuesday.", ("COOPERATE", ["KEN"], ["SOM"])),
])
def test_frames_lexicon_an_outlaw_handed_to_a_state_is_security_cooperation(text, event):
    assert event in found(text)
    assert "RETREAT" not in kinds(text)


def test_frames_lexicon_recruitment_halted_for_a_state_withholds_cooperation():
    assert ("SANCTION", ["TON"], ["AUS"]) in found("Tonga suspended recruitment for Australia's farm labour scheme on Friday.")


def test_frames_lexicon_results_received_are_no_visit():
    assert "CONSULT" not in kinds("Jordan lifted the ban on Friday after receiving laboratory results from Amman.")


@pytest.mark.parametrize("text, expected", [
    ("Three Beninese traders were stopped by Nigerian customs officers at the Seme crossing on Friday.",
     ("COERCE", ["NGA"], ["BEN"])),
    ("Two Kenyan reporters were stopped by Ugandan police outside Kampala on Monday.", ("COERCE", ["UGA"], ["KEN"])),
])
def test_frames_people_stopped_by_police_or_guards_are_held_up(text, expected):
    assert expected in found(text)


def test_frames_police_stopping_their_own_work_is_no_hold_up():
    assert "COERCE" not in kinds("Ugandan police stopped working on Monday.")


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("A Kenyan army patrol came under fire from Somali militants on Tuesday.", "ASSAULT", ["SOM"], ["KEN"]),
    ("A Kenyan navy boat came under fire near the port on Tuesday.", "ASSAULT", [], ["KEN"]),
    ("The Kenyan minister came under fire from Somalia on Tuesday.", "ACCUSE", ["SOM"], ["KEN"]),
])
def test_frames_a_unit_coming_under_fire_is_shot_at_and_a_minister_criticised(text, kind, actor, recipient):
    assert found(text) == [(kind, actor, recipient)]


def test_frames_a_joint_measurement_is_work_done_together():
    text = "Engineers from Zambia and Zimbabwe carried out a joint measurement of the river's flow on Friday."
    assert found(text) == [("COOPERATE", ["ZMB", "ZWE"], [])]


def test_frames_a_state_office_named_by_its_state_protests_in_words():
    assert kinds("Chile's foreign ministry protested on Tuesday.") == ["ACCUSE"]
    assert kinds("The Peruvian defence ministry protested on Tuesday.") == ["ACCUSE"]
    assert kinds("Peruvian farmers protested on Tuesday.") == ["PROTEST"]


def test_frames_coming_under_attack_from_a_side_is_its_attack():
    assert ("ASSAULT", ["ETH"], ["ERI"]) in found("Eritrean soldiers came under attack from Ethiopian troops on Monday.")


@pytest.mark.parametrize("text", [
    "Senegalese patrols stopped two Gambian pirogues on Monday.",
    "The Turkish coast guard stopped a Greek trawler near Lesbos on Monday.",
])
def test_frames_stopping_a_boat_is_seizing_it(text):
    assert "COERCE" in kinds(text)


@pytest.mark.parametrize("text", [
    "Armenia returned 14 Azerbaijani civilians on Friday.",
    "Eritrea returned the Djiboutian soldiers on Friday.",
])
def test_frames_returning_held_people_is_a_release(text):
    assert "RETREAT" in kinds(text)


def test_frames_a_vow_to_respond_in_a_proportionate_way_is_a_threat():
    assert "THREATEN" in kinds("Finland said it would respond to Russia in a proportionate way.")


@pytest.mark.parametrize("text, kind", [
    ("Namibia's police ministry denied any ill-treatment of the migrants.", "REJECT"),
    ("Zambia called in Malawi's high commissioner on Monday.", "ACCUSE"),
    ("Zambia summoned Malawi's high commissioner on Monday.", "ACCUSE"),
])
def test_frames_denying_ill_treatment_and_calling_in_a_high_commissioner(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text, expected", [
    ("Ugandan soldiers laid mines near the Kenyan border post on Monday.", ("ASSAULT", ["UGA"], ["KEN"])),
    ("Kenya and Somalia began a joint registration of refugees on Tuesday.", ("COOPERATE", ["KEN", "SOM"], ["KEN"])),
    ("Kenyan police turned back the head of Uganda's trade office at the Busia crossing on Monday.",
     ("REJECT", ["KEN"], ["UGA"])),
    ("Ghana pulled out of a bilateral security meeting with Togo on Monday.", ("SANCTION", ["GHA"], ["TGO"])),
    ("Kenya stopped all its trucks from leaving for Uganda on Monday.", ("SANCTION", ["KEN"], ["UGA"])),
    ("Ghana stopped rail shipments of Togolese cement bound for Burkina Faso on Monday.", ("SANCTION", ["GHA"], ["TGO"])),
    ("Iran said French consular officials were allowed to visit the detained man on Monday.", ("RETREAT", [], ["FRA"])),
    ("Kenya's foreign minister said he had briefed allies at NATO headquarters on Tuesday.", ("CONSULT", ["KEN"], ["NATO"])),
    ("Ghana withdrew its claim on Monday that Togolese troops had crossed the border.", ("CONCEDE", ["GHA"], ["TGO"])),
    ("Uganda's energy minister said Kenya's decision was unjust on Monday.", ("ACCUSE", ["UGA"], ["KEN"])),
])
def test_frames_lexicon_mines_registration_turning_back_pulling_out_briefing_and_retracting(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "About 300 people blocked the pedestrian lanes of the Busia border crossing for three hours on Monday.",
    "Crowds blocked two lanes of the highway into Kampala on Monday.",
])
def test_frames_lexicon_blocking_lanes_is_a_protest(text):
    assert "PROTEST" in kinds(text) and "COERCE" not in kinds(text)


def test_frames_lexicon_a_vow_to_retake_land_threatens():
    assert "THREATEN" in kinds("Azerbaijan vowed on Monday to retake the Armenian-held villages.")


def test_frames_lexicon_a_commission_session_is_consultation():
    text = "The accord was signed at the close of a two-day session of the Kenya-Uganda Joint Commission on Monday."
    assert "CONSULT" in kinds(text)


def test_frames_lexicon_a_move_called_arbitrary_is_an_accusation():
    assert kinds('Uganda\'s energy minister called the decision "arbitrary" on Monday.') == ["ACCUSE"]


def test_frames_lexicon_revoking_export_approvals_is_a_sanction():
    text = "Kenya's energy regulator revoked the export approvals of four Ugandan power plants on Monday."
    assert ("SANCTION", ["KEN"], ["UGA"]) in found(text)


@pytest.mark.parametrize("text", [
    "The clash recalled the explosion that damaged the Ugandan pipeline in 2023.",
    "A Kenyan navy ship was not sent to Ugandan waters on Monday, despite calls from lawmakers.",
])
def test_frames_lexicon_an_incident_recalled_and_calls_from_lawmakers_are_no_events(text):
    assert not {"SANCTION", "CONSULT"} & set(kinds(text))


def test_frames_lexicon_boats_anchored_across_a_channel_protest():
    assert "PROTEST" in kinds("About 40 Kenyan fishing boats anchored across the channel on Saturday, halting ship traffic.")


def test_frames_lexicon_a_policy_called_ethnic_cleansing_is_an_accusation():
    assert "ACCUSE" in kinds('Kenya\'s foreign ministry called the deportations "a policy of ethnic cleansing" on Monday.')


def test_frames_lexicon_a_human_chain_is_a_demonstration():
    text = "Thousands of Hungarians formed a human chain along the dry riverbed near the Slovak border on Sunday."
    assert ("PROTEST", ["HUN"], ["SVK"]) in found(text)


@pytest.mark.parametrize("text, expected", [
    ("Around 30 fishing boats from the Kenyan port of Lamu sailed to the maritime border with Somalia in protest on Monday.",
     ("PROTEST", ["KEN"], ["SOM"])),
    ("About 200 people rallied outside the French embassy in Ottawa on Wednesday evening in support of the crew.",
     ("PROTEST", ["CAN"], ["FRA"])),
])
def test_frames_lexicon_a_move_in_protest_or_a_rally_in_support_is_a_demonstration(text, expected):
    assert found(text) == [expected]


def test_frames_lexicon_support_rallied_for_a_resolution_is_no_demonstration():
    assert kinds("Canada rallied support for the resolution among its allies on Wednesday.") == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "The Russian spokeswoman said Moscow would respond to the expulsion \"in the near future\".",
    "Russia's foreign ministry said Moscow would respond to Chisinau's decision \"in due course\".",
])
def test_frames_lexicon_a_response_promised_in_due_course_threatens(text):
    assert "THREATEN" in kinds(text)


@pytest.mark.parametrize("text", [
    "Norwegian officials allowed the Latvian trawler and its crew to leave port on Friday.",
    "The second Kenyan boat was allowed to return to Lamu on Friday.",
])
def test_frames_lexicon_held_people_or_craft_allowed_to_leave_are_let_go(text):
    assert kinds(text) == ["RETREAT"]


def test_frames_signing_a_grant_is_aid():
    assert ("AID", ["JPN"], ["TON"]) in found("Japan signed a 10-million-dollar grant for Tonga on Monday.")


def test_frames_a_state_office_protesting_in_an_after_clause_protests_in_words():
    found = kinds("The deal came days after Chile's foreign ministry protested the detention of 14 Chilean drivers.")
    assert "ACCUSE" in found and "PROTEST" not in found


@pytest.mark.parametrize("text, kind", [
    ("Ghana shut its two border crossings with Togo on Monday.", "SANCTION"),
    ("Iran shut its airspace to Azerbaijani flights on Monday.", "COERCE"),
])
def test_frames_lexicon_a_crossing_shut_is_closed(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Moscow said it would respond symmetrically to the expulsion.", "THREATEN"),
    ("Minsk said it knew nothing about the balloons.", "REJECT"),
])
def test_frames_lexicon_a_symmetric_reply_threatens_and_knowing_nothing_denies(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text", [
    "Nairobi said Kampala owed it 30 million dollars, a claim Uganda disputed.",
    "Kenya accused Uganda of arming the rebels, an allegation Kampala disputed.",
])
def test_frames_lexicon_a_claim_refused_in_a_clause_on_it_is_rejected(text):
    assert "REJECT" in kinds(text)


@pytest.mark.parametrize("text, kind", [
    ('Kenya\'s trade ministry called the ruling "a step in the right direction".', ["SUPPORT"]),
    ("Kenya's trade ministry called the new levy a step in the wrong direction.", ["ACCUSE"]),
])
def test_frames_lexicon_a_step_is_judged_by_the_way_it_goes(text, kind):
    assert kinds(text) == kind


@pytest.mark.parametrize("text", [
    "Peru's foreign minister described the detention of the farmers as an abduction on Monday.",
    "A Chinese embassy spokesman described the arrest near Osaka as \"spy mania\" on Monday.",
])
def test_frames_lexicon_naming_an_act_an_abduction_or_a_mania_accuses(text):
    assert "ACCUSE" in kinds(text)
