"""Seconds to execute every notebook top to bottom, each from a fresh kernel, on the seed corpus.

    python bench/notebooks.py [--corpus DIR]

The tables are built (or found up to date) first and timed apart, so the notebook times are what a
reader waits for when re-running the series. Target: all notebooks in under 60 s on this machine.
Besides wall-clock seconds it prints the CPU seconds of each notebook's kernel, which other work on a
shared machine does not inflate. Figures are written to a temporary folder, not into report/.
"""
from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time

import nbformat

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
    print(f"tables ({corpus.status}): {time.perf_counter() - started:.1f} s")

    total = total_cpu = 0.0
    print(f"{'notebook':<22} {'wall':>7} {'kernel CPU':>11}")
    with tempfile.TemporaryDirectory() as figures:
        env = {**os.environ, FIGURES_DIR_ENV: figures, CORPUS_ENV: str(corpus.path)}
        for notebook in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
            nb = nbformat.read(notebook, as_version=4)
            started, cpu_before = time.perf_counter(), children_cpu()
            GuardedClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                          resources={"metadata": {"path": str(paths.NOTEBOOKS)}}).execute(env=env)
            seconds, cpu = time.perf_counter() - started, children_cpu() - cpu_before
            total, total_cpu = total + seconds, total_cpu + cpu
            print(f"{notebook.stem:<22} {seconds:5.1f} s {cpu:9.1f} s")
    print(f"{'all notebooks':<22} {total:5.1f} s {total_cpu:9.1f} s  (target: under 60 s wall)")


def children_cpu() -> float:
    """CPU seconds used so far by finished child processes (each notebook's kernel, once it exits)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
