"""The third audit of English attribution forms (tests/speech_forms_en3.py) run through the real extraction.

Every case must be found with its speaker and nothing else predicted, as in test_speech_en. Forms the extractor
does not handle yet are strict expected failures with the reason, so that fixing one shows.
"""
import pytest

from speech_forms_en3 import CASES, FORMS
from test_speech_en import assert_found_exactly

# Forms not handled yet, by the start of their text, with why.
KNOWN_GAPS = {
    "The new law (“a necessary step,” as":
        "'as X called it' after a quotation is not an attribution",
    "The minister (“I am an engineer myself,”":
        "'likes to say' is not a cue",
}


def _param(n: int, case: dict):
    gap = next((why for start, why in KNOWN_GAPS.items() if case["text"].startswith(start)), None)
    marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
    return pytest.param(case, id=f"{n:03d}-{case['form']}", marks=marks)


def test_every_form_has_cases_and_negatives():
    assert len(CASES) >= 100
    for form in FORMS:
        assert sum(case["form"] == form for case in CASES) >= 2, form
    assert all(case["form"] in FORMS for case in CASES)
    assert sum(not case["quotes"] and not case["reported"] for case in CASES) >= 12


def test_every_known_gap_names_a_case():
    for start in KNOWN_GAPS:
        assert sum(case["text"].startswith(start) for case in CASES) == 1, start


@pytest.mark.parametrize("case", [_param(n, c) for n, c in enumerate(CASES)])
def test_speech_form(case):
    assert_found_exactly(case)
