"""Save every published figure or table together with the data it shows, and show tables.

`save(obj, name, data=...)` writes `<name>.html` (a plotly figure) or `<name>.graphml` (a networkx
graph) and `<name>.csv` (the rows behind it) into one folder, so a reader of the report can check
or reuse every number. The folder is `HELPERS_FIGURES_DIR` when set (the report build points it at
its own output), else `report/figures/`.
"""
from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from helpers import paths

FIGURES_DIR_ENV = "HELPERS_FIGURES_DIR"
LIST_CELLS = (list, tuple, np.ndarray)  # list columns: Python lists, or numpy arrays from Parquet


def output_dir(out_dir: str | Path | None = None) -> Path:
    """The folder figures go to: the argument, else $HELPERS_FIGURES_DIR, else report/figures."""
    folder = Path(out_dir or os.environ.get(FIGURES_DIR_ENV) or paths.REPORT / "figures")
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


def show_table(frame: pd.DataFrame, *, what: str, name: str | None = None, caption: str | None = None):
    """A searchable, sortable table with every row reachable (saved as `<name>.csv` when named);
    says "No <what> in this corpus." when there is nothing to show.

    The options are the report's (`helpers.display.TABLE_OPTIONS`: an "All" page length, no
    downsampling, cell text escaped because corpus text may contain markup).
    """
    if name:
        save(frame, name)
    if frame.empty:
        print(f"No {what} in this corpus.")
        return
    from itables import show

    from helpers.display import TABLE_OPTIONS

    show(blank_missing_text(csv_ready(frame)), caption=caption, **TABLE_OPTIONS)


def blank_missing_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Missing text shows as an empty cell rather than '<NA>'; numeric columns keep their type for sorting."""
    out = frame.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]) and not pd.api.types.is_bool_dtype(out[column]):
            out[column] = out[column].astype(object).where(out[column].notna(), "")
    return out
