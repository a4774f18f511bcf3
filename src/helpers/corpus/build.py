"""Per-document extraction mapped over a corpus by an engine, then the corpus-wide steps."""
from __future__ import annotations

from functools import partial
from pathlib import Path

import pandas as pd

from helpers import schema
from helpers.corpus.engine import Engine, make_engine
from helpers.corpus.merge import merge_people
from helpers.document import Document
from helpers.extract import Resources, extract_document, load_resources

EXTRACT_BATCH = 64  # documents per task sent to a worker: large enough to hide the cost of sending it


def _extract_batch(docs: list[Document], resources: Resources) -> list[dict[str, list[dict]]]:
    return [extract_document(doc, resources) for doc in docs]


def extract_documents(
    docs: list[Document], *, reference_dir: str | Path | None = None, workers: int | None = None,
    engine: Engine | str = "auto",
) -> dict[str, pd.DataFrame]:
    """Per-document tables for `docs` held in memory (the streaming build is `build_corpus`)."""
    if isinstance(engine, str):
        engine = make_engine(engine, workers=workers, n_items=len(docs))
    batches = (docs[i:i + EXTRACT_BATCH] for i in range(0, len(docs), EXTRACT_BATCH))
    loader = partial(load_resources, str(reference_dir) if reference_dir else None)
    results = [result for batch in engine.map(_extract_batch, batches, resources=loader) for result in batch]
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
