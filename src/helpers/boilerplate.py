"""Page chrome that is not part of an article, as named, commented patterns.

Ingest drops a line when it matches one of `CHROME_LINES` in full, removes the spans that match
`CHROME_INLINE` inside a line, and turns `BLOCK_MARKERS` lines into the start and end of a set-off
quotation. Everything else stays: datelines, timestamp lines, photo captions, gallery dates and
related-link headlines are text the extractors and the gold rely on, so a pattern here must only
catch generic navigation, never words that could be part of a story.

To teach ingest about another site's chrome, add a named entry with a comment showing the line it
catches; `tests/test_boilerplate.py` keeps one example line per pattern.
"""
from __future__ import annotations

import re


# Whole lines (after stripping surrounding whitespace) that are site chrome. Matched case-insensitively,
# anchored at both ends, so "RSS" drops the line "RSS" but never a sentence mentioning RSS.
CHROME_LINES: dict[str, re.Pattern[str]] = {
    # "RSS" / "RSS feed": a feed link in a page header.
    "feed_link": re.compile(r"rss(?: feed)?"),
    # "Логотип", "Logo": the site logo's alt text.
    "logo": re.compile(r"(?:логотип|logo)"),
    # "Баннер в шапке 1", "Banner 2": advertising slots named by a CMS.
    "banner": re.compile(r"(?:баннер|banner)\b[^.!?]{0,40}"),
    # "Предыдущая новость", "Следующая новость", "Previous article", "Next news": pager links.
    "pager": re.compile(r"(?:предыдущая|следующая) (?:новость|статья)|(?:previous|next) (?:news|article|story|post)"),
    # "Highlight selection": a page-tool button on government sites.
    "page_tool": re.compile(r"highlight selection|print version|версия для печати"),
    # "Content" / "Contents" / "Содержание": a wiki's table-of-contents heading.
    "toc_heading": re.compile(r"contents?|содержание"),
    # "Main article: Digital economy of Russia" / "Основная статья: …": a wiki cross-reference.
    "main_article": re.compile(r"(?:main article|see also|основная статья|см\. также):[^\n]{0,200}"),
    # "Notes" / "References" / "Примечания": a wiki's trailing section heading (its footnotes are not scraped).
    "notes_heading": re.compile(r"notes|references|примечания|источники"),
    # "OFFICIAL WEBSITE OF THE GOVERNMENT OF THE RUSSIAN FEDERATION": a site banner.
    "site_banner": re.compile(r"(?:the )?official (?:web ?site|internet portal|portal) of [^.!?]{1,120}"),
    # "Share", "Tweet", "Поделиться": social buttons.
    "share_button": re.compile(r"share|tweet|поделиться"),
}


# Spans removed inside a line. Each pattern is linear: no nested quantifiers over the same characters.
CHROME_INLINE: dict[str, re.Pattern[str]] = {
    # "…violations. [9]": a wiki footnote mark after a space (a literal prefix keeps the scan fast).
    "spaced_footnote_mark": re.compile(r" \[\d{1,3}\]"),
    # "…turnover of the republic.[1][2]": wiki footnote marks glued to the text.
    "footnote_mark": re.compile(r"\[\d{1,3}\]"),
    # "…announced this on September 27, 2022. Read more here.": a link sentence at the end of a paragraph.
    "read_more": re.compile(r" (?:Read more here|Read more|Подробнее)\.?$"),
}


# Line endings that may hold a `read_more` span: a cheap test before the regex.
INLINE_CHROME_ENDINGS = ("more", "more.", "here.", "Подробнее", "Подробнее.")

# "File:Aquote1.png" opens and "File:Aquote2.png" closes a set-off quotation on wiki pages.
BLOCK_MARKERS: dict[str, re.Pattern[str]] = {
    "block_open": re.compile(r"file:aquote1\.png"),
    "block_close": re.compile(r"file:aquote2\.png"),
}


# Header titles that name a section of the site rather than the piece ("title: News"); the headline
# in the page text is used instead.
GENERIC_TITLES = frozenset({"news", "home", "index", "article", "press", "новости", "главная", "статья"})


# Markers and chrome as one case-insensitive pattern over a whole line (surrounding blanks allowed).
_LINE_KIND = re.compile(
    r"[ \t]*(?:" + "|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in {**BLOCK_MARKERS, **CHROME_LINES}.items())
    + r")[ \t]*",
    re.I,
)
MAX_CHROME_LINE = 200  # longer lines are never chrome: callers skip the checks for them

# The first three letters (lowercased, after leading blanks) of every line a pattern above can match:
# a set lookup that lets most article lines skip the regex. A new pattern needs its openings here;
# `tests/test_boilerplate.py` checks each pattern's example lines against this set.
CHROME_PREFIXES = frozenset({
    "rss",  # feed_link
    "лог", "log",  # logo
    "бан", "ban",  # banner
    "пре", "сле", "pre", "nex",  # pager
    "hig", "pri", "вер",  # page_tool
    "con", "сод",  # toc_heading
    "mai", "see", "осн", "см.",  # main_article
    "not", "ref", "при", "ист",  # notes_heading
    "the", "off",  # site_banner
    "sha", "twe", "под",  # share_button
    "fil",  # block_open, block_close
})


def line_kind(line: str) -> str | None:
    """'block_open' / 'block_close' for a quotation marker, a CHROME_LINES name, or None for content."""
    if len(line) > MAX_CHROME_LINE or line.lstrip(" \t")[:3].lower() not in CHROME_PREFIXES:
        return None
    match = _LINE_KIND.fullmatch(line)
    return match.lastgroup if match else None


def chrome_name(line: str) -> str | None:
    """The name of the chrome pattern a whole line matches, or None if the line is content."""
    kind = line_kind(line)
    return kind if kind in CHROME_LINES else None


def block_marker(line: str) -> str | None:
    """'block_open' / 'block_close' for a quotation marker line, else None."""
    kind = line_kind(line)
    return kind if kind in BLOCK_MARKERS else None


def strip_inline_chrome(line: str) -> str:
    """`line` without footnote marks and a trailing link sentence."""
    if "[" in line:
        line = CHROME_INLINE["footnote_mark"].sub("", CHROME_INLINE["spaced_footnote_mark"].sub("", line))
    if line.endswith(INLINE_CHROME_ENDINGS):
        line = CHROME_INLINE["read_more"].sub("", line)
    return line
