"""Reference data: countries, places, blocs, historical states, regions and topics.

The files in `data/reference/` are small and human-edited, except `countries.csv`, which is
generated from pycountry (`python -m helpers.reference regenerate`) so ISO codes and official names
are never typed in. `load_reference()` reads them once and builds one token dictionary of every
name, so finding names in a text is a dictionary lookup per capitalised word (linear time, no
regular-expression alternation to backtrack over).
"""
from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from retrie.trie import Trie

from helpers.paths import REFERENCE

# A word: letters and digits ("Kazakhstan", "U" and "S" of "U.S.", "5G").
WORD_RE = re.compile(r"[^\W_]+")


def _upper_case_class() -> str:
    """A regex class of every upper-case letter of the Basic Multilingual Plane (Latin, Cyrillic, Greek, ...)."""
    ranges, start, previous = [], None, None
    for code in range(0x10000):
        if chr(code).isupper():
            if previous is not None and code == previous + 1:
                previous = code
                continue
            if start is not None:
                ranges.append((start, previous))
            start = previous = code
    ranges.append((start, previous))
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]"


_UPPER = _upper_case_class()
# A capitalised word in any script, where every reference name starts ("Russia", "Côte", "MOGILEV", "Россия").
# The capital letter comes first so the engine skips quickly to candidates; the look-behind then checks
# that it starts a word ("iPhone" has none).
CAPITALISED_RE = re.compile(_UPPER + r"(?<![^\W_]" + _UPPER + r")[^\W_]*")
# What may separate two words of one name: a space or line break, a hyphen, an apostrophe, a dot
# ("Guinea-Bissau", "Côte d'Ivoire", "U.S.A", "Eurasian\nEconomic Union").
NAME_GAP_RE = re.compile(r"[\s\-'’.]{1,3}")
# How many first letters of a word an inflecting language compares before keying it (`StemStarts`): as many as
# every case of the reference names and topic keywords keeps («японец» -> «японца»; tests/test_reference.py).
STEM_LETTERS = 4
# How many letters a case ending may add to the dictionary form of a name or keyword («Чад» -> «Чадами»).
ENDING_GROWTH = 3


class ReferenceDataError(ValueError):
    """A reference row the name matcher cannot use; the message names the file, the line and the reason."""


REGION = "region"  # the `code` of a place that is a sub-national region ("Tatarstan", "British Columbia")


@dataclass(frozen=True)
class Entry:
    """What a name stands for."""

    kind: str  # country | place | bloc | historical | region
    entity: str  # display name: "Russia", "Moscow", "Eurasian Economic Union"
    iso3: str | None  # the country (of a place: its country); None for blocs and regions
    via: str  # name | alias | adjective | capital | city
    words: tuple[str, ...]  # the name's words as written, to check case
    guard: str = ""  # person | us_state | caps_word | venue | not_before:w1|w2
    code: str | None = None  # bloc key, historical ISO 3166-3 code, or REGION for a sub-national region
    written: str = ""  # the name as the list spells it («Шэньчжэнь», «Московская область»)


class StemStarts:
    """How a set of words begin, to tell cheaply which written words may be one of them in some case.

    An inflecting language changes a word's ending, not its start («России», «Уфе», «цифровых» begin as
    «Россия», «Уфа», «цифровой» do), so a word whose first letters start none of the words cannot key to
    one, and is not sent to morphology. `STEM_LETTERS` letters are compared, and never the last two of a
    word, where its ending may begin («умный» -> «умн», so «умная» passes; «Уфа» -> «Уф», so «Уфе» does).
    A shorter start comes from a short word, whose forms are at most `ENDING_GROWTH` letters longer
    («Чад» -> «Чадами»), so a long word sharing only its first two or three letters («Информационный»
    beside «Иран») is not sent either.
    """

    def __init__(self, words):
        self._longest: dict[str, int] = {}  # start -> the longest word with it
        for word in words:
            start = _stem_start(word)
            self._longest[start] = max(self._longest.get(start, 0), len(word))
        self.admits = lru_cache(maxsize=200_000)(self._admits)  # per written form: forms repeat across a corpus

    def _admits(self, word: str) -> bool:
        start = word[:STEM_LETTERS].casefold().replace("ё", "е")
        longest = self._longest
        if start in longest:
            return True
        shortest_source = len(word) - ENDING_GROWTH
        return any(start[:n] in longest and longest[start[:n]] >= shortest_source for n in (3, 2))


def _stem_start(word: str) -> str:
    plain = word.casefold().replace("ё", "е")
    if word.isupper() and len(word) > 1:  # an abbreviation does not inflect («КНР», «ЕАЭС»)
        return plain[:STEM_LETTERS]
    return plain[: min(STEM_LETTERS, max(2, len(plain) - 2))]


@dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    entry: Entry


COUNTRY_PHRASES_KEPT = 100_000  # phrases whose country `Reference.country_in` keeps (a few MB)


class Reference:
    """All reference lists, plus the name dictionary built from them."""

    def __init__(self, countries, variants, cities, blocs, historical, regions, topics, *, key=str.casefold,
                 case_forms=None):
        # How a written word is looked up: casefolded (English), or a stem so any case finds the row (Russian)
        self.key = key
        # A place name's other case forms (`Language.case_forms`), keyed too: the dictionary may read an
        # unknown foreign name's oblique form as another word («Шэньчжэне» -> «шэньчжэн»)
        self.case_forms = case_forms
        self.lower_case_words: set[str] = set()  # keys of names written in lower case (Russian adjectives)
        self.country_names: dict[str, str] = {}  # iso3 -> display name
        self.official_names: dict[str, str] = {}
        self.blocs: dict[str, tuple[str, tuple[str, ...]]] = {}  # key -> (name, members)
        self.historical: dict[str, str] = {}  # code -> name
        self._country_of_phrase: dict[str, str | None] = {}  # `country_in` of phrases seen: names recur across documents
        self.topics: dict[str, tuple[str, ...]] = {}
        self._names: dict[tuple[str, ...], Entry] = {}  # casefolded words -> entry
        self._prefixes: set[tuple[str, ...]] = set()  # proper prefixes of names: where a longer name may continue
        self._load(countries, variants, cities, blocs, historical, regions, topics)
        # the first word of every name: a capitalised word that is none opens no name, so it is not looked up
        self._first_keys = {key[0] for key in self._names}
        # Topic keywords: single casefolded words, multi-word phrases (" e commerce "), and acronyms
        # ("AI", "5G") that match only as written.
        self._acronyms: dict[str, str] = {}
        self._topic_words: dict[str, str] = {}
        self._topic_phrases: dict[str, dict[str, str]] = {}  # first word -> {" e commerce ": topic}
        for topic, keywords in self.topics.items():
            for keyword in keywords:
                words = WORD_RE.findall(keyword)
                if keyword.isupper() and len(words) == 1:
                    self._acronyms.setdefault(keyword, topic)
                elif len(words) == 1:
                    self._topic_words.setdefault(self.key(words[0]), topic)
                else:
                    phrase = " " + " ".join(map(self.key, words)) + " "
                    self._topic_phrases.setdefault(self.key(words[0]), {}).setdefault(phrase, topic)
        self._topic_starts = StemStarts(word for topic_keywords in self.topics.values() for keyword in topic_keywords
                                        for word in WORD_RE.findall(keyword))
        # Literal alternatives only, so the engine scans fast; word boundaries are checked per hit.
        self._acronym_re = re.compile("|".join(map(re.escape, sorted(self._acronyms, key=len, reverse=True))) or "(?!)")
        # Casefolded keywords are found by one scan for the first words of all of them, a phrase's other words
        # then matched right after its first ("e-commerce", "E commerce"), instead of splitting the text into words.
        firsts = self._topic_words.keys() | self._topic_phrases.keys() if key is str.casefold else ()
        self._topic_first_re = re.compile(rf"(?<![^\W_])(?:{Trie(*firsts).pattern()})(?![^\W_])" if firsts else "(?!)")
        self._topic_phrase_rest = {
            first: [(re.compile("".join(r"[\W_]+" + re.escape(w) for w in phrase.split()[1:]) + r"(?![^\W_])"), topic)
                    for phrase, topic in phrases.items()]
            for first, phrases in self._topic_phrases.items() if key is str.casefold}

    # -- building ------------------------------------------------------------------------------
    def _add(self, text: str, entry_kind: str, entity: str, iso3: str | None, via: str, guard: str = "", code=None,
             *, where: str = ""):
        words = tuple(WORD_RE.findall(text))
        if not words:
            raise ReferenceDataError(f"{where}: {text!r} has no word to match")
        if not CAPITALISED_RE.fullmatch(words[0]) and self.key is str.casefold:
            raise ReferenceDataError(f"{where}: {text!r} does not start with a capital letter; only capitalised words"
                                     " are looked up in a text, so it could never be matched")
        key = tuple(self.key(w) for w in words)
        if not CAPITALISED_RE.fullmatch(words[0]):
            self.lower_case_words.add(key[0])
        self._names[key] = Entry(entry_kind, entity, iso3, via, words, guard, code, text)
        self._prefixes.update(key[:n] for n in range(1, len(key)))

    def _add_case_forms(self):
        """Key the places' names with their last word in the case forms of its regular paradigm as well, below
        every name the lists give (a form that keys like another name stays that name)."""
        places = [(key, entry) for key, entry in self._names.items() if entry.kind == "place"]
        for key, entry in places:
            for form in self.case_forms(entry.words[-1]):
                self._names.setdefault((*key[:-1], self.key(form)), entry)

    def spelling(self, surface: str) -> str | None:
        """The name as the list spells it, for a name written in any case («в Шэньчжэне» -> «Шэньчжэнь»); «ё»
        only where the text writes it («в Могилеве» -> «Могилев»: news mostly prints «е»)."""
        entry = self._names.get(tuple(self.key(w) for w in WORD_RE.findall(surface)))
        if entry is None:
            return None
        return entry.written if "ё" in surface.lower() else entry.written.replace("ё", "е").replace("Ё", "Е")

    def _load(self, countries, variants, cities, blocs, historical, regions, topics):
        for row in countries:
            self.official_names[row["iso3"]] = row["official_name"] or row["name"]
        display = {}
        for row in variants:
            if row["via"] == "name":
                display.setdefault(row["iso3"], row["text"])
        for row in countries:
            iso3 = row["iso3"]
            self.country_names[iso3] = display.get(iso3) or row["common_name"] or row["name"]
        # Lowest priority first: later additions overwrite a name that means two things.
        for region in regions:
            self._add(region["name"], "region", region["name"], None, "name", where=region["_where"])
        for row in countries:
            for name in (row["name"], row["official_name"], row["common_name"]):
                # pycountry's inverted ("Korea, Republic of") and lower-case ("the State of Eritrea") forms
                # are forms no text uses
                if name and "," not in name and "(" not in name and name[:1].isupper():
                    self._add(name, "country", self.country_names[row["iso3"]], row["iso3"], "name", where=row["_where"])
        for row in cities:
            via = "capital" if row["kind"] == "capital" else "city"
            code = REGION if row["kind"] == "region" else None
            for name in [row["city"], *filter(None, row["variants"].split("|"))]:
                self._add(name, "place", row["city"], row["iso3"], via, code=code, where=row["_where"])
        for row in variants:
            iso3, text, via = row["iso3"], row["text"], row["via"]
            if via == "ignore":
                self._names.pop(tuple(self.key(w) for w in WORD_RE.findall(text)), None)
                continue
            if iso3 not in self.country_names:
                raise ReferenceDataError(f"{row['_where']}: unknown ISO3 {iso3!r} for {text!r}")
            self._add(text, "country", self.country_names[iso3], iso3, via, row.get("guard") or "", where=row["_where"])
            if via == "adjective" and self.key is str.casefold and not text.endswith("s"):  # the plural demonym: "Belarusians"
                self._add(text + "s", "country", self.country_names[iso3], iso3, via, row.get("guard") or "",
                          where=row["_where"])
        for row in historical:
            for i, name in enumerate([row["name"], *filter(None, row["variants"].split("|"))]):
                self._add(name, "historical", row["name"], None, "name" if i == 0 else "alias", code=row["code"],
                          where=row["_where"])
            self.historical[row["code"]] = row["name"]
        for row in blocs:
            members = tuple(filter(None, row["members"].split("|")))
            self.blocs[row["key"]] = (row["name"], members)
            for name in [row["name"], *filter(None, row["variants"].split("|"))]:
                self._add(name, "bloc", row["name"], None, "name", code=row["key"], where=row["_where"])
        for row in topics:
            self.topics[row["topic"]] = tuple(k.strip() for k in row["keywords"].split("|") if k.strip())
        if self.case_forms:
            self._add_case_forms()

    # -- lookups -------------------------------------------------------------------------------
    def match_names(self, text: str) -> list[NameMatch]:
        """Every reference name in the text, longest first, without overlaps, in text order.

        Only capitalised words are looked up, each in one dictionary, and a name grows word by word
        while it is the prefix of a longer name, so the cost is linear in the text. Case must match
        the reference spelling, except in all-capital text ("MOGILEV"), so "turkey" and "china"
        (porcelain) are not countries.
        """
        if self.key is not str.casefold:
            return self._match_inflected(text)
        firsts = self._first_keys
        return self._longest_matches(text, (word for word in CAPITALISED_RE.finditer(text) if word.group().casefold() in firsts),
                                     str.casefold, _same_case)

    def _match_inflected(self, text: str) -> list[NameMatch]:
        """`match_names` for an inflecting language: every word is looked up by its key (its lemma), so
        «России», «Россией» and «российского» find their rows. A lower-case word is keyed only when it
        starts like a lower-case name (an adjective), and a capitalised one when it starts like any name, so
        morphology runs on candidate words only."""
        capitalised, lower_case = self._name_starts
        firsts = [word for word in set(WORD_RE.findall(text))
                  if (capitalised if word[:1].isupper() else lower_case).admits(word)]
        starts = sorted(start for word in firsts for start, _ in word_occurrences(text, word))
        candidates = (WORD_RE.match(text, start) for start in starts)
        return self._longest_matches(text, candidates, self.key, _same_case_inflected)

    def _longest_matches(self, text: str, starts, key_of, same_case) -> list[NameMatch]:
        """From each candidate first word, the longest reference name, growing word by word while the
        words so far are the prefix of a longer name; no overlaps, in text order."""
        names, prefixes = self._names, self._prefixes
        matches, consumed = [], 0
        for first in starts:
            if first.start() < consumed:
                continue
            written, key = [first.group()], (key_of(first.group()),)
            end, found = first.end(), None
            while True:
                entry = names.get(key)
                if entry and same_case(written, entry.words):
                    found = NameMatch(first.start(), end, entry)
                if key not in prefixes:
                    break
                gap = NAME_GAP_RE.match(text, end)
                word = WORD_RE.match(text, gap.end()) if gap else None
                if word is None:
                    break
                written.append(word.group())
                key += (key_of(word.group()),)
                end = word.end()
            if found:
                matches.append(found)
                consumed = found.end
        return matches

    @property
    def _name_starts(self) -> tuple[StemStarts, StemStarts]:
        """How the first words of all names start, and of the lower-case names (adjectives) only."""
        if not hasattr(self, "_name_starts_cache"):
            firsts = [entry.words[0] for entry in self._names.values()]
            self._name_starts_cache = (StemStarts(firsts), StemStarts(w for w in firsts if not w[:1].isupper()))
        return self._name_starts_cache

    def country_in(self, text: str) -> str | None:
        """ISO3 of the first country a short phrase names ("Russian President" -> RUS).

        A country named by name, alias or adjective wins; failing that, the country of the first
        city ("the Mayor of Moscow" -> RUS). Answers are kept (up to COUNTRY_PHRASES_KEPT phrases).
        """
        known = self._country_of_phrase
        if text not in known:
            if len(known) >= COUNTRY_PHRASES_KEPT:
                known.clear()
            known[text] = self._country_named(text)
        return known[text]

    def _country_named(self, text: str) -> str | None:
        matches = self.match_names(text)
        for match in matches:
            if match.entry.kind == "country":
                return match.entry.iso3
        for match in matches:
            if match.entry.kind == "place":
                return match.entry.iso3
        return None

    def bloc_members(self, key_or_name: str) -> tuple[str, ...]:
        """ISO3 codes of a bloc's members, by key ("EAEU") or any of its names."""
        if key_or_name in self.blocs:
            return self.blocs[key_or_name][1]
        entry = self._names.get(tuple(w.casefold() for w in WORD_RE.findall(key_or_name)))
        return self.blocs[entry.code][1] if entry and entry.kind == "bloc" else ()

    def topics_in(self, text: str) -> list[str]:
        """Topic keys whose keywords occur in the text as whole words, in taxonomy order."""
        found = {
            self._acronyms[m.group()]
            for m in self._acronym_re.finditer(text)
            if not text[m.start() - 1 : m.start()].isalnum() and not text[m.end() : m.end() + 1].isalnum()
        }
        if self.key is str.casefold:
            casefolded = text.casefold()
            for first in self._topic_first_re.finditer(casefolded):
                if first.group() in self._topic_words:
                    found.add(self._topic_words[first.group()])
                found.update(topic for rest, topic in self._topic_phrase_rest.get(first.group(), ())
                             if rest.match(casefolded, first.end()))
            return [topic for topic in self.topics if topic in found]
        # a word that starts like no keyword cannot be one in any case: it is not keyed
        admits, written = self._topic_starts.admits, WORD_RE.findall(text)
        keys = {w: self.key(w) if admits(w) else w.casefold() for w in set(written)}
        words = [keys[w] for w in written]
        present = set(words)
        found.update(self._topic_words[w] for w in self._topic_words.keys() & present)
        candidates = [self._topic_phrases[w] for w in self._topic_phrases.keys() & present]
        if candidates:  # a phrase can only occur when its first word does
            joined = " " + " ".join(words) + " "
            found.update(topic for phrases in candidates for phrase, topic in phrases.items() if phrase in joined)
        return [topic for topic in self.topics if topic in found]


def word_occurrences(text: str, word: str):
    """(start, end) of every occurrence of `word` in `text` as a whole word (no letter or digit either side)."""
    size, position = len(word), text.find(word)
    while position >= 0:
        end = position + size
        if not (position and text[position - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            yield position, end
        position = text.find(word, end)


def _same_case(found: list[str], expected: tuple[str, ...]) -> bool:
    if list(found) == list(expected):
        return True
    # All-capital text ("MOGILEV", "REPUBLIC OF BELARUS") matches any name; an acronym stays an acronym.
    return all(w.isupper() or w.isdigit() for w in found) and not all(w.isupper() for w in expected)


def _same_case_inflected(found: list[str], expected: tuple[str, ...]) -> bool:
    """Case as an inflecting language checks it: a capitalised name is written capitalised (or in capitals),
    an acronym in capitals; a lower-case name (an adjective) may open a sentence capitalised."""
    for written, name in zip(found, expected):
        if name.isupper() and len(name) > 1 and not written.isupper():
            return False
        if name[:1].isupper() and not written[:1].isupper():
            return False
    return True


def _read(path: Path) -> list[dict]:
    """The rows of a reference CSV, each with `_where` ("cities.csv, line 12") for error messages."""
    with open(path, encoding="utf-8", newline="") as handle:
        numbered = [(n, line) for n, line in enumerate(handle, 1) if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(line for _, line in numbered)
    return [{**{k: (v or "").strip() for k, v in row.items()}, "_where": f"{path.name}, line {numbered[i + 1][0]}"}
            for i, row in enumerate(rows)]


@lru_cache(maxsize=8)
def load_reference(path: str | Path | None = None) -> Reference:
    """Read `data/reference/*` (or another folder of the same files) once per process."""
    folder = Path(path) if path else REFERENCE
    reference = Reference(
        countries=_read(folder / "countries.csv"),
        variants=_read(folder / "variants.csv"),
        cities=_read(folder / "cities.csv"),
        blocs=_read(folder / "blocs.csv"),
        historical=_read(folder / "historical.csv"),
        regions=_read(folder / "regions.csv"),
        topics=_read(folder / "topics.csv"),
    )
    reference.folder = folder
    return reference


def in_language(reference: Reference, lang) -> Reference:
    """The reference whose names are looked up as `lang` writes them: itself for a language keyed by
    case-folding (English), else the rows of `<file>_<code>.csv` beside the English ones, keyed by the
    language's `token_key` (Russian: «в Минске», «России», «российско-китайский» find their rows)."""
    cache = reference.__dict__.setdefault("_in_language", {})
    if lang.code not in cache:
        folder = getattr(reference, "folder", None)
        if lang.token_key is str.casefold or folder is None or not (Path(folder) / f"countries_{lang.code}.csv").exists():
            cache[lang.code] = reference
        else:
            cache[lang.code] = _language_reference(str(folder), lang.code)
    return cache[lang.code]


@lru_cache(maxsize=8)
def _language_reference(folder: str, code: str) -> Reference:
    from helpers.lang import get

    path, lang = Path(folder), get(code)

    def translated(file: str, key: str, name: str) -> list[dict]:
        """Rows of `file` whose display name stays the English one (one entity across scripts), their names
        in this language added as variants (`key` joins the two files)."""
        english = {row[key]: row for row in _read(path / f"{file}.csv")}
        rows = []
        for row in _read(path / f"{file}_{code}.csv"):
            base = english.get(row[key], {})
            names = [row[name], *filter(None, row.get("variants", "").split("|"))]
            rows.append({**base, **row, name: base.get(name) or row[name], "variants": "|".join(names)})
        return rows

    cities = [{**row, "city": row.get("en") or row["city"], "variants": "|".join([row["city"], *filter(None, row["variants"].split("|"))])}
              for row in _read(path / f"cities_{code}.csv")]
    reference = Reference(
        countries=_read(path / "countries.csv"),
        variants=[r for r in _read(path / "variants.csv") if r["via"] == "name"] + _read(path / f"countries_{code}.csv"),
        cities=cities,
        blocs=translated("blocs", "key", "name"),
        historical=translated("historical", "code", "name"),
        regions=_read(path / f"regions_{code}.csv"),
        topics=_read(path / f"topics_{code}.csv") if (path / f"topics_{code}.csv").exists() else _read(path / "topics.csv"),
        key=lang.token_key,
        case_forms=lang.case_forms,
    )
    reference.folder = path
    return reference


def regenerate_countries(path: str | Path | None = None) -> Path:
    """Write countries.csv (ISO 3166-1 codes and names) from pycountry."""
    import pycountry

    out = (Path(path) if path else REFERENCE) / "countries.csv"
    with open(out, "w", encoding="utf-8", newline="") as handle:
        handle.write("# Generated by `python -m helpers.reference regenerate` from pycountry; do not edit.\n")
        handle.write("# Add spellings, short forms and adjectives to variants.csv instead.\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso3", "iso2", "numeric", "name", "official_name", "common_name"])
        for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
            writer.writerow([
                country.alpha_3, country.alpha_2, country.numeric, country.name,
                getattr(country, "official_name", ""), getattr(country, "common_name", ""),
            ])
    return out


if __name__ == "__main__":
    if sys.argv[1:] == ["regenerate"]:
        print(f"wrote {regenerate_countries()}")
    else:
        sys.exit("usage: python -m helpers.reference regenerate")
