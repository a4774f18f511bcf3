"""Role phrases around a name ("First Deputy Prime Minister of Belarus Alexander Turchin", "Xu Yu, Director of …")
and the office they name, which a later "the minister" links back to."""
from __future__ import annotations

import re

from helpers.lang import Language


# A word: letters, with inner hyphens or apostrophes ("Kassym-Jomart", "People's", "Tokayev’s").
WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")


# Gaps a role phrase may run across: spaces, commas, parentheses, a possessive apostrophe.
ROLE_GAP = re.compile(r"[ \t\u00a0,()’']*")




MAX_ROLE_WORDS = 25


def role_class(role: str | None, lang: Language) -> tuple[str, bool] | None:
    """The kind of office a role phrase names, and whether it is a deputy's.

    "Deputy Minister of Industry of Belarus" -> ("minister", True); "the head of the Ministry of …" ->
    ("minister", False): a ministry's head is its minister. The head noun is the last role noun before "of".
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


def role_before(lang: Language, text: str, words: list[re.Match], k: int) -> tuple[int, int] | None:
    """The role phrase right before a name ("First Deputy Prime Minister of Belarus"): walk back over
    capitalised words, role and organisation nouns and connectors; the role starts at its first role noun.
    `words` are the text's `WORD` matches (`words[i][0]` the word), the name starts at `words[k]`."""
    i = k - 1
    leftmost_role = None
    while i >= 0 and k - i <= MAX_ROLE_WORDS:
        if not ROLE_GAP.fullmatch(text, words[i].end(), words[i + 1].start()):
            break
        word = words[i][0]
        low = word.casefold()
        conjoined = i > 0 and words[i - 1][0].casefold() in lang.people.ROLE_CLASSES and \
            words[i + 1][0].casefold() in lang.people.ROLE_CLASSES  # "President and Chairman of …": one person's two roles
        if low == "and" and not conjoined and (leftmost_role is not None or words[i + 1][0].casefold() in lang.people.ROLE_CLASSES
                                               or words[i + 1][0] == "the"):
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
    while first - 1 > i and words[first - 1][0][0].isupper() and words[first - 1][0] not in lang.people.FUNCTION_WORDS:
        first -= 1
    last = k - 1
    if words[last][0] in ("of", "the"):
        return None  # "Acting Governor of the Khanty-Mansi Okrug": what follows "of the" is the office's domain, not its holder
    while last > first and words[last][0].casefold() in lang.people.ROLE_CONNECTORS:
        last -= 1
    end = words[last].end()
    if text[end:words[k].start()].strip().startswith(")"):  # keep "(PRC)" whole
        end = text.index(")", end) + 1
    return words[first].start(), end






def adjectival(lang: Language, text: str, end: int) -> bool:
    m = lang.patterns.NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1)
    return not (word in lang.speech.SPEECH_VERB_SET or word in lang.people.AFTER_ROLE_WORDS or word.endswith(("ed", "s")))
