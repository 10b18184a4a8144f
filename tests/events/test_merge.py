"""One event per happening within an article (events/merge.py), on hand-written sentences."""
import pytest

from tidings import extract

pytestmark = pytest.mark.slow


def test_merge_one_actor_telling_one_act_twice_in_a_sentence_is_one_event():
    text = ("The head of the World Food Programme arrived in Juba on Monday and met South Sudan's "
            "vice-president the same afternoon.")
    consults = [e for e in extract(text, published="2026-05-06") if e.event == "CONSULT"]
    assert len(consults) == 1
    assert {r.country for r in consults[0].recipient} == {"SSD"}


def test_merge_two_sanctions_of_different_modes_in_one_sentence_stay_two_events():
    text = "Ghana expelled a Togolese diplomat on Monday and shut its three border crossings with Togo."
    modes = sorted(e.mode for e in extract(text, published="2026-05-06") if e.event == "SANCTION")
    assert modes == ["discontinue", "expel"]


def test_merge_agreements_to_do_different_things_stay_two_events():
    text = ("Kenya and Ethiopia signed an agreement on Friday to build a new highway to Moyale.\n\n"
            "Kenya also agreed on Friday to extend its power export contract with Ethiopia's grid operator.")
    assert [e.event for e in extract(text, published="2026-05-06")].count("AGREE") == 2


def test_merge_two_actors_in_one_sentence_stay_two_events():
    text = "Russian forces shelled Kharkiv on Monday and Ukrainian drones struck a refinery in Belgorod."
    attacks = [e for e in extract(text, published="2026-05-06") if e.event == "ASSAULT"]
    assert sorted((e.actor[0].country, e.recipient[0].country) for e in attacks) == [("RUS", "UKR"), ("UKR", "RUS")]


def test_merge_a_crackdown_retold_with_its_means_is_one_event():
    text = ("Riot police fired tear gas on Tuesday to disperse striking nurses outside the health ministry in Lusaka.\n\n"
            "Police moved in shortly before noon, firing tear gas canisters into the crowd and beating protesters "
            "with batons.")
    attacks = [e for e in extract(text, published="2026-08-13") if e.event == "ASSAULT"]
    assert len(attacks) == 1 and len(attacks[0].evidence) == 2  # each sentence once


def test_merge_a_call_and_a_visit_stay_two_events():
    text = ("Kenya's president spoke by phone with Tanzania's president on Monday and later visited Dodoma, "
            "where he met Tanzania's president.")
    modes = sorted(e.mode or "" for e in extract(text, published="2026-05-06") if e.event == "CONSULT")
    assert len(modes) == 2


def test_merge_one_act_of_one_state_on_another_retold_the_same_day_is_one_event():
    text = ("Latvia ordered a Russian diplomat to leave the country on Monday.\n\n"
            "The foreign ministry in Riga declared the second secretary at the Russian embassy persona non grata.")
    expulsions = [e for e in extract(text, published="2026-01-27") if e.event == "SANCTION"]
    assert len(expulsions) == 1 and len(expulsions[0].evidence) == 2


def test_merge_two_domestic_acts_on_one_day_stay_two_events():
    text = ("Argentina's security minister accused union leaders on Thursday of organising chaos.\n\n"
            "The CGT's leader called the arrests a disgrace on Thursday.")
    assert len([e for e in extract(text, published="2025-09-26") if e.event == "ACCUSE"]) == 2


def test_merge_a_visit_retold_paragraphs_later_the_same_day_is_one_event():
    text = ("Ghana's president travelled to Lome on Friday for talks on the shared border.\n\n"
            "The two countries have argued over cocoa smuggling for years.\n\n"
            "Traders on both sides complain of long queues at the Aflao crossing.\n\n"
            "Ghanaian President Mahama held talks with his Togolese counterpart in Lome on Friday.")
    consults = [e for e in extract(text, published="2026-03-14") if e.event == "CONSULT"]
    assert len(consults) == 1 and len(consults[0].evidence) == 2


def test_merge_an_act_named_in_the_same_words_on_the_same_day_is_one_event():
    text = ("Kenyan police fired tear gas on Tuesday as striking nurses marched on parliament in Nairobi.\n\n"
            "Health officials met union leaders in the afternoon.\n\n"
            "Officers fired tear gas at nurses who tried to cross the barricades on Tuesday, the interior ministry said.")
    attacks = [e for e in extract(text, published="2026-08-13") if e.event == "ASSAULT"]
    assert len(attacks) == 1 and len(attacks[0].evidence) == 2


def test_merge_two_measures_or_two_sides_the_same_day_stay_two_events():
    text = ("Cambodia recalled its ambassador from Bangkok on Wednesday.\n\n"
            "Thailand suspended its trade with Cambodia on Wednesday, stranding hundreds of lorries.")
    sanctions = [(e.mode, [a.country for a in e.actor]) for e in extract(text, published="2026-05-28")
                 if e.event == "SANCTION"]
    assert sorted(sanctions) == [("discontinue", ["THA"]), ("withdraw", ["KHM"])]


def test_merge_an_agentless_retelling_on_the_same_day_joins_the_act():
    text = ("Lithuania expelled a Belarusian consul on Tuesday over what it called hostile activity.\n\n"
            "Minsk has long complained about border queues.\n\n"
            "The consul was declared persona non grata on Tuesday, the ministry in Vilnius said.")
    expulsions = [e for e in extract(text, published="2026-04-08") if e.event == "SANCTION"]
    assert len(expulsions) == 1 and len(expulsions[0].evidence) == 2


def test_merge_agentless_arrests_of_other_people_the_same_day_stay_two_events():
    text = ("Police in Yerevan detained opposition deputy Aram Sargsyan on Monday.\n\n"
            "Officers cleared the square with batons.\n\n"
            "Forty protesters were detained on Monday, a rights group said.")
    assert len([e for e in extract(text, published="2026-04-08") if e.event == "COERCE"]) == 2


def test_merge_a_participle_retelling_an_abduction_joins_it_across_dates():
    text = ("Gunmen abducted two Spanish engineers in northern Niger in March, the company said.\n\n"
            "A Nigerien mechanic kidnapped with the Spaniards was released in June, officials said.")
    attacks = [e for e in extract(text, published="2026-08-13") if e.event == "ASSAULT"]
    assert len(attacks) == 1 and str(attacks[0].date).startswith("2026-03")


def test_merge_a_participle_naming_other_victims_stays_its_own_event():
    text = ("Gunmen abducted two Spanish engineers in northern Niger in March, the company said.\n\n"
            "Two Nigerien drivers kidnapped with them were released in June, officials said.")
    attacks = [e for e in extract(text, published="2026-08-13") if e.event == "ASSAULT"]
    assert len(attacks) == 2


def test_merge_a_protest_retold_next_by_a_common_noun_is_one_event():
    text = ("Thousands of farmers marched through Lima on Friday, demanding lower fertiliser prices. "
            "Protesters chanted slogans against the agriculture ministry.")
    protests = [e for e in extract(text, published="2026-10-12") if e.event == "PROTEST"]
    assert len(protests) == 1 and len(protests[0].evidence) == 2


def test_merge_a_protest_told_next_with_also_stays_its_own_event():
    text = ("Thousands of farmers marched through Lima on Friday, demanding lower fertiliser prices. "
            "Protesters also marched in Arequipa.")
    protests = [e for e in extract(text, published="2026-10-12") if e.event == "PROTEST"]
    assert len(protests) == 2


def test_merge_requests_for_other_things_paragraphs_apart_stay_two_events():
    text = ("NAIROBI, March 12 (Tidings) - Kenya's trade minister met Uganda's trade minister in Nairobi on Tuesday, "
            "officials said.\n\n"
            "The two ministers discussed tariffs on dairy goods and a planned rail link.\n\n"
            "Kenya urged Uganda at the meeting to lift its ban on Kenyan milk.\n\n"
            "Truck drivers have complained of long queues at the Malaba crossing.\n\n"
            "Nairobi has asked Kampala to compensate the families of two drivers killed in a crash at the border.")
    requests = [e for e in extract(text, published="2026-03-12") if e.event == "REQUEST"]
    assert len(requests) == 2


def test_merge_a_rejection_by_the_side_rejected_stays_its_own_event():
    text = ("BELGRADE, May 6 (Tidings) - Serbia on Tuesday rejected a Kosovo proposal to reopen the Jarinje crossing.\n\n"
            "Pristina had earlier asked for talks.\n\n"
            "The Kosovo government rejected the Serbian demand, a spokesman said.")
    rejections = [e for e in extract(text, published="2026-05-06") if e.event == "REJECT"]
    assert sorted((e.actor[0].country, e.recipient[0].country) for e in rejections) == [("SRB", "XKX"), ("XKX", "SRB")]


def test_merge_a_noun_retelling_an_arrest_on_another_day_joins_it():
    text = ("OSLO, June 3 (Tidings) - Norway lodged a protest with Russia on Wednesday over the detention of two "
            "Norwegian scientists on Svalbard.\n\n"
            "The two Norwegian scientists were seized on Sunday by Russian border guards near Barentsburg.")
    arrests = [e for e in extract(text, published="2026-06-03") if e.event == "COERCE"]
    assert len(arrests) == 1 and len(arrests[0].evidence) == 2
    assert arrests[0].date.isoformat() == "2026-05-31"


def test_merge_a_clause_after_a_closure_told_with_its_day_is_that_closure():
    text = ("Serbia closed two crossings on its border with Kosovo on Monday.\n\n"
            "Kosovo lodged a protest with Serbia on Wednesday after Belgrade shut the crossings.")
    closures = [e for e in extract(text, published="2026-06-03") if e.event == "SANCTION"]
    assert len(closures) == 1 and closures[0].date.isoformat() == "2026-06-01"


def test_merge_a_new_attack_in_a_clause_of_time_stays_its_own_event():
    text = ("Kenyan riot police fired tear gas at students outside parliament in Nairobi on Tuesday.\n\n"
            "Kenyan police arrested 40 people in Mombasa on Thursday after Kenyan rioters attacked police officers "
            "with machetes.")
    attacks = [e for e in extract(text, published="2026-06-05") if e.event == "ASSAULT"]
    assert sorted(e.date.isoformat() for e in attacks) == ["2026-06-02", "2026-06-03"]  # the attack the day before the arrests


def test_merge_a_quoted_present_stance_retells_the_act_told_before():
    text = ("Norway expressed regret on Wednesday over the sinking of a Russian trawler by its coast guard.\n\n"
            "The coast guard rammed the trawler off Svalbard on Monday, officials said. "
            "\"Norway regrets the loss of life of our Russian neighbours,\" the foreign ministry said in a statement.")
    regrets = [e for e in extract(text, published="2026-06-12") if e.event == "CONCEDE"]
    assert len(regrets) == 1 and len(regrets[0].evidence) >= 2


def test_merge_an_act_done_in_protest_is_no_demonstration():
    text = "Chad suspended passenger flights to Bangui on Wednesday in protest at the expulsion of 300 of its citizens."
    assert "PROTEST" not in [e.event for e in extract(text, published="2026-05-06")]
    text = ("Hundreds of Chadian traders marched to the Central African embassy in N'Djamena on Tuesday "
            "in protest at the arrests.")
    assert [e.event for e in extract(text, published="2026-05-06")].count("PROTEST") == 1


def test_merge_two_conjoined_verbs_of_one_seizure_are_one_event():
    text = ("Oman's navy said it had intercepted three Pakistani fishing boats off Ras al Hadd on Monday "
            "and detained their 14 crew.")
    seizures = [e for e in extract(text, published="2026-05-06") if e.event == "COERCE"]
    assert len(seizures) == 1


def test_merge_conjoined_verbs_naming_another_state_stay_two_events():
    text = "Malian police arrested a French journalist in Bamako on Monday and detained a Belgian aid worker."
    coerced = [e for e in extract(text, published="2026-05-06") if e.event == "COERCE"]
    assert sorted(r.country for e in coerced for r in e.recipient) == ["BEL", "FRA"]


def test_merge_a_toll_told_later_of_the_victims_of_the_raid_is_the_raid():
    text = ("Islamist fighters stormed an army post in northern Benin on Sunday, killing six Beninese soldiers.\n\n"
            "The defence ministry confirmed the toll late on Monday.\n\n"
            "It said six soldiers were killed on Sunday and three others wounded.")
    attacks = [e for e in extract(text, published="2026-05-06") if e.event == "ASSAULT" and e.modality == "asserted"]
    assert len(attacks) == 1


def test_merge_people_detained_later_are_not_the_leader_detained_after_people_rallied():
    text = ("Police detained the opposition leader on Wednesday, hours after thousands of people rallied outside "
            "parliament.\n\nThe interior ministry said on Thursday that 40 people were detained on Wednesday.")
    arrests = [e for e in extract(text, published="2026-05-07") if e.event == "COERCE" and e.modality == "asserted"]
    assert len(arrests) == 2


def test_merge_protests_of_two_states_joined_by_and_stay_two_events():
    text = ("Teachers in Nairobi staged a sit-in outside the Ugandan embassy on Monday, and a few hundred "
            "people rallied outside the Kenyan high commission in Kampala in the evening.")
    protests = [e for e in extract(text, published="2026-06-12") if e.event == "PROTEST"]
    assert sorted(a.country for e in protests for a in e.actor) == ["KEN", "UGA"]


def test_merge_two_ministries_of_one_state_the_same_day_stay_two_events():
    text = ("Hungary's interior ministry accused Romania on Tuesday of mistreating Hungarian truck drivers.\n\n"
            "Later on Tuesday, Hungary's foreign ministry summoned the Romanian ambassador.")
    accusations = [e for e in extract(text, published="2026-03-11") if e.event == "ACCUSE"]
    assert len(accusations) == 2


def test_merge_a_protest_the_lead_says_an_act_prompted_is_the_one_told_below_with_its_day():
    text = ("A Peruvian fishing fleet has returned to Paita after Ecuadorian patrol boats chased it from the disputed "
            "banks, prompting an angry protest from Lima.\n\n"
            "Peru's foreign ministry summoned Ecuador's ambassador on Tuesday over the chase.")
    protests = [e for e in extract(text, published="2026-06-12") if e.event == "ACCUSE"]
    assert [(str(e.date), len(e.evidence)) for e in protests] == [("2026-06-09", 2)]


def test_merge_a_call_the_parser_joins_to_a_name_in_the_lead_is_the_call_told_below():
    text = ("A Tunisian research ship surveying the route of a planned gas pipeline has pulled back to port after "
            "Libyan warships shadowed it off the coast, prompting a sharp protest from Tunis and a phone call "
            "between the two countries' leaders.\n\n"
            "Tunisia's president spoke by telephone with Libya's prime minister on Wednesday evening.")
    calls = [e for e in extract(text, published="2026-06-12") if e.event == "CONSULT"]
    assert [(str(e.date), len(e.evidence)) for e in calls] == [("2026-06-10", 2)]


def test_merge_an_agentless_mention_dated_to_a_week_joins_the_act_told_on_a_day_in_it():
    text = ("A Latvian court on Wednesday freed a Russian fisherman who was detained last week near the coast.\n\n"
            "The Russian, Oleg Petrov, 47, was detained on May 6 by Latvian border guards as his trawler entered Latvian waters.\n\n"
            "Moscow protested on Tuesday.")
    arrests = [e for e in extract(text, published="2026-05-14") if e.event == "COERCE"]
    assert len(arrests) == 1 and str(arrests[0].date) == "2026-05-06" and len(arrests[0].evidence) == 2


def test_merge_troops_sent_and_what_they_were_sent_to_do_are_one_deployment():
    text = "Ghana sent 300 troops to reinforce its garrison on the Togolese border on Monday."
    found = [(e.event, e.modality) for e in extract(text, published="2026-06-12") if e.event == "MOBILIZE"]
    assert found == [("MOBILIZE", "asserted")]


def test_merge_two_triggers_of_one_type_sharing_a_word_are_one_event():
    text = ("Benin, the third coastal state, offered on Wednesday to host a meeting of the Ghanaian and Togolese navies "
            "in Cotonou, and ECOWAS urged both governments to avoid any step that inflames the situation.")
    assert [e.event for e in extract(text, published="2026-06-12")].count("AGREE") == 1


def test_merge_a_reinforcing_by_another_side_in_a_while_clause_is_its_own_deployment():
    text = ("Benin sent a unit of police to the border on Monday to prevent unrest, while Togo reinforced its posts "
            "along the frontier with troops, a Togolese spokesman said.")
    found = [e for e in extract(text, published="2026-06-12") if e.event == "MOBILIZE"]
    assert sorted(e.actor[0].country for e in found) == ["BEN", "TGO"]


def test_merge_one_trigger_told_of_two_actors_stays_two_events():
    text = "Ghana and Togo each promised $20 million in aid to Burkina Faso on Tuesday."
    found = [e for e in extract(text, published="2026-06-12") if e.event == "AID"]
    assert sorted(e.actor[0].country for e in found) == ["GHA", "TGO"]


def test_merge_two_agreements_on_other_terms_the_same_day_stay_two_events():
    text = ("LIMA, June 4 (Tidings) - Peru agreed on Wednesday to lend Ecuador 300 million soles for a coastal highway, "
            "after the Ecuadorean president held talks in Lima with his Peruvian counterpart.\n\n"
            "The two governments also signed an accord on Wednesday extending a fisheries patrol scheme until 2030.")
    assert [e.event for e in extract(text, published="2026-06-04")].count("AGREE") == 2


def test_merge_an_agreement_retold_in_other_words_is_one_event():
    text = ("LIMA, June 4 (Tidings) - Peru and Ecuador signed an agreement on Wednesday to build a bridge over the Zarumilla river.\n\n"
            "The accord, signed by the two foreign ministers on Wednesday, covers the bridge and its customs post.")
    assert [e.event for e in extract(text, published="2026-06-04")].count("AGREE") == 1
