"""One colour per country, the same on every chart, page and notebook, whatever the corpus.

A colour that depended on the order of the partners in one chart would paint China blue on one page
and red on the next. Here the colour is a function of the ISO3 code alone: the countries most often
seen as Russia's partners have distinct colours fixed in `FIXED`; any other code takes a colour from
`PALETTE` chosen by a stable hash of the code (not Python's `hash`, which changes between runs).
"""
from __future__ import annotations

import zlib

from plotly.colors import qualitative

NO_COUNTRY_COLOUR = "#9e9e9e"  # "(no country)": grey, never a country's colour
PALETTE = qualitative.Dark24 + qualitative.Alphabet

# Distinct colours for the partners a reader meets most; Russia keeps the one colour no other uses.
FIXED = {
    "RUS": "#b2182b", "CHN": "#1f77b4", "BLR": "#2ca02c", "KAZ": "#17becf", "ARM": "#ff7f0e",
    "KGZ": "#9467bd", "UZB": "#8c564b", "TJK": "#e377c2", "IND": "#bcbd22", "IRN": "#006d2c",
    "AZE": "#7f7f7f", "MNG": "#d62728", "VNM": "#e6ab02", "CUB": "#08306b", "VEN": "#a6761d",
    "SRB": "#6a3d9a", "TUR": "#fb9a99", "EGY": "#b15928", "BRA": "#1b9e77", "ZAF": "#7570b3",
    "SAU": "#66a61e", "ARE": "#e7298a", "IDN": "#fdbf6f", "MYS": "#cab2d6", "TKM": "#a6cee3",
    "USA": "#4d4d4d", "DEU": "#f16913", "FRA": "#2171b5", "GBR": "#c51b8a", "JPN": "#e31a1c",
    "KOR": "#41ab5d", "PRK": "#525252",
}


def country_colour(iso3: str | None) -> str:
    """The colour of a country, by ISO3 code; grey for a missing code or '(no country)'."""
    if not iso3 or not isinstance(iso3, str) or iso3.startswith("("):
        return NO_COUNTRY_COLOUR
    code = iso3.strip().upper()
    if code in FIXED:
        return FIXED[code]
    return PALETTE[zlib.crc32(code.encode("ascii", "replace")) % len(PALETTE)]

