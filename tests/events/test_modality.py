"""Modality of hand-written sentences: what is only considered, possible or conditional did not happen."""
import pytest

from tidings import extract

pytestmark = pytest.mark.slow
DAY = "2026-06-12"


def codes(entities):
    return sorted(e.country or e.org for e in entities if e.country or e.org)


def coded(text, published=DAY):
    return [(e.event, e.modality, codes(e.actor), codes(e.recipient)) for e in extract(text, published=published)]


def asserted(text):
    return [(kind, actor, recipient) for kind, modality, actor, recipient in coded(text) if modality == "asserted"]


def test_frames_an_attack_any_of_which_would_be_met_is_hypothetical_and_the_warning_a_threat():
    found = asserted("Bhutan warned on Monday that any Nepalese raid across the frontier would be met with force.")
    assert ("THREATEN", ["BTN"], ["NPL"]) in found
    assert not [f for f in found if f[0] in {"ASSAULT", "CONSULT"}]
    assert "CONSULT" not in [c[0] for c in coded("Chad said any Sudanese raid would be met with force.")]


def test_modality_what_someone_is_accused_of_is_hypothetical_past_a_description_of_the_accused():
    found = coded("Estonia accused a gang tied to Belarus's security service of sabotaging a Latvian rail line.")
    assert [f[1] for f in found if f[0] in {"ASSAULT", "COERCE"}] == ["hypothetical"]
    assert ("ACCUSE", "asserted") in [f[:2] for f in found]


@pytest.mark.parametrize("text", [
    "The OAS was considering sending a small team of monitors to Haiti.",
    "Ghana is weighing sending troops to Mali.",
    "Senegal is mulling imposing sanctions on Mali.",
    "The EU is studying a proposal to send monitors to Armenia.",
    "Norway is contemplating freezing aid to Malawi.",
])
def test_frames_what_a_side_is_considering_has_not_happened(text):
    assert asserted(text) == []


@pytest.mark.parametrize("text", [
    "It is possible that Iran attacked the tanker.",
    "Experts said it was likely that Sudanese forces had shelled the camp.",
    "Analysts said Russia may be able to strike Kyiv again.",
    "Observers said the army could move more tanks to the frontier.",
    "Analysts said North Korea was capable of striking Guam.",
    "The deployment risks provoking clashes between Chinese and Indian troops.",
    "Iran possibly attacked the tanker on Monday.",
])
def test_frames_what_is_only_possible_is_hypothetical(text):
    assert asserted(text) == []


@pytest.mark.parametrize("text", [
    "The row has held up Danish aid to Ghana.",
    "The dispute has delayed Danish aid to Ghana.",
    "The quarrel has stalled British military support for Estonia.",
])
def test_modality_what_a_verb_of_blocking_takes_as_its_object_did_not_happen(text):
    found = coded(text)
    assert not [f for f in found if f[0] in {"AID", "CONSULT", "SUPPORT"} and f[1] == "asserted"]
    assert [f for f in found if f[0] in {"AID", "CONSULT", "SUPPORT"} and f[1] == "negated"]


def test_modality_what_someone_is_kept_from_doing_did_not_happen():
    found = coded("Kenyan police stopped the opposition supporters from marching to parliament.")
    assert ("PROTEST", "negated") in [(f[0], f[1]) for f in found]
    assert "PROTEST" not in [f[0] for f in asserted("Kenyan police stopped the opposition supporters from marching.")]


def test_modality_what_a_side_stopped_doing_had_been_going_on():
    assert "ASSAULT" in [f[0] for f in asserted("Sudanese troops stopped shelling the Chadian town of Adre on Monday.")]


@pytest.mark.parametrize("text, kind", [
    ("The Security Council voted on Monday to cut the ceiling of the UN force in Mali.", "SANCTION"),
    ("The European Union decided on Monday to expel two Russian diplomats.", "SANCTION"),
])
def test_modality_a_bodys_decision_is_its_act(text, kind):
    assert [k for k, *_ in asserted(text)] == [kind]


def test_modality_what_a_state_will_no_longer_do_is_refused_not_promised():
    found = asserted("Ghana said on Monday it would no longer accept refugees from Togo.")
    assert ("REJECT", ["GHA"], ["TGO"]) in found
    assert not [f for f in found if f[0] == "AGREE"]


@pytest.mark.parametrize("text, kind", [
    ("Kenya's president telephoned his Tanzanian counterpart on Tuesday to request more maize for his country.", "REQUEST"),
    ("Ghana's foreign minister phoned Togo's president on Tuesday to express support after the floods.", "SUPPORT"),
])
def test_modality_a_call_made_to_say_something_says_it(text, kind):
    assert kind in [f[0] for f in asserted(text)]


@pytest.mark.parametrize("text, kind", [
    ("Malawi's president had telephoned Zambia's leader on Friday to thank him for the maize shipments.", "SUPPORT"),
    ("Malawi's president had phoned Zambia's leader on Monday and again on Friday to voice his anger at the raids.",
     "ACCUSE"),
])
def test_modality_a_call_made_earlier_to_say_something_says_it(text, kind):
    assert kind in [f[0] for f in asserted(text)]


def test_modality_a_meeting_called_to_discuss_something_is_no_discussion_held():
    found = coded("Zambia's envoys stayed away from a meeting which Malawi and Tanzania called to discuss the levy.")
    assert not [f for f in found if f[0] == "CONSULT" and f[1] == "asserted"]


def test_modality_a_call_made_to_appeal_appeals_to_the_one_called():
    found = asserted("Jordan's prime minister telephoned the Syrian president to appeal for more wheat.")
    assert ("REQUEST", ["JOR"], ["SYR"]) in found


def test_modality_a_gerund_joined_to_a_negated_perfect_is_not_negated():
    text = ("Peru's president rejected the criticism on Monday, saying her government \"has never abandoned Puno\" "
            "and pointing to the deployment of 900 Peruvian troops to the border on Sunday.")
    assert "MOBILIZE" in [f[0] for f in asserted(text)]
    assert "MOBILIZE" not in [f[0] for f in asserted("Peru has not sent troops to Puno and deployed no police there.")]


def test_modality_a_call_planned_to_say_something_is_not_asserted():
    found = coded("Kenya's president plans to telephone his Tanzanian counterpart to request more maize.")
    assert not [f for f in found if f[0] == "REQUEST" and f[1] == "asserted"]


@pytest.mark.parametrize("text, kind", [
    ("The joint statement urged Serbia to free the detained reporters and backed the creation of a Kosovo border commission.", "SUPPORT"),
    ("The ministry warned that strikers would face arrest, and hundreds of soldiers were deployed around the port overnight.", "MOBILIZE"),
])
def test_modality_a_past_verb_joined_to_a_bare_one_is_its_own_deed(text, kind):
    assert kind in [f[0] for f in asserted(text)]


def test_modality_an_accusation_before_a_denial_of_it_is_asserted():
    text = "Chad's president again accused Sudan of arming the rebels, a charge Khartoum has repeatedly denied."
    assert ("ACCUSE", ["TCD"], ["SDN"]) in asserted(text)


def test_modality_what_a_denial_denies_after_it_is_negated():
    found = coded("Khartoum denied that its forces attacked the Chadian convoy.")
    assert not [f for f in found if f[0] == "ASSAULT" and f[1] == "asserted"]


def test_modality_what_a_side_plays_down_is_negated():
    found = coded("Officials in Lilongwe played down talk of a border clash with Zambian troops.")
    assert not [f for f in found if f[0] == "ASSAULT" and f[1] == "asserted"]
    found = coded("Malawi's cabinet downplayed talk of sanctions on Zambia.")
    assert not [f for f in found if f[0] == "SANCTION" and f[1] == "asserted"]


def test_modality_a_verb_whose_object_is_none_is_negated():
    none = coded("Malawi's foreign ministry said on Monday it had received no formal protest from Zambia.")
    assert not [f for f in none if f[1] == "asserted"]
    some = coded("Malawi's foreign ministry said on Monday it had received a formal protest from Zambia.")
    assert [f for f in some if f[1] == "asserted"]


def test_modality_an_act_done_without_is_negated():
    found = coded("Gabon's delegation left the talks with Cameroon on Monday without signing the fishing accord.")
    assert [f for f in found if f[0] == "AGREE" and f[1] == "negated"]
    assert not [f for f in found if f[0] == "AGREE" and f[1] == "asserted"]


def test_modality_an_act_none_of_whose_doers_or_kinds_happened_is_negated():
    for text in ["None of the Beninese envoys attended the summit in Lome on Monday.",
                 "No Beninese minister visited Lome on Monday.",
                 "None of the planned talks between Benin and Togo took place on Monday."]:
        assert not [f for f in coded(text) if f[1] == "asserted" and f[0] in {"CONSULT", "AGREE"}], text
    assert [f for f in coded("Two Beninese ministers visited Lome on Monday.") if f[1] == "asserted"]


def test_modality_a_gathering_prepared_for_is_still_to_come():
    for text in ["The quarrel has clouded preparations for a Pacific Islands Forum summit in Apia.",
                 "Samoa is busy with preparations for talks with Tonga in Apia."]:
        assert not [f for f in coded(text) if f[1] == "asserted"], text
    assert [f for f in coded("Samoa held talks with Tonga in Apia on Monday after months of preparation.")
            if f[1] == "asserted"]

def test_modality_an_act_neither_side_did_is_negated():
    for text in ["Neither capital has ratified the fisheries treaty with Fiji.",
                 "Neither of the Malian ministers attended the summit in Niamey on Monday."]:
        assert not [f for f in coded(text) if f[1] == "asserted"], text
    assert [f for f in coded("Both Malian ministers attended the summit in Niamey on Monday.") if f[1] == "asserted"]


def test_modality_an_indirect_question_under_whether_is_not_asserted():
    text = "Gabon's foreign minister refused to say whether he would recall the ambassador from Cameroon."
    assert not [e for e in extract(text, published=DAY) if e.event in {"THREATEN", "SANCTION"} and e.modality == "asserted"]
    said = "Gabon's foreign minister said he would recall the ambassador from Cameroon."
    assert any(e.event == "THREATEN" and e.modality == "asserted" for e in extract(said, published=DAY))


def test_modality_an_accord_something_is_to_be_done_under_is_in_force():
    standing = coded("Nigeria said on Monday that it would keep two warships off Cotonou under a maritime "
                     "security agreement with Benin.")
    assert ("AGREE", "asserted", ["NGA"], ["BEN"]) in standing
    awaited = coded("Nigeria said on Monday that it would keep two warships off Cotonou until a maritime "
                    "security agreement with Benin.")
    assert "asserted" not in {m for _, m, _, _ in awaited}


def test_modality_a_concession_agreed_to_is_promised_now():
    found = asserted("Malawi agreed on Tuesday to lift its ban on Zambian maize.")
    assert ("CONCEDE", ["MWI"], ["ZMB"]) in found


def test_talks_before_a_past_agreement_happened_though_agree_looks_ahead():
    found = coded("The prisoner swap was agreed in Doha last week after six days of talks between Sudanese and Chadian envoys.")
    assert ("CONSULT", "asserted", ["SDN", "TCD"], []) in found


def test_what_people_are_held_on_suspicion_of_is_only_alleged():
    found = coded("Kenyan police detained nine men on Friday on suspicion of attacking a Somali convoy.")
    assert ("COERCE", "asserted", ["KEN"], ["SOM"]) in found
    assert ("ASSAULT", "hypothetical", ["KEN"], ["SOM"]) in found


def test_codes_an_obligation_that_holds_only_if_something_happens_as_hypothetical():
    found = coded("Kenyan opposition leaders said the cabinet should ask the African Union to mediate if the clashes went on.")
    assert not [f for f in found if f[0] == "REQUEST" and f[1] == "asserted"]
    assert ("REQUEST", "asserted", ["KEN"], ["UGA"]) in coded("Kenya said Uganda should withdraw its troops from the border.")


def test_codes_the_call_a_request_was_made_in_as_asserted():
    found = asserted("Kenya's president asked Kampala on June 9 for more troops in a telephone call with his Ugandan counterpart.")
    assert ("CONSULT", ["KEN"], ["UGA"]) in found or ("CONSULT", ["KEN", "UGA"], []) in found
    assert "REQUEST" in [f[0] for f in found]


def test_codes_a_demand_made_at_a_summons_as_asserted():
    found = asserted("Kenya summoned Uganda's envoy on Monday to demand the release of the fishermen.")
    assert [f for f in found if f[0] == "REQUEST" and f[1] == ["KEN"]]


def test_talks_an_agreement_to_act_came_after_happened_though_the_parser_hangs_them_on_the_infinitive():
    found = coded("Ghana and Togo agreed on Tuesday to open a joint customs post, after talks in Accra between their trade ministers.")
    assert ("CONSULT", "asserted") in [(f[0], f[1]) for f in found]


def test_talks_still_ahead_of_an_agreement_to_act_are_not_asserted():
    found = coded("Ghana and Togo agreed on Tuesday to open a joint customs post after talks between their trade ministers next month.")
    assert ("CONSULT", "asserted") not in [(f[0], f[1]) for f in found]


def test_what_a_side_said_it_would_do_if_something_happens_is_hypothetical():
    found = coded("Chile said it would send food aid to Peru if the floods worsened.")
    assert ("AID", "hypothetical", ["CHL"], ["PER"]) in found
    assert ("AGREE", "asserted", ["CHL"], ["PER"]) in coded("Chile said it would send food aid to Peru.")


def test_modality_an_until_clause_under_a_future_is_a_condition_not_a_fact():
    for text in ["Mali said the talks would not resume until Niger received written guarantees from Algeria.",
                 "Mali said its troops would stay until Niger received written guarantees from Algeria."]:
        assert "AGREE" not in [f[0] for f in asserted(text)]
    found = asserted("The talks did not resume until Niger received written guarantees from Algeria on Monday.")
    assert "AGREE" in [f[0] for f in found]  # a past "until" clause tells what happened


def test_modality_a_once_clause_under_a_future_is_a_condition_not_a_fact():
    text = "Ferry crossings would resume once Greece was satisfied with the new safety checks, a Turkish official said."
    assert "SUPPORT" not in [f[0] for f in asserted(text)]
    found = asserted("Greece was satisfied with the new safety checks, Turkey's transport minister said on Monday.")
    assert "SUPPORT" in [f[0] for f in found]  # the same approval told outright


def test_modality_talks_someone_is_due_at_are_still_to_come():
    found = coded("Norway's foreign minister is due in Nairobi on Friday for talks with Kenya's president.",
                  published="2026-06-10")
    assert [c for c in found if c[0] == "CONSULT"]
    assert not [c for c in found if c[0] == "CONSULT" and c[1] == "asserted"]


def test_modality_what_is_to_follow_an_agreed_step_is_not_asserted():
    found = coded("Austria has agreed to give Slovenian authorities advance notice before sending migrants back across the border.")
    assert not [f for f in found if f[0] == "COERCE" and f[1] == "asserted"]
    found = coded("Austrian police notified Slovenian officials on Monday before sending 30 migrants back across the border.")
    assert [f for f in found if f[0] == "COERCE" and f[1] == "asserted"]


def test_modality_talks_whose_opening_was_blocked_did_not_take_place():
    found = coded("Greece blocked the opening of the first chapters of Albania's membership talks with the European Union.")
    assert not [f for f in found if f[0] == "CONSULT" and f[1] == "asserted"]


def test_modality_what_a_side_will_no_longer_take_part_in_is_not_a_cooperation_to_come():
    found = coded("Chile said on Monday that its navy would no longer take part in the joint exercises with Peru.")
    assert not [f for f in found if f[0] == "COOPERATE" and f[1] in {"future", "asserted"}]
    assert ("COOPERATE", "future", ["CHL"], ["PER"]) in coded(
        "Chile said on Monday that its navy would take part in the joint exercises with Peru.")


def test_modality_a_protest_note_not_sent_is_negated_but_a_request_not_mentioned_was_made():
    assert ("ACCUSE", "negated", ["UGA"], ["KEN"]) in coded("Uganda did not send a protest note to Nairobi.")
    assert ("REQUEST", "asserted", ["UGA"], []) in coded(
        "Uganda's foreign minister did not mention the request for the suspects' extradition.")


@pytest.mark.parametrize("text", [
    "Kenya did not send a delegate to the emergency meeting with Uganda in Kisumu on Monday.",
    "Kenya did not take part in the water talks with Uganda in Kampala on Monday.",
    "Kenya stayed away from the border talks with Uganda in Busia on Monday.",
])
def test_modality_a_gathering_a_side_did_not_go_to_does_not_make_it_a_party(text):
    found = coded(text)
    assert not [f for f in found if f[0] == "CONSULT" and f[1] == "asserted" and "KEN" in f[2] + f[3]]


def test_modality_a_gathering_a_side_took_no_part_in_is_negated_when_the_preposition_hangs_on_part():
    found = coded("Burundi did not take any part in the negotiations with Rwanda on the border on Monday.")
    assert ("CONSULT", "negated", ["BDI"], ["RWA"]) in found


def test_modality_a_gathering_a_side_sent_a_delegate_to_was_held_with_it():
    found = asserted("Kenya sent a delegate to the emergency meeting with Uganda in Kisumu on Monday.")
    assert [f for f in found if f[0] == "CONSULT" and "KEN" in f[1] + f[2]]


def test_modality_a_past_trip_made_to_meet_someone_is_the_meeting_but_a_trip_ahead_is_not():
    found = coded("Ghana's trade minister, who flew to Lome that morning to meet Togo's president, "
                  "said on Tuesday the border would reopen.")
    assert [f for f in found if f[0] == "CONSULT" and f[1] == "asserted" and f[2:] == (["GHA"], ["TGO"])]
    ahead = coded("Ghana's trade minister will fly to Lome on Monday to meet Togo's president.")
    assert not [f for f in ahead if f[0] == "CONSULT" and f[1] == "asserted"]


def test_modality_a_rally_called_for_next_week_is_to_come_but_one_called_on_a_past_day_is_held():
    ahead = coded("Ghana's opposition has called another rally for next Friday against the border deal with Togo.")
    assert not [f for f in ahead if f[0] == "PROTEST" and f[1] == "asserted"]
    held = coded("Ghana's opposition called a rally on Monday against the border deal with Togo.")
    assert [f for f in held if f[0] == "PROTEST" and f[1] == "asserted"]


def test_modality_the_condition_of_an_act_only_urged_is_not_met():
    found = coded("Fiji's opposition leader called on the government to suspend fishing talks with Tonga "
                  "until Nuku'alofa gave assurances.")
    assert not [f for f in found if f[0] == "AGREE" and f[1] == "asserted"]
    assert [f for f in asserted("Nuku'alofa gave assurances to Fiji on Monday.") if f[:2] == ("AGREE", ["TON"])]


def test_modality_talks_during_an_act_only_asked_for_are_not_held():
    found = coded("Zambia's trade minister said he had asked Dodoma to lift the maize ban while the two "
                  "governments negotiated.")
    assert [f for f in found if f[0] == "REQUEST" and f[1] == "asserted"]
    assert not [f for f in found if f[0] == "CONSULT" and f[1] == "asserted"]
    told = asserted("Dodoma lifted the maize ban while the two governments negotiated in Lusaka on Monday.")
    assert "CONSULT" in [f[0] for f in told]  # talks during an act done are held


@pytest.mark.parametrize("text, actor, recipient", [
    ("Peru would not hesitate to impose sanctions on Bolivia, its foreign minister said on Tuesday.", ["PER"], ["BOL"]),
    ("Greece will not hesitate to use force against Turkey, the defence minister said.", ["GRC"], ["TUR"]),
])
def test_modality_a_negated_hesitation_vows_the_act(text, actor, recipient):
    assert ("THREATEN", actor, recipient) in asserted(text)
    assert not [c for c in coded(text) if c[1] == "negated"]


def test_modality_a_past_negated_hesitation_tells_the_act_done():
    found = coded("Chilean troops did not hesitate to shell the Peruvian camp, residents said.")
    assert [c[1] for c in found if c[0] == "ASSAULT"] == ["asserted"]


def test_modality_what_a_call_named_by_call_was_made_to_say_is_said():
    kinds = [f[0] for f in asserted("Ghana's president called Mahama on Sunday to express solidarity after the floods.")]
    assert "SUPPORT" in kinds
    assert "SUPPORT" not in [f[0] for f in asserted("Ghana called on Togo to express solidarity with the flood victims.")]


def test_modality_a_negation_inside_a_quoted_banner_does_not_negate_the_march():
    found = coded('In Lome, several hundred people marched on Saturday, some carrying banners reading "Togo is not for sale".')
    assert ("PROTEST", "asserted") in [(kind, modality) for kind, modality, _, _ in found]
    found = coded("Togo's president did not say that the soldiers marched on Saturday.")
    assert ("PROTEST", "asserted") not in [(kind, modality) for kind, modality, _, _ in found]


def test_modality_an_act_by_not_everyone_is_negated():
    assert "SUPPORT" not in [f[0] for f in asserted("Not everyone in Kivu welcomes the Burundian presence.")]
    assert "SUPPORT" in [f[0] for f in asserted("Everyone in Kivu welcomed the Burundian troops on Monday.")]


def test_modality_talks_a_side_only_prefers_are_not_held():
    found = asserted("Lesotho's foreign ministry said on Tuesday it prefers negotiations with South Africa over the water levy.")
    assert not [f for f in found if f[0] == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Ghana's foreign minister, meeting his Togolese counterpart in Lome on Monday, asked for joint patrols.",
    "Kenya's president, speaking by telephone with the Ugandan leader on Tuesday, urged talks with the rebels.",
])
def test_modality_the_occasion_a_request_was_made_on_took_place(text):
    assert "CONSULT" in [kind for kind, _, _ in asserted(text)]


def test_modality_an_occasion_ahead_of_a_request_still_to_come_is_not_asserted():
    found = coded("Ghana's foreign minister, meeting his Togolese counterpart in Lome next week, will ask for joint patrols.")
    assert ("CONSULT", "asserted") not in [(kind, modality) for kind, modality, _, _ in found]


@pytest.mark.parametrize("text", [
    "Kenya urged restraint, demanded the release of the crew and said it had expelled two Somali diplomats.",
    'Peru\'s foreign minister called the raid "unacceptable", demanded an apology and said Lima had recalled '
    "its ambassador from Santiago.",
])
def test_modality_what_a_side_says_after_a_string_of_demands_is_no_demand(text):
    assert "SANCTION" in [kind for kind, _, _ in asserted(text)]


def test_modality_an_act_no_decision_was_taken_on_is_not_done():
    text = "Zambian officials said no decision had been taken on sending troops across the border with Malawi."
    assert "MOBILIZE" not in [f[0] for f in asserted(text)]
    assert "MOBILIZE" in [f[0] for f in asserted("Zambia sent troops across the border with Malawi on Monday.")]


def test_modality_a_stance_taken_in_saying_a_future_act_is_asserted():
    text = ("Quito said on Saturday it would put the three Peruvian fishermen before a court, "
            "rejecting Lima's demand for their release.")
    assert ("REJECT", ["ECU"], ["PER"]) in asserted(text)


def test_modality_a_past_crossing_made_to_meet_someone_is_the_meeting():
    text = "The Peruvian interior minister crossed into Ecuador on Monday to meet his Ecuadorian counterpart."
    assert ("CONSULT", ["PER"], ["ECU"]) in asserted(text)
    assert "CONSULT" not in [f[0] for f in asserted(
        "The Peruvian interior minister will cross into Ecuador on Monday to meet his Ecuadorian counterpart.")]


def test_modality_what_an_act_prompted_a_side_to_do_was_done():
    text = "Togolese gunmen raided a Ghanaian border post on Sunday, prompting Ghana to recall its ambassador from Lome."
    assert "SANCTION" in [f[0] for f in asserted(text)]
    assert "SANCTION" not in [f[0] for f in asserted(
        "Officials feared another raid could prompt Ghana to recall its ambassador from Lome.")]


@pytest.mark.parametrize("text", [
    "Ghana did not commit on Thursday to reopening its side of the frontier with Togo.",
    "The minister said Lome would not retaliate by closing its own side of the border with Ghana.",
])
def test_modality_what_a_negated_verb_binds_to_or_would_be_done_by_did_not_happen(text):
    found = coded(text)
    assert not [f for f in found if f[1] == "asserted" and f[0] in {"RETREAT", "SANCTION", "THREATEN", "COERCE"}]


def test_modality_an_act_a_side_does_not_rule_out_is_only_possible():
    found = coded("The spokesman said Seoul would not rule out raising the dispute with Japanese officials at the forum.")
    assert ("CONSULT", "hypothetical", ["KOR"], ["JPN"]) in found
    assert not [f for f in found if f[1] == "asserted"]


def test_modality_a_sanction_not_ruled_out_under_a_condition_is_no_threat():
    found = asserted("Officials in Accra said they had not ruled out recalling the ambassador to Togo "
                     "if the detained traders were not freed.")
    assert not [f for f in found if f[0] in {"THREATEN", "SANCTION"}]
    assert ("SANCTION", "hypothetical", ["GHA"], ["TGO"]) in coded(
        "Officials in Accra said they had not ruled out recalling the ambassador to Togo.")


def test_modality_the_purpose_of_a_pledged_gift_is_pledged():
    found = asserted("The European Union said on Monday it would provide 12 million euros to train and equip "
                     "Moldovan customs officers.")
    assert ("AGREE", ["EU"], ["MDA"]) in found


@pytest.mark.parametrize("text, kind", [
    ("Uganda suspended fuel exports to Rwanda on Monday, only to lift the ban two days later.", "CONCEDE"),
    ("Zambian police detained six Malawian traders on Friday, only to release them the same evening.", "RETREAT"),
])
def test_modality_only_to_after_a_deed_tells_what_came_of_it(text, kind):
    found = coded(text)
    assert [f[1] for f in found if f[0] == kind] == ["asserted"]


@pytest.mark.parametrize("text", [
    "Peru stopped short of expelling the Bolivian ambassador on Friday.",
    "Lithuania fell short of imposing sanctions on Belarus.",
])
def test_modality_what_a_side_stopped_short_of_did_not_happen(text):
    found = coded(text)
    assert found and not [f for f in found if f[0] == "SANCTION" and f[1] == "asserted"]


def test_modality_what_people_were_convicted_of_is_no_event_of_theirs():
    found = coded("Georgia handed over five Armenian citizens convicted of spying for Azerbaijan on Friday.")
    assert not [f for f in found if f[0] == "COOPERATE" and f[1] == "asserted"]
    assert [f for f in found if f[0] == "RETREAT" and f[1] == "asserted"]


@pytest.mark.parametrize("text", [
    "Togo's navy seized two Ghanaian boats on Tuesday; Ghana may retaliate, officials said.",
    "Togo's navy seized two Ghanaian boats on Tuesday; Ghana did not retaliate.",
])
def test_modality_a_clause_before_a_semicolon_keeps_its_own_modality(text):
    assert ("COERCE", "asserted", ["TGO"], ["GHA"]) in coded(text)


def test_modality_troops_sent_to_reinforce_a_post_reinforce_it():
    assert [f[:2] for f in coded("A Ghanaian battalion was sent to reinforce the garrison at Aflao on Monday.")
            if f[0] == "MOBILIZE"] == [("MOBILIZE", "asserted")]
    assert ("MOBILIZE", "asserted") not in [f[:2] for f in coded("Ghana wants to reinforce its garrison on the border.")]


def test_modality_a_clause_hung_on_the_next_day_is_not_ahead():
    found = coded("Togo barred a Ghanaian ship from docking in Lome on Monday. Ghana's trade minister said the next day "
                  'that Accra was "disappointed" by the decision and had sought an explanation from Togo.')
    assert [f[:2] for f in found if f[0] == "REQUEST"] == [("REQUEST", "asserted")]


def test_modality_a_deed_told_as_a_charge_its_target_rejected_is_denied():
    found = coded("Relatives said two traders had been beaten in custody, a charge Benin's police rejected on Friday.")
    assert [f[1] for f in found if f[0] == "ASSAULT"] == ["negated"]
    assert "REJECT" in [f[0] for f in found if f[1] == "asserted"]


def test_modality_a_demand_renamed_by_its_rejection_was_made():
    found = coded("The rebels had first asked for the release of their fighters in January, a demand Kampala "
                  "rejected at the time.")
    assert ("REQUEST", "asserted") in [f[:2] for f in found]


@pytest.mark.parametrize("text", [
    "Kenya and Uganda held talks on Monday on reopening the Busia crossing.",
    "Ghana and Togo held a meeting in Lome about reopening their border.",
])
def test_modality_what_talks_were_about_is_not_done(text):
    assert [kind for kind, *_ in asserted(text)] == ["CONSULT"]
