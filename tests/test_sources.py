"""A sources manifest beside the files gives each document its address, and a date in that address dates
the page when its text states none."""
import json

import pandas as pd
import pytest

from helpers import paths
from helpers.cli import main
from helpers.corpus.build import build_corpus
from helpers.corpus.store import read_table
from helpers.extract import extract_document, load_resources
from helpers.ingest import ingest_folder
from helpers.sources import is_manifest_name, parse_manifest

STORY = "Officials of Oman and Russia met to discuss e-government services.\n"
YEARLESS = ("Kazakh and Russian officials agreed in June to build a data centre, a plan first discussed in "
            "February, the ministry said on its website.\n")


MARKDOWN = """# Where the files came from

Notes before the table.

| # | note |
|---|---|
| 1 | a table without file and address columns comes first |

| file | URL | title | why chosen |
|---|---|---|---|
| a.txt | https://example.org/2022/06/17/some-story/amp | A story | has "in June" and a https://wrong.example/ link |
| `b.txt` | <https://example.org/news/20090928/156.html> | B | dated address |
| c.txt | not known | C | no address |

Text after the table | with a pipe.
"""


@pytest.mark.parametrize("name, raw, expected", [
    ("SOURCES.md", MARKDOWN, {"a.txt": "https://example.org/2022/06/17/some-story/amp",
                              "b.txt": "https://example.org/news/20090928/156.html"}),
    ("sources.csv", "id,Filename,Link\n1,docs/a.txt,https://example.org/a\n2,./b.txt,http://example.org/b\n",
     {"docs/a.txt": "https://example.org/a", "b.txt": "http://example.org/b"}),
    ("sources.tsv", "path\tsource_url\na.txt\thttps://example.org/a\n", {"a.txt": "https://example.org/a"}),
    ("manifest.jsonl", '{"file": "a.txt", "url": "https://example.org/a"}\nnot json\n{"file": "b.txt"}\n',
     {"a.txt": "https://example.org/a"}),
    ("sources.md", "# Sources\n\nWe read the BBC and TASS, | sometimes | with pipes.\n", {}),
    ("sources.csv", "title,text\nOne,Russia and Laos met.\n", {}),  # a table of documents, not of sources
])
def test_a_manifest_is_a_table_with_a_file_and_an_address_column(name, raw, expected):
    assert parse_manifest(raw.encode("utf-8"), name) == expected


@pytest.mark.parametrize("relative, expected", [
    ("SOURCES.md", True), ("sources.csv", True), ("Manifest.TSV", True), ("sources.jsonl", True),
    ("docs/sources.csv", False), ("sources.txt", False), ("my-sources.csv", False), ("sources.parquet", False),
])
def test_only_a_file_at_the_top_of_the_corpus_named_like_a_manifest_is_one(relative, expected):
    assert is_manifest_name(relative) is expected


@pytest.fixture
def listed_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(YEARLESS, encoding="utf-8")
    (corpus / "b.txt").write_text("Published: 3 March 2024\n\n" + STORY, encoding="utf-8")
    (corpus / "c.txt").write_text(STORY.replace("Oman", "Qatar"), encoding="utf-8")
    (corpus / "d.txt").write_text("url: https://own.example/2019/01/05/x\n\n" + STORY.replace("Oman", "Chile"), encoding="utf-8")
    (corpus / "sources.csv").write_text(
        "file,url\na.txt,https://example.org/2022/06/17/kazakh-data-centre/amp\nb.txt,https://example.org/2020/01/01/b\n"
        "c.txt,https://example.org/news/c\nd.txt,https://example.org/2021/02/02/d\nmissing.txt,https://example.org/m\n",
        encoding="utf-8")
    return corpus


def test_the_listed_address_fills_the_url_and_dates_a_page_whose_text_states_no_date(listed_corpus):
    result = ingest_folder(listed_corpus)
    docs = {doc.path: doc for doc in result.documents}
    assert set(docs) == {"a.txt", "b.txt", "c.txt", "d.txt"}  # the manifest is no document
    a, b, c, d = (docs[name] for name in ("a.txt", "b.txt", "c.txt", "d.txt"))
    assert (a.url, a.published, a.published_source, a.outlet) == (
        "https://example.org/2022/06/17/kazakh-data-centre/amp", "2022-06-17", "url", "example.org")
    assert (b.url, b.published) == ("https://example.org/2020/01/01/b", "2024-03-03")  # the text's own stamp wins
    assert (c.url, c.published) == ("https://example.org/news/c", None)  # an address without a date dates nothing
    assert (d.url, d.published) == ("https://own.example/2019/01/05/x", "2019-01-05")  # the file's own address wins
    report = {row["path"]: row for row in result.report}
    assert report["sources.csv"]["status"] == "skipped"
    assert report["sources.csv"]["reason"] == "sources manifest, not a document: the addresses of 5 listed file(s)"


def test_month_names_without_a_year_take_the_year_of_the_listed_address(listed_corpus):
    doc = next(doc for doc in ingest_folder(listed_corpus).documents if doc.path == "a.txt")
    dates = extract_document(doc, load_resources())["dates"]
    assert {(row["text"], row["value"]) for row in dates} >= {("June", "2022-06"), ("February", "2022-02")}


def test_without_a_manifest_a_file_named_sources_is_an_ordinary_document(tmp_path):
    (tmp_path / "SOURCES.md").write_text("# Sources\n\nRussia and Kenya signed a memorandum on 3 May 2023.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(YEARLESS, encoding="utf-8")
    result = ingest_folder(tmp_path)
    assert sorted(doc.path for doc in result.documents) == ["SOURCES.md", "a.txt"]
    assert all(doc.url is None for doc in result.documents)


def test_the_build_uses_the_manifest_and_reads_again_a_file_whose_address_changed(listed_corpus, tmp_path):
    out = tmp_path / "out"

    def build():
        return build_corpus(listed_corpus, out, reference_dir=paths.REFERENCE, engine="serial", batch_files=1)

    assert build().extracted == 4
    documents = read_table(out, "documents").to_pandas().set_index("path")
    assert documents.loc["a.txt", "published"] == "2022-06-17"
    report = read_table(out, "ingest_report").to_pandas().set_index("path")
    assert report.loc["sources.csv", "status"] == "skipped"

    manifest = listed_corpus / "sources.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("2022/06/17", "2023/07/01"), encoding="utf-8")
    outcome = build()
    assert (outcome.extracted, outcome.reused) == (1, 3)
    documents = read_table(out, "documents").to_pandas().set_index("path")
    assert documents.loc["a.txt", "published"] == "2023-07-01"
    dates = read_table(out, "dates").to_pandas()
    assert set(dates.loc[dates["text"] == "June", "value"]) == {"2023-06"}


def test_evaluate_reads_the_sources_list_beside_the_gold_file(tmp_path, capsys):
    """An annotated set keeps its sources list beside its gold file, outside the folder of documents."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(YEARLESS, encoding="utf-8")
    (tmp_path / "SOURCES.md").write_text(
        "| file | URL |\n|---|---|\n| a.txt | https://example.org/2022/06/17/kazakh-data-centre |\n", encoding="utf-8")
    gold = {"doc": "a.txt", "source_url": "https://example.org/2022/06/17/kazakh-data-centre", "language": "en",
            "format": "news", "published": "2022-06-17", "countries": ["KAZ", "RUS"], "places": [], "quotes": [],
            "reported": [], "dates": [{"text": "June", "value": "2022-06", "precision": "month"},
                                      {"text": "February", "value": "2022-02", "precision": "month"}], "events": []}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(tmp_path / "gold.jsonl"), "--corpus", str(tmp_path / "docs"), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "published right 1/1, source_url right 1/1" in out
    assert "value+precision right 2/2" in out

    pred = tmp_path / "pred.jsonl"
    assert main(["extract", str(tmp_path / "docs"), "--jsonl", str(pred), "--workers", "1"]) == 0
    assert json.loads(pred.read_text(encoding="utf-8"))["source_url"] is None  # no manifest given, none in the folder
    assert main(["extract", str(tmp_path / "docs"), "--jsonl", str(pred), "--workers", "1",
                 "--sources", str(tmp_path / "SOURCES.md")]) == 0
    assert json.loads(pred.read_text(encoding="utf-8"))["published"] == "2022-06-17"


def test_a_manifest_that_cannot_be_read_leaves_the_corpus_as_it_was(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(b"\xff\xfe\x00garbage\x00")
    result = ingest_folder(tmp_path)
    assert [(doc.path, doc.url) for doc in result.documents] == [("a.txt", None)]
    report = pd.DataFrame(result.report).set_index("path")
    assert report.loc["sources.csv", "status"] == "skipped"
    assert "not decodable as utf-16" in report.loc["sources.csv", "reason"]


@pytest.mark.parametrize("listed, message", [
    ("| file | note |\n|---|---|\n| a.txt | no address |\n", "no table with a file column"),
    ("", "sources list not readable: empty file"),
])
def test_a_sources_list_named_on_purpose_that_gives_nothing_is_a_one_line_error(tmp_path, capsys, listed, message):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "list.md").write_text(listed, encoding="utf-8")
    assert main(["extract", str(tmp_path / "docs"), "--jsonl", str(tmp_path / "pred.jsonl"), "--sources", str(tmp_path / "list.md")]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"error: {tmp_path / 'list.md'}: ") and message in error


def test_evaluate_passes_over_a_sources_note_beside_the_gold_file_that_holds_no_table(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "SOURCES.md").write_text("# Sources\n\nCollected by hand from the BBC.\n", encoding="utf-8")
    gold = {"doc": "a.txt", "source_url": None, "language": "en", "format": "news", "published": None,
            "countries": ["OMN", "RUS"], "places": [], "quotes": [], "reported": [], "dates": [], "events": []}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(tmp_path / "gold.jsonl"), "--corpus", str(tmp_path / "docs"), "--workers", "1"]) == 0
    assert "source_url right 1/1" in capsys.readouterr().out
