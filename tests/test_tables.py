"""Reader tables: labels, blanks, formatted cells, filters and expandable rows, and corpus text kept inert."""
import numpy as np
import pandas as pd

from helpers import narrative, tables
from helpers.colours import FIXED, NO_COUNTRY_COLOUR, PALETTE, country_colour


def test_reader_frame_shows_no_na_nan_or_line_breaks():
    frame = pd.DataFrame({
        "date": pd.array(["2024-06", None], dtype="string"),
        "text": ["first\n\nsecond", np.nan],
        "topics": [np.array(["ai", "e_government"]), None],
        "events": pd.array([1.0, None], dtype="Float64"),
        "speaker_is_person": pd.array([True, None], dtype="boolean"),
    })
    shown = tables.reader_frame(frame, keep_lines=())
    assert shown["date"].tolist() == ["2024-06", ""]
    assert shown["text"].tolist() == ["first second", ""]
    assert shown["topics"].tolist() == ["AI; e-government", ""]
    assert str(shown["events"].dtype) == "Int64"  # a count reads 1, not 1.0
    assert shown["speaker_is_person"].tolist() == ["yes", ""]
    assert shown.drop(columns="events").isna().sum().sum() == 0  # text columns hold "" where data is missing


def test_paragraph_columns_keep_their_line_breaks_for_the_expanded_row():
    frame = pd.DataFrame({"before": ["a\n\nb "], "text": ["q"], "after": [""]})
    assert tables.reader_frame(frame)["before"].tolist() == ["a\n\nb "]


def test_labels_are_human_and_unique_per_table():
    assert tables.column_label("published_precision") == "date precision"
    assert tables.column_label("speaker_country") == "country"
    assert tables.column_label("some_new_column") == "some new column"
    assert tables.topic_label("e_government") == "e-government" and tables.topic_label("smart_cities") == "smart cities"
    quote_columns = ["speaker", "speaker_country", "date", "kind", "excerpt", "speaker_role", "speaker_type", "source",
                     "language", "topics", "year", "before", "text", "after", "quote_id", "doc_id"]
    top_partner_columns = ["year", "rank", "partner", "partner_name", "events"]
    pair_columns = ["a_name", "b_name", "date", "evidence", "a", "b", "precision", "event_id", "doc_id"]
    for columns in (quote_columns, top_partner_columns, pair_columns):
        labels = [tables.column_label(c) for c in columns]
        assert len(set(labels)) == len(labels), labels


def test_options_give_panes_on_the_filter_columns_and_an_expansion_with_the_paragraph():
    frame = pd.DataFrame({
        "speaker": ["A", "B"], "date": ["2024", "2023"], "topics": [["ai"], ["ai", "e_commerce"]], "year": [2024, 2023],
        "before": ["x", "y"], "text": ["q", "r"], "after": ["", ""], "quote_id": ["d:q1", "d:q2"], "language": ["en", "en"],
    })
    options = tables.table_options(frame, filters=["speaker", "topics", "year", "language"], details=["quote_id"], hidden=["year"])
    # Column 0 is the arrow that opens a row; the frame's columns follow it. One language: no pane for it.
    assert options["searchPanes"]["columns"] == [1, 3, 4]
    defs = options["columnDefs"]
    assert {"targets": 0, "className": "dt-control", "orderable": False, "searchable": False} in defs
    hidden = [d["targets"] for d in defs if d.get("visible") is False]
    assert sorted(t for targets in hidden for t in targets) == [4, 5, 6, 7, 8]
    script = str(options["drawCallback"])
    assert '"paragraph"' not in script and "[5, 6, 7]" in script and '[["quote id", 8]]' in script
    assert options["paging"] is False  # an empty (short) table has no pages


def test_long_tables_page_and_short_ones_do_not():
    long = pd.DataFrame({"a": range(tables.SHORT_TABLE + 1)})
    assert "paging" not in tables.table_options(long)
    assert tables.table_options(long.head(3))["layout"]["topEnd"] == "search"


def test_a_country_keeps_its_colour_whatever_else_is_drawn():
    assert country_colour("CHN") == FIXED["CHN"] and country_colour("chn") == FIXED["CHN"]
    assert country_colour("ZZZ") == country_colour("ZZZ") and country_colour("ZZZ") in PALETTE
    assert country_colour(None) == country_colour("(no country)") == NO_COUNTRY_COLOUR
    assert len(set(FIXED.values())) == len(FIXED)  # the frequent partners never share a colour


def test_narrative_comes_from_the_corpus_and_escapes_its_text():
    documents = pd.DataFrame({
        "title": ["<script>alert(1)</script>", "B"], "path": ["a.txt", "b.txt"], "outlet": ["TASS", None],
        "published": [None, "2021-02-05"], "published_source": [None, "text"], "language": ["en", "en"],
        "genre": ["news", "listing"],
    })
    text = narrative.corpus_description(documents).data + narrative.undated_documents(documents).data
    assert "2 documents" in text and "1 named outlet" in text and "2021–2021" in text
    assert "&lt;script&gt;" in text and "<script>" not in text
    assert "seed" not in text
