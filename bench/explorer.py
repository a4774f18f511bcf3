"""Milliseconds per explorer interaction (the ipywidgets explorers of notebooks 02 – 04) on a built corpus.

    python bench/explorer.py [--corpus DIR] [--repeat 5]

Loads the corpus as a notebook does (texts left on disk when large), builds each explorer once (timed
apart: it runs once per notebook), then sets its controls as a reader would and prints the median
milliseconds of each interaction: filter by speaker, country, kind, years and words (one, then two), turn a page, show
a quote in its paragraph; pick partners, topics and years on the timeline; pick a country and years of
pairs. Target: every interaction under 150 ms on 100,000 generated documents. Nothing is asserted.
Wall and CPU milliseconds are printed: on a shared machine, CPU is what the explorer costs.
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from usage import Usage

from helpers import load_corpus, widgets


def median_ms(action: Callable[[], None], reset: Callable[[], None], repeat: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of `action`, each run after `reset` (not timed)."""
    walls, cpus = [], []
    for _ in range(repeat):
        reset()
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def pick_another(picker) -> Callable[[], None]:
    """Choose a quote other than the one shown (the last of the page, or the first when it is shown)."""
    def pick():
        values = [value for _label, value in picker.options]
        picker.value = values[-1] if picker.value != values[-1] else values[0]
    return pick


def most_common(values) -> str:
    return values.value_counts().index[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=None, help="corpus folder (default: data/corpus/)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each interaction (the median is printed)")
    args = parser.parse_args()

    with Usage() as usage:
        started = time.perf_counter()
        corpus = load_corpus(args.corpus, quiet=True)
        quotes, events, pairs, documents = corpus.quotes, corpus.events, corpus.pairs, corpus.documents
        print(f"corpus: {corpus.path}: {len(documents):,} documents, {len(quotes):,} quotes, {len(events):,} events, "
              f"{len(pairs):,} pairs; loaded in {time.perf_counter() - started:.1f} s ({corpus.status})")
        results: list[tuple[str, tuple[float, float]]] = []

        started, cpu = time.perf_counter(), time.process_time()
        explorer = widgets.quotes_explorer(quotes, documents, texts=corpus.texts)
        print(f"quotes explorer built in {time.perf_counter() - started:.1f} s (CPU {time.process_time() - cpu:.1f} s)")
        c = explorer.controls
        table = explorer.table

        def clear():
            c["search"].value, c["speaker"].value, c["country"].value, c["kind"].value = "", widgets.ALL, widgets.ALL, widgets.ALL
            c["years"].value = (c["years"].min, c["years"].max)

        def set_value(control, value):
            return lambda: setattr(control, "value", value)

        low, high = c["years"].min, c["years"].max
        for label, action in [
            ("quotes: speaker", set_value(c["speaker"], most_common(table["speaker"]))),
            ("quotes: country", set_value(c["country"], most_common(table["speaker_country"]))),
            ("quotes: kind", set_value(c["kind"], "reported")),
            ("quotes: years", set_value(c["years"], (low, low + (high - low) // 2))),
            ("quotes: words (whole table)", set_value(c["search"], "digital")),
            ("quotes: two words (whole table)", set_value(c["search"], "digital economy")),
            ("quotes: next page", lambda: c["next"].click()),
            ("quotes: pick a quote (reads its text)", pick_another(c["quote"])),
        ]:
            results.append((label, median_ms(action, clear, args.repeat)))

        started, cpu = time.perf_counter(), time.process_time()
        timeline = widgets.timeline_explorer(events, documents)
        print(f"timeline explorer built in {time.perf_counter() - started:.1f} s (CPU {time.process_time() - cpu:.1f} s)")
        t = timeline.controls
        partners = [value for _label, value in t["countries"].options]

        def clear_timeline():
            t["countries"].value, t["topics"].value = (), ()
            t["years"].value = (t["years"].min, t["years"].max)

        for label, action in [
            ("timeline: partner", set_value(t["countries"], tuple(partners[:1]))),
            ("timeline: topic", set_value(t["topics"], tuple(t["topics"].options[:1]))),
            ("timeline: years", set_value(t["years"], (t["years"].max - 1, t["years"].max))),
        ]:
            results.append((label, median_ms(action, clear_timeline, args.repeat)))

        started, cpu = time.perf_counter(), time.process_time()
        pairs_view = widgets.pairs_explorer(pairs)
        print(f"pairs explorer built in {time.perf_counter() - started:.1f} s (CPU {time.process_time() - cpu:.1f} s)")
        p = pairs_view.controls
        countries = [value for _label, value in p["country"].options]

        def clear_pairs():
            p["country"].value = countries[0]
            p["years"].value = (p["years"].min, p["years"].max)

        for label, action in [
            ("pairs: country", set_value(p["country"], countries[-1])),
            ("pairs: years", set_value(p["years"], (p["years"].max - 1, p["years"].max))),
        ]:
            results.append((label, median_ms(action, clear_pairs, args.repeat)))

    print(f"{'interaction (median of ' + str(args.repeat) + ')':<40} {'wall':>8} {'CPU':>8}   (target: under 150 ms)")
    for label, (wall, cpu) in results:
        print(f"{label:<40} {wall:5.0f} ms {cpu:5.0f} ms")
    print(f"whole run: {usage.summary()}")


if __name__ == "__main__":
    main()
