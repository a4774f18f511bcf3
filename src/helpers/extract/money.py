"""Money amounts: "₽2,5 billion" = 2.5e9 RUB, "$227 billion", "USD 5 million", "5 million dollars".

The scan visits numbers (every amount has one) and reads a currency marker just before the number
(a symbol or ISO code) or just after it and its scale word (a currency word), each inside a short
window, so a long text costs one pass and no pattern can backtrack across it. Percentages and
counts have no currency marker and are never amounts.
"""
from __future__ import annotations

import re

from helpers.lang import Language

WINDOW = 40  # characters before an amount searched for a qualifier ("more than")
# A number as written: "227", "2,5", "1,500,000", "1 500 000", "3.4".
# It opens with a bare digit (the look-behind comes second) so the engine can skip to digits quickly.
NUMBER_RE = re.compile(r"\d(?<![\d.,]\d)(?:\d{0,2}(?:[,.\u00a0 ]\d{3})+(?:[.,]\d+)?|\d*(?:[.,]\d+)?)")
_PATTERNS: dict[str, tuple] = {}


def _patterns(lang):
    """Prefix-marker, suffix and qualifier patterns of a language, compiled once."""
    if lang.code not in _PATTERNS:
        scale = "|".join(sorted(map(re.escape, lang.words.SCALE_WORDS), key=len, reverse=True))
        symbols = "|".join(map(re.escape, lang.words.CURRENCY_SYMBOLS))
        codes = "|".join(sorted(set(lang.words.CURRENCY_WORDS.values())))
        words = "|".join(sorted((re.escape(w) for w in lang.words.CURRENCY_WORDS if not w.isupper()), key=len, reverse=True))
        # "$", "US$", "₽", "USD " right before the number
        prefix = re.compile(rf"(?:(?P<symbol>US\$|{symbols})|(?<![\w$])(?P<code>{codes}))[ \u00a0]?$")
        # " billion", " million dollars", " bn US dollars" right after the number
        suffix = re.compile(
            rf"(?:[ \u00a0]?(?P<scale>(?i:{scale}))(?!\w))?"
            rf"(?:[ \u00a0]+(?P<word>(?:US[ \u00a0]+)?(?i:{words}))(?!\w))?"
        )
        qualifier = re.compile(
            r"(?i)(?<!\w)(?P<q>" + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in lang.words.AMOUNT_QUALIFIERS) + r")\s+$"
        )
        _PATTERNS[lang.code] = (prefix, suffix, qualifier)
    return _PATTERNS[lang.code]


def find_amounts(text: str, lang: Language, *, offset: int = 0) -> list[dict]:
    """Amounts in `text` with value, ISO 4217 currency and qualifier; offsets are shifted by `offset`.

    The span excludes a qualifier ("more than $100 million" gives "$100 million", qualifier
    "more than"), as the gold writes amounts.
    """
    prefix_re, suffix_re, qualifier_re = _patterns(lang)
    rows = []
    for number in NUMBER_RE.finditer(text):
        before = text[max(0, number.start() - 2) : number.start()].rstrip(" \u00a0")[-1:]
        marker = prefix_re.search(text, max(0, number.start() - 5), number.start()) if before and not before.isspace() and not before.islower() and not before.isdigit() else None
        tail = suffix_re.match(text, number.end())
        if marker:
            start, end = marker.start(), tail.end("scale") if tail["scale"] else number.end()
            symbol = marker["symbol"]
            currency = "USD" if symbol == "US$" else lang.words.CURRENCY_SYMBOLS[symbol] if symbol else marker["code"]
        elif tail["word"]:
            start, end = number.start(), tail.end()
            currency = lang.words.CURRENCY_WORDS[tail["word"].split()[-1].casefold()]
        else:
            continue
        scale = lang.words.SCALE_WORDS[tail["scale"].casefold()] if tail["scale"] else 1
        qualifier = qualifier_re.search(text, max(0, start - WINDOW), start)
        rows.append({
            "text": text[start:end],
            "value": _number(number.group()) * scale,
            "currency": currency,
            "qualifier": " ".join(qualifier["q"].casefold().split()) if qualifier else "",
            "start": start + offset,
            "end": end + offset,
        })
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
