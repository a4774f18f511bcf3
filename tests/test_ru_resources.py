"""Russian word lists and reference rows: complete, consistent with the English files, and readable by morphology."""
import csv
import re

import pytest

from helpers.lang.ru import people, speech, words
from helpers.lang.ru.morph import third_person_forms, token_key
from helpers.paths import REFERENCE


def _rows(name):
    with open(REFERENCE / name, encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def test_every_country_has_a_russian_name():
    iso3 = {row["iso3"] for row in _rows("countries.csv")}
    russian = _rows("countries_ru.csv")
    assert {row["iso3"] for row in russian if row["via"] == "name"} == iso3
    assert {row["via"] for row in russian} <= {"name", "alias", "adjective", "compound", "ignore"}
    assert {row["iso3"] for row in russian} <= iso3


@pytest.mark.parametrize("form, iso3", [("России", "RUS"), ("Россией", "RUS"), ("РФ", "RUS"), ("Белоруссии", "BLR"),
                                        ("Беларуси", "BLR"), ("КНР", "CHN"), ("Поднебесной", "CHN"), ("США", "USA"),
                                        ("ОАЭ", "ARE"), ("ЮАР", "ZAF"), ("КНДР", "PRK"), ("белорусского", "BLR"),
                                        ("китайским", "CHN"), ("Кубой", "CUB")])
def test_single_word_country_forms_reach_their_row_through_the_lemma(form, iso3):
    keys = {}
    for row in _rows("countries_ru.csv"):
        if " " not in row["text"]:
            keys.setdefault(token_key(row["text"]), set()).add(row["iso3"])
    assert keys.get(token_key(form)) == {iso3}


def test_compound_stems_are_first_parts_of_compound_adjectives():
    stems = [row["text"] for row in _rows("countries_ru.csv") if row["via"] == "compound"]
    assert {"российско", "белорусско", "китайско", "американо"} <= set(stems)
    assert all(re.fullmatch(r"[а-яё]+о", stem) for stem in stems)


def test_every_city_and_capital_has_a_russian_row():
    english = {row["city"] for row in _rows("cities.csv")} | {row["capital"] for row in _rows("capitals_coords.csv")}
    russian = _rows("cities_ru.csv")
    assert english <= {row["en"] for row in russian}
    # beyond the English list only regions named by an adjective and a noun («Московская область»)
    extra = [row for row in russian if row["en"] not in english]
    assert extra and all(row["kind"] == "region" and re.fullmatch(r"[А-ЯЁ][\w-]+ (?:автономн\w+ )?(?:область|край|округ)", row["city"])
                         for row in extra), [row["city"] for row in extra]
    by_en = {row["city"]: row for row in _rows("cities.csv")}
    for row in russian:
        if row["en"] in by_en:
            assert (row["iso3"], row["kind"]) == (by_en[row["en"]]["iso3"], by_en[row["en"]]["kind"])
        assert re.match(r"[А-ЯЁ]", row["city"]), row


def test_russian_blocs_regions_and_history_mirror_the_english_files():
    assert [row["key"] for row in _rows("blocs_ru.csv")] == [row["key"] for row in _rows("blocs.csv")]
    assert {row["code"] for row in _rows("historical_ru.csv")} == {row["code"] for row in _rows("historical.csv")}
    assert "Латинская Америка" in {row["name"] for row in _rows("regions_ru.csv")}


def test_russian_people_rows_are_the_people_of_the_english_list():
    english = _rows("people.csv")
    russian = _rows("people_ru.csv")
    assert [(r["person"], r["gender"], r["country"]) for r in russian] == \
           [(r["person"], r["gender"], r["country"]) for r in english]
    for row in russian:
        assert all(re.match(r"[А-ЯЁ]", alias) for alias in row["aliases"].split("|")), row


def test_months_in_every_case_and_abbreviation():
    assert {words.MONTHS[w] for w in ("январь", "января", "январе", "янв")} == {1}
    assert {words.MONTHS[w] for w in ("сентября", "сен", "сент")} == {9}
    assert sorted(set(words.MONTHS.values())) == list(range(1, 13))


@pytest.mark.parametrize("pattern, text, found", [
    (words.DATE_QUALIFIERS, "к середине апреля", "к середине"),
    (words.DATE_QUALIFIERS, "В конце сентября 2022 года", "В конце"),
    (words.DATE_QUALIFIERS, "в первом полугодии 2024 года", "в первом полугодии"),
    (words.RELATIVE_PERIOD, "в прошлом году", "в прошлом году"),
    (words.RELATIVE_PERIOD, "В этом месяце", "В этом месяце"),
])
def test_date_patterns(pattern, text, found):
    assert re.search(pattern, text).group(0) == found


def test_relative_period_is_not_a_calendar_month():
    assert re.search(words.RELATIVE_PERIOD, "в сентябре 2020 года") is None


def test_speech_verbs_are_infinitives_with_reporting_forms():
    assert all(third_person_forms(verb) for verb in speech.SPEECH_VERBS)
    assert {"заявил", "заявила", "заявили", "сказал", "отметил", "подчеркнул", "сообщил", "добавил", "пояснил",
            "рассказал", "указал", "уточнил", "считает", "говорит"} <= speech.speech_verb_forms()
    assert "министр" not in speech.speech_verb_forms()


def test_role_forms_link_every_case_to_a_role_class():
    roles = people.role_forms()
    assert roles["министра"] == roles["министром"] == "minister"
    assert roles["вице-премьера"] == "deputy prime minister"
    assert roles["дипломата"] == "diplomat"
    assert roles["пресс-секретарю"] == "spokesperson"


def test_pronouns_in_every_case():
    assert {people.PRONOUNS[w] for w in ("он", "его", "ему", "нём")} == {"m"}
    assert {people.PRONOUNS[w] for w in ("она", "её", "ей", "ней")} == {"f"}
    assert people.PRONOUNS["они"] is None


@pytest.fixture(scope="module")
def ru_reference():
    from helpers import lang
    from helpers.reference import in_language, load_reference

    return in_language(load_reference(), lang.get("ru"))


def _case_forms(word):
    """Every case and number of a Russian noun or adjective as pymorphy declines it (no comparatives)."""
    from helpers.lang.ru.morph import lemma, parses

    head, hyphen, last = word.rpartition("-")
    for parse in parses(last):
        if parse.normal_form.replace("ё", "е") != lemma(last):
            continue
        for form in parse.lexeme:
            if form.tag.POS in ("NOUN", "ADJF") and "Supr" not in form.tag.grammemes:
                yield head + hyphen + (form.word.capitalize() if word[:1].isupper() else form.word)


def test_every_case_of_every_russian_name_and_topic_word_starts_like_its_row(ru_reference):
    """The stem gate that spares morphology must never hide a form that would have found its row."""
    from helpers.reference import WORD_RE

    capitalised, lower_case = ru_reference._name_starts
    firsts = {entry.words[0] for entry in ru_reference._names.values() if not entry.words[0].isupper()}
    topic_words = {w for keywords in ru_reference.topics.values() for k in keywords for w in WORD_RE.findall(k)}
    hidden = [(word, form) for words, gate in ((firsts, capitalised), ({w for w in firsts if w.islower()}, lower_case),
                                                ({w for w in topic_words if not w.isupper()}, ru_reference._topic_starts))
              for word in words for form in _case_forms(word) if not gate.admits(form)]
    assert hidden == []


@pytest.mark.parametrize("words, form, admitted", [
    (["Уфа"], "Уфе", True),  # a short name: its ending may begin at the third letter
    (["умный"], "умная", True),  # an adjective's ending is two letters
    (["Египет"], "Египта", True),
    (["японец"], "японцами", True),  # a fleeting vowel after the fourth letter
    (["КНР"], "КНР", True),
    (["КНР"], "Кнутом", False),  # an abbreviation does not inflect: its whole start counts
    (["Россия"], "Росгвардия", False),
    (["Россия"], "который", False),
    (["Таиланд"], "Тайланде", False),  # another spelling is another row (countries_ru.csv has «Тайланд»)
    (["Чад"], "Чадами", True),  # a short name's longest ending
    (["Иран"], "Информационный", False),  # longer than any form of a short name sharing its first letters
    (["Куба"], "Кубанский", False),
    (["Пермь"], "Перми", True),
    (["Пермь"], "Переговоры", False),
])
def test_stem_starts_admit_inflected_forms_only(words, form, admitted):
    from helpers.reference import StemStarts

    assert StemStarts(words).admits(form) is admitted


@pytest.mark.parametrize("text", [
    "Вчера они долго обсуждали это, но так ничего и не решили.",
    "Мы ждём ответа уже третью неделю; ответа всё нет.",
])
def test_ordinary_words_are_not_sent_to_morphology(ru_reference, monkeypatch, text):
    keyed = []
    monkeypatch.setattr(ru_reference, "key", lambda word: keyed.append(word) or word.lower())
    assert ru_reference.match_names(text) == [] and ru_reference.topics_in(text) == []
    assert keyed == []


@pytest.mark.parametrize("text, found", [
    ("Делегация прибыла в Уфу, а затем в Тайланд.", [("Уфу", "place"), ("Тайланд", "THA")]),
    ("Переговоры с японцами и индийскими партнёрами прошли в Египте.",
     [("японцами", "JPN"), ("индийскими", "IND"), ("Египте", "EGY")]),
    ("Сотрудничество с КНР и Республикой Беларусь растёт.", [("КНР", "CHN"), ("Республикой Беларусь", "BLR")]),
])
def test_inflected_names_are_still_found(ru_reference, text, found):
    assert [(text[m.start:m.end], m.entry.iso3 if m.entry.kind == "country" else m.entry.kind)
            for m in ru_reference.match_names(text)] == found
