"""Russian resources for finding people (the counterpart of `helpers.lang.en_people`): role nouns, honorifics,
pronouns, name particles.

Role nouns are lemmas (compare with `morph.token_key`; `role_forms()` lists every case for patterns:
«министр», «министра», «министром»). First names, patronymics and surnames come from pymorphy3's Name, Patr
and Surn tags (`morph.parses`), so there is no first-name list to keep up; `EXTRA_FIRST_NAMES` adds the
names of this domain its dictionary lacks. Role classes are the English ones, so a role links across scripts.
"""
from __future__ import annotations

from functools import lru_cache

from helpers.lang.ru.morph import word_forms

# Role nouns (lemmas) -> the role class used to link a later «министр» back to the person it names.
ROLE_CLASSES = {
    "президент": "president", "вице-президент": "vice president", "премьер": "prime minister",
    "премьер-министр": "prime minister", "вице-премьер": "deputy prime minister", "министр": "minister",
    "замминистр": "deputy minister", "замминистра": "deputy minister", "заместитель": "deputy",
    "секретарь": "secretary", "госсекретарь": "secretary", "канцлер": "chancellor",
    "председатель": "chair", "спикер": "chair", "глава": "head", "руководитель": "head", "лидер": "leader",
    "начальник": "head", "мэр": "mayor", "губернатор": "governor", "посол": "ambassador", "посланник": "ambassador",
    "генконсул": "consul", "консул": "consul", "дипломат": "diplomat", "директор": "director",
    "гендиректор": "director", "генеральный директор": "director", "король": "head of state", "эмир": "head of state",
    "султан": "head of state", "монарх": "head of state", "пресс-секретарь": "spokesperson",
    "официальный представитель": "spokesperson", "представитель": "representative", "советник": "adviser",
    "помощник": "adviser", "уполномоченный": "commissioner", "сенатор": "legislator", "депутат": "legislator",
    "парламентарий": "legislator", "член": "member", "чиновник": "official", "основатель": "founder",
    "управляющий": "executive", "менеджер": "executive", "командующий": "military",
    "командир": "military", "ректор": "director", "профессор": "academic", "академик": "academic",
    "эксперт": "expert", "аналитик": "expert", "политолог": "expert", "корреспондент": "journalist",
    "журналист": "journalist", "редактор": "journalist", "политик": "politician",
    "генсек": "secretary", "генеральный секретарь": "secretary", "вице-спикер": "deputy",
    "коллега": "colleague",
}
# Lower-case words that may stand before a role noun («первый вице-премьер», «бывший министр», «глава МИД»).
ROLE_MODIFIERS = ("первый", "временно", "исполняющий", "бывший", "экс", "нынешний", "действующий", "белорусский",
                  "российский", "китайский", "казахстанский", "новый", "генеральный", "официальный", "заместитель",
                  "статс-секретарь")
# Words that turn a role into its deputy («заместитель министра», «замминистра», «вице-премьер» are not
# the minister or the prime minister).
DEPUTY_WORDS = frozenset({"заместитель", "зам", "замминистра", "вице", "первый заместитель", "помощник", "врио",
                          "исполняющий обязанности"})
# «глава Минцифры», «руководитель министерства …» names the minister; «глава агентства» the agency's head.
HEAD_OF_MINISTRY = frozenset({"министерство", "минцифры", "мид", "минфин", "минэкономразвития", "минпромторг",
                              "минобороны", "минюст", "минздрав", "минтранс", "минэнерго", "ведомство", "департамент"})
# «глава правительства», «глава кабмина» names the prime minister.
HEAD_OF_GOVERNMENT = frozenset({"правительство", "кабмин", "кабинет"})

# Nouns (lemmas) of organisations and bodies: a capitalised one is not part of a person's name.
ORG_NOUNS = frozenset("""
министерство ведомство совет комитет комиссия агентство служба департамент управление бюро правительство
администрация ассамблея парламент дума сенат палата суд союз федерация республика королевство государство
штат эмират банк фонд институт университет академия центр компания корпорация группа холдинг форум саммит
конференция конгресс организация ассоциация общество партия движение сеть платформа программа проект
стратегия концепция инициатива экономика развитие связь коммуникация технология информация инновация
промышленность транспорт наука образование культура дело безопасность оборона финансы торговля кабинет
аппарат канцелярия столица город регион область край сайт пресс-служба агентство телеканал радио газета
портал журнал издание лаборатория система биржа мингорисполком горисполком минцифры мид
""".split())

# Honorifics: the next capitalised word is a surname; some make the gender plain.
HONORIFICS = {"г-н": "m", "г-жа": "f", "господин": "m", "госпожа": "f", "товарищ": None, "д-р": None,
              "доктор": None, "проф.": None, "профессор": None}
# Role nouns (lemmas) that make the gender plain. A Russian role noun is usually masculine for both
# («министр заявила»); the verb's gender (`morph.verb_gender`) is the better clue.
GENDERED_ROLES = {"председательница": "f", "королева": "f", "король": "m", "супруга": "f", "супруг": "m",
                  "журналистка": "f", "депутатка": "f"}

# Third-person pronouns in every case, with their gender (None: plural, anyone).
PRONOUNS = {
    **dict.fromkeys(("он", "его", "него", "ему", "нему", "им", "ним", "нём", "нем"), "m"),
    **dict.fromkeys(("она", "её", "ее", "неё", "нее", "ей", "ней", "ею", "нею"), "f"),
    **dict.fromkeys(("они", "их", "них", "ими", "ними"), None),
}
# «им»/«ним» are both «him» (instrumental) and «them» (dative): listed as masculine; a caller that needs the
# plural reads the verb's number.

# Patronymic particles of Turkic names (Azerbaijani «оглы», Uzbek «угли»/«ўғли», Kyrgyz «уулу», «кызы»/«қизи»):
# the Russian name pattern reads them inside a name.
PATRONYMIC_PARTICLES = ("оглы", "оглу", "угли", "кызы", "кизи", "улы", "уулу")
# Lower-case words allowed inside a personal name («Рашад Наби оглы Набиев», «Урсула фон дер Ляйен»).
NAME_PARTICLES = frozenset({*PATRONYMIC_PARTICLES, "бин", "ибн", "бинт", "аль", "эль", "ван", "фон",
                            "дер", "де", "да", "ди", "дю", "ла", "ле", "дос", "дель"})

# Capitalised words that begin sentences or headings but never a name (besides `words.FUNCTION_WORDS`).
NOT_NAME_WORDS = frozenset("""
Вопрос Ответ Реплика Ведущий Фото Источник Читать Читайте Также Подробнее Главное Новости Видео Коллеги Друзья
Спасибо Пожалуйста Первый Второй Третий Заместитель Вице Премьер Президент Министр Глава Председатель Российский
Китайский Белорусский Казахстанский Узбекский Советский Цифровой Экономический Федеральный Государственный Союзный
Евразийский Северный Южный Восточный Западный Центральный Новый Старый Верховный Высший Республика Федерация Кремль
Правительство Министерство Совет Форум Саммит Эксперты Аналитики Источники Участники Власти Стороны Делегации
Содержание Комментарии Войти Журнал
""".split())

# First names of this domain that pymorphy3's dictionary does not tag as names, by gender.
EXTRA_FIRST_NAMES = {
    **dict.fromkeys(("Касым-Жомарт", "Кассым-Жомарт", "Нурсултан", "Шавкат", "Эмомали", "Садыр", "Алмазбек",
                     "Гурбангулы", "Сердар", "Мамметхан", "Даурен", "Максут", "Бахыт", "Ильхам", "Рашад",
                     "Никол", "Тигран", "Аскар", "Алишер", "Ненад", "Александар", "Реджеп"), "m"),
    **dict.fromkeys(("Мехрибан", "Гульнара", "Айгуль", "Динара", "Зарина"), "f"),
}

# Chinese, Vietnamese and Korean family names, written first in Russian as in the language («Си Цзиньпин», «Ли Цян»,
# «Нгуен Тхань Хай», «Ким Мин Су»): a capitalised word after one of them is a given name, and the run is a person's
# name. (Vietnamese «Ле», «До», «Во» are left out: capitalised Russian words open sentences with them.)
FAMILY_NAMES_FIRST = frozenset("""
Си Ван Ли Чжан Лю Чэнь Ян Хуан Чжао У Чжоу Сюй Сунь Ма Чжу Ху Го Хэ Гао Линь Ло Чэн Лян Се Сун Тан Хань Фэн Дэн Цао
Пэн Цзэн Сяо Тянь Дун Пань Юань Цай Цзян Юй Ду Е Вэй Шэнь Лу Цзинь Цинь Фу Хоу Мэн Сюэ Бай Цуй Кан Мао Цю Цинь Гу
Нгуен Чан Фам Хоанг Фан Ву Данг Буй Нго Зыонг Динь Чинь Доан Ким Пак Чхве Мун
""".split())
# Generic role nouns (classes) that refer back to the one person named before whose role is of that kind:
# «По словам политика» (a president, minister or lawmaker), «По словам дипломата» (an ambassador, a consul);
# a tuple is tried tier by tier.
ROLE_KINDS = {
    "politician": frozenset({"president", "vice president", "prime minister", "deputy prime minister", "minister",
                             "legislator", "chair", "head of state", "governor", "mayor", "politician"}),
    "diplomat": frozenset({"ambassador", "consul", "diplomat", "representative"}),
    # «белорусский лидер»: whoever leads the country, the head of state first, else the premier or a chair
    "leader": (frozenset({"president", "head of state"}), frozenset({"prime minister", "chair", "leader"})),
}
# Surname endings that mark the gender when neither the first name nor the verb does (nominative forms).
FEMALE_SURNAME_ENDINGS = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая")
MALE_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой", "ый")
# Endings that make a lone capitalised word before a cue a surname («Песков заявил», «Оверчук подчеркнул»),
# not a company's or body's name («Сбербанк сообщил»); pymorphy's Surn tag is checked first.
SURNAME_ENDINGS = ("ов", "ев", "ёв", "ова", "ева", "ёва", "ин", "ина", "ын", "ына", "ский", "ская", "цкий", "цкая",
                   "енко", "ко", "чук", "юк", "ук", "ян", "янц", "дзе", "швили", "вич", "ич", "ых", "их")


@lru_cache(maxsize=1)
def role_forms() -> dict[str, str]:
    """Every case and number of every role noun (lower-case) -> its role class («министра» -> "minister")."""
    return {form: role for noun, role in ROLE_CLASSES.items() if " " not in noun for form in word_forms(noun)}
