"""Save every published figure or table together with the data it shows, and show tables.

`save(obj, name, data=...)` writes `<name>.html` (a plotly figure) or `<name>.graphml` (a networkx
graph) and `<name>.csv` (the rows behind it) into one folder, so a reader of the report can check
or reuse every number. The folder is `HELPERS_FIGURES_DIR` when set (the report build points it at
its own staging folder), else `figures/` in the working directory: beside the notebook for a kernel
started by JupyterLab or nbconvert. It never defaults into `report/`, which only `make report` writes,
so running a notebook by hand cannot leave a half-made site that the next build refuses to replace.
"""
from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from helpers.tables import LIST_CELLS


FIGURES_DIR_ENV = "HELPERS_FIGURES_DIR"
DEFAULT_FOLDER = "figures"  # relative to the working directory: the notebook's own folder in a kernel


def output_dir(out_dir: str | Path | None = None) -> Path:
    """The folder figures go to: the argument, else $HELPERS_FIGURES_DIR, else ./figures (beside the notebook)."""
    folder = Path(out_dir or os.environ.get(FIGURES_DIR_ENV) or Path.cwd() / DEFAULT_FOLDER)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save(obj, name: str, *, data: pd.DataFrame | None = None, out_dir: str | Path | None = None):
    """Write `obj` and its data as `<name>.*` and return `obj`, so a cell can end with this call.

    `obj` is a plotly figure (-> .html, plotly.js shared once per folder as plotly.min.js), a
    DataFrame (-> .csv only) or a networkx graph (-> .graphml for Gephi, edges in the .csv).
    """
    folder = output_dir(out_dir)
    if isinstance(obj, go.Figure):
        obj.write_html(folder / f"{name}.html", include_plotlyjs="directory", include_mathjax=False)
    elif isinstance(obj, nx.Graph):
        nx.write_graphml(obj, folder / f"{name}.graphml")
        if data is None:
            data = nx.to_pandas_edgelist(obj)
    elif isinstance(obj, pd.DataFrame):
        data = obj if data is None else data
    else:
        raise TypeError(f"cannot save a {type(obj).__name__}: expected a plotly Figure, DataFrame or networkx Graph")
    if data is not None:
        csv_ready(data).to_csv(folder / f"{name}.csv", index=False)
    return obj


def csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """List cells (countries, topics) become '; '-joined text, so the CSV opens in any spreadsheet."""
    out = frame.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]) and any(isinstance(cell, LIST_CELLS) for cell in out[column]):
            out[column] = [("; ".join(map(str, cell)) if isinstance(cell, LIST_CELLS) else cell) for cell in out[column]]
    return out


TABLE_LIMIT = 1_000  # rows a table shows in a page (and its CSV holds); a bigger corpus's tables stay in Parquet


def first_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows `show_table` shows: the first TABLE_LIMIT, for work that should not run on the others."""
    return frame.head(TABLE_LIMIT)


def capped_note(shown: int, total: int, what: str) -> str:
    """The line under a capped table: what it holds and where the rest is."""
    return (f"This table shows the first {shown:,} of {total:,} {what}, in the order above; its filters and search "
            f"work on those rows. Every row is in the corpus's Parquet tables (the folder `python -m helpers build` "
            f"prints), and the notebook's explorer filters them all in JupyterLab.")


def show_table(frame: pd.DataFrame, *, what: str, name: str | None = None, caption: str | None = None,
               filters=(), details=(), hidden=(), total: int | None = None):
    """A searchable, sortable, paged table (saved as `<name>.csv` when named); says "No <what> in this
    corpus." when there is nothing to show.

    At most TABLE_LIMIT rows are shown and saved, so a page stays small on a big corpus; when `frame`
    (or the `total` rows it was cut from with `first_rows`) has more, a line under the table says so.
    `filters` are the columns readers filter by without a kernel (SearchPanes), `details` the columns
    shown only when a row is expanded, `hidden` the columns kept only for filters and search (`helpers.tables`).
    The CSV keeps the columns as they are.
    """
    total = len(frame) if total is None else total
    frame = first_rows(frame)
    if name:
        save(frame, name)
    if frame.empty:
        print(f"No {what} in this corpus.")
        return
    from itables import show

    from helpers.display import TABLE_OPTIONS
    from helpers.tables import labelled, reader_frame, table_options

    options = {**TABLE_OPTIONS, **table_options(frame, filters=filters, details=details, hidden=hidden)}
    expands = any(d.get("className") == "dt-control" for d in options["columnDefs"])
    show(labelled(reader_frame(frame), expands=expands), caption=caption, **options)
    if total > len(frame):
        print(capped_note(len(frame), total, what))
