"""Quotation-mark pairing: a state machine over the marks of one document, a paragraph at a time.

No regex spans a quotation, so an unclosed mark or a megabyte line cannot make matching backtrack;
an unclosed quotation is a skipped row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.extract.quotes.speakers import Speaker, Speakers, trim
from helpers.lang import Language


@dataclass
class Span:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    start: int  # first quoted character
    end: int  # just past the last quoted character


def pair_quotations(ctx: Speakers) -> tuple[list[Span], list[dict]]:
    """Pair quotation marks with a state machine: top level only, one paragraph at a time unless the
    next paragraph reopens the quotation (the multi-paragraph convention). Unclosed ones are skipped."""
    text, spans, skipped = ctx.text, [], []
    opener = None  # (mark, offset)
    nested = 0  # straight quotes opened inside a straight-quoted quotation ("… of "the five" approved …")
    nested_close = None  # where the last nested one closed: one mark may close both ("… conference "Name", - he said")
    for m in ctx.p.MARK.finditer(text):
        mark, at = m.group(), m.start()
        if opener is None:
            if mark != "\n" and _opens(ctx.lang, text, at, mark) and not ctx.in_block(at):
                opener, nested, nested_close = (mark, at), 0, None
            continue
        if mark == opener[0] and mark in ctx.lang.speech.CONTEXT_MARKS and mark != "\n" and _opens_nested(text, at):
            nested += 1
            continue
        if nested and mark == opener[0] and _closes(ctx.lang, text, at, mark, opener[0]):
            nested, nested_close = nested - 1, at
            continue
        if mark == "\n" and nested_close is not None:  # the paragraph ends with the quotation still open:
            spans.append(Span(opener[1], nested_close, *trim(text, opener[1] + 1, nested_close)))  # the nested close was both
            opener = None
            continue
        if mark == "\n":
            next_start = at + 1
            while next_start < len(text) and text[next_start] in "\n \t":
                next_start += 1
            if text.startswith(opener[0], next_start) and (opener[0] not in ctx.lang.speech.CONTEXT_MARKS or
                                                             _ends_sentence(text, opener[1], at)):
                continue  # the next paragraph reopens the quotation: it goes on (a straight one, after a whole sentence)
            if opener[0] in ctx.lang.speech.MULTILINE_OPENERS and _closes_in_next_line(ctx.lang, text, next_start, opener[0]):
                continue  # a quotation broken over lines: the next line closes it
            if _introduced(ctx, opener[1]) and len(text[opener[1] + 1:at].split()) >= CUT_OFF_WORDS:
                spans.append(Span(opener[1], at, *trim(text, opener[1] + 1, at)))  # "X said: "… (cut off)": X's words
            else:
                skipped.append(ctx.row("direct", opener[1], at, Speaker(reason="skipped: quotation mark never closed"), None))
            opener = None
            continue
        if _closes(ctx.lang, text, at, mark, opener[0]):
            start, end = opener[1] + 1, at
            if text[start:end].strip():
                spans.append(Span(opener[1], at, *trim(text, start, end)))
            opener = None
    if opener is not None and nested_close is not None:
        spans.append(Span(opener[1], nested_close, *trim(text, opener[1] + 1, nested_close)))
    elif opener is not None:
        start, end = trim(text, opener[1] + 1, len(text))
        if len(text[start:end].split()) >= CUT_OFF_WORDS:  # the text stops inside a quotation: the words are quoted
            spans.append(Span(opener[1], len(text), start, end))
        else:
            skipped.append(ctx.row("direct", opener[1], len(text), Speaker(reason="skipped: quotation mark never closed"), None))
    return spans, skipped


CUT_OFF_WORDS = 5  # words a quotation cut off by the end of the text must have to be kept
# The word after a straight single quote, up to the next quote, space or punctuation ("n" of 'n', "90s" of '90s).
ELISION_WORD = re.compile(r"([^\W\d_]+)(?=['\s.,;:!?]|$)")
# A space and a lower-case word after "s'": "the countries' leaders", a possessive, not the end of a quotation.
PLURAL_POSSESSIVE = re.compile(r"[ \t\u00a0][a-z]")


def _opens(lang: Language, text: str, at: int, mark: str) -> bool:
    """Is this mark an opening quotation mark here? Context marks decide by their neighbours: a straight
    quote opens after a space and before a word, never after a digit (12" screen); ‘ opens before a word."""
    if mark not in lang.speech.QUOTE_PAIRS:
        return False
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if mark in getattr(lang.speech, "REVERSED_OPENERS", ""):
        return (before.isspace() or before in "([") and after.isalpha()
    if mark not in lang.speech.CONTEXT_MARKS:
        return True
    if mark == "‘":
        return (before.isspace() or before in "([“\"") and after.isalnum()
    if mark == "'":  # before a word, not a digit ('90s) nor an elision (rock 'n' roll, 'em)
        word = ELISION_WORD.match(text, at + 1)
        return (before.isspace() or before in "([“\"—–-") and after.isalpha() and \
            not (word and word.group(1).casefold() in lang.speech.ELISIONS)
    return (before.isspace() or before in "([—–-/") and not after.isspace()


def _closes(lang: Language, text: str, at: int, mark: str, opener: str) -> bool:
    """Does this mark close the open quotation? ’ before a letter is an apostrophe (don’t); a straight
    quote between a space and a word opens something rather than closing."""
    if mark not in lang.speech.QUOTE_PAIRS[opener]:
        return False
    after = text[at + 1] if at + 1 < len(text) else " "
    if opener == "‘":
        return not after.isalpha()
    if opener == "'":  # after a word, before no word; "the countries' leaders" is a plural's possessive
        return not text[at - 1].isspace() and not after.isalnum() and \
            not (text[at - 1] == "s" and PLURAL_POSSESSIVE.match(text, at + 1))
    if opener in lang.speech.CONTEXT_MARKS:
        return not (text[at - 1].isspace() and after.isalnum())
    if mark in lang.speech.CONTEXT_MARKS:  # “…," opened curly, closed straight: after a word, before no word
        return not text[at - 1].isspace() and not after.isalnum()
    return True


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end with a sentence's end, the way a paragraph of a quotation that goes on does?"""
    return text[start:end].rstrip()[-1:] in (".", "!", "?", "…")


def _introduced(ctx: Speakers, opener: int) -> bool:
    """Is the quotation introduced by a speech verb and a colon ("X said: “…", "X, SAYING: "…")? Its words run to
    the end of the paragraph even when the closing mark is lost (a summary cut off by its source)."""
    colon_cue = getattr(ctx.p, "COLON_CUE", None)  # a language without the pattern (Russian) skips every unclosed one
    line_start = ctx.text.rfind("\n", max(0, opener - 200), opener) + 1 or max(0, opener - 200)
    return colon_cue is not None and colon_cue.search(ctx.text, line_start, opener) is not None


def _opens_nested(text: str, at: int) -> bool:
    """A straight quote between a space and a word inside a straight-quoted quotation opens a nested one."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return before in " \t\u00a0(" and after.isalnum()


def _closes_in_next_line(lang: Language, text: str, start: int, opener: str) -> bool:
    """Does the line at `start` close the open quotation before opening another one?"""
    end = text.find("\n", start)
    line = text[start:(len(text) if end < 0 else end)]
    closer = min((i for i in (line.find(c) for c in lang.speech.QUOTE_PAIRS[opener]) if i >= 0), default=-1)
    return closer >= 0 and opener not in line[:closer]
