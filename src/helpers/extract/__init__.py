"""Run every extraction stage on a document, and on a corpus.

`STAGES` is the registry: every extractor is a `Stage` (see `helpers.extract.stage`) in the order it
runs, each reading the stages it declares in `needs`. `extract_document` is a pure function of one
document and the reference data: it returns that document's rows for every table, so it can run in a
process pool (or on a distributed engine) unchanged and its result can be cached by the document's
content hash. A document in a language without resources (`helpers.lang.get` raises) is not extracted:
it gives one `skipped` row saying so. Only `finish_tables` looks across documents: it merges spelling
variants of people corpus-wide and writes canonical names back into the quotes and mentions.
"""
from __future__ import annotations

import math
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers import lang, schema
from helpers.document import Document
from helpers.extract import dates, events, mentions, people, quotes
from helpers.extract.mentions import gold_countries, gold_places
from helpers.corpus.merge import merge_people
from helpers.extract.people.known import KnownPeople, load_known_people
from helpers.extract.stage import Context, Stage, run_stages
from helpers.reference import Reference, load_reference

POOL_THRESHOLD = 200  # below this many documents a process pool costs more than it saves
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


# A worker process loads the reference data once, then extracts many documents.
_worker_resources: Resources | None = None


def _init_worker(reference_dir: str | None) -> None:
    global _worker_resources
    _worker_resources = load_resources(reference_dir)


def _extract_in_worker(doc: Document) -> dict[str, list[dict]]:
    return extract_document(doc, _worker_resources)


def extract_documents(
    docs: list[Document], *, reference_dir: str | Path | None = None, workers: int | None = None
) -> dict[str, pd.DataFrame]:
    """Per-document tables for `docs`, in a process pool when there are enough documents to pay for it."""
    workers = workers or os.cpu_count() or 1
    if workers > 1 and len(docs) >= POOL_THRESHOLD:
        with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(str(reference_dir or ""),)) as pool:
            results = list(pool.map(_extract_in_worker, docs, chunksize=64))
    else:
        resources = load_resources(reference_dir)
        results = [extract_document(doc, resources) for doc in docs]
    return {
        table: schema.conform(table, [row for result in results for row in result[table]])
        for table in schema.PER_DOCUMENT_TABLES
    }


def finish_tables(tables: dict[str, pd.DataFrame], *, reference_dir: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """Corpus-wide step: merge people's spelling variants and use the canonical names everywhere."""
    known = load_resources(reference_dir).known_people
    person_mentions = tables["mentions"][tables["mentions"]["kind"] == "person"]
    people, canonical = merge_people(person_mentions, tables["quotes"], known)
    quotes = tables["quotes"].copy()
    quotes["speaker"] = quotes["speaker"].map(lambda s: canonical.get(s, s) if isinstance(s, str) else s).astype("string")
    mentions = tables["mentions"].copy()
    is_person = mentions["kind"] == "person"
    mentions.loc[is_person, "entity"] = mentions.loc[is_person, "entity"].map(lambda s: canonical.get(s, s))
    return {**tables, "quotes": quotes, "mentions": mentions, "people": schema.conform("people", people)}


def gold_record(doc: Document, tables: dict[str, pd.DataFrame]) -> dict:
    """One document's extraction in the gold schema of shared/gold/README.md (plus spans for context)."""
    def rows(table: str) -> pd.DataFrame:
        frame = tables[table]
        return frame[frame["doc_id"] == doc.doc_id]

    mentions = rows("mentions").to_dict("records")
    quotes = rows("quotes").sort_values("start")
    amounts = rows("amounts")
    people = rows("mentions")
    people = people[people["kind"] == "person"]
    written = speakers_as_written(people)
    return {
        "doc": doc.path,
        "source_url": doc.url,
        "language": doc.language,
        "format": doc.genre,
        "published": doc.published,
        "countries": gold_countries(mentions),
        "places": gold_places(mentions),
        "quotes": [_speech_item(q, written, kind=True) for q in quotes.to_dict("records") if q["kind"] != "reported"],
        "reported": [_speech_item(q, written) for q in quotes.to_dict("records") if q["kind"] == "reported"],
        "dates": [
            {"text": d["text"], "value": _none(d["value"]), "precision": _none(d["precision"]), "start": d["start"]}
            for d in rows("dates").sort_values("start").to_dict("records")
        ],
        "aliases": _aliases(people),
        "events": [
            {
                "headline": e["headline"],
                "date": _none(e["date"]),
                "precision": _none(e["precision"]),
                "countries": list(e["countries"] or []),
                "amounts": list(amounts[amounts["event_id"] == e["event_id"]].sort_values("start")["text"]),
            }
            for e in rows("events").to_dict("records")
        ],
    }


def _none(value):
    """JSON null for a missing value (None, pandas' NA or NaN)."""
    return None if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) else value


def _speech_item(quote: dict, written: dict[str, str], *, kind: bool = False) -> dict:
    speaker = _none(quote["speaker"])
    item = {"speaker": written.get(speaker, speaker) if speaker else speaker}
    if kind:
        item["kind"] = quote["kind"]
    words = quote["text"].split()
    item.update(
        text_start=" ".join(words[:10]),
        text=quote["text"],
        start=int(quote["start"]),
        end=int(quote["end"]),
        attribution=_none(quote["attribution"]),
    )
    return item


def speakers_as_written(person_mentions: pd.DataFrame) -> dict[str, str]:
    """The gold names a speaker by the fullest form of the name written in the document ("Sergey Lavrov"),
    while the tables keep one canonical spelling per person across the corpus ("Sergei Lavrov"): canonical
    name -> the fullest spelling in this document, for the people whose canonical spelling it does not write."""
    names = person_mentions[person_mentions["via"].isin(["name", "alias"])]
    spellings: dict[str, list[str]] = {}
    for surface, entity in zip(names["surface"], names["entity"]):
        if isinstance(entity, str):
            spellings.setdefault(entity, []).append(" ".join(str(surface).split()))
    return {entity: max(forms, key=lambda f: len(f.split()))
            for entity, forms in spellings.items() if entity not in forms and max(len(f.split()) for f in forms) >= 2}


def _aliases(person_mentions: pd.DataFrame) -> dict[str, str]:
    """Full-name spellings in the document that differ from the canonical name.

    A shorter form of the canonical name ("Putin", "Nabiev") is not a variant, only another spelling is.
    """
    aliases = {}
    names = person_mentions[person_mentions["via"].isin(["name", "alias"])]
    for surface, entity in zip(names["surface"], names["entity"]):
        surface = " ".join(str(surface).split())
        if isinstance(entity, str) and len(surface.split()) >= 2 and not entity.endswith(surface):
            aliases.setdefault(surface, entity)
    return aliases
