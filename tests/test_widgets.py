"""Explorers are tested like a reader uses them: set a control's value, check the figure or rows changed."""
import html

import pandas as pd
import pytest
from conftest import HOSTILE, sample_tables

from helpers import charts, widgets


@pytest.fixture
def tables():
    return sample_tables()


def drawn_events(figure) -> set[str]:
    return {data[4] for trace in figure.data for data in (trace.customdata if trace.customdata is not None else [])}


def test_timeline_explorer_country_filter_redraws_the_figure_in_place(tables):
    explorer = widgets.timeline_explorer(tables["events"], tables["documents"])
    figure = explorer.figure
    assert drawn_events(figure) == {"d4:e0", "d4:e1", "d4:e2", "d4:e3", "d4:e4", "d3:e0"}
    explorer.controls["countries"].value = ("BLR",)
    assert explorer.figure is figure  # the same displayed widget, updated
    assert drawn_events(figure) == {"d4:e2", "d3:e0"}
    assert {t.name for t in figure.data} == {"Belarus"}
    assert set(explorer.rows["partner"]) == {"BLR"}


def test_timeline_explorer_topics_and_years(tables):
    explorer = widgets.timeline_explorer(tables["events"], tables["documents"])
    explorer.controls["topics"].value = ("digital economy",)
    assert drawn_events(explorer.figure) == {"d4:e0", "d4:e4", "d3:e0"}
    explorer.controls["years"].value = (2020, 2024)
    assert drawn_events(explorer.figure) == {"d4:e0", "d3:e0"}
    explorer.controls["countries"].value = ("SRB",)
    assert drawn_events(explorer.figure) == set()
    assert "No dated events" in explorer.figure.layout.annotations[0].text


def test_redraw_replaces_the_layout_but_keeps_the_template():
    import plotly.graph_objects as go
    target = go.FigureWidget(charts.empty_figure("Nothing here", "Empty"))
    template = target.layout.template.to_plotly_json()
    widgets.redraw(target, go.Figure(go.Bar(x=[1], y=[2]), layout={"title": "Full", "height": 300, "xaxis": {"title": "x"}}))
    assert target.layout.annotations == () and target.layout.title.text == "Full" and target.layout.height == 300
    assert target.layout.xaxis.visible is None and target.layout.yaxis.visible is None
    assert [trace.type for trace in target.data] == ["bar"]
    assert target.layout.template.to_plotly_json() == template
    widgets.redraw(target, charts.empty_figure("Nothing again", "Empty"))
    assert target.layout.height == 260 and target.data == ()
    assert target.layout.annotations[0].text == "Nothing again"


def test_timeline_explorer_draws_the_latest_events_of_the_selection(tables, monkeypatch):
    monkeypatch.setattr(charts, "TIMELINE_EVENTS", 2)
    explorer = widgets.timeline_explorer(tables["events"], tables["documents"])
    explorer.controls["topics"].value = ("digital economy",)
    spans = explorer.rows.dropna(subset=["start"])
    latest = spans.drop_duplicates("event_id").sort_values("start", kind="stable")["event_id"].tolist()[-2:]
    assert drawn_events(explorer.figure) == set(latest) == {"d4:e0", "d3:e0"}
    assert "the latest 2 of 3 dated events" in explorer.figure.layout.title.text


def test_pairs_explorer_focus_country_and_years(tables):
    explorer = widgets.pairs_explorer(tables["pairs"])
    assert explorer.controls["country"].value == "RUS"
    assert set(explorer.rows["partner"]) == {"ARM", "BLR", "CHN", "KAZ", "KGZ", "SRB", "TJK"}
    explorer.controls["years"].value = (2024, 2024)
    assert set(explorer.rows["partner"]) == {"BLR", "CHN", "TJK"}
    assert set(explorer.figure.data[0].y) == {"Belarus", "China", "Tajikistan"}
    explorer.controls["country"].value = "BLR"
    assert explorer.rows[["partner", "events"]].values.tolist() == [["RUS", 1]]
    assert "Belarus" in explorer.figure.layout.title.text


def test_quotes_explorer_filters_rows(tables):
    explorer = widgets.quotes_explorer(tables["quotes"], tables["documents"])
    assert len(explorer.rows) == 3
    explorer.controls["search"].value = "beijing"
    assert explorer.rows["quote_id"].tolist() == ["d4:q1"]
    explorer.controls["search"].value = ""
    explorer.controls["kind"].value = "block"
    assert explorer.rows["speaker"].tolist() == [charts.UNATTRIBUTED]
    explorer.controls["kind"].value = widgets.ALL
    explorer.controls["speaker"].value = "Mikhail Mishustin"
    assert explorer.rows["quote_id"].tolist() == ["d3:q1"]
    explorer.controls["speaker"].value = widgets.ALL
    explorer.controls["years"].value = (2024, 2024)
    assert set(explorer.rows["quote_id"]) == {"d4:q1", "d4:q2"}
    assert "2 quotes match" in explorer.outputs["results"].value


def test_show_in_context_escapes_the_paragraph_and_marks_the_quote(tables):
    explorer = widgets.quotes_explorer(tables["quotes"], tables["documents"])
    explorer.controls["quote"].value = "d3:q1"
    explorer.controls["show"].click()
    shown = explorer.outputs["context"].value
    assert "<script>" not in shown
    assert '<mark>&lt;script&gt;alert(1)&lt;/script&gt; we agree</mark>' in shown
    assert "He said: &quot;" in shown and "Intro line" not in shown  # only the quote's paragraph
    assert "<script>" not in explorer.outputs["results"].value


def test_quote_in_context_html_marks_the_exact_span():
    start = HOSTILE.index("we agree")
    assert "<mark>we agree</mark>" in widgets.quote_in_context_html(HOSTILE, start, start + 8)


@pytest.mark.parametrize("build, what", [
    (lambda t: widgets.timeline_explorer(t["events"].iloc[:0], t["documents"]), "No events"),
    (lambda t: widgets.pairs_explorer(t["pairs"].iloc[:0]), "No dated country pairs"),
    (lambda t: widgets.quotes_explorer(t["quotes"].iloc[:0], t["documents"]), "No quotes"),
])
def test_explorers_of_empty_tables_say_so(tables, build, what):
    assert build(tables).view.value.startswith(what)


def test_show_in_context_names_the_speaker_and_escapes_the_text(tables, capsys):
    shown = widgets.show_in_context(tables["quotes"], tables["documents"]).data
    assert shown.startswith("<p>Mikhail Mishustin (direct), in Mishustin at the forum (government.ru):</p>")
    assert "<mark>&lt;script&gt;" in shown and "<script>" not in shown
    assert widgets.show_in_context(tables["quotes"].iloc[:0], tables["documents"]) is None
    assert capsys.readouterr().out == "No quotes in this corpus.\n"


def test_quotes_explorer_shows_the_first_match_and_keeps_a_chosen_quote_that_still_matches(tables):
    explorer = widgets.quotes_explorer(tables["quotes"], tables["documents"])
    first = explorer.controls["quote"].value
    assert first == explorer.rows["quote_id"].iloc[0] and "<mark>" in explorer.outputs["context"].value
    explorer.controls["quote"].value = "d4:q1"
    explorer.controls["years"].value = (2024, 2024)  # d4:q1 still matches: it stays chosen and shown
    assert explorer.controls["quote"].value == "d4:q1" and "Beijing" in explorer.outputs["context"].value
    explorer.controls["speaker"].value = "Mikhail Mishustin"  # no longer matches within 2024
    assert explorer.controls["quote"].value is None and "No quote matches" in explorer.outputs["context"].value


def test_quotes_explorer_counts_in_words_and_pages_its_rows(tables, monkeypatch):
    monkeypatch.setattr(widgets, "PAGE_ROWS", 2)
    explorer = widgets.quotes_explorer(tables["quotes"], tables["documents"])
    assert "3 quotes match (rows 1–2 shown)" in explorer.outputs["results"].value
    first = explorer.rows["text"].iloc[0]  # the page shows its quotes' excerpts, made for the page
    assert html.escape(charts.excerpt(first)) in explorer.outputs["results"].value
    assert explorer.controls["previous"].disabled and not explorer.controls["next"].disabled
    explorer.controls["next"].click()
    assert "(rows 3–3 shown)" in explorer.outputs["results"].value and explorer.controls["next"].disabled
    explorer.controls["search"].value = "beijing"
    assert "1 quote matches." in explorer.outputs["results"].value


def test_explorers_filter_by_document_language(tables):
    """A mixed-language corpus: pick the documents' language; choosing none keeps every row."""
    documents = tables["documents"]
    documents.loc[documents["doc_id"] == "d3", "language"] = "ru"
    timeline = widgets.timeline_explorer(tables["events"], documents)
    everything = drawn_events(timeline.figure)
    assert timeline.controls["languages"].options == ("en", "ru")
    timeline.controls["languages"].value = ("ru",)
    assert drawn_events(timeline.figure) == {"d3:e0"}
    timeline.controls["languages"].value = ("en",)
    assert drawn_events(timeline.figure) == everything - {"d3:e0"}
    timeline.controls["languages"].value = ()
    assert drawn_events(timeline.figure) == everything
    explorer = widgets.quotes_explorer(tables["quotes"], documents)
    every_quote = explorer.rows["quote_id"].tolist()
    explorer.controls["language"].value = "ru"
    assert explorer.rows["quote_id"].tolist() == ["d3:q1"]
    explorer.controls["language"].value = "en"
    assert explorer.rows["quote_id"].tolist() == [q for q in every_quote if q != "d3:q1"]


def test_quotes_explorer_works_on_documents_loaded_without_their_texts(tables):
    documents = tables["documents"]
    asked = []

    def texts(doc_ids):  # what corpus.texts does: read only the documents asked for
        asked.append(list(doc_ids))
        return documents.set_index("doc_id")["text"].reindex(doc_ids)

    explorer = widgets.quotes_explorer(tables["quotes"], documents.drop(columns="text"), texts=texts)
    explorer.controls["quote"].value = "d3:q1"
    assert '<mark>&lt;script&gt;alert(1)&lt;/script&gt; we agree</mark>' in explorer.outputs["context"].value
    assert asked[-1] == ["d3"]
    shown = widgets.show_in_context(tables["quotes"], documents.drop(columns="text"), "d3:q1", texts=texts).data
    assert "<mark>&lt;script&gt;" in shown


def test_quotes_explorer_lists_the_quotes_of_the_page_shown_and_keeps_the_chosen_one(tables, monkeypatch):
    monkeypatch.setattr(widgets, "PAGE_ROWS", 2)
    monkeypatch.setattr(widgets, "QUOTE_CHOICES", 2)
    explorer = widgets.quotes_explorer(tables["quotes"], tables["documents"])
    ids = explorer.rows["quote_id"].tolist()
    assert [value for _label, value in explorer.controls["quote"].options] == ids[:2]
    explorer.controls["next"].click()
    assert [value for _label, value in explorer.controls["quote"].options] == [ids[2], ids[0]]  # the page, then the chosen
    assert explorer.controls["quote"].value == ids[0]


@pytest.mark.parametrize("filters", [
    {}, {"kind": "direct"}, {"speaker": "Mikhail Mishustin"}, {"country": "Russia"}, {"year_from": 2024, "year_to": 2024},
    {"search": "AGREE"}, {"search": "beijing", "year_from": 2020}, {"search": "ow and bei"}, {"search": "</script> we"},
    {"search": "shustin"}, {"search": "unattrib"}, {"search": "and"}, {"kind": "direct", "country": "China"},
    {"speaker": "nobody at all"}, {"language": "en"}, {"language": "ru", "kind": "direct"},
    {"search": "Moscow AND"}, {"search": "and tajik"}, {"search": "sia and taj"}, {"search": "beijing and"}, {"search": "and  beijing"},
])
def test_quote_index_finds_the_rows_a_plain_filter_finds(tables, filters):
    table = charts.quote_table(tables["quotes"], tables["documents"], tables["events"])
    keep = pd.Series(True, index=table.index)
    if filters.get("search"):
        needle = filters["search"].lower()
        keep &= table["text"].str.lower().str.contains(needle, regex=False) | table["speaker"].str.lower().str.contains(needle, regex=False)
    for column, name in (("speaker", "speaker"), ("speaker_country", "country"), ("kind", "kind"), ("language", "language")):
        if filters.get(name):
            keep &= (table[column] == filters[name]).fillna(False).astype(bool)
    if "year_from" in filters:
        keep &= charts.year_of(table["date"]).between(filters["year_from"], filters.get("year_to", 9999)).fillna(False)
    expected = table.loc[keep.to_numpy(dtype=bool), "quote_id"].tolist()
    assert charts.QuoteIndex(table).rows(**filters)["quote_id"].tolist() == expected
