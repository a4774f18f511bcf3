"""The scorer follows the gold's matching conventions; check each on small records."""
import json

import pytest

from helpers.evaluate import evaluate, is_person_name, normalise, read_jsonl




def _record(**fields):
    return {"doc": "a.txt", **fields}


def test_gold_scored_against_itself_is_perfect(shared_gold):
    scores = evaluate(shared_gold, shared_gold)
    assert all(score.f1 == 1.0 for name, score in scores.items() if name != "document")


def test_missing_document_counts_as_empty_prediction(shared_gold):
    scores = evaluate(shared_gold, [])
    assert scores["quotes"].recall == 0 and scores["quotes"].gold == 27
    assert scores["dates"].gold == 53


def test_quote_anchor_matches_inside_predicted_text_with_whitespace_collapsed():
    gold = [_record(quotes=[{"speaker": "A B", "kind": "transcript", "text_start": "Heads\nof state and"}])]
    pred = [_record(quotes=[{"speaker": "A B", "kind": "transcript", "text": "Remarks: Heads of  state and government"}])]
    score = evaluate(gold, pred)["quotes"]
    assert (score.true_positive, score.ratio("speaker right")) == (1, 1.0)


def test_anchor_far_from_the_start_of_a_prediction_does_not_match():
    gold = [_record(quotes=[{"speaker": "A B", "kind": "direct", "text_start": "the very end"}])]
    pred = [_record(quotes=[{"speaker": "A B", "kind": "direct", "text": "x " * 400 + "the very end"}])]
    assert evaluate(gold, pred)["quotes"].true_positive == 0


def test_nested_quote_pairs_with_itself_not_with_the_turn_around_it():
    gold = [_record(quotes=[
        {"speaker": "Mikhail Mishustin", "kind": "transcript", "text_start": "Colleagues, welcome"},
        {"speaker": "Vladimir Putin", "kind": "direct", "text_start": "All of us saw"},
    ])]
    pred = [_record(quotes=[
        {"speaker": "Mikhail Mishustin", "kind": "transcript", "text": "Colleagues, welcome. Putin said: All of us saw it."},
        {"speaker": "Vladimir Putin", "kind": "direct", "text": "All of us saw it."},
    ])]
    score = evaluate(gold, pred)["quotes"]
    assert score.true_positive == 2 and score.ratio("speaker right") == 1.0


def test_wrong_person_is_counted_only_against_named_gold_speakers():
    gold = [_record(reported=[
        {"speaker": "Alexander Turchin", "text_start": "one two three"},
        {"speaker": "TASS", "text_start": "four five six"},
    ])]
    pred = [_record(reported=[
        {"speaker": "Valentina Matviyenko", "text": "one two three"},
        {"speaker": "Interfax", "text": "four five six"},
    ])]
    score = evaluate(gold, pred)["reported"]
    assert score.extra["wrong person (of named)"] == (1, 1)
    assert score.extra["speaker right"] == (0, 2)


def test_aliases_make_spelling_variants_the_same_speaker():
    gold = [_record(aliases={"Valentina Matvienko": "Valentina Matviyenko"},
                    quotes=[{"speaker": "Valentina Matviyenko", "kind": "transcript", "text_start": "Not just"}])]
    pred = [_record(quotes=[{"speaker": "Valentina Matvienko", "kind": "transcript", "text": "Not just trade."}])]
    assert evaluate(gold, pred)["quotes"].ratio("speaker right") == 1.0


@pytest.mark.parametrize("gold_text, predicted_text, matched", [
    ("June 17, 2024", "On June 17, 2024", True),
    ("At the end of September 2022", "September 2022", True),
    ("12 October", "13 October", False),
])
def test_dates_match_by_overlap_or_containment(gold_text, predicted_text, matched):
    gold = [_record(dates=[{"text": gold_text, "value": None, "precision": "day"}])]
    pred = [_record(dates=[{"text": predicted_text, "value": None, "precision": "day"}])]
    assert evaluate(gold, pred)["dates"].true_positive == int(matched)


def test_repeated_dates_are_counted_per_occurrence():
    item = {"text": "5 February 2021", "value": "2021-02-05", "precision": "day"}
    gold = [_record(dates=[item] * 3)]
    pred = [_record(dates=[item] * 2)]
    score = evaluate(gold, pred)["dates"]
    assert (score.true_positive, score.gold, score.predicted) == (2, 3, 2)


def test_events_match_by_headline_and_score_date_and_parties():
    event = {"headline": "Russia and Serbia discussed cooperation", "date": "2017-08-24", "precision": "day",
             "countries": ["RUS", "SRB"], "amounts": []}
    gold = [_record(format="listing", events=[event])]
    pred = [_record(events=[{**event, "date": "2017-08-25"}])]
    scores = evaluate(gold, pred)
    assert scores["listing events"].true_positive == 1
    assert scores["listing events"].extra["date right"] == (0, 1)
    assert scores["listing events"].extra["parties right"] == (1, 1)


@pytest.mark.parametrize("speaker, person", [
    ("Valentina Matviyenko", True), ("Rashad Nabi oglu Nabiev", True),
    ("TASS", False), ("The FAS", False), ("the press service of the Ministry", False), ("The meeting", False),
])
def test_person_names_are_told_from_bodies(speaker, person):
    assert is_person_name(speaker) is person


def test_normalise_collapses_no_break_spaces_and_newlines():
    assert normalise("a\u00a0 b\nc ") == "a b c"


def test_read_jsonl_skips_blank_lines(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"doc": "a"}) + "\n\n", encoding="utf-8")
    assert read_jsonl(path) == [{"doc": "a"}]
