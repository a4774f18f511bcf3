"""Topics of a text, from the keyword taxonomy in data/reference/topics.csv."""
from __future__ import annotations

from helpers.reference import Reference


def find_topics(text: str, ref: Reference) -> list[str]:
    """Topic keys whose keywords occur in `text` as whole words, in taxonomy order.

    Keywords in capitals ("AI", "5G") match only as written, so "ai" in another word or language
    does not count; other keywords match in any case.
    """
    return ref.topics_in(text)
