"""Shared fixtures: the seed gold annotations and the seed corpus."""
from pathlib import Path

import pytest

from helpers import paths
from helpers.evaluate import read_jsonl

# A copy of shared/gold/seeds.jsonl (the hand-made gold of the five seeds), kept with the tests so they
# run from a clone alone; tests/test_gold_copy.py checks it against shared/ when shared/ is beside the clone.
GOLD = Path(__file__).parent / "gold" / "seeds.jsonl"


@pytest.fixture(scope="session")
def shared_gold() -> list[dict]:
    """The gold of the five seeds; the embedded corpus is the same five files."""
    return read_jsonl(GOLD)


@pytest.fixture(scope="session")
def seed_corpus() -> Path:
    return paths.CORPUS
