import pytest

from tidings.events import find_amounts
from tidings.events.amounts import names_currency


@pytest.mark.parametrize("text, value, currency", [
    ("around $500 million", 500e6, "USD"),
    ("2.5 billion euros", 2.5e9, "EUR"),
    ("US$1.2bn", 1.2e9, "USD"),
    ("£40m in aid", 40e6, "GBP"),
    ("300 million dollars", 300e6, "USD"),
    ("$2,000", 2000, "USD"),
])
def test_amounts_values_and_currencies(text, value, currency):
    [amount] = find_amounts(text)
    assert amount.value == value and amount.currency == currency


def test_amounts_none_in_plain_numbers():
    assert find_amounts("2,000 troops and 14 dead in 2024") == []


@pytest.mark.parametrize("word, money", [("kroner", True), ("Francs", True), ("pesos", True), ("euros", True),
                                         ("farmers", False), ("salmon", False)])
def test_amounts_names_currency(word, money):
    assert names_currency(word) is money
