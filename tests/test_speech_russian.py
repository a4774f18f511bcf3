"""The invented Russian documents of `tests/speech_cases_ru.py` run through the real extraction and give
exactly their expected quotes, reported speech, dates, countries and places (gold schema, nominative names
in Cyrillic); a spoken or reported text must start with the case's text_start (its closing full stop aside)."""
import pytest

from helpers.document import Document, Segment
from helpers.corpus.build import extract_documents, finish_tables
from helpers.evaluate import gold_records
from speech_cases_ru import CASES


def _record(text: str) -> dict:
    doc = Document(doc_id="d", path="d.txt", text=text, language="ru",
                   segments=(Segment("d:0", "document", None, 0, len(text), None),))
    return gold_records([doc], finish_tables(extract_documents([doc], workers=1)))[0]


def _observed(record: dict) -> dict:
    return {
        "quotes": [(q["kind"], q["speaker"] or "", q["text"]) for q in record["quotes"]],
        "reported": [(r["speaker"] or "", r["text"]) for r in record["reported"]],
        "dates": [(d["text"], d["value"], d["precision"]) for d in record["dates"]],
        "countries": record["countries"],
        "places": record["places"],
    }


def _matches(expected: dict, observed: dict) -> bool:
    def speech(exp, obs):
        return len(exp) == len(obs) and all(e[:-1] == o[:-1] and o[-1].lstrip("«\"„“").startswith(e[-1].rstrip(".")) for e, o in zip(exp, obs))
    return (speech(expected["quotes"], observed["quotes"]) and speech(expected["reported"], observed["reported"])
            and [tuple(d) for d in expected["dates"]] == observed["dates"]
            and expected["countries"] == observed["countries"] and [list(p) for p in expected["places"]] == observed["places"])


@pytest.mark.parametrize("case", CASES, ids=[c["family"] for c in CASES])
def test_russian_case(case):
    observed = _observed(_record(case["text"]))
    assert _matches(case, observed), observed
