"""The Russian person layer: names in any case to the nominative, initials, roles before a name, surnames.

Russian declines names («Натальи Кочановой»), writes initials glued to the surname («В.Путин»), puts the
role before the name in any case («вице-премьера Дмитрия Чернышенко») and has no article, so a bare role
noun («министр») or a pronoun («он», «она») refers back. Names are found by their shape (capitalised words,
initials) and confirmed by pymorphy3's Name/Surn/Patr tags, a role before them or the known-people list;
each person is kept under the nominative of the fullest form the text gives. `resolve` finds who a phrase
next to a cue names: a name, a surname, a role (by its class), a pronoun (by the verb's gender), or nobody.
"""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.document import Document
from helpers.extract.people import PeopleLayer
from helpers.extract.people.known import KnownPeople
from helpers.extract.people.names import Person, mention_row
from helpers.extract.people.roles import role_class
from helpers.lang import Language
from helpers.lang import get as get_language
from helpers.lang.ru import morph
from helpers.lang.ru.people import role_forms
from helpers.lang.ru.speech import speech_verb_forms
from helpers.reference import in_language

# Case and gender endings of Russian surnames, longest first (-ов/-ев/-ин and adjectival -ский declensions):
# «Петровская» and «Петров» keep different keys («петровск», «петров»).
SURNAME_CASE_ENDINGS = ("ого", "ому", "ыми", "ими", "ым", "им", "ой", "ую", "ая", "ий", "ый", "ом", "ем",
                        "у", "а", "е", "ы", "ю", "я")
# How the key of a declined surname ends (-ов/-ев/-ин/-ын, -ск/-цк): «Лапиной», «Вершинину» are surnames.
SURNAME_STEM_ENDINGS = ("ов", "ев", "ин", "ын", "ск", "цк")
ROLE_REACH = 160  # characters before a name searched for its role phrase
NAME_OR_PLACE_TAGS = morph.PERSON_NAME_TAGS | {"Geox", "Orgn"}
# The word after a name (past «также», «уже»), and the word before it read backwards from the name (the last
# word of the 40 characters before it, spaces and a line end after it): anchored, so each is one short match.
WORD_AFTER = re.compile(r"[ \t\u00a0]+(?:также[ \t\u00a0]+|уже[ \t\u00a0]+)?(\w+)")
WORD_BEFORE_REVERSED = re.compile(r"\n?[ \t\u00a0]+(\w+)")


def titled_labels(lang: Language, text: str) -> str:
    """The text with transcript labels in capitals written as names («В.ПУТИН:» -> «В.Путин:», «ВОПРОС:» ->
    «Вопрос:»), same length, so the name and label finders read them and their offsets still hold."""
    if ":" not in text:
        return text
    return lang.patterns.CAPS_LABEL.sub(lambda m: m.group()[:m.start("label") - m.start()]
                                        + re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), m.group("label")), text)


def find_people_ru(doc: Document, ref, known: KnownPeople, lang: Language) -> PeopleLayer:
    """Person mentions of one Russian document: full names with their roles, then surnames linked to them."""
    text, p = titled_labels(lang, doc.text), lang.patterns
    people: dict[str, Person] = {}
    rows: list[dict] = []
    singles = []
    for m in p.NAME.finditer(text):
        phrase = m.group()
        trailing = p.TRAILING_INITIALS.search(phrase)
        if trailing:  # «Путин В.В.»: read as «В.В. Путин», so both orders are one person
            if _surname_then_initials(doc, lang, m, trailing, people, rows, known, ref):
                continue
            phrase = phrase[:trailing.start()]  # «Иван Светлов И.»: the initial ends a sentence
        if _surname_first(doc, lang, m, people, rows, known, ref):
            continue
        words = _name_words(lang, phrase)
        if not words:
            continue
        start = m.start() + phrase.index(words[0])
        surface = " ".join(words) if not p.INITIALS.match(words[0]) else phrase[phrase.index(words[0]):]
        end = start + len(surface)
        if len(words) == 1 and not p.INITIALS.match(words[0]):
            singles.append((start, end, words[0]))
            continue
        if not _is_person(lang, words, known) and not _unknown_first_name_after_role(lang, text, words, start, rows):
            continue
        role = _role_before(lang, text, start, rows[-1]["end"] if rows else 0)
        as_written = text[end:end + 1] == ":" or text[end:end + 15].lstrip().startswith("(")  # a label: «А. К. Волин:»
        gender = _gender_of_role_or_verb(text, end)
        # a speech verb's gender settles a name that reads two ways («Валерия Соколова»: she, or his genitive)
        speaking = _gender_of_speech_verb(text, start, end)
        name = " ".join(surface.split()) if as_written else morph.nominative(surface.replace("\u00a0", " "), speaking)
        name = re.sub(r"\.\s+(?=\w)", ". ", name) if "." in name else name
        person = _register(lang, people, name, role, known, ref, prefer=as_written or gender is not None)
        rows.append(mention_row(doc, start, end, surface, person, "name"))
    # One person under several forms: «В.Путин» and «Владимир Путин», «Путин» after «Владимир Путин».
    people_of = {spelling: person for person in people.values() for spelling in person.spellings | {person.name}}
    named = sorted(((r["start"], people_of[r["entity"]]) for r in rows), key=lambda pair: pair[0])  # full names in order
    owners_by_key: dict[str, list[Person]] = {}  # surname key -> the people whose name ends with it
    for person in people.values():
        for key in {_surname_key(s.split()[-1].split(".")[-1]) for s in person.spellings | {person.name}}:
            owners_by_key.setdefault(key, []).append(person)
    for start, end, word in singles:
        owner = _surname_owner(owners_by_key, word, named, start, text, end)
        if owner is not None:
            rows.append(mention_row(doc, start, end, word, owner, "surname"))
        elif owners_by_key.get(_surname_key(word)):
            continue  # «Игорь Белов и Павел Белов …, — сказал Белов»: two people share it, no telling which
        elif (_is_surname(word) or _speaking_surname(text, start, end, word)) and not _is_place_word(ref, lang, word):
            name = morph.nominative(word, _gender_of_role_or_verb(text, end))
            known_person = known.get(name)
            person = people.setdefault(name, Person(name=name, gender=_surname_gender(name), spellings={name},
                                                    country=known_person.country if known_person else None))
            owners_by_key.setdefault(_surname_key(name), []).append(person)
            rows.append(mention_row(doc, start, end, word, person, "surname"))
    current = {spelling: person.name for person in people.values() for spelling in person.spellings | {person.name}}
    for row in rows:  # a person renamed to a fuller form found later keeps one name in every row
        row["entity"] = current.get(row["entity"], row["entity"])
    layer = PeopleLayer(doc.doc_id, people, rows)
    # «белорусский президент»: the country a role phrase names tells two presidents apart
    layer.country_in = (lambda phrase: in_language(ref, lang).country_in(phrase)) if ref is not None else None
    return layer


def _surname_then_initials(doc: Document, lang: Language, m: re.Match, trailing: re.Match, people: dict[str, Person],
                           rows: list[dict], known: KnownPeople, ref) -> bool:
    """A surname followed by initials («Светлов И.А. отметил», «с Путиным В.В.»): the person named with the
    initials first, the surname in the nominative. False when more than a surname comes before them."""
    words = _name_words(lang, m.group()[:trailing.start()])
    if len(words) != 1 or lang.patterns.INITIALS.match(words[0]):
        return False
    text = doc.text
    start = m.start() + m.group().index(words[0])
    end = m.start() + trailing.end()
    surname = morph.nominative(words[0], _gender_of_speech_verb(text, start, end))
    initials = re.sub(r"\s+", "", trailing.group("initials"))
    person = _register(lang, people, f"{initials} {surname}", _role_before(lang, text, start, rows[-1]["end"] if rows else 0),
                       known, ref)
    rows.append(mention_row(doc, start, end, text[start:end], person, "name"))
    return True


def _surname_first(doc: Document, lang: Language, m: re.Match, people: dict[str, Person], rows: list[dict],
                   known: KnownPeople, ref) -> bool:
    """«Гладышев Антон Викторович» (registers, lists, official texts): a surname, a given name and a patronymic, read
    as «Антон Викторович Гладышев», so both orders are one person. False for any other phrase."""
    words = m.group().replace("\u00a0", " ").split(" ")
    if len(words) != 3 or not _first_name(lang, words[1]) or _first_name(lang, words[0]) \
            or not any("Patr" in a.tag.grammemes for a in morph.parses(words[2].lower())[:1]) \
            or not (_is_surname(words[0]) or morph.guessed_surname(words[0])):
        return False
    name = morph.nominative(f"{words[1]} {words[2]} {words[0]}", _gender_of_speech_verb(doc.text, m.start(), m.end()))
    person = _register(lang, people, name, _role_before(lang, doc.text, m.start(), rows[-1]["end"] if rows else 0), known, ref)
    rows.append(mention_row(doc, m.start(), m.end(), m.group(), person, "name"))
    return True


def _name_words(lang: Language, phrase: str) -> list[str]:
    """The words of a capitalised run that can be a name: function and heading words dropped from its start."""
    words = phrase.replace("\u00a0", " ").split(" ")
    if any(w in lang.people.PATRONYMIC_PARTICLES for w in words[1:-1]):  # «Фаррух Бахтиёр угли Каримов»: one name
        while words and not lang.is_name_start(words[0]):
            words = words[1:]
        return words if len(words) <= 5 else []
    while words and (not lang.is_name_start(words[0]) or (len(words) > 1 and not _first_name(lang, words[0])
                                                           and (_singular_first_name(lang, words[1]) or _country_before_name(words)))):
        words = words[1:]  # «Мингорисполкома Владимира Кухарева»: the name starts at its first name
    if len(words) > 3:
        return []  # a run of capitalised words this long is a title or an organisation's name
    if words and lang.patterns.INITIALS.match(words[0]) and len(words) > 1 and words[0].endswith("."):
        return [" ".join(words)]  # «А. К. Волин»
    return [w for w in words if w]


def _singular_first_name(lang: Language, word: str) -> bool:
    """A first name in the singular: «Рахимов» is also the plural genitive of «Рахим», which starts no name."""
    return word in lang.people.EXTRA_FIRST_NAMES or word in lang.people.FAMILY_NAMES_FIRST or \
        any("Name" in a.tag.grammemes and "sing" in a.tag.grammemes for a in morph.parses(word)[:4])


def _country_before_name(words: list[str]) -> bool:
    """«Таджикистана Фаррух Рахимов»: a place name ending a role phrase, then two words of a name; «Посол
    Вьетнама Нгуен Тхань Хай», «Республики Корея Ким Мин Су»: a place word next, then a name of three."""
    if len(words) == 3:
        return _place_word(words[0])
    return len(words) in (4, 5) and (_place_word(words[0]) or _place_word(words[1]))


def _place_word(word: str) -> bool:
    return any("Geox" in a.tag.grammemes for a in morph.parses(word)[:2])


def _is_person(lang: Language, words: list[str], known: KnownPeople) -> bool:
    if lang.patterns.INITIALS.match(words[0]):
        return True
    if known.get(" ".join(words)):
        return True
    if any(w in lang.people.PATRONYMIC_PARTICLES for w in words[1:-1]):
        return True  # a given name, the father's name, «угли»/«оглы», the surname
    first, last = words[0], words[-1]
    first_is_name = _first_name(lang, first)
    last_is_name = (any(not morph.PERSON_NAME_TAGS.isdisjoint(a.tag.grammemes) for a in morph.parses(last)) or not _common_word(last)
                    or first in lang.people.FAMILY_NAMES_FIRST
                    or (len(words) > 1 and (last.endswith(lang.people.SURNAME_ENDINGS)
                                            or _surname_key(last).endswith(SURNAME_STEM_ENDINGS)
                                            or _common_noun_surname(first, last))))
    return first_is_name and last_is_name and not any(_is_org_word(lang, w) for w in words)


def _common_noun_surname(first: str, last: str) -> bool:
    """«Эмманюэля Макрона», «Александр Лебедь»: after a word read first as a given name, a capitalised noun in the
    same case is a surname, however common the noun («макрон», «лебедь»)."""
    given = morph.parses(first.lower())[:1]
    if not given or "Name" not in given[0].tag.grammemes:
        return False
    case = given[0].tag.case
    return any(a.tag.POS == "NOUN" and a.tag.case == case and "plur" not in a.tag.grammemes for a in morph.parses(last.lower()))


def _unknown_first_name_after_role(lang: Language, text: str, words: list[str], start: int, rows: list[dict]) -> bool:
    """«министр связи Таджикистана Фаррух Рахимов»: a first name the dictionary does not know (common in
    Central Asian and Caucasian names), then a surname, right after a role phrase, is a person."""
    if len(words) != 2 or morph.analyzer().word_is_known(words[0].lower()) or _is_org_word(lang, words[1]):
        return False
    if not (_is_surname(words[1]) or words[1].lower().endswith(lang.people.SURNAME_ENDINGS)):
        return False
    return _role_before(lang, text, start, rows[-1]["end"] if rows else 0) is not None


def _first_name(lang: Language, word: str) -> bool:
    return word in lang.people.EXTRA_FIRST_NAMES or word in lang.people.FAMILY_NAMES_FIRST or any("Name" in a.tag.grammemes for a in morph.parses(word)[:4])


def _common_word(word: str) -> bool:
    """A word pymorphy knows as an ordinary (non-name) word with good confidence."""
    analyses = morph.parses(word)
    return bool(analyses) and analyses[0].score > 0.3 and NAME_OR_PLACE_TAGS.isdisjoint(analyses[0].tag.grammemes) \
        and "UNKN" not in analyses[0].tag.grammemes and analyses[0].tag.POS is not None


def _is_org_word(lang: Language, word: str) -> bool:
    return morph.token_key(word) in lang.people.ORG_NOUNS


@lru_cache(maxsize=50_000)
def _is_surname(word: str) -> bool:
    return any("Surn" in a.tag.grammemes for a in morph.parses(word)[:3])


def _is_place_word(ref, lang: Language, word: str) -> bool:
    return ref is not None and bool(in_language(ref, lang).match_names(word))


def _surname_gender(name: str) -> str | None:
    return "f" if name.endswith(("ова", "ева", "ина", "ая")) else "m" if name.endswith(("ов", "ев", "ин", "ий")) else None


def _gender_of_role_or_verb(text: str, end: int) -> str | None:
    """The gender of the past-tense verb right after a name («Захарова заявила» -> f), if any."""
    m = re.match(r"[ \t\u00a0]+(?:также[ \t\u00a0]+|уже[ \t\u00a0]+)?(\w+)", text[end:end + 40])
    return morph.verb_gender(m.group(1)) if m else None


def _surname_owner(owners_by_key: dict[str, list[Person]], word: str, named: list[tuple[int, Person]],
                   offset: int, text: str, end: int) -> Person | None:
    """The person whose surname this word is, in any case. When several people share it, the one of the
    verb's gender («сказала Белова»); None when the verb does not tell them apart."""
    owners = owners_by_key.get(_surname_key(word), [])
    if len(owners) <= 1:
        return owners[0] if owners else None
    gender = _gender_of_role_or_verb(text, end) or _gender_of_verb_before(text, offset)
    fitting = [owner for owner in owners if gender and owner.gender in (gender, None)]
    return fitting[0] if len(fitting) == 1 else None


def _gender_of_verb_before(text: str, start: int) -> str | None:
    """The gender of the past-tense verb right before a name («— сказала Белова» -> f), if any."""
    m = re.search(r"(\w+)[ \t\u00a0]+$", text[max(0, start - 40):start])
    return morph.verb_gender(m.group(1)) if m else None


def _speech_verb_beside(text: str, start: int, end: int) -> str | None:
    """The speech verb right after or right before a name, whose subject the name is («Валерия Соколова
    уточнила», «— уточнила Валерия Соколова»); another verb beside a name may have it as its object."""
    after = WORD_AFTER.match(text[end:end + 40])
    before = WORD_BEFORE_REVERSED.match(text[max(0, start - 40):start][::-1])
    words = (after.group(1) if after else None, before.group(1)[::-1] if before else None)
    return next((word for word in words if word and word.lower() in speech_verb_forms()), None)


def _gender_of_speech_verb(text: str, start: int, end: int) -> str | None:
    verb = _speech_verb_beside(text, start, end)
    return morph.verb_gender(verb) if verb else None


def _speaking_surname(text: str, start: int, end: int, word: str) -> bool:
    """A surname the dictionary does not know («Шадрин»), read by its regular ending when it is a speech
    verb's subject («— заявил Шадрин», «Шадрин отметил»). The verb is looked for first: few capitalised words
    stand beside one, and the ending is tried in every gender and case."""
    return _speech_verb_beside(text, start, end) is not None and morph.guessed_surname(word)


@lru_cache(maxsize=50_000)
def _surname_key(word: str) -> str:
    """A surname's key across case and gender, by its ending («Гаврилова», «Гавриловым», «Гаврилов» ->
    «гаврилов»; «Петровскую», «Петровская» -> «петровск»): lemmas would read some surnames as other words."""
    key = word.lower().replace("ё", "е")
    for ending in SURNAME_CASE_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending) + 2:
            return key[: -len(ending)]
    return key


def _register(lang: Language, people: dict[str, Person], name: str, role: str | None, known: KnownPeople, ref,
              prefer: bool = False) -> Person:
    """The person of a full name: an earlier fuller or shorter form of the same name, else a new one. Of two
    equally full forms, one written as a label or a verb's subject (nominative as written) wins, and one with «ё»
    wins over the same with «е»."""
    for person in people.values():
        if _same_person(person.name, name):
            same_but_yo = _without_yo(name) == _without_yo(person.name)  # «Фёдор» and «Федор»: the «ё» tells more
            if _fullness(name) > _fullness(person.name) or (prefer and _fullness(name) == _fullness(person.name) and not same_but_yo) \
                    or (same_but_yo and "ё" in name.lower() and "ё" not in person.name.lower()):
                people[name] = people.pop(person.name)
                person.name = name
            person.spellings.add(name)
            _add_role(lang, person, role, ref)
            return person
    entry = known.get(name)
    person = Person(name=name, gender=_gender(lang, name, entry), spellings={name}, country=entry.country if entry else None)
    if entry and entry.roles:  # the reference list's office until the text gives one: «Белорусский лидер» -> Лукашенко
        person.office = role_class(entry.roles[0], get_language("en"))
    people[name] = person
    _add_role(lang, person, role, ref)
    return person


def _without_yo(name: str) -> str:
    return name.replace("ё", "е").replace("Ё", "Е")


def _fullness(name: str) -> int:
    """Whole words count most, then initials: «А.В. Гладышев» is fuller than «А. Гладышев»."""
    words = name.replace(".", ". ").split()
    return 10 * sum(len(w) > 2 for w in words) + sum(len(w) <= 2 for w in words)


def _same_person(a: str, b: str) -> bool:
    """«В.Путин» and «Владимир Путин», «Си Цзиньпин» and «Председатель Си Цзиньпин»: same surname, compatible first letters."""
    wa, wb = a.replace(".", ". ").split(), b.replace(".", ". ").split()
    if _surname_key(wa[-1]) != _surname_key(wb[-1]):
        return False
    return wa[0][:1] == wb[0][:1]


def _gender(lang: Language, name: str, entry) -> str | None:
    if entry and entry.gender:
        return entry.gender
    first = name.split()[0]
    if "." in first:
        return _surname_gender(name.split(".")[-1].split()[-1])
    if first in lang.people.EXTRA_FIRST_NAMES:
        return lang.people.EXTRA_FIRST_NAMES[first]
    for a in morph.parses(first):
        if "Name" in a.tag.grammemes:
            return {"masc": "m", "femn": "f"}.get(a.tag.gender)
    return _surname_gender(name.split()[-1])


def _role_before(lang: Language, text: str, start: int, previous_name_end: int) -> str | None:
    """The role phrase right before a name, in the same clause and after the name before it
    («вице-премьер России», «министр связи»)."""
    floor = max(0, start - ROLE_REACH, previous_name_end)
    window_start = max(text.rfind(c, floor, start) + 1 for c in ".;:!?\n«»\"“”()") if start else 0
    window_start = max(window_start, floor)
    found = list(lang.patterns.ROLE_WORD.finditer(text, window_start, start))
    if not found:
        return None
    # the role phrase is the chain of role nouns and their modifiers closing right before the name
    # («вице-премьер - руководитель аппарата правительства», «первый заместитель министра»)
    first = found[-1].start()
    for m in reversed(found[:-1]):
        between = text[m.end():first]
        if re.fullmatch(r"[ \t\u00a0]*(?:[—–-][ \t\u00a0]*)?(?:[а-яё-]+[ \t\u00a0]+)?", between) is None:
            break
        first = m.start()
    while True:  # adjectives before it: «первый», «белорусский»
        m = re.search(r"(?:^|[ \t\u00a0])([а-яё-]+(?:ый|ий|ой))[ \t\u00a0]+$", text[window_start:first])
        if not m:
            break
        first = window_start + m.start(1)
    phrase = re.sub(r"[^\w)»]+$", "", text[first:start])
    return " ".join(phrase.split()) or None


def office_of(lang: Language, phrase: str) -> tuple[str, bool] | None:
    """The role class of a role phrase and whether it is a deputy («заместитель министра» is not the minister)."""
    found = [m.group().lower() for m in lang.patterns.ROLE_WORD.finditer(phrase)]
    if not found:
        return None
    roles = role_forms()
    deputy = any(morph.token_key(w) in lang.people.DEPUTY_WORDS for w in phrase.split())
    head = found[0]
    role = roles.get(head)
    after = phrase.lower().split(head, 1)[-1].split()
    if role == "head" and after and (after[0].startswith("мин") or morph.token_key(after[0]) in lang.people.HEAD_OF_MINISTRY):
        role = "minister"  # «глава Минкомсвязи», «руководитель министерства» is the minister
    elif role in ("head", "chair") and after and morph.token_key(after[0]) in lang.people.HEAD_OF_GOVERNMENT:
        role = "prime minister"  # «глава правительства», «председатель кабмина»
    if role in ("deputy",) and len(found) > 1:
        return roles.get(found[1]), True
    return role, deputy


def _add_role(lang: Language, person: Person, role: str | None, ref) -> None:
    if role and not person.role:
        person.role, person.office = role, office_of(lang, role)
        if ref is not None:
            person.country = in_language(ref, lang).country_in(role) or person.country


def resolve(lang: Language, layer: PeopleLayer, text: str, start: int, end: int,
            gender: str | None = None) -> tuple[Person | None, str]:
    """Who the phrase text[start:end] names, and how: a name in it ("name"), a role noun referring back to the
    one person of that role class named before ("role"), a pronoun referring back to the last person of its
    gender ("pronoun"). `gender` ("m"/"f", from the verb: «министр заявила») keeps the role holders of that
    gender. (None, reason) when it names nobody or two people fit equally."""
    phrase = " ".join(text[start:end].split())
    names = [m for m in layer.mentions_in(start, end + 1)]
    if names:
        return layer.person(names[-1]["entity"]), "name"
    earlier = [layer.person(m["entity"]) for m in layer.mentions if m["start"] < start]
    first_word = phrase.split()[0].lower() if phrase else ""
    if first_word in ("он", "она"):
        wanted = "m" if first_word == "он" else "f"
        seen = []
        for person in reversed(earlier):
            if person not in seen:
                seen.append(person)
        fitting = [p for p in seen[:2] if p.gender in (wanted, None)]
        if not fitting:
            return None, f"could not tell who '{phrase}' is"
        # of the last two people named, the one of the pronoun's gender; both of it: no telling them apart
        if len(fitting) == 2 and fitting[0].gender == fitting[1].gender:
            return None, f"two people fit '{phrase}'"
        return next((p for p in fitting if p.gender == wanted), fitting[0]), "pronoun"
    office = office_of(lang, phrase) if lang.patterns.ROLE_WORD.match(phrase) or _adjective_role(lang, phrase) else None
    kind = lang.people.ROLE_KINDS.get(office[0]) if office else None
    country = layer.country_in(phrase) if office and getattr(layer, "country_in", None) else None
    if kind:  # «политика», «дипломата», «белорусский лидер»: the one person named before whose role is of that kind
        for tier in kind if isinstance(kind, tuple) else (kind,):  # «российский лидер»: the president before the premier
            holders = _holders(reversed(earlier), lambda o: o[0] in tier, country, gender)
            if holders:
                break
        if len(holders) == 1:
            return holders[0], "role"
        return None, (f"two people fit '{phrase}'" if holders else f"could not tell who '{phrase}' is")
    if office and office[0]:
        everyone = earlier or [layer.person(m["entity"]) for m in layer.mentions]  # a headline names the role first
        holders = _holders(reversed(everyone), lambda o: o == office, country, gender)
        if len(holders) == 1:
            return holders[0], "role"
        if len(holders) > 1:
            return None, f"two people fit '{phrase}'"
        return None, f"could not tell who '{phrase}' is"
    return None, f"the text does not name '{phrase}'"


def _holders(people, fits, country: str | None, gender: str | None) -> list[Person]:
    """The distinct people whose office fits, of the phrase's country and the verb's gender when those are known;
    nobody when only someone else is of the phrase's country."""
    people = list(people)
    holders = []
    for person in people:
        if person.office and fits(person.office) and person not in holders \
                and not (country and person.country and country != person.country):
            holders.append(person)
    if country and not any(p.country == country for p in holders) \
            and any(p.country == country for p in people if p not in holders):
        # «Шадрин и его узбекский коллега Шерматов … Узбекский министр»: the one of that country is meant, though
        # his role is not written as a minister; a minister of no stated country is not him
        return []
    if gender and len(holders) > 1:  # «министр заявила»: of two ministers, the woman; of two women, nobody
        holders = [p for p in holders if p.gender in (gender, None)]
    return holders


def _adjective_role(lang: Language, phrase: str) -> bool:
    """«белорусский президент», «казахстанский президент»: an adjective, then the role noun."""
    words = phrase.split()
    return len(words) >= 2 and lang.patterns.ROLE_WORD.fullmatch(words[1]) is not None
