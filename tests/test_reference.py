"""Reference data: loading, name lookups and the phrase-to-country helper other extractors use."""
import pytest

from helpers.reference import load_reference
from helpers.topics import find_topics


@pytest.fixture(scope="module")
def ref():
    return load_reference()


@pytest.mark.parametrize(
    "phrase, iso3",
    [
        ("First Deputy Prime Minister of Belarus", "BLR"),
        ("Russian President", "RUS"),
        ("Belarus' National Assembly", "BLR"),
        ("Chairwoman of the Federation Council of the Federal Assembly of the Russian Federation", "RUS"),
        ("Minister of Transport, Communications and High Technologies of the Republic of Azerbaijan", "AZE"),
        ("Director of the State Chancellery of the People's Republic of China (PRC)", "CHN"),
        ("the mayor of the Chinese capital", "CHN"),
        ("Mayor of Moscow", "RUS"),
        ("U.S. Secretary of State", "USA"),
        ("Serbian Innovation Minister", "SRB"),
        ("Minister of Industry and Informatization of the PRC", "CHN"),
        ("Deputy Minister of Economic Development", None),
        ("head of the Ministry of Digital Development", None),
    ],
)
def test_country_in(ref, phrase, iso3):
    assert ref.country_in(phrase) == iso3


def test_every_un_member_has_a_display_name(ref):
    assert len(ref.country_names) >= 249
    assert ref.country_names["RUS"] == "Russia"
    assert ref.country_names["USA"] == "United States"


def test_bloc_members_expand_on_request(ref):
    assert ref.bloc_members("EAEU") == ("ARM", "BLR", "KAZ", "KGZ", "RUS")
    assert ref.bloc_members("Eurasian Union") == ref.bloc_members("EAEU")
    assert "RUS" in ref.bloc_members("BRICS")
    assert ref.bloc_members("Atlantis") == ()


def test_historical_states_are_not_countries(ref):
    [match] = ref.match_names("after the fall of the Soviet Union")
    assert (match.entry.kind, match.entry.code, match.entry.iso3) == ("historical", "SUN", None)


@pytest.mark.parametrize("text", ["a turkey dinner", "fine china", "guinea fowl"])
def test_lowercase_words_are_not_names(ref, text):
    assert ref.match_names(text) == []


def test_longest_name_wins(ref):
    kinds = [(m.entry.kind, m.entry.entity) for m in ref.match_names("Papua New Guinea and Latin America")]
    assert kinds == [("country", "Papua New Guinea"), ("region", "Latin America")]


@pytest.mark.parametrize(
    "text, topics",
    [
        ("joint work on artificial intelligence and e-commerce", ["ai", "e_commerce"]),
        ("AI on the roads and 5G networks", ["ai", "telecom_satellites"]),
        ("an agreement on antitrust regulation in digital markets", ["antitrust_regulation"]),
        ("He said it was fair; the RAIN fell; Ai Weiwei", []),  # "AI" only as a word in capitals
    ],
)
def test_topics(ref, text, topics):
    assert find_topics(text, ref) == topics
