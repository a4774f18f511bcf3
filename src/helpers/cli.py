"""Command line: `python -m helpers build|extract|evaluate|report|schema`."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from helpers import paths


class CommandError(Exception):
    """A problem the user can act on (a bad folder, a failed build), reported as one line without a traceback."""


def _corpus_location(value: str | None) -> Path | str:
    """A corpus folder, checked; an fsspec URL as it is (the build says when it lists no files)."""
    from helpers.corpus.location import is_url

    return value if value and is_url(value) else _corpus_dir(value)


def _corpus_dir(value: str | None) -> Path:
    path = Path(value).expanduser().resolve() if value else paths.CORPUS
    if not path.is_dir():
        raise CommandError(f"{path}: no such directory")
    if not any(p.is_file() for p in path.rglob("*")):
        raise CommandError(f"{path}: the directory contains no files")
    return path


def cmd_build(args) -> int:
    from helpers.corpus.store import read_table
    from helpers.store import ensure_built, table_counts

    out, manifest = ensure_built(_corpus_location(args.corpus), rebuild=args.rebuild, workers=args.workers,
                                 engine=args.engine, scheduler=args.scheduler, shards=args.shards)
    print(ingest_summary(read_table(out, "ingest_report").to_pandas()))
    not_extracted = not_extracted_summary(read_table(out, "skipped").to_pandas())
    if not_extracted:
        print(not_extracted)
    print(manifest["status"])
    if manifest["status"].startswith("built"):
        print("time: " + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in manifest["seconds"].items()))
        print("in the workers: " + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in manifest["worker_seconds"].items()))
    print("tables: " + ", ".join(f"{name} {n}" for name, n in table_counts(out).items()))
    print(f"written to {out}")
    return 0


def not_extracted_summary(skipped) -> str | None:
    """How many documents no extraction stage ran on, by reason ("no resources for language ru"), or None."""
    from helpers.extract import NOT_EXTRACTED

    whole = skipped[skipped["table"] == NOT_EXTRACTED]
    if whole.empty:
        return None
    by_reason = whole.groupby("reason")["doc_id"].nunique().sort_index()
    return f"not extracted: {whole['doc_id'].nunique()} documents (" + "; ".join(
        f"{reason}: {n}" for reason, n in by_reason.items()) + ")"


def ingest_summary(report) -> str:
    """The ingest report in a few lines: every file seen is ingested, a duplicate or skipped, and why."""
    file = report["path"].str.replace(r"#row=\d+$", "", regex=True)  # a table's rows are one file
    ingested = report["status"] == "ingested"
    any_ingested = ingested.groupby(file).any()  # vectorised: a Python call per file costs seconds at 100,000 files
    status_of_file = report.groupby(file)["status"].first().where(~any_ingested, "ingested")
    counts = Counter(status_of_file)
    documents = int(ingested.sum())
    lines = [
        f"files seen {len(status_of_file)} = ingested {counts['ingested']} + duplicates {counts['duplicate']}"
        + f" + skipped {counts['skipped']}; documents {documents}"
    ]
    for row in report[report["status"] != "ingested"].itertuples():
        lines.append(f"  {row.status}: {row.path}: {row.reason}")
    return "\n".join(lines)


def cmd_extract(args) -> int:
    from helpers.predictions import write_predictions
    from helpers.sources import SourcesError

    out = Path(args.jsonl)
    try:
        written = write_predictions(_corpus_dir(args.corpus), out, workers=args.workers, sources=args.sources)
    except SourcesError as error:
        raise CommandError(str(error)) from error
    print(f"{written} documents written to {out}")
    return 0


def cmd_evaluate(args) -> int:
    import tempfile

    from helpers.evaluate import evaluate, format_scores, read_jsonl, records_for

    gold = read_jsonl(args.gold)
    if args.pred:
        predicted = records_for(gold, args.pred)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            jsonl = Path(tmp) / "pred.jsonl"
            cmd_extract(argparse.Namespace(corpus=args.corpus, jsonl=jsonl, workers=args.workers,
                                           sources=args.sources or _sources_beside(Path(args.gold))))
            predicted = records_for(gold, jsonl)
    print(format_scores(evaluate(gold, predicted)))
    return 0


def _sources_beside(gold: Path) -> Path | None:
    """The annotated set's own sources list (`SOURCES.md` beside its gold file), which the gold's `source_url`
    and URL-dated `published` come from; None when there is none."""
    from helpers.sources import parse_manifest

    listed = gold.with_name("SOURCES.md")
    return listed if listed.is_file() and parse_manifest(listed.read_bytes(), listed.name) else None


def cmd_report(args) -> int:
    from helpers.report import ReportError, build_report

    try:
        site = build_report(_corpus_dir(args.corpus), args.out)
    except ReportError as error:  # names the notebook and cell; the previous report is left intact
        raise CommandError(f"report not built: {error}") from error
    print(f"report written to {site}")
    return 0


def cmd_schema(args) -> int:
    from helpers.schema import data_dictionary

    print(data_dictionary())
    return 0


SOURCES_HELP = ("sources manifest (CSV, TSV, JSONL or Markdown table with a file and a URL column) giving each file "
                "the address it came from (default: sources.* or manifest.* at the top of the corpus folder)")


def parser() -> argparse.ArgumentParser:
    from helpers.corpus.engine import ENGINES

    top = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build the tables of a corpus folder (default data/corpus/)")
    build.add_argument("corpus", nargs="?", help="corpus folder or fsspec URL (default data/corpus/)")
    build.add_argument("--rebuild", action="store_true", help="ignore the cache")
    build.add_argument("--workers", type=int, help="extraction processes (default: one per core)")
    build.add_argument("--engine", choices=ENGINES, default="auto",
                       help="serial, pool (processes on this machine) or dask (needs the dask extra); auto: pool from 200 files")
    build.add_argument("--scheduler", help="address of a running Dask scheduler (default with --engine dask: a local cluster)")
    build.add_argument("--shards", help="folder or fsspec URL the workers write their shards to, on storage they all reach "
                                        "(default: beside the tables)")
    build.set_defaults(run=cmd_build)

    extract = sub.add_parser("extract", help="write one JSON line per document in the gold schema")
    extract.add_argument("corpus")
    extract.add_argument("--jsonl", required=True, help="output file")
    extract.add_argument("--workers", type=int)
    extract.add_argument("--sources", help=SOURCES_HELP)
    extract.set_defaults(run=cmd_extract)

    evaluate = sub.add_parser("evaluate", help="precision, recall and F1 per field against gold annotations")
    evaluate.add_argument("--gold", required=True, help="gold JSONL (shared/gold/README.md schema)")
    evaluate.add_argument("--pred", help="predicted JSONL from `extract`; default: extract --corpus now")
    evaluate.add_argument("--corpus", help="corpus folder to extract when --pred is not given (default data/corpus/)")
    evaluate.add_argument("--workers", type=int)
    evaluate.add_argument("--sources", help=SOURCES_HELP + "; default: SOURCES.md beside the gold file, if any")
    evaluate.set_defaults(run=cmd_evaluate)

    report = sub.add_parser("report", help="build the tables and the offline HTML report")
    report.add_argument("corpus", nargs="?")
    report.add_argument("--out", help="output folder (default report/)")
    report.set_defaults(run=cmd_report)

    schema = sub.add_parser("schema", help="print the data dictionary of every table")
    schema.set_defaults(run=cmd_schema)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (CommandError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
