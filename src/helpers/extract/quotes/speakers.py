"""The speaker resolver every quote finder shares: who a phrase next to a cue names.

`Speakers(doc, people, lang)` holds one document's text, its person layer and its language; `speaker()`
resolves a phrase to a linked person, a speaking body kept as written, or nobody (with the reason). It
also holds the text-shape helpers the finders share (lines, sentences, rows).
"""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from functools import cached_property

from helpers.document import Document
from helpers.extract.people import PeopleLayer
from helpers.extract.people.roles import role_class
from helpers.lang import Language

CONTEXT = 2000  # characters around a quotation that its attribution may come from
SENTENCE_REACH = 400  # characters back from a quotation to look for its sentence's start
PARENTHESIS_ASIDE = re.compile(r"[ \t\u00a0]*\([^()\n]{1,30}\)[ \t\u00a0]*$")  # "(pictured)" right before a cue
# An indefinite article or a possessive opening a role phrase: someone not named before ("a company spokesman", "his
# spokesman"), never the person the possessive names.
INDEFINITE = re.compile(r"(?:an?|An?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s")
PRONOUN_REACH = 3000  # characters back from a pronoun to the people it may stand for (as the person layer links)


@dataclass(frozen=True)
class Speaker:
    name: str = ""
    is_person: bool | None = None
    role: str | None = None
    country: str | None = None
    attribution: str = "none"
    reason: str | None = None
    unresolved: bool = False  # "he"/"she" that fits two people named before: the words are kept, speakerless


NOBODY = Speaker(reason="no attribution in the text")
VIA_ATTRIBUTION = {"name": "adjacent name", "alias": "adjacent name", "surname": "adjacent name",
                   "role": "role", "pronoun": "pronoun"}


class Speakers:
    """One document's text, sentences and people: the speaker resolver every quote finder shares."""

    def __init__(self, doc: Document, people: PeopleLayer, lang: Language):
        self.doc, self.people, self.text = doc, people, doc.text
        self.lang, self.p = lang, lang.patterns
        self.blocks = sorted(doc.blocks)
        self.headings = {" ".join(s.heading.split()) for s in doc.segments if s.heading}
        # every word of every person's name in the document: a lone one before a cue is not a company
        self.name_words = {w for p in people.people.values() for n in p.spellings | {p.name} for w in n.split()}

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """`line_spans` of the text, found once: the turn, title and reported-speech finders all read every line."""
        return line_spans(self.text)

    def in_block(self, offset: int) -> bool:
        return inside(offset, self.blocks)

    def line_span(self, offset: int) -> tuple[int, int]:
        """The line (paragraph) around `offset`, at most `CONTEXT` characters either way: context beyond
        that never decides an attribution, and the bound keeps one-line megabyte documents linear."""
        floor = max(0, offset - CONTEXT)
        start = self.text.rfind("\n", floor, offset) + 1 or floor
        end = self.text.find("\n", offset, offset + CONTEXT)
        return start, (min(len(self.text), offset + CONTEXT) if end < 0 else end)

    def sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence spans of text[start:end], one paragraph (line) at a time."""
        spans = []
        line_start = start
        while line_start < end:
            line_end = self.text.find("\n", line_start, end)
            line_end = end if line_end < 0 else line_end
            s = line_start
            for m in self.p.SENTENCE_END.finditer(self.text, line_start, line_end):
                if self.p.ABBREVIATION.search(self.text, max(s, m.start() - 6), m.start() + 1):
                    continue
                spans.append((s, m.end()))
                s = m.end()
            spans.append((s, line_end))
            line_start = line_end + 1
        return [span for span in map(self._trimmed, spans) if span]

    def _trimmed(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """`trim` of a sentence span, read off one slice of it (the sentence is short; `trim` reads a character
        at a time); None when it holds only white space."""
        s, e = span
        sentence = self.text[s:e]
        words = sentence.strip()
        if not words:
            return None
        lead = len(sentence) - len(sentence.lstrip())
        return s + lead, s + lead + len(words)

    def row(self, kind: str, start: int, end: int, speaker: Speaker, cue: str | None, text: str | None = None) -> dict:
        seg = self.doc.segment_at(start)
        return {
            "doc_id": self.doc.doc_id, "seg_id": seg.seg_id if seg else None, "kind": kind,
            "text": text if text is not None else self.text[start:end], "start": start, "end": end,
            "speaker": speaker.name, "speaker_is_person": speaker.is_person, "speaker_role": speaker.role,
            "speaker_country": speaker.country, "cue": cue, "attribution": speaker.attribution,
            "reason": speaker.reason, "date": None,
        }

    def speaker(self, start: int, end: int, *, exact_end: bool = True) -> Speaker | None:
        """Who the phrase text[start:end] names: a linked person, a speaking body as written, or None.

        With `exact_end`, a person mention must end where the phrase ends ("… Alexander Turchin"), so
        "the concept presented by X" does not make X the subject of a cue after it.
        """
        start, end = trim(self.text, start, end)
        quoted = self.p.QUOTED_AS.search(self.text, max(start, end - 100), end)
        if quoted:  # "X was quoted as (saying)": X speaks
            end = quoted.start()
        auxiliary = self.p.CUE_AUXILIARY_TAIL.search(self.text, max(start, end - 40), end)
        if auxiliary and auxiliary.start() > start:  # "X likes to (say)", "X went on to (say)": X speaks
            end = auxiliary.start()
        photo = self.p.PHOTO_ASIDE.search(self.text, max(start, end - 40), end)
        if photo and photo.start() > start:  # "X (pictured) told": X speaks
            end = photo.start()
        acronym = self.p.TRAILING_ACRONYM.search(self.text, start, end)
        if acronym and acronym.start() > start:  # "the Kenya News Agency (KNA)": the name, its acronym aside
            end = acronym.start()
        if start >= end:
            return None
        mentions = self.people.mentions_in(start, end)
        if exact_end:
            mentions = [m for m in mentions if m["end"] >= end - 2]
        phrase = self.text[start:end]
        adjectives = None if mentions else self.p.BODY_ADJECTIVES.match(phrase)
        if adjectives and self.p.ORGANISATION.fullmatch(phrase, adjectives.end()) and not role_phrase(self.lang, phrase[adjectives.end():]):
            return Speaker(phrase[adjectives.end():], False, None, None, "organisation")  # "the official Kenya News Agency"
        described = None if mentions else self.p.DESCRIBED_BODY.fullmatch(phrase)
        if described and not role_phrase(self.lang, described.group("name") or described.group("name2")):  # "the TV channel NTV", "the Abkhaz Apsnypress news agency": the body by its name
            return Speaker(self._body_name(described.group("name") or described.group("name2")), False, None, None, "organisation")
        # a role phrase ("the ministry spokesperson") names a person, never a body
        body = (self.p.ORGANISATION.fullmatch(phrase) or self.p.LOWER_BODY.fullmatch(phrase)) and \
            not is_pronoun(phrase) and not role_phrase(self.lang, phrase)
        # "Minister of the Government of Moscow Ivan Petrov": a name closing the phrase is the speaker; a role
        # closing it ("the press service of the Minister of …") is whose body speaks
        person_at_end = any(m["end"] >= end - 2 and m["via"] in ("name", "alias", "surname") for m in mentions)
        if body and not (mentions and (mentions[0]["start"] == start or person_at_end)):
            # "the press service of the Minister of …": the body speaks, not the person it belongs to
            return Speaker(phrase, False, None, None, "organisation")
        if mentions:
            if len({x["entity"] for x in mentions}) > 1 and mentions[0]["start"] != start:
                # "said X in Moscow with Y": two people after the cue, neither opening the phrase
                return Speaker(reason=f"two people named in '{' '.join(phrase.split())}'")
            m = mentions[0] if mentions[0]["start"] == start else max(mentions, key=lambda m: (m["end"] - m["start"]))
            if m["start"] != start and self.p.ROLE_COMPLEMENT.search(self.text, start, m["start"]):
                # "a spokesman for X", "an aide to X": the role speaks for X, X did not speak; kept as written
                written = " ".join(phrase.split())
                return Speaker(written, False, None, None, "unnamed role") if role_phrase(self.lang, written) else \
                    Speaker(reason=f"'{written}' is someone acting for a person")
            return self.person_speaker(m)
        if not is_pronoun(phrase) and self._unheld_role(phrase):
            # "Russia President said …" in a text naming no president: the role as written, nobody guessed
            return Speaker(" ".join(phrase.split()), False, None, None, "unnamed role")
        if INDEFINITE.match(phrase) and role_phrase(self.lang, phrase):
            # "a company spokesman", "his spokesman": an unnamed person, kept as written
            return Speaker(" ".join(phrase.split()), False, None, None, "unnamed role")
        if is_pronoun(phrase) or role_phrase(self.lang, phrase):
            return Speaker(reason=f"could not tell who '{phrase}' is", unresolved=self._pronoun_fits_two(start, phrase))
        if self.p.GROUP_SPEAKER.fullmatch(phrase):  # "Delegates", "the heads of government": a group as written
            return Speaker(" ".join(phrase.split()), False, None, None, "group")
        words = phrase.split()
        if len(words) == 2 and words[0].casefold() in self.lang.people.HONORIFICS and \
                sum(p.name.split()[-1] == words[1] for p in self.people.people.values()) > 1:
            # "Mr Dahl said" after "Henrik Dahl and his brother Erik Dahl": a speaker, only not which one
            return Speaker(reason=f"two people named {words[1]}", unresolved=True)
        return self.organisation(phrase)

    def _pronoun_fits_two(self, offset: int, phrase: str) -> bool:
        """Is `phrase` "he" or "she" with two people of its gender (or of none the text tells) named before it in its
        segment, or a role ("the minister") that two people named so hold? Then the text gives a speaker, only not
        which one: the words are kept, the speaker left empty."""
        gender = self.lang.people.PRONOUNS.get(phrase.strip().casefold())
        seg = self.doc.segment_at(offset)
        since = max(seg.start if seg else 0, offset - PRONOUN_REACH)
        if gender is None:
            noun = phrase.split()[-1].casefold()
            people = [self.people.person(m["entity"]) for m in self.people.mentions_in(since, offset)]
            return len({p.name for p in people if p and p.role_from_text and p.role and
                        noun in p.role.casefold().split()}) >= 2
        fitting = {m["entity"] for m in self.people.mentions_in(since, offset)
                   if self.people.person(m["entity"]) is None or self.people.person(m["entity"]).gender in (None, gender)}
        return len(fitting) >= 2

    def source_of(self, start: int, end: int) -> Speaker | None:
        """Who an "according to" phrase names: X of "assessments from X", "a statement from X", "X's press release",
        else the phrase itself."""
        figures = self.p.SOURCE_FIGURES.match(self.text, start, end)  # "assessments from X": X speaks
        if figures:
            return self.speaker(figures.end(), end)
        owned = self.p.OWNED_SOURCE.fullmatch(self.text, start, end)  # "the company's press release": the company speaks
        return self.speaker(start, owned.end("owner")) if owned else self.speaker(start, end)

    def _body_name(self, name: str) -> str:
        """A body's name without a leading adjective: of "Abkhaz Apsnypress", the last word when the document
        also writes it alone ("quoted by Apsnypress"); else the name as written."""
        words = name.split()
        if len(words) > 1 and words[-1] not in self.lang.speech.CORPORATE_WORDS:
            for m in re.finditer(rf"(?<![\w’'-]){re.escape(words[-1])}(?![\w’'-])", self.text):
                before = self.text[max(0, m.start() - 40):m.start()].split()
                if not before or not before[-1][:1].isupper():  # alone, not the end of another name ("Ziraat Bankasi")
                    return words[-1]
        return " ".join(words)

    def _unheld_role(self, phrase: str) -> bool:
        """A role that says whose office it is ("Russia President", "the head of Kenya's Data Agency") and that
        no person of the document holds: the text never names the holder, so the role itself is the speaker."""
        office = role_class(phrase, self.lang)
        words = phrase.split()
        if office is None or not 2 <= len(words) <= 8 or not any(
                w[:1].isupper() and w not in self.lang.people.FUNCTION_WORDS and w.casefold().strip("’'s") not in self.lang.people.ROLE_CLASSES
                for w in words):
            return False
        # a person named without any office may hold this one: then nobody is guessed either way
        return not any(p.office is None or role_class(p.role, self.lang) == office or p.office == office or office in p.other_offices
                       for p in self.people.people.values())

    def organisation(self, phrase: str) -> Speaker | None:
        """A company or body named before a cue: a corporate word in its name ("Yandex LLC", "the Skolkovo
        Foundation"), or up to three capitalised words, none a known first name nor a word of a person's name
        in this document ("Sberbank", "Gazprom Neft"); the person layer keeps surnames ("Peskov") for itself.
        A word shared with a person's name leaves the speaker open rather than guess."""
        phrase = " ".join(phrase.split())
        if self.p.CORPORATE.fullmatch(phrase):
            return Speaker(phrase, False, None, None, "organisation")
        words = phrase.split()
        if len(words) > 1 and words[0] == "the":  # "the Nairobi Times": a title with its article
            words = words[1:]
        if not 1 <= len(words) <= 3 or not all(self.p.ONE_WORD.fullmatch(w) for w in words):
            return None
        if words[0] in self.lang.people.NOT_NAME_WORDS or (len(words) == 1 and self.p.PLURAL_NOUN.fullmatch(phrase)):
            return None  # "Witnesses said", "Economists believe": a group of people, not a body's name
        if any(w in self.name_words or w in self.lang.people.FIRST_NAMES for w in words):
            return Speaker(reason=f"'{phrase}' may be part of a person's name")
        return Speaker(phrase, False, None, None, "organisation")

    def person_speaker(self, mention: dict) -> Speaker:
        person = self.people.person(mention["entity"])
        return Speaker(mention["entity"], True, person.role if person else None,
                       person.country if person else mention.get("iso3"), VIA_ATTRIBUTION.get(mention["via"], "adjacent name"))

    def subject_before(self, clause_start: int, cue_start: int) -> Speaker | None:
        """The speaker right before a cue verb: the phrase back to the clause start, asides removed; in
        "X asked for … and expressed confidence that", the subject X at the clause start."""
        end = cue_start
        aside = self.p.ASIDE.search(self.text, max(clause_start, cue_start - 60), cue_start)
        if aside:  # "X, in turn, noted", "X also stressed": the speaker is before the aside
            end = aside.start()
        quoted = self.p.QUOTED_AS.search(self.text, max(clause_start, end - 100), end)
        if quoted:  # "X was quoted by TASS as saying": the outlet only carries X's words
            end = quoted.start()
        aside = PARENTHESIS_ASIDE.search(self.text, max(clause_start, end - 40), end)
        if aside and aside.start() > clause_start:  # "X (pictured) said", "X (Norway) said": the aside is no part of X
            end = aside.start()
        chunk_start = max(clause_start, *(self.text.rfind(c, clause_start, end) + 1 for c in ",;:“”\"«»("))
        if self.text[chunk_start:end].strip() in self.lang.speech.RELATIVE_PRONOUNS:
            # "X, who noted that …": the relative pronoun stands for the phrase before its comma
            return self.apposed_name(clause_start, chunk_start - 1)
        if end <= chunk_start or not self.text[chunk_start:end].strip():
            named = self.apposed_name(clause_start, chunk_start - 1)
            if named is not None:  # "Russia's ambassador, Ivan Petrov, said": the name set off by commas speaks
                return named
            parenthesis = self.p.PARENTHESIS.search(self.text, max(clause_start, end - 260), end)
            if parenthesis is None:
                return None
            # the speaker ends where the parenthesis opens, and must be named right there
            end = parenthesis.start()
            chunk_start = max(clause_start, *(self.text.rfind(c, clause_start, end) + 1 for c in ",;:“”\"«»("))
            if end <= chunk_start:
                return None
            found = self.speaker(chunk_start, end)
            return found if found is not None and not found.reason else None
        found = self.source_of(chunk_start, end)  # "A statement from the ministry said": the ministry speaks
        if found is None and self.text[chunk_start:end].rstrip().endswith(" and"):
            found = self.subject_at(clause_start, end)
        return found

    def joint_subject(self, clause_start: int, cue_start: int) -> list[Speaker]:
        """Two speakers joined by "and" right before a cue ("Private lenders Kask Bank and Nordbank announced"),
        each resolved on its own; both must be found, else nobody."""
        end = cue_start
        aside = self.p.ASIDE.search(self.text, max(clause_start, cue_start - 60), cue_start)
        if aside:
            end = aside.start()
        start = max(clause_start, *(self.text.rfind(c, clause_start, end) + 1 for c in ",;:“”\"«»("))
        joint = self.text.rfind(" and ", start, end)
        if joint < 0:
            return []
        both = [self.speaker(start, joint), self.speaker(joint + len(" and "), end)]
        if any(b is None or b.reason or all(w.casefold() in self.lang.people.ORG_NOUNS | {"the"} for w in b.name.split())
               for b in both):
            return []  # "the Industry and Trade Ministry": the halves of one name are not two speakers
        return both

    def apposed_name(self, clause_start: int, comma: int) -> Speaker | None:
        """The person whose name alone fills the stretch between the comma before `comma` and `comma`."""
        if comma <= clause_start or self.text[comma] != ",":
            return None
        start = self.text.rfind(",", max(clause_start, comma - 80), comma) + 1 or clause_start
        return self.name_filling(max(start, clause_start), comma)

    def name_filling(self, start: int, end: int) -> Speaker | None:
        """The person whose name (alone) fills text[start:end]."""
        start, end = trim(self.text, start, end)
        names = [m for m in self.people.mentions_in(start, end) if m["via"] in ("name", "alias", "surname")]
        if names and names[0]["start"] == start and names[0]["end"] >= end - 2:
            return self.person_speaker(names[0])
        return None

    def subject_at(self, start: int, end: int) -> Speaker | None:
        """A person or body opening text[start:end] (the subject of a sentence)."""
        start, _ = trim(self.text, start, end)
        mentions = self.people.mentions_in(start, end)
        if mentions and mentions[0]["start"] == start:
            return self.person_speaker(mentions[0])
        m = self.p.ORGANISATION.match(self.text, start, end)
        if m and self.text[m.end():m.end() + 1] == " ":
            return Speaker(m.group(), False, None, None, "organisation")
        return None

    def segment_start(self, offset: int) -> int:
        seg = self.doc.segment_at(offset)
        return seg.start if seg else 0


def canonical_bodies(rows: list[dict], lang: Language, text: str = "") -> None:
    """One name per speaking body in a document: a short mention ("the ministry", "the Foreign Ministry", "the
    watchdog", a headline's "— ministry") takes the fullest name of the one body around it that it fits: a body
    the text names in full with the same head noun and every word of the mention ("Russian Foreign Ministry",
    "Ministry of Digital Development, Communications and Mass Media of Russia"), or a name set off by that noun
    ("Nordtel, the Norwegian watchdog,"). With two such bodies the short mention stays as written."""
    heads = set(lang.speech.SPEAKING_BODIES) | {w.casefold() for w in lang.speech.CORPORATE_WORDS}
    named_in_text: dict[str, list[tuple[int, str]]] = {}
    for row in rows:
        if row["attribution"] != "organisation" or not row["speaker"]:
            continue
        words = _body_words(row["speaker"])
        noun = _head_noun(row["speaker"], heads)
        if noun is None or len(words) > SHORT_BODY_WORDS or "of" in words:
            continue
        if noun not in named_in_text:
            named_in_text[noun] = _named_bodies(text, noun, lang)
        low, high = row["start"] - BODY_REACH, row["end"] + BODY_REACH
        named = [n for at, n in named_in_text[noun] if low <= at < high] + \
            [r["speaker"] for r in rows if r["attribution"] == "organisation" and r["speaker"] and _head_noun(r["speaker"], heads) == noun]
        fits = _fullest([n for n in named if _shorter_form(words, n)] + _apposed_bodies(text[max(0, low):high], noun, lang))
        if len(fits) == 1:  # a body already named in full (nothing fuller around it) keeps its wording
            row["speaker"] = fits[0]


SHORT_BODY_WORDS = 4  # "Russia’s state communications watchdog": longer mentions are names in their own right
BODY_REACH = 3000  # characters around a short body mention where its full name is looked for


def _body_words(name: str) -> set[str]:
    return {w.casefold().strip(",’'") for w in name.split()} - {"the", "and"}


def _head_noun(name: str, heads: set[str]) -> str | None:
    """The body noun a name is built on: "the Russian Foreign Ministry" -> "ministry" (before any "of" tail)."""
    words = [w.casefold().strip(",") for w in name.split()]
    cut = next((i for i, w in enumerate(words) if w in ("of", "in", "for", "on", "under")), len(words))
    return next((w for w in reversed(words[:cut]) if w in heads), None)


def _shorter_form(words: set[str], name: str) -> bool:
    """Is a mention with these words a shorter form of the named body: fewer words, each a word of the name or
    its country's adjective ("the Ethiopian Ministry" of "Ethiopia's Ministry of Innovation and Technology")?"""
    return len(words) < len(_body_words(name)) and all(_word_of(word, name) for word in words)


def _fullest(names: list[str]) -> list[str]:
    """The distinct bodies among names, a shorter form of a longer one ("Ethiopian Ministry" of "Ethiopia's
    Ministry of Innovation and Technology") being that one."""
    names = list(dict.fromkeys(" ".join(n.split()[1:]) if n.split()[0].casefold() == "the" else n for n in names))
    return [n for n in names if not any(n != other and (_body_words(n) <= _body_words(other) or
                                                        _shorter_form(_body_words(n), other)) for other in names)]


def _named_bodies(text: str, noun: str, lang: Language) -> list[tuple[int, str]]:
    """(offset, name) of the capitalised bodies with this head noun the text names ("Ministry of Foreign Affairs
    of Kenya", "Russian Foreign Ministry"), without a leading article. Only the words just before each
    capitalised head noun are tried as the name's start, so a long text costs one pass of `str.find`."""
    names, head = [], noun.capitalize()
    at = text.find(head)
    while at >= 0:
        starts = [m.start() for m in WORD_START.finditer(text, max(0, at - NAME_LEAD), at)] + [at]
        for start in starts:
            m = lang.patterns.ORGANISATION.match(text, start)
            if m and m.end() > at and not text[m.end():m.end() + 1].isalnum():  # "Meeting" is no name in "Meetings"
                words = m.group().split()
                if words[0].casefold() == "the":
                    words = words[1:]
                folded = [w.casefold().strip(",") for w in words]
                if len(words) >= 2 and noun in folded and all(w[:1].isupper() for w in words[:folded.index(noun) + 1]) and \
                        not any(w in lang.people.FIRST_NAMES for w in words):  # "According to the ministry" is no name
                    names.append((start, " ".join(_name_tail(words, folded, noun, lang))))
                    break
        at = text.find(head, at + len(head))
    return names


def _name_tail(words: list[str], folded: list[str], noun: str, lang: Language) -> list[str]:
    """A body's name up to its head noun and the capitalised "of …" tail after it: "Kenyan ICT Ministry" of "Kenyan
    ICT Ministry held a meeting on Tuesday" (lower-case words and dates after the head noun are the sentence's)."""
    end = folded.index(noun) + 1
    while end < len(words) and (words[end][:1].isupper() and folded[end] not in lang.words.WEEKDAYS and lang.month_number(folded[end]) is None
                                or folded[end] in NAME_CONNECTORS):
        end += 1
    while folded[end - 1] in NAME_CONNECTORS:
        end -= 1
    return words[:end]


NAME_CONNECTORS = ("of", "for", "on", "under", "in", "the", "and")
NAME_LEAD = 80  # characters before a body's head noun where its name may start
WORD_START = re.compile(r"(?<![\w’'-])[A-Za-z]")


def _apposed_bodies(text: str, noun: str, lang: Language) -> list[str]:
    """Names the text sets off by this body noun: "Nordtel, the Norwegian watchdog," -> Nordtel."""
    if noun + "," not in text:
        return []  # the noun closes the apposition with a comma: without one, the text is not scanned
    return [m.group("name") for m in lang.patterns.APPOSED_BODY.finditer(text)
            if m.group("noun").casefold() == noun and m.group("name").split()[0] not in lang.people.NOT_NAME_WORDS]


def _word_of(modifier: str, name: str) -> bool:
    """Is the modifier a word of the body's name, or its country's adjective ("Ethiopian" in "Ethiopia's
    Ministry …", "Russian" in "Ministry … of Russia"): the same word, or the same stem of five letters or more?"""
    key = modifier.casefold()
    for word in name.casefold().replace("’", "'").split():
        word = word.removesuffix("'s")
        shared = len(os.path.commonprefix([key, word]))
        if word == key or shared >= max(5, len(min(key, word, key=len)) - 1):
            return True
    return False


HEADLINE_ZONE = 3  # non-empty lines before the first sentence that may be the document's title


def title_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines that may be the document's title: the non-empty lines before its first sentence (a line
    ending with a full stop), at most `HEADLINE_ZONE` ("All news" chrome, then the headline). `lines` are
    the text's `line_spans`."""
    out = []
    for start, end in lines:
        line = text[start:end].strip()
        if not line:
            continue
        if line.rstrip("”\"»’)")[-1:] in (".", "!", "?", "…") or len(out) == HEADLINE_ZONE:
            break
        out.append((start, end))
    return out


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Is `offset` inside one of `spans` (sorted by start, not overlapping)?"""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the text, an empty last line included."""
    out, start = [], 0
    for line in text.split("\n"):  # one split, not a find per line: several finders read every line
        end = start + len(line)
        out.append((start, end))
        start = end + 1
    return out


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def start_of_sentence(lang: Language, text: str, floor: int, offset: int) -> int:
    """Start of the sentence holding `offset` (searching back no further than `floor`, nor than `SENTENCE_REACH`)."""
    floor = start = max(floor, offset - SENTENCE_REACH)
    for m in lang.patterns.SENTENCE_END.finditer(text, floor, offset):
        if not lang.patterns.ABBREVIATION.search(text, max(floor, m.start() - 6), m.start() + 1):
            start = m.end()
    return start


def is_document(lang: Language, phrase: str) -> bool:
    words = [w.casefold().strip("’'s") for w in phrase.split()]
    return bool(words) and (words[-1] in lang.speech.DOCUMENT_NOUNS or (len(words) <= 3 and any(w in lang.speech.DOCUMENT_NOUNS for w in words)))


def is_pronoun(phrase: str) -> bool:
    return phrase.strip().casefold() in ("he", "she", "him", "her", "they", "it", "his", "hers")


def wholly_quoted(lang: Language, phrase: str) -> bool:
    """Is the phrase one quotation from its opening mark to its closing one ("“Our chips are ready”")? After a
    title's "Name:" it is the person's own words, a direct quote, not a claim nor a transcript turn."""
    phrase = phrase.strip()
    return len(phrase) > 2 and phrase[0] in lang.speech.QUOTE_PAIRS and phrase[-1] in lang.speech.QUOTE_PAIRS[phrase[0]] \
        and not any(c in phrase[1:-1] for c in lang.speech.QUOTE_PAIRS[phrase[0]] if c not in lang.speech.CONTEXT_MARKS)


def role_phrase(lang: Language, phrase: str) -> bool:
    """Does the phrase name a role ("the Deputy Minister of Industry")?"""
    return role_class(phrase, lang) is not None
