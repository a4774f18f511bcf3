"""The language registry and the English Language value: words, patterns built once, grammar hooks."""
import pickle

import pytest

from helpers import lang
from helpers.lang.base import Language


@pytest.fixture(scope="module")
def en() -> Language:
    return lang.get("en")


def test_the_registry_returns_one_value_per_language(en):
    assert lang.get("en") is en and en.code == "en"
    assert pickle.loads(pickle.dumps(en)) is en  # a worker process gets its own registry's value


@pytest.mark.parametrize("word, month", [("March", 3), ("sept.", 9), ("Dec", 12), ("MAY", 5), ("Monday", None), ("", None)])
def test_month_number_reads_every_written_form(en, word, month):
    assert en.month_number(word) == month


@pytest.mark.parametrize("word, starts", [("Ivan", True), ("Kassym-Jomart", True), ("The", False), ("According", False),
                                          ("ivan", False), ("", False)])
def test_is_name_start(en, word, starts):
    assert en.is_name_start(word) is starts


@pytest.mark.parametrize("text, phrase", [
    ("Later the minister said more.", "the minister"),
    ("The Deputy Minister of Industry of Belarus arrived.", "The Deputy Minister of Industry of Belarus"),
    ("He met the Russian president in May.", "the Russian president"),
])
def test_role_anaphors_find_a_role_referring_back(en, text, phrase):
    assert [m.group() for m in en.role_anaphors(text)] == [phrase]


def test_a_role_noun_without_the_article_is_no_anaphor(en):
    assert list(en.role_anaphors("Minister Ivan Petrov and a minister spoke.")) == []


def test_month_names_of_every_language_folder_start_with_january():
    names = lang.month_names()
    assert names["en"][0] == "january" and names["ru"][0] == "январ"
    assert all(len(months) == 12 for months in names.values())


def test_a_folder_with_months_only_is_not_a_language(monkeypatch):
    import sys
    import types

    monkeypatch.setitem(sys.modules, "helpers.lang.zz", types.ModuleType("helpers.lang.zz"))  # no language()
    with pytest.raises(lang.UnsupportedLanguage, match="no resources for language zz"):
        lang.get("zz")


def test_russian_is_a_language_with_its_own_hooks():
    ru = lang.get("ru")
    assert ru.code == "ru" and ru.token_key("России") == ru.token_key("Россия")
    assert ru.month_number("июня") == 6 and ru.month_number("сен") == 9 and ru.month_number("Москва") is None
    assert ru.is_name_start("Путин") and not ru.is_name_start("Однако") and not ru.is_name_start("путин")
    assert [m.group("noun") for m in ru.role_anaphors("— сказал министр.")] == ["министр"]
