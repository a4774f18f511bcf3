"""Invented Russian sentences, fourth audit: the forms of interviews (Вопрос:/Ответ:, «Корр.:», dialogue
dashes), quotations split around their attribution and running over paragraphs, names in every case and with
initials in both orders («В.В. Светлов», «Светлов В.В.»), female surnames, foreign names in Cyrillic, roles in
oblique cases before a name, outlets and correspondents that only relay, impersonal forms that have no
speaker («сообщается», «было отмечено»), bodies as speakers («в Кремле отметили»), relative dates that are
no dates, and countries and places in every case and as adjectives.

Plain data in the shape of `tests/speech_cases_ru2.py`, with one more optional field: `people`, the rows the
people table must hold for the passage (one row per person however the name is written and declined; a known
person of data/reference/people_ru.csv under its canonical name). Read by `tests/test_speech_cases_ru4.py`.
Expectations follow `shared/gold/README.md` and `dev-ru/SOURCES.md`: speakers and places in the nominative,
a body as written (in the nominative), weekdays and relative expressions («накануне», «в минувший вторник»,
«в конце прошлого года») no dates, a plan horizon («до 2030 года») no date, a wire agency or correspondent
that relays («передает корреспондент», «пишет издание») no speaker. Names, companies and sentences are
invented; none is copied from a dev document. An empty quote speaker means the extractor must abstain; a
reported clause whose speaker cannot be told is not listed at all.
"""


def case(family, text, quotes=(), reported=(), dates=(), countries=(), places=(), people=None):
    return {"family": family, "text": text, "quotes": list(quotes), "reported": list(reported),
            "dates": list(dates), "countries": list(countries), "places": [list(p) for p in places],
            "people": None if people is None else sorted(people)}


CASES = [
    # ---- quotes split around their attribution ----------------------------------------------------------
    case("s_split_skazal_role_name", "«Мы открываем центр компетенций, — сказал министр связи Ефим Горелов. — Он заработает летом».",
         quotes=[("direct", "Ефим Горелов", "Мы открываем центр компетенций")]),
    case("s_split_otmetila_woman", "«Спрос на кадры растет, — отметила ректор университета Зоя Краснова. — Мы увеличим прием».",
         quotes=[("direct", "Зоя Краснова", "Спрос на кадры растет")]),
    case("s_split_pronoun_back", "Губернатор Тарас Ломакин посетил технопарк.\n\n«Здесь работают триста инженеров, — сказал он. — Через год их будет вдвое больше».",
         quotes=[("direct", "Тарас Ломакин", "Здесь работают триста инженеров")]),
    case("s_split_surname_back", "Глава компании Влас Кузьмин выступил на форуме.\n\n«Экспорт растет, — добавил Кузьмин. — Особенно в Азию».",
         quotes=[("direct", "Влас Кузьмин", "Экспорт растет")]),
    case("s_split_initials_surname", "«Решение принято, — заявил А.Б. Шестаков. — Сроки не изменятся».",
         quotes=[("direct", "А.Б. Шестаков", "Решение принято")]),
    case("s_split_question", "«Готовы ли регионы? — спросил вице-премьер Лев Стогов. — Пока не все».",
         quotes=[("direct", "Лев Стогов", "Готовы ли регионы?")]),
    case("s_split_body_plural", "«Реестр пополнится, — сообщили в министерстве. — Заявки уже поданы».",
         quotes=[("direct", "министерство", "Реестр пополнится")]),
    case("s_split_two_people_before_pronoun_abstain", "Министр Ефим Горелов и губернатор Тарас Ломакин осмотрели завод.\n\n«Работа идет по плану, — сказал он. — Мы довольны».",
         quotes=[("direct", "", "Работа идет по плану")]),

    # ---- quotations over several paragraphs -----------------------------------------------------------
    case("s_multi_paragraph_dash", "«Мы строим сеть в каждом районе.\n\nК концу года подключим все школы», — сказал министр Кир Журавлев.",
         quotes=[("direct", "Кир Журавлев", "Мы строим сеть в каждом районе.")]),
    case("s_multi_paragraph_colon_open", "Министр Кир Журавлев заявил:\n\n«Мы строим сеть в каждом районе.\n\nК концу года подключим все школы».",
         quotes=[("direct", "Кир Журавлев", "Мы строим сеть в каждом районе.")]),
    case("s_colon_quote_woman_genitive_role", "Председатель комитета Серафима Ковалевская подчеркнула: «Закон примут весной».",
         quotes=[("direct", "Серафима Ковалевская", "Закон примут весной")]),

    # ---- interview transcripts ---------------------------------------------------------------------
    case("s_interview_vopros_otvet_abbrev", "Вопрос: Когда откроется офис?\nОтвет: В следующем месяце, если все пойдет по плану.",
         quotes=[("transcript", "Вопрос", "Когда откроется офис?"), ("transcript", "Ответ", "В следующем месяце")]),
    case("s_interview_korr_label", "Корр.: Какие рынки для вас главные?\nИ.Сабуров: Прежде всего Китай и Индия.",
         quotes=[("transcript", "Корр.", "Какие рынки для вас главные?"), ("transcript", "И.Сабуров", "Прежде всего Китай и Индия.")],
         countries=["CHN", "IND"]),
    case("s_interview_surname_initials_turn", "Сабуров И.П.: Мы завершили испытания платформы.",
         quotes=[("transcript", "Сабуров И.П.", "Мы завершили испытания платформы.")]),
    case("s_interview_dialogue_dash_negative_speaker", "— Какие рынки для вас главные?\n— Прежде всего Китай и Индия.",
         countries=["CHN", "IND"]),
    case("s_interview_turn_full_name_woman", "Алевтина Горская: Платформа уже работает в трех регионах.",
         quotes=[("transcript", "Алевтина Горская", "Платформа уже работает в трех регионах.")]),
    case("s_heading_colon_negative", "Итоги года:\nВыручка компании выросла на треть."),
    case("s_label_colon_inline_negative", "Место проведения: Казань, технопарк «Иннополис».", places=[("Казань", "RUS"), ("Иннополис", "RUS")]),

    # ---- names with initials in both orders, every case ----------------------------------------------
    case("s_initials_after_surname_reported", "Светлов И.А. отметил, что проект завершат в срок.",
         reported=[("Светлов И.А.", "проект завершат в срок")]),
    case("s_initials_after_surname_back_to_full", "Министр Игорь Светлов открыл заседание. Светлов И.А. отметил, что проект завершат в срок.",
         reported=[("Игорь Светлов", "проект завершат в срок")], people=["Игорь Светлов"]),
    case("s_putin_initials_both_orders", "В.В. Путин провел совещание. Путин В.В. подчеркнул, что связь должна быть доступной.",
         reported=[("В.В. Путин", "связь должна быть доступной")], people=["Vladimir Putin"]),
    case("s_putin_genitive_po_slovam", "По словам Владимира Путина, сотрудничество с партнерами будет расширено.",
         reported=[("Владимир Путин", "сотрудничество с партнерами будет расширено")], people=["Vladimir Putin"]),
    case("s_putin_instrumental_not_speaker", "Встреча с Путиным прошла в Ново-Огарево. Стороны обсудили цифровую повестку.",
         people=["Vladimir Putin"]),
    case("s_person_every_case_one_row", "Министр Глеб Тихомиров прибыл в Минск. Встреча с Тихомировым продлилась час. По словам Тихомирова, стороны договорились.",
         reported=[("Глеб Тихомиров", "стороны договорились")], places=[("Минск", "BLR")], people=["Глеб Тихомиров"]),
    case("s_person_dative_listener", "Глеб Тихомиров рассказал Андрею Вяземскому, что стороны договорились.",
         reported=[("Глеб Тихомиров", "стороны договорились")], people=["Андрей Вяземский", "Глеб Тихомиров"]),
    case("s_person_prepositional_o", "О Глебе Тихомирове много писали. Тихомиров заявил, что уйдет в отставку.",
         reported=[("Глеб Тихомиров", "уйдет в отставку")], people=["Глеб Тихомиров"]),
    case("s_woman_ova_genitive", "По словам Инны Барановой, заявки принимаются до пятницы.",
         reported=[("Инна Баранова", "заявки принимаются до пятницы")], people=["Инна Баранова"]),
    case("s_woman_skaya_genitive_role", "По словам директора департамента Ларисы Берёзовской, правила изменятся.",
         reported=[("Лариса Берёзовская", "правила изменятся")], people=["Лариса Берёзовская"]),
    case("s_woman_skaya_instrumental_then_nom", "Губернатор встретился с Ларисой Берёзовской. Берёзовская сообщила, что центр откроют осенью.",
         reported=[("Лариса Берёзовская", "центр откроют осенью")], people=["Лариса Берёзовская"]),
    case("s_woman_ova_dative_then_surname", "Инне Барановой вручили награду. Баранова отметила, что это заслуга команды.",
         reported=[("Инна Баранова", "это заслуга команды")], people=["Инна Баранова"]),
    case("s_woman_and_man_same_surname_abstain", "Инна Баранова и Олег Баранов основали компанию. «Мы начинали в гараже», — сказали Барановы.",
         quotes=[("direct", "", "Мы начинали в гараже")], people=["Инна Баранова", "Олег Баранов"]),
    case("s_woman_surname_gender_picks", "Министр Олег Баранов и вице-губернатор Инна Баранова провели встречу. Баранова подчеркнула, что проект важен.",
         reported=[("Инна Баранова", "проект важен")], people=["Инна Баранова", "Олег Баранов"]),
    case("s_patronymic_full_reported", "Заместитель министра Семен Аркадьевич Лебедев заявил, что субсидии сохранят.",
         reported=[("Семен Аркадьевич Лебедев", "субсидии сохранят")]),

    # ---- foreign names in Cyrillic ---------------------------------------------------------------------
    case("s_xi_genitive_po_slovam", "По словам Си Цзиньпина, Китай готов к сотрудничеству.",
         reported=[("Си Цзиньпин", "Китай готов к сотрудничеству")], countries=["CHN"], people=["Xi Jinping"]),
    case("s_tokaev_surname_only", "Токаев заявил, что Казахстан ускорит цифровизацию.",
         reported=[("Токаев", "Казахстан ускорит цифровизацию")], countries=["KAZ"], people=["Kassym-Jomart Tokayev"]),
    case("s_mirziyoyev_dash_quote", "«Мы открыты для инвестиций», — сказал Шавкат Мирзиёев.",
         quotes=[("direct", "Шавкат Мирзиёев", "Мы открыты для инвестиций")], people=["Shavkat Mirziyoyev"]),
    case("s_mirziyoyev_e_spelling", "«Мы открыты для инвестиций», — сказал Шавкат Мирзиеев.",
         quotes=[("direct", "Шавкат Мирзиеев", "Мы открыты для инвестиций")], people=["Shavkat Mirziyoyev"]),
    case("s_lukashenko_instrumental_then_quote", "Переговоры с Александром Лукашенко прошли в Минске.\n\n«Мы доверяем друг другу», — сказал Лукашенко.",
         quotes=[("direct", "Александр Лукашенко", "Мы доверяем друг другу")], places=[("Минск", "BLR")], people=["Alexander Lukashenko"]),
    case("s_chinese_invented_name_role", "Министр промышленности КНР Ван Шулинь заявил, что поставки вырастут.",
         reported=[("Ван Шулинь", "поставки вырастут")], countries=["CHN"]),
    case("s_kazakh_oblique_role", "По словам министра цифрового развития Казахстана Бахыта Жумагалиева, сеть охватит все села.",
         reported=[("Бахыт Жумагалиев", "сеть охватит все села")], countries=["KAZ"]),
    case("s_uzbek_ogly_name", "Заместитель министра Фаррух Бахтиёр угли Каримов сообщил, что центр откроют в Ташкенте.",
         reported=[("Фаррух Бахтиёр угли Каримов", "центр откроют в Ташкенте")], places=[("Ташкент", "UZB")]),

    # ---- roles before the name, oblique cases ---------------------------------------------------------
    case("s_po_slovam_long_role", "По словам министра цифрового развития, связи и массовых коммуникаций Максута Шадрина, реестр вырос.",
         reported=[("Максут Шадрин", "реестр вырос")]),
    case("s_po_slovam_role_company", "По словам генерального директора компании «Северсеть» Остапа Вершинина, выручка удвоилась.",
         reported=[("Остап Вершинин", "выручка удвоилась")]),
    case("s_po_mneniyu_expert", "По мнению эксперта Высшей школы экономики Родиона Клюева, рынок замедлится.",
         reported=[("Родион Клюев", "рынок замедлится")]),
    case("s_po_mneniyu_woman", "По мнению аналитика Веры Лапиной, спрос на серверы сохранится.",
         reported=[("Вера Лапина", "спрос на серверы сохранится")]),
    case("s_po_slovam_role_only_back", "Министр связи Ефим Горелов посетил Казань. По словам министра, сеть 5G запустят в следующем году.",
         reported=[("Ефим Горелов", "сеть 5G запустят в следующем году")], places=[("Казань", "RUS")]),
    case("s_po_slovam_unnamed_role", "По словам собеседника агентства, сделка будет закрыта весной.",
         reported=[("собеседник агентства", "сделка будет закрыта весной")]),
    case("s_po_slovam_two_roles_abstain", "Министр Ефим Горелов и министр Остап Вершинин провели встречу. По словам министра, стороны договорились.",
         reported=[]),
    case("s_vietnamese_name_role_subject", "Посол Вьетнама Нгуен Тхань Хай заявил, что товарооборот вырос.",
         reported=[("Нгуен Тхань Хай", "товарооборот вырос")], countries=["VNM"]),
    case("s_korean_name_after_country_role", "«Мы готовы к поставкам», — сказал министр Республики Корея Ким Мин Су.",
         quotes=[("direct", "Ким Мин Су", "Мы готовы к поставкам")], countries=["KOR"]),
    case("s_kak_otmetil_role_genitive_country", "Как отметил посол Вьетнама в России Нгуен Тхань Хай, товарооборот вырос.",
         reported=[("Нгуен Тхань Хай", "товарооборот вырос")], countries=["RUS", "VNM"]),
    case("s_kak_soobshchila_woman_role", "Как сообщила пресс-секретарь министерства Лилия Осипова, документы подписаны.",
         reported=[("Лилия Осипова", "документы подписаны")]),
    case("s_kak_otmechaetsya_negative", "Как отмечается, проект реализуют в три этапа."),
    case("s_kak_izvestno_negative", "Как известно, компания давно работает в регионе."),

    # ---- verbs with listener or channel ---------------------------------------------------------
    case("s_soobshchil_zhurnalistam_chto", "Губернатор Тарас Ломакин сообщил журналистам, что завод построят за два года.",
         reported=[("Тарас Ломакин", "завод построят за два года")]),
    case("s_zayavil_v_interview_rbk_trailing", "Рынок вырастет на пятую часть, заявил в интервью РБК глава ассоциации Ян Сурков.",
         reported=[("Ян Сурков", "Рынок вырастет на пятую часть")]),
    case("s_rasskazal_v_besede_s_korr", "Министр Ефим Горелов рассказал в беседе с корреспондентом ТАСС, что проект окупится.",
         reported=[("Ефим Горелов", "проект окупится")]),
    case("s_soobshchil_ria_novosti_listener", "Директор завода Остап Вершинин сообщил РИА Новости, что линию запустят осенью.",
         reported=[("Остап Вершинин", "линию запустят осенью")]),
    case("s_zayavil_na_brifinge", "Официальный представитель МИД Дарина Захарчук заявила на брифинге, что переговоры продолжатся.",
         reported=[("Дарина Захарчук", "переговоры продолжатся")]),
    case("s_peredaet_korrespondent_negative", "Делегация прибыла в Бишкек, передает корреспондент ТАСС.", places=[("Бишкек", "KGZ")]),
    case("s_pishet_izdanie_negative", "Компания готовит выход на биржу, пишет издание.", reported=[]),
    case("s_pishet_newspaper_negative", "Компания готовит выход на биржу, пишет газета «Ведомости».", reported=[]),
    case("s_tsitiruet_press_service", "«Мы завершили модернизацию сети», — цитирует пресс-служба компании ее президента Веронику Сомову.",
         quotes=[("direct", "Вероника Сомова", "Мы завершили модернизацию сети")]),
    case("s_tsitiruet_outlet_name_accusative", "«Тарифы не вырастут», — цитирует «Интерфакс» министра Ефима Горелова.",
         quotes=[("direct", "Ефим Горелов", "Тарифы не вырастут")]),
    case("s_ssylayas_na_istochnik", "Сделку закроют в мае, сообщает ТАСС со ссылкой на источник в отрасли.",
         reported=[("источник в отрасли", "Сделку закроют в мае")], dates=[("в мае", None, "month")]),

    # ---- impersonal and passive forms: no speaker -------------------------------------------------
    case("s_bylo_otmecheno_negative", "На встрече было отмечено, что товарооборот вырос."),
    case("s_soobshchaetsya_negative", "Сообщается, что стороны подпишут соглашение осенью."),
    case("s_soobshchaetsya_trailing_negative", "Стороны подпишут соглашение осенью, сообщается на сайте ведомства."),
    case("s_podcherkivaetsya_negative", "В документе подчеркивается, что данные будут храниться в России.", countries=["RUS"]),
    case("s_otmechaetsya_v_soobshchenii_negative", "В сообщении отмечается, что проект получит финансирование."),
    case("s_govoritsya_v_zayavlenii_negative", "В заявлении говорится, что стороны продолжат консультации."),
    case("s_izvestno_stalo_negative", "Стало известно, что компания откроет офис в Ереване.", places=[("Ереван", "ARM")]),
    case("s_bylo_zayavleno_negative", "Ранее было заявлено, что тарифы не изменятся."),
    case("s_predpolagaetsya_negative", "Предполагается, что центр заработает в 2026 году.", dates=[("в 2026 году", "2026", "year")]),

    # ---- groups and bodies as speakers --------------------------------------------------------------
    case("s_v_ministerstve_zayavili", "В министерстве заявили, что реестр обновят.", reported=[("министерство", "реестр обновят")]),
    case("s_v_kremle_otmetili", "В Кремле отметили, что визит прошел успешно.", reported=[("Кремль", "визит прошел успешно")]),
    case("s_v_mid_rossii_soobshchili", "В МИД России сообщили, что консультации продолжатся.",
         reported=[("МИД России", "консультации продолжатся")], countries=["RUS"]),
    case("s_v_pravitelstve_podcherknuli", "В правительстве подчеркнули, что программа будет продлена.",
         reported=[("правительство", "программа будет продлена")]),
    case("s_v_kompanii_utochnili_trailing", "Сроки запуска не изменятся, уточнили в компании.",
         reported=[("компания", "Сроки запуска не изменятся")]),
    case("s_press_service_soobshchila_chto", "Пресс-служба Минцифры сообщила, что конкурс продлен.",
         reported=[("пресс-служба Минцифры", "конкурс продлен")]),
    case("s_v_press_sluzhbe_ministerstva", "В пресс-службе министерства пояснили, что заявки принимаются онлайн.",
         reported=[("пресс-служба министерства", "заявки принимаются онлайн")]),
    case("s_kreml_dash_quote", "«Визит готовится», — отметили в Кремле.", quotes=[("direct", "Кремль", "Визит готовится")]),

    # ---- reported speech forms ---------------------------------------------------------------------
    case("s_otmetil_chto_trailing_quote_tail", "Министр Ефим Горелов отметил, что «связь должна быть в каждом доме».",
         quotes=[("direct", "Ефим Горелов", "связь должна быть в каждом доме")]),
    case("s_zayavila_chto_woman_ska", "Глава департамента Ксения Вольская заявила, что платформа заработает весной.",
         reported=[("Ксения Вольская", "платформа заработает весной")]),
    case("s_soobshchil_chto_after_adverbial", "Во время визита в Баку министр Ефим Горелов сообщил, что стороны создадут фонд.",
         reported=[("Ефим Горелов", "стороны создадут фонд")], places=[("Баку", "AZE")]),
    case("s_reported_two_speakers_each", "Министр Ефим Горелов заявил, что сеть расширят. Губернатор Тарас Ломакин добавил, что регион выделит землю.",
         reported=[("Ефим Горелов", "сеть расширят"), ("Тарас Ломакин", "регион выделит землю")]),
    case("s_trailing_dobavil_on", "Министр Ефим Горелов посетил завод. Производство вырастет вдвое, добавил он.",
         reported=[("Ефим Горелов", "Производство вырастет вдвое")]),
    case("s_trailing_schitayut_analitiki_banka", "Рынок вырастет на десятую часть, считают аналитики банка.",
         reported=[("аналитики банка", "Рынок вырастет на десятую часть")]),
    case("s_po_mneniyu_analitikov_plural", "По мнению аналитиков банка, рынок вырастет.",
         reported=[("аналитики банка", "рынок вырастет")]),
    case("s_parenthetical_otmetil_midsentence", "Проект, отметил министр Ефим Горелов, окупится за пять лет.",
         reported=[("Ефим Горелов", "Проект")]),
    case("s_parenthetical_woman_subject_lead", "Новая платформа, подчеркнула вице-губернатор Инна Баранова, заработает весной.",
         reported=[("Инна Баранова", "Новая платформа заработает весной")]),
    case("s_parenthetical_adverb_lead", "Сегодня, заявил министр Ефим Горелов, сеть работает без сбоев.",
         reported=[("Ефим Горелов", "сеть работает без сбоев")]),
    case("s_vystupaya_na_forume", "Выступая на форуме, министр Ефим Горелов заявил, что отрасль нуждается в кадрах.",
         reported=[("Ефим Горелов", "отрасль нуждается в кадрах")]),
    case("s_pronoun_two_men_abstain", "Министр Ефим Горелов встретился с губернатором Тарасом Ломакиным. Он заявил, что сеть расширят.",
         reported=[]),
    case("s_pronoun_she_picks_woman", "Министр Ефим Горелов встретился с губернатором Инной Барановой. Она заявила, что регион готов.",
         reported=[("Инна Баранова", "регион готов")]),
    case("s_ne_zayavil_negated_negative", "Министр Ефим Горелов не стал комментировать сделку."),
    case("s_otkazalsya_kommentirovat_negative", "В компании отказались комментировать слухи."),

    # ---- dates ------------------------------------------------------------------------------------
    case("s_date_minuvshiy_vtornik", "В минувший вторник стороны подписали меморандум.", dates=[]),
    case("s_date_nakanune", "Накануне министр посетил Казань.", places=[("Казань", "RUS")]),
    case("s_date_na_dnyakh", "На днях компания открыла офис в Алма-Ате.", places=[("Алма-Ата", "KAZ")]),
    case("s_date_end_prev_year", "В конце прошлого года стороны договорились о поставках.", dates=[]),
    case("s_date_half_year_g", "В первом полугодии 2024 г. экспорт вырос.", dates=[("В первом полугодии 2024 г.", "2024", "year")]),
    case("s_date_second_half_year", "Во втором полугодии 2025 года выручка снизилась.", dates=[("Во втором полугодии 2025 года", "2025", "year")]),
    case("s_date_s_po_march_year", "Выставка пройдет с 1 по 3 марта 2026 года в Москве.",
         dates=[("1 по 3 марта 2026 года", "2026-03-01", "day")], places=[("Москва", "RUS")]),
    case("s_date_horizon_do_2030", "Стратегия рассчитана до 2030 года.", dates=[]),
    case("s_date_horizon_na_period", "Программа на 2025–2027 годы утверждена.", dates=[]),
    case("s_date_k_2030_horizon", "К 2030 году доля отечественного ПО достигнет 80 процентов.", dates=[]),
    case("s_date_weekday_v_chetverg", "В четверг делегация прибыла в Минск.", places=[("Минск", "BLR")]),
    case("s_date_v_proshlom_mesyatse", "В прошлом месяце выручка выросла.", dates=[]),
    case("s_date_v_tekushchem_godu", "В текущем году компания откроет два офиса.", dates=[]),
    case("s_date_full_with_weekday", "Во вторник, 14 мая 2024 года, стороны подписали соглашение.",
         dates=[("14 мая 2024 года", "2024-05-14", "day")]),
    case("s_date_dateline_tass", "МОСКВА, 12 марта. /ТАСС/. Министр Ефим Горелов заявил, что реестр обновят.",
         reported=[("Ефим Горелов", "реестр обновят")], dates=[("12 марта", None, "day")], places=[("Москва", "RUS")]),
    case("s_date_month_year_genitive_itogi", "Итоги марта 2025 года оказались лучше прогнозов.", dates=[("марта 2025 года", "2025-03", "month")]),
    case("s_date_year_range_s_po", "С 2022 по 2024 год экспорт удвоился.", dates=[("2022", "2022", "year"), ("2024 год", "2024", "year")]),
    case("s_date_ordinal_day_genitive", "Соглашение вступит в силу 1 января 2027 г.", dates=[("1 января 2027 г.", "2027-01-01", "day")]),

    # ---- countries and places ------------------------------------------------------------------------
    case("s_country_adjective_pair", "Российско-китайский форум собрал тысячу участников.", countries=["CHN", "RUS"]),
    case("s_country_adjective_pair_genitive", "Итоги российско-казахстанского сотрудничества подвели в Астане.",
         countries=["KAZ", "RUS"], places=[("Астана", "KAZ")]),
    case("s_country_v_podnebesnoy", "В Поднебесной растет спрос на российские программы.", countries=["CHN", "RUS"]),
    case("s_country_na_territorii_rf", "Данные будут храниться на территории РФ.", countries=["RUS"]),
    case("s_country_dative_plural_list", "Поставки Индии, Вьетнаму и Индонезии выросли.", countries=["IDN", "IND", "VNM"]),
    case("s_country_instrumental", "Соглашение с Узбекистаном и Киргизией подписано.", countries=["KGZ", "UZB"]),
    case("s_country_prepositional", "В Белоруссии и Армении открыли центры.", countries=["ARM", "BLR"]),
    case("s_country_belarus_spelling", "Делегация Беларуси прибыла на форум.", countries=["BLR"]),
    case("s_country_long_official_name", "Премьер-министр Социалистической Республики Вьетнам прибыл с визитом.", countries=["VNM"]),
    case("s_country_adjective_companies", "Китайские и индийские компании вложили средства.", countries=["CHN", "IND"]),
    case("s_country_usa_abbrev_genitive", "Санкции США не остановили проект.", countries=["USA"]),
    case("s_country_kitayskaya_narodnaya", "С Китайской Народной Республикой подписан меморандум.", countries=["CHN"]),
    case("s_place_genitive_iz", "Делегация из Новосибирска прибыла в Шанхай.", places=[("Новосибирск", "RUS"), ("Шанхай", "CHN")]),
    case("s_place_instrumental_pod", "Завод построят под Казанью.", places=[("Казань", "RUS")]),
    case("s_place_dative_po", "Поездки по Казани и Самаре.", places=[("Казань", "RUS"), ("Самара", "RUS")]),
    case("s_place_region_genitive", "Губернатор Свердловской области подписал указ.", places=[("Свердловская область", "RUS")]),
    case("s_place_foreign_city_prepositional", "В Гуанчжоу и Шэньчжэне открыли представительства.", places=[("Гуанчжоу", "CHN"), ("Шэньчжэнь", "CHN")]),
    case("s_place_ekaterinburg_yo", "Форум в Екатеринбурге собрал инвесторов.", places=[("Екатеринбург", "RUS")]),
    case("s_place_city_adjective_not_place", "Московская биржа провела торги.", places=[]),
    case("s_place_sankt_peterburg_dative", "Делегация приехала к Санкт-Петербургу.", places=[("Санкт-Петербург", "RUS")]),
    case("s_place_nizhny_inflected", "В Нижнем Новгороде открыли ИТ-парк.", places=[("Нижний Новгород", "RUS")]),
    case("s_place_surname_like_city_negative", "Иван Пермяков выступил на сессии.", places=[]),
]

# Forms this round did not reach, kept as expected failures (strict: a fix shows up as a pass to record).
KNOWN_GAPS = [
    # «на период с 2025 по 2030 год» is a programme period, no date; without a publication date the span rule (shared
    # dates code) cannot tell it from a span that took place and reads both years
    case("s_date_year_range_plan_negative", "Программа рассчитана на период с 2025 по 2030 год.", dates=[]),
    # a surname that is also a country adjective («Китайский») is read as China: country mentions are found before
    # people, in shared code
    case("s_country_adjective_not_surname", "Министр Иван Китайский открыл форум.", countries=[]),
    # a bare plural role after the verb («считают аналитики») is left without a speaker like a bare singular role
    # («считает аналитик»): the rule that reads a role as its speaker needs its body («аналитики банка»)
    case("s_trailing_schitayut_analitiki_bare", "Рынок вырастет на десятую часть, считают аналитики.",
         reported=[("аналитики", "Рынок вырастет на десятую часть")]),
]
