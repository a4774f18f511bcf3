"""Find the texts containing a piece of text without reading every text: a word index built once.

Each text is split at white space into words (punctuation stays on them: "«digital", "economy."); the
index keeps, for each distinct word, the rows it occurs in. A search looks for each word of the piece
among the distinct words (thousands, not millions of texts), takes the rows of the words containing
it, and checks the whole piece only in the rows every word points to. The answer is the plain
substring search's: wherever the piece occurs, each of its words lies inside one word of the text.
"""
from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

CHUNK_ROWS = 50_000  # texts split and encoded at a time: the word lists of all texts at once took gigabytes
MANY_WORDS = 2_000  # above this many matching words, their rows are marked in one vectorised pass


def words_of(texts: pa.Array) -> pa.ListArray:
    """Each text's words: split at any Unicode white space, the same for the texts and the piece searched."""
    return pc.utf8_split_whitespace(texts)


def word_runs(piece: str) -> list[str]:
    """The words of `piece` as the index splits texts ("«digital economy»." -> ["«digital", "economy»."])."""
    return [word for word in words_of(pa.array([piece], pa.large_string()))[0].as_py() if word]


class WordIndex:
    """Rows of `texts` (an Arrow string array without nulls, already lower-cased) by the words they contain."""

    def __init__(self, texts: pa.Array, *, chunk_rows: int = CHUNK_ROWS):
        texts = texts.combine_chunks() if isinstance(texts, pa.ChunkedArray) else texts
        self.texts = texts.cast(pa.large_string())
        _validity, offsets, self.text_bytes = self.texts.buffers()
        self.offsets = np.frombuffer(offsets, dtype=np.int64)[self.texts.offset:self.texts.offset + len(self.texts) + 1]
        self.vocabulary = pa.array([], pa.large_string())
        # Each chunk's rows grouped by word (kept as the count of each word's rows and the rows, numbered from the
        # chunk's first: two bytes a pair), then placed by a counting sort into one array of rows grouped by word,
        # a chunk at a time and freed as placed: no concatenation of every (word, row) pair, and no sort indices
        # over them (each took over a gigabyte at a million quotes).
        chunks = [self._words_of_chunk(first, chunk_rows) for first in range(0, len(self.texts), chunk_rows)]
        counts = np.zeros(len(self.vocabulary), dtype=np.int64)
        for _first, chunk_counts, _rows in chunks:
            counts[:len(chunk_counts)] += chunk_counts
        self.starts = np.concatenate([[0], np.cumsum(counts)])
        self.rows = np.empty(self.starts[-1], dtype=np.int32)
        free = self.starts[:-1].copy()  # each word's next free place
        chunks.reverse()
        while chunks:  # chunks in row order, so rows stay increasing within a word
            first, chunk_counts, rows = chunks.pop()
            chunk_counts = np.pad(chunk_counts, (0, len(free) - len(chunk_counts)))
            chunk_starts = np.cumsum(chunk_counts) - chunk_counts
            self.rows[np.repeat(free - chunk_starts, chunk_counts) + np.arange(len(rows))] = rows.astype(np.int32) + first
            free += chunk_counts
            del rows

    def _words_of_chunk(self, first: int, count: int) -> tuple[int, np.ndarray, np.ndarray]:
        """`first`, how many of rows `first` to `first + count` hold each word (by word number), and those rows by word
        (increasing within a word, numbered from `first`); new words join the vocabulary."""
        words = words_of(self.texts.slice(first, count))
        encoded = pc.dictionary_encode(pc.list_flatten(words))
        numbers = pc.fill_null(pc.index_in(encoded.dictionary, value_set=self.vocabulary), -1).to_numpy().astype(np.int32)
        new = np.flatnonzero(numbers < 0)
        numbers[new] = len(self.vocabulary) + np.arange(len(new), dtype=np.int32)
        self.vocabulary = pa.concat_arrays([self.vocabulary, encoded.dictionary.take(pa.array(new))])
        codes = numbers[encoded.indices.to_numpy()]
        rows = np.repeat(np.arange(len(words), dtype=np.min_scalar_type(max(count - 1, 0))), pc.list_value_length(words).to_numpy())
        order = pc.sort_indices(codes).to_numpy()
        codes, rows = codes[order], rows[order]
        once = np.ones(len(codes), dtype=bool)  # a word repeated in one text is kept once
        once[1:] = (codes[1:] != codes[:-1]) | (rows[1:] != rows[:-1])
        return first, np.bincount(codes[once], minlength=len(self.vocabulary)), rows[once]

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
        found[positions[self.holding(piece, positions)]] = True
        return found

    def holding(self, piece: str, positions: np.ndarray) -> np.ndarray:
        """Which rows at `positions` contain `piece`: each row's UTF-8 bytes searched where they lie (a third of
        the time of copying the rows out for Arrow's substring search)."""
        pattern = re.compile(re.escape(piece.encode("utf-8")))
        starts, ends = self.offsets[positions].tolist(), self.offsets[positions + 1].tolist()
        return np.fromiter((pattern.search(self.text_bytes, start, end) is not None for start, end in zip(starts, ends)),
                           dtype=bool, count=len(positions))
