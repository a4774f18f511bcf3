"""Accuracy on the gold sets stays at or above the figures the issues set.

The seed gold is a floor, not the target: the same figures are measured on documents we do not
have. The two unseen dev sets (tests/fixtures/unseen*, written after the extractors, in shapes the
seeds lack) guard against rules that only fit the seeds.
"""
from pathlib import Path

import pytest

from helpers import paths
from helpers.corpus.build import extract_documents, finish_tables
from helpers.evaluate import evaluate, gold_records, read_jsonl
from helpers.ingest import ingest_folder

FIXTURES = Path(__file__).parent / "fixtures"
GOLD_SETS = {
    "seeds": (paths.CORPUS, Path(__file__).parent / "gold" / "seeds.jsonl"),
    "unseen": (FIXTURES / "unseen" / "corpus", FIXTURES / "unseen" / "gold.jsonl"),
    "unseen2": (FIXTURES / "unseen2" / "corpus", FIXTURES / "unseen2" / "gold.jsonl"),
}


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def scores(request):
    corpus, gold = GOLD_SETS[request.param]
    docs = ingest_folder(corpus).documents
    tables = finish_tables(extract_documents(docs, workers=1))
    return evaluate(read_jsonl(gold), gold_records(docs, tables))


@pytest.mark.parametrize("field, floor", [
    ("countries", 0.97),
    ("places", 0.9),
    ("dates", 0.95),
    ("quotes", 0.95),
    ("reported", 0.8),
])
def test_f1(scores, field, floor):
    assert scores[field].f1 >= floor, scores[field]


@pytest.mark.parametrize("field, measure, floor", [
    ("dates", "value+precision right", 0.95),
    ("quotes", "speaker right", 0.95),
])
def test_accuracy_of_matched(scores, field, measure, floor):
    assert scores[field].ratio(measure) >= floor, scores[field].extra


def test_listing_events(scores):
    events = scores["listing events"]
    assert events.recall >= 0.95, events
    assert events.ratio("date and parties right") >= 0.9, events.extra


def test_no_quote_is_given_to_the_wrong_person(scores):
    for field in ("quotes", "reported"):
        wrong, _ = scores[field].extra["wrong person (of named)"]
        assert wrong == 0, field
