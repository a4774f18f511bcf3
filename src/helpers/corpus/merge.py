"""The people merge: one corpus-wide step over the person mentions and quote speakers of every document.

It merges spelling variants across documents: reference aliases first, then transliteration-aware
fuzzy matching that requires compatible first names (`helpers.extract.people.names.same_person_name`).

Its cost grows near-linearly with the number of distinct names: a full name is compared only with the
full names whose first name starts with the same three letters of its key (a match needs them, see
`same_person_name`), and within that block only with those whose surname is close enough, found by
one vectorised rapidfuzz call; the table rows come from one pass over the mentions and quotes.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from itertools import repeat

import pandas as pd
from rapidfuzz import fuzz, process

from helpers.extract.people.known import KnownPeople
from helpers.extract.people.names import known_by_surname, name_key, same_person_name, surname_key

SURNAME_SIMILARITY = 85  # the surname threshold of same_person_name: a candidate below it cannot match
FIRST_NAME_BLOCK = 3  # same_person_name requires the first names' keys to share this many first letters
NAMED_VIA = ("name", "alias", "surname")  # mentions that spell the person's name (not a role or pronoun)


def merge_people(person_mentions: pd.DataFrame, quotes: pd.DataFrame, known: KnownPeople) -> tuple[pd.DataFrame, dict[str, str]]:
    """The people table and a variant -> canonical map over the whole corpus.

    Reference aliases decide first; otherwise two full names merge only when first names are compatible
    and surnames are transliteration-similar (`same_person_name`), the longest and then alphabetically
    first name of a group being its canonical name. A bare surname merges into the one full name in the
    corpus that ends with it, and stays apart when several do.

    A row of either frame may stand for several with a column `n` (the streaming build counts distinct
    rows per shard instead of holding every mention).
    """
    mentions = person_mentions if len(person_mentions) else pd.DataFrame(columns=["entity", "surface", "iso3", "via"])
    names = [n for n in pd.unique(mentions["entity"].dropna()) if isinstance(n, str)]
    canonical, full_names = _canonical_names(names, known)
    speakers = pd.unique(quotes["speaker"].dropna()) if len(quotes) else []
    _speaker_spellings(canonical, full_names, [s for s in speakers if isinstance(s, str)], known)
    rows = _people_rows(mentions, quotes, canonical, known)
    variant_map = {name: target for name, target in canonical.items() if name != target}
    return pd.DataFrame(rows, columns=["person", "aliases", "roles", "country", "n_quotes", "n_mentions"]), variant_map


class _FullNames:
    """The canonical full names seen so far, blocked by first-name key and by surname."""

    def __init__(self):
        self.blocks: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))  # names, surname keys
        self.by_surname: dict[str, list[str]] = defaultdict(list)
        self._key = cache(name_key)  # first names repeat across the corpus: key each spelling once
        self._surname_key = cache(surname_key)

    def add(self, name: str) -> None:
        words = name.split()
        names, surnames = self.blocks[self._key(words[0])[:FIRST_NAME_BLOCK]]
        names.append(name)
        surnames.append(self._surname_key(words[-1]))
        self.by_surname[words[-1]].append(name)

    def first_same_person(self, name: str) -> str | None:
        """The earliest added name that `same_person_name` pairs with `name`."""
        words = name.split()
        names, surnames = self.blocks.get(self._key(words[0])[:FIRST_NAME_BLOCK], ([], []))
        close = process.extract(self._surname_key(words[-1]), surnames, scorer=fuzz.ratio,
                                score_cutoff=SURNAME_SIMILARITY, limit=None)
        return next((names[i] for i in sorted(i for _, _, i in close) if same_person_name(name, names[i])), None)


def _speaker_spellings(canonical: dict[str, str], full_names: _FullNames, speakers: list[str], known: KnownPeople) -> None:
    """A quote speaker spelled as no mention spells them ("Sergey Lavrov" of a label in capitals, beside the
    mentions' "Sergei Lavrov") joins the person it is a spelling of; a speaker who is no one named (a role, a
    body, a single word) is left as written and makes no row."""
    for speaker in speakers:
        if speaker in canonical or len(speaker.split()) < 2:
            continue
        target = known.canonical(speaker) or full_names.first_same_person(speaker)
        if target in canonical:
            canonical[speaker] = canonical[target]


def _canonical_names(names: list[str], known: KnownPeople) -> tuple[dict[str, str], _FullNames]:
    canonical: dict[str, str] = {}
    full_names = _FullNames()
    for name in sorted(names, key=lambda n: (-len(n.split()), n)):
        n_words = len(name.split())
        target = known.canonical(name)
        if target is None and n_words >= 2:
            target = full_names.first_same_person(name)
        if target is None and n_words == 1:
            owners = full_names.by_surname.get(name, [])
            target = owners[0] if len(owners) == 1 else None
            if target is None and not owners:  # «с Путиным» alone: the one known person of that surname
                entry = known_by_surname(known, name)
                target = entry.name if entry else None
        target = target or name
        canonical[name] = target
        if target == name and n_words >= 2:
            full_names.add(name)
    return canonical, full_names


def _people_rows(mentions: pd.DataFrame, quotes: pd.DataFrame, canonical: dict[str, str], known: KnownPeople) -> list[dict]:
    """One row per canonical person, from one pass over the person mentions and one over the quotes."""
    spellings: dict[str, set[str]] = defaultdict(set)
    countries: dict[str, Counter] = defaultdict(Counter)
    n_mentions: Counter = Counter()
    for name, person in canonical.items():
        spellings[person].add(name)
    for entity, surface, iso3, via, n in zip(mentions["entity"], mentions["surface"], mentions["iso3"], mentions["via"], _counts(mentions)):
        person = canonical.get(entity) if isinstance(entity, str) else None
        if person is None:
            continue
        n_mentions[person] += n
        if via in NAMED_VIA:
            spellings[person].add(" ".join(str(surface).split()))
        if isinstance(iso3, str):
            countries[person][iso3] += n

    roles: dict[str, set[str]] = defaultdict(set)
    n_quotes: Counter = Counter()
    if len(quotes):
        quote_roles = quotes["speaker_role"] if "speaker_role" in quotes else [None] * len(quotes)
        for speaker, role, n in zip(quotes["speaker"], quote_roles, _counts(quotes)):
            if not isinstance(speaker, str):
                continue
            n_quotes[canonical.get(speaker, known.canonical(speaker) or speaker)] += n
            if speaker in canonical and isinstance(role, str) and role:
                roles[canonical[speaker]].add(role)

    rows = []
    for person in sorted(set(canonical.values())):
        entry = known.people.get(person)
        seen = countries[person]
        # the most frequent country, the alphabetically first on a tie; the reference's when none is seen
        country = min(seen, key=lambda code: (-seen[code], code)) if seen else (entry.country if entry else None)
        rows.append({
            "person": person,
            "aliases": sorted(spellings[person] - {person}),
            "roles": sorted(roles[person] | set(entry.roles if entry else ())),
            "country": country,
            "n_quotes": int(n_quotes[person]),
            "n_mentions": int(n_mentions[person]),
        })
    return rows


def _counts(frame: pd.DataFrame):
    """How many rows each row of `frame` stands for."""
    return frame["n"] if "n" in frame else repeat(1, len(frame))
