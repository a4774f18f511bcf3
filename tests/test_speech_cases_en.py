"""The invented English speech cases (tests/speech_cases_en.py) are well formed gold, so a failure of the
extractor on them is the extractor's fault; the cases themselves are run by the issue-11 tests."""
import pytest

from speech_cases_en import CASES, FAMILIES

QUOTE_KINDS = ("direct", "transcript", "block")
UNNAMED_INTERVIEWER = "Question"  # the README's speaker for a "Question:"/"Q:" label when nobody is named
OPENING_MARKS = "“\"«‘„"
CLOSING_MARKS = "”\"»’“"


def _items(case):
    return [(speaker, start) for _, speaker, start in case["quotes"]], case["reported"]


def test_there_are_enough_cases_for_every_family():
    assert len(CASES) >= 60
    for family in FAMILIES:
        assert sum(case["family"] == family for case in CASES) >= 5, family
    assert any(not case["quotes"] and not case["reported"] for case in CASES)  # negatives with nothing to find


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['family']}:{case['text'][:30]}")
def test_case_is_well_formed(case):
    assert set(case) == {"family", "text", "quotes", "reported"}
    assert case["family"] in FAMILIES
    assert all(len(q) == 3 and q[0] in QUOTE_KINDS for q in case["quotes"])
    assert all(len(r) == 2 for r in case["reported"])
    text = case["text"]
    flat = " ".join(text.split())
    for items in _items(case):
        position = 0
        for speaker, start in items:
            assert speaker is None or (isinstance(speaker, str) and speaker.strip()), speaker
            if speaker not in (None, UNNAMED_INTERVIEWER):
                assert " ".join(speaker.split()) in flat, f"speaker {speaker!r} is not written in the text"
            # items are in document order; two speakers of one passage share a start
            found = text.find(start, position)
            assert found >= 0, f"{start!r} not found in order"
            position = found
            words = start.split()
            assert 1 <= len(words) <= 10 and start[0] not in OPENING_MARKS, start
            if len(words) < 5:  # shorter anchors only for quotations that are that short
                after = text[found + len(start):found + len(start) + 1]
                assert after in ("", "\n") or after in CLOSING_MARKS, start

