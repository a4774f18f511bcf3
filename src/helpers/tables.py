"""Tables for readers: human column labels, dates and money formatted, filters and expandable rows
that work in a static page (DataTables, through itables, with no kernel).

`reader_frame` turns a table of the corpus into what a reader sees (no `<NA>`, no `nan`, no raw
newlines, lists as "a; b"); `table_options` adds the DataTables options: SearchPanes filters on
the columns named in `filters`, and an expansion control on each row that shows the `details`
columns (hidden from the row) and, when the table has `before`/`quote`/`after` columns, the
paragraph with the quote highlighted.

Cell text is escaped by itables (`allow_html=False`) before it reaches the page; the scripts here
only join escaped values with their own markup (`<mark>`, `<br>`), so no markup from a document is
ever interpreted, in the rows, the filters or the expanded rows.
"""
from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd

LIST_CELLS = (list, tuple, np.ndarray)  # list columns: Python lists, or numpy arrays from Parquet
LIST_SEPARATOR = "; "
SHORT_TABLE = 10  # rows a table shows without paging

# Column names as a reader says them; a column not listed reads with its underscores as spaces.
LABELS = {
    "speaker_role": "role", "speaker_country": "country", "partner_name": "partner", "a_name": "country A",
    "b_name": "country B", "published_precision": "date precision", "published_source": "date found in",
    "precision": "date precision", "source_format": "file format", "genre": "kind of document",
    "n_words": "words", "doc_id": "document id", "event_id": "event id", "quote_id": "quote id",
    "text": "text", "value": "amount", "dateline_place": "dateline place", "headline": "event",
    "seg_id": "section id", "partner": "partner code", "country": "country code", "a": "code A", "b": "code B", "partners": "partners", "topics": "topics", "quotes": "quotes", "events": "events",
}
TOPIC_LABELS = {"ai": "AI", "e_government": "e-government", "e_commerce": "e-commerce",
                "import_substitution_sovereignty": "import substitution and sovereignty",
                "telecom_satellites": "telecoms and satellites", "payments_finance": "payments and finance",
                "education_skills": "education and skills"}
DATE_COLUMNS = {"date", "published", "retrieved"}
UNDATED = "undated"  # a missing year, as the year filter offers it
MONEY_COLUMNS = {"value"}
PARAGRAPH = ("before", "text", "after")  # a quote's paragraph, split around the quote (`text`)

# DataTables renderers. Dates stay ISO text for sorting and searching, and read "12 Oct 2018",
# "Jun 2022" or "2017" on screen; money stays a number for sorting and reads "227B".
DATE_RENDER = """function (data, type) {
  if (type !== 'display' || !data) return data;
  const m = /^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?/.exec(data);
  if (!m) return data;
  const months = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
  if (!m[2]) return m[1];
  const month = months[parseInt(m[2], 10) - 1] + ' ' + m[1];
  return m[3] ? parseInt(m[3], 10) + ' ' + month : month;
}"""
MONEY_RENDER = """function (data, type) {
  if (type !== 'display' || data === null || data === '' || isNaN(data)) return data;
  return new Intl.NumberFormat('en', {notation: 'compact', maximumFractionDigits: 1}).format(data);
}"""
# A list cell ("a; b") counts for each of its values in a filter pane.
LIST_RENDER = """function (data, type) {
  if (type === 'sp') return data ? String(data).split('; ') : [];
  return data;
}"""
# The row expansion. `details` are [label, column] pairs; `paragraph` the before/quote/after columns.
# Every value comes from the row's data, which itables escaped: it is only wrapped, never parsed.
# It runs as DataTables' drawCallback (itables does not evaluate a scripted initComplete) and installs
# its click handler on the first draw only.
EXPAND_INIT = """function (settings) {
  const api = this.api();
  const body = api.table().body();
  if (body.dataset.expands) return;
  body.dataset.expands = 'yes';
  const details = %(details)s, paragraph = %(paragraph)s;
  const lines = text => String(text === null || text === undefined ? '' : text).replace(/\\n+/g, '<br>');
  const content = data => {
    let html = '';
    if (paragraph) html += '<blockquote class="quote-context">' + lines(data[paragraph[0]]) + '<mark>'
      + lines(data[paragraph[1]]) + '</mark>' + lines(data[paragraph[2]]) + '</blockquote>';
    const rows = details.filter(([label, i]) => data[i] !== null && data[i] !== '')
      .map(([label, i]) => '<dt>' + label + '</dt><dd>' + lines(data[i]) + '</dd>');
    if (rows.length) html += '<dl class="row-details">' + rows.join('') + '</dl>';
    return html;
  };
  body.addEventListener('click', event => {
    const cell = event.target.closest('td.dt-control');
    if (!cell) return;
    const row = api.row(cell.closest('tr'));
    if (row.child.isShown()) { row.child.hide(); cell.closest('tr').classList.remove('dt-hasChild'); }
    else { row.child(content(row.data())).show(); cell.closest('tr').classList.add('dt-hasChild'); }
  });
}"""
EXPAND_COLUMN = ""  # the header of the column of expansion arrows


def column_label(name: str) -> str:
    return LABELS.get(name, name.replace("_", " "))


def topic_label(key) -> str:
    """'e_government' -> 'e-government': a topic key as a reader reads it."""
    if key is None or (not isinstance(key, str) and pd.isna(key)):
        return ""
    return TOPIC_LABELS.get(key, str(key).replace("_", " "))


def clean_text(value) -> str:
    """A cell as one line of text: missing -> '', runs of blank space and line breaks -> one space."""
    if value is None or (not isinstance(value, LIST_CELLS) and pd.isna(value)):
        return ""
    return re.sub(r"\s+", " ", str(value)).strip()


def join_list(cell, label=str) -> str:
    if isinstance(cell, LIST_CELLS):
        return LIST_SEPARATOR.join(label(item) for item in cell if item is not None)
    return "" if cell is None or pd.isna(cell) else label(cell)


def reader_frame(frame: pd.DataFrame, *, keep_lines=PARAGRAPH) -> pd.DataFrame:
    """The rows as a reader sees them: lists joined, topics labelled, text on one line (except the
    paragraph columns, whose line breaks the expansion shows), missing values blank, whole floats as integers."""
    out = pd.DataFrame(index=range(len(frame)))
    for column in frame.columns:
        values = frame[column].reset_index(drop=True)
        if column == "year":
            out[column] = values.astype("string").fillna(UNDATED)
        elif pd.api.types.is_bool_dtype(values):
            out[column] = values.map({True: "yes", False: "no"}).astype(object).where(values.notna(), "")
        elif pd.api.types.is_numeric_dtype(values):
            whole = values.dropna()
            whole_numbers = pd.api.types.is_float_dtype(values) and (whole == whole.round()).all()
            out[column] = values.astype("Int64") if whole_numbers and column not in MONEY_COLUMNS else values
        elif any(isinstance(cell, LIST_CELLS) for cell in values):
            out[column] = values.map(lambda cell: join_list(cell, topic_label if column == "topics" else str))
        elif column == "topic":
            out[column] = values.map(topic_label)
        elif column in keep_lines:
            out[column] = values.astype(object).where(values.notna(), "").map(str)
        else:
            out[column] = values.map(clean_text)
    return out


def table_options(frame: pd.DataFrame, *, filters=(), details=(), hidden=(), list_columns=("topics", "partners")) -> dict:
    """itables options for `frame` (its columns as named in the corpus, before labels).

    `filters`: columns with a SearchPanes filter (lists count for each value); `details`: columns
    shown only in a row's expansion; `hidden`: columns kept only for the filters and the search. A frame with the `before`/`quote`/`after` columns expands to
    the paragraph with the quote highlighted. Short tables show no paging.
    """
    columns = list(frame.columns)
    expands = bool(details) or set(PARAGRAPH) <= set(columns)
    invisible = [c for c in columns if c in hidden]
    offset = 1 if expands else 0  # the arrow column comes first
    index = {name: position + offset for position, name in enumerate(columns)}
    column_defs = [{"className": "dt-left", "targets": "_all"}]
    dates = [index[c] for c in columns if c in DATE_COLUMNS]
    money = [index[c] for c in columns if c in MONEY_COLUMNS]
    from itables import JavascriptFunction

    if invisible:
        column_defs.insert(0, {"targets": [index[c] for c in invisible], "visible": False})
    if dates:
        column_defs.insert(0, {"targets": dates, "render": JavascriptFunction(DATE_RENDER)})
    if money:
        column_defs.insert(0, {"targets": money, "render": JavascriptFunction(MONEY_RENDER), "className": "dt-right"})
    # No initial sort: the rows come in the order the notebook chose (by date, by count, ...).
    options: dict = {"columnDefs": column_defs, "scrollX": True, "order": []}
    if len(frame) <= SHORT_TABLE:
        options["paging"] = False
        options["layout"] = {"topStart": None, "topEnd": "search", "bottomStart": "info", "bottomEnd": None}
    filters = [c for c in filters if c in index and distinct_values(frame[c]) >= 2]  # one value filters nothing
    if filters:
        panes = [index[c] for c in filters]
        options["layout"] = {**options.get("layout", {}), "top1": "searchPanes"}
        options["searchPanes"] = {"columns": panes, "layout": "columns-3", "threshold": 1, "viewTotal": True,
                                  "cascadePanes": True, "initCollapsed": False}
        lists = [index[c] for c in filters if c in list_columns]
        column_defs.insert(0, {"targets": panes, "searchPanes": {"show": True}})
        if lists:
            column_defs.insert(0, {"targets": lists, "render": JavascriptFunction(LIST_RENDER),
                                   "searchPanes": {"orthogonal": "sp", "show": True}})
    if expands:
        hidden = [index[c] for c in columns if c in details or c in PARAGRAPH]
        column_defs.insert(0, {"targets": hidden, "visible": False})
        column_defs.insert(0, {"targets": 0, "className": "dt-control", "orderable": False, "searchable": False})
        paragraph = [index[c] for c in PARAGRAPH] if set(PARAGRAPH) <= set(columns) else None
        detail_pairs = [[column_label(c), index[c]] for c in columns if c in details]
        options["drawCallback"] = JavascriptFunction(
            EXPAND_INIT % {"details": json.dumps(detail_pairs), "paragraph": json.dumps(paragraph)})
    return options


def distinct_values(column: pd.Series) -> int:
    """How many different values a filter on the column would offer (each item of a list cell counts)."""
    values = set()
    for cell in column:
        items = cell if isinstance(cell, LIST_CELLS) else [cell]
        values.update(str(item) for item in items if item is not None and not (isinstance(item, float) and pd.isna(item)))
    return len(values)


def labelled(frame: pd.DataFrame, *, expands: bool) -> pd.DataFrame:
    """`frame` with reader labels as column names, and the column of expansion arrows first when it expands."""
    out = frame.rename(columns={c: column_label(c) for c in frame.columns})
    if expands:
        out.insert(0, EXPAND_COLUMN, "")
    return out
