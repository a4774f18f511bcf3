"""Throughput of the whole extraction (entities, dates, events, people, quotes) on one core.

    python bench/extract.py [--docs 20000] [--corpus DIR] [--russian-docs 900]

Generates a corpus from the seeds (bench/synthetic.py) unless --corpus is given, ingests it, then
times every extractor over every document in this one process and prints documents/s and
characters/s per stage and in total, by the wall clock and by the CPU time of this process (the
machine may be shared: CPU seconds per MB is the figure that does not depend on the other load).
Targets per core: English >= 800,000 characters/s, Russian >= 300,000 characters/s on its first
pass; 1 MB/s is where we want to end up.

Before timing, each language is set up as a worker sets it up once: the gazetteer loaded with every
country's alternate names indexed, the language's reference rows keyed and its patterns built (the
stages run on a document without words, so no word form is seen); the setup time is printed. The Russian
first pass is then cold: every cache of word forms is cleared before it, so no form of its documents has been
analysed in this process. A second pass over the same documents shows the rate once forms repeat (every
analysis is cached per form).

Russian is timed on a synthetic news corpus (bench/synthetic_ru.py, about 1.5 M characters for 900 documents,
about 15,000 distinct word forms: a steady figure, as an archive's first pass), and on the 16 dev-ru
excerpts (0.016 M characters: too small to time steadily, printed for comparison). Compare Russian with English
measured in the same run (the ratio, and CPU seconds per MB), not across runs on a shared machine.
"""
from __future__ import annotations

import argparse
import functools
import gc
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from synthetic import make_corpus  # bench/synthetic.py: run as `python bench/extract.py`, bench/ is on sys.path
from synthetic_ru import make_russian_corpus

from helpers import lang
from helpers.document import Document
from helpers.extract import STAGES, load_resources
from helpers.extract.stage import Context, Stage, run_stages
from helpers.gazetteer import load_gazetteer
from helpers.ingest import ingest_folder
from helpers.reference import in_language


def prepare(code: str) -> float:
    """Seconds to set a language up once per process: its reference rows keyed, its patterns built."""
    start = time.perf_counter()
    resources = load_resources()
    # once per process (bench/gazetteer.py times it), not inside the first document; every country's alternate
    # names indexed too, as a worker has them after its first documents (a country's first mention pays for it)
    load_gazetteer().view(frozenset(resources.reference.country_names)).alternates
    try:
        language = lang.get(code)
    except lang.UnsupportedLanguage:
        return 0.0
    in_language(resources.reference, language)  # a language's reference rows too (Russian keys them by lemma)
    # Stages build their patterns on first use: a document of digits and punctuation builds them without
    # analysing any word, so the timed pass starts with no word form cached.
    run_stages(STAGES, Document(doc_id="setup", path="setup", text="1, 2. 3: 4.", language=code), Context(language, resources))
    return time.perf_counter() - start


def clear_word_caches() -> int:
    """Forget every word form analysed so far (the caches of helpers' functions that hold per-word results,
    those of more than a thousand entries; patterns and reference tables stay built). Returns how many."""
    cleared = 0
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and (obj.cache_parameters()["maxsize"] or 10**9) > 1000 \
                and getattr(getattr(obj, "__wrapped__", None), "__module__", "").startswith("helpers"):
            obj.cache_clear()
            cleared += 1
    return cleared


def run(docs) -> dict[str, tuple[float, float]]:
    """(wall, CPU) seconds spent in each stage of `helpers.extract.STAGES` over all documents, run as the
    extraction runs them."""
    resources = load_resources()
    spent = {stage.name: [0.0, 0.0] for stage in STAGES}

    def timed(stage: Stage) -> Stage:
        def run_timed(doc, ctx):
            wall, cpu = time.perf_counter(), time.process_time()
            rows = stage.run(doc, ctx)
            spent[stage.name][0] += time.perf_counter() - wall
            spent[stage.name][1] += time.process_time() - cpu
            return rows
        return replace(stage, run=run_timed)

    stages = tuple(timed(stage) for stage in STAGES)
    for doc in docs:
        try:
            language = lang.get(doc.language)
        except lang.UnsupportedLanguage:
            continue  # not extracted (a skipped row in the build): nothing to time
        run_stages(stages, doc, Context(language, resources))
    return {name: (wall, cpu) for name, (wall, cpu) in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20_000, help="documents to generate (default 20000)")
    parser.add_argument("--corpus", help="an existing corpus folder instead of a generated one")
    parser.add_argument("--russian-docs", type=int, default=900,
                        help="synthetic Russian news documents to generate (bench/synthetic_ru.py; default 900, 0: none)")
    parser.add_argument("--russian", default=str(Path(__file__).parents[1] / ".." / "shared" / "gold" / "dev-ru" / "docs"),
                        help="a folder of real Russian documents timed too (default: the dev-ru excerpts)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus) if args.corpus else make_corpus(args.docs, Path(tmp) / "corpus", seed=0)
        docs = ingest_folder(corpus).documents
        synthetic_ru = ingest_folder(make_russian_corpus(args.russian_docs, Path(tmp) / "ru", seed=0)).documents \
            if args.russian_docs else []
    excerpts = ingest_folder(Path(args.russian)).documents if Path(args.russian).is_dir() else []
    rates = {}
    for code in sorted({d.language for d in docs} | ({"ru"} if synthetic_ru or excerpts else set())):
        print(f"setup of {code!r} (once per process): {prepare(code):.2f} s")
        if code != "ru":
            chosen = [d for d in docs if d.language == code]
            rates[code] = report(code, chosen, run(chosen))
            continue
        # morphology caches every word form: the first pass pays for new forms, later ones hit the cache
        for label, chosen in (("synthetic news", synthetic_ru), ("dev-ru excerpts", excerpts)):
            if not chosen:
                continue
            clear_word_caches()
            rates[f"ru {label}, cold"] = report(f"ru {label} (first pass, cold)", chosen, run(chosen))
            again = chosen * max(1, 300_000 // max(1, sum(len(d.text) for d in chosen)))
            rates[f"ru {label}, cached"] = report(f"ru {label} (forms cached)", again, run(again))
    if "en" in rates:
        print("side by side (CPU characters/s per core; ratio to English measured in this run):")
        for label, rate in rates.items():
            print(f"  {label:<32} {rate:12,.0f}  {rate / rates['en']:5.2f}")


def report(label: str, docs, spent: dict[str, tuple[float, float]]) -> float:
    """Print the table of one pass; returns its total CPU characters per second."""
    chars = sum(len(d.text) for d in docs)
    nan = float("nan")
    print(f"extraction on one core, {label}: {len(docs)} documents, {chars / 1e6:.2f} M characters")
    print(f"  {'stage':<9} {'wall s':>7}  {'docs/s':>9}  {'chars/s':>12}  {'CPU s':>7}  {'CPU chars/s':>12}  {'CPU s/MB':>8}")
    for stage, (wall, cpu) in [*spent.items(), ("total", tuple(map(sum, zip(*spent.values()))))]:
        print(f"  {stage:<9} {wall:7.2f}  {len(docs) / (wall or nan):9.0f}  {chars / (wall or nan):12,.0f}"
              f"  {cpu:7.2f}  {chars / (cpu or nan):12,.0f}  {cpu / chars * 1e6:8.3f}")
    return chars / (sum(cpu for _, cpu in spent.values()) or nan)


if __name__ == "__main__":
    main()
