"""Build the tables of a corpus folder, keep them as Parquet, and load them back.

`load_corpus()` is the one call notebooks make. It rebuilds only what changed:

- the corpus fingerprint (every file's path, size and modification time), the reference data and the
  build's code (`helpers.corpus.build.extraction_key`) are hashed; when none changed, the Parquet
  tables are read as they are;
- otherwise `helpers.corpus.build.build_corpus` reads and extracts only new or changed files, reuses
  the shards of the others, and runs the corpus-wide steps again. Either way it says what it did.

Tables live in `data/processed/<corpus-name>-<hash of its path>/` (or under $HELPERS_PROCESSED)
in `tables/` (see `helpers.corpus.store`: a folder of Parquet files per table), with the shards of the
last build in `shards/`. Document texts are large: a big corpus is loaded without
them, and `Corpus.texts()` reads the ones asked for.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import sys
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import pandas as pd
import pyarrow.parquet as pq

from helpers import paths, schema
from helpers.corpus.location import is_url, list_files
from helpers.corpus.store import TEXTS, column_bytes, count_rows, read_table, table_files, tables_written

CORPUS_ENV = "HELPERS_CORPUS"  # overrides the default corpus folder (the report sets it for each notebook)
PROCESSED_ENV = "HELPERS_PROCESSED"  # overrides data/processed/ (shared storage when Dask workers run elsewhere)
TABLE_NAMES = ("documents", "segments", "mentions", "dates", "events", "pairs", "amounts", "quotes", "people", "skipped")
TEXT_BUDGET = 256_000_000  # bytes of document text `load_corpus` loads unless told (texts=True/False)
TEXT_BUDGET_ENV = "HELPERS_TEXT_BUDGET"  # overrides TEXT_BUDGET, e.g. 0: notebooks never load the texts whole


class Corpus:
    """The tables of one corpus folder (one DataFrame per table of DESIGN.md) and how they were built.

    Each table is read from its Parquet files the first time it is used (`corpus.events`), so a notebook
    holds only the tables it reads: the mentions of a 100,000-document corpus are millions of rows.
    `documents` has its `text` column only when `load_corpus` was asked to load the texts (or they are
    small); `texts()` reads the texts wanted from disk either way.
    """

    def __init__(self, path: Path, processed_dir: Path, *, built_at: str, status: str = "", with_texts: bool = True):
        self.path, self.processed_dir, self.built_at, self.status = path, processed_dir, built_at, status
        self.with_texts = with_texts
        self._text_files: pd.Series | None = None  # doc_id -> the texts file holding its text

    def __getattr__(self, name: str) -> pd.DataFrame:
        """A table not read yet: read it now and keep it (called only when `name` is not an attribute yet)."""
        if name not in (*TABLE_NAMES, "ingest_report"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        table = _read_one_table(self.processed_dir, name, with_texts=self.with_texts)
        setattr(self, name, table)
        return table

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLE_NAMES}

    def counts(self) -> dict[str, int]:
        """Rows per table, from the Parquet metadata: no table is read."""
        return table_counts(self.processed_dir)

    def texts(self, doc_ids=None) -> pd.Series:
        """Document texts by `doc_id` (all, or those of `doc_ids` in their order), read from disk unless loaded.

        Only the files holding the documents asked for are read, so one quote's paragraph costs one small read.
        Two parts may hold the same text (a file edited then put back, a copy in another batch); `doc_id` is
        the hash of the text, so either copy is the text.
        """
        wanted = None if doc_ids is None else pd.Index(doc_ids).unique()
        if "text" in self.documents:
            texts = self.documents.set_index("doc_id")["text"]
            return texts if wanted is None else texts.reindex(wanted)
        files = table_files(self.processed_dir, TEXTS)
        if wanted is not None:
            if self._text_files is None:
                self._text_files = pd.concat(
                    [pd.Series(str(file), index=pq.read_table(file, columns=["doc_id"])["doc_id"].to_pandas()) for file in files]
                    or [pd.Series(dtype=object)])
                self._text_files = self._text_files[~self._text_files.index.duplicated()]
            files = sorted(set(self._text_files.reindex(wanted).dropna()))
        filters = None if wanted is None else [("doc_id", "in", list(wanted))]
        frames = [pq.read_table(file, columns=["doc_id", "text"], filters=filters).to_pandas() for file in files]
        frame = pd.concat(frames).drop_duplicates("doc_id") if frames else pd.DataFrame({"doc_id": [], "text": []})
        texts = frame.set_index("doc_id")["text"].astype("string")
        return texts if wanted is None else texts.reindex(wanted)


def resolve_corpus_path(path: str | Path | None = None) -> Path:
    """The corpus folder: `path`, else $HELPERS_CORPUS, else the embedded `data/corpus/`."""
    chosen = path or os.environ.get(CORPUS_ENV) or paths.CORPUS
    return Path(chosen).expanduser().resolve()


def processed_dir_for(corpus: Path | str) -> Path:
    digest = hashlib.sha1(str(corpus).encode()).hexdigest()[:8]
    root = Path(os.environ[PROCESSED_ENV]) if os.environ.get(PROCESSED_ENV) else paths.PROCESSED
    return root / f"{PurePosixPath(str(corpus).rstrip('/')).name}-{digest}"


def load_corpus(
    path: str | Path | None = None, *, rebuild: bool = False, workers: int | None = None, quiet: bool = False,
    engine: str = "auto", scheduler: str | None = None, texts: bool | None = None,
) -> Corpus:
    """Return the tables for the corpus folder `path`, building them when missing or stale.

    `engine` maps the extraction: "auto" (a process pool for 200 files or more), "serial", "pool" or
    "dask" (a local cluster of `workers` processes, or the scheduler at `scheduler`; needs the `dask`
    extra). `texts`: load `documents.text` (True), leave it out (False), or load it when the corpus
    holds less than TEXT_BUDGET bytes of it ($HELPERS_TEXT_BUDGET when set; None); `Corpus.texts()`
    works either way.
    """
    corpus = resolve_corpus_path(path)
    out, manifest = ensure_built(corpus, rebuild=rebuild, workers=workers, engine=engine, scheduler=scheduler)
    result = _read_tables(corpus, out, manifest, texts=texts)
    if not quiet:
        print(f"load_corpus: {corpus} — {count_rows(out, 'documents')} documents; {result.status} ({result.processed_dir})", file=sys.stderr)
    return result


def ensure_built(corpus: Path | str, *, rebuild: bool = False, workers: int | None = None, engine: str = "auto",
                 scheduler: str | None = None, shards: str | None = None) -> tuple[Path, dict]:
    """Build the tables of `corpus` (a folder or an fsspec URL) unless they are up to date; their folder
    and the manifest of the build. `shards`: where the workers write (default: beside the tables).

    The manifest's `status` says what this call did; `seconds` holds the time of each step of the last build.
    """
    from helpers.corpus.build import build_corpus, extraction_key

    if not is_url(corpus) and not Path(corpus).is_dir():
        raise FileNotFoundError(f"{corpus}: corpus folder does not exist")
    out = processed_dir_for(corpus)
    reference_dir = paths.REFERENCE
    files = list(list_files(corpus))  # listed once: the build reads the very files the fingerprint describes
    fingerprint = {"corpus": _corpus_fingerprint(files), "extract": extraction_key(reference_dir)}
    manifest = _read_manifest(out)
    if not rebuild and manifest.get("fingerprint") == fingerprint and tables_written(out):
        return out, {**manifest, "status": "up to date"}
    same_code = manifest.get("fingerprint", {}).get("extract") == fingerprint["extract"]
    out.mkdir(parents=True, exist_ok=True)
    built = build_corpus(corpus, out, reference_dir=reference_dir, reuse=same_code and not rebuild,
                         engine=engine, workers=workers, scheduler=scheduler, shards=shards, files=files)
    manifest = {"fingerprint": fingerprint, "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "corpus": str(corpus), "status": built.status, "seconds": built.seconds,
                "worker_seconds": built.worker_seconds}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return out, manifest


def table_counts(out: Path) -> dict[str, int]:
    """Rows of every table of a built corpus, from the Parquet metadata (nothing is loaded)."""
    return {name: count_rows(out, name) for name in TABLE_NAMES}


def _read_tables(corpus: Path, out: Path, manifest: dict, *, texts: bool | None) -> Corpus:
    status = manifest["status"]
    if texts is None:
        texts = column_bytes(out, "documents", "text") <= int(os.environ.get(TEXT_BUDGET_ENV) or TEXT_BUDGET)
    if not texts:
        status += "; document texts not loaded (corpus.texts() reads them)"
    return Corpus(corpus, out, built_at=manifest["built_at"], status=status, with_texts=texts)


LIST_COLUMNS = {"events": ("countries", "topics", "amounts"), "people": ("aliases", "roles")}


def _read_one_table(out: Path, name: str, *, with_texts: bool) -> pd.DataFrame:
    """One table as pandas, each column in one piece: taking a few rows from a column of many chunks (one per
    shard) concatenates the whole column first, which made every explorer interaction copy whole tables."""
    columns = [c for c in schema.TABLES[name] if with_texts or c != "text"] if name == "documents" else None
    table = schema.conform(name, read_table(out, name, columns=columns).combine_chunks().to_pandas())
    if name == "documents" and not with_texts:
        table = table.drop(columns="text")
    for column in LIST_COLUMNS.get(name, ()):
        table[column] = table[column].map(_as_list)
    return table


def _as_list(value) -> list:
    """Parquet gives list columns back as arrays (or None); tables hold plain lists."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [dict(v) if isinstance(v, dict) else v for v in list(value)]


def _corpus_fingerprint(files: list[tuple[str, str, bool, int, int]]) -> str:
    """Hash of every file's path, size and modification time, from the listing of `list_files`."""
    digest = hashlib.sha1()
    for relative, _, _, size, stamp in files:
        digest.update(f"{relative}\0{size}\0{stamp}\n".encode())
    return digest.hexdigest()


def _read_manifest(out: Path) -> dict:
    try:
        return json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
