"""Russian morphology: lemmas and keys for lookup, verb gender, person names to the nominative.

Names are invented (or ordinary Russian names in invented combinations), so the rules are tested as
forms of the language rather than as known entries.
"""
import pytest

from helpers.lang.ru.morph import compound_parts, lemma, nominative, token_key, verb_gender, third_person_forms, word_forms


@pytest.mark.parametrize("form", ["Россия", "России", "Россией", "Россию"])
def test_country_forms_share_one_key(form):
    assert token_key(form) == "россия"


@pytest.mark.parametrize("form, key", [("Минске", "минск"), ("Пекином", "пекин"), ("Москвой", "москва"),
                                       ("заявила", "заявить"), ("Ёлках", "елка")])
def test_lemma_of_places_and_words(form, key):
    assert lemma(form) == key


@pytest.mark.parametrize("form, key, parts", [
    ("российско-белорусского", "российско-белорусский", ("российско", "белорусский")),
    ("китайско-российским", "китайско-российский", ("китайско", "российский")),
    ("российско-китайско-индийской", "российско-китайско-индийский", ("российско", "китайско", "индийский")),
])
def test_compound_adjectives_keep_their_parts(form, key, parts):
    assert token_key(form) == key
    assert compound_parts(form) == parts


@pytest.mark.parametrize("verb, gender", [("заявила", "f"), ("подчеркнула", "f"), ("заявил", "m"), ("отметил", "m"),
                                          ("заявили", None), ("считает", None), ("министр", None)])
def test_past_tense_verbs_tell_the_speakers_gender(verb, gender):
    assert verb_gender(verb) == gender


@pytest.mark.parametrize("written, expected", [
    ("Ирины Зеленцовой", "Ирина Зеленцова"),          # feminine genitive, surname in -ова
    ("Ирине Зеленцовой", "Ирина Зеленцова"),          # dative
    ("Ириной Зеленцовой", "Ирина Зеленцова"),         # instrumental
    ("Тимуром Кабировым", "Тимур Кабиров"),           # masculine instrumental
    ("Олега Братищева", "Олег Братищев"),             # masculine genitive, surname in -ев
    ("Олегу Братищеву", "Олег Братищев"),
    ("Ксении Брыльковой", "Ксения Брылькова"),
    ("Павла Лесницкого", "Павел Лесницкий"),          # adjectival surname
    ("Анне Лесницкой", "Анна Лесницкая"),
    ("Петра Ильича Гаврилова", "Петр Ильич Гаврилов"),  # with patronymic; «е» as the text writes it, not «ё»
    ("Фёдора Королёва", "Фёдор Королёв"),  # a text that writes «ё» keeps it
    ("Дмитрием Остапенко", "Дмитрий Остапенко"),      # indeclinable surname in -енко
    ("Глеб Ступаков", "Глеб Ступаков"),                # already nominative
    ("Кассым-Жомарта Токаева", "Кассым-Жомарт Токаев"),  # hyphenated first name declines in its last part
])
def test_full_names_go_to_the_nominative(written, expected):
    assert nominative(written) == expected


@pytest.mark.parametrize("written, expected", [("В.Путина", "В.Путин"), ("В. В. Путиным", "В. В. Путин"),
                                               ("И.Зеленцовой", "И.Зеленцова")])
def test_initials_are_kept(written, expected):
    assert nominative(written) == expected


def test_lone_surname_follows_the_gender_hint():
    # «Захарова» is a woman in the nominative or a man in the genitive: the verb says which.
    assert nominative("Захарова", gender="f") == "Захарова"
    assert nominative("Захарова", gender="m") == "Захаров"
    assert nominative("Братищева", gender="m") == "Братищев"


def test_lone_masculine_genitive_surname():
    assert nominative("Кабирова", gender="m") == "Кабиров"
    assert nominative("Кабировым") == "Кабиров"


def test_words_nobody_declines_stay_as_written():
    assert nominative("Ли Вэйминь") == "Ли Вэйминь"
    assert nominative("Остапенко") == "Остапенко"


def test_word_forms_cover_genders_tenses_and_cases():
    assert {"заявил", "заявила", "заявили", "заявило"} <= word_forms("заявить")
    assert {"говорит", "говорят", "говорил", "говорила"} <= word_forms("говорить")
    assert {"министр", "министра", "министру", "министром", "министре", "министры"} <= word_forms("министр")
    assert "заявил" not in word_forms("министр")


def test_third_person_forms_of_speech_verbs():
    assert third_person_forms("заявить") == {"заявил", "заявила", "заявило", "заявили", "заявит", "заявят"}
    assert {"говорит", "говорят", "говорил", "говорила", "говорили"} <= third_person_forms("говорить")
    assert {"говорится", "говорилось"} <= third_person_forms("говориться")
    assert not third_person_forms("министр")


def test_case_forms_follow_the_regular_paradigm_of_the_ending():
    from helpers.lang.ru.morph import case_forms
    assert "Шэньчжэне" in case_forms("Шэньчжэнь") and "Шэньчжэнем" in case_forms("Шэньчжэнь")
    assert "Бишкеке" in case_forms("Бишкек") and "Алма-Ате" in case_forms("Алма-Ата")
    assert case_forms("Ханчжоу") == () and case_forms("Баку") == ()
