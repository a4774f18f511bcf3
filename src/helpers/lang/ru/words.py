"""Russian words the mention, date, money and event rules rely on (the counterpart of `helpers.lang.en`).

Sets of single words hold LEMMAS (lower-case, ё as е): compare them with `morph.token_key(word)`, so every
case and gender of a word matches («в Минске», «министра», «заявила»). Regular expressions match the text
as written and list the inflected forms they need.
"""

# Month names in every case (январь, января, январе, январю, январём), and the abbreviations of datelines
# and tables («2 сен», «сент.», «янв»). Keys lower-case, ё kept (texts write both «январём» and «январем»).
MONTHS = {
    **dict.fromkeys(("январь", "января", "январе", "январю", "январём", "январем", "янв"), 1),
    **dict.fromkeys(("февраль", "февраля", "феврале", "февралю", "февралём", "февралем", "фев", "февр"), 2),
    **dict.fromkeys(("март", "марта", "марте", "марту", "мартом", "мар"), 3),
    **dict.fromkeys(("апрель", "апреля", "апреле", "апрелю", "апрелем", "апр"), 4),
    **dict.fromkeys(("май", "мая", "мае", "маю", "маем"), 5),
    **dict.fromkeys(("июнь", "июня", "июне", "июню", "июнем", "июн"), 6),
    **dict.fromkeys(("июль", "июля", "июле", "июлю", "июлем", "июл"), 7),
    **dict.fromkeys(("август", "августа", "августе", "августу", "августом", "авг"), 8),
    **dict.fromkeys(("сентябрь", "сентября", "сентябре", "сентябрю", "сентябрём", "сентябрем", "сен", "сент"), 9),
    **dict.fromkeys(("октябрь", "октября", "октябре", "октябрю", "октябрём", "октябрем", "окт"), 10),
    **dict.fromkeys(("ноябрь", "ноября", "ноябре", "ноябрю", "ноябрём", "ноябрем", "ноя", "нояб"), 11),
    **dict.fromkeys(("декабрь", "декабря", "декабре", "декабрю", "декабрём", "декабрем", "дек"), 12),
}
# Russian writes month names in lower case («17 июня», «в декабре»).
MONTHS_LOWER_CASE = True
# The word after a year that belongs to its date span («в 2025 году», «1 октября 2025 года», «сентябрь 2020 г.»,
# «в 2022–2023 годах»); a year with it is a date unless a horizon or a plan's name comes before it.
YEAR_WORD = r"[ \t\u00a0]*(?:годах|годов|годы|года|году|год|гг\.|г\.)(?!\w)"
# «в 2022 и 2023 годах»: a year after one of these and another year is what that year is (a date or a horizon).
YEAR_LIST_WORDS = frozenset({"и", "или"})
# A year joined to one of these (lemmas) names a plan, not a date («Стратегия-2030», «Стратегия 2030 года»).
PLAN_NAME_WORDS = frozenset({"стратегия", "программа", "концепция", "план", "проект", "повестка", "видение",
                             "доктрина", "нацпроект", "приказ", "указ", "закон", "постановление"})
# «с января по март 2024 года»: the word between two months of one range.
DATE_RANGE_WORDS = ("по",)
# The preposition kept in a month or year span («в декабре», «В октябре 2024 года», «в 2025 году»).
DATE_PREPOSITION = r"(?<!\w)[вВ]о?[ \t\u00a0]+"
# Abbreviated month names (datelines and tables: «2 сен»), never a month alone after «в».
MONTH_ABBREVIATIONS = frozenset({"янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек"})
# Words after a number that make it a year («2023 года», «в 2023 г.», «2020 г.»).
YEAR_WORDS = ("год", "года", "году", "годом", "г.", "г", "гг.", "годы", "годов", "годах")

# Phrases kept inside a date span because they say which part of the period is meant («в конце сентября
# 2022 года», «к середине апреля», «в первом полугодии 2024 года», «в первые семь месяцев 2024 года»).
DATE_QUALIFIERS = (
    r"(?:[вВкКдД]о?|[сС]|[пП]о|[нН]а|[дД]о)\s+"
    r"(?:сам(?:ом|ого|ый)\s+)?"
    r"(?:начал[еау]|середин[еуы]|конц[еау]|конец|исход[еу]"
    r"|перв(?:ой|ую|ая)\s+половин[еуы]|втор(?:ой|ую|ая)\s+половин[еуы]"
    r"|(?:перв|втор|трет|четв[её]рт)\w*\s+(?:квартал[еау]?|полугоди[еия])"
    r"|(?:I{1,3}|IV|[1-4]-?м)\s+(?:квартал[еау]?|полугоди[еия])"
    r"|перв(?:ые|ых)\s+(?:\w+\s+){0,2}месяц(?:а|ев|ах)|последн(?:ие|их)\s+(?:\w+\s+){0,2}месяц(?:а|ев|ах)"
    r"|течение|ходе)"
)
# A month alone after its preposition («в декабре») or after a phrase saying which part of it is meant («к
# середине апреля», «в конце марта»), not followed by a number (that is a month-and-year date).
MONTH_ALONE = (r"(?<!\w)(?:[вВ]о?|" + DATE_QUALIFIERS.replace("{", "{{").replace("}", "}}")  # {month} is filled in
               + r")[ \t\u00a0]+{month}(?!\w)(?![ \t\u00a0]+\d)")
# Words near a date without a year that make it still to come at publication («запланированный на 24-25 мая»,
# «форум пройдет 14 сентября», «состоится»): this year's date, not last year's.
FUTURE_CUE = r"(?i)(?<!\w)(?:запланирован\w*|намечен\w*|пройд[её]т|состоится|откроется|начн[её]тся|будет|будут|планируется)(?!\w)"
# Russian qualifiers end in their noun («к середине», «в конце»), so the qualifier pattern is always tried.
QUALIFIER_LAST_WORD = None
# A bare year after these prepositions dates something («в 2023 году», «с 2017 года», «за 2020 год»).
YEAR_PREPOSITIONS = frozenset({"в", "во", "с", "со", "за", "от", "между", "около", "начиная", "итогам", "итогов", "итоги"})
# «с 2015 по 2020 год»: a span of years; one that reaches past the publication date is a plan («на период с
# 2025 по 2030 год»), one already over a date (the English rule of "from 2015 to 2020").
YEAR_SPANS = {"с": ("по",), "со": ("по",)}
# A bare year after a season dates it («весной 2025 года», «осенью 2023 г.»).
YEAR_PART_WORDS = frozenset({"весной", "летом", "осенью", "зимой", "весна", "лето", "осень", "зима"})
# A year with a plural ending names a decade («2020-е годы», «в 2010-х»), never a calendar date; «2023-м» is a year.
DECADE_SUFFIX = r"[-–]?(?:е|ые|х|ых)(?!\w)"
# A number after these words counts, not dates («всего 2000», «из 2024 участников»).
COUNT_BEFORE_OF = frozenset({"всего", "итого", "около", "более", "менее", "свыше", "порядка", "из", "число", "количество"})
# A bare year after these words is a plan horizon, not a date («до 2030 года», «на 2026–2030 годы»).
HORIZON_WORDS = frozenset({"до", "на", "к", "по", "горизонт", "период"})
# A year right after one of these (lemmas) names an edition («Иннопром-2024», «форум 2020»).
EDITION_NOUNS = frozenset({
    "форум", "саммит", "выставка", "экспо", "игры", "олимпиада", "конгресс", "конференция", "неделя",
    "кубок", "фестиваль", "шоу", "чемпионат", "ярмарка", "ассамблея", "сессия",
})
# Relative words (lemmas): never a calendar date («в прошлом году», «на следующей неделе», «сегодня»).
RELATIVE_DATE_WORDS = frozenset({
    "сегодня", "вчера", "завтра", "позавчера", "послезавтра", "назад", "прошлый", "следующий", "текущий",
    "этот", "нынешний", "предыдущий", "минувший", "будущий", "последний", "ближайший",
})
# A month or day followed by the year it falls in, said relative to publication («в марте прошлого года», «3 марта
# текущего года»): the year's offset from the publication's; unresolved without a publication date.
YEARS_AFTER_DATE = {"позапрошлого": -2, "прошлого": -1, "минувшего": -1, "этого": 0, "текущего": 0, "нынешнего": 0,
                    "сего": 0, "следующего": 1, "будущего": 1}
# «в прошлом году», «в этом месяце», «на следующей неделе»: a relative period, not a date.
RELATIVE_PERIOD = (
    r"(?i)(?<!\w)(?:в|на|за|к|до|с)\s+(?:прошл|текущ|эт|нынешн|следующ|будущ|предыдущ|минувш|последн|ближайш)\w*"
    r"\s+(?:год|году|года|месяц|месяце|месяца|недел[еюи]|квартал[еа]?|полугоди[еия])(?!\w)"
)

# «Китай-город», «Москва-река»: a name joined by a hyphen to a lower-case word is part of another name.
NAME_IN_HYPHENATED_WORD = True
# Prepositions before a city that make it the place where something happens (lemmas: «в Минске», «из Пекина»).
VENUE_WORDS = frozenset({"в", "во", "из", "на", "под", "около", "возле", "через", "посетить", "провести", "город", "г."})
# Words near a capital that make it a city government («мэр Москвы», «Мингорисполком», «правительство Москвы»).
CITY_GOVERNMENT_CUES = (
    "мэр", "мэрия", "мэрии", "градоначальник", "горисполком", "мингорисполком", "городская администрация",
    "администрация города", "правительство Москвы", "правительства Москвы", "городские власти",
    "городских властей", "столичные власти", "столичных властей", "городской совет", "муниципалитет",
    "народное правительство", "мэра", "мэром", "мэрией", "мингорисполкома", "мингорисполкому", "мингорисполкомом",
    "горисполкома", "правительством Москвы", "городской исполнительный комитет", "городского исполнительного комитета",
)
# A capital followed by one of these (lemmas) acts for its state («Москва заявила», «Пекин и Дели договорились»).
ACTOR_VERBS = frozenset({
    "заявить", "заявлять", "договориться", "договариваться", "подписать", "подписывать", "объявить",
    "объявлять", "обвинить", "обвинять", "предупредить", "предупреждать", "настаивать", "настоять",
    "хотеть", "ответить", "отвечать", "отвергнуть", "отвергать", "отклонить", "отрицать", "потребовать",
    "требовать", "призвать", "призывать", "пригрозить", "угрожать", "признать", "признавать", "считать",
    "полагать", "осудить", "осуждать", "приветствовать", "ввести", "вводить", "выслать", "высылать",
    "пообещать", "обещать", "надеяться", "намереваться", "планировать", "стремиться", "поддержать",
    "поддерживать", "выступить", "выступать", "одобрить", "одобрять", "ратифицировать", "согласиться",
    "соглашаться", "сотрудничать", "расширить", "расширять", "укрепить", "укреплять", "развивать",
    "наращивать", "намерены", "готовый",
})
# Words between a capital and its verb («Москва не намерена», «Пекин уже заявил»).
AUXILIARIES = frozenset({"не", "уже", "также", "тоже", "вновь", "снова", "ранее", "готов", "готова", "намерен", "намерена", "будет", "будут"})
# «Москва и Пекин договорились»: the word joining two capitals whose verb follows the second.
CONJUNCTIONS = frozenset({"и"})
# A capital after these words is a state in a relation («отношения между Москвой и Пекином»).
RELATION_WORDS = frozenset({"между", "против", "с", "со"})
# Russian marks these by case (GOVERNING_NOUNS, the instrumental): no preposition or agent word is needed.
RELATION_PREPOSITIONS = frozenset()
AGENT_WORDS = frozenset()
# Nouns (lemmas) before «Москвы и Пекина»/«с Пекином» that make the capitals states («сотрудничество Москвы и Пекина»).
RELATION_NOUNS = frozenset({
    "отношение", "связь", "сотрудничество", "переговоры", "диалог", "соглашение", "сделка", "спор",
    "напряженность", "партнерство", "торговля", "товарооборот", "союз", "сближение", "взаимодействие",
    "контакт", "альянс",
})
# A capital in the genitive before these (lemmas) acts for its state («позиция Пекина», «санкции Вашингтона»).
STATE_NOUNS = frozenset({"позиция", "политика", "решение", "ответ", "реакция", "санкция", "курс", "власти"})
# A place name followed by one of these (lemmas) is part of an organisation's name. Russian names put the
# head noun first («фонд «Сколково»», «университет Иннополис»), so these are also checked BEFORE the name.
# Opening marks of a quoted name: a city opening one that goes on («Минск Телеком», «Москва-Сити») is no place.
QUOTED_NAME_OPENERS = "«„“\""
ORGANISATION_HEADS = frozenset({
    "фонд", "университет", "институт", "банк", "центр", "компания", "корпорация", "группа", "агентство",
    "академия", "школа", "колледж", "аэропорт", "биржа", "клуб", "музей", "театр", "гостиница", "отель",
    "стадион", "парк", "технопарк", "декларация", "формат", "процесс", "протокол", "соглашение",
    "конвенция", "инициатива", "газета", "журнал", "телеканал", "радио", "издание", "программа",
})
# Capitalised words that start sentences or headings without starting a name (sentence-initial words).
FUNCTION_WORDS = frozenset("""
В Во На С Со К Ко По О Об Обо От До Из За Под Над При Для Без Через После Перед Между Около Также Кроме
И А Но Или Однако Как Когда Где Если Чтобы Что Это Этот Эта Эти Тот Та Те Такой Так Там Тут Здесь Он Она
Они Оно Мы Вы Я Его Ее Её Их Наш Наша Наши Ваш Все Всё Весь Вся Каждый Многие Некоторые Согласно По-прежнему
Вместе Ранее Позже Сейчас Сегодня Вчера Завтра Теперь Затем Тогда Поэтому Впрочем Помимо Уже Еще Ещё
""".split())

# Money: currency words (lemmas and abbreviations as written) and scale words.
CURRENCY_WORDS = {
    "рубль": "RUB", "руб.": "RUB", "руб": "RUB", "р.": "RUB",
    "доллар": "USD", "долл.": "USD", "долл": "USD",
    "евро": "EUR", "юань": "CNY", "иена": "JPY", "йена": "JPY", "фунт": "GBP", "рупия": "INR",
    "тенге": "KZT", "сом": "KGS", "сомони": "TJS", "манат": "AZN", "драм": "AMD", "гривна": "UAH",
    "лира": "TRY", "реал": "BRL", "рэнд": "ZAR", "дирхам": "AED", "вона": "KRW", "сум": "UZS",
    "белорусский рубль": "BYN", "бел. руб.": "BYN",
}
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "₽": "RUB", "¥": "CNY", "£": "GBP", "₹": "INR", "₸": "KZT", "₺": "TRY"}
# Scale words as written («2,5 млрд», «100 тыс.», «1 трлн»), and the lemmas of the full words.
SCALE_WORDS = {
    "тыс": 1e3, "тыс.": 1e3, "тысяча": 1e3, "млн": 1e6, "млн.": 1e6, "миллион": 1e6,
    "млрд": 1e9, "млрд.": 1e9, "миллиард": 1e9, "трлн": 1e12, "трлн.": 1e12, "триллион": 1e12,
}
# The decimal comma: «2,5 млрд» is 2.5e9; a space or a no-break space groups thousands («1 500 000 рублей»).
DECIMAL_SEPARATOR = ","
AMOUNT_QUALIFIERS = (
    "более", "больше", "свыше", "около", "порядка", "почти", "примерно", "приблизительно", "до", "не менее",
    "не более", "менее", "меньше", "как минимум", "по меньшей мере", "более чем",
)

# Events: nouns (lemmas) that head the name of an occasion («ПМЭФ», «Евразийский экономический форум»).
OCCASION_NOUNS = frozenset({
    "форум", "саммит", "конференция", "конгресс", "экспо", "выставка", "фестиваль", "ярмарка", "неделя",
    "игры", "олимпиада", "диалог", "круглый стол", "заседание", "сессия", "совещание",
})
# Unnamed occasions, named by who takes part («переговоры Путина и Си», «визит в Пекин»).
MEETING_NOUNS = frozenset({"переговоры", "встреча", "визит", "консультации", "саммит", "беседа", "заседание"})
MEETING_LINKS = frozenset({"между", "с", "со", "в", "во", "и"})
# Verbs (lemmas) saying that named people met («Владимир Путин встретился с…», «принял в Кремле»).
MEETING_VERBS = frozenset({"встретиться", "встречаться", "принять", "принимать", "провести", "проводить", "посетить"})
VENUE_LINKS = frozenset({"в", "во", "на"})
# Verbs (lemmas) of a closing attribution clause («…, сообщила пресс-служба.»), not part of a headline.
ATTRIBUTION_VERBS = frozenset({
    "сказать", "говорить", "сообщить", "сообщать", "заявить", "заявлять", "объявить", "отметить", "добавить",
    "написать", "рассказать", "передать", "подчеркнуть", "информировать", "говориться",
})
# Weekdays in the forms after «в/во» and in the nominative: never dates, but they fix a date under a dateline.
WEEKDAYS = {
    **dict.fromkeys(("понедельник",), 0), **dict.fromkeys(("вторник",), 1), **dict.fromkeys(("среда", "среду"), 2),
    **dict.fromkeys(("четверг",), 3), **dict.fromkeys(("пятница", "пятницу"), 4),
    **dict.fromkeys(("суббота", "субботу"), 5), **dict.fromkeys(("воскресенье",), 6),
}
# Role words (lemmas) that may sit in an occasion's name («встреча глав государств», «министров иностранных дел»).
ROLE_WORDS = frozenset({
    "президент", "премьер", "премьер-министр", "министр", "лидер", "глава", "руководитель", "вице-премьер",
    "председатель", "делегация", "мэр", "государство", "правительство", "иностранный", "дело",
})
NAME_CONNECTORS = frozenset({"и", "по", "для", "&"})
# Ordinal and framing adjectives (lemmas) inside an occasion's name («XXVIII Международный форум»).
ORDINAL_WORDS = frozenset({
    "первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый",
    "десятый", "одиннадцатый", "двенадцатый", "ежегодный", "международный", "очередной",
})
# «пленарное заседание» before an occasion's name belongs to the occasion's phrase.
SESSION_PREFIX = r"(?i)(?<!\w)(?:(?:пленарн|открыти|закрыти|итогов|совместн|специальн|внеочередн)\w*\s+)?(?:заседани|сесси|встреч)\w*\s+$"
# A date right after one of these is when the news was reported, not when the occasion happened.
REPORT_CUE = (
    r"(?i)(?<!\w)(?:сообщил\w*|объявил\w*|стало\s+известно|заявил\w*|рассказал\w*|написал\w*|информировал\w*)"
    r"(?:\s+\w+)?\s+(?:в|во)?\s*$"
)
# «пять стран», «шести государств»: a bloc whose members are the parties (lemmas of the numerals).
COUNT_WORDS = {"два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
               "оба": 2, "обе": 2}
COUNTRIES_NOUNS = ("страна", "государство", "нация", "государство-член", "страна-участница", "страна-член")
# Nouns after which a capital in the genitive stands for its state («сотрудничество Москвы и Пекина»,
# «позиция Пекина»): Russian governs by case where English says "between"/"with" or "Beijing's".
GOVERNING_NOUNS = RELATION_NOUNS | STATE_NOUNS


def _reporting_forms(verbs: set[str]) -> frozenset[str]:
    """The forms in which news reports that something was done («подписать» -> подписал, подписала, подписали, …)."""
    from helpers.lang.ru.morph import third_person_forms

    return frozenset(form for verb in verbs for form in third_person_forms(verb))


def _case_forms(nouns: set[str]) -> frozenset[str]:
    """Nouns in every case and number, as the text writes them («отношения», «отношениях»)."""
    from helpers.lang.ru.morph import word_forms

    return frozenset(form for noun in nouns for form in word_forms(noun))


# Verbs saying an occasion took place, as written: a sentence with one of these and a date dates the occasion
# («Россия и Египет подписали соглашение 17 мая 2023 года», «консультации состоялись 5 марта»).
OCCASION_VERBS = _reporting_forms({
    "подписать", "провести", "встретиться", "открыть", "принять", "заключить", "ратифицировать", "запустить",
    "состояться", "пройти", "посетить", "одобрить", "утвердить", "парафировать", "договориться", "согласовать",
})
# «об отношениях с Ираном и Грузией»: states after these are in a standing relation, not parties of the occasion.
STANDING_RELATION_NOUNS = _case_forms({"отношение", "связь", "торговля", "напряженность", "спор", "разногласие",
                                       "сближение", "диалог"})
# Words joining the states of one list or coordinated subject («Египет, Эфиопия и Нигерия»).
LIST_CONJUNCTIONS = ("и", "а также")


def _with_forms(words: dict[str, str]) -> dict[str, str]:
    """Currency words in every case and number, as the text writes them («рублей», «долларов», «юаней»)."""
    from helpers.lang.ru.morph import word_forms

    return {**{form: code for word, code in words.items() if " " not in word and "." not in word
               for form in word_forms(word)}, **words}


CURRENCY_WORDS = _with_forms(CURRENCY_WORDS)
