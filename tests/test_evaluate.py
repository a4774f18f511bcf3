"""The scorer follows the gold's matching conventions; check each on small records."""
import json

import pytest

from helpers.evaluate import evaluate, format_scores, is_person_name, normalise, read_jsonl, records_for, wrong_speaker_share




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


@pytest.mark.parametrize("gold_speaker, predicted, right", [
    ("Russian Foreign Ministry", "the Russian Foreign Ministry", True),
    ("The FAS", "FAS", True),
    ("Russian Foreign Ministry", "the Foreign Ministry", False),
    ("Russian Foreign Ministry", "Theodor Ministry", False),
])
def test_a_body_leading_article_is_not_compared(gold_speaker, predicted, right):
    gold = [_record(reported=[{"speaker": gold_speaker, "text_start": "one two three"}])]
    pred = [_record(reported=[{"speaker": predicted, "text": "one two three"}])]
    assert evaluate(gold, pred)["reported"].ratio("speaker right") == float(right)


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


def test_records_for_keeps_only_the_predictions_of_gold_documents(tmp_path):
    path = tmp_path / "pred.jsonl"
    lines = [{"doc": "corpus/a.txt", "n": 1}, {"doc": "b.txt"}, {"doc": "c.txt", "n": 3}]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n\n", encoding="utf-8")
    gold = [{"doc": "a.txt"}, {"doc": "c.txt"}, {"doc": "d.txt"}]
    assert records_for(gold, path) == [lines[0], lines[2]]


def _quote(speaker, text, kind="direct"):
    return {"speaker": speaker, "kind": kind, "text_start": text, "text": text}


def test_found_with_speaker_counts_only_items_whose_speaker_is_right():
    gold = [_record(quotes=[_quote("Anna Berg", "one two three"), _quote("Omar Said", "four five six")])]
    pred = [_record(quotes=[_quote("Anna Berg", "one two three"), _quote("", "four five six"), _quote("X Y", "seven")])]
    scores = evaluate(gold, pred)
    assert (scores["quotes"].true_positive, scores["quotes+speaker"].true_positive) == (2, 1)
    assert scores["quotes+speaker"].precision == 1 / 3 and scores["quotes+speaker"].recall == 1 / 2


def test_turns_with_speaker_are_counted_over_gold_turns_only():
    gold = [_record(quotes=[
        _quote("Anna Berg", "Good morning to all of you", "transcript"),
        _quote("Question", "What comes next for the", "transcript"),
        _quote("Omar Said", "a direct quote here", "direct"),
    ])]
    pred = [_record(quotes=[_quote("Anna Berg", "Good morning to all of you", "transcript"),
                            _quote("Omar Said", "a direct quote here")])]
    assert evaluate(gold, pred)["quotes"].extra["turns with speaker"] == (1, 2)


def test_wrong_speaker_share_counts_found_rows_that_name_someone():
    gold = [_record(quotes=[_quote("Anna Berg", "one two three"), _quote("Omar Said", "four five six")],
                    reported=[{"speaker": "the ministry", "text_start": "seven eight"}])]
    pred = [_record(quotes=[_quote("Omar Said", "one two three"), _quote("", "four five six")],
                    reported=[{"speaker": "the ministry", "text": "seven eight nine"}])]
    scores = evaluate(gold, pred)
    assert scores["quotes"].extra["wrong speaker (of rows naming one)"] == (1, 1)  # the empty speaker is not wrong
    assert wrong_speaker_share(scores) == (1, 2)


def test_prediction_may_use_its_own_canonical_spelling_of_the_gold_name():
    gold = [_record(quotes=[_quote("Sergey Petrov", "one two three")])]
    pred = [_record(aliases={"Sergey Petrov": "Sergei Petrov"}, quotes=[_quote("Sergei Petrov", "one two three")])]
    assert evaluate(gold, pred)["quotes+speaker"].true_positive == 1
    unrelated = [_record(aliases={"Ivan Petrov": "Sergei Petrov"}, quotes=[_quote("Sergei Petrov", "one two three")])]
    assert evaluate(gold, unrelated)["quotes+speaker"].true_positive == 0


def test_one_prediction_for_a_passage_two_gold_speakers_share_pairs_with_the_one_it_names():
    gold = [_record(reported=[{"speaker": "Anna Berg", "text_start": "trade grew fast"},
                              {"speaker": "TASS", "text_start": "trade grew fast"}])]
    pred = [_record(reported=[{"speaker": "TASS", "text": "trade grew fast this year"}])]
    scores = evaluate(gold, pred)
    assert scores["reported+speaker"].true_positive == 1
    assert scores["reported"].extra["wrong speaker (of rows naming one)"] == (0, 1)


def test_table_prints_the_speech_measures():
    gold = [_record(quotes=[_quote("Anna Berg", "Good morning to all of you", "transcript")])]
    out = format_scores(evaluate(gold, gold))
    assert "\nquotes+speaker " in out and "\nreported+speaker " in out
    assert "turns found with speaker 1/1 (1.000)" in out and "wrong speaker 0/1 rows naming one (0.000)" in out


def test_comma_setting_off_a_trailing_attribution_is_not_part_of_the_anchor():
    gold = [_record(reported=[{"speaker": "Anna Berg", "text_start": "the ministers discussed trade,"}])]
    pred = [_record(reported=[{"speaker": "Anna Berg", "text": "the ministers discussed trade"}])]
    assert evaluate(gold, pred)["reported+speaker"].true_positive == 1


def test_full_stop_closing_a_short_reported_clause_is_not_part_of_the_anchor():
    gold = [_record(reported=[{"speaker": "Anna Berg", "text_start": "the centre would serve the region."}])]
    pred = [_record(reported=[{"speaker": "Anna Berg", "text": "the centre would serve the region"}])]
    assert evaluate(gold, pred)["reported+speaker"].true_positive == 1


@pytest.mark.parametrize("gold_speaker, predicted_speaker, right", [
    ("Russian Foreign Ministry", "the Russian Foreign Ministry", True),
    ("The meeting", "the meeting", True),
    ("the press service of the Ministry", "the press service of the Ministry", True),
    ("Russian Foreign Ministry", "the ministry", False),
    ("Foreign Ministry", "the Russian Foreign Ministry", False),
])
def test_a_bodys_leading_article_does_not_change_the_speaker(gold_speaker, predicted_speaker, right):
    gold = [_record(reported=[{"speaker": gold_speaker, "text_start": "one two three"}])]
    pred = [_record(reported=[{"speaker": predicted_speaker, "text": "one two three"}])]
    assert evaluate(gold, pred)["reported"].ratio("speaker right") == (1.0 if right else 0.0)
