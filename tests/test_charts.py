"""Chart helpers are checked on the data they draw, with small tables shaped like the seed corpus."""
import networkx as nx
import pandas as pd
import pytest

from helpers import charts
from helpers.colours import country_colour
from helpers.schema import conform

from conftest import HOSTILE, sample_tables


@pytest.fixture
def tables():
    return sample_tables()


def traces_of(fig, kind):
    return [t for t in fig.data if t.type == kind]


# --- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("date, start, end", [
    ("2024-06-17", "2024-06-17", "2024-06-17"),
    ("2024-10", "2024-10-01", "2024-11-01"),
    ("2017", "2017-01-01", "2018-01-01"),
])
def test_date_span_covers_what_the_date_names(date, start, end):
    assert charts.date_span(date) == (pd.Timestamp(start), pd.Timestamp(end))


@pytest.mark.parametrize("date", [None, "", pd.NA])
def test_date_span_of_a_missing_date_is_none(date):
    assert charts.date_span(date) is None


def test_in_date_range_keeps_a_month_that_overlaps_and_drops_undated():
    dates = pd.Series(["2024-10", "2024-06-17", None, "2017"], dtype="string")
    assert charts.in_date_range(dates, "2024-10-15", "2024-12-31").tolist() == [True, False, False, False]
    assert charts.in_date_range(dates).tolist() == [True, True, True, True]


def test_filter_events_by_country_topic_and_date(tables):
    events = tables["events"]
    assert set(charts.filter_events(events, countries=["BLR"])["event_id"]) == {"d4:e2", "d0:e0", "d3:e0"}
    assert set(charts.filter_events(events, topics=["security"])["event_id"]) == {"d4:e3", "d0:e0"}
    assert set(charts.filter_events(events, date_from="2024-01-01")["event_id"]) == {"d4:e0", "d4:e1", "d4:e2"}


# --- 01 ------------------------------------------------------------------------------------------

def test_document_counts_per_facet_add_up_to_the_documents(tables):
    counts = charts.document_counts(tables["documents"])
    assert (counts.groupby("by")["documents"].sum() == 3).all()
    years = counts[counts["by"] == "year"].set_index("value")["documents"].to_dict()
    assert years == {"2021": 1, "2024": 1, "(unknown)": 1}
    fig = charts.document_counts_chart(counts)
    assert len(fig.data) == len(charts.DOCUMENT_FACETS)
    assert len(fig.layout.updatemenus[0].buttons) == len(charts.DOCUMENT_FACETS)


# --- 02 timeline ---------------------------------------------------------------------------------

def test_partner_rows_keep_russia_alone_and_split_multi_party_events(tables):
    rows = charts.partner_rows(tables["events"])
    assert rows[rows.event_id == "d4:e3"]["partner"].tolist() == ["RUS"]
    assert sorted(rows[rows.event_id == "d3:e0"]["partner"]) == ["ARM", "BLR", "KAZ", "KGZ"]


def test_timeline_draws_one_mark_per_event_and_partner_at_its_date(tables):
    spans = charts.event_spans(tables["events"], tables["documents"])
    fig = charts.timeline(spans)
    drawn = {}
    for trace in traces_of(fig, "scatter"):
        for x, y, data in zip(trace.x, trace.y, trace.customdata):
            drawn[(data[4], y)] = (pd.Timestamp(x), pd.Timestamp(x))
    for trace in traces_of(fig, "bar"):
        for base, ms, y, data in zip(trace.base, trace.x, trace.y, trace.customdata):
            drawn[(data[4], y)] = (pd.Timestamp(base), pd.Timestamp(base) + pd.Timedelta(milliseconds=ms))
    dated = spans.dropna(subset=["start"])
    assert len(drawn) == len(dated)  # one mark per (event, partner): ARM, BLR, KAZ, KGZ for the forum
    for row in dated.itertuples():
        assert drawn[(row.event_id, row.partner_name)] == charts.date_span(row.date)


def test_timeline_draws_the_latest_events_when_there_are_too_many_and_says_so(tables):
    spans = charts.event_spans(tables["events"], tables["documents"])
    fig = charts.timeline(spans, limit=2)
    drawn = {d[4] for t in fig.data for d in t.customdata}
    dated = spans.dropna(subset=["start"])
    latest = dated.groupby("event_id")["start"].min().sort_values().index[-2:]
    assert drawn == set(latest)
    assert "the latest 2 of 6 dated events" in fig.layout.title.text
    assert "latest" not in charts.timeline(spans, limit=6).layout.title.text
    assert set(charts.timeline_rows(spans, limit=2)["event_id"]) == drawn  # the rows saved with the figure


@pytest.mark.parametrize("dates, start, end", [
    (["2024-06-17", "2024-10", "2017", None, ""], ["2024-06-17", "2024-10-01", "2017-01-01", None, None],
     ["2024-06-17", "2024-11-01", "2018-01-01", None, None]),
])
def test_date_spans_of_a_column_are_those_of_each_date(dates, start, end):
    starts, ends = charts.date_spans(pd.Series(dates, dtype="string"))
    assert starts.tolist() == [pd.Timestamp(d) if d else pd.NaT for d in start]
    assert [e if pd.notna(e) else None for e in ends] == [pd.Timestamp(d) if d else None for d in end]


def test_timeline_draws_months_as_spans_and_days_as_points(tables):
    fig = charts.timeline(charts.event_spans(tables["events"], tables["documents"]))
    bar_events = {d[4] for t in traces_of(fig, "bar") for d in t.customdata}
    point_events = {d[4] for t in traces_of(fig, "scatter") for d in t.customdata}
    assert bar_events == {"d4:e0", "d4:e2", "d4:e4"}  # 2024-10, 2024-01, 2017
    assert point_events == {"d4:e1", "d4:e3", "d3:e0"}


def test_timeline_counts_undated_events_instead_of_drawing_them(tables):
    fig = charts.timeline(charts.event_spans(tables["events"], tables["documents"]))
    assert "d0:e0" not in {d[4] for t in fig.data for d in t.customdata}
    assert "1 event without a certain date" in fig.layout.xaxis.title.text


def test_timeline_hover_names_headline_precision_and_source(tables):
    fig = charts.timeline(charts.event_spans(tables["events"], tables["documents"]))
    data = {d[4]: d for t in fig.data for d in t.customdata}
    assert list(data["d4:e0"][:4]) == ["Launch of joint digital projects with Tajikistan", "2024-10", "month",
                                 "Cooperation between Russia and other countries"]
    assert "BelTA" not in data["d3:e0"][3] and "government.ru" in data["d3:e0"][3]


def test_timeline_dropdown_shows_one_partner_at_a_time(tables):
    fig = charts.timeline(charts.event_spans(tables["events"], tables["documents"]))
    buttons = fig.layout.updatemenus[0].buttons
    belarus = next(b for b in buttons if b.label == "Belarus")
    shown = [t.name for t, visible in zip(fig.data, belarus.args[0]["visible"]) if visible]
    assert shown and set(shown) == {"Belarus"}
    assert fig.layout.xaxis.rangeslider.visible  # picks the dates in a static page


def test_events_per_year_counts_distinct_events(tables):
    counts = charts.events_per_year(charts.event_spans(tables["events"], tables["documents"]))
    belarus = counts[counts.partner == "BLR"].set_index("year")["events"].to_dict()
    assert belarus == {2021: 1, 2024: 1}  # the undated Mogilev forum is not counted
    fig = charts.events_per_year_chart(counts)
    assert sum(sum(t.y) for t in fig.data) == counts["events"].sum()


# --- 03 pairs ------------------------------------------------------------------------------------

def test_pair_matrix_is_symmetric_and_cells_equal_pair_counts(tables):
    pairs = tables["pairs"]
    matrix = charts.pair_matrix(pairs)
    assert (matrix.to_numpy() == matrix.T.to_numpy()).all()
    assert (matrix.to_numpy().diagonal() == 0).all()
    for (a, b), group in pairs.groupby(["a", "b"]):
        assert matrix.loc[a, b] == group["event_id"].nunique()
    assert matrix.loc["BLR", "RUS"] == 3  # strategy, undated Mogilev forum, 2021 forum
    fig = charts.pair_heatmap(matrix)
    assert (fig.data[0].z == matrix.to_numpy()).all()
    assert list(fig.data[0].x) == [charts.country_name(c) for c in matrix.columns]
    assert list(fig.data[0].x) == sorted(fig.data[0].x)  # countries in alphabetical order of their names
    assert fig.data[0].text[0][0] == ""  # no "0" written in empty cells


def test_pair_graph_weights_and_node_sizes(tables):
    graph = charts.pair_graph(tables["pairs"], tables["events"])
    assert graph["BLR"]["RUS"]["weight"] == 3
    assert graph.nodes["RUS"]["events"] == 7 and graph.nodes["BLR"]["events"] == 3
    fig = charts.network_figure(graph)
    edges = [t for t in fig.data if t.mode == "lines"]
    assert len(edges) == graph.number_of_edges()
    widest = max(edges, key=lambda t: t.line.width)
    assert set(widest.meta[:2]) == {"BLR", "RUS"}
    nodes = next(t for t in fig.data if t.name == "countries")
    sizes = dict(zip((c[1] for c in nodes.customdata), nodes.marker.size))
    assert sizes["RUS"] == max(sizes.values())


def test_graph_round_trips_through_graphml(tables, tmp_path):
    graph = charts.pair_graph(tables["pairs"], tables["events"])
    nx.write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back["BLR"]["RUS"]["weight"] == 3


def test_map_arcs_join_the_capitals_of_each_pair(tables):
    arcs = charts.pair_arcs(tables["pairs"])
    fig = charts.pair_map(arcs)
    lines = [t for t in fig.data if t.mode == "lines"]
    assert len(lines) == len(arcs)
    coords = charts.capitals()
    for trace in lines:
        a, b = trace.meta
        assert (trace.lon[0], trace.lat[0]) == (coords.at[a, "lon"], coords.at[a, "lat"])
        assert (trace.lon[1], trace.lat[1]) == (coords.at[b, "lon"], coords.at[b, "lat"])
    moscow_beijing = next(t for t in lines if set(t.meta) == {"CHN", "RUS"})
    assert (moscow_beijing.lat[0], moscow_beijing.lon[1]) == (39.90, 37.62)  # Beijing, Moscow


def test_map_names_countries_without_coordinates(tables):
    pairs = pd.concat([tables["pairs"], conform("pairs", [dict(event_id="x", doc_id="d", a="RUS", b="XXK", date="2020")])])
    fig = charts.pair_map(charts.pair_arcs(pairs))
    assert "no capital coordinates for: XXK" in fig.layout.annotations[0].text


def test_top_partners_per_year(tables):
    by_year = charts.partners_by_year(tables["pairs"])
    top = charts.top_partners(by_year, focus="RUS", n=1)
    assert top[top.year == 2024]["partner"].tolist() == ["BLR", "CHN", "TJK"]  # a tie: rank 1 each
    assert top[top.year == 2017]["partner"].tolist() == ["SRB"]
    fig = charts.partners_by_year_chart(by_year, focus="RUS")
    russia = fig.layout.updatemenus[0].buttons[0]
    assert russia.label == "Russia"
    shown = [t for t, v in zip(fig.data, russia.args[0]["visible"]) if v]
    assert sum(sum(t.y) for t in shown) == by_year[by_year.country == "RUS"]["events"].sum()


# --- 04 quotes -----------------------------------------------------------------------------------

def test_quote_context_is_the_paragraph_around_the_quote():
    start = HOSTILE.index("<script>")
    before, quote, after = charts.quote_context(HOSTILE, start, start + len("<script>alert(1)</script> we agree"))
    assert before == 'He said: "' and quote.startswith("<script>") and after == '" and left.'


def test_quote_table_columns_and_unattributed_speaker(tables):
    table = charts.quote_table(tables["quotes"], tables["documents"], tables["events"])
    assert list(table.columns[:5]) == ["speaker", "speaker_country", "date", "kind", "excerpt"]
    rows = table.set_index("quote_id")
    assert rows.at["d4:q2", "speaker"] == charts.UNATTRIBUTED and rows.at["d4:q2", "speaker_type"] == ""
    assert rows.at["d3:q1", "speaker_country"] == "Russia"
    # The paragraph around the quote, for the expanded row; the quote's topics come through its event.
    assert (rows.at["d3:q1", "before"], rows.at["d3:q1", "after"]) == ('He said: "', '" and left.')
    assert rows.at["d3:q1", "topics"] == ["digital economy"] and rows.at["d3:q1", "year"] == 2021
    assert set(charts.QUOTE_FILTERS + charts.QUOTE_DETAILS + charts.QUOTE_HIDDEN) <= set(table.columns)


def test_quote_rows_are_the_quote_tables_rows_without_topics_and_paragraphs(tables):
    """The explorer's narrow rows show what the full table shows, for the same quotes in the same order."""
    quotes = tables["quotes"].set_axis(range(10, 10 + len(tables["quotes"])))  # an index that is not a range
    rows = charts.quote_rows(quotes, tables["documents"])
    table = charts.quote_table(quotes, tables["documents"], tables["events"])
    assert list(rows.columns) == charts.QUOTE_ROW_COLUMNS and not {"topics", "before", "after"} & set(rows.columns)
    pd.testing.assert_frame_equal(rows, table[charts.QUOTE_ROW_COLUMNS])
    assert charts.with_excerpts(rows.iloc[1:])["excerpt"].tolist() == table["excerpt"].iloc[1:].tolist()
    assert list(charts.quote_rows(quotes.iloc[:0], tables["documents"]).columns) == charts.QUOTE_ROW_COLUMNS


def test_excerpt_cuts_long_quotes_at_a_word_and_flattens_lines():
    assert charts.excerpt("one\n\ntwo") == "one two"
    cut = charts.excerpt("word " * 100, limit=22)
    assert cut == "word word word word …"


def test_speaker_labels_merge_case_variants_into_the_commoner_form():
    labels = charts.speaker_labels(pd.Series(["The Chinese side", "the Chinese side", "The Chinese side", None, " "]))
    assert labels.tolist() == ["The Chinese side"] * 3 + [charts.UNATTRIBUTED] * 2


def test_speaker_chart_separates_people_from_organisations(tables):
    quotes = tables["quotes"].copy()
    quotes["speaker_is_person"] = [True, False, pd.NA][: len(quotes)]
    counts = charts.quotes_per_speaker(quotes)
    fig = charts.quotes_per_speaker_chart(counts)
    menu = fig.layout.updatemenus[0]
    assert [b.label for b in menu.buttons] == ["people", "organisations and outlets", "everyone"]
    people_rows = menu.buttons[0].args[1]["yaxis.categoryarray"]
    organisation_rows = menu.buttons[1].args[1]["yaxis.categoryarray"]
    assert not set(people_rows) & set(organisation_rows)
    assert list(fig.layout.yaxis.categoryarray) == list(people_rows)  # what shows first


def test_quotes_per_speaker_and_topics(tables):
    quotes = tables["quotes"].copy()
    quotes.loc[2, "speaker"] = ""  # an empty speaker is as unattributed as a missing one
    counts = charts.quotes_per_speaker(quotes)
    assert counts["quotes"].sum() == 3 and charts.UNATTRIBUTED in set(counts["speaker"])
    topics = charts.quote_topics(tables["quotes"], tables["events"])
    by = {(r.speaker, r.topic): r.quotes for r in topics.itertuples()}
    assert by[("Sergei Sobyanin", "smart city")] == 1  # through the segment d4:2
    assert by[("Mikhail Mishustin", "digital economy")] == 1  # through the document d3
    fig = charts.quote_topics_chart(topics)
    assert fig.data[0].z.sum() == topics["quotes"].sum()


def test_corpus_text_in_hover_labels_is_escaped(tables):
    events = tables["events"].copy()
    events.loc[0, "headline"] = "<img src=x onerror=alert(1)>"
    events.loc[1, "headline"] = 'The "Digital reset" forum'
    fig = charts.timeline(charts.event_spans(events, tables["documents"]))
    labels = [d[0] for t in fig.data for d in t.customdata]
    assert "&lt;img src=x onerror=alert(1)&gt;" in labels and not any("<img" in label for label in labels)
    assert 'The "Digital reset" forum' in labels  # plotly would show &quot; literally


# --- 05 ------------------------------------------------------------------------------------------

def test_topics_by_year_and_partner(tables):
    by_year = charts.topics_by_year(tables["events"])
    assert by_year.set_index(["year", "topic"]).at[(2024, "smart city"), "events"] == 1
    grid = charts.topics_by_year_chart(by_year).data[0]
    assert list(grid.x) == [str(year) for year in range(2017, 2025)]  # years without events stay visible
    assert grid.z.sum() == by_year["events"].sum()
    by_partner = charts.topics_by_partner(tables["events"])
    assert by_partner.set_index(["partner_name", "topic"]).at[("Belarus", "security"), "events"] == 1


def test_amounts_are_summed_per_currency_never_across(tables):
    table = charts.amount_table(tables["amounts"], tables["events"], tables["documents"])
    sums = charts.amounts_by_partner_year(table)
    rub = sums[sums.currency == "RUB"]
    assert rub[["partner", "partner_name", "year", "value"]].values.tolist() == [["TJK", "Tajikistan", "2024", 6.2e9]]
    fig = charts.amounts_chart(sums)
    assert [b.label for b in fig.layout.updatemenus[0].buttons] == ["RUB", "USD"]


def test_money_chart_is_linear_in_a_named_unit_with_partner_colours(tables):
    table = charts.amount_table(tables["amounts"], tables["events"], tables["documents"])
    fig = charts.amounts_chart(charts.amounts_by_partner_year(table))
    assert fig.layout.yaxis.type in (None, "linear") and fig.layout.yaxis.title.text == "RUB bn"
    assert fig.data[0].y[0] == pytest.approx(6.2) and fig.data[0].marker.color == country_colour("TJK")
    usd = fig.layout.updatemenus[0].buttons[1].args[1]
    assert usd["yaxis.title.text"].startswith("US$") and "US$" in usd["title.text"]
    assert charts.money_label(227e9, "USD") == "US$ 227 bn" and charts.money_label(2.5e9, "RUB") == "RUB 2.5 bn"
    assert charts.money_label(500e6, "USD") == "US$ 500 m"


def test_a_country_has_one_colour_on_every_chart(tables):
    spans = charts.event_spans(tables["events"], tables["documents"])
    timeline = charts.timeline(spans)
    per_year = charts.events_per_year_chart(charts.events_per_year(spans))
    partners = charts.partners_by_year_chart(charts.partners_by_year(tables["pairs"]))
    seen = {}
    for fig in (timeline, per_year, partners):
        for trace in fig.data:
            if trace.name in ("Belarus", "China"):
                seen.setdefault(trace.name, set()).add(trace.marker.color)
    assert seen == {"Belarus": {country_colour("BLR")}, "China": {country_colour("CHN")}}


def test_count_axes_have_whole_ticks_and_plural_hovers(tables):
    spans = charts.event_spans(tables["events"], tables["documents"])
    fig = charts.events_per_year_chart(charts.events_per_year(spans))
    assert fig.layout.yaxis.dtick == 1 and fig.layout.yaxis.tickformat == ",d"
    hovers = {text for trace in fig.data for text in trace.customdata}
    assert hovers <= {"1 event", "2 events", "3 events"} and "1 event" in hovers


# --- empty tables --------------------------------------------------------------------------------

@pytest.mark.parametrize("build, message", [
    (lambda t: charts.timeline(charts.event_spans(t["events"].iloc[:0], t["documents"])), "No dated events in this corpus"),
    (lambda t: charts.pair_heatmap(charts.pair_matrix(t["pairs"].iloc[:0])), "No country pairs in this corpus"),
    (lambda t: charts.network_figure(charts.pair_graph(t["pairs"].iloc[:0], t["events"])), "No country pairs in this corpus"),
    (lambda t: charts.pair_map(charts.pair_arcs(t["pairs"].iloc[:0])), "No country pairs in this corpus"),
    (lambda t: charts.quotes_per_speaker_chart(charts.quotes_per_speaker(t["quotes"].iloc[:0])), "No quotes in this corpus"),
    (lambda t: charts.quote_topics_chart(charts.quote_topics(t["quotes"].iloc[:0], t["events"])), "No quotes with topics"),
    (lambda t: charts.amounts_chart(charts.amounts_by_partner_year(
        charts.amount_table(t["amounts"].iloc[:0], t["events"], t["documents"]))), "No money amounts in this corpus"),
    (lambda t: charts.topics_by_year_chart(charts.topics_by_year(t["events"].iloc[:0])), "No dated events with topics"),
    (lambda t: charts.document_counts_chart(charts.document_counts(t["documents"].iloc[:0])), "No documents in this corpus"),
])
def test_empty_tables_give_a_figure_that_says_so(tables, build, message):
    fig = build(tables)
    assert message in fig.layout.annotations[0].text


def test_filter_quotes_by_speaker_country_and_date(tables):
    quotes = tables["quotes"]
    assert charts.filter_quotes(quotes, countries=["RUS"])["quote_id"].tolist() == ["d3:q1", "d4:q1"]
    assert charts.filter_quotes(quotes, date_from="2024-01-01")["quote_id"].tolist() == ["d4:q1", "d4:q2"]


def test_search_quotes_matches_words_in_quote_or_speaker(tables):
    table = charts.quote_table(tables["quotes"], tables["documents"])
    assert charts.search_quotes(table, search="SOBYANIN")["quote_id"].tolist() == ["d4:q1"]
    assert charts.search_quotes(table, country="Russia", year_from=2021, year_to=2021)["quote_id"].tolist() == ["d3:q1"]


def test_corpus_in_numbers_counts_rows_of_every_table(tables):
    from types import SimpleNamespace

    counts = {**{name: 0 for name in charts.TABLE_ROWS}, **{name: len(frame) for name, frame in tables.items()}}
    corpus = SimpleNamespace(counts=lambda: counts)
    numbers = charts.corpus_in_numbers(corpus).set_index("table")["rows"]
    assert numbers["events"] == 7 and numbers["people"] == 0
