"""The faster scans of the extraction find what the plain ones found: the text's words from one split
(`Words`), the interview frame searched only near "interview", and patterns that open with a letter
instead of `\\b` (invented sentences, negatives included)."""
import re
from types import SimpleNamespace

import pytest
from conftest import EN

from helpers.extract.people.roles import WORD, Words
from helpers.extract.quotes.turns import _frame_search

TEXTS = [
    "",
    "   ",
    "Kassym-Jomart Tokayev’s visit to Astana, 12 May 2024.",
    "  People's Bank of China — 5G and e-commerce; O'Neil met de la Cruz.\n\nNext line_with_underscore x2",
    "МИНСК, 17 мая. Лукашенко встретился с Си Цзиньпином.",
    "1999-2024: -hyphen- 'quoted' ’s",
    # joiners a word does not end with, doubled joiners, letters beyond ASCII and numerals that are no digits
    "Ivanov- said; al--Rashid, O’’Brien, x'-y, Müller-Lüdenscheidt’s Ⅻ½ café-",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_are_the_word_matches(text):
    words = Words(text)
    matches = list(WORD.finditer(text))
    assert words.tokens == [m[0] for m in matches]
    assert list(zip(words.starts, words.ends)) == [m.span() for m in matches]
    # the gap before each word, and the text after the last one
    bounds = [0, *(e for m in matches for e in m.span()), len(text)]
    assert words.gaps == [text[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]
    assert len(words) == len(matches)


FRAMES = [
    "Sergey Lavrov Interview to TASS\nQuestion: How?",
    "Foreign Minister Sergey Lavrov’s interview with the Moscow Times, 3 May\nQuestion: …",
    "A long line of narration " * 20 + "and then the interview ended.\nMinister Ivan Petrov\n  Interview given to Izvestia",
    "We interviewed him. Later, Ambassador X's interview for RIA Novosti followed.",
    "No frame here: an interview, a talk.\n" + "x" * 400 + " Interview to BelTA",
    "Interview to TASS",
    "nothing about it",
]


@pytest.mark.parametrize("text", FRAMES)
def test_frame_search_finds_what_the_full_search_finds(text):
    first = text.find("nterview")
    expected = None if first < 0 else EN.patterns.INTERVIEW_FRAME.search(text, text.rfind("\n", 0, first) + 1, len(text))
    found = _frame_search(SimpleNamespace(text=text, p=EN.patterns), len(text))
    assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


def test_a_frame_is_found_after_a_long_line():
    text = "Narration without the word " * 30 + "\nDeputy Minister Ivan Petrov Interview to TASS\nQuestion: Why?"
    found = _frame_search(SimpleNamespace(text=text, p=EN.patterns), text.index("Question"))  # up to the first label
    assert found["outlet"] == "TASS" and found["who"].strip() == "Deputy Minister Ivan Petrov"


@pytest.mark.parametrize("sentence, pronouns", [
    ("He said she would meet him at her office; his view stands.", ["He", "she", "him", "her", "his"]),
    ("Shell, Hershey, other theses, ashes, hehe and sheer heat.", []),
    ("The head of state: she-wolf, he’s here", ["she", "he"]),
])
def test_pronouns_are_whole_words(sentence, pronouns):
    assert [m.group() for m in EN.patterns.PRONOUN.finditer(sentence)] == pronouns
    assert pronouns == re.findall(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b", sentence)


@pytest.mark.parametrize("sentence, roles", [
    ("The minister said the Russian president agreed.", ["The minister", "the Russian president"]),
    ("Bathe the minister; lathe president; other ministers.", ["the minister"]),
])
def test_definite_roles_start_at_a_word(sentence, roles):
    assert [m.group().strip() for m in EN.patterns.DEFINITE_ROLE.finditer(sentence)] == roles
