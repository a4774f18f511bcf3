"""Country, place, bloc and historical-state mentions, and their gold-schema view.

Names come from the reference dictionary (`Reference.match_names`); this module decides what each
name means in its context:

- a guarded name is dropped when its context shows another meaning (Jordan the person, Georgia the
  US state, "Guinea pig");
- a place name that heads an organisation's name is not a place ("Skolkovo Foundation"), nor is a city named
  like a being, a bird or a surname, unless a venue word comes before it («Орёл парил», «в Орле»);
- a capital stands for its state only when the government acts ("Moscow and Caracas agreed",
  "Beijing's position", "Moscow has accused Kyiv", "relations between Moscow and Washington",
  "ties with Beijing"). It is a place when it is a venue ("the forum in Mogilev", "return from
  Moscow") or when the city government is meant (a mayor, a municipal or "people's government"
  named nearby). When nothing decides, a capital is a place: a wrong country is worse than a
  place whose country is counted anyway.
"""
from __future__ import annotations

import re

from helpers.document import Document
from helpers.extract.stage import Context, Stage
from helpers.lang import Language
from helpers.gazetteer import heads_organisation, region_after, with_gazetteer_places
from helpers.reference import REGION, WORD_RE, NameMatch, Reference, in_language

CONTEXT = 60  # characters searched on either side of a name for its neighbouring word
# The last word before the end of the searched window.
LAST_WORD_RE = re.compile(r"[^\W_]+(?=[\W_]*$)")
_CITY_GOVERNMENT_RE: dict[str, re.Pattern] = {}


def _city_government_re(lang) -> re.Pattern:
    """Any city-government cue of the language ("mayor", "people's government"), as whole words."""
    if lang.code not in _CITY_GOVERNMENT_RE:
        cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in lang.words.CITY_GOVERNMENT_CUES)
        _CITY_GOVERNMENT_RE[lang.code] = re.compile(r"(?i)(?<!\w)(?:" + cues + r")(?!\w)")
    return _CITY_GOVERNMENT_RE[lang.code]


def find_mentions(doc: Document, ref: Reference, lang: Language) -> list[dict]:
    """Mentions rows (country, place, bloc, historical) in document order, with offsets into doc.text."""
    text = doc.text
    ref = in_language(ref, lang)
    matches = ref.match_names(text)
    context = _Context(text, matches)
    segment_at = doc.segment_at
    city_government = _ScopeCache(doc, segment_at, _city_government_re(lang))
    rows = []
    for match in matches:
        entry = match.entry
        if entry.kind == "region" or _guarded(match, context, lang) or (
                entry.via != "compound" and _inside_hyphenated_word(text, match.end, lang)):
            continue
        kind, entity, via = entry.kind, entry.entity, entry.via
        iso3 = entry.code if entry.kind == "historical" else entry.iso3  # SUN: ISO 3166-3, never a country
        end = match.end
        if entry.kind == "place":
            if (_heads_organisation(match, context, lang) or _opens_a_person_name(match, context, lang)
                    or _being_without_venue(match, context, lang)):
                continue
            region = region_after(text, match.end) if entry.code != REGION else None
            if region:  # "the Moscow Region", "Tashkent oblast": the region named after the city is the place
                entity, end = f"{entity} {region[0]}", region[1]
            elif entry.via == "capital" and not _headline_about_city_governments(text, match, city_government) \
                    and _capital_acts_for_state(match, context, city_government, lang):
                kind, entity = "country", ref.country_names[entry.iso3]
        segment = segment_at(match.start)
        rows.append({
            "seg_id": segment.seg_id if segment else None,
            "start": match.start,
            "end": end,
            "surface": text[match.start : end],
            "kind": kind,
            "entity": entity,
            "iso3": iso3,
            "via": via,
        })
    return with_gazetteer_places(doc, matches, rows, lang)  # world cities beyond cities.csv


def _inside_hyphenated_word(text: str, end: int, lang) -> bool:
    """«Китай-город», «Москва-река»: a name the language joins by a hyphen to a lower-case word is part of another
    name (English "Russia-based" still names Russia)."""
    return getattr(lang.words, "NAME_IN_HYPHENATED_WORD", False) and text[end:end + 1] == "-" and text[end + 1:end + 2].islower()


def _headline_about_city_governments(text: str, match: NameMatch, city_government) -> bool:
    """A headline's capitals are read with its lead: «Минск и Москва договорились …» over a lead naming the
    city executive committee and the Moscow government is about the cities, not the states. A headline is
    a short line without a closing full stop; its lead is the next line of running text."""
    line_start = text.rfind("\n", 0, match.start) + 1
    line_end = text.find("\n", match.start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if line_end < 0 or len(line.split()) > 15 or line.endswith((".", "!", "?", "»", '"')):
        return False
    offset = line_end + 1
    for _ in range(6):  # past blank and stamp lines to the first paragraph of running text
        next_end = text.find("\n", offset)
        next_end = len(text) if next_end < 0 else next_end
        if len(text[offset:next_end].split()) > 5:
            return city_government(offset)
        offset = next_end + 1
        if offset >= len(text):
            break
    return False


def gold_countries(mentions: list[dict]) -> list[str]:
    """Sorted unique ISO3 codes of the countries a document names (gold `countries`)."""
    return sorted({m["iso3"] for m in mentions if m["kind"] == "country" and m.get("iso3")})


def gold_places(mentions: list[dict]) -> list[list[str]]:
    """[name, ISO3] of each place, once, in order of first appearance (gold `places`)."""
    seen, places = set(), []
    for m in sorted((m for m in mentions if m["kind"] == "place"), key=lambda m: m["start"]):
        if m["entity"] not in seen:
            seen.add(m["entity"])
            places.append([m["entity"], m["iso3"]])
    return places


class _ScopeCache:
    """Whether the scope around an offset contains a cue: the item for a listing item, else the paragraph.

    A paragraph longer than PARAGRAPH_LIMIT (a text without line breaks) is cut into fixed blocks,
    so every lookup stays bounded and repeated lookups share one search.
    """

    PARAGRAPH_LIMIT = 2000

    def __init__(self, doc: Document, segment_at, pattern: re.Pattern):
        self.doc, self.segment_at, self.pattern, self.cache = doc, segment_at, pattern, {}

    def __call__(self, offset: int) -> bool:
        segment = self.segment_at(offset)
        text, limit = self.doc.text, self.PARAGRAPH_LIMIT
        if segment is not None and segment.kind == "item" and segment.end - segment.start <= 4 * limit:
            start, end = segment.start, segment.end
        else:
            start = text.rfind("\n", max(0, offset - limit), offset) + 1
            end = text.find("\n", offset, offset + limit)
            if start == 0 and offset >= limit or end < 0 and offset + limit < len(text):
                block = offset // limit * limit
                start, end = max(0, block - limit // 2), block + limit + limit // 2
            end = len(text) if end < 0 else end
        if (start, end) not in self.cache:
            self.cache[(start, end)] = self.pattern.search(text, start, end) is not None
        return self.cache[(start, end)]


class _Context:
    """The words around a name, found by bounded searches from its offsets."""

    def __init__(self, text: str, matches: list[NameMatch]):
        self.text = text
        self.by_start = {m.start: m for m in matches}
        self.by_end = {m.end: m for m in matches}

    def after(self, offset: int) -> re.Match | None:
        """The first word after `offset` (within CONTEXT characters)."""
        return WORD_RE.search(self.text, offset, offset + CONTEXT)

    def before(self, offset: int) -> re.Match | None:
        """The last word before `offset` (within CONTEXT characters)."""
        return LAST_WORD_RE.search(self.text, max(0, offset - CONTEXT), offset)

    def in_a_name(self, word: re.Match | None) -> bool:
        return word is not None and (word.start() in self.by_start or word.end() in self.by_end)

    def adjacent(self, end: int, start: int) -> bool:
        """Only a single space lies between the two offsets."""
        return self.text[end:start] == " "


def _text(word: re.Match | None) -> str:
    return word.group() if word else ""


def _guarded(match: NameMatch, context: _Context, lang) -> bool:
    """True when the context shows that a guarded or ambiguous name means something else here."""
    guard = match.entry.guard
    if not guard:
        return False
    before, after = context.before(match.start), context.after(match.end)
    if guard == "caps_word":
        # An acronym that is also a word, inside all-capital text, is the word ("LET US KNOW").
        return any(len(_text(w)) > 1 and _text(w).isupper() and not context.in_a_name(w) for w in (before, after))
    if guard == "person":
        return (before is not None and _name_beside(before, context.adjacent(before.end(), match.start), context, lang)) or (
            after is not None and _name_beside(after, context.adjacent(match.end, after.start()), context, lang)
        )
    if guard == "us_state":  # "Atlanta, Georgia", "the state of Georgia", "Georgia state senator"
        nearby = _words_around(match, context, 4)
        state_of = _text(before) == "of" and _text(context.before(before.start())).casefold() == "state"
        return bool(nearby & lang.words.US_STATE_CUES) or state_of or _text(after) == "state"
    if guard == "venue":  # «Того же мнения …»: the pronoun, unless a venue, a relation or a partner state says otherwise
        if lang.token_key(_text(before)) in lang.words.VENUE_WORDS | lang.words.RELATION_WORDS:
            return False
        return not _listed_with_a_state(before, after, context, lang)
    if guard.startswith("not_before:"):
        return (
            after is not None
            and after.group() in guard.split(":", 1)[1].split("|")
            and context.adjacent(match.end, after.start())
        )
    return False


def _listed_with_a_state(before: re.Match | None, after: re.Match | None, context: _Context, lang) -> bool:
    """«Того и Бенин», «Бенин и Того»: a state's name joined to the name by a conjunction."""
    if before is not None and _text(before) in lang.words.CONJUNCTIONS:
        word = context.before(before.start())
        partner = context.by_end.get(word.end()) if word else None
        if partner is not None and partner.entry.kind == "country":
            return True
    if after is not None and _text(after) in lang.words.CONJUNCTIONS:
        word = context.after(after.end())
        partner = context.by_start.get(word.start()) if word else None
        if partner is not None and partner.entry.kind == "country":
            return True
    return False


def _words_around(match: NameMatch, context: _Context, n: int) -> set[str]:
    """Up to n words on each side of a name."""
    words = set()
    for step, offset, edge in ((context.before, match.start, "start"), (context.after, match.end, "end")):
        for _ in range(n):
            word = step(offset)
            if word is None:
                break
            words.add(word.group())
            offset = getattr(word, edge)()
    return words


def _name_beside(word: re.Match, adjacent: bool, context: _Context, lang) -> bool:
    """A capitalised word right beside the name that is not itself a name ("Michael Jordan")."""
    return adjacent and word.group()[:1].isupper() and word.group() not in lang.words.FUNCTION_WORDS and not context.in_a_name(word)


def _opens_a_person_name(match: NameMatch, context: _Context, lang) -> bool:
    """"Paris Hilton said": a city name that is also a given name, right before a capitalised word that is no
    name, month or weekday of its own, is a person's first name."""
    if context.text[match.start:match.end] not in getattr(lang.words, "PLACE_GIVEN_NAMES", ()):
        return False
    after = context.after(match.end)
    return (after is not None and _name_beside(after, context.adjacent(match.end, after.start()), context, lang)
            and lang.month_number(after.group()) is None and after.group().casefold() not in lang.words.WEEKDAYS)


def _being_without_venue(match: NameMatch, context: _Context, lang) -> bool:
    """«Орёл парил над полем», «Сергей Королёв»: a one-word city (not a capital) whose name is likeliest a being,
    a bird or a surname, is a place only after a venue word («в Орле», «из Королёва»), after another place and «и»
    («в Казани и Королёве») or as a dateline in capitals."""
    surface = context.text[match.start:match.end]
    if (lang.names_a_being is None or match.entry.via != "city" or not surface.isalpha() or surface.isupper()
            or not lang.names_a_being(surface)):
        return False
    before = context.before(match.start)
    previous = lang.token_key(_text(before))
    if previous in lang.words.CONJUNCTIONS:  # «в Казани и Королёве»: a place before the «и» makes it a list of places
        partner_word = context.before(before.start())
        partner = context.by_end.get(partner_word.end()) if partner_word else None
        return partner is None or partner.entry.kind != "place"
    return previous not in lang.words.VENUE_WORDS


def _heads_organisation(match: NameMatch, context: _Context, lang) -> bool:
    """"Skolkovo Foundation", "Moscow State University": the name is part of an organisation's name; so is a
    name opening a quoted name that goes on with a capitalised word («Минск Телеком»), where the language says so."""
    openers = getattr(lang.words, "QUOTED_NAME_OPENERS", "")
    text = context.text
    if openers and text[match.start - 1:match.start] in openers and re.match(r"[ \t\u00a0-]+[A-ZА-ЯЁ]", text[match.end:match.end + 3]):
        return True
    return heads_organisation(text, match.end, lang.words.ORGANISATION_HEADS, lang.token_key,
                              getattr(lang.words, "LOWER_CASE_NAME_HEADS", frozenset()))


def _capital_acts_for_state(match: NameMatch, context: _Context, city_government, lang) -> bool:
    """Whether a capital stands for its government here (see the module docstring for the rule)."""
    if city_government(match.start):
        return False
    before = context.before(match.start)
    previous = lang.token_key(_text(before))
    before_previous = lang.token_key(_text(context.before(before.start()))) if before else ""
    if previous in lang.words.RELATION_WORDS or (
        previous in lang.words.RELATION_PREPOSITIONS and before_previous in lang.words.RELATION_NOUNS
    ):
        return True
    if previous in lang.words.AGENT_WORDS and before_previous in lang.words.ACTOR_VERBS:
        return True  # the agent of a state's act: "was attacked by Tbilisi", "recognised by Moscow"
    if previous in lang.words.VENUE_WORDS:
        return False
    if previous in lang.words.GOVERNING_NOUNS:
        return True  # «сотрудничество Москвы и Пекина», «позиция Пекина»: a genitive after a relation noun
    if previous in lang.words.ACTOR_VERBS:  # the object of a state's act: "accused Kyiv", "urged Beijing"
        return True
    if _acts(context, match.end, lang):
        return True
    after = context.after(match.end)
    if _text(after) == "s" and context.text[match.end : match.end + 1] in "'’":  # "Beijing's (top) envoy"
        noun = context.after(after.end())
        following = context.after(noun.end()) if noun else None
        return any(lang.token_key(_text(word)) in lang.words.STATE_NOUNS for word in (noun, following))
    if _text(after) in lang.words.CONJUNCTIONS:  # "Moscow and Caracas agreed": the verb follows the second capital
        partner_word = context.after(after.end())
        partner = context.by_start.get(partner_word.start()) if partner_word else None
        return partner is not None and partner.entry.via == "capital" and _acts(context, partner.end, lang)
    if previous in lang.words.CONJUNCTIONS:  # the second of "Moscow and Caracas agreed", "between Moscow and Washington"
        partner_word = context.before(before.start())
        partner = context.by_end.get(partner_word.end()) if partner_word else None
        if partner is None or partner.entry.via != "capital":
            return False
        relation = lang.words.RELATION_WORDS | lang.words.GOVERNING_NOUNS
        return lang.token_key(_text(context.before(partner.start))) in relation or _acts(context, match.end, lang)
    return False


def _acts(context: _Context, offset: int, lang) -> bool:
    """The next word is an actor's verb, possibly after auxiliaries ("said", "has accused", "will not sign")."""
    word = context.after(offset)
    while word is not None and word.group().casefold() in lang.words.AUXILIARIES:
        word = context.after(word.end())
    return lang.token_key(_text(word)) in lang.words.ACTOR_VERBS


def _run(doc: Document, ctx: Context) -> dict[str, list[dict]]:
    return {"mentions": find_mentions(doc, ctx.resources.reference, ctx.lang)}


STAGE = Stage("mentions", needs=(), run=_run)
