"""What the audits of dates, places and countries share (test_date_forms_en3, en4, en5, ru5): their case tables
with strict expected failures, and what a text gives as calendar dates and as places and countries."""
import pytest
from conftest import EN

from helpers.document import Document, Segment
from helpers.extract.dates import RELATIVE, find_dates
from helpers.extract.mentions import find_mentions, gold_countries, gold_places
from helpers.lang import Language


def cases(not_yet: dict[str, str], rows: list[tuple]) -> list:
    """The rows as parameters, those `not_yet` names (a form no rule reads yet, with the reason) marked as strict
    expected failures: a fix must remove the mark."""
    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=not_yet[row[0]])) if row[0] in not_yet
            else row for row in rows]


def text_doc(text: str, published: str | None = None, language: Language = EN) -> Document:
    return Document(doc_id="d", path="d.txt", text=text, language=language.code, published=published,
                    published_precision="day" if published else None,
                    segments=(Segment("d:0", "document", None, 0, len(text), None),))


def calendar(text: str, published: str | None = None, language: Language = EN) -> list[tuple]:
    """The calendar dates of a text (periods counted from the publication left out, as the gold does)."""
    rows = find_dates(text_doc(text, published, language), language)
    return [(d["text"], d["value"], d["precision"]) for d in rows if d["resolved_from"] != RELATIVE]


def geography(text: str, ref) -> tuple[list, list]:
    """The gold's places and countries of an English text."""
    mentions = find_mentions(text_doc(text), ref, EN)
    return gold_places(mentions), gold_countries(mentions)
