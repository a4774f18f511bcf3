"""The whole build at scale: wall time, CPU time and peak memory per corpus size, and what grows with what.

    python bench/build.py [--sizes 5000 20000 50000 100000] [--engine pool] [--compare-at 20000]
                          [--merge-names 1000 2000 4000 8000] [--jsonl-sizes 5000 20000] [--workdir DIR] [--clean]

For each size, a corpus is generated from the seeds (bench/synthetic.py, about 10 KB per document; kept
in --workdir between runs) and built from scratch by `python -m helpers build --rebuild` in a child
process, then rebuilt for the incremental cases: nothing changed, 1,000 documents added, 1% of the
documents edited. Each line gives wall time, CPU time (the build and all its workers) and the peak
resident memory of the build's whole process tree (sampled from /proc every 0.1 s, so Linux only), and
the build's own split of its time into steps. Then:

- the pool and Dask engines side by side on the --compare-at corpus (Dask needs `pip install ".[dask]"`);
- the people merge alone for 1,000 / 2,000 / 4,000 / 8,000 distinct names (a near-linear cost keeps the
  8,000 figure under 10x the 1,000 one);
- `python -m helpers extract --jsonl` at the --jsonl-sizes (linear: 20,000 under 5x the 5,000 figure).

The machine's load average (1 minute) is printed before, after and on every row: on a machine shared
with other jobs, wall times are upper bounds and CPU times are the steadier figure. `--clean` deletes
the work folder at the end.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from synthetic import make_corpus  # bench/synthetic.py: run as `python bench/build.py`, bench/ is on sys.path

EDIT = "\nRussia and Belarus agreed to continue the digital dialogue in the coming months.\n"
ADDED = 1000


def corpus_of(n_docs: int, workdir: Path) -> Path:
    folder = workdir / f"corpus-{n_docs}"
    if not folder.is_dir() or sum(1 for _ in folder.glob("*.txt")) != n_docs:
        shutil.rmtree(folder, ignore_errors=True)
        make_corpus(n_docs, folder, seed=n_docs)
    shutil.rmtree(folder / "added", ignore_errors=True)
    return folder


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)  # fields[1] is the parent pid
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")  # fields[21] is rss in pages
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack += children.get(pid, [])
    return total


def measure(command: list[str], env: dict[str, str]) -> dict:
    """Wall seconds, CPU seconds (process and waited-for descendants), peak tree RSS and output of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.1)
    wall = time.perf_counter() - start
    output = process.stdout.read()
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{output}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "peak_mb": peak / 1e6, "output": output}


def build(corpus: Path, workdir: Path, engine: str, *, rebuild: bool = False) -> dict:
    env = {**os.environ, "HELPERS_PROCESSED": str(workdir / f"processed-{engine}")}
    command = [sys.executable, "-m", "helpers", "build", str(corpus), "--engine", engine] + (["--rebuild"] if rebuild else [])
    result = measure(command, env)
    status = next((line for line in result["output"].splitlines() if line.startswith(("built", "up to date"))), "?")
    lines = result["output"].splitlines()
    steps = "; ".join(line for line in lines if line.startswith(("time: ", "in the workers: ")))
    return {**result, "status": status, "steps": steps}


def row(label: str, result: dict, n_docs: int | None = None) -> str:
    """A table row; with `n_docs`, the CPU seconds per 1,000 documents, which stays flat when cost is linear."""
    per_thousand = f" ({result['cpu'] / n_docs * 1000:.1f} s per 1,000)" if n_docs else ""
    return (f"| {label} | {result['wall']:.1f} s | {result['cpu']:.1f} s{per_thousand} | {result['peak_mb']:,.0f} MB | "
            f"{os.getloadavg()[0]:.1f} | {result.get('status', '')} | {result.get('steps', '')} |")


def builds(sizes: list[int], workdir: Path, engine: str) -> None:
    print(f"\n## Build ({engine} engine)\n")
    print("| case | wall | CPU | peak RSS | load | what it did | steps (wall time in the main process; summed over the workers) |")
    print("|---|---|---|---|---|---|---|")
    for n_docs in sizes:
        corpus = corpus_of(n_docs, workdir)
        print(row(f"{n_docs:,} documents, from scratch", build(corpus, workdir, engine, rebuild=True), n_docs), flush=True)
        print(row(f"{n_docs:,}: nothing changed", build(corpus, workdir, engine)), flush=True)
        make_corpus(ADDED, corpus / "added", seed=n_docs + 1)
        print(row(f"{n_docs:,}: {ADDED:,} added", build(corpus, workdir, engine)), flush=True)
        edited = sorted(corpus.glob("*.txt"))[:: 100]
        originals = {path: (path.read_bytes(), path.stat()) for path in edited}
        for path in edited:
            path.write_text(originals[path][0].decode("utf-8") + EDIT, encoding="utf-8")
        print(row(f"{n_docs:,}: 1% edited ({len(edited):,})", build(corpus, workdir, engine)), flush=True)
        for path, (original, stat) in originals.items():  # the corpus as it was for the next run, dates included
            path.write_bytes(original)
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        shutil.rmtree(corpus / "added")


def engines(n_docs: int, workdir: Path) -> None:
    print(f"\n## Engines on {n_docs:,} documents (from scratch)\n")
    print("| engine | wall | CPU | peak RSS | load | what it did | steps |")
    print("|---|---|---|---|---|---|---|")
    corpus = corpus_of(n_docs, workdir)
    for engine in ("pool", "dask"):
        print(row(engine, build(corpus, workdir, engine, rebuild=True), n_docs), flush=True)


def people_merge(counts: list[int]) -> None:
    """The corpus-wide merge alone, over person mentions of `n` distinct full names (and their surnames)."""
    import pandas as pd

    from helpers.corpus.merge import merge_people
    from helpers.extract.people.known import load_known_people

    known = load_known_people()
    print("\n## People merge\n")
    print("| distinct names | seconds | x the first |")
    print("|---|---|---|")
    first = None
    for n_names in counts:
        names = _distinct_names(n_names, random.Random(n_names))
        mentions = pd.DataFrame(
            [{"entity": name, "surface": name, "iso3": "RUS", "via": "name"} for name in names]
            + [{"entity": name.split()[-1], "surface": name.split()[-1], "iso3": None, "via": "surname"} for name in names[::3]]
        )
        quotes = pd.DataFrame({"speaker": names[::2], "speaker_role": "Minister"})
        seconds = min(_timed(merge_people, mentions, quotes, known) for _ in range(3))  # best of 3: the machine is shared
        first = first or seconds
        print(f"| {n_names:,} | {seconds:.2f} | {seconds / first:.1f} |", flush=True)


def _timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def _distinct_names(n: int, rng: random.Random) -> list[str]:
    """`n` distinct full names of a Russian-looking shape, spelling variants included by chance."""
    firsts = ["Alexander", "Aleksandr", "Dmitry", "Dmitriy", "Sergei", "Sergey", "Anna", "Elena", "Yelena", "Olga",
              "Pavel", "Igor", "Irina", "Nikolai", "Nikolay", "Maria", "Mariya", "Timur", "Arman", "Dana"]
    onsets, vowels, endings = "b v g d zh z k l m n p r s t f kh ts ch sh".split(), "a e i o u y".split(), ["ov", "ova", "ev", "eva", "in", "ina", "enko", "sky"]
    names: set[str] = set()
    while len(names) < n:
        stem = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3)))
        names.add(f"{rng.choice(firsts)} {stem.capitalize()}{rng.choice(endings)}")
    return sorted(names)


def extract_jsonl(sizes: list[int], workdir: Path) -> None:
    print("\n## extract --jsonl\n")
    print("| documents | wall | CPU | peak RSS | x the first (wall) |")
    print("|---|---|---|---|---|")
    first = None
    for n_docs in sizes:
        corpus = corpus_of(n_docs, workdir)
        result = measure([sys.executable, "-m", "helpers", "extract", str(corpus), "--jsonl", str(workdir / "out.jsonl")],
                         dict(os.environ))
        first = first or result["wall"]
        print(f"| {n_docs:,} | {result['wall']:.1f} s | {result['cpu']:.1f} s | {result['peak_mb']:,.0f} MB | "
              f"{result['wall'] / first:.1f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[5_000, 20_000, 50_000, 100_000])
    parser.add_argument("--engine", default="pool", help="engine of the size runs (default pool)")
    parser.add_argument("--compare-at", type=int, default=20_000, help="corpus size for pool vs dask (0: skip)")
    parser.add_argument("--merge-names", type=int, nargs="*", default=[1_000, 2_000, 4_000, 8_000])
    parser.add_argument("--jsonl-sizes", type=int, nargs="*", default=[5_000, 20_000])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/helpers-bench"), help="generated corpora and tables")
    parser.add_argument("--clean", action="store_true", help="delete --workdir at the end (100,000 documents take 2-3 GB)")
    args = parser.parse_args()

    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"{os.cpu_count()} cores; load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    people_merge(args.merge_names)
    if args.sizes:
        builds(args.sizes, args.workdir, args.engine)
    if args.compare_at:
        engines(args.compare_at, args.workdir)
    if args.jsonl_sizes:
        extract_jsonl(args.jsonl_sizes, args.workdir)
    print(f"\nload average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.clean:
        shutil.rmtree(args.workdir)


if __name__ == "__main__":
    main()
