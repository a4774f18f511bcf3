"""Time to load the GeoNames gazetteer (helpers.gazetteer), which happens once per process.

    python bench/gazetteer.py

Target: under a second. Run in a fresh process: the load is cached for the life of the process.
"""
from __future__ import annotations

import time


def main() -> None:
    start = time.perf_counter()
    from helpers.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    loaded = time.perf_counter() - start
    again = time.perf_counter()
    load_gazetteer()
    print(f"gazetteer: {len(gazetteer):,} city names loaded in {loaded:.2f} s "
          f"(second call {1e6 * (time.perf_counter() - again):.0f} µs)")


if __name__ == "__main__":
    main()
