"""Corpus ingestion: a folder of files becomes `Document`s and a report that accounts for every file.

The flow for one file: read bytes -> decode (UTF-8, BOMs, legacy encodings via charset-normalizer;
repairs noted in the report) -> format reader (`formats.py`: HTML, Markdown and tables become plain
text plus metadata) -> `parse_text`, the one text pipeline every format shares:

1. split off a scraper `key: value` header block (its `date:` is the crawl date -> `retrieved`, and
   the publication date only when nothing else dates the document);
2. drop chrome lines and inline marks (`boilerplate.py`), turn quotation markers into block spans,
   drop a line that repeats the line before it (a TV page's doubled title);
3. unwrap hard-wrapped scraped text into paragraphs (only when the statistics say it is wrapped);
4. read metadata from what is left (title, dateline, the page's date stamp, URL; `read_metadata`
   gives the order in which they date the document);
5. classify the genre and cut listing pages into year sections and items.

Offsets in blocks and segments point into the clean text that step 3 produces.
"""
from __future__ import annotations

import gc
import hashlib
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from itertools import accumulate, chain, islice, takewhile
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
from rapidfuzz import fuzz

from helpers import boilerplate, formats, schema
from helpers.dateline import agency, match_dateline
from helpers.document import Document, Segment
from helpers.formats import BLOCK_CLOSE, BLOCK_OPEN, SLASH_DATE, UnreadableFile
from helpers.lang import month_names
from helpers.sources import Manifest, find_manifest


class CorpusError(Exception):
    """The corpus folder itself cannot be ingested (missing, not a folder, no files)."""


@dataclass
class IngestResult:
    documents: list[Document] = field(default_factory=list)
    report: list[dict] = field(default_factory=list)  # rows of the `ingest_report` table


# ---------------------------------------------------------------------------------------------
# Dates that stand alone on a line (publication date under a headline, page timestamp)

MONTHS = month_names()  # per-language month names (stems cover their cases), from helpers/lang/<code>/months.py
MONTH_NUMBER = {name: n for names in MONTHS.values() for n, name in enumerate(names, 1)}
MONTH_NUMBER.update({name[:3]: n for n, name in enumerate(MONTHS["en"], 1)})  # "Feb", "Sept" prefixes

# "2024/10/11 11:28:21", "2025-12-30T17:50:00+04:00", "2021-02-05": a numeric timestamp.
NUMERIC_DATE = re.compile(
    r"(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})"
    r"(?P<time>[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
# "11.10.2024", "11.10.2024 11:28": a European numeric date.
NUMERIC_DATE_DMY = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?P<time> \d{1,2}:\d{2}(?::\d{2})?)?")
# "5 February 2021", "5 февраля 2021 г.", "5 февраля 2021 года", "5 February 2021, 09:00": day month year.
WORD_DATE_DMY = re.compile(r"(?P<d>\d{1,2})(?: |-(?=[^\W\d_]+-))(?P<month>[^\W\d_]{3,9})\.?(?:,? |-)(?P<y>\d{4})(?: г\.?| года)?(?:,? \d{1,2}:\d{2})?")
# "February 5, 2021", "Feb. 5 2021": month day year.
WORD_DATE_MDY = re.compile(r"(?P<month>[A-Za-z]{3,9})\.? (?P<d>\d{1,2}),? (?P<y>\d{4})")
# "2021" or "2021-02": a year or month, as a table column or front matter may give it.
YEAR_OR_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?")
# "09:00": a time line printed under a date.
TIME_ONLY = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
DIGIT = re.compile(r"\d")  # any digit: a line without one is not a date line


def _month(word: str) -> int | None:
    """The month a name or its abbreviation gives: an abbreviation of one month's stem is that month («мар» is
    March, though the stem of May, «ма», opens it too)."""
    word = word.lower()
    if len(word) >= 3:
        abbreviated = {n for name, n in MONTH_NUMBER.items() if name.startswith(word)}
        if len(abbreviated) == 1:
            return abbreviated.pop()
    for length in (len(word), 6, 5, 4, 3, 2):
        if word[:length] in MONTH_NUMBER:
            return MONTH_NUMBER[word[:length]]
    return None


def parse_date(value: str) -> tuple[str, str, bool] | None:
    """(ISO date, precision, has_time) for a string that is only a date, else None.

    Handles the shapes pages print on their own line; the date extractor handles dates in prose.
    """
    value = value.strip()
    if not value or len(value) > 40:
        return None
    for pattern in (NUMERIC_DATE, NUMERIC_DATE_DMY, WORD_DATE_DMY, WORD_DATE_MDY):
        match = pattern.fullmatch(value)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["m"]) if "m" in parts else _month(parts["month"])
        day, year = int(parts["d"]), int(parts["y"])
        if month and _is_day(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}", "day", bool(parts.get("time"))
    match = YEAR_OR_MONTH.fullmatch(value)
    if match and 1800 <= int(match[1]) <= 2200:
        return (value, "month", False) if match[2] else (value, "year", False)
    return None


# A page's date stamp: the date with what pages print around it. "date 2024-01-29", "Published:
# 29.01.2024", "Tuesday, March 5 2024 09:12", "09:40, 3 March", "Business 23 July 2021 11:43 (UTC+04:00)",
# "February 21, 2024, Kazan", "05.03.19 10:20". Each part is stripped in turn and what is left must be
# a date on its own (`parse_date`), so a sentence that contains a date is never a stamp.
STAMP_LABEL = re.compile(
    r"(?i)(?:[-–•*]\s+)?"  # a list item's marker: "- Date: 11th December 2024" in a bulletin's field list
    r"(?:date published|published date|publish date|date posted|date of (?:publication|release|issue)|release date"
    r"|for immediate release|released(?: on)?|publication (?:date|time)|(?:created|uploaded|issued)(?: on| at)?"
    r"|date|dated|(?:this (?:article|story|page|post) was )?(?:first |originally )?published(?: on| at)?"
    r"|posted(?: on| at)?|pubdate|\"datepublished"
    r"|дата(?: публикации)?|опубликовано|размещено)\b\"?\s*:?\s*"
)
WEEKDAY = re.compile(
    r"(?i)(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
    r"|(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s+"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+"
)
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?i:[ap]\.?m\.?))?"
ZONE = r"(?:UTC|GMT|MSK|[A-Z]{1,4}T)"  # "GMT", "MSK", "EST", "IST", "AEDT": a time zone's abbreviation
LEADING_CLOCK = re.compile(CLOCK + rf"(?:\s?{ZONE})?,?\s+(?:\||on\s)?\s*")  # "09:40, 3 March", "12:30 GMT, 3 March", "09:15 on 3 March"
# "(UTC+04:00)", "GMT", "10:15 a.m. ET", "09:15 AM IST", "09:12:00 +0300": a time zone after the clock.
TRAILING_ZONE = re.compile(
    rf"\s*\(?(?<![^\W\d_]){ZONE}(?:\s?[+-]\d{{1,2}}(?::?\d{{2}})?)?\)?$|\s*\([+-]\d{{2}}:?\d{{2}}\)$|\s+[+-]\d{{2}}:?\d{{2}}$"
    r"|\s+(?:[A-Z][a-z]+|local)\s+time$"  # "12:30 Moscow time"
)
# ", 12:30", " at 12:30 pm", " - 12:30", " Time: 12:30", " 12.30" (a clock with a dot, as British papers print it)
TRAILING_CLOCK = re.compile(
    r",?\s+(?:at\s+|\|\s+|в\s+|[-–]\s+|(?i:time):?\s+)?(?:" + CLOCK + r"|[0-2]?\d\.[0-5]\d(?:\s?(?i:[ap]\.?m\.?))?)$"
)
TRAILING_PLACE = re.compile(r",\s+[A-ZА-ЯЁ][\w'’-]+(?:\s[A-ZА-ЯЁ][\w'’-]+){0,2}$")  # ", Kazan", ", Nizhny Novgorod"
BYLINE_AUTHOR = re.compile(r"\s+(?:by|от)\s+[^\d]{2,40}$")  # "Published 8 June 2024 by Jane Doe"
# "By Jane Doe, March 5, 2024", "Written by Jane Doe on March 5, 2024", "(Posted) by admin on 5 March 2024"
LEADING_AUTHOR = re.compile(r"(?i)(?:(?:written|posted|published|filed|reported)\s+)?by\s+[^\d,|]{2,40}?(?:,\s+|\s+on\s+)")
# The names a byline opens with, without a label: "Jane Doe, ", "By Jane Doe and John Roe ", "JANE DOE ".
BYLINE_NAMES = re.compile(r"(?:(?i:by)\s+)?[A-Z][\w'’.-]+(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’.-]+){1,5}")
NAME_GAP = re.compile(r",?\s+")
# A field printed after the date on its line: "Date: 2024-03-12 Author: Jane Doe".
TRAILING_FIELD = re.compile(r"\s+(?i:author|source|views|category|tags|photo)\s*:.*$")
# "Updated: 30.01.2024", "Last modified 30 January 2024": a later revision's date, not the publication's.
UPDATED_LABEL = re.compile(r"(?i)(?:last\s+)?(?:updated|modified|edited|revised|обновлено|изменено)(?: on| at)?\b\s*:?\s*")
# A byline's fields: "By Jane Doe | March 5, 2024", "5 March 2024 · 3 min read", "Home / News / 5 March
# 2024", "Home » News » 5 March 2024", "Published 29.01.2024, updated 30.01.2024", "5 March 2024 (last updated
# 7 March 2024)". Each field is read as a stamp of its own.
# "Published 12 Sep 2024 Last modified on 13 Sep 2024": a revision's label opens a field of its own.
STAMP_FIELDS = re.compile(r"\s+[|·•/—–»>-]\s+|(?:,\s+|\s+\()(?=(?i:(?:last\s+|first\s+|originally\s+)?(?:updated|modified|published|posted|обновлено|изменено|опубликовано)\b))"
                          r"|\s+(?=(?i:last\s+(?:updated|modified)\b))")
MARKDOWN_MARKS = re.compile(r"[*_]+")  # "*Published 8 June 2024*", "**Date:** 8 June 2024" in a plain text file
LEADING_WORD = re.compile(r"[A-ZА-ЯЁ][\w&-]{1,20},?\s+")  # a category label before the date: "Business ", «Экономика, »
# "05.03.19": a two-digit year, as Russian pages print a stamp.
SHORT_YEAR_DMY = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})")
# "3 March", "March 3", "14th Apr": a day without a year.
DAY_MONTH = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[^\W\d_]{3,9})\.?")
MONTH_DAY = re.compile(r"(?P<month>[^\W\d_]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?")
ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")  # "14th Apr, 2021" -> "14 Apr, 2021"


@dataclass(frozen=True)
class Stamp:
    """A date read from a stamp. `value` is None when the stamp has no year ("09:40, 3 March")."""

    value: str | None
    precision: str
    has_time: bool
    labelled: bool  # "date …", "Published: …": the page says this is its date
    month_day: tuple[int, int] | None = None  # (month, day) of a stamp without a year
    updated: bool = False  # "Updated: …": when the page was revised, which only bounds its publication


def parse_stamp(line: str, day_first: bool = True) -> Stamp | None:
    """The date a stamp line gives (see STAMP_LABEL and the shapes above), else None.

    A byline of several fields (STAMP_FIELDS) gives the date of its one dated field that is not an
    update's, else the update's (marked `updated`); two such dates are a range, not a stamp."""
    core = line.strip()
    if not core or len(core) > 80 or not DIGIT.search(core):
        return None
    if "*" in core or "_" in core:
        core = MARKDOWN_MARKS.sub("", core).strip()
    if STAMP_FIELDS.search(core) is None:
        return _stamp_field(core, day_first)
    fields = STAMP_FIELDS.split(core)
    found = [stamp for stamp in (_stamp_field(part, day_first) for part in fields) if stamp]
    first_hand = [stamp for stamp in found if not stamp.updated]
    if len(first_hand) > 1:
        return None  # "2021.07.05 — 2021.07.10": a range or a list of dates is no page's date
    stamp = first_hand[0] if first_hand else found[0] if found else None
    if stamp and not stamp.has_time and any(TIME_ONLY.fullmatch(part) for part in fields):  # "11.10.2024 | 11:28"
        stamp = replace(stamp, has_time=True)
    return stamp


def _stamp_field(core: str, day_first: bool) -> Stamp | None:
    """The date of one stamp field: a label ("Published:", "Updated:"), a weekday, clocks and zones
    stripped, what is left must be a date."""
    updated = UPDATED_LABEL.match(core)
    if updated:
        core = core[updated.end():].removesuffix(")")  # "(last updated 7 March 2024)"
    label = None if updated else STAMP_LABEL.match(core)
    if label:
        core = BYLINE_AUTHOR.sub("", core[label.end():])
        if "(" not in core:
            core = core.removesuffix(")")  # "(first published 12 September 2024)"
    author = None if updated else LEADING_AUTHOR.match(core)
    core = TRAILING_FIELD.sub("", core[author.end():] if author else core)
    weekday = WEEKDAY.match(core)
    if weekday:
        core = core[weekday.end():]
    clock = LEADING_CLOCK.match(core)
    if clock:
        core = core[clock.end():]
    core = TRAILING_ZONE.sub("", core)
    trailing = TRAILING_CLOCK.search(core)
    if trailing:
        core = core[:trailing.start()]
    core = ORDINAL.sub("", core).strip(' ,|"').removesuffix(".")  # "… was published on March 3, 2024."
    for candidate, needs in _stamp_cores(core):
        stamp = _stamp_value(candidate, day_first)
        if stamp and (needs is None or (stamp[1] == "day" and (needs == "day" or stamp[0]))):
            value, precision, month_day, has_time = stamp
            return Stamp(value, precision, has_time or bool(clock or trailing), bool(label), month_day, bool(updated))
    return None


def _stamp_cores(core: str):
    """The stamp, then what may be its date with the other words cut, each with the precision it needs:
    without its trailing place or a one-word label before it ("Business"), a day ("Strategy 2030" is a
    name); without the author's names a byline opens with ("Jane Doe, 12 September 2024", "By Jane Doe and
    John Roe September 12, 2024"), a day with its year ("NIZHNY NOVGOROD, 5 June" is a dateline)."""
    yield core, None
    place = TRAILING_PLACE.search(core)
    if place:
        yield core[:place.start()], "day"
    word = LEADING_WORD.match(core)
    label = word.group().strip().rstrip(",") if word else ""
    if label.isalpha() and _month(label) is None:
        yield core[word.end():], "day"
    for gap in NAME_GAP.finditer(core):
        if BYLINE_NAMES.fullmatch(core[:gap.start()]):
            yield core[gap.end():], "dated day"


def _stamp_value(core: str, day_first: bool):
    """(value, precision, month_day, has_time) of a bare stamp core; `value` None for a day without a year."""
    parsed = parse_date(core)
    if parsed:
        return parsed[0], parsed[1], None, parsed[2]
    short = SHORT_YEAR_DMY.fullmatch(core)
    slash = SLASH_DATE.fullmatch(core) or SLASH_DATE.fullmatch(core.replace("-", "/"))  # "05/03/2024", "05-03-2024"
    if short or slash:
        if short:
            day, month, year = int(short["d"]), int(short["m"]), 2000 + int(short["y"])
        else:
            first, second, year = int(slash["a"]), int(slash["b"]), int(slash["y"])
            day, month = (first, second) if day_first else (second, first)
        return (f"{year:04d}-{month:02d}-{day:02d}", "day", None, False) if _is_day(year, month, day) else None
    for pattern in (DAY_MONTH, MONTH_DAY):
        match = pattern.fullmatch(core)
        month = _month(match["month"]) if match else None
        if month and 1 <= int(match["d"]) <= 31:
            return None, "day", (month, int(match["d"])), False
    return None


def _is_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1800 <= year <= 2200


# ---------------------------------------------------------------------------------------------
# Line shapes

# "seed_url: http://…", "date: 2025-12-30T17:50:00+04:00", "Author: …": one line of a header block.
HEADER_LINE = re.compile(r"(?P<key>[A-Za-z][A-Za-z0-9_-]{0,30}): ?(?P<value>[^\n]*)")
HEADER_MIN_LINES = 3  # fewer key: value lines at the top are more likely prose ("Note: …")
# Keys only a crawler writes. In such a header `date` is when the page was fetched, not published.
SCRAPER_KEYS = frozenset({"seed_url", "final_url", "http_status", "content_type", "via", "fetched_at", "crawled_at"})
# Keys naming the publication date in a header an author or an export wrote.
PUBLISHED_KEYS = ("published", "published_at", "pubdate", "date")
# Keys naming the fetch time in any header.
RETRIEVED_KEYS = ("retrieved", "fetched_at", "crawled_at")

# "https://site.org/2021/02/05/story" or "/news/2021/02/story": a date in a URL path.
# "https://site.ru/20250918/story-1.html": the same run together.
URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?:(?P<d>0?[1-9]|[12]\d|3[01])/)?"
    r"|/(?P<cy>(?:19|20)\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])[/_-]"
    r"|/(?P<hy>(?:19|20)\d\d)-(?P<hm>0[1-9]|1[0-2])-(?P<hd>0[1-9]|[12]\d|3[01])(?![\d])"  # "/news/2022-04-07/"
)

# A date in words in the slug of an address whose path gives only the month ("/2022/05/interview-…-26-maja-
# 2022-goda/", "/2024/03/talks-held-march-5-2024"): month words as slugs write them, English and Russian
# transliterated.
SLUG_MONTHS = (
    r"jan(?:uary)?|[jy]anvar[a-z]{0,2}", r"feb(?:ruary)?|fevral[a-z]{0,2}", r"mar(?:ch|ta?)?", r"apr(?:il)?|aprel[a-z]{0,2}",
    r"ma[yji]a?", r"june?|i[yj]un[a-z]{0,2}", r"july?|i[yj]ul[a-z]{0,2}", r"aug(?:ust)?|avgust[a-z]?",
    r"sep(?:t|tember)?|sent[jy]abr[a-z]{0,2}", r"oct(?:ober)?|okt[jy]abr[a-z]{0,2}", r"nov(?:ember)?|no[jy]abr[a-z]{0,2}",
    r"dec(?:ember)?|dekabr[a-z]{0,2}",
)
_SLUG_MONTH = "|".join(f"(?P<m{n}>{words})" for n, words in enumerate(SLUG_MONTHS, 1))
SLUG_DAY = re.compile(
    rf"(?<![a-z0-9])(?:(?P<d>[12]\d|3[01]|0?[1-9])-(?:{_SLUG_MONTH.replace('?P<m', '?P<a')})"
    rf"|(?:{_SLUG_MONTH})-(?P<e>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)-(?P<y>(?:19|20)\d\d)(?![0-9])",
    re.IGNORECASE,
)

# "URL: https://…", "Source: https://…": a line naming the page's own address, anywhere in the text; a
# bare address alone on a line only in the page head (further down it may be a link to another page).
URL_LINE = re.compile(
    r"(?i:(?P<label>url|link|source|source url|original|original article|canonical|permalink)\s*:\s*)?"
    r"<?(?P<url>https?://[^\s<>]+)>?"
)

# "2024" or "2021: Russia and Azerbaijan begin …": a listing's year heading, possibly merged with an item.
YEAR_HEADING = re.compile(r"(?P<year>(?:1[89]|20)\d\d)(?:: ?(?P<rest>\S[^\n]*))?")
# The same at a line start, to skip non-listings cheaply. Two patterns rather than one with `^` and
# re.M: a leading literal "\n" lets the regex engine jump between line starts (about 10x faster).
YEAR_HEADING_FIRST = re.compile(r"(?:1[89]|20)\d\d(?::|$)", re.M)  # at the very start of the text
YEAR_HEADING_LINE = re.compile(r"\n(?:1[89]|20)\d\d(?::|$)", re.M)  # after any newline


def has_year_heading_line(text: str) -> bool:
    """True when some line of `text` starts with a year heading ("2024", "2021: …")."""
    return bool(YEAR_HEADING_FIRST.match(text) or YEAR_HEADING_LINE.search(text))
# "Alexander Lukashenko, President of Belarus:", "Evgeny Pustvoi, CTV:": a transcript turn line.
TURN_LINE = re.compile(
    r"(?:[A-ZА-ЯЁ][\w’'.\-]+ ){1,3}[A-ZА-ЯЁ][\w’'.\-]+ ?(?:, ?[^:\n]{2,200})?:"
)
# "President of Russia Vladimir Putin: Mr Lukashenko, friends, today we …", "Vladimir Putin: Mr President,",
# "Sergei Lavrov, Foreign Minister: Thank you.": a turn opened inside its paragraph. The speaker is
# a name of two or more capitalised words, after role words joined by of/the/and ("President of
# Russia") or before ", Role" starting with a capital (so "John Smith, the minister, said: …" is
# not one); the speech after the colon starts with a capital or a quotation mark. Credit and note
# labels ("Photo Credit: Reuters", "Editor's Note: …") never open a turn.
INLINE_TURN = re.compile(
    r"(?!(?:Photo|Фото|Image|Video|Caption|Credit|Source|Note|Editor|Editing|Reporting|Writing|Read|See|Related"
    r"|Tags|Topics|Updated|Posted|Published|Key|Breaking|Update)\b)"
    r"(?:[A-ZА-ЯЁ][\w’'.\-]*(?: (?:of|the|and|for|on|по|и))* ){0,6}"  # role words: "President of Russia"
    r"[A-ZА-ЯЁ][\w’'\-]+ [A-ZА-ЯЁ][\w’'.\-]*[\w’'\-]"  # the name: "Vladimir Putin", "Mr. Smith-Jones"
    r"(?:, ?[A-ZА-ЯЁ][^:\n.!?,;]{1,80})?"  # ", Foreign Minister"
    r": [«“\"A-ZА-ЯЁ]"
)
MIN_INLINE_TURNS = 2  # one "Two Words: …" paragraph is as likely a label; a conversation has two turns

# Words that make a line ending in ':' a speech heading ("… remarks at the plenary session of the forum:").
SPEECH_HEADING = {
    "en": re.compile(r"\b(?:remarks|speech|address|statement|interview)\b[^\n]*:$"),
    "ru": re.compile(r"\b(?:выступление|заявление|обращение|интервью)\b[^\n]*:$"),
}
# A finite verb in a headline; without one a short line mid-item is a caption (a noun phrase or a
# list of names). Lowercase only, so "Launch of …" and proper names are not verbs. Headlines announce
# the future with a bare infinitive ("Russia to build a data centre in Tajikistan"): "to" + a
# lowercase word that is not an article or possessive counts as the verb.
HEADLINE_VERB = {
    "en": re.compile(
        r"\bto (?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)[a-z]{3,}\b"
        r"|\b(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|can|could|may|must|should|does|did"
        r"|spoke|met|began|became|took|made|held|won|told|set|agrees?|begins?|signs?|meets?|says?"
        r"|discuss(?:es)?|launch(?:es)?|opens?|joins?|plans?|calls?|invites?|makes?|takes?|becomes?"
        r"|starts?|seeks?|wants?|offers?|urges?|warns?|backs?|hosts?|holds?|visits?|talks?"
        r"|proposes?|announces?|approves?|receives?)\b"
    ),
    "ru": re.compile(r"\b[а-яё]{2,}(?:ал|ил|ял|ел|ли|ла|ло|ет|ит|ют|ят|ут|ся|сь)\b"),
}
MAX_HEADLINE = 250  # characters; longer lines are paragraphs
TERMINAL = ".!?…:;"
TABLE_FORMATS = ("csv", "jsonl", "parquet")
CLOSERS = "\"'”»’)]"


def _ends_sentence(line: str) -> bool:
    """True when `line` (right-stripped) ends with terminal punctuation, possibly inside quotes/brackets."""
    if line and line[-1] in CLOSERS:
        line = line.rstrip(CLOSERS)
    return bool(line) and line[-1] in TERMINAL


def _is_date_line(line: str) -> bool:
    if len(line) > 60:  # the cheap test first: most lines are prose
        return False
    if not DIGIT.search(line):  # stripping never adds a digit, so test before copying
        return False
    stripped = line.strip()
    if len(stripped) > 40:
        return False
    return parse_date(stripped) is not None or bool(TIME_ONLY.fullmatch(stripped))


# ---------------------------------------------------------------------------------------------
# Text pipeline


def split_header(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """A scraper's `key: value` block at the top (ended by a blank line) and the lines after it."""
    header: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if len(header) >= HEADER_MIN_LINES:
                return header, lines[index + 1:]
            break
        match = HEADER_LINE.fullmatch(line.strip())
        if not match:
            break
        header[match["key"].lower()] = match["value"].strip()
    return {}, lines


def clean_lines(lines: list[str]) -> list[str]:
    """Lines without chrome (`boilerplate.py`), with BLOCK_OPEN/BLOCK_CLOSE marker lines, no doubled lines."""
    kept: list[str] = []
    previous_content = None
    last = ""  # the last line kept other than a marker: blanks are kept only after content (as `tidy_blanks`)
    chrome_prefixes, inline_endings = boilerplate.CHROME_PREFIXES, boilerplate.INLINE_CHROME_ENDINGS
    max_chrome = boilerplate.MAX_CHROME_LINE
    for line in lines:
        line = line.rstrip()
        if not line:
            if last:
                kept.append("")
                last = ""
            continue
        # The prefix set first (as `line_kind` does): most lines are article text and skip the call.
        if len(line) <= max_chrome and line.lstrip(" \t")[:3].lower() in chrome_prefixes:
            kind = boilerplate.line_kind(line)
            if kind in boilerplate.BLOCK_MARKERS:
                kept.append(BLOCK_OPEN if kind == "block_open" else BLOCK_CLOSE)
                continue
            if kind:
                continue
        if "[" in line or line.endswith(inline_endings):
            line = boilerplate.strip_inline_chrome(line).rstrip()
        # A line repeating the previous content line (a TV page prints its title twice) is dropped;
        # repeats further apart (a caption repeating an item's headline) are text.
        if not line or line == previous_content:
            continue
        kept.append(line)
        previous_content = last = line
    while kept and kept[-1] == "":
        kept.pop()
    return kept


def is_hard_wrapped(lines: list[str]) -> bool:
    """True when lines were broken at a fixed width rather than at paragraph ends.

    Signal: many lines stop mid-sentence and the next line goes on in lowercase ("Mikhail" /
    "Mishustin and the heads … watched a" / "presentation …"). Paragraph-per-line text (TV pieces,
    wire stories) almost never does that, even when a paragraph was cut off by the scraper.
    """
    content = [line for line in lines if line and line != BLOCK_OPEN and line != BLOCK_CLOSE]
    if len(content) < 10:
        return False
    continuations = 0
    for line, following in zip(content, islice(content, 1, None)):
        if following[0].islower() and not _ends_sentence(line):  # content lines are never empty
            continuations += 1
    return continuations >= 5 and continuations / len(content) >= 0.1


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs, one line each.

    A line joins the next with one space unless it ends a sentence or paragraph (terminal
    punctuation or a colon), either of them is a date/time line (a gallery's date stays on its own
    line), the next is a block marker, blank or a URL, or it is the first line (the headline) and
    the next does not go on in lowercase.
    """
    if not lines:
        return []
    # `_is_date_line` rejects lines over 60 characters first; testing that here saves most calls.
    date_line = [len(line) <= 60 and _is_date_line(line) for line in lines] + [False]
    followings = lines[1:] + [""]
    markers = (BLOCK_OPEN, BLOCK_CLOSE)
    # Where a paragraph ends: one pass as a comprehension, then one join per paragraph.
    ends = [
        index for index, (line, following) in enumerate(zip(lines, followings))
        if not line or not following
        or line in markers or following in markers
        or _ends_sentence(line)
        or date_line[index] or date_line[index + 1]
        or following.lstrip().startswith(("http://", "https://"))
        or (index == 0 and not following[:1].islower())
    ]
    out: list[str] = []
    start = 0
    for end in ends:  # the last line always ends one: its following line is ""
        if end == start:
            out.append(lines[start])
        else:
            out.append(" ".join([lines[start], *(piece.lstrip() for piece in lines[start + 1:end + 1])]))
        start = end + 1
    return out


def tidy_blanks(lines: list[str]) -> list[str]:
    """At most one blank line between content lines, none at the ends, looking through block markers."""
    out: list[str] = []
    last_content = ""
    for line in lines:
        if line == "":
            if last_content != "":
                out.append(line)
                last_content = line
            continue
        out.append(line)
        if line not in (BLOCK_OPEN, BLOCK_CLOSE):
            last_content = line
    while out and out[-1] == "":
        out.pop()
    return out


def assemble(lines: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The clean text (lines joined by newlines, markers left out) and the spans of its quotation blocks."""
    if BLOCK_OPEN not in lines and BLOCK_CLOSE not in lines:  # most documents: nothing to map
        return "\n".join(lines), ()
    parts: list[str] = []
    blocks: list[tuple[int, int]] = []
    position = 0
    block_start = None
    for line in lines:
        if line == BLOCK_OPEN:
            block_start = position
        elif line == "" and block_start == position:
            block_start = position + 1  # a block starts at its first word, not at a blank line before it
            parts.append(line)
            position += 1
        elif line == BLOCK_CLOSE:
            if block_start is not None and position - 1 > block_start:
                blocks.append((block_start, position - 1))  # up to the last line's end, not its newline
            block_start = None
        else:
            parts.append(line)
            position += len(line) + 1
    return "\n".join(parts), tuple(blocks)


# ---------------------------------------------------------------------------------------------
# Metadata


CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")  # "Россия"
LATIN_WORD = re.compile(r"[A-Za-z]+")  # "Russia"


# UTF-8 lead bytes of U+0400–U+04FF, and only of them: finding one in bytes is a memchr, far faster
# than a regex character class over the string (which costs about 50 µs per 2,000 characters).
CYRILLIC_LEAD_BYTES = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")


def _has_cyrillic(sample: str) -> bool:
    if sample.isascii():
        return False
    data = sample.encode("utf-8", "surrogatepass")
    return any(lead in data for lead in CYRILLIC_LEAD_BYTES)


def detect_language(text: str) -> str:
    """'ru' when Cyrillic words outnumber Latin ones, else 'en' (a script ratio, enough for en/ru)."""
    sample = text[:2000]
    if not _has_cyrillic(sample):
        return "en"
    return "ru" if len(CYRILLIC_WORD.findall(sample)) > len(LATIN_WORD.findall(sample)) else "en"


def site_of(url: str | None) -> str | None:
    """'government.ru' for 'http://www.government.ru/en/news/41467/'."""
    if not url:
        return None
    host = urlparse(url if "//" in url else "//" + url).hostname
    return host.removeprefix("www.") if host else None


def _looks_like_headline(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= MAX_HEADLINE
        and not stripped.endswith((".", ":", ";", ","))
        and not _is_date_line(stripped)
        and stripped not in (BLOCK_OPEN, BLOCK_CLOSE)
        and not match_dateline(stripped)
    )


@dataclass
class _Meta:
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_precision: str | None = None
    published_source: str | None = None
    retrieved: str | None = None
    dateline_place: str | None = None


HEAD_LINES = 10  # content lines searched for the headline, the page's date stamp and the dateline
PROSE_LINE = 160  # characters: a longer line is a paragraph of the story, past the page head


def _is_prose(line: str) -> bool:
    return len(line) > PROSE_LINE or (len(line) > 80 and _ends_sentence(line))


@dataclass(frozen=True)
class _Leading:
    value: str
    precision: str
    end: int  # where the text after the stamp starts


# "date 2022-08-25 RUSSIA, August 25 - …", "Published: 29.01.2024 Ministers met …": a labelled stamp
# opening a line that goes on with the story. The date is the longest run of words after the label
# that reads as a stamp.
MAX_STAMP_WORDS = 6


# "NAY PYI TAW, Sep 22, 2019, Daily Times. Russia offered …": a place in capitals and a date with its
# year, followed by the outlet instead of a dash (which `match_dateline` needs).
WIRE_OPENING = re.compile(
    r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’. -]{1,40},\s{1,3}"
    r"(?:[A-ZА-ЯЁ][^\W\d_]{1,30}(?:[ .'’-]{1,2}[^\W\d_]{1,30}){0,3},\s{1,3})?"  # "BAKU, Azerbaijan, July 23, 2021."
    r"(?P<date>[^,\n]{3,20},\s{0,3}\d{4})[,.]\s"
)
# "Almaty, 12.09.2024, Kazinform — …": a place and an all-numeric date, then the outlet.
NUMERIC_WIRE_OPENING = re.compile(r"(?!(?:On|In|At|By|From|Since|Until|As|The|Then)\b)[A-ZА-ЯЁ][^\W\d_]{1,30}(?:[ -][A-ZА-ЯЁ][^\W\d_]{1,30}){0,2},\s{1,3}"
                                  r"(?P<date>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d),\s")


def _leading_stamp(line: str) -> _Leading | None:
    label = STAMP_LABEL.match(line.lstrip())
    if not label:
        return None
    offset = len(line) - len(line.lstrip()) + label.end()
    words = list(re.finditer(r"\S+", line[offset:offset + 120]))[:MAX_STAMP_WORDS]
    for count in range(len(words), 0, -1):
        end = offset + words[count - 1].end()
        stamp = parse_stamp(line[offset:end])
        if stamp and stamp.value:
            return _Leading(stamp.value, stamp.precision, end)
    return None


STAMP_TO_PROSE = 3  # content lines: the stamp, the headline, a standfirst, then the story


def _stamp_above_first_prose(lines: list[str]) -> str | None:
    """The dated stamp just above an article's headline when a long navigation block pushes the article
    past the page head: "22.01.24 19:30 / Headline / Standfirst / first paragraph". Only the
    STAMP_TO_PROSE content lines above the first paragraph of prose are read."""
    content = [line for line in lines if line.strip() and line not in (BLOCK_OPEN, BLOCK_CLOSE)]
    first_prose = next((i for i, line in enumerate(content) if _is_prose(line)), None)
    if first_prose is None:
        return None
    for line in reversed(content[max(0, first_prose - STAMP_TO_PROSE):first_prose]):
        stamp = parse_stamp(line) if len(line) <= 80 and DIGIT.search(line) else None
        if stamp and stamp.value and stamp.precision == "day" and not stamp.updated:
            return stamp.value
    return None


def _url_date(url: str) -> dict | None:
    """{"y", "m", "d"} of a date in a URL path ("d" None when it gives only a month, and the slug after it
    names no day of that month)."""
    match = URL_DATE.search(url)
    if match is None:
        return None
    form = next(prefix for prefix in ("", "c", "h") if match[prefix + "y"])
    y, m, d = match[form + "y"], int(match[form + "m"]), match[form + "d"]
    return {"y": y, "m": m, "d": int(d) if d else _slug_day(url[match.end():], y, m)}


def _slug_day(slug: str, year: str, month: int) -> int | None:
    """The day of a date in words in `slug` that falls in `year` and `month` (a date of another month is
    the story's subject, not its day)."""
    for found in SLUG_DAY.finditer(slug):
        named = next(n for n in range(1, 13) if found[f"m{n}"] or found[f"a{n}"])
        day = int(found["d"] or found["e"])
        if found["y"] == year and named == month and _is_day(int(year), month, day):
            return day
    return None


FOOT_LINES = 6  # content lines at the end of a page searched for its labelled date


def _labelled_stamp_at_foot(lines: list[str]) -> Stamp | None:
    """"Published: 5 March 2024" closing the page: a labelled stamp among its last FOOT_LINES content lines
    (an unlabelled date there may be any date of the story)."""
    foot = [line for line in islice((line for line in reversed(lines) if line.strip()), FOOT_LINES)]
    for line in foot:
        stamp = parse_stamp(line) if len(line) <= 80 and DIGIT.search(line) else None
        if stamp and stamp.labelled and stamp.value and not stamp.updated:
            return stamp
    return None


def _is_page_field(line: str) -> bool:
    """A line of the page head that is no paragraph of the story: a date line, a dated byline ("By Jane Doe |
    March 5, 2024"), a "URL: …" line."""
    if _is_date_line(line):
        return True
    if len(line) <= 80 and DIGIT.search(line) and parse_stamp(line):
        return True
    return "://" in line and URL_LINE.fullmatch(line.strip()) is not None


def _url_in_text(lines: list[str], head: set[int]) -> str | None:
    """The page's own address from a "URL: …"/"Source: …" line, or from an address alone on a line of
    the page head above the first paragraph (`head`: its line numbers)."""
    for i, line in enumerate(lines):
        if "://" not in line or len(line) > 400:
            continue
        match = URL_LINE.fullmatch(line.strip())
        if match and (match["label"] or i in head):
            return match["url"]
    return None


def _with_year(month: int, day: int, latest: str) -> str | None:
    """The ISO day (month, day) falls on, in the year of `latest` or the year before if it would be later."""
    try:
        bound = date.fromisoformat(latest[:10])
        candidate = date(bound.year, month, day)
        if candidate > bound:
            candidate = date(bound.year - 1, month, day)
    except ValueError:
        return None
    return candidate.isoformat()


def read_metadata(lines: list[str], header: dict[str, str], listed_url: str | None = None) -> _Meta:
    """Title, dates, dateline and URL from the clean lines and the header block.

    `listed_url`: the address a sources manifest gives the file, used when the text states none.

    Precedence for `published`: a header an author wrote, a labelled stamp opening the text, a date
    stamp line in the page head, a dateline with a year, a labelled stamp at the page foot, a day in the
    URL path, a stamp or dateline without a year dated by the URL or the crawl, an "Updated" date, a
    month in the URL path, and last the crawler's header date (source "retrieved"), which is otherwise
    only `retrieved`.
    """
    meta = _Meta()
    meta.url = header.get("final_url") or header.get("url") or header.get("seed_url") or None
    scraped = not SCRAPER_KEYS.isdisjoint(header)
    fetch_key = next((key for key in RETRIEVED_KEYS if key in header), "date" if scraped else None)
    fetched = parse_date(header[fetch_key]) if fetch_key in header else None
    meta.retrieved = fetched[0] if fetched else None
    publish_key = None if scraped else next((key for key in PUBLISHED_KEYS if key in header), None)
    stated = parse_date(header[publish_key]) if publish_key else None
    if stated:
        meta.published, meta.published_precision, meta.published_source = stated[0], stated[1], "header"
    header_title = header.get("title", "").strip()
    if header_title and header_title.lower() not in boilerplate.GENERIC_TITLES:
        meta.title = header_title

    # Title, page date and dateline all sit in the first few content lines.
    content = list(islice(((i, line) for i, line in enumerate(lines) if line and line not in (BLOCK_OPEN, BLOCK_CLOSE)), HEAD_LINES))
    # The headline: the first content line that is not a date/timestamp line, if it reads as one.
    title_index = None
    for i, line in content[:4]:
        if not _is_date_line(line):
            if _looks_like_headline(line):
                title_index = i
                meta.title = meta.title or line.strip()
            break
    yearless: list[tuple[tuple[int, int], str]] = []  # (month, day) of stamps and datelines without a year
    leading = _leading_stamp(content[0][1]) if content else None
    if leading and not meta.published:
        meta.published, meta.published_precision, meta.published_source = leading.value, leading.precision, "stamp"
    # A date stamp alone on its line in the page head (above the first paragraph of prose) is the
    # publication date: under the headline, above it, or after a bulletin's keyword lines.
    top = title_index if title_index is not None else (content[0][0] if content else 0)
    updated = None  # "Updated: 30 January 2024": the page's date only when nothing else gives one
    for i, line in content:
        if _is_prose(line):
            break
        stamp = parse_stamp(line) if len(line) <= 80 and DIGIT.search(line) else None
        if stamp is None or stamp.precision != "day":
            continue
        if stamp.updated:
            updated = updated or stamp
            continue
        if stamp.value is None:
            yearless.append((stamp.month_day, "timestamp"))
            continue
        if not meta.published:
            meta.published, meta.published_precision = stamp.value, stamp.precision
            meta.published_source = "stamp" if stamp.labelled else "timestamp" if stamp.has_time or i < top else "text"
        break
    if not meta.published:
        below_navigation = _stamp_above_first_prose(lines)
        if below_navigation:
            meta.published, meta.published_precision, meta.published_source = below_navigation, "day", "timestamp"
    # A wire dateline opening the first paragraph: place, agency, and a date if it has a year.
    first_paragraph = next((line for i, line in content if i != title_index and not _is_page_field(line)), "")
    if leading:  # "date 2022-08-25 RUSSIA, August 25 - …": the dateline follows the stamp
        first_paragraph = content[0][1][leading.end:].lstrip()
    dateline = match_dateline(first_paragraph)
    if dateline:
        meta.dateline_place = dateline["place"].strip().title()
        meta.outlet = agency(dateline)
        stamp = parse_stamp(dateline["date"]) if dateline["date"] else None
        if stamp and stamp.value and not meta.published:
            meta.published, meta.published_precision, meta.published_source = stamp.value, stamp.precision, "dateline"
        elif stamp and stamp.month_day:
            yearless.append((stamp.month_day, "dateline"))
    # It may sit below a photo caption, so any line of the page head can open with it.
    opening = None if meta.published else next(filter(None, (WIRE_OPENING.match(line) or NUMERIC_WIRE_OPENING.match(line)
                                                                         for _, line in content)), None)
    stamp = parse_stamp(opening["date"]) if opening else None
    if stamp and stamp.value:
        meta.published, meta.published_precision, meta.published_source = stamp.value, stamp.precision, "dateline"
    if not meta.published:
        foot = _labelled_stamp_at_foot(lines)
        if foot:
            meta.published, meta.published_precision, meta.published_source = foot.value, foot.precision, "stamp"
    meta.url = meta.url or _url_in_text(lines, {i for i, _ in takewhile(lambda item: not _is_prose(item[1]), content)}) or listed_url
    in_url = _url_date(meta.url) if meta.url else None
    if not meta.published and in_url and in_url["d"]:
        meta.published = f"{in_url['y']}-{in_url['m']:02d}-{in_url['d']:02d}"
        meta.published_precision, meta.published_source = "day", "url"
    if not meta.published and yearless:  # "ASTANA, March 3. /TASS/." takes its year from the URL or the crawl
        year_source = (f"{in_url['y']}-12-31", "url") if in_url else (meta.retrieved, "retrieved") if meta.retrieved else None
        (month, day), kind = yearless[0]
        dated = _with_year(month, day, year_source[0]) if year_source else None
        if dated:
            meta.published, meta.published_precision, meta.published_source = dated, "day", f"{kind}+{year_source[1]}"
    if not meta.published and updated and updated.value:
        meta.published, meta.published_precision, meta.published_source = updated.value, "day", "updated"
    if not meta.published and in_url:
        meta.published = f"{in_url['y']}-{in_url['m']:02d}"
        meta.published_precision, meta.published_source = "month", "url"
    if not meta.published and meta.retrieved:  # nothing else dates it: the crawl date, and said so
        meta.published, meta.published_precision, meta.published_source = meta.retrieved, "day", "retrieved"
    meta.outlet = meta.outlet or site_of(meta.url)
    return meta


# ---------------------------------------------------------------------------------------------
# Genre and segments


def is_turn_line(line: str, language: str) -> bool:
    """A transcript turn opener: 'Name, role:' or a speech heading ending in ':'."""
    stripped = line.strip()
    if not stripped.endswith(":"):
        return False
    return bool(TURN_LINE.fullmatch(stripped)) or bool(SPEECH_HEADING.get(language, SPEECH_HEADING["en"]).search(stripped))


def opens_inline_turn(paragraph: str) -> bool:
    """A paragraph that starts with its speaker: 'President of Russia Vladimir Putin: Mr Lukashenko, …'."""
    return paragraph.find(": ", 0, 200) != -1 and bool(INLINE_TURN.match(paragraph))


def classify_genre(text: str, language: str, n_items: int) -> str:
    """news | transcript | listing | mixed from general signals, never from seed words.

    listing: year headings with items under them; mixed: turns plus narrative before the first
    turn; transcript: turns from the start; news: no turns. A turn is a 'Name, role:' line or a
    speech heading, or (when at least MIN_INLINE_TURNS paragraphs do it) a paragraph opening with
    'Role Name: ' and the speech.
    """
    if n_items >= 2:
        return "listing"
    paragraphs = [line for line in text.split("\n") if line.strip()]
    # `endswith(":")` first: the cheap half of `is_turn_line`, which most paragraphs fail.
    turn_positions = [i for i, line in enumerate(paragraphs)
                      if line.rstrip().endswith(":") and is_turn_line(line, language)]
    inline = [i for i, line in enumerate(paragraphs) if opens_inline_turn(line)]
    if len(inline) >= MIN_INLINE_TURNS:
        turn_positions = sorted(set(turn_positions) | set(inline))
    if not turn_positions:
        return "news"
    # narrative = prose paragraphs (ending a sentence, not the headline) before the first turn
    narrative = [p for p in paragraphs[1:turn_positions[0]] if _ends_sentence(p) and len(p) > 80]
    return "mixed" if narrative else "transcript"


def genre_with_turns(genre: str, text_length: int, turns) -> str:
    """The genre once the quote extractor has found the transcript turns ((start, end) spans), which it
    knows in more shapes than `classify_genre` sees ("Q:"/"A:", "— " dialogue, labels in capitals): a
    text held mostly by turns is a transcript, a text with turns and as much else is mixed (a story
    with a transcript turn, a page of chrome around a speech). A listing stays a listing."""
    covered = sum(end - start for start, end in turns)
    if genre == "listing" or not covered:
        return genre
    if covered * 2 > text_length:
        return "mixed" if genre == "mixed" else "transcript"
    return "mixed"


def transcript_turns(quotes) -> dict[str, list[tuple[int, int]]]:
    """The spans of the transcript turns among `quotes` rows, by document."""
    turns: dict[str, list[tuple[int, int]]] = {}
    for row in quotes:
        if row["kind"] == "transcript":
            turns.setdefault(row["doc_id"], []).append((row["start"], row["end"]))
    return turns


# Caption shapes, compiled once.
CREDIT_LINE = re.compile(r"(?:source|photo|фото|источник) ?[=:]", re.I)  # "source = Press Service of …"
PHOTO_CREDIT = re.compile(r"\b(?:Photo|Фото)(?: by)?:")  # "… Moscow. Photo: Ministry of Telecom …"
DATE_PLACE_TAIL = re.compile(r", ([^,\n]{4,25}), [A-ZА-ЯЁ][^\s,]{1,30}(?: [A-ZА-ЯЁ][^\s,]{1,30})?\.?$")  # ", August 28, 2017, Moscow"

# Caption rules: a short standalone line inside an item that is a picture caption, not a new item.
# Each takes (line, previous line, next line, current item headline, language) -> bool.
CAPTION_RULES = {
    # "source = Press Service of the Mayor…" / "Moscow Mayor Sergei Sobyanin and Beijing Mayor Yin Yun"
    "after_source_line": lambda line, prev, nxt, item, lang: bool(CREDIT_LINE.match(prev.lstrip())),
    # "Meeting with Serbian Innovation Minister …, August 24, 2017, Moscow. Photo: Ministry of …"
    "photo_credit": lambda line, prev, nxt, item, lang: bool(PHOTO_CREDIT.search(line)),
    # "Rashid Ismailov meets with Xu Yu, …, August 28, 2017, Moscow": ends with ", <date>, <Place>".
    "ends_with_date_place": lambda line, prev, nxt, item, lang: _ends_with_date_place(line),
    # "Vladimir Putin" directly followed by a File:Aquote1.png block.
    "before_block": lambda line, prev, nxt, item, lang: nxt == BLOCK_OPEN,
    # "Chinese President Xi Jinping and Russian President Vladimir Putin": no finite verb, a label.
    "noun_phrase": lambda line, prev, nxt, item, lang: not HEADLINE_VERB.get(lang, HEADLINE_VERB["en"]).search(line),
    # "Russia and Tajikistan launched joint digital projects worth ₽2,5 billion" under the item
    # "Launch of joint digital projects with Tajikistan worth ₽2,5 billion": a near-repeat.
    "repeats_headline": lambda line, prev, nxt, item, lang: _repeats(line, item),
}


def _ends_with_date_place(line: str) -> bool:
    tail = DATE_PLACE_TAIL.search(line)
    return bool(tail) and parse_date(tail[1]) is not None


# A name or figure: a capitalised word or a token with a digit ("Tajikistan", "₽2,5", "IT").
NAME_TOKEN = re.compile(r"\b[A-ZА-ЯЁ][\w’'-]*|(?<!\S)[^\s\d]*\d\S*")


def _repeats(line: str, headline: str | None) -> bool:
    """True when `line` says the headline again: similar wording and no name or figure the headline lacks.

    Two different items of one section often share wording ("Russia and Serbia discussed …" after
    "Ministers of Russia and China discussed …"); the name they do not share tells them apart.
    """
    if not headline or fuzz.token_sort_ratio(line, headline) < 75:
        return False
    names = set(NAME_TOKEN.findall(line.split(" ", 1)[1] if " " in line else ""))
    return names <= set(NAME_TOKEN.findall(headline))


def caption_rule(line: str, prev: str, nxt: str, item: str | None, language: str) -> str | None:
    """The name of the first caption rule `line` meets, or None."""
    for name, rule in CAPTION_RULES.items():
        if rule(line, prev, nxt, item, language):
            return name
    return None


def listing_segments(lines: list[str], text: str, language: str) -> list[tuple[str, str, int, int, int]]:
    """(kind, heading, start, end, year) for the year sections and items of a listing page.

    `lines` are the pre-assembly lines (with block markers) so caption rules can see a following
    block; offsets are into `text`.
    """
    # Each line of `text` with its offset and the line after it in `lines` (which may be a marker);
    # `text` is the non-marker lines joined by newlines, as `assemble` builds it.
    pairs = [(line, following) for line, following in zip(lines, chain(islice(lines, 1, None), ("",)))
             if line != BLOCK_OPEN and line != BLOCK_CLOSE]
    offsets = accumulate((len(line) + 1 for line, _ in pairs), initial=0)
    marked = [(offset, line, following) for offset, (line, following) in zip(offsets, pairs)]  # (offset, line, next line)

    found: list[list] = []  # [kind, heading, start, end, year]
    year = None
    item_headline = None
    after_heading = False
    for k, (offset, line, nxt) in enumerate(marked):
        if not line:  # clean lines carry no trailing whitespace: blank means ""
            continue
        if len(line) > MAX_HEADLINE:  # a paragraph: neither a heading nor a headline
            after_heading = False
            continue
        prev = marked[k - 1][1] if k else ""
        standalone = not prev and not nxt
        heading = YEAR_HEADING.fullmatch(line.strip()) if standalone else None
        if heading:
            year = int(heading["year"])
            found.append(["section", heading["year"], offset, None, year])
            rest = heading["rest"]
            if rest:
                start = offset + line.index(rest)
                found.append(["item", rest, start, None, year])
                item_headline, after_heading = rest, False
            else:
                item_headline, after_heading = None, True
            continue
        if year is None:
            continue
        if not (standalone and line[:1].isupper() and _looks_like_headline(line)):
            after_heading = False
            continue
        # A short standalone line right after a year heading is the first item's headline.
        if after_heading or caption_rule(line, prev, nxt, item_headline, language) is None:
            found.append(["item", line.strip(), offset, None, year])
            item_headline, after_heading = line.strip(), False

    # Each segment ends where the next one of the same or a higher level starts.
    for index, seg in enumerate(found):
        limit = len(text)
        for later in found[index + 1:]:
            if later[0] == "section" or seg[0] == "item":
                limit = later[2]
                break
        while limit > seg[2] and text[limit - 1].isspace():  # end at the last word, not the blank lines
            limit -= 1
        seg[3] = limit
    return [tuple(seg) for seg in found]


# ---------------------------------------------------------------------------------------------
# One document


def content_id(text: str) -> str:
    """Stable id from the clean text: renaming or moving a file keeps it."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


EPOCH = re.compile(r"1\d{9}(?:\d{3})?(?:\.\d+)?")  # Unix seconds or milliseconds, 2001–2286: a table's date column


def _epoch_stamp(value: str) -> Stamp | None:
    """The UTC day of a Unix timestamp in seconds or milliseconds, as exports write a date column."""
    if not EPOCH.fullmatch(value.strip()):
        return None
    seconds = float(value) / (1000 if len(value.strip().split(".")[0]) == 13 else 1)
    day = datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    return Stamp(day.isoformat(), "day", True, True)


def parse_text(raw: str, *, path: str = "<string>", source_format: str = "txt", meta: dict | None = None,
               listed_url: str | None = None) -> Document:
    """The `Document` for raw text of any shape the corpus shows.

    `meta` (from an HTML head, Markdown front matter or table columns) overrides what the text
    suggests: title, outlet, url, published (+ precision, source), retrieved. `listed_url` (from a
    sources manifest) is the page's address when neither the text nor `meta` gives one.
    """
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    raw = raw.lstrip("\ufeff")
    header, body = split_header(raw.split("\n"))
    lines = clean_lines(body)
    if is_hard_wrapped(lines):
        lines = unwrap(lines)
    if meta and meta.get("url") and "url" not in header:  # a canonical link dates the page as a header URL does
        header = {**header, "url": meta["url"]}
    metadata = read_metadata(lines, header, listed_url)
    text, blocks = assemble(lines)
    language = detect_language(text)

    fields = dict(vars(metadata))
    meta = dict(meta or {})
    given = meta.pop("published_raw", None) or ""
    given_date = parse_stamp(given, meta.pop("published_day_first", True)) or _epoch_stamp(given)
    if given_date and given_date.value:
        source = "column" if source_format in TABLE_FORMATS else "meta"
        fields.update(published=given_date.value, published_precision=given_date.precision, published_source=source)
    fields.update({key: value for key, value in meta.items() if value not in (None, "")})
    if fields.get("url") and not fields.get("outlet"):
        fields["outlet"] = site_of(fields["url"])

    doc_id = content_id(text)
    listing = listing_segments(lines, text, language) if has_year_heading_line(text) else []
    n_items = sum(1 for seg in listing if seg[0] == "item")
    if n_items < 2:
        listing = []
    segments = [Segment(f"{doc_id}:0", "document", None, 0, len(text), None)]
    segments += [Segment(f"{doc_id}:{n}", kind, heading, start, end, year)
                 for n, (kind, heading, start, end, year) in enumerate(listing, 1)]
    return Document(
        doc_id=doc_id, path=path, text=text, language=language,
        genre=classify_genre(text, language, n_items), source_format=source_format,
        segments=tuple(segments), blocks=blocks, **fields,
    )


# ---------------------------------------------------------------------------------------------
# A folder


def walk(root: Path):
    """(relative path, absolute path, hidden) for every file; hidden folders are listed, not entered."""
    for directory, subdirs, files in os.walk(root):
        hidden_dirs = sorted(d for d in subdirs if d.startswith("."))
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        base = Path(directory)
        # the folder's path relative to root, worked out once rather than per file (`relative_to` is slow)
        prefix = base.relative_to(root).as_posix() + "/" if base != root else ""
        for name in hidden_dirs:
            yield prefix + name, base / name, True
        for name in sorted(files):
            yield prefix + name, base / name, name.startswith(".")


@contextmanager
def _cyclic_gc_paused():
    """The cyclic garbage collector off while a corpus loads, then back as it was.

    Ingest keeps every document it builds and makes no reference cycles of its own, so the
    collector's full scans, which grow with the heap, find nothing and cost about a tenth of ingest
    time on 20,000 documents. Reference counting still frees everything as usual; any cycles a reader
    library leaves are collected once the collector is back on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def ingest_folder(path: str | Path, sources: str | Path | None = None) -> IngestResult:
    """Every file under `path` (any depth) as documents, and one report row per file seen.

    Hidden files and folders (.DS_Store, .git) are not read but are reported as skipped, so the
    report accounts for everything in the folder. Exact duplicates (same clean text) are kept once;
    later copies are reported as "duplicate" with the path of the first. A sources manifest (`sources`,
    else one at the top of the folder, see `helpers.sources`) gives each file its address.
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError(f"{root}: no such directory")
    if not root.is_dir():
        raise CorpusError(f"{root}: not a directory")
    with _cyclic_gc_paused():
        result = _ingest_files(root, sources)
    if not result.report:
        raise CorpusError(f"{root}: contains no files")
    return result


def _ingest_files(root: Path, sources: str | Path | None) -> IngestResult:
    result = IngestResult()
    files = list(walk(root))
    manifest = find_manifest(((relative, str(absolute)) for relative, absolute, hidden in files if not hidden), sources)
    for relative, absolute, hidden in files:
        for row, doc in ingest_listed(absolute, relative, hidden, manifest):
            result.report.append(row)
            if doc is not None:
                result.documents.append(doc)
    mark_duplicates(result.report)
    kept = {row["path"] for row in result.report if row["status"] == "ingested"}
    result.documents = [doc for doc in result.documents if doc.path in kept]
    return result


def ingest_listed(absolute: Path, relative: str, hidden: bool, manifest: Manifest | None) -> list[tuple[dict, Document | None]]:
    """`ingest_file` for a file of a corpus with a sources manifest: the manifest itself is reported, not read
    as a document, and every other file gets the address it lists."""
    if manifest and relative == manifest.path:
        return [(_row(relative, "skipped", manifest.report_reason()), None)]
    return ingest_file(absolute, relative, hidden=hidden, listed_url=manifest.url_of(relative) if manifest else None)


def ingest_file(absolute: Path, relative: str, *, hidden: bool = False,
                listed_url: str | None = None) -> list[tuple[dict, Document | None]]:
    """One report row per document (or per problem) of one file, with the document when there is one.

    A file is read on its own, so files can be ingested in any order or process; every document row
    says "ingested" until `mark_duplicates` has seen the whole corpus. `listed_url`: the file's address
    from a sources manifest (a table's rows keep their own).
    """
    if hidden:
        kind = "folder" if absolute.is_dir() else "file"
        return [(_row(relative, "skipped", f"hidden {kind}, not read"), None)]
    try:
        outcomes = formats.read_file(absolute, relative)
    except UnreadableFile as problem:
        return [(_row(relative, "skipped", str(problem)), None)]
    except Exception as problem:  # a reader bug must not stop the corpus: report it with its type
        return [(_row(relative, "skipped", f"could not parse: {type(problem).__name__}: {problem}"), None)]
    found = []
    for outcome in outcomes:
        if isinstance(outcome, formats.SkippedRows):
            found.append((_row(outcome.path, "skipped", outcome.reason), None))
            continue
        try:
            doc = parse_text(outcome.text, path=outcome.path, source_format=outcome.source_format, meta=outcome.meta,
                             listed_url=listed_url if outcome.path == relative else None)
        except Exception as problem:
            found.append((_row(outcome.path, "skipped", f"could not parse: {type(problem).__name__}: {problem}"), None))
            continue
        if not doc.text.strip():
            found.append((_row(outcome.path, "skipped", "no text left after removing page chrome"), None))
        else:
            found.append((_row(outcome.path, "ingested", None, doc.doc_id, "; ".join(outcome.notes) or None), doc))
    return found


def mark_duplicates(report: list[dict]) -> None:
    """Exact duplicates (same clean text) are kept once: later copies, in `report` order, become "duplicate"."""
    first_path: dict[str, str] = {}
    for row in report:
        if row["status"] in ("ingested", "duplicate"):
            first = first_path.setdefault(row["doc_id"], row["path"])
            duplicate = first != row["path"]
            row["status"] = "duplicate" if duplicate else "ingested"
            row["reason"] = f"same text as {first}" if duplicate else None


def _row(path: str, status: str, reason: str | None, doc_id: str | None = None, note: str | None = None) -> dict:
    return {"path": path, "status": status, "reason": reason, "doc_id": doc_id, "note": note}


# ---------------------------------------------------------------------------------------------
# Tables


def documents_frame(docs, quotes=()) -> pd.DataFrame:
    return schema.conform("documents", document_rows(docs, quotes))


def segments_frame(docs) -> pd.DataFrame:
    return schema.conform("segments", segment_rows(docs))


def document_rows(docs, quotes=()) -> list[dict]:
    """The documents' rows; `quotes`, their quote rows, settle each genre by its transcript turns."""
    turns = transcript_turns(quotes)
    rows = []
    for doc in docs:
        row = {name: getattr(doc, name) for name in schema.TABLES["documents"]}
        row["genre"] = genre_with_turns(doc.genre, len(doc.text), turns.get(doc.doc_id, ()))
        rows.append(row)
    return rows


def segment_rows(docs) -> list[dict]:
    return [
        {"doc_id": doc.doc_id, "seg_id": seg.seg_id, "kind": seg.kind, "heading": seg.heading,
         "start": seg.start, "end": seg.end, "year_hint": seg.year_hint}
        for doc in docs for seg in doc.segments
    ]


def report_frame(result: IngestResult) -> pd.DataFrame:
    return schema.conform("ingest_report", result.report)
