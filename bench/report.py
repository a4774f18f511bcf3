"""Seconds and memory to build the offline report, and the size of the site.

    python bench/report.py [--corpus DIR] [--keep-tables]

The corpus's cached tables are deleted first (unless --keep-tables), so the time includes ingest and
extraction, then every notebook executed from a fresh kernel and exported. Targets on this machine:
the seed corpus under 60 s and 10 MB; 100,000 generated documents (`bench/synthetic.py`, tables
already built: --keep-tables) under 5 minutes and 4 GB peak RSS, with a site still small enough to read.
Prints wall, CPU and peak RSS (this process and the kernels it runs, two at a time), the seconds of
each page, and the size of the site and of its largest files. The site goes to bench/out/report/
(ignored by git), not report/.
"""
from __future__ import annotations

import argparse
import json
import shutil

from usage import Usage

from helpers import paths
from helpers.report import build_report
from helpers.store import processed_dir_for, resolve_corpus_path

OUT = paths.ROOT / "bench" / "out" / "report"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=None, help="corpus folder (default: data/corpus/)")
    parser.add_argument("--keep-tables", action="store_true", help="use the tables already built (time the report alone)")
    args = parser.parse_args()

    corpus = resolve_corpus_path(args.corpus)
    if not args.keep_tables:
        shutil.rmtree(processed_dir_for(corpus), ignore_errors=True)
    with Usage() as usage:
        build_report(corpus, OUT)

    manifest = json.loads((OUT / "build.json").read_text(encoding="utf-8"))
    files = sorted((path for path in OUT.rglob("*") if path.is_file()), key=lambda path: path.stat().st_size, reverse=True)
    site_bytes = sum(path.stat().st_size for path in files)
    print(f"corpus: {corpus}")
    print(f"pipeline ({'tables reused' if args.keep_tables else 'ingest + extract + store'}): {manifest['pipeline_seconds']:.1f} s")
    for page in manifest["pages"]:
        print(f"  {page['name']:<24} {page['seconds']:5.1f} s  {page['figures']} figures, {page['tables']} tables")
    print(f"report: {usage.summary()}")
    print(f"site: {site_bytes / 1e6:.1f} MB in {OUT}; largest files: "
          + ", ".join(f"{path.relative_to(OUT)} {path.stat().st_size / 1e6:.1f} MB" for path in files[:5]))


if __name__ == "__main__":
    main()
