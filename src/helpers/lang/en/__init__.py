"""English: the words in `words.py`, `months.py`, `people.py`, `speech.py`, the patterns in `patterns.py`.

`language()` builds the `Language` when the registry first asks for it, so reading the month names
(ingest) compiles no extraction pattern.
"""
from helpers.lang.base import Language, namespace


def language() -> Language:
    from helpers.lang.en import months, patterns, people, speech, words

    def month_number(word: str) -> int | None:
        return months.MONTHS.get(word.rstrip(".").casefold())

    def is_name_start(word: str) -> bool:
        """A capitalised word that is not a sentence-opening function word ("The", "According")."""
        return word[:1].isupper() and word not in people.NOT_NAME_WORDS

    return Language(
        code="en",
        words=namespace(words, months),
        people=namespace(people),
        speech=namespace(speech),
        patterns=namespace(patterns),
        token_key=str.casefold,
        month_number=month_number,
        is_name_start=is_name_start,
        role_anaphors=patterns.DEFINITE_ROLE.finditer,
    )
