"""Golden output: the whole extraction of the embedded corpus, kept as JSON lines.

Any change in behaviour shows up here as a diff, field by field. When a change is intended, look at
the diff, then rewrite the file: `UPDATE_GOLDEN=1 pytest tests/test_golden.py`, and commit it with the
change that caused it.
"""
import json
import os
from pathlib import Path

import pytest

from helpers import paths
from helpers.corpus.build import extract_documents, finish_tables
from helpers.evaluate import gold_records
from helpers.ingest import ingest_folder

GOLDEN = Path(__file__).parent / "golden" / "seeds_extract.jsonl"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    docs = ingest_folder(paths.CORPUS).documents
    tables = finish_tables(extract_documents(docs, workers=1))
    return {record["doc"]: record for record in gold_records(sorted(docs, key=lambda d: d.path), tables)}


def test_extraction_matches_the_golden_output(records):
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records.values()), encoding="utf-8")
    golden = {r["doc"]: r for r in map(json.loads, GOLDEN.read_text(encoding="utf-8").splitlines())}
    assert sorted(golden) == sorted(records)
    changed = [
        f"{doc} {field}: was {golden[doc][field]!r:.300}\n    now {record[field]!r:.300}"
        for doc, record in records.items()
        for field in record
        if record[field] != golden[doc].get(field)
    ]
    assert not changed, "extraction changed (UPDATE_GOLDEN=1 if intended):\n" + "\n".join(changed)
