"""Engines: map a function over batches of work, here, in a process pool, or on a Dask cluster.

Every engine has one method, `map(fn, batches, *, resources)`, which yields `fn(batch, loaded)` for
each batch, in the order of `batches`. `resources` is a picklable zero-argument callable (e.g.
`functools.partial(load_resources, reference_dir)`); each worker process calls it once and keeps
the result, so reference data is loaded once per process, not once per batch. `fn` must be a
module-level function so that other processes (or machines) can import it.
"""
from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Any, Protocol

ENGINES = ("auto", "serial", "pool", "dask")


class Engine(Protocol):
    name: str

    def map(self, fn: Callable[[Any, Any], Any], batches: Iterable, *, resources: Callable[[], Any]) -> Iterator: ...


_loaded: dict[bytes, Any] = {}  # the resources this process loaded, by the pickled loader


def loaded(resources: Callable[[], Any]) -> Any:
    """The result of `resources()`, computed once per process (a new loader replaces the old one)."""
    key = pickle.dumps(resources)
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = resources()
    return _loaded[key]


def _call(fn, resources, batch):
    return fn(batch, loaded(resources))


class SerialEngine:
    """Everything in this process: no start-up cost, the right choice for a few hundred documents."""

    name = "serial"

    def map(self, fn, batches, *, resources):
        for batch in batches:
            yield _call(fn, resources, batch)


class PoolEngine:
    """A process pool on this machine, one process per core unless told otherwise."""

    name = "pool"

    def __init__(self, workers: int | None = None):
        self.workers = workers or os.cpu_count() or 1

    def map(self, fn, batches, *, resources):
        with ProcessPoolExecutor(self.workers) as pool:
            yield from pool.map(partial(_call, fn, resources), batches)


def make_engine(name: str = "auto", *, workers: int | None = None, scheduler: str | None = None, n_items: int = 0,
                pool_threshold: int = 200) -> Engine:
    """The engine called `name`; "auto" is a pool when there are `pool_threshold` items or more and cores to use."""
    workers = workers or os.cpu_count() or 1
    if name == "auto":
        name = "pool" if workers > 1 and n_items >= pool_threshold else "serial"
    if name == "serial":
        return SerialEngine()
    if name == "pool":
        return PoolEngine(workers)
    raise ValueError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
