"""The build of a corpus: ingest and extraction mapped over batches of files, then the corpus-wide steps.

`build_corpus` streams a corpus folder into tables in bounded memory:

1. **map** (any engine): a worker ingests a batch of files, extracts every document, writes the rows as
   one Parquet shard and returns only the report rows; nothing of the texts comes back;
2. **de-duplication** by `doc_id` over the report rows of the whole corpus, in folder order (the first
   copy is kept); rows of later copies are left out when the tables are written;
3. **people merge** over the person mentions and quote speakers of the shards, counted by distinct
   value (no texts, no row per mention held);
4. **store**: each table as one file per shard, canonical names applied on the way; a shard whose
   documents and people's names did not change keeps its files.

Incremental: a file whose path, size and modification time are those of the last build with the same
extraction code and reference data (`extraction_key`) is not read again; its shard is reused. Only
new or changed files go through the map; the corpus-wide steps run again over all shards.

`extract_documents` and `finish_tables` do the same in memory for a list of documents (tests, `extract`).
"""
from __future__ import annotations

import ast
import hashlib
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import chain, repeat
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

import helpers
from helpers import schema
from helpers.corpus.engine import Engine, make_engine
from helpers.corpus.location import list_files, local_copy, prefetch
from helpers.corpus.merge import merge_people
from helpers.corpus.store import (
    MERGE_INPUTS,
    ROWS,
    SHARD_TABLES,
    SOURCE,
    TABLES_DIR,
    TEXT_COLUMNS,
    TEXTS,
    arrow_schema,
    copy_shard_file,
    forget_part_keys,
    keep_documents,
    part_file,
    read_part_keys,
    read_shard,
    remove_other_parts,
    remove_shards,
    row_counts,
    rows_to_arrow,
    shard_parts,
    to_arrow,
    write_file,
    write_part_keys,
    write_shard,
)
from helpers.document import Document
from helpers.extract import Resources, extract_document, load_resources
from helpers.ingest import document_rows, ingest_file, ingest_listed, mark_duplicates, segment_rows
from helpers.sources import find_manifest

EXTRACT_BATCH = 64  # documents per task of extract_documents: large enough to hide the cost of sending it
BATCH_FILES = 250  # files per task of build_corpus; a worker holds this many documents' rows at most
INDEX_COLUMNS = ("file", "size", "mtime_ns", "listed_url", "path", "status", "reason", "doc_id", "note", "part")
CANONICAL_COLUMNS = {"mentions": "entity", "quotes": "speaker"}  # columns naming a person, made canonical
BUILD_MODULES = ("helpers.ingest", "helpers.extract", "helpers.corpus")  # their code (and what it imports) decides the rows


# ---------------------------------------------------------------------------------------------
# In memory


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
    renamed = {table: schema.conform(table, use_canonical_names(table, to_arrow(table, tables[table]), canonical).to_pandas())
               for table in CANONICAL_COLUMNS}
    return {**tables, **renamed, "people": schema.conform("people", people)}


def use_canonical_names(table: str, data: pa.Table, canonical: dict[str, str]) -> pa.Table:
    """`data` with every person's name replaced by its canonical name (mentions of people, quote speakers)."""
    column = CANONICAL_COLUMNS.get(table)
    if column is None:
        return data
    values = data[column]
    renamed = {name: canonical[name] for name in pc.unique(values).drop_null().to_pylist() if name in canonical}
    if not renamed:
        return data
    targets = pc.take(pa.array(list(renamed.values()), pa.string()), pc.index_in(values, value_set=pa.array(list(renamed), pa.string())))
    new = pc.coalesce(targets, values)
    if table == "mentions":
        new = pc.if_else(pc.equal(data["kind"], "person"), new, values)
    return data.set_column(data.schema.get_field_index(column), column, new)


# ---------------------------------------------------------------------------------------------
# Streaming


@dataclass(frozen=True)
class Task:
    """A batch of files for one worker, and the shard it writes."""

    part: str  # shard name, derived from the files' paths, sizes, modification times and listed addresses
    files: tuple[tuple[str, str, str | None], ...]  # (path relative to the corpus, absolute path or URL, listed address)
    shards: str  # folder or URL holding the shards, which every worker reaches


def build_part(task: Task, resources: Resources) -> tuple[list[dict], dict[str, float]]:
    """Ingest and extract one batch of files into the shard `task.part`.

    Returns its report rows and the seconds spent ingesting, extracting and writing. The rows say
    "ingested" for every document: duplicates are a corpus-wide matter decided later.
    """
    clock = _Clock()
    prefetch([location for _relative, location, _url in task.files])
    found = [({**row, "file": relative}, doc) for relative, location, url in task.files for row, doc in _ingest(location, relative, url)]
    clock.lap("ingest")
    rows, docs, results = [], [], []
    for row, doc in found:
        if doc is not None:
            try:
                results.append(extract_document(doc, resources))
                docs.append(doc)
            except Exception as problem:  # an extractor bug must not stop the corpus: the file says why
                row = {**row, "status": "skipped", "reason": f"could not extract: {type(problem).__name__}: {problem}"}
                doc = None
        rows.append({**row, "part": task.part if doc else None})
    clock.lap("extract")
    write_shard(task.shards, task.part, _shard_tables(docs, results))
    clock.lap("write shards")
    return rows, clock.seconds


def _ingest(location: str, relative: str, listed_url: str | None) -> list[tuple[dict, Document | None]]:
    """`ingest_file` on a local file, or on a local copy of a file at a URL (one the store refuses is reported)."""
    try:
        with local_copy(location) as local:
            return ingest_file(local, relative, listed_url=listed_url)
    except OSError as problem:
        row = {**dict.fromkeys(schema.TABLES["ingest_report"]), "path": relative, "status": "skipped"}
        return [({**row, "reason": f"unreadable: {problem}"}, None)]


def _shard_tables(docs: list[Document], results: list[dict[str, list[dict]]]) -> dict[str, pa.Table]:
    """Every table's rows of a batch in the form of the table's files, how many rows each document has in
    each (`ROWS`), and what the people merge reads.

    The texts are a file of their own, already the one the tables hold, which the store copies as it is.
    """
    documents = rows_to_arrow("documents", document_rows(docs, chain.from_iterable(result["quotes"] for result in results)))
    tables = {"documents": documents.drop_columns(["text"]), TEXTS: documents.select(TEXT_COLUMNS),
              "segments": rows_to_arrow("segments", segment_rows(docs))}
    counts = {"documents": [1] * len(docs), "segments": [len(doc.segments) for doc in docs]}
    for table in schema.PER_DOCUMENT_TABLES:
        per_document = [result[table] for result in results]
        tables[table] = rows_to_arrow(table, list(chain.from_iterable(per_document)))
        counts[table] = [len(rows) for rows in per_document]
    tables[ROWS] = row_counts([doc.path for doc in docs], counts)
    mentions = _with_sources(tables["mentions"], docs, counts["mentions"])
    tables["person_mentions"] = _distinct_counts(mentions.filter(pc.equal(mentions["kind"], "person")), "person_mentions")
    tables["speakers"] = _distinct_counts(_with_sources(tables["quotes"], docs, counts["quotes"]), "speakers")
    return tables


def _with_sources(data: pa.Table, docs: list[Document], counts: list[int]) -> pa.Table:
    """`data` with the path of each row's document, for rows listed document by document (made by C
    loops: a batch has some 25,000 rows)."""
    sources = chain.from_iterable(repeat(doc.path, n) for doc, n in zip(docs, counts))
    return data.append_column(SOURCE, pa.array(list(sources), pa.string()))


class _Clock:
    """Seconds per named step, each step timed from the end of the one before."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.seconds[step] = self.seconds.get(step, 0.0) + now - self._last
        self._last = now

    def add(self, seconds: dict[str, float]) -> None:
        for step, value in seconds.items():
            self.seconds[step] = self.seconds.get(step, 0.0) + value


@dataclass
class BuildOutcome:
    """What a build did, for its status line and the manifest."""

    extracted: int  # documents read and extracted in this build
    reused: int  # documents whose rows came from the shards of an earlier build
    status: str
    seconds: dict[str, float]  # wall time of each step of the build in this process
    worker_seconds: dict[str, float]  # time the workers spent in each step of the map, summed over workers


def build_corpus(
    corpus: Path | str, out: Path, *, reference_dir: Path, reuse: bool = True, engine: Engine | str = "auto",
    workers: int | None = None, scheduler: str | None = None, batch_files: int = BATCH_FILES,
    shards: str | None = None, files: list[tuple[str, str, bool, int, int]] | None = None,
) -> BuildOutcome:
    """Build the tables of `corpus` (a folder or an fsspec URL) into `out/tables/`, reusing the shards of
    unchanged files when `reuse` (the caller knows whether the code and reference data are those of the
    last build). The shards go to `out/shards/` or to `shards`, a folder or URL every worker reaches.
    `files`: the corpus as `list_files` listed it, when the caller did already (else it is listed here).
    A sources manifest at the top of the corpus gives each file its address (`helpers.sources`); a file
    whose listed address changes is read again."""
    clock, workers_clock = _Clock(), _Clock()
    shards = shards or str(out / "shards")
    if not reuse:  # part names come from the files alone: files of another code's parts must not count as written
        forget_part_keys(out)
        remove_other_parts(out, set())
        remove_shards(shards, shard_parts(shards))
    existing = shard_parts(shards)
    previous = _cached_rows(out, existing) if reuse else {}

    rows_by_file: dict[str, list[dict]] = {}
    stats: dict[str, tuple[int, int, str | None]] = {}  # size, change stamp, listed address
    fresh: list[tuple[str, str, str | None]] = []
    listed = list(list_files(corpus)) if files is None else files
    manifest = find_manifest(((relative, location) for relative, location, hidden, *_ in listed if not hidden), local_copy=local_copy)
    for relative, location, hidden, size, stamp in listed:
        stats[relative] = (size, stamp, manifest.url_of(relative) if manifest else None)
        if hidden or (manifest and relative == manifest.path):
            rows_by_file[relative] = [{**row, "file": relative, "part": None} for row, _ in ingest_listed(Path(location), relative, hidden, manifest)]
        elif (relative, *stats[relative]) in previous:
            rows_by_file[relative] = previous[(relative, *stats[relative])]
        else:
            fresh.append((relative, location, stats[relative][2]))
    if not rows_by_file and not fresh:
        raise FileNotFoundError(f"{corpus}: contains no files")
    clock.lap("scan files")

    if isinstance(engine, str):
        engine = make_engine(engine, workers=workers, scheduler=scheduler, n_items=len(fresh))
    batches = _tapered_chunks(fresh, batch_files, getattr(engine, "workers", 1))
    tasks = [Task(_part_name(batch, stats), tuple(batch), shards) for batch in batches]
    loader = partial(load_resources, str(reference_dir))
    fresh_parts = {task.part for task in tasks}
    for rows, seconds in engine.map(build_part, tasks, resources=loader):
        workers_clock.add(seconds)
        for row in rows:
            rows_by_file.setdefault(row["file"], []).append(row)
    clock.lap("ingest and extract (map)")

    index = [{**row, "size": stats[file][0], "mtime_ns": stats[file][1], "listed_url": stats[file][2]}
             for file in stats for row in rows_by_file.get(file, [])]
    report = [{name: row[name] for name in schema.TABLES["ingest_report"]} for row in index]
    mark_duplicates(report)
    kept = [row for row, entry in zip(index, report) if entry["status"] == "ingested"]
    parts = _kept_by_part(kept)
    clock.lap("deduplicate")
    people, canonical, names = _merge_people(shards, parts, reference_dir)
    clock.lap("people merge")
    _write_tables(out, shards, parts, names, canonical, people, report)
    _write_index(out, index)
    remove_shards(shards, shard_parts(shards) - {row["part"] for row in index if row["part"]})
    clock.lap("store tables")

    extracted = sum(1 for row in index if row["part"] in fresh_parts)
    reused = sum(1 for row in kept if row["part"] not in fresh_parts)
    status = f"built: {extracted} documents extracted, {reused} reused from the cache"
    return BuildOutcome(extracted, reused, status, clock.seconds, workers_clock.seconds)


TAPER = (2, 4, 8)  # the last batches of a map: `workers` batches of each of these fractions of a full one


def _tapered_chunks(items: list, size: int, workers: int) -> list[list]:
    """`items` in batches of `size`, except at the end, where `workers` batches of half, then a quarter,
    then an eighth of `size` follow: a worker that runs out of batches waits for the others' last ones,
    which are short (with full batches to the end, one core idled for up to a whole batch). The first
    batch takes what is left over. One worker needs no taper."""
    sizes: list[int] = []  # from the last batch to the first
    remaining = len(items)
    for fraction in reversed(TAPER) if workers > 1 else ():
        for _ in range(workers):
            sizes.append(min(remaining, max(1, size // fraction)))
            remaining -= sizes[-1]
    while remaining > 0:
        sizes.append(min(remaining, size))
        remaining -= sizes[-1]
    batches, start = [], 0
    for n in reversed([n for n in sizes if n]):
        batches.append(items[start:start + n])
        start += n
    return batches


def _part_name(batch: list[tuple[str, str, str | None]], stats: dict[str, tuple[int, int, str | None]]) -> str:
    digest = hashlib.blake2b(digest_size=8)
    for relative, _, _ in batch:
        size, stamp, url = stats[relative]
        listed = f"\0{url}" if url else ""  # without a listed address, the name a build without a manifest gives
        digest.update(f"{relative}\0{size}\0{stamp}{listed}\n".encode())
    return f"part-{digest.hexdigest()}"


def _kept_by_part(kept: list[dict]) -> dict[str, pa.Array]:
    """For each shard holding a kept document, in corpus order, the paths of its documents to keep.

    A shard may also hold documents that are duplicates now, or older versions of edited files.
    """
    kept_paths: dict[str, list[str]] = {}
    for row in kept:
        kept_paths.setdefault(row["part"], []).append(row["path"])
    return {part: pa.array(paths, pa.string()) for part, paths in kept_paths.items()}


def _merge_people(shards: str, parts: dict[str, pa.Array], reference_dir: Path) -> tuple[pd.DataFrame, dict[str, str], dict[str, set[str]]]:
    """The people merge over the distinct person mentions and speakers each shard counted per document.

    Each shard's counts are summed in Arrow, then all shards' sums once more, so the merge sees one row
    per distinct value of the corpus. Also returns the person names each shard holds, so that only
    shards whose names changed are rewritten.
    """
    def read(part: str) -> tuple[dict[str, pa.Table], set[str]]:
        sums = {name: _summed([read_shard(shards, part, name, paths=parts[part])], MERGE_INPUTS[name]) for name in MERGE_INPUTS}
        names = {*pc.unique(sums["person_mentions"]["entity"]).to_pylist(), *pc.unique(sums["speakers"]["speaker"]).to_pylist()}
        return sums, names - {None}

    with ThreadPoolExecutor(os.cpu_count() or 1) as threads:
        found = dict(zip(parts, threads.map(read, parts)))
    names = {part: part_names for part, (_, part_names) in found.items()}
    known = load_resources(reference_dir).known_people
    inputs = (_summed([sums[name] for sums, _ in found.values()], MERGE_INPUTS[name]).to_pandas() for name in MERGE_INPUTS)
    people, canonical = merge_people(*inputs, known)
    return people, canonical, names


def _distinct_counts(data: pa.Table, table: str) -> pa.Table:
    """The distinct rows of the source and `MERGE_INPUTS[table]` columns of `data` (nulls included), with
    `n`, the number of rows each stands for, sorted by those columns with nulls last."""
    columns = [SOURCE, *MERGE_INPUTS[table]]
    counts = data.select(columns).group_by(columns, use_threads=False).aggregate([([], "count_all")])
    counts = counts.sort_by([(column, "ascending") for column in columns])  # nulls last
    return pa.table([counts[column] for column in columns] + [counts["count_all"]], schema=arrow_schema(table))


def _summed(tables: list[pa.Table], columns: tuple[str, ...]) -> pa.Table:
    """One row per distinct value of `columns` (nulls included) over `tables`, with the sum of `n`."""
    if not tables:  # no document kept in the corpus
        return pa.table({**{column: pa.array([], pa.string()) for column in columns}, "n": pa.array([], pa.int64())})
    data = pa.concat_tables([table.select([*columns, "n"]) for table in tables])
    sums = data.group_by(list(columns)).aggregate([("n", "sum")])
    return pa.table({**{column: sums[column] for column in columns}, "n": sums["n_sum"]})  # by name: the order varies by version


def _write_tables(out: Path, shards: str, parts: dict[str, pa.Array], names: dict[str, set[str]],
                  canonical: dict[str, str], people: pd.DataFrame, report: list[dict]) -> None:
    """Every table, one file per part. A part's file is rewritten only when what it holds changed: the
    kept documents with rows in that table, or (for mentions and quotes) the canonical names of the
    people in it; a file keeping every row of its shard, with no name to change, is the shard's file
    (linked or copied byte for byte); only the others are decoded, filtered and encoded.

    Parts are written by a few threads: reading, filtering and writing Parquet run outside the GIL.
    """
    previous = read_part_keys(out)
    forget_part_keys(out)

    def write_part(part: str) -> dict[str, str]:
        old = previous.get(part, {})
        if not part_file(out, TEXTS, part).exists():  # what a part's texts hold never changes
            copy_shard_file(shards, part, TEXTS, part_file(out, TEXTS, part))
        counts = read_shard(shards, part, ROWS)
        kept = pc.is_in(counts[SOURCE], value_set=parts[part]).to_numpy(zero_copy_only=False)
        part_names = sorted((n, canonical[n]) for n in names[part] if n in canonical)
        keys = {}
        for table in SHARD_TABLES:
            with_rows = counts[table].to_numpy() > 0
            renames = bool(part_names) and table in CANONICAL_COLUMNS
            selected = counts[SOURCE].filter(pa.array(kept & with_rows)).to_pylist()
            keys[table] = _digest([selected, part_names if table in CANONICAL_COLUMNS else []])
            if old.get(table) == keys[table] and part_file(out, table, part).exists():
                continue
            if not renames and (kept | ~with_rows).all():
                copy_shard_file(shards, part, table, part_file(out, table, part))
                continue
            data = keep_documents(read_shard(shards, part, table), counts, kept, table)
            write_file(part_file(out, table, part), use_canonical_names(table, data, canonical))
        return keys

    with ThreadPoolExecutor(os.cpu_count() or 1) as threads:
        keys = dict(zip(parts, threads.map(write_part, parts)))
    write_file(out / TABLES_DIR / "people.parquet", to_arrow("people", schema.conform("people", people)))
    write_file(out / TABLES_DIR / "ingest_report.parquet", to_arrow("ingest_report", schema.conform("ingest_report", report)))
    remove_other_parts(out, set(keys))
    write_part_keys(out, keys)


def _digest(value) -> str:
    return hashlib.blake2b(json.dumps(value).encode(), digest_size=8).hexdigest()


def _cached_rows(out: Path, shards: set[str]) -> dict[tuple[str, int, int, str | None], list[dict]]:
    """The report rows of each file of the last build, by (path, size, mtime, listed address), when its shard
    is still there."""
    try:
        index = pd.read_parquet(out / "files.parquet")
    except (OSError, ValueError):
        return {}
    index = index.astype(object).where(index.notna(), None)
    cached: dict[tuple[str, int, int, str | None], list[dict]] = {}
    for row in index.to_dict("records"):
        cached.setdefault((row["file"], int(row["size"]), int(row["mtime_ns"]), row.get("listed_url")), []).append(
            {name: row.get(name) for name in INDEX_COLUMNS if name not in ("size", "mtime_ns", "listed_url")})
    return {key: rows for key, rows in cached.items() if all(not r["part"] or r["part"] in shards for r in rows)}


def _write_index(out: Path, index: list[dict]) -> None:
    frame = pd.DataFrame(index, columns=list(INDEX_COLUMNS))
    frame.astype({"size": "int64", "mtime_ns": "int64"}).to_parquet(out / "files.parquet", index=False)


# ---------------------------------------------------------------------------------------------
# What decides the rows


def extraction_key(reference_dir: Path) -> str:
    """Hash of what decides the rows of a document: the reference data and the source files of the build.

    The source files are those of `BUILD_MODULES` and every helpers module they import, found by reading
    their import statements, so a new module joins the key by being imported, and presentation code
    (charts, widgets, report) never does.
    """
    digest = hashlib.sha1()
    package = Path(helpers.__file__).resolve().parent
    for file in build_sources():
        digest.update(file.relative_to(package).as_posix().encode() + b"\0" + file.read_bytes())
    for file in sorted(p for p in Path(reference_dir).rglob("*") if p.is_file()):
        digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def build_sources(modules: tuple[str, ...] = BUILD_MODULES) -> list[Path]:
    """The files of `modules` (every file of a package) and of the helpers modules they import, transitively."""
    package = Path(helpers.__file__).resolve().parent
    found: set[Path] = set()
    queue = list(modules)
    while queue:
        for file in _module_files(package, queue.pop()):
            if file not in found:
                found.add(file)
                if file.suffix == ".py":
                    queue += _imported_helpers_modules(file, package)
    return sorted(found)


def _module_files(package: Path, module: str) -> list[Path]:
    parts = module.split(".")[1:]
    if not parts:  # `helpers` itself: its submodules are followed one by one
        return []
    target = package.joinpath(*parts)
    if target.is_dir():
        return sorted(p for p in target.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return [target.with_suffix(".py")] if target.with_suffix(".py").is_file() else []


def _imported_helpers_modules(file: Path, package: Path) -> list[str]:
    """Names of the helpers modules (or attributes that may be modules) a source file imports."""
    own = ["helpers", *file.relative_to(package).with_suffix("").parts]
    names = []
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(own[:-node.level] + ([node.module] if node.module else [])) if node.level else node.module or ""
            names += [base] + [f"{base}.{alias.name}" for alias in node.names]
    return [name for name in names if name == "helpers" or name.startswith("helpers.")]
