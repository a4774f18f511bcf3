"""The contract of every table, written once.

Each table maps its columns, in order, to a pandas dtype and a description. `conform()` gives a
DataFrame exactly these columns and dtypes (so an empty table still has its columns), the store
checks it before writing, and the README's data dictionary is generated from it
(`python -m helpers schema`).

Offsets (`start`, `end`) are character offsets into `documents.text`.
"""
from __future__ import annotations

import pandas as pd

STR = "string"
INT = "Int64"
FLOAT = "Float64"
BOOL = "boolean"
LIST = "object"  # a Python list (of str, or of dicts for amounts); Parquet stores it as a list column

TABLES: dict[str, dict[str, tuple[str, str]]] = {
    "documents": {
        "doc_id": (STR, "stable id derived from the clean text (renaming a file keeps it)"),
        "path": (STR, "file the document came from, relative to the corpus folder; tabular rows as 'file.csv#row=N'"),
        "title": (STR, "headline or title"),
        "outlet": (STR, "news agency in the dateline (BelTA) or the site of the URL"),
        "url": (STR, "source URL when the file states one, else the one the corpus's sources list gives it"),
        "published": (STR, "publication date, ISO YYYY[-MM[-DD]]"),
        "published_precision": (STR, "day | month | year"),
        "published_source": (STR, "where the date came from: stamp, text, dateline, timestamp, header, meta, column, url; 'X+url' or 'X+retrieved' when a stamp or dateline without a year took its year from there; 'updated' when only a revision's date (Updated: …) dates it; 'retrieved' when only the crawl date dates the document"),
        "retrieved": (STR, "crawl date from a scraper header block (not the publication date)"),
        "dateline_place": (STR, "place in the dateline, e.g. Mogilev"),
        "language": (STR, "ISO 639-1 code: en, ru, ..."),
        "genre": (STR, "news | transcript | listing | mixed"),
        "source_format": (STR, "txt | md | html | csv | jsonl | parquet"),
        "n_words": (INT, "words in the clean text"),
        "text": (STR, "clean text; every offset in every table points into it"),
    },
    "segments": {
        "doc_id": (STR, "document"),
        "seg_id": (STR, "'<doc_id>:<n>' in document order"),
        "kind": (STR, "document | section | item"),
        "heading": (STR, "year heading or item headline"),
        "start": (INT, "offset of the segment's first character"),
        "end": (INT, "offset just past its last character"),
        "year_hint": (INT, "year of the section heading the segment sits under"),
    },
    "mentions": {
        "doc_id": (STR, "document"),
        "seg_id": (STR, "innermost segment containing the mention"),
        "start": (INT, "offset"),
        "end": (INT, "offset"),
        "surface": (STR, "the text as written"),
        "kind": (STR, "country | place | person | org | bloc | historical"),
        "entity": (STR, "canonical name"),
        "iso3": (STR, "ISO 3166-1 alpha-3 of the country (of a place: its country)"),
        "via": (STR, "name | adjective | capital | city | alias | role | pronoun | surname"),
    },
    "dates": {
        "doc_id": (STR, "document"),
        "seg_id": (STR, "innermost segment containing the date"),
        "start": (INT, "offset"),
        "end": (INT, "offset"),
        "text": (STR, "the date expression as written"),
        "value": (STR, "ISO YYYY[-MM[-DD]], empty when the year cannot be made certain"),
        "precision": (STR, "day | month | year"),
        "resolved_from": (STR, "text | heading | published | nearby (a same-month date with its year shortly before) | published-relative (this year, on Friday: counted from the publication date) | none"),
    },
    "events": {
        "event_id": (STR, "stable id: '<doc_id>:e<n>'"),
        "doc_id": (STR, "document"),
        "seg_id": (STR, "segment the event comes from"),
        "date": (STR, "ISO YYYY[-MM[-DD]] or empty"),
        "precision": (STR, "day | month | year, or empty"),
        "headline": (STR, "item headline, or the phrase naming the occasion"),
        "countries": (LIST, "ISO3 codes of the party states, sorted"),
        "topics": (LIST, "topic keys from data/reference/topics"),
        "amounts": (LIST, "money amounts: dicts with text, value (scale included: 2.5e9), currency, qualifier"),
        "start": (INT, "offset of the headline or phrase"),
        "end": (INT, "offset"),
    },
    "pairs": {
        "event_id": (STR, "event"),
        "doc_id": (STR, "document"),
        "a": (STR, "ISO3, a < b"),
        "b": (STR, "ISO3"),
        "date": (STR, "event date"),
        "precision": (STR, "event date precision"),
        "evidence": (STR, "the text span that makes the two states parties"),
        "start": (INT, "offset of the evidence"),
        "end": (INT, "offset"),
    },
    "amounts": {
        "event_id": (STR, "event the amount belongs to"),
        "doc_id": (STR, "document"),
        "start": (INT, "offset"),
        "end": (INT, "offset"),
        "text": (STR, "as written, e.g. '₽2,5 billion'"),
        "value": (FLOAT, "numeric value in units of the currency, e.g. 2.5e9"),
        "currency": (STR, "ISO 4217 code: RUB, USD, EUR, CNY, ..."),
        "qualifier": (STR, "more than | over | about | up to | empty"),
    },
    "quotes": {
        "quote_id": (STR, "stable id: '<doc_id>:q<start>'"),
        "doc_id": (STR, "document"),
        "seg_id": (STR, "segment"),
        "kind": (STR, "direct | transcript | block | reported"),
        "text": (STR, "the quoted or reported words"),
        "start": (INT, "offset of the first quoted word"),
        "end": (INT, "offset just past the last"),
        "speaker": (STR, "canonical person name, or the body as written ('TASS'); empty when unknown"),
        "speaker_is_person": (BOOL, "False for an organisation, outlet or collective ('the press service')"),
        "speaker_role": (STR, "role the text gives the speaker"),
        "speaker_country": (STR, "ISO3 of the speaker's country"),
        "cue": (STR, "the cue word or label: said, noted, According to, transcript label, ..."),
        "attribution": (STR, "adjacent name | role | pronoun | transcript label | organisation | none"),
        "reason": (STR, "why the speaker is empty, or why a span was skipped"),
        "date": (STR, "date of the quote's event or, failing that, the document"),
    },
    "skipped": {
        "doc_id": (STR, "document"),
        "seg_id": (STR, "segment"),
        "table": (STR, "the table the span would have gone to: quotes, ..."),
        "start": (INT, "offset"),
        "end": (INT, "offset"),
        "text": (STR, "the span left out"),
        "reason": (STR, "why it was left out, e.g. 'quotation mark never closed'"),
    },
    "people": {
        "person": (STR, "canonical name"),
        "aliases": (LIST, "other spellings and short forms seen"),
        "roles": (LIST, "roles the texts give"),
        "country": (STR, "ISO3"),
        "n_quotes": (INT, "quotes (all kinds) attributed to the person"),
        "n_mentions": (INT, "mentions of the person"),
    },
    "ingest_report": {
        "path": (STR, "file seen, relative to the corpus folder"),
        "status": (STR, "ingested | duplicate | skipped"),
        "reason": (STR, "why it was skipped, or which file it duplicates"),
        "doc_id": (STR, "document id (several for a tabular file: one row per document)"),
        "note": (STR, "what was repaired or assumed to read it (NUL bytes removed, lines re-decoded, date order)"),
    },
}

# Tables whose rows come from one document each (extract.extract_document); the store caches them by doc_id.
PER_DOCUMENT_TABLES = ("mentions", "dates", "events", "pairs", "amounts", "quotes", "skipped")


def empty(table: str) -> pd.DataFrame:
    return conform(table, pd.DataFrame())


def conform(table: str, frame: pd.DataFrame | list[dict]) -> pd.DataFrame:
    """Return `frame` with exactly the table's columns, in order, with their dtypes.

    Missing columns are added empty; unknown columns are an error, so a typo cannot hide.
    """
    columns = TABLES[table]
    frame = pd.DataFrame(frame)
    unknown = set(frame.columns) - set(columns)
    if unknown:
        raise ValueError(f"table {table!r} has no column(s) {sorted(unknown)}")
    out = pd.DataFrame(index=frame.index)
    for name, (dtype, _) in columns.items():
        values = frame[name] if name in frame else pd.Series([None] * len(frame), index=frame.index, dtype=object)
        out[name] = values if dtype == LIST else values.astype(dtype)
    return out.reset_index(drop=True)


def data_dictionary() -> str:
    """The Markdown data dictionary for the README."""
    lines = []
    for table, columns in TABLES.items():
        lines += [f"### `{table}`", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{name}` | {dtype} | {text} |" for name, (dtype, text) in columns.items()]
        lines.append("")
    return "\n".join(lines)
