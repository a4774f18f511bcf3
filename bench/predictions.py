"""Wall, CPU and peak memory of `python -m helpers extract --jsonl` and `evaluate --pred` per corpus size.

    python bench/predictions.py CORPUS_DIR [CORPUS_DIR ...] [--workers 2]

Each corpus (e.g. made by bench/synthetic.py: `make_corpus(20_000, DIR)`) is extracted to a temporary
JSONL by the command line, as a user runs it, then scored against tests/gold/seeds.jsonl; peak RSS is
that of the command and its worker processes. Target: linear cost (20,000 documents within 5× the
5,000 figure) and memory that does not grow with the corpus.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from usage import Usage

from helpers import paths


def run(command: list[str]) -> tuple[Usage, str]:
    with Usage() as usage:
        done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    return usage, done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="corpus folders")
    parser.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    args = parser.parse_args()

    workers = ["--workers", str(args.workers)] if args.workers else []
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in args.corpora:
            jsonl = Path(tmp) / f"{corpus.name}.jsonl"
            extract, said = run([sys.executable, "-m", "helpers", "extract", str(corpus), "--jsonl", str(jsonl), *workers])
            print(f"{corpus}: extract --jsonl: {said}; {extract.summary()}; {jsonl.stat().st_size / 1e6:,.0f} MB written")
            gold = paths.ROOT / "tests" / "gold" / "seeds.jsonl"
            scored, _ = run([sys.executable, "-m", "helpers", "evaluate", "--gold", str(gold), "--pred", str(jsonl)])
            print(f"{corpus}: evaluate --pred: {scored.summary()}")


if __name__ == "__main__":
    main()
