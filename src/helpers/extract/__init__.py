"""Run every extraction stage on one document.

`STAGES` is the registry: every extractor is a `Stage` (see `helpers.extract.stage`) in the order it
runs, each reading the stages it declares in `needs`. `extract_document` is a pure function of one
document and the reference data: it returns that document's rows for every table, so it can run in a
process pool (or on a distributed engine) unchanged and its result can be cached by the document's
content hash. A document in a language without resources (`helpers.lang.get` raises) is not extracted:
it gives one `skipped` row saying so. What looks across documents (the engines, de-duplication, the
people merge) lives in `helpers.corpus`.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from helpers import lang, schema
from helpers.document import Document
from helpers.extract import dates, events, mentions, people, quotes
from helpers.extract.people.known import KnownPeople, load_known_people
from helpers.extract.stage import Context, Stage, run_stages
from helpers.reference import Reference, load_reference

NOT_EXTRACTED = "all"  # the `table` of a skipped row standing for a whole document left unextracted

# Every stage in the order it runs; places come before people in the mentions table.
STAGES: tuple[Stage, ...] = (mentions.STAGE, people.STAGE, dates.STAGE, events.STAGE, quotes.STAGE)


@dataclass(frozen=True)
class Resources:
    """Reference data every extractor reads; loaded once per process."""

    reference: Reference
    known_people: KnownPeople


def load_resources(reference_dir: str | Path | None = None) -> Resources:
    people_csv = Path(reference_dir) / "people.csv" if reference_dir else None
    return Resources(load_reference(reference_dir), load_known_people(people_csv))


def extract_document(doc: Document, resources: Resources) -> dict[str, list[dict]]:
    """All rows one document contributes to the per-document tables, every row carrying its `doc_id`."""
    rows = {table: [] for table in schema.PER_DOCUMENT_TABLES}
    try:
        language = lang.get(doc.language)
    except lang.UnsupportedLanguage as missing:
        rows["skipped"] = [not_extracted_row(doc, str(missing))]
        return rows
    rows.update(run_stages(STAGES, doc, Context(language, resources)))
    for table, table_rows in rows.items():
        if "seg_id" in schema.TABLES[table]:
            for row in table_rows:
                if not row.get("seg_id") and row.get("start") is not None:
                    segment = doc.segment_at(row["start"])
                    row["seg_id"] = segment.seg_id if segment else None
    return rows


def not_extracted_row(doc: Document, reason: str) -> dict:
    """The `skipped` row of a document no stage ran on: its whole span, its opening words as the text."""
    return {"doc_id": doc.doc_id, "seg_id": None, "table": NOT_EXTRACTED, "start": 0, "end": len(doc.text),
            "text": " ".join(doc.text[:200].split()), "reason": reason}
