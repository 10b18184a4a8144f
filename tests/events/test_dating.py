"""Dating events (events/dating.py), on hand-written sentences."""
from datetime import date

import pytest

from tidings import extract

pytestmark = pytest.mark.slow


def test_dating_a_stated_day_beats_an_event_named_on_the_same_verb():
    text = ("Zambian police detained twelve students in Lusaka on Monday.\n\n"
            "Two of the students were freed on Wednesday on the orders of Zambia's interior minister.")
    freed = [e for e in extract(text, published="2026-03-13") if e.event == "RETREAT"]
    assert [str(e.date) for e in freed] == ["2026-03-11"]


def test_dating_a_participle_of_a_verb_of_saying_is_done_while_speaking():
    text = ("Zambian police detained twelve students in Lusaka on Monday.\n\n"
            "Zambia's interior minister told a radio station on Wednesday, accusing opposition leaders of stirring "
            "up the students.")
    accused = [e for e in extract(text, published="2026-03-13") if e.event == "ACCUSE"]
    assert [str(e.date) for e in accused] == ["2026-03-11"]


def test_dating_counted_from_an_act_named_by_a_gerund():
    text = ("Australia and Fiji signed a defence treaty in Suva on Wednesday.\n\n"
            "Two days before the signing, a Chinese survey vessel was escorted out of Fiji's waters by a Fijian "
            "patrol boat.")
    escorted = [e for e in extract(text, published="2026-09-24") if e.event == "COERCE"]
    assert [str(e.date) for e in escorted] == ["2026-09-21"]


def _dates(text: str, published: str, event: str) -> list[tuple[str, str]]:
    return [(str(e.date), str(e.date_end)) for e in extract(text, published=published) if e.event == event]


def test_dating_counted_in_years_moves_the_window_a_calendar_year():
    text = "The African Union deployed a mission to Chad in 2019, a year after rebels seized the town of Faya."
    assert _dates(text, "2026-05-10", "ASSAULT") == [("2018-01-01", "2018-12-31")]


def test_dating_counted_in_months_moves_the_window_calendar_months():
    text = "Kenya opened an embassy in Chad in March, two months after Chad expelled a Sudanese envoy."
    assert _dates(text, "2026-05-10", "SANCTION") == [("2026-01-01", "2026-01-31")]


def test_dating_the_decision_came_a_week_after_counts_from_the_news_told_before():
    text = ("Brazil imposed duties on Argentine beef on Thursday.\n\n"
            "The decision came a week after Argentina imposed duties on Brazilian shoes made in Sao Paulo.")
    assert ("2026-04-02", "2026-04-02") in _dates(text, "2026-04-10", "SANCTION")


def test_dating_a_time_closing_coordinated_verbs_counts_the_earlier_act_from_it():
    text = ("French jets struck radar installations and launch sites in eastern Libya early on Friday, two days after "
            "militia rockets hit a Maltese ferry, officials said.")
    hit = [e for e in extract(text, published="2026-04-11") if e.trigger == "hit"]
    assert [str(e.date) for e in hit] == ["2026-04-08"]


def test_dating_an_hour_later_goes_on_the_day_of_the_sentence_before():
    text = ("Italy condemned the attacks on shipping on Thursday.\n\n"
            "Houthi missiles struck a Liberian tanker off Hodeidah on Wednesday evening.\n\n"
            "About an hour later, an Italian frigate shot down a drone heading toward the tanker.")
    shot = [e for e in extract(text, published="2026-04-10") if e.trigger == "shot down"]
    assert [str(e.date) for e in shot] == ["2026-04-08"]


def test_dating_the_story_is_the_day_the_leads_main_clause_states():
    text = ("The U.N. Security Council voted on Tuesday to cut its force in Mali, two days after gunmen killed "
            "nine villagers.\n\n"
            "The U.N. spokesman urged the authorities to protect civilians.")
    urged = [e for e in extract(text, published="2026-04-08") if e.event == "REQUEST"]
    assert [str(e.date) for e in urged] == ["2026-04-07"]


def test_dating_during_the_same_session_is_the_session_just_told():
    text = ("Kenya and Uganda signed a customs deal in Nairobi on Wednesday.\n\n"
            "During Tuesday's talks, Kenya's trade minister warned Uganda against new sugar tariffs.\n\n"
            "Uganda's foreign minister turned down a Kenyan proposal, made during the same session, to share "
            "customs posts.")
    rejected = [e for e in extract(text, published="2026-04-10") if e.event == "REJECT"]
    assert [str(e.date) for e in rejected] == ["2026-04-07"]


def test_dating_a_when_clause_dates_every_verb_it_coordinates():
    text = ("The sailors had been held in Dakhla since last month, when Moroccan coast guards approached their "
            "trawler near the coast and detained the crew.")
    assert _dates(text, "2026-04-10", "COERCE") == [("2026-03-01", "2026-03-31")]


def test_dating_a_stance_in_the_present_is_dated_when_it_is_said():
    text = ("Kenya's army recalled its envoy on Tuesday. Its trade minister said on Wednesday that Nairobi "
            "\"stands with Uganda\" in the dispute.")
    assert _dates(text, "2026-05-21", "SUPPORT") == [("2026-05-20", "2026-05-20")]


def test_dating_according_to_a_dated_statement_is_dated_then_and_carries_on():
    text = ("Kenya's president arrived in Kampala on Saturday. According to a joint statement issued on Sunday, "
            "Uganda's president accepted an invitation to visit Nairobi next year. The statement also urged Sudan "
            "to allow aid into Darfur.")
    assert _dates(text, "2026-09-13", "AGREE") == [("2026-09-13", "2026-09-13")]
    assert _dates(text, "2026-09-13", "REQUEST") == [("2026-09-13", "2026-09-13")]


def test_dating_after_the_talks_is_the_day_of_the_talks():
    text = ("Kenya's foreign minister held talks with his Ugandan counterpart in Nairobi on Tuesday.\n\n"
            "At a news conference after the talks, the Ugandan minister accused Kenyan officials of blocking sugar "
            "exports.")
    assert _dates(text, "2026-03-13", "ACCUSE") == [("2026-03-10", "2026-03-10")]


def test_dating_the_same_day_is_the_day_of_the_main_clause_before():
    text = ("Afghan and Pakistani border forces clashed late on Sunday at the Torkham crossing.\n\n"
            "In a statement on Monday, Pakistan's foreign office accused Afghan forces of building a military post "
            "and said the construction had triggered Sunday's clash. A Taliban spokesman accused Pakistani troops "
            "the same day of opening fire first.")
    assert _dates(text, "2026-10-20", "ACCUSE") == [("2026-10-19", "2026-10-19"), ("2026-10-19", "2026-10-19")]


def test_dating_the_talks_told_before_are_the_news_not_an_older_meeting():
    text = ("Kenya and Uganda signed a rail accord on Wednesday, as the Kenyan president paid a two-day state visit "
            "to Kampala.\n\n"
            "The two leaders last met in Nairobi back in December.\n\n"
            "Rwanda's president joined part of the talks by video link from Kigali.")
    joined = [e for e in extract(text, published="2026-05-21") if e.trigger == "joined talks"]
    assert [(str(e.date), str(e.date_end)) for e in joined] == [("2026-05-20", "2026-05-20")]


def test_dating_weeks_after_the_talks_is_not_the_day_of_the_talks():
    text = ("Kenya's foreign minister held talks with his Ugandan counterpart in Nairobi on Tuesday.\n\n"
            "Weeks after the talks, the Ugandan minister accused Kenyan officials of blocking sugar exports.")
    assert _dates(text, "2026-03-13", "ACCUSE") == [("2026-03-10", "2026-03-13")]


def test_dating_a_day_before_the_talks_fronted_counts_back_from_the_talks():
    text = ("Kenya and Uganda held talks on sugar tariffs in Kampala on Friday.\n\n"
            "A day before the talks, Uganda freed four Kenyan truck drivers who had been held since March.")
    freed = [e for e in extract(text, published="2026-05-16") if e.event == "RETREAT"]
    assert [(str(e.date), str(e.date_end)) for e in freed] == [("2026-05-14", "2026-05-14")]


def test_dating_hours_before_an_event_is_its_day():
    text = ("Kenya's foreign minister held talks with his Ugandan counterpart in Nairobi on Tuesday.\n\n"
            "Hours before the talks, Ugandan police arrested three Kenyan traders in Busia.")
    assert _dates(text, "2026-03-13", "COERCE") == [("2026-03-10", "2026-03-10")]


def test_dating_a_passive_claim_is_made_when_it_is_told():
    text = ("Bolivian police arrested 30 protesters in La Paz on Tuesday.\n\n"
            "Asked about Bolivia at a news conference on Thursday, Colombia's president said the election had "
            "been stolen from the Bolivian people.")
    assert _dates(text, "2026-06-19", "ACCUSE") == [("2026-06-18", "2026-06-18")]


def test_dating_a_present_participle_on_the_object_is_done_at_the_verbs_time():
    text = ("Latvian police detained a tanker crew on Saturday.\n\n"
            "Sweden sent two frigates taking part in a NATO patrol mission to the Gulf of Riga on Sunday, a navy "
            "spokesman said.")
    sent = [e for e in extract(text, published="2026-02-17") if e.event == "MOBILIZE"]
    assert [str(e.date) for e in sent] == ["2026-02-15"]


def test_dating_hours_after_the_cut_skips_a_judged_gerund():
    text = ("Kazakhstan cut off gas supplies to Kyrgyzstan on Tuesday, citing unpaid bills.\n\n"
            "\"Cutting gas to hospitals and bakeries in January is not a commercial decision,\" Kyrgyzstan's energy "
            "minister told reporters in Bishkek on Wednesday.\n\n"
            "Hours after the cut, Kyrgyzstan's president spoke by telephone with his Russian counterpart.")
    assert _dates(text, "2026-01-23", "CONSULT") == [("2026-01-20", "2026-01-20")]


def test_dating_background_of_the_news_does_not_date_the_next_sentence():
    text = ("Serbia and Kosovo exchanged six detained police officers on Tuesday at a crossing near Jarinje.\n\n"
            "The deal was negotiated over several rounds of talks hosted by Hungary in Budapest last month, "
            "officials said. Kosovo's foreign ministry thanked Hungary for its mediation.")
    thanked = _dates(text, "2026-04-16", "SUPPORT")
    assert thanked and all(d == ("2026-04-14", "2026-04-14") for d in thanked)


def test_dating_a_range_from_one_year_to_another_is_one_window_beating_the_war_told_before():
    text = ("Kenyan artillery shelled rebel positions near Mandera on Friday.\n\n"
            "Ugandan troops fought alongside Somali government forces during the war in Jubaland from 2019 to 2021.")
    assert ("2019-01-01", "2021-12-31") in _dates(text, "2026-05-16", "ASSAULT")


def test_dating_two_coordinated_days_span_both():
    text = "On Saturday and Sunday, Malawian police arrested 40 opposition officials in raids across Lilongwe."
    assert _dates(text, "2026-03-10", "COERCE") == [("2026-03-07", "2026-03-08")]


def test_dating_days_in_separate_clauses_are_not_joined():
    text = ("The presidents of Peru and Chile spoke by phone on Sunday night, and on Monday they agreed to "
            "reopen the border crossing at Tacna.")
    assert _dates(text, "2026-03-10", "AGREE") == [("2026-03-09", "2026-03-09")]


def test_dating_a_new_paragraph_about_the_same_person_goes_on_the_previous_paragraph():
    text = ("Ghana freed 12 Togolese traders on Monday, officials said.\n\n"
            "President Kofi Mensah Asante held talks with Togo's leader in Lome on Wednesday.\n\n"
            "Asante thanked Togo for its patience.")
    assert _dates(text, "2026-04-10", "SUPPORT") == [("2026-04-08", "2026-04-08")]


def test_dating_a_gathering_with_its_own_month_is_not_the_one_told_before():
    text = ("Ministers of the bloc met in Abuja on Tuesday.\n\n"
            "The bloc's leaders will discuss relations with Mali at their summit in June.")
    assert _dates(text, "2026-05-20", "CONSULT")[-1] == ("2026-06-01", "2026-06-30")


def test_dating_the_same_day_after_a_later_day_named_is_that_day_not_the_objects():
    text = ("Pirates attacked a Turkish cargo ship off Somalia on Monday.\n\n"
            "The ship's owner denied on Tuesday that the vessel had carried weapons. Turkey's foreign ministry "
            "condemned the attack the same day.")
    condemned = [e for e in extract(text, published="2026-05-08") if e.trigger == "condemned"]
    assert [str(e.date) for e in condemned] == ["2026-05-05"]


def test_dating_the_same_day_with_no_later_day_named_is_the_day_of_its_object():
    text = ("Somalia lodged a protest with Kenya on Wednesday over flights by Kenyan fighter jets over the border "
            "town of Beled Hawo on Tuesday.\n\n"
            "Nairobi rejected the Somali protest the same day.")
    rejected = [e for e in extract(text, published="2026-05-08") if e.event == "REJECT"]
    assert [str(e.date) for e in rejected] == ["2026-05-06"]


def test_dating_a_participle_after_a_comma_goes_on_with_the_main_deed():
    text = ("Libya's interim government released nine Tunisian men captured while working alongside the smugglers, "
            "handing them over to Tunisian diplomats in Tripoli on Saturday, the two governments said.")
    assert _dates(text, "2026-03-16", "RETREAT") == [("2026-03-14", "2026-03-14")]


def test_dating_a_deed_by_the_time_of_its_subjects_participle():
    text = "Chad's army said on Friday that air strikes carried out on Wednesday had killed 30 rebels near Faya."
    assert _dates(text, "2026-05-15", "ASSAULT") == [("2026-05-13", "2026-05-13")]


def test_dating_a_deed_by_a_relative_clause_on_its_subject():
    text = "Niger's army said on Friday that shelling which began on Tuesday had destroyed two rebel camps."
    assert _dates(text, "2026-05-15", "ASSAULT") == [("2026-05-12", "2026-05-12")]


def test_dating_a_relative_clause_under_a_noun_with_its_year():
    text = ("A 2018 agreement under which Bolivia agreed to sell gas to Paraguay was ended by La Paz in 2023, "
            "officials said on Thursday.")
    assert _dates(text, "2026-05-15", "AGREE") == [("2018-01-01", "2018-12-31")]


def test_dating_a_clause_giving_a_reason_does_not_date_the_main_deed():
    text = ("Armenia's foreign ministry summoned the Turkish charge d'affaires on Wednesday.\n\n"
            "Because Yerevan and Ankara have had no diplomatic relations since their 1993 war, the ministry "
            "handed its protest note to the Swiss embassy in Yerevan.")
    dates = _dates(text, "2026-05-15", "ACCUSE")
    assert dates and all(start.startswith("2026") for start, _ in dates)


def test_dating_a_time_on_the_gerund_under_a_verb_of_stopping_dates_the_stopping():
    text = "The Paraguayan government stopped registering new soybean export sales on Tuesday, officials said."
    assert _dates(text, "2026-06-05", "SANCTION") == [("2026-06-02", "2026-06-02")]


def test_dating_an_act_in_an_after_clause_by_the_incident_told_next():
    text = ("Vietnam's foreign minister called his Chinese counterpart on Friday, seeking to ease tensions after a "
            "Chinese coast guard ship rammed a Vietnamese fishing boat near the Paracel Islands.\n\n"
            "The incident took place on Wednesday morning, according to Vietnam's fisheries agency.")
    assert ("2026-08-19", "2026-08-19") in _dates(text, "2026-08-21", "ASSAULT")


def test_dating_a_similar_act_the_same_day_is_on_the_day_of_the_act_it_resembles():
    text = ("Bolivia's government on Friday rejected foreign calls to free three jailed union leaders.\n\n"
            "On Tuesday, Chile's foreign ministry demanded the immediate release of the union leaders. "
            "Peru's foreign ministry made a similar call the same day.")
    requests = _dates(text, "2026-04-17", "REQUEST")
    assert ("2026-04-14", "2026-04-14") in requests and ("2026-04-17", "2026-04-17") not in requests


def test_dating_an_undated_opener_is_dated_by_the_saying_that_follows_it():
    text = ("Peru's navy seized a Chilean fishing boat off Tacna on Monday.\n\n"
            "Chile's government protested to Lima on Tuesday.\n\n"
            "Lima brushed the protest aside. Peru's foreign minister said on Thursday that the boat had "
            "been fishing illegally.")
    assert _dates(text, "2026-04-17", "REJECT") == [("2026-04-16", "2026-04-16")]


def test_dating_an_undated_opener_is_not_moved_to_a_deed_told_before_its_source():
    text = ("Ghana and Togo agreed on Tuesday to reopen their border after a week of talks.\n\n"
            "Lome released one of the detained Ghanaian traders. He reached Accra on Wednesday morning, "
            "Ghanaian radio said.")
    assert _dates(text, "2026-04-16", "RETREAT") == [("2026-04-14", "2026-04-14")]


def test_dating_a_request_an_act_followed_is_dated_by_that_act():
    text = ("Chile has reopened its border with Bolivia, officials said on Friday.\n\n"
            "The reopening, announced by the interior ministry on Thursday, followed a request from Bolivia's "
            "foreign minister.")
    assert _dates(text, "2026-04-17", "REQUEST") == [("2026-04-16", "2026-04-16")]


def test_dating_a_when_clause_on_the_last_of_gapped_verbs_dates_the_first():
    text = ("Four people were killed and nine wounded when a bomb exploded at a market in Gao on Tuesday, "
            "officials in Mali said.")
    assert _dates(text, "2026-04-17", "ASSAULT") == [("2026-04-14", "2026-04-14")]
    text = ("Zambia's police chief resigned on Monday after a riot killed nine people in Ndola over the weekend, "
            "and Malawi sent food aid to the city.")
    assert _dates(text, "2026-04-15", "AID") == [("2026-04-15", "2026-04-15")]  # a verb told after it


def test_dating_an_undated_opener_is_not_moved_before_the_day_it_carries():
    text = ("Chile's government said on Thursday that Peru's navy had seized a fishing boat late on Monday.\n\n"
            "Lima rejected that account. In a statement the same day, Peru's navy said the boat had been "
            "fishing illegally.")
    assert _dates(text, "2026-04-17", "REJECT") == [("2026-04-16", "2026-04-16")]


def test_dating_a_time_before_a_participle_of_saying_dates_the_verb_it_follows():
    text = ("Fiji's foreign ministry criticised the fishing pact on Monday. "
            "Tonga's prime minister rejected that on Wednesday, saying the pact had been fairly negotiated.")
    assert _dates(text, "2026-06-18", "REJECT") == [("2026-06-17", "2026-06-17")]


def test_dating_a_day_after_since_in_a_clause_on_the_object_dates_the_verb():
    text = ("Mali freed three Senegalese truck drivers it had held since February on Tuesday, "
            "handing them over to the Red Cross in Kayes.")
    assert _dates(text, "2026-05-14", "RETREAT") == [("2026-05-12", "2026-05-12")]


def test_dating_a_gerund_with_a_determiner_is_a_noun_not_a_clause():
    # the parse the tagger gives now and then: "crossing" a gerund, object of "at"
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from tidings.events.dating import _clause
    words = ["Envoys", "met", "at", "the", "Busia", "crossing", "on", "Monday"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 2, 5, 6],
              deps=["nsubj", "ROOT", "prep", "det", "compound", "pobj", "prep", "pobj"],
              tags=["NNS", "VBD", "IN", "DT", "NNP", "VBG", "IN", "NNP"],
              pos=["NOUN", "VERB", "ADP", "DET", "PROPN", "VERB", "ADP", "PROPN"])
    assert _clause(doc[7]).text == "met"


def test_dating_a_time_closing_a_purpose_clause_dates_the_deed():
    text = ("Estonia deployed 200 soldiers to help customs officers search trucks at the frontier on Monday, "
            "the interior ministry said.")
    assert _dates(text, "2026-05-14", "MOBILIZE") == [("2026-05-11", "2026-05-11")]


def test_dating_a_count_after_a_saying_is_counted_from_the_saying():
    text = ("Armenia's defence minister warned on Thursday that his country would respond to any new attack, "
            "two days after a deadly exchange of fire between the two armies shut the main highway.")
    assert ("2026-05-12", "2026-05-12") in _dates(text, "2026-05-15", "ASSAULT")


def test_dating_a_passive_relative_clause_on_the_party_does_not_date_the_release():
    text = ("Border commanders from Kyrgyzstan and Tajikistan met on Wednesday at the Batken post.\n\n"
            "Tajikistan also handed over three Kyrgyz shepherds who had been detained in March after "
            "their flock strayed across the line.")
    assert _dates(text, "2026-05-15", "RETREAT") == [("2026-05-13", "2026-05-13")]


def test_dating_after_the_signing_counts_from_the_signing_told_before():
    text = ("Nepal and India signed a power trade deal in Kathmandu on Friday.\n\n"
            "India's energy minister arrived in Kathmandu on Thursday and held talks with Nepal's prime minister. "
            "\"India has always supported Nepal,\" Nepal's prime minister told reporters after the signing.")
    assert _dates(text, "2026-03-20", "SUPPORT") == [("2026-03-20", "2026-03-20")]


def test_dating_a_concession_agreed_to_takes_the_day_of_the_agreeing():
    text = ("Officials of Ghana and Togo met in Lome on Sunday, and on Tuesday Ghana agreed to release the "
            "seized Togolese fishing boats.")
    assert _dates(text, "2026-05-14", "CONCEDE") == [("2026-05-12", "2026-05-12")]


def test_dating_a_ban_in_place_since_a_year_does_not_date_its_lifting():
    text = "Egypt lifted its ban on Sudanese cattle, in place since 2019, a step welcomed by traders in Khartoum."
    assert _dates(text, "2026-05-14", "CONCEDE") == [("2026-05-14", "2026-05-14")]


def test_dating_the_acts_of_an_after_clause_by_the_incident_a_source_dates():
    text = ("Mali recalled its ambassador from Niamey on Thursday after gunmen ambushed a bus near the border, "
            "killing twelve passengers and setting the bus on fire.\n\n"
            "The attack took place on Monday near Ayorou, police sources said.")
    dates = _dates(text, "2026-05-15", "ASSAULT")
    assert dates and all(d == ("2026-05-11", "2026-05-11") for d in dates)


def test_dating_an_undated_opener_is_not_dated_by_a_warning_that_follows_it():
    text = ("Sudan recalled its ambassador from Chad on Monday after Chad expelled two Sudanese diplomats.\n\n"
            "Chad's foreign ministry condemned the recall as an insult and said it had handed a protest note to "
            "Sudan's envoy. Chad's defence minister warned on Tuesday that Chad could close the border.")
    assert _dates(text, "2026-05-13", "ACCUSE") == [("2026-05-11", "2026-05-11")]


def test_dating_the_acts_of_an_after_clause_on_the_day_the_same_verb_tells_them_again():
    text = ("Peru lodged a protest with Ecuador on Monday after Ecuadorian sailors boarded a Peruvian trawler and "
            "beat its Peruvian crew.\n\n"
            "Ecuadorian sailors beat three Peruvian fishermen on Saturday, the boat's captain said.")
    assert _dates(text, "2026-06-23", "ASSAULT") == [("2026-06-20", "2026-06-20")]
    assert _dates(text, "2026-06-23", "COERCE") == [("2026-06-20", "2026-06-20")]


def test_dating_an_act_at_the_time_takes_the_time_told_before_not_a_like_act_of_the_news():
    text = ("Chile closed the Tambo Quemado crossing to trucks on Sunday night.\n\n"
            "In March 2019 thousands of drivers blocked the crossing after Chile raised road tolls. "
            "Bolivia recalled its ambassador at the time.")
    recalls = [(str(e.date), str(e.date_end)) for e in extract(text, published="2026-06-02")
               if e.trigger == "recalled ambassador"]
    assert recalls == [("2019-03-01", "2019-03-31")]


def test_dating_a_past_deed_of_this_week_ends_on_the_day_it_is_reported():
    text = "Niger began deploying 800 soldiers along its border with Benin this week, the army said on Wednesday."
    assert _dates(text, "2026-06-17", "MOBILIZE") == [("2026-06-15", "2026-06-17")]


def test_dating_a_deed_joined_with_and_takes_the_day_of_the_clause_before():
    text = ("Zambia's president spoke to his Malawian counterpart by phone on Monday, and the two agreed to reopen "
            "the Mchinji border crossing.")
    assert _dates(text, "2026-06-17", "AGREE") == [("2026-06-15", "2026-06-15")]


def test_dating_a_deed_of_a_newly_named_state_joined_with_and_keeps_the_story_day():
    text = ("The police chief of Fiji's Western Division resigned on Monday after riots in Lautoka, and New Zealand "
            "sent police advisers to help restore order.")
    assert _dates(text, "2026-06-17", "AID") == [("2026-06-17", "2026-06-17")]


def test_dating_a_paragraph_about_a_minister_named_beside_his_title_goes_on_its_episode():
    text = ("Zambia closed its border with Malawi on Monday.\n\n"
            "Zambia's foreign ministry summoned Malawi's envoy on Tuesday. Hours later, Malawi's trade minister, "
            "Joseph Banda, condemned the closure.\n\n"
            "\"This hurts farmers on both sides,\" Banda told a radio station. He rejected claims by Zambian officials "
            "that Malawian traders had smuggled maize.")
    assert _dates(text, "2026-06-17", "REJECT") == [("2026-06-16", "2026-06-16")]


def test_dating_a_deed_agreed_to_takes_the_day_of_the_agreeing():
    text = ("Chile and Peru signed a fisheries deal in Lima last month after a week of talks. Chile had first demanded "
            "new quotas in January, a demand Lima turned down at the time. As part of the Lima deal, Peru also agreed "
            "to allow Chilean trawlers into two more ports.")
    assert _dates(text, "2026-04-08", "CONCEDE") == [("2026-03-01", "2026-03-31")]


def test_dating_a_deployment_since_a_time_began_then():
    text = "Chad has deployed more than 900 soldiers to its border with Sudan since early May, the army said."
    assert _dates(text, "2026-06-17", "MOBILIZE") == [("2026-05-01", "2026-05-10")]


def test_dating_shelling_since_a_time_runs_to_the_day_of_the_story():
    text = "Rebel gunners have shelled the town of Kidal since early May, the army said."
    assert _dates(text, "2026-06-17", "ASSAULT") == [("2026-05-01", "2026-06-17")]


def test_dating_a_year_on_another_noun_does_not_date_the_deed():
    text = ("The arbitration panel ruled on Thursday that Malawi had breached the 1998 water treaty by damming "
            "the Shire river.")
    assert ("1998-01-01", "1998-12-31") not in _dates(text, "2026-03-13", "REJECT")


def test_dating_a_year_on_the_event_noun_itself_dates_it():
    text = "Kenya and Tanzania signed the 2019 agreement in Arusha."
    assert _dates(text, "2026-03-13", "AGREE") == [("2019-01-01", "2019-12-31")]


def test_dating_an_undated_stance_takes_the_day_it_was_repeated():
    text = ("Rwanda has always rejected the accusation, and its defence minister repeated on Tuesday that the troops "
            "had never crossed.")
    assert _dates(text, "2026-03-13", "REJECT") == [("2026-03-10", "2026-03-10")]


def test_dating_an_event_noun_is_not_anchored_to_an_earlier_event_of_its_own_kind():
    text = ("Samoa's prime minister held talks with Fiji's president in Suva on Tuesday.\n\n"
            "Tonga's foreign minister signed a maritime accord with Samoa in Apia on Monday, during the first "
            "visit by a Tongan foreign minister to Samoa in a decade.")
    visits = [e for e in extract(text, published="2026-11-04") if e.event == "CONSULT" and e.modality == "asserted"]
    assert [str(e.date) for e in visits] == ["2026-11-03", "2026-11-02"]


SIGNED_THEN_PAID = ("Ghana and Togo signed a border accord in Lome on Monday. Ghana released the first tranche of "
                    "aid a day later. ")


def test_dating_a_past_act_under_a_deal_told_before_is_the_deal_s_day():
    text = SIGNED_THEN_PAID + "Under the accord, Togo agreed to pull its troops back from the disputed border post."
    assert {str(e.date) for e in extract(text, published="2026-11-04")
            if e.event in {"AGREE", "CONCEDE"} and "Togo agreed" in e.text} == {"2026-11-02"}


def test_dating_a_coming_act_under_a_deal_is_not_the_deal_s_day():
    text = SIGNED_THEN_PAID + "Under the accord, Togo will withdraw its troops from the disputed border post."
    coming = [e for e in extract(text, published="2026-11-04") if "Togo will" in e.text]
    assert coming and all(e.date_text != "Under accord" for e in coming)


def test_dating_the_same_day_after_a_place_acted_on_is_the_day_just_told():
    text = ("Benin and Niger reopened the Malanville border crossing on Monday.\n\n"
            "Gunmen attacked a customs station near the crossing on March 3, killing two officers. Beninese "
            "authorities closed the crossing the same day.")
    closed = [e for e in extract(text, published="2026-04-15") if e.trigger.startswith("closed")]
    assert [str(e.date) for e in closed] == ["2026-03-03"]


def test_dating_praise_for_a_deed_in_talks_last_month_is_not_last_month():
    text = ("Chile and Argentina signed a water-sharing accord in Santiago on Thursday.\n\n"
            "Argentina's foreign minister thanked Chile for its patience in the final round of talks last month.")
    assert _dates(text, "2026-05-22", "SUPPORT") == [("2026-05-21", "2026-05-21")]


def test_dating_a_named_state_joined_with_and_without_a_comma_takes_the_day_before():
    text = ("Hungary began sending extra gas to Serbia on Thursday and the European Union pledged 20 million euros "
            "in emergency aid, after a pipeline in Bosnia was damaged, Serbian officials said.")
    assert _dates(text, "2026-01-09", "AID")[-1] == ("2026-01-08", "2026-01-08")


def test_dating_a_paragraph_opening_answer_to_an_act_dated_weeks_before_takes_its_time():
    text = ("Rabat expelled five Spanish diplomats on Thursday in a row over the arrest of a Moroccan consul.\n\n"
            "Spanish police detained the consul in Valencia on May 4.\n\n"
            "Rabat denounced the arrest as illegal and demanded his release.")
    assert _dates(text, "2026-05-22", "ACCUSE") == [("2026-05-04", "2026-05-04")]


def test_dating_a_paragraph_opening_answer_to_an_act_just_before_the_news_is_the_news():
    text = ("Rabat expelled five Spanish diplomats on Thursday in a row over the arrest of a Moroccan consul.\n\n"
            "Spanish police detained the consul in Valencia on Wednesday.\n\n"
            "Rabat denounced the arrest as illegal and demanded his release.")
    assert _dates(text, "2026-05-22", "ACCUSE") == [("2026-05-21", "2026-05-21")]


def test_dating_an_agreement_to_meet_later_is_dated_when_agreed_not_by_the_meeting():
    text = ("Chile's and Peru's foreign ministers held talks in Lima on Wednesday on their maritime boundary. "
            "The two ministers agreed to meet again in Santiago in June.")
    assert _dates(text, "2026-03-13", "AGREE") == [("2026-03-11", "2026-03-11")]


def test_dating_a_deed_after_a_colon_takes_the_day_of_the_clause_before_it():
    text = ("Ghana's president flew to Lome for talks on a border row on Monday.\n\n"
            "Talks on Tuesday did bring one result: the two governments agreed to set up a joint border commission.")
    assert _dates(text, "2026-05-14", "AGREE") == [("2026-05-12", "2026-05-12")]


def test_dating_an_undated_opener_takes_an_earlier_day_of_the_saying_after_it():
    text = ("Kenya reopened its border with Somalia on Thursday after a two-week closure.\n\n"
            "Somalia rejected claims that its forces had provoked the closure. \"We did nothing wrong,\" a "
            "government spokesman said on Tuesday.")
    assert _dates(text, "2026-05-14", "REJECT") == [("2026-05-12", "2026-05-12")]


def test_dating_a_time_hung_on_a_participle_of_where_a_place_lies_dates_the_deed():
    text = ("Armenian troops withdrew from three positions overlooking the Azerbaijani village of Kemerli on "
            "Tuesday, officials in Baku said.")
    assert _dates(text, "2026-05-14", "RETREAT") == [("2026-05-12", "2026-05-12")]


def test_dating_a_time_hung_on_a_participle_of_where_a_road_leads_dates_the_deed():
    text = ("In the Serb-majority west, residents parked tractors across the roads leading to Ribarci and Lisina on "
            "Tuesday night and kept them there until Wednesday afternoon.")
    assert _dates(text, "2026-04-24", "PROTEST") == [("2026-04-21", "2026-04-21")]


def test_dating_a_time_hung_on_a_present_clause_about_the_object_dates_the_deed():
    text = "Eritrean officials freed two Ethiopian men who work for an aid agency on Tuesday, the agency said."
    assert _dates(text, "2026-05-14", "RETREAT") == [("2026-05-12", "2026-05-12")]


def test_dating_days_after_counts_back_one_to_seven_days_from_the_dated_act():
    text = ("The offer was passed to Kenyan officials on Friday, days after President Ruto telephoned the Ugandan "
            "president to ask for more fuel.")
    called = [e for e in extract(text, published="2026-06-14") if e.trigger == "telephoned"]
    assert [(str(e.date), str(e.date_end)) for e in called] == [("2026-06-05", "2026-06-11")]


def test_dating_a_time_in_a_relative_clause_on_the_object_after_a_try_dates_the_deed():
    text = ("NIAMEY, April 24 (Tidings) - Nigerien police beat back hundreds of traders who tried to march on the "
            "Malian embassy in Niamey on Thursday.")
    assert _dates(text, "2026-04-24", "ASSAULT") == [("2026-04-23", "2026-04-23")]


def test_dating_a_whose_clause_on_the_subject_does_not_date_the_main_verb():
    text = ("Chile, whose own fishing claim was dropped from the case in 2019 and has since been settled, voiced "
            "solidarity with Peru.")
    assert [d for d, _ in _dates(text, "2026-05-09", "SUPPORT")] == ["2026-05-09"]


def test_dating_the_same_day_counts_from_the_sentence_just_before_not_an_older_act():
    text = ("SANTIAGO, May 9 (Tidings) - Chile on Friday rejected a Peruvian protest over a Chilean naval exercise.\n\n"
            "The exercise by two Chilean frigates began on Tuesday off the port of Arica. Lima lodged a protest "
            "through diplomatic channels the same day.")
    lodged = [e for e in extract(text, published="2026-05-09") if e.trigger == "lodged protest"]
    assert [str(e.date) for e in lodged] == ["2026-05-05"]


def test_dating_an_offer_ends_by_the_day_the_offer_is_answered():
    text = "Fiji last week offered two patrol boats to Tonga, but Tonga declined the offer on Friday."
    assert _dates(text, "2026-06-16", "AGREE") == [("2026-06-08", "2026-06-12")]


def test_dating_a_proposal_ends_by_the_day_it_is_accepted_not_by_another_act():
    accepted = "Japan proposed last month to hold joint coast guard drills, and Manila accepted the proposal on May 20."
    hosted = "Japan proposed last month to hold joint coast guard drills, and Manila hosted a Chinese envoy on May 20."
    assert _dates(accepted, "2026-06-16", "AGREE") == [("2026-05-01", "2026-05-20")]
    assert _dates(hosted, "2026-06-16", "AGREE") == [("2026-05-01", "2026-05-31")]


def test_dating_a_time_on_a_later_verb_of_a_relative_clause_does_not_date_a_promise():
    text = ("Peruvian and Chilean fisheries ministers met in Lima on Tuesday.\n\n"
            "Chile agreed there to free the trawler's crew, and the ministers also agreed to revive a joint "
            "fisheries board, which drafted catch quotas but has not met since 2019.")
    freed = [e for e in extract(text, published="2026-06-12") if e.event == "CONCEDE"]
    assert freed and all(str(e.date) != "2019-01-01" for e in freed)


def test_dating_a_present_perfect_pledge_takes_the_day_of_its_passive_retelling():
    lead = ("SUVA, June 12 (Tidings) - Australia has agreed to share its satellite fishing data with Fiji, "
            "the Fijian fisheries ministry said on Friday.\n\n")
    conveyed = lead + "The decision was conveyed to Fijian officials on Wednesday, a week after a trawler was seized."
    made = lead + "The minister said the concession was made during talks in Suva on Wednesday."
    assert _dates(conveyed, "2026-06-12", "AGREE") == [("2026-06-10", "2026-06-10")]
    assert _dates(made, "2026-06-12", "AGREE") == [("2026-06-10", "2026-06-10")]


def test_dating_a_present_perfect_lead_takes_the_day_its_own_noun_is_retold_with():
    banned = ("ACCRA, March 10 (Tidings) - Ghana has banned imports of Togolese poultry in retaliation for Togo's "
              "decision to close a border market.\n\nThe ban was announced by Ghana's trade ministry on Saturday "
              "and took effect on Sunday.")
    assert _dates(banned, "2026-03-10", "SANCTION") == [("2026-03-07", "2026-03-07")]


def test_dating_a_participle_on_the_retold_noun_dates_the_perfect_it_is_joined_to():
    text = ("KHARTOUM, May 12 (Tidings) - Qatar has deposited $300 million in Sudan's central bank and begun "
            "shipping free fuel to Port Sudan.\n\nThe deposit, announced by state media on Sunday, is meant to "
            "prop up the Sudanese pound.")
    assert _dates(text, "2026-05-12", "AID") == [("2026-05-10", "2026-05-10")]


def test_dating_a_present_perfect_lead_takes_the_day_of_a_passive_told_of_its_object():
    freed = ("N'DJAMENA, Oct 8 (Tidings) - Chad has freed eight of the 12 Sudanese herders its soldiers seized at a "
             "well last month.\n\nThe eight were flown home on Monday, a government spokesman said.")
    recalled = ("RABAT, Oct 8 (Tidings) - Morocco has recalled its ambassador to Algeria, the foreign ministry said "
                "on Thursday.\n\nThe ambassador was ordered home on Tuesday evening, a spokesman said.")
    assert _dates(freed, "2026-10-08", "RETREAT") == [("2026-10-05", "2026-10-05")]
    assert _dates(recalled, "2026-10-08", "SANCTION") == [("2026-10-06", "2026-10-06")]


def test_dating_a_span_told_with_for_before_after_starts_on_the_day_of_the_act():
    text = ("BANGKOK, June 10 (Tidings) - Thailand closed its embassy in Vientiane on Wednesday, three days after a "
            "bomb at a market in the Lao border town of Savannakhet killed three Thai traders.\n\n"
            "The bomb exploded on Sunday morning. Thai authorities shut the bridge for two days after the attack.")
    assert ("2026-06-07", "2026-06-07") in _dates(text, "2026-06-10", "SANCTION")
    assert ("2026-06-09", "2026-06-09") not in _dates(text, "2026-06-10", "SANCTION")


def test_dating_hours_told_of_a_passive_subject_count_from_the_act_done_to_it():
    text = ("GEORGETOWN, May 8 (Tidings) - Guyana and Venezuela agreed on Thursday to set up a joint border "
            "commission.\n\nTies had been tense. On May 4, Venezuelan soldiers crossed into Guyana and detained "
            "three Guyanese miners, according to police. Georgetown sent a protest note the next day. Caracas later "
            "voiced regret, and the miners were released within hours.")
    assert _dates(text, "2026-05-08", "RETREAT") == [("2026-05-04", "2026-05-04")]


def test_dating_an_undated_lead_act_takes_the_day_it_is_told_again_with_the_same_verb():
    text = ("JUBA, Sept 15 (Tidings) - South Sudan reopened its border with Uganda to lorries on Monday, a week after "
            "closing it over a cattle raid, and hours after Uganda handed over four suspects wanted by Juba.\n\n"
            "Ugandan police arrested nine men in raids near Nimule on Friday, officials said. Four of them were "
            "handed over to South Sudanese officers at the border on Sunday.")
    assert _dates(text, "2026-09-15", "COOPERATE") == [("2026-09-13", "2026-09-13")]


def test_dating_a_time_after_the_triggers_particle_is_its_own():
    text = "MADRID, May 14 (Tidings) - Spain handed a Moroccan man suspected of smuggling migrants over to Morocco on Tuesday."
    assert _dates(text, "2026-05-14", "COOPERATE") == [("2026-05-12", "2026-05-12")]


def test_dating_a_retelling_that_only_judges_or_a_pledge_with_its_own_day_keeps_the_date():
    praised = ("SUVA, June 12 (Tidings) - Australia has agreed to share its satellite fishing data with Fiji, "
               "the Fijian fisheries ministry said on Friday.\n\nThe decision was praised by Fijian officials on Wednesday.")
    dated = ("SUVA, June 12 (Tidings) - Australia agreed on Thursday to share its satellite fishing data with Fiji, "
             "the Fijian fisheries ministry said on Friday.\n\nThe decision was conveyed to Fijian officials on Wednesday.")
    assert _dates(praised, "2026-06-12", "AGREE") == [("2026-06-12", "2026-06-12")]
    assert _dates(dated, "2026-06-12", "AGREE") == [("2026-06-11", "2026-06-11")]


def test_dating_an_act_reported_as_ongoing_is_on_the_day_of_the_saying():
    text = ("Peru's delegates walked out of a fisheries meeting with Chile on Monday. On Wednesday the Peruvian "
            "foreign ministry said Lima was suspending its participation in the joint survey.")
    stopped = [(e.trigger, str(e.date)) for e in extract(text, published="2026-10-16") if e.event == "SANCTION"]
    assert ("suspending participation", "2026-10-14") in stopped


def test_dating_an_act_reported_as_done_keeps_to_the_window_before_the_saying():
    text = ("Peru's delegates walked out of a fisheries meeting with Chile on Monday. On Wednesday the Peruvian "
            "foreign ministry said Lima had suspended its participation in the joint survey.")
    stopped = [str(e.date) for e in extract(text, published="2026-10-16") if e.event == "SANCTION"]
    assert "2026-10-14" not in stopped


def test_dating_a_stance_by_the_day_of_the_saying_joined_after_it():
    text = ("Laos closed its border crossings with Thailand on Thursday.\n\n"
            "Thailand's foreign minister denied that the new checks targeted Lao traders and said on Tuesday "
            "that they would stay. He accused Vientiane of \"inventing a quarrel\".")
    assert _dates(text, "2026-05-15", "REJECT") == [("2026-05-12", "2026-05-12")]
    assert ("2026-05-12", "2026-05-12") in _dates(text, "2026-05-15", "ACCUSE")


def test_dating_a_deed_by_the_time_of_the_infinitive_in_its_when_clause():
    text = ("Peru and Chile agreed on Friday to reopen the border.\n\n"
            "Chilean police fired tear gas when truckers tried to block the crossing late on Thursday.")
    assert _dates(text, "2026-05-16", "ASSAULT") == [("2026-05-14", "2026-05-14")]


def test_dating_a_clause_coordinated_after_a_begun_deed_by_the_year_it_began():
    text = ("Chad and Niger signed a water accord on Tuesday.\n\n"
            "Chad began building a weir on the river in 2009 but halted the work after protests from Niger.")
    assert _dates(text, "2026-05-16", "ACCUSE") == [("2009-01-01", "2009-12-31")]  # a state's protest: words


def test_dating_a_deal_by_the_time_closing_the_infinitive_on_its_object():
    text = ("Chad and Niger signed a water accord on Tuesday.\n\n"
            "Earlier, Chad and Sudan signed an agreement to build a pipeline jointly in May 2021.")
    assert ("2021-05-01", "2021-05-31") in _dates(text, "2026-05-16", "AGREE")


def test_dating_a_participle_after_a_when_clause_on_since_by_that_time():
    text = ("Chad freed nine Nigerien herders on Friday.\n\n"
            "The valley has been contested since 2009, when Chad's water agency built a weir on the river, "
            "prompting Niger to send troops and triggering angry protests in Niamey.")
    assert _dates(text, "2026-05-16", "PROTEST") == [("2009-01-01", "2009-12-31")]


def test_dating_an_undated_after_clause_is_the_day_before_its_main_clause():
    text = "Ghana recalled its ambassador from Lome on Friday after Togo expelled two Ghanaian traders."
    assert _dates(text, "2026-05-15", "SANCTION") == [("2026-05-15", "2026-05-15"), ("2026-05-14", "2026-05-14")]


def test_dating_an_after_clause_with_its_own_day_keeps_it():
    text = "Ghana recalled its ambassador from Lome on Friday after Togo expelled two Ghanaian traders on Tuesday."
    assert ("2026-05-12", "2026-05-12") in _dates(text, "2026-05-15", "SANCTION")


def test_dating_hours_after_and_after_talks_stay_on_the_main_day():
    hours = "Benin closed its border with Niger on Friday, hours after Niger expelled a Beninese envoy."
    talks = "Benin and Niger agreed on Friday to reopen the border after their ministers held two hours of talks."
    assert ("2026-05-15", "2026-05-15") in _dates(hours, "2026-05-15", "SANCTION")
    assert _dates(talks, "2026-05-15", "CONSULT") == [("2026-05-15", "2026-05-15")]


def test_dating_after_a_telephone_call_stays_on_the_main_day():
    text = "Benin reopened its border crossing with Niger on Friday after the two foreign ministers spoke by telephone."
    assert _dates(text, "2026-05-16", "CONSULT") == [("2026-05-15", "2026-05-15")]


def test_dating_a_when_clause_on_a_later_year_of_a_coordination_is_that_years():
    text = ("Fishing rows erupted in 2017, when Norway warned it would seize Russian boats trawling near Svalbard, "
            "and again in 2020, when a Murmansk trawler was seized and escorted out.")
    assert _dates(text, "2026-05-15", "COERCE") == [("2020-01-01", "2020-12-31")]


def test_dating_a_relative_clause_on_the_subject_dates_neither_the_answer_nor_what_follows():
    text = ("Chad and Sudan signed a border accord in N'Djamena on Monday.\n\n"
            "Libya, which signed a trade pact with Chad in 2022, said it backed both sides.\n\n"
            "Cameroon, which broke off talks with Chad in 2019 and has since closed its border, welcomed the accord. "
            "Its foreign minister said Cameroon would send observers to Chad.")
    welcomed = [e for e in extract(text, published="2026-05-15") if e.trigger == "welcomed"]
    assert [str(e.date) for e in welcomed] == ["2026-05-11"]


def test_dating_an_and_joined_across_a_parenthetical_saying_takes_the_told_clause_s_day():
    text = ("Kenya's deputy minister of foreign affairs spoke by telephone with Uganda's trade minister on Thursday "
            "evening, both ministries said, and the two agreed to convene the joint border commission in Kampala "
            "next month.")
    assert _dates(text, "2026-06-13", "AGREE") == [("2026-06-11", "2026-06-11")]


def test_dating_a_time_closing_an_aside_after_a_comma_is_not_the_event_s():
    text = ("Bolivia's foreign ministry announced on Monday that it was recalling its ambassador from Santiago. It "
            "accused Santiago of \"meddling in our internal affairs\", a reference to the landing of a Chilean air "
            "force plane in Cobija earlier this month.")
    assert _dates(text, "2026-06-17", "ACCUSE") == [("2026-06-15", "2026-06-15")]


def test_dating_a_time_closing_what_a_ship_was_loaded_with_dates_the_sending():
    text = "Fiji sent a patrol boat loaded with tents, blankets and water tanks to Tuvalu in March."
    assert _dates(text, "2026-06-17", "AID") + _dates(text, "2026-06-17", "MOBILIZE") \
        == [("2026-03-01", "2026-03-31")]


def test_dating_a_count_on_the_participle_above_an_after_clause_moves_the_saying_day():
    text = ("Peru has agreed to reopen its border with Bolivia, the interior minister said on Thursday, easing "
            "tension on the frontier a day after Bolivia pledged fresh aid to Peru.")
    assert _dates(text, "2026-03-12", "AID") == [("2026-03-11", "2026-03-11")]


def test_dating_a_participle_of_speaking_on_the_subject_dates_the_deed():
    text = ("Peru's president, speaking by telephone with his Chilean counterpart on Friday evening, asked for "
            "more naval patrols along the border, according to a statement from his office.")
    assert _dates(text, "2026-06-14", "REQUEST") == [("2026-06-12", "2026-06-12")]


def test_dating_a_participle_of_meeting_on_the_subject_dates_the_deed():
    text = ("Baltic foreign ministers, meeting in Riga on Tuesday, condemned the jamming of GPS signals over "
            "the Gulf of Finland, according to a joint statement released two days later.")
    assert _dates(text, "2026-03-20", "ACCUSE") == [("2026-03-17", "2026-03-17")]


def test_dating_a_participle_of_visiting_on_the_subject_dates_the_deed():
    text = ("Japan's foreign minister, visiting Manila on Monday, pledged patrol boats to the Philippine "
            "coast guard.")
    assert _dates(text, "2026-05-14", "AGREE") == [("2026-05-11", "2026-05-11")]


def test_dating_a_participle_of_speaking_on_the_sayer_dates_the_words_said():
    text = ("Peru arrested four Bolivian smugglers near Desaguadero on Thursday.\n\n"
            "Bolivia's interior minister, speaking after talks with his Peruvian counterpart in La Paz on "
            "Tuesday, said he had asked Lima to hand the four men over.")
    assert _dates(text, "2026-03-27", "REQUEST") == [("2026-03-24", "2026-03-24")]


def test_dating_the_day_after_an_act_noun_counts_from_the_act_its_verb_told():
    text = ("Kenyan police detained six Somali traders in Mandera on March 3.\n\n"
            "A court in Mandera sentenced two of them on March 20 to a year in prison.\n\n"
            "Somalia's foreign ministry summoned Kenya's ambassador the day after the arrests.")
    assert _dates(text, "2026-03-26", "ACCUSE") == [("2026-03-04", "2026-03-04")]


def test_dating_within_hours_in_a_clause_on_a_summing_noun_counts_from_the_clause_summed_up():
    text = ("LOME, June 11 - Togo threatened on Thursday to close its border with Ghana.\n\n"
            "Gunmen raided a customs post near Aflao late on Monday, a Togolese army spokesman said.\n\n"
            "Togo's interior minister accused Ghanaian border guards of sheltering the gunmen, "
            "a charge Accra rejected within hours.")
    assert _dates(text, "2026-06-11", "REJECT") == [("2026-06-11", "2026-06-11")]


def test_dating_a_time_after_a_noun_set_off_by_commas_dates_the_deed():
    text = ("Tunisia summoned Libya's ambassador on Thursday over the seizure of a trawler.\n\n"
            "Libyan police released 11 of the trawler's 24 crew members, all Tunisian nationals, "
            "on Wednesday evening after questioning them, and handed them to Tunisian consular officials.")
    assert _dates(text, "2026-07-16", "RETREAT") == [("2026-07-15", "2026-07-15")]


def test_dating_a_passive_permission_is_on_the_day_of_the_deed_it_let_happen():
    text = ("Kenyan police arrested a Ugandan journalist in Nairobi earlier this month.\n\n"
            "Ugandan diplomats were allowed to visit him on Monday after repeated requests, "
            "Uganda's foreign ministry said.")
    assert _dates(text, "2026-03-18", "RETREAT") == [("2026-03-16", "2026-03-16")]  # access granted (PLOVER RETREAT)


def test_dating_the_day_after_an_act_told_before_is_the_next_day():
    text = ("Ecuadorian police detained six Colombian truck drivers at the Rumichaca crossing on Sept. 3.\n\n"
            "Colombia's foreign ministry summoned Ecuador's ambassador the day after the arrests.")
    assert _dates(text, "2026-09-10", "ACCUSE") == [("2026-09-04", "2026-09-04")]


def test_dating_a_name_before_a_crossing_keeps_the_crossing_a_noun():
    from tidings.events.dating import _clause
    from tidings.nlp import load
    doc = load()("Kazakh border guards impounded 12 trucks carrying Uzbek cotton at the Zhana Zhol crossing "
                 "earlier this month, the ministry said.")
    month = next(t for t in doc if t.text == "month")
    assert _clause(month).lemma_ == "carry"  # the lorries' participle, which the seizure's object takes


def test_dating_a_sentence_counting_hours_on_takes_the_day_of_the_sentence_before():
    text = ("ACCRA, May 21 - Ghana cut power to three Togolese border towns on Thursday in a row over unpaid "
            "electricity bills.\n\n"
            "Ghana's trade ministry said on Monday that Togo owed $40 million.\n\n"
            "Ghana's energy minister said the towns would stay dark until Lome paid.\n\n"
            "Lome reacted within hours. Togo's government said it had suspended imports of cocoa from four "
            "Ghanaian firms.")
    assert _dates(text, "2026-05-21", "SANCTION") == [("2026-05-21", "2026-05-21")]


def test_dating_a_charge_named_by_a_noun_and_a_gerund_is_dated_by_the_time_after_it():
    text = ("Police in Belize arrested two Hondurans on Tuesday. The men, both Honduran, were charged with people "
            "trafficking in a Belmopan court on Thursday and remanded in custody.")
    charged = [e for e in extract(text, published="2026-06-26") if e.event == "ACCUSE"]
    assert [str(e.date) for e in charged] == ["2026-06-25"]


def test_dating_a_past_verb_joined_to_a_modal_under_saying_goes_on_with_the_main_clause():
    text = ("Guyana reopened its border with Suriname on Saturday.\n\n"
            "Suriname responded on Sunday by closing its ferry terminal to all traffic, saying it could no longer "
            "guarantee the safety of passengers, and sent 150 soldiers to the area.")
    sent = [e for e in extract(text, published="2026-08-04") if e.event == "MOBILIZE"]
    assert [str(e.date) for e in sent] == ["2026-08-02"]


def test_dating_a_year_a_thing_dates_back_to_dates_the_deed_of_its_when_clause():
    text = "The quarrel dates back to 1987, when Malawian police seized a Zambian ferry and briefly detained its crew."
    assert _dates(text, "2026-04-09", "COERCE") == [("1987-01-01", "1987-12-31")]


def test_dating_the_age_of_a_noun_does_not_date_the_event():
    text = "Zambia and Malawi held talks in Lilongwe, under accords dating back to 1998."
    assert _dates(text, "2026-04-09", "CONSULT") == [("2026-04-09", "2026-04-09")]


def test_dating_a_rejection_of_the_charge_is_no_retelling_of_a_refusal_only_supposed():
    text = ("Chile accused Bolivia on Friday of diverting the Silala river.\n\n"
            "Chile's foreign minister said Santiago had written to the joint river commission on Tuesday asking it "
            "to inspect the channels. He added that Chile would take the matter to the International Court of "
            "Justice if Bolivia refused the inspection.\n\n"
            "La Paz rejected the charge.")
    rejected = [e for e in extract(text, published="2026-06-12") if e.text == "La Paz rejected the charge."]
    assert [str(e.date) for e in rejected] == ["2026-06-12"]


def test_dating_hours_later_counts_from_the_act_told_before_not_an_older_day_named():
    text = ("Ghana accused Togo on Thursday of smuggling cocoa across their border.\n\n"
            "Ghanaian officials said Accra had written to Lome on Monday asking for joint patrols.\n\n"
            "Togo rejected the charge. \"We have nothing to hide,\" Togo's trade minister said in a statement "
            "hours later, accusing Accra of hurting regional trade.")
    rejected = [e for e in extract(text, published="2026-04-16") if e.event == "REJECT"]
    assert [str(e.date) for e in rejected] == ["2026-04-16"]


def test_dating_a_demonstrative_inside_a_quotation_does_not_carry_the_paragraph_before():
    text = ("Peru and Ecuador signed a border security pact in Lima on Thursday, two days after smugglers shot "
            "dead two Peruvian border guards.\n\n"
            "Ecuador deployed extra troops to the border on Wednesday.\n\n"
            "\"The safety of this frontier is a duty we share,\" Ecuador's defence minister said at the signing. "
            "Peru's defence minister thanked Quito for its quick help.")
    thanked = [e for e in extract(text, published="2026-10-09") if e.event == "SUPPORT" and "thanked" in e.text]
    assert [str(e.date) for e in thanked] == ["2026-10-08"]


def test_dating_a_past_verb_joined_to_a_modal_under_a_saying_dated_by_its_medium():
    text = ("Finland closed two crossings on its eastern border on Saturday.\n\n"
            "Russia's foreign ministry said in a note delivered to Helsinki on Monday that Finland would "
            "regret the closures and threatened to retaliate against Finnish shipping.")
    sent = [e for e in extract(text, published="2026-03-11") if e.event == "THREATEN"]
    assert [str(e.date) for e in sent] == ["2026-03-09"]


def test_dating_a_sentence_counting_minutes_on_takes_the_day_of_the_sentence_before():
    text = ("LUSAKA, Sept 9 - Zambia closed its main crossing with Malawi on Tuesday over a trucking dispute.\n\n"
            "Zambia's transport ministry said on Friday that Malawi owed the agency $2 million.\n\n"
            "Zambia's trade minister said the crossing would stay closed until Lilongwe paid.\n\n"
            "Lilongwe reacted minutes later. Malawi's government said it had suspended imports of sugar from three "
            "Zambian firms.")
    assert _dates(text, "2026-09-09", "SANCTION") == [("2026-09-08", "2026-09-08")] * 2


def test_dating_the_week_after_an_act_told_before_is_seven_days_on():
    text = ("Peruvian police detained four Bolivian traders at the Desaguadero crossing on Oct. 2.\n\n"
            "Bolivia's foreign ministry summoned Peru's ambassador the week after the arrests.")
    assert _dates(text, "2026-10-20", "ACCUSE") == [("2026-10-09", "2026-10-09")]


def test_dating_a_deed_takes_the_day_of_the_saying_that_tells_how_it_was_done():
    text = ("Ghana asked Togo on Monday to reopen the Aflao crossing.\n\n"
            "Togo's interior minister rejected the request, saying on Tuesday that the border would stay shut.")
    assert _dates(text, "2026-03-13", "REJECT") == [("2026-03-10", "2026-03-10")]


def test_dating_a_joined_verb_takes_the_time_in_its_own_words():
    text = ("On Tuesday border guards broke up a march in Goma. Four student leaders were held overnight and "
            "freed without charge the following morning, their lawyer said.")
    assert _dates(text, "2026-08-14", "RETREAT") == [("2026-08-12", "2026-08-12")]


def test_dating_a_deed_a_speaker_adds_takes_the_day_of_the_deed_told():
    text = ("Kenyan police fired tear gas on Saturday to scatter traders blocking the Busia crossing, a police "
            "commander said, adding that nine people were arrested.")
    assert _dates(text, "2026-04-14", "COERCE") == [("2026-04-11", "2026-04-11")]


def test_dating_a_deed_added_in_the_present_is_not_dated_by_the_deed_told():
    text = ("Kenyan police fired tear gas on Saturday to scatter traders blocking the Busia crossing, a police "
            "commander said, adding that nine people will be arrested.")
    assert ("2026-04-11", "2026-04-11") not in _dates(text, "2026-04-14", "COERCE")


PLUPERFECT_STORY = ("Zambia recalled its ambassador from Lilongwe on Thursday.\n\n"
                    "Malawian soldiers detained nine Zambian traders near the border on Sunday.\n\n"
                    "Lusaka's foreign minister called the arrests unlawful.\n\n"
                    "A Malawian army spokesman said {}.")


def test_dating_a_past_perfect_retelling_takes_the_day_of_the_act_told_before():
    text = PLUPERFECT_STORY.format("the traders had been detained by a routine patrol")
    assert set(_dates(text, "2026-06-12", "COERCE")) == {("2026-06-07", "2026-06-07")}


def test_dating_a_past_perfect_act_told_as_further_keeps_its_own_fallback():
    text = PLUPERFECT_STORY.format("the soldiers had also detained the traders' drivers")
    assert ("2026-06-07", "2026-06-07") in _dates(text, "2026-06-12", "COERCE")
    assert len(set(_dates(text, "2026-06-12", "COERCE"))) == 2


def test_dating_a_demand_for_the_release_is_no_retelling_of_another_demand():
    text = ("Zambia recalled its ambassador from Lilongwe on Thursday.\n\n"
            "Malawian soldiers detained nine Zambian traders near the border on Sunday.\n\n"
            "Tanzania urged Malawi on Wednesday to show restraint.\n\n"
            "Zambia's foreign ministry demanded the immediate release of the traders.")
    demanded = [e for e in extract(text, published="2026-06-12") if e.trigger.startswith("demanded")]
    assert [str(e.date) for e in demanded] == ["2026-06-11"]


def test_dating_a_past_verb_joined_after_a_past_perfect_under_saying_takes_the_main_day():
    text = ("Trade Minister John Hale dismissed the report on Tuesday, saying Canada had \"never broken a rule\" "
            "of the pact, and asked Mexico to share the customs records with Canadian officials.")
    assert _dates(text, "2026-10-02", "REQUEST") == [("2026-09-29", "2026-09-29")]


def test_dating_a_paragraph_opener_naming_them_goes_on_the_episode_before():
    text = ("Greece summoned Turkey's ambassador on Thursday after Turkish fishermen rammed a Greek patrol boat.\n\n"
            "On Wednesday evening a group of Turkish fishermen surrounded the boat off Lesbos.\n\n"
            "A Greek coastguard officer was beaten when he tried to stop them, the ministry said.")
    assert _dates(text, "2026-06-05", "ASSAULT")[-1] == ("2026-06-03", "2026-06-03")


def test_dating_a_time_told_before_its_source_carries_on_to_the_next_sentence():
    text = ("Lithuania closed a border crossing with Belarus on Saturday.\n\n"
            "The drone crossed the border near Druskininkai on Thursday night, the Lithuanian army said. "
            "Two Polish fighter jets were scrambled from Siauliai to track the drone.")
    assert _dates(text, "2026-09-26", "MOBILIZE") == [("2026-09-24", "2026-09-24")]


def test_dating_a_reaction_after_a_time_told_before_its_source_is_of_the_story():
    text = ("Finland summoned Russia's ambassador on Friday after a data cable in the Gulf of Finland was cut.\n\n"
            "The cable was damaged late on Tuesday, the operator said. "
            "Russia's foreign ministry blamed Finland for the rising tension.")
    assert _dates(text, "2026-03-06", "ACCUSE")[-1] == ("2026-03-06", "2026-03-06")


def test_dating_a_deed_reported_after_a_time_told_before_its_source_carries_on():
    text = ("Finland summoned Russia's ambassador on Friday after a data cable in the Gulf of Finland was cut.\n\n"
            "A Russian tanker dragged its anchor across the cable late on Tuesday, the coast guard said. "
            "He said Finnish police detained two of the tanker's officers.")
    assert _dates(text, "2026-03-06", "COERCE")[-1] == ("2026-03-03", "2026-03-03")


def test_dating_a_time_closing_a_count_of_days_beats_one_in_an_after_clause():
    text = ("Nepalese truck drivers held a strike on the main road into India for a second day on Tuesday, "
            "after gunmen kidnapped four drivers in Bihar last week.")
    assert _dates(text, "2026-08-11", "PROTEST") == [("2026-08-11", "2026-08-11")]


def test_dating_a_step_welcomed_after_a_comma_takes_the_day_of_the_step():
    text = ("Peruvian fishermen protested in Lima on Friday over Chilean trawlers.\n\n"
            "Chile's fisheries ministry said on Tuesday that its trawlers would stay out of the disputed zone "
            "until March, a step Peruvian officials welcomed as \"a fair gesture\".")
    welcomed = [e for e in extract(text, published="2026-02-12") if e.event == "SUPPORT"]
    assert [str(e.date) for e in welcomed] == ["2026-02-10"]



def test_dating_a_stance_told_by_its_speaker_is_of_the_day_it_was_said():
    text = ("Polish officials condemned the airspace violation on Sunday.\n\n"
            "Lithuania's foreign minister said on Tuesday that Vilnius stood with Warsaw.")
    stood = [e for e in extract(text, published="2026-03-11") if e.event == "SUPPORT" and e.trigger.startswith("stood")]
    assert [str(e.date) for e in stood] == ["2026-03-10"]


def test_dating_the_following_day_after_a_semicolon_dates_only_its_own_clause():
    text = ("Farmers blocked the main road into Kisumu on Friday. Police arrested four of the farmers for "
            "obstructing traffic; all four were freed on bond the following day.")
    assert _dates(text, "2026-03-17", "COERCE") == [("2026-03-13", "2026-03-13")]


def test_dating_a_bare_gerund_after_of_leaves_the_time_to_the_verb():
    text = ("A Norwegian firm began trawling for krill near the Faroe Islands on Monday.\n\n"
            "Denmark's fisheries minister condemned the resumption of trawling on Wednesday.")
    assert _dates(text, "2026-04-10", "ACCUSE") == [("2026-04-08", "2026-04-08")]


def test_dating_a_deed_joined_after_a_saying_takes_the_day_of_the_words_before_it():
    text = ("The two prime ministers spoke on Tuesday evening, both governments said, and agreed to reopen the "
            "border crossing at Kasumbalesa.")
    assert _dates(text, "2026-05-27", "AGREE") == [("2026-05-26", "2026-05-26")]


def test_dating_a_time_on_an_object_predicate_is_the_verbs():
    text = "Shopkeepers kept their stalls closed on Tuesday, and the Chadian army deployed troops to the market."
    assert _dates(text, "2026-04-10", "MOBILIZE") == [("2026-04-07", "2026-04-07")]


def test_dating_a_deed_said_in_a_joined_clause_takes_the_day_of_the_deed_before_it():
    text = ("Kenyan riot police fired water cannon to break up a march in Kisumu on Friday, and a police spokesman "
            "said 23 people were detained.")
    detained = [e for e in extract(text, published="2026-06-24") if e.trigger == "detained"]
    assert [(str(e.date), str(e.date_end)) for e in detained] == [("2026-06-19", "2026-06-19")]


def test_dating_an_answer_to_remarks_is_no_earlier_than_the_remarks():
    text = ("Ghana and Togo signed a fishing accord in Accra on Monday.\n\n"
            "Nigeria's foreign ministry criticised the accord on Wednesday.\n\n"
            "Ghana's foreign ministry rejected the remarks, saying the waters were not Nigeria's concern.")
    assert _dates(text, "2026-06-18", "REJECT") == [("2026-06-17", "2026-06-17")]


def test_dating_the_same_day_counts_from_the_day_named_before_it_in_its_sentence():
    text = ("Uganda accused Kenya on Thursday of arming rebels near Busia.\n\n"
            "Kenya's foreign ministry said the charge was baseless.\n\n"
            "Nairobi recalled its envoy from Kampala on Monday and summoned the Ugandan envoy in Nairobi the same "
            "day over the treatment of Kenyan traders.")
    summoned = [e for e in extract(text, published="2026-03-13") if e.trigger.startswith("summoned")]
    assert [str(e.date) for e in summoned] == ["2026-03-09"]


def test_dating_a_time_set_off_by_a_comma_after_an_aside_is_the_deeds():
    text = ("Peru held talks with Bolivia on Thursday.\n\n"
            "Peru shut the Tacna crossing, the main route for trucks into Arica, on Monday.")
    assert _dates(text, "2026-05-16", "SANCTION") == [("2026-05-11", "2026-05-11")]


def test_dating_a_demand_joined_to_a_past_perfect_progressive_is_the_sayers():
    text = ("Two Omani fishermen were handed back to Oman on Tuesday.\n\n"
            "In a letter sent to the Yemeni envoy in Muscat on Monday, Oman's foreign ministry said the men had "
            "been fishing in open water and demanded their immediate release.")
    assert _dates(text, "2026-07-09", "REQUEST") == [("2026-07-06", "2026-07-06")]


def test_dating_an_opening_time_closes_the_verbs_after_a_subjects_participle():
    text = ("Ties had been tense earlier this month. On March 4, Peruvian soldiers chasing suspected loggers crossed "
            "a few miles into Brazil's Acre state and briefly detained three Brazilian hunters, according to the "
            "Brazilian army.")
    assert _dates(text, "2026-03-19", "COERCE") == [("2026-03-04", "2026-03-04")]


def test_dating_a_mediums_time_dates_the_verbs_joined_to_its_verb():
    text = ("Two Omani fishermen were handed back to Oman on Tuesday.\n\n"
            "In a letter sent to the Yemeni envoy in Muscat on Monday, Oman's foreign ministry said the fishermen "
            "had done no wrong and demanded their immediate release.")
    assert _dates(text, "2026-07-09", "REQUEST") == [("2026-07-06", "2026-07-06")]


def test_dating_a_past_verb_joined_to_a_participle_of_saying_goes_on_with_the_main_verb():
    text = ("Hungary's foreign ministry on Thursday rejected the protest, saying the dam on the river "
            "\"has not changed and will not change\", and accused Slovakia of \"inflaming farmers\".")
    assert _dates(text, "2026-06-13", "ACCUSE") == [("2026-06-11", "2026-06-11")]


def test_dating_a_past_time_in_what_a_past_perfect_request_asked_dates_the_request():
    text = ("Kenyan police arrested the former militia commander in Mombasa in January.\n\n"
            "Uganda had asked Kenya to hand him over in October, after a tip-off from a relative of one of the victims.")
    assert _dates(text, "2026-02-20", "REQUEST") == [("2025-10-01", "2025-10-31")]


def test_dating_a_sentence_set_against_the_one_before_by_however_goes_on_its_episode():
    text = ("Sweden said on Wednesday it would buy a Norwegian air defence system.\n\n"
            "Norway's defence minister travelled to Stockholm on Monday for talks with his Swedish counterpart, "
            "Pal Jonsson. In a joint statement, the two ministers agreed to share radar data over the Baltic.\n\n"
            "Jonsson, however, turned down a Norwegian request to base fighter jets in northern Sweden, saying "
            "parliament would have to vote first.")
    assert _dates(text, "2026-05-14", "REJECT") == [("2026-05-11", "2026-05-11")]


def test_dating_a_request_retold_as_delivered_on_a_day_was_made_that_day():
    text = ("Fiji has asked Tonga to return two fishing boats seized near the Lau islands, the government said on "
            "Thursday.\n\n"
            "The request was delivered to Tonga's embassy in Suva on Tuesday, the fisheries minister said.")
    assert _dates(text, "2026-07-24", "REQUEST") == [("2026-07-21", "2026-07-21")]


def test_dating_an_active_permission_is_on_the_day_of_the_deed_it_let_happen():
    text = ("Chilean police detained two Argentine climbers near Paso Pehuenche on Tuesday.\n\n"
            "Chile allowed an Argentine consul to see the climbers the next day.")
    assert _dates(text, "2026-02-13", "CONCEDE") == [("2026-02-11", "2026-02-11")]


def test_dating_the_day_after_an_act_counts_from_its_sharpest_telling():
    text = ("Ecuador's navy arrested a Peruvian trawler captain last week, officials said on Friday.\n\n"
            "The captain was detained off Puerto Bolivar on May 5.\n\n"
            "Peru's foreign ministry summoned Ecuador's ambassador the day after the arrest.")
    assert _dates(text, "2026-05-15", "ACCUSE") == [("2026-05-06", "2026-05-06")]


def test_dating_rejecting_a_complaint_is_no_later_than_the_complaint_told_before():
    text = ("LIMA, Oct 9 - Peru's justice ministry on Thursday accused Chilean officials of leaking details of an "
            "extradition case.\n\n"
            "Chile's government had asked for the suspect in March. In August, Chile's justice minister complained "
            "that the case was moving too slowly. Peru's foreign ministry rejected the criticism, saying its judges "
            "were independent.")
    assert _dates(text, "2026-10-09", "REJECT") == [("2026-08-01", "2026-08-31")]


def test_dating_a_copula_on_a_participle_with_a_day_moves_the_story_to_that_day():
    text = ("QUITO, Aug 14 - Ecuador released 12 Colombian fishermen on Thursday who had been held in Esmeraldas.\n\n"
            "The fishermen were among 15 men detained by Ecuadorian navy patrols off San Lorenzo on Sunday. "
            "One Colombian fisherman was injured when sailors opened fire on a canoe that tried to flee.")
    assert set(_dates(text, "2026-08-14", "ASSAULT")) == {("2026-08-09", "2026-08-09")}


def test_dating_a_time_on_a_named_crossing_the_parse_split_dates_the_verb_and_its_conjunct():
    text = ("Militants attacked the Sudanese town of Geneina on April 3. Sudan shut the Adre crossing the next day "
            "and accused Chad of arming the militants.")
    assert _dates(text, "2026-05-20", "ACCUSE") == [("2026-04-04", "2026-04-04")]


def test_dating_counted_from_a_noun_retelling_an_act_told_by_its_verb():
    text = ("Ghana has handed a Togolese activist over to Togo, his lawyers said on Wednesday.\n\n"
            "He was extradited to Togo on Monday.\n\n"
            "The handover came a day after Togo's foreign minister visited Accra.")
    assert _dates(text, "2026-03-18", "CONSULT") == [("2026-03-15", "2026-03-15")]


def test_dating_counted_from_the_day_a_measure_took_effect():
    text = ("Chile's fisheries ministry suspended imports of salmon from Peru on March 2. Chilean customs officers "
            "seized nine Peruvian lorries at Arica two days after the ban came into force.")
    assert _dates(text, "2026-03-10", "COERCE") == [("2026-03-04", "2026-03-04")]


def test_dating_an_after_clause_behind_a_comma_is_done_the_day_before():
    text = "Six Mexican fishermen were released and deported to Mexico on Thursday, after a magistrate in Livingston fined them."
    assert [str(e.date) for e in extract(text, published="2026-11-06") if e.event == "SANCTION"] == ["2026-11-04"]


def test_dating_an_act_told_as_a_condition_is_not_retold_by_its_noun():
    text = ("Peru threatened on Monday to bar Chilean copper unless Santiago lifts a ban on Peruvian salmon.\n\n"
            "Chile's fisheries ministry suspended imports of salmon from Peru on March 2. Chilean customs officers "
            "seized nine Peruvian lorries at Arica the day after the ban.")
    assert _dates(text, "2026-03-10", "COERCE") == [("2026-03-03", "2026-03-03")]


def test_dating_a_next_day_in_a_clause_of_what_followed_is_not_the_main_acts_day():
    text = ("Kenya's revenue authority stopped issuing work permits to Ugandan drivers on Monday, only to lift the "
            "ban the next day.")
    assert _dates(text, "2026-07-16", "SANCTION") == [("2026-07-13", "2026-07-13")]


def test_dating_told_reporters_afterwards_is_the_day_of_the_act_just_told():
    text = ("Ghana handed a former Togolese customs chief over to police in Lome on Wednesday, closing a case that "
            "had soured ties between the neighbours.\n\n"
            "On Tuesday, the two countries' trade ministers met in Accra and signed a memorandum on customs checks, "
            "Ghana's trade ministry said.\n\n"
            "\"We have turned a page,\" Togo's trade minister told reporters afterwards, thanking Ghana for its "
            "patience.")
    assert _dates(text, "2026-01-22", "SUPPORT") == [("2026-01-20", "2026-01-20")]


def test_dating_a_main_clause_without_a_time_hands_on_the_latest_day_its_sentence_tells():
    text = ("The website of the Lusaka port authority was knocked offline for most of Tuesday by a flood of traffic "
            "that Zambian police said came mostly from servers in Malawi. Zambian police have opened an "
            "investigation, and a Zambian foreign ministry official asked the Malawian embassy on Wednesday for "
            "help in tracing the attackers. Malawi's police service said it was cooperating.")
    assert _dates(text, "2026-11-23", "COOPERATE") == [("2026-11-18", "2026-11-18")]


def test_dating_a_time_closing_the_words_before_their_sayer_dates_those_words():
    text = ("The mission said it had flown extra police to Adre on Sunday. On Monday several hundred refugees "
            "gathered outside the camp in Adre.\n\nChad's interior minister said the same day that the raiders had "
            "been armed by Sudan's army and warned that Ndjamena would retaliate. Chadian troops were moved to "
            "Abeche, just east of the Adre area, on Tuesday, a military spokesman said.")
    assert _dates(text, "2026-01-22", "MOBILIZE") == [("2026-01-18", "2026-01-18"), ("2026-01-20", "2026-01-20")]


def test_dating_a_present_verb_parsed_as_an_object_is_a_noun_below_the_deed():
    text = "Kenyan and Ugandan officials also exchanged data on the virus strain on Friday, the ministry added."
    assert _dates(text, "2026-05-21", "COOPERATE") == [("2026-05-15", "2026-05-15")]


def test_dating_after_a_gathering_named_by_its_day_is_that_day():
    text = "After Friday prayers, several hundred Libyans marched towards the Egyptian embassy in Tripoli."
    assert _dates(text, "2026-03-17", "PROTEST") == [("2026-03-13", "2026-03-13")]


def test_dating_a_state_in_reported_speech_holds_on_the_day_it_was_said():
    text = ("Ghana's army seized two Togolese fishing boats on Friday. A day later, Togo's foreign minister said in "
            "Lome that his country was ready to reopen the rail line to Accra.")
    assert _dates(text, "2026-09-23", "AGREE") == [("2026-09-19", "2026-09-19")]


def test_dating_an_act_after_a_thing_still_to_come_takes_no_window_from_it():
    text = ("Georgia will restore power exports to Armenia from Friday after an Armenian delegation agreed to pay off "
            "$40 million of debt, officials said on Wednesday.\n\n"
            "The delegation held two days of talks in Tbilisi on Monday and Tuesday. Under the agreement signed on "
            "Tuesday, Yerevan will pay the debt in four instalments by March and Georgia will supply up to 200 "
            "megawatts through the winter.\n\n"
            "Georgia's energy minister warned after the signing that supplies would be cut again if Yerevan missed a payment.")
    threats = [e for e in extract(text, published="2026-11-18") if e.event == "THREATEN"]
    assert threats and all(e.date <= e.date_end <= date(2026, 11, 18) for e in threats)


def test_dating_a_day_after_a_clause_whose_subject_the_parse_gave_to_after():
    text = "Kenya expelled a Ugandan envoy on Friday, a day after a court in Kampala jailed a Kenyan trader."
    assert _dates(text, "2026-09-26", "COERCE") == [("2026-09-24", "2026-09-24")]


def test_dating_a_medium_dated_in_a_fronted_participle_dates_what_its_speaker_asked():
    text = ("In a letter sent on Tuesday, the Peruvian foreign ministry said the three sailors were lost and asked "
            "Quito to carry out a search.")
    assert _dates(text, "2026-03-13", "REQUEST") == [("2026-03-10", "2026-03-10")]


def test_dating_the_day_after_deaths_counts_from_the_killing_told_before():
    text = ("Three Malian herders were killed by Nigerien soldiers near the border on May 4.\n\n"
            "A court in Niamey sentenced a smuggler on May 12 to two years in prison.\n\n"
            "Mali's foreign ministry summoned Niger's ambassador the day after the deaths.")
    assert _dates(text, "2026-05-20", "ACCUSE") == [("2026-05-05", "2026-05-05")]


def test_dating_during_the_first_night_is_the_night_of_the_seizure_told_before():
    text = ("Eritrea freed nine Ethiopian herders on Friday.\n\n"
            "The herders were detained near Zalambessa on March 2.\n\n"
            "A herder told reporters in Adigrat that he had been beaten by Eritrean guards during the first night.")
    assert _dates(text, "2026-03-14", "ASSAULT") == [("2026-03-02", "2026-03-03")]


def test_dating_a_day_set_off_after_a_definite_subject_redates_its_noun_told_before():
    text = ("OSLO, May 22 - Norway summoned Russia's ambassador on Thursday over the Russian bombing of a radar station.\n\n"
            "The bombing, on May 9, destroyed a radar mast near Vardo, police said.")
    assert _dates(text, "2026-05-22", "ASSAULT") == [("2026-05-09", "2026-05-09")]


def test_dating_an_after_clause_takes_the_day_a_later_sentence_tells_of_its_subject():
    text = ("Niger expelled Mali's defence attache on Thursday after a drone that Niamey says was flown by the "
            "Malian army crashed near Ayorou and killed three herders.\n\n"
            "The drone came down on Monday night near a well, a local official said.")
    assert _dates(text, "2026-07-10", "ASSAULT") == [("2026-07-06", "2026-07-06")]


def test_dating_an_act_told_as_done_earlier_lies_before_the_latest_day_told():
    text = ("AMMAN, March 12 - Iraq reopened the Trebil crossing on Thursday after Jordan freed six Iraqi drivers.\n\n"
            "The drivers had been held since March 2, when Jordanian customs officers detained them.\n\n"
            "The drivers were released on Wednesday.\n\n"
            "Iraq's foreign ministry had earlier handed a protest note to the Jordanian ambassador, "
            "demanding the men's release.")
    assert _dates(text, "2026-03-12", "ACCUSE") == [("2026-03-02", "2026-03-10")]
    assert _dates(text, "2026-03-12", "REQUEST") == [("2026-03-02", "2026-03-10")]


def test_dating_counted_after_a_clause_with_no_time_counts_from_the_day_an_earlier_sentence_told_it():
    text = ("LIMA, May 20 - Peru asked an arbitration panel on Tuesday to halt Ecuadorian dredging on the Zarumilla river.\n\n"
            "In its filing, Peru said drone photos taken on May 8 showed barges near the border.\n\n"
            "Three days after the photos were taken, Ecuadorian marines fired shots over a Peruvian patrol boat, "
            "the Peruvian navy said.")
    assert _dates(text, "2026-05-20", "ASSAULT") == [("2026-05-11", "2026-05-11")]


def test_dating_a_definite_act_noun_with_a_day_redates_the_relative_clause_that_told_the_act():
    text = ("GUATEMALA CITY, March 12 - Guatemala demanded on Wednesday that Mexico prosecute a soldier who shot dead "
            "a Guatemalan farmer near the border.\n\n"
            "In a note, Guatemala's foreign ministry called the killing on Sunday night a crime and asked Mexico "
            "to share evidence.")
    assert _dates(text, "2026-03-12", "ASSAULT") == [("2026-03-08", "2026-03-08")]


def test_dating_a_pluperfect_lasting_months_runs_from_that_long_before_to_the_day_before():
    text = ("VILNIUS, Sept 25 - A Belarusian court jailed a Lithuanian engineer for ten years on Thursday.\n\n"
            "Lithuania's consul in Minsk had been refused access to the engineer by Belarusian officials for four "
            "months, the Lithuanian ministry said.")
    assert _dates(text, "2026-09-25", "REJECT") == [("2026-05-01", "2026-09-23")]


def test_dating_an_act_retold_with_another_verb_of_the_deed_on_its_object_takes_the_later_told_day():
    text = ("DODOMA, March 10 - Tanzania sent police reinforcements to the Kagera border on Monday, days after Ugandan "
            "soldiers detained nine Tanzanian traders near Mutukula, the police said.\n\n"
            "The traders were seized on Thursday at a market near the border, a district official said.")
    assert _dates(text, "2026-03-10", "COERCE") == [("2026-03-05", "2026-03-05")]


def test_dating_an_after_clause_under_a_state_told_for_an_nth_day_is_before_its_first_day():
    text = ("Kenya kept its Busia border crossing with Uganda closed for a third day on Wednesday after a clash "
            "between Kenyan police and Ugandan soldiers killed two traders.")
    assert _dates(text, "2026-06-11", "ASSAULT") == [("2026-06-07", "2026-06-07")]


def test_dating_an_act_in_a_relative_clause_takes_the_day_a_later_main_clause_tells_its_noun_taken():
    text = ("The rebels have freed 12 of the 20 Thai fishermen their fighters seized on the Moei river last week.\n\n"
            "The fishermen were taken on Friday afternoon near the border, a Thai navy officer said.")
    assert _dates(text, "2026-01-28", "COERCE") == [("2026-01-23", "2026-01-23")]


def test_dating_an_act_noun_of_a_person_takes_the_day_a_later_sentence_tells_the_person_undergo_its_deed():
    text = ("MEXICO CITY, Jan 29 - Mexico summoned the U.S. ambassador on Wednesday after the killing of a Mexican "
            "farmer by U.S. border agents near Sasabe.\n\n"
            "The farmer was shot dead on Sunday afternoon near the fence, his relatives said.")
    assert _dates(text, "2026-01-29", "ASSAULT") == [("2026-01-25", "2026-01-25")]


def test_dating_a_summons_a_speaker_reports_in_the_passive_keeps_its_own_day():
    from tidings import extract
    coded = extract("She said the Malian ambassador had been summoned to the ministry on Monday.", published="2026-01-22")
    assert [str(e.date) for e in coded if e.event == "ACCUSE"] == ["2026-01-19"]


def test_dating_the_next_day_counts_from_the_act_the_sentence_before_told():
    text = ("Kenya and Uganda signed a trade deal on Saturday in Nairobi.\n\n"
            "The deal came after Kenyan police detained twelve Ugandan traders at Busia in early March. "
            "Uganda's foreign ministry condemned the detentions the following day.")
    assert _dates(text, "2026-03-16", "ACCUSE") == [("2026-03-02", "2026-03-11")]


def test_dating_the_next_day_after_a_day_named_in_its_own_sentence_counts_from_that_day():
    text = ("Kenya and Uganda signed a trade deal on Saturday in Nairobi.\n\n"
            "The deal came after Kenyan police detained twelve Ugandan traders at Busia in early March. "
            "Uganda closed the border on March 4 and reopened it the next day.")
    assert ("2026-03-05", "2026-03-05") in _dates(text, "2026-03-16", "RETREAT")


def test_dating_a_move_welcomed_is_of_the_clause_just_before_its_comma():
    text = ("Chile expelled a Peruvian diplomat on Wednesday.\n\n"
            "The ruling came days after Peru pardoned and freed a Chilean journalist, Maria Soto, last month, "
            "a move Santiago welcomed at the time as a sign of goodwill.")
    assert _dates(text, "2026-09-24", "SUPPORT") == [("2026-08-01", "2026-08-31")]


def test_dating_a_joined_deed_by_the_same_state_named_anew_takes_the_clause_befores_day():
    text = ("Kenya released 20 Ugandan traders on Wednesday, Uganda's trade ministry said.\n\n"
            "The arrests caused anger in Kampala. Uganda's foreign minister, Jane Okello, telephoned her Kenyan "
            "counterpart last Thursday to demand that the traders be freed, and Kampala accused Nairobi of breaching "
            "a 2015 trade agreement.")
    assert _dates(text, "2026-03-19", "ACCUSE") == [("2026-03-12", "2026-03-12")]


def test_dating_a_joined_deed_with_its_own_day_on_the_news_day_keeps_it():
    text = ("Kenya's president met Uganda's president in Nairobi on Thursday, his office said.\n\n"
            "Kenya pledged 5 million dollars in emergency aid to Uganda on Tuesday, and a Kenyan air force transport "
            "plane landed in Gulu on Thursday with water purification units and a team of army engineers.")
    assert ("2026-03-19", "2026-03-19") in _dates(text, "2026-03-20", "AID")


def test_dating_a_time_closing_a_participle_of_use_on_the_object_dates_the_deed():
    text = ("Kenya agreed on Wednesday to lend Uganda 15 billion shillings for a railway.\n\n"
            "Separately, farmers in Kenya's Busia county blocked a road used by Ugandan lorries for a day last week, "
            "accusing Uganda of diverting river water.")
    assert _dates(text, "2026-05-21", "PROTEST") == [("2026-05-11", "2026-05-17")]


def test_dating_a_time_on_the_outlet_of_an_interview_dates_what_was_said_in_it():
    text = ("Kenya agreed on Wednesday to lend Uganda 15 billion shillings for a railway.\n\n"
            "Uganda held a round of border talks with Tanzania in January. In an interview with a Kenyan newspaper "
            "published on Tuesday, Museveni denied reports that Uganda had agreed to cede land to Tanzania.")
    assert _dates(text, "2026-05-21", "REJECT") == [("2026-05-19", "2026-05-19")]


def test_dating_a_row_that_comes_months_after_counts_back_from_the_story_day():
    text = ("Peru recalled its envoy to Chile on Thursday over a fishing row.\n\n"
            "The dispute comes two months after the two governments signed a fisheries pact in Lima.")
    assert _dates(text, "2026-03-20", "AGREE") == [("2026-01-01", "2026-01-31")]


def test_dating_a_deed_joined_to_a_clause_told_in_a_month_is_in_that_month():
    text = ("Peru recalled its envoy to Chile on Thursday over a fishing row.\n\n"
            "Chile's foreign minister visited Lima in October, and the two sides agreed to expand student exchanges.")
    assert _dates(text, "2026-03-20", "AGREE") == [("2025-10-01", "2025-10-31")]


def test_dating_a_promise_is_not_dated_by_a_time_in_a_clause_joined_after_it():
    text = ("Peru and Chile held talks in Lima on Tuesday.\n\n"
            "Under it, Peru will suspend the port fee for Chilean trawlers for 60 days, and Chile agreed to drop a "
            "complaint it had lodged with the Andean Community the week before.")
    assert _dates(text, "2026-04-10", "CONCEDE") == [("2026-04-07", "2026-04-07")]


def test_dating_a_past_verb_the_parse_joined_to_words_said_is_dated_by_the_saying():
    text = ("Ecuadorian sailors detained four Peruvian fishermen on March 2.\n\n"
            "Peru's foreign ministry said on Friday that the men had been fishing in Peruvian waters, "
            "and called for their immediate release.")
    assert _dates(text, "2026-03-10", "REQUEST") == [("2026-03-06", "2026-03-06")]
