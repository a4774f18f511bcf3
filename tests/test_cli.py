"""The README's commands: build and extract print what they did, and fail clearly on bad folders."""
import json
import shutil

import pytest

from helpers import paths
from helpers.cli import main


@pytest.fixture(autouse=True)
def private_processed(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "PROCESSED", tmp_path / "processed")


def test_build_accounts_for_every_file(tmp_path, seed_corpus, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(seed_corpus, corpus)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "copy.txt").write_bytes((seed_corpus / "000_575115873b677e43.txt").read_bytes())
    assert main(["build", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "files seen 7 = ingested 5 + duplicates 1 + skipped 1; documents 5" in out
    assert "empty.txt" in out and "copy.txt" in out
    assert "written to" in out


def test_a_table_counts_as_one_file_with_a_document_per_row(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.csv").write_text(
        "title,text\nOne,Russia and Laos signed a memorandum on e-government.\n"
        "Two,Belarus and Cuba discussed satellite communications.\n",
        encoding="utf-8",
    )
    assert main(["build", str(corpus)]) == 0
    assert "files seen 1 = ingested 1 + duplicates 0 + skipped 0; documents 2" in capsys.readouterr().out


def test_a_document_in_a_language_without_resources_is_counted_as_not_extracted(tmp_path, capsys, monkeypatch):
    import helpers.ingest

    english = helpers.ingest.detect_language  # Cyrillic text read as a language no folder provides
    monkeypatch.setattr(helpers.ingest, "detect_language", lambda text: "xx" if english(text) == "ru" else "en")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "en.txt").write_text("Russia and Laos signed a memorandum on e-government in Moscow.\n", encoding="utf-8")
    (corpus / "ru.txt").write_text("Россия и Лаос подписали меморандум об электронном правительстве в Москве.\n"
                                   "Министр заявил, что соглашение вступит в силу в марте.\n", encoding="utf-8")
    assert main(["build", str(corpus)]) == 0
    assert "not extracted: 1 documents (no resources for language xx: 1)" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["build"], ["extract", "--jsonl", "out.jsonl"]])
def test_missing_or_empty_folder_is_reported_in_one_line(tmp_path, capsys, command):
    empty = tmp_path / "empty"
    empty.mkdir()
    for folder, message in ((tmp_path / "missing", "no such directory"), (empty, "contains no files")):
        args = [command[0], str(folder), *command[1:]]
        assert main(args) == 2
        assert message in capsys.readouterr().err


def test_extract_writes_one_gold_schema_line_per_document(tmp_path, seed_corpus):
    out = tmp_path / "pred.jsonl"
    assert main(["extract", str(seed_corpus), "--jsonl", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc"] for r in records] == sorted(p.name for p in seed_corpus.iterdir())
    expected = {"doc", "source_url", "language", "format", "published", "countries", "places", "quotes",
                "reported", "dates", "aliases", "events"}
    assert all(expected <= set(r) for r in records)


def test_extract_streams_the_records_the_whole_corpus_in_memory_gives(tmp_path, seed_corpus, monkeypatch):
    """Written group by group (here two documents a group), sorted by path, with the corpus-wide people merge
    and the first copy of a duplicate only: the same lines as extracting the whole corpus at once."""
    from helpers import predictions
    from helpers.corpus.build import extract_documents, finish_tables
    from helpers.evaluate import gold_records
    from helpers.ingest import ingest_folder

    corpus = tmp_path / "corpus"
    shutil.copytree(seed_corpus, corpus / "b")
    (corpus / "a").mkdir()
    first = sorted((corpus / "b").iterdir())[0]
    (corpus / "a" / "copy.txt").write_bytes(first.read_bytes())  # the first copy in folder order
    (corpus / "c.txt").write_bytes(first.read_bytes())  # walked before the folders: this copy is kept
    monkeypatch.setattr(predictions, "DOCUMENTS_PER_RUN", 2)
    out = tmp_path / "pred.jsonl"
    assert main(["extract", str(corpus), "--jsonl", str(out), "--workers", "1"]) == 0

    ingested = ingest_folder(corpus)
    tables = finish_tables(extract_documents(ingested.documents, engine="serial"))
    expected = [json.dumps(r, ensure_ascii=False) for r in gold_records(sorted(ingested.documents, key=lambda d: d.path), tables)]
    assert out.read_text(encoding="utf-8").splitlines() == expected
    assert [json.loads(line)["doc"] for line in expected][0] == "b/" + sorted(p.name for p in (corpus / "b").iterdir())[1]


def test_evaluate_prints_a_line_per_field(capsys):
    assert main(["evaluate", "--gold", str(paths.ROOT / "tests" / "gold" / "seeds.jsonl")]) == 0
    out = capsys.readouterr().out
    for field in ("quotes", "reported", "countries", "places", "dates", "events"):
        assert f"\n{field} " in out


def test_build_names_its_engine_and_says_where_the_time_went(tmp_path, seed_corpus, capsys):
    assert main(["build", str(seed_corpus), "--engine", "serial"]) == 0
    out = capsys.readouterr().out
    assert "built: 5 documents extracted, 0 reused from the cache" in out
    assert "time: scan files" in out and "people merge" in out and "in the workers: ingest" in out
    assert main(["build", str(seed_corpus), "--engine", "serial"]) == 0
    assert "up to date" in capsys.readouterr().out
