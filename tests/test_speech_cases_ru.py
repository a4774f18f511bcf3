"""The Russian case table (`tests/speech_cases_ru.py`) is well formed: every anchor occurs in its text, in
order, and every field has the gold schema's shape; tests/test_speech_russian.py runs them through the extraction."""
import re

import pytest

from helpers.paths import REFERENCE
from speech_cases_ru import CASES

FIELDS = {"family", "text", "quotes", "reported", "dates", "countries", "places"}
ISO3 = {line.split(",")[0] for line in (REFERENCE / "countries.csv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")} - {"iso3"}


def test_enough_cases_and_unique_families():
    assert len(CASES) >= 50
    families = [case["family"] for case in CASES]
    assert len(families) == len(set(families))


@pytest.mark.parametrize("case", CASES, ids=[case["family"] for case in CASES])
def test_case_is_well_formed(case):
    assert set(case) == FIELDS
    text = case["text"]
    for kind, speaker, start in case["quotes"]:
        assert kind in {"direct", "transcript", "block"}
        assert speaker == "" or re.match(r"[А-ЯЁа-яё]", speaker), speaker
        assert start in text, start
    for speaker, start in case["reported"]:
        assert re.match(r"[А-ЯЁа-яё]", speaker) and start in text, (speaker, start)
    position = 0
    for date_text, value, precision in case["dates"]:
        position = text.index(date_text, position)
        assert precision in {"day", "month", "year"}
        assert value is None or re.fullmatch({"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d",
                                              "year": r"\d{4}"}[precision], value), (date_text, value)
    assert case["countries"] == sorted(set(case["countries"])) and set(case["countries"]) <= ISO3
    for name, iso3 in case["places"]:
        assert iso3 in ISO3 and re.match(r"[А-ЯЁ]", name)
