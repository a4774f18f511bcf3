"""Display setup shared by every notebook, so that figures and tables survive export to an offline page.

Call `init_notebook()` once, in each notebook's imports cell. It

- makes plotly figures carry two representations: plotly's own mimetype, which JupyterLab draws
  live, and a `text/html` fragment without plotly.js or MathJax, which the HTML export keeps (a stock
  export silently drops figures that only have plotly's mimetype). The report loads plotly.js once
  for the whole site from `report/assets/`.
- turns every DataFrame into an interactive itables table in offline mode (no CDN), with every row
  shown reachable (a "All" page length, no downsampling; a frame of more than
  `helpers.figures.TABLE_LIMIT` rows shows its first rows and says so) and HTML in cells shown as text;
- makes pandas' `Styler` escape cell text, because corpus text is data, never markup.

Environment variables the report sets when it executes the notebooks (see `helpers.report`):

- `HELPERS_CORPUS`: the corpus folder to analyse; `load_corpus()` uses it when no path is given.
- `HELPERS_FIGURES_DIR`: the folder where `helpers.figures` saves each published figure's data
  (the site's `figures/`); without it, `figures/` beside the notebook.

Corpus text must stay out of `display(HTML(...))`, `display(Markdown(...))` and `widgets.HTML(...)`
unless it went through `html.escape` first: those render markup, and a `<script>` in a document would
run in the report.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import plotly.io as pio
from plotly.io._base_renderers import MimetypeRenderer

RENDERER = "helpers"
PLOTLY_HEIGHT = 525  # plotly's notebook default; a "100%" height collapses to nothing in an output cell

# Every row stays reachable: DataTables' -1 page length means "All".
TABLE_OPTIONS = {
    "lengthMenu": [10, 25, 100, {"label": "All", "value": -1}],
    "pageLength": 10,
    "maxBytes": 0,  # never downsample: a report that drops rows silently misleads its reader
    "classes": "display compact",  # no `nowrap`: quotes and headlines wrap instead of widening the page
    "display_logo_when_loading": False,  # the logo links to itables.org, a network address
    "allow_html": False,
    # Clicking a header's text sorts: itables' default keeps the text selectable and sorts on the arrows only.
    "text_in_header_can_be_selected": False,
    # Every table has its length menu, search box, row count and pages (short tables drop the paging).
    "layout": {"topStart": "pageLength", "topEnd": "search", "bottomStart": "info", "bottomEnd": "paging"},
    # Text reads from the left: DataTables right-aligns cells it takes for numbers, and quotes with them.
    "columnDefs": [{"className": "dt-left", "targets": "_all"}],
    "order": [],  # rows in the order the notebook chose, until a reader clicks a header
}

# Marks the cell outputs that load plotly.js or the world map inline, so the report can drop them (it
# loads both from its assets/ folder, once per page that needs them).
PLOTLYJS_MARKER = "<!-- helpers.display: plotly.js -->"
WORLD_MAP_MARKER = "<!-- helpers.display: world map -->"
WORLD_MAP = Path(__file__).resolve().parent / "assets" / "world_110m.json"
# Figures resize with the page (a phone turned sideways) and carry no link to plotly's website.
PLOTLY_CONFIG = {"responsive": True, "displaylogo": False}


class NotebookAndExportRenderer(MimetypeRenderer):
    """plotly's mimetype for JupyterLab plus a `text/html` fragment for exports and other front ends."""

    def to_mimebundle(self, fig_dict):
        html = pio.to_html(
            fig_dict,
            include_plotlyjs=False,
            include_mathjax=False,
            full_html=False,
            default_width="100%",
            default_height=PLOTLY_HEIGHT,
            validate=False,
            config=PLOTLY_CONFIG,
        )
        bundle = pio.renderers["plotly_mimetype"].to_mimebundle(fig_dict)
        bundle["text/html"] = html
        return bundle


def init_notebook() -> None:
    """Set the plotly renderer, offline itables and escaping pandas styles for this kernel."""
    import itables

    pio.renderers[RENDERER] = NotebookAndExportRenderer()
    pio.renderers.default = RENDERER
    for name, value in TABLE_OPTIONS.items():
        setattr(itables.options, name, value)
    pd.set_option("styler.format.escape", "html")
    load_tables_offline()
    pd.DataFrame._repr_html_ = reader_table_html  # a DataFrame at the end of a cell reads like the other tables
    load_world_map()


def load_tables_offline() -> None:
    """itables' offline mode, its two outputs in the order that works in JupyterLab 4.

    itables shows a script that awaits the DataTables bundle before the output that loads it; in
    JupyterLab the first runs alone and logs "Cannot destructure property 'set_or_remove_dark_class'".
    Shown the other way round, the bundle is there when the script asks for it.
    """
    from IPython.utils.capture import capture_output
    from itables import init_notebook_mode

    with capture_output(stdout=False, stderr=False, display=True) as shown:
        init_notebook_mode(all_interactive=True, connected=False)
    for output in reversed(shown.outputs):
        output.display()


def reader_table_html(frame: pd.DataFrame) -> str:
    """A DataFrame as an interactive table for readers (`helpers.tables`): labels, blanks, one-line text."""
    from itables import to_html_datatable

    from helpers.figures import TABLE_LIMIT, first_rows
    from helpers.tables import labelled, reader_frame, table_options

    if not isinstance(frame.index, pd.RangeIndex):
        frame = frame.reset_index()
    total, frame = len(frame), first_rows(frame)  # a million rows would not open in a browser
    shown = labelled(reader_frame(frame, keep_lines=()), expands=False)
    html = to_html_datatable(shown, **{**TABLE_OPTIONS, **table_options(frame)})
    note = (f"<p>The first {TABLE_LIMIT:,} of {total:,} rows are shown: filter the frame, or slice it "
            f"(<code>frame.iloc[{TABLE_LIMIT}:{2 * TABLE_LIMIT}]</code>), to see others.</p>")
    return html + (note if total > TABLE_LIMIT else "")


def world_map_script() -> str:
    """The script that hands plotly.js the world's shapes before any map draws (it would fetch them from
    its CDN otherwise, and an offline map stays blank)."""
    shapes = WORLD_MAP.read_text(encoding="utf-8")
    return f"window.PlotlyGeoAssets = {{topojson: {{world_110m: {shapes}}}}};"


def load_world_map() -> None:
    """Give a live front end (JupyterLab) the vendored world map shapes, so maps draw offline there too.

    ~140 KB in the imports cell's output; the report drops it and loads the same file from assets/.
    """
    from IPython.display import HTML, display

    display(HTML(f"{WORLD_MAP_MARKER}<script>{world_map_script()}</script>"))


def load_plotlyjs() -> None:
    """Load plotly.js into a live front end that cannot draw plotly's mimetype (classic Notebook, nbviewer).

    JupyterLab and VS Code do not need it. It adds ~5 MB to the saved notebook; the report removes it.
    """
    from IPython.display import HTML, display
    from plotly.offline import get_plotlyjs

    display(HTML(f"{PLOTLYJS_MARKER}<script>{get_plotlyjs()}</script>"))
