"""Shared fixtures and helpers: the seed gold and corpus, the English language, a small fake reference,
small tables shaped like the seed corpus.

Test files import the helpers from here (`from conftest import EN, make_doc`), never from each other.
"""
import re
from itertools import combinations
from pathlib import Path
from typing import ClassVar

import pandas as pd
import pytest

from helpers import paths
from helpers.document import Document, Segment
from helpers.evaluate import read_jsonl
from helpers.extract.people.known import load_known_people
from helpers.lang import get as get_language
from helpers.schema import conform

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


# Small tables shaped like the seed corpus, for the chart and widget tests.
LISTING = "Russia and Tajikistan launched joint projects.\nOn June 17, 2024, Moscow and Beijing signed a program.\n"
HOSTILE = 'Intro line.\nHe said: "<script>alert(1)</script> we agree" and left.\nNext paragraph.'


def sample_tables() -> dict[str, pd.DataFrame]:
    """Events like the seed's: month, day, year and missing dates; one multi-party forum; Russia alone."""
    events = [
        ("d4:e0", "d4", "d4:1", "2024-10", "month", "Launch of joint digital projects with Tajikistan", ["RUS", "TJK"], ["digital economy", "education"]),
        ("d4:e1", "d4", "d4:2", "2024-06-17", "day", "Moscow and Beijing signed an agreement", ["CHN", "RUS"], ["smart city"]),
        ("d4:e2", "d4", "d4:3", "2024-01", "month", "Strategy of the Union State", ["BLR", "RUS"], ["sovereignty"]),
        ("d4:e3", "d4", "d4:4", "2023-07-27", "day", "Putin spoke about ICT cooperation between Russia and Africa", ["RUS"], ["security"]),
        ("d4:e4", "d4", "d4:5", "2017", "year", "Russia and Serbia discussed cooperation", ["RUS", "SRB"], ["digital economy"]),
        ("d0:e0", "d0", "d0:0", None, "day", "fifth Forum of Regions", ["BLR", "RUS"], ["security"]),
        ("d3:e0", "d3", "d3:0", "2021-02-05", "day", "Digital Future of the Global Economy forum", ["ARM", "BLR", "KAZ", "KGZ", "RUS"], ["digital economy"]),
    ]
    events = conform("events", [
        dict(event_id=e, doc_id=d, seg_id=s, date=dt, precision=p, headline=h, countries=c, topics=t)
        for e, d, s, dt, p, h, c, t in events
    ])
    pairs = conform("pairs", [
        dict(event_id=e.event_id, doc_id=e.doc_id, a=a, b=b, date=e.date, precision=e.precision, evidence=e.headline)
        for e in events.itertuples() for a, b in combinations(sorted(e.countries), 2)
    ])
    documents = conform("documents", [
        dict(doc_id="d0", path="000.txt", title="Forum of Regions", outlet="BelTA", language="en", genre="news",
             source_format="txt", text="MOGILEV, 12 October (BelTA) – Digital technologies.", n_words=6),
        dict(doc_id="d3", path="003.txt", title="Mishustin at the forum", outlet="government.ru", published="2021-02-05",
             language="en", genre="mixed", source_format="txt", text=HOSTILE, n_words=12),
        dict(doc_id="d4", path="004.txt", title="Cooperation between Russia and other countries", published="2024-10-11",
             language="en", genre="listing", source_format="txt", text=LISTING, n_words=16),
    ])
    start = HOSTILE.index("<script>")
    quotes = conform("quotes", [
        dict(quote_id="d3:q1", doc_id="d3", seg_id="d3:0", kind="direct", text=HOSTILE[start:start + 34], start=start,
             end=start + 34, speaker="Mikhail Mishustin", speaker_country="RUS", date="2021-02-05"),
        dict(quote_id="d4:q1", doc_id="d4", seg_id="d4:2", kind="reported", text="Moscow and Beijing", start=LISTING.index("Moscow"),
             end=LISTING.index("Moscow") + 18, speaker="Sergei Sobyanin", speaker_country="RUS", date="2024-06-17"),
        dict(quote_id="d4:q2", doc_id="d4", seg_id="d4:1", kind="block", text="Russia and Tajikistan", start=0, end=21,
             speaker=None, date="2024-10"),
    ])
    amounts = conform("amounts", [
        dict(event_id="d4:e0", doc_id="d4", text="₽2,5 billion", value=2.5e9, currency="RUB"),
        dict(event_id="d4:e0", doc_id="d4", text="₽3,7 billion", value=3.7e9, currency="RUB"),
        dict(event_id="d4:e1", doc_id="d4", text="$227 billion", value=227e9, currency="USD"),
    ])
    return {"events": events, "pairs": pairs, "documents": documents, "quotes": quotes, "amounts": amounts}
