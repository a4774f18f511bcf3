"""Country, place, bloc and historical-state mentions, and their gold-schema view.

Names come from the reference dictionary (`Reference.match_names`); this module decides what each
name means in its context:

- a guarded name is dropped when its context shows another meaning (Jordan the person, Georgia the
  US state, "Guinea pig");
- a place name that heads an organisation's name is not a place ("Skolkovo Foundation");
- a capital stands for its state only when the government acts ("Moscow and Caracas agreed",
  "Beijing's position", "Moscow has accused Kyiv", "relations between Moscow and Washington",
  "ties with Beijing"). It is a place when it is a venue ("the forum in Mogilev", "return from
  Moscow") or when the city government is meant (a mayor, a municipal or "people's government"
  named nearby). When nothing decides, a capital is a place: a wrong country is worse than a
  place whose country is counted anyway.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from helpers.document import Document, Segment
from helpers.lang import for_language
from helpers.reference import NameMatch, Reference, Words

_CITY_GOVERNMENT_RE: dict[str, re.Pattern] = {}


def _city_government_re(lang) -> re.Pattern:
    """Any city-government cue of the language ("mayor", "people's government"), as whole words."""
    if lang.__name__ not in _CITY_GOVERNMENT_RE:
        cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in lang.CITY_GOVERNMENT_CUES)
        _CITY_GOVERNMENT_RE[lang.__name__] = re.compile(r"(?i)(?<!\w)(?:" + cues + r")(?!\w)")
    return _CITY_GOVERNMENT_RE[lang.__name__]


def find_mentions(doc: Document, ref: Reference) -> list[dict]:
    """Mentions rows (country, place, bloc, historical) in document order, with offsets into doc.text."""
    lang = for_language(doc.language)
    words = Words.of(doc.text)
    matches = ref.match_names(words)
    by_first_word = {m.first_word: m for m in matches}
    by_last_word = {m.last_word: m for m in matches}
    matched_words = by_first_word.keys() | by_last_word.keys()
    segment_at = segment_lookup(doc)
    city_government = _ScopeCache(doc, segment_at, _city_government_re(lang))
    rows = []
    for match in matches:
        entry = match.entry
        if entry.kind == "region" or _guarded(match, words, matched_words, lang):
            continue
        kind, entity, via = entry.kind, entry.entity, entry.via
        iso3 = entry.code if entry.kind == "historical" else entry.iso3  # SUN: ISO 3166-3, never a country
        if entry.kind == "place":
            if _heads_organisation(match, words, lang):
                continue
            if entry.via == "capital" and _capital_acts_for_state(match, words, by_first_word, by_last_word, city_government, lang):
                kind, entity = "country", ref.country_names[entry.iso3]
        segment = segment_at(match.start)
        rows.append({
            "seg_id": segment.seg_id if segment else None,
            "start": match.start,
            "end": match.end,
            "surface": doc.text[match.start : match.end],
            "kind": kind,
            "entity": entity,
            "iso3": iso3,
            "via": via,
        })
    return rows


def gold_countries(mentions: list[dict]) -> list[str]:
    """Sorted unique ISO3 codes of the countries a document names (gold `countries`)."""
    return sorted({m["iso3"] for m in mentions if m["kind"] == "country" and m.get("iso3")})


def gold_places(mentions: list[dict]) -> list[list[str]]:
    """[name, ISO3] of each place, once, in order of first appearance (gold `places`)."""
    seen, places = set(), []
    for m in sorted((m for m in mentions if m["kind"] == "place"), key=lambda m: m["start"]):
        if m["entity"] not in seen:
            seen.add(m["entity"])
            places.append([m["entity"], m["iso3"]])
    return places


def segment_lookup(doc: Document) -> Callable[[int], Segment | None]:
    """`doc.segment_at` in logarithmic time: items before sections before the whole document."""
    levels = []
    for kind in ("item", "section", "document"):
        segments = sorted((s for s in doc.segments if s.kind == kind), key=lambda s: s.start)
        if segments:
            levels.append(([s.start for s in segments], segments))

    def segment_at(offset: int) -> Segment | None:
        for starts, segments in levels:
            i = bisect_right(starts, offset) - 1
            if i >= 0 and segments[i].start <= offset < segments[i].end:
                return segments[i]
        return None

    return segment_at


class _ScopeCache:
    """Whether the scope around an offset contains a cue: the item for a listing item, else the paragraph.

    A paragraph longer than PARAGRAPH_LIMIT (a text without line breaks) is cut into fixed blocks,
    so every lookup stays bounded and repeated lookups share one search.
    """

    PARAGRAPH_LIMIT = 2000

    def __init__(self, doc: Document, segment_at, pattern: re.Pattern):
        self.doc, self.segment_at, self.pattern, self.cache = doc, segment_at, pattern, {}

    def __call__(self, offset: int) -> bool:
        segment = self.segment_at(offset)
        text, limit = self.doc.text, self.PARAGRAPH_LIMIT
        if segment is not None and segment.kind == "item" and segment.end - segment.start <= 4 * limit:
            start, end = segment.start, segment.end
        else:
            start = text.rfind("\n", max(0, offset - limit), offset) + 1
            end = text.find("\n", offset, offset + limit)
            if start == 0 and offset >= limit or end < 0 and offset + limit < len(text):
                block = offset // limit * limit
                start, end = max(0, block - limit // 2), block + limit + limit // 2
            end = len(text) if end < 0 else end
        if (start, end) not in self.cache:
            self.cache[(start, end)] = self.pattern.search(text, start, end) is not None
        return self.cache[(start, end)]


def _word(words: Words, i: int) -> str:
    return words.words[i] if 0 <= i < len(words.words) else ""


def _adjacent(words: Words, i: int, j: int) -> bool:
    """Words i and j (i < j) are separated by a single space only."""
    if not (0 <= i and j < len(words.words)):
        return False
    return words.text[words.spans[i][1] : words.spans[j][0]] == " "


def _guarded(match: NameMatch, words: Words, matched_words: set[int], lang) -> bool:
    """True when the context shows that a guarded or ambiguous name means something else here."""
    entry, before, after = match.entry, match.first_word - 1, match.last_word + 1
    guard = entry.guard
    if guard == "caps_word":
        # An acronym that is also a word, inside all-capital text, is the word ("LET US KNOW").
        return any(
            len(_word(words, i)) > 1 and _word(words, i).isupper() and i not in matched_words for i in (before, after)
        )
    if guard == "person":
        return _name_beside(words, before, match.first_word, matched_words, lang) or _name_beside(
            words, after, match.last_word, matched_words, lang
        )
    if guard == "us_state":  # "Atlanta, Georgia", "the state of Georgia", "Georgia state senator"
        nearby = set(words.words[max(0, match.first_word - 4) : match.last_word + 5])
        state_of = _word(words, before) == "of" and _word(words, before - 1).casefold() == "state"
        return bool(nearby & lang.US_STATE_CUES) or state_of or _word(words, after) == "state"
    if guard.startswith("not_before:"):
        return _word(words, after) in guard.split(":", 1)[1].split("|") and _adjacent(words, match.last_word, after)
    return False


def _name_beside(words: Words, other: int, own: int, matched_words: set[int], lang) -> bool:
    """Word `other`, right beside the name, is a capitalised word that is not itself a name ("Michael Jordan")."""
    word = _word(words, other)
    return (
        _adjacent(words, min(other, own), max(other, own))
        and word[:1].isupper()
        and word not in lang.FUNCTION_WORDS
        and other not in matched_words
    )


def _heads_organisation(match: NameMatch, words: Words, lang) -> bool:
    """"Skolkovo Foundation", "Moscow State University": the name is part of an organisation's name."""
    after = match.last_word + 1
    return _word(words, after)[:1].isupper() and _word(words, after).casefold() in lang.ORGANISATION_HEADS


def _capital_acts_for_state(match, words: Words, by_first_word: dict, by_last_word: dict, city_government, lang) -> bool:
    """Whether a capital stands for its government here (see the module docstring for the rule)."""
    if city_government(match.start):
        return False
    first, after = match.first_word, match.last_word + 1
    previous = _word(words, first - 1).casefold()
    if previous in lang.RELATION_WORDS or (previous == "with" and _word(words, first - 2).casefold() in lang.RELATION_NOUNS):
        return True
    if previous in lang.VENUE_WORDS:
        return False
    if previous in lang.ACTOR_VERBS:  # the object of a state's act: "accused Kyiv", "urged Beijing"
        return True
    if _acts(words, after, lang):
        return True
    if _word(words, after) == "s" and words.text[match.end : match.end + 1] in "'’":  # "Beijing's position"
        return _word(words, after + 1).casefold() in lang.STATE_NOUNS
    if _word(words, after) == "and":  # "Moscow and Caracas agreed": the verb follows the second capital
        partner = by_first_word.get(after + 1)
        return partner is not None and partner.entry.via == "capital" and _acts(words, partner.last_word + 1, lang)
    if previous == "and":  # the second of "Moscow and Caracas agreed", "between Moscow and Washington"
        partner = by_last_word.get(first - 2)
        if partner is None or partner.entry.via != "capital":
            return False
        return _word(words, partner.first_word - 1).casefold() in lang.RELATION_WORDS or _acts(words, after, lang)
    return False


def _acts(words: Words, i: int, lang) -> bool:
    """Word i is an actor's verb, possibly after auxiliaries ("said", "has accused", "will not sign")."""
    while _word(words, i).casefold() in lang.AUXILIARIES:
        i += 1
    return _word(words, i).casefold() in lang.ACTOR_VERBS
