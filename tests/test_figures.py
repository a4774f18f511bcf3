"""One call saves a figure or table with the data behind it, where the report asks."""
import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from helpers import figures


def test_figure_is_saved_as_html_with_its_data_beside_it(tmp_path):
    fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))
    data = pd.DataFrame({"x": ["a", "b"], "y": [1, 2], "countries": [["BLR", "RUS"], []]})
    assert figures.save(fig, "03_country_pairs-matrix", data=data, out_dir=tmp_path) is fig
    assert (tmp_path / "03_country_pairs-matrix.html").exists()
    assert (tmp_path / "plotly.min.js").exists()  # shared by every figure of the folder, not inlined
    assert "cdn" not in (tmp_path / "03_country_pairs-matrix.html").read_text().lower()
    back = pd.read_csv(tmp_path / "03_country_pairs-matrix.csv")
    assert back["countries"].fillna("").tolist() == ["BLR; RUS", ""]


def test_folder_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(figures.FIGURES_DIR_ENV, str(tmp_path / "site" / "figures"))
    figures.save(pd.DataFrame({"a": [1]}), "01_corpus_overview-documents")
    assert (tmp_path / "site" / "figures" / "01_corpus_overview-documents.csv").exists()


def test_graph_is_saved_as_graphml_and_edge_csv(tmp_path):
    graph = nx.Graph()
    graph.add_edge("BLR", "RUS", weight=3)
    figures.save(graph, "03_country_pairs-network", out_dir=tmp_path)
    assert nx.read_graphml(tmp_path / "03_country_pairs-network.graphml")["BLR"]["RUS"]["weight"] == 3
    assert pd.read_csv(tmp_path / "03_country_pairs-network.csv").to_dict("records") == [
        {"source": "BLR", "target": "RUS", "weight": 3}]


def test_empty_table_says_so(capsys):
    figures.show_table(pd.DataFrame(), what="quotes")
    assert capsys.readouterr().out == "No quotes in this corpus.\n"


def test_show_table_saves_the_rows_it_shows(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(figures.FIGURES_DIR_ENV, str(tmp_path))
    figures.show_table(pd.DataFrame({"speaker": []}), what="quotes", name="04_quotes-table")
    assert (tmp_path / "04_quotes-table.csv").read_text().strip() == "speaker"
    assert "No quotes in this corpus." in capsys.readouterr().out


def test_a_big_table_shows_and_saves_its_first_rows_and_says_where_the_rest_is(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(figures.FIGURES_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(figures, "TABLE_LIMIT", 3)
    frame = pd.DataFrame({"speaker": [f"s{i}" for i in range(5)]})
    figures.show_table(frame, what="quotes", name="04_quotes-table")
    assert pd.read_csv(tmp_path / "04_quotes-table.csv")["speaker"].tolist() == ["s0", "s1", "s2"]
    out = capsys.readouterr().out
    assert "s3" not in out and "shows the first 3 of 5 quotes" in out and "Parquet tables" in out
    figures.show_table(figures.first_rows(frame), what="quotes", total=1_200_000)
    assert "the first 3 of 1,200,000 quotes" in capsys.readouterr().out
    figures.show_table(frame.head(3), what="quotes")
    assert "first" not in capsys.readouterr().out


def test_list_cells_from_parquet_become_text():
    import numpy as np

    frame = pd.DataFrame({"topics": [np.array(["ai", "e_government"]), None], "title": pd.array(["a", "b"], dtype="string")})
    topics = figures.csv_ready(frame)["topics"]
    assert topics.iloc[0] == "ai; e_government" and pd.isna(topics.iloc[1])
    inferred = pd.Series(["BLR"], dtype="string").map(lambda code: [code])  # pandas infers an Arrow list type
    assert figures.csv_ready(pd.DataFrame({"partners": inferred}))["partners"].tolist() == ["BLR"]


def test_figures_never_default_into_the_report_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(figures.FIGURES_DIR_ENV, raising=False)
    monkeypatch.chdir(tmp_path)  # a kernel runs in the notebook's folder
    figures.save(pd.DataFrame({"a": [1]}), "01_corpus_overview-documents")
    assert (tmp_path / "figures" / "01_corpus_overview-documents.csv").exists()


def test_a_dataframe_shown_at_the_end_of_a_cell_shows_its_first_rows_and_says_so(monkeypatch):
    from helpers.display import reader_table_html

    monkeypatch.setattr(figures, "TABLE_LIMIT", 3)
    html = reader_table_html(pd.DataFrame({"speaker": [f"speaker{i}" for i in range(5)]}))
    assert "speaker2" in html and "speaker3" not in html
    assert "The first 3 of 5 rows are shown" in html
    assert "are shown" not in reader_table_html(pd.DataFrame({"speaker": ["a", "b", "c"]}))
