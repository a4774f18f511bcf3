"""Money amounts: symbols, codes and words, decimal commas, scale words, qualifiers; no counts or percentages."""

import pytest
from conftest import EN

from helpers.extract.money import find_amounts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("joint projects totaling over ₽2,5 billion.", [("₽2,5 billion", 2.5e9, "RUB", "over")]),
        ("reaching about $227 billion", [("$227 billion", 227e9, "USD", "about")]),
        ("more than 40% (over $90 billion) of the total", [("$90 billion", 90e9, "USD", "over")]),
        ("Partnership agreements are worth more than $100 million.", [("$100 million", 100e6, "USD", "more than")]),
        ("a package of contracts worth $400 million", [("$400 million", 400e6, "USD", "")]),
        ("a fund of €1.5 bn", [("€1.5 bn", 1.5e9, "EUR", "")]),
        ("¥300 million and 10 billion yuan", [("¥300 million", 300e6, "CNY", ""), ("10 billion yuan", 10e9, "CNY", "")]),
        ("1,500,000 rubles", [("1,500,000 rubles", 1.5e6, "RUB", "")]),
        ("USD 5 million", [("USD 5 million", 5e6, "USD", "")]),
        ("5 million dollars", [("5 million dollars", 5e6, "USD", "")]),
        ("100 million US dollars", [("100 million US dollars", 100e6, "USD", "")]),
        ("US$3.4 trillion", [("US$3.4 trillion", 3.4e12, "USD", "")]),
        ("1,234.5 euros", [("1,234.5 euros", 1234.5, "EUR", "")]),
    ],
)
def test_amounts(text, expected):
    assert [(a["text"], a["value"], a["currency"], a["qualifier"]) for a in find_amounts(text, EN)] == expected


@pytest.mark.parametrize(
    "text",
    ["More than 1 billion people in 193 countries", "a share of more than 20%", "increased by 3.4%",
     "250 projects and 80 enterprises", "2018 citizens of Russia", "the dollar weakened", "In 2023"],
)
def test_counts_and_percentages_are_not_amounts(text):
    assert find_amounts(text, EN) == []


def test_offsets_are_shifted():
    [row] = find_amounts("worth $5 million", EN, offset=100)
    assert (row["start"], row["end"]) == (106, 116)


@pytest.mark.parametrize(
    "text",
    ["1,234," * 50_000, "$" * 300_000, "1 " * 120_000 + "dollars", ("9" * 1000 + " rubles ") * 300],
)
def test_adversarial_input_gives_spans_inside_the_text(text):
    """Linear time on such input is measured in bench/, not here."""
    rows = find_amounts(text, EN)
    assert all(0 <= row["start"] < row["end"] <= len(text) for row in rows)
