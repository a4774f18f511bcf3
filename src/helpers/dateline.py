"""The wire dateline that opens a story: "MOGILEV, 12 October (BelTA) – ", "HANOI, Oct 9 (Reuters) - ",
"BEIJING, April 20 (Xinhua) -- ", "MOSCOW, March 15. /TASS/. ", "CAIRO (AP) — ", "ASTANA — ",
"МИНСК, 17 мая 2023 года. ", with the
country between place and date ("BAKU, Azerbaijan, July 23 (Trend) - "), and in title
case when it carries a date and an agency ("Minsk, 5 June (BelTA) – ").

Ingest reads the place, date and agency from it; the extractors skip it, since it is not part of the
story's first sentence. One pattern serves all of them so they agree on what a dateline is.
"""
from __future__ import annotations

import re

# Place, optional ", date", then an agency in slashes or brackets and/or a dash. Every part is bounded,
# so a long line of capitals or commas cannot make it backtrack.
DATELINE = re.compile(
    r"(?P<place>[A-ZА-ЯЁ][\w'’. -]{1,40}?)"
    # "BAKU, Azerbaijan, July 23", "HAVANA, Cuba (PL)": the country after the city (words only, then a comma or the agency)
    r"(?:,\s{0,3}(?P<country>[A-ZА-ЯЁ][^\W\d_]{1,30}(?:[ .'’-]{1,2}[^\W\d_]{1,30}){0,3})(?=,|\s{0,3}\())?"
    r"(?:,\s{0,3}(?P<date>[^\n()/–—-]{3,30}?))?"
    r"(?:\.?\s{0,3}/(?P<slashed>[^\s/]{2,30})/\.?"
    r"|\s{0,3}(?:\((?P<bracketed>[^()\n]{2,30})\))?\s{0,3}(?:--|[–—-])"
    # "МИНСК, 17 мая 2023 года. ", "NAIROBI, May 4. ": a full stop right after the date's number or year word
    r"|(?P<stop>(?<=\d)\.|(?<=\bгода)\.|(?<=\bг)\.))\s+"
)
# Every dateline ends in a slash, a dash or a full stop within its first DATELINE_SPAN characters (each
# part of the pattern is bounded: at most about 250): a line without one is not tried, which spares the
# pattern's backtracking over every length of place and date on most headlines and sentences.
DATELINE_CLOSERS = re.compile(r"[/.–—-]")
DATELINE_SPAN = 300


def match_dateline(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The dateline starting at `pos`, if any.

    A place in capitals makes it one ("ASTANA — "); a place in title case only with a date and an
    agency, so a sentence with a dash ("Russia and Laos - two old partners - signed …") is not. Closed
    by a full stop alone, it needs both: a place in capitals and a date with a number ("MINSK, 17 May.").
    """
    endpos = len(text) if endpos is None else endpos
    if not DATELINE_CLOSERS.search(text, pos, min(endpos, pos + DATELINE_SPAN)):
        return None
    match = DATELINE.match(text, pos, endpos)
    if match is None:
        return None
    place = match["place"].replace(" ", "").replace(".", "").replace("-", "").replace("'", "").replace("’", "")
    capitals = place.isupper() and len(place) >= 2
    if match["stop"]:
        return match if capitals and match["date"] and any(c.isdigit() for c in match["date"]) else None
    if capitals or (match["date"] and agency(match)):
        return match
    return None


def agency(match: re.Match) -> str | None:
    """The news agency the dateline names ("BelTA", "TASS"), if any."""
    name = match["slashed"] or match["bracketed"]
    return name.strip() if name else None
