"""The offline HTML report: run the pipeline, execute every notebook, export a static site.

`build_report(corpus_dir, out_dir)` writes one folder that opens from disk with no kernel and no network:

- `index.html`: the corpus in numbers, a link to each notebook page, when and from which corpus it was built;
- `NN_name.html`: one page per notebook in `notebooks/`, executed from a fresh kernel;
- `assets/`: plotly.js, the world map shapes, DataTables (itables) and the stylesheets, once for the site;
- `figures/`: the data behind each published figure, written by `helpers.figures.save` while the
  notebooks run;
- `build.json`: what was built (figures and tables per page, seconds), for tests and benchmarks.

Each notebook's kernel gets two environment variables: `HELPERS_CORPUS` (the corpus folder, which
`load_corpus()` uses when called without a path) and `HELPERS_FIGURES_DIR` (the site's `figures/`);
the corpus is also set as `CORPUS` right after the cell tagged `parameters`.

The site is built beside `out_dir` and swapped in at the end, so a failed build leaves the previous
report intact.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import re
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from helpers import paths
from helpers.display import PLOTLYJS_MARKER, WORLD_MAP_MARKER, world_map_script
from helpers.figures import FIGURES_DIR_ENV
from helpers.store import CORPUS_ENV

PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE / "templates"
ASSETS = PACKAGE / "assets"

CELL_TIMEOUT = 120  # seconds; a cell that takes longer fails the build instead of hanging it
POLL_SLICE = 0.5  # seconds per wait for a kernel message (the guard against nbclient's missed-message stall)
WORKERS = 2  # notebooks executed at once: the measured sweet spot on two cores

EXPLORER_TAG = "explorer"  # live ipywidgets explorers: removed from the page, which shows their static view
BUILD_MANIFEST = "build.json"

# Output markers: what plotly figures and itables tables look like in a cell's text/html.
PLOTLY_FIGURE = 'class="plotly-graph-div"'
ITABLES_TABLE = "new ITable("
ITABLES_BUNDLE = "This is the <code>init_notebook_mode</code> cell from ITables"
ITABLES_DARK_MODE = "set_or_remove_dark_class"  # itables' script awaiting DataTables, shown by its offline mode
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
GEO_TRACE = re.compile(r'"type":\s*"(scattergeo|choropleth)"')


class ReportError(RuntimeError):
    """The report could not be built; the message names the notebook and cell at fault."""


@dataclass
class Page:
    """One notebook page of the site."""

    name: str
    title: str
    summary: str = ""
    figures: int = 0
    tables: int = 0
    explorers: int = 0
    untagged_widgets: int = 0  # widgets outside `explorer` cells: dropped, so the page has a hole there
    seconds: float = 0.0
    figures_data: list[str] = field(default_factory=list)


def build_report(
    corpus_dir: str | Path | None = None,
    out_dir: str | Path | None = None,
    *,
    notebooks_dir: str | Path | None = None,
    workers: int = WORKERS,
    cell_timeout: float = CELL_TIMEOUT,
) -> Path:
    """Build the report for `corpus_dir` (default data/corpus/) into `out_dir` (default report/).

    Returns the path of the site's index.html.
    """
    from helpers.store import load_corpus, resolve_corpus_path

    started = time.monotonic()
    corpus_dir = resolve_corpus_path(corpus_dir)
    out_dir = Path(out_dir or paths.REPORT).resolve()
    notebooks = sorted(Path(notebooks_dir or paths.NOTEBOOKS).glob("[0-9][0-9]_*.ipynb"))
    if not notebooks:
        raise ReportError(f"no notebooks named NN_*.ipynb in {notebooks_dir or paths.NOTEBOOKS}")
    _check_replaceable(out_dir)

    # Build the tables once here, so the notebooks running side by side only read them.
    corpus = load_corpus(corpus_dir)
    pipeline_seconds = time.monotonic() - started

    staging = out_dir.with_name(f".{out_dir.name}.building")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "figures").mkdir(parents=True)
    try:
        write_assets(staging / "assets")
        env = {**os.environ, CORPUS_ENV: str(corpus_dir), FIGURES_DIR_ENV: str(staging / "figures")}
        pages = run_to_completion(_execute_and_export(notebooks, staging, env, workers, cell_timeout))
        unmatched_data = _attach_figures_data(pages, staging / "figures")
        link_figure_pages_to_assets(staging / "figures")
        seconds = time.monotonic() - started
        write_index(staging, pages, corpus, corpus_dir, seconds, unmatched_data)
        manifest = {
            "corpus": str(corpus_dir),
            "seconds": round(seconds, 2),
            "pipeline_seconds": round(pipeline_seconds, 2),
            "pages": [asdict(page) for page in pages],
        }
        (staging / BUILD_MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(out_dir, ignore_errors=True)
    staging.rename(out_dir)
    return out_dir / "index.html"


def _check_replaceable(out_dir: Path) -> None:
    """Refuse to delete a folder that is not a report built here (a mistyped --out must not wipe data)."""
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / BUILD_MANIFEST).exists():
        raise ReportError(f"{out_dir} exists and is not a report folder (no {BUILD_MANIFEST}); choose another --out")


# --- executing notebooks ---------------------------------------------------------------------------


def run_to_completion(coroutine):
    """`asyncio.run`, also from a thread whose event loop is already running (JupyterLab, Playwright)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


class GuardedClient(NotebookClient):
    """An nbclient that waits for kernel messages in short slices.

    nbclient sometimes misses a message after a widget cell and then waits for the whole cell timeout
    (jupyter/nbclient#312); polling again every `POLL_SLICE` seconds picks the message up.
    """

    async def async_start_new_kernel_client(self):
        client = await super().async_start_new_kernel_client()
        for channel in (client.shell_channel, client.iopub_channel):
            channel.get_msg = _in_slices(channel.get_msg)
        return client


def _in_slices(get_msg):
    """Wrap an async `get_msg(timeout)` so it polls in slices of `POLL_SLICE` until its own deadline."""
    from queue import Empty

    async def get_msg_in_slices(timeout=None, **kwargs):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            remaining = POLL_SLICE if deadline is None else max(0.0, min(POLL_SLICE, deadline - time.monotonic()))
            try:
                return await get_msg(timeout=remaining, **kwargs)
            except Empty:
                if deadline is not None and time.monotonic() >= deadline:
                    raise

    return get_msg_in_slices


async def _execute_and_export(notebooks, site: Path, env: dict, workers: int, cell_timeout: float) -> list[Page]:
    """Execute and export every notebook, `workers` at a time; the first failure stops the others."""
    titles = [(nb.stem, notebook_title(nbformat.read(nb, as_version=4), nb.stem)) for nb in notebooks]
    # The navigation bar names each page by its title's head: "Timeline", not the whole question.
    site_pages = [{"name": name, "title": title, "short_title": title.split(":")[0]} for name, title in titles]
    slots = asyncio.Semaphore(workers)
    with tempfile.TemporaryDirectory(prefix="helpers-kernels-") as sockets:

        async def one(notebook: Path) -> Page:
            async with slots:
                return await execute_and_export(
                    notebook, site, env=env, socket_prefix=Path(sockets) / notebook.stem,
                    site_pages=site_pages, cell_timeout=cell_timeout,
                )

        try:
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(one(nb)) for nb in notebooks]
        except* Exception as failures:  # the first failure, not a group of one
            raise failures.exceptions[0] from None
    return [task.result() for task in tasks]


async def execute_and_export(
    notebook: Path, site: Path, *, env: dict, socket_prefix: Path, site_pages: list[dict], cell_timeout: float
) -> Page:
    """Execute one notebook from a fresh kernel and write its page into `site`."""
    started = time.monotonic()
    nb = nbformat.read(notebook, as_version=4)
    inject_parameters(nb, CORPUS=env[CORPUS_ENV])
    set_aside_explorers(nb)
    current = {"index": None}

    def remember_cell(cell, cell_index):
        current["index"] = cell_index

    # IPC with an absolute per-notebook socket path: parallel kernels on TCP once crossed messages.
    kernel = AsyncKernelManager(kernel_name="python3", transport="ipc", ip=str(socket_prefix))
    client = GuardedClient(
        nb,
        km=kernel,
        timeout=cell_timeout,
        iopub_timeout=10,
        raise_on_iopub_timeout=True,  # a figure lost on the way is a failed build, not a missing chart
        on_cell_start=remember_cell,
        resources={"metadata": {"path": str(notebook.parent)}},
    )
    try:
        await client.async_execute(env=env, cleanup_kc=True)  # shut the kernel down: we made its manager
    except CellTimeoutError as error:
        # nbclient's first two lines say how long it waited and for what (the reply, or the outputs).
        why = " ".join(str(error).splitlines()[:2])
        raise ReportError(f"{notebook.name}: {_cell_label(nb, current['index'])} timed out: {why}") from None
    except CellExecutionError as error:
        raise ReportError(
            f"{notebook.name}: {_cell_label(nb, current['index'])} failed: {error.ename}: {error.evalue}"
        ) from None
    except DeadKernelError as error:
        raise ReportError(f"{notebook.name}: the kernel died in {_cell_label(nb, current['index'])}: {error}") from None

    page = Page(name=notebook.stem, title=notebook_title(nb, notebook.stem), summary=notebook_summary(nb))
    prepare_for_export(nb, page, notebook)
    html = export_page(nb, page, site_pages)
    (site / f"{page.name}.html").write_text(html, encoding="utf-8")
    page.seconds = round(time.monotonic() - started, 2)
    return page


def inject_parameters(nb, **parameters) -> None:
    """Set parameters in a cell right after the one tagged `parameters`, as papermill does.

    The report's corpus wins over a path someone left in the notebook's parameters cell.
    """
    for index, cell in enumerate(nb.cells):
        if "parameters" in cell.metadata.get("tags", []):
            source = "\n".join(f"{name} = {value!r}" for name, value in parameters.items())
            injected = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
            nb.cells.insert(index + 1, injected)
            return


def set_aside_explorers(nb) -> None:
    """Explorer cells are not run: the page shows a note instead of their output (`prepare_for_export`), and
    building an explorer over a big corpus (a word index of every quote) is the slowest cell of its notebook."""
    for index, cell in enumerate(nb.cells):
        if EXPLORER_TAG in cell.metadata.get("tags", []) and cell.cell_type == "code":
            nb.cells[index] = nbformat.v4.new_markdown_cell(cell.source, metadata=cell.metadata)


def _cell_label(nb, index) -> str:
    """'cell 7 (`fig = charts.timeline(...)`)': the cell's position and first line, to find it quickly."""
    if index is None:
        return "kernel start-up"
    first_line = next((line for line in nb.cells[index].source.splitlines() if line.strip()), "")
    injected_before = sum("injected-parameters" in cell.metadata.get("tags", []) for cell in nb.cells[:index])
    return f"cell {index - injected_before} (`{first_line[:80]}`)"


# --- turning an executed notebook into a page -------------------------------------------------------


def notebook_title(nb, fallback: str) -> str:
    """The notebook's `# Title` heading."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def notebook_summary(nb) -> str:
    """The first paragraph under the title, as plain text (the question the notebook answers)."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        paragraphs = [p.strip() for p in cell.source.split("\n\n") if p.strip() and not p.lstrip().startswith("#")]
        if paragraphs:
            return markdown_to_text(paragraphs[0])
    return ""


def markdown_to_text(markdown: str) -> str:
    """Links keep their text; emphasis and code marks go."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return " ".join(re.sub(r"[*_`]", "", text).split())


def prepare_for_export(nb, page: Page, notebook: Path) -> None:
    """Make the executed notebook a static page, counting the figures and tables it shows.

    Explorer cells (tag `explorer`) become one line saying how to explore live; the outputs that load
    plotly.js or DataTables inline go (the page loads them from assets/), and on a page without a table
    itables' script awaiting DataTables goes too; widget views go (they need a kernel); stderr goes
    (progress messages and local paths are not for readers).
    """
    live_note = (
        f'<p class="report-explore-live">This explorer needs a running kernel: open '
        f"<code>notebooks/{escape(notebook.name)}</code> in JupyterLab (<code>make lab</code>) to filter it "
        f"live. This page shows its static view.</p>"
    )
    cells = []
    for cell in nb.cells:
        if EXPLORER_TAG in cell.metadata.get("tags", []):
            page.explorers += 1
            cells.append(nbformat.v4.new_markdown_cell(live_note))
            continue
        if cell.cell_type == "code":
            page.untagged_widgets += sum(WIDGET_VIEW in output.get("data", {}) for output in cell.outputs)
            cell.outputs = [output for output in cell.outputs if _published(output)]
            for output in cell.outputs:
                html = output.get("data", {}).get("text/html", "")
                page.figures += html.count(PLOTLY_FIGURE)
                page.tables += html.count(ITABLES_TABLE)
        cells.append(cell)
    if not page.tables:  # the page loads no DataTables (assets/itables.js): a script awaiting it would fail
        for cell in cells:
            if cell.cell_type == "code":
                cell.outputs = [o for o in cell.outputs if ITABLES_DARK_MODE not in o.get("data", {}).get("text/html", "")]
    nb.cells = cells
    nb.metadata.pop("widgets", None)
    nb.metadata["title"] = page.title


def _published(output) -> bool:
    if output.output_type == "stream":
        return output.name == "stdout"
    data = output.get("data", {})
    html = data.get("text/html", "")
    return WIDGET_VIEW not in data and not any(marker in html for marker in (ITABLES_BUNDLE, PLOTLYJS_MARKER, WORLD_MAP_MARKER))


def export_page(nb, page: Page, site_pages: list[dict]) -> str:
    """The notebook as HTML with the report template: narrative and outputs, code hidden."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="offline_page",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    # Each page loads only the scripts it uses: plotly.js (4.8 MB) only with a chart, the world map
    # only with a map, DataTables only with a table.
    maps = any(GEO_TRACE.search(output.get("data", {}).get("text/html", ""))
               for cell in nb.cells if cell.cell_type == "code" for output in cell.outputs)
    needs = {"plotly": page.figures > 0, "world_map": maps, "tables": page.tables > 0}
    html, _ = exporter.from_notebook_node(nb, resources={"report": {"page": page.name, "pages": site_pages, "needs": needs}})
    return html


# --- the site around the pages ----------------------------------------------------------------------


def write_assets(folder: Path) -> None:
    """plotly.js, world shapes, DataTables and stylesheets, once for the whole site."""
    from itables import options as itables_options
    from itables.javascript import generate_init_offline_itables_html
    from plotly.offline import get_plotlyjs

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")

    # plotly.js fetches map shapes from its CDN unless they are preloaded here, before any map draws.
    (folder / "world_110m.js").write_text(world_map_script() + "\n", encoding="utf-8")

    # itables' own offline loader (DataTables as a blob module, which works from file://), as a file
    # shared by every page instead of a 1 MB inline output in each.
    loader = generate_init_offline_itables_html(itables_options.dt_bundle)
    script = re.search(r"<script>(.*?)</script>", loader, re.S).group(1)
    (folder / "itables.js").write_text(script, encoding="utf-8")

    from nbconvert import HTMLExporter

    lab_static = next(Path(p) / "static" for p in HTMLExporter(template_name="lab").template_paths if (Path(p) / "static" / "index.css").exists())
    css = "\n".join((lab_static / name).read_text(encoding="utf-8") for name in ("index.css", "theme-light.css"))
    (folder / "notebook.css").write_text(css, encoding="utf-8")
    shutil.copy(ASSETS / "report.css", folder / "report.css")
    shutil.copy(ASSETS / "world_110m.LICENSE.md", folder / "world_110m.LICENSE.md")


def _attach_figures_data(pages: list[Page], figures: Path) -> list[str]:
    """Give each page the data files named after it (`02_timeline-events.csv`); return the others."""
    files = sorted(p.name for p in figures.iterdir() if p.is_file() and p.name != "plotly.min.js")
    matched = set()
    for page in pages:
        page.figures_data = [name for name in files if name.startswith(f"{page.name}-")]
        matched.update(page.figures_data)
    return [name for name in files if name not in matched]


def link_figure_pages_to_assets(figures: Path) -> None:
    """Point the standalone figure pages at the site's plotly.js and map shapes, and drop their own copy."""
    local_plotly = re.compile(r'<script[^>]*src="plotly\.min\.js"[^>]*></script>')
    shared = '<script src="../assets/plotly.min.js"></script><script src="../assets/world_110m.js"></script>'
    for page in figures.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(local_plotly.sub(shared, html), encoding="utf-8")
    (figures / "plotly.min.js").unlink(missing_ok=True)


def headline_figure(corpus) -> str | None:
    """The index page's opening figure, events per year by partner, as an HTML fragment (plotly.js is
    loaded by the page); None when the corpus has no events table to draw from."""
    import plotly.io as pio

    from helpers import charts
    from helpers.display import PLOTLY_CONFIG

    events = corpus.events
    if not {"event_id", "countries", "date", "doc_id"} <= set(events.columns):
        return None
    counts = charts.events_per_year(charts.event_spans(events, corpus.documents))
    figure = charts.events_per_year_chart(counts)
    return pio.to_html(figure, include_plotlyjs=False, include_mathjax=False, full_html=False, default_width="100%",
                       default_height=420, config=PLOTLY_CONFIG)


def write_index(site: Path, pages: list[Page], corpus, corpus_dir: Path, seconds: float, other_data: list[str]) -> None:
    """index.html: the corpus in numbers, the pages, and when and from what the report was built."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATES / "site"), autoescape=select_autoescape(default=True))
    rows = corpus.counts()  # from the Parquet metadata: the index page reads no table it does not draw
    counts = [("Documents", rows["documents"]), ("Events", rows["events"]), ("Country pairs", rows["pairs"]),
              ("Quotes", rows["quotes"]), ("People", rows["people"])]
    try:
        corpus_label = str(corpus_dir.relative_to(paths.ROOT))
    except ValueError:
        corpus_label = str(corpus_dir)
    html = env.get_template("index.html.j2").render(
        headline=headline_figure(corpus),
        title="Russia's digital cooperation: the report",
        built=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        corpus=corpus_label,
        seconds=seconds,
        counts=counts,
        pages=pages,
        other_data=other_data,
    )
    (site / "index.html").write_text(html, encoding="utf-8")
