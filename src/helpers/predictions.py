"""Each document's extraction as one JSON line in the gold schema (`python -m helpers extract --jsonl`),
written in bounded memory.

A person's canonical name is a corpus-wide decision (the people merge), so the records are written in
two passes:

1. the files are ingested and extracted in batches (any engine); each group of documents and their rows
   is pickled to a temporary folder and released, and only the distinct person names and speakers
   (counted, as the streaming build counts them) stay in memory for the merge;
2. after the merge, each group is read back, its names made canonical and its records written, sorted
   by path, to a run file; the runs are merged by path into the output.

Memory is bounded by one group of documents plus the distinct names of the corpus; the records are the
ones `gold_records(documents, finish_tables(extract_documents(documents)))` gives for the whole corpus
at once (exact duplicates kept once, the first copy in folder order).
"""
from __future__ import annotations

import heapq
import json
import pickle
import tempfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pandas as pd

from helpers import schema
from helpers.corpus.build import CANONICAL_COLUMNS, use_canonical_names
from helpers.corpus.engine import make_engine
from helpers.corpus.merge import merge_people
from helpers.corpus.store import MERGE_INPUTS, to_arrow
from helpers.evaluate import gold_records
from helpers.extract import extract_document, load_resources
from helpers.ingest import ingest_file, walk
from helpers.sources import find_manifest

FILES_PER_TASK = 32  # files a worker ingests and extracts per task
DOCUMENTS_PER_RUN = 2_000  # documents pickled together, then written as one sorted run of records


def _extract_files(files: list[tuple[str, str, bool, str | None]], resources) -> list[tuple[object, dict | None]]:
    """Ingest and extract a batch of files: (document, its rows) for every document found, in file order."""
    found = []
    for relative, absolute, hidden, listed_url in files:
        for _row, doc in ingest_file(Path(absolute), relative, hidden=hidden, listed_url=listed_url):
            if doc is not None:
                found.append((doc, extract_document(doc, resources)))
    return found


def write_predictions(corpus: Path, out: Path, *, workers: int | None = None,
                      reference_dir: str | Path | None = None, sources: str | Path | None = None) -> int:
    """Write one gold-schema record per document of `corpus` into `out`, sorted by path; the number written.

    `sources`: a sources manifest giving each file its address (default: one at the top of `corpus`)."""
    listed = [(relative, str(absolute), hidden) for relative, absolute, hidden in walk(corpus)]
    manifest = find_manifest(((relative, absolute) for relative, absolute, hidden in listed if not hidden), sources)
    files = [(relative, absolute, hidden, manifest.url_of(relative) if manifest else None)
             for relative, absolute, hidden in listed if not (manifest and relative == manifest.path)]
    engine = make_engine("auto", workers=workers, n_items=len(files))
    tasks = (files[i:i + FILES_PER_TASK] for i in range(0, len(files), FILES_PER_TASK))
    loader = partial(load_resources, str(reference_dir) if reference_dir else None)
    with tempfile.TemporaryDirectory(prefix="helpers-extract-") as tmp:
        groups, names = _extract_to_groups(engine.map(_extract_files, tasks, resources=loader), Path(tmp))
        known = load_resources(reference_dir).known_people
        _people, canonical = merge_people(names["person_mentions"], names["speakers"], known)
        runs = [_write_run(group, canonical) for group in groups]
        out.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with out.open("w", encoding="utf-8") as handle:
            for _path, line in heapq.merge(*(_read_run(run) for run in runs)):
                handle.write(line)
                written += 1
    return written


def _extract_to_groups(results: Iterator[list[tuple[object, dict]]], folder: Path) -> tuple[list[Path], dict[str, pd.DataFrame]]:
    """Pickle the documents (first copies only) and their rows in groups; the counted names of all of them."""
    seen: set[str] = set()
    groups: list[Path] = []
    counted: dict[str, list[pd.DataFrame]] = {table: [] for table in MERGE_INPUTS}
    pending: list[tuple[object, dict]] = []

    def spill():
        group = folder / f"{len(groups):06d}.pickle"
        with group.open("wb") as handle:
            pickle.dump(pending, handle, protocol=pickle.HIGHEST_PROTOCOL)
        groups.append(group)
        for table, frame in _merge_inputs(pending).items():
            counted[table].append(frame)
        pending.clear()

    for batch in results:
        for doc, rows in batch:
            if doc.doc_id in seen:  # an exact duplicate of an earlier document
                continue
            seen.add(doc.doc_id)
            pending.append((doc, rows))
            if len(pending) >= DOCUMENTS_PER_RUN:
                spill()
    if pending:
        spill()
    return groups, {table: _summed(frames, list(MERGE_INPUTS[table])) for table, frames in counted.items()}


def _merge_inputs(found: list[tuple[object, dict]]) -> dict[str, pd.DataFrame]:
    """What the people merge reads from a group: distinct person mentions and speakers, with their counts."""
    mentions = pd.DataFrame([row for _doc, rows in found for row in rows["mentions"] if row["kind"] == "person"],
                            columns=list(MERGE_INPUTS["person_mentions"]))
    quotes = pd.DataFrame([row for _doc, rows in found for row in rows["quotes"]], columns=list(MERGE_INPUTS["speakers"]))
    return {"person_mentions": _summed([mentions.assign(n=1)], list(MERGE_INPUTS["person_mentions"])),
            "speakers": _summed([quotes.assign(n=1)], list(MERGE_INPUTS["speakers"]))}


def _summed(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """Rows with the same values in `columns` as one, their `n` added up (missing values count as values)."""
    frames = [frame for frame in frames if len(frame)]
    if not frames:
        return pd.DataFrame(columns=[*columns, "n"])
    return pd.concat(frames).groupby(columns, dropna=False, sort=False, as_index=False)["n"].sum()


def _write_run(group: Path, canonical: dict[str, str]) -> tuple[Path, list[str]]:
    """The records of one group, sorted by path, as a JSONL file beside it; the file and its paths in order."""
    with group.open("rb") as handle:
        found = pickle.load(handle)
    group.unlink()
    docs = sorted((doc for doc, _rows in found), key=lambda doc: doc.path)
    tables = {table: schema.conform(table, [row for _doc, rows in found for row in rows[table]])
              for table in schema.PER_DOCUMENT_TABLES}
    for table in CANONICAL_COLUMNS:
        tables[table] = schema.conform(table, use_canonical_names(table, to_arrow(table, tables[table]), canonical).to_pandas())
    run = group.with_suffix(".jsonl")
    with run.open("w", encoding="utf-8") as handle:
        for record in gold_records(docs, tables):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return run, [doc.path for doc in docs]


def _read_run(run: tuple[Path, list[str]]) -> Iterator[tuple[str, str]]:
    """(path, line) for each record of a run, in its order."""
    file, doc_paths = run
    with file.open(encoding="utf-8") as handle:
        yield from zip(doc_paths, handle)
