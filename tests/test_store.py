"""load_corpus builds the tables once, says when it reuses them, and rebuilds only what changed."""
import shutil

import numpy as np
import pyarrow as pa
import pytest

from helpers import paths, schema
from helpers.corpus.store import ROWS, arrow_schema, keep_documents
from helpers.store import TABLE_NAMES, load_corpus


@pytest.fixture
def corpus(tmp_path, monkeypatch, seed_corpus):
    """A private copy of the seed corpus whose tables go to a temporary processed/ folder."""
    monkeypatch.setattr(paths, "PROCESSED", tmp_path / "processed")
    folder = tmp_path / "corpus"
    shutil.copytree(seed_corpus, folder)
    return folder


def test_tables_follow_the_schema(corpus):
    built = load_corpus(corpus, quiet=True)
    for name in TABLE_NAMES:
        assert list(getattr(built, name).columns) == list(schema.TABLES[name]), name
    assert len(built.documents) == 5
    assert set(built.ingest_report["status"]) == {"ingested"}
    assert built.status.startswith("built: 5 documents extracted, 0 reused")


def test_second_load_reads_the_tables_back(corpus):
    first = load_corpus(corpus, quiet=True)
    second = load_corpus(corpus, quiet=True)
    assert second.status == "up to date"
    assert second.built_at == first.built_at
    assert second.quotes["text"].tolist() == first.quotes["text"].tolist()
    assert all(isinstance(c, list) for c in second.events["countries"])


def test_a_new_document_is_extracted_alone(corpus):
    load_corpus(corpus, quiet=True)
    (corpus / "extra.txt").write_text(
        "MINSK, 3 March 2023 (BelTA) – Belarus and China signed an agreement on artificial intelligence.\n",
        encoding="utf-8",
    )
    rebuilt = load_corpus(corpus, quiet=True)
    assert rebuilt.status.startswith("built: 1 documents extracted, 5 reused")
    assert len(rebuilt.documents) == 6


def test_renaming_a_file_keeps_its_doc_id(corpus):
    before = load_corpus(corpus, quiet=True).documents.set_index("path")["doc_id"]
    (corpus / "000_575115873b677e43.txt").rename(corpus / "renamed.txt")
    after = load_corpus(corpus, quiet=True).documents.set_index("path")["doc_id"]
    assert after["renamed.txt"] == before["000_575115873b677e43.txt"]


def test_corpus_folder_from_the_environment(corpus, monkeypatch):
    monkeypatch.setenv("HELPERS_CORPUS", str(corpus))
    assert load_corpus(quiet=True).path == corpus.resolve()


def test_a_corpus_without_quotes_has_empty_tables_with_columns(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "PROCESSED", tmp_path / "processed")
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "note.txt").write_text("The weather in the region was mild this week.\n", encoding="utf-8")
    built = load_corpus(folder, quiet=True)
    assert built.quotes.empty and list(built.quotes.columns) == list(schema.TABLES["quotes"])
    assert built.pairs.empty


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_corpus(tmp_path / "nowhere", quiet=True)


def test_deleted_tables_are_built_again(corpus):
    first = load_corpus(corpus, quiet=True)
    shutil.rmtree(first.processed_dir / "tables")
    again = load_corpus(corpus, quiet=True)
    assert again.status.startswith("built") and len(again.documents) == 5


def test_a_corpus_loaded_without_texts_reads_tables_when_used_and_texts_when_asked(corpus, monkeypatch):
    import helpers.corpus.build as build

    monkeypatch.setattr(build, "BATCH_FILES", 2)  # several documents files, so texts() must pick the right ones
    with_texts = load_corpus(corpus, quiet=True, texts=True)
    lean = load_corpus(corpus, quiet=True, texts=False)
    assert "texts not loaded" in lean.status
    assert "mentions" not in vars(lean) and lean.counts()["mentions"] == len(with_texts.mentions)
    assert "mentions" not in vars(lean)  # counting read no table
    assert "text" not in lean.documents and list(lean.documents["doc_id"]) == list(with_texts.documents["doc_id"])
    ids = list(with_texts.documents["doc_id"])
    wanted = [ids[3], ids[0], "no-such-id", ids[3]]
    expected = with_texts.documents.set_index("doc_id")["text"]
    got = lean.texts(wanted)
    assert list(got.index) == [ids[3], ids[0], "no-such-id"]
    assert got.iloc[0] == expected[ids[3]] and got.iloc[1] == expected[ids[0]] and got.isna().iloc[2]
    assert lean.texts().sort_index().tolist() == expected.sort_index().tolist()


def test_keep_documents_takes_the_rows_of_the_kept_documents_in_order():
    counts = pa.table({"path": ["a", "b", "c", "d"], **{name: [2, 0, 1, 3] for name in arrow_schema(ROWS).names[1:]}},
                      schema=arrow_schema(ROWS))
    data = pa.table({"doc": ["a", "a", "c", "d", "d", "d"], "i": [0, 1, 2, 3, 4, 5]})
    assert keep_documents(data, counts, np.array([True, True, False, True]), "dates")["i"].to_pylist() == [0, 1, 3, 4, 5]
    assert keep_documents(data, counts, np.array([False, True, True, False]), "dates")["doc"].to_pylist() == ["c"]
    assert keep_documents(data, counts, np.array([True, False, True, True]), "dates").equals(data)
    assert keep_documents(data, counts, np.zeros(4, bool), "dates").num_rows == 0
