"""Live explorers for JupyterLab: ipywidgets controls that redraw a figure or a table in place.

Their callbacks are Python, so they need a running kernel: an exported page cannot run them. The
notebooks tag explorer cells `explorer` (the report drops them) and pair each with a static view
tagged `static` (a figure with plotly's own dropdowns, or a searchable table). Each builder returns
an `Explorer` whose `controls` can be set from Python, as tests do, and whose `figure` or `rows`
then show the result.

Corpus text reaches widget HTML only escaped (`html.escape`, or pandas' escaping `to_html`):
a document may contain `<script>`.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

import ipywidgets as W
import numpy as np
import pandas as pd
import plotly.graph_objects as go
from IPython.display import HTML

from helpers import charts
from helpers.geo import country_name

ALL = "(all)"
QUOTE_COLUMNS = ["speaker", "speaker_role", "speaker_country", "date", "kind", "excerpt", "source"]
PAGE_ROWS = 10  # rows per page of an explorer's table: the picker below it stays in view
WIDE = W.Layout(width="95%")
LABELLED = {"description_width": "5em"}  # room for the longest control label


@dataclass
class Explorer:
    """A displayed box of controls plus what they update: a FigureWidget, HTML outputs, the current rows.

    The current rows are `table` itself, or its rows at `positions` when the explorer filters by
    position (the quotes explorer): they are copied out only when someone reads `rows`.
    """

    view: W.Widget
    controls: dict[str, W.Widget] = field(default_factory=dict)
    outputs: dict[str, W.Widget] = field(default_factory=dict)
    figure: go.FigureWidget | None = None
    table: pd.DataFrame | None = None
    positions: np.ndarray | None = None

    @property
    def rows(self) -> pd.DataFrame | None:
        if self.positions is None or self.table is None:
            return self.table
        return self.table.iloc[self.positions].reset_index(drop=True)

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


def nothing_to_explore(what: str) -> Explorer:
    """The explorer of an empty table: one line saying so."""
    return Explorer(view=W.Label(f"No {what} in this corpus: nothing to explore."), table=pd.DataFrame())


def redraw(target: go.FigureWidget, source: go.Figure) -> None:
    """Replace the traces and layout of a displayed FigureWidget in one update (no flicker, no new output).

    The layout is updated key by key, the keys `source` lacks emptied, and the template left as it is:
    assigning a whole layout checks the template again, a tenth of a timeline's redraw."""
    layout = source.layout.to_plotly_json()
    layout.pop("template", None)
    stale = {key: None for key in target.layout.to_plotly_json() if key not in layout and key != "template"}
    with target.batch_update():
        target.data = ()
        target.add_traces(list(source.data))
        target.layout.update({**stale, **layout}, overwrite=True)


def year_slider(years: pd.Series, description: str = "years") -> W.IntRangeSlider:
    known = years.dropna()
    low, high = (int(known.min()), int(known.max())) if len(known) else (2000, 2000)
    # Wide enough that the readout shows both years whole ("2017 – 2024", not "2017 – 202").
    return W.IntRangeSlider(value=(low, high), min=low, max=high, description=description, continuous_update=False,
                            layout=W.Layout(width="min(32em, 95%)"), style=LABELLED)


def full_range(slider: W.IntRangeSlider) -> bool:
    """True when the slider spans every year; then undated rows stay in view."""
    return tuple(slider.value) == (slider.min, slider.max)


# --- 02 timeline ---------------------------------------------------------------------------------

def timeline_explorer(events: pd.DataFrame, documents: pd.DataFrame, *, focus: str = charts.FOCUS) -> Explorer:
    """Pick partner countries, topics, document languages and years; the timeline redraws in place.

    The timeline's rows are made once; an interaction selects among them with boolean masks (partner,
    document language, the events of each topic, the spans overlapping the years), finds the latest
    `charts.TIMELINE_EVENTS` events among them through each row's event number, and copies out and
    redraws only their rows.
    """
    if events.empty:
        return nothing_to_explore("events")
    all_spans = charts.event_spans(events, documents, focus=focus)
    names = dict(zip(all_spans["partner"], all_spans["partner_name"]))
    topic_of_row = all_spans["topics"].explode().dropna()  # indexed by row position (the spans' index is a range)
    topic_rows = {}
    for topic, where in pd.Series(topic_of_row.index.to_numpy()).groupby(topic_of_row.to_numpy(dtype=object)).indices.items():
        topic_rows[topic] = np.zeros(len(all_spans), dtype=bool)
        topic_rows[topic][topic_of_row.index.to_numpy()[where]] = True
    # Rows come sorted by start (undated last), so events numbered in order of appearance are numbered by start.
    event_number = pd.factorize(all_spans["event_id"])[0]
    dated = all_spans["start"].notna().to_numpy()
    span_languages = all_spans["doc_id"].map(documents.set_index("doc_id")["language"]).to_numpy(dtype=object)
    languages = sorted({language for language in span_languages if isinstance(language, str)})
    controls = {
        "countries": W.SelectMultiple(options=sorted(((name, code) for code, name in names.items())),
                                      description="partners", rows=min(8, max(2, len(names)))),
        "topics": W.SelectMultiple(options=sorted(topic_rows), description="topics", rows=min(8, max(2, len(topic_rows)))),
        "languages": W.SelectMultiple(options=languages, description="language", rows=min(4, max(2, len(languages)))),
        "years": year_slider(all_spans["start"].dt.year),
    }
    figure = go.FigureWidget(charts.timeline(all_spans, controls=False))
    hint = W.Label("Select several with Ctrl/Cmd-click; select none to show all.")
    explorer = Explorer(view=W.VBox([W.HBox([controls["countries"], controls["topics"], controls["languages"]]),
                                     controls["years"], hint, figure]),
                        controls=controls, figure=figure, table=all_spans)

    def update(_change=None):
        keep = np.ones(len(all_spans), dtype=bool)
        if controls["countries"].value:
            keep &= all_spans["partner"].isin(controls["countries"].value).to_numpy(dtype=bool)
        if controls["languages"].value:
            keep &= np.isin(span_languages, list(controls["languages"].value))
        if controls["topics"].value:
            keep &= np.logical_or.reduce([topic_rows[topic] for topic in controls["topics"].value])
        years = controls["years"]
        if not full_range(years):
            low, high = pd.Timestamp(f"{years.value[0]}-01-01"), pd.Timestamp(f"{years.value[1]}-12-31")
            keep &= charts.spans_overlap(all_spans["start"], all_spans["end"], low, high)
        explorer.positions = np.flatnonzero(keep)
        drawn, numbers, limit = keep & dated, np.unique(event_number[keep & dated]), charts.TIMELINE_EVENTS
        if len(numbers) > limit:  # the rows of the latest events only
            drawn &= event_number >= numbers[-limit]
        redraw(figure, charts.timeline_figure(all_spans.iloc[np.flatnonzero(drawn)], dated_events=len(numbers), limit=limit,
                                              undated=len(np.unique(event_number[keep & ~dated])), controls=False))

    for control in controls.values():
        control.observe(update, names="value")
    return explorer


# --- 03 country pairs ----------------------------------------------------------------------------

def pairs_explorer(pairs: pd.DataFrame, *, focus: str = charts.FOCUS) -> Explorer:
    """Pick a focus country and a year range; the bars of its partners redraw in place."""
    by_year = charts.partners_by_year(pairs)
    if by_year.empty:
        return nothing_to_explore("dated country pairs")
    countries = sorted(by_year["country"].unique(), key=country_name)
    controls = {
        "country": W.Dropdown(options=[(country_name(c), c) for c in countries],
                              value=focus if focus in countries else countries[0], description="country"),
        "years": year_slider(by_year["year"]),
    }
    explorer = Explorer(view=W.VBox(), controls=controls)

    def current() -> pd.DataFrame:
        low, high = controls["years"].value
        return charts.partner_totals(by_year, country=controls["country"].value, year_from=low, year_to=high)

    explorer.table = current()
    explorer.figure = go.FigureWidget(charts.partner_totals_chart(explorer.table, country=controls["country"].value))
    explorer.view.children = [W.HBox([controls["country"], controls["years"]]), explorer.figure]

    def update(_change=None):
        explorer.table = current()
        redraw(explorer.figure, charts.partner_totals_chart(explorer.table, country=controls["country"].value))

    for control in controls.values():
        control.observe(update, names="value")
    return explorer


# --- 04 quotes -----------------------------------------------------------------------------------

def quote_in_context_html(text: str, start: int, end: int) -> str:
    """The quote's paragraph as HTML with the quote in <mark>: every piece of corpus text is escaped
    first and only then wrapped, so markup in a document shows as text."""
    before, quote, after = charts.quote_context(text, start, end)
    body = f"{html.escape(before)}<mark>{html.escape(quote)}</mark>{html.escape(after)}".replace("\n", "<br>")
    return f'<blockquote class="quote-context">{body}</blockquote>'


def show_in_context(quotes: pd.DataFrame, documents: pd.DataFrame, quote_id: str | None = None, *,
                    texts=None) -> HTML | None:
    """One quote (the first when no id is given) in its paragraph, highlighted, with who said it where.

    `texts` reads documents' texts by id (`corpus.texts`) when the documents were loaded without them."""
    if quotes.empty:
        print("No quotes in this corpus.")
        return None
    quote = quotes.set_index("quote_id").loc[quote_id or quotes["quote_id"].iloc[0]]
    text = text_of(quote["doc_id"], documents, texts)
    speaker = quote["speaker"] if pd.notna(quote["speaker"]) else charts.UNATTRIBUTED
    source = charts.source_labels(documents).get(quote["doc_id"], "")
    caption = f"<p>{html.escape(str(speaker))} ({html.escape(str(quote['kind']))}), in {html.escape(str(source))}:</p>"
    return HTML(caption + quote_in_context_html(text, int(quote["start"]), int(quote["end"])))


def text_of(doc_id: str, documents: pd.DataFrame, texts=None) -> str:
    """One document's text: read by `texts([doc_id])` when given, else from the documents' text column."""
    found = texts([doc_id]) if texts is not None else charts.document_texts(documents).reindex([doc_id])
    value = found.iloc[0] if len(found) else None
    return "" if value is None or pd.isna(value) else str(value)


def page_html(table: pd.DataFrame, positions: np.ndarray, what: str, *, columns: list[str], page: int = 0) -> str:
    """An escaped HTML table of `columns` of one page of the quote rows at `positions`, headed by how many rows match
    and which are shown; only the page's rows are copied out of `table`, and only their excerpts are made."""
    from helpers.charts import plural
    from helpers.tables import labelled, reader_frame

    first = page * PAGE_ROWS
    shown = charts.with_excerpts(table.iloc[positions[first:first + PAGE_ROWS]])[columns]
    count = plural(len(positions), what[:-1] if what.endswith("s") else what, what)
    verb = "matches" if len(positions) == 1 else "match"
    where = f" (rows {first + 1}–{first + len(shown)} shown)" if len(positions) > PAGE_ROWS else ""
    rendered = labelled(reader_frame(shown), expands=False).to_html(index=False, escape=True, na_rep="")
    return f"<p>{count} {verb}{where}.</p>" + rendered


QUOTE_CHOICES = PAGE_ROWS  # the quote picker lists the quotes of the page shown (and the chosen one)


def quotes_explorer(quotes: pd.DataFrame, documents: pd.DataFrame, *, texts=None) -> Explorer:
    """Filter quotes by words, speaker, country, kind, document language and years; page through the matches; the chosen
    quote (the first match, until another is picked) shows in its paragraph.

    Rows are `charts.quote_rows` (no topics nor paragraphs: a million quotes' worth is a gigabyte). Filters go
    through a `charts.QuoteIndex` built once and pages are slices of the matching
    positions, so an interaction never copies the table; the paragraph of the chosen quote is read
    when shown (`texts`: `corpus.texts`, for documents loaded without their text).
    """
    if quotes.empty:
        return nothing_to_explore("quotes")
    table = charts.quote_rows(quotes, documents.drop(columns="text", errors="ignore"))
    index = charts.QuoteIndex(table)
    row_of = pd.Series(np.arange(len(table)), index=table["quote_id"])

    def options(column: str) -> list[str]:
        return [ALL] + sorted(str(value) for value in index.positions_of[column])

    controls = {
        "search": W.Text(description="search", placeholder="words in the quote or speaker", continuous_update=False,
                         style=LABELLED),
        "speaker": W.Dropdown(options=options("speaker"), description="speaker", style=LABELLED),
        "country": W.Dropdown(options=options("speaker_country"), description="country", style=LABELLED),
        "kind": W.Dropdown(options=options("kind"), description="kind", style=LABELLED),
        "language": W.Dropdown(options=options("language"), description="language", style=LABELLED),
        "years": year_slider(pd.Series(index.years[index.years >= 0]).astype("Int64")),
        "previous": W.Button(description="◀ previous", layout=W.Layout(width="auto")),
        "next": W.Button(description="next ▶", layout=W.Layout(width="auto")),
        "quote": W.Dropdown(description="quote", layout=WIDE, style=LABELLED),
        "show": W.Button(description="Show in context", icon="search", layout=W.Layout(width="auto", min_width="11em")),
    }
    results, context = W.HTML(), W.HTML()
    state = {"page": 0, "listing": False}
    explorer = Explorer(
        view=W.VBox([
            W.HBox([controls["search"], controls["speaker"]]), W.HBox([controls["country"], controls["kind"], controls["language"]]),
            controls["years"], results, W.HBox([controls["previous"], controls["next"]]),
            W.HBox([controls["quote"], controls["show"]]), context,
        ]),
        controls=controls, outputs={"results": results, "context": context}, table=table,
        positions=np.arange(len(table)),
    )

    def show_page():
        """The page's rows, and the picker listing them (with the chosen quote while it still matches)."""
        positions = explorer.positions
        last = max(0, (len(positions) - 1) // PAGE_ROWS)
        state["page"] = min(max(state["page"], 0), last)
        results.value = page_html(table, positions, "quotes", columns=QUOTE_COLUMNS, page=state["page"])
        controls["previous"].disabled = state["page"] == 0
        controls["next"].disabled = state["page"] == last
        chosen = controls["quote"].value
        listed = list(positions[state["page"] * PAGE_ROWS:][:QUOTE_CHOICES])
        if chosen is not None and chosen in row_of.index and row_of[chosen] not in listed and still_matches(chosen):
            listed.append(row_of[chosen])
        state["listing"] = True  # new options reset the value: the context waits for the value put back
        controls["quote"].options = [(f"{table['speaker'].iat[i]}: {charts.excerpt(table['text'].iat[i])[:70]}", table["quote_id"].iat[i])
                                     for i in listed]
        state["listing"] = False
        if chosen is not None and chosen in row_of.index and row_of[chosen] in listed:
            controls["quote"].value = chosen

    def still_matches(quote_id) -> bool:
        position = row_of[quote_id]
        found = np.searchsorted(explorer.positions, position)
        return found < len(explorer.positions) and explorer.positions[found] == position

    def update(_change=None):
        years = controls["years"]
        chosen = controls["quote"].value
        explorer.positions = index.positions(
            search=controls["search"].value,
            **{name: None if controls[name].value == ALL else controls[name].value for name in ("speaker", "country", "kind", "language")},
            year_from=None if full_range(years) else years.value[0], year_to=None if full_range(years) else years.value[1],
        )
        state["page"] = 0
        show_page()
        # Keep the chosen quote when it still matches, else pick the first match, and show it.
        keep = chosen is not None and still_matches(chosen)
        first = table["quote_id"].iat[explorer.positions[0]] if len(explorer.positions) else None
        controls["quote"].value = chosen if keep else first
        show_context()

    def turn(step):
        state["page"] += step
        show_page()

    def show_context(_change=None):
        if state["listing"]:
            return
        quote_id = controls["quote"].value
        if quote_id is None:
            context.value = "<p>No quote matches these filters.</p>"
            return
        quote = quotes.iloc[row_of[quote_id]]
        context.value = quote_in_context_html(text_of(quote["doc_id"], documents, texts), int(quote["start"]), int(quote["end"]))

    for name in ("search", "speaker", "country", "kind", "language", "years"):
        controls[name].observe(update, names="value")
    controls["quote"].observe(show_context, names="value")
    controls["show"].on_click(show_context)
    controls["previous"].on_click(lambda _button: turn(-1))
    controls["next"].on_click(lambda _button: turn(1))
    update()
    return explorer
