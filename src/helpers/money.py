"""Money amounts: "₽2,5 billion" = 2.5e9 RUB, "$227 billion", "USD 5 million", "5 million dollars".

The scan looks for currency markers (symbols, ISO codes, currency words), which are rare, and then
reads the number next to each marker inside a short window. So a text of digits and no currency
costs one pass, and no pattern can backtrack across a long run of digits. Percentages and counts
have no currency marker and are never amounts.
"""
from __future__ import annotations

import re

from helpers.lang import for_language

WINDOW = 40  # characters around a marker where its number may sit
# A number as written: "227", "2,5", "1,500,000", "1 500 000", "3.4".
_NUMBER = r"\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_PATTERNS: dict[str, tuple] = {}


def _patterns(lang):
    """Marker, number-after and number-before patterns of a language, compiled once."""
    if lang.__name__ not in _PATTERNS:
        scale = "|".join(sorted(map(re.escape, lang.SCALE_WORDS), key=len, reverse=True))
        symbols = "|".join(map(re.escape, lang.CURRENCY_SYMBOLS))
        codes = "|".join(sorted({c for c in lang.CURRENCY_WORDS.values()}))
        words = "|".join(sorted((re.escape(w) for w in lang.CURRENCY_WORDS if not w.isupper()), key=len, reverse=True))
        marker = re.compile(
            rf"(?P<symbol>US\$|{symbols})"  # $5 million, US$5, ₽2,5 billion
            rf"|(?<![\w$])(?P<code>{codes})(?=[ \u00a0]?\d)"  # USD 5 million
            rf"|(?<![\w$])(?P<word>(?:US[ \u00a0]+)?(?i:{words}))(?!\w)"  # 5 million dollars
        )
        after = re.compile(rf"[ \u00a0]?(?P<number>{_NUMBER})(?:[ \u00a0]?(?P<scale>(?i:{scale}))(?!\w))?")
        before = re.compile(rf"(?<![\d.,])(?P<number>{_NUMBER})(?:[ \u00a0]?(?P<scale>(?i:{scale})))?[ \u00a0]+$")
        qualifier = re.compile(
            r"(?i)(?<!\w)(?P<q>" + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in lang.AMOUNT_QUALIFIERS) + r")\s+$"
        )
        _PATTERNS[lang.__name__] = (marker, after, before, qualifier)
    return _PATTERNS[lang.__name__]


def find_amounts(text: str, *, offset: int = 0, language: str = "en") -> list[dict]:
    """Amounts in `text` with value, ISO 4217 currency and qualifier; offsets are shifted by `offset`.

    The span excludes a qualifier ("more than $100 million" gives "$100 million", qualifier
    "more than"), as the gold writes amounts.
    """
    lang = for_language(language)
    marker_re, after_re, before_re, qualifier_re = _patterns(lang)
    rows = []
    taken_until = 0
    for marker in marker_re.finditer(text):
        if marker.start() < taken_until:
            continue
        if marker["word"]:
            window_start = max(taken_until, marker.start() - WINDOW)
            number = before_re.search(text, window_start, marker.start())
            if not number:
                continue
            start, end = number.start(), marker.end()
            currency = lang.CURRENCY_WORDS[marker["word"].split()[-1].casefold()]
        else:
            number = after_re.match(text, marker.end(), marker.end() + WINDOW)
            if not number:
                continue
            start, end = marker.start(), number.end()
            symbol = marker["symbol"] or marker["code"]
            currency = lang.CURRENCY_SYMBOLS.get(symbol.removeprefix("US"), symbol) if marker["symbol"] else symbol
            if marker["symbol"] == "US$":
                currency = "USD"
        value = _number(number["number"]) * (lang.SCALE_WORDS[number["scale"].casefold()] if number["scale"] else 1)
        qualifier = qualifier_re.search(text, max(0, start - WINDOW), start)
        rows.append({
            "text": text[start:end],
            "value": value,
            "currency": currency,
            "qualifier": " ".join(qualifier["q"].casefold().split()) if qualifier else "",
            "start": start + offset,
            "end": end + offset,
        })
        taken_until = end
    return rows


def _number(written: str) -> float:
    """The value of a written number; a lone comma before one or two digits is a decimal comma ("2,5")."""
    digits = written.replace("\u00a0", " ")
    if " " in digits:
        digits = digits.replace(" ", "")
    separators = [c for c in digits if c in ",."]
    if not separators:
        return float(digits)
    last = max(digits.rfind(","), digits.rfind("."))
    if len(set(separators)) == 2:  # "1,234.5" or "1.234,5": the last separator is the decimal one
        return float(digits[:last].replace(",", "").replace(".", "") + "." + digits[last + 1 :])
    if len(separators) == 1 and len(digits) - last - 1 != 3:  # "2,5", "3.4"
        return float(digits.replace(",", "."))
    return float(digits.replace(",", "").replace(".", ""))  # "1,500,000", "1.000"
