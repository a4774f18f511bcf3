"""The second audit of Russian forms (`tests/speech_cases_ru2.py`) runs through the real extraction: each
invented sentence gives exactly its expected quotes, reported speech, dates, countries and places."""
import pytest

from speech_cases_ru2 import CASES
from test_speech_russian import _matches, _observed, _record


@pytest.mark.parametrize("case", CASES, ids=[c["family"] for c in CASES])
def test_russian_form(case):
    observed = _observed(_record(case["text"]))
    assert _matches(case, observed), observed
