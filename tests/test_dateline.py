"""One dateline pattern for ingest and the extractors: every wire form, and no sentence mistaken for one."""

import pytest

from helpers.dateline import agency, match_dateline


@pytest.mark.parametrize("text, place, date, news_agency, story", [
    ("MOGILEV, 12 October (BelTA) – Digital technologies…", "MOGILEV", "12 October", "BelTA", "Digital"),
    ("HANOI, Oct 9 (Reuters) - Russia and Vietnam agreed…", "HANOI", "Oct 9", "Reuters", "Russia"),
    ("BEIJING, April 20 (Xinhua) -- Chinese and Russian officials…", "BEIJING", "April 20", "Xinhua", "Chinese"),
    ("MOSCOW, March 15. /TASS/. Russia and India plan…", "MOSCOW", "March 15", "TASS", "Russia"),
    ("CAIRO (AP) — Egypt and Russia agreed…", "CAIRO", None, "AP", "Egypt"),
    ("ASTANA — Kazakhstan and Russia have launched…", "ASTANA", None, None, "Kazakhstan"),
    ("NIZHNY NOVGOROD, 5 June – The forum opened…", "NIZHNY NOVGOROD", "5 June", None, "The"),
    ("Minsk, 5 June (BelTA) – Belarus and China opened…", "Minsk", "5 June", "BelTA", "Belarus"),
    # the country between the city and the date
    ("BAKU, Azerbaijan, July 23 (Trend) - Azerbaijan and Russia…", "BAKU", "July 23", "Trend", "Azerbaijan"),
    ("TASHKENT, Uzbekistan, 4 March 2023 – The sides signed…", "TASHKENT", "4 March 2023", None, "The"),
    ("Abu Dhabi, United Arab Emirates, Sept. 9 (WAM) -- The UAE…", "Abu Dhabi", "Sept. 9", "WAM", "The"),
    ("HAVANA, Cuba (Prensa Latina) – Cuba and Russia…", "HAVANA", None, "Prensa Latina", "Cuba"),
    # closed by a full stop alone: a place in capitals and a date with a number
    ("МИНСК, 17 мая 2023 года. Россия и Белоруссия подписали…", "МИНСК", "17 мая 2023 года", None, "Россия"),
    ("NAIROBI, May 4. Kenya and Russia signed…", "NAIROBI", "May 4", None, "Kenya"),
])
def test_wire_datelines(text, place, date, news_agency, story):
    match = match_dateline(text)
    assert (match["place"].strip(), match["date"], agency(match)) == (place, date, news_agency)
    assert text[match.end():].startswith(story)


@pytest.mark.parametrize("text", [
    "Russia and Laos - two old partners - signed a roadmap.",  # a sentence with dashes
    "Minsk - the capital - hosted the forum.",  # title case without date and agency
    "The ministry said on Monday that the talks went well.",
    "Minsk, 17 May 2023. Belarus and China opened a park.",  # a full stop alone needs a place in capitals
    "MINSK, the capital. Belarus opened a park.",  # and a date with a number
    "",
])
def test_sentences_are_not_datelines(text):
    assert match_dateline(text) is None


@pytest.mark.parametrize("text", ["MOSCOW, " * 20_000, "A" * 50_000 + ", March 15. /" + "T" * 50_000, "HANOI (" * 20_000])
def test_adversarial_lines_are_no_dateline(text):
    """Linear time on such lines is measured in bench/, not here."""
    assert match_dateline(text) is None


def test_the_longest_dateline_the_pattern_allows_is_found():
    """Every part at its longest (place, country of four words, date, agency, blanks): the cheap test for
    a closing slash, dash or full stop must look far enough to see its dash."""
    country = "Cc" + "c" * 29 + ("  " + "d" * 30) * 3
    text = "A" + "B" * 40 + ",   " + country + ",   " + "12 October" + "x" * 20 + "   (" + "N" * 30 + ")   — Story"
    match = match_dateline(text)
    assert match is not None and match["place"] == "A" + "B" * 40 and text[match.end():] == "Story"
    assert match_dateline(text.replace("—", "+")) is None
