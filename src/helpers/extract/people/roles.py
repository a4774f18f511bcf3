"""Role phrases around a name ("First Deputy Prime Minister of Belarus Alexander Turchin", "Xu Yu, Director of …")
and the office they name, which a later "the minister" links back to."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from helpers.lang import Language


# A word: letters, with inner hyphens or apostrophes ("Kassym-Jomart", "People's", "Tokayev’s").
WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")
# The same words for `Words`, read without backtracking (possessive: a word ends where its letters end, nothing
# given back), which the regex engine does faster: one split of every document is the name finder's largest cost.
_WORD_SPLIT = re.compile(r"([^\W\d_]++(?:[’'\-][^\W\d_]++)*+)")


class Words:
    """The `WORD`s of a text: `tokens[i]` the word, `starts[i]`/`ends[i]` its span, `gaps[i]` the text before it
    (`gaps[i + 1]` lies between words i and i + 1). Found by one split of the text and summed lengths: a list
    of match objects, one per word of the document, cost the name finder more than reading its runs."""

    __slots__ = ("tokens", "starts", "ends", "gaps")

    def __init__(self, text: str):
        parts = _WORD_SPLIT.split(text)  # gap, word, gap, word, …, gap
        offsets = list(accumulate(map(len, parts)))
        self.tokens, self.gaps = parts[1::2], parts[0::2]
        self.starts, self.ends = offsets[0::2], offsets[1::2]

    def __len__(self) -> int:
        return len(self.tokens)


# Gaps a role phrase may run across: spaces, commas, parentheses, a possessive apostrophe.
ROLE_GAP = re.compile(r"[ \t\u00a0,()’']*")




MAX_ROLE_WORDS = 25


@lru_cache(maxsize=16384)
def role_class(role: str | None, lang: Language) -> tuple[str, bool] | None:
    """The kind of office a role phrase names, and whether it is a deputy's.

    "Deputy Minister of Industry of Belarus" -> ("minister", True); "the head of the Ministry of …" ->
    ("minister", False): a ministry's head is its minister. The head noun is the last role noun before "of".
    Kept per phrase: the quote finders ask it of every phrase before a cue, and role phrases recur.
    """
    if not role:
        return None
    words = [w.casefold() for w in WORD.findall(role)]
    head_words = words[: words.index("of")] if "of" in words else words
    head = next((w for w in reversed(head_words) if w in lang.people.ROLE_CLASSES), None)
    if head is None:
        return None
    kind = lang.people.ROLE_CLASSES[head]
    deputy = any(w in lang.people.DEPUTY_WORDS for w in head_words[: head_words.index(head)]) or head == "deputy"
    if kind == "head" and "of" in words:
        governed = words[words.index("of") + 1:]
        governed = [w for w in governed if w != "the"][:1]
        if governed and governed[0] in lang.people.HEAD_OF_MINISTRY:
            kind = "minister"
    if kind == "minister" and "prime" in head_words:
        kind = "prime minister"
    if kind == "deputy":  # "Deputy Minister": the deputy's office is the noun after it
        following = next((lang.people.ROLE_CLASSES[w] for w in head_words[head_words.index(head) + 1:]
                          if w in lang.people.ROLE_CLASSES), None)
        kind = following or "deputy"
    return kind, deputy




def role_after(lang: Language, text: str, end: int) -> str | None:
    """The role in an apposition after a name, when it opens with a role noun."""
    m = lang.patterns.APPOSITION.match(text, end)
    if not m:
        return None
    head = m.group(2).casefold()
    first_words = [w.casefold() for w in WORD.findall(m.group(1))[:3]]
    if not any(w in lang.people.ROLE_CLASSES for w in first_words) and head not in lang.people.ROLE_CLASSES:
        return None
    role = m.group(1)
    words = WORD.findall(role)
    if len(words) >= 2 and words[1] in lang.speech.SPEECH_VERB_SET:
        return None  # "…, Southeast Asia, the official added.": the role speaks, it is no apposition of the name
    role = re.split(r",\s+(?=[a-z])|\s+(?:said|says|noted|met|and\s+the)\b", role)[0]
    return " ".join(role.split()).rstrip(" ,") or None


def _conjoined_roles(lang: Language, tokens: list[str], i: int) -> bool:
    """Does the "and" at tokens[i] join two role nouns ("President and Chairman of …": one person's two roles)?"""
    return i > 0 and tokens[i - 1].casefold() in lang.people.ROLE_CLASSES and tokens[i + 1].casefold() in lang.people.ROLE_CLASSES


def role_before(lang: Language, text: str, words: Words, k: int) -> tuple[int, int] | None:
    """The role phrase right before a name ("First Deputy Prime Minister of Belarus"): walk back over
    capitalised words, role and organisation nouns and connectors; the role starts at its first role noun.
    `words` are the text's `Words`, the name starts at word k."""
    tokens = words.tokens
    i = k - 1
    leftmost_role = None
    while i >= 0 and k - i <= MAX_ROLE_WORDS:
        if words.gaps[i + 1] != " " and not ROLE_GAP.fullmatch(words.gaps[i + 1]):  # one space, the usual gap, read without the regex
            break
        word = tokens[i]
        low = word.casefold()
        if low == "and" and not _conjoined_roles(lang, tokens, i) and (
                leftmost_role is not None or tokens[i + 1].casefold() in lang.people.ROLE_CLASSES or tokens[i + 1] == "the"):
            break  # "… Mayor X and Beijing Mayor Y", "… and the mayor of …": a second person's role begins here
        if not (word[0].isupper() or low in lang.people.ROLE_CONNECTORS or low in lang.people.ROLE_CLASSES or low in lang.people.ORG_NOUNS
                or low in lang.people.DEPUTY_WORDS):
            break
        if low in lang.people.ROLE_CLASSES:
            leftmost_role = i
        i -= 1
    if leftmost_role is None:
        return None
    first = leftmost_role
    while first - 1 > i and tokens[first - 1][0].isupper() and tokens[first - 1] not in lang.people.FUNCTION_WORDS:
        first -= 1
    last = k - 1
    if tokens[last] in ("of", "the"):
        return None  # "Acting Governor of the Khanty-Mansi Okrug": what follows "of the" is the office's domain, not its holder
    while last > first and tokens[last].casefold() in lang.people.ROLE_CONNECTORS:
        last -= 1
    end = words.ends[last]
    if text[end:words.starts[k]].strip().startswith(")"):  # keep "(PRC)" whole
        end = text.index(")", end) + 1
    return words.starts[first], end






def adjectival(lang: Language, text: str, end: int) -> bool:
    m = lang.patterns.NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1)
    return not (word in lang.speech.SPEECH_VERB_SET or word in lang.people.AFTER_ROLE_WORDS or word.endswith(("ed", "s")))
