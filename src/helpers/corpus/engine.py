"""Engines: map a function over batches of work, here, in a process pool, or on a Dask cluster.

The engine is chosen by name (`make_engine`, the `--engine` option of `python -m helpers build`, the
`engine=` argument of `load_corpus`); the work itself does not know which one runs it.

Every engine has one method, `map(fn, batches, *, resources)`, which yields `fn(batch, loaded)` for
each batch, in the order of `batches`. `resources` is a picklable zero-argument callable (e.g.
`functools.partial(load_resources, reference_dir)`); each worker process calls it once and keeps
the result, so reference data is loaded once per process, not once per batch. `fn` must be a
module-level function so that other processes (or machines) can import it.
"""
from __future__ import annotations

import gc
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


_batches_done = 0  # batches this worker process has run


def _worker_call(fn, resources, batch):
    """`_call` in a worker process that lives for the whole map, with the garbage collector out of the way.

    Extraction makes no reference cycles (a batch of generated documents leaves none), yet the collector's
    passes cost it about a tenth of its CPU: it is paused while a batch runs and run once after it, so a
    cycle lives one batch at most. What the process holds after its first batch is long-lived (the
    reference data, what the extractors load on first use such as the gazetteer): it is frozen then
    (`gc.freeze`), so later passes do not walk it.
    """
    global _batches_done
    gc.disable()
    try:
        return _call(fn, resources, batch)
    finally:
        gc.enable()
        gc.collect()
        _batches_done += 1
        if _batches_done == 1:
            gc.freeze()


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
            yield from pool.map(partial(_worker_call, fn, resources), batches)


class DaskEngine:
    """Batches as tasks of a `dask.distributed` cluster: the scheduler at `scheduler` when given (workers on
    other machines must reach the corpus and the output folder by the same paths), else a local cluster
    of `workers` single-threaded processes started for the build and stopped after it."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None):
        try:
            import distributed  # noqa: F401 (only checks that the extra is installed)
        except ImportError as missing:
            raise RuntimeError('the dask engine needs the dask extra: pip install ".[dask]"') from missing
        self.scheduler, self.workers = scheduler, workers or os.cpu_count() or 1

    def map(self, fn, batches, *, resources):
        from distributed import Client

        if self.scheduler:
            client = Client(self.scheduler)
        else:
            client = Client(n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=":0")
        with client:
            futures = client.map(partial(_call, fn, resources), list(batches), pure=False)
            for future in futures:  # in order; each result is released once read
                yield future.result()
                future.release()


def make_engine(name: str = "auto", *, workers: int | None = None, scheduler: str | None = None, n_items: int = 0,
                pool_threshold: int = 200) -> Engine:
    """The engine called `name`. "auto" is Dask when a scheduler is given, else a pool when there are
    `pool_threshold` items or more and cores to use, else serial."""
    workers = workers or os.cpu_count() or 1
    if name == "auto":
        name = "dask" if scheduler else "pool" if workers > 1 and n_items >= pool_threshold else "serial"
    if name == "serial":
        return SerialEngine()
    if name == "pool":
        return PoolEngine(workers)
    if name == "dask":
        return DaskEngine(scheduler, workers)
    raise ValueError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
