"""The story's own country (pipeline.home_country), which bodies named without a country take."""
from tidings.actors.kb import knowledge_base
from tidings.layout import layout
from tidings.model import Article
from tidings.pipeline import home_country


def home(text: str) -> str | None:
    return home_country(layout(Article("a", text)), knowledge_base())


def test_pipeline_home_country_dateline_of_a_venue_only_breaks_a_tie():
    text = ("Chad talks resume\n\nDOHA, March 3 (Wire) - Delegations from Chad's government and the rebels resumed "
            "Qatari-mediated talks on Tuesday. The Chadian army delegation said the talks would go on. Chad's "
            "rebels accused the army of shelling N'Djamena's suburbs.")
    assert home(text) == "TCD"


def test_pipeline_home_country_dateline_of_one_of_two_sides_named_about_as_often_is_the_storys():
    text = ("Envoy summoned\n\nACCRA, March 3 (Wire) - Togo summoned Ghana's ambassador in Lome on Tuesday over the "
            "expulsion of Togolese traders. Togo said the expulsions broke West African rules, and Lome warned Ghana. "
            "Ghana's government defended the move.")
    assert home(text) == "GHA"
