"""Throughput of the whole extraction (entities, dates, events, people, quotes) on one core.

    python bench/extract.py [--docs 20000] [--corpus DIR]

Generates a corpus from the seeds (bench/synthetic.py) unless --corpus is given, ingests it, then
times every extractor over every document in this one process and prints documents/s and
characters/s per stage and in total. Targets: >= 400,000 characters/s per core for the whole
extraction; 1 MB/s is where we want to end up.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from synthetic import make_corpus  # bench/synthetic.py: run as `python bench/extract.py`, bench/ is on sys.path

from helpers.dates import find_dates
from helpers.events import find_events
from helpers.extract import load_resources
from helpers.gazetteer import load_gazetteer
from helpers.ingest import ingest_folder
from helpers.mentions import find_mentions
from helpers.people import find_people
from helpers.quotes import find_quotes


def run(docs) -> dict[str, float]:
    """Seconds spent in each stage over all documents, stages chained as in helpers.extract."""
    resources = load_resources()
    load_gazetteer()  # once per process (bench/gazetteer.py times it), not inside the first document
    spent = dict.fromkeys(("mentions", "people", "dates", "events", "quotes"), 0.0)
    for doc in docs:
        t0 = time.perf_counter()
        mentions = find_mentions(doc, resources.reference)
        t1 = time.perf_counter()
        people = find_people(doc, resources.reference, resources.known_people)
        mentions += people.mentions
        t2 = time.perf_counter()
        dates = find_dates(doc)
        t3 = time.perf_counter()
        find_events(doc, resources.reference, mentions=mentions, dates=dates)
        t4 = time.perf_counter()
        find_quotes(doc, people)
        t5 = time.perf_counter()
        for stage, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            spent[stage] += seconds
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20_000, help="documents to generate (default 20000)")
    parser.add_argument("--corpus", help="an existing corpus folder instead of a generated one")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus) if args.corpus else make_corpus(args.docs, Path(tmp) / "corpus", seed=0)
        docs = ingest_folder(corpus).documents
    chars = sum(len(d.text) for d in docs)
    spent = run(docs)
    total = sum(spent.values())
    print(f"extraction on one core: {len(docs)} documents, {chars / 1e6:.1f} M characters")
    for stage, seconds in spent.items():
        print(f"  {stage:<9} {seconds:7.2f} s  {len(docs) / seconds:9.0f} docs/s  {chars / seconds:12,.0f} chars/s")
    print(f"  {'total':<9} {total:7.2f} s  {len(docs) / total:9.0f} docs/s  {chars / total:12,.0f} chars/s per core")


if __name__ == "__main__":
    main()
