"""Throughput of ingest alone (read, decode, clean, metadata, segments) on one core.

    python bench/ingest.py [--docs 20000] [--corpus DIR] [--runs 2]

Generates a corpus from the seeds (bench/synthetic.py) unless --corpus is given, then times
`ingest_folder` over it in this one process and prints documents/s and MB/s (of file bytes), by
wall clock and by CPU time; the best of --runs is kept, since other jobs sharing the machine slow
single runs down. The machine's load average (before and after the runs) and the CPU count are
printed too: with a load above the number of cores even CPU time is inflated (shared caches and
hyper-threads), so read figures taken on a busy machine as lower bounds.
Target: at least 2,000 documents/s on one core (3,000 to have headroom).
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from synthetic import make_corpus  # bench/synthetic.py: run as `python bench/ingest.py`, bench/ is on sys.path

from helpers.ingest import ingest_folder


def timed_ingest(corpus: Path):
    """(result, wall seconds, CPU seconds) of one ingest of `corpus`."""
    start, cpu_start = time.perf_counter(), time.process_time()
    result = ingest_folder(corpus)
    return result, time.perf_counter() - start, time.process_time() - cpu_start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20_000, help="documents to generate (default 20000)")
    parser.add_argument("--corpus", help="an existing corpus folder instead of a generated one")
    parser.add_argument("--runs", type=int, default=2, help="ingest runs; the fastest counts (default 2)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus) if args.corpus else make_corpus(args.docs, Path(tmp) / "corpus", seed=0)
        size = sum(path.stat().st_size for path in corpus.rglob("*") if path.is_file())
        load_before = os.getloadavg()
        runs = [timed_ingest(corpus) for _ in range(max(1, args.runs))]
        load_after = os.getloadavg()
    result = runs[0][0]
    seconds = min(run[1] for run in runs)
    cpu = min(run[2] for run in runs)
    statuses = [row["status"] for row in result.report]
    n_docs = len(result.documents)
    print(f"ingest on one core: {len(statuses)} files, {n_docs} documents, {size / 1e6:.1f} MB, best of {len(runs)} runs")
    print(f"  wall clock: {n_docs / seconds:,.0f} documents/s   {size / 1e6 / seconds:.1f} MB/s   ({seconds:.2f} s)")
    print(f"  CPU time:   {n_docs / cpu:,.0f} documents/s   {size / 1e6 / cpu:.1f} MB/s   ({cpu:.2f} s)")
    print("  per run (wall / CPU s): " + ", ".join(f"{run[1]:.2f} / {run[2]:.2f}" for run in runs))
    print(f"  machine: {os.cpu_count()} CPUs, load average (1/5/15 min) {_load(load_before)} before,"
          f" {_load(load_after)} after")
    print(f"  ingested {statuses.count('ingested')} + duplicate {statuses.count('duplicate')}"
          f" + skipped {statuses.count('skipped')} = {len(statuses)} files seen")


def _load(load: tuple[float, float, float]) -> str:
    return "/".join(f"{value:.2f}" for value in load)


if __name__ == "__main__":
    main()
