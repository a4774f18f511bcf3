"""Events and pairs from Russian documents, by the shared rules of stories: the occasion a story reports, its
date, its parties (coordinated lists included), and the pairs of those parties. Sentences are invented, in
several variants (dateline or none, date before or after the verb, names or adjectives), negatives included."""
import pytest

from helpers import lang
from helpers.document import Document, Segment
from helpers.extract.dates import find_dates
from helpers.extract.events import find_events
from helpers.extract.mentions import find_mentions
from helpers.reference import load_reference


@pytest.fixture(scope="module")
def ru():
    return lang.get("ru")


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def story(text: str, *, title=None, published=None) -> Document:
    return Document(doc_id="d", path="x.txt", text=text, title=title, published=published, language="ru",
                    published_precision="day" if published else None,
                    segments=(Segment("d:0", "document", None, 0, len(text), None),))


def run(doc, ref, ru):
    mentions = find_mentions(doc, ref, ru)
    return find_events(doc, ref, ru, mentions=mentions, dates=find_dates(doc, ru))


@pytest.mark.parametrize("text, title, date, countries", [
    # the signing sentence dates the occasion, the date after the verb
    ("Россия и Египет подписали соглашение о сотрудничестве в цифровой экономике 17 мая 2023 года.",
     None, "2023-05-17", ["EGY", "RUS"]),
    # the date before the verb, in the second paragraph
    ("Министры России и Вьетнама встретились в Ханое, чтобы обсудить кибербезопасность.\n\n"
     "17 мая 2023 года они подписали меморандум об информационной безопасности.", None, "2023-05-17", ["RUS", "VNM"]),
    # a TASS dateline without a year; the lead's signing sentence dates the occasion
    ("Россия подписала документы с африканскими странами\n\nМОСКВА, 18 мая. /ТАСС/. Египет, Эфиопия и Нигерия "
     "подписали с Россией документы о сотрудничестве в сфере информационной безопасности 17 мая 2023 года.",
     "Россия подписала документы с африканскими странами", "2023-05-17", ["EGY", "ETH", "NGA", "RUS"]),
    # «состоялся»: the occasion took place on the date
    ("Раунд консультаций по кибербезопасности между Россией и Лаосом состоялся во Вьентьяне 5 марта 2024 года.",
     None, "2024-03-05", ["LAO", "RUS"]),
])
def test_the_sentence_saying_the_occasion_took_place_dates_it(ref, ru, text, title, date, countries):
    [event], _, _ = run(story(text, title=title), ref, ru)
    assert (event["date"], event["countries"]) == (date, countries)


@pytest.mark.parametrize("text, title, countries", [
    ("Египет, Эфиопия и Нигерия подписали соглашения о сотрудничестве 17 мая 2023 года.", None, ["EGY", "ETH", "NGA"]),
    # the list as object, after «с»
    ("Россия подписала меморандумы с Бразилией, Индией и ЮАР на форуме 4 июня 2024 года.", None,
     ["BRA", "IND", "RUS", "ZAF"]),
    # adjectives coordinated in the subject, under a headline naming the host
    ("Россия провела семинар по электронному правительству\n\nУзбекские, таджикские и киргизские чиновники посетили "
     "семинар в Москве 2 октября 2023 года.", "Россия провела семинар по электронному правительству",
     ["KGZ", "RUS", "TJK", "UZB"]),
    # the venue alone is no party, as in English («in Moscow»)
    ("Узбекские, таджикские и киргизские чиновники посетили семинар в Москве 2 октября 2023 года.", None,
     ["KGZ", "TJK", "UZB"]),
])
def test_every_state_of_a_coordinated_list_is_a_party(ref, ru, text, title, countries):
    [event], pairs, _ = run(story(text, title=title), ref, ru)
    assert event["countries"] == countries
    assert sorted((p["a"], p["b"]) for p in pairs) == [(a, b) for i, a in enumerate(countries) for b in countries[i + 1:]]


def test_pairs_carry_the_sentence_as_evidence(ref, ru):
    doc = story("Россия и Белоруссия подписали соглашение о кибербезопасности 17 мая 2023 года.")
    [event], [pair], _ = run(doc, ref, ru)
    assert (pair["a"], pair["b"], pair["date"]) == ("BLR", "RUS", "2023-05-17")
    assert doc.text[pair["start"]:pair["end"]] == pair["evidence"]


@pytest.mark.parametrize("text, headline", [
    # a Russian dateline may end with a full stop and no agency: it is never the headline, the lead sentence is
    ("МИНСК, 17 мая 2023 года. Россия и Белоруссия подписали соглашение о сотрудничестве в сфере "
     "кибербезопасности.", "Россия и Белоруссия подписали соглашение о сотрудничестве в сфере кибербезопасности"),
    ("АСТАНА, 4 мая. /КАЗИНФОРМ/. Казахстан и Турция построят совместный центр обработки данных к 2027 году.",
     "Казахстан и Турция построят совместный центр обработки данных к 2027 году"),
    ("Минск, 5 июня (БЕЛТА) – Белоруссия и Китай открыли совместный ИТ-парк.", "Белоруссия и Китай открыли совместный ИТ-парк"),
])
def test_story_headline_starts_after_the_dateline(ref, ru, text, headline):
    [event], _, _ = run(story(text), ref, ru)
    assert event["headline"] == headline


def test_a_date_of_the_telling_is_not_the_occasion(ref, ru):
    text = "Казахстан и Россия подписали дорожную карту по электронному правительству, сообщило министерство 9 марта 2024 года."
    [event], _, _ = run(story(text), ref, ru)
    assert (event["date"], event["countries"]) == (None, ["KAZ", "RUS"])


def test_a_list_after_a_relation_noun_is_not_a_list_of_parties(ref, ru):
    title = "Россия и Армения подписали соглашение об ИТ"
    text = (f"{title}\n\nРоссия и Армения подписали соглашение об ИТ 3 мая 2022 года, через несколько дней после "
            "переговоров об отношениях с Ираном и Грузией.")
    [event], _, _ = run(story(text, title=title), ref, ru)
    assert event["countries"] == ["ARM", "RUS"]


def test_a_text_naming_no_state_gives_no_pairs(ref, ru):
    events, pairs, _ = run(story("Стороны обсудили туризм 5 марта 2024 года."), ref, ru)
    assert pairs == [] and all(len(event["countries"]) < 2 for event in events)
