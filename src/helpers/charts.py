"""Plotly figures built from the corpus tables, and the small tables each figure draws.

Each figure has a data function returning exactly the rows it draws (`event_spans` for
`timeline`, `pair_matrix` for `pair_heatmap`, ...), so notebooks save the figure with its data in
one call and tests check the drawn values against the tables. Figures carry their own controls
(dropdowns) where a reader needs a filter, because exported HTML has no kernel to run widget
callbacks. Corpus text reaches a figure only through `_safe` (plotly renders a subset of HTML in
hover labels, and the corpus may contain markup), and an empty table gives a figure that says so.
"""
from __future__ import annotations

import html
import math

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import pyarrow.compute as pc
from plotly.colors import qualitative

from helpers.colours import country_colour
from helpers.geo import capitals, country_name
from helpers.search import WordIndex
from helpers.tables import topic_label

FOCUS = "RUS"  # the corpus is about Russia's cooperation: its partners are the other parties
NO_COUNTRY = "(no country)"
UNATTRIBUTED = "(unattributed)"
PALETTE = qualitative.Dark24  # for categories that are not countries (kinds of quote, speakers' groups)
# A legend under the plot, its entries side by side: on a phone they wrap into a few rows.
LEGEND_BELOW = {"orientation": "h", "yanchor": "top", "y": -0.1, "x": 0, "xanchor": "left", "font": {"size": 11}}
MAX_LABEL = 32  # characters of an axis label: longer names are cut with "…" (full in the hover)
DOCUMENT_FACETS = {"outlet": "outlet", "language": "language", "genre": "format (genre)",
                   "source_format": "file format", "year": "year published"}


# --- shared pieces ---------------------------------------------------------------------------

def _safe(value) -> str:
    """Corpus text as plotly label text: `<`, `>` and `&` escaped, so `<script>` shows as text and never
    as markup. Quotes stay as they are: plotly decodes only a few named entities, not `&quot;`."""
    if value is None or (not isinstance(value, (list, tuple, np.ndarray)) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=False)


def _short(label, limit: int = MAX_LABEL) -> str:
    """An escaped axis label cut to `limit` characters (long organisation names squeeze the plot)."""
    text = "" if label is None or pd.isna(label) else str(label)
    return _safe(text if len(text) <= limit else text[: limit - 1] + "…")


def speaker_labels(speakers: pd.Series) -> pd.Series:
    """Speaker names with an empty or missing speaker shown as '(unattributed)'; names that differ only in
    case ("The Chinese side", "the Chinese side") become one label, the form written most often."""
    labels = speakers.astype("string").str.strip().replace("", pd.NA).fillna(UNATTRIBUTED)
    if labels.empty:
        return labels
    key = labels.str.casefold()
    counts = pd.DataFrame({"key": key, "label": labels}).value_counts().rename("n").reset_index()
    counts["capitalised"] = counts["label"].str[:1].str.isupper()
    best = counts.sort_values(["key", "n", "capitalised", "label"], ascending=[True, False, False, True]).drop_duplicates("key")
    return key.map(dict(zip(best["key"], best["label"]))).astype("string")


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 event', '3 events': a count with its noun, never 'event(s)'."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def legend_room(entries: int) -> int:
    """Pixels to add to a figure's height for a legend of `entries` below it (two to a row on a phone)."""
    return 20 * math.ceil(entries / 2)


def year_axis(years) -> dict:
    """A year axis: whole years only, every year when there are few, every other one when many."""
    known = pd.Series(years).dropna()
    span = int(known.max()) - int(known.min()) + 1 if len(known) else 1
    return {"tickformat": "d", "dtick": 1 if span <= 6 else 2, "automargin": True}


def count_axis(title: str, largest) -> dict:
    """An axis of counts: whole-number ticks only (no '2.5 documents'), from zero."""
    axis = {"title": title, "tickformat": ",d", "rangemode": "tozero"}
    if largest is not None and not pd.isna(largest) and largest <= 10:
        axis["dtick"] = 1
    return axis


def as_list(cell) -> list:
    """A list cell as a Python list: lists come back from Parquet as numpy arrays, missing as None."""
    if isinstance(cell, (list, tuple, np.ndarray)):
        return list(cell)
    return []


def empty_figure(message: str, title: str | None = None) -> go.Figure:
    """A figure that says why it has nothing to draw, instead of an empty pair of axes."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font={"size": 16}, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_layout(title=title, xaxis={"visible": False}, yaxis={"visible": False}, height=260)
    return fig


def colours(labels) -> dict[str, str]:
    """One colour per label of a category that is not a country (kinds of quote), in the order given.
    Countries take `helpers.colours.country_colour`, the same on every chart."""
    return {label: PALETTE[i % len(PALETTE)] for i, label in enumerate(labels)}


def _visibility_menu(groups: list[tuple[str, list[bool]]], *, active: int = 0, titles: list[str] | None = None) -> dict:
    """A plotly dropdown that shows one group of traces at a time; it works in static HTML.

    It sits at the top left, under the title (plotly's toolbar is at the top right), and when `titles`
    are given the chart's title follows the choice.
    """
    buttons = []
    for i, (label, visible) in enumerate(groups):
        args = [{"visible": visible}] + ([{"title.text": titles[i]}] if titles else [])
        buttons.append({"label": label, "method": "update", "args": args})
    return {"buttons": buttons, "active": active, "direction": "down", "showactive": True,
            "x": 0, "xanchor": "left", "y": 1.02, "yanchor": "bottom"}


def source_labels(documents: pd.DataFrame) -> pd.Series:
    """doc_id -> 'title (outlet)', how a reader recognises a document in hovers and tables."""
    title = documents["title"].fillna(documents["path"]).astype("string")
    outlet = documents["outlet"].astype("string")
    label = title.where(outlet.isna(), title + " (" + outlet + ")")
    return pd.Series(label.to_numpy(), index=documents["doc_id"].to_numpy(), dtype="string")


def year_of(dates: pd.Series) -> pd.Series:
    """The year of ISO dates 'YYYY[-MM[-DD]]'; missing or empty dates give <NA>."""
    text = dates.astype("string").str.slice(0, 4)
    return pd.to_numeric(text.where(text.str.fullmatch(r"\d{4}", na=False)), errors="coerce").astype("Int64")


def date_spans(dates: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The time each ISO date stands for, for a whole column at once: a day is a point, '2024-10' the
    whole month, '2024' the year. Returns (start, end), `end` exclusive for months and years; NaT for a
    missing date (000's "12 October" has no certain year, so the events table leaves its date empty)."""
    text = pd.Series(dates, dtype="string").str.strip()
    length = text.str.len()
    year = pd.to_datetime(text.where(length == 4), format="%Y", errors="coerce")
    month = pd.to_datetime(text.where(length == 7), format="%Y-%m", errors="coerce")
    day = pd.to_datetime(text.where(length >= 10).str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    start = day.fillna(month).fillna(year)
    end = day.fillna(month + pd.DateOffset(months=1)).fillna(year + pd.DateOffset(years=1))
    return start, end


def date_span(date: str | None) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """`date_spans` of one date; None for a missing date."""
    start, end = date_spans(pd.Series([date], dtype=object))
    return None if pd.isna(start.iloc[0]) else (start.iloc[0], end.iloc[0])


def in_date_range(dates: pd.Series, date_from=None, date_to=None) -> pd.Series:
    """True where a date's span overlaps [date_from, date_to]; undated rows are out once a bound is set."""
    if date_from is None and date_to is None:
        return pd.Series(True, index=dates.index)
    low = pd.Timestamp(date_from) if date_from is not None else pd.Timestamp.min
    high = pd.Timestamp(date_to) if date_to is not None else pd.Timestamp.max
    start, end = date_spans(dates)
    return pd.Series(spans_overlap(start, end, low, high), index=dates.index)


def spans_overlap(start: pd.Series, end: pd.Series, low: pd.Timestamp, high: pd.Timestamp) -> np.ndarray:
    """Whether each span of `date_spans` overlaps [low, high]: a point inside it, or a month or year
    (end exclusive) reaching into it; False for NaT."""
    point = (start == end).to_numpy()
    return (start <= high).to_numpy() & np.where(point, (start >= low).to_numpy(), (end > low).to_numpy())


def filter_events(events: pd.DataFrame, *, countries=None, topics=None, date_from=None, date_to=None) -> pd.DataFrame:
    """Events with any of `countries` (ISO3), any of `topics`, overlapping the date range; None = no filter."""
    keep = in_date_range(events["date"], date_from, date_to)
    if countries:
        keep &= events["countries"].map(lambda cell: bool(set(as_list(cell)) & set(countries)))
    if topics:
        keep &= events["topics"].map(lambda cell: bool(set(as_list(cell)) & set(topics)))
    return events[keep.to_numpy(dtype=bool)].reset_index(drop=True)


def filter_quotes(quotes: pd.DataFrame, *, countries=None, date_from=None, date_to=None) -> pd.DataFrame:
    """Quotes by speakers of `countries` (ISO3), dated within the range; None = no filter."""
    keep = in_date_range(quotes["date"], date_from, date_to)
    if countries:
        keep &= quotes["speaker_country"].isin(countries).fillna(False)
    return quotes[keep.to_numpy(dtype=bool)].reset_index(drop=True)


def filter_pairs(pairs: pd.DataFrame, *, countries=None, date_from=None, date_to=None) -> pd.DataFrame:
    """Pairs with one of `countries` on either side, dated within the range; None = no filter."""
    keep = in_date_range(pairs["date"], date_from, date_to)
    if countries:
        keep &= pairs["a"].isin(countries) | pairs["b"].isin(countries)
    return pairs[keep.to_numpy(dtype=bool)].reset_index(drop=True)


# --- 00 and 01: the corpus and its documents ----------------------------------------------------------------------

TABLE_ROWS = {
    "documents": "document", "segments": "section or item of a document", "mentions": "mention of a country, place, person, ...",
    "dates": "date expression", "events": "dated occasion", "pairs": "two countries that are parties of one event",
    "amounts": "money amount", "quotes": "quotation or reported speech", "people": "person",
}


def corpus_in_numbers(corpus) -> pd.DataFrame:
    """Rows per table of a loaded corpus (`corpus.counts()`, no table read), with what one row is."""
    counts = corpus.counts()
    return pd.DataFrame([{"table": name, "rows": counts[name], "one row per": what} for name, what in TABLE_ROWS.items()])


def document_counts(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents counted by outlet, language, genre, file format and year: columns by, value, documents."""
    frame = documents.assign(year=year_of(documents["published"]).astype("string"))
    parts = []
    for column in DOCUMENT_FACETS:
        counts = frame[column].astype("string").fillna("(unknown)").value_counts(sort=True)
        parts.append(pd.DataFrame({"by": column, "value": counts.index, "documents": counts.to_numpy()}))
    return pd.concat(parts, ignore_index=True) if len(documents) else pd.DataFrame(columns=["by", "value", "documents"])


def document_counts_chart(counts: pd.DataFrame) -> go.Figure:
    """Bars of document counts, with a dropdown to switch between outlet, language, format and year."""
    if counts.empty:
        return empty_figure("No documents in this corpus")
    fig = go.Figure()
    facets = list(DOCUMENT_FACETS)
    for column in facets:
        rows = counts[counts["by"] == column]
        if column == "year":
            rows = rows.sort_values("value")
        fig.add_bar(x=[_short(v, 20) for v in rows["value"]], y=rows["documents"], name=DOCUMENT_FACETS[column],
                    visible=column == facets[0], customdata=[plural(int(n), "document") for n in rows["documents"]],
                    hovertemplate="%{x}: %{customdata}<extra></extra>")
    titles = [f"Documents by {DOCUMENT_FACETS[c]}" for c in facets]
    menu = _visibility_menu([(f"by {DOCUMENT_FACETS[c]}", [c == other for other in facets]) for c in facets], titles=titles)
    fig.update_layout(title=titles[0], updatemenus=[menu], yaxis=count_axis("documents", counts["documents"].max()),
                      xaxis={"type": "category", "automargin": True}, showlegend=False, margin={"t": 100})
    return fig


# --- 02 timeline -----------------------------------------------------------------------------

def partner_rows(events: pd.DataFrame, *, focus: str = FOCUS) -> pd.DataFrame:
    """One row per (event, partner): the event's parties other than `focus`.

    An event whose only party is `focus` keeps it as its partner (004's "Putin spoke about ICT
    cooperation between Russia and Africa": Africa is not a state), so no event disappears.
    """
    ids, partners = [], []
    for event_id, cell in zip(events["event_id"].to_numpy(dtype=object), events["countries"]):
        countries = [c for c in as_list(cell) if isinstance(c, str)]
        chosen = [c for c in countries if c != focus] or countries or [NO_COUNTRY]
        ids += [event_id] * len(chosen)
        partners += chosen
    return pd.DataFrame({"event_id": ids, "partner": partners}, columns=["event_id", "partner"])


def lists_by_event(rows: pd.DataFrame, column: str) -> pd.Series:
    """event_id -> the list of `column` values of its rows, in row order (a groupby's `agg(list)`, in one pass)."""
    lists: dict[str, list] = {}
    for event_id, value in zip(rows["event_id"].to_numpy(dtype=object), rows[column].to_numpy(dtype=object)):
        lists.setdefault(event_id, []).append(value)
    return pd.Series(lists, dtype=object)


def event_spans(events: pd.DataFrame, documents: pd.DataFrame, *, focus: str = FOCUS) -> pd.DataFrame:
    """The rows the timeline draws: one per (event, partner) with the time span its date stands for.

    `start`/`end` are equal for a day, a month or year apart otherwise; both are NaT when the
    event has no certain date (those are counted on the figure, not drawn).
    """
    columns = ["event_id", "partner", "partner_name", "date", "precision", "start", "end", "headline",
               "countries", "topics", "source", "doc_id"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    rows = partner_rows(events, focus=focus).merge(events, on="event_id", how="left")
    rows["start"], rows["end"] = (span.to_numpy() for span in date_spans(rows["date"]))
    rows["partner_name"] = rows["partner"].map(lambda p: p if p == NO_COUNTRY else country_name(p))
    rows["source"] = rows["doc_id"].map(source_labels(documents))
    rows["countries"] = rows["countries"].map(as_list)
    rows["topics"] = rows["topics"].map(as_list)
    return rows[columns].sort_values(["start", "partner_name"], na_position="last").reset_index(drop=True)


EVENT_FILTERS = ["partners", "topics", "year", "language"]
EVENT_DETAILS = ["precision", "event_id", "doc_id"]
EVENT_HIDDEN = ["year", "language"]  # for the filters only


def event_table(events: pd.DataFrame, documents: pd.DataFrame, *, focus: str = FOCUS) -> pd.DataFrame:
    """One row per event for readers to search and filter: date, partners (names), headline, topics,
    source, and the filters' year and document language."""
    columns = ["date", "partners", "headline", "topics", "source", "year", "language", "precision", "event_id", "doc_id"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    partners = partner_rows(events, focus=focus)
    partners["name"] = partners["partner"].map(lambda p: p if p == NO_COUNTRY else country_name(p))
    names = lists_by_event(partners, "name")
    table = events.copy()
    table["partners"] = table["event_id"].map(names).map(as_list)
    table["topics"] = table["topics"].map(as_list)
    table["source"] = table["doc_id"].map(source_labels(documents))
    table["year"] = year_of(table["date"])
    table["language"] = table["doc_id"].map(documents.set_index("doc_id")["language"])
    return table[columns].sort_values("date", na_position="last", kind="stable").reset_index(drop=True)


def partner_order(spans: pd.DataFrame) -> list[str]:
    """Partners by number of events, most first, so the busiest rows and colours come first."""
    counts = spans.groupby("partner_name")["event_id"].nunique()
    return sorted(counts.index, key=lambda name: (-counts[name], name))


def _event_hover(rows: pd.DataFrame) -> np.ndarray:
    """Each row's headline, date, precision, source and event id, escaped: an array (rows x 5) of fixed-width
    text, which plotly takes and copies whole (nested lists, or Python strings, are checked and copied one by one)."""
    fields = [[_safe(value) for value in rows[column].to_numpy(dtype=object)]
              for column in ("headline", "date", "precision", "source", "event_id")]
    return np.array(fields, dtype=str).T.reshape(len(rows), len(fields))


EVENT_HOVER = ("<b>%{customdata[0]}</b><br>date: %{customdata[1]} (precision: %{customdata[2]})"
               "<br>source: %{customdata[3]}<extra>%{y}</extra>")


TIMELINE_EVENTS = 2_000  # events a timeline draws at most: the latest; more makes a page too heavy to open


def latest_events(dated: pd.DataFrame, limit: int = TIMELINE_EVENTS) -> tuple[pd.DataFrame, int]:
    """The rows of the `limit` events that start last (all rows of each: one per partner), and how many
    events `dated` holds. Rows of `event_spans` come sorted by start, so this is one pass, no sort."""
    if not dated["start"].is_monotonic_increasing:
        dated = dated.sort_values("start", kind="stable")
    ids = dated["event_id"].to_numpy(dtype=object)
    in_order = pd.unique(ids)
    if len(in_order) <= limit:
        return dated, len(in_order)
    kept = set(in_order[-limit:])
    return dated[np.fromiter((e in kept for e in ids), dtype=bool, count=len(ids))], len(in_order)


def timeline_rows(spans: pd.DataFrame, limit: int = TIMELINE_EVENTS) -> pd.DataFrame:
    """The rows `timeline` draws: the dated rows of the latest `limit` events (the data to save with it)."""
    return latest_events(spans.dropna(subset=["start"]), limit)[0]


def timeline(spans: pd.DataFrame, *, controls: bool = True, title: str = "Events by partner country",
             limit: int = TIMELINE_EVENTS) -> go.Figure:
    """Events on a time axis, one row and colour per partner: a point for a day-precision date,
    a bar over the whole month or year for a coarser one, so no date looks more exact than it is.
    At most `limit` events are drawn, the latest, and the title says so (the chart of events per year
    counts them all).

    With `controls`, a dropdown shows one partner at a time and a range slider under the axis picks
    the dates; both work in static HTML.
    """
    dated = spans.dropna(subset=["start"])
    undated = spans.loc[spans["start"].isna(), "event_id"].nunique()
    dated, all_dated = latest_events(dated, limit)
    return timeline_figure(dated, dated_events=all_dated, undated=undated, controls=controls, title=title, limit=limit)


def timeline_figure(dated: pd.DataFrame, *, dated_events: int, undated: int, controls: bool = True,
                    title: str = "Events by partner country", limit: int = TIMELINE_EVENTS) -> go.Figure:
    """The figure of `timeline` from the rows it draws (`dated`: the latest `limit` of `dated_events` dated
    events) and the number of `undated` events, which the axis title counts."""
    if dated.empty:
        return empty_figure("No dated events in this corpus" + (f" ({undated} undated)" if undated else ""), title)
    if dated_events > limit:
        title = f"{title}: the latest {limit:,} of {dated_events:,} dated events"
    order = partner_order(dated)
    palette = partner_colours(dated)
    fig = go.Figure()
    trace_partners = []
    hover, start, end = _event_hover(dated), dated["start"].to_numpy(), dated["end"].to_numpy()
    is_point = start == end
    for partner, rows in sorted(dated.groupby("partner_name").indices.items(), key=lambda item: order.index(item[0])):
        points, bars = rows[is_point[rows]], rows[~is_point[rows]]
        label = _short(partner, 20)
        if len(points):
            fig.add_scatter(x=start[points], y=np.full(len(points), label, dtype=object), mode="markers", name=_safe(partner),
                            legendgroup=label, marker={"color": palette[partner], "size": 11, "symbol": "diamond"},
                            customdata=hover[points], hovertemplate=EVENT_HOVER)
            trace_partners.append(partner)
        if len(bars):
            duration_ms = (end[bars] - start[bars]) / np.timedelta64(1, "ms")
            fig.add_bar(base=pd.DatetimeIndex(start[bars]).strftime("%Y-%m-%d"), x=duration_ms,
                        y=np.full(len(bars), label, dtype=object), orientation="h", name=_safe(partner), legendgroup=label,
                        showlegend=not len(points), width=0.5, marker={"color": palette[partner], "opacity": 0.55},
                        customdata=hover[bars], hovertemplate=EVENT_HOVER)
            trace_partners.append(partner)
    note = f"<br>{plural(undated, 'event')} without a certain date not drawn" if undated else ""
    fig.update_layout(
        title={"text": title},
        xaxis={"type": "date", "title": "◆ day · bar: the month or year the date names" + note,
               "rangeslider": {"visible": controls, "thickness": 0.08}},
        yaxis={"categoryorder": "array", "categoryarray": [_short(p, 20) for p in reversed(order)], "title": "",
               "automargin": True},
        barmode="overlay", height=max(360, 170 + 38 * len(order)), showlegend=False, margin={"t": 110},
    )
    if controls and len(order) > 1:
        groups = [("all partners", [True] * len(trace_partners))]
        groups += [(_safe(p), [tp == p for tp in trace_partners]) for p in order]
        titles = [title] + [f"Events with {_safe(p)}" for p in order]
        fig.update_layout(updatemenus=[_visibility_menu(groups, titles=titles)])
    return fig


def partner_colours(rows: pd.DataFrame) -> dict[str, str]:
    """partner_name -> its country's colour, for rows with `partner` (ISO3) and `partner_name` columns."""
    return {name: country_colour(code) for code, name in zip(rows["partner"], rows["partner_name"])}


def events_per_year(spans: pd.DataFrame) -> pd.DataFrame:
    """Dated events per partner and year (of the date's start): columns partner, partner_name, year, events."""
    dated = spans.dropna(subset=["start"]).assign(year=lambda f: f["start"].dt.year)
    counts = dated.groupby(["partner", "partner_name", "year"], as_index=False)["event_id"].nunique()
    return counts.rename(columns={"event_id": "events"}).sort_values(["year", "partner_name"]).reset_index(drop=True)


def events_per_year_chart(counts: pd.DataFrame) -> go.Figure:
    """Stacked bars: events per year, one colour per partner (the timeline's colours)."""
    if counts.empty:
        return empty_figure("No dated events in this corpus", "Events per year by partner")
    totals = counts.groupby("partner_name")["events"].sum()
    order = sorted(totals.index, key=lambda name: (-totals[name], name))
    palette = partner_colours(counts)
    fig = go.Figure()
    for partner in order:
        rows = counts[counts["partner_name"] == partner]
        fig.add_bar(x=rows["year"], y=rows["events"], name=_safe(partner), marker_color=palette[partner],
                    customdata=[plural(int(n), "event") for n in rows["events"]],
                    hovertemplate="%{x}: %{customdata}<extra>%{fullData.name}</extra>")
    stacked = counts.groupby("year")["events"].sum().max()
    fig.update_layout(title="Events per year by partner", barmode="stack", xaxis=year_axis(counts["year"]),
                      yaxis=count_axis("events", stacked), legend=LEGEND_BELOW, margin={"t": 60},
                      height=380 + legend_room(len(order)))
    return fig


# --- 03 country pairs ------------------------------------------------------------------------

def pair_counts(pairs: pd.DataFrame) -> pd.DataFrame:
    """Events per pair of countries: columns a, b, a_name, b_name, events (distinct events)."""
    counts = pairs.groupby(["a", "b"], as_index=False)["event_id"].nunique().rename(columns={"event_id": "events"})
    counts.insert(2, "a_name", counts["a"].map(country_name))
    counts.insert(3, "b_name", counts["b"].map(country_name))
    return counts.sort_values(["events", "a", "b"], ascending=[False, True, True]).reset_index(drop=True)


def pair_matrix(pairs: pd.DataFrame) -> pd.DataFrame:
    """Square, symmetric table of events per pair, indexed by ISO3 both ways; the diagonal is 0."""
    counts = pair_counts(pairs)
    codes = sorted(set(counts["a"]) | set(counts["b"]), key=country_name)
    matrix = pd.DataFrame(0, index=pd.Index(codes, name="country"), columns=codes, dtype="int64")
    for row in counts.itertuples(index=False):
        matrix.loc[row.a, row.b] = matrix.loc[row.b, row.a] = row.events
    return matrix


def pair_heatmap(matrix: pd.DataFrame) -> go.Figure:
    """The pair matrix as a heatmap with the counts written in the cells."""
    if matrix.empty:
        return empty_figure("No country pairs in this corpus", "Events per pair of countries")
    names = [_safe(country_name(code)) for code in matrix.index]
    fig = go.Figure(go.Heatmap(
        z=matrix.to_numpy(), x=names, y=names, colorscale="Blues", zmin=0, text=_nonzero_text(matrix.to_numpy()),
        texttemplate="%{text}",
        hovertemplate="%{y} – %{x}: %{z} events<extra></extra>", colorbar={"title": "events", "thickness": 12},
    ))
    size = max(360, 150 + 40 * len(names))
    fig.update_layout(title="Events per pair", height=size, width=size + 100,
                      yaxis={"autorange": "reversed", "automargin": True}, xaxis={"tickangle": -45, "automargin": True})
    return fig


def pair_graph(pairs: pd.DataFrame, events: pd.DataFrame) -> nx.Graph:
    """Countries as nodes (attribute `events`: events they are a party to), pairs as edges (`weight`)."""
    graph = nx.Graph()
    events_per_country = partner_counts(events)
    for row in pair_counts(pairs).itertuples(index=False):
        for code, name in ((row.a, row.a_name), (row.b, row.b_name)):
            graph.add_node(code, name=name, events=int(events_per_country.get(code, 0)))
        graph.add_edge(row.a, row.b, weight=int(row.events))
    return graph


def partner_counts(events: pd.DataFrame) -> pd.Series:
    """ISO3 -> number of events the country is a party to."""
    exploded = events["countries"].map(as_list).explode().dropna()
    return exploded.value_counts()


def network_figure(graph: nx.Graph, *, seed: int = 7) -> go.Figure:
    """The pair network: node size grows with the country's events, edge width with the pair's events.

    The layout is networkx's spring layout (pairs with more events pull closer), seeded so the
    picture is the same on every run.
    """
    if graph.number_of_nodes() == 0:
        return empty_figure("No country pairs in this corpus", "Network of country pairs")
    pos = nx.spring_layout(graph, weight="weight", seed=seed)
    max_weight = max(w for _, _, w in graph.edges(data="weight"))
    fig = go.Figure()
    mid_x, mid_y, mid_text = [], [], []
    for a, b, weight in graph.edges(data="weight"):
        (xa, ya), (xb, yb) = pos[a], pos[b]
        fig.add_scatter(x=[xa, xb], y=[ya, yb], mode="lines", hoverinfo="skip", showlegend=False,
                        line={"width": 1 + 7 * weight / max_weight, "color": "rgba(90,110,140,0.6)"},
                        meta=[a, b, weight])
        mid_x.append((xa + xb) / 2)
        mid_y.append((ya + yb) / 2)
        mid_text.append(f"{_safe(graph.nodes[a]['name'])} – {_safe(graph.nodes[b]['name'])}: {plural(weight, 'event')}")
    fig.add_scatter(x=mid_x, y=mid_y, mode="markers", marker={"size": 8, "opacity": 0}, text=mid_text,
                    hovertemplate="%{text}<extra></extra>", showlegend=False, name="pairs")
    nodes = list(graph.nodes)
    most = max(graph.nodes[n]["events"] for n in nodes) or 1
    fig.add_scatter(
        x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text", name="countries",
        text=[_safe(graph.nodes[n]["name"]) for n in nodes], textposition="top center",
        customdata=[[plural(graph.nodes[n]["events"], "event"), n] for n in nodes], cliponaxis=False,
        marker={"size": [12 + 30 * math.sqrt(graph.nodes[n]["events"] / most) for n in nodes],
                "color": [country_colour(n) for n in nodes], "line": {"width": 1, "color": "white"}},
        hovertemplate="%{text} (%{customdata[1]}): %{customdata[0]}<extra></extra>", showlegend=False,
    )
    fig.update_layout(title={"text": "Network of country pairs", "subtitle": {"text": "node: events of the country; edge: events of the pair"}},
                      xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"}, height=560,
                      plot_bgcolor="white", margin={"t": 80})
    return fig


def pair_arcs(pairs: pd.DataFrame, coords: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pair counts with both capitals' coordinates (from data/reference/capitals_coords.csv).

    Countries missing from that list get empty coordinates; `pair_map` names them instead of
    guessing a position.
    """
    coords = capitals() if coords is None else coords
    arcs = pair_counts(pairs)
    for side in ("a", "b"):
        place = coords.reindex(arcs[side])
        arcs[f"{side}_capital"] = place["capital"].to_numpy()
        arcs[f"{side}_lat"] = place["lat"].to_numpy()
        arcs[f"{side}_lon"] = place["lon"].to_numpy()
    return arcs


def pair_map(arcs: pd.DataFrame) -> go.Figure:
    """Arcs between the capitals of each pair's countries, wider for more events (plotly scattergeo)."""
    if arcs.empty:
        return empty_figure("No country pairs in this corpus", "Map of country pairs")
    placed = arcs.dropna(subset=["a_lat", "b_lat"])
    max_events = arcs["events"].max()
    fig = go.Figure()
    for row in placed.itertuples(index=False):
        fig.add_scattergeo(
            lon=[row.a_lon, row.b_lon], lat=[row.a_lat, row.b_lat], mode="lines", showlegend=False,
            line={"width": 1 + 6 * row.events / max_events, "color": "rgba(200,60,40,0.7)"},
            hoverinfo="text", text=f"{_safe(row.a_name)} – {_safe(row.b_name)}: {plural(row.events, 'event')}",
            meta=[row.a, row.b],
        )
    ends = pd.concat([
        placed[[f"{s}", f"{s}_name", f"{s}_capital", f"{s}_lat", f"{s}_lon"]].set_axis(
            ["iso3", "name", "capital", "lat", "lon"], axis=1) for s in ("a", "b")
    ]).drop_duplicates("iso3")
    fig.add_scattergeo(lon=ends["lon"], lat=ends["lat"], mode="markers+text", name="capitals",
                       text=[_safe(n) for n in ends["name"]], textposition="top center", showlegend=False,
                       customdata=[_safe(c) for c in ends["capital"]],
                       hovertemplate="%{text}: %{customdata}<extra></extra>",
                       marker={"size": 9, "color": [country_colour(code) for code in ends["iso3"]],
                               "line": {"width": 1, "color": "#333"}})
    missing = sorted(set(arcs.loc[arcs["a_lat"].isna(), "a_name"]) | set(arcs.loc[arcs["b_lat"].isna(), "b_name"]))
    if missing:
        fig.add_annotation(text="no capital coordinates for: " + ", ".join(_safe(m) for m in missing),
                           showarrow=False, xref="paper", yref="paper", x=0, y=-0.05, xanchor="left")
    fig.update_geos(projection_type="natural earth", showcountries=True, countrycolor="#bbb",
                    showland=True, landcolor="#f3f3ee", fitbounds="locations")
    fig.update_layout(title={"text": "Country pairs on the map", "subtitle": {"text": "arcs join capitals; width = events"}}, height=520,
                      margin={"l": 10, "r": 10, "t": 60, "b": 30})
    return fig


def partners_by_year(pairs: pd.DataFrame) -> pd.DataFrame:
    """Each country's partners per year: columns country, partner, partner_name, year, events."""
    dated = pairs.assign(year=year_of(pairs["date"])).dropna(subset=["year"])
    both_ways = pd.concat([
        dated.rename(columns={"a": "country", "b": "partner"}),
        dated.rename(columns={"b": "country", "a": "partner"}),
    ])
    counts = both_ways.groupby(["country", "partner", "year"], as_index=False)["event_id"].nunique()
    counts = counts.rename(columns={"event_id": "events"})
    counts.insert(2, "partner_name", counts["partner"].map(country_name))
    return counts.sort_values(["country", "year", "events"], ascending=[True, True, False]).reset_index(drop=True)


def top_partners(by_year: pd.DataFrame, *, focus: str = FOCUS, n: int = 3) -> pd.DataFrame:
    """The `n` partners of `focus` with most events in each year (ties share a rank)."""
    rows = by_year[by_year["country"] == focus].copy()
    rows["rank"] = rows.groupby("year")["events"].rank(method="min", ascending=False).astype(int)
    return rows[rows["rank"] <= n].sort_values(["year", "rank", "partner_name"])[
        ["year", "rank", "partner", "partner_name", "events"]].reset_index(drop=True)


def partners_by_year_chart(by_year: pd.DataFrame, *, focus: str = FOCUS) -> go.Figure:
    """Stacked bars of a country's partners per year, with a dropdown to pick the country.

    This is the static counterpart of the pair explorer: the dropdown picks the focus country and
    zooming on the x axis picks the years, without a kernel.
    """
    if by_year.empty:
        return empty_figure("No dated country pairs in this corpus", "Partners per year")
    countries = sorted(by_year["country"].unique(), key=lambda c: (c != focus, country_name(c)))
    fig = go.Figure()
    owner = []
    for country in countries:
        rows = by_year[by_year["country"] == country]
        for (code, partner), part in rows.groupby(["partner", "partner_name"]):
            fig.add_bar(x=part["year"], y=part["events"], name=_safe(partner), marker_color=country_colour(code),
                        visible=country == countries[0], customdata=[plural(int(n), "event") for n in part["events"]],
                        hovertemplate="%{x}: %{customdata}<extra>%{fullData.name}</extra>")
            owner.append(country)
    groups = [(_safe(country_name(c)), [o == c for o in owner]) for c in countries]
    titles = [f"Partners of {_safe(country_name(c))} per year" for c in countries]
    stacked = by_year.groupby(["country", "year"])["events"].sum().max()
    most_partners = by_year.groupby("country")["partner"].nunique().max()
    fig.update_layout(title=titles[0], barmode="stack", updatemenus=[_visibility_menu(groups, titles=titles)],
                      xaxis=year_axis(by_year["year"]), yaxis=count_axis("events", stacked), legend=LEGEND_BELOW,
                      margin={"t": 100}, height=400 + legend_room(most_partners))
    return fig


def partner_totals(by_year: pd.DataFrame, *, country: str, year_from: int | None = None,
                   year_to: int | None = None) -> pd.DataFrame:
    """Events of `country` with each partner within the years: columns partner, partner_name, events."""
    rows = by_year[by_year["country"] == country]
    if year_from is not None:
        rows = rows[rows["year"] >= year_from]
    if year_to is not None:
        rows = rows[rows["year"] <= year_to]
    totals = rows.groupby(["partner", "partner_name"], as_index=False)["events"].sum()
    return totals.sort_values(["events", "partner_name"], ascending=[False, True]).reset_index(drop=True)


def partner_totals_chart(totals: pd.DataFrame, *, country: str) -> go.Figure:
    """Horizontal bars: how many events `country` shares with each partner."""
    title = f"Partners of {_safe(country_name(country))}"
    if totals.empty:
        return empty_figure("No country pairs in these years", title)
    fig = go.Figure(go.Bar(y=[_short(n) for n in totals["partner_name"]], x=totals["events"], orientation="h",
                           marker_color=[country_colour(c) for c in totals["partner"]],
                           customdata=[plural(int(n), "event") for n in totals["events"]],
                           hovertemplate="%{y}: %{customdata}<extra></extra>"))
    fig.update_layout(title=title, xaxis=count_axis("events", totals["events"].max()),
                      yaxis={"autorange": "reversed", "automargin": True}, height=max(300, 100 + 28 * len(totals)))
    return fig


# --- 04 quotes -------------------------------------------------------------------------------

def quote_context(text: str, start: int, end: int, *, limit: int = 400) -> tuple[str, str, str]:
    """(before, quote, after): the quote's paragraph split around it, at most `limit` chars each side.

    A paragraph is the run of lines holding the quote; a transcript turn spanning several lines
    brings all of them.
    """
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    before, after = text[para_start:start], text[end:para_end]
    if len(before) > limit:
        before = "…" + before[-limit:]
    if len(after) > limit:
        after = after[:limit] + "…"
    return before, text[start:end], after


QUOTE_FILTERS = ["speaker", "speaker_country", "speaker_type", "kind", "topics", "year", "language"]
QUOTE_DETAILS = ["speaker_role", "source", "quote_id", "doc_id"]
QUOTE_HIDDEN = ["speaker_type", "language", "year"]  # for the filters only
EXCERPT_CHARS = 240  # characters of a quote in its row; the expanded row has all of it, in its paragraph


def excerpt(text, limit: int = EXCERPT_CHARS) -> str:
    """A quote on one line, cut at a word boundary near `limit` characters with "…"."""
    flat = " ".join(str(text or "").split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


def document_texts(documents: pd.DataFrame, texts: pd.Series | None = None) -> pd.Series:
    """doc_id -> text: `texts` when given (`corpus.texts(ids)`), else the documents' `text` column, else
    nothing (a big corpus is loaded without its texts)."""
    if texts is not None:
        return texts
    if "text" in documents:
        return documents.set_index("doc_id")["text"]
    return pd.Series(dtype="string")


QUOTE_ROW_COLUMNS = ["speaker", "speaker_country", "date", "kind", "speaker_role", "source", "language", "text",
                     "quote_id", "doc_id"]


def quote_rows(quotes: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The columns of the quote table that the quotes explorer filters on and shows (`QUOTE_ROW_COLUMNS`), one row
    per quote, without the topic lists and paragraphs `quote_table` adds (the explorer never shows them) nor the
    excerpts (`with_excerpts` makes those of the rows shown): on a million quotes each took about a gigabyte."""
    if quotes.empty:
        return pd.DataFrame(columns=QUOTE_ROW_COLUMNS)
    table = quotes[["speaker", "speaker_country", "date", "kind", "speaker_role", "text", "quote_id", "doc_id"]].reset_index(drop=True)
    table["speaker"] = speaker_labels(table["speaker"])
    table["speaker_country"] = table["speaker_country"].map(lambda c: country_name(c) if isinstance(c, str) else None)
    table["source"] = table["doc_id"].map(source_labels(documents))
    table["language"] = table["doc_id"].map(documents.set_index("doc_id")["language"])
    return table[QUOTE_ROW_COLUMNS]


def with_excerpts(rows: pd.DataFrame) -> pd.DataFrame:
    """`rows` of a quote table with an `excerpt` of each quote's text (a new frame)."""
    return rows.assign(excerpt=rows["text"].map(excerpt))


def quote_table(quotes: pd.DataFrame, documents: pd.DataFrame, events: pd.DataFrame | None = None, *,
                texts: pd.Series | None = None) -> pd.DataFrame:
    """The quote table readers search and filter: `quote_rows` (speaker, speaker's country, date, kind of quote,
    source, document language) with their excerpts (`with_excerpts`), the speaker's kind (person or organisation), the filters' columns
    (topics through the quote's event, year); and the paragraph split around the quote (`before`, `text`,
    `after`) that an expanded row shows with the quote highlighted.

    The paragraphs come from `texts` (doc_id -> text, e.g. `corpus.texts(quotes["doc_id"])`) or the
    documents' text column; without either, `before` and `after` are empty."""
    columns = ["speaker", "speaker_country", "date", "kind", "excerpt", "speaker_role", "speaker_type", "source",
               "language", "topics", "year", "before", "text", "after", "quote_id", "doc_id"]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    texts = document_texts(documents, texts)
    quotes = quotes.reset_index(drop=True)
    table = with_excerpts(quote_rows(quotes, documents))
    if "speaker_is_person" in quotes:
        table["speaker_is_person"] = quotes["speaker_is_person"]
    table["speaker_type"] = speaker_types(table)  # from the speaker labels: an empty name is unattributed
    table["topics"] = quote_topic_lists(quotes, events) if events is not None else [[] for _ in range(len(table))]
    table["year"] = year_of(table["date"])
    text_of = dict(zip(texts.index, texts.to_numpy(dtype=object)))
    parts = [
        quote_context(text_of[doc_id], int(start), int(end))
        if isinstance(text_of.get(doc_id), str) and pd.notna(start) and pd.notna(end) else ("", quote, "")
        for doc_id, start, end, quote in zip(*(quotes[c].to_numpy(dtype=object) for c in ("doc_id", "start", "end", "text")))
    ]
    table["before"] = [before for before, _, _ in parts]
    table["after"] = [after for _, _, after in parts]
    return table[columns]


def speaker_types(quotes: pd.DataFrame) -> pd.Series:
    """'person', 'organisation' (a body, an outlet, "the Chinese side") or '' when nobody is named."""
    is_person = quotes["speaker_is_person"] if "speaker_is_person" in quotes else pd.Series(pd.NA, index=quotes.index)
    named = quotes["speaker"].astype("string").fillna(UNATTRIBUTED) != UNATTRIBUTED
    kinds = is_person.map({True: "person", False: "organisation"}).astype(object).where(is_person.notna(), "")
    return kinds.where(named, "")


def quote_topic_lists(quotes: pd.DataFrame, events: pd.DataFrame) -> list[list[str]]:
    """Each quote's topics, through the event it belongs to: the events of its segment (a listing item),
    else of its document. A story reporting several occasions gives each quote all their topics."""
    if events.empty:
        return [[] for _ in range(len(quotes))]
    return [list(topics) for topics in _quote_topic_tuples(quotes, events)]


def _quote_topic_tuples(quotes: pd.DataFrame, events: pd.DataFrame) -> list[tuple[str, ...]]:
    """`quote_topic_lists` as sorted tuples, one object per segment or document shared by its quotes."""
    by_segment: dict[str, set[str]] = {}
    by_document: dict[str, set[str]] = {}
    for seg_id, doc_id, cell in zip(events["seg_id"].to_numpy(dtype=object), events["doc_id"].to_numpy(dtype=object), events["topics"]):
        topics = [t for t in as_list(cell) if isinstance(t, str)]
        if not topics:
            continue
        if isinstance(seg_id, str):
            by_segment.setdefault(seg_id, set()).update(topics)
        by_document.setdefault(doc_id, set()).update(topics)
    segment_topics = {seg_id: tuple(sorted(topics)) for seg_id, topics in by_segment.items()}
    document_topics = {doc_id: tuple(sorted(topics)) for doc_id, topics in by_document.items()}
    return [segment_topics.get(seg_id) or document_topics.get(doc_id) or ()
            for seg_id, doc_id in zip(quotes["seg_id"].to_numpy(dtype=object), quotes["doc_id"].to_numpy(dtype=object))]


class QuoteIndex:
    """The rows of a `quote_table` matching filters, found through lookups built once, so an explorer's
    interaction costs a few array operations on a table of a million quotes, not a pass over every cell:
    the row positions of each speaker, speaker country, kind and document language, each row's year as an
    integer, and the words of the lower-cased quotes (`search.WordIndex`)."""

    FACETS = ("speaker", "speaker_country", "kind", "language")

    def __init__(self, table: pd.DataFrame):
        self.table = table
        self.positions_of = {column: table.groupby(column, observed=True, sort=False).indices for column in self.FACETS}
        self.years = year_of(table["date"]).fillna(-1).to_numpy(dtype="int64")
        self.words = WordIndex(pc.utf8_lower(pc.fill_null(pa.array(table["text"], pa.large_string()), "")))

    def positions(self, *, search: str = "", speaker=None, country=None, kind=None, language=None,
                  year_from: int | None = None, year_to: int | None = None) -> np.ndarray:
        """Positions of the rows matching every filter given: words (case-insensitive in any script, in the
        quote or its speaker), speaker, speaker country (display name), kind, document language and years;
        undated quotes drop out once a year bound is set."""
        keep = np.ones(len(self.table), dtype=bool)
        for column, wanted in (("speaker", speaker), ("speaker_country", country), ("kind", kind), ("language", language)):
            if wanted:
                keep &= self.rows_of(column, [wanted])
        if year_from is not None or year_to is not None:
            keep &= (self.years >= (year_from or 0)) & (self.years <= (year_to or 9999))
        needle = search.strip().lower()
        if needle:
            speakers = [name for name in self.positions_of["speaker"] if needle in str(name).lower()]
            keep &= self.words.contains(needle) | self.rows_of("speaker", speakers)
        return np.flatnonzero(keep)

    def rows_of(self, column: str, values) -> np.ndarray:
        """A boolean mask of the rows whose `column` (a facet) holds one of `values`."""
        chosen = np.zeros(len(self.table), dtype=bool)
        for value in values:
            chosen[self.positions_of[column].get(value, [])] = True
        return chosen

    def rows(self, **filters) -> pd.DataFrame:
        return self.table.iloc[self.positions(**filters)].reset_index(drop=True)


def search_quotes(table: pd.DataFrame, **filters) -> pd.DataFrame:
    """Rows of `quote_table` matching the filters of `QuoteIndex.positions` (speaker="Vladimir Putin", ...)."""
    return QuoteIndex(table).rows(**filters)


QUOTE_KINDS = ["block", "direct", "reported", "transcript"]
SPEAKER_GROUPS = {"person": "people", "organisation": "organisations and outlets"}


def quotes_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes per speaker and kind: columns speaker, speaker_type (person, organisation or ''), kind,
    quotes; the most quoted first."""
    frame = quotes.assign(speaker=speaker_labels(quotes["speaker"]), speaker_type=speaker_types(quotes))
    # A speaker is a person when most of their quotes say so.
    types = frame.groupby("speaker")["speaker_type"].agg(lambda t: t.mode().iloc[0] if len(t.mode()) else "")
    counts = frame.groupby(["speaker", "kind"], as_index=False).size().rename(columns={"size": "quotes"})
    counts.insert(1, "speaker_type", counts["speaker"].map(types))
    totals = counts.groupby("speaker")["quotes"].transform("sum")
    return counts.assign(total=totals).sort_values(["total", "speaker", "kind"], ascending=[False, True, True]).drop(
        columns="total").reset_index(drop=True)


def quotes_per_speaker_chart(counts: pd.DataFrame, *, top: int = 25) -> go.Figure:
    """Horizontal stacked bars of the `top` most quoted speakers, one colour per kind of quote; a menu
    shows people, organisations and outlets, or everyone (the unattributed with them)."""
    if counts.empty:
        return empty_figure("No quotes in this corpus", "Quotes per speaker")
    kinds = sorted(counts["kind"].unique())
    palette = colours(QUOTE_KINDS + sorted(set(kinds) - set(QUOTE_KINDS)))  # a kind keeps its colour in any corpus
    groups = [g for g in SPEAKER_GROUPS if (counts["speaker_type"] == g).any()] + ["everyone"]
    fig = go.Figure()
    owner, order = [], {}
    for group in groups:
        rows = counts if group == "everyone" else counts[counts["speaker_type"] == group]
        speakers = list(dict.fromkeys(rows["speaker"]))[:top]
        order[group] = [_short(s) for s in reversed(speakers)]  # the rows of this group, the most quoted on top
        rows = rows[rows["speaker"].isin(speakers)]
        for kind in kinds:
            part = rows[rows["kind"] == kind]
            fig.add_bar(y=[_short(s) for s in part["speaker"]], x=part["quotes"], name=_safe(kind), orientation="h",
                        marker_color=palette[kind], legendgroup=kind, showlegend=group == groups[0],
                        visible=group == groups[0], customdata=[[_safe(s), plural(int(n), f"{kind} quote")]
                                                                for s, n in zip(part["speaker"], part["quotes"])],
                        hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>")
            owner.append(group)
    names = [SPEAKER_GROUPS.get(g, g) for g in groups]
    titles = [f"Most quoted: {name}" for name in names]
    largest = counts.groupby("speaker")["quotes"].sum().max()
    shown = min(top, counts["speaker"].nunique())
    # The menu sets the rows too: plotly keeps a row for every category of the hidden traces otherwise.
    buttons = [{"label": name, "method": "update",
                "args": [{"visible": [o == g for o in owner]}, {"title.text": title, "yaxis.categoryarray": order[g]}]}
               for name, title, g in zip(names, titles, groups)]
    # No x title: the title says what is counted, and the legend of kinds sits where it would be.
    fig.update_layout(title=titles[0], barmode="stack", xaxis=count_axis(None, largest), legend=LEGEND_BELOW,
                      yaxis={"categoryorder": "array", "automargin": True, "categoryarray": order[groups[0]]},
                      updatemenus=[{**_visibility_menu([]), "buttons": buttons}],
                      height=max(340, 200 + 24 * shown) + legend_room(len(kinds)), margin={"t": 100})
    return fig


def quote_topics(quotes: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Quotes per speaker and topic, through the event the quote belongs to (`quote_topic_lists`). The quotes are
    counted per speaker and list of topics first, then the few lists spread over their topics: exploding a
    million quotes row by row took half a gigabyte."""
    if quotes.empty or events.empty:
        return pd.DataFrame(columns=["speaker", "topic", "quotes"])
    frame = pd.DataFrame({"speaker": speaker_labels(quotes["speaker"]).to_numpy(), "quote_id": quotes["quote_id"].to_numpy(),
                          "topics": _quote_topic_tuples(quotes, events)})
    frame = frame[frame["topics"].map(len).to_numpy() > 0]
    per_list = frame.groupby(["speaker", "topics"], as_index=False)["quote_id"].nunique()
    counts = per_list.explode("topics").groupby(["speaker", "topics"], as_index=False)["quote_id"].sum() \
        .rename(columns={"topics": "topic", "quote_id": "quotes"})
    return counts.sort_values(["quotes", "speaker"], ascending=[False, True]).reset_index(drop=True)


def heatmap(counts: pd.DataFrame, *, rows: str, columns: str, value: str, title: str, empty_message: str,
            column_order: list | None = None) -> go.Figure:
    """A count heatmap from a long table (rows x columns), counts written in the cells; the rows with
    the largest totals first, the columns in `column_order` when given (missing ones as zeros)."""
    if counts.empty:
        return empty_figure(empty_message, title)
    grid = counts.pivot_table(index=rows, columns=columns, values=value, aggfunc="sum", fill_value=0)
    if column_order is not None:
        grid = grid.reindex(columns=column_order, fill_value=0)
    grid = grid.loc[grid.sum(axis=1).sort_values(ascending=False).index]
    label = {rows: lambda r: _short(topic_label(r) if rows == "topic" else r, 28),
             columns: lambda c: _short(topic_label(c) if columns == "topic" else c, 22)}
    fig = go.Figure(go.Heatmap(
        z=grid.to_numpy(), x=[label[columns](c) for c in grid.columns], y=[label[rows](r) for r in grid.index],
        colorscale="Blues", zmin=0, text=_nonzero_text(grid.to_numpy()), texttemplate="%{text}", xgap=1, ygap=1,
        hovertemplate=f"%{{y}} · %{{x}}: %{{z}} {value}<extra></extra>", colorbar={"title": value, "thickness": 12},
    ))
    # A fixed width, cells of a readable size: on a phone the page scrolls the heatmap sideways instead of
    # squeezing it to a sliver.
    fig.update_layout(title=title, yaxis={"autorange": "reversed", "automargin": True},
                      xaxis={"tickangle": -45, "automargin": True, "type": "category"},  # under the grid: clear of the title
                      height=max(320, 220 + 28 * len(grid)), width=max(420, 260 + 46 * len(grid.columns)),
                      margin={"t": 80})
    return fig


def _nonzero_text(values) -> list[list[str]]:
    """Cell labels for a count grid: the count, or nothing for 0, so the counts that exist stand out."""
    return [[str(v) if v else "" for v in row] for row in values]


def quote_topics_chart(counts: pd.DataFrame) -> go.Figure:
    return heatmap(counts, rows="speaker", columns="topic", value="quotes", title="Who is quoted on which topics",
                   empty_message="No quotes with topics in this corpus")


# --- 05 themes and money ---------------------------------------------------------------------

def topics_by_year(events: pd.DataFrame) -> pd.DataFrame:
    """Dated events per topic and year: columns year, topic, events."""
    frame = pd.DataFrame({"event_id": events["event_id"].to_numpy(), "year": year_of(events["date"]).to_numpy(),
                          "topic": events["topics"].map(as_list).to_numpy()}).explode("topic")
    frame = frame.dropna(subset=["year", "topic"])
    counts = frame.groupby(["year", "topic"], as_index=False)["event_id"].nunique().rename(columns={"event_id": "events"})
    return counts.sort_values(["year", "topic"]).reset_index(drop=True)


def topics_by_year_chart(counts: pd.DataFrame) -> go.Figure:
    """Heatmap of events per topic and year, every year of the span shown (an empty year is a gap in
    the corpus, not a zero to draw a line through)."""
    years = range(int(counts["year"].min()), int(counts["year"].max()) + 1) if len(counts) else []
    return heatmap(counts, rows="topic", columns="year", value="events", title="Topics over time",
                   empty_message="No dated events with topics in this corpus", column_order=list(years))


def topics_by_partner(events: pd.DataFrame, *, focus: str = FOCUS) -> pd.DataFrame:
    """Events per partner and topic: columns partner_name, topic, events."""
    if events.empty:
        return pd.DataFrame(columns=["partner_name", "topic", "events"])
    rows = partner_rows(events, focus=focus).merge(events[["event_id", "topics"]], on="event_id")
    rows = rows.assign(topic=rows["topics"].map(as_list)).explode("topic").dropna(subset=["topic"])
    rows["partner_name"] = rows["partner"].map(lambda p: p if p == NO_COUNTRY else country_name(p))
    counts = rows.groupby(["partner_name", "topic"], as_index=False)["event_id"].nunique()
    return counts.rename(columns={"event_id": "events"}).sort_values(["partner_name", "topic"]).reset_index(drop=True)


def topics_by_partner_chart(counts: pd.DataFrame) -> go.Figure:
    return heatmap(counts, rows="partner_name", columns="topic", value="events", title="Topics by partner",
                   empty_message="No events with topics in this corpus")


def amount_table(amounts: pd.DataFrame, events: pd.DataFrame, documents: pd.DataFrame, *, focus: str = FOCUS) -> pd.DataFrame:
    """Money amounts with their event's partners (names, and ISO3 codes in `partner_codes`), date and
    headline, and the source document."""
    columns = ["text", "value", "currency", "qualifier", "partners", "year", "date", "headline", "source",
               "partner_codes", "event_id", "doc_id"]
    if amounts.empty:
        return pd.DataFrame(columns=columns)
    partners = partner_rows(events, focus=focus)
    codes = lists_by_event(partners, "partner")
    table = amounts.merge(events[["event_id", "date", "headline"]], on="event_id", how="left")
    table["partner_codes"] = table["event_id"].map(codes).map(as_list)
    table["partners"] = table["partner_codes"].map(lambda cs: [c if c == NO_COUNTRY else country_name(c) for c in cs])
    table["year"] = year_of(table["date"])
    table["source"] = table["doc_id"].map(source_labels(documents))
    return table[columns].reset_index(drop=True)


def amounts_by_partner_year(table: pd.DataFrame) -> pd.DataFrame:
    """Summed amounts per currency, partner and year: columns currency, partner (ISO3), partner_name, year,
    value, amounts.

    An amount of an event with two partners counts for each of them; currencies are never added
    together (no exchange rates are assumed).
    """
    columns = ["currency", "partner", "partner_name", "year", "value", "amounts"]
    frame = table.assign(pair=[list(zip(c, n)) for c, n in zip(table["partner_codes"], table["partners"])]).explode("pair")
    frame = frame.dropna(subset=["value", "currency", "pair"])
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame = frame.assign(partner=frame["pair"].str[0], partner_name=frame["pair"].str[1],
                         year=frame["year"].astype("string").fillna("undated"))
    sums = frame.groupby(["currency", "partner", "partner_name", "year"], as_index=False).agg(
        value=("value", "sum"), amounts=("text", "size"))
    return sums[columns].sort_values(["currency", "year", "partner_name"]).reset_index(drop=True)


CURRENCY_LABELS = {"USD": "US$", "EUR": "€", "RUB": "RUB", "CNY": "CNY", "GBP": "£", "BYN": "BYN", "KZT": "KZT", "INR": "INR"}
SCALES = [(1e12, "tn", "trillion"), (1e9, "bn", "billion"), (1e6, "m", "million"), (1e3, "k", "thousand"), (1, "", "")]


def money_scale(largest: float) -> tuple[float, str, str]:
    """(divisor, short unit, word) for an axis whose largest value is `largest`: 227e9 -> (1e9, 'bn', 'billion')."""
    return next((scale for scale in SCALES if largest >= scale[0]), SCALES[-1])


def money_label(value: float, currency: str) -> str:
    """'US$ 227 bn', 'RUB 2.5 bn', 'US$ 500 m': an amount as a reader says it."""
    divisor, unit, _ = money_scale(abs(value))
    number = f"{value / divisor:,.1f}".removesuffix(".0")
    return f"{CURRENCY_LABELS.get(currency, currency)} {number}{' ' + unit if unit else ''}"


def amounts_chart(sums: pd.DataFrame) -> go.Figure:
    """Bars of money per year and partner on a linear axis in the currency's unit ("US$ bn"), one currency
    at a time (a menu switches currency; the title and axis follow)."""
    if sums.empty:
        return empty_figure("No money amounts in this corpus", "Money by partner and year")
    currencies = list(sums.groupby("currency")["amounts"].sum().sort_values(ascending=False).index)
    fig = go.Figure()
    owner, titles, axes = [], [], []
    for currency in currencies:
        rows = sums[sums["currency"] == currency]
        divisor, unit, _ = money_scale(rows.groupby(["year", "partner"])["value"].sum().max())
        axis_title = f"{CURRENCY_LABELS.get(currency, currency)} {unit}".strip()
        for (code, partner), part in rows.groupby(["partner", "partner_name"]):
            fig.add_bar(x=part["year"], y=part["value"] / divisor, name=_safe(partner), marker_color=country_colour(code),
                        visible=currency == currencies[0], legendgroup=_safe(partner),
                        customdata=[[money_label(v, currency), plural(int(n), "amount")] for v, n in zip(part["value"], part["amounts"])],
                        hovertemplate="%{x}: %{customdata[0]} (%{customdata[1]})<extra>%{fullData.name}</extra>")
            owner.append(currency)
        titles.append(f"Money named, in {_safe(CURRENCY_LABELS.get(currency, currency))}")
        axes.append(axis_title)
    buttons = []
    for currency, title, axis in zip(currencies, titles, axes):
        buttons.append({"label": _safe(currency), "method": "update",
                        "args": [{"visible": [o == currency for o in owner]}, {"title.text": title, "yaxis.title.text": axis}]})
    menu = {**_visibility_menu([]), "buttons": buttons}
    fig.update_layout(title={"text": titles[0]}, barmode="group", updatemenus=[menu] if len(currencies) > 1 else [],
                      xaxis={"type": "category", "automargin": True},
                      yaxis={"title": axes[0], "rangemode": "tozero", "tickformat": ",~r"},
                      legend=LEGEND_BELOW, showlegend=True, margin={"t": 100},
                      height=400 + legend_room(sums["partner"].nunique()))
    return fig
