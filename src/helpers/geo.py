"""Country display names and capital coordinates, for chart labels and the map of country pairs.

Both come from `data/reference/capitals_coords.csv` (iso3, country, capital, lat, lon), a small
reviewed list analysts extend when their corpus has a country it lacks; a country missing from it
falls back to its ISO name (pycountry) and is left off the map, which says so.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd
import pycountry

from helpers import paths

CAPITALS_CSV = paths.REFERENCE / "capitals_coords.csv"


@lru_cache(maxsize=4)
def capitals(path: Path = CAPITALS_CSV) -> pd.DataFrame:
    """The reference list, indexed by ISO3: country (short display name), capital, lat, lon."""
    frame = pd.read_csv(path, dtype={"iso3": "string", "country": "string", "capital": "string"})
    return frame.set_index("iso3")


@lru_cache(maxsize=1024)  # charts name the partners of every row: a few hundred codes, looked up once each
def country_name(iso3: str | None) -> str:
    """'BLR' -> 'Belarus': the short name from the reference list, else pycountry's, else the code."""
    if iso3 is None or pd.isna(iso3) or not iso3:
        return "(unknown)"
    table = capitals()
    if iso3 in table.index:
        return str(table.at[iso3, "country"])
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return str(iso3)
    return getattr(country, "common_name", None) or country.name
