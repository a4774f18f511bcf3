"""A language as one value: its words, its patterns compiled once, and the few grammar hooks rules need.

Every extraction stage receives the document's `Language` and reads words and patterns from it, never
from a module import, so adding a language is adding a folder `helpers/lang/<code>/` with the same
file names as `helpers/lang/en/`:

- `words.py`    word lists of mentions, dates, money and events (VENUE_WORDS, ACTOR_VERBS, CURRENCY_WORDS,
                OCCASION_NOUNS, DATE_QUALIFIERS, ...) and MONTHS (every written form -> month number)
- `months.py`   MONTH_NAMES: month names (or stems covering their cases) January first; ingest reads
                standalone date lines with them, so this file may exist before the rest of the language
- `people.py`   ROLE_CLASSES, ROLE_MODIFIERS, HONORIFICS, PRONOUNS, NOT_NAME_WORDS, first names, surname endings
- `speech.py`   QUOTE_PAIRS, SPEECH_VERBS, PHRASE_CUES, STANCE_NOUNS, SPEAKING_BODIES, NEWS_OUTLETS, ...
- `patterns.py` the compiled patterns whose shape is grammar, not a word list ("according to X", "the
                <role>", "X said that"), built from the folder's word lists when the language is first asked for
- `__init__.py` `language() -> Language`, building the value with the hooks below (called once, by
                `helpers.lang.get`, so importing the folder for its months compiles nothing)

Hooks (grammar that differs between languages, not only words):
- `token_key(word)`: the key a word is looked up by (English: casefold; Russian: a stem, so "России"
  finds "Россия").
- `month_number(word)`: the month a written form names, in any case ("March", "марта"), else None.
- `is_name_start(word)`: whether a word can open a personal name (English: capitalised, not a
  sentence-opening function word).
- `role_anaphors(text)`: the phrases by which a role refers back to a person named before ("the
  minister"; Russian has no article, so its rule is different, not only its words).
- `finders`: a stage's finder (by stage name: `people`, `quotes`) for a language whose grammar the shared
  rules cannot read with its words alone (Russian inflects names and inverts attributions); a stage
  without one runs the shared rules.
The English stages read the remaining attributes of `words`, `people` and `speech` by the names of the
English files; a new language provides the same names (an empty collection where a rule does not apply).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import ModuleType, SimpleNamespace


@dataclass(frozen=True, eq=False)
class Language:
    code: str
    words: SimpleNamespace
    people: SimpleNamespace
    speech: SimpleNamespace
    patterns: SimpleNamespace
    token_key: Callable[[str], str]
    month_number: Callable[[str], int | None]
    is_name_start: Callable[[str], bool]
    role_anaphors: Callable[[str], Iterator[re.Match]]
    finders: SimpleNamespace = field(default_factory=SimpleNamespace)
    # A name's other case forms as the language declines unknown words («Шэньчжэнь» -> «Шэньчжэне», …), so a
    # place the dictionary does not know is found in every case; None where names do not inflect (English).
    case_forms: Callable[[str], Iterable[str]] | None = None
    # Whether a word is likeliest a being, a bird or a surname («Орёл», «Королёв»): a city of that name is a
    # place only after a venue word; None where no morphology tells (English).
    names_a_being: Callable[[str], bool] | None = None

    def __reduce__(self):
        """Pickled by its code: a worker process gets the same language from its own registry."""
        from helpers.lang import get

        return get, (self.code,)

    def __repr__(self) -> str:
        return f"Language({self.code!r})"


def namespace(*modules: ModuleType) -> SimpleNamespace:
    """The upper-case names of word-list modules as one read-only-by-convention namespace."""
    return SimpleNamespace(**{k: v for m in modules for k, v in vars(m).items() if k.isupper()})
