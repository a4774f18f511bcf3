"""Shared fixtures and helpers: the seed gold and corpus, the English language, a small fake reference.

Test files import the helpers from here (`from conftest import EN, make_doc`), never from each other.
"""
import re
from pathlib import Path
from typing import ClassVar

import pytest

from helpers import paths
from helpers.document import Document, Segment
from helpers.evaluate import read_jsonl
from helpers.extract.people.known import load_known_people
from helpers.lang import get as get_language

EN = get_language("en")

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


class FakeReference:
    """The one method the people layer uses, over a few countries (the real reference is tested elsewhere)."""

    COUNTRIES: ClassVar[dict[str, str]] = {"Belarus": "BLR", "Belarusian": "BLR", "Russia": "RUS", "Russian": "RUS", "China": "CHN",
                 "Chinese": "CHN", "Kazakhstan": "KAZ", "Serbia": "SRB", "Serbian": "SRB", "Moscow": "RUS"}
    PATTERN = re.compile(r"\b(" + "|".join(COUNTRIES) + r")\b")

    def country_in(self, text):
        m = self.PATTERN.search(text)
        return self.COUNTRIES[m.group()] if m else None


REF = FakeReference()
KNOWN = load_known_people()


def make_doc(text: str, blocks=()) -> Document:
    return Document(doc_id="d", path="x.txt", text=text,
                    segments=(Segment("d:0", "document", None, 0, len(text), None),), blocks=tuple(blocks))
