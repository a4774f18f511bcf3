"""The streaming build gives the tables the in-memory extraction gives, and rebuilds only what changed."""
import gc
import os
import random
import shutil
from functools import partial

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from helpers import paths, schema
from helpers.corpus import engine as engines
from helpers.corpus.build import _tapered_chunks, build_corpus, build_sources, extract_documents, finish_tables
from helpers.corpus.store import read_table, rows_to_arrow, to_arrow
from helpers.extract import extract_document
from helpers.ingest import documents_frame, ingest_file, ingest_folder, report_frame, segments_frame
from helpers.store import TABLE_NAMES, Corpus, load_corpus

SEED = "000_575115873b677e43.txt"


@pytest.fixture
def messy(tmp_path, seed_corpus):
    """The seeds plus what a real folder holds: a copy in a later batch, a table, a hidden file, an empty file."""
    corpus = tmp_path / "corpus"
    shutil.copytree(seed_corpus, corpus)
    (corpus / "zz").mkdir()
    (corpus / "zz" / "copy.txt").write_bytes((seed_corpus / SEED).read_bytes())
    (corpus / "wire.csv").write_text(
        "title,text\nOne,Russia and Laos signed a memorandum on e-government in Vientiane on 3 May 2023.\n"
        "Two,\"Belarus and Cuba discussed satellite communications, Deputy Minister Anna Orlova said.\"\n",
        encoding="utf-8")
    (corpus / ".DS_Store").write_bytes(b"\0")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    return corpus


def in_memory_tables(corpus) -> dict[str, pd.DataFrame]:
    ingested = ingest_folder(corpus)
    tables = finish_tables(extract_documents(ingested.documents, workers=1))
    tables.update(documents=documents_frame(ingested.documents, tables["quotes"].to_dict("records")), segments=segments_frame(ingested.documents),
                  ingest_report=report_frame(ingested))
    return {name: schema.conform(name, frame) for name, frame in tables.items()}


def built_tables(out) -> dict[str, pd.DataFrame]:
    return {name: schema.conform(name, read_table(out, name).to_pandas()) for name in (*TABLE_NAMES, "ingest_report")}


def assert_same_tables(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame], *, ordered: bool = True) -> None:
    """Equal tables; with `ordered=False` the rows may come in another order (an incremental build
    appends the shards of new files after the shards it reuses)."""
    for name in a:
        left, right = a[name], b[name]
        lists = [c for c, (dtype, _) in schema.TABLES[name].items() if dtype == schema.LIST]
        left[lists], right[lists] = left[lists].map(lambda v: repr(list(v))), right[lists].map(lambda v: repr(list(v)))
        if not ordered and name != "ingest_report":
            left, right = (frame.sort_values(list(frame.columns)).reset_index(drop=True) for frame in (left, right))
        pd.testing.assert_frame_equal(left, right, obj=name)


def build(corpus, out, batch_files=2):
    return build_corpus(corpus, out, reference_dir=paths.REFERENCE, engine="serial", batch_files=batch_files)


def test_streaming_build_gives_the_in_memory_tables(messy, tmp_path):
    outcome = build(messy, tmp_path / "out")
    assert outcome.extracted == 8 and outcome.reused == 0  # the copy is extracted in its own batch, then left out
    built = built_tables(tmp_path / "out")
    assert_same_tables(in_memory_tables(messy), built)
    report = built["ingest_report"].set_index("path")
    assert report.loc["zz/copy.txt", "status"] == "duplicate"
    assert report.loc["zz/copy.txt", "reason"] == f"same text as {SEED}"


def test_only_new_and_changed_files_are_read_again(messy, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(messy, out)
    read = []
    monkeypatch.setattr("helpers.corpus.build.ingest_file", partial(_recording_ingest, read))
    assert build(messy, out).status == "built: 0 documents extracted, 7 reused from the cache"
    assert read == []

    (messy / "new.txt").write_text("MINSK, 3 March 2023 (BelTA) – Belarus and China signed an agreement.\n", encoding="utf-8")
    edited = messy / "001_6588c6f232f113de.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nRussia and India also agreed to meet.\n", encoding="utf-8")
    outcome = build(messy, out)
    assert sorted(read) == ["001_6588c6f232f113de.txt", "new.txt"]
    assert (outcome.extracted, outcome.reused) == (2, 6)
    assert_same_tables(in_memory_tables(messy), built_tables(out), ordered=False)


def test_removing_the_first_copy_brings_the_second_back(messy, tmp_path):
    out = tmp_path / "out"
    build(messy, out)
    (messy / SEED).unlink()
    outcome = build(messy, out)
    assert outcome.extracted == 0  # the copy's rows were in its shard all along
    built = built_tables(out)
    assert "zz/copy.txt" in set(built["documents"]["path"])
    assert_same_tables(in_memory_tables(messy), built, ordered=False)


def test_unused_shards_are_removed(messy, tmp_path):
    out = tmp_path / "out"
    build(messy, out, batch_files=1)
    before = {p.name for p in (out / "shards").iterdir()}
    (messy / "wire.csv").unlink()
    build(messy, out, batch_files=1)
    after = {p.name for p in (out / "shards").iterdir()}
    assert len(after) == len(before) - 1 and after < before


def _recording_ingest(read, absolute, relative, **options):
    if not options.get("hidden"):  # a hidden file is reported, never read
        read.append(relative)
    return ingest_file(absolute, relative, **options)


def test_the_key_hashes_the_build_code_and_nothing_else():
    files = {p.relative_to(paths.ROOT / "src" / "helpers").as_posix() for p in build_sources()}
    for needed in ("ingest.py", "formats.py", "corpus/merge.py", "corpus/build.py"):
        assert needed in files
    assert any(f.startswith("lang/") for f in files) and any("reference" in f for f in files)
    assert any(f == "extract.py" or f.startswith("extract/") for f in files)
    for presentation in ("charts.py", "widgets.py", "report.py", "figures.py", "evaluate.py", "cli.py"):
        assert presentation not in files


def test_engines_keep_order_and_load_resources_once_per_process():
    loader = partial(dict, loads=1)
    serial = list(engines.SerialEngine().map(_with_resources, [[1], [2], [3]], resources=loader))
    assert [batch for batch, _ in serial] == [[1], [2], [3]]
    assert len({ident for _, ident in serial}) == 1  # one load, shared by every batch
    pooled = list(engines.PoolEngine(2).map(_with_resources, [[n] for n in range(8)], resources=loader))
    assert [batch for batch, _ in pooled] == [[n] for n in range(8)]
    assert len({ident for _, ident in pooled}) <= 2


def _with_resources(batch, resources):
    return batch, (os.getpid(), id(resources))


def test_a_pool_worker_runs_batches_without_the_collector_and_freezes_what_it_holds_after_the_first():
    states = list(engines.PoolEngine(1).map(_collector_state, [[1], [2], [3]], resources=dict))
    assert [enabled for enabled, _ in states] == [False, False, False]  # paused while a batch runs
    assert states[0][1] == 0  # the first batch loads what the extractors keep: nothing is frozen yet
    assert states[1][1] > 0  # frozen after it


def _collector_state(batch, resources):
    return gc.isenabled(), gc.get_freeze_count()


def test_rows_go_to_arrow_as_the_pandas_way_gives_them():
    rows = [{"doc_id": "d1", "start": 3, "end": 9, "surface": "Minsk", "kind": "place", "entity": "Minsk", "iso3": "BLR"},
            {"doc_id": "d1", "start": None, "kind": "person", "entity": "Anna Orlova", "iso3": float("nan")}]
    expected = to_arrow("mentions", schema.conform("mentions", rows))
    built = rows_to_arrow("mentions", rows)
    assert built.equals(expected, check_metadata=True)
    assert built["iso3"].null_count == 1 and built["start"].null_count == 1
    odd = [{**rows[0], "surface": 7}]  # a number in a text column: converted the pandas way, not refused
    assert rows_to_arrow("mentions", odd)["surface"].to_pylist() == ["7"]
    with pytest.raises(ValueError, match="no column"):
        rows_to_arrow("mentions", [{"doc_id": "d1", "speaker": "Anna Orlova"}])


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        engines.make_engine("spark")


def test_texts_are_loaded_on_demand(tmp_path, monkeypatch, seed_corpus):
    monkeypatch.setattr(paths, "PROCESSED", tmp_path / "processed")
    full = load_corpus(seed_corpus, quiet=True, texts=True)
    light = load_corpus(seed_corpus, quiet=True, texts=False)
    assert "text" not in light.documents and "text" in full.documents
    assert "texts not loaded" in light.status
    some = full.documents["doc_id"].iloc[[3, 1]].tolist()
    assert light.texts(some).tolist() == full.documents.set_index("doc_id").loc[some, "text"].tolist()
    assert light.texts().sort_index().equals(full.texts().sort_index())


def short_news_corpus(folder, n_docs: int, seed: int = 0):
    """`n_docs` short invented news items (datelines, country pairs, amounts, quotes, spelling variants of
    names), one in fifty a copy of an earlier one, and a CSV of two more: enough for every table."""
    rng = random.Random(seed)
    places = [("MINSK", "Belarus", "BelTA"), ("MOSCOW", "Russia", "TASS"), ("ASTANA", "Kazakhstan", "Kazinform"),
              ("BEIJING", "China", "Xinhua"), ("HAVANA", "Cuba", "Prensa Latina"), ("HANOI", "Vietnam", "VNA")]
    partners = ["India", "Serbia", "Laos", "Egypt", "Armenia", "Uzbekistan", "Brazil", "Mongolia"]
    topics = ["e-government", "satellite communications", "cybersecurity", "digital payments", "data centres"]
    people = ["Anna Orlova", "Anna Orlowa", "Dmitry Kuznetsov", "Dmitriy Kuznetsov", "Pavel Sokolov", "Irina Abenova"]
    months = ["January", "March", "May", "July", "September", "November"]
    folder.mkdir(parents=True)
    texts = []
    for i in range(n_docs):
        if i % 50 == 49:
            texts.append(texts[rng.randrange(len(texts))])
            continue
        city, country, outlet = rng.choice(places)
        partner, topic, person = rng.choice(partners), rng.choice(topics), rng.choice(people)
        texts.append(
            f"{city}, {rng.randint(1, 28)} {rng.choice(months)} {rng.randint(2015, 2024)} ({outlet}) – {country} and "
            f"{partner} signed a memorandum on {topic} worth ${rng.randint(2, 900)} million.\n\n"
            f"\"We will connect our {topic} systems by {rng.randint(2025, 2030)},\" Deputy Minister {person} said. "
            f"{person.split()[-1]} added that talks would continue in {rng.choice(partners)}.\n")
    for i, text in enumerate(texts):
        (folder / f"{i // 100:02d}").mkdir(exist_ok=True)
        (folder / f"{i // 100:02d}" / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    (folder / "wire.csv").write_text(
        "title,text\nOne,Russia and Laos signed a memorandum on e-government in Vientiane on 3 May 2023.\n"
        "Two,\"Belarus and Cuba discussed satellite communications, Deputy Minister Anna Orlova said.\"\n",
        encoding="utf-8")
    return folder


def test_dask_on_a_two_worker_cluster_gives_the_pool_tables(tmp_path):
    pytest.importorskip("distributed")
    corpus = short_news_corpus(tmp_path / "corpus", 1000)
    for name in ("pool", "dask"):
        build_corpus(corpus, tmp_path / name, reference_dir=paths.REFERENCE, engine=name, workers=2, batch_files=50)
    pool, dask = built_tables(tmp_path / "pool"), built_tables(tmp_path / "dask")
    assert len(pool["documents"]) == 982 and (pool["ingest_report"]["status"] == "duplicate").sum() == 20
    assert all(len(pool[name]) for name in ("events", "pairs", "amounts", "quotes", "people"))
    assert_same_tables(pool, dask)


@pytest.mark.parametrize("n_files, workers, sizes", [
    (1000, 2, [64, 250, 250, 125, 125, 62, 62, 31, 31]),  # the remainder first, then full batches, then shorter ones
    (1000, 1, [250, 250, 250, 250]),  # one worker waits for nobody
    (300, 2, [114, 62, 62, 31, 31]),
    (50, 2, [19, 31]),  # a few edited files still go to both workers
    (0, 2, []),
])
def test_the_last_batches_are_short_so_no_worker_waits_long(n_files, workers, sizes):
    files = [f"{i:04d}.txt" for i in range(n_files)]
    batches = _tapered_chunks(files, 250, workers)
    assert [len(batch) for batch in batches] == sizes
    assert [name for batch in batches for name in batch] == files


def test_a_new_file_leaves_the_table_files_of_other_shards_alone(messy, tmp_path):
    out = tmp_path / "out"
    build(messy, out)
    before = {f.name: f.stat().st_mtime_ns for f in (out / "tables" / "documents").iterdir()}
    (messy / "new.txt").write_text("MINSK, 3 March 2023 (BelTA) – Belarus and China signed an agreement.\n", encoding="utf-8")
    build(messy, out)
    after = {f.name: f.stat().st_mtime_ns for f in (out / "tables" / "documents").iterdir()}
    assert len(after) == len(before) + 1
    assert {name: after[name] for name in before} == before


def test_a_document_an_extractor_fails_on_is_reported_and_the_rest_is_built(messy, tmp_path, monkeypatch):
    def fragile(doc, resources):
        if "Laos" in doc.text:
            raise ValueError("no rule for Laos")
        return extract_document(doc, resources)

    monkeypatch.setattr("helpers.corpus.build.extract_document", fragile)
    build(messy, tmp_path / "out")
    built = built_tables(tmp_path / "out")
    failed = built["ingest_report"][built["ingest_report"]["status"] == "skipped"].set_index("path")
    assert failed.loc["wire.csv#row=1", "reason"] == "could not extract: ValueError: no rule for Laos"
    assert len(built["documents"]) == 6 and "wire.csv#row=1" not in set(built["documents"]["path"])


def test_an_edit_rewrites_the_rows_of_its_part_but_never_the_texts(messy, tmp_path):
    out = tmp_path / "out"
    build(messy, out, batch_files=4)
    files = {table: {f.name: f.stat().st_mtime_ns for f in (out / "tables" / table).iterdir()} for table in ("documents", "texts")}
    edited = messy / "001_6588c6f232f113de.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nRussia and India also agreed to meet.\n", encoding="utf-8")
    build(messy, out, batch_files=4)
    after = {table: {f.name: f.stat().st_mtime_ns for f in (out / "tables" / table).iterdir()} for table in ("documents", "texts")}
    old_part = next(name for name in files["documents"] if after["documents"].get(name) != files["documents"][name])
    assert {name: after["texts"][name] for name in files["texts"]} == files["texts"]  # texts of old parts untouched
    assert len(after["texts"]) == len(files["texts"]) + 1 and old_part in after["texts"]
    documents = read_table(out, "documents").to_pandas().set_index("path")
    assert documents.loc["001_6588c6f232f113de.txt", "text"].endswith("Russia and India also agreed to meet.")
    assert "text" not in read_table(out, "documents", columns=["doc_id", "title"]).column_names


def test_a_text_that_two_parts_hold_is_read_once(messy, tmp_path):
    """An edited file put back as it was: its text is in its old part's texts and in the new part's."""
    out = tmp_path / "out"
    build(messy, out, batch_files=4)
    edited = messy / "001_6588c6f232f113de.txt"
    original = edited.read_bytes()
    edited.write_bytes(original + b"\nRussia and India also agreed to meet.\n")
    build(messy, out, batch_files=4)
    edited.write_bytes(original)
    build(messy, out, batch_files=4)
    documents = read_table(out, "documents").to_pandas()
    lean = Corpus(messy, out, built_at="", with_texts=False)
    assert lean.texts(documents["doc_id"]).tolist() == documents["text"].tolist()
    assert lean.texts().sort_index().tolist() == documents.set_index("doc_id")["text"].sort_index().tolist()


def test_a_corpus_and_shards_at_fsspec_urls_give_the_tables_of_local_paths(messy, tmp_path):
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    (messy / "0").mkdir()
    (messy / "0" / "copy.txt").write_bytes((messy / SEED).read_bytes())  # after the root's files, as a folder is walked
    memory.put(str(messy), "/url-corpus", recursive=True)
    try:
        build(messy, tmp_path / "local")
        url_build = partial(build_corpus, "memory://url-corpus", tmp_path / "url", reference_dir=paths.REFERENCE,
                            engine="serial", batch_files=2, shards="memory://url-shards")
        assert url_build().extracted == 9
        url_tables = built_tables(tmp_path / "url")
        assert_same_tables(built_tables(tmp_path / "local"), url_tables)
        assert url_tables["ingest_report"].set_index("path").loc["0/copy.txt", "reason"] == f"same text as {SEED}"
        assert not (tmp_path / "url" / "shards").exists() and memory.ls("/url-shards")
        assert url_build().status == "built: 0 documents extracted, 7 reused from the cache"
        memory.pipe("/url-corpus/001_6588c6f232f113de.txt", (messy / "001_6588c6f232f113de.txt").read_bytes() + b"\nMore.\n")
        assert (url_build().extracted, len(read_table(tmp_path / "url", "documents"))) == (1, 7)
    finally:
        memory.rm(["/url-corpus", "/url-shards"], recursive=True)


def test_build_command_takes_a_corpus_url_and_a_shards_url(seed_corpus, tmp_path, monkeypatch, capsys):
    fsspec = pytest.importorskip("fsspec")
    from helpers.cli import main

    monkeypatch.setenv("HELPERS_PROCESSED", str(tmp_path / "processed"))
    memory = fsspec.filesystem("memory")
    memory.put(str(seed_corpus), "/cli-corpus", recursive=True)
    try:
        assert main(["build", "memory://cli-corpus", "--engine", "serial", "--shards", "memory://cli-shards"]) == 0
        assert "built: 5 documents extracted" in capsys.readouterr().out
        parts = {p.stem for p in (tmp_path / "processed").glob("*/tables/documents/*.parquet")}
        assert parts and {p.rsplit("/", 1)[-1] for p in memory.ls("/cli-shards", detail=False)} == parts
        assert main(["build", "memory://cli-corpus", "--engine", "serial", "--shards", "memory://cli-shards"]) == 0
        assert "up to date" in capsys.readouterr().out
        assert main(["build", "memory://no-such-corpus"]) == 2
        assert "contains no files" in capsys.readouterr().err
    finally:
        memory.rm(["/cli-corpus", "/cli-shards"], recursive=True)


def test_a_build_without_reuse_rewrites_every_table_file(messy, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(messy, out)
    assert len(read_table(out, "dates"))

    def without_dates(doc, resources):  # what new extraction code could do to one table alone
        return {**extract_document(doc, resources), "dates": []}

    monkeypatch.setattr("helpers.corpus.build.extract_document", without_dates)
    build_corpus(messy, out, reference_dir=paths.REFERENCE, engine="serial", batch_files=2, reuse=False)
    assert len(read_table(out, "dates")) == 0


def test_a_folder_where_no_file_gives_a_document_builds_empty_tables(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / ".DS_Store").write_bytes(b"\0")
    build(corpus, tmp_path / "out")
    built = built_tables(tmp_path / "out")
    assert len(built["documents"]) == len(built["people"]) == 0
    assert built["ingest_report"]["status"].tolist() == ["skipped", "skipped"]


def test_a_file_the_store_refuses_is_reported_and_the_batch_goes_on():
    pytest.importorskip("fsspec")
    from helpers.corpus.build import _ingest

    [(row, doc)] = _ingest("memory://nowhere/gone.txt", "gone.txt", None)
    assert doc is None and row["status"] == "skipped" and row["path"] == "gone.txt"
    assert row["reason"].startswith("unreadable: ") and "gone.txt" in row["reason"]


@pytest.mark.skipif(not hasattr(os, "posix_fadvise"), reason="the kernel hint is POSIX")
def test_prefetch_asks_the_kernel_for_every_local_file_and_passes_over_urls_and_missing_files(tmp_path, monkeypatch):
    from helpers.corpus import location

    files = [tmp_path / name for name in ("a.txt", "b.html")]
    for file in files:
        file.write_text("Russia and Laos signed a memorandum.", encoding="utf-8")
    hinted = []
    monkeypatch.setattr(location.os, "posix_fadvise", lambda fd, offset, length, advice: hinted.append((os.fstat(fd).st_ino, advice)))
    location.prefetch([str(files[0]), "memory://corpus/c.txt", str(tmp_path / "missing.txt"), str(files[1])])
    assert hinted == [(file.stat().st_ino, os.POSIX_FADV_WILLNEED) for file in files]


def _part_of(out, path: str) -> str:
    files = pd.read_parquet(out / "files.parquet")
    return files.set_index("path").loc[path, "part"]


def test_a_part_keeping_every_row_of_its_shard_links_the_shard_files_and_one_losing_a_copy_is_rewritten(messy, tmp_path):
    out = tmp_path / "out"
    build(messy, out, batch_files=4)
    whole, losing = _part_of(out, SEED), _part_of(out, "zz/copy.txt")  # the copy is a duplicate: left out of its part
    assert whole != losing
    for table in ("documents", "segments", "dates", "events", "pairs", "texts"):
        shard = out / "shards" / whole / f"{table}.parquet"
        assert (out / "tables" / table / f"{whole}.parquet").samefile(shard), table
    for table in ("documents", "segments", "mentions", "dates"):  # tables where the copy has rows
        rewritten = out / "tables" / table / f"{losing}.parquet"
        assert not rewritten.samefile(out / "shards" / losing / f"{table}.parquet"), table
    assert "zz/copy.txt" not in set(read_table(out, "documents")["path"].to_pylist())
    assert_same_tables(in_memory_tables(messy), built_tables(out))


def test_an_edit_rewrites_only_the_tables_where_the_edited_document_had_rows(messy, tmp_path):
    out = tmp_path / "out"
    build(messy, out, batch_files=4)
    part = _part_of(out, "001_6588c6f232f113de.txt")
    before = {table: (out / "tables" / table / f"{part}.parquet").stat().st_mtime_ns for table in ("documents", "mentions", "skipped")}
    edited = messy / "001_6588c6f232f113de.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nRussia and India also agreed to meet.\n", encoding="utf-8")
    build(messy, out, batch_files=4)
    after = {table: (out / "tables" / table / f"{part}.parquet").stat().st_mtime_ns for table in before}
    assert after["skipped"] == before["skipped"]  # no document of the part has skipped rows: nothing to take out
    assert after["documents"] != before["documents"] and after["mentions"] != before["mentions"]
    assert_same_tables(in_memory_tables(messy), built_tables(out), ordered=False)


def test_a_linked_table_file_keeps_its_bytes_when_the_shard_is_written_again(tmp_path, monkeypatch):
    from helpers.corpus import store

    shards, first, second = str(tmp_path / "shards"), pa.table({"a": [1, 2]}), pa.table({"a": [3]})
    store.write_shard(shards, "part-x", {"dates": first})
    linked, copied = tmp_path / "linked.parquet", tmp_path / "copied.parquet"
    store.copy_shard_file(shards, "part-x", "dates", linked)
    monkeypatch.setattr(store.os, "link", lambda source, target: (_ for _ in ()).throw(OSError("cross-device link")))
    store.copy_shard_file(shards, "part-x", "dates", copied)
    assert not copied.samefile(tmp_path / "shards" / "part-x" / "dates.parquet")
    store.write_shard(shards, "part-x", {"dates": second})
    assert pq.read_table(linked).equals(first) and pq.read_table(copied).equals(first)
