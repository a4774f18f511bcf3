"""The registry of languages: `get(code)` returns the `Language` of a folder `helpers/lang/<code>/`.

A language without resources is an explicit outcome (`UnsupportedLanguage`), never English in disguise:
the extraction records its documents as skipped with the reason. `helpers.lang.base` documents what a
language folder provides.
"""
from __future__ import annotations

from functools import cache
from importlib import import_module
from importlib.util import find_spec

from helpers.lang.base import Language


class UnsupportedLanguage(LookupError):
    """No resources for a language code (no `helpers/lang/<code>/` defining `language()`)."""

    def __init__(self, code: str | None):
        super().__init__(f"no resources for language {code or 'unknown'}")
        self.code = code


@cache
def get(code: str | None) -> Language:
    if not code or not code.isidentifier():
        raise UnsupportedLanguage(code)
    try:
        module = import_module(f"helpers.lang.{code}")
    except ModuleNotFoundError as error:
        if error.name not in (f"helpers.lang.{code}",):
            raise
        raise UnsupportedLanguage(code) from None
    build = getattr(module, "language", None)
    if build is None:  # a folder with month names only (ingest reads them) has no extraction resources
        raise UnsupportedLanguage(code)
    language = build()
    if not isinstance(language, Language) or language.code != code:
        raise TypeError(f"helpers.lang.{code}.language() must return the Language of {code!r}")
    return language


def month_names(codes: tuple[str, ...] = ("en", "ru", "fr")) -> dict[str, list[str]]:
    """Month names (or stems covering their cases), January first, of every language folder having them.

    Ingest reads a standalone date line in any of these, whether or not the language has extraction rules
    (French pages print their stamp in French over an English text), and the date extractor reads a full
    date written in another language's months.
    """
    found = {}
    for code in codes:
        if find_spec(f"helpers.lang.{code}") and find_spec(f"helpers.lang.{code}.months"):
            found[code] = list(import_module(f"helpers.lang.{code}.months").MONTH_NAMES)
    return found
