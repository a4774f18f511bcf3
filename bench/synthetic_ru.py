"""A synthetic Russian news corpus for benchmarks: many distinct word forms, as in a real archive.

    from synthetic_ru import make_russian_corpus
    corpus_dir = make_russian_corpus(800, Path("/tmp/corpus_ru"), seed=0)

The 16 dev-ru excerpts are too small to time (0.016 MB), and repeating them would time the morphology
caches, not a first pass over an archive. Each document here is composed from sentence templates in the
forms the Russian rules read (datelines, «ёлочки»/„лапки“/"straight" quotations with dash attributions,
«X заявил, что…», «по словам X», «Об этом сообщил X», press services, transcript turns, dates, money),
filled with names, roles, countries, capitals, cities, organisations and topic phrases inflected by
pymorphy3 into the case each slot governs (900 documents: 1.5 M characters, some 15,000 distinct forms).
"""
from __future__ import annotations

import hashlib
import random
from functools import lru_cache
from pathlib import Path

import csv

import pymorphy3

MORPH = pymorphy3.MorphAnalyzer()  # its own analyser: generating warms none of the extraction's caches

MEN = ["Александр", "Алексей", "Андрей", "Антон", "Артём", "Борис", "Вадим", "Валерий", "Василий", "Виктор",
       "Владимир", "Владислав", "Геннадий", "Георгий", "Глеб", "Григорий", "Денис", "Дмитрий", "Евгений", "Егор",
       "Иван", "Игорь", "Илья", "Кирилл", "Константин", "Леонид", "Максим", "Михаил", "Никита", "Николай", "Олег",
       "Павел", "Пётр", "Роман", "Руслан", "Сергей", "Станислав", "Степан", "Тимур", "Фёдор", "Юрий", "Ярослав"]
WOMEN = ["Анна", "Алина", "Валентина", "Вера", "Виктория", "Галина", "Дарья", "Екатерина", "Елена", "Елизавета",
         "Жанна", "Зоя", "Ирина", "Карина", "Ксения", "Лариса", "Людмила", "Марина", "Мария", "Надежда", "Наталья",
         "Нина", "Ольга", "Полина", "Светлана", "София", "Тамара", "Татьяна", "Ульяна", "Юлия"]
# Surnames in their masculine form; the feminine is made by the usual paradigm (-ов/-ова, -ский/-ская).
SURNAMES = ["Абрамов", "Алексеев", "Андреев", "Белов", "Беляев", "Богданов", "Борисов", "Быков", "Васильев", "Виноградов",
            "Власов", "Волков", "Воробьёв", "Гаврилов", "Герасимов", "Голубев", "Горбунов", "Григорьев", "Гусев",
            "Давыдов", "Дмитриев", "Егоров", "Ефимов", "Жуков", "Журавлёв", "Захаров", "Зайцев", "Зиновьев",
            "Ильин", "Исаев", "Калинин", "Карпов", "Киселёв", "Ковалёв", "Козлов", "Комаров", "Коновалов",
            "Копылов", "Крылов", "Кудрявцев", "Кузнецов", "Куликов", "Лазарев", "Лебедев", "Макаров", "Максимов",
            "Медведев", "Мельников", "Миронов", "Михайлов", "Морозов", "Назаров", "Никитин", "Новиков", "Орлов",
            "Осипов", "Павлов", "Панов", "Петров", "Поляков", "Пономарёв", "Попов", "Романов", "Рябов", "Савельев",
            "Сафонов", "Семёнов", "Сергеев", "Симонов", "Смирнов", "Соколов", "Соловьёв", "Сорокин", "Степанов",
            "Тарасов", "Тимофеев", "Титов", "Тихонов", "Уваров", "Фёдоров", "Филиппов", "Фомин", "Фролов",
            "Харитонов", "Чернов", "Шаров", "Широков", "Щербаков", "Яковлев", "Ястребов", "Вишневский",
            "Островский", "Покровский", "Ковальский", "Соболевский", "Завадский", "Троицкий", "Городецкий"]
# Names nobody declines (a Ukrainian -енко, Chinese and Korean names): kept as written in every case.
FIXED_NAMES = ["Дмитрий Чернышенко", "Андрей Шевченко", "Ольга Гриценко", "Ли Цян", "Ван И", "Си Цзиньпин",
               "Ким Сон Нам", "Нгуен Ван Тхань", "Мария Захарченко", "Игорь Бондаренко"]
# Role phrases: the head noun (and its adjectives) inflect, the rest stays in the genitive it is written in.
ROLES = [("министр", "цифрового развития"), ("министр", "иностранных дел"), ("министр", "экономического развития"),
         ("министр", "промышленности и торговли"), ("вице-премьер", ""), ("глава", "Минцифры"),
         ("заместитель", "министра связи"), ("посол", "в Китае"), ("председатель", "правительства"),
         ("президент", "компании"), ("губернатор", "области"), ("мэр", "города"), ("директор", "департамента"),
         ("советник", "президента"), ("представитель", "МИД"), ("руководитель", "аппарата правительства"),
         ("генеральный директор", "госкорпорации"), ("первый заместитель", "председателя"), ("премьер-министр", ""),
         ("председатель", "правления банка"), ("эксперт", "центра стратегических разработок"), ("аналитик", "")]
COUNTRIES = ["Россия", "Китай", "Белоруссия", "Беларусь", "Казахстан", "Индия", "Бразилия", "Египет", "Иран", "Турция",
             "Вьетнам", "Индонезия", "Армения", "Узбекистан", "Киргизия", "Таджикистан", "Монголия", "Сербия", "Куба",
             "Венесуэла", "Эфиопия", "Малайзия", "Таиланд", "Пакистан", "Азербайджан", "Алжир", "Нигерия", "Мьянма",
             "Катар", "Германия", "Франция", "Япония", "Корея", "Аргентина", "Чили", "Никарагуа", "ЮАР", "ОАЭ",
             "США", "РФ", "КНР", "РБ"]
COUNTRY_ADJECTIVES = ["российский", "китайский", "белорусский", "казахстанский", "индийский", "бразильский",
                      "египетский", "иранский", "турецкий", "вьетнамский", "узбекский", "армянский", "сербский",
                      "кубинский", "монгольский", "киргизский", "таджикский", "малайзийский", "пакистанский",
                      "азербайджанский", "алжирский", "японский", "немецкий", "французский", "американский"]
COMPOUND_HEADS = ["российско", "китайско", "белорусско", "казахстанско", "индийско", "российско-китайско"]
CAPITALS = ["Москва", "Пекин", "Минск", "Астана", "Нью-Дели", "Тегеран", "Каир", "Анкара", "Ханой", "Джакарта",
            "Ереван", "Ташкент", "Бишкек", "Баку", "Гавана", "Вашингтон", "Токио", "Берлин", "Париж", "Белград"]
CITIES = ["Казань", "Новосибирск", "Екатеринбург", "Владивосток", "Самара", "Омск", "Томск", "Пермь", "Уфа",
          "Краснодар", "Ростов", "Иркутск", "Хабаровск", "Калининград", "Мурманск", "Шанхай", "Гуанчжоу",
          "Шэньчжэнь", "Харбин", "Гродно", "Гомель", "Брест", "Алматы", "Самарканд", "Стамбул", "Мумбаи",
          "Бангалор", "Иннополис", "Сочи", "Тюмень", "Ярославль", "Тула", "Саратов", "Воронеж", "Челябинск"]
ORGANISATIONS = ["Минцифры", "Минэкономразвития", "Минпромторг", "МИД России", "Росатом", "Ростелеком", "Сбербанк",
                 "Российский экспортный центр", "Евразийская экономическая комиссия", "Торгово-промышленная палата",
                 "Фонд развития интернет-инициатив", "Агентство стратегических инициатив", "Госкорпорация Роскосмос",
                 "Министерство связи и информатизации", "Национальный банк", "Аналитический центр"]
OUTLETS = ["РИА Новости", "ТАСС", "Интерфакс", "БелТА", "Казинформ", "Синьхуа", "РБК", "Известия"]
NOUNS = ["сотрудничество", "технология", "платформа", "проект", "соглашение", "инвестиция", "рынок", "экономика",
         "инфраструктура", "сеть", "центр", "система", "программа", "разработка", "решение", "услуга", "компания",
         "предприятие", "стартап", "безопасность", "интеграция", "цифровизация", "связь", "спутник", "производство",
         "экспорт", "импорт", "товарооборот", "партнёрство", "инициатива", "стратегия", "регулирование",
         "сертификация", "оборудование", "микросхема", "сервис", "приложение", "кабель", "станция", "лаборатория",
         "университет", "исследование", "специалист", "образование", "торговля", "логистика", "энергетика",
         "медицина", "платёж", "валюта", "биржа", "отрасль", "площадка", "механизм", "стандарт", "модель",
         "маршрут", "коридор", "порт", "завод", "кластер", "технопарк", "ускоритель", "суперкомпьютер", "алгоритм",
         "робот", "беспилотник", "датчик", "сервер", "хранилище", "процессор", "смартфон", "терминал", "реестр",
         "экосистема", "витрина", "маркетплейс", "договорённость", "меморандум", "дорожная карта", "комиссия",
         "делегация", "выставка", "конференция", "семинар", "хакатон", "грант", "кредит", "субсидия", "налог",
         "пошлина", "квота", "лицензия", "патент", "бренд", "поставщик", "оператор", "провайдер", "разработчик"]
ADJECTIVES = ["цифровой", "технологический", "экономический", "двусторонний", "международный", "национальный",
              "новый", "современный", "совместный", "инновационный", "промышленный", "информационный", "финансовый",
              "научный", "образовательный", "облачный", "мобильный", "широкополосный", "квантовый", "электронный",
              "платёжный", "государственный", "частный", "региональный", "стратегический", "долгосрочный", "крупный",
              "ключевой", "перспективный", "открытый", "защищённый", "отечественный", "зарубежный", "космический",
              "энергетический", "транспортный", "логистический", "торговый", "инвестиционный", "интеллектуальный",
              "программный", "аппаратный", "телекоммуникационный", "сетевой", "высокотехнологичный", "малый",
              "приоритетный", "единый", "общий", "пилотный", "экспериментальный", "масштабный", "устойчивый",
              "беспроводной", "спутниковый", "биометрический", "искусственный", "автономный", "экспортный"]
SUBJECT_VERBS = ["будет развиваться", "активно развивается", "остаётся приоритетом", "выходит на новый уровень",
                 "набирает обороты", "может вырасти вдвое", "заметно ускоряется", "открывает возможности для",
                 "требует", "способствует", "позволит расширить", "поможет укрепить", "обеспечит", "станет основой для"]
# What each verb governs: the case of the phrase after it (None: the clause ends).
GOVERNS = {"открывает возможности для": "gent", "требует": "gent", "способствует": "datv", "позволит расширить": "accs",
           "поможет укрепить": "accs", "обеспечит": "accs", "станет основой для": "gent"}
PREPOSITIONS = [("в области", "gent"), ("в сфере", "gent"), ("для", "gent"), ("по", "datv"), ("с", "ablt"),
                ("о", "loct"), ("в", "loct"), ("между", "ablt"), ("на основе", "gent"), ("благодаря", "datv")]
SPEECH_VERBS = ["заявил", "сказал", "отметил", "подчеркнул", "сообщил", "добавил", "пояснил", "рассказал",
                "уточнил", "признал", "напомнил", "указал", "считает", "полагает", "уверен"]
DASH_VERBS = ["заявил", "сказал", "отметил", "подчеркнул", "добавил", "пояснил", "рассказал", "уточнил", "признал"]
MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]
MONTHS_LOC = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
              "ноябре", "декабре"]
MONTHS_SHORT = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
QUOTES = [("«", "»"), ("„", "“"), ('"', '"')]
DASHES = ["—", "–", "-"]
OCCASIONS = ["форум", "саммит", "конференция", "выставка", "заседание межправкомиссии", "переговоры", "встреча",
             "пленарное заседание", "круглый стол", "визит"]


# Word starts from which ordinary nouns and adjectives are drawn out of pymorphy's dictionary, so that text
# carries thousands of lemmas (and their forms) beyond the topic words above, as an archive does.
DICTIONARY_STARTS = ("разв", "прои", "пред", "подг", "обес", "наст", "выст", "зака", "пере", "прив", "сотр", "инте",
                     "экон", "техн", "пром", "стро", "комм", "сист", "инфо", "упра", "госу", "орга", "реги", "сове",
                     "наци", "обра", "иссл", "пост", "инве", "фина", "безо", "мод", "расп", "рабо", "исп", "уст")
NOT_COMMON = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Arch", "Slng", "Infr", "Erro", "Dist",
                        "Pltm", "Sgtm", "Fixd"})
REFERENCE = Path(__file__).parents[1] / "data" / "reference"


@lru_cache(maxsize=1)
def dictionary_words() -> dict[str, list[str]]:
    """Ordinary nouns and adjectives (lemmas) of pymorphy's dictionary, by part of speech, in a fixed order."""
    found: dict[str, set[str]] = {"NOUN": set(), "ADJF": set()}
    for start in DICTIONARY_STARTS:
        for word, tag, normal, _, _ in MORPH.iter_known_word_parses(start):
            if word == normal and tag.POS in found and "-" not in word and NOT_COMMON.isdisjoint(tag.grammemes) \
                    and (tag.POS != "NOUN" or "inan" in tag.grammemes):
                found[tag.POS].add(word)
    return {pos: sorted(words) for pos, words in found.items()}


# Starts of the surnames and first names drawn from the dictionary, so an archive's many people are many forms.
NAME_STARTS = ("бел", "вол", "гор", "дан", "жук", "зай", "иль", "кар", "кол", "кра", "лев", "мак", "мел", "ник", "нов",
               "пав", "пет", "рад", "сав", "сем", "соб", "тар", "фил", "хар", "чер", "шев", "юди", "ярц", "але", "бор")


@lru_cache(maxsize=1)
def dictionary_names() -> tuple[list[str], list[str], list[str]]:
    """Masculine surnames and men's and women's first names (lemmas) of pymorphy's dictionary, in a fixed order."""
    surnames, men, women = set(), set(), set()
    for start in NAME_STARTS:
        for word, tag, normal, _, _ in MORPH.iter_known_word_parses(start):
            if word != normal or "-" in word or "sing" not in tag.grammemes or "nomn" not in tag.grammemes:
                continue
            if "Surn" in tag.grammemes and "masc" in tag.grammemes and word.endswith(("ов", "ев", "ин", "ский")):
                surnames.add(word.capitalize())
            elif "Name" in tag.grammemes:
                (men if "masc" in tag.grammemes else women if "femn" in tag.grammemes else set()).add(word.capitalize())
    return sorted(surnames), sorted(men), sorted(women)


@lru_cache(maxsize=1)
def reference_places() -> tuple[list[str], list[str]]:
    """Russian names of the countries and cities of the reference lists (nominative, as a reader writes them)."""
    def names(file: str, column: str) -> list[str]:
        with open(REFERENCE / file, encoding="utf-8") as handle:
            rows = csv.DictReader(line for line in handle if line.strip() and not line.startswith("#"))
            return sorted({row[column] for row in rows if row[column] and " " not in row[column]
                           and row.get("via", "name") == "name"})
    return names("countries_ru.csv", "text"), names("cities_ru.csv", "city")


@lru_cache(maxsize=None)
def _parse(word: str, wanted: frozenset = frozenset()):
    parses = MORPH.parse(word)
    return next((p for p in parses if wanted <= p.tag.grammemes), parses[0])


def inflect(word: str, case: str, number: str = "sing", wanted: frozenset = frozenset(), gender: str | None = None) -> str:
    """`word` in `case` (and number/gender), capitalised as written; as written when pymorphy cannot."""
    if case == "nomn" and number == "sing" and gender is None:
        return word
    head, hyphen, last = word.rpartition("-")
    if head and last[:1].islower() and word[:1].isupper():  # «Нью-Дели», «Улан-Удэ»: the last part inflects
        return head + hyphen + inflect(last.capitalize(), case, number, wanted, gender).lower()
    parse = _parse(word, wanted)
    grammemes = {case, number} | ({gender} if gender else set())
    form = parse.inflect(grammemes) or parse.inflect({case, number})
    if form is None:
        return word
    out = form.word
    if word.isupper():
        return out.upper()
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def noun_phrase(rng: random.Random, case: str, plural: bool | None = None) -> str:
    """An adjective (or two) and a noun agreeing in case, number and gender, sometimes with a genitive after it."""
    noun = rng.choice(NOUNS) if rng.random() < 0.3 else rng.choice(dictionary_words()["NOUN"])
    words = noun.split()
    if len(words) == 2:  # «дорожная карта»: adjective + noun already
        adjectives, noun = [words[0]], words[1]
    else:
        adjectives = [rng.choice(ADJECTIVES + COUNTRY_ADJECTIVES) if rng.random() < 0.3 else rng.choice(dictionary_words()["ADJF"])
                      for _ in range(rng.choice((0, 1, 1, 2)))]
    parse = _parse(noun, frozenset({"NOUN"}))
    if plural is None:
        plural = rng.random() < 0.3
    number = "plur" if plural else "sing"
    noun_form = inflect(noun, case, number, frozenset({"NOUN"}))
    gender = parse.tag.gender if number == "sing" else None
    animacy = parse.tag.animacy
    adj_forms = []
    for adjective in adjectives:
        grammemes = {case, number} | ({gender} if gender else set())
        parse = _parse(adjective, frozenset({"ADJF"}))
        form = (case == "accs" and animacy and parse.inflect(grammemes | {animacy})) or parse.inflect(grammemes)
        adj_forms.append(form.word if form else adjective)
    phrase = " ".join([*adj_forms, noun_form])
    if rng.random() < 0.35:
        phrase += " " + rng.choice((lambda: noun_phrase(rng, "gent"), lambda: country(rng, "gent")))()
    return phrase


def country(rng: random.Random, case: str) -> str:
    return inflect(rng.choice(COUNTRIES) if rng.random() < 0.7 else rng.choice(reference_places()[0]), case, wanted=frozenset({"Geox"}))


def city(rng: random.Random) -> str:
    return rng.choice(CITIES) if rng.random() < 0.5 else rng.choice(reference_places()[1])


def compound_adjective(rng: random.Random, case: str, noun: str) -> str:
    """«российско-белорусского сотрудничества»: a compound country adjective before a noun, agreeing."""
    parse = _parse(noun, frozenset({"NOUN"}))
    last = _parse(rng.choice(COUNTRY_ADJECTIVES), frozenset({"ADJF"})).inflect({case, "sing", parse.tag.gender or "masc"})
    return f"{rng.choice(COMPOUND_HEADS)}-{last.word} {inflect(noun, case, wanted=frozenset({'NOUN'}))}"


class Person:
    def __init__(self, rng: random.Random):
        self.female = rng.random() < 0.4
        if rng.random() < 0.1:
            self.first, self.last = rng.choice(FIXED_NAMES).split(" ", 1)
            self.female = self.first in WOMEN
            self.fixed = True
        else:
            surnames, men, women = dictionary_names()
            self.first = rng.choice((WOMEN if self.female else MEN) if rng.random() < 0.6 else (women if self.female else men))
            surname = rng.choice(SURNAMES) if rng.random() < 0.3 else rng.choice(surnames)
            self.last = (surname[:-2] + "ая" if surname.endswith("ий") else surname + "а") if self.female else surname
            self.fixed = False
        self.role = rng.choice(ROLES)
        self.country_adjective = rng.choice(COUNTRY_ADJECTIVES) if rng.random() < 0.3 else None

    @property
    def gender(self) -> str:
        return "femn" if self.female else "masc"

    def name(self, case: str, rng: random.Random) -> str:
        first = self.first if self.fixed else inflect(self.first, case, wanted=frozenset({"Name"}))
        last = self.last if self.fixed else _surname(self.last, case, self.gender)
        style = rng.random()
        if style < 0.1 and not self.fixed:
            return f"{self.first[0]}.{last}"  # «В.Путин»
        if style < 0.15 and not self.fixed:
            return f"{self.first[0]}. {rng.choice('АВГДИКМНОПС')}. {last}"
        return f"{first} {last}"

    def surname(self, case: str) -> str:
        return f"{self.first} {self.last}" if self.fixed else _surname(self.last, case, self.gender)

    def role_phrase(self, case: str, rng: random.Random) -> str:
        head, tail = self.role
        words = head.split()
        forms = [inflect(w, case, wanted=frozenset({"ADJF"})) if w.endswith(("ый", "ий", "ой")) else inflect(w, case, wanted=frozenset({"NOUN"}))
                 for w in words]
        adjective = ""
        if self.country_adjective and not tail:
            form = _parse(self.country_adjective, frozenset({"ADJF"})).inflect({case, "sing", "masc", "anim"} if case == "accs" else {case, "sing", "masc"})
            adjective = (form.word if form else self.country_adjective) + " "
        phrase = adjective + " ".join(forms) + (f" {tail}" if tail else "")
        if not tail and rng.random() < 0.5:
            phrase += " " + country(rng, "gent")
        return phrase


@lru_cache(maxsize=None)
def _surname(surname: str, case: str, gender: str) -> str:
    """A surname of the -ов/-ин/-ский paradigm in a case (pymorphy's Surn analyses when it has them)."""
    for parse in MORPH.parse(surname):
        if "Surn" in parse.tag.grammemes and gender in parse.tag.grammemes:
            form = parse.inflect({case, "sing", gender})
            if form:
                return form.word.capitalize()
    masc = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}
    femn = {"nomn": "а", "gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"}
    if surname.endswith(("ий", "ая")):
        stem = surname[:-2]
        endings = ({"nomn": "ий", "gent": "ого", "datv": "ому", "accs": "ого", "ablt": "им", "loct": "ом"} if gender == "masc"
                   else {"nomn": "ая", "gent": "ой", "datv": "ой", "accs": "ую", "ablt": "ой", "loct": "ой"})
        return stem + endings[case]
    stem = surname[:-1] if gender == "femn" else surname
    return stem + (femn if gender == "femn" else masc)[case]


def _verb(verb: str, female: bool) -> str:
    """A past-tense speech verb agreeing with its subject («заявил» -> «заявила»); present forms as they are."""
    if verb.endswith("л") and female:
        return verb + "а"
    if verb == "уверен" and female:
        return "уверена"
    return verb


def claim(rng: random.Random, capital: bool = False) -> str:
    """A clause a speaker may say: a topic phrase as subject, a verb, and what it governs."""
    subject = noun_phrase(rng, "nomn", plural=False) if rng.random() < 0.75 else compound_adjective(rng, "nomn", rng.choice(["сотрудничество", "партнёрство", "взаимодействие", "товарооборот"]))
    verb = rng.choice(SUBJECT_VERBS)
    text = f"{subject} {verb}"
    if verb in GOVERNS:
        text += " " + noun_phrase(rng, GOVERNS[verb])
    if rng.random() < 0.6:
        preposition, case = rng.choice(PREPOSITIONS)
        obj = (f"{country(rng, 'ablt')} и {country(rng, 'ablt')}" if preposition == "между"
               else country(rng, case) if preposition == "с" and rng.random() < 0.5 else noun_phrase(rng, case))
        text += f" {preposition} {obj}"
    return text[:1].upper() + text[1:] if capital else text


def date_phrase(rng: random.Random, year: int) -> str:
    d, m = rng.randint(1, 27), rng.randrange(12)
    return rng.choice([
        lambda: f"{d} {MONTHS_GEN[m]} {year} года", lambda: f"{d} {MONTHS_GEN[m]}", lambda: f"в {MONTHS_LOC[m]}",
        lambda: f"в {year - rng.randint(0, 3)} году", lambda: f"{d}–{d + 1} {MONTHS_GEN[m]}",
        lambda: f"с {d} по {d + rng.randint(1, 3)} {MONTHS_GEN[m]}", lambda: f"{d:02d}.{m + 1:02d}.{year}",
        lambda: f"к середине {MONTHS_GEN[m]}", lambda: "в прошлом году", lambda: f"в конце {MONTHS_GEN[m]} {year} года",
        lambda: "в первом полугодии", lambda: f"в {rng.choice(['понедельник', 'среду', 'пятницу', 'четверг'])}",
    ])()


def money(rng: random.Random) -> str:
    whole, tenth = rng.randint(1, 999), rng.randint(1, 9)
    return rng.choice([
        lambda: f"₽{whole},{tenth} млрд", lambda: f"{whole},{tenth} млрд рублей", lambda: f"${whole} млн",
        lambda: f"более {rng.randint(1, 9)} трлн руб.", lambda: f"{whole} млн юаней", lambda: f"около {whole} млн долларов",
        lambda: f"{whole} {rng.randint(100, 999)} {rng.randint(100, 999)} рублей", lambda: f"€{whole} млн",
    ])()


def sentences(rng: random.Random, people: list[Person], year: int) -> list[str]:
    """One paragraph's sentences, each in one of the forms Russian news uses."""
    p = rng.choice(people)
    o = rng.choice([x for x in people if x is not p] or people)
    q = rng.choice(QUOTES)
    dash = rng.choice(DASHES)
    v = _verb(rng.choice(DASH_VERBS), p.female)
    pronoun = "она" if p.female else "он"
    forms = [
        lambda: [f"{p.role_phrase('nomn', rng).capitalize()} {p.name('nomn', rng)} {_verb(rng.choice(SPEECH_VERBS), p.female)}, что {claim(rng)}."],
        lambda: [f"{q[0]}{claim(rng, True)}{q[1]}, {dash} {v} {p.role_phrase('nomn', rng)} {p.name('nomn', rng)}."],
        lambda: [f"{q[0]}{claim(rng, True)}, {dash} {v} {pronoun}. {dash} {claim(rng, True)}.{q[1]}"],
        lambda: [f"По словам {p.role_phrase('gent', rng)} {p.name('gent', rng)}, {claim(rng)}."],
        lambda: [f"{claim(rng, True)}, {_verb(rng.choice(SPEECH_VERBS[:8]), p.female)} {date_phrase(rng, year)} {p.name('nomn', rng)}."],
        lambda: [f"{claim(rng, True)}.", f"Об этом {_verb('сообщил', p.female)} {p.role_phrase('nomn', rng)} {p.name('nomn', rng)} в ходе встречи с {o.role_phrase('ablt', rng)} {o.name('ablt', rng)}."],
        lambda: [f"Как сообщили в пресс-службе {inflect(rng.choice(ORGANISATIONS), 'gent')}, {claim(rng)}."],
        lambda: [f"{country(rng, 'nomn')} и {country(rng, 'nomn')} подписали соглашение о {noun_phrase(rng, 'loct')} {date_phrase(rng, year)}."],
        lambda: [f"Объём {noun_phrase(rng, 'gent')} между {country(rng, 'ablt')} и {country(rng, 'ablt')} {date_phrase(rng, year)} составил {money(rng)}."],
        lambda: [f"{rng.choice(CAPITALS)} и {rng.choice(CAPITALS)} договорились развивать {noun_phrase(rng, 'accs')}."],
        lambda: [f"{rng.choice(OCCASIONS).capitalize()} пройдёт {date_phrase(rng, year)} в {inflect(city(rng), 'loct', wanted=frozenset({'Geox'}))}."],
        lambda: [f"{p.role_phrase('nomn', rng).capitalize()} {p.name('nomn', rng)} встретил{'ась' if p.female else 'ся'} с {o.role_phrase('ablt', rng)} {o.name('ablt', rng)} в {inflect(rng.choice((rng.choice(CAPITALS), city(rng))), 'loct', wanted=frozenset({'Geox'}))}."],
        lambda: [f"Инвестиции в {noun_phrase(rng, 'accs')} составят {money(rng)}, {_verb('сообщил', p.female)} {p.surname('nomn')}."],
        lambda: [f"{claim(rng, True)}, {rng.choice(['сообщает', 'пишет', 'передаёт'])} {rng.choice(OUTLETS)}."],
        lambda: [f"{pronoun.capitalize()} {_verb(rng.choice(SPEECH_VERBS[:9]), p.female)}, что {claim(rng)}, а {claim(rng)}."],
        lambda: [f"Делегация {country(rng, 'gent')} посетила {inflect(city(rng), 'accs', wanted=frozenset({'Geox'}))} и {inflect(rng.choice(CAPITALS), 'accs', wanted=frozenset({'Geox'}))}."],
        lambda: [f"{claim(rng, True)} {date_phrase(rng, year)}.", f"{claim(rng, True)}."],
        lambda: [f"{_verb('Выступая', False)} на {rng.choice(['форуме', 'саммите', 'конференции'])} в {inflect(city(rng), 'loct', wanted=frozenset({'Geox'}))}, {p.role_phrase('nomn', rng)} {_verb('подчеркнул', p.female)}: {q[0]}{claim(rng, True)}{q[1]}."],
    ]
    return rng.choice(forms)()


def document(rng: random.Random, year: int) -> str:
    people = [Person(rng) for _ in range(rng.randint(2, 4))]
    dateline = rng.choice((rng.choice(CAPITALS), city(rng))).upper()
    d, m = rng.randint(1, 28), rng.randrange(12)
    opening = rng.choice([
        lambda: f"{dateline}, {d} {MONTHS_SHORT[m]} - {rng.choice(OUTLETS)}.",
        lambda: f"{dateline}, {d} {MONTHS_GEN[m]}. /{rng.choice(OUTLETS)}/.",
        lambda: f"{d:02d}.{m + 1:02d}.{year % 100:02d} {rng.randint(8, 23)}:{rng.randint(0, 59):02d}\n\n",
    ])()
    lines = []
    if rng.random() < 0.3:
        lines.append(f"{claim(rng, True)} – {people[0].surname('nomn')}")
    if rng.random() < 0.15:  # an interview: turns
        lines.append(opening)
        lead = people[0]
        for _ in range(rng.randint(2, 5)):
            lines.append(f"Вопрос: {claim(rng, True)}?")
            lines.append(f"{lead.first[0]}.{lead.last}: {claim(rng, True)}. {claim(rng, True)}.")
        return "\n\n".join(lines) + "\n"
    paragraphs = [opening + " " + " ".join(sentences(rng, people, year))]
    for _ in range(rng.randint(4, 9)):
        if rng.random() < 0.1:  # a dash-led paragraph of direct speech
            p = rng.choice(people)
            paragraphs.append(f"— {claim(rng, True)}, — {_verb(rng.choice(DASH_VERBS), p.female)} {p.surname('nomn')}. — {claim(rng, True)}.")
            continue
        paragraphs.append(" ".join(s for _ in range(rng.randint(1, 3)) for s in sentences(rng, people, year)))
    return "\n\n".join(lines + paragraphs) + "\n"


def make_russian_corpus(n_docs: int, out_dir: Path | str, seed: int = 0) -> Path:
    """Write `n_docs` distinct Russian .txt documents into `out_dir` (created) and return it."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for n in range(n_docs):
        text = document(rng, rng.randint(2016, 2025))
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
        (out / f"ru_{n:05d}_{digest}.txt").write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    import sys

    folder = make_russian_corpus(int(sys.argv[1]) if len(sys.argv) > 1 else 3, Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/corpus_ru"))
    first = sorted(folder.glob("*.txt"))[0]
    print(first.read_text(encoding="utf-8"))
