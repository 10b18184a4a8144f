"""Who a frame's actor and recipient are, on small hand-written sentences (one shared spaCy model)."""
from datetime import date

import pytest

from helpers import found
from tidings import extract
from tidings.actors import ArticleActors, knowledge_base, resolve_sentence
from tidings.events.frames import find_frames
from tidings.events.lexicon import lexicon
from tidings.events.parties import _names_verb, parties

pytestmark = pytest.mark.slow


def coded(nlp, text, trigger, home=None):
    """(actor countries, recipient countries or organisations) of the frame whose head is ``trigger``."""
    actors = ArticleActors(kb=knowledge_base(), day=date(2025, 9, 14), home=home)
    sent = next(nlp(text).sents)
    resolved = resolve_sentence(sent, 0, actors)
    frame = next(f for f in find_frames(sent, lexicon()) if f.head.text == trigger)
    actor, recipient = parties(frame, resolved, actors, [], lexicon())
    return [e.country or e.org for e in actor], [e.country or e.org for e in recipient]


def test_parties_subject_of_the_demanded_clause_is_the_recipient(nlp):
    assert coded(nlp, "Japan demanded that Vietnam compensate the fishermen.", "demanded") == (["JPN"], ["VNM"])


def test_parties_possessor_inside_the_object_is_the_recipient(nlp):
    actor, recipient = coded(nlp, "Albania denounced Serbia's crackdown on the protests.", "denounced")
    assert recipient == ["SRB"]


def test_parties_a_state_beats_a_bare_noun_of_the_actor_side(nlp):
    actor, recipient = coded(nlp, "Ghana offered its engineers to Togo's new government.", "offered")
    assert recipient == ["TGO"]


def test_parties_bare_noun_is_kept_when_nothing_better_is_named(nlp):
    actor, recipient = coded(nlp, "Kenyan police arrested dozens of protesters.", "arrested", home="KEN")
    assert actor == ["KEN"] and recipient == ["KEN"]


def test_parties_place_and_both_sides_are_not_recipients(nlp):
    _, recipient = coded(nlp, "Ministers praised the ties between Chile and Peru at a meeting in Lima.", "praised")
    assert recipient == []


def test_parties_their_refers_back_to_a_coordinated_subject(nlp):
    actor, _ = coded(nlp, "Kenya and Ethiopia agreed to build a power line after their foreign ministers met.", "met",
                     home="KEN")
    assert sorted(actor) == ["ETH", "KEN"]


def test_parties_protesters_with_no_target_protest_against_their_own_state(nlp):
    assert coded(nlp, "Algerian farmers rioted on Sunday.", "rioted") == (["DZA"], ["DZA"])


def test_parties_protesters_the_story_does_not_place_are_people_of_the_protest_place(nlp):
    actor, _ = coded(nlp, "About 300 drivers blocked the road near the town of Taraz on Monday.", "blocked",
                     home="UZB")
    assert actor == ["KAZ"]


def test_parties_protesters_with_no_place_are_people_of_the_story_state(nlp):
    actor, _ = coded(nlp, "Several hundred drivers kept their lorries parked on the road on Friday in protest.",
                     "protest", home="KGZ")
    assert actor == ["KGZ"]


def test_parties_a_place_in_a_clause_inside_the_protest_place_is_not_where_it_is_held(nlp):
    actor, _ = coded(nlp, "Drivers had parked lorries across highways linking La Paz with the Peruvian border "
                     "since Monday.", "parked", home="BOL")
    assert actor == ["BOL"]


def test_parties_only_the_subject_of_the_protest_verb_is_a_protester(nlp):
    assert coded(nlp, "The unrest blocked the main road on Friday.", "blocked", home="KGZ")[0] == []
    assert coded(nlp, "Nobody blocked the main road on Friday.", "blocked", home="KGZ")[0] == []
    assert coded(nlp, "Police detained four drivers for what the regional command described as obstructing "
                 "traffic.", "obstructing", home="KEN")[0] == []


def test_parties_fighting_between_two_peoples_is_not_domestic(nlp):
    _, recipient = coded(nlp, "Police said Azerbaijanis and Armenians fought in the streets.", "fought")
    assert "AZE" not in recipient and "ARM" not in recipient


def test_parties_a_crackdown_with_no_other_target_is_on_the_state_it_happens_in(nlp):
    actor, recipient = coded(nlp, "Kenyan police imposed a curfew on villages in Ethiopia.", "imposed")
    assert actor == ["KEN"] and recipient == ["ETH"]


def test_parties_agentless_passive_actor_is_the_state_where_it_happens(nlp):
    assert coded(nlp, "A Canadian missionary was arrested in Lebanon.", "arrested") == (["LBN"], ["CAN"])


def test_parties_agentless_arrest_of_unnamed_people_is_by_the_state_of_its_town(nlp):
    actor, _ = coded(nlp, "The three smugglers were arrested on Friday in a village near Kutaisi.", "arrested",
                     home="TUR")
    assert actor == ["GEO"]


def test_parties_agentless_arrest_with_no_place_is_by_the_story_state(nlp):
    assert coded(nlp, "The accountant was detained last week.", "detained", home="KOR")[0] == ["KOR"]


def test_parties_a_habitual_arrest_of_anyone_has_no_actor(nlp):
    assert coded(nlp, "Trade suffers every time someone is arrested at a checkpoint.", "arrested", home="KOR")[0] == []


def test_parties_a_phrase_is_named_by_its_name_before_its_owner(nlp):
    actor, _ = coded(nlp, "Osama bin Laden's al-Qaeda network threatened Israel.", "threatened")
    assert actor == ["AQ"]


def test_parties_it_in_a_body_s_announcement_is_that_body(nlp):
    actor, _ = coded(nlp, "Peru's new government announced that it is ready to impose a curfew in Lima.", "impose")
    assert actor == ["PER"]


def test_parties_a_threat_is_aimed_at_whoever_its_condition_names(nlp):
    actor, recipient = coded(nlp, "Chad threatened to close the border unless Sudan disarmed the militias.", "threatened")
    assert actor == ["TCD"] and recipient == ["SDN"]


def test_parties_a_lone_sides_act_is_aimed_at_the_state_it_happens_in(nlp):
    actor, recipient = coded(nlp, "Chile threatened to ban fishing in Lima's waters.", "threatened")
    assert actor == ["CHL"] and recipient == ["PER"]


def test_parties_a_meeting_place_is_only_its_venue(nlp):
    text = "The Ghanaian president last met him in May, on the sidelines of a summit in Nairobi."
    assert coded(nlp, text, "met") == (["GHA"], [])


def test_parties_the_complement_beats_the_actors_own_object(nlp):
    actor, recipient = coded(nlp, "Chad offered its soldiers to Niger's new President Ali Maiga.", "offered")
    assert recipient == ["NER"]


def test_parties_a_capital_naming_an_accord_is_no_party(nlp):
    actor, recipient = coded(nlp, "Under the Nairobi accord, Chad will withdraw its soldiers.", "withdraw")
    assert "KEN" not in recipient


def test_parties_verb_without_subject_shares_the_one_beside_it(nlp):
    actor, _ = coded(nlp, 'Ghana says Togolese police beat traders; Lome denies, warns of "strong action"', "warns")
    assert actor == ["TGO"]


def test_parties_people_a_state_reports_hurt_by_another_are_its_own(nlp):
    text = "Chile's foreign ministry said Bolivian soldiers had beaten several traders at the border."
    assert coded(nlp, text, "beaten", home="BOL") == (["BOL"], ["CHL"])


def test_parties_people_a_state_reports_hurt_by_its_own_side_stay_the_story_s(nlp):
    text = "Peru's defence ministry said Peruvian troops detained several smugglers near the border."
    assert coded(nlp, text, "detained", home="PER") == (["PER"], ["PER"])


@pytest.mark.parametrize("text", [
    "Ghana demanded that Togo reopen its border with Burkina Faso.",
    "Ghana demanded that Togo end its campaign against Burkina Faso.",
])
def test_parties_a_demand_is_on_the_subject_of_its_clause_not_on_a_party_inside_it(nlp, text):
    assert coded(nlp, text, "demanded") == (["GHA"], ["TGO"])


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Kenya demanded the withdrawal of Ugandan troops from South Sudan.", "demanded", ["UGA"]),
    ("Peru complained to the United Nations over Chilean air strikes near the border.", "complained", ["CHL"]),
    ("Chad launched an investigation into killings committed by Sudanese militias against Chadian herders.",
     "launched", ["SDN"]),
    ("Greece on Friday denounced as a brutal act Turkey's suppression of ethnic Greek protests in Cyprus.",
     "denounced", ["TUR"]),
])
def test_parties_a_reaction_to_an_act_is_aimed_at_its_doer(nlp, text, trigger, recipient):
    assert coded(nlp, text, trigger)[1] == recipient


def test_parties_the_doer_of_an_act_investigated_may_be_the_investigators_own_side(nlp):
    text = "Croatia is investigating alleged abuses by Croatian police against Serb refugees."
    assert coded(nlp, text, "investigating") == (["HRV"], ["HRV"])


def test_parties_a_party_named_as_the_object_of_an_accusation_stays_its_recipient(nlp):
    assert coded(nlp, "Kenya accused Uganda of shelling Somali villages.", "accused") == (["KEN"], ["UGA"])


@pytest.mark.parametrize("text, head, recipient", [
    ("Morocco reimposed blockades in Western Sahara on Friday.", "blockades", ["ESH"]),
    ("Ethiopian troops were engaged in ethnic cleansing in Somalia, the report said.", "cleansing", ["SOM"]),
    ("Kenyan forces took part in a crackdown in Uganda.", "crackdown", ["UGA"]),
])
def test_parties_a_deed_named_by_a_light_verb_is_aimed_at_the_state_it_happens_in(nlp, text, head, recipient):
    assert coded(nlp, text, head)[1] == recipient


ROW = """date 2025-03-14
Border row

Tanzania on Monday accused Malawi of sending troops across the lake to arrest fishermen. Zambia also criticised Angola over the fighting.

Malawi dismissed the accusations as baseless on Tuesday.
"""


def test_parties_rejecting_an_accusation_answers_the_one_aimed_at_the_actor():
    rejection = next(e for e in extract(ROW) if e.event == "REJECT")
    assert [e.country for e in rejection.actor] == ["MWI"] and [e.country for e in rejection.recipient] == ["TZA"]


def test_parties_rejecting_a_statement_answers_those_who_made_it():
    text = """date 2026-05-19
Rally

In a joint statement on Monday, the United States and the European Union urged Kyrgyz authorities to release the detained protesters.

Kyrgyz Foreign Minister Kubanychbek Osmonaliev rejected the statement on Tuesday as interference.
"""
    reject = next(e for e in extract(text) if e.event == "REJECT")
    assert {a.country or a.org for a in reject.recipient} == {"USA", "EU"}


def test_parties_who_stands_for_the_person_its_phrase_is_about():
    text = ("Kenyan police on Sunday dispersed supporters of Peter Kamau, leader of the opposition Njia Mpya party, "
            "who was detained at his home in Nairobi on Friday.")
    detained = next(e for e in extract(text, published=date(2026, 5, 19)) if e.trigger == "detained")
    assert [a.text for a in detained.recipient] == ["Peter Kamau"]


def _by_trigger(text, trigger):
    return next(e for e in extract(text) if e.trigger == trigger)


MEDIATED = """date 2026-02-26
Talks

Ethiopia's army and the Tigray People's Liberation Front resumed talks in Jeddah on Wednesday.

Saudi Arabia's foreign minister hosted the army delegation at his residence on Tuesday. The two sides agreed to a truce on Tuesday, he said.

Both sides signed a declaration in May 2023. The two delegations never met face to face.
"""


@pytest.mark.parametrize("trigger", ["agreed to truce", "signed declaration", "met"])
def test_parties_the_two_sides_are_the_sides_of_talks_not_their_host(trigger):
    event = _by_trigger(MEDIATED, trigger)
    names = [e.name for e in event.actor + event.recipient]
    assert "SAU" not in {e.country for e in event.actor + event.recipient}
    assert len(names) == 2 and len(set(names)) == 2


def test_parties_a_host_named_before_is_no_side_of_both_governments():
    text = """date 2026-05-10
Border

Armenian and Azerbaijani troops clashed on the border on Sunday. Kazakhstan's foreign ministry offered to host talks in Astana.

The clash is an embarrassment for both governments, which signed a peace treaty in March 2025.
"""
    treaty = _by_trigger(text, "signed treaty")
    assert sorted(e.country for e in treaty.actor) == ["ARM", "AZE"]


def test_parties_a_mediator_who_later_meets_a_side_is_a_side_again():
    text = """date 2026-05-10
Ties

Egypt brokered a ceasefire between Israel and Hamas in May.

Egypt's foreign minister met his Jordanian counterpart in Amman on Monday. The two countries signed a water accord on Tuesday.
"""
    accord = _by_trigger(text, "signed accord")
    assert sorted(e.country for e in accord.actor + accord.recipient) == ["EGY", "JOR"]


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    (("date 2026-05-10\nBorder\n\nKyrgyz and Tajik border guards exchanged fire on Sunday.\n\n"
      "Russia urged its two allies on Tuesday to show restraint.\n"), "urged", ["RUS"], ["KGZ", "TJK"]),
    (("date 2026-05-10\nDrills\n\nDefence ministers from Chile, Peru and Ecuador held a video call on Monday. "
      "The three countries had staged a naval exercise off Lima in April.\n"), "staged naval exercise",
     ["CHL", "ECU", "PER"], []),
    (("date 2026-05-10\nPact\n\nNigeria and Togo signed a maritime pact on Tuesday. "
      "The two navies patrolled the gulf on Wednesday.\n"), "patrolled", ["NGA", "TGO"], []),
])
def test_parties_a_numbered_group_is_the_states_named_before(text, trigger, actor, recipient):
    event = _by_trigger(text, trigger)
    assert sorted(e.country for e in event.actor) == actor
    assert sorted(e.country for e in event.recipient) == recipient


def test_parties_insisting_on_a_demand_is_aimed_at_whom_the_demand_asks(nlp):
    assert coded(nlp, "Kenya insisted on its demand that Uganda withdraw its troops.", "insisted") == (["KEN"], ["UGA"])


def _coded(text):
    return [(e.event, sorted(a.country or a.org for a in e.actor if a.country or a.org),
             sorted(r.country or r.org for r in e.recipient if r.country or r.org))
            for e in extract(text, published=date(2026, 5, 10))]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Rwandan troops fought alongside Burundian forces against Congolese rebels in 2023.", ["BDI", "RWA"], ["COD"]),
    ("Niger attacked Malian rebels together with Nigerian forces on Monday.", ["NER", "NGA"], ["MLI"]),
    ("Somali troops attacked al-Shabaab with the help of Turkish drones on Monday.", ["SOM", "TUR"], ["SOM"]),
    ("Malian soldiers, along with Russian mercenaries, attacked Tuareg rebels near Kidal on Sunday.",
     ["MLI", "RUS"], ["MLI"]),
])
def test_parties_an_ally_named_beside_the_doer_acts_with_it_and_is_no_target(text, actor, recipient):
    assert ("ASSAULT", actor, recipient) in _coded(text)


FISHING = """date 2026-05-10
Fishing row

Ecuador and Colombia have quarrelled for months over fishing rights. Colombia's navy seized an Ecuadorian trawler \
on Monday.

Ecuador's foreign minister warned on Tuesday that Quito could take the dispute to the International Court of Justice.
"""


def test_parties_a_threat_to_take_a_dispute_to_court_is_aimed_at_the_other_side_not_the_court():
    assert ("THREATEN", ["ECU"], ["COL"]) in _coded(FISHING)
    single = "Bolivia's president warned that La Paz could take the dispute to the International Court of Justice."
    assert not [c for c in _coded(single) if "UN" in c[2]]


def test_parties_a_warning_is_aimed_at_the_subject_of_its_condition(nlp):
    text = ("Argentine officials warned that if the Uruguayan parliament rejects the treaty, Buenos Aires would "
            "halt gas exports.")
    assert coded(nlp, text, "warned") == (["ARG"], ["URY"])


CLASH = """date 2026-05-10
Border

Armenian and Azerbaijani troops clashed near Tegh on Tuesday, killing three soldiers.

{call}
"""


@pytest.mark.parametrize("call", [
    "The European Union called on Thursday for an immediate de-escalation.",
    "Kazakhstan urged restraint on Wednesday.",
    "The United Nations appealed for calm and a ceasefire.",
])
def test_parties_a_call_for_calm_with_no_addressee_is_aimed_at_the_sides_of_the_fighting(call):
    request = next(e for e in extract(CLASH.format(call=call)) if e.event == "REQUEST")
    assert sorted(r.country for r in request.recipient) == ["ARM", "AZE"]


def test_parties_a_call_for_calm_with_no_fighting_told_has_no_recipient():
    assert _coded("The European Union called on Thursday for an immediate de-escalation.") == [
        ("REQUEST", ["EU"], [])]


def test_parties_its_names_the_subject_of_its_clause():
    assert _coded("The EU has stepped up its support for Chisinau.") == [("SUPPORT", ["EU"], ["MDA"])]


def test_parties_a_mediation_thanked_for_is_between_the_two_states_told_before():
    text = """date 2026-05-10
Swap

Serbia and Kosovo exchanged prisoners on Sunday at a crossing near Merdare.

Both governments thanked Norway for its patient mediation.
"""
    mediation = next(e for e in extract(text) if e.trigger == "mediation")
    assert [a.country for a in mediation.actor] == ["NOR"]
    assert sorted(r.country or r.org for r in mediation.recipient) == ["SRB", "XKX"]


def test_parties_talks_offered_in_a_city_are_between_the_two_sides_told_before():
    text = """date 2026-05-10
Border

Armenian and Azerbaijani troops clashed on the border on Sunday. Kazakhstan's foreign ministry offered to host talks in Astana.
"""
    offer = next(e for e in extract(text) if "host" in e.trigger)
    assert sorted(e.country for e in offer.recipient) == ["ARM", "AZE"]


def test_parties_a_meeting_hosted_by_a_body_is_between_it_and_the_sides_of_what_was_done_there():
    text = """date 2026-03-04
Pledges

Donors promised $2 billion for Yemen at a conference hosted by the World Bank in Paris on Monday.
"""
    hosted = next(e for e in extract(text) if e.trigger == "hosted")
    assert [a.org for a in hosted.actor] == ["WB"]
    assert [r.country for r in hosted.recipient] == ["YEM"]


def test_parties_talks_hosted_in_a_city_are_between_its_state_and_the_other_side():
    text = """date 2026-03-04
Border

Liberian and Ivorian troops exchanged fire on the border on Sunday.

The talks, hosted in Monrovia on Tuesday, ended without a deal.
"""
    hosted = next(e for e in extract(text) if e.event == "CONSULT" and "hosted" in e.trigger)
    assert sorted(e.country for e in hosted.actor + hosted.recipient) == ["CIV", "LBR"]


def test_parties_a_meeting_an_act_is_done_at_is_its_setting_not_its_recipient():
    text = """date 2026-03-04
Pledges

Donors pledged $2 billion for Yemen at a conference hosted by the World Bank in Paris on Monday.
Japan, Yemen's largest donor, did not announce any new funding at the meeting.
"""
    funding = next(e for e in extract(text) if e.trigger.startswith("announce"))
    assert "WB" not in {r.org for r in funding.recipient}


def test_parties_a_participle_accusing_someone_names_whom_a_reaction_is_aimed_at(nlp):
    _, recipient = coded(nlp, "Moldova's foreign ministry condemned the decision, accusing Moscow of blackmail.",
                         "condemned")
    assert recipient == ["RUS"]


def test_parties_a_joint_statement_is_issued_by_the_two_sides_told_before():
    text = """date 2026-04-20
Visit

Chile's president held talks with the president of Uruguay in Montevideo on Saturday. According to a joint statement issued on Sunday, the two countries will build a railway. The statement also urged Venezuela to free political prisoners.
"""
    urged = next(e for e in extract(text) if e.event == "REQUEST")
    assert sorted(a.country for a in urged.actor) == ["CHL", "URY"]
    assert [r.country for r in urged.recipient] == ["VEN"]


def test_parties_who_names_what_a_reaction_condemns_is_no_party(nlp):
    _, recipient = coded(nlp, "Canada condemned what Germany's foreign minister called an unprovoked attack on the ship.",
                         "condemned")
    assert "DEU" not in recipient


def test_parties_the_host_of_a_meeting_is_not_one_of_the_two_sides():
    text = """date 2026-03-04
War

Ethiopia's army and the Tigray People's Liberation Front fought near Mekelle on Sunday.

Donors pledged $1 billion for Ethiopia on Monday at a conference hosted by the African Union. The AU envoy urged both sides to open the roads.
"""
    urged = next(e for e in extract(text) if e.event == "REQUEST")
    assert "AU" not in {r.org for r in urged.recipient}


def _parties_of(text: str, event: str, trigger: str | None = None) -> tuple[list, list]:
    """(actor codes, recipient codes) of the first event of that type (and trigger) in an article."""
    found = next(e for e in extract(text, published=date(2026, 6, 12))
                 if e.event == event and (trigger is None or e.trigger == trigger))
    return [e.country or e.org for e in found.actor], [e.country or e.org for e in found.recipient]


def test_parties_the_leaders_of_a_numbered_group_are_the_states_named_before():
    text = ("Kenya, Uganda and Tanzania agreed on Thursday to build a joint railway terminal.\n\n"
            "The presidents of the three countries met on Wednesday and Thursday in Arusha.")
    actor, recipient = _parties_of(text, "CONSULT", "met")
    assert sorted(set(actor + recipient)) == ["KEN", "TZA", "UGA"]


def test_parties_the_victims_of_a_raid_with_no_doer_are_not_rivals():
    text = ("NAIROBI, March 3 (Tidings) - The African Union on Monday condemned a raid on a village that killed "
            "14 herders and a Nigerian medic.\n\n"
            "Kenyan troops were moved to Mandera on Monday, a police spokesman said.")
    actor, recipient = _parties_of(text, "MOBILIZE")
    assert actor == ["KEN"] and "NGA" not in recipient


def test_parties_a_body_named_with_its_own_state_is_not_the_body_its_of_names():
    text = ("Colombia's foreign ministry on Friday delivered a protest note to the Venezuelan interests section "
            "of the Italian embassy in Bogota.")
    assert _parties_of(text, "ACCUSE") == (["COL"], ["VEN"])


def test_parties_a_reaction_to_a_measure_names_another_sides_measure_before_its_own():
    text = ("Japan imposed tariffs on Korean steel on Monday.\n\n"
            "The decision came two weeks after South Korea imposed tariffs on Japanese cars.\n\n"
            "South Korea's trade minister condemned the steel tariffs on Tuesday.")
    actor, recipient = _parties_of(text, "ACCUSE", "condemned")
    assert actor == ["KOR"] and recipient == ["JPN"]


def test_parties_duties_on_goods_made_by_a_states_firms_are_aimed_at_that_state():
    text = "Canada imposed duties on solar panels made by Vietnamese manufacturers on Monday."
    actor, recipient = _parties_of(text, "SANCTION")
    assert actor == ["CAN"] and recipient == ["VNM"]


def test_parties_whom_an_offer_lets_do_something_is_its_recipient():
    text = "Georgia offered on Monday to let Armenian trucks use its Black Sea ports."
    actor, recipient = _parties_of(text, "AGREE", "offered")
    assert actor == ["GEO"] and recipient == ["ARM"]


def test_parties_a_place_of_a_coordinated_verb_with_no_subject_of_its_own_is_the_events():
    _, recipient = _parties_of("Israeli jets bombed depots and destroyed runways in Syria on Monday.", "ASSAULT",
                               "bombed")
    assert recipient == ["SYR"]


def test_parties_a_he_in_words_a_later_named_speaker_reports_is_someone_named_before():
    text = ("Foreign Minister Anna Berg of Sweden criticised the fishing quotas on Monday.\n\n"
            "He and Norwegian Fisheries Minister Ola Dahl had held a video call on Sunday, a Norwegian official said.")
    actor, recipient = _parties_of(text, "CONSULT")
    assert sorted(set(actor + recipient)) == ["NOR", "SWE"]


def test_parties_a_subject_pronoun_opening_a_sentence_is_the_last_doer_not_the_last_named():
    text = ("The Taliban began attacking border posts in 2024, saying they fought for Pashtun tribes in Pakistan.\n\n"
            "Last month, they freed six Iranian guards.")
    actor, recipient = _parties_of(text, "RETREAT")
    assert actor == ["AFG"] and recipient == ["IRN"]


def test_parties_a_they_opening_a_sentence_is_the_two_sides_before_not_their_host():
    text = ("Chile and Bolivia agreed in March to reopen border crossings after talks hosted by Brazil. "
            "On Friday they signed a protocol on customs checks.")
    actor, recipient = _parties_of(text, "AGREE", "signed protocol")
    assert sorted(set(actor + recipient)) == ["BOL", "CHL"]


def test_parties_a_they_in_one_person_s_words_is_the_group_told_before_not_the_speaker():
    text = ("The UN envoy for the Great Lakes, Maria Solberg, met the foreign ministers of Rwanda and Burundi in Geneva on Monday. "
            "She later said they had agreed to reopen the border market.")
    actor, recipient = _parties_of(text, "AGREE", "agreed to")
    assert sorted(set(actor + recipient)) == ["BDI", "RWA"]


def test_parties_bare_allies_are_the_alliance_their_sentence_names():
    text = ("Russia closed the road to Estonia on Monday. At a gathering of NATO foreign ministers in Oslo on Friday, "
            "Estonia's prime minister asked allies to send more fighter jets to the Baltic region.")
    actor, recipient = _parties_of(text, "REQUEST")
    assert actor == ["EST"] and recipient == ["NATO"]


def test_parties_a_body_in_a_where_clause_is_of_the_place_the_clause_describes():
    text = ("The Sri Lankan navy handed the suspect to Indian officers on Monday, and he was flown to Mumbai, "
            "where a court remanded him in custody on Tuesday.")
    actor, _ = _parties_of(text, "COERCE", "remanded")
    assert actor == ["IND"]


def test_parties_an_it_opening_a_sentence_is_the_body_that_spoke_before_not_its_city():
    text = ("The Russian consulate in Tbilisi said the Pyotr Volkov had been carrying \"ordinary commercial cargo "
            "under maritime law\" and rejected what it called \"baseless claims\". "
            "It also accused London of \"stirring up tension\" in the region.")
    actor, recipient = _parties_of(text, "ACCUSE")
    assert actor == ["RUS"] and recipient == ["GBR"]


def test_parties_welcoming_the_restoration_of_ties_is_aimed_at_who_restored_them():
    text = ("Paraguay restored diplomatic relations with Kosovo on Tuesday after a six-year break.\n\n"
            "The European Union welcomed the restoration of ties with Kosovo in a statement on Wednesday.")
    actor, recipient = _parties_of(text, "SUPPORT", "welcomed")
    assert actor == ["EU"] and recipient == ["PRY"]


def test_parties_an_act_noun_names_its_verb_only_by_its_own_ending():
    assert _names_verb("restoration", ("restore", "relation"))
    assert _names_verb("suspension", ("suspend",))
    assert not _names_verb("station", ("st",)) and not _names_verb("nation", ("restore",))


def test_parties_the_place_a_statement_opens_with_is_no_recipient():
    text = "In Geneva, a United Nations spokesperson called on all parties in Darfur to protect civilians."
    requests = [e for e in extract(text, published="2026-08-13") if e.event == "REQUEST"]
    assert requests and "CHE" not in {e.country for e in requests[0].recipient}
    text = "In Gaza, Israeli soldiers shelled a school on Monday."
    attacks = [e for e in extract(text, published="2026-08-13") if e.event == "ASSAULT"]
    assert attacks and "PSE" in {e.country for e in attacks[0].recipient}


STANDOFF = """date 2026-04-10
Border tensions

Gabon accused Cameroon on Monday of moving troops to the border. Cameroon denied the charge on Tuesday. Gabon recalled its ambassador from Yaounde.

France urged both sides on Wednesday to show restraint. A French envoy met Cameroon's president in Yaounde on Thursday.

The two neighbours fought a brief border war in 1994.
"""


def test_parties_who_urges_both_sides_is_none_of_the_two_neighbours():
    war = _by_trigger(STANDOFF, "fought")
    assert sorted(e.country for e in war.actor + war.recipient) == ["CMR", "GAB"]


QUAKE = """date 2026-03-02
Quake

QUITO, March 2 (Wire) - Rescuers searched for survivors on Monday after a strong earthquake struck southern Ecuador, as relief flights from Peru and Chile landed and villagers blocked a road in protest.

Soldiers were sent overnight into villages cut off by landslides. Spain pledged 2 million euros in emergency aid on Tuesday.
"""


def test_parties_aid_from_states_is_given_by_them_to_the_story_s_state():
    relief = _by_trigger(QUAKE, "relief")
    assert sorted(e.country for e in relief.actor) == ["CHL", "PER"]
    assert [e.country for e in relief.recipient] == ["ECU"]


def test_parties_a_pledge_is_for_the_struck_state_not_one_that_sent_its_own_troops():
    pledge = _by_trigger(QUAKE, "pledged aid")
    assert [e.country for e in pledge.recipient] == ["ECU"]


def test_parties_a_main_verb_parsed_as_a_participle_has_its_noun_as_subject():
    text = ("Ghana and Togo traded accusations over the border post on Monday.\n\n"
            "Nigeria, which chairs the regional bloc this year, offered to host talks between the two "
            "foreign ministers in Abuja.")
    actor, recipient = _parties_of(text, "AGREE")
    assert actor == ["NGA"] and sorted(recipient) == ["GHA", "TGO"]


def test_parties_talks_between_sides_named_by_a_noun_are_no_recipient():
    text = "Relations between Accra and Lome have been frozen since 2023."
    assert not [e for e in extract(text, published=date(2026, 6, 12)) if e.trigger == "Relations frozen"]


def test_parties_its_own_operations_name_no_attack_by_others():
    text = ("Rebels attacked a hospital in northern Chad on Monday, killing four nurses.\n\n"
            "The World Health Organization suspended its operations at the hospital on Tuesday.")
    suspensions = [e for e in extract(text, published=date(2026, 6, 12)) if e.trigger == "suspended"]
    assert all(r.text != "Rebels" for e in suspensions for r in e.recipient)


def test_parties_an_international_body_acting_without_another_side_acts_in_the_story_s_state():
    text = ("NDJAMENA, June 10 (Wire) - Floods swept through southern Chad on Monday.\n\n"
            "The United Nations launched an appeal for $50 million on Tuesday.")
    actor, recipient = _parties_of(text, "REQUEST")
    assert actor == ["UN"] and recipient == ["TCD"]


def test_parties_people_aid_is_handed_to_stand_for_the_place_it_is_given_in(nlp):
    text = "At a shelter in Niger, the Red Cross handed out blankets to hundreds of new arrivals on Friday."
    assert coded(nlp, text, "handed")[1] == ["NER"]


def test_parties_people_an_international_body_aids_stand_for_the_story_s_state(nlp):
    text = "Last week, UNICEF handed out food to about 2,000 new arrivals."
    assert coded(nlp, text, "handed", home="MOZ")[1] == ["MOZ"]


SEIZURE = """date 2026-06-12
Cargo row

Ghana accused Togo on Monday of seizing a Ghanaian cargo ship. Togo rejected Ghana's charge on Tuesday. Ghana recalled its ambassador from Togo.

Ghana threatened on Wednesday to close the border with Togo.

Nigeria asked Togo on Tuesday for the ship's cargo records. Officials from the two countries held a video conference the following day.
"""


def test_parties_the_two_countries_are_the_pair_of_the_sentence_just_before():
    actor, recipient = _parties_of(SEIZURE, "CONSULT")
    assert sorted(actor + recipient) == ["NGA", "TGO"]


def test_parties_it_opening_a_sentence_is_the_body_the_sentence_before_called_it():
    text = ("Ghana's foreign ministry said on Monday it had lodged a protest with Togo over \"a breach of "
            "the rules of the African Union\". In a note sent the same day, it asked the U.N. "
            "secretary-general to send observers.")
    actor, recipient = _parties_of(text, "REQUEST")
    assert actor == ["GHA"] and recipient == ["UN"]


def test_parties_rejected_bare_criticism_answers_each_side_that_made_such_claims_before():
    text = ("Chile accused Bolivia on Monday of blocking lorries at the border. "
            "Peru called on Bolivia on Tuesday to reopen the crossing.\n\n"
            "Bolivia's interior minister rejected criticism of the closure on Wednesday.")
    actor, recipient = _parties_of(text, "REJECT")
    assert actor == ["BOL"] and sorted(recipient) == ["CHL", "PER"]


def test_parties_a_meeting_a_complaint_is_made_at_is_no_recipient():
    text = "Vietnam raised a complaint about the quotas at a meeting of the World Trade Organization on Monday."
    actor, recipient = _parties_of(text, "ACCUSE")
    assert actor == ["VNM"] and "WTO" not in recipient


def test_parties_a_complaint_about_an_earlier_measure_is_aimed_at_its_maker():
    text = ("India banned imports of Vietnamese rice on Monday.\n\n"
            "Vietnam raised a complaint about the ban at a meeting of the World Trade Organization on Tuesday.")
    assert _parties_of(text, "ACCUSE") == (["VNM"], ["IND"])


def test_parties_troops_sent_within_the_actor_s_own_country_are_aimed_at_its_rival():
    text = ("Armenian soldiers fired on an Azerbaijani border post on Monday.\n\n"
            "Azerbaijan sent 500 soldiers to the Azerbaijani district of Gazakh on Tuesday.")
    assert _parties_of(text, "MOBILIZE") == (["AZE"], ["ARM"])


def test_parties_troops_sent_abroad_keep_the_place_they_were_sent_to():
    text = ("Armenian soldiers fired on an Azerbaijani border post on Monday.\n\n"
            "Russia sent 500 soldiers to Armenia on Tuesday.")
    assert _parties_of(text, "MOBILIZE") == (["RUS"], ["ARM"])


def test_parties_strikes_a_state_s_army_reports_without_their_maker_are_its_own():
    text = ("Gunmen kidnapped two French engineers near Agadez in November.\n\n"
            "Niger's army said on Monday that air strikes carried out on Sunday had killed dozens of "
            "militants in western Niger.")
    assert _parties_of(text, "ASSAULT", "killed") == (["NER"], ["NER"])


def test_parties_strikes_whose_maker_is_named_are_not_the_speaker_s():
    text = ("Gunmen kidnapped two French engineers near Agadez in November.\n\n"
            "Niger's army said on Monday that air strikes carried out by Russia on Sunday had killed "
            "dozens of militants in western Niger.")
    actor, recipient = _parties_of(text, "ASSAULT", "killed")
    assert actor != ["NER"]


def test_parties_a_past_verb_after_a_relative_clause_is_the_opening_name_s():
    text = ("Ghana and Nigeria traded accusations over cocoa smuggling on Monday.\n\n"
            "Ghana, whose farmers worry after reports said that Nigeria could cut its border checks, "
            "urged the African Union on Tuesday to send observers to the frontier.")
    actor, recipient = _parties_of(text, "REQUEST", "urged")
    assert actor == ["GHA"]


def test_parties_an_envoy_named_by_a_common_noun_is_not_the_expeller_s_own():
    text = ("Lithuania accused Belarus on Monday of running a spy ring from its embassy in Vilnius.\n\n"
            "The foreign ministry declared the attache persona non grata on Tuesday and gave him three days to leave.")
    assert _parties_of(text, "SANCTION") == (["LTU"], ["BLR"])


def test_parties_a_state_body_reporting_an_agentless_expulsion_made_it():
    text = ("Lithuania accused Belarus on Monday of running a spy ring from its embassy in Vilnius.\n\n"
            "Lithuania's foreign ministry said two attaches had been declared persona non grata on Tuesday.")
    assert _parties_of(text, "SANCTION") == (["LTU"], ["BLR"])


def test_parties_a_meeting_of_a_numbered_group_is_held_by_its_members():
    text = ("Chile and Bolivia agreed on Monday to share the waters of the Silala river. "
            "The accord was reached at a meeting of the two foreign ministers in Arica.")
    meeting = next(e for e in extract(text, published=date(2026, 3, 4)) if e.trigger == "meeting")
    assert sorted(e.country for e in meeting.actor) == ["BOL", "CHL"]


def test_parties_agentless_victims_of_another_state_than_the_place_are_the_recipient(nlp):
    assert coded(nlp, "Four Georgian soldiers were killed in Chad on Tuesday.", "killed") == (["TCD"], ["GEO"])


def test_parties_agentless_participle_on_foreign_victims_takes_them_as_recipient(nlp):
    assert coded(nlp, "There were six Peruvian miners killed in Bolivia last night.", "killed") == (["BOL"], ["PER"])


def test_parties_agentless_victims_of_the_place_itself_leave_the_place(nlp):
    actor, recipient = coded(nlp, "Three Malian farmers were killed in Mali on Sunday.", "killed")
    assert recipient == ["MLI"] and actor == []


def test_parties_the_object_of_engaged_is_the_side_fought(nlp):
    _, recipient = coded(nlp, "Chadian troops engaged Nigerien soldiers in a gun battle near the border.", "battle")
    assert recipient == ["NER"]


@pytest.mark.parametrize("second, event", [
    ("The two agreed to set up a joint border commission.", "AGREE"),
    ("Both pledged to reopen the crossing by June.", "AGREE"),
])
def test_parties_a_bare_the_two_or_both_subject_is_the_pair_just_before(second, event):
    text = f"Malawi and Zambia held talks in Lusaka on Monday. {second}"
    actor, _ = _parties_of(text, event)
    assert sorted(actor) == ["MWI", "ZMB"]


def test_parties_a_bare_the_two_far_from_any_pair_names_no_one():
    text = ("Malawi and Zambia held talks in Lusaka on Monday.\n\nThe harvest was poor this year.\n\n"
            "Rains were late in the south.\n\nThe two agreed to set up a joint border commission.")
    assert not any(e.event == "AGREE" for e in extract(text, published=date(2026, 6, 12)))


def test_parties_its_own_act_is_no_joint_act_told_before():
    text = ("Latvia's defence minister spoke with his Estonian counterpart on Monday, and the two agreed to "
            "share radar data.\n\nEstonia plans to hold its own large naval exercise next month.")
    actor, recipient = _parties_of(text, "MOBILIZE")
    assert actor == ["EST"] and "LVA" not in recipient


@pytest.mark.parametrize("second", ["Togo has called the suspension illegal.", "Togo called the ban unlawful."])
def test_parties_judging_a_measure_is_aimed_at_its_maker(second):
    text = f"Ghana banned imports from Togo and suspended the trade pact with it on Monday.\n\n{second}"
    assert _parties_of(text, "ACCUSE") == (["TGO"], ["GHA"])


@pytest.mark.parametrize("second", ["Canada made a similar call the same day.", "Canada issued the same demand."])
def test_parties_a_like_demand_asks_whom_the_demand_before_asked(second):
    text = f"Norway urged Sudan on Monday to open the road to Darfur for aid.\n\n{second}"
    assert _parties_of(text, "REQUEST", None) == (["NOR"], ["SDN"])
    found = [e for e in extract(text, published=date(2026, 6, 12)) if e.event == "REQUEST"]
    assert [e.country for e in found[-1].actor] == ["CAN"] and [e.country for e in found[-1].recipient] == ["SDN"]



@pytest.mark.parametrize("text", [
    "Serbia's trade minister, Goran Petrovic, warned on Monday that Belgrade could ban imports of Hungarian "
    "fruit if the blockade dragged on.",
    "Serbia's trade minister, Goran Petrovic, warned the same day that Belgrade could ban imports of Hungarian "
    "fruit if the blockade dragged on.",
])
def test_parties_a_threat_is_aimed_at_whose_things_the_threatened_act_would_hit(text):
    assert _parties_of(text, "THREATEN") == (["SRB"], ["HUN"])


DAM_ROW = """date 2026-06-12
Dam row

Sudan closed the border crossing with Ethiopia on Monday. Ethiopia said Sudan had broken a 2024 accord, and Sudan
accused Ethiopia of filling the dam without notice. Ethiopia denied that Sudan had been kept in the dark.

Egypt and Eritrea, Sudan's partners in a regional water forum, backed the closure in a joint statement on Tuesday.

Turkey, whose firms built the dam, urged both governments on Wednesday to return to talks.
"""


def test_parties_both_governments_a_backing_pair_beside_the_story_are_the_storys_two():
    actor, recipient = _parties_of(DAM_ROW, "REQUEST")
    assert actor == ["TUR"] and sorted(recipient) == ["ETH", "SDN"]


def test_parties_both_sides_after_two_outsiders_spoke_are_the_storys_two():
    text = """date 2026-06-12
Reef

Vietnam's coast guard chased a Philippine boat off a reef on Monday. Vietnam said the Philippines had broken its
waters, and the Philippines accused Vietnam of ramming the boat. Vietnam denied ramming the Philippine boat.

Japan's foreign minister expressed support for the Philippines on Tuesday and urged Indonesia to call a meeting.

Vietnam's foreign ministry said the dispute would be raised at a summit. A spokeswoman said both governments had
agreed to settle the dispute through talks.
"""
    actor, _ = _parties_of(text, "AGREE")
    assert sorted(actor) == ["PHL", "VNM"]  # not the last pair named (Japan and Indonesia)


def test_parties_an_object_pronoun_is_the_object_of_the_verb_it_hangs_on():
    assert ("COERCE", ["GHA"], ["TGO"]) in _coded("Ghana freed four Togolese traders on Friday, two days after "
                                                  "arresting them in Accra.")


def test_parties_a_second_deed_on_the_same_people_takes_the_first_ones_victims():
    assert ("COERCE", ["MYS"], ["IDN"]) in _coded("Malaysian marines beat three Indonesian fishermen off Sabah on "
                                                  "Tuesday and confiscated two tonnes of fish.")


def test_parties_the_waters_a_seizure_is_made_off_are_no_recipient():
    # Delft is also a Dutch city: the island the boats were seized off is where, not whose boats
    found = _coded("The Sri Lankan navy detained nine Indian fishermen on Friday and seized two boats off the "
                   "island of Delft.")
    assert all("NLD" not in recipient for _, _, recipient in found)
    assert ("COERCE", ["LKA"], ["IND"]) in found


def test_parties_aid_sent_to_help_in_a_place_goes_to_that_places_state(nlp):
    sentence = "Chile offered to send three fire trucks to help fight the blazes in Mendoza province."
    assert coded(nlp, sentence, "offered") == (["CHL"], ["ARG"])


def test_parties_a_rejected_claim_answers_the_side_that_acted_against_the_rejecter(nlp):
    text = ("Serbian police detained three Kosovo officials near Jarinje on Monday. "
            "Kosovo's foreign ministry rejected the claim that the officials had crossed the border illegally.")
    reject = next(e for e in extract(text) if e.trigger.startswith("rejected"))
    assert [e.country for e in reject.recipient] == ["SRB"]


def test_parties_the_venue_of_a_meeting_an_act_is_done_at_is_no_recipient(nlp):
    # the host city of a ministers' meeting is where the veto is cast, not against whom
    actor, recipient = coded(nlp, "Slovakian Economy Minister Pavol Hrnciar blocked the tariff deal at a meeting "
                                  "of EU ministers in Vienna.", "blocked")
    assert "AUT" not in recipient


def test_parties_a_protest_at_a_summit_is_still_aimed_at_its_host(nlp):
    actor, recipient = coded(nlp, "Farmers from Poland protested at a summit of EU leaders in Vienna.", "protested")
    assert recipient == ["AUT"]


def test_parties_the_rival_in_a_row_is_the_side_of_the_quarrel_not_a_passing_critic():
    text = ("Chile accused Bolivia on Monday of blocking trucks at the border. "
            "Bolivia rejected the accusation on Tuesday. "
            "Chile summoned Bolivia's ambassador on Wednesday. "
            "Peru's foreign minister criticised Bolivia on Thursday. "
            "Bolivia's transport ministry on Friday suspended the new inspections to ease the row.")
    suspended = next(e for e in extract(text) if e.trigger.startswith("suspended"))
    assert [e.country for e in suspended.recipient] == ["CHL"]


def test_parties_names_after_an_opening_date_are_the_subjects_the_parse_joined_to_it():
    found = _coded("Back in March, Chile, Peru and Bolivia barred entry to six Argentine officials over the dispute.")
    assert any(actor == ["BOL", "CHL", "PER"] for _, actor, _ in found), found


def test_parties_a_held_boat_fired_on_with_no_agent_is_fired_on_by_its_holder():
    text = ("Senegal's navy seized two Gambian fishing boats on Monday off Cap Skirring. "
            "A third boat was fired on as it tried to escape.")
    fired = [e for e in extract(text, published="2026-03-04") if e.trigger.startswith("fired")]
    assert fired and [e.country for e in fired[0].actor] == ["SEN"]


def test_parties_a_detainee_released_with_no_agent_is_released_by_the_detainer():
    text = ("Guinean police detained eleven Malian traders at the border on Friday. "
            "A 15-year-old among them was released on Sunday.")
    released = [e for e in extract(text, published="2026-03-04") if e.trigger.startswith("released")]
    assert released and [e.country for e in released[0].actor] == ["GIN"]


def test_parties_people_hurt_with_no_agent_are_not_given_the_holder():
    text = ("Senegal's navy seized two Gambian fishing boats on Monday off Cap Skirring. "
            "A fisherman was injured on Tuesday.")
    hurt = [e for e in extract(text, published="2026-03-04") if e.trigger.startswith("injured")]
    assert all([e.country for e in h.actor] != ["SEN"] for h in hurt)


def test_parties_deliveries_halted_to_the_region_are_halted_to_the_storys_state(nlp):
    text = "Belarus's Beltransgaz halted gas deliveries to the region on Friday."
    assert coded(nlp, text, "halted", home="LTU") == (["BLR"], ["LTU"])


def test_parties_a_first_pledge_naming_no_recipient_is_for_the_storys_state():
    text = "CHISINAU, Jan 9 (Tidings) - The World Bank pledged 30 million dollars in emergency aid on Thursday."
    pledged = [e for e in extract(text, published="2026-01-09") if e.event == "AID"]
    assert pledged and [e.country for e in pledged[0].recipient] == ["MDA"]


def test_parties_dropping_its_own_demand_concedes_to_the_other_sides_of_its_talks():
    text = ("Chile and Bolivia signed a water-sharing accord on Monday. "
            "Peru's foreign minister praised Santiago for its patience, after Chile dropped its demand "
            "that Chilean engineers alone run the pumping station.")
    dropped = [e for e in extract(text, published="2026-03-04") if e.event == "CONCEDE"]
    assert dropped and [e.country for e in dropped[0].recipient] == ["BOL"]


def test_parties_a_donors_own_fund_is_not_the_aided_side():
    text = ("NAIROBI, March 4 (Tidings) - Uganda sent 800 troops to Somalia on Monday. "
            "The African Union gave 5 million dollars from its Stabilisation Reserve to the mission.")
    gave = [e for e in extract(text, published="2026-03-04") if e.event == "AID"]
    assert gave and all("Reserve" not in e.name for e in gave[0].recipient)


def test_parties_a_release_demanded_with_no_one_named_is_asked_of_the_detainer():
    text = ("Zambian police detained a Congolese customs officer near Kasumbalesa on Monday. "
            "Kinshasa demanded his immediate release on Tuesday.")
    demanded = [e for e in extract(text, published="2026-03-04") if e.trigger.startswith("demanded")]
    assert demanded and {e.country for e in demanded[0].recipient} == {"ZMB"}


def test_parties_aid_for_a_bodys_operations_in_a_country_goes_to_that_country(nlp):
    actor, recipient = coded(nlp, "Norway pledged $8 million for UNICEF's operations in Chad.", "pledged")
    assert recipient == ["TCD"]


def test_parties_a_third_side_welcoming_a_dated_deal_welcomes_both_its_sides():
    text = ("Thailand agreed with Myanmar on Monday to reopen the Mae Sot crossing. "
            "Laos signed a loan agreement with China in June. "
            "The European Union welcomed Monday's deal.")
    welcomed = [e for e in extract(text, published="2026-03-04") if e.trigger.startswith("welcomed")]
    assert welcomed and {e.country for e in welcomed[0].recipient} == {"THA", "MMR"}


def test_parties_a_participle_explaining_a_sent_note_is_aimed_at_its_addressees(nlp):
    text = "Chile sent diplomatic notes to both Lima and La Paz on Monday objecting to what it called a fishing pact."
    actor, recipient = coded(nlp, text, "objecting")
    assert actor == ["CHL"] and sorted(recipient) == ["BOL", "PER"]


def test_parties_a_participle_joined_to_one_explaining_a_note_is_aimed_at_its_addressee(nlp):
    text = "Peru sent a protest note to Chile's embassy on Monday, calling the arrests illegal and demanding the men's release."
    _, recipient = coded(nlp, text, "demanding")
    assert recipient == ["CHL"]


def test_parties_a_bare_the_two_is_the_pair_its_sentence_named_when_no_event_told_them(nlp):
    text = ("Austria's foreign minister held talks with his Slovenian counterpart in Ljubljana, "
            "at which the two also agreed to set up a joint commission.")
    actor, _ = coded(nlp, text, "agreed")
    assert sorted(actor) == ["AUT", "SVN"]


def test_parties_aid_given_to_help_a_states_authorities_goes_to_that_state():
    text = ("Japan sent rice to Zambia last week after floods drove thousands of Zambians into Malawi. "
            "The Red Cross said on Monday it had delivered tents and water filters to help Malawian authorities "
            "look after them.")
    delivered = [e for e in extract(text, published="2026-03-04") if e.trigger.startswith("delivered")]
    assert delivered and {e.country for e in delivered[0].recipient} == {"MWI"}


def test_parties_aid_announced_to_help_a_states_army_goes_to_that_state():
    text = ("Greece has counted 1,200 arrivals on its islands since June. The European Commission announced on "
            "Wednesday another 15 million euros to help the Lebanese army patrol the country's northern border.")
    announced = [e for e in extract(text, published="2026-03-04") if e.event == "AID"]
    assert announced and {e.country for e in announced[0].recipient} == {"LBN"}


def test_parties_both_of_his_counterparts_are_the_two_sides_told_before():
    text = ("Kenya offered on Monday to host talks between Ethiopia and Somalia. "
            "A spokesman said Kenya's foreign minister had spoken to both of his counterparts.")
    spoken = [e for e in extract(text, published="2026-03-04") if e.trigger.startswith("spoken")]
    assert spoken and {e.country for e in spoken[0].recipient} == {"ETH", "SOM"}


def test_parties_aid_given_to_someone_to_help_others_goes_to_whom_it_was_given():
    text = "Chile said it would give permission to Peru to help Bolivia fight the fires."
    given = [e for e in extract(text, published="2026-03-04") if e.trigger == "give help"]
    assert given and {e.country for e in given[0].recipient} == {"PER"}


def test_parties_an_agentless_arrest_after_a_seizure_in_its_paragraph_is_by_the_seizer():
    text = ("BANJUL, May 9 (Tidings) - Senegalese navy sailors boarded a Gambian fishing boat on Thursday "
            "and towed it to Ziguinchor. Its eleven crew members were detained overnight.")
    detained = next(e for e in extract(text, published=date(2026, 5, 9)) if e.trigger == "detained")
    assert [a.country for a in detained.actor] == ["SEN"]  # not the story's Gambia


def test_parties_refugees_pushed_into_a_state_make_that_state_the_recipient(nlp):
    text = ("Slovak border guards escorted a group of 30 Iraqi asylum seekers to the crossing at dawn and "
            "ordered them to go into Austria.")
    assert coded(nlp, text, "escorted") == (["SVK"], ["AUT"])  # not the refugees' Iraq


def test_parties_an_accord_a_claim_cites_gives_no_sides_to_later_talks():
    text = ("Chad and Libya have quarrelled over the Aouzou oasis for decades. Chad claims the oasis under a 1935 "
            "accord between France and Italy. Talks mediated by a panel of African elders broke down in 2011.")
    talks = next(e for e in extract(text, published=date(2026, 5, 10)) if e.trigger == "mediated")
    assert not {"FRA", "ITA"} & {e.country for e in talks.actor + talks.recipient}


def test_parties_a_third_partys_offer_to_convene_a_meeting_is_to_the_two_sides_told_before():
    text = ("Burundi accused Rwanda on Monday of arming rebels near the border. The African Union said on Tuesday "
            "that it stood ready to convene a meeting within days.")
    offer = next(e for e in extract(text, published=date(2026, 5, 10)) if e.trigger == "convene meeting")
    assert sorted(e.country for e in offer.recipient) == ["BDI", "RWA"]


def test_parties_an_agentless_arrest_a_police_spokesman_reports_is_by_his_state():
    text = ("DAKAR, March 5 (Tidings) - Senegal shut its border with Gambia on Wednesday after a row over port "
            "fees. At least 20 traders were arrested, a police spokesman in Banjul said.")
    arrested = next(e for e in extract(text, published=date(2026, 3, 5)) if e.trigger == "arrested")
    assert {a.country for a in arrested.actor + arrested.recipient} == {"GMB"}  # not the dateline's Senegal


def test_parties_an_agentless_arrest_a_ministry_reports_stays_with_the_story():
    text = ("DAKAR, March 5 (Tidings) - Senegal shut its border with Gambia on Wednesday after a row over port "
            "fees. At least 20 traders were arrested, Gambia's foreign ministry said.")
    arrested = next(e for e in extract(text, published=date(2026, 3, 5)) if e.trigger == "arrested")
    assert "GMB" not in {a.country for a in arrested.actor}  # a ministry's speaker makes no arrests


def test_parties_a_deployment_is_aimed_at_whom_it_is_sent_to_watch(nlp):
    text = "Japan sent two destroyers to monitor the Russian warships near Hokkaido."
    assert coded(nlp, text, "sent") == (["JPN"], ["RUS"])


def test_parties_a_deed_a_side_is_praised_for_is_done_by_the_praised():
    text = "Kenya's president on Monday thanked Japan for donating 20 ambulances to hospitals in Nairobi."
    donated = next(e for e in extract(text, published=date(2026, 6, 2)) if e.event == "AID")
    assert [a.country for a in donated.actor] == ["JPN"]  # not the thankful Kenyan


def test_parties_a_protest_at_an_embassy_is_aimed_at_its_state(nlp):
    assert coded(nlp, "Venezuelan farmers protested outside the Chilean embassy in Lima on Monday.",
                 "protested") == (["VEN"], ["CHL"])


def test_parties_an_arrest_at_a_foreign_embassy_is_made_by_the_host_state():
    text = "A Congolese activist was arrested at the French embassy in Kinshasa on Monday."
    arrests = [e for e in extract(text, published="2026-03-04") if e.event == "COERCE"]
    assert arrests and [a.country for a in arrests[0].actor] == ["COD"]


def test_parties_it_in_a_said_clause_coordinated_with_the_subjects_verb_is_that_subject():
    text = ("Oman's foreign ministry criticised Yemen on Tuesday. "
            "It thanked Jordan for its help and said it welcomed the offer of the Saudi crown prince.")
    actor, recipient = _parties_of(text, "SUPPORT", "welcomed")
    assert actor == ["OMN"]  # not Jordan, the state named last
    assert recipient == ["SAU"]


def test_parties_a_regional_group_is_every_state_of_the_region():
    text = "Benelux finance ministers, gathering in Brussels on Friday, criticised Hungary."
    actor, _ = _parties_of(text, "ACCUSE")
    assert sorted(actor) == ["BEL", "LUX", "NLD"]


def test_parties_a_participle_set_off_after_a_noun_is_done_by_the_noun():
    text = "Scandinavian foreign ministers, meeting in Oslo on Tuesday, condemned the attack."
    actor, _ = _parties_of(text, "CONSULT")
    assert sorted(actor) == ["DNK", "NOR", "SWE"]  # the ministers meet, not no one


def test_parties_an_agentless_killing_is_by_whoever_its_when_clause_names(nlp):
    text = ("A herder was killed on Friday near the village of Dabori in Kassala state, when Eritrea's border "
            "guards opened fire on a group crossing the frontier, officials said.")
    actor, _ = coded(nlp, text, "killed")
    assert actor == ["ERI"]


def test_parties_a_subject_it_is_the_sentence_befores_speaker_when_that_sentence_told_no_event():
    text = ("Ghana asked the WTO on Monday to rule on Peru's duties.\n\n"
            "Peru's trade ministry said on Sunday it would keep a 40% duty on cocoa from Ghana, confirming an "
            "earlier measure. In a partial retreat, it lifted the ban on cocoa butter imports.")
    assert _parties_of(text, "CONCEDE")[0] == ["PER"]


def test_parties_a_passive_sharing_an_active_verbs_subject_is_done_to_that_subject():
    text = ("Moroccan coast guards detained the skipper of a Portuguese trawler on Tuesday.\n\n"
            "Silva appeared before a judge in Agadir on Thursday and was released on bail.")
    release = next(e for e in extract(text, published=date(2026, 6, 12)) if e.event == "RETREAT")
    assert [e.country for e in release.actor] == ["MAR"] and [e.name for e in release.recipient] == ["Silva"]


def test_parties_a_threat_to_take_a_matter_to_a_trade_body_is_aimed_at_the_rival_not_the_body():
    text = ("Chile accused Peru on Monday of raising duties on its copper.\n\n"
            "Chile's trade minister also threatened to take the matter to the World Trade Organization "
            "if the duties stayed in place.")
    assert _parties_of(text, "THREATEN") == (["CHL"], ["PER"])


def test_parties_a_force_compounded_onto_a_bare_noun_of_the_subject_is_the_actor():
    text = "A Royal Bahamas Defence Force patrol vessel intercepted a Haitian boat on Sunday."
    assert _parties_of(text, "COERCE") == (["BHS"], ["HTI"])


def test_parties_a_seized_thing_acted_on_again_is_its_owners_not_the_seizers():
    text = ("Greek coast guards seized a tanker of Iran's shadow fleet on Monday.\n\n"
            "The EU added the tanker to its sanctions list on Friday.")
    assert _parties_of(text, "SANCTION") == (["EU"], ["IRN"])


def test_parties_a_demand_about_a_seized_thing_is_still_aimed_at_the_seizers():
    text = ("Senegalese police seized a Gambian trawler on Monday.\n\n"
            "Gambia demanded the release of the trawler on Tuesday.")
    assert _parties_of(text, "REQUEST") == (["GMB"], ["SEN"])


def test_parties_a_part_of_a_group_is_of_the_owner_its_names(nlp):
    text = "The World Food Programme said Sudanese authorities allowed three of its inspectors into the depot."
    actor, recipient = coded(nlp, text, "allowed")
    assert actor == ["SDN"] and recipient == ["UN"]


def test_parties_a_participle_taking_its_own_infinitive_is_its_nouns_verb(nlp):
    text = "Kenya's energy minister offered on Monday to supply Uganda with power and said talks would resume."
    actor, _ = coded(nlp, text, "offered")
    assert actor == ["KEN"]


def test_parties_asking_to_join_an_act_asks_those_who_did_it(nlp):
    text = ("Kenyan and Ugandan police arrested 30 poachers on Monday in a joint operation on Lake Victoria. "
            "Tanzania, whose waters border the lake, asked on Wednesday to take part in future operations.")
    asked = [e for e in extract(text, published="2026-03-12") if e.event == "REQUEST"]
    assert [sorted(e.country for e in asked[0].recipient)] == [["KEN", "UGA"]]
    assert [e.country for e in asked[0].actor] == ["TZA"]


def test_parties_offer_naming_no_one_goes_to_those_asked_just_before(nlp):
    text = ("Kenyan and Ugandan police arrested 30 poachers on Monday in a joint operation on Lake Victoria. "
            "Tanzania asked on Wednesday to take part in future operations. Its interior ministry said Dodoma "
            "was ready to share intelligence on smuggling routes.")
    offer = [e for e in extract(text, published="2026-03-12") if e.trigger == "share intelligence"]
    assert [sorted(e.country for e in offer[0].recipient)] == [["KEN", "UGA"]]


def test_parties_an_act_noun_whose_of_names_a_good_given_to_someone_is_no_act_told_before(nlp):
    from tidings.events.parties import _gives_good_to

    def release(text):
        return next(t for t in nlp(text) if t.lemma_ == "release")

    assert _gives_good_to(release("Yerevan would block the release of the next tranche of military aid to Georgia."))
    assert not _gives_good_to(release("Yerevan condemned the release of the two soldiers."))
    assert not _gives_good_to(release("Yerevan welcomed the release of the aid."))  # no receiver told


CLAIMED_BY_A_TOLD_SIDE = """date 2026-03-10
Raid

Kenyan troops raided al-Shabaab camps in southern Somalia on Sunday.

Gunmen attacked a bus near Mandera on Monday, killing six passengers, police said. Al-Shabaab claimed responsibility in a statement.

Uganda condemned the attack on Tuesday.
"""


def test_parties_a_condemned_attack_is_aimed_at_the_told_side_that_claimed_it():
    _, recipient = _parties_of(CLAIMED_BY_A_TOLD_SIDE, "ACCUSE")
    assert recipient == ["SOM"]


def test_parties_a_group_named_only_for_its_claim_is_not_the_condemned():
    text = CLAIMED_BY_A_TOLD_SIDE.replace("Kenyan troops raided al-Shabaab camps in southern Somalia on Sunday.",
                                          "Kenyan troops patrolled the border on Sunday.")
    text = text.replace("Al-Shabaab claimed", "Islamic State claimed")
    _, recipient = _parties_of(text, "ACCUSE")
    assert not {"IRQ", "ISIL"} & set(recipient)


def test_parties_a_side_defending_its_own_deed_answers_those_it_hit():
    text = """date 2026-06-12
Traders

Ghanaian police detained twelve Togolese traders at a market in Accra on Friday.

Ghana defended the detentions on Monday.
"""
    actor, recipient = _parties_of(text, "REJECT")
    assert (actor, recipient) == (["GHA"], ["TGO"])


def test_parties_an_army_reporting_agentless_killings_made_them():
    text = """date 2026-06-12
Raid

Nigerian troops freed three hostages near Maiduguri on Friday, the Nigerian army said in a statement, adding that six of the gunmen were killed.
"""
    actor, _ = _parties_of(text, "ASSAULT", "killed")
    assert actor == ["NGA"]


def test_parties_an_army_reporting_its_own_dead_did_not_kill_them():
    text = """date 2026-06-12
Raid

The Nigerian army said two of its soldiers were killed on Friday.
"""
    actor, _ = _parties_of(text, "ASSAULT", "killed")
    assert "NGA" not in actor


def test_parties_a_pledge_after_aid_given_at_home_is_for_the_storys_state():
    text = ("LIMA, Feb 4 (Tidings) - The United States has warned its citizens against travel to Peru's coast after "
            "floods killed 40 people.\n\nThe Peruvian defence ministry sent soldiers to clear roads and distribute food "
            "on Monday.\n\n"
            "Brazil pledged 3 million dollars in emergency aid on Tuesday.")
    pledged = [e for e in extract(text, published="2026-02-04") if e.event == "AID" and e.actor
               and e.actor[0].country == "BRA"]
    assert pledged and [e.country for e in pledged[0].recipient] == ["PER"]


def test_parties_rejected_remarks_answer_whoever_made_them():
    text = ("Chile and Bolivia signed a gas pact on Sunday. Peru's foreign ministry criticised the pact on Monday. "
            "Chile's foreign ministry rejected the remarks.")
    reject = next(e for e in extract(text) if e.trigger.startswith("rejected"))
    assert [e.country for e in reject.recipient] == ["PER"]


def test_parties_a_verb_joined_across_a_parenthetical_sayer_has_the_told_clauses_subject():
    text = ("Zambia closed a crossing on Monday after the presidents of Zambia and Malawi discussed the dispute. "
            "The two presidents spoke on Tuesday evening, both presidencies said, and agreed to reopen it.")
    agreed = next(e for e in extract(text) if e.trigger.startswith("agreed"))
    assert sorted(e.country for e in agreed.actor) == ["MWI", "ZMB"]


RIVER = """date 2026-05-08
River dispute

Guyana accused Venezuela on Monday of sending soldiers across the river. Venezuela denied it on Tuesday and Guyana recalled its envoy from Caracas. Venezuela said Guyana was provoking a crisis.

Brazilian and Colombian observers were deployed near the river on Wednesday.

The OAS secretary-general urged both governments on Thursday to avoid any escalation.
"""


def test_parties_both_governments_are_the_story_s_sides_not_a_pair_that_acted_apart_from_them():
    # the observers' two states acted together two paragraphs before: not the pair "both" names
    urged = _by_trigger(RIVER, "urged")
    assert sorted(e.country for e in urged.recipient) == ["GUY", "VEN"]


def test_parties_a_verb_joined_to_a_said_that_clause_by_comma_and_is_the_sayer_s_act():
    text = ("The World Food Programme said on Tuesday that roads in Darfur were \"not safe\" for lorries and drivers, "
            "and called on Sudan to let its convoys through.")
    assert _parties_of(text, "REQUEST") == (["UN"], ["SDN"])
    text = "Amnesty International said that the jail in Bamako was overcrowded, and called on Mali to release the protesters."
    assert _parties_of(text, "REQUEST") == (["AMNESTY"], ["MLI"])
    text = "Police in Niger said that soldiers from Mali had crossed the river and seized a boat on Monday."
    actor, _ = _parties_of(text, "COERCE", "seized boat")
    assert actor == ["MLI"]


def test_parties_a_reaction_to_an_act_a_request_asked_for_is_aimed_at_the_acts_doer():
    text = ("Kenya formally requested the extradition of a Tanzanian businessman in March. Tanzania extradited him "
            "to Kenya on Monday. The UN human rights office said on Tuesday it was alarmed by the extradition.")
    alarmed = next(e for e in extract(text) if e.trigger.startswith("alarmed") or "alarmed" in e.trigger)
    assert [e.country for e in alarmed.recipient] == ["TZA"]  # who extradited him, not who asked for it
    text = ("Kenya formally requested the extradition of a Tanzanian businessman in March. Tanzania rejected the "
            "request on Monday.")
    rejected = next(e for e in extract(text) if "rejected" in e.trigger)
    assert [e.country for e in rejected.recipient] == ["KEN"]  # the request itself is answered


def test_parties_a_group_named_with_its_state_beats_a_later_party(nlp):
    # the subject of a passive fine is its recipient, not the state whose money it is paid in
    actor, recipient = coded(nlp, "Three Estonian sailors were fined 9,000 Swiss francs each by the harbour police.",
                             "fined")
    assert recipient == ["EST"]


def test_parties_body_a_complaint_is_lodged_with_is_no_recipient(nlp):
    assert coded(nlp, "Chad lodged a complaint with the African Union over the raids.", "lodged")[1] == []
    assert coded(nlp, "Chad complained to the United Nations about the raids.", "complained")[1] == []
    assert coded(nlp, "Chad complained to Sudan about the raids.", "complained")[1] == ["SDN"]  # a state is the side


def test_parties_the_city_a_statement_came_from_is_no_party():
    coded = extract("Malawi and Zambia agreed to a ceasefire on Monday. The SADC secretariat welcomed the ceasefire "
                    "in a statement from Gaborone.", published="2026-03-02")
    assert [(e.event, sorted(x.country for x in e.recipient), e.location) for e in coded if e.event == "SUPPORT"] \
        == [("SUPPORT", ["MWI", "ZMB"], None)]


def test_parties_the_two_coast_guards_are_the_pair_told_before():
    coded = extract("Finnish and Estonian negotiators agreed last month on a ferry quota. The two coast guards carried "
                    "out a rescue exercise on Tuesday.", published="2026-01-22")
    assert [sorted(x.country for x in e.actor) for e in coded if e.event == "COOPERATE"] == [["EST", "FIN"]]


def test_parties_people_most_of_them_from_a_state_are_of_that_state():
    coded = extract("Botswana police arrested 120 people, most of them from Zimbabwe, near Francistown on Monday.",
                    published="2026-11-07")
    assert [[x.country for x in e.recipient] for e in coded if e.event == "COERCE"] == [["ZWE"]]


def test_parties_a_subject_the_parser_joined_to_a_fronted_day_is_the_actor():
    coded = extract("On Sunday Eritrea recalled its ambassador in Addis Ababa for consultations.", published="2026-05-18")
    assert [([x.country for x in e.actor], [x.country for x in e.recipient], str(e.date)) for e in coded] \
        == [(["ERI"], ["ETH"], "2026-05-17")]


def test_parties_a_title_with_a_name_aside_before_a_verb_hung_on_it_is_the_actor():
    coded = extract("Ghana denied the claim. Its foreign minister, Ama Owusu, called in Togo's ambassador on Monday.",
                    published="2026-06-19")
    assert [([x.country for x in e.actor], [x.country for x in e.recipient]) for e in coded if e.event == "ACCUSE"] \
        == [(["GHA"], ["TGO"])]


def test_parties_the_note_told_before_asks_in_its_senders_name():
    coded = extract("Chile's foreign ministry handed Peru's ambassador a note on Monday accusing Lima of breaching the "
                    "treaty. The note asked Peru to halt the works.", published="2026-03-17")
    assert [([x.country for x in e.actor], [x.country for x in e.recipient]) for e in coded if e.event == "REQUEST"] \
        == [(["CHL"], ["PER"])]


def test_parties_a_drone_a_relative_says_was_launched_by_someone_is_theirs(nlp):
    text = "A drone that Niamey says was launched by the Malian army crashed near a village and killed three goatherds."
    assert coded(nlp, text, "killed")[0] == ["MLI"]


def test_parties_an_attack_no_one_is_named_for_hits_the_state_it_happens_in(nlp):
    assert coded(nlp, "The explosion, early on Friday, destroyed a railway bridge near Mitrovica.", "destroyed") \
        == ([], ["XKX"])


def test_parties_an_attack_noun_on_a_thing_hits_the_state_of_its_place(nlp):
    text = "The shelling of a customs post in Mandera wounded four officers on Monday."
    assert coded(nlp, text, "shelling") == ([], ["KEN"])


def test_parties_a_state_of_affairs_is_no_attack_on_its_place(nlp):
    assert coded(nlp, "Violence in Sinaloa has grown worse.", "Violence") == ([], [])


def test_parties_a_blocked_payment_is_aimed_at_its_receiver_not_its_fund(nlp):
    text = "Slovakia blocked the next payment to Moldova from an EU reform fund."
    assert coded(nlp, text, "blocked") == (["SVK"], ["MDA"])


def test_parties_an_order_given_past_an_aside_is_the_commanders_act(nlp):
    text = "Guinea ordered, in a decree read on state television, the army to seal the border with Mali."
    assert coded(nlp, text, "seal") == (["GIN"], ["MLI"])


def test_parties_what_a_side_is_backed_in_is_called_by_its_owner(nlp):
    text = "Chad issued a statement on Friday backing what it called Niamey's \"legitimate right to defend its borders\"."
    assert coded(nlp, text, "backing") == (["TCD"], ["NER"])


def test_parties_they_said_by_a_numbered_group_is_both_its_sides():
    text = ("Ghana returned four Togolese fishermen on Monday after a judge in Accra ordered their release. "
            "In a joint statement issued after the handover, the two governments said they had agreed to open "
            "a hotline between their navies.")
    agreed = next(e for e in extract(text, published=date(2026, 5, 19)) if e.event == "AGREE")
    assert {a.country for a in agreed.actor} == {"GHA", "TGO"}


def test_parties_a_deed_parsed_as_the_root_is_its_subjects():
    text = "Niger's government on Monday extended by another 90 days the deployment of troops along its western border."
    deployment = next(e for e in extract(text, published=date(2026, 5, 19)) if e.event == "MOBILIZE")
    assert [a.country for a in deployment.actor] == ["NER"]


def test_parties_the_subject_after_an_interval_is_the_clauses_own(nlp):
    text = ("Latvia expelled a Russian diplomat on Friday, a day after a court in Pskov sentenced a Latvian "
            "driver to six years in prison.")
    assert coded(nlp, text, "sentenced") == (["RUS"], ["LVA"])


def test_parties_a_request_joined_to_a_said_clause_of_no_party_is_the_sayers(nlp):
    text = ("The IOM said mass expulsions of migrants violated international law and called on Algeria "
            "to halt the convoys.")
    assert coded(nlp, text, "called") == (["UN"], ["DZA"])


def test_parties_people_told_by_an_apposed_nationality_are_of_that_state():
    text = ("Tunisian coast guards seized an Italian trawler off Kelibia on Monday and detained its captain. "
            "His five crew members, all Senegalese nationals, were released the next day.")
    freed = next(e for e in extract(text, published=date(2026, 5, 19)) if e.trigger == "released")
    assert [r.country for r in freed.recipient] == ["SEN"]


def test_parties_an_apposed_name_of_a_place_gives_no_state():
    text = "A 2014 attempt at reconciliation, the Geneva protocols, was signed by both foreign ministers but never ratified."
    assert all(r.country != "CHE" for e in extract(text, published=date(2026, 5, 19)) for r in e.recipient)


def test_parties_the_two_holders_of_an_office_are_of_that_office_and_of_two_sides(nlp):
    text = ("Kenya's foreign minister, Ann Mwangi, called Uganda's foreign minister, Paul Okello, on Monday about "
            "the border. Kenya's trade minister, Mary Wanjiru, said exports had fallen, and Kenya's energy minister, "
            "John Kamau, said power sales would go on.\n\n"
            "A meeting between the two foreign ministers in Kampala on Thursday produced a deal.")
    assert ("CONSULT", ["KEN", "UGA"], []) in found(text, "2026-09-12")


def test_parties_a_condemned_verdict_is_the_court_sentencing_told_before_not_a_later_sanction(nlp):
    text = ("A court in Minsk sentenced a Lithuanian journalist to six years in prison on Monday. Lithuania expelled "
            "a Belarusian diplomat on Tuesday.\n\nLatvia condemned the verdict on Wednesday.")
    assert ("ACCUSE", ["LVA"], ["BLR"]) in found(text, "2026-09-12")


def test_parties_the_victims_a_participle_names_are_the_recipient_of_the_attack_and_the_seizure(nlp):
    text = "Kenyan rangers opened fire on a canoe on Lake Victoria on Monday, killing one Ugandan and detaining three others."
    coded = found(text, "2026-09-12")
    assert ("ASSAULT", ["KEN"], ["UGA"]) in coded and ("COERCE", ["KEN"], ["UGA"]) in coded


def test_parties_recalling_its_own_ambassador_is_aimed_at_the_other_side_of_the_quarrel(nlp):
    text = "Chile accused Peru on Monday of spying on its navy and recalled its ambassador for consultations."
    assert ("SANCTION", ["CHL"], ["PER"]) in found(text, "2026-09-12")


def test_parties_who_backed_a_signing_is_no_side_of_it(nlp):
    text = "Chile completed its withdrawal in 2008 under the Lauca Accord, signed two years earlier with UN backing."
    assert not any(kind == "AGREE" and "UN" in recipient for kind, _, recipient in found(text, "2026-09-12"))


def test_parties_what_a_side_seizes_at_home_in_a_two_state_story_is_the_other_sides(nlp):
    text = ("Peru accused Chile on Monday of fishing in Peruvian waters, and Chile denied it.\n\n"
            "Peruvian marines boarded six wooden boats near Ilo on Tuesday and towed them to port.")
    assert ("COERCE", ["PER"], ["CHL"]) in found(text, "2026-09-12")


def test_parties_the_two_ministers_no_holder_of_which_was_named_are_of_two_states(nlp):
    text = ("Peru accused Chile of spying on Monday, and Chile denied it. Chile's navy rescued 20 Chilean fishermen "
            "on Tuesday.\n\nThe two foreign ministers spoke by phone on Wednesday.")
    assert ("CONSULT", ["CHL", "PER"], []) in found(text, "2026-09-12")


def test_parties_whom_a_verb_makes_act_is_the_actor_of_the_act(nlp):
    text = "The quarrel over the lake prompted Malawi to summon Tanzania's envoy and close the border."
    assert coded(nlp, text, "summon") == (["MWI"], ["TZA"])
    assert coded(nlp, text, "close")[0] == ["MWI"]


def test_parties_an_act_only_urged_stays_the_askers(nlp):
    actor, _ = coded(nlp, "Norway urged Iceland to recall its ambassador from Denmark.", "recall")
    assert "ISL" not in actor


def test_parties_a_counterpart_joined_to_the_first_ministers_name_is_a_side_of_the_talks(nlp):
    actor, _ = coded(nlp, "The deal was struck in Abuja at talks between Niger's foreign minister, Moussa Abdou-Karim, "
                          "and his Beninese counterpart, Olivier Hounkpe.", "talks")
    assert sorted(actor) == ["BEN", "NER"]


def test_parties_where_two_sides_meet_is_only_the_venue(nlp):
    assert coded(nlp, "The Kenyan and Ugandan foreign ministers met in Geneva on Friday.", "met")[1] == []
