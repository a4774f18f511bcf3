"""Personal names in a document: candidates, their evidence (a first name, a role, an honorific, a surname
ending, a label colon), spelling keys, gender, and the person each row names."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from rapidfuzz import fuzz

from helpers.document import Document
from helpers.extract.people.known import KnownPeople, KnownPerson
from helpers.extract.people.roles import WORD, Words, role_after, role_before
from helpers.lang import Language


# The possessive ending of a name ("Mishustin’s").
POSSESSIVE_ENDINGS = ("’s", "'s")  # "Tokayev’s", "Putin's"


# A surname standing alone: one capital, then lower case ("Golovchenko", not "BelTA" or "CTV").
SURNAME_SHAPE = re.compile(r"[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?")


# An acronym glued to a name by scraping ("FASMaxime"): the capitals before the real first name.
GLUED_ACRONYM = re.compile(r"^[A-Z]{2,}(?=[A-Z][a-z])")


# Gaps between words that keep them in one name: spaces or a single line break, nothing else.
NAME_GAP = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*")


MAX_NAME_WORDS = 5


# A surname opened by a lower-case particle and a hyphen: "al-Rashid", "el-Sayed", "bin-Zayed".
HYPHEN_PARTICLE = re.compile(r"(?:al|el|ad|ud|ar|as|ash|az|bin|ibn|abu|ben)-[A-Z]")


# The gap after an initial inside a name: "A. Ivanov", "A.V. Petrov", "A. V. Petrov".
INITIAL_GAP = re.compile(r"\.[ \t\u00a0]?")


def _is_initial(tokens: list[str], gaps: list[str], i: int) -> bool:
    """Is tokens[i] an initial ("A" of "A. Ivanov"): one capital, a full stop, then another word of the name?"""
    return len(tokens[i]) == 1 and tokens[i].isupper() and i + 1 < len(tokens) and INITIAL_GAP.fullmatch(gaps[i + 1]) is not None


# "yo" (ё) after a consonant, written "e" by other transliterations.
SOFT_YO = re.compile(r"(?<=[bcdfgklmnprstvz])yo")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-insensitive key for transliterations: Matviyenko~Matvienko, Popović~Popovich, -ow~-ov.
    Kept per name: every document keys each of its names, and the corpus merge keys them all again."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("ı", "i"))  # Turkish dotless i: Kacır~Kacir
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = SOFT_YO.sub("e", text)  # ё after a consonant: Zhuravlyov~Zhuravlev, Vorobyova~Vorobieva
    for old, new in (("tch", "ch"), ("zh", "j"), ("kh", "h"), ("iy", "i"), ("y", "i"), ("ij", "i"), ("ow", "ov"),
                     ("ich", "ic"), ("ck", "k"), ("ks", "x"), ("ii", "i"), ("ie", "e"), ("j", "i"), ("’", "'")):
        text = text.replace(old, new)  # tch: French Tchernychenko; zh~j: Zhaksylykov~Jaksylykov, Zhanna~Janna
    return text


# A particle joined to the surname by a hyphen, in any case: "Al-Shamsi", "el-Sayed", "Bin-Zayed".
LEADING_PARTICLE = re.compile(r"^(?:al|el|ad|ud|ar|as|ash|az|bin|ibn|abu|ben)-(?=\w)")


def surname_key(word: str) -> str:
    """`name_key` of a surname without a particle hyphenated to it: "Al-Shamsi" and the "Shamsi" of "Al Shamsi"."""
    return LEADING_PARTICLE.sub("", name_key(word))


def same_person_name(a: str, b: str) -> bool:
    """True when two full names are spellings of one name: compatible first names AND similar surnames.

    Sharing a surname is not enough (Gurbanguly and Serdar Berdimuhamedow are two people).
    """
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    first_a, first_b, last_a, last_b = name_key(wa[0]), name_key(wb[0]), surname_key(wa[-1]), surname_key(wb[-1])
    if first_a.endswith("a") != first_b.endswith("a"):
        return False  # "Alexander Kim" and "Alexandra Kim", "Evgeni" and "Evgenia": a man and a woman
    firsts_match = first_a == first_b or (first_a[:3] == first_b[:3] and fuzz.ratio(first_a, first_b) >= 80)
    return firsts_match and fuzz.ratio(last_a, last_b) >= 85 and _middles_agree(wa[1:-1], wb[1:-1])


def _middles_agree(a: list[str], b: list[str]) -> bool:
    """Do the words between first name and surname allow one person? Either name may leave them out; written in
    both they must agree, an initial with its word: "Oleg Petrovich Bardin" and "Oleg Sergeyevich Bardin", "Nguyen
    Manh Hung" and "Nguyen Chi Hung" are two people; "Dmitry V. Kuznetsov" may be "Dmitry Vladimirovich Kuznetsov"."""
    if not a or not b:
        return True
    if len(a) == len(b) and all(x.rstrip(".")[:1] == y.rstrip(".")[:1] and (x.endswith(".") or y.endswith(".") or len(x) == 1
                                                                            or len(y) == 1) for x, y in zip(a, b)):
        return True  # initials: "V." of "Vladimirovich"
    return fuzz.ratio(name_key(" ".join(a)), name_key(" ".join(b))) >= 80


@lru_cache(maxsize=8)
def _first_name_keys(lang: Language) -> dict[str, str]:
    """Spelling keys of the listed first names, with their gender (a key two genders share is left out)."""
    keys: dict[str, str] = {}
    for gender, names in (("m", lang.people.MALE_FIRST_NAMES), ("f", lang.people.FEMALE_FIRST_NAMES)):
        for first in names:
            key = name_key(first)
            keys[key] = gender if keys.get(key, gender) == gender else ""
    return {key: gender for key, gender in keys.items() if gender}


def first_name_gender(lang: Language, word: str) -> str | None:
    """"m" or "f" when `word` is a listed first name or another transliteration of one ("Arkadiy" of "Arkady",
    "Iurii" of "Yury"), else None."""
    if word in lang.people.MALE_FIRST_NAMES:
        return "m"
    if word in lang.people.FEMALE_FIRST_NAMES:
        return "f"
    if len(word) < 4 or not word.isalpha() or not word[0].isupper() or word.isupper():
        return None
    return _first_name_keys(lang).get(name_key(word))


def given_name(lang: Language, word: str) -> str | None:
    """The broad given-name list's entry for `word`, read without its diacritics too ("Şule" as "Sule"):
    the list is written in plain letters. None when the word is not there; "" when its gender is not told."""
    names = getattr(lang.people, "GIVEN_NAMES", {})
    if word in names:
        return names[word] or ""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word.replace("ı", "i")) if not unicodedata.combining(c))
    return (names[plain] or "") if plain != word and plain in names else None


def gender_of(name: str, role: str | None, known: KnownPerson | None, lang: Language) -> str | None:
    """Gender from the reviewed list, else a gendered role noun, else the first name, else a Slavic surname ending."""
    if known and known.gender:
        return known.gender
    for word in WORD.findall(role or ""):
        gender = lang.people.GENDERED_ROLES.get(word.casefold())
        if gender:
            return gender
    words = name.split()
    listed = first_name_gender(lang, words[0])
    if listed:
        return listed
    if len(words) >= 2 and given_name(lang, words[0]):
        return given_name(lang, words[0])
    surname = words[-1].casefold()
    if len(words) >= 2 and surname.endswith(lang.people.FEMALE_SURNAME_ENDINGS):
        return "f"
    if len(words) >= 2 and surname.endswith(lang.people.MALE_SURNAME_ENDINGS):
        return "m"
    return None


@dataclass
class Person:
    """One person of one document, under the fullest (canonical) form of their name."""

    name: str
    gender: str | None = None
    role: str | None = None
    country: str | None = None
    office: tuple[str, bool] | None = None
    other_offices: frozenset = frozenset()  # the reference list's other roles ("President of Belarus" besides a newer one)
    spellings: set[str] = field(default_factory=set)
    role_from_text: bool = False  # the role comes from this document, not from the reference list


@dataclass
class Candidate:
    start: int
    end: int
    surface: str
    name: str
    role: str | None
    role_span: tuple[int, int] | None
    evidence: bool


def strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(POSSESSIVE_ENDINGS) else word


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Is `offset` inside one of `spans` (sorted by start, not overlapping)?"""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]






def is_address_form(lang: Language, name: str) -> bool:
    """Is the name a first name and patronymic ("Vladimir Vladimirovich", "Alexander Grigoryevich", "Valentina
    Ivanovna")? The patronymic's stem must be a known male first name, so a surname ending in -ovich
    ("Nenad Popovich", "Roman Abramovich") stays a name."""
    words = name.split()
    if len(words) != 2 or not (words[0] in lang.people.MALE_FIRST_NAMES or words[0] in lang.people.FEMALE_FIRST_NAMES):
        return False
    m = lang.patterns.PATRONYMIC.fullmatch(words[1])
    if not m:
        return False
    return _first_name_stem(lang, m.group("stem").casefold())


@lru_cache(maxsize=4096)
def _first_name_stem(lang: Language, stem: str) -> bool:
    """Does a known male first name start with this patronymic's stem (or share its consonants)? Kept per stem:
    the test reads every first name, and patronymics recur across a corpus."""
    skeleton = lang.patterns.CONSONANTS.sub("", stem)
    return any(first.casefold().startswith(stem) or lang.patterns.CONSONANTS.sub("", first.casefold()) == skeleton
               for first in lang.people.MALE_FIRST_NAMES if len(first) <= len(stem) + 2)


HONORIFIC_REACH = 12  # characters back from a name to the word before it: "Sheikh " and "Madam " whole


def after_honorific(lang: Language, text: str, start: int) -> bool:
    before = text[max(0, start - HONORIFIC_REACH):start].split()
    return bool(before) and before[-1].casefold() in lang.people.HONORIFICS


def honorific_gender(lang: Language, text: str, start: int) -> str | None:
    before = text[max(0, start - HONORIFIC_REACH):start].split()
    return lang.people.HONORIFICS.get(before[-1].casefold()) if before else None


def known_by_surname(known: KnownPeople, surname: str) -> KnownPerson | None:
    """The known person with this surname, when exactly one has it."""
    owners = known.by_surname.get(surname.casefold(), frozenset())
    return known.people[next(iter(owners))] if len(owners) == 1 else None


def mention_row(doc: Document, start: int, end: int, surface: str, person: Person, via: str) -> dict:
    seg = doc.segment_at(start)
    return {"doc_id": doc.doc_id, "seg_id": seg.seg_id if seg else None, "start": start, "end": end,
            "surface": surface, "kind": "person", "entity": person.name, "iso3": person.country, "via": via}


def _is_name_word(lang: Language, word: str, country_in) -> bool:
    base = strip_possessive(word)
    if "-" in base and HYPHEN_PARTICLE.match(base):
        return True
    if not lang.is_name_start(base):
        return False
    low = base.casefold()
    return (low not in lang.people.ORG_NOUNS
            and not low.endswith(lang.people.ORG_WORD_ENDINGS) and low not in lang.people.ROLE_CLASSES and low not in lang.people.HONORIFICS
            and not (base.isupper() and len(base) > 1) and country_in(base) is None)


class _NameWords(dict):
    """`_is_name_word` for one document, each distinct word tested once (names and capitalised words repeat):
    `name_words[word]` is a plain dictionary look-up once the word has been tested."""

    def __init__(self, lang: Language, country_in):
        super().__init__()
        self.lang, self.country_in = lang, country_in

    def __missing__(self, word: str) -> bool:
        verdict = self[word] = _is_name_word(self.lang, word, self.country_in)
        return verdict


def name_candidates(lang: Language, text: str, known: KnownPeople, country_in) -> list[Candidate]:
    """Runs of capitalised words whose tail is a name; each with its role phrase and whether the text
    shows it is a person (a known name, a known first name, a role, an honorific, a speech verb, a label)."""
    words = Words(text)
    tokens, gaps = words.tokens, words.gaps
    name_words = _NameWords(lang, country_in)
    particles, headings, first_names = lang.people.NAME_PARTICLES, lang.people.HEADING_WORDS, lang.people.FIRST_NAMES
    out = []
    n = len(tokens)
    run_end = 0  # words before it are in a run already read
    for i in compress(count(), map(str.isupper, map(itemgetter(0), tokens))):  # a run starts at a capitalised word
        if i < run_end:
            continue
        j = i  # extend the run over capitalised words and name particles joined by plain spaces
        while j + 1 < n and (
            tokens[j + 1][0].isupper()
            or (tokens[j + 1] in particles and j + 2 < n and tokens[j + 2][0].isupper())
            or ("-" in tokens[j + 1] and HYPHEN_PARTICLE.match(tokens[j + 1]))  # the hyphen first: most runs end at a plain word
        ) and (gaps[j + 1] == " " or NAME_GAP.fullmatch(gaps[j + 1]) or _is_initial(tokens, gaps, j)):  # the gap last: most runs end at a lower-case word
            j += 1
        while j > i and tokens[j] in headings:
            j -= 1  # "… Andrei Nesterenko Interview to …": a heading word closes the run, not the name
        k = j  # the name is the run's tail of name words (particles allowed inside)
        while k >= i and j - k < MAX_NAME_WORDS and (
            name_words[tokens[k]] or (tokens[k] in particles and k < j and k > i)
            or (k < j and _is_initial(tokens, gaps, k))  # "A. Ivanov"
            or (k > i and k < j and tokens[k][0].isupper() and tokens[k - 1] in first_names)  # "Abdullah Sultan Al Owais"
            or (k > i and k < j and tokens[k] in first_names
                and strip_possessive(tokens[k - 1]).casefold() in lang.people.ROLE_CLASSES)  # "CEO German Gref": a first name, not "German"
        ):
            k -= 1
        k += 1
        while k <= j and tokens[k] in particles:
            k += 1
        if k <= j:
            for part, (first, last) in enumerate(_split_at_first_names(lang, tokens, k, j)):
                out.append(_candidate(lang, text, words, first, last, i, known, role_allowed=part == 0))
        run_end = j + 1
    capitals = _capitals_candidates(lang, text, known, country_in)
    return sorted(out + capitals, key=lambda c: c.start) if capitals else out


# Two or three words in capitals on one line ("SERGEY LAVROV:", "By ANNA KOROLEVA"), a possessive ending allowed;
# or one word in capitals opening a line before a label colon ("LAVROV: …").
CAPITALS_RUN = re.compile(r"(?<![\w’'-])[A-Z][A-Z’'-]*[A-Z](?:[ \t\u00a0]+[A-Z][A-Z’'-]*[A-Z])+(?![\w’'-])"
                          r"|(?<![^\n])[A-Z][A-Z’'-]*[A-Z](?=[ \t\u00a0]*:)")


def _capitals_candidates(lang: Language, text: str, known: KnownPeople, country_in) -> list[Candidate]:
    """Names written in capitals, in transcript labels and bylines: a known name, or a listed first name before a
    surname (and a patronymic or second given name between). The name is kept in title case ("Sergey Lavrov");
    a headline in capitals ("PUTIN MEETS XI IN KAZAN") has more words, or no first name first, and is left out.
    The mention is spelled in title case too: speakers and aliases take the name as the gold writes it."""
    out = []
    for m in CAPITALS_RUN.finditer(text):
        surface = m.group()
        for ending in ("’S", "'S"):
            surface = surface.removesuffix(ending)
        words = [w.title().replace("’S", "’s") for w in surface.split()]
        name = " ".join(words)
        if len(words) == 1 and known_by_surname(known, name):  # "LAVROV:", the one known person so named
            out.append(Candidate(m.start(), m.start() + len(surface), name, name, None, None, True))
        if not 2 <= len(words) <= 3:
            continue
        if not known.canonical(name):
            if first_name_gender(lang, words[0]) is None and given_name(lang, words[0]) is None:
                continue
            if any(w in lang.people.NOT_NAME_WORDS or w.casefold() in lang.people.ORG_NOUNS
                   or w.casefold() in lang.people.ROLE_CLASSES or country_in(w) is not None for w in words):
                continue
            if len(words) == 3 and not (lang.patterns.PATRONYMIC.fullmatch(words[1]) or given_name(lang, words[1]) is not None
                                        or first_name_gender(lang, words[1]) is not None):
                continue
        out.append(Candidate(m.start(), m.start() + len(surface), name, name, None, None, True))
    return out


def _split_at_first_names(lang: Language, tokens: list[str], k: int, j: int) -> list[tuple[int, int]]:
    """Where first names show it, one run holds several names or starts with a stray word:
    "Roscosmos Dmitry Rogozin" -> "Dmitry Rogozin"; "Abdulla Aripov Mikhail Mishustin" (two captions joined) -> two.
    `tokens` are the text's words, the name is tokens[k..j]."""
    if k == j:
        return [(k, j)]  # one word: nothing to split (most runs)
    firsts = [m for m in range(k, j + 1) if (tokens[m] in lang.people.MALE_FIRST_NAMES or tokens[m] in lang.people.FEMALE_FIRST_NAMES)
              and not (m > k and tokens[m - 1] in lang.people.NAME_PARTICLES)]  # "Hamad bin Khalid …" is one name
    if len(tokens[k]) == 1:  # "H.E. Amina Diallo": letters before a first name are a title, not her initials
        initials = k
        while initials < j and len(tokens[initials]) == 1 and tokens[initials].isupper():
            initials += 1
        if k < initials < j and tokens[initials] in getattr(lang.people, "GIVEN_NAMES", ()) and initials not in firsts:
            firsts.insert(0, initials)
    starts = []
    for m in firsts:
        if m < j and (not starts or m - starts[-1] >= 2):
            starts.append(m)
    if not starts:
        return [(k, j)]
    return [(m, (starts[n + 1] - 1) if n + 1 < len(starts) else j) for n, m in enumerate(starts)]


def _candidate(lang: Language, text: str, words: Words, k: int, j: int, run_start: int, known: KnownPeople, *, role_allowed: bool = True) -> Candidate:
    start, end = words.starts[k], words.ends[j]
    glued = GLUED_ACRONYM.match(words.tokens[k])
    if glued:
        start += glued.end()
    last = strip_possessive(words.tokens[j])
    end = words.starts[j] + len(last)
    name = " ".join(text[start:end].split())
    role_span = role_before(lang, text, words, k) if role_allowed else None  # a later name of a run: the role is the first's
    role = " ".join(text[role_span[0]:role_span[1]].split()) if role_span else None
    after = role_after(lang, text, end)
    if after and not role:
        role = after
    first = name.split()[0]
    prev_word = words.tokens[k - 1].casefold() if k > 0 else ""
    next_word = text[end:end + 40].split()[:1]
    first_name = (first_name_gender(lang, first) is not None
                  or (j > k and given_name(lang, first) is not None))  # "Tomas Lindqvist", not "Tomas" alone
    known_name = bool(known.canonical(name))
    credited = (prev_word == "by" and j > k and k >= 2 and name not in lang.speech.NEWS_OUTLETS  # "editing by Tom Hughes"
                and words.tokens[k - 2].casefold() in getattr(lang.people, "CREDIT_WORDS", ()))
    evidence = bool(
        known_name
        or first_name
        or role
        or prev_word in lang.people.HONORIFICS
        or (next_word and next_word[0].strip(".,") in lang.speech.SPEECH_VERB_SET)
        or (prev_word in lang.speech.SPEECH_VERB_SET and k == run_start and j > k)  # "said Alexander Turchin", not "told BelTA"
        or is_label(text, end)
        or credited
    )
    if evidence and j > k and not (known_name or first_name or credited
                                   or role or prev_word in lang.people.HONORIFICS or is_label(text, end)
                                   or last.endswith(lang.people.SURNAME_ENDINGS)):
        evidence = False  # only a cue next to it, no first name, role or surname's ending: "Gazprom Neft said" is a company
    role_only = role and not (known_name or first_name)
    if role_only and lang.patterns.ORG_CONTINUES.match(text, end) and not _second_person_follows(lang, text, end):
        evidence = False  # "… Administration for Market Control and Regulation": a name inside an organisation's
    return Candidate(start, end, text[start:end], name, role, role_span, evidence)






def _second_person_follows(lang: Language, text: str, end: int) -> bool:
    """Does "and" after a name open a second person (a role noun or a first name among the next words)?"""
    m = lang.patterns.AND_NEXT_WORDS.match(text, end)
    return bool(m) and any(w.casefold() in lang.people.ROLE_CLASSES or w in lang.people.MALE_FIRST_NAMES or w in lang.people.FEMALE_FIRST_NAMES
                           for w in m.group(1).split())


# "Name, role:" or "Name:" closing a transcript label line.
LABEL_END = re.compile(r"\s*(?:,[^\n:]{1,250})?:[ \t]*(?:\n|$)")


def is_label(text: str, end: int) -> bool:
    return LABEL_END.match(text, end) is not None
