"""The word index answers exactly as a plain substring search over every text, in any script."""
import numpy as np
import pyarrow as pa
import pytest

from helpers import search

TEXTS = [
    "the digital economy agreement was signed: digital first",
    "Цифровая экономика: ИКТ-сотрудничество с Китаем",
    "digitalisation, not digital... economy",
    "",
    "a «digital economy» forum; e-government too",
    "the economy grew; digital trade followed",
    "under_score words and numbers 2024/10",
]


def plain(texts, piece):
    return np.array([piece in text for text in texts])


@pytest.fixture
def index():
    return search.WordIndex(pa.array([text.lower() for text in TEXTS], pa.large_string()))


@pytest.mark.parametrize("piece", [
    "digital", "gital", "digital, not", "economy»", " digital ", "digital economy", "digital econ", "al eco", "economy", "экономика", "икт-сотрудничество",
    "сотрудн", "китаем", "«digital", "e-gov", "; e-", "...", ",", "2024/1", "under_score", "score w",
    "nothing like this", "digital trade", "economy digital", "  ",
])
def test_word_index_finds_what_a_substring_search_finds(index, piece):
    lowered = [text.lower() for text in TEXTS]
    assert index.contains(piece).tolist() == plain(lowered, piece).tolist()


def test_word_index_keeps_each_row_of_a_word_once_in_order(index):
    word = index.vocabulary.to_pylist().index("digital")
    assert index.rows[index.starts[word]:index.starts[word + 1]].tolist() == [0, 5]


def test_many_matching_words_are_marked_in_one_pass(monkeypatch, index):
    expected = index.contains("e").tolist()
    monkeypatch.setattr(search, "MANY_WORDS", 0)
    assert index.contains("e").tolist() == expected == plain([t.lower() for t in TEXTS], "e").tolist()


def test_word_runs_split_like_the_texts():
    assert search.word_runs(" ИКТ-сотрудничество,\u00a02024!\n") == ["ИКТ-сотрудничество,", "2024!"]
    assert search.word_runs(" \t") == []


def test_an_index_built_in_chunks_is_the_index_built_at_once(index):
    chunked = search.WordIndex(index.texts, chunk_rows=2)
    assert sorted(chunked.vocabulary.to_pylist()) == sorted(index.vocabulary.to_pylist())
    for word in index.vocabulary.to_pylist():
        assert chunked.contains(word).tolist() == index.contains(word).tolist()
    for word, number in zip(chunked.vocabulary.to_pylist(), range(len(chunked.vocabulary))):
        rows = chunked.rows[chunked.starts[number]:chunked.starts[number + 1]].tolist()
        assert rows == sorted(set(rows)) and rows


def test_a_slice_of_texts_is_searched_in_its_own_rows():
    texts = pa.array(["zero digital economy", "one digital", "two digital economy", "three"], pa.large_string())
    index = search.WordIndex(texts.slice(1, 3))
    assert index.contains("digital economy").tolist() == [False, True, False]
    assert index.contains("l e").tolist() == [False, True, False]
