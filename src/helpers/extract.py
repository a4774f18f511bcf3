"""Run every extractor on one document.

`extract_document` is a pure function of one document and the reference data: it returns that
document's rows for every table, so any engine of `helpers.corpus` can map it over a corpus and its
result can be cached by the document's content. What looks across documents lives in `helpers.corpus`.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from helpers import schema
from helpers.dates import find_dates
from helpers.document import Document
from helpers.events import find_events
from helpers.mentions import find_mentions
from helpers.people import KnownPeople, find_people, load_known_people
from helpers.quotes import find_quotes
from helpers.reference import Reference, load_reference

SKIPPED_PREFIX = "skipped: "  # an extractor marks a span it left out on purpose with this reason prefix


@dataclass(frozen=True)
class Resources:
    """Reference data every extractor reads; loaded once per process."""

    reference: Reference
    known_people: KnownPeople


def load_resources(reference_dir: str | Path | None = None) -> Resources:
    people_csv = Path(reference_dir) / "people.csv" if reference_dir else None
    return Resources(load_reference(reference_dir), load_known_people(people_csv))


def extract_document(doc: Document, resources: Resources) -> dict[str, list[dict]]:
    """All rows one document contributes to the per-document tables."""
    people = find_people(doc, resources.reference, resources.known_people)
    mentions = find_mentions(doc, resources.reference) + people.mentions  # events read who met, too
    dates = find_dates(doc)
    events, pairs, amounts = find_events(doc, resources.reference, mentions=mentions, dates=dates)
    quotes, skipped = _split_skipped(find_quotes(doc, people), table="quotes")
    _date_quotes(quotes, events, doc)
    rows = {
        "mentions": mentions,
        "dates": dates,
        "events": events,
        "pairs": pairs,
        "amounts": amounts,
        "quotes": quotes,
        "skipped": skipped,
    }
    for table, table_rows in rows.items():
        for row in table_rows:
            row["doc_id"] = doc.doc_id
            if "seg_id" in schema.TABLES[table] and not row.get("seg_id") and row.get("start") is not None:
                segment = doc.segment_at(row["start"])
                row["seg_id"] = segment.seg_id if segment else None
    return rows


def _split_skipped(rows: list[dict], *, table: str) -> tuple[list[dict], list[dict]]:
    """Spans an extractor left out on purpose go to the `skipped` table, so no table holds a non-row."""
    kept, skipped = [], []
    for row in rows:
        reason = row.get("reason") or ""
        if reason.startswith(SKIPPED_PREFIX):
            skipped.append({"seg_id": row.get("seg_id"), "table": table, "start": row["start"], "end": row["end"],
                            "text": row["text"], "reason": reason[len(SKIPPED_PREFIX):]})
        else:
            kept.append(row)
    return kept, skipped


def _date_quotes(quotes: list[dict], events: list[dict], doc: Document) -> None:
    """A quote takes the date of the event of its segment, else the document's publication date."""
    event_dates = {e["seg_id"]: e["date"] for e in events if e.get("date")}
    for quote in quotes:
        segment = doc.segment_at(quote["start"])
        quote["date"] = event_dates.get(segment.seg_id if segment else None) or event_dates.get(None) or doc.published
