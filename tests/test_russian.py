"""Russian documents through the shared stages: names in any case and adjectives (reference rows keyed by
lemma), capitals standing for states by case, dates with lower-case months, people in the nominative and
one person across scripts. Sentences are invented, in several variants, negatives included."""
import pytest

from helpers import lang
from helpers.document import Document, Segment
from helpers.corpus.build import extract_documents, finish_tables
from helpers.evaluate import gold_records
from helpers.extract import load_resources
from helpers.extract.dates import find_dates
from helpers.extract.mentions import find_mentions


@pytest.fixture(scope="module")
def ru():
    return lang.get("ru")


def doc(text: str, published: str | None = None) -> Document:
    return Document(doc_id="d", path="d.txt", text=text, language="ru", published=published,
                    segments=(Segment("d:0", "document", None, 0, len(text), None),))


def countries(text: str, ru) -> set[str]:
    rows = find_mentions(doc(text), load_resources().reference, ru)
    return {r["iso3"] for r in rows if r["kind"] == "country"}


@pytest.mark.parametrize("text, expected", [
    ("Делегация России прибыла.", {"RUS"}),
    ("Соглашение с Россией подписано.", {"RUS"}),
    ("Поставки в Казахстан выросли.", {"KAZ"}),
    ("Китайская сторона согласилась.", {"CHN"}),
    ("Переговоры с Китайской Народной Республикой прошли.", {"CHN"}),
    ("российско-белорусского сотрудничества", {"RUS", "BLR"}),
    ("Украинские специалисты приехали.", {"UKR"}),
    ("Представители РФ и США встретились.", {"RUS", "USA"}),
    ("Это хорошая новость для инвесторов.", set()),
])
def test_countries_in_any_case_and_as_adjectives(ru, text, expected):
    assert countries(text, ru) == expected


def test_a_capital_is_its_state_after_a_relation_noun_and_a_place_after_a_preposition(ru):
    assert countries("Сотрудничество Москвы и Пекина развивается.", ru) == {"RUS", "CHN"}
    assert countries("Москва и Пекин договорились о сотрудничестве.", ru) == {"RUS", "CHN"}
    assert countries("Позиция Вашингтона не изменилась.", ru) == {"USA"}
    assert countries("Форум прошел в Москве.", ru) == set()


def test_a_headline_about_two_capitals_is_about_the_cities_when_its_lead_names_city_governments(ru):
    text = "Минск и Москва договорились о цифровизации\n\nМингорисполком и правительство Москвы подписали план."
    assert countries(text, ru) == set()
    assert countries("Минск и Москва договорились о цифровизации\n\nСтороны подписали план.", ru) == {"BLR", "RUS"}


def test_places_are_reported_in_the_nominative_as_the_text_spells_them():
    text = "НУР-СУЛТАН, 15 апреля. Встреча прошла в Нур-Султане, затем делегация вылетела во Владивосток."
    [record] = gold_records([doc(text)], finish_tables(extract_documents([doc(text)], workers=1)))
    assert record["places"] == [["Нур-Султан", "KAZ"], ["Владивосток", "RUS"]]


@pytest.mark.parametrize("text, expected", [
    ("Форум прошел 17 июня 2024 года.", [("17 июня 2024 года", "2024-06-17", "day")]),
    ("Форум пройдет 24-25 мая 2024 года.", [("24-25 мая 2024 года", "2024-05-24", "day")]),
    ("Проект запущен в 2023 году.", [("в 2023 году", "2023", "year")]),
    ("В октябре 2024 года закон подписан.", [("В октябре 2024 года", "2024-10", "month")]),
    ("Документ от 17.06.2024 опубликован.", [("17.06.2024", "2024-06-17", "day")]),
    ("В прошлом году и в четверг ничего не было.", []),
])
def test_russian_dates(ru, text, expected):
    assert [(r["text"], r["value"], r["precision"]) for r in find_dates(doc(text), ru)] == expected


def test_a_month_alone_takes_the_year_of_publication_or_the_year_before_when_still_to_come(ru):
    rows = find_dates(doc("Поручение дано в декабре, а визит прошел в мае.", published="2025-09-02"), ru)
    assert [(r["text"], r["value"]) for r in rows] == [("в декабре", "2024-12"), ("в мае", "2025-05")]


def test_a_day_without_year_takes_the_year_of_the_title(ru):
    rows = find_dates(doc("Обзор: сентябрь 2020 г.\n\n11 сентября прошла встреча."), ru)
    assert [(r["text"], r["value"]) for r in rows] == [("сентябрь 2020 г.", "2020-09"), ("11 сентября", "2020-09-11")]


def test_one_person_across_scripts_is_one_people_row():
    english = Document(doc_id="e", path="e.txt", text="Russian President Vladimir Putin said the talks went well.",
                       segments=(Segment("e:0", "document", None, 0, 58, None),))
    russian = doc("Президент России Владимир Путин провел встречу. В.Путин заявил, что переговоры прошли успешно.")
    tables = finish_tables(extract_documents([english, russian], workers=1))
    people = tables["people"]
    [putin] = people[people["person"] == "Vladimir Putin"].to_dict("records")
    assert {"Владимир Путин", "В.Путин"} <= set(putin["aliases"]) and putin["n_quotes"] >= 1
    assert not any("Путин" in name for name in people["person"])


@pytest.mark.parametrize("text, expected", [
    ("Инвестиции составят 2,5 млрд рублей.", ("2,5 млрд рублей", 2.5e9, "RUB")),
    ("Бюджет проекта ₽2,5 млрд на три года.", ("₽2,5 млрд", 2.5e9, "RUB")),
    ("Сделка на $100 млн закрыта.", ("$100 млн", 1e8, "USD")),
    ("Кредит в 500 млн долларов выдан.", ("500 млн долларов", 5e8, "USD")),
    ("Цена 1 500 000 рублей.", ("1 500 000 рублей", 1.5e6, "RUB")),
])
def test_russian_amounts(ru, text, expected):
    from helpers.extract.money import find_amounts

    [amount] = find_amounts(text, ru)
    assert (amount["text"], amount["value"], amount["currency"]) == expected


def test_topics_from_russian_keywords_in_any_case(ru):
    from helpers.reference import in_language

    reference = in_language(load_resources().reference, ru)
    assert reference.topics_in("Сотрудничество в сфере искусственного интеллекта и кибербезопасности.") == \
        ["ai", "information_security"]
    assert reference.topics_in("Стороны обсудили туризм.") == []


@pytest.mark.parametrize("text, expected", [
    ("Договор подписан, сообщила пресс-служба министерства связи. Согласно сообщению, стороны обменяются опытом.",
     ("пресс-служба министерства связи", "стороны обменяются опытом")),
    ("Как сообщили в пресс-службе Минцифры, работы начнутся летом. Согласно заявлению, сроки не изменятся.",
     ("пресс-служба Минцифры", "сроки не изменятся")),
    ("Согласно документу, сроки не изменятся.", None),
    ("Согласно сообщению, сроки не изменятся.", None),
])
def test_per_message_is_the_body_named_before(text, expected):
    [record] = gold_records([doc(text)], finish_tables(extract_documents([doc(text)], workers=1)))
    found = [(r["speaker"], r["text"]) for r in record["reported"] if r["text"].startswith(("стороны", "сроки"))]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    ("Встреча с вице-премьером Дмитрием Остапенко прошла в среду.", {"Дмитрий Остапенко": "вице-премьером"}),
    ("Министр связи Павел Гаврилов заявил о планах. Позже Гаврилова спросили о сроках.", {"Павел Гаврилов": "Министр связи"}),
    ("Документ подписали Натальей Кочановой и Олегом Лесницким.", {"Наталья Кочанова": None, "Олег Лесницкий": None}),
    ("Председатель Си Цзиньпин принял делегацию.", {"Си Цзиньпин": "Председатель"}),
    ("В.Путин провел совещание.", {"В.Путин": None}),
    ("Министерство цифрового развития Казахстана сообщило о планах.", {}),
])
def test_people_in_the_nominative_with_the_role_before_them(ru, text, expected):
    from helpers.extract.people.ru import find_people_ru

    resources = load_resources()
    layer = find_people_ru(doc(text), resources.reference, resources.known_people, ru)
    assert {name: person.role for name, person in layer.people.items()} == expected


def test_a_surname_in_another_case_links_to_the_full_name(ru):
    from helpers.extract.people.ru import find_people_ru

    resources = load_resources()
    text = "Делегацию возглавила Анна Петровская. Журналисты спросили Петровскую о сроках."
    layer = find_people_ru(doc(text), resources.reference, resources.known_people, ru)
    assert [(m["surface"], m["entity"], m["via"]) for m in layer.mentions] == [
        ("Анна Петровская", "Анна Петровская", "name"), ("Петровскую", "Анна Петровская", "surname")]


def test_a_surname_links_only_to_its_own_paradigm(ru):
    from helpers.extract.people.ru import find_people_ru

    resources = load_resources()
    text = "Олег Петров и Анна Петровская провели встречу. Петровскую спросили о сроках, Петрову ответили позже."
    layer = find_people_ru(doc(text), resources.reference, resources.known_people, ru)
    assert [(m["surface"], m["entity"]) for m in layer.mentions if m["via"] == "surname"] == [
        ("Петровскую", "Анна Петровская"), ("Петрову", "Олег Петров")]


@pytest.mark.parametrize("text, verb", [
    ("— заявил Шадрин на брифинге.", "заявил"),
    ("Шадрин отметил, что сроки сдвинутся.", "отметил"),
    ("Шадрин также отметил рост.", "отметил"),
    ("Об этом заявил\u00a0Шадрин.", "заявил"),
    ("Об этом заявил \nШадрин.", "заявил"),  # a line break after the verb's space
    ("Заявил\nШадрин.", None),  # the line break alone parts them
    ("Сообщилзаявил Шадрин.", None),  # the word before is no speech verb
    ("Делегацию встретил Шадрин.", None),
    ("«Вопрос решен»,Шадрин.", None),
])
def test_the_speech_verb_beside_a_surname_is_read_on_either_side(text, verb):
    from helpers.extract.people.ru import _speech_verb_beside

    start = text.index("Шадрин")
    assert _speech_verb_beside(text, start, start + len("Шадрин")) == verb


@pytest.mark.parametrize("text, value", [
    ("Форум, запланированный на 24-25 мая, соберет экспертов.", "2023-05-24"),
    ("Выставка пройдет 14 июня в Минске.", "2023-06-14"),
    ("Форум прошел 24-25 мая в Минске.", "2022-05-24"),
])
def test_a_day_still_to_come_at_publication_is_this_years(ru, text, value):
    [row] = find_dates(doc(text, published="2023-04-13"), ru)
    assert row["value"] == value


@pytest.mark.parametrize("text", [
    'Министр Павел Гаврилов выступил на форуме. "Мы участвуем в программе "Умный город", - сказал Гаврилов.',
    'Министр Павел Гаврилов выступил на форуме. "Работа идет в рамках проекта "Цифровой мост", – отметил министр.',
])
def test_one_straight_mark_closing_a_nested_name_and_the_quotation(text):
    [record] = gold_records([doc(text)], finish_tables(extract_documents([doc(text)], workers=1)))
    assert [q["speaker"] for q in record["quotes"]] == ["Павел Гаврилов"]
