"""Calendar date expressions with offsets, ISO value, precision and where the year came from.

One linear scan finds the core shapes (timestamps, numeric dates, "12 October", "June 17, 2024",
"December 2020", bare years); each candidate is then judged by its immediate context, looked up in a
bounded window, so no rule can backtrack over a long text:

- a bare year is a date after a preposition ("In 2023", "Since 2017", "end-2023"), after an edition noun
  ("Digital Almaty Forum 2020", when that edition is not in the future of the document), between a
  determiner and an occasion ("the 2014 sanctions", "the 2022 BRICS summit"), after "over" closed by
  punctuation ("Over 2020, trade grew"), either end of a span that is over ("from 2015 to 2020", "between
  2015 and 2020", in a later text, or undated with no future word in its clause), after "for" when over by
  publication ("results for 2023"), or alone on its line as a heading ("2024", "2021: ..."); it is a plan
  horizon after "until/to/by" ("until 2035", "to be reached by end-2030") or in a span still running ("from
  2024 to 2030" in 2024), an
  identifier after "No." or a code ("Order No. 2019", "flight SU 2024"), a deadline ("no later than 2027",
  "a deadline of 2027", "by the year 2030"), a year of accounts ("fiscal year 2023"), and not a date
  elsewhere ("Strategy 2025"); a possessive stands as a determiner ("Russia's 2024 BRICS summit"); an
  acronym after the year is an occasion's when the year is not after the publication's ("the 2023 SPIEF"); a year
  with the word for year after it is a date unless a horizon or a plan's name comes before it («2023 год
  стал рекордным», «Доклад о рынке, 2024 г.», not «на горизонте 2030 года»), and the second year of a
  list is what the first is («в 2022 и 2023 годах»); a year with a plural ending is a decade («в конце
  1990-х»), even after a qualifier;
- a year joined to a name by a hyphen is a plan's name («Стратегия-2030», "Vision-2030") or an edition
  («ПМЭФ-2024», «Иннопром-2025», "SPIEF-2023"), a date when not after the publication, or, undated, when an
  occasion noun names it;
- a month may take a year with an apostrophe ("Mar '24", "4 Mar '24"), and a day, month and year may be
  joined by hyphens ("4-Mar-2024"); "the" may stand between a month and an ordinal day ("September the
  5th, 2024");
- a year range is a programme period ("for 2025-2027", "2019-2025"), except the term of an office
  ("a non-permanent member for 2022-2023") and a period over by publication ("In 2021-2022, trade
  grew"), dated by its first year;
- a range or a list of days is one date, dated by its first day ("Sept. 12-13", "12, 13 and 14 September",
  "27 June – 2 July 2024",
  "2019.03.04 — 2019.03.10"); the first day takes the year the range ends with (the year before when
  it runs over New Year);
- a month name is capitalised, upper-case or (full names) lower-case; a lower-case name that is also a
  common word ("may", "march") is a month only with a year, or alone right after a cue and before a word
  no verb takes ("in march, …", "in may the …");
- a qualifier phrase before a date stays in the span ("At the end of September 2022"), a bare
  preposition does not ("On June 17, 2024" gives "June 17, 2024");
- a relative year after a yearless day ("March 4 last year") moves the publication's year, one date;
- a day without a year takes the year of its section heading, else of the publication date (the year
  after when its clause says it is still to come and this year's is long past: «пройдет 15 января» or «в
  январе» written in December), else of
  a date of the same month stated with its year shortly before ("February, 2022 ... On February 16"),
  else stays unresolved (value None), because a guessed year would place an event in the wrong year;
- a month named alone after a cue ("in June", "as early as February", "last August", "this upcoming
  May", "February this year", "the first half of February") is dated from its heading's or the
  publication's year, as a day without its year is: the year before when that month would begin more than a
  month after publication, the next one in a future clause ("will be held in April");
- stamps: "22.01.24 19:30" and the glued "11.07.2415:35" (a two-digit year only with its clock time),
  "23.12" alone on its line, "Oct.06", "20, September, 2024", "10:34 GMT03 December 2020";
- a year after a capitalised name, or joined to it by a hyphen ("SPIEF-2023"), is an edition or a dated
  name ("Fit Cuba 2010", "Thomson Reuters 2024") when not after the publication year and the name is no plan or identifier ("Strategy 2030",
  "Resolution 2014"), and, without a publication date, when an occasion noun follows ("Sigestic 2025, a
  meeting on …"); a year in parentheses ("(2007)") is a date;
- a weekday written with a yearless day ("Sunday, May 25") picks the nearby year that makes it that
  weekday, and is part of that date, not a second one;
- a full date in another language's months ("16 февраля 2022 г." in an English story, a French page's
  "28 mai 2025 13:04") is read when day, month and year are all there;
- periods counted from the publication ("this year", "last month", "on Friday", "last Friday", "next
  Tuesday") are dated from it,
  with `resolved_from` "published-relative"; without a publication date they are not dates. A week
  ("last week") is dated to its month, and only when the whole week lies in one month.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from helpers.document import Document
from helpers.extract.stage import Context, Stage
from helpers.lang import Language, month_names

QUALIFIER_WINDOW = 60  # characters before a date searched for a qualifier phrase
MONTH_WINDOW = 26  # characters before a number searched for the month name that opens its date
NEARBY_WINDOW = 1500  # a same-month date with a year at most this far before a yearless day gives its year
CLAUSE_WINDOW = 80  # characters before a weekday searched for a word putting it in the future
RELATIVE = "published-relative"  # `resolved_from` of a period counted from the publication date
# Between the two ends of a range of dates ("27 June – 2 July", "2019.03.04 — 2019.03.10").
RANGE_DASH_RE = re.compile(r"[ \t\u00a0]{0,2}[-–—][ \t\u00a0]{0,2}")
# The first word after a year, past up to three capitalised words and the "and"/"of" inside such a name
# ("the 2022 BRICS summit", "the 2023 Belt and Road Forum drew"), and the word after it, which is the noun
# when the first is a lower-case modifier ("2023 strategic pact").
WORD_AFTER_YEAR_RE = re.compile(
    r"[ \t\u00a0]+(?:[A-Z][\w-]*[ \t\u00a0]+(?:(?:and|of|&)[ \t\u00a0]+(?=[A-Z]))?){0,3}(\w+)(?:[ \t\u00a0]+([a-z]\w*))?")
# An acronym right after a year ("the 2024 SPIEF", "the 2023 EEF in Vladivostok").
ACRONYM_AFTER_YEAR_RE = re.compile(r"[ \t\u00a0]+[A-Z]{3,}(?![\w-])")
# Every date has a number: the scan visits digit runs and tries the date shapes only there.
DIGITS_RE = re.compile(r"\d+")
_PATTERNS: dict[str, tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]] = {}
_RELATIVE_PATTERNS: dict[str, tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]] = {}


def _patterns(lang) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The core date regex, the month-before-a-number regex, the qualifier regex and the range-word regex of a language."""
    if lang.code not in _PATTERNS:
        names = sorted(lang.words.MONTHS, key=len, reverse=True)
        # An abbreviation ("Sept", "Jan") may take a dot; a full name may not, so "1 February." ends at the name.
        abbreviations = {n for n in names if any(o != n and o.startswith(n) for o in names)}
        lower = getattr(lang.words, "MONTHS_LOWER_CASE", False)  # Russian writes «17 июня», «2 сен»
        month = "(?:" + "|".join(
            f"(?:{n.capitalize()}|{n.upper()}" + ("" if n in abbreviations and not lower else f"|{n}") + ")"
            + (r"\.?" if n in abbreviations else "") for n in names
        ) + ")"
        year = r"(?:1[89]|20)\d\d(?!\d)"
        short_year = r"['’]\d\d(?![\d'’])"  # "Mar '24": a year with an apostrophe, after a month only
        day = r"[0-3]?\d(?!\d)(?:st|nd|rd|th|-го)?"  # «1-го января»
        # "12-13", "5 – 7", "12 to 14": a range dates its first day
        day_words = "|".join(getattr(lang.words, "DAY_RANGE_WORDS", ()))
        joiner = r"[ \t\u00a0]?[-–][ \t\u00a0]?" + (rf"|[ \t\u00a0]+(?:{day_words})[ \t\u00a0]+" if day_words else "")
        # "12, 13 and 14 September": a list of days sharing a month is dated by its first day, like a range
        listed = rf"(?:(?:,[ \t\u00a0]?{day})" + "{1,6},?)?" if day_words else ""  # "12, 13, and 14 September"
        to_day = rf"(?:{listed}(?:{joiner})[0-3]?\d(?!\d)(?:st|nd|rd|th)?)?"
        # "March-April 2023", "January to September 2024": a range dates its first month
        range_word_list = "|".join(getattr(lang.words, "DATE_RANGE_WORDS", ()))
        month_join = r"(?:[ \t\u00a0]?[-–/][ \t\u00a0]?" + (rf"|[ \t\u00a0]+(?:{range_word_list})[ \t\u00a0]+" if range_word_list else "") + ")"
        month_to = rf"(?:{month}{month_join})?"
        gap = r"(?:,?[ \t\u00a0]+|,?[ \t\u00a0]*\n[ \t\u00a0]*)"  # one line break at most
        # «24-25 мая», «с 1 по 3 марта»: a range dated by its first day
        day_range = (rf"|(?<![\w.,])(?P<dr_d>{day})(?:[-–]|[ \t\u00a0]+по[ \t\u00a0]+)[0-3]?\d(?!\d)[ \t\u00a0]+(?P<dr_m>{month})(?!\w)(?:{gap}(?P<dr_y>{year}))?"
                     if lower else "")
        # «ПМЭФ-2024», «Иннопром-2025», «Стратегия-2030»: a year joined to a name by a hyphen, judged by the name
        edition = (r"|(?<=[а-яёА-ЯЁ]-)(?P<ed_y>(?:19|20)\d\d)(?![\w/%-]|[.,]\d)" if lower else "")
        # «05.03.19 10:20», «12.09.2023 16:05»: a publication stamp with its time
        stamp = (r"|(?<![\w.])(?P<st_d>[0-3]?\d)\.(?P<st_m>[01]?\d)\.(?P<st_y>(?:19|20)?\d\d)[ \t\u00a0]+[0-2]?\d:[0-5]\d(?![\d:])"
                 if lower else "")
        core = re.compile(
            # 2019.03.04 (year first, as bulletins write it)
            rf"(?<![\w.])(?P<yd_y>{year})\.(?P<yd_m>[01]\d)\.(?P<yd_d>[0-3]\d)(?!\.?\d)"
            # 2025-12-30, 2025-12-30T17:50:00+04:00
            rf"|(?<![\w/])(?P<iso_y>{year})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
            r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?(?![\w-])"
            # 2024/10/11 11:28:21
            rf"|(?<![\w/])(?P<sl_y>{year})/(?P<sl_m>[01]?\d)/(?P<sl_d>[0-3]?\d)(?![\d/])(?:[ T][0-2]?\d:[0-5]\d(?::[0-5]\d)?)?"
            + stamp +
            # 12.10.2021
            rf"|(?<![\w.])(?P<dot_d>[0-3]?\d)\.(?P<dot_m>[01]?\d)\.(?P<dot_y>{year})(?!\.\d)"
            # 22.01.24 19:30, 11.07.2415:35 (a two-digit year only in a stamp with its clock time)
            rf"|(?<![\w.])(?P<dy_d>[0-3]\d)\.(?P<dy_m>[01]\d)\.(?P<dy_y>\d\d)[ \t]?[0-2]\d:[0-5]\d(?!\d)"
            # 23.12 (a stamp alone on its line; judged by its line)
            rf"|(?<![\w.])(?P<dd_d>[0-3]\d)\.(?P<dd_m>[01]\d)(?![\w.,:%])"
            # 25/03/2024, 03/25/2024 14:00, 14-04-2021 (the order decided by the numbers, else by the document)
            rf"|(?<![\w/.-])(?P<ns_a>[0-3]?\d)(?P<ns_sep>[/-])(?P<ns_b>[0-3]?\d)(?P=ns_sep)(?P<ns_y>{year})(?![\w/-])(?:[ T,]{{1,2}}[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?"
            + day_range + edition +
            # 12 October, 5 February 2021, 1st of May 2020, 12-13 March 2024
            rf"|(?:(?<![\w.,])|(?<=GMT)|(?<=UTC))(?P<dm_d>{day}){to_day}(?:,?[ \t\u00a0]+(?:of[ \t\u00a0]+)?|-(?=[A-Za-z]))(?P<dm_m>{month})(?!\w)"
            rf"(?:(?:{gap}|-)(?P<dm_y>{year}|{short_year}))?"
            # June 17, 2024; July 28; March 3-5, 2021; March 5 2024
            rf"|(?P<md_m>{month})(?:[ \t\u00a0]+(?:the[ \t\u00a0]+(?=[0-3]?\d(?:st|nd|rd|th)))?|(?<=\.))(?P<md_d>{day}){to_day}(?![\w:.,]\d)(?:,?[ \t\u00a0]+(?P<md_y>{year}))?"
            # December 2020, June of 2022
            rf"|(?P<my_m>{month})(?:{month_join}(?P<my_to>{month}))?,?[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?P<my_y>{year}|{short_year})"
            # a range of years, judged by what it follows ("member for 2022-2023", "for 2025-2027")
            rf"|(?<![\w.,/\-–$€₽¥£])(?P<yr_y>{year})[ \t]?[-–][ \t]?(?:{year}|\d\d(?!\d))"
            # a bare year, not inside a number, code or range ("mid-2020" is fine)
            # "SPIEF-2024", "Innoprom-2023": an edition joined to its name, judged like "SPIEF 2024"
            rf"|(?:(?<=[Mm]id-)|(?<=[Ee]nd-)|(?<=[Ee]arly-)|(?<=[Ll]ate-)|(?<=[A-Za-z]{{3}}-)|(?<![\w.,/\-–$€₽¥£]))"
            rf"(?P<y>{year})(?![\w/%]|[.,]\d|[ \t]?[-–][ \t]?\d)"
        )
        # "June " before "17, 2024" or "December " before "2020": where a month-first date starts
        month_before = re.compile(rf"(?<!\w){month_to}{month}(?:,?[ \t\u00a0]+(?:of[ \t\u00a0]+|the[ \t\u00a0]+)?['’]?|(?<=\.))$")
        qualifier = re.compile(r"(?i)(?<!\w)" + lang.words.DATE_QUALIFIERS + r"[ \t\u00a0\n]+$")
        # " to " between a date without its year and the date closing its range ("1 January to 31 March 2024")
        range_words = re.compile(rf"[ \t\u00a0]+(?:{'|'.join(getattr(lang.words, 'DATE_RANGE_WORDS', ())) or '(?!)'})[ \t\u00a0]+")
        # «в декабре», «В сентябре»: a month alone after its preposition (a language that writes it so)
        alone = getattr(lang.words, "MONTH_ALONE", None)
        month_alone = re.compile(alone.format(month="(?P<ma_m>" + "|".join(n for n in names if n not in lang.words.MONTH_ABBREVIATIONS) + ")")) if alone else None
        _PATTERNS[lang.code] = (core, month_before, qualifier, range_words, month_alone)
    return _PATTERNS[lang.code]


def find_dates(doc: Document, lang: Language) -> list[dict]:
    """Dates rows in document order (see the module docstring for what counts as a date)."""
    core, month_before, qualifier, range_words, month_alone = _patterns(lang)
    year_word = getattr(lang.words, "YEAR_WORD", None)
    segment_at = doc.segment_at
    published = _published(doc)
    text = doc.text
    rows = []
    month_years: dict[int, tuple[int, int]] = {}  # month -> (year, offset) of the last date stating both
    said_years: list[dict] = []  # spans of days with a relative year after them
    consumed = 0
    for digits in DIGITS_RE.finditer(text):
        if digits.start() < consumed:
            continue
        month = None
        if text[max(0, digits.start() - 3) : digits.start()].rstrip(" \t\u00a0,.'’")[-1:].isalpha():  # a word just before
            month = month_before.search(text, max(0, digits.start() - MONTH_WINDOW), digits.start())
        match = core.match(text, month.start()) if month else None
        if match is None or match.end() <= digits.start():
            match = core.match(text, digits.start())
        if match is None:
            foreign = _foreign_date(text, digits.start(), lang)
            if foreign:
                consumed = foreign["end"]
                segment = segment_at(foreign["start"])
                rows.append({"seg_id": segment.seg_id if segment else None} | foreign)
            continue
        consumed = match.end()
        shape = match.lastgroup.split("_")[0]  # yd | iso | sl | dot | dm | md | my | yr | y
        start, end = match.span()
        window = text[max(0, start - QUALIFIER_WINDOW) : start]
        # Every English qualifier ends in "of"; only then is the (slower) qualifier pattern tried.
        last_word = getattr(lang.words, "QUALIFIER_LAST_WORD", "of")
        qualified = qualifier.search(window) if last_word is None or window.rstrip()[-2:].casefold() == last_word else None
        segment = segment_at(start)
        if shape == "y":
            if _names_a_decade(text, end, lang) or (
                    not qualified and not _bare_year_is_date(text, start, end, int(match["y"]), published, lang)):
                continue
            value, precision, source = match["y"], "year", "text"
        elif shape == "ed":
            if not _edition_is_date(text, start, int(match["ed_y"]), published, lang):
                continue
            value, precision, source = match["ed_y"], "year", "text"
        elif shape == "dd":
            if text[text.rfind("\n", 0, start) + 1 : start].strip() or text[end : _line_end(text, end)].strip():
                continue  # "23.12" is a date only as a stamp alone on its line, not a figure in a sentence
            parsed = _yearless_day(int(match["dd_m"]), int(match["dd_d"]), segment.year_hint if segment else None,
                                   published, month_years, start)
            if parsed is None:
                continue
            value, precision, source = parsed
        elif shape == "yr":
            if not _year_range_is_date(text, start, match.end(), published, lang):
                continue
            value, precision, source = match["yr_y"], "year", "text"
        else:
            hints = (segment.year_hint if segment else None, published, month_years, start)
            yearless = shape in ("dm", "md") and not match[f"{shape}_y"]
            ahead = getattr(lang.words, "FUTURE_CUE", None)  # «запланированный на 24-25 мая»: still to come
            if ahead:
                coming = re.search(ahead, window + text[end:end + QUALIFIER_WINDOW]) is not None
            else:  # "will be held on Sept. 12-13", "is scheduled for May 5": a future word earlier in its clause
                coming = yearless and published is not None and _future_clause(text, start, lang)
            range_end = _range_end(core, range_words if yearless else None, text, end) if _day_shape(shape) else None
            ends_year = _parse(range_end, range_end.lastgroup.split("_")[0], lang, *hints) if range_end else None
            weekday = _weekday_before(text, start, lang) if yearless else None  # "Sunday, May 25"
            parsed = _parse(match, shape, lang, *hints, range_end_value=ends_year[0] if ends_year else None,
                            coming=coming, weekday=weekday)
            if parsed is None:
                continue
            value, precision, source = parsed
            relative_year = _year_said_after(text, end, lang, published) if yearless and not range_end else None
            if relative_year:  # «3 марта прошлого года», "March 4 last year"
                end = consumed = relative_year[0]
                said_years.append({"start": start, "end": end})
                m, d = lang.month_number(match[f"{shape}_m"]), int(re.match(r"\d+", match[f"{shape}_d"]).group())
                year = relative_year[1]
                value, source = (_iso(year, m, d), "published") if year and _valid(year, m, d) else (None, "none")
            if range_end and ends_year:
                end = consumed = range_end.end()
                if source == "text" and not (shape in ("dm", "md") and match[f"{shape}_y"]):
                    source = ends_year[2]  # "27 June – 2 July": the year came from where the closing day's came
        if qualified:
            start -= len(window) - qualified.start()
        if year_word and shape in ("y", "yr", "my", "dm", "dr"):  # «в 2025 году», «В октябре 2024 года», «1 октября 2025 года»
            tail = re.match(year_word, text[end:end + 8])
            closing_year = text[end - 1:end].isdigit()  # «30 сентября – 2 октября 2024 года»: the range's closing year
            if tail and (shape != "dm" or match["dm_y"] or closing_year) and (shape != "dr" or match["dr_y"]):
                end += tail.end()
            if shape in ("y", "yr", "my"):
                lead = re.search(lang.words.DATE_PREPOSITION + r"$", text[max(0, start - 4):start])
                start -= len(lead.group()) if lead else 0
        if value and len(value) >= 7 and source == "text":
            month_years[int(value[5:7])] = (int(value[:4]), end)
        rows.append({
            "seg_id": segment.seg_id if segment else None,
            "start": start,
            "end": end,
            "text": text[start:end],
            "value": value,
            "precision": precision,
            "resolved_from": source,
        })
    months = _months_named_alone(doc, lang, rows, published)
    starts = {r["start"] for r in rows}
    spans = months + said_years  # "February this year", "March 4 last year": one date, not a month and a period
    relative = [r for r in _relative_dates(doc, lang) if not any(m["start"] <= r["start"] < m["end"] for m in spans)
                and not _opens_date(text, r["end"], starts)]  # "on Tuesday, October 3": one date, not two
    extra = months + relative
    rows = sorted(rows + extra, key=lambda r: r["start"]) if extra else rows
    if month_alone is not None:
        taken = [(r["start"], r["end"]) for r in rows]  # «В январе–феврале 2024 года»: one date, not two
        alone = [r for r in _months_alone(doc, month_alone, lang, published) if not any(s <= r["start"] < e for s, e in taken)]
        rows = sorted(rows + alone, key=lambda r: r["start"])
        _year_from_title(doc, rows, lang)
    return rows


def _future_clause(text: str, start: int, lang: Language) -> bool:
    """Whether a word putting a date after the publication ("will", "scheduled") stands earlier in its clause."""
    future = _relative_patterns(lang)[2]
    if future is None:
        return False
    clause_start = max(0, start - CLAUSE_WINDOW)
    clause_start = max(clause_start, *(text.rfind(c, clause_start, start) + 1 for c in ".!?\n"))
    return future.search(text, clause_start, start) is not None


def _opens_date(text: str, end: int, starts: set[int]) -> bool:
    """Whether a date found starts right after `end`, past a comma and spaces."""
    gap = len(text[end : end + 4]) - len(text[end : end + 4].lstrip(" \t\u00a0,"))
    return end + gap in starts


def _weekday_before(text: str, start: int, lang: Language) -> int | None:
    """The weekday written just before a date ("Sunday, May 25", "on Tuesday 3 October"), if any."""
    words = getattr(lang.words, "WEEKDAYS", {})
    before = text[max(0, start - 12) : start].rstrip(" \t\u00a0,").rsplit(None, 1)
    return words.get(before[-1].casefold()) if before else None


def _foreign_months(lang) -> tuple[re.Pattern, dict[str, int]]:
    """The regex of a full date in another language's months, and each month name (or stem) -> number."""
    key = lang.code + ":foreign"
    if key not in _RELATIVE_PATTERNS:
        numbers = {name: n for code, names in month_names().items() if code != lang.code
                   for n, name in enumerate(names, 1)}
        names = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
        _RELATIVE_PATTERNS[key] = re.compile(
            rf"(?P<d>[0-3]?\d)(?!\d)[ \t\u00a0]+(?i:(?P<m>(?:{names})[^\W\d_]{{0,4}}))\.?,?[ \t\u00a0]+"
            r"(?P<y>(?:1[89]|20)\d\d)(?!\d)"
            r"(?:[ \t\u00a0]?г\.)?"  # «2022 г.»: the Russian year abbreviation
            r"(?:,?[ \t\u00a0]+[0-2]?\d:[0-5]\d(?![\d:]))?"  # a clock time stamped after it
        ), numbers
    return _RELATIVE_PATTERNS[key]


def _foreign_date(text: str, offset: int, lang: Language) -> dict | None:
    """A full date written in another language's month names at `offset` ("16 февраля 2022 г." quoted in an
    English story, a French page's "28 mai 2025 13:04"): day, month and year all needed, since a foreign
    word alone ("mai", "mars") may be anything."""
    if not _word_start(text, offset) or (offset and text[offset - 1] in ".,"):
        return None
    pattern, numbers = _foreign_months(lang)
    match = pattern.match(text, offset)
    if match is None:
        return None
    written = match["m"].casefold()
    stem = max((n for n in numbers if written.startswith(n)), key=len, default=None)
    y, d = int(match["y"]), int(match["d"])
    if stem is None or not _valid(y, numbers[stem], d):
        return None
    return {"start": match.start(), "end": match.end(), "text": match.group(),
            "value": _iso(y, numbers[stem], d), "precision": "day", "resolved_from": "text"}


def _year_from_title(doc: Document, rows: list[dict], lang: Language) -> None:
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
            row["value"] = _with_year(doc, row, year, lang)


def _with_year(doc: Document, row: dict, year: str, lang: Language) -> str | None:
    words = doc.text[row["start"]:row["end"]].split()
    month = next((lang.month_number(w) for w in words if lang.month_number(w)), None)
    day = next((int(w.split("-")[0]) for w in words if w.split("-")[0].isdigit()), None)
    if month is None:
        return None
    if row["precision"] == "day" and day and _valid(int(year), month, day):
        return _iso(int(year), month, day)
    return f"{year}-{month:02d}" if row["precision"] == "month" else None


def _months_alone(doc: Document, pattern: re.Pattern, lang, published: date | None) -> list[dict]:
    """«в декабре»: the month of the year of publication, or of the year before when that month is still
    to come at publication (news reports what happened), or of the year after when its clause tells of what
    is to come and the month is past («пройдет в январе», written in December); unresolved without a
    publication date."""
    rows = []
    for m in pattern.finditer(doc.text):
        month = lang.month_number(m["ma_m"])
        segment = doc.segment_at(m.start())
        year = segment.year_hint if segment and segment.year_hint else None
        source, end = "heading", m.end()
        relative_year = _year_said_after(doc.text, end, lang, published)
        if relative_year:  # «в марте прошлого года»: the publication's year before, or nothing to date it by
            end, year, source = *relative_year, "published"
        elif year is None and published:
            # the last such month, or, in a clause about what is to come («пройдет в январе»), the next one
            ahead = getattr(lang.words, "FUTURE_CUE", None)
            clause = doc.text[max(0, m.start() - QUALIFIER_WINDOW):m.start()] + doc.text[end:end + QUALIFIER_WINDOW]
            if ahead and re.search(ahead, clause):
                year = published.year + (month < published.month)
            else:
                year = published.year - (month > published.month)
            source = "published"
        rows.append({"seg_id": segment.seg_id if segment else None, "start": m.start(), "end": end, "text": doc.text[m.start():end],
                     "value": f"{year:04d}-{month:02d}" if year else None, "precision": "month",
                     "resolved_from": source if year else "none"})
    return rows


def _year_said_after(text: str, end: int, lang, published: date | None) -> tuple[int, int | None] | None:
    """(end, year) when a relative year follows a month or day («… прошлого года», "March 4 last year"): the
    publication's year moved by the language's offset, or None without a publication date."""
    offsets = getattr(lang.words, "YEARS_AFTER_DATE", None)
    year_word = getattr(lang.words, "RELATIVE_YEAR_WORD", None) or getattr(lang.words, "YEAR_WORD", None)
    found = re.match(r"[ \t\u00a0]+(\w+)" + year_word, text[end:end + 30]) if offsets else None
    if found is None or found.group(1).lower() not in offsets:
        return None
    return end + found.end(), (published.year + offsets[found.group(1).lower()] if published else None)


def _months_named_alone(doc: Document, lang: Language, rows: list[dict], published: date | None) -> list[dict]:
    """"in June", "as early as February", "last August", "this upcoming May", "February this year": a
    month without a number, after a cue word, dated by its heading's year, else the publication's: the
    nearest such month ("last" one: at least two months before; "this" one: of the publication year), which
    may be still to come ("the session will be held in April", written in February)."""
    cues = getattr(lang.words, "MONTH_CUES", ())
    if not cues:
        return []
    relative = lang.words.MONTH_RELATIVE
    fillers = lang.words.MONTH_RELATIVE_FILLERS
    taken = [(r["start"], r["end"]) for r in rows]
    qualifier = _patterns(lang)[2]
    periods = _relative_patterns(lang)[0]
    text = doc.text
    out = []
    names = [(m.start(), m.end(), m.group()) for m in _month_alone_re(lang).finditer(text)]
    for start, end, name in sorted(names + _lower_case_month_names(text, lang)):
        if not _word_start(text, start) or any(s <= start < e for s, e in taken):
            continue
        words = text[max(0, start - QUALIFIER_WINDOW) : start].split()
        if text[start - 4 : start].casefold() == "mid-":
            words.append("mid")
        if name.islower() and not _lower_case_month(text, end, words, name, lang):
            continue
        offset = None
        if words and words[-1].casefold() in fillers and len(words) > 1 and words[-2].casefold() in relative:
            words.pop()
        if words and words[-1].casefold() in relative:
            offset = relative[words[-1].casefold()]
            start = text.rfind(words[-1], max(0, start - QUALIFIER_WINDOW), start)  # "last August", "this upcoming May"
        window = text[max(0, start - QUALIFIER_WINDOW) : start]
        qualified = qualifier.search(window) if window.rstrip()[-2:].casefold() == "of" else None
        if offset is None and not qualified and not (words and words[-1].casefold() in cues):
            continue
        year_after = periods.match(text, end + 1) if periods and text[end : end + 1] == " " else None
        m = lang.month_number(name)
        segment = doc.segment_at(start)
        value, source = None, None
        if year_after and lang.words.RELATIVE_PERIODS[" ".join(year_after.group().split()).casefold()][0] == "year":
            end = year_after.end()
            if published:
                value, source = f"{published.year + lang.words.RELATIVE_PERIODS[' '.join(year_after.group().split()).casefold()][1]:04d}-{m:02d}", "published"
        elif segment and segment.year_hint:
            value, source = f"{segment.year_hint:04d}-{m:02d}", "heading"
        elif published:
            if offset is None and _future_clause(text, start, lang):  # "will take effect in January": the next one
                offset = 1
            value, source = f"{_month_year(published, m, offset):04d}-{m:02d}", "published"
        if value is None:
            continue  # with nothing to date it, the year of a month alone would be a guess
        if qualified:
            start -= len(window) - qualified.start()
        out.append({"seg_id": segment.seg_id if segment else None, "start": start, "end": end, "text": text[start:end],
                    "value": value, "precision": "month", "resolved_from": source})
    return out


def _lower_case_month(text: str, end: int, words: list[str], name: str, lang: Language) -> bool:
    """Is a month name written in lower case alone a month? Only right after a cue ("in september", "since
    june"); "may" and "march" also need a word after them that no verb would take ("in march, …", "in may
    the …", not "those in may be")."""
    if not words or words[-1].casefold() not in lang.words.MONTH_CUES:
        return False
    if name not in getattr(lang.words, "COMMON_WORD_MONTHS", ()):
        return True
    after = text[end:end + 20].split(None, 1)
    return not after or after[0][:1] in ",.;:!?)" or after[0].casefold().strip(",.;:") in lang.words.MONTH_FOLLOWERS


def _month_year(published: date, month: int, offset: int | None) -> int:
    """The year of a month named alone: "this" one in the publication year; "last" one at least two
    months before publication; "next" (1) the first one not before publication; otherwise, as a day without
    its year, the publication year's unless it would begin more than a month after publication ("met in
    June", written in January, is last June)."""
    if offset == 0:
        return published.year
    if offset == 1:
        return published.year if month >= published.month else published.year + 1
    if offset == -1:
        return published.year if published.month - month >= 2 else published.year - 1
    return published.year - 1 if (date(published.year, month, 1) - published).days > 31 else published.year


def _month_alone_re(lang) -> re.Pattern:
    key = lang.code + ":month-alone"
    if key not in _RELATIVE_PATTERNS:
        names = [n.capitalize() for n in getattr(lang.words, "MONTH_NAMES", ())]
        _RELATIVE_PATTERNS[key] = re.compile("(?:" + "|".join(names) + r")" + MONTH_ALONE_END)
    return _RELATIVE_PATTERNS[key]


MONTH_ALONE_END = r"(?![\w-]|\.\w|[ \t\u00a0,]*\d)"  # a month named alone: no word, number or year after it
_MONTH_ALONE_END_RE = re.compile(MONTH_ALONE_END)


def _lower_case_month_names(text: str, lang) -> list[tuple[int, int, str]]:
    """(start, end, name) of each month name written in lower case alone ("in september"). Found with str.find,
    not a pattern: an alternation opening with lower-case letters would be tried at almost every offset."""
    found, cues = [], getattr(lang.words, "MONTH_CUES", ())
    for name in getattr(lang.words, "MONTH_NAMES", ()) if cues else ():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            before = text[max(0, at - 12):at].replace("-", " ").split()[-1:]  # "in september", "mid-june"
            if before and before[0].casefold() in cues and _MONTH_ALONE_END_RE.match(text, end):
                found.append((at, end, name))
            at = text.find(name, end)
    return found


def _day_shape(shape: str) -> bool:
    return shape in ("yd", "iso", "sl", "dot", "dy", "st", "ns", "dm", "md", "dr")


def _word_start(text: str, offset: int) -> bool:
    """No letter or digit right before `offset` (checked in Python: a pattern opening with a
    look-behind is tried at every offset of the text, one opening with its words is not)."""
    return offset == 0 or not (text[offset - 1].isalnum() or text[offset - 1] == "_")


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset, offset + QUALIFIER_WINDOW)
    return end if end >= 0 else min(len(text), offset + QUALIFIER_WINDOW)


def _range_end(core: re.Pattern, range_words: re.Pattern | None, text: str, end: int) -> re.Match | None:
    """The date closing a range that opens at `end` ("– 2 July 2024"), if a dash (or, after a date
    without its year, a range word: "1 January to 31 March 2024") and a full day follow."""
    dash = RANGE_DASH_RE.match(text, end)
    if dash is None and range_words:
        dash = range_words.match(text, end)
    if dash is None:
        return None
    closing = core.match(text, dash.end())
    return closing if closing and _day_shape(closing.lastgroup.split("_")[0]) else None


def _relative_dates(doc: Document, lang: Language) -> list[dict]:
    """"this year", "last month", "on Friday": dated from the publication date, which must be known
    to the precision the phrase needs (a year for a year, the day for a weekday); a crawl date or a
    revision's date ("Updated: …") does not count, since the text was not written then."""
    source = doc.published_source or ""
    if not doc.published or "retrieved" in source or source == "updated":
        return []
    try:
        parts = [int(p) for p in doc.published[:10].split("-")]
    except ValueError:
        return []
    periods, weekdays, _ = _relative_patterns(lang)
    text = doc.text
    rows = []
    for match in periods.finditer(text) if periods else ():
        if not _word_start(text, match.start()) or text[max(0, match.start() - 4) : match.start()].casefold() == "the ":
            continue  # "the last year": the twelve months before, not a calendar year
        unit, offset = lang.words.RELATIVE_PERIODS[" ".join(match.group().split()).casefold()]
        if unit == "year":
            value = str(parts[0] + offset)
        elif unit == "week":  # "last week": its month, when the whole week lies in one month
            if len(parts) < 3 or not _valid(*parts):
                continue
            monday = date(*parts) - timedelta(days=date(*parts).weekday()) + timedelta(weeks=offset)
            if monday.month != (monday + timedelta(days=6)).month:
                continue
            value, unit = f"{monday.year:04d}-{monday.month:02d}", "month"
        elif len(parts) >= 2:
            months = parts[0] * 12 + parts[1] - 1 + offset
            value = f"{months // 12:04d}-{months % 12 + 1:02d}"
        else:
            continue
        rows.append(_relative_row(doc, match.start(), match.end(), value, unit, parts[0]))
    for match in weekdays.finditer(text) if weekdays and len(parts) == 3 and _valid(*parts) else ():
        if not _word_start(text, match.start()):
            continue
        direction = getattr(lang.words, "WEEKDAY_DIRECTIONS", {}).get(match.group().split()[0].casefold())
        if direction and text[max(0, match.start() - 4):match.start()].casefold() == "the ":
            continue  # "the last Friday of the month": a rule, not a day
        published = date(*parts)
        weekday = lang.words.WEEKDAYS[match["day"].casefold()]
        # "last Friday", "next Friday": never the publication day itself; "on Friday": the nearest, by the clause
        if direction == 1 or (direction is None and _future_clause(text, match.start(), lang)):
            day = published + timedelta(days=(weekday - published.weekday()) % 7 or (7 if direction else 0))
        else:
            day = published - timedelta(days=(published.weekday() - weekday) % 7 or (7 if direction else 0))
        rows.append(_relative_row(doc, match.start("day"), match.end("day"), day.isoformat(), "day", parts[0]))
    return [row for row in rows if row]


def _relative_row(doc: Document, start: int, end: int, value: str, precision: str, published_year: int) -> dict | None:
    """The row of a relative period, or None under a heading of another year: in a timeline's 2017
    section, "this year" is 2017, not the year the page was published."""
    segment = doc.segment_at(start)
    if segment and segment.year_hint and segment.year_hint != published_year:
        return None
    return {"seg_id": segment.seg_id if segment else None, "start": start, "end": end, "text": doc.text[start:end],
            "value": value, "precision": precision, "resolved_from": RELATIVE}


def _relative_patterns(lang) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """The periods regex ("this year"; not "the last year", the twelve months before), the weekday regex
    ("on Friday") and the regex of words putting a weekday after the publication ("will")."""
    if lang.code not in _RELATIVE_PATTERNS:
        words = lang.words
        phrases = sorted(getattr(words, "RELATIVE_PERIODS", {}), key=len, reverse=True)
        # Both spellings as literals ("This year", "this year"): a pattern opening with literals is searched
        # several times faster than one opening with a character class.
        periods = re.compile(
            r"(?:" + "|".join(
                re.escape(w).replace(r"\ ", r"[ \t\u00a0]+") for p in phrases for w in (p.capitalize(), p)
            ) + r")(?![\w])"
        ) if phrases else None
        prepositions = getattr(words, "WEEKDAY_PREPOSITIONS", ())
        weekdays = re.compile(
            r"(?:" + "|".join(w for p in prepositions for w in (p.capitalize(), p)) + r")[ \t\u00a0]+"
            r"(?P<day>" + "|".join(w.capitalize() for w in words.WEEKDAYS) + r")(?!\w)"
        ) if prepositions else None
        markers = getattr(words, "FUTURE_MARKERS", ())
        future = re.compile(
            r"(?i)(?<!\w)(?:" + "|".join(sorted(map(re.escape, markers), key=len, reverse=True)) + r")(?!\w)"
        ) if markers else None
        _RELATIVE_PATTERNS[lang.code] = (periods, weekdays, future)
    return _RELATIVE_PATTERNS[lang.code]


def _published(doc: Document) -> date | None:
    """The publication date when it is known to the day or month (a year alone cannot date a day)."""
    if not doc.published or (doc.published_precision or "day") == "year":
        return None
    try:
        parts = [int(p) for p in doc.published[:10].split("-")]
        return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1) if len(parts) >= 2 else None
    except ValueError:  # a malformed date from a tabular corpus: no year can be made certain from it
        return None


def _parse(match: re.Match, shape: str, lang, year_hint: int | None, published: date | None,
           month_years: dict[int, tuple[int, int]], start: int, *, range_end_value: str | None = None,
           coming: bool = False, weekday: int | None = None):
    """(value, precision, resolved_from) of a match that is not a bare year, or None if it is no real date.

    `range_end_value` is the value of the date closing a range this one opens: a first day without a
    year takes its year ("27 June – 2 July 2024")."""
    if shape in ("yd", "iso", "sl", "dot", "dy", "st"):
        y, m, d = (int(match[f"{shape}_{k}"]) for k in "ymd")
        y += 2000 if y < 100 else 0
        return (_iso(y, m, d), "day", "text") if _valid(y, m, d) else None
    if shape == "ns":
        y, a, b = int(match["ns_y"]), int(match["ns_a"]), int(match["ns_b"])
        month_first = b > 12 or (a <= 12 and _slash_order(match.string, lang) == "mdy")
        m, d = (a, b) if month_first else (b, a)
        return (_iso(y, m, d), "day", "text") if _valid(y, m, d) else None
    if shape == "my":
        first, y = lang.month_number(match["my_m"]), _year_number(match["my_y"])
        y -= bool(match["my_to"]) and first > lang.month_number(match["my_to"])  # "December to February 2024"
        return f"{y:04d}-{first:02d}", "month", "text"
    written_month = match[f"{shape}_m"]
    m, d = lang.month_number(written_month), int(re.match(r"\d+", match[f"{shape}_d"]).group())
    if not 1 <= d <= 31:
        return None
    if match[f"{shape}_y"]:
        y = _year_number(match[f"{shape}_y"])
        return (_iso(y, m, d), "day", "text") if _valid(y, m, d) else None
    if written_month.islower() and written_month in getattr(lang.words, "COMMON_WORD_MONTHS", ()):
        return None  # "it may 5", "march 3 km": a common word, not a month, without a year
    if range_end_value and len(range_end_value) == 10:
        y = int(range_end_value[:4])
        y -= (m, d) > (int(range_end_value[5:7]), int(range_end_value[8:]))  # "28 December – 3 January 2024"
        if _valid(y, m, d):
            return _iso(y, m, d), "day", "text"
    return _yearless_day(m, d, year_hint, published, month_years, start, coming=coming, weekday=weekday)


def _yearless_day(m: int, d: int, year_hint: int | None, published: date | None,
                  month_years: dict[int, tuple[int, int]], start: int, *,
                  coming: bool = False, weekday: int | None = None) -> tuple[str | None, str, str] | None:
    """(value, "day", resolved_from) of a day written without its year (see the module docstring).

    A weekday written with the day ("Sunday, May 25") picks, from the publication, the nearest year in
    which that day is that weekday, when the usual year's is not."""
    if not 1 <= d <= 31 or not 1 <= m <= 12:
        return None
    if year_hint and _valid(year_hint, m, d):
        return _iso(year_hint, m, d), "day", "heading"
    if published:
        # A news text's "12 October" is the nearest such day: this year's, or last year's when this
        # year's would be more than a month after publication, unless the text says it is still to come.
        y = published.year
        if _valid(y, m, d) and (date(y, m, d) - published).days > 31 and not coming:
            y -= 1
        elif _valid(y, m, d) and (published - date(y, m, d)).days > 31 and coming:
            y += 1  # «форум пройдет 15 января», written in December: next January
        if weekday is not None and _valid(y, m, d) and date(y, m, d).weekday() != weekday:
            y = next((c for c in (y - 1, y + 1) if _valid(c, m, d) and date(c, m, d).weekday() == weekday), y)
        if _valid(y, m, d):
            return _iso(y, m, d), "day", "published"
    y, at = month_years.get(m, (0, -NEARBY_WINDOW - 1))
    if start - at <= NEARBY_WINDOW and _valid(y, m, d):  # "February, 2022 ... On February 16"
        return _iso(y, m, d), "day", "nearby"
    return None, "day", "none"


_SLASH_DATE_RE = re.compile(r"(?<![\w/.-])([0-3]?\d)([/-])([0-3]?\d)\2(?:1[89]|20)\d\d(?![\w/-])")


def _slash_order(text: str, lang) -> str:
    """"dmy" or "mdy": the order a document's slash dates show where a number above 12 decides it
    ("25/03/2024" is day-first), else the language's usual order."""
    for match in _SLASH_DATE_RE.finditer(text):
        a, b = int(match[1]), int(match[3])
        if a > 12 >= b:
            return "dmy"
        if b > 12 >= a:
            return "mdy"
    return getattr(lang.words, "SLASH_DATE_ORDER", "dmy")


def _bare_year_is_date(text: str, start: int, end: int, year: int, published: date | None, lang) -> bool:
    # Only a bounded window around the year is read, so a 50,000-character line stays linear.
    line_start = max(text.rfind("\n", max(0, start - QUALIFIER_WINDOW), start) + 1, start - QUALIFIER_WINDOW)
    line_end = text.find("\n", end, end + QUALIFIER_WINDOW)
    before, after = text[line_start:start], text[end : line_end if line_end >= 0 else end + QUALIFIER_WINDOW]
    alone_on_line = line_end >= 0 or end + QUALIFIER_WINDOW >= len(text)
    at_line_start = not before.strip() and (line_start == 0 or text[line_start - 1] == "\n")
    if at_line_start and ((alone_on_line and not after.strip()) or after.startswith(":")):
        return True  # a year heading: "2024" or "2021: Russia and Azerbaijan begin ..."
    previous = before.split()[-1].strip("(-\"“‘«").casefold() if before.strip() else ""
    words = before.split()
    if previous == "than" and len(words) > 1 and words[-2].casefold() in getattr(lang.words, "HORIZON_BEFORE_THAN", ()):
        return False  # "no later than 2027": a deadline
    if previous in getattr(lang.words, "APPROXIMATION_WORDS", ()):
        # "Some 2000 delegates", "Nearly 1990 people": a count; "Around 2015, Russia began": an approximate year
        return after[:1] in (",", ".", ";", ":", ")") and (published is None or year <= published.year)
    if previous == "end" and len(words) > 1 and words[-2].casefold() in lang.words.HORIZON_WORDS and (
            year > published.year if published else _future_clause(text, start, lang)):
        return False  # "to be reached by end-2030": a plan's deadline
    if previous in getattr(lang.words, "YEAR_PART_WORDS", ()):
        return True  # "in spring 2022", "Q1 2024"
    identifiers = getattr(lang.words, "PLAN_NAME_WORDS", ())
    if previous.rstrip(".") in identifiers or (len(words) >= 2 and words[-2].strip(".,").casefold() in identifiers
                                               and (previous in ("no.", "no", "#") or words[-1].isupper())):
        return False  # "Order No. 2019", "flight SU 2024", "Resolution No 2019": a number naming a thing
    if (not previous or before.rstrip()[-1:] in ".!?") and after.split(None, 1)[:1] and \
            after.split(None, 1)[0] in getattr(lang.words, "YEAR_SUBJECT_VERBS", ()):
        return True  # "2023 was a record year": the year is the sentence's subject
    spans = getattr(lang.words, "YEAR_SPANS", {})
    if len(words) >= 3 and previous in spans.get(words[-3].casefold(), ()) and _is_year(words[-2]):
        return _span_took_place(text, start, year, published, lang)  # the closing year of "from 2015 to 2020"
    closing = re.match(rf"[ \t\u00a0]+(?:{'|'.join(spans[previous])})[ \t\u00a0]+((?:1[89]|20)\d\d)(?!\d)", after) \
        if previous in spans else None
    if closing:
        return _span_took_place(text, start, int(closing[1]), published, lang)  # the opening year of "from 2015 to 2020"
    if previous in lang.words.HORIZON_WORDS or lang.token_key(previous) in lang.words.HORIZON_WORDS:
        return False  # "until 2035", «на горизонте 2030 года»
    if previous in getattr(lang.words, "YEAR_LIST_WORDS", ()) and len(words) > 1 and _is_year(words[-2].strip(",")):
        # «в 2022 и 2023 годах», «периода 2026 и 2027 годов»: the second year of a list is what the first is
        first = before.rstrip().rfind(words[-2].strip(","), 0, len(before.rstrip()) - len(previous))
        return first >= 0 and _bare_year_is_date(text, line_start + first, line_start + first + 4,
                                                 int(words[-2].strip(",")), published, lang)
    year_word = getattr(lang.words, "YEAR_WORD", None)
    if year_word and lang.token_key(previous) not in getattr(lang.words, "PLAN_NAME_WORDS", ()) and re.match(year_word, after):
        return True  # «2023 год стал рекордным», «Доклад о рынке, 2024 г.», «итоги полугодия 2024 года»
    if previous in getattr(lang.words, "PAST_YEAR_PREPOSITIONS", ()):  # "results for 2023"; "targets for 2030" is a plan
        return published is not None and year < published.year
    if previous == "year" and len(words) > 1 and _year_word_is_no_date(words, lang):
        return False  # "fiscal year 2023", "by the year 2030"
    if previous in lang.words.YEAR_PREPOSITIONS:
        # "a total of 2000 participants" counts, "a deadline of 2027" is a plan's; "the end of 2021" is a qualifier
        return not (previous == "of" and len(words) > 1 and (
            words[-2].casefold() in lang.words.COUNT_BEFORE_OF
            or words[-2].casefold() in getattr(lang.words, "HORIZON_BEFORE_OF", ())))
    if previous in lang.words.EDITION_NOUNS:
        return published is None or year <= published.year
    if previous in getattr(lang.words, "PERIOD_PREPOSITIONS", ()):
        return after[:1] in (",", ".", ";", ":", ")")  # "Over 2020, trade grew"; not "over 2020 delegates"
    if previous in getattr(lang.words, "YEAR_DETERMINERS", ()) or previous.endswith(("'s", "’s")):
        # "the 2014 sanctions", "the 2022 BRICS summit", "Russia's 2024 BRICS summit"
        noun = WORD_AFTER_YEAR_RE.match(after)
        nouns = lang.words.YEAR_OCCASION_NOUNS
        named = bool(noun) and (noun[1].casefold() in nouns or (noun[1].islower() and (noun[2] or "") in nouns)
                                or any(w.casefold() in nouns for w in noun[0].split()[:-1]))  # "the 2024 BRICS Summit in"
        if named:
            return published is None or year <= published.year
        # "the 2024 SPIEF": an occasion known by its acronym, an edition when not in the document's future
        return ACRONYM_AFTER_YEAR_RE.match(after) is not None and published is not None and year <= published.year
    if before.endswith("(") and after.startswith(")"):  # a film's, a book's or a founding year: "Alexandra (2007)"
        return published is None or year <= published.year
    if words and before.endswith((" ", "\u00a0")):
        name = words[-1]
    else:  # "SPIEF-2024", "Innoprom-2023": a name joined to its edition's year
        name = words[-1][:-1] if words and before.endswith("-") and before[-2:-1].isalpha() else ""
    if (name.isalpha() and name[0].isupper() and previous not in getattr(lang.words, "PLAN_NAME_WORDS", ())
            and lang.month_number(name) is None and name not in getattr(lang.words, "FUNCTION_WORDS", ())):
        if _names_an_occasion(after, lang):  # "Sigestic 2025, a meeting on …", "Fit Cuba 2010 Tourism Fair"
            return published is None or year <= published.year
        # an edition or a dated name that is not in the future: "Fit Cuba 2010", "Thomson Reuters 2024"
        return published is not None and year <= published.year
    return False


def _names_a_decade(text: str, end: int, lang) -> bool:
    """«в 2020-х годах», «в конце 1990-х»: a year with a plural ending names a decade, not a calendar date."""
    decade = getattr(lang.words, "DECADE_SUFFIX", None)
    return bool(decade) and re.match(decade, text[end:end + 4]) is not None


def _edition_is_date(text: str, start: int, year: int, published: date | None, lang) -> bool:
    """A year joined to a name by a hyphen: a plan's name («Стратегия-2030») is no date; an edition
    («ПМЭФ-2024», «Иннопром-2025») is one when it is not after the publication, and, undated, when an
    occasion noun names it («выставка «Иннопром-2023»», «форум «Цифровая индустрия-2023»»)."""
    words = re.findall(r"[^\W\d_]+", text[max(0, start - QUALIFIER_WINDOW):start])
    if not words or lang.token_key(words[-1]) in getattr(lang.words, "PLAN_NAME_WORDS", ()):
        return False
    if published is not None:
        return year <= published.year
    return any(lang.token_key(w) in lang.words.EDITION_NOUNS for w in words[-4:])


def _year_word_is_no_date(words: list[str], lang) -> bool:
    """"year" before a year: a year of accounts ("fiscal year 2023") or a horizon ("by the year 2030")."""
    before = words[-2].casefold()
    if before in getattr(lang.words, "FISCAL_WORDS", ()):
        return True
    return before == "the" and len(words) > 2 and words[-3].casefold() in lang.words.HORIZON_WORDS


def _span_took_place(text: str, start: int, last_year: int, published: date | None, lang) -> bool:
    """Whether a span of years ("from 2015 to 2020", "between 2015 and 2020") dates what took place, so both
    its years are dates: it ends by the publication year, or, undated, no future word opens its clause
    ("will run from 2025 to 2030" is a plan)."""
    if published is not None:
        return last_year <= published.year
    return not _future_clause(text, start, lang)


# After "<Name> <year>": the name going on to an occasion noun ("… 2010 Tourism International Fair"), or an
# apposition saying what it was (", a meeting dedicated to …", ", the annual forum").
OCCASION_AFTER_NAME_RE = re.compile(
    r"(?:[ \t\u00a0]+[A-Z][\w-]*){0,3}[ \t\u00a0]+(?P<noun>[A-Za-z]+)"
    r"|,[ \t\u00a0]+(?:an?|the)[ \t\u00a0]+(?P<apposed>[a-z]+(?:[ \t\u00a0]+[a-z]+){0,2})"
)


def _names_an_occasion(after: str, lang) -> bool:
    """Whether the words after "<Name> <year>" say the name is an occasion's (see OCCASION_AFTER_NAME_RE)."""
    match = OCCASION_AFTER_NAME_RE.match(after)
    if match is None:
        return False
    nouns = [match["noun"].casefold()] if match["noun"] else match["apposed"].split()  # "a meeting dedicated to"
    return any(n in lang.words.EDITION_NOUNS or n in lang.words.YEAR_OCCASION_NOUNS for n in nouns)


def _year_range_is_date(text: str, start: int, end: int, published: date | None, lang) -> bool:
    """A year range dates the term of an office ("a non-permanent member for 2022-2023") and a period
    that is over when the document was published ("In 2021-2022, trade grew"); any other is a programme
    period ("for 2025-2027", "the Concept in 2019-2025")."""
    words = text[max(0, start - QUALIFIER_WINDOW) : start].split()
    previous = words[-1].strip("(\"“‘«").casefold() if words else ""
    if (previous in getattr(lang.words, "TERM_PREPOSITIONS", ()) and len(words) >= 2
            and words[-2].casefold() in lang.words.TERM_NOUNS):
        return True
    last = DIGITS_RE.findall(text, start, end)[-1]  # "2023" of "2022-2023", "23" of "2022-23"
    last_year = int(text[start : start + 4 - len(last)] + last)
    return previous in lang.words.YEAR_PREPOSITIONS and published is not None and last_year <= published.year


def _year_number(written: str) -> int:
    """The year a date writes in full or with an apostrophe ("'24" is 2024, "'98" is 1998)."""
    if written[0] not in "'’":
        return int(written)
    two = int(written[1:])
    return two + (2000 if two <= 50 else 1900)


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("18", "19", "20")


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
