"""Find the texts containing a piece of text without reading every text: a word index built once.

Each text is split at white space into words (punctuation stays on them: "«digital", "economy."); the
index keeps, for each distinct word, the rows it occurs in, and for each pair of words one space apart
("digital economy"), the rows where they are. A search looks for each word of the piece among the
distinct words (thousands, not millions of texts), takes the rows of the words containing it, and checks
the whole piece only in the rows every word points to. The answer is the plain substring search's:
wherever the piece occurs, each of its words lies inside one word of the text.

Two words one space apart are answered from the pairs alone: "digital economy" occurs exactly where a
word ending in "digital" is followed, one space after, by a word starting with "economy". Two common words
would otherwise each point to most rows, and every one of them would be read. Longer phrases take the rows
holding all their pairs, and only those are read.
"""
from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

CHUNK_ROWS = 25_000  # texts split and encoded at a time: the word lists of all texts at once took gigabytes
WIDE_GAP = 255  # a gap between two rows of a word or pair this wide or wider is kept apart from the bytes
BATCH_ROWS = 2_000_000  # rows of words or pairs decoded at a time (a query for "e" matches most of the index)
# White space other than a space: the characters of Python's str.isspace (a test checks every character).
OTHER_WHITE_SPACE = r"[\t\n\x0b\x0c\r\x1c-\x1f\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]"


def pieces_of(texts: pa.Array) -> pa.ListArray:
    """Each text split at every space, once any other white space is made two spaces: the pieces are the words,
    and an empty piece between two words where anything but one space parts them ("a\\nb" -> a, "", b)."""
    return pc.split_pattern(pc.replace_substring_regex(texts, OTHER_WHITE_SPACE, "  "), pattern=" ")


def word_runs(piece: str) -> list[str]:
    """The words of `piece` as the index splits texts ("«digital economy»." -> ["«digital", "economy»."])."""
    return [word for word in pieces_of(pa.array([piece], pa.large_string()))[0].as_py() if word]


def stable_order(codes: np.ndarray) -> np.ndarray:
    """The positions sorting `codes` (integers from 0 to 2**32), equal codes kept in their order: numpy's radix sort,
    16 bits at a pass (Arrow's counting sort stops at a few thousand distinct values, ten times slower past them)."""
    order = np.argsort(codes.astype(np.uint16), kind="stable")  # the low 16 bits
    if len(codes) and codes.max() > 0xFFFF:
        order = order[np.argsort((codes[order] >> 16).astype(np.uint16), kind="stable")]
    return order


def grouped(codes: np.ndarray, rows: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(code, row) pairs listed in row order, codes below `size`: how many rows each code has, and the rows by code
    (increasing within a code, a row repeated for one code kept once)."""
    order = stable_order(codes)
    codes, rows = codes[order], rows[order]
    once = np.ones(len(codes), dtype=bool)
    once[1:] = (codes[1:] != codes[:-1]) | (rows[1:] != rows[:-1])
    return np.bincount(codes[once], minlength=size), rows[once]


class Postings:
    """Rows grouped by word or pair (a group's rows increasing), kept as the gaps between a group's rows, a byte each
    (over 99% of the gaps in the generated corpus; wider ones listed apart): a quarter of 32-bit row numbers.

    Built from each chunk's (first row, its groups, their counts of rows, the rows by group numbered from the
    first), chunks in row order: a counting sort places a chunk at a time and frees it, with no array of every
    (group, row) pair nor sort indices over them (each took over a gigabyte at a million quotes)."""

    def __init__(self, chunks: list[tuple[int, np.ndarray, np.ndarray, np.ndarray]], size: int):
        counts = np.zeros(size, dtype=np.int64)
        for _first, groups, group_counts, _rows in chunks:
            counts[groups] += group_counts
        self.starts = np.concatenate([[0], np.cumsum(counts)])
        self.gaps = np.empty(self.starts[-1], dtype=np.uint8)
        free = self.starts[:-1].copy()  # each group's next free place
        last = np.zeros(size, dtype=np.int64)  # each group's last row so far (a group's first gap is its first row)
        wide_at, wide = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
        chunks.reverse()
        while chunks:
            first, groups, group_counts, chunk_rows = chunks.pop()
            rows = chunk_rows.astype(np.int64) + first
            heads = np.cumsum(group_counts) - group_counts  # where each group's rows begin in `rows`
            previous = np.empty_like(rows)
            previous[1:] = rows[:-1]
            previous[heads] = last[groups]
            gaps = rows - previous
            places = np.repeat(free[groups] - heads, group_counts) + np.arange(len(rows))
            self.gaps[places] = np.minimum(gaps, WIDE_GAP)
            wide_at.append(places[gaps >= WIDE_GAP])
            wide.append(gaps[gaps >= WIDE_GAP])
            last[groups] = rows[heads + group_counts - 1]
            free[groups] += group_counts
        wide_at, wide = np.concatenate(wide_at), np.concatenate(wide)
        order = np.argsort(wide_at)
        # The places of the gaps too wide for a byte, in order, and those gaps.
        self.wide_at, self.wide = wide_at[order], wide[order].astype(np.int32)
        self.last = last.astype(np.int32)

    @property
    def nbytes(self) -> int:
        return self.starts.nbytes + self.gaps.nbytes + self.wide_at.nbytes + self.wide.nbytes + self.last.nbytes

    def rows(self, groups: np.ndarray) -> np.ndarray:
        """The rows of `groups` (increasing group numbers), one group after another."""
        groups = groups[self.starts[groups + 1] > self.starts[groups]]
        lo, hi = self.starts[groups], self.starts[groups + 1]
        places = spans(lo, hi)
        gaps = self.gaps[places].astype(np.int32)
        wide_from, wide_to = np.searchsorted(self.wide_at, lo), np.searchsorted(self.wide_at, hi)
        wide = spans(wide_from, wide_to)
        heads = np.cumsum(hi - lo) - (hi - lo)  # where each group begins in `places`
        gaps[self.wide_at[wide] - np.repeat(lo - heads, wide_to - wide_from)] = self.wide[wide]
        gaps[heads[1:]] -= self.last[groups[:-1]]  # a group's first gap counted from the previous group's last row
        return np.cumsum(gaps, dtype=np.int32)

    def marked(self, groups: np.ndarray, size: int) -> np.ndarray:
        """A boolean mask of `size` rows, true at the rows of `groups`, decoded a batch of groups at a time."""
        found = np.zeros(size, dtype=bool)
        groups = np.sort(groups)
        total = np.cumsum(self.starts[groups + 1] - self.starts[groups])
        cuts = np.searchsorted(total, np.arange(BATCH_ROWS, total[-1] if len(total) else 0, BATCH_ROWS))
        for batch in np.split(groups, cuts):
            found[self.rows(batch)] = True
        return found


def spans(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The positions from each start to its end, one range after another ([2, 7], [4, 9] -> 2 3 7 8)."""
    lengths = ends - starts
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())


class WordIndex:
    """Rows of `texts` (an Arrow string array without nulls, already lower-cased) by the words they contain
    (`word_rows`, by number in `vocabulary`) and by the pairs of words one space apart they contain (`pair_rows`,
    by place in `pairs`: the first word's number << 32 | the second's, sorted)."""

    def __init__(self, texts: pa.Array, *, chunk_rows: int = CHUNK_ROWS):
        texts = texts.combine_chunks() if isinstance(texts, pa.ChunkedArray) else texts
        self.texts = texts.cast(pa.large_string())
        _validity, offsets, self.text_bytes = self.texts.buffers()
        self.offsets = np.frombuffer(offsets, dtype=np.int64)[self.texts.offset:self.texts.offset + len(self.texts) + 1]
        self.vocabulary = pa.array([], pa.large_string())
        word_chunks, pair_chunks = [], []
        for first in range(0, len(self.texts), chunk_rows):
            words, pairs = self._words_of_chunk(first, chunk_rows)
            word_chunks.append((first, *words))
            pair_chunks.append((first, *pairs))
        self.word_rows = Postings(word_chunks, len(self.vocabulary))
        self.pairs = np.unique(np.concatenate([np.zeros(0, np.int64)] + [pairs for _first, pairs, _counts, _rows in pair_chunks]))
        pair_chunks = [(first, np.searchsorted(self.pairs, pairs), counts, rows) for first, pairs, counts, rows in pair_chunks]
        self.pair_rows = Postings(pair_chunks, len(self.pairs))

    def _words_of_chunk(self, first: int, count: int):
        """Rows `first` to `first + count` grouped by word and by pair of words one space apart: for each, the groups
        (word numbers; pairs as in `pairs`), their counts of rows and the rows by group, numbered from `first`."""
        pieces = pieces_of(self.texts.slice(first, count))
        rows = pc.list_parent_indices(pieces).to_numpy().astype(np.min_scalar_type(max(count - 1, 0)))
        codes = self._numbers(pc.list_flatten(pieces))
        del pieces
        word = codes >= 0
        counts, word_rows = grouped(codes[word], rows[word], len(self.vocabulary))
        paired = word[:-1] & word[1:] & (rows[:-1] == rows[1:])  # a word, one space, a word of the same text
        keys = pc.dictionary_encode(pa.array((codes[:-1][paired].astype(np.int64) << 32) | codes[1:][paired], pa.int64()))
        del codes, word
        pair_counts, pair_rows = grouped(keys.indices.to_numpy(), rows[:-1][paired], len(keys.dictionary))
        return ((np.flatnonzero(counts), counts[counts > 0], word_rows),
                (keys.dictionary.to_numpy(), pair_counts, pair_rows))

    def _numbers(self, pieces: pa.Array) -> np.ndarray:
        """The vocabulary number of each of `pieces` (-1 for an empty one); new words join the vocabulary."""
        encoded = pc.dictionary_encode(pieces)
        numbers = pc.fill_null(pc.index_in(encoded.dictionary, value_set=self.vocabulary), -1).to_numpy().astype(np.int32)
        empty = pc.equal(pc.binary_length(encoded.dictionary), 0).to_numpy(zero_copy_only=False)
        new = np.flatnonzero((numbers < 0) & ~empty)
        numbers[new] = len(self.vocabulary) + np.arange(len(new), dtype=np.int32)
        self.vocabulary = pa.concat_arrays([self.vocabulary, encoded.dictionary.take(pa.array(new, pa.int64()))])
        return numbers[encoded.indices.to_numpy()]

    def __len__(self) -> int:
        return len(self.texts)

    def rows_with_word_containing(self, run: str) -> np.ndarray:
        """A boolean mask of the rows with a word containing `run` (itself one word)."""
        matching = np.flatnonzero(pc.match_substring(self.vocabulary, run).to_numpy(zero_copy_only=False))
        return self.word_rows.marked(matching, len(self))

    def rows_with_pair(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """A boolean mask of the rows where a word of `first` is followed, one space after, by a word of `second`
        (both boolean masks over the vocabulary)."""
        numbers = np.flatnonzero(first).astype(np.int64)
        candidates = spans(np.searchsorted(self.pairs, numbers << 32), np.searchsorted(self.pairs, (numbers + 1) << 32))
        chosen = candidates[second[self.pairs[candidates] & 0xFFFFFFFF]]
        return self.pair_rows.marked(chosen, len(self))

    def rows_with_phrase(self, runs: list[str]) -> np.ndarray:
        """A boolean mask of the rows holding each two neighbours of `runs` (two words or more) one space apart, the
        first run ending a word, the last starting one, those between whole words: for two runs, exactly the rows
        containing them one space apart; for more, the rows that may (the pairs can lie in different places)."""
        words = ([pc.ends_with(self.vocabulary, runs[0])] + [pc.equal(self.vocabulary, run) for run in runs[1:-1]]
                 + [pc.starts_with(self.vocabulary, runs[-1])])
        words = [mask.to_numpy(zero_copy_only=False) for mask in words]
        return np.logical_and.reduce([self.rows_with_pair(first, second) for first, second in zip(words, words[1:])])

    def contains(self, piece: str) -> np.ndarray:
        """A boolean mask of the rows whose text contains `piece` (lower-cased, as the texts are)."""
        runs = word_runs(piece)
        if not runs:  # white space only: nothing to look up, every text is read
            return pc.match_substring(self.texts, piece).to_numpy(zero_copy_only=False)
        phrase = " ".join(runs)
        if len(runs) > 1 and phrase in piece:  # its words one space apart (any other white space between breaks the join)
            candidates = self.rows_with_phrase(runs)
        else:
            candidates = np.logical_and.reduce([self.rows_with_word_containing(run) for run in dict.fromkeys(runs)])
        if piece == phrase and len(runs) <= 2:  # one word, or two one space apart: the candidates are the answer
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
