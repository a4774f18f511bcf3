"""The blocked people merge pairs exactly the names an all-pairs comparison pairs."""
import random

import pandas as pd

from helpers.corpus.merge import merge_people
from helpers.extract.people.known import load_known_people
from helpers.extract.people.names import same_person_name

KNOWN = load_known_people()
FIRST = ["Dmitry", "Dmitriy", "Dmitri", "Aleksandr", "Alexander", "Alexandr", "Sergei", "Sergey", "Serdar", "Pavel",
         "Valentina", "Nikolai", "Nikolay", "Anna", "Ana", "Yulia", "Julia"]
LAST = ["Kuznetsov", "Kuznetzov", "Kusnetsov", "Berdymukhamedov", "Berdimuhamedow", "Matviyenko", "Matvienko",
        "Nikiforov", "Ivanov", "Ivanova", "Golovchenko", "Orlova", "Orlowa"]


def all_pairs_canonical(names: list[str]) -> dict[str, str]:
    """The merge rule compared against every earlier full name, as it was before blocking."""
    canonical, full_names = {}, []
    for name in sorted(names, key=lambda n: (-len(n.split()), n)):
        target = KNOWN.canonical(name)
        if target is None and len(name.split()) >= 2:
            target = next((f for f in full_names if same_person_name(name, f)), None)
        if target is None and len(name.split()) == 1:
            owners = [f for f in full_names if f.split()[-1] == name]
            target = owners[0] if len(owners) == 1 else None
        canonical[name] = target or name
        if canonical[name] == name and len(name.split()) >= 2:
            full_names.append(name)
    return {name: target for name, target in canonical.items() if name != target}


def test_blocking_keeps_every_merge_of_the_all_pairs_rule():
    rng = random.Random(7)
    names = {f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(150)} | set(LAST) | {"Dmitry V. Kuznetsov"}
    mentions = pd.DataFrame({"entity": sorted(names), "surface": sorted(names), "iso3": "RUS", "via": "name"})
    _, canonical = merge_people(mentions, pd.DataFrame(columns=["speaker", "speaker_role"]), KNOWN)
    assert canonical == all_pairs_canonical(sorted(names))
    assert canonical["Dmitriy Kuznetzov"] == canonical["Dmitry Kuznetsov"] == "Dmitry V. Kuznetsov"  # variants merge


def test_people_rows_count_mentions_quotes_and_the_most_frequent_country():
    mentions = pd.DataFrame([
        {"entity": "Anna Orlova", "surface": "Anna Orlova", "iso3": "BLR", "via": "name"},
        {"entity": "Anna Orlowa", "surface": "Anna  Orlowa", "iso3": "RUS", "via": "name"},
        {"entity": "Anna Orlowa", "surface": "the minister", "iso3": "RUS", "via": "role"},
        {"entity": "Orlova", "surface": "Orlova", "iso3": None, "via": "surname"},
    ])
    quotes = pd.DataFrame([{"speaker": "Orlova", "speaker_role": "Minister"}, {"speaker": "TASS", "speaker_role": None}])
    people, canonical = merge_people(mentions, quotes, KNOWN)
    assert canonical == {"Anna Orlowa": "Anna Orlova", "Orlova": "Anna Orlova"}
    row = people.set_index("person").loc["Anna Orlova"]
    assert row["aliases"] == ["Anna Orlowa", "Orlova"]  # the role phrase is not a spelling of the name
    assert (row["n_mentions"], row["n_quotes"], row["roles"], row["country"]) == (4, 1, ["Minister"], "RUS")
