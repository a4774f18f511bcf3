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
    # "…turnover of the republic.[1][2]" and "…violations. [9]": wiki footnote marks.
    "footnote_mark": re.compile(r" ?\[\d{1,3}\]"),
    # "…announced this on September 27, 2022. Read more here.": a link sentence at the end of a paragraph.
    "read_more": re.compile(r" (?:Read more here|Read more|Подробнее)\.?$"),
}

# "File:Aquote1.png" opens and "File:Aquote2.png" closes a set-off quotation on wiki pages.
BLOCK_MARKERS: dict[str, re.Pattern[str]] = {
    "block_open": re.compile(r"file:aquote1\.png"),
    "block_close": re.compile(r"file:aquote2\.png"),
}

# Header titles that name a section of the site rather than the piece ("title: News"); the headline
# in the page text is used instead.
GENERIC_TITLES = frozenset({"news", "home", "index", "article", "press", "новости", "главная", "статья"})


def chrome_name(line: str) -> str | None:
    """The name of the chrome pattern a whole line matches, or None if the line is content."""
    stripped = line.strip().lower()
    if not stripped or len(stripped) > 200:
        return None
    for name, pattern in CHROME_LINES.items():
        if pattern.fullmatch(stripped):
            return name
    return None


def block_marker(line: str) -> str | None:
    """'block_open' / 'block_close' for a quotation marker line, else None."""
    stripped = line.strip().lower()
    if len(stripped) > 30:
        return None
    for name, pattern in BLOCK_MARKERS.items():
        if pattern.fullmatch(stripped):
            return name
    return None


def strip_inline_chrome(line: str) -> str:
    """`line` without footnote marks and trailing link sentences."""
    if "[" in line:
        line = CHROME_INLINE["footnote_mark"].sub("", line)
    if line.endswith(("more", "more.", "here.", "Подробнее", "Подробнее.")):
        line = CHROME_INLINE["read_more"].sub("", line)
    return line
