"""A second audit of English date forms (issue 12) and of cities inside organisations' names: invented
phrases, each with the dates (text, value, precision) or places it must give, negatives included.

Phrases with a publication date are dated as a news story published that day would be: a day or month
without a year takes the publication's year, or the year before/after when the text puts it in the past
or the future."""
import pytest
from conftest import EN
from test_dates import dates, doc_of
from test_mentions import found

from helpers.extract.dates import RELATIVE, find_dates
from helpers.reference import load_reference

PUBLISHED = "2024-06-10"  # a Monday


@pytest.mark.parametrize(
    "text, expected",
    [
        # full dates in the forms wire copy uses
        ("The deal was signed on 17 May 2023 in Kazan.", [("17 May 2023", "2023-05-17", "day")]),
        ("The deal was signed on May 17, 2023 in Kazan.", [("May 17, 2023", "2023-05-17", "day")]),
        ("on march 3, 2024 ministers met", [("march 3, 2024", "2024-03-03", "day")]),
        ("The exhibition opens on 12 March 2025 at 10:00.", [("12 March 2025", "2025-03-12", "day")]),
        ("The law of 1 July 2023 No. 123-FZ took effect.", [("1 July 2023", "2023-07-01", "day")]),
        ("Posted on 2024-06-07 by the press office", [("2024-06-07", "2024-06-07", "day")]),
        ("the conference, Sept. 12-13, 2023, in Baku", [("Sept. 12-13, 2023", "2023-09-12", "day")]),
        ("the visit of 27 June – 2 July 2023", [("27 June – 2 July 2023", "2023-06-27", "day")]),
        ("in Jan.-Feb. 2024 exports rose", [("Jan.-Feb. 2024", "2024-01", "month")]),
        ("by may 2025 the plant will open", [("may 2025", "2025-05", "month")]),
        ("the talks, held in march 2024, ended", [("march 2024", "2024-03", "month")]),
        # a year naming an occasion or a period that took place
        ("Participants of the 2022 forum agreed.", [("2022", "2022", "year")]),
        ("At the 2019 BRICS summit leaders spoke.", [("2019", "2019", "year")]),
        ("the first quarter of 2024 saw growth", [("the first quarter of 2024", "2024", "year")]),
        ("in the second half of 2023 trade fell", [("in the second half of 2023", "2023", "year")]),
        ("in Q1 2024 exports rose", [("2024", "2024", "year")]),
        # not dates: horizons, plan names, identifiers, decades, counts, codes
        ("The plan runs until 2035.", []),
        ("Strategy 2030 was adopted.", []),
        ("The programme for 2025-2027 was adopted.", []),
        ("In the 1990s the plant made tractors.", []),
        ("In the late 1980s, trade collapsed.", []),
        ("The 2010s were a decade of growth.", []),
        ("Flight SU 2024 landed in Minsk.", []),
        ("The Boeing 737 and the Airbus A320 were grounded.", []),
        ("The Tu-204 and the Il-96-300 were shown.", []),
        ("Order No. 2019 was signed.", []),
        ("Issue 2021 of the magazine.", []),
        ("a target of 2,024 units", []),
        ("5G coverage by 2030", []),
        ("The march for digital rights drew thousands.", []),
        ("Those who took part in may be rewarded.", []),
        ("They may march on the capital.", []),
    ],
)
def test_date_forms_without_publication(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day or a month without a year, dated from the publication
        ("The forum was held on Sept. 12-13.", [("Sept. 12-13", "2023-09-12", "day")]),
        ("The fair ran 27 June – 2 July.", [("27 June – 2 July", "2024-06-27", "day")]),
        ("On 3 March the plant opened.", [("3 March", "2024-03-03", "day")]),
        ("MOSCOW, June 7. /TASS/. The talks ended.", [("June 7", "2024-06-07", "day")]),
        ("The ministers met in March.", [("March", "2024-03", "month")]),
        ("The talks were held in march.", [("march", "2024-03", "month")]),
        ("in early march the talks began", [("march", "2024-03", "month")]),
        ("since june, prices have risen", [("june", "2024-06", "month")]),
        ("They met in march and will meet again in september.",
         [("march", "2024-03", "month"), ("september", "2024-09", "month")]),
        ("in may the plant opened", [("may", "2024-05", "month")]),
        ("in mid-March the ministers met", [("March", "2024-03", "month")]),
        ("at the end of March the talks ended", [("at the end of March", "2024-03", "month")]),
        # a future clause puts a month named alone after the publication
        ("The session will be held in April.", [("April", "2025-04", "month")]),
        ("The deal signed in May will take effect in January.", [("May", "2024-05", "month"), ("January", "2025-01", "month")]),
        ("The delegation will arrive on 5 September.", [("5 September", "2024-09-05", "day")]),
        ("The delegation arrived on 5 September.", [("5 September", "2023-09-05", "day")]),
        # not dates even with a publication date
        ("this may be the last round", []),
        ("Flight SU 2024 landed in Minsk.", []),
        ("Aeroflot flight SU 2024 from Moscow was delayed.", []),
        ("Decree No. 2019 of the President", []),
        ("The programme runs until 2035.", []),
    ],
)
def test_date_forms_with_publication(text, expected):
    rows = find_dates(doc_of(text, published=PUBLISHED), EN)
    assert [(d["text"], d["value"], d["precision"]) for d in rows] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agreement was signed on Friday.", [("Friday", "2024-06-07", "day")]),
        ("The delegation will arrive on Wednesday.", [("Wednesday", "2024-06-12", "day")]),
        ("Trade grew last year.", [("last year", "2023", "year")]),
        ("Exports fell this month.", [("this month", "2024-06", "month")]),
    ],
)
def test_periods_from_the_publication(text, expected):
    rows = find_dates(doc_of(text, published=PUBLISHED), EN)
    assert [(d["text"], d["value"], d["precision"]) for d in rows] == expected
    assert all(d["resolved_from"] == RELATIVE for d in rows)


@pytest.fixture(scope="module")
def ref():
    return load_reference()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Minsk Tractor Works signed a deal.", []),
        ("The Minsk Automobile Plant opened a line.", []),
        ("Ulaanbaatar Railways and the Moscow Metro signed the memorandum.", []),
        ("The St Petersburg Polytechnic hosted the forum.", []),
        ("The OSCE Minsk Group met.", []),
        # the city itself stays a place
        ("A new plant opened in Minsk.", [("Minsk", "place", "BLR", "capital")]),
        ("The works began in Kazan.", [("Kazan", "place", "RUS", "city")]),
    ],
)
def test_a_city_inside_an_organisation_name_is_no_place(ref, text, expected):
    assert found(text, ref, kinds=("place",)) == expected
