"""Known people (data/reference/people.csv): canonical names, aliases, gender, roles, country."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from helpers.lang import Language, get
from helpers.paths import REFERENCE

INITIAL_SPACE = re.compile(r"(?<=\.) (?=\w)")  # the space after an initial, which aliases write or omit


@dataclass(frozen=True)
class KnownPerson:
    name: str
    aliases: tuple[str, ...]
    gender: str | None
    roles: tuple[str, ...]
    country: str | None


@dataclass(frozen=True)
class KnownPeople:
    """The reviewed list of people: canonical names, spelling variants, gender, roles, country."""

    people: dict[str, KnownPerson]
    by_variant: dict[str, str]  # casefolded spelling -> canonical name
    by_surname: dict[str, frozenset[str]] = field(default_factory=dict)  # casefolded surname -> canonical names

    def canonical(self, name: str) -> str | None:
        key = " ".join(name.split()).casefold()
        found = self.by_variant.get(key)
        if found is None and ". " in key:  # «В.В. Путин», «В. В.Путин»: initials spaced as no alias writes them
            found = self.by_variant.get(INITIAL_SPACE.sub("", key))
        return found

    def get(self, name: str) -> KnownPerson | None:
        canonical = self.canonical(name)
        return self.people.get(canonical) if canonical else None


def _rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if line.strip() and not line.startswith("#")))


def load_known_people(path: str | Path | None = None, lang: Language | None = None) -> KnownPeople:
    """Read people.csv (columns person, aliases, gender, roles, country; `|` separates list items).

    Its names are spelled in English transliteration, so English first names (unless `lang` says otherwise)
    tell a surname-first name ("Xi Jinping") from a first-name-first one.
    """
    lang = lang or get("en")
    path = Path(path) if path else REFERENCE / "people.csv"
    people: dict[str, KnownPerson] = {}
    by_variant: dict[str, str] = {}
    if not path.exists():
        return KnownPeople(people, by_variant)
    with open(path, encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if line.strip() and not line.startswith("#"))
        for row in rows:
            name = row["person"].strip()
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            people[name] = KnownPerson(
                name=name,
                aliases=aliases,
                gender=(row.get("gender") or "").strip() or None,
                roles=tuple(r.strip() for r in (row.get("roles") or "").split("|") if r.strip()),
                country=(row.get("country") or "").strip() or None,
            )
            for variant in (name, *aliases):
                by_variant[variant.casefold()] = name
    for row in _rows(path.with_name(f"{path.stem}_ru{path.suffix}")):  # spellings in other scripts: one person
        name = row["person"].strip()
        if name in people:
            for variant in (a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()):
                by_variant.setdefault(variant.casefold(), name)
    by_surname: dict[str, set[str]] = {}
    first_names = {n.casefold() for n in lang.people.MALE_FIRST_NAMES | lang.people.FEMALE_FIRST_NAMES}
    for variant, canonical in by_variant.items():
        words = variant.split()
        if len(words) >= 2:
            by_surname.setdefault(words[-1], set()).add(canonical)
            if words[0] not in first_names:  # surname-first order ("Xi Jinping"): the family name opens it
                by_surname.setdefault(words[0], set()).add(canonical)
    return KnownPeople(people, by_variant, {k: frozenset(v) for k, v in by_surname.items()})
