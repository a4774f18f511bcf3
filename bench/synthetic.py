"""A synthetic corpus made from the seeds, for benchmarks: same shapes, varied dates and names.

    from synthetic import make_corpus
    corpus_dir = make_corpus(20_000, Path("/tmp/corpus"), seed=0)

Each document is a seed (taken in turn) with its years shifted, its month names and day numbers
redrawn and its people renamed, so every file has its own text (and doc_id) while keeping the
seed's layout: dateline, title lines, scraper header, hard wrapping, listing headings, markers.
"""
from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

from helpers import paths

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# People named in the seeds, renamed in every copy.
SEED_PEOPLE = ["Alexander Turchin", "Valentina Matviyenko", "Valentina Matvienko", "Alexander Lukashenko",
               "Mikhail Myasnikovich", "Mikhail Mishustin", "Vladimir Putin", "Nikolai Nikiforov", "Nikolay Nikiforov",
               "Rashid Ismailov", "Xi Jinping", "Askar Mamin", "Sergei Sobyanin", "Dmitry Volvach"]
FIRST = ["Anna", "Boris", "Elena", "Igor", "Irina", "Oleg", "Pavel", "Sofia", "Timur", "Yulia", "Arman", "Dana",
         "Nurlan", "Aigerim", "Viktor", "Marina", "Ruslan", "Zarina", "Stepan", "Olga"]
LAST = ["Orlova", "Sokolov", "Kuznetsova", "Volkov", "Abenov", "Petrenko", "Lebedev", "Saparova", "Ivanov",
        "Karimov", "Novikova", "Zhukov", "Tursunov", "Belova", "Gusev", "Aliyeva", "Morozov", "Rakhimov"]

YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")  # "2017", "2024/10/11" (the year part)
DAY_MONTH = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")  # "12 October", "5 February"
MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2})\b")  # "June 17", "July 28"
COUNT = re.compile(r"(?<![\d/.:,-])\b([1-9]\d\d)\b(?![\d/.:,%-])")  # "800 specialists", "193 countries" (never a day)
PEOPLE = re.compile("|".join(map(re.escape, sorted(SEED_PEOPLE, key=len, reverse=True))))


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(paths.CORPUS.glob("*.txt"))]


def vary(text: str, rng: random.Random) -> str:
    """`text` with years shifted together, day-month pairs and counts redrawn and seed people renamed."""
    shift = rng.randint(-6, 3)
    text = YEAR.sub(lambda m: str(int(m[0]) + shift), text)
    month = rng.choice(MONTHS)
    text = DAY_MONTH.sub(lambda m: f"{rng.randint(1, 28)} {month}", text)
    text = MONTH_DAY.sub(lambda m: f"{month} {rng.randint(1, 28)}", text)
    text = COUNT.sub(lambda m: str(rng.randint(100, 999)), text)
    renamed: dict[str, str] = {}
    return PEOPLE.sub(lambda m: renamed.setdefault(m[0], f"{rng.choice(FIRST)} {rng.choice(LAST)}"), text)


def make_corpus(n_docs: int, out_dir: Path | str, seed: int = 0) -> Path:
    """Write `n_docs` distinct .txt documents into `out_dir` (created) and return it."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    seeds = seed_texts()
    seen: set[str] = set()
    written = redraws = 0
    while written < n_docs:
        if redraws > 1000 + n_docs:
            raise RuntimeError("the seeds do not vary enough for this many distinct documents")
        text = vary(seeds[written % len(seeds)], rng)
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
        if digest in seen:  # redraw rather than write an exact duplicate
            redraws += 1
            continue
        seen.add(digest)
        (out / f"{written:06d}_{digest}.txt").write_text(text, encoding="utf-8")
        written += 1
    return out
