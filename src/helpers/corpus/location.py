"""Where a build reads and writes: local paths, or `fsspec` URLs (s3://, gs://, memory://, ...) so that
Dask workers on other machines read the corpus and write their shards on shared storage.

A local path is handled by the standard library as before; a URL by `fsspec` (the `dask` extra brings
it; a store such as S3 needs its own package, e.g. `s3fs`).
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from helpers.ingest import walk

# Keys under which fsspec stores report when an object last changed, by store (local, S3, GCS, Azure, memory).
CHANGE_KEYS = ("mtime", "LastModified", "updated", "last_modified", "created", "ETag", "etag")


def is_url(location: str | Path) -> bool:
    return "://" in str(location)


def filesystem(url: str):
    """The fsspec filesystem of `url` and the path within it."""
    try:
        import fsspec
    except ImportError as missing:
        raise RuntimeError(f'{url}: URLs need fsspec: pip install ".[dask]"') from missing
    return fsspec.core.url_to_fs(url)


def join(location: str, *names: str) -> str:
    return "/".join([str(location).rstrip("/"), *names])


def list_files(corpus: str | Path) -> Iterator[tuple[str, str, bool, int, int]]:
    """(relative path, location, hidden, size, change stamp) of every file of a corpus folder or URL.

    The change stamp is the modification time in nanoseconds for a local file, and a 63-bit hash of
    what the store reports as the last change for a URL: either way, a different stamp means changed.
    """
    if not is_url(corpus):
        for relative, absolute, hidden in walk(Path(corpus)):
            stat = absolute.stat()
            yield relative, str(absolute), hidden, stat.st_size, stat.st_mtime_ns
        return
    fs, root = filesystem(str(corpus))
    root = root.rstrip("/")
    found = {path[len(root):].lstrip("/"): (path, info) for path, info in fs.find(root, detail=True).items()}
    for relative in sorted(found, key=_walk_order):
        path, info = found[relative]
        hidden = any(name.startswith(".") for name in relative.split("/"))  # each file of a hidden folder
        change = next((str(info[key]) for key in CHANGE_KEYS if info.get(key) is not None), "")
        stamp = int.from_bytes(hashlib.blake2b(change.encode(), digest_size=8).digest(), "big") >> 1
        yield relative, fs.unstrip_protocol(path), hidden, int(info.get("size") or 0), stamp


def _walk_order(relative: str) -> list[tuple[int, str]]:
    """The order of `walk`: in each folder its files by name, then its subfolders by name."""
    *folders, name = relative.split("/")
    return [(1, folder) for folder in folders] + [(0, name)]


def prefetch(locations: list[str]) -> None:
    """Ask the kernel to start reading the local files of `locations` now, all at once: read one after
    another from a disk that has not cached them, each file's read waited for the disk while the core
    idled (about a millisecond a file, a tenth of the whole build's time at 100,000 files)."""
    if not hasattr(os, "posix_fadvise"):
        return
    for location in locations:
        if is_url(location):
            continue
        try:
            descriptor = os.open(location, os.O_RDONLY)
        except OSError:  # unreadable: ingest reports it
            continue
        try:
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_WILLNEED)
        finally:
            os.close(descriptor)


@contextmanager
def local_copy(location: str) -> Iterator[Path]:
    """`location` as a local file: itself, or a copy of a remote file, under its own name (its suffixes
    tell its format), in a temporary folder removed afterwards."""
    if not is_url(location):
        yield Path(location)
        return
    fs, path = filesystem(location)
    with tempfile.TemporaryDirectory(prefix="helpers-") as folder:
        local = Path(folder) / PurePosixPath(path).name
        fs.get_file(path, os.fspath(local))
        yield local
