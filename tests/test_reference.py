"""Reference data: loading, name lookups and the phrase-to-country helper other extractors use."""
import re
import shutil

import pytest

from helpers import paths
from helpers.reference import ReferenceDataError, load_reference
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
        # a phrase's words in any case, split by any gap but no other word; a keyword only as a whole word
        ("MACHINE-LEARNING and E_Commerce", ["ai", "e_commerce"]),
        ("machine\n learning; Artificial  Intelligence", ["ai"]),
        ("ecommerce, machine-made learning, artificial intelligences", []),
        ("Semiconductors; 'skills', Robotics", ["ai", "microelectronics", "education_skills"]),
        ("roboticsX, microchipsets, preskills", []),
    ],
)
def test_topics(ref, text, topics):
    assert find_topics(text, ref) == topics


def reference_copy(tmp_path, file: str, rows: str):
    """The reference folder with `rows` appended to one of its files."""
    folder = tmp_path / "reference"
    shutil.copytree(paths.REFERENCE, folder)
    with open(folder / file, "a", encoding="utf-8") as handle:
        handle.write(rows)
    return folder


def test_a_cyrillic_reference_row_is_matched_in_a_cyrillic_text(tmp_path):
    ref = load_reference(reference_copy(tmp_path, "variants.csv", "RUS,Россия,alias,\nCHN,Китайская Народная Республика,alias,\n"))
    text = "Россия и Китайская Народная Республика подписали соглашение; россия в нижнем регистре не имя."
    found = [(text[m.start:m.end], m.entry.iso3) for m in ref.match_names(text)]
    assert found == [("Россия", "RUS"), ("Китайская Народная Республика", "CHN")]


@pytest.mark.parametrize(("file", "rows", "reason"), [
    ("cities.csv", "moscow suburbs,RUS,city,\n", "does not start with a capital letter"),
    ("regions.csv", "---\n", "has no word to match"),
    ("variants.csv", "XXX,Atlantis,name,\n", "unknown ISO3 'XXX'"),
])
def test_a_row_the_matcher_cannot_use_is_an_error_naming_file_line_and_reason(tmp_path, file, rows, reason):
    folder = reference_copy(tmp_path, file, rows)
    last_line = len((folder / file).read_text(encoding="utf-8").splitlines())
    with pytest.raises(ReferenceDataError, match=re.escape(f"{file}, line {last_line}: ") + ".*" + re.escape(reason)):
        load_reference(folder)
