"""Events (dated occasions), the country pairs that are their parties, and their money amounts.

- Each item of a listing page is one event. Its headline is the item's heading; its date is the
  first dated expression of the item's body (the heading's year fills a missing year), except
  that a date on which the news was *reported* ("reported on August 25") gives way to a day up to
  a week earlier that the item also gives (the meeting the report is about). With no date in the
  body, the headline's date, then the year heading, date the item.
- A story or transcript yields one event: the occasion it reports, named by the first phrase of
  the body that names an occasion ("the plenary session of the fifth Forum of Regions of Belarus and
  Russia"), else by who met ("talks between Putin and Xi", "visit to Hanoi"), else the title's phrase,
  else the occasion named by its venue only ("meeting in Minsk"), else the title line or the lead
  sentence. A wire dateline ("MOSCOW, March 15. /TASS/.", "BEIJING, April 20 (Xinhua) --") is never part
  of a headline, and a lead-sentence headline drops its closing attribution (", the ministry said") and
  weekday. A headline (title line) that names an occasion gives it, unless the body names the same
  occasion more fully. Its date is a date in the same sentence or on the line just below the phrase (a
  caption, or the words after a dateline), else the day of the first lead sentence saying the occasion
  took place ("Russia and Egypt signed an agreement on 17 May 2023"), else the date of a dateline just
  below the phrase; dates of the telling ("said on Monday", ", the ministry said on Friday") and deadlines
  ("to be completed by December 2026") do not count. Otherwise the dateline's day dates it only when the sentence (not its attribution) names that
  very weekday; a dateline day without a year gives precision day and no date; else it stays unknown,
  since a story is not always published on the day of its occasion.
- Parties are the states named where the occasion is stated: the headline of an item (with its lead
  sentence when the headline names fewer than two), the occasion phrase of a story. A remark further down (a trade share with the USA, a
  proposal naming Belarus) does not make a party. When no state is named there, cities acting as
  parties ("Moscow and Beijing signed") stand for their states, then blocs for their members, and
  for a story "the five countries" picks the bloc with that many members, then a bloc named in the
  occasion's sentence ("Ministers of the Eurasian Economic Union approved … at a meeting in Minsk").
  When the occasion is a meeting and names fewer than two states, the countries of the people who met
  (person mentions with a country, from the phrase and the lead's meeting sentences) are parties.
  Every state of a list or coordinated subject in the sentence saying the occasion took place is a
  party ("Egypt, Ethiopia and Nigeria signed documents"), unless the list follows a standing relation
  ("relations with China and India"); when the occasion's phrase names one state only, the first such
  list of the lead completes it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date
from itertools import combinations

from retrie.trie import Trie

from helpers.dateline import match_dateline
from helpers.document import Document, Segment
from helpers.extract.stage import Context, Stage
from helpers.lang import Language
from helpers.extract.money import find_amounts
from helpers.reference import Reference
from helpers.reference import in_language
from helpers.topics import find_topics

SENTENCE_WINDOW = 600  # characters searched for the end of a lead sentence
NAME_WINDOW = 200  # characters searched on each side of an occasion noun for its name
TITLE_LIMIT = 500  # a longer "title" is a body line, not a headline
REPORT_LAG_DAYS = 7  # a report follows its occasion by at most this many days
# A sentence ends at . ! ? (and a closing quote) before a space, or at a line break.
SENTENCE_END_RE = re.compile(r"[.!?][\"”»’]?(?=\s)|\n")
# Words of an occasion's name, with what separates them ("Belarus-Russia", "4th", "IV").
NAME_WORD_RE = re.compile(r"[\w&’'-]+")
# Who met, written as a hyphenated pair before the occasion noun: "Russian-Belarusian talks",
# "Putin–Xi summit", "Russia-ASEAN meeting". Searched in a short window ending at the noun.
PAIR_BEFORE_RE = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁ][\w'’]{0,30}(?:[-–][A-ZА-ЯЁ][\w'’]{0,30}){1,3} $")
_PATTERNS: dict[str, tuple] = {}
_OCCASION_VERB_RE: dict[str, re.Pattern] = {}  # per language code


def _patterns(lang):
    if lang.code not in _PATTERNS:
        nouns = "|".join(sorted(lang.words.OCCASION_NOUNS, key=len, reverse=True))
        count = "|".join(list(lang.words.COUNT_WORDS) + [r"\d{1,2}"])
        _PATTERNS[lang.code] = (
            re.compile(rf"(?i)(?<!\w)(?:{nouns})(?!\w)"),
            re.compile(lang.words.SESSION_PREFIX),
            re.compile(lang.words.REPORT_CUE),
            re.compile(rf"(?i)(?<!\w)the\s+(?P<n>{count})\s+(?:{'|'.join(lang.words.COUNTRIES_NOUNS)})(?!\w)"),
        )
    return _PATTERNS[lang.code]


def find_events(doc: Document, ref: Reference, lang: Language, *, mentions: list[dict], dates: list[dict]):
    """(events, pairs, amounts) rows of one document; see the module docstring for the rules."""
    ref = in_language(ref, lang)  # names and topic keywords as the language writes them
    spans = _Spans(mentions, dates)
    items = [s for s in doc.segments if s.kind == "item" and s.heading]
    found = [_item_event(doc, s, ref, spans, lang) for s in items] if items else [_story_event(doc, ref, spans, lang)]
    events, pairs, amounts = [], [], []
    for n, event in enumerate(e for e in found if e is not None):
        event_id = f"{doc.doc_id}:e{n}"
        money = _unique_amounts(event.pop("money"))
        evidence = event.pop("evidence")
        events.append({"event_id": event_id, **event, "amounts": [
            {k: a[k] for k in ("text", "value", "currency", "qualifier")} for a in money
        ]})
        amounts += [{"event_id": event_id, **a} for a in money]
        for a, b in combinations(event["countries"], 2):
            start, end = next(
                ((s, e) for s, e in evidence if {a, b} <= set(spans.countries(s, e))), (evidence[0][0], evidence[-1][1])
            )
            pairs.append({
                "event_id": event_id, "a": a, "b": b, "date": event["date"], "precision": event["precision"],
                "evidence": doc.text[start:end], "start": start, "end": end,
            })
    return events, pairs, amounts


class _Spans:
    """Mentions and dates by offset, for range queries."""

    def __init__(self, mentions: list[dict], dates: list[dict]):
        self.mentions = sorted(mentions, key=lambda m: m["start"])
        self.mention_starts = [m["start"] for m in self.mentions]
        self.dates = sorted(dates, key=lambda d: d["start"])
        self.date_starts = [d["start"] for d in self.dates]

    def mentions_in(self, start: int, end: int, kind: str) -> list[dict]:
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i]["start"] < end:
            if self.mentions[i]["kind"] == kind:
                out.append(self.mentions[i])
            i += 1
        return out

    def countries(self, start: int, end: int) -> list[str]:
        return _unique(m["iso3"] for m in self.mentions_in(start, end, "country") if m["iso3"])

    def dates_in(self, start: int, end: int) -> list[dict]:
        i = bisect_left(self.date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i]["start"] < end:
            out.append(self.dates[i])
            i += 1
        return out


def _item_event(doc: Document, segment: Segment, ref: Reference, spans: _Spans, lang) -> dict:
    text = doc.text
    head_start = text.find(segment.heading, segment.start, segment.end)
    head_start, head_end = (segment.start, segment.start) if head_start < 0 else (head_start, head_start + len(segment.heading))
    body_start = _skip_space(text, head_end, segment.end)
    lead_end = _sentence_end(text, body_start, segment.end)
    value, precision = _item_date(text, segment, spans.dates_in(body_start, segment.end),
                                  spans.dates_in(head_start, head_end), lang)
    evidence = [(head_start, head_end), (body_start, lead_end)]
    return {
        "seg_id": segment.seg_id,
        "date": value,
        "precision": precision,
        "headline": segment.heading,
        "countries": _parties(evidence, spans, ref),
        "topics": find_topics(text[segment.start : segment.end], ref),
        "start": head_start,
        "end": head_end,
        "money": find_amounts(text[body_start : segment.end], lang, offset=body_start),
        "evidence": evidence,
    }


def _item_date(text: str, segment: Segment, body_dates: list[dict], head_dates: list[dict], lang):
    _, _, report_cue, _ = _patterns(lang)
    dated = [d for d in body_dates if d["value"]] or [d for d in head_dates if d["value"]]
    if not dated:
        return (str(segment.year_hint), "year") if segment.year_hint else (None, None)
    first = dated[0]
    if first["precision"] == "day" and report_cue.search(text, max(0, first["start"] - 60), first["start"]):
        reported = date.fromisoformat(first["value"])
        for other in dated[1:]:
            if other["precision"] == "day" and 0 < (reported - date.fromisoformat(other["value"])).days <= REPORT_LAG_DAYS:
                return other["value"], "day"
    return first["value"], first["precision"]


def _story_event(doc: Document, ref: Reference, spans: _Spans, lang) -> dict | None:
    text = doc.text
    lead = _lead_paragraph(doc)
    phrase = _occasion_phrase(doc, lang)
    if phrase is None:  # no phrase names the occasion: the title line, else the lead sentence, stands for it
        title_start = _title_line(text, doc.title)
        phrase = (title_start, title_start + len(doc.title)) if title_start >= 0 else \
            _lead_clause(text, lead[0], _sentence_end(text, *lead), lang)
        if phrase[0] >= phrase[1]:
            return None
    start, end = phrase
    sentence = (max(lead[0], _sentence_start(text, start)) if start >= lead[0] else _sentence_start(text, start),
                _sentence_end(text, end, len(text)))
    next_line_end = text.find("\n", sentence[1] + 1, sentence[1] + SENTENCE_WINDOW)
    below_start = _skip_space(text, sentence[1], len(text))
    words_start = _dateline_end(text, below_start)  # a dateline below dates the occasion only when nothing else does
    below = _occasion_dates(text, words_start, max(words_start, next_line_end), spans, lang)
    occasion = _occasion_sentence(doc, spans, lang, _occasion_noun(text, start, end, lang))
    dated = (_occasion_dates(text, *sentence, spans, lang) or below or (occasion[1] if occasion else [])
             or spans.dates_in(below_start, words_start))
    value, precision = (dated[0]["value"], dated[0]["precision"]) if dated else _dateline_date(doc, spans, sentence, lang)
    evidence = [(start, end)]
    parties = spans.countries(start, end)
    listed = _listed_states(text, sentence, spans, lang) + (_listed_states(text, occasion[0], spans, lang) if occasion else [])
    if len(parties) == 1 and not listed:  # the headline names one state: the lead's first list of states
        listed = next(filter(None, (_listed_states(text, s, spans, lang) for s in _lead_occasion_sentences(doc, lang))), [])
    if listed and parties:  # "Egypt, Ethiopia and Nigeria signed documents on cooperation" under a headline naming Russia
        parties = _unique(parties + listed)
    if len(parties) < 2 and _names_a_meeting(text, start, end, lang):  # who met: "Putin and Mirziyoyev held talks"
        parties = _unique(parties + _met_people_countries(text, phrase, sentence, lead, spans, lang))
        if len(parties) == 1 and _meeting_with(text, start, end, lang):  # "Meeting with …": the host speaks first
            host = next((m["iso3"] for m in spans.mentions_in(end, end + 2 * SENTENCE_WINDOW, "person")
                         if m.get("iso3") and m["iso3"] not in parties), None)
            parties += [host] if host else []
    if not parties:  # the occasion's sentence, "the five countries" of a bloc, a bloc acting, the lead paragraph
        evidence = [sentence]
        parties = spans.countries(*sentence)
    if not parties:
        parties, counted_at = _counted_bloc(text, spans, ref, lang)
        if parties:
            evidence = [(_sentence_start(text, counted_at), _sentence_end(text, counted_at, len(text)))]
    if not parties:  # "Ministers of the Eurasian Economic Union approved … at a meeting in Minsk"
        parties = _unique(c for m in spans.mentions_in(sentence[0], end, "bloc") for c in ref.bloc_members(m["entity"]))
    if not parties:
        evidence = [lead]
        parties = spans.countries(*lead)
    return {
        "seg_id": doc.segments[0].seg_id if doc.segments else None,
        "date": value,
        "precision": precision,
        "headline": text[start:end],
        "countries": sorted(parties),
        "topics": find_topics(text, ref),
        "start": start,
        "end": end,
        "money": find_amounts(text, lang),
        "evidence": evidence,
    }


def _occasion_dates(text: str, start: int, end: int, spans: _Spans, lang) -> list[dict]:
    """Dates in [start, end) that can date an occasion: not in a closing attribution (", X said on
    Friday"), not right after a verb of reporting ("announced on Monday that"), and not a deadline
    ("to be completed by December 2026")."""
    _, _, report_cue, _ = _patterns(lang)
    end = _attribution_start(text, start, end, lang) if end > start else end
    deadline = getattr(lang.words, "DEADLINE_WORDS", frozenset())
    return [d for d in spans.dates_in(start, end) if not report_cue.search(text, max(0, d["start"] - 60), d["start"])
            and _word_before(text, d["start"]) not in deadline]


def _word_before(text: str, at: int) -> str:
    """The word just before `at` in lower case ("" when there is none within a few characters)."""
    words = text[max(0, at - 8):at].split()
    return words[-1].casefold() if words else ""


def _occasion_noun(text: str, start: int, end: int, lang) -> str | None:
    """The noun an occasion's phrase ends with, when it names a kind of occasion ("summit" of "Russia-Africa Summit")."""
    words = NAME_WORD_RE.findall(text, start, end)
    noun = words[-1].casefold() if words else None
    return noun if noun in getattr(lang.words, "YEAR_OCCASION_NOUNS", ()) else None


def _occasion_sentence(doc: Document, spans: _Spans, lang, noun: str | None = None) -> tuple[tuple[int, int], list[dict]] | None:
    """The first sentence of the lead that says an occasion took place, or names the occasion's own noun
    (`noun`: "arrived for the summit on 27 July 2023"), and dates it to the day ("… signed a memorandum on
    17 May 2023"), with its dates; None if there is none. A year alone ("first signed a memorandum in
    2015") is background more often than the occasion reported."""
    for start, end in _lead_occasion_sentences(doc, lang, noun):
        dated = [d for d in _occasion_dates(doc.text, start, end, spans, lang) if d["value"] and d["precision"] == "day"]
        if dated:
            return (start, end), dated
    return None


def _lead_occasion_sentences(doc: Document, lang, noun: str | None = None) -> Iterator[tuple[int, int]]:
    """Sentences of the lead (its first two paragraphs or so) that say an occasion took place ("… signed …")
    or name the occasion's noun."""
    text = doc.text
    start = _lead_paragraph(doc)[0]
    limit = min(len(text), start + 2 * SENTENCE_WINDOW)
    while start < limit:
        end = _sentence_end(text, start, limit)
        if _says_occasion(text, start, end, lang, noun):
            yield start, end
        start = _skip_space(text, end, limit)


def _says_occasion(text: str, start: int, end: int, lang, noun: str | None = None) -> bool:
    """[start, end) has a verb saying an occasion took place ("signed", "held", "took place"), or `noun`."""
    if _occasion_verb(lang).search(text, start, end) is not None:
        return True
    return noun is not None and any(w.casefold() == noun for w in NAME_WORD_RE.findall(text, start, end))


def _occasion_verb(lang) -> re.Pattern:
    """One of the language's OCCASION_VERBS as a whole word (NAME_WORD_RE's), in any case: one search of a
    sentence instead of a look-up per word. A language without them dates occasions as before (no match)."""
    if lang.code not in _OCCASION_VERB_RE:
        verbs = getattr(lang.words, "OCCASION_VERBS", ())
        _OCCASION_VERB_RE[lang.code] = re.compile(
            rf"(?i)(?<![\w&’'-])(?:{Trie(*verbs).pattern()})(?![\w&’'-])" if verbs else "(?!)")
    return _OCCASION_VERB_RE[lang.code]


def _listed_states(text: str, sentence: tuple[int, int], spans: _Spans, lang) -> list[str]:
    """States of a list or coordinated subject ("Egypt, Ethiopia and Nigeria") in a sentence saying an
    occasion took place; a list after a standing relation ("relations with China and India") is not one."""
    start, end = sentence
    if not _says_occasion(text, start, end, lang):
        return []
    gap = _list_gap(lang)
    mentions = [m for m in spans.mentions_in(start, end, "country") if m["iso3"]]
    if len(mentions) < 2:
        return []
    runs, run = [], mentions[:1]
    for a, b in zip(mentions, mentions[1:]):
        if gap.fullmatch(text, a["end"], b["start"]):
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    runs.append(run)
    listed = []
    for run in runs:
        before = [w.casefold() for w in NAME_WORD_RE.findall(text, max(start, run[0]["start"] - 40), run[0]["start"])]
        if len(run) >= 2 and not set(before[-2:]) & getattr(lang.words, "STANDING_RELATION_NOUNS", frozenset()):
            listed += [m["iso3"] for m in run]
    return _unique(listed)


def _list_gap(lang) -> re.Pattern:
    """What separates two states of one list: a comma, a conjunction, or both."""
    key = lang.code + ":list"
    if key not in _PATTERNS:
        words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in getattr(lang.words, "LIST_CONJUNCTIONS", ())) or "(?!)"
        _PATTERNS[key] = re.compile(rf"\s*(?:,\s*(?:(?:{words})\s+)?|(?:{words})\s+)")
    return _PATTERNS[key]


def _title_line(text: str, title: str | None) -> int:
    """Offset of the title where it stands on a line of its own, else -1 (a title that only
    repeats the lead's first words, "Cuba and Russia", is not a headline line)."""
    title = (title or "").strip()
    if not title:
        return -1
    at = text.find(title)
    while at >= 0:
        end = at + len(title)
        if (at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] in "\r\n"):
            return at
        at = text.find(title, end)
    return -1


def _dateline_date(doc: Document, spans: _Spans, sentence: tuple[int, int], lang) -> tuple[str | None, str | None]:
    """The event date a dateline gives when the occasion's sentence names none.

    The dateline dates the report, not the occasion, so its date is the event's only when the
    sentence says the occasion fell on that very weekday ("BEIJING, April 20 (Xinhua) -- … discussed …
    on Tuesday", 20 April 2021 being a Tuesday) or "today". A dateline day without a year ("HANOI, Oct 9") still
    tells that a day is known: date null, precision day (the seed convention)."""
    text = doc.text
    lead = _lead_paragraph(doc)
    opening = _body_start(doc)
    if lead[0] <= opening:
        return None, None
    day = next((d for d in spans.dates_in(opening, lead[0]) if d["precision"] == "day"), None)
    if day is None:
        return None, None
    if day["value"] is None:
        return None, "day"
    clause = (sentence[0], _attribution_start(text, *sentence, lang))  # "…, X told reporters on Wednesday" dates the telling
    words = [w.casefold() for w in NAME_WORD_RE.findall(text, *clause)]
    if "today" in words:  # the dateline's day is the report's "today"
        return day["value"], "day"
    weekdays = {lang.words.WEEKDAYS[w] for w in words if w in lang.words.WEEKDAYS}
    return (day["value"], "day") if weekdays == {date.fromisoformat(day["value"]).weekday()} else (None, None)


def _names_a_meeting(text: str, start: int, end: int, lang) -> bool:
    """The phrase names a meeting: a meeting noun ("talks", "Meeting with …") or verb ("met with")."""
    return bool(_meeting_re(lang).search(text, start, end)) or any(
        w.casefold() in lang.words.MEETING_VERBS for w in NAME_WORD_RE.findall(text, start, end))


def _meeting_with(text: str, start: int, end: int, lang) -> bool:
    """"Meeting with President of Uzbekistan …", "talks with Xi Jinping": the phrase names the guest;
    the host is the other side."""
    words = NAME_WORD_RE.findall(text, start, min(end, start + 60))
    return any(a.casefold() in lang.words.MEETING_NOUNS and b.casefold() == "with" for a, b in zip(words, words[1:]))


def _met_people_countries(text: str, phrase, sentence, lead, spans: _Spans, lang) -> list[str]:
    """Countries of the people who met: persons (with a known country) named in the occasion's
    phrase and sentence, and in the lead's sentences that name a meeting ("X and Y held talks")."""
    meeting_re = _meeting_re(lang)
    ranges = [phrase, sentence]
    for noun in meeting_re.finditer(text, *lead):
        ranges.append((max(lead[0], _sentence_start(text, noun.start())), _sentence_end(text, noun.end(), lead[1])))
    return _unique(m["iso3"] for s, e in ranges for m in spans.mentions_in(s, e, "person") if m.get("iso3"))


def _body_start(doc: Document) -> int:
    """Where the body begins: after the title when the text opens with the title on a line of its own."""
    text = doc.text
    start = _skip_space(text, 0, len(text))
    title = (doc.title or "").strip()
    if title and text.startswith(title, start) and (start + len(title) == len(text) or text[start + len(title)] in "\r\n"):
        start = _skip_space(text, start + len(title), len(text))
    return start


def _lead_paragraph(doc: Document) -> tuple[int, int]:
    """The first paragraph of the body (at most a few sentences), after the title line when the text starts with it."""
    text = doc.text
    start = _dateline_end(text, _body_start(doc))
    end = text.find("\n", start, start + SENTENCE_WINDOW)
    return start, end if end >= 0 else min(len(text), start + SENTENCE_WINDOW)


def _dateline_end(text: str, start: int) -> int:
    """Where the story's words begin after a wire dateline at `start` (`start` itself without one)."""
    match = match_dateline(text, start, start + 120)
    return match.end() if match else start


def _lead_clause(text: str, start: int, end: int, lang) -> tuple[int, int]:
    """The lead sentence as a headline: without its closing stop, a closing attribution
    (", the ministry said"), and a closing weekday ("on Tuesday")."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?\"”»’"):
        end -= 1
    end = _attribution_start(text, start, end, lang)
    words = list(NAME_WORD_RE.finditer(text, max(start, end - 20), end))
    if len(words) >= 2 and words[-1].end() == end and words[-1].group().casefold() in lang.words.WEEKDAYS \
            and words[-2].group().casefold() == "on" and words[-2].start() > start:
        end = words[-2].start()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _attribution_start(text: str, start: int, end: int, lang) -> int:
    """Start of a closing attribution clause (", the Cuban ministry said."), else `end`."""
    comma = text.rfind(",", start, end)
    if comma > start and any(w.casefold() in lang.words.ATTRIBUTION_VERBS for w in NAME_WORD_RE.findall(text, comma, end)):
        return comma
    return end


def _occasion_phrase(doc: Document, lang) -> tuple[int, int] | None:
    """(start, end) of the phrase naming the occasion: the one the headline names (unless the body names
    the same occasion more fully), else a named occasion ("the IV Forum of Regions"), else an unnamed one
    ("talks between Putin and Tokayev"), each preferring the body to a title line repeated in it."""
    occasion_re, session_re, _, _ = _patterns(lang)
    meeting_re = _meeting_re(lang)
    text = doc.text
    title = (doc.title or "").strip()
    title = title if len(title) <= TITLE_LIMIT else ""
    headline = _headline_phrase(doc, lang)
    in_title, at_venue = [], []
    for nouns, phrase_of in ((occasion_re, _name_around), (meeting_re, _meeting_phrase)):
        title_line_end = -1  # nouns before this offset sit on a title line already seen
        for noun in nouns.finditer(text):
            if noun.start() < title_line_end:
                continue
            phrase = phrase_of(text, noun.start(), noun.end(), lang)
            if phrase is None:
                continue
            start, end = phrase
            prefix = session_re.search(text, max(0, start - 60), start) if phrase_of is _name_around else None
            if prefix:
                start = prefix.start()
            title_line_end = _title_line_end(text, start, end, title)
            if title_line_end >= 0:
                in_title.append((start, end))
                continue
            if headline:
                if phrase_of is _name_around and _same_occasion(text, headline, (start, end), lang):
                    return start, end
                continue
            if phrase_of is _meeting_phrase and start == noun.start() and _venue_only(text, noun.end(), lang):
                at_venue.append((start, end))
                continue
            return start, end
    return headline or (in_title[0] if in_title else at_venue[0] if at_venue else None)


def _headline_phrase(doc: Document, lang) -> tuple[int, int] | None:
    """The occasion the headline (the title on a line of its own) names: "Russia-Africa Digital Summit
    opens in Moscow", "Meeting with President of Kazakhstan …"; None if it names none."""
    text = doc.text
    title = (doc.title or "").strip()
    at = _title_line(text, title) if len(title) <= TITLE_LIMIT else -1
    if at < 0:
        return None
    occasion_re, session_re, _, _ = _patterns(lang)
    for nouns, phrase_of in ((occasion_re, _name_around), (_meeting_re(lang), _meeting_phrase)):
        for noun in nouns.finditer(text, at, at + len(title)):
            phrase = phrase_of(text, noun.start(), noun.end(), lang)
            if phrase is None or (phrase_of is _meeting_phrase and phrase[0] == noun.start()
                                  and _venue_only(text, noun.end(), lang)):
                continue
            prefix = session_re.search(text, max(at, phrase[0] - 60), phrase[0]) if phrase_of is _name_around else None
            if prefix:
                return prefix.start(), phrase[1]
            if any(w.casefold() in getattr(lang.words, "PUBLICATION_NOUNS", ()) for w in NAME_WORD_RE.findall(text, *phrase)):
                continue  # "Information Bulletin of the BRICS Trade Union Forum": a publication, not an occasion
            return phrase
    return None


def _same_occasion(text: str, headline: tuple[int, int], phrase: tuple[int, int], lang) -> bool:
    """The body phrase names the headline's occasion: most of the headline phrase's words are in it
    ("Belarus-Russia IV Forum of Regions" and "the IV Forum of Regions of Belarus and Russia")."""
    def words(span):
        return {w.casefold() for w in re.findall(r"[^\W_]+", text[span[0] : span[1]])} - lang.words.NAME_CONNECTORS
    head, body = words(headline), words(phrase)
    return bool(head) and 2 * len(head & body) >= len(head) and bool(head & body & lang.words.OCCASION_NOUNS)


def _venue_only(text: str, noun_end: int, lang) -> bool:
    """"talks in Tashkent": the occasion noun is followed by its venue, not by who met."""
    link = NAME_WORD_RE.search(text, noun_end, noun_end + 20)
    return bool(link) and link.group().casefold() in lang.words.VENUE_LINKS


def _title_line_end(text: str, start: int, end: int, title: str) -> int:
    """End of the line holding [start, end) if that line is the title, else -1 (reads a title-long window)."""
    if not title:
        return -1
    before = text.rfind("\n", max(0, start - len(title)), start)
    after = text.find("\n", end, end + len(title) + 1)
    if (before < 0 and start > len(title)) or (after < 0 and end + len(title) + 1 < len(text)):
        return -1  # the line is longer than the title
    after = len(text) if after < 0 else after
    return after if text[before + 1 : after].strip() == title else -1


def _meeting_re(lang) -> re.Pattern:
    key = lang.code + ":meeting"
    if key not in _PATTERNS:
        nouns = "|".join(sorted(lang.words.MEETING_NOUNS, key=len, reverse=True))
        _PATTERNS[key] = re.compile(rf"(?i)(?<!\w)(?:{nouns})(?!\w)")
    return _PATTERNS[key]


def _meeting_phrase(text: str, start: int, end: int, lang) -> tuple[int, int] | None:
    """"talks between Russian President Vladimir Putin and Chinese President Xi Jinping": the noun and who met;
    "Russian-Belarusian talks": who met and the noun."""
    pair = PAIR_BEFORE_RE.search(text, max(0, start - 100), start)
    if pair:
        return pair.start(), end
    words = [(start, end)]
    edge = end
    for word in NAME_WORD_RE.finditer(text, end, end + NAME_WINDOW):
        w = word.group()
        venue = len(words) == 1 and w.casefold() in lang.words.VENUE_LINKS
        after_venue = len(words) == 2 and text[words[1][0] : words[1][1]].casefold() in lang.words.VENUE_LINKS  # "talks in October"
        if not _name_gap(text[edge : word.start()]) or not (
            (w[0].isupper() and not (after_venue and (lang.month_number(w) or w.casefold() in lang.words.WEEKDAYS)))
            or w.casefold() in lang.words.MEETING_LINKS or w.casefold() in lang.words.ROLE_WORDS or venue
        ):
            break
        words.append(word.span())
        edge = word.end()
    while len(words) > 1 and not text[words[-1][0]].isupper():
        words.pop()
    link = text[words[1][0] : words[1][1]].casefold() if len(words) > 2 else ""
    linked = link in lang.words.MEETING_LINKS or link in lang.words.VENUE_LINKS
    return (start, words[-1][1]) if linked else None


def _name_around(text: str, start: int, end: int, lang) -> tuple[int, int] | None:
    """The capitalised name an occasion noun belongs to, or None if it has no name ("the forum")."""
    left = list(NAME_WORD_RE.finditer(text, max(0, start - NAME_WINDOW), start))
    right = list(NAME_WORD_RE.finditer(text, end, end + NAME_WINDOW))
    words = [(start, end)]
    edge = start
    for word in reversed(left):
        if not _name_gap(text[word.end() : edge]) or not _name_word(word.group(), lang, left_side=True):
            break
        words.insert(0, word.span())
        edge = word.start()
    edge = end
    for word in right:
        if not _name_gap(text[edge : word.start()]) or not _name_word(word.group(), lang, left_side=False):
            break
        words.append(word.span())
        edge = word.end()
    while words and text[words[0][0] : words[0][1]].casefold() in lang.words.NAME_CONNECTORS:
        words.pop(0)
    while words and text[words[-1][0] : words[-1][1]].casefold() in lang.words.NAME_CONNECTORS:
        words.pop()
    capitalised = sum(text[s].isupper() for s, _ in words)
    return (words[0][0], words[-1][1]) if capitalised >= 2 else None


def _name_gap(gap: str) -> bool:
    """Words of one name are separated by spaces on one line."""
    return not gap.strip() and "\n" not in gap


def _name_word(word: str, lang, *, left_side: bool) -> bool:
    if word[0].isupper() or word.casefold() in lang.words.NAME_CONNECTORS:
        return True
    if left_side:  # "the fifth Forum", "the 4th Forum", "international forum"
        return word.casefold() in lang.words.ORDINAL_WORDS or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", word))
    return word.isdigit() and len(word) == 4  # "Forum 2020"


def _counted_bloc(text: str, spans: _Spans, ref: Reference, lang) -> tuple[list[str], int]:
    """Members of the bloc the text names whose size matches "the five countries", and where that phrase is."""
    _, _, _, count_re = _patterns(lang)
    blocs = {m["entity"] for m in spans.mentions if m["kind"] == "bloc"}
    for match in count_re.finditer(text):
        n = lang.words.COUNT_WORDS.get(match["n"].casefold()) or int(match["n"])
        for bloc in sorted(blocs):
            members = ref.bloc_members(bloc)
            if len(members) == n:
                return list(members), match.start()
    return [], -1


def _parties(evidence: list[tuple[int, int]], spans: _Spans, ref: Reference) -> list[str]:
    """States of the headline, completed from the lead only when the headline names fewer than two
    (a lead's "talks in Brazil" should not add a venue to a headline's "Russia and India")."""
    countries = spans.countries(*evidence[0])
    if len(countries) < 2:
        countries = _unique(c for s, e in evidence for c in spans.countries(s, e))
    if not countries:  # cities acting for their states: "Moscow and Beijing signed"
        countries = _unique(m["iso3"] for s, e in evidence for m in spans.mentions_in(s, e, "place") if m["iso3"])
    if not countries:  # a bloc acting: "the Strategy of the Union State"
        countries = _unique(c for s, e in evidence for m in spans.mentions_in(s, e, "bloc") for c in ref.bloc_members(m["entity"]))
    return sorted(countries)


def _unique_amounts(amounts: list[dict]) -> list[dict]:
    """One row per figure: a caption or headline repeating "₽2,5 billion" is the same amount."""
    seen, out = set(), []
    for amount in amounts:
        if (amount["value"], amount["currency"]) not in seen:
            seen.add((amount["value"], amount["currency"]))
            out.append(amount)
    return out


def _unique(values) -> list:
    return list(dict.fromkeys(values))


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _sentence_end(text: str, start: int, limit: int) -> int:
    match = SENTENCE_END_RE.search(text, start, min(limit, start + SENTENCE_WINDOW))
    return match.end() if match else min(limit, start + SENTENCE_WINDOW)


def _sentence_start(text: str, offset: int) -> int:
    window_start = max(0, offset - SENTENCE_WINDOW)
    last = None
    for last in SENTENCE_END_RE.finditer(text, window_start, offset):
        pass
    return _skip_space(text, last.end(), offset) if last else window_start


def _run(doc: Document, ctx: Context) -> dict[str, list[dict]]:
    """Events read who is mentioned (places and people) and the dates found."""
    events, pairs, amounts = find_events(doc, ctx.resources.reference, ctx.lang,
                                         mentions=ctx.rows["mentions"], dates=ctx.rows["dates"])
    return {"events": events, "pairs": pairs, "amounts": amounts}


STAGE = Stage("events", needs=("mentions", "people", "dates"), run=_run)
