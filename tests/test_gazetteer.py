"""World cities from the GeoNames gazetteer: context decides, countries and population resolve."""
from __future__ import annotations

import pytest

from helpers.document import Document, Segment
from helpers.evaluate import _place_key
from helpers.gazetteer import load_gazetteer, name_key
from helpers.extract.mentions import find_mentions, gold_places
from helpers.reference import load_reference

from conftest import EN


def places(text: str, via: str = "") -> list[tuple[str, str, str]]:
    """(surface, entity, iso3) of the places found, those found `via` a prefix only when given."""
    doc = Document(doc_id="d", path="x.txt", text=text, segments=(Segment("d:0", "document", None, 0, len(text), None),))
    return [(m["surface"], m["entity"], m["iso3"]) for m in find_mentions(doc, load_reference(), EN)
            if m["kind"] == "place" and m["via"].startswith(via)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The summit was held in Sanya last April.", [("Sanya", "Sanya", "CHN")]),
        ("The third summit took place on April 14, 2011 in Sanya, China.", [("Sanya", "Sanya", "CHN")]),
        ("Delegates arrived from Sharjah on Monday.", [("Sharjah", "Sharjah", "ARE")]),
        ("SHARJAH, 14 April (WAM) - The council met.", [("SHARJAH", "Sharjah", "ARE")]),
        (" date 2021-04-14 SHARJAH, (WAM) The council met.", [("SHARJAH", "Sharjah", "ARE")]),
        ("Ministers gathered in the city of Kazan for the games.", [("Kazan", "Kazan", "RUS")]),
        ("Governor of the Ulyanovsk Region spoke first.", [("Ulyanovsk Region", "Ulyanovsk Region", "RUS")]),
        ("Investors in Ulyanovsk oblast were named.", [("Ulyanovsk oblast", "Ulyanovsk Oblast", "RUS")]),
        # a list of places after a venue word, or after a city cities.csv knows
        ("Offices opened in Ibadan, Mombasa and Surabaya.", [("Ibadan", "Ibadan", "NGA"), ("Mombasa", "Mombasa", "KEN"),
                                                              ("Surabaya", "Surabaya", "IDN")]),
        ("Hubs in Moscow, Sanya and Sharjah.", [("Moscow", "Moscow", "RUS"), ("Sanya", "Sanya", "CHN"),
                                                ("Sharjah", "Sharjah", "ARE")]),
        # several words
        ("Talks continued in Nizhny Novgorod.", [("Nizhny Novgorod", "Nizhny Novgorod", "RUS")]),
    ],
)
def test_gazetteer_places_in_context(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first word that is no name alone ("The", "In", "Mar") opens a longer one, wherever else it stands
        ("The Council met in The Hague. The talks went on.", [("The Hague", "The Hague", "NLD")]),
        ("In March the delegates flew from In Salah.", [("In Salah", "In Salah", "DZA")]),
        ("Council members met in Council Bluffs, Iowa.", [("Council Bluffs", "Council Bluffs", "USA"), ("Iowa", "Iowa", "USA")]),
        ("The summit in Mar del Plata ended; Mar is a word too.", [("Mar del Plata", "Mar del Plata", "ARG")]),
        ("Hague officials came. The Council met in The Forum of Hague.", []),  # "The" looked up, no name follows
        ("The Council met in The Villages and the villages nearby.", []),  # its second word used in lower case
    ],
)
def test_names_whose_first_word_is_no_name_alone(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sanya is often mentioned.",  # no venue context: a name the gazetteer alone knows stays unclaimed
        "Sanya, Sharjah and Ibadan are names.",  # a list, but none of it is a venue
        "Talks in Minsk and Mobile banking grew.",  # a list continuation that is a common word
        "The deal was signed at the end of March in principle.",  # March, Cambridgeshire
        "Prices rose in March and fell in May.",
        "Growth in Mobile payments was strong.",  # Mobile, Alabama
        "The forum was held in Nice weather, said the hosts.",
        "Delegates came from Bath and Reading, they said.",
        "The growth of Of is slow.",  # Of, Turkey
        "He spoke at Reading the report aloud.",
        "The Sharjah Chamber of Commerce hosted the meeting.",  # an organisation's name
        "Ministers met in the White House on Friday.",  # an alternate name of Casablanca, Morocco not named
        "The meeting in Mobile was about mobile banking.",  # the text uses the word in lower case
    ],
)
def test_words_that_are_also_city_names_are_not_places(text):
    assert places(text, via="gazetteer") == []


@pytest.mark.parametrize(
    "text, iso3",
    [
        ("Investors came from Birmingham to the forum.", "GBR"),  # the most populous Birmingham
        ("The United States delegation came from Birmingham.", "USA"),  # the country the text names
        ("The IT park opened in Valencia last year.", "VEN"),
        ("Spain hosted the fair in Valencia.", "ESP"),
        ("The fair in Valencia, Spain, closed.", "ESP"),  # the country right after the name
    ],
)
def test_ambiguity_resolved_by_named_countries_then_population(text, iso3):
    assert [p[2] for p in places(text)] == [iso3]


def test_canonical_name_with_the_surface_kept():
    gazetteer = load_gazetteer()
    assert name_key("St. Petersburg") == name_key("St Petersburg") == name_key("Saint Petersburg")
    assert gazetteer.canonical("St Petersburg") == "Saint Petersburg"
    assert gazetteer.canonical("St. Petersburg", "USA") == "St. Petersburg"  # Florida's is spelt so in GeoNames
    assert gazetteer.canonical("Atlantis", "GRC") == "Atlantis"  # unknown: the name itself
    assert _place_key("St. Petersburg", "RUS") == _place_key("Saint Petersburg", "RUS")


def test_gold_places_use_the_canonical_name():
    doc = Document(doc_id="d", path="x.txt", text="The office opened in St Petersburg, Russia.",
                   segments=(Segment("d:0", "document", None, 0, 44, None),))
    mentions = find_mentions(doc, load_reference(), EN)
    assert gold_places(mentions) == [["Saint Petersburg", "RUS"]]
    assert [m["surface"] for m in mentions if m["kind"] == "place"] == ["St Petersburg"]


def test_gazetteer_is_loaded_once():
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize(
    "text",
    [
        "Ministers attended the Kazan International Trade Forum on Friday.",
        "The Novosibirsk Digital Forum opened its third session.",
        "She heads the Daily Courier Minsk Bureau.",
        "He studied at Moscow State University.",
        "The minister spoke at the Sharjah Forum.",
    ],
)
def test_a_place_opening_an_organisation_or_event_name_is_not_a_place(text):
    assert places(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The forum in Kazan drew investors from Asia.", [("Kazan", "Kazan", "RUS")]),
        ("Ministers met in Minsk. Forum delegates left on Friday.", [("Minsk", "Minsk", "BLR")]),
        ("Talks in Novosibirsk Were Long And Tiring Forum Delegates Said", [("Novosibirsk", "Novosibirsk", "RUS")]),
    ],
)
def test_a_place_before_other_capitalised_words_stays_a_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the agent of a state's act
        "The province was attacked by Baku in a short war.",
        "The republic was recognised by Moscow last year.",
        # a relation noun and "on"
        "The West imposed new sanctions on Minsk over the vote.",
        "Pressure on Beijing grew after the talks.",
        # a possessive capital before a state's envoy, with or without a modifier
        "Moscow's top diplomat flew home.",
        "Minsk’s envoy to the bloc spoke next.",
        # two capitals sharing a verb after a modal or "need to"
        "Moscow and Baku need to find a compromise.",
        "Ankara and Tehran may share intelligence on the threat.",
    ],
)
def test_a_capital_acting_for_its_state_is_not_a_place(text):
    assert places(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The forum was organised by Moscow City Hall in Moscow.", [("Moscow", "Moscow", "RUS")] * 2),
        ("The delegation was greeted on arrival in Minsk by the mayor.", [("Minsk", "Minsk", "BLR")]),
        ("Moscow's parks were full on Sunday.", [("Moscow", "Moscow", "RUS")]),
        ("Tourists in Baku need a visa.", [("Baku", "Baku", "AZE")]),
    ],
)
def test_a_capital_as_a_city_stays_a_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Russian republics and autonomous okrugs, and disputed regions, named with their country
        ("Investors from the Chechen Republic and Dagestan arrived.", [("Chechen Republic", "Chechnya", "RUS"),
                                                                     ("Dagestan", "Dagestan", "RUS")]),
        ("The governor of the Khanty-Mansi Autonomous Okrug opened the fair.",
         [("Khanty-Mansi Autonomous Okrug", "Khanty-Mansi Autonomous Okrug", "RUS")]),
        ("Tourism in Crimea and Nagorno-Karabakh fell.", [("Crimea", "Crimea", "UKR"),
                                                          ("Nagorno-Karabakh", "Nagorno-Karabakh", "AZE")]),
        ("Weather: Brazilia 25 °C", [("Brazilia", "Brasilia", "BRA")]),  # a common transliteration of the capital
    ],
)
def test_regions_and_spellings_from_the_reference(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", ["The Crimean War ended in 1856.", "Karelian birch is a prized wood."])
def test_region_adjectives_are_not_places(text):
    assert places(text) == []


def all_places(text: str) -> list[tuple[str, str, str]]:
    doc = Document(doc_id="d", path="x.txt", text=text, segments=(Segment("d:0", "document", None, 0, len(text), None),))
    return [(m["surface"], m["entity"], m["iso3"]) for m in find_mentions(doc, load_reference(), EN) if m["kind"] == "place"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city that is also a given name, before a capitalised word that is no name of its own: a person
        ("Paris Hilton visited the show.", []),
        ("The singer Sydney Smith wrote to the mayor.", []),
        ("Austin Powers was screened.", []),
        # the same names as places
        ("Ministers met in Paris on Monday.", [("Paris", "Paris", "FRA")]),
        ("Paris, the French capital, hosted the talks.", [("Paris", "Paris", "FRA")]),
        ("The talks in Paris March 3 ended.", [("Paris", "Paris", "FRA")]),
        ("The company is based in Sydney.", [("Sydney", "Sydney", "AUS")]),
        # a city named like a common word, with its own country after it
        ("The bank in Florence, Italy, closed.", [("Florence", "Florence", "ITA")]),
        ("In Victoria, Canada, officials met.", [("Victoria", "Victoria", "CAN")]),
        ("Hope, Russia said, is the key.", []),
        ("Talks ended in May, Russia said.", []),
    ],
)
def test_given_names_and_common_words_that_are_cities(text, expected):
    assert all_places(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a US state outranks a foreign town of its name
        ("In Florida and Texas, officials met.", [("Florida", "Florida", "USA"), ("Texas", "Texas", "USA")]),
        ("A data centre opened in Nevada.", [("Nevada", "Nevada", "USA")]),
        # a state named like a US city is the city
        ("Talks in New York ended.", [("New York", "New York", "USA")]),
        # without a venue, a state is no place (as any name only the gazetteer knows)
        ("Montana said it agreed.", []),
    ],
)
def test_us_states_are_places_of_the_usa(text, expected):
    assert all_places(text) == expected
