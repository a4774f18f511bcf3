"""End to end: build the report, open every page in headless Chromium with the network blocked, as a reader.

On the seed report and on the report of a second corpus (`tests/fixtures/unseen`), every page must make
no request outside the file system, log no console error, draw every plotly figure its notebook made
(maps with their world shapes), and show no `<NA>`, `nan`, literal `\\n\\n` or traceback. Every table sorts
by a click on a header's text, has a search box when it has more than 10 rows, and gives every row;
the filter panes of the quotes and events tables change the row count; a quote row opens to its
paragraph with the quote marked; a country has one colour on every page; plotly.js is loaded once on a
page with a chart and not at all elsewhere; at 390 px every chart's labels are inside the chart, and a
chart wider than the phone scrolls. A hostile corpus (markup in titles, bodies, CSV columns and quotes)
runs nothing, also through the filters and the expanded rows.

Screenshots of every page at 1400 px and 390 px go to `test-artifacts/report/<site>/`, for a person to
look at. Needs Debian's `chromium` (`.ci/run` installs it) and Playwright's Python package, which drives
it through `executable_path`; no browser is downloaded.
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
UNSEEN_CORPUS = Path(__file__).parent / "fixtures" / "unseen" / "corpus"
MIXED_CORPUS = Path(__file__).parent / "fixtures" / "mixed" / "corpus"  # English and Russian sources
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
WIDE, PHONE = 1400, 390
SITE_LIMIT = 10_000_000  # bytes

# Figures drawn: every plotly graph has its SVG; every map has its land drawn from the world shapes.
FIGURES_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(gd => ({
    drawn: gd.querySelector('.main-svg') !== null,
    maps: Array.from(gd.querySelectorAll('.geo .layer.land path')).map(p => (p.getAttribute('d') || '').length),
}))"""

# name -> colours of every trace that names a country (a bar, a marker, a node of the network, a capital).
COLOURS_JS = """() => {
    const seen = {};
    const add = (name, colour) => { if (typeof name === 'string' && typeof colour === 'string') (seen[name] = seen[name] || []).push(colour); };
    for (const gd of document.querySelectorAll('.js-plotly-plot')) {
        for (const trace of gd.data || []) {
            const colour = trace.marker && trace.marker.color;
            if (typeof colour === 'string') add(trace.name, colour);
            else if (Array.isArray(colour) && Array.isArray(trace.text)) trace.text.forEach((t, i) => add(t, colour[i]));
        }
    }
    return seen;
}"""

# Labels of a chart outside its drawing (cut off), legends that scroll (entries hidden), x labels on top
# of each other, and charts wider than the page that do not sit in a scrolling box.
CLIPPED_JS = """() => {
    const problems = [];
    const inside = (r, box) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    document.querySelectorAll('.js-plotly-plot').forEach((gd, n) => {
        const svg = gd.querySelector('.main-svg');
        if (!svg) return;
        const box = svg.getBoundingClientRect();
        const labels = gd.querySelectorAll('.xtick text, .ytick text, .legendtext, .gtitle, .g-gtitle text, .g-xtitle text, .g-ytitle text, .updatemenu-item-text');
        for (const label of labels) {
            const r = label.getBoundingClientRect();
            if (r.width > 0 && label.textContent.trim() && !inside(r, box)) problems.push(`chart ${n}: "${label.textContent}" cut off`);
        }
        for (const bar of gd.querySelectorAll('.legend .scrollbar')) {
            if (bar.getBoundingClientRect().height > 0) problems.push(`chart ${n}: the legend scrolls, entries hidden`);
        }
        const ticks = Array.from(gd.querySelectorAll('.xtick text')).filter(t => !/rotate/.test(t.getAttribute('transform') || ''))
            .map(t => t.getBoundingClientRect()).filter(r => r.width > 0);
        for (let i = 1; i < ticks.length; i++) {
            const a = ticks[i - 1], b = ticks[i];
            if (a.right > b.left + 1 && a.left < b.right - 1 && a.bottom > b.top + 1 && a.top < b.bottom - 1) { problems.push(`chart ${n}: x labels overlap`); break; }
        }
        if (box.right > window.innerWidth + 1) {
            let scroller = gd.parentElement;
            while (scroller && !(scroller.scrollWidth > scroller.clientWidth && ['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX))) scroller = scroller.parentElement;
            const pageScrolls = document.scrollingElement.scrollWidth > window.innerWidth;  // a figure alone on its page
            if (!scroller && !pageScrolls) problems.push(`chart ${n}: wider than the page and not scrollable`);
        }
    });
    return problems;
}"""

# Corpus text that plotly would read as markup (it drops unknown tags instead of showing them as text),
# or the one entity of html.escape it does not decode and would show literally (&quot;: escape with quote=False).
RAW_MARKUP_IN_FIGURES_JS = """() => {
    const found = [];
    const visit = value => {
        if (typeof value === 'string') { if (/<(script|img|a|svg)\\b|&quot;/i.test(value)) found.push(value); }
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

# Cyrillic text drawn as missing-glyph boxes ("tofu"): in the font the page sets (with the browser's fallback), every
# letter of a visible text node measures as wide as the box of an unassigned code point. Returns the nodes affected.
TOFU_JS = """() => {
    const context = document.createElement('canvas').getContext('2d');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const tofu = [];
    let checked = 0;
    while (walker.nextNode() && checked < 300) {
        const element = walker.currentNode.parentElement;
        const letters = [...new Set(walker.currentNode.textContent.match(/[А-Яа-яЁё]/g) || [])];
        if (letters.length < 3 || !element || !element.getClientRects().length) continue;
        const style = getComputedStyle(element);
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const missing = context.measureText('\\u0378').width;
        checked++;
        if (letters.every(letter => Math.abs(context.measureText(letter).width - missing) < 0.01)) {
            tofu.push(walker.currentNode.textContent.slice(0, 60));
        }
    }
    return {checked, tofu};
}"""

# Markup that could only come from corpus text interpreted as HTML.
INJECTED_JS = """() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    links: document.querySelectorAll('a[href^="javascript:"]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    scripts: Array.from(document.querySelectorAll('script')).filter(s => s.textContent.trim().startsWith('alert(')).length,
})"""
NOTHING_INJECTED = {"images": 0, "links": 0, "svgs": 0, "scripts": 0}

# The rows of a table (not of its filter panes, which are DataTables too), and its "Showing 1 to 10 of 62 entries".
ROWS_JS = ("c => Array.from(c.querySelectorAll('table.dataTable > tbody > tr'))"
           ".filter(r => r.querySelector('td') && !r.querySelector('td.dt-empty') && !r.closest('.dtsp-panesContainer'))")
INFO_JS = "c => { const i = c.querySelector(':scope > .dt-layout-row .dt-info'); return i ? i.innerText : ''; }"
COUNT_IS_JS = ("([c, n, same]) => { const m = /of ([\\d,]+) entr(y|ies)/.exec((" + INFO_JS + ")(c));"
               " return m && (+m[1].replace(/,/g, '') === n) === same; }")
UNWANTED_TEXT = re.compile(r"<NA>|\bnan\b|\bNaN\b|\\n|Traceback \(most recent call last\)")


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
def unseen_site(tmp_path_factory):
    return build_report(UNSEEN_CORPUS, tmp_path_factory.mktemp("unseen") / "report").parent


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("hostile") / "corpus"
    shutil.copytree(HOSTILE_CORPUS, corpus)
    return build_report(corpus, tmp_path_factory.mktemp("hostile") / "report").parent


@pytest.fixture(scope="module")
def mixed_site(tmp_path_factory):
    return build_report(MIXED_CORPUS, tmp_path_factory.mktemp("mixed") / "report").parent


def new_page(browser, width: int):
    """A page with the network cut, recording requests, errors and dialogs (a script from the corpus)."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.set_default_timeout(10_000)  # a control that cannot be clicked fails fast, naming itself
    page.set_default_navigation_timeout(30_000)  # plotly.js is 4.8 MB to parse on a loaded machine
    page.log = {"requests": [], "errors": [], "dialogs": []}

    def route(request_route):
        url = request_route.request.url
        if url.startswith(LOCAL_SCHEMES):
            request_route.continue_()
        else:
            page.log["requests"].append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("console", lambda message: page.log["errors"].append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.log["errors"].append(str(error)))
    page.on("dialog", lambda dialog: (page.log["dialogs"].append(dialog.message), dialog.dismiss()))
    return page


def load(page, page_file: Path) -> None:
    page.goto(page_file.as_uri(), wait_until="load")
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot')).every(gd => gd.querySelector('.main-svg'))"
        " && document.querySelectorAll('table[id^=itables]:not(.dataTable)').length === 0",
        timeout=20_000,
    )
    page.wait_for_timeout(300)  # let late onerror handlers of injected images fire, if any


def settle(page, condition: str, arg=None) -> None:
    """Wait until `condition` holds: DataTables may redraw a moment later. After 5 s the caller's
    assertion reports what the page shows instead."""
    try:
        page.wait_for_function(condition, arg=arg, timeout=5_000)
    except playwright.TimeoutError:
        pass


def entries(container) -> int | None:
    """The row count DataTables reports ("Showing 1 to 10 of 62 entries"), after filtering."""
    match = re.search(r"of ([\d,]+) entr(?:y|ies)", container.evaluate(INFO_JS))
    return int(match.group(1).replace(",", "")) if match else None


def check_table(page, container) -> dict:
    """What a reader can do with one table: all rows reachable, search, sort by a header's text."""
    body_rows = lambda: container.evaluate(f"c => ({ROWS_JS})(c).map(r => r.innerText)")
    total = entries(container)
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
        page.wait_for_timeout(100)  # DataTables filters on the input event; give it a frame to redraw
        matches = body_rows()
        # Hidden columns (a quote's paragraph) are searched too: the row the word came from must stay.
        searched = {"term": term, "rows": len(matches), "kept": rows_text[0] in matches}
        search.fill("")
        settle(page, f"([c, n]) => ({ROWS_JS})(c).length === n", [container, len(rows_text)])
    return {"total": total, "shown": len(rows_text), "search_box": search is not None, "search": searched,
            "sorts": sorts_on_header_click(page, container)}


def sorts_on_header_click(page, container) -> bool:
    """Clicking the text of a sortable column's header orders the table by it."""
    headers = [th for th in container.query_selector_all("thead th.dt-orderable-asc, thead th.dt-orderable-desc")
               if th.is_visible() and not th.evaluate("th => !!th.closest('.dtsp-panesContainer')")]
    if not headers:
        return False
    header = headers[0]
    header.query_selector(".dt-column-title").click()
    settle(page, "th => ['ascending', 'descending'].includes(th.getAttribute('aria-sort'))", header)
    return header.get_attribute("aria-sort") in {"ascending", "descending"}


def search_term(row_text: str) -> str:
    """A word of the first row, to type into the search box."""
    words = re.findall(r"[^\W\d_]{4,}", row_text)
    return words[0] if words else row_text.split()[0]


# Click the value of filter pane `n` that the fewest rows have (a value every row has filters nothing);
# return the pane's title, or null when the pane offers fewer than two values.
PICK_RAREST_JS = """([c, n]) => {
    const pane = c.querySelectorAll('.dtsp-searchPane:not(.dtsp-hidden)')[n];
    const options = Array.from(pane.querySelectorAll('tbody tr')).filter(r => r.querySelector('.dtsp-pill'));
    if (options.length < 2) return null;
    const count = r => parseInt(r.querySelector('.dtsp-pill').innerText, 10) || 0;
    options.reduce((a, b) => count(b) < count(a) ? b : a).querySelector('td.dtsp-nameColumn').click();
    return pane.querySelector('input.dtsp-search').getAttribute('placeholder');
}"""


def check_panes(page, container) -> list[dict]:
    """Pick a value in each filter pane that offers two or more: the table's row count must change."""
    results = []
    before = entries(container)
    panes = container.evaluate("c => c.querySelectorAll('.dtsp-searchPane:not(.dtsp-hidden)').length")
    for n in range(panes):
        title = page.evaluate(PICK_RAREST_JS, [container, n])
        if title is None:
            continue
        settle(page, COUNT_IS_JS, [container, before, False])
        results.append({"pane": title, "before": before, "after": entries(container)})
        container.evaluate("c => c.querySelector('.dtsp-clearAll').click()")
        settle(page, COUNT_IS_JS, [container, before, True])
    return results


def expand_first_row(page, container) -> dict | None:
    """Open the first row (its arrow); return what the opened row shows."""
    arrow = container.query_selector("tbody td.dt-control")
    if arrow is None:
        return None
    arrow.click()
    settle(page, "c => c.querySelector('tbody tr.dt-hasChild + tr')", container)
    opened = container.query_selector("tbody tr.dt-hasChild + tr")
    if opened is None:
        return {"opened": False}
    mark = opened.query_selector("blockquote.quote-context mark")
    return {"opened": True, "paragraph": bool(opened.query_selector("blockquote.quote-context")),
            "marked": mark.inner_text() if mark else "", "row": arrow.evaluate("td => td.parentElement.innerText"),
            "text": opened.inner_text()}


def open_wide(browser, page_file: Path, artifact: Path) -> dict:
    """Everything a reader does at laptop width; a screenshot of the page as loaded."""
    page = new_page(browser, WIDE)
    load(page, page_file)
    artifact.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(artifact), full_page=True)
    result = {
        "figures": page.evaluate(FIGURES_JS),
        "colours": page.evaluate(COLOURS_JS),
        "raw_markup_in_figures": page.evaluate(RAW_MARKUP_IN_FIGURES_JS),
        "plotly_scripts": page.evaluate("() => document.querySelectorAll('script[src$=\"plotly.min.js\"]').length"),
        "text": page.inner_text("body"),
        "tables": [], "panes": [], "expanded": [],
    }
    for container in page.query_selector_all("div.dt-container:not(.dtsp-panesContainer div.dt-container)"):
        if container.evaluate("c => !!c.closest('.dtsp-panesContainer')"):
            continue  # the lists inside the filter panes are DataTables too
        result["tables"].append(check_table(page, container))
        result["panes"] += check_panes(page, container)
        opened = expand_first_row(page, container)
        if opened is not None:
            result["expanded"].append(opened)
    page.wait_for_timeout(300)
    result["injected"] = page.evaluate(INJECTED_JS)
    result["text_after_use"] = page.inner_text("body")
    result.update(page.log)
    page.close()
    return result


def open_phone(browser, page_file: Path, artifact: Path) -> dict:
    page = new_page(browser, PHONE)
    load(page, page_file)
    page.screenshot(path=str(artifact), full_page=True)
    result = {"clipped": page.evaluate(CLIPPED_JS), "errors": page.log["errors"]}
    page.close()
    return result


def check_site(browser, site: Path, name: str, *, figure_pages: bool = True) -> dict[str, dict]:
    """Open every page of the site at both widths and assert what holds for every page of every site.

    `figure_pages=False` leaves out the standalone copies of the figures in figures/ (the same code
    writes them for every corpus; the seed site checks them).
    """
    manifest = json.loads((site / "build.json").read_text(encoding="utf-8"))
    expected = {page["name"]: page for page in manifest["pages"]}
    pages = sorted(site.glob("*.html")) + (sorted((site / "figures").glob("*.html")) if figure_pages else [])
    folder = ARTIFACTS / name
    shutil.rmtree(folder, ignore_errors=True)
    results, colours = {}, {}
    for page_file in pages:
        stem = str(page_file.relative_to(site).with_suffix("")).replace("/", "-")
        result = open_wide(browser, page_file, folder / f"{stem}-{WIDE}.png")
        # The standalone figure pages hold the same figures as the notebook pages: checked at one width.
        phone = open_phone(browser, page_file, folder / f"{stem}-{PHONE}.png") if page_file.parent == site else {"clipped": [], "errors": []}
        where = f"{name}/{page_file.relative_to(site)}"
        assert result["requests"] == [], f"{where} asked the network for {result['requests']}"
        assert result["errors"] + phone["errors"] == [], f"{where} logged errors: {result['errors'] + phone['errors']}"
        assert result["dialogs"] == [], f"{where} ran a script from the corpus: {result['dialogs']}"
        assert result["injected"] == NOTHING_INJECTED, f"{where}: corpus text became markup"
        assert result["raw_markup_in_figures"] == [], f"{where}: figure text not escaped: {result['raw_markup_in_figures'][:3]}"
        assert all(figure["drawn"] for figure in result["figures"]), f"{where}: a figure was not drawn"
        assert all(length > 1000 for figure in result["figures"] for length in figure["maps"]), f"{where}: a map has no world shapes"
        assert result["plotly_scripts"] == (1 if result["figures"] else 0), f"{where}: plotly.js loaded {result['plotly_scripts']} times"
        for text in (result["text"], result["text_after_use"]):
            unwanted = UNWANTED_TEXT.findall(text)
            assert not unwanted, f"{where} shows {unwanted[:5]}"
        assert phone["clipped"] == [], f"{where} at {PHONE} px: {phone['clipped'][:5]}"
        for table in result["tables"]:
            assert table["shown"] == table["total"], f"{where}: a table shows {table['shown']} of {table['total']} rows"
            assert table["sorts"], f"{where}: clicking a column header does not sort the table"
            if table["total"] > 10:
                assert table["search_box"], f"{where}: a table of {table['total']} rows has no search box"
            if table["search"]:
                assert table["search"]["kept"] and table["search"]["rows"] <= table["total"], f"{where}: search {table['search']}"
        for pane in result["panes"]:
            assert pane["after"] is not None and pane["after"] < pane["before"], f"{where}: filter {pane} changed nothing"
        for opened in result["expanded"]:
            assert opened["opened"], f"{where}: a row did not open"
        for country, seen in result["colours"].items():
            colours.setdefault(country, {}).setdefault(frozenset(seen), where)
        if page_file.stem in expected:
            made = expected[page_file.stem]
            assert len(result["figures"]) == made["figures"], f"{where}: {len(result['figures'])} graphs drawn, notebook made {made['figures']}"
            assert len(result["tables"]) == made["tables"], f"{where}: {len(result['tables'])} tables, notebook made {made['tables']}"
            assert made["untagged_widgets"] == 0, f"{where}: a widget outside an `explorer` cell shows nothing without a kernel"
        elif page_file.parent.name == "figures":
            assert len(result["figures"]) == 1, f"{where}: a saved figure page shows {len(result['figures'])} graphs"
        results[str(page_file.relative_to(site))] = result
    for country, variants in colours.items():
        palette = set().union(*variants)
        assert len(palette) == 1, f"{name}: {country} is drawn in {sorted(palette)} (pages {sorted(variants.values())})"
    assert sum(path.stat().st_size for path in site.rglob("*") if path.is_file()) <= SITE_LIMIT
    return results


def check_reader_features(results: dict, corpus) -> None:
    """What the quotes and timeline pages give a reader of any corpus."""
    quotes_page, timeline_page = results["04_quotes.html"], results["02_timeline.html"]
    if len(corpus.quotes):
        assert len(corpus.quotes) in [t["total"] for t in quotes_page["tables"]], "the quote table lacks rows"
        panes = {pane["pane"] for pane in quotes_page["panes"]}
        assert "speaker" in panes and "kind" in panes, f"quote filters exercised: {panes}"
        quote_rows = [opened for opened in quotes_page["expanded"] if opened["paragraph"]]
        assert quote_rows and quote_rows[0]["marked"], "a quote row does not open to its paragraph with the quote marked"
        assert quote_rows[0]["marked"].split()[0] in quote_rows[0]["row"], "the marked words are not the row's quote"
    if len(corpus.events):
        assert len(corpus.events) in [t["total"] for t in timeline_page["tables"]], "the events table lacks rows"
        assert timeline_page["panes"], "the events table has no filter that changes its rows"
    assert results["index.html"]["figures"], "the index page opens without its headline figure"


def test_fixture_site_works_offline_in_a_browser(browser, fixture_site):
    results = check_site(browser, fixture_site, "fixture")
    page = results["01_fixture.html"]
    assert len(page["figures"]) == 3 and len(page["figures"][1]["maps"]) == 1
    assert [(t["total"], t["shown"], t["sorts"]) for t in page["tables"]] == [(2, 2, True)]
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


def test_seed_report_works_for_readers_offline(browser, seed_site):
    from helpers.store import load_corpus

    results = check_site(browser, seed_site, "seed")
    corpus = load_corpus(paths.CORPUS, quiet=True)
    assert {"index.html", "00_start_here.html", "01_corpus_overview.html", "04_quotes.html"} <= set(results)
    overview_tables = [t["total"] for t in results["01_corpus_overview.html"]["tables"]]
    assert len(corpus.documents) in overview_tables, "the documents table lacks rows"
    check_reader_features(results, corpus)


def test_report_of_another_corpus_works_for_readers_and_speaks_of_that_corpus(browser, unseen_site):
    from helpers.store import load_corpus

    results = check_site(browser, unseen_site, "unseen", figure_pages=False)
    check_reader_features(results, load_corpus(UNSEEN_CORPUS, quiet=True))
    narrative = "\n".join(result["text"] for result in results.values())
    assert not re.search(r"seed|`?00[0-4]`? (says|gives|names)", narrative, re.I), "the report talks about the seed documents"


def test_hostile_corpus_shows_markup_as_text_and_runs_none_of_it(browser, hostile_site):
    results = check_site(browser, hostile_site, "hostile", figure_pages=False)  # filters clicked and rows opened on every page
    shown = "\n".join(result["text_after_use"] for result in results.values())
    assert '<script>alert("pwned-' in shown or "<img src=x onerror=alert(" in shown, "the hostile text is not shown as text anywhere"
    opened = [o["text"] for o in results["04_quotes.html"]["expanded"] if o["paragraph"]]
    assert opened and any("<" in text for text in opened), "the opened quote row does not show the markup as text"


def searched_counts(browser, page_file: Path, terms: list[str]) -> list[dict]:
    """For each table of the page, the rows left after typing each term in its search box, and the rows' text."""
    page = new_page(browser, WIDE)
    load(page, page_file)
    found = []
    for container in page.query_selector_all("div.dt-container"):
        search = container.query_selector(".dt-search input")
        if container.evaluate("c => !!c.closest('.dtsp-panesContainer')") or search is None:
            continue
        counts = {}
        for term in terms:
            search.fill(term)
            page.wait_for_timeout(100)
            counts[term] = (entries(container), container.evaluate(f"c => ({ROWS_JS})(c).map(r => r.innerText)"))
        search.fill("")
        found.append(counts)
    page.close()
    return found


def test_mixed_language_report_reads_in_both_scripts(browser, mixed_site):
    """English and Russian sources in one report: Cyrillic drawn with real glyphs on every page, one speaker for
    both scripts, a language filter on the quotes, events and documents tables (check_site clicks each pane's
    rarest value and asserts the rows change), and search matching Cyrillic in any case."""
    from helpers.store import load_corpus

    results = check_site(browser, mixed_site, "mixed", figure_pages=False)
    corpus = load_corpus(MIXED_CORPUS, quiet=True)
    check_reader_features(results, corpus)
    assert set(corpus.documents["language"]) == {"en", "ru"}
    for name in results:
        page = new_page(browser, WIDE)
        load(page, mixed_site / name)
        glyphs = page.evaluate(TOFU_JS)
        page.close()
        assert glyphs["tofu"] == [], f"mixed/{name}: Cyrillic drawn as missing glyphs: {glyphs['tofu'][:3]}"
    quotes_text = results["04_quotes.html"]["text"]
    assert "Мы договорились о совместных проектах" in quotes_text and "Our digital cooperation" in quotes_text
    assert "Vladimir Putin" in quotes_text and "Владимир Путин" not in {p["pane"] for p in results["04_quotes.html"]["panes"]}
    for name in ("01_corpus_overview.html", "02_timeline.html", "04_quotes.html"):
        panes = {pane["pane"] for pane in results[name]["panes"]}
        assert "language" in panes, f"mixed/{name}: no language filter was exercised ({panes})"
    [quotes] = searched_counts(browser, mixed_site / "04_quotes.html", ["минск", "МИНСК", "Минск", "минскх"])
    count, rows = quotes["минск"]
    assert count >= 1 and all("минск" in row.casefold() for row in rows), quotes["минск"]
    assert quotes["МИНСК"][0] == quotes["Минск"][0] == count and quotes["минскх"][0] == 0
