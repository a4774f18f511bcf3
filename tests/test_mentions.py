"""Country, place, bloc and historical mentions: names, adjectives, the capital rule and the guards."""
import json
from pathlib import Path

import pytest
from conftest import EN

from helpers.document import Document, Segment
from helpers.extract.mentions import find_mentions, gold_countries, gold_places
from helpers.paths import CORPUS
from helpers.reference import load_reference

GOLD = Path(__file__).parent / "gold" / "seeds.jsonl"  # the copy of shared/gold kept with the tests


def doc_of(text: str, **kw) -> Document:
    segments = kw.pop("segments", None) or (Segment("d:0", "document", None, 0, len(text), None),)
    return Document(doc_id="d", path="x.txt", text=text, segments=segments, **kw)


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def found(text, ref, kinds=("country", "place", "bloc", "historical")):
    return [(m["surface"], m["kind"], m["iso3"], m["via"]) for m in find_mentions(doc_of(text), ref, EN) if m["kind"] in kinds]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia and the Republic of Congo signed an agreement.", [("Russia", "country", "RUS", "name"), ("Republic of Congo", "country", "COG", "name")]),
        ("The Russian Federation and the PRC agreed.", [("Russian Federation", "country", "RUS", "name"), ("PRC", "country", "CHN", "alias")]),
        ("The main target markets are the USA and the European Union.", [("USA", "country", "USA", "alias"), ("European Union", "bloc", None, "name")]),
        ("Russian and Turkmen IT companies", [("Russian", "country", "RUS", "adjective"), ("Turkmen", "country", "TKM", "adjective")]),
        ("bilateral Sino-Russian cooperation", [("Sino", "country", "CHN", "adjective"), ("Russian", "country", "RUS", "adjective")]),
        ("Belarusian-Russian contacts", [("Belarusian", "country", "BLR", "adjective"), ("Russian", "country", "RUS", "adjective")]),
        ("a new generation of Belarusians and Russians", [("Belarusians", "country", "BLR", "adjective"), ("Russians", "country", "RUS", "adjective")]),
        ("Türkiye, formerly Turkey, and the Kyrgyz Republic", [("Türkiye", "country", "TUR", "name"), ("Turkey", "country", "TUR", "name"), ("Kyrgyz Republic", "country", "KGZ", "name")]),
        ("It did not collapse after the fall of the Soviet Union.", [("Soviet Union", "historical", "SUN", "name")]),
        ("the USSR and Yugoslavia", [("USSR", "historical", "SUN", "alias"), ("Yugoslavia", "historical", "YUG", "name")]),
        ("the EAEU, the Union State, BRICS and the SCO", [("EAEU", "bloc", None, "name"), ("Union State", "bloc", None, "name"), ("BRICS", "bloc", None, "name"), ("SCO", "bloc", None, "name")]),
        ("the Shanghai Cooperation Organization (SCO)", [("Shanghai Cooperation Organization", "bloc", None, "name"), ("SCO", "bloc", None, "name")]),
        ("MOGILEV, 12 October (BelTA) –", [("MOGILEV", "place", "BLR", "city")]),
        ("The REPUBLIC OF BELARUS", [("REPUBLIC OF BELARUS", "country", "BLR", "name")]),
    ],
)
def test_names_and_adjectives(ref, text, expected):
    assert found(text, ref) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # regions and continents are never countries
        ("Russia and Africa; a link of Asia with Europe along the Arctic coast", [("Russia", "country", "RUS", "name")]),
        ("trade with Latin America", []),
        # ambiguous names, decided by context
        ("Michael Jordan scored again.", []),
        ("Jordan and Egypt signed a treaty.", [("Jordan", "country", "JOR", "name"), ("Egypt", "country", "EGY", "name")]),
        ("King Abdullah of Jordan arrived.", [("Jordan", "country", "JOR", "name")]),
        ("Chad Smith joined the band.", []),
        ("He moved to Atlanta, Georgia in May.", [("Atlanta", "place", "USA", "city")]),
        ("Georgia and Armenia discussed transit.", [("Georgia", "country", "GEO", "name"), ("Armenia", "country", "ARM", "name")]),
        ("Guinea pigs are popular pets.", []),
        ("Niger and Mali closed the border.", [("Niger", "country", "NER", "name"), ("Mali", "country", "MLI", "name")]),
        ("a turkey dinner served on fine china", []),
        ("PLEASE LET US KNOW", []),
        # a place name that heads an organisation's name is not a place
        ("the city of Innopolis and the Skolkovo Foundation", [("Innopolis", "place", "RUS", "city")]),
    ],
)
def test_guards(ref, text, expected):
    assert found(text, ref) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the government acts: the capital stands for its state
        ("Moscow and Caracas agreed to expand cooperation.", [("Moscow", "country", "RUS"), ("Caracas", "country", "VEN")]),
        ("Beijing said the talks were useful.", [("Beijing", "country", "CHN")]),
        ("Washington imposed new sanctions.", [("Washington", "country", "USA")]),
        ("Beijing's position has not changed.", [("Beijing", "country", "CHN")]),
        # a venue: a place
        ("the plenary session of the forum in Mogilev on 12 October", [("Mogilev", "place", "BLR")]),
        ("Moscow is hosting the IV Forum of Regions.", [("Moscow", "place", "RUS")]),
        ("The side expects to return from Moscow with contracts.", [("Moscow", "place", "RUS")]),
        ("Putin's visit to Beijing", [("Beijing", "place", "CHN")]),
        # the city government acts: a place
        ("Moscow and Beijing signed a cooperation program. It was signed by the mayor of Moscow.", [("Moscow", "place", "RUS"), ("Beijing", "place", "CHN"), ("Moscow", "place", "RUS")]),
        ("The municipal authorities said Minsk and Tashkent agreed to twin the cities.", [("Minsk", "place", "BLR"), ("Tashkent", "place", "UZB")]),
    ],
)
def test_capital_rule(ref, text, expected):
    assert [(s, k, i) for s, k, i, _ in found(text, ref, ("country", "place"))] == expected


def test_city_government_cue_covers_a_listing_item(ref):
    text = "Moscow and Beijing signed an agreement\n\nThe program was signed by the mayor of the Russian capital.\n"
    item = Segment("d:1", "item", "Moscow and Beijing signed an agreement", 0, len(text), 2024)
    rows = find_mentions(doc_of(text, segments=(Segment("d:0", "document", None, 0, len(text), None), item)), ref, EN)
    assert [(m["entity"], m["kind"]) for m in rows] == [("Moscow", "place"), ("Beijing", "place"), ("Russia", "country")]
    assert all(m["seg_id"] == "d:1" for m in rows)


def test_gold_views(ref):
    rows = find_mentions(doc_of("MOGILEV – Belarus and the USA met in Mogilev and Moscow; Russia agreed."), ref, EN)
    assert gold_countries(rows) == ["BLR", "RUS", "USA"]
    assert gold_places(rows) == [["Mogilev", "BLR"], ["Moscow", "RUS"]]


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold not available")
def test_seed_countries_and_places_match_the_gold(ref):
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (CORPUS / gold["doc"]).read_text(encoding="utf-8")
        rows = find_mentions(doc_of(text), ref, EN)
        assert gold_countries(rows) == gold["countries"], gold["doc"]
        assert gold_places(rows) == gold["places"], gold["doc"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia " * 60_000,  # one 420 KB line of names, no sentence break
        "Aaaa Bbbb Cccc " * 30_000,  # thousands of capitalised words in a row
        "1234 5678, " * 40_000,  # digits everywhere
        "Republic of " * 40_000 + "Belarus",  # a long name prefix that never completes
        "x" * 300_000,  # one 300 KB word
        "Moscow and Beijing agreed; " * 10_000,  # capitals everywhere, each deciding by its partner
    ],
)
def test_adversarial_input_gives_spans_inside_the_text(ref, text):
    """Linear time on such input is measured in bench/, not here."""
    rows = find_mentions(doc_of(text), ref, EN)
    assert all(0 <= row["start"] < row["end"] <= len(text) for row in rows)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Moscow has accused Kyiv of delays.", [("Moscow", "country", "RUS"), ("Kyiv", "country", "UKR")]),
        ("Latin American and African partners", []),
        ("students from England and Siberia", [("England", "place", "GBR"), ("Siberia", "place", "RUS")]),
        ("Beijing will not respond.", [("Beijing", "country", "CHN")]),
        ("relations between Moscow and Washington", [("Moscow", "country", "RUS"), ("Washington", "country", "USA")]),
        ("Minsk strengthened ties with Beijing.", [("Minsk", "place", "BLR"), ("Beijing", "country", "CHN")]),
        ("a conference with Moscow students", [("Moscow", "place", "RUS")]),
        ("a senator from the state of Georgia", []),
        ("RUSSIA AND THE US SIGN A DEAL", [("RUSSIA", "country", "RUS")]),
        ("Russia and the US signed a deal.", [("Russia", "country", "RUS"), ("US", "country", "USA")]),
    ],
)
def test_capital_and_guard_details(ref, text, expected):
    assert [(s, k, i) for s, k, i, _ in found(text, ref, ("country", "place"))] == expected
