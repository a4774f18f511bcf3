"""Russian: the words in `words.py`, `months.py`, `people.py`, `speech.py`, the patterns in `patterns.py`,
morphology in `morph.py` (pymorphy3, every analysis cached).

`language()` builds the `Language` when the registry first asks for it, so reading the month names
(ingest) opens no dictionary and compiles no pattern.
"""
import re

from helpers.lang.base import Language, namespace


def language() -> Language:
    from types import SimpleNamespace

    from helpers.extract.people.ru import find_people_ru
    from helpers.extract.quotes.ru import find_quotes_ru
    from helpers.lang.ru import months, morph, patterns, people, speech, words

    def month_number(word: str) -> int | None:
        return words.MONTHS.get(word.rstrip(".").lower())

    def is_name_start(word: str) -> bool:
        """A capitalised word that is not a sentence-opening function word («В», «Однако») nor a heading word."""
        return word[:1].isupper() and word not in words.FUNCTION_WORDS and word not in people.NOT_NAME_WORDS

    def written_name(kind: str, surface: str) -> str:
        """A place or person as the text writes it, in the nominative («в Нур-Султане» -> «Нур-Султан»,
        «МОСКВА» -> «Москва», «Натальи Кочановой» -> «Наталья Кочанова»)."""
        surface = " ".join(surface.split())
        if kind == "person":
            return morph.nominative(surface)
        # «Ростове-на-Дону» -> «Ростов-на-Дону»: in a name joined by a lower-case word only its head declines
        head, joined, tail = surface.partition(re.search(r"-[а-яё]+-|$", surface).group() or "\0")
        return re.sub(r"[^\W\d_]+", lambda m: morph.token_key(m.group()).capitalize(), head) + joined + tail

    return Language(
        code="ru",
        words=namespace(words, months),
        people=namespace(people),
        speech=namespace(speech),
        patterns=namespace(patterns),
        token_key=morph.token_key,
        month_number=month_number,
        is_name_start=is_name_start,
        role_anaphors=patterns.ROLE_ANAPHOR.finditer,
        finders=SimpleNamespace(people=find_people_ru, quotes=find_quotes_ru, written_name=written_name),
        case_forms=morph.case_forms,
        names_a_being=morph.names_a_being,
    )
