"""Russian resources for quotations and reported speech (the counterpart of `helpers.lang.en_speech`).

Verb lists hold infinitives: `speech_verb_forms()` expands them with `morph.third_person_forms`
(«заявить» -> заявил, заявила, заявили, заявит, …), so every gender, number and tense is matched. Other
word sets hold lemmas, compared through `morph.token_key`.
"""
from __future__ import annotations

from functools import lru_cache

from helpers.lang.ru.morph import third_person_forms

# Opening mark -> the marks that close it. Russian prints «ёлочки», nests „лапки“ inside them, and web
# texts use "straight" and “curly” marks as well.
QUOTE_PAIRS = {"«": "»", "„": "“”", "“": "”", '"': '"”', "”": '”"', "‹": "›"}
CONTEXT_MARKS = '"”'
MULTILINE_OPENERS = "«„“"
# Dashes that open direct speech or an attribution («…, — заявил он. — …»); texts also write a hyphen.
DASHES = "—–-"

# Verbs that report speech (infinitives, both aspects): «…, — заявил министр», «X подчеркнул, что …».
SPEECH_VERBS = """
заявить заявлять сказать говорить отметить отмечать подчеркнуть подчёркивать сообщить сообщать добавить
добавлять пояснить пояснять рассказать рассказывать указать указывать уточнить уточнять считать полагать
заметить замечать напомнить напоминать констатировать признать признавать призвать призывать
предупредить предупреждать заверить заверять объяснить объяснять ответить отвечать спросить спрашивать
подытожить резюмировать прокомментировать комментировать написать писать акцентировать заключить
выразить высказать высказаться убедить уверить информировать проинформировать продолжить продолжать
обратить согласиться соглашаться возразить возражать настаивать настоять утверждать
подтвердить подтверждать озвучить объявить объявлять анонсировать цитировать процитировать
воскликнуть восклицать доложить докладывать
""".split()
# Verbs that pass on someone's words, after a quotation only: «"…", - приводит пресс-служба слова министра X»
# (X spoke); elsewhere «приводит к тому, что» is no speech.
QUOTING_VERBS = ("привести", "приводить")
# Verbs that take their clause only after «что» or a colon («отметил, что …»): the parenthetical and
# dash frames («…, — заявил он», «В частности, отметил X, …») take all of them.
CLAUSE_CONJUNCTIONS = ("что", "чтобы", "будто", "как")
# Verbs whose dative object is the listener, never the speaker: «сообщил ТАСС», «рассказал РИА Новости»,
# «заявил журналистам», «сообщили БЕЛТА в пресс-службе» — the name after the verb in the dative heard it.
LISTENER_VERBS = frozenset({"сообщить", "сообщать", "рассказать", "рассказывать", "заявить", "заявлять",
                            "сказать", "говорить", "пояснить", "пояснять", "информировать", "передать",
                            "подтвердить", "подтверждать", "ответить", "отвечать"})
LISTENER_NOUNS = frozenset({"журналист", "репортер", "корреспондент", "агентство", "издание", "читатель", "слушатель"})
# Multi-word cues that take a «что» clause («выразил уверенность, что», «обратил внимание на то, что»).
PHRASE_CUES = (
    "выразил уверенность", "выразила уверенность", "выразили уверенность", "выразил надежду",
    "выразила надежду", "выразили надежду", "выразил мнение", "выразила мнение", "высказал мнение",
    "высказала мнение", "обратил внимание", "обратила внимание", "дал понять", "дала понять",
    "уверен", "уверена", "уверены", "убежден", "убеждена", "убеждены", "убеждён",
    "подвел итог", "подвела итог", "не исключил", "не исключила", "не исключает",
)
# Nouns of a stance whose content follows («позиция, согласно которой», «мнение, что»).
STANCE_NOUNS = ("позиция", "мнение", "точка зрения", "заявление", "убеждение", "оценка", "слова")

# Frames that put the source before the clause («По словам X, …», «По мнению X, …», «Как отметил X, …»,
# «Как сообщает/сообщили в X, …»). Written as they appear; X follows in the genitive or the nominative.
ACCORDING_TO = ("по словам", "по мнению", "по оценке", "по оценкам", "по информации", "по сведениям",
                "по утверждению", "как отметил", "как отметила", "как отметили", "как сообщил", "как сообщила",
                "как сообщили", "как сообщает", "как сообщают", "как заявил", "как заявила", "как заявили",
                "как подчеркнул", "как подчеркнула", "как пояснил", "как пояснила", "как рассказал",
                "как рассказала", "как указал", "как указала", "как считает", "как полагает", "согласно")
# What a body's figures or news are called in «по данным X», «по информации X», «по оценкам X»: X is the source.
SOURCE_FIGURES = ("данным", "информации", "сведениям", "оценке", "оценкам", "подсчетам", "подсчётам", "расчетам", "расчётам")
# «По его словам», «По её мнению»: a pronoun standing for the last person named.
POSSESSIVE_PRONOUNS = {"его": "m", "её": "f", "ее": "f", "их": None}
# Sentences that point back to the clause before them («Об этом сообщил X», «Об этом заявил ТАСС X»,
# «Такое заявление сделал X», «Об этом говорится в сообщении пресс-службы»).
BACK_POINTING = ("об этом", "о чем", "о чём", "такое заявление", "такое мнение", "такую оценку", "это заявление")
BACK_POINTING_VERBS = ("сообщить", "заявить", "сказать", "рассказать", "написать", "говориться", "сделать",
                       "высказать", "отметить", "подчеркнуть", "объявить", "информировать")
# Clauses with no source: not reported speech («Отмечается, что…», «Сообщается, что…», «как отмечалось»).
IMPERSONAL_CUES = ("отмечается", "сообщается", "подчеркивается", "подчёркивается", "указывается",
                   "говорится", "известно", "стало известно", "как отмечалось", "как сообщалось",
                   "ожидается", "предполагается", "планируется")
# «…, — говорится в сообщении»: the message speaks for its author named nearby (a press service).
MESSAGE_NOUNS = ("сообщение", "сообщении", "заявление", "заявлении", "релиз", "релизе", "пресс-релиз", "пресс-релизе")
# Verbs that take only a noun phrase in headlines and topic sentences: «рассказал об …», «сообщил о …»,
# «заявляет о важности …», «напомнил о …» report a topic, not a clause.
TOPIC_PREPOSITIONS = ("о", "об", "обо", "про")

# Headings that open a speech («Выступление Михаила Мишустина на пленарном заседании:»).
SPEECH_HEADING_NOUNS = ("выступление", "речь", "обращение", "заявление", "вступительное слово", "заключительное слово",
                        "слово", "интервью", "комментарий", "ответы")
# Nouns (lemmas) that make a «согласно X»/«в X говорится» source a document, not a speaker.
DOCUMENT_NOUNS = frozenset("""
документ указ закон доклад отчет данные статистика опрос исследование текст соглашение договор меморандум
резолюция приказ программа стратегия концепция план оценка коммюнике декларация постановление распоряжение
""".split())
# Nouns (lemmas) of bodies that speak as a whole («пресс-служба сообщила», «Китайская сторона выразила…»).
SPEAKING_BODIES = frozenset("""
сторона министерство ведомство служба пресс-служба правительство офис совет комитет комиссия агентство
департамент администрация кремль сайт посольство компания корпорация банк фонд парламент дума
делегация организатор участник власти руководство регулятор минцифры мид минэкономразвития мингорисполком
аппарат секретариат управление
""".split())
# Nouns (lemmas) of a source the text never names («источник на рынке», «источник, знакомый с ситуацией»,
# «собеседник агентства»): the speaker as written, in the nominative, never a person named before.
UNNAMED_SOURCES = frozenset({"источник", "собеседник"})
# News outlets that relay or speak as sources. «сообщает ТАСС» only relays; «Об этом ТАСС сообщили в
# пресс-службе» names the press service as the source and TASS as the listener.
NEWS_OUTLETS = frozenset("""
ТАСС РИА Интерфакс Интерфакс-АВН БЕЛТА БелТА Спутник Sputnik Коммерсантъ Ведомости Известия РБК Газета.Ru
Лента.ру Regnum Казинформ Синьхуа Жэньминь Арменпресс АПА Азертадж Тренд Reuters Bloomberg СМИ
""".split())
# Verbs of relaying (infinitives): «сообщает ТАСС», «передает РИА Новости», «пишет издание».
RELAY_VERBS = ("сообщать", "передавать", "писать", "информировать")
RELAY_PHRASES = ("со ссылкой на", "ссылаясь на")
# Nouns (stems) of the media that relay after those verbs: «пишет газета «Ведомости»», «передает издание», «сообщает
# Telegram-канал «X»» — no speaker, unless «со ссылкой на X» names the source.
MEDIA_STEMS = ("газет", "издани", "журнал", "агентств", "телеканал", "портал", "радиостанци", "telegram-канал", "телеграм-канал")

# Words of first- and second-person voice: a dash-led paragraph using them speaks, one without narrates.
FIRST_SECOND_PERSON = ("я", "Я", "меня", "мне", "мной", "мы", "Мы", "нас", "нам", "нами", "наш", "наша", "наше",
                       "наши", "Наш", "Наша", "Наши", "нашей", "нашего", "нашим", "вы", "Вы", "вас", "вам", "ваш",
                       "ваша", "ваши", "Ваш", "Ваша")

# Words right before a quotation that make it a name or title, not speech («программа "…"», «форум "…"»).
TITLE_CUES = frozenset("""
программа проект концепция инициатива под названием называемый так называемый бренд кампания слоган девиз
форум сессия конференция выставка фестиваль премия конкурс доклад дискуссия панель тема книга фильм статья
серия платформа приложение стратегия операция компания группа журнал газета телеканал передача программе
карта дорожная термин слово выражение фраза компании группы журнала газеты
""".split())
# Legal forms of companies before or after the name («ПАО «Ростелеком»», «ООО "Яндекс"»).
CORPORATE_PREFIXES = ("ПАО", "ОАО", "ЗАО", "АО", "ООО", "ГК", "НКО", "ФГУП", "ГУП", "АНО", "ИП", "НАО")
CORPORATE_WORDS = CORPORATE_PREFIXES + ("Групп", "Холдинг", "Банк", "Фонд", "Корпорация", "Компания")

# Transcript turn labels that are not people («Вопрос:», «Ответ:») and marks after a name («(как переведено)»).
TURN_LABELS = ("Вопрос", "Ответ", "Реплика", "Ведущий", "Ведущая", "Корреспондент", "Корр.", "Журналист")
TRANSLATION_MARKS = ("как переведено", "через переводчика", "в переводе")


@lru_cache(maxsize=1)
def quoting_verb_forms() -> frozenset[str]:
    """The third-person and past forms of the quoting verbs («приводит», «привела»)."""
    return frozenset(form for verb in QUOTING_VERBS for form in third_person_forms(verb))


@lru_cache(maxsize=1)
def speech_verb_forms() -> frozenset[str]:
    """Every third-person and past form of the speech verbs («заявил», «заявила», «заявили», «считает»)."""
    return frozenset(form for verb in SPEECH_VERBS for form in third_person_forms(verb))
