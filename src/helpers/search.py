"""Find the texts containing a piece of text without reading every text: a word index built once.

Each text is split at white space into words (punctuation stays on them: "«digital", "economy."); the
index keeps, for each distinct word, the rows it occurs in. A search looks for each word of the piece
among the distinct words (thousands, not millions of texts), takes the rows of the words containing
it, and checks the whole piece only in the rows every word points to. The answer is the plain
substring search's: wherever the piece occurs, each of its words lies inside one word of the text.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

MANY_WORDS = 2_000  # above this many matching words, their rows are marked in one vectorised pass


def words_of(texts: pa.Array) -> pa.ListArray:
    """Each text's words: split at any Unicode white space, the same for the texts and the piece searched."""
    return pc.utf8_split_whitespace(texts)


def word_runs(piece: str) -> list[str]:
    """The words of `piece` as the index splits texts ("«digital economy»." -> ["«digital", "economy»."])."""
    return [word for word in words_of(pa.array([piece], pa.large_string()))[0].as_py() if word]


class WordIndex:
    """Rows of `texts` (an Arrow string array without nulls, already lower-cased) by the words they contain."""

    def __init__(self, texts: pa.Array):
        self.texts = texts.combine_chunks() if isinstance(texts, pa.ChunkedArray) else texts
        words = words_of(self.texts)
        encoded = pc.dictionary_encode(pc.list_flatten(words))
        self.vocabulary = encoded.dictionary
        order = pc.sort_indices(encoded.indices).to_numpy()  # by word, rows increasing within a word (a stable sort)
        codes = encoded.indices.to_numpy()[order]
        rows = np.repeat(np.arange(len(self.texts), dtype=np.int32), pc.list_value_length(words).to_numpy())[order]
        del order
        first = np.ones(len(codes), dtype=bool)  # a word repeated in one text is kept once
        first[1:] = (codes[1:] != codes[:-1]) | (rows[1:] != rows[:-1])
        self.rows = rows[first]
        self.starts = np.concatenate([[0], np.cumsum(np.bincount(codes[first], minlength=len(self.vocabulary)))])

    def __len__(self) -> int:
        return len(self.texts)

    def rows_with_word_containing(self, run: str) -> np.ndarray:
        """A boolean mask of the rows with a word containing `run` (itself one word)."""
        found = np.zeros(len(self), dtype=bool)
        matching = np.flatnonzero(pc.match_substring(self.vocabulary, run).to_numpy(zero_copy_only=False))
        if len(matching) > MANY_WORDS:
            chosen = np.zeros(len(self.vocabulary), dtype=bool)
            chosen[matching] = True
            found[self.rows[np.repeat(chosen, np.diff(self.starts))]] = True
        else:
            for word in matching:
                found[self.rows[self.starts[word]:self.starts[word + 1]]] = True
        return found

    def contains(self, piece: str) -> np.ndarray:
        """A boolean mask of the rows whose text contains `piece` (lower-cased, as the texts are)."""
        runs = word_runs(piece)
        if not runs:  # white space only: nothing to look up, every text is read
            return pc.match_substring(self.texts, piece).to_numpy(zero_copy_only=False)
        candidates = np.logical_and.reduce([self.rows_with_word_containing(run) for run in dict.fromkeys(runs)])
        if runs == [piece]:
            return candidates
        positions = np.flatnonzero(candidates)
        found = np.zeros(len(self), dtype=bool)
        found[positions[pc.match_substring(self.texts.take(pa.array(positions)), piece).to_numpy(zero_copy_only=False)]] = True
        return found
