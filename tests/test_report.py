"""The report machinery on a fixture notebook: what the exported site contains and how a bad cell fails.

The extraction pipeline is replaced by a stub (`stub_pipeline`), so these tests exercise execution,
export and the site apart from it; `test_browser.py` runs the real notebooks on real corpora.
"""
from __future__ import annotations

import asyncio
import json
import re
import types
from pathlib import Path

import nbformat
import pandas as pd
import plotly.express as px
import pytest

import helpers.store
from helpers import display, paths
from helpers.report import (POLL_SLICE, ReportError, _in_slices, build_report, markdown_to_text, notebook_summary,
                            set_aside_explorers)

FIXTURES = Path(__file__).parent / "fixtures" / "report"
FIXTURE_NOTEBOOKS = FIXTURES / "notebooks"
HOSTILE_CORPUS = FIXTURES / "hostile_corpus"

# A resource the browser would fetch by itself (not a link a reader may click): scripts, styles, images, frames.
REMOTE_RESOURCE = re.compile(r"<(script|link|img|iframe|source)\b[^>]*\b(src|href)\s*=\s*[\"']?(https?:)?//", re.I)


def stub_corpus(path=None):
    """What `build_report` needs from `load_corpus`: the tables it counts on the index page."""
    tables = {"documents": 2, "events": 3, "pairs": 4, "quotes": 5, "people": 6}
    return types.SimpleNamespace(counts=lambda: tables,
                                 **{name: pd.DataFrame({"row": range(rows)}) for name, rows in tables.items()})


@pytest.fixture(scope="module")
def stub_pipeline():
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(helpers.store, "load_corpus", stub_corpus)
        yield


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory, stub_pipeline) -> Path:
    out = tmp_path_factory.mktemp("report") / "site"
    index = build_report(HOSTILE_CORPUS, out, notebooks_dir=FIXTURE_NOTEBOOKS)
    assert index == out / "index.html"
    return out


def one_cell_notebook(folder: Path, name: str, source: str) -> Path:
    """A title, a parameters cell (the report injects a cell after it) and `source` as cell 2."""
    nb = nbformat.v4.new_notebook()
    parameters = nbformat.v4.new_code_cell("CORPUS = None", metadata={"tags": ["parameters"]})
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {name}"), parameters, nbformat.v4.new_code_cell(source)]
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / f"{name}.ipynb")
    return folder


def test_renderer_gives_lab_its_mimetype_and_the_export_html_without_plotlyjs():
    bundle = display.NotebookAndExportRenderer().to_mimebundle(px.bar(x=["a"], y=[1]).to_dict())
    html = bundle["text/html"]
    assert "application/vnd.plotly.v1+json" in bundle
    assert "Plotly.newPlot" in html
    assert "<script src" not in html and "MathJax" not in html
    assert len(html) < 50_000  # plotly.js itself is ~4.8 MB


def test_every_page_and_asset_loads_nothing_from_the_network(fixture_site):
    pages = list(fixture_site.glob("*.html")) + list((fixture_site / "figures").glob("*.html"))
    assert len(pages) == 3  # index, the notebook, the saved figure
    for page in pages:
        assert not REMOTE_RESOURCE.search(page.read_text(encoding="utf-8")), page.name
    for stylesheet in (fixture_site / "assets").glob("*.css"):
        assert not re.search(r"url\(\s*[\"']?(https?:)?//", stylesheet.read_text(encoding="utf-8")), stylesheet.name
    # A reader may still follow a link in the narrative; that is not a request the page makes.
    assert 'href="https://example.org"' in (fixture_site / "01_fixture.html").read_text(encoding="utf-8")


def test_plotlyjs_datatables_and_map_shapes_are_shared_assets_not_inlined(fixture_site):
    page = (fixture_site / "01_fixture.html").read_text(encoding="utf-8")
    assets = fixture_site / "assets"
    assert (assets / "plotly.min.js").stat().st_size > 3_000_000
    assert (assets / "world_110m.js").read_text(encoding="utf-8").startswith("window.PlotlyGeoAssets = {topojson: {world_110m: ")
    assert "_itables_" in (assets / "itables.js").read_text(encoding="utf-8")
    for asset in ("plotly.min.js", "world_110m.js", "itables.js", "notebook.css", "report.css"):
        assert f'assets/{asset}"' in page
    assert len(page) < 200_000  # no plotly.js, DataTables bundle or JupyterLab stylesheet inside
    assert not (fixture_site / "figures" / "plotly.min.js").exists()
    saved_figure = (fixture_site / "figures" / "01_fixture-words.html").read_text(encoding="utf-8")
    assert '<script src="../assets/plotly.min.js"></script>' in saved_figure


def test_build_manifest_counts_figures_tables_and_explorers(fixture_site):
    manifest = json.loads((fixture_site / "build.json").read_text(encoding="utf-8"))
    [page] = manifest["pages"]
    assert page["name"] == "01_fixture"
    assert (page["figures"], page["tables"], page["explorers"], page["untagged_widgets"]) == (3, 1, 1, 0)
    assert page["figures_data"] == ["01_fixture-words.csv", "01_fixture-words.html"]
    assert manifest["corpus"] == str(HOSTILE_CORPUS.resolve())


def test_explorer_becomes_a_line_about_exploring_live_and_static_view_stays(fixture_site):
    page = (fixture_site / "01_fixture.html").read_text(encoding="utf-8")
    assert "open <code>notebooks/01_fixture.ipynb</code> in JupyterLab" in page
    assert "IntSlider" not in page and "widget-view" not in page
    assert "Static view of the explorer" in page


def test_page_navigation_leads_to_the_index_and_names_pages_briefly(fixture_site):
    page = (fixture_site / "01_fixture.html").read_text(encoding="utf-8")
    assert '<a href="index.html">Report index</a>' in page
    assert '<span class="report-nav-current" title="Fixture: figures, a map, a table and an explorer">Fixture</span>' in page
    assert "<title>Fixture: figures, a map, a table and an explorer</title>" in page


def test_code_stderr_and_inline_loaders_stay_out_of_the_page(fixture_site):
    page = (fixture_site / "01_fixture.html").read_text(encoding="utf-8")
    assert "init_notebook()" not in page  # code cells are hidden
    assert "read 2 documents" not in page  # stderr
    assert "helpers.display: plotly.js" not in page


def test_hostile_corpus_text_is_escaped_everywhere_in_the_page(fixture_site):
    page = (fixture_site / "01_fixture.html").read_text(encoding="utf-8")
    assert '<script>alert("pwned' not in page
    assert "<img src=x" not in page
    assert not re.search(r"<a\b[^>]*href=[\"']?javascript:", page)
    assert '&lt;script&gt;alert("pwned-1")&lt;/script&gt;' in page  # shown as text in the table


def test_index_gives_corpus_numbers_pages_and_provenance(fixture_site):
    index = (fixture_site / "index.html").read_text(encoding="utf-8")
    for label, count in [("Documents", 2), ("Events", 3), ("Country pairs", 4), ("Quotes", 5), ("People", 6)]:
        assert re.search(rf"<th>{label}</th><td>{count}</td>", index), label
    assert '<a href="01_fixture.html">Fixture: figures, a map, a table and an explorer</a>' in index
    assert "Do figures, maps and tables survive the export?" in index
    assert '<a href="figures/01_fixture-words.csv">words.csv</a>' in index
    assert str(HOSTILE_CORPUS.resolve().relative_to(paths.ROOT)) in index
    assert re.search(r"Built \d{4}-\d\d-\d\d \d\d:\d\d UTC", index)


def test_the_report_corpus_overrides_the_notebook_parameter(tmp_path, stub_pipeline):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Parameters"),
        nbformat.v4.new_code_cell("CORPUS = '/somebody/else'", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print('analysing', CORPUS)"),
    ]
    (tmp_path / "nb").mkdir()
    nbformat.write(nb, tmp_path / "nb" / "09_parameters.ipynb")
    build_report(HOSTILE_CORPUS, tmp_path / "site", notebooks_dir=tmp_path / "nb")
    assert f"analysing {HOSTILE_CORPUS.resolve()}" in (tmp_path / "site" / "09_parameters.html").read_text(encoding="utf-8")


def test_a_stuck_cell_fails_the_build_naming_notebook_and_cell(tmp_path, stub_pipeline):
    notebooks = one_cell_notebook(tmp_path / "nb", "07_stuck", "import time\ntime.sleep(600)")
    out = tmp_path / "site"
    with pytest.raises(ReportError, match=r"07_stuck\.ipynb: cell 2 \(`import time`\) timed out: .* after 3 seconds"):
        build_report(HOSTILE_CORPUS, out, notebooks_dir=notebooks, cell_timeout=3)
    assert not out.exists() and not (tmp_path / ".site.building").exists()


def test_a_failing_cell_names_the_error_and_keeps_the_previous_report(tmp_path, stub_pipeline):
    notebooks = one_cell_notebook(tmp_path / "nb", "08_fails", "raise ValueError('no such country')")
    out = tmp_path / "site"
    out.mkdir()
    (out / "build.json").write_text("{}")
    with pytest.raises(ReportError, match=r"08_fails\.ipynb: cell 2 \(`raise ValueError.*`\) failed: ValueError: no such country"):
        build_report(HOSTILE_CORPUS, out, notebooks_dir=notebooks)
    assert (out / "build.json").read_text() == "{}"


def test_refuses_to_replace_a_folder_that_is_not_a_report(tmp_path, stub_pipeline):
    out = tmp_path / "thesis"
    out.mkdir()
    (out / "chapter1.docx").write_text("precious")
    with pytest.raises(ReportError, match="is not a report folder"):
        build_report(HOSTILE_CORPUS, out, notebooks_dir=FIXTURE_NOTEBOOKS)
    assert (out / "chapter1.docx").read_text() == "precious"


def test_kernel_messages_are_awaited_in_short_slices_until_the_deadline():
    from queue import Empty

    asked = []

    async def get_msg(timeout):
        asked.append(timeout)
        if len(asked) < 4:
            raise Empty  # a poll that missed the message; the next one must look again
        return {"msg_type": "execute_reply"}

    assert asyncio.run(_in_slices(get_msg)(timeout=60)) == {"msg_type": "execute_reply"}
    assert len(asked) == 4 and all(t <= POLL_SLICE for t in asked)

    waited = []

    async def silent(timeout):
        waited.append(timeout)
        await asyncio.sleep(timeout)
        raise Empty

    with pytest.raises(Empty):
        asyncio.run(_in_slices(silent)(timeout=1.2))
    # it kept polling in slices no longer than POLL_SLICE until its own deadline, and no further
    assert len(waited) >= 2 and all(0 <= t <= POLL_SLICE for t in waited) and 1.0 < sum(waited) <= 1.2


@pytest.mark.parametrize(
    "markdown, text",
    [
        ("Who is *quoted* on **which** topics?", "Who is quoted on which topics?"),
        ("See [the timeline](02_timeline.ipynb) and `events`.", "See the timeline and events."),
    ],
)
def test_markdown_to_text(markdown, text):
    assert markdown_to_text(markdown) == text


def test_summary_is_the_first_paragraph_under_the_title():
    nb = nbformat.read(FIXTURE_NOTEBOOKS / "01_fixture.ipynb", as_version=4)
    assert notebook_summary(nb) == "Do figures, maps and tables survive the export?"


def test_a_page_without_a_table_has_no_script_waiting_for_datatables(tmp_path, stub_pipeline):
    """A corpus without money amounts shows no table on a page: the page loads no DataTables, so itables' script
    awaiting it (from `init_notebook`) must go too, or the browser logs an error."""
    source = "from helpers.display import init_notebook\ninit_notebook()\nprint('no amounts in this corpus')"
    notebooks = one_cell_notebook(tmp_path / "nb", "09_no_table", source)
    site = build_report(HOSTILE_CORPUS, tmp_path / "site", notebooks_dir=notebooks).parent
    page = (site / "09_no_table.html").read_text(encoding="utf-8")
    assert "no amounts in this corpus" in page
    assert "set_or_remove_dark_class" not in page and "assets/itables.js" not in page


def test_explorer_cells_are_set_aside_unrun_and_other_cells_kept():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("raise RuntimeError('an explorer is not run')", metadata={"tags": ["explorer"]}),
        nbformat.v4.new_code_cell("x", metadata={"tags": ["static"]}),
    ])
    set_aside_explorers(nb)
    assert [cell.cell_type for cell in nb.cells] == ["code", "markdown", "code"]
    assert nb.cells[1].metadata["tags"] == ["explorer"]
