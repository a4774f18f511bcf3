"""Parquet shards of a build, and the tables written from them one shard at a time.

A shard (a "part") holds the rows of one batch of files for every per-document table, with the
`path` of the document each row came from, so that de-duplication can pick rows by document after
the fact. Tables are written with explicit Arrow schemas, so a part with no rows for a list column
still has the type of the others and parts can be appended to one file.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from helpers import schema

SHARD_TABLES = ("documents", "segments", *schema.PER_DOCUMENT_TABLES)
SOURCE = "path"  # the column naming the document a shard row came from (documents has it already)

_TYPES = {schema.STR: pa.string(), schema.INT: pa.int64(), schema.FLOAT: pa.float64(), schema.BOOL: pa.bool_()}
_AMOUNT = pa.struct([("text", pa.string()), ("value", pa.float64()), ("currency", pa.string()), ("qualifier", pa.string())])
_LIST_TYPES = {
    ("events", "countries"): pa.list_(pa.string()),
    ("events", "topics"): pa.list_(pa.string()),
    ("events", "amounts"): pa.list_(_AMOUNT),
    ("people", "aliases"): pa.list_(pa.string()),
    ("people", "roles"): pa.list_(pa.string()),
}


def arrow_schema(table: str, *, shard: bool = False) -> pa.Schema:
    """The Arrow schema of `table`; in a shard, with the source column when the table lacks one."""
    fields = [
        pa.field(name, _LIST_TYPES[(table, name)] if dtype == schema.LIST else _TYPES[dtype])
        for name, (dtype, _) in schema.TABLES[table].items()
    ]
    if shard and SOURCE not in schema.TABLES[table]:
        fields.append(pa.field(SOURCE, pa.string()))
    return pa.schema(fields)


def to_arrow(table: str, frame: pd.DataFrame, *, shard: bool = False) -> pa.Table:
    return pa.Table.from_pandas(frame, schema=arrow_schema(table, shard=shard), preserve_index=False)


class TableWriters:
    """One Parquet file per table in `folder`, appended to batch by batch (every table exists on close)."""

    def __init__(self, folder: Path, tables: Iterable[str], *, shard: bool = False):
        self.folder, self.tables, self.shard = Path(folder), tuple(tables), shard
        self.folder.mkdir(parents=True, exist_ok=True)
        self._writers: dict[str, pq.ParquetWriter] = {}

    def write(self, table: str, data: pd.DataFrame | pa.Table) -> None:
        if isinstance(data, pd.DataFrame):
            data = to_arrow(table, data, shard=self.shard)
        self._writer(table).write_table(data)

    def close(self) -> None:
        for table in self.tables:
            if table not in self._writers:
                self._writer(table).write_table(arrow_schema(table, shard=self.shard).empty_table())
            self._writers[table].close()

    def _writer(self, table: str) -> pq.ParquetWriter:
        if table not in self._writers:
            self._writers[table] = pq.ParquetWriter(self.folder / f"{table}.parquet", arrow_schema(table, shard=self.shard))
        return self._writers[table]


def read_shard(folder: Path, table: str, *, columns: list[str] | None = None, paths: pa.Array | None = None) -> pa.Table:
    """One table of one shard; only the rows of the documents in `paths` when given."""
    data = pq.read_table(Path(folder) / f"{table}.parquet", columns=columns)
    if paths is not None:
        data = data.filter(pc.is_in(data[SOURCE], value_set=paths))
    return data
