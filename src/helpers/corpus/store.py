"""Parquet shards of a build, and the tables written from them one shard at a time.

A shard (a "part") holds the rows of one batch of files for every per-document table, each file already
in the form of the table's file (`file_schema`), its rows listed document by document; its `rows` file
says how many rows each document has in each table, so that de-duplication can pick rows by document
after the fact (`keep_documents`) without a column naming the document in every row. It also holds the
distinct person mentions and speakers of each document, which the people merge reads. The tables are
folders with one file per part (`tables/<table>/<part>.parquet`, rows of kept documents only, canonical
names applied), in corpus order as `tables/parts.json` lists them, so a build rewrites only the parts
that changed; `people` and `ingest_report` are one file each. DuckDB or pyarrow read a table folder as
one table. Every file has the table's explicit Arrow schema, so a part with no rows for a list column
has the same type as the others.

A part's file that keeps every row of its shard and needs no canonical name is the shard's file itself:
it is linked (or copied byte for byte) rather than decoded and encoded again (`copy_shard_file`). Shard
files are never written over in place, so a link never sees a file change under it.

Document texts, nine tenths of the bytes, live apart in `tables/texts/<part>.parquet` (`doc_id`, `text`
of every document the part's files held, written once, by the worker into the shard, then linked or
copied as it is): a part that loses a document (an edited file, a new duplicate) is rewritten without
copying texts, and a text is found by its `doc_id` (the hash of the text itself, so an entry for a
document no longer in the corpus is never looked up). `read_table(out, "documents")` joins them back.
"""
from __future__ import annotations

import json
import os
import shutil
from functools import cache
from pathlib import Path, PurePosixPath

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from helpers import schema
from helpers.corpus.location import filesystem, is_url, join

SHARD_TABLES = ("documents", "segments", *schema.PER_DOCUMENT_TABLES)
SOURCE = "path"  # the column naming the document of a row of the merge inputs and of the `ROWS` file
TEXTS = "texts"  # the table of document texts by doc_id, one file per part
TEXT_COLUMNS = ["doc_id", "text"]
ROWS = "rows"  # a shard's file of how many rows each document has in each of SHARD_TABLES, in shard order
# Parquet options of a table's files other than pyarrow's defaults. Texts are unique and long: a dictionary
# of them is built only to be dropped, and zstd packs prose tighter than snappy at about its speed.
WRITE_OPTIONS = {TEXTS: {"compression": "zstd", "compression_level": 1, "use_dictionary": False}}

_TYPES = {schema.STR: pa.string(), schema.INT: pa.int64(), schema.FLOAT: pa.float64(), schema.BOOL: pa.bool_()}
_AMOUNT = pa.struct([("text", pa.string()), ("value", pa.float64()), ("currency", pa.string()), ("qualifier", pa.string())])
_LIST_TYPES = {
    ("events", "countries"): pa.list_(pa.string()),
    ("events", "topics"): pa.list_(pa.string()),
    ("events", "amounts"): pa.list_(_AMOUNT),
    ("people", "aliases"): pa.list_(pa.string()),
    ("people", "roles"): pa.list_(pa.string()),
}


# What the people merge reads from a shard: distinct values per document, with how many rows each stands for.
MERGE_INPUTS = {
    "person_mentions": ("entity", "surface", "iso3", "via"),
    "speakers": ("speaker", "speaker_role"),
}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of `table` (and of the shard files `TEXTS`, `ROWS` and `MERGE_INPUTS`)."""
    if table == TEXTS:
        return pa.schema([(name, pa.string()) for name in TEXT_COLUMNS])
    if table == ROWS:
        return pa.schema([(SOURCE, pa.string()), *((name, pa.int64()) for name in SHARD_TABLES)])
    if table in MERGE_INPUTS:
        return pa.schema([(SOURCE, pa.string()), *((name, pa.string()) for name in MERGE_INPUTS[table]), ("n", pa.int64())])
    return pa.schema([
        pa.field(name, _LIST_TYPES[(table, name)] if dtype == schema.LIST else _TYPES[dtype])
        for name, (dtype, _) in schema.TABLES[table].items()
    ])


def to_arrow(table: str, frame: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(frame, schema=arrow_schema(table), preserve_index=False)


def rows_to_arrow(table: str, rows: list[dict]) -> pa.Table:
    """`rows` of `table` as Arrow: the table `to_arrow(table, schema.conform(table, rows))` gives, built
    column by column without pandas (a build's shards are written from rows: going through pandas cost
    most of the time of writing them).

    The rows are converted by Arrow as one array of structs, then split into columns: a column list per
    name made in Python cost twice as much. A value Arrow does not take for its column's type as it is (a
    number in a text column) sends the whole table the pandas way, which converts it.
    """
    names = schema.TABLES[table]
    unknown = set().union(*rows) - set(names)
    if unknown:
        raise ValueError(f"table {table!r} has no column(s) {sorted(unknown)}")
    target = arrow_schema(table)
    try:
        columns = pa.array(rows, pa.struct(list(target)), from_pandas=True).flatten()
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return to_arrow(table, schema.conform(table, rows))
    return pa.Table.from_arrays(columns, schema=target.with_metadata(_pandas_metadata(table)))


@cache
def _pandas_metadata(table: str) -> dict[bytes, bytes]:
    """The schema metadata `to_arrow` writes (pandas reads the columns' dtypes back from it); it
    depends on the table's schema alone, so the empty table's is every table's."""
    return to_arrow(table, schema.conform(table, [])).schema.metadata


def write_shard(shards: str, part: str, tables: dict[str, pa.Table]) -> None:
    """One file per table of a shard in the folder or URL `shards`. A local file is written under another
    name then renamed: a table file linked to an earlier shard file of this name keeps its bytes."""
    if is_url(shards):
        fs, root = filesystem(shards)
        for table, data in tables.items():
            with fs.open(join(root, part, f"{table}.parquet"), "wb") as file:
                pq.write_table(data, file, **WRITE_OPTIONS.get(table, {}))
        return
    folder = Path(shards) / part
    folder.mkdir(parents=True, exist_ok=True)
    for table, data in tables.items():
        write_file(folder / f"{table}.parquet", data, **WRITE_OPTIONS.get(table, {}))


def read_shard(shards: str, part: str, table: str, *, columns: list[str] | None = None, paths: pa.Array | None = None) -> pa.Table:
    """One table of one shard; for a table with a source column (`MERGE_INPUTS`), only the rows of the
    documents in `paths` when given (the others' rows are picked with `keep_documents`)."""
    if is_url(shards):
        fs, root = filesystem(shards)
        with fs.open(join(root, part, f"{table}.parquet"), "rb") as file:
            data = pq.read_table(file, columns=columns)
    else:  # one file, read by the calling thread: the build reads parts in threads of its own
        data = pq.ParquetFile(Path(shards) / part / f"{table}.parquet").read(columns=columns, use_threads=False)
    if paths is not None:
        data = data.filter(pc.is_in(data[SOURCE], value_set=paths))
    return data


def row_counts(sources: list[str], per_table: dict[str, list[int]]) -> pa.Table:
    """The `ROWS` file of a shard: each document's path and its number of rows in every table."""
    return pa.table([pa.array(sources, pa.string()), *(pa.array(per_table[name], pa.int64()) for name in SHARD_TABLES)],
                    schema=arrow_schema(ROWS))


def keep_documents(data: pa.Table, counts: pa.Table, kept: np.ndarray, table: str) -> pa.Table:
    """The rows of a shard's file of `table` that belong to the documents `kept` marks (a flag per row of
    `counts`, the shard's `ROWS`): a document's rows are contiguous, so they are slices of `data`, put
    together without copying a value (filtering row by row copied every string of the table)."""
    offsets = np.concatenate([[0], np.cumsum(counts[table].to_numpy())])
    runs, start = [], None  # (first, last + 1) of each run of kept documents
    for i, keep in enumerate(kept):
        if keep and start is None:
            start = i
        elif not keep and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(kept)))
    pieces = [data.slice(offsets[first], offsets[end] - offsets[first]) for first, end in runs]
    return pa.concat_tables(pieces) if pieces else data.slice(0, 0)


def copy_shard_file(shards: str, part: str, table: str, path: Path) -> None:
    """A shard's file of `table` as the file `path`, byte for byte (whole or not at all), for a table the
    shard holds in its final form: a hard link when both are on one local file system, else a copy; no
    Parquet decoding and encoding again."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    if is_url(shards):
        fs, root = filesystem(shards)
        fs.get(join(root, part, f"{table}.parquet"), str(partial))
    else:
        source = Path(shards) / part / f"{table}.parquet"
        try:
            os.link(source, partial)
        except OSError:  # another file system, or one without links
            shutil.copyfile(source, partial)
    partial.replace(path)


def shard_parts(shards: str) -> set[str]:
    """The names of the shards in the folder or URL `shards` (created when missing)."""
    if is_url(shards):
        fs, root = filesystem(shards)
        fs.makedirs(root, exist_ok=True)
        return {PurePosixPath(path).name for path in fs.ls(root, detail=False) if fs.isdir(path)}
    Path(shards).mkdir(parents=True, exist_ok=True)
    return {folder.name for folder in Path(shards).iterdir() if folder.is_dir()}


def remove_shards(shards: str, parts: set[str]) -> None:
    if is_url(shards):
        fs, root = filesystem(shards)
        for part in parts:
            fs.rm(join(root, part), recursive=True)
        return
    for part in parts:
        shutil.rmtree(Path(shards) / part, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# The tables of a build


TABLES_DIR = "tables"
PARTS_FILE = "parts.json"  # the parts in corpus order, with the keys of what each part's files hold


def part_file(out: Path, table: str, part: str) -> Path:
    return out / TABLES_DIR / table / f"{part}.parquet"


def table_files(out: Path, table: str) -> list[Path]:
    """The files of `table`, in corpus order."""
    if table in (*SHARD_TABLES, TEXTS):
        return [part_file(out, table, part) for part in read_part_keys(out)]
    return [out / TABLES_DIR / f"{table}.parquet"]


def file_schema(table: str) -> pa.Schema:
    """The schema of a table's files: documents without their texts, which `TEXTS` holds."""
    full = arrow_schema(table)
    return full.remove(full.get_field_index("text")) if table == "documents" else full


def read_table(out: Path, table: str, *, columns: list[str] | None = None, filters=None) -> pa.Table:
    """A table of a build (`columns` only, rows passing `filters`); documents with their texts when asked."""
    if table == "documents" and (columns is None or "text" in columns):
        return _documents_with_texts(out, columns or arrow_schema(table).names, filters)
    files = table_files(out, table)
    if not files:
        empty = file_schema(table).empty_table()
        return empty.select(columns) if columns else empty
    return pq.read_table([str(f) for f in files], columns=columns, filters=filters, schema=file_schema(table))


def _documents_with_texts(out: Path, columns: list[str], filters) -> pa.Table:
    wanted = [c for c in columns if c != "text"]
    documents = read_table(out, "documents", columns=list(dict.fromkeys([*wanted, "doc_id"])), filters=filters)
    ids = pc.unique(documents["doc_id"])
    texts = read_table(out, TEXTS, filters=pc.field("doc_id").isin(ids)) if len(ids) else arrow_schema(TEXTS).empty_table()
    text = pc.take(texts["text"], pc.index_in(documents["doc_id"], value_set=texts["doc_id"]))  # copies: the first
    return documents.append_column("text", text).select(columns)


def count_rows(out: Path, table: str) -> int:
    return sum(pq.ParquetFile(f).metadata.num_rows for f in table_files(out, table))


def column_bytes(out: Path, table: str, column: str) -> int:
    """Uncompressed size of one column of a table, from the files' metadata alone."""
    if (table, column) == ("documents", "text"):
        table = TEXTS
    total = 0
    for file in table_files(out, table):
        metadata = pq.ParquetFile(file).metadata
        index = metadata.schema.to_arrow_schema().get_field_index(column)
        total += sum(metadata.row_group(i).column(index).total_uncompressed_size for i in range(metadata.num_row_groups))
    return total


def write_file(path: Path, data: pa.Table, **options) -> None:
    """Write whole or not at all: a build stopped half way leaves the previous file (`options`: of `pq.write_table`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)  # never written into: it may be a link a stopped build left
    pq.write_table(data, partial, **options)
    partial.replace(path)


def tables_written(out: Path) -> bool:
    """Whether a build finished writing its tables in `out` (the part keys are written last)."""
    return (out / TABLES_DIR / PARTS_FILE).is_file()


def read_part_keys(out: Path) -> dict[str, dict[str, str]]:
    try:
        return json.loads((out / TABLES_DIR / PARTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_part_keys(out: Path, keys: dict[str, dict[str, str]]) -> None:
    (out / TABLES_DIR).mkdir(parents=True, exist_ok=True)
    (out / TABLES_DIR / PARTS_FILE).write_text(json.dumps(keys, indent=0), encoding="utf-8")


def forget_part_keys(out: Path) -> None:
    """Until the new keys are written, no part file counts as up to date."""
    (out / TABLES_DIR / PARTS_FILE).unlink(missing_ok=True)


def remove_other_parts(out: Path, keep: set[str]) -> None:
    for table in (*SHARD_TABLES, TEXTS):
        folder = out / TABLES_DIR / table
        for file in folder.glob("*") if folder.is_dir() else ():
            if file.stem not in keep or file.suffix != ".parquet":
                file.unlink()
