"""The unit every extractor works on: one ingested document with its clean text and segments.

Extractors are pure functions of a `Document` (plus reference data). All offsets they return are
character offsets into `Document.text`, the stored clean text, so every row can be shown in context.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Segment:
    """A section or item of a document; a listing page has many, other documents one."""

    seg_id: str  # "<doc_id>:<n>", n counting from 0 in document order
    kind: str  # document | section | item
    heading: str | None  # the item headline or section heading, None for a whole-document segment
    start: int  # offsets into Document.text; the heading line is inside [start, end)
    end: int
    year_hint: int | None  # the year of the section heading the segment sits under


@dataclass(frozen=True)
class Document:
    doc_id: str  # stable, derived from the clean text's content
    path: str  # the file it came from (for a tabular corpus: "file.csv#row=12")
    text: str  # clean text: boilerplate removed, hard-wrapped lines rejoined
    title: str | None = None
    outlet: str | None = None  # agency in the dateline (BelTA) or the URL's site
    url: str | None = None
    published: str | None = None  # ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    published_precision: str | None = None  # year | month | day
    published_source: str | None = None  # where `published` came from: stamp, text, dateline, header, column, url, …
    retrieved: str | None = None  # crawl date of a scraper header block (not the publication date)
    dateline_place: str | None = None  # "Mogilev" for "MOGILEV, 12 October (BelTA) –"
    language: str = "en"  # ISO 639-1
    genre: str = "news"  # news | transcript | listing | mixed (the gold schema's `format`)
    source_format: str = "txt"  # txt | md | html | csv | jsonl | parquet
    segments: tuple[Segment, ...] = field(default_factory=tuple)
    # Set-off quotation blocks as (start, end) spans of the clean text. The markup that sets them off
    # (wiki "File:Aquote1.png" ... "File:Aquote2.png" lines, HTML <blockquote>, Markdown "> ") is removed
    # from `text`, so ingest records where the blocks were for the quote extractor.
    blocks: tuple[tuple[int, int], ...] = field(default_factory=tuple)

    @property
    def n_words(self) -> int:
        return len(self.text.split())

    def segment_at(self, offset: int) -> Segment | None:
        """The innermost segment containing `offset`: an item before a section before the whole document."""
        for starts, segments in self._segment_levels:
            i = bisect_right(starts, offset) - 1
            if i >= 0 and segments[i].start <= offset < segments[i].end:
                return segments[i]
        return None

    @cached_property
    def _segment_levels(self) -> list[tuple[list[int], list[Segment]]]:
        """Segments of each kind sorted by start, innermost kind first, so a lookup is a binary search per kind."""
        levels = []
        for kind in ("item", "section", "document"):
            segments = sorted((s for s in self.segments if s.kind == kind), key=lambda s: s.start)
            if segments:
                levels.append(([s.start for s in segments], segments))
        return levels
