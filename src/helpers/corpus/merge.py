"""The people merge: one corpus-wide step over the person mentions and quote speakers of every document.

It merges spelling variants across documents: reference aliases first, then transliteration-aware
fuzzy matching that requires compatible first names (`helpers.people.same_person_name`).
"""
from __future__ import annotations

import pandas as pd

from helpers.people import KnownPeople, same_person_name


def merge_people(person_mentions: pd.DataFrame, quotes: pd.DataFrame, known: KnownPeople) -> tuple[pd.DataFrame, dict[str, str]]:
    """The people table and a variant -> canonical map over the whole corpus.

    Reference aliases decide first; otherwise two full names merge only when first names are compatible
    and surnames are transliteration-similar (`same_person_name`). A bare surname merges into the one full
    name in the corpus that ends with it, and stays apart when several do.
    """
    mentions = person_mentions if len(person_mentions) else pd.DataFrame(columns=["entity", "surface", "iso3"])
    names = [n for n in pd.unique(mentions["entity"].dropna()) if isinstance(n, str)]
    canonical: dict[str, str] = {}
    full_names: list[str] = []
    for name in sorted(names, key=lambda n: (-len(n.split()), n)):
        target = known.canonical(name)
        if target is None and len(name.split()) >= 2:
            target = next((f for f in full_names if same_person_name(name, f)), None)
        if target is None and len(name.split()) == 1:
            owners = [f for f in full_names if f.split()[-1] == name]
            target = owners[0] if len(owners) == 1 else None
        target = target or name
        canonical[name] = target
        if target == name and len(name.split()) >= 2:
            full_names.append(name)

    speakers = quotes["speaker"].dropna() if len(quotes) else pd.Series([], dtype=object)
    n_quotes = speakers.map(lambda s: canonical.get(s, known.canonical(s) or s)).value_counts()
    rows = []
    for person in sorted(set(canonical.values())):
        variants = [n for n, c in canonical.items() if c == person]
        subset = mentions[mentions["entity"].isin(variants)]
        named = subset[subset["via"].isin(["name", "alias", "surname"])]
        aliases = sorted(({" ".join(str(s).split()) for s in named["surface"]} | set(variants)) - {person})
        roles = []
        if len(quotes) and "speaker_role" in quotes:
            roles = sorted({r for r in quotes.loc[quotes["speaker"].isin(variants), "speaker_role"].dropna() if r})
        entry = known.people.get(person)
        if entry:
            roles = sorted(set(roles) | set(entry.roles))
        countries = subset["iso3"].dropna()
        country = countries.mode().iloc[0] if len(countries) else (entry.country if entry else None)
        rows.append({"person": person, "aliases": aliases, "roles": roles, "country": country,
                     "n_quotes": int(n_quotes.get(person, 0)), "n_mentions": len(subset)})
    variant_map = {name: target for name, target in canonical.items() if name != target}
    return pd.DataFrame(rows, columns=["person", "aliases", "roles", "country", "n_quotes", "n_mentions"]), variant_map
