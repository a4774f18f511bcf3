"""The person-mention layer: who is named in a document, with what role, and every later reference to them.

`find_people(doc, ref, known, lang)` finds full names (with the role phrase before them, "First Deputy Prime
Minister of Belarus Alexander Turchin", or after them, "Xu Yu, Director of …"), then links every later
short mention to one of those people within the same segment: the surname ("Turchin"), a definite role
("the official", "the Deputy Minister", "the Russian president") and a third-person pronoun ("she"). A family
name written first ("Foreign Minister Wang Yi … Wang said") links when exactly one person in the document
has that word, never when two share it; an address by first name and patronymic ("Vladimir Vladimirovich")
links to the one person with that first name, else stays out. A lone capitalised word before a cue is a
person only with an honorific, a label colon or a surname's ending ("Peskov said"): "Sberbank said" is not.
A name in capitals ("SERGEY LAVROV:", "By ANNA KOROLEVA") is a person under its title-case form; a name
followed by a thing named after it ("the Putin administration", "Gagarin street") is no mention at all.
The quote extractor reads speakers off this layer, so a link is made only when the text allows one
reading; an unresolved reference produces no mention rather than a guess. A pronoun continuing a report
goes to the one who spoke as the subject of its sentence or the sentence before ("X, who met Y, said that
… “…,” he added" -> X); people named inside a quotation are never the speaker of its attribution.

The corpus-wide merge of spelling variants across documents is `helpers.corpus.merge.merge_people`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from helpers.document import Document
from helpers.extract.people.coref import RIVAL_DISTANCE, SENTENCE_BREAK, linked_references
from helpers.extract.people.known import KnownPeople, KnownPerson
from helpers.extract.people.names import (
    POSSESSIVE_ENDINGS,
    SURNAME_SHAPE,
    Candidate,
    Person,
    after_honorific,
    first_name_gender,
    gender_of,
    honorific_gender,
    inside,
    is_address_form,
    is_label,
    known_by_surname,
    mention_row,
    name_candidates,
    name_key,
    same_person_name,
    strip_possessive,
    surname_key,
)
from helpers.extract.people.roles import role_class
from helpers.extract.stage import Context, Stage
from helpers.lang import Language


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


def find_people(doc: Document, ref, known: KnownPeople, lang: Language) -> PeopleLayer:
    """Person mentions of one document: names with roles, then surnames, definite roles and pronouns linked to them."""
    text = doc.text
    country_cache: dict[str, str | None] = {}

    def country_in(phrase: str) -> str | None:
        if ref is None or not phrase:
            return None
        if phrase not in country_cache:
            country_cache[phrase] = ref.country_in(phrase)
        return country_cache[phrase]

    namesake = getattr(lang.people, "NAMESAKE_NOUNS", frozenset())
    candidates = [c for c in name_candidates(lang, text, known, country_in) if not _names_a_thing(text, c, namesake)]
    _speaking_surnames(lang, text, candidates, country_in)
    people: dict[str, Person] = {}
    rows: list[dict] = []
    taken: list[tuple[int, int]] = []  # spans already used by names and their role phrases
    role_starts: dict[int, int] = {}  # name start -> start of the role phrase before it

    # Full names: register each person under its canonical form (known list, else the first fuller spelling).
    # An address by first name and patronymic ("Vladimir Vladimirovich") is not a name of its own: it is
    # linked below to the one person with that first name, or left out.
    address_forms = {name for name in {c.name for c in candidates} if is_address_form(lang, name)}  # names repeat
    addresses = [c for c in candidates if c.name in address_forms]
    full = [c for c in candidates if c.evidence and len(c.name.split()) >= 2 and c.name not in address_forms]
    for cand in full:
        person = _register(lang, people, cand, known, country_in)
        rows.append(mention_row(doc, cand.start, cand.end, cand.surface, person, "alias" if cand.name != person.name else "name"))
        taken.append((cand.role_span[0] if cand.role_span else cand.start, cand.end))
        if cand.role_span:
            role_starts[cand.start] = cand.role_span[0]
    taken.sort()
    _merge_doc_variants(people, rows, known)

    by_surname: dict[str, list[str]] = {}
    by_surname_key: dict[str, set[str]] = {}  # the surname's spelling key -> people ("Erdogan" of "Erdoğan")
    by_token: dict[str, set[str]] = {}  # first or last word of a full name -> the people whose name has it
    by_first: dict[str, set[str]] = {}  # spelling-insensitive first name -> people
    for person in people.values():
        for spelling in person.spellings | {person.name}:
            parts = spelling.split()
            by_surname.setdefault(strip_possessive(parts[-1]), []).append(person.name)
            if len(parts) >= 2:
                by_surname_key.setdefault(surname_key(strip_possessive(parts[-1])), set()).add(person.name)
            for token in (parts[0], strip_possessive(parts[-1])):
                by_token.setdefault(token, set()).add(person.name)
            if len(parts) >= 2:
                by_first.setdefault(name_key(parts[0]), set()).add(person.name)
    for cand in addresses:
        if inside(cand.start, taken):
            continue
        owners = by_first.get(name_key(cand.name.split()[0]), set())
        if len(owners) == 1:  # "Vladimir Vladimirovich" -> the document's one Vladimir
            rows.append(mention_row(doc, cand.start, cand.end, cand.surface, people[next(iter(owners))], "address"))
    named = sorted(rows, key=lambda r: r["start"])
    named_starts = [r["start"] for r in named]

    # Several words with no evidence of their own that repeat a registered person's full name, or its tail
    # with a particle ("Al Nuaimi" of "Hamad bin Saleh Al Nuaimi"), or its first words where a name has no
    # family name to shorten it to ("Bala Chandran" of "Bala Chandran Tharman"): that person, whatever the
    # name lists say.
    tails, heads = {}, set()
    for person in people.values():
        for spelling in person.spellings | {person.name}:
            parts = spelling.split()
            for k in range(len(parts) - 1):
                tails.setdefault(" ".join(parts[k:]), set()).add(person.name)
                if parts[k] in lang.people.NAME_PARTICLES:  # "Bin Salman said", opening a sentence
                    tails.setdefault(" ".join([parts[k].capitalize(), *parts[k + 1:]]), set()).add(person.name)
                if k:
                    tails.setdefault(" ".join(parts[:k + 1]), set()).add(person.name)
                    heads.add(" ".join(parts[:k + 1]))
    for cand in candidates:
        initials = INITIALS_NAME.fullmatch(strip_possessive(cand.name))
        if (cand.evidence and not initials) or (len(cand.name.split()) < 2 and not initials) or inside(cand.start, taken):
            continue
        owners = tails.get(strip_possessive(cand.name), set())
        if initials and not owners:  # "A. Grimsson:" of "Alexander Grimsson": the one person with that surname and first letter
            owners = {p for p in by_surname.get(initials.group("surname"), ()) if p[0] == cand.name[0]}
        if len(owners) == 1:
            owner = people[next(iter(owners))]
            via = "name" if cand.name in owner.spellings else "alias" if strip_possessive(cand.name) in heads or initials else "surname"
            rows.append(mention_row(doc, cand.start, cand.end, cand.surface, owner, via))
            taken.append((cand.start, cand.end))
    taken.sort()

    # Single words: a surname of someone named in the document (the nearest one before, else after),
    # of a known person, or a surname after an honorific ("Mr Golovchenko").
    for cand in candidates:
        initials = INITIALS_NAME.fullmatch(strip_possessive(cand.name))  # "V. Putin" no one of the document fits: "Putin"
        if (len(cand.name.split()) != 1 and not initials) or inside(cand.start, taken):
            continue
        surname = initials.group("surname") if initials else strip_possessive(cand.name)
        at = cand.end - len(surname) if initials else cand.start
        owners = sorted(set(by_surname.get(surname, ())) or by_surname_key.get(surname_key(surname), ()))
        if not owners and (surname not in lang.people.MALE_FIRST_NAMES and surname not in lang.people.FEMALE_FIRST_NAMES
                           or after_honorific(lang, text, at)):
            # surname-first order ("Foreign Minister Wang Yi … Wang said", "Pham Minh Chinh"): the family name
            # opens the full name; a title with a first name ("Sheikh Mohammed" of "Mohammed bin Rashid Al
            # Maktoum"); linked only when exactly one person's name has that word
            sharing = by_token.get(surname, set())
            owners = sorted(sharing) if len(sharing) == 1 else []
            if len(sharing) > 1:
                continue  # two people share the word: no link, and no new person
        person_name = None
        gender = honorific_gender(lang, text, at) if len(owners) > 1 else None
        if gender and sum(people[o].gender == gender for o in owners) == 1:
            # "Marek Novak and his wife, Hana Novak … Ms Novak said": the honorific tells which of the two
            owners = [o for o in owners if people[o].gender == gender]
        if len(owners) == 1:
            person_name = owners[0]
        elif len(owners) > 1:  # two people share the surname: the one named last before it
            i = bisect.bisect_right(named_starts, at) - 1
            while i >= 0 and named[i]["entity"] not in owners:
                i -= 1
            person_name = named[i]["entity"] if i >= 0 else None
            if person_name and _named_together(text, named, i, owners):
                continue  # "Henrik Dahl and his brother Erik Dahl … Mr Dahl said": either brother, no link
        if person_name is None:
            known_owner = known_by_surname(known, surname)
            if known_owner:
                person = people.setdefault(known_owner.name, _person_from_known(lang, known_owner))
                person_name = person.name
            elif cand.evidence and cand.role is None and SURNAME_SHAPE.fullmatch(surname) and (
                    after_honorific(lang, text, at) or is_label(text, cand.end) or surname.endswith(lang.people.SURNAME_ENDINGS)):
                # "Mr Golovchenko", "Peskov said", "Golovchenko:": a person we know only by surname. A single
                # word before a cue with neither an honorific nor a surname's ending ("Sberbank said",
                # "Huawei told reporters") is more likely a company or body than a person: not in this layer
                person = people.setdefault(surname, Person(name=surname, gender=honorific_gender(lang, text, at)))
                person_name = person.name
        if person_name:
            rows.append(mention_row(doc, at, at + len(surname), surname, people[person_name], "surname"))

    _complete_surnames(lang, doc, people, rows, candidates, taken, country_in)
    rows.sort(key=lambda r: r["start"])
    rows += linked_references(lang, doc, rows, people, taken, country_in, role_starts)
    return PeopleLayer(doc.doc_id, people, rows)


# The lower-case word right after a name, on its line.
NEXT_WORD = re.compile(r"[ \t\u00a0]+([a-z]+)\b")


def _names_a_thing(text: str, cand: Candidate, namesake_nouns: frozenset[str]) -> bool:
    """Is the name only the namesake of a thing named after it ("the Putin administration", "Gagarin street")?"""
    if text.startswith(POSSESSIVE_ENDINGS, cand.end):
        return False  # "Putin's administration": his
    after = NEXT_WORD.match(text, cand.end)
    return bool(after) and after.group(1) in namesake_nouns


def _named_together(text: str, named: list[dict], i: int, owners: list[str]) -> bool:
    """Is another of the `owners` named in the same sentence as named[i], just before it (coref's rival rule), so
    that the nearer of the two is no better a guess for a bare surname?"""
    j = i - 1
    while j >= 0 and (named[j]["entity"] not in owners or named[j]["entity"] == named[i]["entity"]):
        j -= 1
    return j >= 0 and named[j]["start"] >= named[i]["start"] - RIVAL_DISTANCE and \
        SENTENCE_BREAK.search(text, named[j]["start"], named[i]["start"]) is None


def _speaking_surnames(lang: Language, text: str, candidates: list[Candidate], country_in) -> None:
    """A full name with no evidence of its own ("Jomo Kimani met investors": a first name no list has) is a
    person when its surname speaks alone or follows an honorific elsewhere in the document ("Kimani said",
    "according to Kimani", "Mr Kimani"), or, for a name whose first word is no listed first name, when that first
    word does (the family name of "Wang Yi" in "Mr Wang thanked …")."""
    speaking = set()
    for cand in candidates:
        if " " in cand.name or cand.name in lang.speech.NEWS_OUTLETS or cand.name.isupper():
            continue  # "according to Reuters": an outlet, not a surname
        after = text[cand.end:cand.end + 30].split()[:2]
        before = text[max(0, cand.start - 30):cand.start].split()[-2:]
        if (after and after[0].strip(".,") in lang.speech.SPEECH_VERB_SET) or \
                (len(after) > 1 and after[0] in ("also", "then", "further") and after[1].strip(".,") in lang.speech.SPEECH_VERB_SET) or \
                (before and before[-1] in lang.speech.SPEECH_VERB_SET) or [w.casefold() for w in before] == ["according", "to"] \
                or after_honorific(lang, text, cand.start):  # "Mr Wang thanked …"
            speaking.add(strip_possessive(cand.name))
    for cand in candidates:
        words = cand.name.split()
        if cand.evidence or not 2 <= len(words) <= 3:
            continue
        if strip_possessive(words[-1]) not in speaking and (words[0] not in speaking or first_name_gender(lang, words[0])):
            continue  # neither its surname nor, written first, its family name ("Wang Yi … Mr Wang") stands alone
        if all(w[:1].isupper() and w not in lang.people.NOT_NAME_WORDS and w.casefold() not in lang.people.ORG_NOUNS
               and w.casefold() not in lang.people.ROLE_CLASSES and country_in(w) is None for w in words):
            cand.evidence = True


def _complete_surnames(lang: Language, doc: Document, people: dict[str, Person], rows: list[dict], candidates, taken,
                       country_in) -> None:
    """A person known only by a surname ("According to Kimani") whose full name the document writes
    elsewhere with a first name no list has ("Jomo Kimani met investors"): the full name, when only one
    such name ends with that surname. The gold names the speaker in the fullest form in the text."""
    lone = {name for name in people if " " not in name}
    if not lone:
        return
    fuller: dict[str, dict[str, Candidate]] = {}
    for cand in candidates:
        words = cand.name.split()
        if not 2 <= len(words) <= 3 or strip_possessive(words[-1]) not in lone or inside(cand.start, taken):
            continue
        if all(w[:1].isupper() and w not in lang.people.NOT_NAME_WORDS and w.casefold() not in lang.people.ORG_NOUNS
               and w.casefold() not in lang.people.ROLE_CLASSES and country_in(w) is None for w in words[:-1]):
            fuller.setdefault(strip_possessive(words[-1]), {}).setdefault(" ".join(words[:-1] + [strip_possessive(words[-1])]), cand)
    for surname, names in fuller.items():
        if len(names) != 1 or surname not in people:
            continue
        (full_name, cand), = names.items()
        if full_name in people:
            continue
        person = people.pop(surname)
        person.name = full_name
        person.spellings |= {full_name}
        people[full_name] = person
        for row in rows:
            if row["entity"] == surname:
                row["entity"] = full_name
        rows.append(mention_row(doc, cand.start, cand.start + len(full_name), full_name, person, "name"))


def _person_from_known(lang: Language, k: KnownPerson) -> Person:
    return Person(name=k.name, gender=k.gender, role=k.roles[0] if k.roles else None, country=k.country,
                  office=role_class(k.roles[0], lang) if k.roles else None, spellings={k.name},
                  other_offices=frozenset(o for o in (role_class(r, lang) for r in k.roles[1:]) if o))


def _register(lang: Language, people: dict[str, Person], cand: Candidate, known: KnownPeople, country_in) -> Person:
    entry = known.get(cand.name)
    canonical = entry.name if entry else cand.name
    person = people.get(canonical)
    if person is None:
        person = _person_from_known(lang, entry) if entry else Person(name=canonical, spellings={canonical})
        people[canonical] = person
    person.spellings.add(cand.name)
    if cand.role and not person.role_from_text:
        # the first role the document gives wins over the reference's: it is what this text says about them
        person.role_from_text = True
        if person.office:  # the reference's office stays one they may be called by ("the president")
            person.other_offices = person.other_offices | {person.office}
        person.role, person.office = cand.role, role_class(cand.role, lang)
        person.country = country_in(cand.role) or person.country
    person.gender = person.gender or gender_of(cand.name, cand.role, entry, lang)
    return person


# A name written with initials before the surname: "A. Ivanov", "A.V. Petrov", "P.L.Bergstrom".
INITIALS_NAME = re.compile(r"(?:[A-Z]\.[ \t\u00a0]?)+(?P<surname>[^\s.]+)")


def _merge_doc_variants(people: dict[str, Person], rows: list[dict], known: KnownPeople) -> None:
    """Merge spellings of one name within the document (Popovic/Popovich) into the first-seen spelling,
    and shorter forms into the fullest ("Rashad Nabiev" into "Rashad Nabi oglu Nabiev", "Bala Chandran" into
    "Bala Chandran Tharman")."""
    buckets: dict[str, list[str]] = {}  # only names with the same first-name start can be one name
    target: dict[str, str] = {}
    for a in people:
        bucket = buckets.setdefault(name_key(a)[:2], [])
        for b in bucket:
            b = target.get(b, b)
            wa, wb = a.split(), b.split()
            # "Rashad Nabiev" of "Rashad Nabi oglu Nabiev"; "Bala Chandran" of "Bala Chandran Tharman" (the name's
            # first words, as names without a family name are shortened)
            fuller = len(wb) > len(wa) and wa[0] == wb[0] and (wa[-1] == wb[-1] or wb[:len(wa)] == wa)
            if (same_person_name(a, b) or fuller) and not (known.get(a) and known.get(b)):
                target[a] = b
                break
        bucket.append(a)
    for name in people:  # "A. Grimsson", "P.L.Bergstrom": initials and the surname of one fuller name of the document
        initials = INITIALS_NAME.fullmatch(name)
        if initials and name not in target:
            fuller = {target.get(b, b) for b in people if b != name and not INITIALS_NAME.fullmatch(b) and
                      b.split()[-1] == initials.group("surname") and b[0] == name[0]}
            if len(fuller) == 1:
                target[name] = fuller.pop()
    for variant, canonical in target.items():
        keep, drop = people[canonical], people.pop(variant)
        keep.spellings |= drop.spellings
        keep.role, keep.office = keep.role or drop.role, keep.office or drop.office
        keep.country, keep.gender = keep.country or drop.country, keep.gender or drop.gender
    for row in rows:
        if row["entity"] in target:
            row["entity"] = target[row["entity"]]
            row["via"] = "alias"


def _run(doc: Document, ctx: Context) -> dict[str, list[dict]]:
    """Person mentions join the mentions table; the layer stays in the context for the quotes stage."""
    find = getattr(ctx.lang.finders, "people", find_people)  # a language's own finder (see helpers.lang.base)
    layer = find(doc, ctx.resources.reference, ctx.resources.known_people, ctx.lang)
    ctx.layers["people"] = layer
    return {"mentions": layer.mentions}


STAGE = Stage("people", needs=(), run=_run)
