"""Invented Russian documents with their exact expected extraction, one per form of issue 13.

Plain data, read by `tests/test_speech_cases_ru.py` (which checks the shape and that every anchor
occurs in its text) and by `tests/test_speech_russian.py`, which compares the real extraction output to each
case. Expectations follow `shared/gold/README.md` and `dev-ru/SOURCES.md`: speakers and places in the
nominative, in Cyrillic, at their fullest form in the text; a role or body as written (in the nominative)
when no person is named; `text_start` the first words of the spoken or reported words, copied exactly
(opening mark dropped); dates one per occurrence with a null value when the text gives no year; countries
sorted; places in first-appearance order. Names, outlets and sentences are invented.

Each case: family (the form), text, quotes [(kind, speaker, text_start)], reported [(speaker, text_start)],
dates [(text, value, precision)], countries [ISO3], places [[name, ISO3]]. An empty speaker means the
extractor must abstain (two people fit equally). A text_start ends where the spoken or reported words end
when they are shorter than five words; a clause closed by its attribution («…, сообщил X») ends before
the comma.
"""

CASES = [
    # ---- Quotes: dash attribution after the closing mark -------------------------------------------
    {
        "family": "quote_dash_name",
        "text": "«Мы готовы расширять обмен данными», — заявил Олег Лесницкий.",
        "quotes": [("direct", "Олег Лесницкий", "Мы готовы расширять обмен данными")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_name_female_verb",
        "text": "«Платформа заработает уже осенью», — подчеркнула Ирина Зеленцова.",
        "quotes": [("direct", "Ирина Зеленцова", "Платформа заработает уже осенью")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_straight_hyphen",
        "text": '"Работа над соглашением почти завершена", - сказал Тимур Кабиров.',
        "quotes": [("direct", "Тимур Кабиров", "Работа над соглашением почти завершена")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_curly",
        "text": "“Мы видим большой интерес партнеров”, — отметил Глеб Ступаков.",
        "quotes": [("direct", "Глеб Ступаков", "Мы видим большой интерес партнеров")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_lapki",
        "text": "„Интерес к проекту растет“, — добавила Ксения Брылькова.",
        "quotes": [("direct", "Ксения Брылькова", "Интерес к проекту растет")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_surname_back_to_full_name",
        "text": ("Министр связи Павел Гаврилов провел встречу с инвесторами.\n\n"
                 "«Нам нужны новые центры обработки данных», — сказал Гаврилов."),
        "quotes": [("direct", "Павел Гаврилов", "Нам нужны новые центры обработки данных")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_surname_oblique_first_mention",
        "text": ("Делегацию возглавила Анна Петровская. Журналисты спросили Петровскую о сроках.\n\n"
                 "«Сроки не изменились», — ответила Петровская."),
        "quotes": [("direct", "Анна Петровская", "Сроки не изменились")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_role_then_name_after_verb",
        "text": "«Проект открыт для всех участников», — заявил вице-премьер Дмитрий Остапенко.",
        "quotes": [("direct", "Дмитрий Остапенко", "Проект открыт для всех участников")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_role_only",
        "text": ("В переговорах участвовал министр цифрового развития Олег Лесницкий.\n\n"
                 "«Мы договорились о графике работ», — сказал министр."),
        "quotes": [("direct", "Олег Лесницкий", "Мы договорились о графике работ")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_role_adjective",
        "text": ("Президент Казахстана Марат Сулейменов встретился с инвесторами.\n\n"
                 "«Двери для бизнеса открыты», — добавил казахстанский президент."),
        "quotes": [("direct", "Марат Сулейменов", "Двери для бизнеса открыты")],
        "reported": [], "dates": [], "countries": ["KAZ"], "places": [],
    },
    {
        "family": "quote_dash_pronoun_male",
        "text": ("Тимур Кабиров выступил на форуме.\n\n"
                 "«Мы запускаем три новых сервиса», — сказал он."),
        "quotes": [("direct", "Тимур Кабиров", "Мы запускаем три новых сервиса")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_pronoun_gender_picks_speaker",
        "text": ("Ирина Зеленцова и Глеб Ступаков провели переговоры.\n\n"
                 "«Нам удалось сблизить позиции», — сказала она."),
        "quotes": [("direct", "Ирина Зеленцова", "Нам удалось сблизить позиции")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_pronoun_ambiguous_abstain",
        "text": ("Тимур Кабиров и Глеб Ступаков провели переговоры.\n\n"
                 "«Нам удалось сблизить позиции», — сказал он."),
        "quotes": [("direct", "", "Нам удалось сблизить позиции")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_short_two_fit_abstain",
        "text": ("Министр связи Андрей Крылов и министр финансов Павел Орлов выступили на форуме. "
                 "«Мы готовы», — сказал министр."),
        "quotes": [("direct", "", "Мы готовы")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_short_pronoun_nobody_before",
        "text": "«Все решено», — сказал он.",
        "quotes": [("direct", "", "Все решено")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_short_resolved",
        "text": "Министр связи Анна Крылова выступила на форуме. «Мы готовы», — сказала она.",
        "quotes": [("direct", "Анна Крылова", "Мы готовы")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_split_by_attribution",
        "text": "«Это только начало, — отметил Глеб Ступаков. — Дальше будет больше проектов».",
        "quotes": [("direct", "Глеб Ступаков", "Это только начало,")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_split_straight_pronoun",
        "text": ('Анна Петровская приехала на выставку.\n\n'
                 '"Мы привезли новые решения, - сказала она. - Их уже ждут заказчики".'),
        "quotes": [("direct", "Анна Петровская", "Мы привезли новые решения,")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_press_service",
        "text": ("Об изменениях сообщили в пресс-службе Минцифры.\n\n"
                 "«Новые правила вступят в силу в ближайшее время», — рассказали в пресс-службе."),
        "quotes": [("direct", "пресс-служба Минцифры", "Новые правила вступят в силу в")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_message",
        "text": ("Соглашение подписано, сообщила пресс-служба министерства связи. "
                 "«Стороны обменялись опытом цифровизации», — говорится в сообщении."),
        "quotes": [("direct", "пресс-служба министерства связи", "Стороны обменялись опытом цифровизации")],
        "reported": [("пресс-служба министерства связи", "Соглашение подписано")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_listener_after_speaker",
        "text": "«Рынок растет быстрее прогнозов», — сказал Павел Гаврилов журналистам.",
        "quotes": [("direct", "Павел Гаврилов", "Рынок растет быстрее прогнозов")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    # ---- Quotes: dash-led speech paragraphs ----------------------------------------------------------
    {
        "family": "dash_paragraph_speech",
        "text": ("Министр связи Олег Лесницкий ответил на вопросы.\n\n"
                 "— Мы не планируем повышать тарифы в этом году, — сказал министр."),
        "quotes": [("direct", "Олег Лесницкий", "Мы не планируем повышать тарифы в")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "dash_paragraph_interview",
        "text": ("В интервью журналу «Связь и время» рассказывает директор департамента Ксения Брылькова.\n"
                 "— Ксения Андреевна, как развивается проект?\n"
                 "— Мы завершили первый этап и готовим второй."),
        "quotes": [("direct", "журнал «Связь и время»", "Ксения Андреевна, как развивается проект?"),
                   ("direct", "Ксения Брылькова", "Мы завершили первый этап и готовим")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "dash_paragraph_narration_negative",
        "text": "— первый этап проекта завершен в срок.\n— второй этап начнется позже.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    # ---- Quotes: transcript turns ----------------------------------------------------------------------
    {
        "family": "turn_initial_glued",
        "text": "П.Гаврилов: Добрый день, коллеги! Начнем нашу встречу.\nСпасибо.",
        "quotes": [("transcript", "П.Гаврилов", "Добрый день, коллеги! Начнем нашу встречу.")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "turn_initials_spaced",
        "text": "И. А. Зеленцова: Мы считаем, что гуманитарные связи очень важны.",
        "quotes": [("transcript", "И. А. Зеленцова", "Мы считаем, что гуманитарные связи очень")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "turn_translated",
        "text": ("Ли Вэймин (как переведено): Уважаемые друзья! Благодарю за приглашение.\n"
                 "Т.Кабиров: Спасибо, господин Председатель."),
        "quotes": [("transcript", "Ли Вэймин", "Уважаемые друзья! Благодарю за приглашение."),
                   ("transcript", "Т.Кабиров", "Спасибо, господин Председатель.")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "turn_name_role_line",
        "text": "Глеб Ступаков, министр связи:\nСегодня мы подписали важный документ для отрасли.",
        "quotes": [("transcript", "Глеб Ступаков", "Сегодня мы подписали важный документ для")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "turn_question_answer_unnamed",
        "text": "Вопрос: Когда заработает новая система?\nОтвет: Система заработает после испытаний.",
        "quotes": [("transcript", "Вопрос", "Когда заработает новая система?"),
                   ("transcript", "Ответ", "Система заработает после испытаний.")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "turn_outlet_label",
        "text": ("Журнал «Восток»: Какие проекты вы считаете главными?\n"
                 "О. Лесницкий: Прежде всего связь и обработку данных."),
        "quotes": [("transcript", "Журнал «Восток»", "Какие проекты вы считаете главными?"),
                   ("transcript", "О. Лесницкий", "Прежде всего связь и обработку данных.")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "turn_label_negative_heading",
        "text": "Содержание:\nПроект рассчитан на пять лет.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    # ---- Quotes: titles and scare quotes are not speech ------------------------------------------------
    {
        "family": "quote_title_negative",
        "text": "Министерство запустило программу «Цифровая школа» и конкурс \"Умный город\".",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_company_negative",
        "text": "Переговоры с компанией \"Сеть-Телеком\" продолжаются.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    # ---- Reported speech ------------------------------------------------------------------------------
    {
        "family": "reported_chto_name",
        "text": "Олег Лесницкий заявил, что работа над законом завершится к осени.",
        "quotes": [], "reported": [("Олег Лесницкий", "работа над законом завершится к осени.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_chto_role_name_female",
        "text": "Глава Минцифры Ирина Зеленцова подчеркнула, что сервис будет бесплатным.",
        "quotes": [], "reported": [("Ирина Зеленцова", "сервис будет бесплатным.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_chto_pronoun_adverb",
        "text": "Тимур Кабиров выступил на сессии. Он также добавил, что число пользователей выросло вдвое.",
        "quotes": [], "reported": [("Тимур Кабиров", "число пользователей выросло вдвое.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_chto_role_only",
        "text": ("На встрече выступил вице-премьер Дмитрий Остапенко. "
                 "Вице-премьер отметил, что правительство выполнит все договоренности."),
        "quotes": [], "reported": [("Дмитрий Остапенко", "правительство выполнит все договоренности.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_chto_with_quoted_tail",
        "text": "Глеб Ступаков отметил, что сотрудничество стало «важнее, чем когда-либо».",
        "quotes": [("direct", "Глеб Ступаков", "важнее, чем когда-либо")],
        "reported": [("Глеб Ступаков", "сотрудничество стало «важнее, чем когда-либо».")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_chto_whole_clause_quoted",
        "text": "Павел Гаврилов отметил, что \"без общих стандартов рынок не заработает\".",
        "quotes": [("direct", "Павел Гаврилов", "без общих стандартов рынок не заработает")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_inverted_role_name",
        "text": "Проект будет завершен к осени, сообщил в среду журналистам министр связи Олег Лесницкий.",
        "quotes": [], "reported": [("Олег Лесницкий", "Проект будет завершен к осени")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_inverted_press_service",
        "text": "Стороны договорились о совместных проектах, сообщила в четверг пресс-служба Минцифры.",
        "quotes": [], "reported": [("пресс-служба Минцифры", "Стороны договорились о совместных проектах")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_po_slovam_name_genitive",
        "text": "По словам Анны Петровской, спрос на услуги превысил ожидания.",
        "quotes": [], "reported": [("Анна Петровская", "спрос на услуги превысил ожидания.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_po_slovam_role",
        "text": ("Посол Глеб Ступаков встретился с предпринимателями. "
                 "По словам дипломата, интерес к сотрудничеству растет."),
        "quotes": [], "reported": [("Глеб Ступаков", "интерес к сотрудничеству растет.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_po_ego_slovam",
        "text": "Тимур Кабиров провел совещание. По его словам, сроки не будут сдвинуты.",
        "quotes": [], "reported": [("Тимур Кабиров", "сроки не будут сдвинуты.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_po_ee_mneniyu",
        "text": "Ксения Брылькова выступила на конференции. По ее мнению, рынок ждет консолидация.",
        "quotes": [], "reported": [("Ксения Брылькова", "рынок ждет консолидация.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_kak_otmetil",
        "text": "Как отметил Павел Гаврилов, новые правила упростят работу компаний.",
        "quotes": [], "reported": [("Павел Гаврилов", "новые правила упростят работу компаний.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_kak_soobshchili_v_press_sluzhbe",
        "text": "Как сообщили в пресс-службе министерства связи, тестирование займет месяц.",
        "quotes": [], "reported": [("пресс-служба министерства связи", "тестирование займет месяц.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_v_ministry_soobshchili",
        "text": "В Минцифры сообщили, что реестр обновят до конца недели.",
        "quotes": [], "reported": [("Минцифры", "реестр обновят до конца недели.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_v_ministry_locative_to_nominative",
        "text": "В Минпромторге заявили, что поставки оборудования возобновятся.",
        "quotes": [], "reported": [("Минпромторг", "поставки оборудования возобновятся.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_v_ministry_short_name_masculine",
        "text": "В Минфине сообщили, что расходы на связь вырастут.",
        "quotes": [], "reported": [("Минфин", "расходы на связь вырастут.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_v_ministry_indeclinable_kept",
        "text": "В Минэнерго заявили, что тарифы для центров обработки данных не изменятся.",
        "quotes": [], "reported": [("Минэнерго", "тарифы для центров обработки данных не изменятся.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_v_kremle_body_by_place",
        "text": "В Кремле сообщили, что визит делегации состоится осенью.",
        "quotes": [], "reported": [("Кремль", "визит делегации состоится осенью.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_v_ministry",
        "text": "«Реестр обновят до конца года», — сообщили в Минфине.",
        "quotes": [("direct", "Минфин", "Реестр обновят до конца года")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "quote_dash_v_ministry_indeclinable_with_country",
        "text": "«Реестр обновят до конца года», — заявили в Минцифры России.",
        "quotes": [("direct", "Минцифры России", "Реестр обновят до конца года")],
        "reported": [], "dates": [], "countries": ["RUS"], "places": [],
    },
    {
        "family": "quote_dash_singular_verb_v_ministry_person_named",
        "text": "«Реестр обновят до конца года», — сказал в Минфине Иван Петров.",
        "quotes": [("direct", "Иван Петров", "Реестр обновят до конца года")],
        "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_back_pointing_name_listener",
        "text": ("Компании региона переходят на отечественные облачные сервисы. "
                 "Об этом сообщил ТАСС замминистра связи Олег Лесницкий."),
        "quotes": [], "reported": [("Олег Лесницкий", "Компании региона переходят на отечественные облачные сервисы.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_back_pointing_female",
        "text": "Число заявок выросло втрое. Об этом заявила директор фонда Ирина Зеленцова.",
        "quotes": [], "reported": [("Ирина Зеленцова", "Число заявок выросло втрое.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_back_pointing_press_service_listener_first",
        "text": "Выставка пройдет в новом формате. Об этом БЕЛТА сообщили в пресс-службе оргкомитета.",
        "quotes": [], "reported": [("пресс-служба оргкомитета", "Выставка пройдет в новом формате.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_parenthetical",
        "text": ("Глеб Ступаков рассказал о планах. В частности, отметил Ступаков, "
                 "первый этап завершится весной."),
        "quotes": [], "reported": [("Глеб Ступаков", "первый этап завершится весной.")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_headline_claim_dash_speaker",
        "text": ("Сотрудничество в сфере ИИ стало приоритетом – Лесницкий\n\n"
                 "Министр связи Олег Лесницкий выступил на форуме."),
        "quotes": [], "reported": [("Олег Лесницкий", "Сотрудничество в сфере ИИ стало приоритетом")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_headline_speaker_colon_third_person",
        "text": ("Зеленцова: правительство поддержит стартапы\n\n"
                 "Вице-премьер Ирина Зеленцова провела встречу с предпринимателями."),
        "quotes": [], "reported": [("Ирина Зеленцова", "правительство поддержит стартапы")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_outlet_relay_negative",
        "text": "Компания откроет новый центр обработки данных, сообщает ТАСС.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_relay_keeps_source",
        "text": "По словам Тимура Кабирова, тарифы останутся прежними, сообщает РИА Новости.",
        "quotes": [], "reported": [("Тимур Кабиров", "тарифы останутся прежними")],
        "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_topic_only_negative",
        "text": ("Лесницкий рассказал о планах министерства\n\n"
                 "Олег Лесницкий сообщил о запуске платформы и заявил о важности обучения кадров."),
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_impersonal_negative",
        "text": "Отмечается, что проект получит финансирование. Сообщается, что работы начнутся скоро.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_infinitive_negative",
        "text": "Павел Гаврилов поручил подготовить доклад и предложил создать рабочую группу.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "reported_document_negative",
        "text": "Согласно документу, стороны создадут совместную лабораторию.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    # ---- Dates -------------------------------------------------------------------------------------
    {
        "family": "date_full_genitive",
        "text": "Соглашение подписано 17 июня 2024 года.",
        "quotes": [], "reported": [], "dates": [("17 июня 2024 года", "2024-06-17", "day")],
        "countries": [], "places": [],
    },
    {
        "family": "date_day_month_no_year",
        "text": "Встреча состоится 17 июня.",
        "quotes": [], "reported": [], "dates": [("17 июня", None, "day")], "countries": [], "places": [],
    },
    {
        "family": "date_day_month_year_from_stamp",
        "text": "12.09.2023 16:05\n\nФорум откроется 14 сентября.",
        "quotes": [], "reported": [],
        "dates": [("12.09.2023 16:05", "2023-09-12", "day"), ("14 сентября", "2023-09-14", "day")],
        "countries": [], "places": [],
    },
    {
        "family": "date_short_stamp",
        "text": "05.03.19 10:20 Стороны обсудили развитие связи.",
        "quotes": [], "reported": [], "dates": [("05.03.19 10:20", "2019-03-05", "day")],
        "countries": [], "places": [],
    },
    {
        "family": "date_dotted",
        "text": "Документ вступил в силу 17.06.2024.",
        "quotes": [], "reported": [], "dates": [("17.06.2024", "2024-06-17", "day")], "countries": [], "places": [],
    },
    {
        "family": "date_range_dash",
        "text": "Выставка пройдет 17–18 октября 2024 года.",
        "quotes": [], "reported": [], "dates": [("17–18 октября 2024 года", "2024-10-17", "day")],
        "countries": [], "places": [],
    },
    {
        "family": "date_range_s_po",
        "text": "Конференция пройдет с 1 по 3 марта 2023 года.",
        "quotes": [], "reported": [], "dates": [("1 по 3 марта 2023 года", "2023-03-01", "day")],
        "countries": [], "places": [],
    },
    {
        "family": "date_month_with_v",
        "text": "В июне 2024 года стороны подписали меморандум.",
        "quotes": [], "reported": [], "dates": [("В июне 2024 года", "2024-06", "month")], "countries": [], "places": [],
    },
    {
        "family": "date_year_with_v",
        "text": "Платформа заработала в 2023 году.",
        "quotes": [], "reported": [], "dates": [("в 2023 году", "2023", "year")], "countries": [], "places": [],
    },
    {
        "family": "date_qualifier_middle",
        "text": "Работы завершат к середине апреля 2025 года.",
        "quotes": [], "reported": [], "dates": [("к середине апреля 2025 года", "2025-04", "month")],
        "countries": [], "places": [],
    },
    {
        "family": "date_qualifier_middle_month_no_year",
        "text": "Платформу запустят к середине апреля.",
        "quotes": [], "reported": [],
        "dates": [("к середине апреля", None, "month")], "countries": [], "places": [],
    },
    {
        "family": "date_qualifier_end_month_no_year",
        "text": "Испытания завершились в конце марта.",
        "quotes": [], "reported": [], "dates": [("в конце марта", None, "month")], "countries": [], "places": [],
    },
    {
        "family": "date_qualifier_start_month_no_year",
        "text": "С начала октября число пользователей выросло вдвое.",
        "quotes": [], "reported": [], "dates": [("С начала октября", None, "month")], "countries": [], "places": [],
    },
    {
        "family": "date_qualifier_without_month_negative",
        "text": "К концу месяца и в середине дня нагрузка на сеть растет.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "date_qualifier_end_year",
        "text": "В конце 2022 года проект вышел на окупаемость.",
        "quotes": [], "reported": [], "dates": [("В конце 2022 года", "2022", "year")], "countries": [], "places": [],
    },
    {
        "family": "date_dateline_abbreviated_month",
        "text": "2 сен - Стороны обсудили проекты в сфере связи.",
        "quotes": [], "reported": [], "dates": [("2 сен", None, "day")], "countries": [], "places": [],
    },
    {
        "family": "date_month_heading_resolves_body",
        "text": "Обзор: март 2021 г.\n\nВ марте компании запустили новые сервисы. 15 марта прошла встреча.",
        "quotes": [], "reported": [],
        "dates": [("март 2021 г.", "2021-03", "month"), ("В марте", "2021-03", "month"), ("15 марта", "2021-03-15", "day")],
        "countries": [], "places": [],
    },
    {
        "family": "date_relative_negative",
        "text": ("В прошлом году число пользователей выросло. В этом месяце запустят сервис, "
                 "а за последние три месяца заявок стало больше. Встреча прошла в четверг."),
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    {
        "family": "date_horizon_negative",
        "text": "Программа рассчитана на 2026–2030 годы, стратегия действует до 2035 года.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    # ---- Countries ---------------------------------------------------------------------------------
    {
        "family": "country_cases",
        "text": "Россией и Индией подписан меморандум. В Японии и в Казахстане его изучат.",
        "quotes": [], "reported": [], "dates": [], "countries": ["IND", "JPN", "KAZ", "RUS"], "places": [],
    },
    {
        "family": "country_short_forms",
        "text": "РФ, РБ, КНР, США, ОАЭ, ЮАР и КНДР направили делегации.",
        "quotes": [], "reported": [], "dates": [],
        "countries": ["ARE", "BLR", "CHN", "PRK", "RUS", "USA", "ZAF"], "places": [],
    },
    {
        "family": "country_belarus_both_names",
        "text": "Белоруссия и Беларусь — одна страна; с Белоруссией и Беларусью работают одинаково.",
        "quotes": [], "reported": [], "dates": [], "countries": ["BLR"], "places": [],
    },
    {
        "family": "country_podnebesnaya",
        "text": "Поставки в Поднебесную выросли.",
        "quotes": [], "reported": [], "dates": [], "countries": ["CHN"], "places": [],
    },
    {
        "family": "country_adjective_only",
        "text": "Кубинские и вьетнамские специалисты прошли обучение.",
        "quotes": [], "reported": [], "dates": [], "countries": ["CUB", "VNM"], "places": [],
    },
    {
        "family": "country_compound_adjective",
        "text": "Российско-белорусский форум и китайско-индийский диалог прошли успешно.",
        "quotes": [], "reported": [], "dates": [], "countries": ["BLR", "CHN", "IND", "RUS"], "places": [],
    },
    {
        "family": "country_capital_metonymy",
        "text": "Москва и Пекин договорились расширить сотрудничество.",
        "quotes": [], "reported": [], "dates": [], "countries": ["CHN", "RUS"], "places": [],
    },
    {
        "family": "country_capital_city_government_negative",
        "text": ("Минск и Москва договорились о цифровизации городского хозяйства. "
                 "Документ подписали мэр Москвы и председатель Мингорисполкома."),
        "quotes": [], "reported": [], "dates": [], "countries": [],
        "places": [["Минск", "BLR"], ["Москва", "RUS"]],
    },
    {
        "family": "country_bloc_region_negative",
        "text": "Страны ЕАЭС, СНГ и БРИКС обсудили ситуацию в Латинской Америке и Африке.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [],
    },
    # ---- Places ------------------------------------------------------------------------------------
    {
        "family": "place_locative",
        "text": "Форум прошел во Владивостоке, а следующий пройдет в Казани.",
        "quotes": [], "reported": [], "dates": [], "countries": [],
        "places": [["Владивосток", "RUS"], ["Казань", "RUS"]],
    },
    {
        "family": "place_dateline_caps",
        "text": "ТАШКЕНТ, 5 мая. Стороны обсудили проекты в сфере связи.",
        "quotes": [], "reported": [], "dates": [("5 мая", None, "day")], "countries": [],
        "places": [["Ташкент", "UZB"]],
    },
    {
        "family": "place_foreign_city_with_country_adjective",
        "text": "Встреча прошла в южноафриканском Кейптауне.",
        "quotes": [], "reported": [], "dates": [], "countries": ["ZAF"], "places": [["Кейптаун", "ZAF"]],
    },
    {
        "family": "place_variant_kept_as_written",
        "text": "Делегация прибыла в Нур-Султан.",
        "quotes": [], "reported": [], "dates": [], "countries": [], "places": [["Нур-Султан", "KAZ"]],
    },
]
