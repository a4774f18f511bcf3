"""Seconds and memory to execute every notebook top to bottom, each from a fresh kernel.

    python bench/notebooks.py [--corpus DIR]

The tables are built (or found up to date) first and timed apart, so the notebook times are what a
reader waits for when re-running the series. Targets on this machine: all notebooks in under 60 s on
the seed corpus; on 100,000 generated documents (`bench/synthetic.py`), with the report, under 5 minutes
and 4 GB. Prints each notebook's wall and kernel CPU seconds (which other work on a shared machine does
not inflate), then wall, CPU and peak RSS of the whole run (this process and the kernels). Tables go
where `load_corpus` puts them ($HELPERS_PROCESSED to choose); figures to a temporary folder.
"""
from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time

import nbformat
from usage import Usage

from helpers import load_corpus, paths
from helpers.figures import FIGURES_DIR_ENV
from helpers.report import CELL_TIMEOUT, GuardedClient
from helpers.store import CORPUS_ENV


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=None, help="corpus folder (default: data/corpus/)")
    args = parser.parse_args()

    started = time.perf_counter()
    corpus = load_corpus(args.corpus, quiet=True)
    print(f"corpus: {corpus.path} ({corpus.counts()['documents']:,} documents)")
    print(f"tables ({corpus.status}): {time.perf_counter() - started:.1f} s")

    print(f"{'notebook':<22} {'wall':>7} {'kernel CPU':>11}")
    with tempfile.TemporaryDirectory() as figures, Usage() as usage:
        env = {**os.environ, FIGURES_DIR_ENV: figures, CORPUS_ENV: str(corpus.path)}
        for notebook in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
            nb = nbformat.read(notebook, as_version=4)
            started, cpu_before = time.perf_counter(), children_cpu()
            GuardedClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                          resources={"metadata": {"path": str(paths.NOTEBOOKS)}}).execute(env=env)
            seconds, cpu = time.perf_counter() - started, children_cpu() - cpu_before
            print(f"{notebook.stem:<22} {seconds:5.1f} s {cpu:9.1f} s")
    print(f"all notebooks, one after another: {usage.summary()}")


def children_cpu() -> float:
    """CPU seconds used so far by finished child processes (each notebook's kernel, once it exits)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
