"""Issue 11: the invented English speech cases (tests/speech_cases_en.py) run through the real extraction.

Each case is one small document: it is parsed as a file would be, extracted with every stage, written
as a gold record and scored; every quote and reported item must be found with its speaker, and
nothing else predicted.
"""
import pytest

from speech_cases_en import CASES
from helpers.corpus.build import extract_documents, finish_tables
from helpers.evaluate import evaluate, gold_records
from helpers.ingest import parse_text


def predicted_record(text: str) -> dict:
    doc = parse_text(text, path="case.txt")
    tables = finish_tables(extract_documents([doc], workers=1))
    return gold_records([doc], tables)[0]


def gold_of(case: dict) -> dict:
    return {
        "doc": "case.txt",
        "quotes": [{"kind": kind, "speaker": speaker, "text_start": start} for kind, speaker, start in case["quotes"]],
        "reported": [{"speaker": speaker, "text_start": start} for speaker, start in case["reported"]],
    }


def found_with_speaker(case: dict, record: dict) -> dict[str, tuple[int, int, int]]:
    """(found with the right speaker, predicted, gold) for quotes and for reported items."""
    scores = evaluate([gold_of(case)], [record])
    return {name: (scores[name].true_positive, scores[name].predicted, scores[name].gold)
            for name in ("quotes+speaker", "reported+speaker")}


def assert_found_exactly(case: dict) -> None:
    """Every quote and reported item of `case` found with its speaker, and nothing else predicted."""
    record = predicted_record(case["text"])
    result = found_with_speaker(case, record)
    shown = [(q["kind"], q["speaker"], q["text_start"]) for q in record["quotes"]] + \
            [("reported", r["speaker"], r["text_start"]) for r in record["reported"]]
    for name, (right, predicted, gold) in result.items():
        assert right == predicted == gold, (name, result, shown)


@pytest.mark.parametrize("case", CASES, ids=[f"{n:02d}-{c['family']}" for n, c in enumerate(CASES)])
def test_speech_case(case):
    assert_found_exactly(case)


def audit_params(cases: list[dict], known_gaps: dict[str, str]) -> list:
    """One pytest param per case of an audit table (ids "NNN-form"); a case whose text starts with a key of
    `known_gaps` is a strict expected failure with that reason, so that fixing the form shows."""
    def param(n: int, case: dict):
        gap = next((why for start, why in known_gaps.items() if case["text"].startswith(start)), None)
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        return pytest.param(case, id=f"{n:03d}-{case['form']}", marks=marks)
    return [param(n, case) for n, case in enumerate(cases)]


def check_audit_table(cases: list[dict], forms: tuple[str, ...], known_gaps: dict[str, str], *, least: int, negatives: int) -> None:
    """An audit table has `least` cases, two or more of every form, only listed forms, `negatives` cases with
    nothing to find, and each known gap names exactly one case."""
    assert len(cases) >= least
    for form in forms:
        assert sum(case["form"] == form for case in cases) >= 2, form
    assert all(case["form"] in forms for case in cases)
    assert sum(not case["quotes"] and not case["reported"] for case in cases) >= negatives
    for start in known_gaps:
        assert sum(case["text"].startswith(start) for case in cases) == 1, start
