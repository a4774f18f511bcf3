"""Linking later short mentions to the people named before: a surname, a definite role ("the minister"), a
pronoun; a pronoun continuing a report goes to the one who spoke as the subject of its sentence."""
from __future__ import annotations

import bisect
import re

from helpers.document import Document
from helpers.extract.people.names import Person, inside, mention_row
from helpers.extract.people.roles import adjectival, role_class
from helpers.lang import Language


# A sentence break between two mentions: end punctuation then a capital, or a new line.
SENTENCE_BREAK = re.compile(r"[.!?][\"”»’)]*\s+[\"“«]?[A-Z]|\n")


LINK_WINDOW = 3000  # characters a short mention may look back for its person (a segment bounds it too)


RIVAL_DISTANCE = 300  # a second fitting person named in the nearest one's sentence, this close, makes a reference ambiguous




SUBJECT_REACH = 800  # characters back from a pronoun to the start of the sentence before its own


# Where a sentence begins: after end punctuation (and closing marks) before a capital or opening mark, or a new line.
SENTENCE_GAP = re.compile(r"[.!?][\"”»’)]*[ \t\u00a0]+(?=[\"“«]?[A-Z])|\n\s*")




# A quotation opening a sentence, up to its attribution: "“We agreed,” " (no quotation mark inside, one line).
QUOTE_LEAD = re.compile(r"[ \t\u00a0]*[“\"«][^“”\"«»\n]{1,1000}[”\"»][ \t\u00a0]*,?[ \t\u00a0]*(?:[-–—][ \t\u00a0]*)?")


# A closing quotation mark right before an attribution: "…,” he said", "…” - the minister said".
CLOSED_QUOTE = re.compile(r"[”\"»][ \t\u00a0]*,?[ \t\u00a0]*(?:[-–—][ \t\u00a0]*)?$")


# "owned by ", "built by ": the word before a person named as a passive's agent, not as anyone's subject.
PASSIVE_AGENT = re.compile(r"\bby[ \t\u00a0]+$")


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


def _sentence_start_before(lang: Language, text: str, floor: int, offset: int) -> int:
    """The start of the sentence holding `offset`, searching back no further than `floor`."""
    start = floor
    for m in SENTENCE_GAP.finditer(text, floor, min(len(text), offset + 2)):  # + 2: the lookahead sees the capital
        if m.end() > offset:
            break
        if m.group()[0] == "." and lang.patterns.TITLE_STOP.search(text, max(floor, m.start() - 5), m.start() + 1):
            continue
        start = m.end()
    return start


def _inside_quotation(text: str, offset: int) -> bool:
    """Is `offset` inside a quotation opened on its line? There a pronoun follows the speaker's own story
    ("I say to Y: ‘…’. He says: …"), not the narration's subjects."""
    line = text[text.rfind("\n", 0, offset) + 1:offset]
    opened = max(line.rfind(c) for c in "“«„")
    return opened > max(line.rfind(c) for c in "”»") or line.count('"') % 2 == 1


def _mentions_between(rows: list[dict], starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(starts, start)
    return i < len(rows) and rows[i]["start"] < end


def _speaking_subject(lang: Language, text: str, start: int, end: int, rows, starts, role_starts, people, *, own: bool = False) -> Person | None:
    """The person opening text[start:end] (the name, or its role phrase, first) when a speech verb follows them."""
    quote = QUOTE_LEAD.match(text, start, end)
    if quote:  # "“…,” X said after meeting Y." / "“…,” said X.": the one quoted is the speaker
        start = quote.end()
        inverted = lang.patterns.INVERTED_CUE.match(text, start, end)
        if inverted:
            start = inverted.end()
    i = bisect.bisect_left(starts, start)
    if i >= len(rows) or rows[i]["start"] >= end:
        return None
    first = rows[i]
    lead = text[start:role_starts.get(first["start"], first["start"])]
    if lead.strip(" \t\u00a0\"“«‘(—–-,") and not all(w in lang.people.SENTENCE_CONNECTIVES for w in lead.replace(",", " ").split()):
        return None  # something else opens the sentence ("But", "However," may): the person is not its subject
    if quote and inverted:
        return people.get(first["entity"])
    speaks = lang.patterns.SUBJECT_SPEAKS.match(text, first["end"], min(end, first["end"] + 260))
    if not speaks:
        return None
    if own and any(r["entity"] != first["entity"] for r in rows[i + 1:bisect.bisect_left(starts, end)]
                   if r["start"] >= speaks.end()):
        return None  # "X said that Y had sent his proposal": someone named after the cue may be meant
    return people.get(first["entity"])


def linked_references(lang: Language, doc: Document, rows: list[dict], people: dict[str, Person], taken, country_in,
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
                if not rivals and PASSIVE_AGENT.search(text, max(0, at - 8), at) and not _inside_quotation(text, offset):
                    # "X opened the plant. It was built by a firm owned by Y. “…,” he said": the nearest is only the
                    # agent of a passive, an earlier one who fits is a sentence's subject: either may be meant
                    rivals = [p for p, _ in candidates[n + 1:] if fits(p) is not False
                              and any(opens_sentence(r["start"], floor) for r in rows if r["entity"] == p.name and floor <= r["start"] < at)]
                return None if rivals else person
        return None

    def opens_sentence(at: int, floor: int) -> bool:
        """Does the mention at `at` (or the role phrase before it) open its sentence, the way a subject does?"""
        lead = text[_sentence_start_before(lang, text, floor, at):role_starts.get(at, at)]
        return not lead.strip(" \t\u00a0\"“«‘(—–-,") or all(w in lang.people.SENTENCE_CONNECTIVES for w in lead.replace(",", " ").split())

    def speaking_subject(offset: int, fits, quote: tuple[int, int] | None = None) -> Person | None:
        """The person who speaks as the subject of the sentence holding `offset` (named before it), else of
        the sentence right before: "X, who met Y in Z, said that … “…,” he added" -> X, not Y. A reference
        continuing a report goes to the one reporting, not to someone named inside it (centering on the
        subject); a subject who only acts ("X met Y. He said …") gets no such preference."""
        seg = doc.segment_at(offset)
        floor = max(seg.start if seg else 0, offset - SUBJECT_REACH)
        own = _sentence_start_before(lang, text, floor, offset)
        before = own
        if quote and quote[0] >= floor:  # "“… Y …,” he said": the words quoted are not where the speaker is named
            own, before = quote[1], quote[0]
        spans = [(own, offset)]
        if not _mentions_between(subject_rows, subject_starts, own, offset) and before > floor:
            spans.append((_sentence_start_before(lang, text, floor, before - 1), before))
        for n, (start, end) in enumerate(spans):
            if not _mentions_between(subject_rows, subject_starts, start, end):
                continue
            person = _speaking_subject(lang, text, start, end, subject_rows, subject_starts, role_starts, people, own=n == 0)
            if person is not None and fits(person) is not False:
                return person
            return None  # the nearest sentence naming someone decides; without a speaking subject, no preference
        return None

    for m in lang.role_anaphors(text):
        noun = m.group("noun").casefold()
        if noun not in lang.people.ROLE_CLASSES or inside(m.start(), taken) or adjectival(lang, text, m.end()):
            continue
        phrase = m.group(0)
        office = role_class(phrase, lang)
        country = country_in(phrase)
        if office is None:
            continue
        kind = next((k for k in getattr(lang.people, "OFFICE_KIND_TAILS", {}).get(noun, ()) if text.startswith(k[len(noun):], m.end())), None)
        end = m.end()
        if kind:  # "the head of state" is whoever holds that kind of office ("the Belarusian president")
            end += len(kind) - len(noun)
            noun, phrase = kind, text[m.start():end]

        def fits_role(person: Person, office=office, country=country, noun=noun):
            if person.office is None:
                return False
            generic = lang.people.GENERIC_ROLES.get(noun)
            if generic:  # "the top diplomat": the foreign minister or ambassador named before
                offices = {o[0] for o in {person.office, *person.other_offices} if o}  # a reference list's roles too
                if not any(w in (person.role or "").casefold() or w in offices for w in generic):
                    return False
            elif generic is None and (person.office[0], person.office[1]) != office:
                if office in person.other_offices:
                    return None  # an office the reference list gives them too: they may be meant
                return False
            return not (country and person.country and country != person.country)

        person = antecedent(m.start(), fits_role, _quotation_before(text, m.start()))
        if person:
            found.append(mention_row(doc, m.start(), end, phrase, person, "role"))

    subject_rows = sorted(rows + found, key=lambda r: r["start"])  # names, surnames and linked roles
    subject_starts = [r["start"] for r in subject_rows]
    for m in lang.patterns.PRONOUN.finditer(text):
        gender = lang.people.PRONOUNS[m.group().casefold()]

        def fits_gender(person: Person, gender=gender):
            return None if person.gender is None else person.gender == gender

        quote = _quotation_before(text, m.start())
        person = speaking_subject(m.start(), fits_gender, quote) or antecedent(m.start(), fits_gender, quote)
        if person:
            row = mention_row(doc, m.start(), m.end(), m.group(), person, "pronoun")
            found.append(row)
            # a linked pronoun is a subject for the next one ("…,” he said. He added that …")
            k = bisect.bisect_left(subject_starts, row["start"])
            subject_rows.insert(k, row)
            subject_starts.insert(k, row["start"])
    return found
