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
from dataclasses import replace
from pathlib import Path

from synthetic import make_corpus  # bench/synthetic.py: run as `python bench/extract.py`, bench/ is on sys.path

from helpers import lang
from helpers.extract import STAGES, load_resources
from helpers.extract.stage import Context, Stage, run_stages
from helpers.gazetteer import load_gazetteer
from helpers.ingest import ingest_folder
from helpers.reference import in_language


def run(docs) -> dict[str, float]:
    """Seconds spent in each stage of `helpers.extract.STAGES` over all documents, run as the extraction runs them."""
    resources = load_resources()
    load_gazetteer()  # once per process (bench/gazetteer.py times it), not inside the first document
    for code in {doc.language for doc in docs}:  # a language's reference rows too (Russian keys them by lemma)
        try:
            in_language(resources.reference, lang.get(code))
        except lang.UnsupportedLanguage:
            pass
    spent = {stage.name: 0.0 for stage in STAGES}

    def timed(stage: Stage) -> Stage:
        def run_timed(doc, ctx):
            start = time.perf_counter()
            rows = stage.run(doc, ctx)
            spent[stage.name] += time.perf_counter() - start
            return rows
        return replace(stage, run=run_timed)

    stages = tuple(timed(stage) for stage in STAGES)
    for doc in docs:
        try:
            language = lang.get(doc.language)
        except lang.UnsupportedLanguage:
            continue  # not extracted (a skipped row in the build): nothing to time
        run_stages(stages, doc, Context(language, resources))
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20_000, help="documents to generate (default 20000)")
    parser.add_argument("--corpus", help="an existing corpus folder instead of a generated one")
    parser.add_argument("--russian", default=str(Path(__file__).parents[1] / ".." / "shared" / "gold" / "dev-ru" / "docs"),
                        help="a folder of Russian documents timed beside the English ones (default: the dev-ru excerpts)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus) if args.corpus else make_corpus(args.docs, Path(tmp) / "corpus", seed=0)
        docs = ingest_folder(corpus).documents
    if Path(args.russian).is_dir():
        docs += ingest_folder(Path(args.russian)).documents
    for code in sorted({d.language for d in docs}):
        chosen = [d for d in docs if d.language == code]
        report(code, chosen, run(chosen))
        if code == "ru":  # morphology caches every word form: the first pass pays for new forms, later ones hit the cache
            again = chosen * max(1, 300_000 // max(1, sum(len(d.text) for d in chosen)))
            report(f"{code} (forms cached)", again, run(again))


def report(label: str, docs, spent: dict[str, float]) -> None:
    chars = sum(len(d.text) for d in docs)
    total = sum(spent.values()) or float("nan")
    print(f"extraction on one core, {label}: {len(docs)} documents, {chars / 1e6:.2f} M characters")
    for stage, seconds in spent.items():
        print(f"  {stage:<9} {seconds:7.2f} s  {len(docs) / (seconds or float('nan')):9.0f} docs/s  {chars / (seconds or float('nan')):12,.0f} chars/s")
    print(f"  {'total':<9} {total:7.2f} s  {len(docs) / total:9.0f} docs/s  {chars / total:12,.0f} chars/s per core")


if __name__ == "__main__":
    main()
