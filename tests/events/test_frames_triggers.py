"""Missed triggers and wrong types: light-verb and synonym rows (checks tightened, bans on goods,
hand-overs of data, seizures at gunpoint, placards held up, warships ordered out, visas suspended)
and judgements told by an adjective after the object ("called the ban unscientific"); no-comments
that are no rejection, words in a phrase of time that are not the verb's object, suspended treaties
and correspondents, the custody a party is taken into, declining to say, a way opened to talks,
pressing on and granting a request; readmissions, goods handed over, joint patrols carried out, stones
thrown in protest, acts done in protest (no protest ended), standing behind a party, guns fired at sea with no target, vessels stopped, goods listed in planes sent, verdicts on another's act, ties under review, legal challenges, amounts announced,
flights of nobody named and envoys declared
persona non grata after an apposition; prepositions that are no particle ("handed a note to X over"), guards
and patrol boats sent, patrols that act and resources that support; "of" phrases hung past a time or place
("the resumption on Monday of trade"), ordinary people arriving and warnings of what a dam could do; readiness to act for a party (an offer) and
operations halted that drove people out; documents sent to a state, permits no longer issued, measures lifted,
tyres set on fire and lorries or containers returned; criminal cases opened, explanations sought, grenades
dropped, held goods cleared, joint patrols proposed and opening hours of a crossing cut
(hand-written sentences)."""
import pytest
from helpers import found, kinds

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, event", [
    ("Norway's fisheries minister called Moscow's decision unscientific on Monday.",
     ("ACCUSE", ["NOR"], ["RUS"])),
    ("Chile's trade minister on Monday called the Peruvian levy unscientific and deeply regrettable.",
     ("ACCUSE", ["CHL"], ["PER"])),
])
def test_frames_an_adjective_after_the_object_of_call_is_a_judgement(text, event):
    assert event in found(text)


@pytest.mark.parametrize("text, event", [
    ("Russia tightened checks on grain imports from Kazakhstan on Monday.", ("SANCTION", ["RUS"], ["KAZ"])),
    ("Taiwan followed on Tuesday with a ban on products from four Japanese prefectures.",
     ("SANCTION", ["TWN"], ["JPN"])),
])
def test_frames_tighter_checks_and_bans_on_goods_are_sanctions(text, event):
    assert event in found(text)
    assert "COERCE" not in kinds(text)


def test_frames_handing_over_data_is_cooperation_not_a_release():
    assert found("Chile handed over the seismic readings to Argentina on Monday.") == [
        ("COOPERATE", ["CHL"], ["ARG"])]
    assert kinds("Chile handed over two detained Argentine fishermen on Monday.") == ["RETREAT"]


def test_frames_people_seized_at_gunpoint_are_abducted():
    assert kinds("Two Chinese engineers were seized at gunpoint in Niger on Monday.") == ["ASSAULT"]
    assert kinds("Nigeria's navy seized a Togolese tanker on Monday.") == ["COERCE"]


def test_frames_holding_up_placards_is_a_protest():
    assert kinds("About 300 opposition supporters held up placards outside Bangladesh's parliament on Monday.") == [
        "PROTEST"]


def test_frames_ordering_a_warship_out_is_a_mobilization():
    text = "Greece ordered the frigate Hydra to sail for the area on Monday after the Turkish survey ship arrived."
    assert "MOBILIZE" in kinds(text)
    assert "REQUEST" not in kinds(text)


def test_frames_suspending_visas_is_a_sanction():
    assert "SANCTION" in kinds("The United States suspended the issuance of visas to Guatemalans on Monday.")


@pytest.mark.parametrize("text, event", [
    ("Sudanese army convoys moved toward the Chadian border on Friday.", ("MOBILIZE", ["SDN"], ["TCD"])),
    ("Azerbaijani tank columns advanced into the Armenian province on Friday.", ("MOBILIZE", ["AZE"], ["ARM"])),
])
def test_forces_moving_toward_somewhere_are_mobilized(text, event):
    assert event in found(text)


def test_troops_moving_without_a_direction_are_no_mobilization():
    assert "MOBILIZE" not in kinds("Sudanese troops moved on Friday after the rains ended.")


@pytest.mark.parametrize("text, event", [
    ("Uruguay's trade ministry stopped approving new beef sales on Friday.", ("SANCTION", ["URY"], [])),
    ("Ghana's port authority halted loading cocoa shipments on Friday.", ("SANCTION", ["GHA"], [])),
])
def test_object_of_a_gerund_after_stopping_is_what_is_stopped(text, event):
    assert event in found(text)


@pytest.mark.parametrize("text", [
    "A Latvian coast guard cutter was ordered to leave the area by a Russian frigate on Friday.",
    "Russia ordered the Latvian fishing boat to leave the zone on Friday.",
    "The coast guard radioed the Russian survey vessel and ordered it to leave immediately.",
])
def test_a_vessel_ordered_out_is_coerced_not_expelled(text):
    assert "COERCE" in kinds(text) and "SANCTION" not in kinds(text)


def test_diplomats_ordered_out_are_still_expelled():
    assert "SANCTION" in kinds("Latvia ordered two Russian diplomats to leave the country on Friday.")


def test_a_squadron_moved_to_a_region_is_mobilized():
    events = found("Bolivia said on Friday it had moved a cavalry squadron to the Beni region.")
    assert any(kind == "MOBILIZE" and actor == ["BOL"] for kind, actor, _ in events)


@pytest.mark.parametrize("text", [
    "Chile's embassy declined to comment on Peru's arrest of the fishermen.",
    "The Bolivian foreign ministry refused to confirm the report on Tuesday.",
    "Chile's defence minister refused to elaborate on the Peruvian claims.",
    "The Ecuadorean embassy rejected requests for comment on the detentions.",
])
def test_declining_to_comment_is_no_rejection(text):
    assert kinds(text) == []


def test_declining_an_invitation_is_still_a_rejection():
    assert "REJECT" in kinds("Bolivia declined an invitation to the Lima summit on Monday.")


def test_a_word_in_a_phrase_of_time_is_not_the_verbs_object():
    events = found("Egypt suspended flights to Sinai on Monday after an attack on a police convoy.")
    assert "RETREAT" not in [e[0] for e in events]
    assert not any(e[0] == "ASSAULT" and e[1] == ["EGY"] for e in events)


@pytest.mark.parametrize("text, event", [
    ("Uzbekistan suspended its participation in the regional water treaty on Monday.", ("SANCTION", ["UZB"], [])),
    ("Ghana suspended the transit deal with Togo on Monday.", ("SANCTION", ["GHA"], ["TGO"])),
])
def test_suspending_a_treaty_is_a_sanction(text, event):
    assert event in found(text)


def test_the_custody_a_party_is_taken_into_is_no_party():
    assert ("COERCE", ["KEN"], ["SOM"]) in found("Nine Somali fishermen were taken into custody by Kenyan police on Monday.")


def test_suspending_a_correspondent_is_censorship():
    assert kinds("Malian authorities on Monday suspended the local correspondent of a French radio station.") == ["COERCE"]


@pytest.mark.parametrize("text", [
    "The Peruvian foreign ministry declined to say more about the detained fishermen.",
    "Bolivia's interior minister refused to say whether the border post would reopen.",
])
def test_declining_to_say_is_no_rejection(text):
    assert kinds(text) == []


def test_a_refusal_is_not_to_say_what_a_participle_beside_it_says():
    events = found("Bolivia refused to accept the Chilean offer on Monday, saying it came too late.")
    assert any(kind == "REJECT" and actor == ["BOL"] for kind, actor, _ in events)


def test_a_noun_past_the_way_a_verb_opens_is_not_its_object():
    assert kinds("Ecuador's vote on Sunday opened the way to membership talks with the Andean bloc.") == []


def test_talks_a_way_opens_onto_are_not_yet_held():
    assert kinds("Pushed by Chile, the ruling opened the door to talks with Bolivia on Monday.") == []


@pytest.mark.parametrize("text", [
    "Ecuador pressed on with its plan to expel Colombian workers on Monday.",
    "Peru pushed ahead with its new fishing quotas on Tuesday.",
])
def test_pressing_on_is_no_request(text):
    assert "REQUEST" not in kinds(text)


def test_pressing_a_party_on_something_is_still_a_request():
    assert "REQUEST" in kinds("Chile pressed Bolivia on its gas exports to Argentina on Monday.")


def test_granting_a_request_is_a_concession():
    assert ("CONCEDE", ["PER"], ["ECU"]) in found("Peru granted Ecuador's request for consular access on Friday.")


def test_people_flown_somewhere_by_a_party_are_no_visit():
    assert "CONSULT" not in kinds("Peruvian air force officers flew the freed sailors to Lima on Friday.")


def test_a_similar_call_is_a_request():
    assert "REQUEST" in kinds("Ecuador's foreign ministry made a similar call on Tuesday.")


def test_paying_another_country_s_salaries_or_pensions_is_aid():
    assert [k for k, actor, _ in found("Poland paid the salaries of teachers in Lithuania on Monday.")
            if actor == ["POL"]] == ["AID"]


def test_paying_pensions_told_as_what_an_office_does_is_no_event():
    assert "AID" not in kinds("Police said the Serbian offices, which register cars and pay pensions, were shut on Monday.")


@pytest.mark.parametrize("text, assault", [
    ("The detained fishermen were taken to the town of Rivas on Monday.", False),
    ("Rebels took the town of Kalehe on Monday.", True),
    ("The town of Kalehe was taken by Rwandan troops on Monday.", True),
])
def test_taking_a_town_is_an_assault_only_when_the_town_is_taken(text, assault):
    assert ("ASSAULT" in kinds(text)) == assault


def test_taking_a_party_to_court_still_matches_its_preposition():
    assert "ACCUSE" in kinds("Chile took Bolivia to court over the Silala waters on Monday.")


def test_border_guards_holding_trucks_is_coercion():
    assert ("COERCE", ["POL"], ["BLR"]) in found(
        "Polish border guards held about 300 Belarusian trucks at the Terespol crossing on Monday.")


def test_a_slow_drive_through_a_city_is_a_protest():
    assert "PROTEST" in kinds("Hundreds of Latvian farmers drove their tractors slowly through central Riga on Monday.") \
        and "PROTEST" in kinds("Several hundred Estonian truckers drove slowly through central Tallinn on Monday.")


def test_a_dispute_referred_jointly_to_a_court_is_an_agreement():
    assert "AGREE" in kinds("Belize and Guatemala jointly referred their border dispute to the court in 2019.")


def test_lifting_a_tariff_is_a_concession():
    assert kinds("Peru lifted its 20 percent tariff on Chilean fruit on Monday.") == ["CONCEDE"]


def test_suspending_one_s_own_appointment_is_a_concession():
    assert "CONCEDE" in kinds("The Zambian government suspended the appointment of the new central bank governor on Monday.")


@pytest.mark.parametrize("text", [
    "Japan's trade minister expressed deep regret over the Chinese export measures on Thursday.",
    "Vietnam regretted Beijing's decision to close the border on Monday.",
])
def test_regret_over_another_s_measure_is_disapproval(text):
    assert "ACCUSE" in kinds(text) and "CONCEDE" not in kinds(text)


def test_frames_taking_back_nationals_another_state_expelled_is_cooperation():
    assert ("COOPERATE", ["MAR"], ["ESP"]) in found("Morocco took back 30 of its nationals expelled from Spain on Monday.")
    assert "RETREAT" not in kinds("Morocco took back 30 of its nationals expelled from Spain on Monday.")
    assert kinds("Senegal took back 35 of its nationals from Mauritania on Tuesday.") == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "Japan on Monday handed over two ambulances to the Kenyan Red Cross.",
    "Japan on Monday handed over new equipment to Kenyan customs.",
])
def test_frames_handing_over_goods_is_aid_not_a_release(text):
    assert kinds(text) == ["AID"]


def test_frames_a_joint_patrol_carried_out_is_cooperation():
    assert found("Peruvian and Chilean navy ships carried out their first joint patrol on Friday.") == [
        ("COOPERATE", ["CHL", "PER"], [])]


def test_frames_stones_thrown_in_protest_are_a_riot():
    text = "Students burned tyres and threw stones at police in Gafsa on Friday in protest against the fuel price rise."
    assert "PROTEST" in kinds(text)
    assert "ASSAULT" not in kinds(text)
    assert kinds("Gunmen threw stones at a Tunisian police patrol in Gafsa on Friday.") == ["ASSAULT"]


@pytest.mark.parametrize("text, event", [
    ("Chile's foreign minister said Argentina's decision was regrettable.", ("ACCUSE", ["CHL"], ["ARG"])),
    ("Britain said on Monday that Kenya's proposal was constructive.", ("SUPPORT", ["GBR"], ["KEN"])),
])
def test_frames_saying_what_anothers_act_is_takes_a_stance(text, event):
    assert event in found(text)


def test_frames_saying_an_unowned_act_is_regrettable_names_no_target():
    assert found("Britain said on Monday that the decision was regrettable.") == []


def test_frames_a_state_reviewing_its_own_cooperation_threatens_it():
    assert found("Rabat said on Monday it was reconsidering its cooperation with Madrid.") == [
        ("THREATEN", ["MAR"], ["ESP"])]
    assert "THREATEN" not in kinds("The presidents of Peru and Chile reviewed their cooperation on Monday.")


def test_frames_filing_a_legal_challenge_is_an_accusation():
    assert ("ACCUSE", ["MEX"], ["USA"]) in found(
        "Mexico filed a challenge against the United States at the WTO on Monday.")


@pytest.mark.parametrize("text, event", [
    ("Japan announced on Monday an additional $12 million for the flood victims in Malawi.", ("AID", ["JPN"], ["MWI"])),
    ("The EU announced 15 million euros for Chad on Tuesday.", ("AID", ["EU"], ["TCD"])),
])
def test_frames_an_amount_announced_is_aid(text, event):
    assert event in found(text)


def test_frames_a_flight_of_people_of_no_side_is_no_expulsion():
    assert kinds("About 9,000 people fled into the hills near Tete on Monday.") == []
    assert kinds("Almost all of its 50,000 ethnic Serb residents fled to Serbia in August.") == ["SANCTION"]


def test_frames_envoys_declared_persona_non_grata_after_an_apposition_are_expelled():
    coded = found("On May 3, the Dutch foreign ministry declared four Russian diplomats, most of them working in "
                  "trade missions, persona non grata.")
    assert [(kind, actor) for kind, actor, _ in coded] == [("SANCTION", ["NLD"])]


@pytest.mark.parametrize("text, kind", [
    ("Kenya handed a protest note to Uganda's envoy on Friday over the shooting.", ["ACCUSE"]),
    ("About 300 Hondurans have been given shelter in churches in the Nicaraguan town of Somoto.", []),
    ("Russia handed over the bodies of 20 soldiers to Ukraine on Friday.", ["RETREAT"]),
])
def test_frames_a_preposition_after_the_object_is_no_particle_of_a_phrasal_verb(text, kind):
    assert kinds(text) == kind


@pytest.mark.parametrize("text, event", [
    ("Kenya sent an extra 200 border guards to crossings on the Tana river on Monday.",
     ("MOBILIZE", ["KEN"])),
    ("Ghana said on Monday it had moved three patrol boats from Takoradi to the Togolese border.",
     ("MOBILIZE", ["GHA"])),
    ("Austrian police escorted a group of 20 Afghan migrants back across the border into Hungary on Monday.",
     ("COERCE", ["AUT"])),
])
def test_frames_guards_and_patrol_boats_sent_and_migrants_escorted_out(text, event):
    assert event in [(kind, actor) for kind, actor, _ in found(text)]


def test_frames_a_patrol_doing_another_act_is_its_doer_not_a_patrol_event():
    assert kinds("Togolese border patrols arrested four Ghanaian smugglers on Monday.") == ["COERCE"]
    assert kinds("Ghana launched naval patrols off Lome on Monday.") == ["MOBILIZE"]


@pytest.mark.parametrize("text, kind", [
    ("The lake supports thousands of fishing families in Malawi and Mozambique.", []),
    ("Germany supports the Kenyan plan for a ceasefire.", ["SUPPORT"]),
])
def test_frames_a_resource_that_supports_people_takes_no_stance(text, kind):
    assert kinds(text) == kind


@pytest.mark.parametrize("text, event", [
    ("The strike was sparked by the resumption on Monday of border trade between Peru and Ecuador.",
     ("COOPERATE", ["ECU", "PER"], [])),
    ("The pullout followed the signing in Quito on Tuesday of a fisheries protocol by Peru and Ecuador.",
     ("AGREE", ["ECU", "PER"], [])),
])
def test_frames_an_of_phrase_hung_past_a_time_or_place_is_the_event_nouns(text, event):
    assert event in found(text)


@pytest.mark.parametrize("text", [
    "The fishermen arrived in Dakar by boat on Thursday morning.",
    "Witnesses said men in Guinean army uniforms arrived in pickup trucks on Sunday.",
])
def test_frames_ordinary_people_arriving_are_no_visit(text):
    assert "CONSULT" not in kinds(text)


def test_frames_a_warning_about_what_a_dam_could_do_is_no_threat():
    text = "Farmers in Senegal warned on Monday that Mali's new dam could reduce dry-season flows."
    assert "THREATEN" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Chile's foreign ministry said the deportations were lawful.",
    "Peru's embassy said on Monday that the trawler had been fishing lawfully in its own waters.",
])
def test_frames_defending_an_act_as_lawful_rejects_the_charge(text):
    assert kinds(text) == ["REJECT"]


@pytest.mark.parametrize("text", [
    "Chile's foreign ministry said the deportations were not lawful.",
    "A Chilean official said fishing is legal in Peru.",
])
def test_frames_a_denied_or_general_legality_is_no_defence(text):
    assert "REJECT" not in kinds(text)


def test_frames_what_is_done_in_protest_is_not_a_protest_ended():
    text = "Kenya suspended bus services across the border to Uganda on Monday in protest at the arrest of its traders."
    assert ("SANCTION", ["KEN"], ["UGA"]) in found(text)
    assert "CONCEDE" not in kinds(text)


def test_frames_the_cause_of_a_protest_is_not_what_is_suspended():
    text = "Ghana suspended passenger ferries to Togo on Monday in protest at the expulsion of 300 Ghanaian traders."
    assert ("SANCTION", ["GHA"], ["TGO"]) in found(text)
    assert "CONCEDE" not in kinds(text)


def test_frames_ending_protests_named_in_a_plural_is_still_a_concession():
    assert "CONCEDE" in kinds("Kenyan unions ended their strike on Friday after talks with the government.")


def test_frames_standing_behind_a_party_is_support():
    assert ("SUPPORT", ["AU"], ["GHA"]) in found("The African Union said on Monday that it stood fully behind Ghana.")


def test_frames_standing_behind_a_thing_is_no_support():
    assert "SUPPORT" not in kinds("Kenyan police stood behind the barriers on Monday as students marched.")


def test_frames_guns_fired_at_sea_with_no_target_are_a_show_of_force():
    text = "Four Russian frigates fired deck guns in international waters off Norway's coast on Monday."
    assert "MOBILIZE" in kinds(text)
    assert "ASSAULT" not in kinds(text)


def test_frames_shots_fired_at_a_boat_at_sea_are_an_attack():
    text = "A Chinese coast guard ship fired shots at a Vietnamese boat in disputed waters on Monday."
    assert ("ASSAULT", ["CHN"], ["VNM"]) in found(text)


def test_frames_vessels_stopped_by_a_navy_are_coerced():
    assert ("COERCE", ["BRA"], ["BOL"]) in found("Brazil's navy stopped two Bolivian trawlers near the delta on Tuesday.")


def test_frames_goods_listed_in_planes_sent_are_aid():
    text = "Japan sent two cargo planes of tents, blankets and medicine to Dhaka on Monday."
    assert ("AID", ["JPN"], ["BGD"]) in found(text)


@pytest.mark.parametrize("text, event", [
    ("Uganda has housed displaced Congolese families in schools since Monday.", ("AID", ["UGA"], ["COD"])),
    ("Spain took in 60 asylum seekers from Italy on Monday.", ("AID", ["ESP"], ["ITA"])),
    ("Turkish helicopters flew 12 wounded Iraqi soldiers to a military hospital on Friday.", ("AID", ["TUR"], ["IRQ"])),
    ("Kenyan troops began digging trenches along the Somali border on Monday.", ("MOBILIZE", ["KEN"], ["SOM"])),
])
def test_frames_sheltering_and_carrying_the_wounded_are_aid_and_trenches_a_mobilization(text, event):
    assert event in found(text)


def test_frames_an_envoy_turned_away_is_a_rejection():
    text = "Ghana turned away an envoy from Togo on Tuesday."
    assert ("REJECT", ["GHA"], ["TGO"]) in found(text)


def test_frames_flares_fired_near_a_plane_are_a_show_of_force():
    assert "MOBILIZE" in kinds("A Russian fighter fired flares near a Norwegian patrol plane on Sunday.")


def test_frames_a_means_of_travel_after_by_is_not_the_object():
    text = "The Indian deportees were sent home by ship from Chittagong on Monday."
    assert "MOBILIZE" not in kinds(text)


def test_frames_according_to_names_no_accord():
    text = "The Russian frigate left the Black Sea on Tuesday, according to the Turkish navy."
    assert "SANCTION" not in kinds(text)


def test_frames_a_verb_the_tagger_reads_as_a_plural_noun_still_triggers():
    text = "Chile's foreign minister said on Friday that Santiago \"reserves the right to respond\" to the seizure."
    assert ("THREATEN", ["CHL"], []) in found(text)


def test_frames_a_threat_reported_by_a_warning_is_one_threat():
    text = ("Peru's foreign ministry warned that Peru \"reserves the right to take all measures necessary to"
            " protect its shipping\".")
    assert kinds(text) == ["THREATEN"]  # the warning itself, told as done, not a hypothetical second threat


def test_frames_hosting_refugees_in_the_present_is_a_state_even_when_misread_as_a_noun():
    text = "Garissa hosts more than 300,000 Somali refugees, most of whom fled the fighting that began in 2014."
    assert "AID" not in kinds(text)


def test_frames_a_named_warship_heading_for_a_sea_is_a_show_of_force():
    text = "Hours later, the Peruvian frigate Almirante Grau left port and headed for the Gulf of Guayaquil."
    assert "MOBILIZE" in kinds(text)


def test_frames_a_minister_heading_for_a_capital_is_no_show_of_force():
    assert "MOBILIZE" not in kinds("The Ecuadorian minister headed for Lima on Monday.")


def test_frames_an_agreement_signed_on_a_day_is_an_agreement():
    kinds_found = kinds("Japan will fund a new port in Fiji under an agreement signed in Tokyo on Tuesday.")
    assert "AGREE" in kinds_found


def test_frames_cutting_a_reliance_on_supplies_cuts_no_supplies():
    assert found("Japanese officials said Tokyo wants to cut its own reliance on Chinese supplies of gallium, "
                 "used in chips, after Beijing tightened export rules.") == []


@pytest.mark.parametrize("text", [
    "Algeria is determined to respond firmly to any new violation by Mali.",
    "Algeria said it was ready to respond with the utmost firmness to any violation of its airspace by Mali.",
])
def test_frames_a_firm_response_vowed_is_a_threat(text):
    assert ("THREATEN", ["DZA"], ["MLI"]) in found(text, asserted=False)


@pytest.mark.parametrize("text, event", [
    ("Ghana's foreign minister called the Togolese border closure \"an unfriendly act\" on Monday.",
     ("ACCUSE", ["GHA"], ["TGO"])),
    ("Fiji's prime minister called the Tongan survey \"an act of colonial arrogance\" on Monday.",
     ("ACCUSE", ["FJI"], ["TON"])),
])
def test_frames_the_adjective_or_of_phrase_of_a_plain_predicate_noun_is_a_judgement(text, event):
    assert event in found(text)


def test_frames_a_plain_predicate_noun_alone_is_no_judgement():
    assert kinds("Ghana's foreign minister called the Togolese border closure \"an act\" on Monday.") == []


@pytest.mark.parametrize("text, event", [
    ("A Japanese coast guard ship handed over three patrol craft to the Philippines on Monday.",
     ("AID", ["JPN"], ["PHL"])),
    ("Japan on Monday handed the Philippines a second patrol boat.", ("AID", ["JPN"], ["PHL"])),
    ("Senegal returned two of the seized trawlers to Gambia on Monday.", ("RETREAT", ["SEN"], ["GMB"])),
    ("Chile expressed sympathy for Peru on Monday after the floods.", ("SUPPORT", ["CHL"], ["PER"])),
    ("Hundreds of Kenyan traders rallied outside the Ugandan embassy in Nairobi on Monday.",
     ("PROTEST", ["KEN"], ["UGA"])),
    ("Kenyan and Ugandan customs agencies began exchanging electronic cargo manifests on Monday.",
     ("COOPERATE", ["KEN", "UGA"], [])),
])
def test_frames_craft_handed_over_boats_returned_sympathy_rallies_and_manifests(text, event):
    assert event in found(text)


def test_frames_a_boat_returning_to_port_is_no_event():
    assert kinds("The Senegalese patrol boat returned to port on Monday.") == []


def test_frames_protesters_tearing_down_a_fence_protest():
    assert "PROTEST" in kinds("Angry Kenyan farmers tore down the fence of the Ugandan-owned ranch on Monday.")


@pytest.mark.parametrize("text, kind", [
    ("Honduran police captured a Salvadoran gang leader in a raid in Tegucigalpa on Monday.", "COERCE"),
    ("Guatemalan officers captured a Mexican smuggler near the bus station on Friday.", "COERCE"),
    ("Sudanese troops captured the town of Kurmuk from South Sudan on Monday.", "ASSAULT"),
])
def test_frames_police_capturing_someone_arrest_them(text, kind):
    assert kind in kinds(text) and {"ASSAULT", "COERCE"} - {kind} & set(kinds(text)) == set()


@pytest.mark.parametrize("text", [
    "Ghana's trade minister called the Togolese border closure \"collective punishment of market traders\".",
    "Peru's foreign minister called the expulsion \"a hostile act staged for the cameras\" on Friday.",
    "Chile's president called the Argentine decision \"excessive\" on Monday.",
])
def test_frames_a_judgement_the_parser_hangs_off_the_object_is_a_stance(text):
    assert "ACCUSE" in kinds(text)


def test_frames_calling_on_an_office_holder_is_a_visit():
    assert "CONSULT" in kinds("Kenya's high commissioner called on Uganda's finance minister on Tuesday.")
    assert "REQUEST" not in kinds("Kenya's high commissioner called on Uganda's finance minister on Tuesday.")


@pytest.mark.parametrize("text", [
    "The Kenyan opposition called on Uganda's president to release the detained lawmakers.",
    "Kenya called on the Ugandan government to reopen the border on Tuesday.",
])
def test_frames_calling_on_someone_to_act_stays_an_appeal(text):
    assert "REQUEST" in kinds(text) and "CONSULT" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Tanzanian police briefly held three Kenyan traders at the Namanga crossing on Monday.",
    "Eleven Somali fishermen were held for questioning by Kenyan police on Monday.",
])
def test_frames_people_held_briefly_or_for_questioning_are_detained(text):
    assert "COERCE" in kinds(text)


def test_frames_talks_held_briefly_are_no_detention():
    assert "COERCE" not in kinds("Ghana's president briefly held talks with Togo's president in Lome on Monday.")


def test_frames_ships_leaving_waters_retreat():
    assert "RETREAT" in kinds("Two Chinese coast guard ships left Philippine waters on Tuesday morning.")


def test_frames_satellite_imagery_handed_over_is_shared_intelligence():
    assert "COOPERATE" in kinds("Norway handed over satellite imagery of the oil spill to Sweden on Friday.")


def test_frames_food_dropped_from_the_air_is_aid():
    assert "AID" in kinds("Kenyan air force planes dropped 30 tonnes of food over flooded villages in Somalia on Sunday.")


def test_frames_demands_dropped_are_no_aid():
    assert "AID" not in kinds("Ethiopia dropped its demand for a new border survey with Sudan on Monday.")


@pytest.mark.parametrize("text", [
    "Paraguay terminated diplomatic relations with Venezuela on Monday.",
    "Gabon ended ties with Equatorial Guinea on Monday.",
])
def test_frames_relations_terminated_or_ended_are_a_diplomatic_sanction(text):
    assert kinds(text) == ["SANCTION"]


def test_frames_warplanes_crossing_a_border_are_a_show_of_force():
    assert "MOBILIZE" in kinds("Two Turkish warplanes crossed the border with Syria on Monday.")


@pytest.mark.parametrize("text", [
    "About 300 Afghan migrants crossed the border into Iran on Monday.",
    "Forty Kenyan lorries crossed the border into Uganda on Monday.",
])
def test_frames_people_or_goods_crossing_a_border_are_no_mobilisation(text):
    assert "MOBILIZE" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Venezuela's foreign ministry said on Monday that Bogota had \"yielded to pressure\" from Washington.",
    "In a statement on Monday it criticised the move and said Quito had bowed to pressure.",
])
def test_frames_a_side_said_to_have_yielded_to_pressure_is_accused(text):
    assert "ACCUSE" in kinds(text) and "CONCEDE" not in kinds(text)


def test_frames_a_side_saying_it_bowed_to_pressure_concedes():
    assert "CONCEDE" in kinds("Ghana said on Monday it had bowed to pressure from Togo and lifted the ban.")


def test_frames_a_patrol_vessel_sailing_from_port_is_a_show_of_force():
    text = "The Peruvian patrol vessel BAP Ferre had sailed from Callao on Friday toward the Ecuadorian coast."
    assert "MOBILIZE" in kinds(text)


def test_frames_fishing_boats_sailing_from_port_are_no_show_of_force():
    assert "MOBILIZE" not in kinds("About thirty Peruvian fishing boats sailed from Callao on Friday toward the Ecuadorian coast.")


def test_frames_ordering_a_patrol_ship_to_sail_is_a_mobilization():
    text = "Chile ordered the patrol ship Toro to sail from Punta Arenas on Tuesday to watch the Argentine fleet."
    assert "MOBILIZE" in kinds(text)


def test_frames_intercepting_a_longliner_is_coercion():
    assert ("COERCE", ["PLW"], ["TWN"]) in found(
        "A Palauan patrol boat intercepted a Taiwanese longliner on Sunday.")


@pytest.mark.parametrize("text", [
    "Ghana's foreign minister dismissed Togo's explanation on Tuesday.",
    "Ghana's foreign minister dismissed Togo's objections on Tuesday.",
])
def test_frames_dismissing_an_explanation_or_objection_is_a_rejection(text):
    assert ("REJECT", ["GHA"], ["TGO"]) in found(text)


def test_frames_truck_drivers_halting_deliveries_protest_not_sanction():
    text = "Kenyan truck drivers halted deliveries to Uganda on Monday in protest at the killing of a colleague."
    assert "PROTEST" in kinds(text)
    assert "SANCTION" not in kinds(text)


def test_frames_handed_over_before_a_number_is_a_handover():
    text = "Japan's ambassador visited the flooded district and handed over 20 million yen in relief donations to Nepal."
    assert "AID" in kinds(text)


@pytest.mark.parametrize("text", [
    "Vanuatu ended a police training arrangement with Australia last year.",
    "Latvia closed the Russian cultural centre in Riga in March.",
])
def test_frames_ending_an_arrangement_or_closing_a_cultural_centre_is_a_sanction(text):
    assert "SANCTION" in kinds(text)


@pytest.mark.parametrize("text, event", [
    ("Kenya said on Tuesday it was ready to carry Ugandan cargo through Mombasa.", ("AGREE", ["KEN"], ["UGA"])),
    ("Poland stands ready to send two radar units to Lithuania.", ("AGREE", ["POL"], ["LTU"])),
])
def test_frames_readiness_to_act_for_a_party_is_an_offer(text, event):
    assert event in found(text)


@pytest.mark.parametrize("text", [
    "Greece said on Monday it was ready to retaliate against Turkey.",
    "Peru said it was ready to take the dispute to the International Court of Justice.",
    "Ghana said it was ready to stop buying Togolese cement.",
    "The minister added that Chile was ready to listen.",
])
def test_frames_readiness_to_answer_sue_stop_or_listen_is_no_offer(text):
    assert "AGREE" not in kinds(text)


def test_frames_suspending_an_operation_that_drove_people_out_is_a_concession():
    text = "Chad suspended on Monday an operation that has driven more than 2,000 Sudanese out of its eastern provinces."
    assert ("CONCEDE", ["TCD"], ["SDN"]) in found(text)
    assert "SANCTION" not in kinds(text)


@pytest.mark.parametrize("text, event", [
    ("Chile said on Monday that Peru's raid was a flagrant violation of its sovereignty.", ("ACCUSE", ["CHL"], ["PER"])),
    ("date 2026-09-10\nSeizure\n\nA Togolese patrol boat seized a Ghanaian trawler on Saturday.\n\nGhana's president "
     "said on Sunday the seizure was \"a flagrant violation of our sovereignty\".\n", ("ACCUSE", ["GHA"], ["TGO"])),
])
def test_frames_saying_an_act_is_a_violation_accuses_its_doer(text, event):
    assert event in found(text)


def test_frames_a_general_rule_stated_names_no_attack():
    assert found("Poland's president said on Friday that an attack on Estonia is an attack on Poland.") == []


def test_frames_a_coercion_told_with_killings_is_an_attack():
    text = "Malian gunmen raided the Nigerien village of Tera on March 3, killing four policemen."
    assert ("ASSAULT", ["MLI"], ["NER"]) in found(text)
    assert "COERCE" not in kinds(text)


@pytest.mark.parametrize("text, event", [
    ("Jordan imposed a ban on Syrian fruit in May but lifted it on Friday.", ("CONCEDE", ["JOR"], ["SYR"])),
    ("Latvia closed its border with Belarus on Monday and reopened it on Thursday.", ("RETREAT", ["LVA"], ["BLR"])),
])
def test_frames_a_pronoun_object_stands_for_the_object_of_the_verb_before(text, event):
    assert event in found(text)


@pytest.mark.parametrize("text, event", [
    ("Lima said on Friday that the Chilean duties were contrary to the trade accord.", ("ACCUSE", ["PER"], ["CHL"])),
    ("date 2026-09-10\nDuties\n\nMauritius raised import duties on Malagasy rice on Monday.\n\nMadagascar's trade "
     "ministry said on Tuesday that the measure was \"incompatible with the customs union\".\n", ("ACCUSE", ["MDG"], ["MUS"])),
])
def test_frames_saying_a_measure_is_contrary_to_a_rule_accuses_its_maker(text, event):
    assert event in found(text)


@pytest.mark.parametrize("text, event", [
    ("Ghana's health ministry sent Lomé the laboratory results for the last 12 samples on Friday.",
     ("COOPERATE", ["GHA"], ["TGO"])),
    ("Kenya sent Uganda a 40-page environmental assessment of the dam on Monday.", ("COOPERATE", ["KEN"], ["UGA"])),
])
def test_frames_documents_or_findings_sent_to_a_state_are_shared_information(text, event):
    assert found(text) == [event]


def test_frames_a_state_that_stops_issuing_permits_to_another_sanctions_it():
    text = "Peru's trade ministry stopped issuing fishing permits to Ecuadorian trawlers on Tuesday."
    assert found(text) == [("SANCTION", ["PER"], ["ECU"])]


def test_frames_a_measure_lifted_is_a_concession():
    assert found("Ghana lifted the measure on Togolese traders on Monday.") == [("CONCEDE", ["GHA"], ["TGO"])]


@pytest.mark.parametrize("text", [
    "Ugandan protesters set fire to tyres outside the Kenyan embassy on Friday.",
    "Ugandan protesters set fire to a Kenyan flag outside the embassy on Friday.",
])
def test_frames_tyres_or_flags_set_on_fire_are_a_protest(text):
    assert kinds(text) == ["PROTEST"]


@pytest.mark.parametrize("text, event", [
    ("Chad returned 14 lorries to Cameroonian hauliers on Friday.", ("RETREAT", ["TCD"], ["CMR"])),
    ("Samoa on Monday returned three containers of timber it had seized from Tongan exporters.",
     ("RETREAT", ["WSM"], [])),
])
def test_frames_seized_lorries_or_containers_returned_are_a_release(text, event):
    assert event in found(text)


@pytest.mark.parametrize("text, event", [
    ("Georgian prosecutors opened a criminal case against the Armenian driver on Monday.",
     ("ACCUSE", ["GEO"], ["ARM"])),
    ("Norway's foreign ministry said it had sought an explanation through diplomatic channels.",
     ("REQUEST", ["NOR"], [])),
    ("On Friday a Syrian drone dropped a grenade close to a Jordanian army post near Ramtha.",
     ("ASSAULT", ["SYR"], ["JOR"])),
])
def test_frames_cases_opened_explanations_sought_and_grenades_dropped(text, event):
    assert event in found(text)


@pytest.mark.parametrize("text, event", [
    ("Togo's customs service cleared 80 containers of fertiliser bound for Burkina Faso.", ("RETREAT", ["TGO"], [])),
    ("The Ghanaian minister said he had called his Togolese counterpart and proposed joint patrols along the river.",
     ("AGREE", ["GHA"], [])),
])
def test_frames_held_goods_cleared_and_joint_patrols_proposed(text, event):
    assert event in found(text)


def test_frames_opening_hours_of_a_crossing_cut_are_a_sanction():
    assert ("SANCTION", ["FIN"], ["RUS"]) in found(
        "Finland shortened the opening hours of its Vaalimaa border crossing with Russia on Friday.")
