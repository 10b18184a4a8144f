"""Coding a whole article: dating, one event per happening, ids (one shared spaCy model)."""
import pytest

from tidings import extract

pytestmark = pytest.mark.slow

ARTICLE = """date 2025-09-14
Ministers meet in Nairobi

Kenyan Foreign Minister Amina Odhiambo meets Somali Foreign Minister Ahmed Farah in Nairobi, September 9, 2025. — AFP

NAIROBI: Kenya and Somalia held talks on border security, officials said on Sunday.

Odhiambo met Farah back in July as well, where the latter praised Kenya's role in the region.

Separately, Kenyan police arrested twelve protesters in Mombasa on Friday.
"""


def codes_of(entities):
    return sorted({e.country or e.org for e in entities if e.country or e.org})


@pytest.fixture(scope="module")
def coded():
    return extract(ARTICLE)


def test_code_caption_and_body_are_one_event_dated_by_the_caption(coded):
    meetings = [e for e in coded if e.event == "CONSULT" and str(e.date).startswith("2025-09")]
    assert len(meetings) == 1
    assert len(meetings[0].evidence) == 2


def test_code_back_in_july_is_july(coded):
    july = [e for e in coded if e.event == "CONSULT" and str(e.date) == "2025-07-01"]
    assert july and july[0].date_end.isoformat() == "2025-07-31" and july[0].date_precision == "month"


def test_code_the_latter_resolves_to_the_second_person(coded):
    praise = next(e for e in coded if e.event == "SUPPORT")
    assert praise.actor[0].name == "Ahmed Farah"


def test_code_friday_before_a_sunday_article(coded):
    arrest = next(e for e in coded if e.event == "COERCE")
    assert str(arrest.date) == "2025-09-12" and arrest.date_precision == "day"
    assert arrest.location is not None and arrest.location.name == "Mombasa"


def test_code_ids_are_deterministic(coded):
    again = extract(ARTICLE)
    assert [e.id for e in coded] == [e.id for e in again]
    assert len({e.id for e in coded}) == len(coded)


def test_code_every_record_key_is_present(coded):
    keys = {"id", "article", "event", "mode", "context", "actor", "recipient", "date", "date_end",
            "date_precision", "date_text", "location", "amounts", "modality", "text", "span", "trigger",
            "score", "confidence"}
    for e in coded:
        record = e.to_dict()
        assert keys <= set(record)
        start, end = record["span"]
        assert ARTICLE.split("\n", 1)[1][start:end] == record["text"]


def test_code_no_date_gives_unknown_precision():
    [event] = extract("Kenya and Somalia held talks on border security.")
    assert event.date is None and event.date_precision == "unknown"


def test_code_soon_after_the_meeting_is_after_the_meeting():
    text = ("date 2025-09-14\nKenyan President William Ruto met Somali President Hassan Sheikh Mohamud in "
            "Nairobi on July 25.\n\nSoon after the meeting, the two countries signed a trade agreement.\n")
    deal = next(e for e in extract(text) if e.event == "AGREE")
    assert str(deal.date) == "2025-07-25" and deal.date_end.isoformat() <= "2025-08-31"


def test_code_past_may_in_a_february_article_is_last_year():
    [event] = [e for e in extract("Kenya attacked al-Shabaab positions in May.", published="2025-02-02")
               if e.event in {"ASSAULT", "COERCE"}]
    assert str(event.date) == "2024-05-01" and str(event.date_end) == "2024-05-31"


def test_code_future_visit_is_a_plan_but_an_offered_one_is_a_promise():
    found = extract("Kenya's president will visit Somalia next month, his office said on Friday.",
                    published="2025-09-14")
    assert all(e.modality != "asserted" for e in found if e.event in {"CONSULT", "AGREE"})
    assert any(e.event == "AGREE" and e.modality == "future" for e in found)  # PLOVER's intent, still to come
    offered = extract("Kenya's president offered on Friday to host talks between Somalia and Ethiopia.",
                      published="2025-09-14")
    promise = next(e for e in offered if e.event == "AGREE" and e.modality == "asserted")
    assert promise.date.isoformat() <= "2025-09-14"


def test_code_an_act_dated_after_the_story_is_not_asserted():
    found = extract("The Kenyan cabinet will discuss the dispute with Somalia again in early November, after the "
                    "EAC's annual summit, a spokesman said.", published="2025-09-14")
    assert [e for e in found if e.event == "CONSULT"]
    assert not [e for e in found if e.modality == "asserted" and e.date.isoformat() > "2025-09-14"]


@pytest.mark.parametrize("text", [
    "Tanzania will hold talks with the World Bank next week on a new railway loan, the minister said.",
    "The two foreign ministers will meet in Arusha next month to discuss the border, officials said.",
])
def test_code_a_bare_future_meeting_is_no_agreement(text):
    assert not [e for e in extract(text, published="2025-09-14") if e.event == "AGREE" and e.modality == "asserted"]


def test_code_a_pledge_to_fund_is_an_agreement():
    found = extract("Norway pledged on Tuesday to fund a new clinic in northern Uganda.", published="2025-09-14")
    assert any(e.event == "AGREE" and e.modality == "asserted" for e in found)


def test_code_speakers_own_words_are_dated_by_the_saying():
    found = extract("ECOWAS said on Tuesday it was deeply concerned and urged Guinea to free the reporters.",
                    published="2025-01-22")
    request = next(e for e in found if e.event == "REQUEST")
    assert request.date.isoformat() == "2025-01-21" and request.date_precision == "day"


LEAD = """date 2024-11-08
Chile expels Bolivian consul

SANTIAGO, Nov 8 (Wire) - Chile has expelled a Bolivian consul over spying, the foreign ministry said on Friday.

The consul was declared persona non grata on Wednesday and given two days to leave.

Santiago ordered a Bolivian attache to leave in March 2021 over similar claims.
"""


@pytest.fixture(scope="module")
def lead():
    return extract(LEAD)


def test_code_lead_news_is_dated_by_its_retelling_below(lead):
    expulsions = sorted((e for e in lead if e.event == "SANCTION"), key=lambda e: e.date)
    assert [(e.date.isoformat(), sorted(x.country for x in e.actor + e.recipient)) for e in expulsions] == [
        ("2021-03-01", ["BOL", "CHL"]), ("2024-11-06", ["BOL", "CHL"])]


def test_code_a_time_in_the_triggers_own_clause_dates_it(lead):
    attache = next(e for e in lead if e.event == "SANCTION" and "attache" in e.text)
    assert (attache.date.isoformat(), attache.date_end.isoformat()) == ("2021-03-01", "2021-03-31")


def test_code_a_goal_year_does_not_date_a_past_deed():
    found = extract("date 2026-05-21\nHeadline\n\nPresident Ivan Petrov held talks with Serbia's president on "
                    "Wednesday before the two leaders signed a deal to double rail freight by 2029.\n")
    assert found and all(e.date.year == 2026 for e in found)


def test_code_a_time_after_the_first_clause_does_not_date_the_next_clause():
    found = extract("date 2025-06-10\nHeadline\n\nThe governor of Kenya's Turkana county resigned on Monday, "
                    "and Britain sent engineers and emergency funds to Kenya.\n")
    aid = next(e for e in found if e.event == "AID")
    assert aid.date.isoformat() == "2025-06-10"


def test_code_a_closing_time_dates_every_verb_of_one_subject():
    found = extract("date 2025-04-09\nHeadline\n\nOn Monday, Chile's foreign ministry said Bolivian soldiers had "
                    "detained three truckers and seized their cargo near Ollague last week.\n")
    detained = next(e for e in found if "detain" in e.trigger)
    assert (detained.date.isoformat(), detained.date_end.isoformat()) == ("2025-03-31", "2025-04-06")


def test_code_terms_of_an_accord_are_no_new_promise():
    found = extract("Under the 2019 accord, Ghana will share radar data with Togo.", published="2025-05-07")
    assert [e for e in found if e.modality == "asserted"] == []
    found = extract("Under Monday's arrangement, Serbian police will let trucks with Kosovo plates enter until June 30.",
                    published="2025-05-07")
    assert [e for e in found if e.modality == "asserted"] == []


def test_code_a_report_dated_by_its_saying_is_no_later_than_it():
    # no date of its own: the attack happened by Monday, not on the publication day
    attack = next(e for e in extract("Kenya said on Monday that Uganda had attacked its border post.",
                                     published="2025-10-15") if e.event == "ASSAULT")
    assert (str(attack.date), str(attack.date_end)) == ("2025-10-13", "2025-10-13")


def test_code_a_report_keeps_an_earlier_episode_date_and_a_promise_is_not_capped():
    text = ("Kenyan officials met Ugandan ministers in Kampala on Friday. "
            "Kenya said on Monday that Uganda had agreed to reopen the border.")
    agree = next(e for e in extract(text, published="2025-10-15") if e.event == "AGREE")
    assert str(agree.date) == "2025-10-10"  # the meeting's Friday is before the saying, so it stands
    threat = [e for e in extract("Kenya said on Monday that Uganda will attack its border post next week.",
                                 published="2025-10-15") if e.event in {"ASSAULT", "THREATEN"}]
    assert all(str(e.date) != "2025-10-13" or e.event == "THREATEN" for e in threat)


def test_code_the_definite_noun_refers_back_to_the_latest_event_of_its_kind():
    text = """date 2025-04-10
Loans for the south

Norway pledged $10 million in aid to Malawi on Tuesday.

Separately, the World Bank on Wednesday approved a $60 million loan to Malawi. The bank said the loan to Malawi carries a low rate.
"""
    aid = [e for e in extract(text) if e.event == "AID"]
    assert len(aid) == 2
    bank = next(e for e in aid if e.actor and e.actor[0].org == "WB")
    assert len(bank.evidence) == 2 and str(bank.date) == "2025-04-09"


def test_code_a_natural_disaster_is_no_attack():
    for text in ("The floods have killed at least 47 people.", "Twelve villagers were killed by a landslide.",
                 "An earthquake killed 30 people in eastern Turkey on Monday."):
        assert not [e for e in extract(text, published="2025-10-15") if e.event == "ASSAULT"], text
    text = "Victoria came ashore near Beira on Friday as a powerful cyclone, flattening Mozambican villages and killing 40 people."
    assert not [e for e in extract(text, published="2025-10-15") if e.event in {"ASSAULT", "COERCE"}]
    assert [e for e in extract("Soldiers killed 30 villagers during the storm.", published="2025-10-15")
            if e.event in {"ASSAULT", "COERCE"}]


def test_code_a_measure_that_hits_people_is_no_attack():
    for text in ("Kenya's sugar ban has hit farmers in western Uganda just before the harvest.",
                 "The suspension has hit Ugandan traders just as they were preparing for the market season.",
                 "The embargo hit fishermen in three coastal provinces, officials said."):
        assert not [e for e in extract(text, published="2025-10-15") if e.event == "ASSAULT"], text
    for text in ("Rwandan shelling hit a school in Goma on Monday.", "Congolese security forces fired on protesters on Monday."):
        assert [e for e in extract(text, published="2025-10-15") if e.event == "ASSAULT"], text


def test_code_n_days_after_the_dated_event_shifts_its_window():
    text = "Kenya recalled its ambassador on Friday, a week after Ugandan troops shelled a border post."
    coded = {e.event: e for e in extract(text, published="2025-10-15")}
    assert str(coded["SANCTION"].date) == "2025-10-10"
    assert str(coded["ASSAULT"].date) == "2025-10-03" and coded["ASSAULT"].date_text == "a week after Friday"
    nominal = "Kenya recalled its ambassador on Friday, two days after an attack on a border post by Ugandan troops."
    assert str(next(e for e in extract(nominal, published="2025-10-15") if e.event == "ASSAULT").date) == "2025-10-08"
    # no count: "after" alone tells a deed done by the day before
    plain = "Kenya recalled its ambassador on Friday after Ugandan troops shelled a border post."
    assert str(next(e for e in extract(plain, published="2025-10-15") if e.event == "ASSAULT").date) == "2025-10-09"


def test_code_an_act_spelled_out_with_including_is_the_event():
    text = ("China's coast guard said it took control measures against Philippine vessels on Monday, "
            "including spraying water to warn one of the boats away.")
    coded = [e for e in extract(text, published="2025-10-15") if e.event in {"COERCE", "ASSAULT"}]
    assert [(e.event, e.mode) for e in coded] == [("ASSAULT", "crowd-control")]
    assert [a.country for a in coded[0].recipient] == ["PHL"] and [a.country for a in coded[0].actor] == ["CHN"]


def test_code_the_main_clause_time_carries_over_and_a_saying_keeps_its_own_time():
    text = """date 2026-01-19
Prisoners

Kenya and Uganda exchanged prisoners on Sunday at their border.

A Kenyan official said on Sunday that Uganda still held 12 Kenyans who were sentenced by a court in Kampala last year. She accused the Ugandan authorities of treating them as hostages.

Uganda rejected the charge on Monday, saying the men had been detained for smuggling.
"""
    coded = extract(text)
    accuse = next(e for e in coded if e.event == "ACCUSE")
    assert str(accuse.date) == "2026-01-18"  # the saying's Sunday, not the sentencing's last year
    assert str(next(e for e in coded if e.event == "REJECT").date) == "2026-01-19"
    assert all(str(e.date) != "2026-01-19" for e in coded if e.event == "COERCE")  # told on Monday, not done then


def test_code_an_attack_made_to_disperse_is_one_event_dated_by_its_purpose_clause():
    text = "Kenyan police used tear gas and batons to disperse several thousand opposition supporters in Nairobi on Sunday."
    coded = [e for e in extract(text, published="2026-05-19") if e.event in {"ASSAULT", "COERCE"}]
    assert [(e.event, e.mode, str(e.date)) for e in coded] == [("ASSAULT", "crowd-control", "2026-05-17")]
    assert [a.text for a in coded[0].recipient] == ["opposition supporters"]


def test_code_a_lasting_state_is_no_event():
    for text in ("Kenya has hosted Somali refugees for more than 30 years.",
                 "Kenya threatened to shut Dadaab, which hosts more than 380,000 people."):
        assert not [e for e in extract(text, published="2025-10-08") if e.event == "CONSULT"], text
    assert [e for e in extract("Ugandan rebels have besieged the Kenyan town for two months.", published="2025-10-08")
            if e.event in {"ASSAULT", "COERCE"}]
    assert [e for e in extract("A Kenyan court has jailed a Ugandan student for two years.", published="2025-10-08")
            if e.event == "COERCE"]  # a term, not a state


def test_code_a_time_inside_a_side_clause_does_not_date_the_next_sentence():
    text = """date 2025-11-22
Loans

Kenya's deputy finance minister ruled out new talks with the IMF on Saturday.

"Walking away now would cost us everything we have rebuilt since 2022," she told reporters. She also accused Uganda of spreading false claims.
"""
    accuse = next(e for e in extract(text) if e.event == "ACCUSE")
    assert str(accuse.date) == "2025-11-22"


def test_code_an_act_promised_if_the_other_side_does_not_act_is_a_threat():
    text = "Kenya said it would close the border if Uganda did not withdraw its troops."
    closing = [e for e in extract(text, published="2025-11-22") if e.trigger == "close border"]
    assert [(e.event, e.modality) for e in closing] == [("THREATEN", "asserted")]
    plain = [e for e in extract("Kenya would sign the deal if Uganda agreed.", published="2025-11-22")]
    assert [(e.event, e.modality) for e in plain] == [("AGREE", "hypothetical")]


def test_code_the_decision_told_again_with_a_date_dates_the_undated_lead():
    text = """date 2026-02-06
Bloc suspends Mali

ABUJA/BAMAKO, Feb 6 (Wire) - The Economic Community of West African States has suspended Mali.

The decision was taken at an extraordinary summit of ECOWAS heads of state in the Nigerian capital on Thursday.
"""
    suspension = next(e for e in extract(text) if e.event == "SANCTION")
    assert (str(suspension.date), suspension.date_text) == ("2026-02-05", "Thursday")


def test_code_counted_from_the_news_and_a_when_clause_after_since():
    text = """date 2026-08-11
Strike

Rapid Support Forces drones struck a power station in the Sudanese city of Kosti on Monday, killing seven civilians.

The strike came a day after Sudanese army aircraft bombed RSF positions near El Obeid.

Security along the Kenyan border has tightened since Sept. 14, when a bomb planted by al-Shabaab fighters struck a Kenyan police vehicle.
"""
    coded = {e.trigger: e for e in extract(text)}
    assert (str(coded["bombed"].date), coded["bombed"].date_text) == ("2026-08-09", "a day after strike")
    bomb = next(e for e in coded.values() if str(e.date).startswith("2025"))
    assert (str(bomb.date), str(bomb.date_end)) == ("2025-09-14", "2025-09-14")  # on Sept. 14, not since then


def test_code_the_meeting_was_held_is_the_meeting_told_before():
    text = """date 2025-09-14
Ministers talk

Kenya's foreign minister held a phone call with his Somali counterpart on Friday.

Back in July, the two ministers had met in Nairobi. The meeting was held at the delegation level. The two sides discussed trade.
"""
    consults = [e for e in extract(text) if e.event == "CONSULT"]
    assert len(consults) == 2
    july = next(e for e in consults if str(e.date).startswith("2025-07"))
    assert len(july.evidence) == 3  # met, the meeting was held, the two sides discussed
    assert str(next(e for e in consults if e is not july).date) == "2025-09-12"


def test_code_protesters_gathering_is_a_protest_ministers_gathering_is_not():
    text = "The demonstrators had gathered on Uhuru Square in Nairobi to demand the release of the opposition leader."
    assert "PROTEST" in {e.event for e in extract(text, published="2026-05-19")}
    assert not extract("Kenyan ministers gathered in Nairobi for the budget.", published="2026-05-19")


def test_code_a_place_several_places_bear_is_the_one_in_the_actors_country():
    lebanon = extract("Lebanese troops clashed with Syrian fighters in Tripoli on Monday.", published="2026-05-19")
    libya = extract("Libyan militias clashed with rival fighters in Tripoli on Monday.", published="2026-05-19")
    assert [e.location.country for e in lebanon] == ["LBN"] and [e.location.country for e in libya] == ["LBY"]


def test_code_a_strike_with_no_one_named_is_by_the_people_of_its_place():
    text = ("Most garment factories in the industrial belt of Nairobi reopened on Tuesday, two days after a strike "
            "over unpaid wages brought production to a halt.")
    strike = [e for e in extract(text, published="2025-10-14") if e.event == "PROTEST"]
    assert [(a.name, a.country) for e in strike for a in e.actor] == [("people of Nairobi", "KEN")]
    assert str(strike[0].date) == "2025-10-12"  # two days before Tuesday
    assert not extract("A strike brought production to a halt on Monday.", published="2025-10-14")


def test_code_the_toll_told_after_a_clash_is_that_clash():
    text = ("Kyrgyz and Tajik border guards exchanged fire on Sunday near the village of Kok-Tash. "
            "Two Tajik guards and a Kyrgyz farmer were killed, officials said.")
    clashes = [e for e in extract(text, published="2026-06-10") if e.event == "ASSAULT"]
    assert len(clashes) == 1 and len(clashes[0].evidence) == 2


def test_code_unnamed_people_do_not_join_killings_years_apart():
    text = ("Uganda's commission declared the president re-elected on Saturday.\n\n"
            "Two people were shot dead in the town, according to the Red Cross.\n\n"
            "In November 2020, security forces killed at least 54 people during protests.")
    dates = sorted(str(e.date)[:7] for e in extract(text, published="2026-01-22") if e.event == "ASSAULT")
    assert dates == ["2020-11", "2026-01"]  # "people" is no one named: the undated toll is not the 2020 one


def test_code_a_speech_act_coordinated_with_the_report_is_the_speakers():
    text = ("Fighting resumed on the border on Monday. The Kyrgyz border service said on Tuesday that Tajik troops "
            "had fired first and accused Dushanbe of provoking the incident.")
    accuse = next(e for e in extract(text, published="2026-06-10") if e.event == "ACCUSE")
    assert [a.country for a in accuse.actor] == ["KGZ"] and [r.country for r in accuse.recipient] == ["TJK"]
    assert str(accuse.date) == "2026-06-09"  # the saying's Tuesday, not the firing's Monday


def test_code_a_lead_s_background_date_is_not_the_story_s():
    text = ("BISHKEK, June 10 (Wire) - A truce between Kyrgyzstan and Tajikistan collapsed, raising fears of a return "
            "to the fighting that killed around 100 people in September 2022.\n\n"
            "Kyrgyz officials accused Tajikistan of provoking the incident.")
    accuse = next(e for e in extract(text, published="2026-06-10") if e.event == "ACCUSE")
    assert str(accuse.date) == "2026-06-10"


def test_code_that_account_goes_on_the_episode_across_a_paragraph_break():
    text = ("BISHKEK, June 10 (Wire) - Fighting flared on the Kyrgyz-Tajik border this week.\n\n"
            "Tajikistan's border service said on Tuesday that Kyrgyz forces had opened mortar fire on an outpost.\n\n"
            "Bishkek rejected that account.")
    reject = next(e for e in extract(text, published="2026-06-10") if e.event == "REJECT")
    assert str(reject.date) == "2026-06-09"


def test_code_a_measure_told_with_the_day_it_starts_is_imposed_not_threatened():
    text = "Kenya will impose 20 per cent tariffs on Ugandan sugar from July 1, the trade ministry announced on Monday."
    events = extract(text, published="2026-06-10")
    assert [(e.event, str(e.date)) for e in events if e.event in {"SANCTION", "THREATEN"}] == [("SANCTION", "2026-06-08")]
    threat = extract("Kenya will impose tariffs on Uganda if it keeps the ban, the ministry said on Monday.",
                     published="2026-06-10")
    assert "THREATEN" in {e.event for e in threat}


def test_code_a_disaster_s_toll_is_no_attack_and_relief_troops_are_aid():
    text = ("An earthquake that struck western Nepal on Monday flattened thousands of homes. More than 900 people "
            "were injured, the ministry said.\n\n"
            "Nepalese soldiers were sent into the valleys on Tuesday to reach villages cut off by landslides.")
    events = extract(text, published="2026-07-09")
    assert "ASSAULT" not in {e.event for e in events}
    assert [(e.event, e.actor[0].country) for e in events] == [("AID", "NPL")]


def test_code_troops_sent_to_deliver_food_are_aid_without_a_hazard_named():
    text = "On Wednesday the Peruvian army sent 600 soldiers to clear debris and deliver food in the Andes."
    events = extract(text, published="2026-02-19")
    assert [(e.event, e.actor[0].country) for e in events] == [("AID", "PER")]


def test_code_a_stance_told_by_a_spokeswoman_is_dated_when_she_told_it():
    text = ("The fund approved a loan to Argentina in April 2025. An IMF spokeswoman told reporters last week "
            "that the Fund welcomed the reform's progress in Congress.")
    support = next(e for e in extract(text, published="2026-03-19") if e.event == "SUPPORT")
    assert (str(support.date), str(support.date_end)) == ("2026-03-09", "2026-03-15")


def test_code_a_time_on_the_target_s_past_relative_clause_dates_an_undated_deed():
    text = ("Kenya's opposition rejected the result.\n\n"
            "The worst violence came in Kisumu, where police fired tear gas at opposition supporters who had "
            "gathered in the town centre on Saturday evening.")
    attack = next(e for e in extract(text, published="2026-01-22") if e.event == "ASSAULT")
    assert str(attack.date) == "2026-01-17"
    agreed = extract("Kenya and Uganda agreed to hold a meeting between commanders, which is expected next week.",
                     published="2026-01-22")
    assert all(str(e.date) != "2026-01-26" for e in agreed if e.event == "AGREE")


def test_code_since_the_2015_disaster_which_brought_teams_dates_the_teams_in_2015():
    text = ("The quake was the deadliest in Nepal since the 2015 disaster, which killed 9,000 people and brought "
            "rescue teams from both India and China.")
    aid = [e for e in extract(text, published="2026-07-09") if e.event == "AID"]
    assert [(str(e.date), str(e.date_end)) for e in aid] == [("2015-01-01", "2015-12-31")]


def test_code_since_last_year_s_pact_dates_the_pact_last_year():
    text = "It is the widest security agreement in the Pacific since last year's pact between Australia and Papua New Guinea."
    pact = [e for e in extract(text, published="2026-09-24") if e.event == "AGREE"]
    assert [(str(e.date), str(e.date_end)) for e in pact] == [("2025-01-01", "2025-12-31")]


def test_code_a_deal_signed_to_double_freight_by_2028_is_not_dated_2028():
    text = ("Kenya and Uganda signed a water accord on Wednesday.\n\nKenyan President Amos Kiprono held talks with "
            "his Ugandan host, Joseph Okello, before the two leaders signed 14 documents, including a deal to double "
            "rail freight through the Malaba border crossing by 2028.")
    deals = [e for e in extract(text, published="2026-05-21") if e.event == "AGREE"]
    assert deals and all(e.date.year == 2026 for e in deals)


def test_code_a_day_after_counts_back_from_the_time_of_an_order_s_infinitive():
    text = ("Serbia ordered a Croatian diplomat to leave the country on Tuesday, a day after Zagreb expelled "
            "the Serbian defence attache.")
    dates = {e.actor[0].country: str(e.date) for e in extract(text, published="2025-11-19") if e.event == "SANCTION"}
    assert dates == {"SRB": "2025-11-18", "HRV": "2025-11-17"}


def test_code_a_town_the_parser_takes_for_a_person_is_the_strike_s_place():
    text = ("Most garment factories in the industrial belt of Gazipur reopened on Tuesday, two days after a strike "
            "over unpaid wages brought production to a halt.")
    strike = [e for e in extract(text, published="2025-10-14") if e.event == "PROTEST"]
    assert [(a.name, a.country) for e in strike for a in e.actor] == [("people of Gazipur", "BGD")]


def test_code_the_treaty_was_signed_is_the_treaty_told_before_not_the_pact_of_last_year():
    text = ("Australia and Fiji signed a defence treaty on Wednesday. It follows last year's pact between Australia "
            "and Papua New Guinea.\n\n"
            "The treaty was signed by Fiji's prime minister and his Australian counterpart.")
    treaty = next(e for e in extract(text, published="2026-09-24") if e.event == "AGREE" and "FJI" in
                  {p.country for p in e.actor + e.recipient})
    assert str(treaty.date) == "2026-09-23" and len(treaty.evidence) == 2


def test_code_a_missile_that_came_down_on_wednesday_was_fired_on_wednesday():
    text = ("North Korea fired a ballistic missile that came down inside Japan's economic zone on Wednesday, "
            "drawing condemnation from Seoul.")
    fired = next(e for e in extract(text, published="2026-10-15") if e.event == "MOBILIZE")
    assert str(fired.date) == "2026-10-14"


def test_code_the_assault_came_a_day_after_counts_from_the_latest_attack_of_that_kind():
    text = ("MOGADISHU, July 6 (Wire) - Al-Shabaab fighters stormed an African Union base near Afgoye in Somalia on "
            "Sunday.\n\nThe assault came a day after a suicide car bomber struck a police checkpoint on the road to "
            "Mogadishu's airport, killing nine people.")
    dates = sorted(str(e.date) for e in extract(text, published="2026-07-06") if e.event == "ASSAULT")
    assert dates == ["2026-07-04", "2026-07-05"]


def test_code_the_narrower_of_two_times_that_date_a_deed_wins():
    text = "In March, AU troops handed over a base to the Somali army, one of several such transfers this year."
    handover = next(e for e in extract(text, published="2026-07-06") if e.event == "RETREAT")
    assert (str(handover.date), str(handover.date_end)) == ("2026-03-01", "2026-03-31")


def test_code_a_promise_is_not_dated_by_a_clause_on_its_object():
    text = "Iranian officials said on Wednesday that Tehran would release two Saudi nationals held in Iran since 2024."
    promise = next(e for e in extract(text, published="2026-02-18") if e.event == "CONCEDE")
    assert str(promise.date) == "2026-02-18"


def test_code_during_those_talks_and_before_leaving_on_monday():
    text = ("The Iranian minister held talks in Riyadh on Tuesday. During those talks, Saudi Arabia urged Tehran to "
            "restrain the Houthis.\n\nBefore leaving Tehran on Monday, the Iranian minister spoke by phone with "
            "Oman's foreign minister.")
    events = extract(text, published="2026-02-18")
    assert str(next(e for e in events if e.event == "REQUEST").date) == "2026-02-17"
    assert str(next(e for e in events if e.event == "CONSULT" and "OMN" in {r.country for r in e.recipient}).date) \
        == "2026-02-16"


def test_code_a_relative_clause_on_the_subject_keeps_its_own_time():
    text = ("China, which brokered the deal under which Riyadh and Tehran restored relations in March 2023, "
            "welcomed the visit of Iran's foreign minister to Saudi Arabia on Wednesday.")
    brokered = next(e for e in extract(text, published="2026-02-18") if e.event == "CONSULT")
    assert str(brokered.date) == "2023-03-01"


def test_code_mentions_of_one_attack_that_each_name_one_side_are_one_event():
    text = ("The Philippine foreign ministry summoned China's deputy ambassador on Wednesday to protest against "
            "the water cannon attack on a Philippine resupply mission at Ayungin Shoal on May 20.\n\n"
            "Two crewmen were hurt when a China Coast Guard cutter trained its water cannon on the vessel on May 20, "
            "officials said.")
    attacks = [e for e in extract(text, published="2025-05-21") if e.event == "ASSAULT"]
    assert [([a.country for a in e.actor], [r.country for r in e.recipient], len(e.evidence)) for e in attacks] \
        == [(["CHN"], ["PHL"], 2)]


def test_code_until_names_when_a_term_ends_not_when_it_was_set():
    text = "A Zimbabwean magistrate refused bail on Wednesday and remanded the activists in custody until Aug. 27."
    assert all(str(e.date) == "2026-08-12" for e in extract(text, published="2026-08-13") if e.event == "COERCE")


def test_code_a_deployment_that_has_lasted_since_1978_is_no_dated_event():
    assert not extract("UNIFIL, which has been deployed in southern Lebanon since 1978, is due to end its mandate.",
                       published="2026-09-15")
    assert [e.event for e in extract("Kenya deployed troops to Somalia in 2011.", published="2026-09-15")] == ["MOBILIZE"]


def test_code_since_2014_bounds_a_state_and_dates_nothing_after_it():
    text = ("Libya has been split between rival administrations since 2014. The UN mission plans to convene "
            "talks between the Libyan rivals in Geneva next month, diplomats said.")
    assert all(e.date.year == 2026 for e in extract(text, published="2026-10-21") if e.modality == "asserted")


def test_code_rejected_the_protest_the_same_day_is_the_protest_s_day():
    text = ("ATHENS, April 23 (Wire) - Greece filed a protest with Turkey on Thursday over what it said were "
            "airspace violations by Turkish jets.\n\nTurkish F-16s had flown over Lesbos on Wednesday, the Greek "
            "general staff said.\n\nAnkara rejected the Greek protest the same day.")
    reject = next(e for e in extract(text, published="2026-04-23") if e.event == "REJECT")
    assert str(reject.date) == "2026-04-23"


def test_code_in_a_letter_delivered_on_wednesday_dates_the_accusation():
    text = ("In a letter delivered to the Security Council on Wednesday, Egypt's foreign minister accused Ethiopia "
            "of filling the dam without an agreement.")
    accuse = next(e for e in extract(text, published="2026-07-09") if e.event == "ACCUSE")
    assert str(accuse.date) == "2026-07-08"


@pytest.mark.parametrize("text, parties", [
    ("Gunmen seized nine guards at a prison in Guayaquil, Ecuador, on Monday.\n\n"
     "The guards were freed unharmed late on Tuesday after talks led by a priest.", (["ECU"], ["ECU"])),
    ("Police in Beirut detained six Lebanese protesters on Tuesday. Two were released on bail on Wednesday.",
     (["LBN"], ["LBN"])),
])
def test_code_a_release_told_without_its_parties_is_of_the_latest_seizure(text, parties):
    releases = [e for e in extract(text, published="2026-09-17") if e.event == "RETREAT"]
    assert [(codes_of(e.actor), codes_of(e.recipient)) for e in releases] == [parties]


def test_code_a_ban_spelling_out_sanctions_is_the_sanctions():
    text = ("Canada on Tuesday imposed sanctions on five Belarusian officials, freezing their assets "
            "and banning them from entering the country.")
    found = [e.event for e in extract(text, published="2026-06-12") if e.modality == "asserted"]
    assert found.count("SANCTION") == 1 and "COERCE" not in found


@pytest.mark.parametrize("text", [
    "Zimbabwe expelled a BBC reporter on Monday after revoking the accreditation of British journalists in Harare.",
    "After revoking the accreditation of British journalists, Zimbabwe expelled a BBC reporter on Monday.",
])
def test_code_a_step_told_in_a_gerund_after_a_preposition_is_the_act_itself(text):
    coerced = [e.trigger for e in extract(text, published="2026-04-08") if e.event == "COERCE"]
    assert coerced == ["expelled reporter"]


def test_code_a_threat_a_warning_tells_is_the_warning():
    text = ("The U.S. ambassador warned on Monday that the Treasury could impose sanctions on Honduran banks "
            "if the flights did not resume by Friday.")
    threats = [e.trigger for e in extract(text, published="2026-04-08") if e.event == "THREATEN"]
    assert threats == ["warned"]


def test_code_rejected_bare_calls_answer_the_demands_told_later():
    text = ("The Nicaraguan government on Friday rejected foreign calls to free the detained journalists.\n\n"
            "Police arrested four reporters in Managua on Tuesday.\n\n"
            "On Thursday, Spain demanded that Nicaragua release the journalists.")
    rejection = next(e for e in extract(text, published="2026-03-13") if e.event == "REJECT")
    assert codes_of(rejection.actor) == ["NIC"] and codes_of(rejection.recipient) == ["ESP"]


def test_code_a_domestic_groups_protest_in_a_clause_needs_no_recipient():
    text = "Kenyan teachers, who object to the new pay scale, stayed away from classes on Monday in protest."
    protests = [e for e in extract(text, published="2026-03-13") if e.event == "PROTEST"]
    assert [codes_of(e.actor) for e in protests] == [["KEN"]] and not protests[0].recipient
    official = "Kenyan officials, who object to the new pay scale, stayed away from the talks on Monday in protest."
    assert "PROTEST" not in {e.event for e in extract(official, published="2026-03-13")}


def test_code_an_agreement_ranks_before_the_concession_agreed_to():
    events = [e for e in extract("Malawi agreed to lift its ban on Zambian maize.", published="2026-05-14")
              if e.modality == "asserted"]
    assert max(events, key=lambda e: e.confidence).event == "AGREE"
    assert "CONCEDE" in {e.event for e in events}


def test_code_a_retreat_two_sides_agreed_to_is_their_agreement_no_concession():
    events = [e for e in extract("Zambia and Malawi agreed to reopen their border crossing.",
                                 published="2026-05-14") if e.modality == "asserted"]
    assert [e.event for e in events] == ["AGREE"]


def test_code_talks_agreed_to_are_the_one_agreement():
    events = extract("Lesotho agreed on Friday to hold talks with South Africa.", published="2026-05-16")
    assert [e.event for e in events if e.modality == "asserted"] == ["AGREE"]


def test_code_a_hostile_act_agreed_to_is_no_threat():
    events = extract("Kenya agreed to suspend its arrest warrants for three Ugandan opposition leaders.",
                     published="2026-05-16")
    assert "THREATEN" not in {e.event for e in events}


def test_code_a_gift_a_government_said_it_would_make_is_a_pledge_made():
    found = extract("The Kenyan minister said Nairobi would share rainfall data with Kampala.", published="2025-09-14")
    assert any(e.event == "AGREE" and e.modality == "asserted" for e in found)


@pytest.mark.parametrize("text", [
    "Kenya said it would hold joint naval drills with Tanzania in December.",
    "Kenya said it would share rainfall data with Uganda next month.",
])
def test_code_an_announced_act_dated_ahead_is_still_a_plan(text):
    assert not [e for e in extract(text, published="2025-09-14") if e.event == "AGREE" and e.modality == "asserted"]


def test_code_a_threat_is_dated_when_made_not_by_its_deadline():
    text = ("ACCRA, Jan 22 (Tidings) - Hundreds of taxi drivers marched through Kumasi on Monday against a fuel levy. "
            "Union leaders warned at the march that they would block the main highways if the levy was not "
            "scrapped by the end of the month.")
    threats = [e for e in extract(text, published="2026-01-22") if e.event == "THREATEN"]
    assert [(str(e.date), str(e.date_end)) for e in threats] == [("2026-01-19", "2026-01-19")]


def test_code_an_offer_to_send_officers_is_an_agreement_not_a_threat():
    found = extract("Interpol said on Monday it was ready to send 40 officers to Fiji once the accord is ratified.",
                    published="2025-09-14")
    asserted = [e.event for e in found if e.modality == "asserted"]
    assert "AGREE" in asserted and "THREATEN" not in asserted
    offered = extract("Kenya offered on Friday to send 200 police officers to Haiti.", published="2025-09-14")
    assert "THREATEN" not in [e.event for e in offered if e.modality == "asserted"]


def test_code_standing_in_for_someone_who_does_not_is_no_ultimatum():
    text = "Kenyan officials said Qatari banks could fund the railway if Western lenders did not."
    assert "THREATEN" not in [e.event for e in extract(text, published="2026-06-12")]
    text = "Kenya said it would suspend imports from Uganda unless the sugar tariff was withdrawn."
    assert "THREATEN" in [e.event for e in extract(text, published="2026-06-12")]


def test_code_being_open_to_talks_is_an_offer_to_meet_not_a_meeting():
    found = [(e.event, codes_of(e.actor), codes_of(e.recipient)) for e in extract(
        "A Ghanaian spokesman said Ghana remained open to a dialogue with Togo on the border.", published="2026-06-12")
        if e.modality == "asserted"]
    assert ("AGREE", ["GHA"], ["TGO"]) in found
    assert not [f for f in found if f[0] == "CONSULT"]


def test_code_a_promise_from_its_infinitive_ends_by_the_day_it_is_answered():
    text = "Samoa offered last week to send two survey ships to Tuvalu, but Tuvalu declined the offer on Thursday."
    offers = [e for e in extract(text, published="2026-06-16") if e.event == "AGREE"]
    assert [(str(e.date), str(e.date_end)) for e in offers] == [("2026-06-08", "2026-06-11")]


def test_code_a_cooperation_a_side_will_no_longer_join_is_a_sanction_it_imposes():
    text = ("On Tuesday the Latvian minister said Latvian coast guards would no longer take part in the joint "
            "patrols with Lithuania.")
    found = [(e.event, e.mode, e.modality, str(e.date), codes_of(e.actor))
             for e in extract(text, published="2026-03-12")]
    assert ("SANCTION", "discontinue", "asserted", "2026-03-10", ["LVA"]) in found
    assert not [f for f in found if f[0] in {"COOPERATE", "REJECT"}]


def test_code_a_cooperation_not_yet_begun_is_no_sanction():
    text = "On Tuesday the Latvian minister said Latvian coast guards did not take part in the joint patrols."
    assert "SANCTION" not in [e.event for e in extract(text, published="2026-03-12")]


def test_code_a_verb_of_cooperation_no_longer_done_is_a_sanction_on_the_partner():
    text = "On Tuesday Moldova said it would no longer cooperate with Romania on river dredging."
    found = [(e.event, e.mode, codes_of(e.actor), codes_of(e.recipient)) for e in extract(text, published="2026-03-12")]
    assert ("SANCTION", "discontinue", ["MDA"], ["ROU"]) in found


def test_code_troops_sent_to_a_dam_in_a_paragraph_about_a_drought_are_a_mobilisation():
    text = ("Farmers in Sonora say the reservoirs are nearly empty after three years of drought. On Thursday the "
            "Mexican government sent 400 soldiers to the Oviachic dam after growers blocked its gates.")
    events = [e for e in extract(text) if e.trigger.startswith("sent")]
    assert [e.event for e in events] == ["MOBILIZE"]


def test_code_a_meeting_in_the_present_tense_dated_next_week_is_to_come():
    text = "Nordic defence ministers meet in Oslo next week to discuss Arctic patrols, officials said on Tuesday."
    consults = [e for e in extract(text, published="2026-05-06") if e.event == "CONSULT"]
    assert consults and all(e.modality != "asserted" for e in consults)


def test_code_a_past_meeting_beside_a_deadline_ahead_stays_asserted():
    text = ("Danish and Swedish ministers met in Malmo on Monday and set a deadline of next week "
            "for a deal on the bridge toll.")
    consults = [e for e in extract(text, published="2026-05-06") if e.event == "CONSULT"]
    assert [e.modality for e in consults] == ["asserted"]


def test_code_a_ban_spelling_out_sanctions_is_no_refusal():
    text = ("The U.S. Treasury on Tuesday added two Venezuelan shipping firms to its sanctions list, freezing "
            "their assets in the United States and barring Americans from dealing with them.")
    assert [e.event for e in extract(text, published="2026-06-12") if e.modality == "asserted"] == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Malawi will reserve the right to respond to any new incursion by Zambian troops, the minister said on Friday.",
    "The minister said on Friday that Malawi would issue a final warning to Zambia over the raids.",
])
def test_code_a_threat_vowed_is_made_when_it_is_said(text):
    threats = [e for e in extract(text, published="2026-04-10") if e.event == "THREATEN"]
    assert threats and all(e.modality == "asserted" for e in threats)


def test_code_police_sent_abroad_are_aid_but_police_sent_home_are_not():
    text = ("Spain and Morocco traded accusations on Monday over the crossing. "
            "Spain sent 300 more police officers to Ceuta on Tuesday to guard the fence.")
    found = [e.event for e in extract(text, published="2026-06-12") if codes_of(e.actor) == ["ESP"]]
    assert "AID" not in found
    abroad = extract("New Zealand sent 30 police officers to Honiara on Tuesday to help Solomon Islands keep order.",
                     published="2026-06-12")
    assert "AID" in [e.event for e in abroad]


def test_code_an_act_withheld_until_a_condition_is_met_is_no_refusal():
    held = extract("Ghana will not release the Togolese fishermen until the court case against their captain is over, "
                   "the fisheries minister said on Monday.", published="2026-06-10")
    assert "REJECT" not in {e.event for e in held if e.modality == "asserted"}
    refused = extract("Ghana will not release the Togolese fishermen, the fisheries minister said on Monday.",
                      published="2026-06-10")
    assert "REJECT" in {e.event for e in refused if e.modality == "asserted"}


def test_code_a_rally_planned_at_home_is_no_threat():
    planned = extract("Kenya's opposition leaders said on Monday they would hold another rally in Nairobi next week.",
                      published="2026-06-10")
    assert "THREATEN" not in {e.event for e in planned}
    warned = extract("Kenyan truckers said on Monday they would blockade the Ugandan border post at Busia.",
                     published="2026-06-10")
    assert "THREATEN" in {e.event for e in warned}


def test_code_an_order_to_a_side_s_own_envoy_or_forces_is_no_request():
    home = extract("Ghana's foreign ministry said on Monday that its ambassador in Lome had been instructed to "
                   "raise the border closure with Togo's government.", published="2026-06-10")
    assert "REQUEST" not in {e.event for e in home}
    abroad = extract("Ghana's president ordered Togo to reopen the border at Aflao on Monday.", published="2026-06-10")
    assert "REQUEST" in {e.event for e in abroad}


def test_code_a_court_s_order_to_a_citizen_is_still_a_demand():
    text = "A Ghanaian judge ordered former finance minister Kofi Mensah to appear in court on Friday."
    assert "REQUEST" in {e.event for e in extract(text, published="2026-06-10")}


def test_code_what_a_signed_pact_allows_is_the_signing_not_a_concession():
    found = extract("Kenya's and Uganda's interior ministers signed a protocol allowing police to pursue smugglers "
                    "across the lake.", published="2026-06-12")
    assert "AGREE" in [e.event for e in found]
    assert "CONCEDE" not in [e.event for e in found]
    allowed = extract("Peru allowed Ecuadorian fishing boats to shelter in its ports on Monday.", published="2026-06-12")
    assert "CONCEDE" in [e.event for e in allowed]  # the same leave given outright


def test_code_what_a_speaker_says_its_own_side_could_do_is_a_threat():
    own = extract("Chile's mining minister went further on Tuesday, saying Santiago could halt copper shipments "
                  "to Bolivia if the tolls were raised again.", published="2026-06-12")
    assert [(e.event, e.modality) for e in own if e.event in {"THREATEN", "SANCTION"}] == [("THREATEN", "asserted")]
    bare = extract("Chile could halt copper shipments to Bolivia next year, two Chilean officials said on Tuesday.",
                   published="2026-06-12")
    assert "THREATEN" not in {e.event for e in bare}  # a possibility told, no condition set nor warning given
    other = extract("Chile's mining minister said on Tuesday that Bolivia could halt gas shipments to Chile.",
                    published="2026-06-12")
    assert "THREATEN" not in {e.event for e in other}  # what another side could do is foretold, not threatened
    assert all(e.modality != "asserted" for e in other if e.event == "SANCTION")


def test_code_a_ship_that_stops_work_is_no_strike():
    text = ("A Norwegian research vessel was mapping the seabed off Svalbard on Monday when a Russian frigate "
            "approached. The vessel stopped work and sailed for Tromso that night.\n\n"
            "Dock workers in Tromso stopped work on Tuesday to demand higher pay.")
    strikes = [e for e in extract(text, published="2026-06-12") if e.event == "PROTEST"]
    assert [str(e.date) for e in strikes] == ["2026-06-09"]  # the dockers' strike, not the ship's halt


def test_code_a_protest_a_government_conveys_is_its_disapproval_no_demonstration():
    text = ("In March 2024, Malaysian marine police shot dead an Indonesian fisherman off Johor.\n\n"
            "Indonesia's foreign ministry summoned Malaysia's ambassador on Monday to convey its protest.")
    kinds = [e.event for e in extract(text, published="2026-06-12") if e.modality == "asserted"]
    assert "PROTEST" not in kinds and kinds.count("ACCUSE") == 1


def test_code_a_force_backed_by_armour_is_no_support():
    text = ("About 800 Kenyan police officers, backed by armoured vehicles and helicopters, were sent to the border "
            "on Sunday. The plan, backed by Kenya's parliament, was approved.")
    backing = [e for e in extract(text, published="2026-06-12") if e.event == "SUPPORT"]
    assert [e.trigger for e in backing] == ["backed"] and [a.country for a in backing[0].actor] == ["KEN"]


def test_code_a_stance_held_now_said_no_to_is_a_refusal():
    held = extract("Norway told Danish officials on Friday that it does not recognise any duty to take back the trawlers.",
                   published="2026-06-12")
    assert "REJECT" in {e.event for e in held if e.modality == "asserted"}
    undone = extract("Norway told Danish officials on Friday that it did not sign the fishing accord.",
                     published="2026-06-12")
    assert "REJECT" not in {e.event for e in undone}
    condition = extract("Norway could cut gas sales to Estonia if Tallinn does not accept the fishing accord, "
                        "the minister warned on Friday.", published="2026-06-12")
    assert "REJECT" not in {e.event for e in condition}


def test_code_a_demand_joined_to_a_judgement_in_a_note_is_kept():
    text = ("date 2026-09-10\nKenya's foreign ministry sent a protest note to Uganda's embassy on Monday, calling the "
            "arrests \"illegal\" and demanding the men's immediate release.\n")
    events = extract(text)
    assert any(e.event == "REQUEST" and [x.country for x in e.recipient] == ["UGA"] for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Several hundred Ugandan fishermen and their families blocked the landing site at Kasese on Monday.", "PROTEST"),
    ("Kenyan soldiers blocked the landing site at Kasese on Monday.", "COERCE"),
])
def test_code_a_site_blocked_by_civilians_is_a_protest_by_soldiers_a_restriction(text, expected):
    kinds = [e.event for e in extract(text, published="2026-09-10")]
    assert expected in kinds and {"PROTEST", "COERCE"} - {expected} - set(kinds) == {"PROTEST", "COERCE"} - {expected}


@pytest.mark.parametrize("text, threat", [
    ("The World Food Programme warned on Thursday that it might have to cut rations in the Kenyan camps next year.", False),
    ("U.N. officials warned on Monday that the militia could strike again as herders move south.", False),
    ("Kenya warned on Monday that it could expel Ugandan diplomats if the raids continued.", True),
])
def test_code_a_un_agency_warning_of_a_danger_threatens_no_one(text, threat):
    assert any(e.event == "THREATEN" for e in extract(text, published="2026-09-10")) == threat


def test_code_a_threat_hanging_on_a_sides_failing_is_aimed_at_that_side():
    from tidings import extract
    coded = extract("Chad said it would close the border unless Sudan withdrew its troops.", published="2026-07-15")
    assert [([e.country for e in x.actor], [e.country for e in x.recipient]) for x in coded
            if x.event == "THREATEN" and x.modality == "asserted"] == [(["TCD"], ["SDN"])]
    coded = extract("Vanuatu would ask the UN to seek a court opinion if France did not remove the station, its "
                    "premier said.", published="2026-07-15")
    assert ["FRA"] in [[e.country for e in x.recipient] for x in coded if x.event == "THREATEN"]


@pytest.mark.parametrize("text", [
    "Laos and Cambodia traded accusations on Sunday. Vietnam called on both governments on Monday to respect the "
    "1999 ruling, and offered to host a meeting of the three navies.",
    "Laos and Cambodia traded accusations on Sunday. The ASEAN secretary-general had urged both governments to show "
    "restraint and offered to host talks at the bloc's headquarters in Jakarta.",
])
def test_code_an_offer_joined_to_a_call_on_both_sides_is_made_to_them(text):
    from tidings import extract
    offers = [sorted(e.country for e in x.recipient) for x in extract(text, published="2026-07-15") if x.event == "AGREE"]
    assert offers == [["KHM", "LAO"]]


def test_code_a_pledge_refused_is_no_agreement_to_what_it_names():
    text = "Chile and Peru did not agree to halt naval exercises near the maritime border."
    asserted = [e for e in extract(text, published="2026-04-16") if e.modality == "asserted"]
    assert asserted == []
    text = "Chile and Peru agreed on Wednesday to halt naval exercises near the maritime border."
    assert [e.event for e in extract(text, published="2026-04-16") if e.modality == "asserted"] == ["AGREE"]
