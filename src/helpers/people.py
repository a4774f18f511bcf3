"""The person-mention layer: who is named in a document, with what role, and every later reference to them.

`find_people(doc, ref, known)` finds full names (with the role phrase before them, "First Deputy Prime
Minister of Belarus Alexander Turchin", or after them, "Xu Yu, Director of …"), then links every later
short mention to one of those people within the same segment: the surname ("Turchin"), a definite role
("the official", "the Deputy Minister", "the Russian president") and a third-person pronoun ("she"). A family
name written first ("Foreign Minister Wang Yi … Wang said") links when exactly one person in the document
has that word, never when two share it; an address by first name and patronymic ("Vladimir Vladimirovich")
links to the one person with that first name, else stays out. A lone capitalised word before a cue is a
person only with an honorific, a label colon or a surname's ending ("Peskov said"): "Sberbank said" is not.
The quote extractor reads speakers off this layer, so a link is made only when the text allows one
reading; an unresolved reference produces no mention rather than a guess. A pronoun continuing a report
goes to the one who spoke as the subject of its sentence or the sentence before ("X, who met Y, said that
… “…,” he added" -> X); people named inside a quotation are never the speaker of its attribution.

The corpus-wide merge of spelling variants across documents is `helpers.corpus.merge.merge_people`.
"""
from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from helpers.document import Document
from helpers.lang import en_people as lang
from helpers.lang.en_speech import SPEECH_VERBS
from helpers.paths import REFERENCE

# A word: letters, with inner hyphens or apostrophes ("Kassym-Jomart", "People's", "Tokayev’s").
WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")
# The possessive ending of a name ("Mishustin’s").
POSSESSIVE = re.compile(r"[’']s$")
# A sentence break between two mentions: end punctuation then a capital, or a new line.
SENTENCE_BREAK = re.compile(r"[.!?][\"”»’)]*\s+[\"“«]?[A-Z]|\n")
# A surname standing alone: one capital, then lower case ("Golovchenko", not "BelTA" or "CTV").
SURNAME_SHAPE = re.compile(r"[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?")
# An acronym glued to a name by scraping ("FASMaxime"): the capitals before the real first name.
GLUED_ACRONYM = re.compile(r"^[A-Z]{2,}(?=[A-Z][a-z])")
# Gaps between words that keep them in one name: spaces or a single line break, nothing else.
NAME_GAP = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*")
# Gaps a role phrase may run across: spaces, commas, parentheses, a possessive apostrophe.
ROLE_GAP = re.compile(r"[ \t\u00a0,()’']*")

ROLE_CONNECTORS = frozenset({"of", "the", "for", "on", "under", "and", "in", "to", "at", "with"})
SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
MAX_NAME_WORDS = 5
MAX_ROLE_WORDS = 25
LINK_WINDOW = 3000  # characters a short mention may look back for its person (a segment bounds it too)
RIVAL_DISTANCE = 300  # a second fitting person named in the nearest one's sentence, this close, makes a reference ambiguous


# ---------------------------------------------------------------------------------------------------
# Known people (data/reference/people.csv)


@dataclass(frozen=True)
class KnownPerson:
    name: str
    aliases: tuple[str, ...]
    gender: str | None
    roles: tuple[str, ...]
    country: str | None


@dataclass(frozen=True)
class KnownPeople:
    """The reviewed list of people: canonical names, spelling variants, gender, roles, country."""

    people: dict[str, KnownPerson]
    by_variant: dict[str, str]  # casefolded spelling -> canonical name
    by_surname: dict[str, frozenset[str]] = field(default_factory=dict)  # casefolded surname -> canonical names

    def canonical(self, name: str) -> str | None:
        return self.by_variant.get(" ".join(name.split()).casefold())

    def get(self, name: str) -> KnownPerson | None:
        canonical = self.canonical(name)
        return self.people.get(canonical) if canonical else None


def load_known_people(path: str | Path | None = None) -> KnownPeople:
    """Read people.csv (columns person, aliases, gender, roles, country; `|` separates list items)."""
    path = Path(path) if path else REFERENCE / "people.csv"
    people: dict[str, KnownPerson] = {}
    by_variant: dict[str, str] = {}
    if not path.exists():
        return KnownPeople(people, by_variant)
    with open(path, encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if line.strip() and not line.startswith("#"))
        for row in rows:
            name = row["person"].strip()
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            people[name] = KnownPerson(
                name=name,
                aliases=aliases,
                gender=(row.get("gender") or "").strip() or None,
                roles=tuple(r.strip() for r in (row.get("roles") or "").split("|") if r.strip()),
                country=(row.get("country") or "").strip() or None,
            )
            for variant in (name, *aliases):
                by_variant[variant.casefold()] = name
    by_surname: dict[str, set[str]] = {}
    first_names = {n.casefold() for n in lang.MALE_FIRST_NAMES | lang.FEMALE_FIRST_NAMES}
    for variant, canonical in by_variant.items():
        words = variant.split()
        if len(words) >= 2:
            by_surname.setdefault(words[-1], set()).add(canonical)
            if words[0] not in first_names:  # surname-first order ("Xi Jinping"): the family name opens it
                by_surname.setdefault(words[0], set()).add(canonical)
    return KnownPeople(people, by_variant, {k: frozenset(v) for k, v in by_surname.items()})


# ---------------------------------------------------------------------------------------------------
# Names, roles and gender


def name_key(name: str) -> str:
    """A spelling-insensitive key for transliterations: Matviyenko~Matvienko, Popović~Popovich, -ow~-ov."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    for old, new in (("kh", "h"), ("iy", "i"), ("y", "i"), ("ij", "i"), ("ow", "ov"), ("ich", "ic"), ("ck", "k"),
                     ("ks", "x"), ("ii", "i"), ("ie", "e"), ("j", "i"), ("’", "'")):
        text = text.replace(old, new)
    return text


def same_person_name(a: str, b: str) -> bool:
    """True when two full names are spellings of one name: compatible first names AND similar surnames.

    Sharing a surname is not enough (Gurbanguly and Serdar Berdimuhamedow are two people).
    """
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    first_a, first_b, last_a, last_b = name_key(wa[0]), name_key(wb[0]), name_key(wa[-1]), name_key(wb[-1])
    firsts_match = first_a == first_b or (first_a[:3] == first_b[:3] and fuzz.ratio(first_a, first_b) >= 80)
    return firsts_match and fuzz.ratio(last_a, last_b) >= 85


def role_class(role: str | None) -> tuple[str, bool] | None:
    """The kind of office a role phrase names, and whether it is a deputy's.

    "Deputy Minister of Industry of Belarus" -> ("minister", True); "the head of the Ministry of …" ->
    ("minister", False): a ministry's head is its minister. The head noun is the last role noun before "of".
    """
    if not role:
        return None
    words = [w.casefold() for w in WORD.findall(role)]
    head_words = words[: words.index("of")] if "of" in words else words
    head = next((w for w in reversed(head_words) if w in lang.ROLE_CLASSES), None)
    if head is None:
        return None
    kind = lang.ROLE_CLASSES[head]
    deputy = any(w in lang.DEPUTY_WORDS for w in head_words[: head_words.index(head)]) or head == "deputy"
    if kind == "head" and "of" in words:
        governed = words[words.index("of") + 1:]
        governed = [w for w in governed if w != "the"][:1]
        if governed and governed[0] in lang.HEAD_OF_MINISTRY:
            kind = "minister"
    if kind == "minister" and "prime" in head_words:
        kind = "prime minister"
    if kind == "deputy":  # "Deputy Minister": the deputy's office is the noun after it
        following = next((lang.ROLE_CLASSES[w] for w in head_words[head_words.index(head) + 1:]
                          if w in lang.ROLE_CLASSES), None)
        kind = following or "deputy"
    return kind, deputy


def gender_of(name: str, role: str | None, known: KnownPerson | None) -> str | None:
    """Gender from the reviewed list, else a gendered role noun, else the first name, else a Slavic surname ending."""
    if known and known.gender:
        return known.gender
    for word in WORD.findall(role or ""):
        gender = lang.GENDERED_ROLES.get(word.casefold())
        if gender:
            return gender
    words = name.split()
    if words[0] in lang.FEMALE_FIRST_NAMES:
        return "f"
    if words[0] in lang.MALE_FIRST_NAMES:
        return "m"
    surname = words[-1].casefold()
    if len(words) >= 2 and surname.endswith(lang.FEMALE_SURNAME_ENDINGS):
        return "f"
    if len(words) >= 2 and surname.endswith(lang.MALE_SURNAME_ENDINGS):
        return "m"
    return None


# ---------------------------------------------------------------------------------------------------
# The layer


@dataclass
class Person:
    """One person of one document, under the fullest (canonical) form of their name."""

    name: str
    gender: str | None = None
    role: str | None = None
    country: str | None = None
    office: tuple[str, bool] | None = None
    spellings: set[str] = field(default_factory=set)
    role_from_text: bool = False  # the role comes from this document, not from the reference list


@dataclass
class PeopleLayer:
    doc_id: str
    people: dict[str, Person]
    mentions: list[dict]  # mentions-table rows, kind "person", sorted by start

    def __post_init__(self):
        self.mentions.sort(key=lambda m: m["start"])
        self._starts = [m["start"] for m in self.mentions]

    def mentions_in(self, start: int, end: int) -> list[dict]:
        """Person mentions lying inside [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i]["start"] < end:
            if self.mentions[i]["end"] <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def last_before(self, offset: int, *, since: int = 0) -> dict | None:
        """The last person mention ending at or before `offset` (and starting at or after `since`)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0 and self.mentions[i]["start"] >= since:
            if self.mentions[i]["end"] <= offset:
                return self.mentions[i]
            i -= 1
        return None

    def person(self, name: str | None) -> Person | None:
        return self.people.get(name) if name else None


def doc_aliases(layer: PeopleLayer) -> dict[str, str]:
    """Full-name spellings found in the document that differ from the person's canonical name."""
    return {spelling: p.name for p in layer.people.values() for spelling in sorted(p.spellings)
            if spelling != p.name and len(spelling.split()) >= 2 and not p.name.endswith(spelling)}


@dataclass
class _Candidate:
    start: int
    end: int
    surface: str
    name: str
    role: str | None
    role_span: tuple[int, int] | None
    evidence: bool


def find_people(doc: Document, ref, known: KnownPeople) -> PeopleLayer:
    """Person mentions of one document: names with roles, then surnames, definite roles and pronouns linked to them."""
    text = doc.text
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    country_cache: dict[str, str | None] = {}

    def country_in(phrase: str) -> str | None:
        if ref is None or not phrase:
            return None
        if phrase not in country_cache:
            country_cache[phrase] = ref.country_in(phrase)
        return country_cache[phrase]

    candidates = _name_candidates(text, words, known, country_in)
    people: dict[str, Person] = {}
    rows: list[dict] = []
    taken: list[tuple[int, int]] = []  # spans already used by names and their role phrases
    role_starts: dict[int, int] = {}  # name start -> start of the role phrase before it

    # Full names: register each person under its canonical form (known list, else the first fuller spelling).
    # An address by first name and patronymic ("Vladimir Vladimirovich") is not a name of its own: it is
    # linked below to the one person with that first name, or left out.
    addresses = [c for c in candidates if _is_address_form(c.name)]
    full = [c for c in candidates if c.evidence and len(c.name.split()) >= 2 and not _is_address_form(c.name)]
    for cand in full:
        person = _register(people, cand, known, country_in)
        rows.append(_row(doc, cand.start, cand.end, cand.surface, person, "alias" if cand.name != person.name else "name"))
        taken.append((cand.role_span[0] if cand.role_span else cand.start, cand.end))
        if cand.role_span:
            role_starts[cand.start] = cand.role_span[0]
    taken.sort()
    _merge_doc_variants(people, rows, known)

    by_surname: dict[str, list[str]] = {}
    by_token: dict[str, set[str]] = {}  # first or last word of a full name -> the people whose name has it
    by_first: dict[str, set[str]] = {}  # spelling-insensitive first name -> people
    for person in people.values():
        for spelling in person.spellings | {person.name}:
            parts = spelling.split()
            by_surname.setdefault(_strip_possessive(parts[-1]), []).append(person.name)
            for token in (parts[0], _strip_possessive(parts[-1])):
                by_token.setdefault(token, set()).add(person.name)
            if len(parts) >= 2:
                by_first.setdefault(name_key(parts[0]), set()).add(person.name)
    for cand in addresses:
        if _inside(cand.start, taken):
            continue
        owners = by_first.get(name_key(cand.name.split()[0]), set())
        if len(owners) == 1:  # "Vladimir Vladimirovich" -> the document's one Vladimir
            rows.append(_row(doc, cand.start, cand.end, cand.surface, people[next(iter(owners))], "address"))
    named = sorted(rows, key=lambda r: r["start"])
    named_starts = [r["start"] for r in named]

    # Single words: a surname of someone named in the document (the nearest one before, else after),
    # of a known person, or a surname after an honorific ("Mr Golovchenko").
    for cand in candidates:
        if len(cand.name.split()) != 1 or _inside(cand.start, taken):
            continue
        surname = _strip_possessive(cand.name)
        owners = sorted(set(by_surname.get(surname, ())))
        if not owners and surname not in lang.MALE_FIRST_NAMES and surname not in lang.FEMALE_FIRST_NAMES:
            # surname-first order ("Foreign Minister Wang Yi … Wang said", "Pham Minh Chinh"): the family name
            # opens the full name; linked only when exactly one person's name has that word
            sharing = by_token.get(surname, set())
            owners = sorted(sharing) if len(sharing) == 1 else []
            if len(sharing) > 1:
                continue  # two people share the word: no link, and no new person
        person_name = None
        if len(owners) == 1:
            person_name = owners[0]
        elif len(owners) > 1:  # two people share the surname: the one named last before it
            i = bisect.bisect_right(named_starts, cand.start) - 1
            while i >= 0 and named[i]["entity"] not in owners:
                i -= 1
            person_name = named[i]["entity"] if i >= 0 else None
        if person_name is None:
            known_owner = _known_by_surname(known, surname)
            if known_owner:
                person = people.setdefault(known_owner.name, _person_from_known(known_owner))
                person_name = person.name
            elif cand.evidence and cand.role is None and SURNAME_SHAPE.fullmatch(surname) and (
                    _after_honorific(text, cand.start) or _is_label(text, cand.end) or surname.endswith(lang.SURNAME_ENDINGS)):
                # "Mr Golovchenko", "Peskov said", "Golovchenko:": a person we know only by surname. A single
                # word before a cue with neither an honorific nor a surname's ending ("Sberbank said",
                # "Huawei told reporters") is more likely a company or body than a person: not in this layer
                person = people.setdefault(surname, Person(name=surname, gender=_honorific_gender(text, cand.start)))
                person_name = person.name
        if person_name:
            rows.append(_row(doc, cand.start, cand.start + len(surname), surname, people[person_name], "surname"))

    rows.sort(key=lambda r: r["start"])
    rows += _linked_references(doc, rows, people, taken, country_in, role_starts)
    return PeopleLayer(doc.doc_id, people, rows)


def _strip_possessive(word: str) -> str:
    return POSSESSIVE.sub("", word)


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Is `offset` inside one of `spans` (sorted by start, not overlapping)?"""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


# A patronymic: a first name's stem and a patronymic ending ("Vladimirovich", "Grigoryevich", "Ilyich", "Petrovna").
PATRONYMIC = re.compile(r"(?P<stem>[A-Z][a-z]{2,12}?)(?:y?evich|ovich|ievich|ich|y?evna|ovna|ievna|ichna)")
CONSONANTS = re.compile(r"[aeiouy]")


def _is_address_form(name: str) -> bool:
    """Is the name a first name and patronymic ("Vladimir Vladimirovich", "Alexander Grigoryevich", "Valentina
    Ivanovna")? The patronymic's stem must be a known male first name, so a surname ending in -ovich
    ("Nenad Popovich", "Roman Abramovich") stays a name."""
    words = name.split()
    if len(words) != 2 or not (words[0] in lang.MALE_FIRST_NAMES or words[0] in lang.FEMALE_FIRST_NAMES):
        return False
    m = PATRONYMIC.fullmatch(words[1])
    if not m:
        return False
    stem = m.group("stem").casefold()
    skeleton = CONSONANTS.sub("", stem)
    return any(first.casefold().startswith(stem) or CONSONANTS.sub("", first.casefold()) == skeleton
               for first in lang.MALE_FIRST_NAMES if len(first) <= len(stem) + 2)


def _after_honorific(text: str, start: int) -> bool:
    before = text[max(0, start - 6):start].split()
    return bool(before) and before[-1].casefold() in lang.HONORIFICS


def _honorific_gender(text: str, start: int) -> str | None:
    before = text[max(0, start - 6):start].split()
    return lang.HONORIFICS.get(before[-1].casefold()) if before else None


def _known_by_surname(known: KnownPeople, surname: str) -> KnownPerson | None:
    """The known person with this surname, when exactly one has it."""
    owners = known.by_surname.get(surname.casefold(), frozenset())
    return known.people[next(iter(owners))] if len(owners) == 1 else None


def _person_from_known(k: KnownPerson) -> Person:
    return Person(name=k.name, gender=k.gender, role=k.roles[0] if k.roles else None, country=k.country,
                  office=role_class(k.roles[0]) if k.roles else None, spellings={k.name})


def _register(people: dict[str, Person], cand: _Candidate, known: KnownPeople, country_in) -> Person:
    entry = known.get(cand.name)
    canonical = entry.name if entry else cand.name
    person = people.get(canonical)
    if person is None:
        person = _person_from_known(entry) if entry else Person(name=canonical, spellings={canonical})
        people[canonical] = person
    person.spellings.add(cand.name)
    if cand.role and not person.role_from_text:
        # the first role the document gives wins over the reference's: it is what this text says about them
        person.role_from_text = True
        person.role, person.office = cand.role, role_class(cand.role)
        person.country = country_in(cand.role) or person.country
    person.gender = person.gender or gender_of(cand.name, cand.role, entry)
    return person


def _merge_doc_variants(people: dict[str, Person], rows: list[dict], known: KnownPeople) -> None:
    """Merge spellings of one name within the document (Popovic/Popovich) into the first-seen spelling,
    and shorter forms into the fullest ("Rashad Nabiev" into "Rashad Nabi oglu Nabiev")."""
    buckets: dict[str, list[str]] = {}  # only names with the same first-name start can be one name
    target: dict[str, str] = {}
    for a in people:
        bucket = buckets.setdefault(name_key(a)[:2], [])
        for b in bucket:
            b = target.get(b, b)
            wa, wb = a.split(), b.split()
            fuller = len(wb) > len(wa) and wa[0] == wb[0] and wa[-1] == wb[-1]
            if (same_person_name(a, b) or fuller) and not (known.get(a) and known.get(b)):
                target[a] = b
                break
        bucket.append(a)
    for variant, canonical in target.items():
        keep, drop = people[canonical], people.pop(variant)
        keep.spellings |= drop.spellings
        keep.role, keep.office = keep.role or drop.role, keep.office or drop.office
        keep.country, keep.gender = keep.country or drop.country, keep.gender or drop.gender
    for row in rows:
        if row["entity"] in target:
            row["entity"] = target[row["entity"]]
            row["via"] = "alias"


def _row(doc: Document, start: int, end: int, surface: str, person: Person, via: str) -> dict:
    seg = doc.segment_at(start)
    return {"doc_id": doc.doc_id, "seg_id": seg.seg_id if seg else None, "start": start, "end": end,
            "surface": surface, "kind": "person", "entity": person.name, "iso3": person.country, "via": via}


# ---------------------------------------------------------------------------------------------------
# Finding names


def _is_name_word(word: str, country_in) -> bool:
    base = _strip_possessive(word)
    return (base[0].isupper() and base not in lang.NOT_NAME_WORDS and base.casefold() not in lang.ORG_NOUNS
            and not base.casefold().endswith(lang.ORG_WORD_ENDINGS) and base.casefold() not in lang.ROLE_CLASSES and base.casefold() not in lang.HONORIFICS
            and not (base.isupper() and len(base) > 1) and country_in(base) is None)


def _name_candidates(text: str, words: list[tuple[int, int, str]], known: KnownPeople, country_in) -> list[_Candidate]:
    """Runs of capitalised words whose tail is a name; each with its role phrase and whether the text
    shows it is a person (a known name, a known first name, a role, an honorific, a speech verb, a label)."""
    out = []
    i, n = 0, len(words)
    while i < n:
        if not words[i][2][0].isupper():
            i += 1
            continue
        j = i  # extend the run over capitalised words and name particles joined by plain spaces
        while j + 1 < n and NAME_GAP.fullmatch(text, words[j][1], words[j + 1][0]) and (
            words[j + 1][2][0].isupper()
            or (words[j + 1][2] in lang.NAME_PARTICLES and j + 2 < n and words[j + 2][2][0].isupper())
        ):
            j += 1
        k = j  # the name is the run's tail of name words (particles allowed inside)
        while k >= i and j - k < MAX_NAME_WORDS and (
            _is_name_word(words[k][2], country_in) or (words[k][2] in lang.NAME_PARTICLES and k < j and k > i)
        ):
            k -= 1
        k += 1
        while k <= j and words[k][2] in lang.NAME_PARTICLES:
            k += 1
        for part, (first, last) in enumerate(_split_at_first_names(words, k, j)):
            out.append(_candidate(text, words, first, last, i, known, role_allowed=part == 0))
        i = j + 1
    return out


def _split_at_first_names(words, k: int, j: int) -> list[tuple[int, int]]:
    """Where first names show it, one run holds several names or starts with a stray word:
    "Roscosmos Dmitry Rogozin" -> "Dmitry Rogozin"; "Abdulla Aripov Mikhail Mishustin" (two captions joined) -> two."""
    if k > j:
        return []
    firsts = [m for m in range(k, j + 1) if words[m][2] in lang.MALE_FIRST_NAMES or words[m][2] in lang.FEMALE_FIRST_NAMES]
    starts = []
    for m in firsts:
        if m < j and (not starts or m - starts[-1] >= 2):
            starts.append(m)
    if not starts:
        return [(k, j)]
    return [(m, (starts[n + 1] - 1) if n + 1 < len(starts) else j) for n, m in enumerate(starts)]


def _candidate(text: str, words, k: int, j: int, run_start: int, known: KnownPeople, *, role_allowed: bool = True) -> _Candidate:
    start, end = words[k][0], words[j][1]
    glued = GLUED_ACRONYM.match(words[k][2])
    if glued:
        start += glued.end()
    last = _strip_possessive(words[j][2])
    end = words[j][0] + len(last)
    name = " ".join(text[start:end].split())
    role_span = _role_before(text, words, k) if role_allowed else None  # a later name of a run: the role is the first's
    role = " ".join(text[role_span[0]:role_span[1]].split()) if role_span else None
    after = _role_after(text, end)
    if after and not role:
        role = after
    first = name.split()[0]
    prev_word = words[k - 1][2].casefold() if k > 0 else ""
    next_word = text[end:end + 40].split()[:1]
    evidence = bool(
        known.canonical(name)
        or first in lang.MALE_FIRST_NAMES or first in lang.FEMALE_FIRST_NAMES
        or role
        or prev_word in lang.HONORIFICS
        or (next_word and next_word[0].strip(".,") in SPEECH_VERB_SET)
        or (prev_word in SPEECH_VERB_SET and k == run_start and j > k)  # "said Alexander Turchin", not "told BelTA"
        or _is_label(text, end)
    )
    if evidence and j > k and not (known.canonical(name) or first in lang.MALE_FIRST_NAMES or first in lang.FEMALE_FIRST_NAMES
                                   or role or prev_word in lang.HONORIFICS or _is_label(text, end)
                                   or last.endswith(lang.SURNAME_ENDINGS)):
        evidence = False  # only a cue next to it, no first name, role or surname's ending: "Gazprom Neft said" is a company
    role_only = role and not (known.canonical(name) or first in lang.MALE_FIRST_NAMES or first in lang.FEMALE_FIRST_NAMES)
    if role_only and ORG_CONTINUES.match(text, end) and not _second_person_follows(text, end):
        evidence = False  # "… Administration for Market Control and Regulation": a name inside an organisation's
    return _Candidate(start, end, text[start:end], name, role, role_span, evidence)


# A name followed by "of/and/for" + a capitalised word may be part of an organisation's name.
ORG_CONTINUES = re.compile(r"\s+(?:of|and|for)\s+(?:the\s+)?[A-Z]")
# "… and Russian Ambassador Alexander …": what follows "and" opens a second person's role or name.
AND_NEXT_WORDS = re.compile(r"\s+and\s+(?:the\s+)?((?:[A-Z][\w’'-]*[ \t\u00a0]+){0,3}[A-Z][\w’'-]*)")


def _second_person_follows(text: str, end: int) -> bool:
    """Does "and" after a name open a second person (a role noun or a first name among the next words)?"""
    m = AND_NEXT_WORDS.match(text, end)
    return bool(m) and any(w.casefold() in lang.ROLE_CLASSES or w in lang.MALE_FIRST_NAMES or w in lang.FEMALE_FIRST_NAMES
                           for w in m.group(1).split())


# "Name, role:" or "Name:" closing a transcript label line.
LABEL_END = re.compile(r"\s*(?:,[^\n:]{1,250})?:[ \t]*(?:\n|$)")
# ", Director of the …" / ", the founder of …" / ", Chairman …": a role apposition after a name.
APPOSITION = re.compile(r"\s*,\s+(?:the\s+|a\s+)?((?:[A-Z][\w-]*\s+)*?(\w[\w-]*)\b[^.;:\n]{0,200})")


def _is_label(text: str, end: int) -> bool:
    return LABEL_END.match(text, end) is not None


def _role_after(text: str, end: int) -> str | None:
    """The role in an apposition after a name, when it opens with a role noun."""
    m = APPOSITION.match(text, end)
    if not m:
        return None
    head = m.group(2).casefold()
    first_words = [w.casefold() for w in WORD.findall(m.group(1))[:3]]
    if not any(w in lang.ROLE_CLASSES for w in first_words) and head not in lang.ROLE_CLASSES:
        return None
    role = m.group(1)
    role = re.split(r",\s+(?=[a-z])|\s+(?:said|says|noted|met|and\s+the)\b", role)[0]
    return " ".join(role.split()).rstrip(" ,") or None


def _role_before(text: str, words, k: int) -> tuple[int, int] | None:
    """The role phrase right before a name ("First Deputy Prime Minister of Belarus"): walk back over
    capitalised words, role and organisation nouns and connectors; the role starts at its first role noun."""
    i = k - 1
    leftmost_role = None
    while i >= 0 and k - i <= MAX_ROLE_WORDS:
        if not ROLE_GAP.fullmatch(text, words[i][1], words[i + 1][0]):
            break
        word = words[i][2]
        low = word.casefold()
        if low == "and" and (leftmost_role is not None or words[i + 1][2].casefold() in lang.ROLE_CLASSES
                             or words[i + 1][2] == "the"):
            break  # "… Mayor X and Beijing Mayor Y", "… and the mayor of …": a second person's role begins here
        if not (word[0].isupper() or low in ROLE_CONNECTORS or low in lang.ROLE_CLASSES or low in lang.ORG_NOUNS
                or low in lang.DEPUTY_WORDS):
            break
        if low in lang.ROLE_CLASSES:
            leftmost_role = i
        i -= 1
    if leftmost_role is None:
        return None
    first = leftmost_role
    while first - 1 > i and words[first - 1][2][0].isupper() and words[first - 1][2] not in lang.FUNCTION_WORDS:
        first -= 1
    last = k - 1
    while last > first and words[last][2].casefold() in ROLE_CONNECTORS:
        last -= 1
    end = words[last][1]
    if text[end:words[k][0]].strip().startswith(")"):  # keep "(PRC)" whole
        end = text.index(")", end) + 1
    return words[first][0], end


# ---------------------------------------------------------------------------------------------------
# Definite roles and pronouns

# "the official", "the Deputy Minister of Industry of Belarus", "the Russian president", "The head of the
# Ministry of …": "the" + capitalised modifiers + a role noun + an optional "of …" tail of names and connectors.
_ROLE_NOUN = "|".join(sorted((re.escape(n) for n in lang.ROLE_CLASSES if " " not in n), key=len, reverse=True))
# Its gaps are spaces only: a role phrase never runs across a line or paragraph break (a headline or caption
# line ending in "the Mayor and the Government of Moscow" is not one phrase with the next line).
DEFINITE_ROLE = re.compile(
    r"\b[Tt]he[ \t\u00a0]+((?:[A-Z][\w-]*[ \t\u00a0]+){0,4}(?:(?:" + "|".join(lang.ROLE_MODIFIERS) + r")[ \t\u00a0]+){0,2}"
    r"(?P<noun>(?i:" + _ROLE_NOUN + r")))\b"
    r"(?P<tail>(?:[ \t\u00a0]+(?:of|for|on|and)(?:[ \t\u00a0]+the)?(?:[ \t\u00a0]+[A-Z][\w'’-]*)+)*)"
)
# The word after a role phrase; a lower-case word that is not a verb or function word makes the role
# noun an adjective ("the first official foreign visit").
NEXT_WORD = re.compile(r"[ \t]+([a-z][\w-]*)")
AFTER_ROLE_WORDS = frozenset("""
also and has had have was were is are will would can could should may might must who which that in at on to with
from during by for of as then himself herself did does not never later earlier again personally
""".split())


def _adjectival(text: str, end: int) -> bool:
    m = NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1)
    return not (word in SPEECH_VERB_SET or word in AFTER_ROLE_WORDS or word.endswith(("ed", "s")))


# A third-person pronoun that can refer to a person.
PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b")


SUBJECT_REACH = 800  # characters back from a pronoun to the start of the sentence before its own
# Where a sentence begins: after end punctuation (and closing marks) before a capital or opening mark, or a new line.
SENTENCE_GAP = re.compile(r"[.!?][\"”»’)]*[ \t\u00a0]+(?=[\"“«]?[A-Z])|\n\s*")
# A title before a full stop that does not end a sentence ("Mr. Putin", "V. Putin").
TITLE_STOP = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen)|\b[A-Z])\.$")
_SPEECH_VERB = "|".join(sorted(SPEECH_VERB_SET, key=len, reverse=True))
# After a subject: an optional parenthesis set off by commas (a relative clause or apposition, dates with
# commas inside allowed), optional adverbs, then a speech verb: "X, who met Y on March 14, 2024, said".
SUBJECT_SPEAKS = re.compile(
    r"(?:[ \t\u00a0]*,[ \t\u00a0]+[^.;:!?\n“”\"«»]{1,200},)?[ \t\u00a0]+(?:(?:also|further|later|then|again)[ \t\u00a0]+)?"
    r"(?:" + _SPEECH_VERB + r")\b"
)


# A quotation opening a sentence, up to its attribution: "“We agreed,” " (no quotation mark inside, one line).
QUOTE_LEAD = re.compile(r"[ \t\u00a0]*[“\"«][^“”\"«»\n]{1,1000}[”\"»][ \t\u00a0]*,?[ \t\u00a0]*(?:[-–—][ \t\u00a0]*)?")
# An inverted cue right after such a quotation: "“…,” said X".
INVERTED_CUE = re.compile(r"(?:" + _SPEECH_VERB + r")[ \t\u00a0]+")


# A closing quotation mark right before an attribution: "…,” he said", "…” - the minister said".
CLOSED_QUOTE = re.compile(r"[”\"»][ \t\u00a0]*,?[ \t\u00a0]*(?:[-–—][ \t\u00a0]*)?$")
QUOTE_REACH = 1500  # characters back from an attribution to the opening mark of the quotation it closes


def _quotation_before(text: str, offset: int) -> tuple[int, int] | None:
    """The quotation (opening mark, closing mark) that an attribution starting at `offset` follows, on its line."""
    lo = max(0, offset - 8)
    m = CLOSED_QUOTE.search(text, lo, offset)
    if not m:
        return None
    close = m.start()
    line = text.rfind("\n", max(0, close - QUOTE_REACH), close) + 1 or max(0, close - QUOTE_REACH)
    opener = max(text.rfind(c, line, close) for c in "“«\"„")
    return (opener, close) if opener >= 0 else None


def _sentence_start_before(text: str, floor: int, offset: int) -> int:
    """The start of the sentence holding `offset`, searching back no further than `floor`."""
    start = floor
    for m in SENTENCE_GAP.finditer(text, floor, min(len(text), offset + 2)):  # + 2: the lookahead sees the capital
        if m.end() > offset:
            break
        if m.group()[0] == "." and TITLE_STOP.search(text, max(floor, m.start() - 5), m.start() + 1):
            continue
        start = m.end()
    return start


def _mentions_between(rows: list[dict], starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(starts, start)
    return i < len(rows) and rows[i]["start"] < end


def _speaking_subject(text: str, start: int, end: int, rows, starts, role_starts, people, *, own: bool = False) -> Person | None:
    """The person opening text[start:end] (the name, or its role phrase, first) when a speech verb follows them."""
    quote = QUOTE_LEAD.match(text, start, end)
    if quote:  # "“…,” X said after meeting Y." / "“…,” said X.": the one quoted is the speaker
        start = quote.end()
        inverted = INVERTED_CUE.match(text, start, end)
        if inverted:
            start = inverted.end()
    i = bisect.bisect_left(starts, start)
    if i >= len(rows) or rows[i]["start"] >= end:
        return None
    first = rows[i]
    lead = text[start:role_starts.get(first["start"], first["start"])]
    if lead.strip(" \t\u00a0\"“«‘(—–-"):
        return None  # something else opens the sentence: the person is not its subject
    if quote and inverted:
        return people.get(first["entity"])
    speaks = SUBJECT_SPEAKS.match(text, first["end"], min(end, first["end"] + 260))
    if not speaks:
        return None
    if own and any(r["entity"] != first["entity"] for r in rows[i + 1:bisect.bisect_left(starts, end)]
                   if r["start"] >= speaks.end()):
        return None  # "X said that Y had sent his proposal": someone named after the cue may be meant
    return people.get(first["entity"])


def _linked_references(doc: Document, rows: list[dict], people: dict[str, Person], taken, country_in,
                       role_starts: dict[int, int] | None = None) -> list[dict]:
    """Definite role phrases and pronouns, each linked to the person it refers to, or left out."""
    text = doc.text
    starts = [r["start"] for r in rows]
    role_starts = role_starts or {}
    found = []

    def antecedent(offset: int, fits, quote: tuple[int, int] | None = None) -> Person | None:
        """The nearest person mentioned before `offset` in the same segment that `fits` (True: fits, False:
        cannot be meant, None: might be meant). None when the text allows two readings: a more recent person
        who might be meant, or a second fitting person named in the same sentence as the nearest one.
        People named inside the quotation that the reference attributes (`quote`) are not its speaker."""
        seg = doc.segment_at(offset)
        floor = max(seg.start if seg else 0, offset - LINK_WINDOW)
        candidates: list[tuple[Person, int]] = []  # distinct people, most recent first, with their last mention
        i = bisect.bisect_left(starts, offset) - 1
        while i >= 0 and rows[i]["start"] >= floor:
            if quote and quote[0] <= rows[i]["start"] < quote[1]:
                i -= 1
                continue
            if all(rows[i]["entity"] != p.name for p, _ in candidates):
                candidates.append((people[rows[i]["entity"]], rows[i]["start"]))
            i -= 1
        for n, (person, at) in enumerate(candidates):
            verdict = fits(person)
            if verdict is None:
                return person if len(candidates) == 1 else None
            if verdict:
                # a rival who fits, or whose gender the text does not tell, named in the nearest one's sentence
                rivals = [p for p, other_at in candidates[n + 1:]
                          if other_at >= at - RIVAL_DISTANCE and not SENTENCE_BREAK.search(text, other_at, at)
                          and fits(p) is not False]
                return None if rivals else person
        return None

    def speaking_subject(offset: int, fits, quote: tuple[int, int] | None = None) -> Person | None:
        """The person who speaks as the subject of the sentence holding `offset` (named before it), else of
        the sentence right before: "X, who met Y in Z, said that … “…,” he added" -> X, not Y. A reference
        continuing a report goes to the one reporting, not to someone named inside it (centering on the
        subject); a subject who only acts ("X met Y. He said …") gets no such preference."""
        seg = doc.segment_at(offset)
        floor = max(seg.start if seg else 0, offset - SUBJECT_REACH)
        own = _sentence_start_before(text, floor, offset)
        before = own
        if quote and quote[0] >= floor:  # "“… Y …,” he said": the words quoted are not where the speaker is named
            own, before = quote[1], quote[0]
        spans = [(own, offset)]
        if not _mentions_between(subject_rows, subject_starts, own, offset) and before > floor:
            spans.append((_sentence_start_before(text, floor, before - 1), before))
        for n, (start, end) in enumerate(spans):
            if not _mentions_between(subject_rows, subject_starts, start, end):
                continue
            person = _speaking_subject(text, start, end, subject_rows, subject_starts, role_starts, people, own=n == 0)
            if person is not None and fits(person) is not False:
                return person
            return None  # the nearest sentence naming someone decides; without a speaking subject, no preference
        return None

    for m in DEFINITE_ROLE.finditer(text):
        noun = m.group("noun").casefold()
        if noun not in lang.ROLE_CLASSES or _inside(m.start(), taken) or _adjectival(text, m.end()):
            continue
        phrase = m.group(0)
        office = role_class(phrase)
        country = country_in(phrase)
        if office is None:
            continue

        def fits_role(person: Person, office=office, country=country, noun=noun):
            if person.office is None:
                return False
            if noun != "official" and (person.office[0], person.office[1]) != office:
                return False
            return not (country and person.country and country != person.country)

        person = antecedent(m.start(), fits_role, _quotation_before(text, m.start()))
        if person:
            found.append(_row(doc, m.start(), m.end(), phrase, person, "role"))

    subject_rows = sorted(rows + found, key=lambda r: r["start"])  # names, surnames and linked roles
    subject_starts = [r["start"] for r in subject_rows]
    for m in PRONOUN.finditer(text):
        gender = lang.PRONOUNS[m.group().casefold()]

        def fits_gender(person: Person, gender=gender):
            return None if person.gender is None else person.gender == gender

        quote = _quotation_before(text, m.start())
        person = speaking_subject(m.start(), fits_gender, quote) or antecedent(m.start(), fits_gender, quote)
        if person:
            found.append(_row(doc, m.start(), m.end(), m.group(), person, "pronoun"))
    return found
