"""A corpus's sources manifest: the address each file was collected from.

Collections of saved pages often come with a list of where each page was found, kept beside the files
rather than in them: a `sources.csv` a scraper wrote, or a `SOURCES.md` table a person keeps. A file
whose text states no address of its own takes the one the manifest gives it, so `documents.url` is
filled and a date in that address dates the page when its text states none ("/2022/06/17/", "/20090928/").

A manifest is a table with a file column and an address column (see FILE_COLUMNS, URL_COLUMNS): CSV,
TSV, JSON lines, or a Markdown pipe table (the first table with both columns). It is found at the top of
the corpus folder under one of MANIFEST_STEMS, or given by path. A file so named that holds no such
table is an ordinary document.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath

from helpers.formats import UnreadableFile, decode, pick_column

MANIFEST_STEMS = ("sources", "manifest")
MANIFEST_SUFFIXES = (".md", ".markdown", ".csv", ".tsv", ".jsonl")
FILE_COLUMNS = ("file", "filename", "file name", "path", "document", "doc")
URL_COLUMNS = ("url", "source url", "source_url", "link", "address")

ADDRESS = re.compile(r"https?://[^\s<>|)\]]+", re.IGNORECASE)


class SourcesError(Exception):
    """A sources list named on purpose that cannot be read or holds no table of files and addresses."""


@dataclass(frozen=True)
class Manifest:
    """The address of each listed file; `path` is the manifest's own path in the corpus (None outside it)."""

    urls: dict[str, str]
    path: str | None = None

    def url_of(self, relative: str) -> str | None:
        """The address listed for a corpus file: by its path, or by its name alone when that is listed once."""
        return self.urls.get(relative) or self._by_name.get(PurePosixPath(relative).name)

    @cached_property
    def _by_name(self) -> dict[str, str]:
        names: dict[str, list[str]] = {}
        for listed, url in self.urls.items():
            names.setdefault(PurePosixPath(listed).name, []).append(url)
        return {name: urls[0] for name, urls in names.items() if len(urls) == 1}

    def report_reason(self) -> str:
        """The ingest report's words for the manifest file."""
        return f"sources manifest, not a document: the addresses of {len(self.urls)} listed file(s)"


def is_manifest_name(relative: str) -> bool:
    """A file at the top of the corpus folder named like a manifest ("SOURCES.md", "sources.csv")."""
    path = PurePosixPath(relative)
    return len(path.parts) == 1 and path.stem.lower() in MANIFEST_STEMS and path.suffix.lower() in MANIFEST_SUFFIXES


def parse_manifest(raw: bytes, name: str) -> dict[str, str]:
    """file → address from a manifest's bytes ({} when it holds no table with both columns)."""
    text = decode(raw).text
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in (".csv", ".tsv"):
        rows = _delimited_rows(text, "\t" if suffix == ".tsv" else ",")
    elif suffix == ".jsonl":
        rows = _jsonl_rows(text)
    else:
        rows = _markdown_rows(text)
    return _addresses(rows)


def read_manifest(path: Path, corpus_path: str | None = None) -> Manifest | None:
    """The manifest at `path` (None when it lists no file with an address)."""
    urls = parse_manifest(path.read_bytes(), path.name)
    return Manifest(urls, corpus_path) if urls else None


def _as_path(location: str) -> AbstractContextManager[Path]:
    return nullcontext(Path(location))


def find_manifest(files: Iterable[tuple[str, str]], given: str | Path | None = None,
                  local_copy: Callable[[str], AbstractContextManager[Path]] = _as_path) -> Manifest | None:
    """The manifest at `given`, else the first of `files` ((relative path, location) pairs) named and shaped
    as one; `local_copy` gives a readable path for a location (a store URL, say)."""
    if given is not None:
        try:
            manifest = read_manifest(Path(given))
        except (OSError, UnreadableFile) as problem:
            raise SourcesError(f"{given}: sources list not readable: {problem}") from problem
        if manifest is None:
            raise SourcesError(f"{given}: no table with a file column ({', '.join(FILE_COLUMNS)}) "
                               f"and an address column ({', '.join(URL_COLUMNS)})")
        return manifest
    for relative, location in files:
        if is_manifest_name(relative):
            try:
                with local_copy(location) as local:
                    manifest = read_manifest(local, relative)
            except (OSError, UnreadableFile):
                continue  # read as any other file, whose report row says why it cannot be read
            if manifest:
                return manifest
    return None


def _delimited_rows(text: str, delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        return []


def _jsonl_rows(text: str) -> list[list[str]]:
    records = []
    for line in text.splitlines():
        try:
            record = json.loads(line) if line.strip() else None
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict):
            records.append(record)
    columns = list(dict.fromkeys(key for record in records for key in record))
    return [columns] + [[str(record.get(column) or "") for column in columns] for record in records]


MARKDOWN_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?")


def _markdown_rows(text: str) -> list[list[str]]:
    """The rows (header first) of the first pipe table whose header has a file and an address column."""
    lines = text.splitlines()
    for i in range(len(lines) - 1):
        if "|" in lines[i] and MARKDOWN_RULE.fullmatch(lines[i + 1].strip()):
            header = _cells(lines[i])
            if pick_column(header, FILE_COLUMNS) and pick_column(header, URL_COLUMNS):
                body = []
                for line in lines[i + 2:]:
                    if "|" not in line:
                        break
                    body.append(_cells(line))
                return [header] + body
    return []


def _cells(line: str) -> list[str]:
    line = line.strip()
    return [cell.strip() for cell in line.strip("|").split("|")]


def _addresses(rows: list[list[str]]) -> dict[str, str]:
    if not rows:
        return {}
    header = rows[0]
    file_column, url_column = pick_column(header, FILE_COLUMNS), pick_column(header, URL_COLUMNS)
    if file_column is None or url_column is None:
        return {}
    file_at, url_at = header.index(file_column), header.index(url_column)
    urls = {}
    for row in rows[1:]:
        if len(row) <= max(file_at, url_at):
            continue
        listed = row[file_at].strip().strip("`").strip()
        address = ADDRESS.search(row[url_at])
        if listed and address:
            urls[PurePosixPath(listed.replace("\\", "/")).as_posix().removeprefix("./")] = address.group().rstrip(".,;")
    return urls
