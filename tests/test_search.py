"""The word index answers exactly as a plain substring search over every text, in any script."""
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
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
    assert index.word_rows.rows(np.array([word])).tolist() == [0, 5]


@pytest.mark.parametrize("wide_gap", [1, 2, 255])
def test_rows_far_apart_are_kept_exactly(monkeypatch, wide_gap):
    """Gaps between a word's rows too wide for a byte are kept apart: with every gap wide, with some, with none."""
    texts = [f"word{row % 3} common{row % 97 == 0}" for row in range(700)]
    monkeypatch.setattr(search, "WIDE_GAP", wide_gap)
    index = search.WordIndex(pa.array(texts, pa.large_string()), chunk_rows=256)
    for piece in ("word1", "ord2 com", "commontrue", "word0 commontrue", "word1 commonfalse"):
        assert index.contains(piece).tolist() == plain(texts, piece).tolist()
    words = np.arange(len(index.vocabulary))
    assert index.word_rows.rows(words).tolist() == [row for word in index.vocabulary.to_pylist()
                                                    for row, text in enumerate(texts) if word in text.split()]


def test_many_matching_words_are_marked_a_batch_at_a_time(monkeypatch, index):
    expected = index.contains("e").tolist()
    monkeypatch.setattr(search, "BATCH_ROWS", 1)
    assert index.contains("e").tolist() == expected == plain([t.lower() for t in TEXTS], "e").tolist()


def test_words_are_split_at_the_white_space_of_python_strings():
    characters = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]
    other = pc.match_substring_regex(pa.array(characters, pa.large_string()), search.OTHER_WHITE_SPACE).to_pylist()
    assert [c for c, is_other in zip(characters, other) if is_other] == [c for c in characters if c.isspace() and c != " "]
    text = "\u00a0a\u2028b\u3000c  d e\x85f\t"
    assert search.WordIndex(pa.array([text], pa.large_string())).vocabulary.to_pylist() == text.split()


def test_word_runs_split_like_the_texts():
    assert search.word_runs(" ИКТ-сотрудничество,\u00a02024!\n") == ["ИКТ-сотрудничество,", "2024!"]
    assert search.word_runs(" \t") == []


def test_an_index_built_in_chunks_is_the_index_built_at_once(index):
    chunked = search.WordIndex(index.texts, chunk_rows=2)
    assert sorted(chunked.vocabulary.to_pylist()) == sorted(index.vocabulary.to_pylist())
    for word in index.vocabulary.to_pylist():
        assert chunked.contains(word).tolist() == index.contains(word).tolist()
    for word, number in zip(chunked.vocabulary.to_pylist(), range(len(chunked.vocabulary))):
        rows = chunked.word_rows.rows(np.array([number])).tolist()
        assert rows == sorted(set(rows)) and rows


def test_a_slice_of_texts_is_searched_in_its_own_rows():
    texts = pa.array(["zero digital economy", "one digital", "two digital economy", "three"], pa.large_string())
    index = search.WordIndex(texts.slice(1, 3))
    assert index.contains("digital economy").tolist() == [False, True, False]
    assert index.contains("l e").tolist() == [False, True, False]


PHRASES = [
    "the digital economy", "digital economy was", "Digital Economy", "«цифровая экономика»", "цифровая экономика:",
    "экономика: икт", "ая эко", "l econ", "economy, digital", "economy digital", "digital  economy", "digital\neconomy",
    "digital\u00a0economy", " digital economy", "digital economy ", "economy grew; digital", "грew", "nothing here",
]
SPACED = [
    "the digital economy was signed", "Цифровая экономика: ИКТ-сотрудничество", "«Цифровая экономика» и ИКТ",
    "digital  economy, twice spaced", "digital\neconomy across a line", "digital\u00a0economy without a break",
    "economy, digital: the other way", " digital economy ", "the economy grew; digital trade followed", "digital",
    "DIGITAL ECONOMY shouted", "a digital economy\n", "",
]


@pytest.mark.parametrize("piece", PHRASES)
def test_phrases_are_found_where_a_substring_search_finds_them(piece):
    lowered = [text.lower() for text in SPACED]
    index = search.WordIndex(pa.array(lowered, pa.large_string()))
    assert index.contains(piece.lower()).tolist() == plain(lowered, piece.lower()).tolist()


def test_two_words_one_space_apart_are_answered_from_the_pairs_without_reading_a_text(monkeypatch):
    index = search.WordIndex(pa.array([text.lower() for text in SPACED], pa.large_string()))
    monkeypatch.setattr(index, "holding", lambda *_: pytest.fail("a text was read"))
    assert np.flatnonzero(index.contains("digital economy")).tolist() == [0, 7, 10, 11]
    assert np.flatnonzero(index.contains("ая эко")).tolist() == [1, 2]
    assert np.flatnonzero(index.contains("economy digital")).tolist() == []


def test_only_words_one_space_apart_make_a_pair():
    index = search.WordIndex(pa.array(["a b  c\nd e\u00a0f g", " h i", "j"], pa.large_string()))
    words = index.vocabulary.to_pylist()
    pairs = sorted((words[key >> 32], words[key & 0xFFFFFFFF]) for key in index.pairs.tolist())
    assert pairs == [("a", "b"), ("d", "e"), ("f", "g"), ("h", "i")]
    assert "" not in words


def test_many_matching_pairs_are_marked_a_batch_at_a_time(monkeypatch, index):
    expected = index.contains("l e").tolist()
    monkeypatch.setattr(search, "BATCH_ROWS", 1)
    assert index.contains("l e").tolist() == expected == plain([t.lower() for t in TEXTS], "l e").tolist()


def test_any_piece_of_random_texts_is_found_as_a_substring_search_finds_it():
    """Texts of a few words (Latin, Cyrillic, punctuation) joined by every kind of white space, searched for
    pieces cut anywhere in them and for words put together: the index answers as `in` does."""
    rng = np.random.default_rng(0)
    words = ["digital", "economy", "«digital", "economy»,", "e", "ec", "цифровой", "экономики", "икт-сотрудничество", "2024/10", "..."]
    spaces = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", " \n", "\u2028"]

    def text():
        """Up to six words, white space between them and, sometimes, before or after."""
        chosen = rng.choice(words, rng.integers(0, 7))
        edges = [rng.choice(spaces) if rng.random() < 0.3 else "" for _edge in range(2)]
        return edges[0] + "".join(word + rng.choice(spaces) for word in chosen[:-1]) + "".join(chosen[-1:]) + edges[1]

    texts = [text() for _ in range(300)]
    pieces = [text[start:start + rng.integers(1, 25)] for text in texts[:150] if text for start in [rng.integers(len(text))]]
    pieces += [" ".join(rng.choice(words, rng.integers(2, 4))) for _ in range(150)]
    for chunk_rows in (50_000, 7):
        index = search.WordIndex(pa.array(texts, pa.large_string()), chunk_rows=chunk_rows)
        for piece in pieces:
            assert index.contains(piece).tolist() == plain(texts, piece).tolist(), (piece, chunk_rows)
