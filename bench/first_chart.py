"""Milliseconds from navigation to the first chart drawn, per page of a built report (median of 3 loads).

    python bench/first_chart.py [SITE]      # default bench/out/report/ (build it with bench/report.py)

Headless Debian Chromium, network cut, 1400 px wide. The time is `performance.now()` when the first
plotly graph has its SVG, observed in the page itself. Target on this machine: 1.5 s or less on every
page with a chart. Say how loaded the machine was (the load average is printed) when quoting a figure.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
TARGET_MS = 1500
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

# Records the moment the first plotly SVG appears, from the page's own clock.
WATCH_FIRST_CHART = """
new MutationObserver((changes, observer) => {
  if (document.querySelector('.js-plotly-plot .main-svg')) { window.__firstChart = performance.now(); observer.disconnect(); }
}).observe(document, {childList: true, subtree: true});
"""


def first_chart_ms(browser, page_file: Path) -> float | None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:", "blob:")) else route.abort())
    page.add_init_script(WATCH_FIRST_CHART)
    page.goto(page_file.as_uri(), wait_until="load")
    if not page.evaluate("() => !!document.querySelector('.js-plotly-plot')"):
        page.close()
        return None
    page.wait_for_function("() => window.__firstChart !== undefined", timeout=60_000)
    ms = page.evaluate("() => window.__firstChart")
    page.close()
    return ms


def main() -> None:
    site = (Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "out" / "report").resolve()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    print(f"site: {site}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=FLAGS)
        for page_file in sorted(site.glob("*.html")):
            times = [first_chart_ms(browser, page_file) for _ in range(RUNS)]
            if times[0] is None:
                print(f"  {page_file.name:<28} no chart")
                continue
            median = statistics.median(times)
            flag = "" if median <= TARGET_MS else f"  (over {TARGET_MS} ms)"
            print(f"  {page_file.name:<28} {median:6.0f} ms  (runs: {', '.join(f'{t:.0f}' for t in times)}){flag}")
        browser.close()


if __name__ == "__main__":
    main()
