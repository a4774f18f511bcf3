"""Calendar date expressions with offsets, ISO value, precision and where the year came from.

One linear scan finds the core shapes (timestamps, numeric dates, "12 October", "June 17, 2024",
"December 2020", bare years); each candidate is then judged by its immediate context, looked up in a
bounded window, so no rule can backtrack over a long text:

- a bare year is a date after a preposition ("In 2023", "Since 2017"), after an edition noun
  ("Digital Almaty Forum 2020", when that edition is not in the future of the document), or alone
  on its line as a heading ("2024", "2021: ..."); it is a plan horizon after "until/to/by"
  ("until 2035") or in a range ("2019-2025"), and not a date elsewhere ("Strategy 2025");
- a qualifier phrase before a date stays in the span ("At the end of September 2022"), a bare
  preposition does not ("On June 17, 2024" gives "June 17, 2024");
- a day without a year takes the year of its section heading, else of the publication date, else
  stays unresolved (value None), because a guessed year would place an event in the wrong year.
"""
from __future__ import annotations

import re
from datetime import date

from helpers.document import Document
from helpers.extract.stage import Context, Stage
from helpers.lang import Language

QUALIFIER_WINDOW = 60  # characters before a date searched for a qualifier phrase
MONTH_WINDOW = 16  # characters before a number searched for the month name that opens its date
# Every date has a number: the scan visits digit runs and tries the date shapes only there.
DIGITS_RE = re.compile(r"\d+")
_PATTERNS: dict[str, tuple[re.Pattern, re.Pattern, re.Pattern]] = {}


def _patterns(lang) -> tuple[re.Pattern, re.Pattern]:
    """The core date regex, the month-before-a-number regex and the qualifier regex of a language."""
    if lang.code not in _PATTERNS:
        names = sorted(lang.words.MONTHS, key=len, reverse=True)
        # An abbreviation ("Sept", "Jan") may take a dot; a full name may not, so "1 February." ends at the name.
        abbreviations = {n for n in names if any(o != n and o.startswith(n) for o in names)}
        lower = getattr(lang.words, "MONTHS_LOWER_CASE", False)  # Russian writes «17 июня»
        month = "(?:" + "|".join(
            f"(?:{n.capitalize()}|{n.upper()}{'|' + n if lower else ''})" + (r"\.?" if n in abbreviations else "") for n in names
        ) + ")"
        year = r"(?:1[89]|20)\d\d(?!\d)"
        day = r"[0-3]?\d(?!\d)(?:st|nd|rd|th)?"
        gap = r"(?:,?[ \t\u00a0]+|,?[ \t\u00a0]*\n[ \t\u00a0]*)"  # one line break at most
        day_range = (rf"|(?<![\w.,])(?P<dr_d>{day})(?:[-–]|[ \t\u00a0]+по[ \t\u00a0]+)[0-3]?\d(?!\d)[ \t\u00a0]+(?P<dr_m>{month})(?!\w)(?:{gap}(?P<dr_y>{year}))?"
                     if lower else "")
        # «05.03.19 10:20», «12.09.2023 16:05»: a publication stamp with its time
        stamp = (r"|(?<![\w.])(?P<st_d>[0-3]?\d)\.(?P<st_m>[01]?\d)\.(?P<st_y>(?:19|20)?\d\d)[ \t\u00a0]+[0-2]?\d:[0-5]\d(?![\d:])"
                 if lower else "")  # «24-25 мая», «с 1 по 3 марта»: a range dated by its first day
        core = re.compile(
            # 2025-12-30, 2025-12-30T17:50:00+04:00
            rf"(?<![\w/])(?P<iso_y>{year})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
            r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?(?![\w-])"
            # 2024/10/11 11:28:21
            rf"|(?<![\w/])(?P<sl_y>{year})/(?P<sl_m>[01]?\d)/(?P<sl_d>[0-3]?\d)(?![\d/])(?:[ T][0-2]?\d:[0-5]\d(?::[0-5]\d)?)?"
            + stamp +
            # 12.10.2021
            rf"|(?<![\w.])(?P<dot_d>[0-3]?\d)\.(?P<dot_m>[01]?\d)\.(?P<dot_y>{year})(?!\.\d)"
            + day_range +
            # 12 October, 5 February 2021, 1st of May 2020
            rf"|(?<![\w.,])(?P<dm_d>{day})[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?P<dm_m>{month})(?!\w)(?:{gap}(?P<dm_y>{year}))?"
            # June 17, 2024; July 28; March 3-5, 2021 (a range dates its first day)
            rf"|(?P<md_m>{month})[ \t\u00a0]+(?P<md_d>{day})(?:[-–][0-3]?\d(?!\d))?(?![\w:.,]\d)(?:,?[ \t\u00a0]+(?P<md_y>{year}))?"
            # December 2020, June of 2022
            rf"|(?P<my_m>{month}),?[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?P<my_y>{year})"
            # a bare year, not inside a number, code or range ("mid-2020" is fine)
            rf"|(?:(?<=[Mm]id-)|(?<![\w.,/\-–$€₽¥£]))(?P<y>{year})(?![\w/%]|[.,]\d|[ \t]?[-–][ \t]?\d)"
        )
        # "June " before "17, 2024" or "December " before "2020": where a month-first date starts
        month_before = re.compile(rf"(?<!\w){month},?[ \t\u00a0]+(?:of[ \t\u00a0]+)?$")
        qualifier = re.compile(r"(?i)(?<!\w)" + lang.words.DATE_QUALIFIERS + r"[ \t\u00a0\n]+$")
        # «в декабре», «В сентябре»: a month alone after its preposition (a language that writes it so)
        alone = getattr(lang.words, "MONTH_ALONE", None)
        month_alone = re.compile(alone.format(month="(?P<ma_m>" + "|".join(n for n in names if n not in lang.words.MONTH_ABBREVIATIONS) + ")")) if alone else None
        _PATTERNS[lang.code] = (core, month_before, qualifier, month_alone)
    return _PATTERNS[lang.code]


def find_dates(doc: Document, lang: Language) -> list[dict]:
    """Dates rows in document order (see the module docstring for what counts as a date)."""
    core, month_before, qualifier, month_alone = _patterns(lang)
    year_word = getattr(lang.words, "YEAR_WORD", None)
    segment_at = doc.segment_at
    published = _published(doc)
    text = doc.text
    rows = []
    consumed = 0
    for digits in DIGITS_RE.finditer(text):
        if digits.start() < consumed:
            continue
        month = None
        if text[max(0, digits.start() - 3) : digits.start()].rstrip(" \t\u00a0,.")[-1:].isalpha():  # a word just before
            month = month_before.search(text, max(0, digits.start() - MONTH_WINDOW), digits.start())
        match = core.match(text, month.start()) if month else None
        if match is None or match.end() <= digits.start():
            match = core.match(text, digits.start())
        if match is None:
            continue
        consumed = match.end()
        shape = match.lastgroup.split("_")[0]  # iso | sl | dot | dm | md | my | y
        start, end = match.span()
        window = text[max(0, start - QUALIFIER_WINDOW) : start]
        # Every qualifier ends in "of"; only then is the (slower) qualifier pattern tried.
        last_word = getattr(lang.words, "QUALIFIER_LAST_WORD", "of")  # English qualifiers end in "of"
        qualified = qualifier.search(window) if last_word is None or window.rstrip()[-2:].casefold() == last_word else None
        segment = segment_at(start)
        if shape == "y":
            if not qualified and not _bare_year_is_date(text, start, end, int(match["y"]), published, lang):
                continue
            value, precision, source = match["y"], "year", "text"
        else:
            ahead = getattr(lang.words, "FUTURE_CUE", None)  # «запланированный на 24-25 мая»: still to come
            coming = bool(ahead) and re.search(ahead, window + text[end:end + QUALIFIER_WINDOW]) is not None
            parsed = _parse(match, shape, lang, segment.year_hint if segment else None, published, coming=coming)
            if parsed is None:
                continue
            value, precision, source = parsed
        if qualified:
            start -= len(window) - qualified.start()
        if year_word and shape in ("y", "my", "dm", "dr"):  # «в 2025 году», «В октябре 2024 года», «1 октября 2025 года»
            tail = re.match(year_word, text[end:end + 8])
            if tail and (shape != "dm" or match["dm_y"]) and (shape != "dr" or match["dr_y"]):
                end += tail.end()
            if shape in ("y", "my"):
                lead = re.search(lang.words.DATE_PREPOSITION + r"$", text[max(0, start - 4):start])
                start -= len(lead.group()) if lead else 0
        rows.append({
            "seg_id": segment.seg_id if segment else None,
            "start": start,
            "end": end,
            "text": text[start:end],
            "value": value,
            "precision": precision,
            "resolved_from": source,
        })
    if month_alone is not None:
        rows = sorted(rows + _months_alone(doc, month_alone, lang, published), key=lambda r: r["start"])
        _year_from_title(doc, rows)
    return rows


def _year_from_title(doc: Document, rows: list[dict]) -> None:
    """A day or month without a year takes the year of a month-and-year date in the document's title line
    («Китай: сентябрь 2020 г. (дайджест)» dates «11 сентября» and «В сентябре» below it) when nothing
    nearer gave one."""
    title_end = doc.text.find("\n")
    title = [r for r in rows if r["end"] <= (title_end if title_end >= 0 else len(doc.text)) and r["value"]
             and r["precision"] in ("month", "day") and r["resolved_from"] == "text"]
    if not title:
        return
    year = title[0]["value"][:4]
    for row in rows:
        if row["value"] is None and row["start"] > title[0]["end"]:
            row["resolved_from"] = "heading"
            row["value"] = _with_year(doc, row, year)


def _with_year(doc: Document, row: dict, year: str) -> str | None:
    from helpers import lang as languages

    words = doc.text[row["start"]:row["end"]].split()
    language = languages.get(doc.language)
    month = next((language.month_number(w) for w in words if language.month_number(w)), None)
    day = next((int(w.split("-")[0]) for w in words if w.split("-")[0].isdigit()), None)
    if month is None:
        return None
    if row["precision"] == "day" and day and _valid(int(year), month, day):
        return _iso(int(year), month, day)
    return f"{year}-{month:02d}" if row["precision"] == "month" else None


def _months_alone(doc: Document, pattern: re.Pattern, lang, published: date | None) -> list[dict]:
    """«в декабре»: the month of the year of publication, or of the year before when that month is still
    to come at publication (news reports what happened); unresolved without a publication date."""
    rows = []
    for m in pattern.finditer(doc.text):
        month = lang.month_number(m["ma_m"])
        segment = doc.segment_at(m.start())
        year = segment.year_hint if segment and segment.year_hint else None
        source = "heading"
        if year is None and published:
            year, source = published.year - (month > published.month), "published"
        rows.append({"seg_id": segment.seg_id if segment else None, "start": m.start(), "end": m.end(), "text": m.group(),
                     "value": f"{year:04d}-{month:02d}" if year else None, "precision": "month",
                     "resolved_from": source if year else "none"})
    return rows


def _published(doc: Document) -> date | None:
    """The publication date when it is known to the day or month (a year alone cannot date a day)."""
    if not doc.published or (doc.published_precision or "day") == "year":
        return None
    try:
        parts = [int(p) for p in doc.published[:10].split("-")]
        return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1) if len(parts) >= 2 else None
    except ValueError:  # a malformed date from a tabular corpus: no year can be made certain from it
        return None


def _parse(match: re.Match, shape: str, lang, year_hint: int | None, published: date | None, *, coming: bool = False):
    """(value, precision, resolved_from) of a match that is not a bare year, or None if it is no real date."""
    if shape in ("iso", "sl", "dot", "st"):
        y, m, d = (int(match[f"{shape}_{k}"]) for k in "ymd")
        y += 2000 if y < 100 else 0  # «05.03.19»
        return (_iso(y, m, d), "day", "text") if _valid(y, m, d) else None
    if shape == "my":
        return f"{int(match['my_y']):04d}-{lang.month_number(match['my_m']):02d}", "month", "text"
    m, d = lang.month_number(match[f"{shape}_m"]), int(re.match(r"\d+", match[f"{shape}_d"]).group())
    if not 1 <= d <= 31:
        return None
    if match[f"{shape}_y"]:
        y = int(match[f"{shape}_y"])
        return (_iso(y, m, d), "day", "text") if _valid(y, m, d) else None
    if year_hint and _valid(year_hint, m, d):
        return _iso(year_hint, m, d), "day", "heading"
    if published:
        # A news text's "12 October" is the nearest such day: this year's, or last year's when this
        # year's would be more than a month after publication, unless the text says it is still to come.
        y = published.year
        if _valid(y, m, d) and (date(y, m, d) - published).days > 31 and not coming:
            y -= 1
        if _valid(y, m, d):
            return _iso(y, m, d), "day", "published"
    return None, "day", "none"


def _bare_year_is_date(text: str, start: int, end: int, year: int, published: date | None, lang) -> bool:
    # Only a bounded window around the year is read, so a 50,000-character line stays linear.
    line_start = max(text.rfind("\n", max(0, start - QUALIFIER_WINDOW), start) + 1, start - QUALIFIER_WINDOW)
    line_end = text.find("\n", end, end + QUALIFIER_WINDOW)
    before, after = text[line_start:start], text[end : line_end if line_end >= 0 else end + QUALIFIER_WINDOW]
    alone_on_line = line_end >= 0 or end + QUALIFIER_WINDOW >= len(text)
    at_line_start = not before.strip() and (line_start == 0 or text[line_start - 1] == "\n")
    if at_line_start and ((alone_on_line and not after.strip()) or after.startswith(":")):
        return True  # a year heading: "2024" or "2021: Russia and Azerbaijan begin ..."
    previous = before.split()[-1].strip("(-").casefold() if before.strip() else ""
    if previous in lang.words.HORIZON_WORDS:
        return False
    if previous in lang.words.YEAR_PREPOSITIONS:
        # "a total of 2000 participants" counts; "the end of 2021" is handled as a qualifier
        words = before.split()
        return not (previous == "of" and len(words) > 1 and words[-2].casefold() in lang.words.COUNT_BEFORE_OF)
    if previous in lang.words.EDITION_NOUNS:
        return published is None or year <= published.year
    return False


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _run(doc: Document, ctx: Context) -> dict[str, list[dict]]:
    return {"dates": find_dates(doc, ctx.lang)}


STAGE = Stage("dates", needs=(), run=_run)
