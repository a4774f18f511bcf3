"""Russian morphology from pymorphy3's OpenCorpora dictionaries: lemmas, lookup keys, nominative names.

Russian inflects names of countries, places and people in six cases («России», «Россией», «в Минске»,
«Натальи Кочановой»), so lookups go through the lemma rather than the word as written. Every analysis is
cached per word form: the same forms repeat across a corpus, and a cached form costs a dictionary
lookup instead of a parse. Callers send only candidate words: name lookups and topic keywords pass a word
to morphology only when it starts like one of theirs (`helpers.reference.StemStarts`), so the 16 dev-ru
excerpts (2,021 words, 1,074 distinct forms) parse about 470 forms, not 3,000. With pymorphy3's C
dictionary reader (dawg2) a new form parses in about 15 µs (loaded machine).
"""
from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

GENDERS = ("masc", "femn")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
PERSON_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
# Tags of words that name a person, a place or an organisation rather than a common noun.
PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее")  # a place named by an adjective: «Великое», «Красная»
# Surnames pymorphy does not know, by ending: (ending as written, gender, cases it can be, nominative ending).
# Only the regular Russian surname paradigms (-ов/-ев/-ин, -ский/-цкий): anything else is left as written.
SURNAME_ENDINGS = (
    ("овой", "femn", ("gent", "datv", "ablt", "loct"), "ова"), ("евой", "femn", ("gent", "datv", "ablt", "loct"), "ева"),
    ("ёвой", "femn", ("gent", "datv", "ablt", "loct"), "ёва"), ("иной", "femn", ("gent", "datv", "ablt", "loct"), "ина"),
    ("ыной", "femn", ("gent", "datv", "ablt", "loct"), "ына"), ("ову", "femn", ("accs",), "ова"),
    ("еву", "femn", ("accs",), "ева"), ("ину", "femn", ("accs",), "ина"), ("ыну", "femn", ("accs",), "ына"),
    ("ская", "femn", ("nomn",), "ская"), ("ской", "femn", ("gent", "datv", "ablt", "loct"), "ская"),
    ("скую", "femn", ("accs",), "ская"), ("цкой", "femn", ("gent", "datv", "ablt", "loct"), "цкая"),
    ("ова", "femn", ("nomn",), "ова"), ("ева", "femn", ("nomn",), "ева"), ("ина", "femn", ("nomn",), "ина"),
    ("ова", "masc", ("gent", "accs"), "ов"), ("ева", "masc", ("gent", "accs"), "ев"), ("ина", "masc", ("gent", "accs"), "ин"),
    ("ову", "masc", ("datv",), "ов"), ("еву", "masc", ("datv",), "ев"), ("ину", "masc", ("datv",), "ин"),
    ("овым", "masc", ("ablt",), "ов"), ("евым", "masc", ("ablt",), "ев"), ("иным", "masc", ("ablt",), "ин"),
    ("ове", "masc", ("loct",), "ов"), ("еве", "masc", ("loct",), "ев"), ("ине", "masc", ("loct",), "ин"),
    ("ов", "masc", ("nomn",), "ов"), ("ев", "masc", ("nomn",), "ев"), ("ин", "masc", ("nomn",), "ин"),
    ("ский", "masc", ("nomn",), "ский"), ("ского", "masc", ("gent", "accs"), "ский"),
    ("скому", "masc", ("datv",), "ский"), ("ским", "masc", ("ablt",), "ский"), ("ском", "masc", ("loct",), "ский"),
)
GUESSED_SURNAME_WEIGHT = 0.05  # a paradigm guess agrees, but less than any dictionary parse
GUESSED_NOUN_WEIGHT = 0.01  # an unknown name read as an ordinary animate noun («Жомарта»): the weakest agreement
INITIAL = re.compile(r"^(?:[А-ЯЁA-Z]\.\s?)+")


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The analyser, loaded once (its dictionaries take a fraction of a second to open)."""
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    """pymorphy3's analyses of one word form, most probable first."""
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Dictionary form of a word, lower-case with ё as е («России» -> «россия», «заявила» -> «заявить»).

    A capitalised word prefers a proper-noun analysis («Пекином» -> «пекин»), so a name is not read as a
    common noun that happens to share its letters; but an adjective stays one rather than a place named by
    its neuter or feminine form («Великом Новгороде» -> «великий», not the village «Великое»).
    """
    analyses = parses(word)
    if not analyses:
        return _plain(word)
    chosen = analyses[0]
    if word[:1].isupper():
        proper = next((p for p in analyses if PROPER_TAGS & p.tag.grammemes), chosen)
        if not ("ADJF" in chosen.tag and "Geox" in proper.tag and proper.normal_form.endswith(ADJECTIVE_ENDINGS)):
            chosen = proper
    return _plain(chosen.normal_form)


@lru_cache(maxsize=50_000)
def names_a_being(word: str) -> bool:
    """Whether a word's likeliest dictionary reading is a being, a bird or a surname («Орёл», «Королёв», «Сергей
    Королёв»), rather than the place of that name."""
    analyses = parses(word)  # a guess from the ending («Шэньчжэне» read as a given name) tells nothing
    return bool(analyses) and analyses[0].is_known and "anim" in analyses[0].tag.grammemes \
        and "Geox" not in analyses[0].tag.grammemes


@lru_cache(maxsize=200_000)
def token_key(word: str) -> str:
    """Key under which a word is looked up in tables of names (countries, cities, roles, speech verbs).

    The lemma of each hyphen-separated part, so «России» and «Россией» share «россия», and a compound
    adjective keeps its parts («российско-белорусского» -> «российско-белорусский»), whose first parts
    `compound_parts` reads.
    """
    if "-" in word.strip("-"):
        head, _, last = word.rpartition("-")
        return f"{_plain(head)}-{lemma(last)}"
    return lemma(word)


def compound_parts(word: str) -> tuple[str, ...]:
    """Stems of a compound adjective («российско-китайскому» -> («российско», «китайский»)).

    The first parts are written as stems ending in -о («российско», «американо», «франко»); the reference
    list maps those stems to countries, the last part is an ordinary adjective to look up by its lemma.
    """
    *heads, last = word.split("-")
    return (*(_plain(h) for h in heads), lemma(last))


@lru_cache(maxsize=50_000)
def verb_gender(word: str) -> str | None:
    """Gender a past-tense verb agrees with: «заявила» -> "f", «заявил» -> "m", «заявили»/«заявляет» -> None.

    Russian past tense agrees with its subject, which links «…, — заявила она» to a woman.
    """
    for parse in parses(word):
        if parse.tag.POS == "VERB" and parse.tag.tense == "past" and parse.tag.number == "sing":
            return {"masc": "m", "femn": "f"}.get(parse.tag.gender)
    return None


@lru_cache(maxsize=50_000)
def nominative(name: str, gender: str | None = None) -> str:
    """A person's name in the nominative, from any case: «Натальи Кочановой» -> «Наталья Кочанова».

    The words of one name agree in gender and case, so the pair that fits every word best is chosen (the
    first name, which pymorphy knows, usually decides it). `gender` ("m"/"f", e.g. from the verb) settles a
    lone surname that is both masculine genitive and feminine nominative («Захарова»). Initials are kept
    («В.В. Путина» -> «В.В. Путин»); words nobody declines (Чернышенко, Си) are kept as written.
    """
    initials = INITIAL.match(name)
    prefix = initials.group(0) if initials else ""
    words = name[len(prefix):].split()
    if not words:
        return name
    genders = GENDERS if gender is None else ({"m": "masc", "f": "femn"}[gender],)
    # a gender no reading of the name agrees with belongs to another word of the clause: read it without one
    best = _best_agreement(tuple(words), genders) or (_best_agreement(tuple(words), GENDERS) if gender else None)
    if best is None:
        return name
    return prefix + " ".join(_to_nominative(word, *best, _position_tag(i, len(words))) for i, word in enumerate(words))


@lru_cache(maxsize=50_000)
def _best_agreement(words: tuple[str, ...], genders: tuple[str, ...]) -> tuple[str, str] | None:
    tables = [_agreements(w, _position_tag(i, len(words))) for i, w in enumerate(words)]
    by_gender = {}
    for gender in genders:
        scores = {case: _product(table[gender, case] for table in tables) for case in CASES}
        by_gender[gender] = (sum(scores.values()), max(scores, key=scores.get), max(scores.values()))
    gender = max(by_gender, key=lambda g: by_gender[g][0])
    total, case, _ = by_gender[gender]
    return (gender, case) if total > 0 else None


def _product(values) -> float:
    result = 1.0
    for value in values:
        result *= value
    return result


def _position_tag(index: int, count: int) -> str | None:
    """What a word's place in a Russian name makes it: first name, patronymic in the middle, surname last."""
    if count == 1:
        return None
    return "Name" if index == 0 else "Surn" if index == count - 1 else "Patr"


@lru_cache(maxsize=50_000)
def _name_parses(word: str, gender: str, case: str, position: str | None = None) -> tuple:
    """Analyses of `word` as a name in this gender and case; those of its position in the name if it has any
    («Токаева» last in a name is the surname, not the rare first name)."""
    named = [p for p in parses(word)
             if case in (g := p.tag.grammemes) and "plur" not in g and (gender in g or "ms-f" in g)
             and not PERSON_NAME_TAGS.isdisjoint(g)]
    if position and any(position in p.tag.grammemes for p in parses(word)):
        return tuple(p for p in named if position in p.tag.grammemes)
    return tuple(named)


@lru_cache(maxsize=50_000)
def _agreements(word: str, position: str | None = None) -> dict[tuple[str, str], float]:
    """How well one word of a name fits each gender and case: {(gender, case): the sum of the agreeing
    analyses' scores}, read in one pass over its analyses (a name is scored in 12 genders and cases).

    A hyphenated name («Кассым-Жомарта») declines in its last part only; a word nobody declines fits every
    case; failing a name analysis, a regular surname ending agrees weakly, an animate noun more weakly still.
    """
    word = word.rpartition("-")[2]
    if _indeclinable(word):
        return dict.fromkeys(((g, c) for g in GENDERS for c in CASES), 1.0)
    analyses = parses(word)
    positional = position and any(position in p.tag.grammemes for p in analyses)
    table = dict.fromkeys(((g, c) for g in GENDERS for c in CASES), 0.0)
    for parse in analyses:  # the analyses `_name_parses` keeps, each added to every gender and case it fits
        grammemes = parse.tag.grammemes
        if "plur" in grammemes or PERSON_NAME_TAGS.isdisjoint(grammemes) or (positional and position not in grammemes):
            continue
        for gender in GENDERS:
            if gender in grammemes or "ms-f" in grammemes:
                for case in CASES:
                    if case in grammemes:
                        table[gender, case] += parse.score
    nouns = [p.tag.grammemes for p in analyses if p.tag.POS == "NOUN" and "plur" not in p.tag.grammemes]
    for (gender, case), found in table.items():
        if not found:  # the analyses `_noun_parses` keeps, read once for the 12 genders and cases
            table[gender, case] = (GUESSED_SURNAME_WEIGHT if _guessed_surname(word, gender, case)
                                   else GUESSED_NOUN_WEIGHT if any(case in g and gender in g for g in nouns) else 0.0)
    return table


@lru_cache(maxsize=50_000)
def _noun_parses(word: str, gender: str, case: str) -> tuple:
    return tuple(p for p in parses(word)
                 if p.tag.POS == "NOUN" and case in (g := p.tag.grammemes) and "plur" not in g and gender in g)


@lru_cache(maxsize=50_000)
def _indeclinable(word: str) -> bool:
    """Words a name keeps in every case: known indeclinable names (Fixd) and words pymorphy cannot read."""
    analyses = parses(word)
    named = [p for p in analyses if not PERSON_NAME_TAGS.isdisjoint(p.tag.grammemes)]
    if named:
        return all("Fixd" in p.tag.grammemes for p in named)
    return all("Fixd" in p.tag.grammemes or p.tag.POS is None for p in analyses)


@lru_cache(maxsize=50_000)
def guessed_surname(word: str) -> bool:
    """The word ends like a regular Russian surname in some gender and case («Шадрин», «Шадриной»)."""
    return any(_guessed_surname(word, gender, case) for gender in GENDERS for case in CASES)


@lru_cache(maxsize=50_000)
def _guessed_surname(word: str, gender: str, case: str) -> str | None:
    lower = word.lower()
    for ending, ending_gender, cases, nominative_ending in SURNAME_ENDINGS:
        if ending_gender == gender and case in cases and lower.endswith(ending) and len(lower) > len(ending) + 1:
            return word[: len(word) - len(ending)] + nominative_ending
    return None


@lru_cache(maxsize=50_000)
def _to_nominative(word: str, gender: str, case: str, position: str | None) -> str:
    head, hyphen, word = word.rpartition("-")
    if head and "-" not in head and case != "nomn" and position != "Name" and _declined_surname_part(head, gender, case):
        # a double surname declines in both parts («Ивановой-Ключевской» -> «Иванова-Ключевская»), a double first
        # name in its last part only («Кассым-Жомарта»)
        head = _to_nominative(head, gender, case, "Surn")
    if _indeclinable(word):
        return head + hyphen + word
    # A declining reading explains an oblique form better than a rare indeclinable one («Анне»: Анна, not Anne).
    readings = sorted(_name_parses(word, gender, case, position), key=lambda p: "Fixd" in p.tag.grammemes)
    for parse in (*readings, *_noun_parses(word, gender, case)):
        wanted = {"nomn", "sing"} | ({gender} if "Surn" in parse.tag else set())
        # a reading already in the nominative is its own form (pymorphy's inflection builds the whole lexeme)
        inflected = parse if wanted <= parse.tag.grammemes else parse.inflect(wanted)
        if inflected:
            return head + hyphen + _same_shape(word, inflected.word)
    return head + hyphen + (_guessed_surname(word, gender, case) or word)


def _declined_surname_part(word: str, gender: str, case: str) -> bool:
    """The first part of a hyphenated word is a surname in this gender and case («Ивановой», «Голицыным»)."""
    return any("Surn" in p.tag.grammemes for p in _name_parses(word, gender, case)) or _guessed_surname(word, gender, case) is not None


def _same_shape(written: str, form: str) -> str:
    """`form` capitalised as `written` was (each hyphen-separated part), with «е» where the text writes «е»:
    pymorphy returns «Артём», «Журавлёв», while news text mostly prints «Артем», «Журавлев»."""
    if "ё" not in written.lower():
        form = form.replace("ё", "е").replace("Ё", "Е")
    if written.isupper():
        return form.upper()
    return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")


# A noun's oblique case endings by its nominative ending (genitive, dative, instrumental, prepositional):
# the regular paradigms a foreign place name follows in Russian text («Шэньчжэнь» -> «в Шэньчжэне»).
# Names ending in -о, -у, -и, -э, -ю, -е do not decline («Ханчжоу», «Баку»), so they have no row.
CASE_ENDINGS = (
    ("ь", ("я", "ю", "ем", "е", "и", "ью")), ("й", ("я", "ю", "ем", "е")), ("а", ("ы", "и", "е", "у", "ой")),
    ("я", ("и", "е", "ю", "ей")), ("", ("а", "у", "ом", "е")),
)
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def case_forms(name: str) -> tuple[str, ...]:
    """The oblique forms of a one-word name by the regular paradigm its ending calls for («Шэньчжэнь» ->
    Шэньчжэня, Шэньчжэню, Шэньчжэнем, Шэньчжэне, …); a hyphenated name declines in its last part."""
    head, hyphen, last = name.rpartition("-")
    lower = last.lower()
    for ending, oblique in CASE_ENDINGS:
        if lower.endswith(ending) and (ending or lower[-1:] in CONSONANTS):
            stem = last[: len(last) - len(ending)]
            return tuple(head + hyphen + stem + suffix for suffix in oblique)
    return ()


@lru_cache(maxsize=5_000)
def word_forms(word: str) -> frozenset[str]:
    """Every form of a dictionary word, lower-case («министр» -> министр, министра, министру, министров, …).

    Word lists are kept as lemmas; a pattern that must match the text as written (a speech verb after a
    dash, a role before a name) is built from these forms.
    """
    analyses = [p for p in parses(word) if _plain(p.normal_form) == _plain(word)] or list(parses(word)[:1])
    return frozenset(_plain(f.word) for p in analyses for f in p.lexeme)


@lru_cache(maxsize=5_000)
def third_person_forms(verb: str) -> frozenset[str]:
    """The forms of a verb that report someone's words: past in every gender and number, present or future
    in the third person («заявить» -> заявил, заявила, заявило, заявили, заявит, заявят)."""
    analyses = [p for p in parses(verb) if p.tag.POS == "INFN" and _plain(p.normal_form) == _plain(verb)]
    return frozenset(_plain(f.word) for p in analyses for f in p.lexeme
                     if f.tag.POS == "VERB" and "impr" not in f.tag
                     and (f.tag.tense == "past" or f.tag.person == "3per"))
