import pytest

from tidings.layout import dateline_places, layout
from tidings.model import Article


def _kinds(text, title=None):
    article = layout(Article("a", text, title=title))
    return [(p.kind, article.text[p.span[0]:p.span[1]]) for p in article.paragraphs], article


def test_layout_caption_and_credit_are_their_own_paragraphs():
    text = "Ministers meet in Nairobi, March 3, 2025. — AFP\n\nNAIROBI: Kenya and Somalia held talks."
    kinds, _ = _kinds(text)
    assert kinds == [("caption", "Ministers meet in Nairobi, March 3, 2025."), ("credit", "— AFP"),
                     ("dateline", "NAIROBI:"), ("body", "Kenya and Somalia held talks.")]


def test_layout_a_hyphenated_last_word_is_no_credit():
    text = ("QUETTA, May 4 (Wire) - Two traders were shot dead near the border, officials said, the third such "
            "killing this month along the 900-km frontier.\n\nThey were buried on Monday.")
    kinds, _ = _kinds(text)
    assert [k for k, _ in kinds] == ["dateline", "body", "body"]


def test_layout_headline_and_wire_dateline():
    text = "Kenya, Somalia hold border talks\n\nNAIROBI, Mar 3 (Wire) - Kenya and Somalia held talks.\n\nThey met."
    kinds, article = _kinds(text)
    assert [k for k, _ in kinds] == ["headline", "dateline", "body", "body"]
    assert kinds[2][1] == "Kenya and Somalia held talks."
    assert dateline_places(article) == ["Nairobi"]


def test_layout_dateline_of_two_places():
    text = "Bloc suspends Mali\n\nABUJA/BAMAKO, Feb 6 (Wire) - West African leaders suspended Mali.\n\nThey met."
    kinds, article = _kinds(text)
    assert kinds[1] == ("dateline", "ABUJA/BAMAKO, Feb 6 (Wire) -")
    assert kinds[2][1].startswith("West African leaders")
    assert dateline_places(article) == ["Abuja", "Bamako"]


@pytest.mark.parametrize("dateline, place", [("BOGOTÁ, Apr 2 (Wire) -", "Bogotá"), ("ŁÓDŹ:", "Łódź"),
                                             ("SÃO TOMÉ —", "São Tomé")])
def test_layout_dateline_with_accented_capitals(dateline, place):
    """An accented capital is a dateline too, so its date is no time of the lead's event."""
    kinds, article = _kinds(f"Bank raises rates\n\n{dateline} The central bank raised rates on Monday.\n\nIt met.")
    assert kinds[1] == ("dateline", dateline)
    assert kinds[2][1] == "The central bank raised rates on Monday."
    assert dateline_places(article) == [place]


def test_layout_photo_credit_in_parentheses():
    kinds, _ = _kinds("The prime minister arrives in Doha on Monday. (Photo: PID)\n\nBody text here.")
    assert [k for k, _ in kinds] == ["caption", "credit", "body"]


def test_layout_plain_body_is_one_paragraph_with_offsets_into_the_text():
    text = "Kenya and Somalia held talks on Monday. They agreed to meet again."
    kinds, _ = _kinds(text)
    assert kinds == [("body", text)]
