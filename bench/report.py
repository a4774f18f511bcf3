"""Seconds to build the offline report from scratch, pipeline included, and the size of the site.

    python bench/report.py [--corpus DIR]

The corpus's cached tables are deleted first, so the time includes ingest and extraction, then every
notebook executed from a fresh kernel and exported. Targets on this machine: under 60 s, under 10 MB.
The site goes to bench/out/report/ (ignored by git), not report/.
"""
from __future__ import annotations

import argparse
import json
import shutil
import time

from helpers import paths
from helpers.report import build_report
from helpers.store import processed_dir_for, resolve_corpus_path

OUT = paths.ROOT / "bench" / "out" / "report"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=None, help="corpus folder (default: data/corpus/)")
    args = parser.parse_args()

    corpus = resolve_corpus_path(args.corpus)
    shutil.rmtree(processed_dir_for(corpus), ignore_errors=True)
    started = time.perf_counter()
    build_report(corpus, OUT)
    seconds = time.perf_counter() - started

    manifest = json.loads((OUT / "build.json").read_text(encoding="utf-8"))
    site_bytes = sum(path.stat().st_size for path in OUT.rglob("*") if path.is_file())
    print(f"corpus: {corpus}")
    print(f"pipeline (ingest + extract + store): {manifest['pipeline_seconds']:.1f} s")
    for page in manifest["pages"]:
        print(f"  {page['name']:<24} {page['seconds']:5.1f} s  {page['figures']} figures, {page['tables']} tables")
    print(f"report built from scratch in {seconds:.1f} s (target < 60 s)")
    print(f"site: {site_bytes / 1e6:.1f} MB in {OUT} (target < 10 MB)")


if __name__ == "__main__":
    main()
