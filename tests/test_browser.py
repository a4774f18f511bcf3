"""End to end: build the report, open every page in headless Chromium with the network blocked.

Every page must make no request outside the file system, log no console error, draw every plotly
figure its notebook made (maps with their world shapes), give every table all its rows and a search box
that filters them, and let no script from the corpus run. A screenshot of each page goes to
`test-artifacts/report/`.

Needs Debian's `chromium` (`.ci/run` installs it) and Playwright's Python package, which drives it
through `executable_path`; no browser is downloaded.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from helpers import paths
from helpers.report import build_report

playwright = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed: pip install -e '.[test]'")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip(
        "Chromium not found: install Debian's chromium (`apt-get install chromium`; .ci/run does) to run the browser tests",
        allow_module_level=True,
    )

pytestmark = pytest.mark.browser

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = paths.ROOT / "test-artifacts" / "report"
HOSTILE_CORPUS = Path(__file__).parent / "fixtures" / "report" / "hostile_corpus"
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

# Figures drawn: every plotly graph has its SVG; every map has its land drawn from the world shapes.
FIGURES_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(gd => ({
    drawn: gd.querySelector('.main-svg') !== null,
    maps: Array.from(gd.querySelectorAll('.geo .layer.land path')).map(p => (p.getAttribute('d') || '').length),
}))"""

# Corpus text that plotly would read as markup (it drops unknown tags instead of showing them as text),
# or the one entity of html.escape it does not decode and would show literally (&quot;: escape with quote=False).
RAW_MARKUP_IN_FIGURES_JS = """() => {
    const found = [];
    const visit = value => {
        if (typeof value === 'string') { if (/<(script|img|a)\\b|&quot;/i.test(value)) found.push(value); }
        else if (Array.isArray(value)) value.forEach(visit);
    };
    for (const gd of document.querySelectorAll('.js-plotly-plot')) {
        for (const trace of gd.data || []) ['text', 'hovertext', 'customdata', 'name'].forEach(k => visit(trace[k]));
        const layout = gd.layout || {};
        for (const note of layout.annotations || []) visit(note.text);
        visit(layout.title && layout.title.text);
    }
    return found;
}"""

# Markup that could only come from corpus text interpreted as HTML.
INJECTED_JS = """() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    links: document.querySelectorAll('a[href^="javascript:"]').length,
    scripts: Array.from(document.querySelectorAll('script')).filter(s => s.textContent.trim().startsWith('alert(')).length,
})"""


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    from test_report import FIXTURE_NOTEBOOKS, stub_corpus

    import helpers.store

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(helpers.store, "load_corpus", stub_corpus)
        return build_report(HOSTILE_CORPUS, tmp_path_factory.mktemp("fixture") / "report", notebooks_dir=FIXTURE_NOTEBOOKS).parent


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    return build_report(paths.CORPUS, tmp_path_factory.mktemp("seed") / "report").parent


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("hostile") / "corpus"
    shutil.copytree(HOSTILE_CORPUS, corpus)
    return build_report(corpus, tmp_path_factory.mktemp("hostile") / "report").parent


def open_page(browser, page_file: Path, artifact: Path) -> dict:
    """Load one page with the network blocked; return what happened and what it shows."""
    requests, errors, dialogs = [], [], []
    page = browser.new_page(viewport={"width": 1280, "height": 900})

    def route(request_route):
        url = request_route.request.url
        if url.startswith(LOCAL_SCHEMES):
            request_route.continue_()
        else:
            requests.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(page_file.as_uri(), wait_until="load")
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot')).every(gd => gd.querySelector('.main-svg'))"
        " && document.querySelectorAll('table[id^=itables]:not(.dataTable)').length === 0",
        timeout=20_000,
    )
    page.wait_for_timeout(300)  # let late onerror handlers of injected images fire, if any
    result = {
        "requests": requests,
        "errors": errors,
        "dialogs": dialogs,
        "figures": page.evaluate(FIGURES_JS),
        "raw_markup_in_figures": page.evaluate(RAW_MARKUP_IN_FIGURES_JS),
        "injected": page.evaluate(INJECTED_JS),
        "tables": check_tables(page),
        "text": page.inner_text("body"),
    }
    artifact.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(artifact), full_page=True)
    page.close()
    return result


ROWS_JS = "c => Array.from(c.querySelectorAll('table.dataTable tbody tr')).filter(r => !r.querySelector('td.dt-empty'))"


def check_tables(page) -> list[dict]:
    """For each interactive table: rows reachable (all on one page, or via the 'All' length), search, sort."""
    results = []
    for container in page.query_selector_all(".dt-container"):
        body_rows = lambda: container.evaluate_handle(ROWS_JS).evaluate("rows => rows.map(r => r.innerText)")
        info = container.query_selector(".dt-info")
        total = int(re.search(r"of ([\d,]+) entries", info.inner_text()).group(1).replace(",", "")) if info else len(body_rows())
        length = container.query_selector(".dt-length select")
        if length:
            length.select_option("-1")
            settle(page, f"([c, total]) => ({ROWS_JS})(c).length >= total", [container, total])
        rows_text = body_rows()
        searched = None
        search = container.query_selector(".dt-search input")
        if search and rows_text:
            term = search_term(rows_text[0])
            search.fill(term)
            settle(page, f"([c, term]) => ({ROWS_JS})(c).every(r => r.innerText.toLowerCase().includes(term))", [container, term.lower()])
            matches = body_rows()
            searched = {
                "term": term,
                "rows": len(matches),
                "rows_with_term": sum(term.lower() in text.lower() for text in rows_text),
                "all_match": all(term.lower() in m.lower() for m in matches),
            }
            search.fill("")
        results.append({"total": total, "shown": len(rows_text), "search": searched, "sorts": sorts_on_click(page, container)})
    return results


def sorts_on_click(page, container) -> bool:
    """Clicking the sort arrows of the first column's header orders the table by it."""
    header = container.query_selector("table.dataTable thead th.dt-orderable-asc")
    if header is None:
        return False
    header.query_selector(".dt-column-order").click()  # itables keeps header text selectable: the arrows sort
    settle(page, "th => th.getAttribute('aria-sort')", header)
    return header.get_attribute("aria-sort") in {"ascending", "descending"}


def settle(page, condition: str, arg) -> None:
    """Wait until `condition` holds: DataTables may redraw a moment later, behind its 'processing' sign.

    After 5 s the caller's assertion reports what the page shows instead.
    """
    try:
        page.wait_for_function(condition, arg=arg, timeout=5_000)
    except playwright.TimeoutError:
        pass


def search_term(row_text: str) -> str:
    """A word of the first row, to type into the search box."""
    words = re.findall(r"[^\W\d_]{4,}", row_text)
    return words[0] if words else row_text.split()[0]


def check_site(browser, site: Path, name: str) -> dict[str, dict]:
    """Open every page of the site and assert what holds for every page of every site."""
    manifest = json.loads((site / "build.json").read_text(encoding="utf-8"))
    expected = {page["name"]: page for page in manifest["pages"]}
    pages = sorted(site.glob("*.html")) + sorted((site / "figures").glob("*.html"))
    results = {}
    for page_file in pages:
        result = open_page(browser, page_file, ARTIFACTS / name / f"{page_file.stem}.png")
        where = f"{name}/{page_file.relative_to(site)}"
        assert result["requests"] == [], f"{where} asked the network for {result['requests']}"
        assert result["errors"] == [], f"{where} logged errors: {result['errors']}"
        assert result["dialogs"] == [], f"{where} ran a script from the corpus: {result['dialogs']}"
        assert result["injected"] == {"images": 0, "links": 0, "scripts": 0}, f"{where}: corpus text became markup"
        assert result["raw_markup_in_figures"] == [], f"{where}: figure text not escaped: {result['raw_markup_in_figures'][:3]}"
        assert all(figure["drawn"] for figure in result["figures"]), f"{where}: a figure was not drawn"
        assert all(length > 1000 for figure in result["figures"] for length in figure["maps"]), f"{where}: a map has no world shapes"
        for table in result["tables"]:
            assert table["shown"] == table["total"], f"{where}: a table shows {table['shown']} of {table['total']} rows"
            assert table["sorts"], f"{where}: clicking a column header does not sort the table"
            if table["search"]:
                search = table["search"]
                assert search["all_match"] and search["rows"] == search["rows_with_term"], f"{where}: search {search}"
        if page_file.stem in expected:
            made = expected[page_file.stem]
            assert len(result["figures"]) == made["figures"], f"{where}: {len(result['figures'])} graphs drawn, notebook made {made['figures']}"
            assert len(result["tables"]) == made["tables"], f"{where}: {len(result['tables'])} tables, notebook made {made['tables']}"
            assert made["untagged_widgets"] == 0, f"{where}: a widget outside an `explorer` cell shows nothing without a kernel"
        elif page_file.parent.name == "figures":
            assert len(result["figures"]) == 1, f"{where}: a saved figure page shows {len(result['figures'])} graphs"
        results[str(page_file.relative_to(site))] = result
    return results


def test_fixture_site_works_offline_in_a_browser(browser, fixture_site):
    results = check_site(browser, fixture_site, "fixture")
    page = results["01_fixture.html"]
    assert len(page["figures"]) == 3 and len(page["figures"][1]["maps"]) == 1
    assert page["tables"] == [{"total": 2, "shown": 2, "search": None, "sorts": True}]
    assert '<script>alert("pwned-1")</script>' in page["text"]  # corpus markup shown as text in the table


def test_hover_label_shows_corpus_markup_as_text(browser, fixture_site):
    page = browser.new_page()
    page.goto((fixture_site / "01_fixture.html").as_uri())
    page.wait_for_selector(".js-plotly-plot .scatterlayer .point")
    labels = []
    words_figure = page.query_selector(".js-plotly-plot")
    for point in words_figure.query_selector_all(".scatterlayer .point"):
        box = point.bounding_box()  # plotly's drag layer sits on top: move the mouse, do not "hover" the element
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_selector(".hoverlayer .hovertext")
        labels.append(page.evaluate("() => document.querySelector('.hoverlayer').textContent"))
    page.close()
    assert any('<script>alert("pwned-1")</script>' in label for label in labels), labels


def test_seed_report_works_offline_in_a_browser(browser, seed_site):
    from helpers.store import load_corpus

    results = check_site(browser, seed_site, "seed")
    corpus = load_corpus(paths.CORPUS, quiet=True)
    assert {"index.html", "00_start_here.html", "01_corpus_overview.html", "04_quotes.html"} <= set(results)
    overview_tables = [t["total"] for t in results["01_corpus_overview.html"]["tables"]]
    assert len(corpus.documents) in overview_tables, "the documents table lacks rows"
    if len(corpus.quotes):
        assert len(corpus.quotes) in [t["total"] for t in results["04_quotes.html"]["tables"]], "the quote table lacks rows"
    assert any(t["search"] for r in results.values() for t in r["tables"]), "no table with a search box was exercised"
    assert sum(path.stat().st_size for path in seed_site.rglob("*") if path.is_file()) < 10_000_000


def test_hostile_corpus_shows_markup_as_text_and_runs_none_of_it(browser, hostile_site):
    results = check_site(browser, hostile_site, "hostile")
    shown = "\n".join(result["text"] for result in results.values())
    assert '<script>alert("pwned-' in shown or "<img src=x onerror=alert(" in shown, "the hostile text is not shown as text anywhere"
