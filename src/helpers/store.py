"""Build the tables of a corpus folder, keep them as Parquet, and load them back.

`load_corpus()` is the one call notebooks make. It rebuilds only what changed:

- the corpus fingerprint (every file's path, size and modification time), the reference data and the
  extraction code are hashed; when none changed, the Parquet tables are read as they are;
- otherwise the corpus is ingested again (cheap) and only documents whose content hash (`doc_id`)
  was not extracted before with the same reference data and code are extracted; the others reuse
  their cached rows. Either way it says what it did.

Tables live in `data/processed/<corpus-name>-<hash of its path>/`, one Parquet file per table.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from helpers import paths, schema

CORPUS_ENV = "HELPERS_CORPUS"  # overrides the default corpus folder (the report sets it for each notebook)
TABLE_NAMES = ("documents", "segments", "mentions", "dates", "events", "pairs", "amounts", "quotes", "people", "skipped")
# Modules whose code does not change what the tables hold; editing them must not force a rebuild.
PRESENTATION_MODULES = {"charts", "widgets", "figures", "display", "report", "cli", "__main__", "evaluate", "geo"}


@dataclass
class Corpus:
    """The tables of one corpus folder (one DataFrame per table of DESIGN.md) and how they were built."""

    path: Path
    documents: pd.DataFrame
    segments: pd.DataFrame
    mentions: pd.DataFrame
    dates: pd.DataFrame
    events: pd.DataFrame
    pairs: pd.DataFrame
    amounts: pd.DataFrame
    quotes: pd.DataFrame
    people: pd.DataFrame
    skipped: pd.DataFrame  # spans an extractor left out on purpose, with the reason
    ingest_report: pd.DataFrame
    built_at: str
    processed_dir: Path
    status: str = field(default="")  # what load_corpus did: "up to date", or how much it rebuilt

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLE_NAMES}

    def counts(self) -> dict[str, int]:
        return {name: len(frame) for name, frame in self.tables().items()}


def resolve_corpus_path(path: str | Path | None = None) -> Path:
    """The corpus folder: `path`, else $HELPERS_CORPUS, else the embedded `data/corpus/`."""
    chosen = path or os.environ.get(CORPUS_ENV) or paths.CORPUS
    return Path(chosen).expanduser().resolve()


def processed_dir_for(corpus: Path) -> Path:
    digest = hashlib.sha1(str(corpus).encode()).hexdigest()[:8]
    return paths.PROCESSED / f"{corpus.name}-{digest}"


def load_corpus(
    path: str | Path | None = None, *, rebuild: bool = False, workers: int | None = None, quiet: bool = False
) -> Corpus:
    """Return the tables for the corpus folder `path`, building them when missing or stale."""
    corpus = resolve_corpus_path(path)
    if not corpus.is_dir():
        raise FileNotFoundError(f"{corpus}: corpus folder does not exist")
    out = processed_dir_for(corpus)
    reference_dir = paths.REFERENCE
    fingerprint = {
        "corpus": _corpus_fingerprint(corpus),
        "extract": _extract_key(reference_dir),
    }
    manifest = _read_manifest(out)
    if not rebuild and manifest.get("fingerprint") == fingerprint:
        result = _read_tables(corpus, out, manifest, status="up to date")
    else:
        result = _build(corpus, out, fingerprint, manifest, reference_dir, workers=workers)
    if not quiet:
        print(f"load_corpus: {corpus} — {len(result.documents)} documents; {result.status} ({result.processed_dir})", file=sys.stderr)
    return result


def _build(corpus: Path, out: Path, fingerprint: dict, manifest: dict, reference_dir: Path, *, workers) -> Corpus:
    from helpers.corpus.build import extract_documents, finish_tables
    from helpers.ingest import documents_frame, ingest_folder, segments_frame

    ingested = ingest_folder(corpus)
    docs = ingested.documents
    same_code = manifest.get("fingerprint", {}).get("extract") == fingerprint["extract"]
    cached, cached_ids = _read_raw(out) if same_code else (None, set())
    fresh = [d for d in docs if d.doc_id not in cached_ids]
    raw = extract_documents(fresh, reference_dir=reference_dir, workers=workers)
    if cached:
        keep = {d.doc_id for d in docs} & cached_ids
        raw = {
            table: schema.conform(table, pd.concat([cached[table][cached[table]["doc_id"].isin(keep)], raw[table]]))
            for table in schema.PER_DOCUMENT_TABLES
        }
    tables = finish_tables(raw, reference_dir=reference_dir)
    tables["documents"] = documents_frame(docs)
    tables["segments"] = segments_frame(docs)
    report = schema.conform("ingest_report", ingested.report)
    built_at = datetime.now(UTC).isoformat(timespec="seconds")

    out.mkdir(parents=True, exist_ok=True)
    for name in TABLE_NAMES:
        schema.conform(name, tables[name]).to_parquet(out / f"{name}.parquet", index=False)
    report.to_parquet(out / "ingest_report.parquet", index=False)
    _write_raw(out, raw, [d.doc_id for d in docs])
    reused = len(docs) - len(fresh)
    status = f"built: {len(fresh)} documents extracted, {reused} reused from the cache"
    (out / "manifest.json").write_text(
        json.dumps({"fingerprint": fingerprint, "built_at": built_at, "corpus": str(corpus), "status": status}, indent=1),
        encoding="utf-8",
    )
    return _read_tables(corpus, out, _read_manifest(out), status=status)


def _read_tables(corpus: Path, out: Path, manifest: dict, *, status: str) -> Corpus:
    tables = {name: schema.conform(name, pd.read_parquet(out / f"{name}.parquet")) for name in TABLE_NAMES}
    for name in ("events",):
        for column in ("countries", "topics", "amounts"):
            tables[name][column] = tables[name][column].map(_as_list)
    tables["people"]["aliases"] = tables["people"]["aliases"].map(_as_list)
    tables["people"]["roles"] = tables["people"]["roles"].map(_as_list)
    report = schema.conform("ingest_report", pd.read_parquet(out / "ingest_report.parquet"))
    return Corpus(path=corpus, **tables, ingest_report=report, built_at=manifest["built_at"], processed_dir=out, status=status)


def _as_list(value) -> list:
    """Parquet gives list columns back as arrays (or None); tables hold plain lists."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [dict(v) if isinstance(v, dict) else v for v in list(value)]


def _corpus_fingerprint(corpus: Path) -> str:
    digest = hashlib.sha1()
    for file in sorted(p for p in corpus.rglob("*") if p.is_file()):
        stat = file.stat()
        digest.update(f"{file.relative_to(corpus)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _extract_key(reference_dir: Path) -> str:
    """Hash of what decides the rows of a document: the reference data and the extraction code."""
    digest = hashlib.sha1()
    package = Path(__file__).resolve().parent
    sources = sorted(p for p in package.rglob("*.py") if p.stem not in PRESENTATION_MODULES)
    for file in sources + sorted(p for p in reference_dir.rglob("*") if p.is_file()):
        digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def _read_manifest(out: Path) -> dict:
    try:
        return json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_raw(out: Path, raw: dict[str, pd.DataFrame], doc_ids: list[str]) -> None:
    """Per-document rows before the corpus-wide merge, so the next build can reuse them."""
    (out / "raw").mkdir(exist_ok=True)
    for table in schema.PER_DOCUMENT_TABLES:
        raw[table].to_parquet(out / "raw" / f"{table}.parquet", index=False)
    (out / "raw" / "doc_ids.json").write_text(json.dumps(doc_ids), encoding="utf-8")


def _read_raw(out: Path) -> tuple[dict[str, pd.DataFrame] | None, set[str]]:
    """The cached per-document rows and the documents they cover (none when there is no usable cache)."""
    try:
        raw = {table: schema.conform(table, pd.read_parquet(out / "raw" / f"{table}.parquet")) for table in schema.PER_DOCUMENT_TABLES}
        doc_ids = json.loads((out / "raw" / "doc_ids.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, set()
    return raw, set(doc_ids)
