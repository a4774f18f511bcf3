"""Per-language word lists the extractors read (month names, prepositions, cue words).

Each language is one module with the same names; `for_language(code)` returns it, falling back to
English so a document in an unsupported language still gets the language-neutral rules.
"""
from __future__ import annotations

from importlib import import_module
from types import ModuleType


def for_language(code: str | None) -> ModuleType:
    try:
        return import_module(f"helpers.lang.{code or 'en'}")
    except ModuleNotFoundError:
        return import_module("helpers.lang.en")
