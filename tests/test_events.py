"""Events, pairs and amounts: listing items and the occasion a story reports."""
import json
from pathlib import Path

import pytest
from conftest import EN

from helpers.document import Document, Segment
from helpers.extract.dates import find_dates
from helpers.extract.events import find_events
from helpers.extract.mentions import find_mentions
from helpers.reference import load_reference

GOLD = Path(__file__).parent / "gold" / "seeds.jsonl"  # the copy of shared/gold kept with the tests


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def listing(year: int, headline: str, body: str, *, published="2024-10-11") -> Document:
    """A listing page with one year heading and one item."""
    text = f"{year}\n\n{headline}\n\n{body}\n"
    item_start = text.index(headline)
    segments = (
        Segment("d:0", "document", None, 0, len(text), None),
        Segment("d:1", "section", str(year), 0, len(text), year),
        Segment("d:2", "item", headline, item_start, len(text), year),
    )
    return Document(doc_id="d", path="x.txt", text=text, published=published, published_precision="day",
                    genre="listing", segments=segments)


def story(text: str, *, title=None, published=None) -> Document:
    return Document(doc_id="d", path="x.txt", text=text, title=title, published=published,
                    published_precision="day" if published else None,
                    segments=(Segment("d:0", "document", None, 0, len(text), None),))


def run(doc, ref):
    mentions = find_mentions(doc, ref, EN)
    return find_events(doc, ref, EN, mentions=mentions, dates=find_dates(doc, EN))


@pytest.mark.parametrize(
    "year, headline, body, date, precision, countries",
    [
        # the first date of the body; the announcement month when that is the only date
        (2024, "Launch of joint digital projects with Tajikistan worth ₽2,5 billion",
         "Russia and Tajikistan have launched joint projects totaling over ₽2,5 billion. This was announced in "
         "October 2024 by the chairman. In the first seven months of 2024, trade grew compared to 2023.",
         "2024-10", "month", ["RUS", "TJK"]),
        # a date reported on gives way to the meeting day a caption gives just before it
        (2017, "Russia and Serbia discussed cooperation in the field of IT",
         "The ministers held a meeting, the press service reported on August 25, 2017.\n\n"
         "Meeting with Serbian Innovation Minister, August 24, 2017, Moscow.",
         "2017-08-24", "day", ["RUS", "SRB"]),
        # ... but not for an older, different meeting
        (2017, "Ministers of Russia and China discussed the digital economy",
         "As it became known on July 28, the ministers held a working meeting. The XVI meeting was held on June 8, 2017 in Moscow.",
         "2017-07-28", "day", ["CHN", "RUS"]),
        # the heading's year fills the missing year; no date at all gives the heading year
        (2017, "Russia and Kazakhstan discussed digitalization", "The ministers met. Nothing else is known.",
         "2017", "year", ["KAZ", "RUS"]),
        # Africa is not a state: a single party
        (2023, "Putin spoke about ICT cooperation between Russia and Africa",
         "Russia is expanding cooperation with African states. This was announced on July 27, 2023 by Putin.",
         "2023-07-27", "day", ["RUS"]),
        # a proposal naming Belarus further down is not a party of the visit
        (2017, "Russia invited Kazakhstan to jointly develop technologies",
         "In September 2017, the minister made a working visit to the Republic of Kazakhstan. "
         "In turn, Nazarbayev proposed Russia, Belarus and Kazakhstan to create a joint commission.",
         "2017-09", "month", ["KAZ", "RUS"]),
        # a headline naming both states is not widened by a venue in the lead
        (2024, "Russia and India signed a memorandum on satellite navigation",
         "On October 22, 2024, the sides signed it on the sidelines of the summit in Brazil.",
         "2024-10-22", "day", ["IND", "RUS"]),
        # leaders named by adjective in the lead
        (2023, "What Vladimir Putin and Xi Jinping agreed on",
         "On March 21, 2023, negotiations between Russian President Vladimir Putin and Chinese President Xi Jinping ended.",
         "2023-03-21", "day", ["CHN", "RUS"]),
        # cities acting as parties stand for their states when no state is named
        (2024, "Moscow and Beijing signed an agreement on digitalization",
         "On June 17, 2024, Moscow and Beijing signed a cooperation program. It was signed by the mayor of the "
         "Russian capital. Trade between Russia and China reached about $227 billion, with the share of Moscow "
         "over $90 billion. The USA and the EU account for a small share.",
         "2024-06-17", "day", ["CHN", "RUS"]),
        # a bloc acting stands for its members when no state is named
        (2024, "The Strategy for the Technological Development of the Union State until 2035 has been developed",
         "At the end of January 2024, it became known about a strategy of the Union State.",
         "2024-01", "month", ["BLR", "RUS"]),
    ],
)
def test_listing_item_events(ref, year, headline, body, date, precision, countries):
    [event], _, _ = run(listing(year, headline, body), ref)
    assert (event["headline"], event["date"], event["precision"], event["countries"]) == (headline, date, precision, countries)
    assert event["event_id"] == "d:e0" and event["seg_id"] == "d:2"


def test_item_amounts_are_unique_figures_of_the_body(ref):
    doc = listing(2024, "Launch of joint digital projects with Tajikistan worth ₽2,5 billion",
                  "Russia and Tajikistan launched projects totaling over ₽2,5 billion.\n\nRussia and Tajikistan "
                  "launched joint digital projects worth ₽2,5 billion\n\nMore than 30 projects totaling over "
                  "₽3,7 billion. A share of more than 20%.")
    [event], _, amounts = run(doc, ref)
    assert [(a["text"], a["value"], a["currency"], a["qualifier"]) for a in amounts] == [
        ("₽2,5 billion", 2.5e9, "RUB", "over"), ("₽3,7 billion", 3.7e9, "RUB", "over"),
    ]
    assert [a["text"] for a in event["amounts"]] == ["₽2,5 billion", "₽3,7 billion"]
    assert all(a["event_id"] == "d:e0" for a in amounts)


def test_pairs_have_sorted_codes_and_evidence(ref):
    doc = listing(2022, "Russia and the Republic of Congo signed an agreement on ICT cooperation",
                  "The agreement was announced on September 27, 2022.")
    _, [pair], _ = run(doc, ref)
    assert (pair["a"], pair["b"], pair["date"], pair["precision"]) == ("COG", "RUS", "2022-09-27", "day")
    assert pair["evidence"] == "Russia and the Republic of Congo signed an agreement on ICT cooperation"
    assert doc.text[pair["start"] : pair["end"]] == pair["evidence"]


@pytest.mark.parametrize(
    "text, title, published, headline, date, precision, countries",
    [
        ("MOGILEV, 12 October (BelTA) – Belarus and Russia. Turchin made the statement during the plenary session "
         "of the fifth Forum of Regions of Belarus and Russia in Mogilev on 12 October, BelTA has learned.",
         None, None, "plenary session of the fifth Forum of Regions of Belarus and Russia", None, "day", ["BLR", "RUS"]),
        ("High-tech among the main topics of Belarus-Russia IV Forum of Regions\n\nFrom cultural cohesion to "
         "economic ties: Moscow is hosting the IV Forum of Regions of Belarus and Russia. Contracts are worth $400 million.",
         "High-tech among the main topics of Belarus-Russia IV Forum of Regions", None,
         "IV Forum of Regions of Belarus and Russia", None, None, ["BLR", "RUS"]),
        ("Mishustin attends the Digital Future of the Global Economy international forum\n5 February 2021\n"
         "We discussed integration in the Eurasian Union. Last year, the five countries made known their desire.",
         None, "2021-02-05", "Digital Future of the Global Economy international forum", "2021-02-05", "day",
         ["ARM", "BLR", "KAZ", "KGZ", "RUS"]),
    ],
)
def test_story_event_is_the_occasion_it_reports(ref, text, title, published, headline, date, precision, countries):
    [event], _, _ = run(story(text, title=title, published=published), ref)
    assert (event["headline"], event["date"], event["precision"], event["countries"]) == (headline, date, precision, countries)


@pytest.mark.parametrize(
    "text, headline, countries",
    [
        ("The meeting of the presidents of Russia and Turkmenistan took place in June 2022.",
         "meeting of the presidents of Russia and Turkmenistan", ["RUS", "TKM"]),
        ("Putin held talks with Xi Jinping. Russia and China signed 12 documents.", "talks with Xi Jinping", ["CHN", "RUS"]),
        # an occasion named by its venue; the parties come from the sentence
        ("Russian President Putin and Kazakh President Tokayev held talks in the Kremlin on Friday.",
         "talks in the Kremlin", ["KAZ", "RUS"]),
        ("The delegations held a meeting in Astana. Kazakh and Russian officials signed a roadmap.",
         "meeting in Astana", ["KAZ", "RUS"]),
        # who met as a hyphenated pair before the noun
        ("Vladimir Putin spoke after the Russian-Belarusian talks in Minsk.", "Russian-Belarusian talks", ["BLR", "RUS"]),
        ("Leaders gathered for the Russia–ASEAN summit in Kazan. Officials of Laos attended.",
         "Russia–ASEAN summit", ["RUS"]),
        ("Russia and Britain held talks with Theresa May in London.", "talks with Theresa May", ["GBR", "RUS"]),
        # a month after "in" is a date, not a venue
        ("The ministers of Russia and Armenia will hold talks in October.",
         "The ministers of Russia and Armenia will hold talks in October", ["ARM", "RUS"]),
    ],
)
def test_unnamed_occasions(ref, text, headline, countries):
    [event], _, _ = run(story(text), ref)
    assert (event["headline"], event["countries"]) == (headline, countries)


def test_story_without_an_occasion_falls_back_to_its_title(ref):
    [event], _, _ = run(story("Russia and Cuba sign a deal\n\nThe two states agreed.", title="Russia and Cuba sign a deal"), ref)
    assert (event["headline"], event["countries"], event["date"]) == ("Russia and Cuba sign a deal", ["CUB", "RUS"], None)


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold not available")
def test_seed_events_match_the_gold(ref):
    from helpers.ingest import parse_text
    from helpers.paths import CORPUS

    for line in GOLD.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        doc = parse_text((CORPUS / gold["doc"]).read_text(encoding="utf-8"), path=gold["doc"])
        events, _, amounts = run(doc, ref)
        got = [
            (e["headline"], e["date"], e["precision"], e["countries"], [a["text"] for a in amounts if a["event_id"] == e["event_id"]])
            for e in events
        ]
        want = [(e["headline"], e["date"], e["precision"], e["countries"], e["amounts"]) for e in gold["events"]]
        assert got == want, gold["doc"]


@pytest.mark.parametrize(
    "text",
    [
        "Forum " * 70_000,  # occasion nouns everywhere
        "The Big Forum of " * 25_000,  # a name that never ends
        "Russia and China. " * 20_000 + "the five countries " * 5_000,
        "$1 billion and " * 20_000,
        "Russian-Belarusian-Chinese-Indian talks " * 10_000,  # a pair before every meeting noun
        "talks in " * 30_000,  # venues that never name a place
        "A-B-C-D-E-F-G-H " * 20_000 + "meeting",
        "MOSCOW, March 15 (TASS) -- Putin met Xi on Monday, " * 10_000,
    ],
)
def test_adversarial_input_gives_at_most_one_story_event(ref, text):
    """Linear time on such input is measured in bench/, not here."""
    events, _, _ = run(story(text), ref)
    assert len(events) <= 1


@pytest.mark.parametrize("text", ["", "   \n\n  ", "2024", "Forum", "$", "Russia"])
def test_degenerate_documents(ref, text):
    doc = Document(doc_id="d", path="x.txt", text=text, published="2024-13-45", published_precision="day")
    events, pairs, amounts = run(doc, ref)
    assert isinstance(events, list) and isinstance(pairs, list) and isinstance(amounts, list)


def test_a_long_title_like_line_stays_linear(ref):
    text = ("Digital Forum of Regions " * 12_000 + "\n") * 2
    doc = story(text, title=text.split("\n")[0])
    events, _, _ = run(doc, ref)
    assert len(events) <= 1


def run_with_people(doc, ref):
    """As the pipeline does: the person mentions (with their countries) go to the events too."""
    from helpers.extract.people import find_people
    from helpers.extract.people.known import load_known_people

    mentions = find_mentions(doc, ref, EN) + find_people(doc, ref, load_known_people(), EN).mentions
    return find_events(doc, ref, EN, mentions=mentions, dates=find_dates(doc, EN))


@pytest.mark.parametrize(
    "text, title, published, headline, date, precision",
    [
        # a dateline is never part of the headline: the lead sentence after it, without the attribution
        ("ASTANA, May 4. /KAZINFORM/. Kazakhstan and Turkey will build a joint data centre by 2027, "
         "Deputy Minister Askar Zhumagaliyev told reporters.\nThe project was presented last week.",
         None, None, "Kazakhstan and Turkey will build a joint data centre by 2027", None, "day"),
        ("TASHKENT, 3 June (Dunyo) -- Uzbek and Kazakh engineers tested a cross-border e-signature service.",
         None, None, "Uzbek and Kazakh engineers tested a cross-border e-signature service", None, "day"),
        ("CAIRO (AP) — Egypt and Russia agreed to expand satellite cooperation, the ministry said.",
         None, None, "Egypt and Russia agreed to expand satellite cooperation", None, None),
        # a weekday matching the dateline's dated day makes that day the event's (2 May 2023 was a Tuesday)
        ("ANKARA, May 2, 2023 (Anadolu) - Turkish and Azerbaijani officials discussed 5G on Tuesday.",
         None, None, "Turkish and Azerbaijani officials discussed 5G", "2023-05-02", "day"),
        ("ANKARA, May 2, 2023 (Anadolu) - Turkey and Azerbaijan signed a 5G roadmap today.",
         None, None, "Turkey and Azerbaijan signed a 5G roadmap today", "2023-05-02", "day"),
        # ... and another weekday leaves it unknown
        ("ANKARA, May 2, 2023 (Anadolu) - Turkish and Azerbaijani officials discussed 5G on Monday.",
         None, None, "Turkish and Azerbaijani officials discussed 5G", None, None),
        # a title-case dateline with a date and an agency
        ("Minsk, 5 June (BelTA) – Belarus and China opened a joint IT park, the ministry said.",
         None, None, "Belarus and China opened a joint IT park", None, "day"),
        # a sentence with a dash is not a dateline
        ("Russia and Laos - two old partners - signed a roadmap on e-government.",
         None, None, "Russia and Laos - two old partners - signed a roadmap on e-government", None, None),
        # a weekday of the closing attribution dates the telling, not the occasion
        ("ANKARA, May 2, 2023 (Anadolu) - Turkey and Azerbaijan will build a 5G network, "
         "the minister told reporters on Tuesday.",
         None, None, "Turkey and Azerbaijan will build a 5G network", None, None),
        # the day of a dateline without a year is known, its date is not
        ("RIGA, Sept. 12 (Reuters) - Latvia and Estonia agreed on Wednesday to link their e-ID systems during "
         "a visit to Tallinn by the Latvian prime minister.",
         None, None, "visit to Tallinn", None, "day"),
        # a title that only repeats the lead's first words is not a headline line
        ("Cuba and Russia will cooperate in cybersecurity, the Cuban ministry said. No details were given.",
         "Cuba and Russia", None, "Cuba and Russia will cooperate in cybersecurity", None, None),
    ],
)
def test_story_headline_starts_after_the_dateline(ref, text, title, published, headline, date, precision):
    [event], _, _ = run(story(text, title=title, published=published), ref)
    assert (event["headline"], event["date"], event["precision"]) == (headline, date, precision)


@pytest.mark.parametrize(
    "text, title, headline, countries",
    [
        # the people who met give their countries (from the known-people list)
        ("Meeting with President of Uzbekistan Shavkat Mirziyoyev\n\nVladimir Putin and Shavkat Mirziyoyev held "
         "talks in Samarkand. The leaders discussed the digital economy.",
         "Meeting with President of Uzbekistan Shavkat Mirziyoyev",
         "Meeting with President of Uzbekistan Shavkat Mirziyoyev", ["RUS", "UZB"]),
        ("Vladimir Putin and Alexander Lukashenko held talks in Sochi. They discussed microelectronics.",
         None, "talks in Sochi", ["BLR", "RUS"]),
        # "Meeting with" a guest: the host is the first other person after it (a transcript speaker)
        ("Meeting with Prime Minister of India Narendra Modi\n\nVladimir Putin: Mr Prime Minister, friends, "
         "welcome to Moscow.\n\nNarendra Modi: Thank you.",
         "Meeting with Prime Minister of India Narendra Modi", "Meeting with Prime Minister of India Narendra Modi",
         ["IND", "RUS"]),
        # a lead naming who met with a verb
        ("Vladimir Putin met with President of Uzbekistan Shavkat Mirziyoyev in the Kremlin. They discussed AI.",
         None, "Vladimir Putin met with President of Uzbekistan Shavkat Mirziyoyev in the Kremlin", ["RUS", "UZB"]),
        # a person is not a party of an occasion that is not a meeting
        ("Vladimir Putin said Uzbekistan would open an IT park in Tashkent. Details were not given.",
         None, "Vladimir Putin said Uzbekistan would open an IT park in Tashkent", ["UZB"]),
        # a bloc acting as the subject: its members are the parties, not a later adjective
        ("Ministers of the Eurasian Economic Union approved common rules for digital trade at a meeting in "
         "Bishkek on May 5. Armenian Deputy Prime Minister Mher Grigoryan said the rules start next year.",
         None, "meeting in Bishkek", ["ARM", "BLR", "KAZ", "KGZ", "RUS"]),
    ],
)
def test_story_parties_from_people_and_blocs(ref, text, title, headline, countries):
    [event], _, _ = run_with_people(story(text, title=title), ref)
    assert (event["headline"], event["countries"]) == (headline, countries)


def test_a_bloc_named_in_passing_is_not_expanded(ref):
    text = ("Russia and India held talks on satellite navigation. Both are members of BRICS. "
            "The sides met in New Delhi.")
    [event], _, _ = run(story(text), ref)
    assert event["countries"] == ["IND", "RUS"]


@pytest.mark.parametrize("text", ["MOSCOW, " * 20_000, "A" * 50_000 + ", March 15. /" + "T" * 50_000, "HANOI (" * 20_000])
def test_adversarial_datelines_give_at_most_one_story_event(ref, text):
    events, _, _ = run(story(text), ref)
    assert len(events) <= 1


@pytest.mark.parametrize(
    "text, title, published, date, countries",
    [
        # the headline names the occasion; the lead's signing sentence dates it, not the dateline
        ("Russia and Egypt sign digital cooperation agreement\n\nCAIRO, May 18 (Agency) - Russia and Egypt signed an "
         "agreement on cooperation in the digital economy on 17 May 2023, the ministry said.\n\nIt covers e-government.",
         "Russia and Egypt sign digital cooperation agreement", "2023-05-18", "2023-05-17", ["EGY", "RUS"]),
        # the signing is told in the second paragraph, the date before the verb
        ("The ministers of Russia and Vietnam met in Hanoi to discuss cybersecurity.\n\n"
         "On 17 May 2023 they signed a memorandum on information security.", None, None, "2023-05-17", ["RUS", "VNM"]),
        # "took place", month-first date without a comma
        ("A round of consultations on cybersecurity between Russia and Laos took place in Vientiane on March 5 2024. "
         "The sides exchanged views.", None, None, "2024-03-05", ["LAO", "RUS"]),
        # a date of the telling is not the occasion's
        ("Kazakhstan and Russia signed a roadmap on e-government, the ministry announced on March 9, 2024.",
         None, None, None, ["KAZ", "RUS"]),
        # nothing but the dateline below the headline dates it
        ("Russia and Laos to build a data centre\n\nVIENTIANE, 4 April 2024 – Laos and Russia will build a data "
         "centre, the minister told reporters on Thursday.", "Russia and Laos to build a data centre", None,
         "2024-04-04", ["LAO", "RUS"]),
    ],
)
def test_the_sentence_saying_the_occasion_took_place_dates_it(ref, text, title, published, date, countries):
    [event], _, _ = run(story(text, title=title, published=published), ref)
    assert (event["date"], event["countries"]) == (date, countries)


@pytest.mark.parametrize(
    "text, title, countries",
    [
        ("Russia signs information security documents with African states\n\n"
         "MOSCOW, May 18. /TASS/. Egypt, Ethiopia and Nigeria signed documents on cooperation in information security "
         "on 17 May 2023.", "Russia signs information security documents with African states", ["EGY", "ETH", "NGA", "RUS"]),
        # a list as object, with "as well as"
        ("Russia expands digital partnerships\n\nRussia signed memoranda with Brazil, India as well as South Africa "
         "at the forum on 4 June 2024.", "Russia expands digital partnerships", ["BRA", "IND", "RUS", "ZAF"]),
        # a list after "cooperation with" names parties
        ("Russia signs IT agreements\n\nRussia signed agreements on cooperation with Egypt, Ethiopia and Nigeria "
         "on 17 May 2023.", "Russia signs IT agreements", ["EGY", "ETH", "NGA", "RUS"]),
        # adjectives coordinated in the subject
        ("Russia hosts e-government seminar\n\nUzbek, Tajik and Kyrgyz officials attended the seminar in Moscow "
         "on 2 October 2023.", "Russia hosts e-government seminar", ["KGZ", "RUS", "TJK", "UZB"]),
    ],
)
def test_every_state_of_a_coordinated_list_is_a_party(ref, text, title, countries):
    [event], _, _ = run(story(text, title=title), ref)
    assert event["countries"] == countries


def test_a_list_after_a_relation_noun_is_not_a_list_of_parties(ref):
    text = ("Russia and Armenia sign IT agreement\n\nRussia and Armenia signed an IT agreement on 3 May 2022, "
            "days after talks on relations with Iran and Georgia.")
    [event], _, _ = run(story(text, title="Russia and Armenia sign IT agreement"), ref)
    assert event["countries"] == ["ARM", "RUS"]


@pytest.mark.parametrize(
    "text, title, headline",
    [
        # the headline names a summit; a forum mentioned in the body is another occasion
        ("Russia-Africa Digital Summit opens in Moscow\n\nDelegates arrived. Speakers recalled the Eurasian Economic "
         "Forum as a model.", "Russia-Africa Digital Summit opens in Moscow", "Russia-Africa Digital Summit"),
        # the headline names a meeting; the body names a games event it was held at
        ("Meeting with President of Kazakhstan Kassym-Jomart Tokayev\n\nThe leaders met on the sidelines of the "
         "Games of the Future in Kazan.", "Meeting with President of Kazakhstan Kassym-Jomart Tokayev",
         "Meeting with President of Kazakhstan Kassym-Jomart Tokayev"),
        # the body names the headline's occasion more fully: the body's phrase
        ("Belarus-Russia Forum of Regions opens\n\nThe Forum of Regions of Belarus and Russia opened in Grodno.",
         "Belarus-Russia Forum of Regions opens", "Forum of Regions of Belarus and Russia"),
        # a publication named after an occasion is not the occasion
        ("Information Bulletin of the Digital Cooperation Forum\n\nIssue 3\n\nThe first Russia-Brazil talks on "
         "cybersecurity were held in Moscow.", "Information Bulletin of the Digital Cooperation Forum",
         "Russia-Brazil talks"),
    ],
)
def test_a_headline_naming_an_occasion_gives_the_occasion(ref, text, title, headline):
    [event], _, _ = run(story(text, title=title), ref)
    assert event["headline"] == headline


def test_a_weekday_dates_the_occasion_from_the_publication_date(ref):
    # 2024-03-08 is a Friday
    text = "Armenia and Russia signed a memorandum on e-government on Tuesday, the ministry said on Thursday."
    [event], _, _ = run(story(text, published="2024-03-08"), ref)
    assert (event["date"], event["precision"]) == ("2024-03-05", "day")
    text = "Armenia and Russia signed a memorandum on e-government, the ministry said on Thursday."
    [event], _, _ = run(story(text, published="2024-03-08"), ref)
    assert event["date"] is None  # the day of the telling does not date the signing


def test_an_html_page_takes_the_occasion_its_headline_names(tmp_path):
    from helpers.corpus.build import extract_documents, finish_tables
    from helpers.ingest import ingest_folder

    (tmp_path / "story.html").write_text(
        "<html><head><title>Russia-Africa IT Summit opens in Moscow | Daily</title>"
        '<meta property="article:published_time" content="2023-05-17T10:00:00Z"></head><body>'
        "<h1>Russia-Africa IT Summit opens in Moscow</h1>"
        "<p>MOSCOW, May 17 (Agency) - Delegates from 40 countries gathered. Speakers recalled the Eastern "
        "Economic Forum as a model.</p>"
        "<p>Egypt, Ethiopia and Nigeria signed documents on cooperation with Russia on the first day.</p>"
        "</body></html>", encoding="utf-8")
    docs = ingest_folder(tmp_path).documents
    [event] = finish_tables(extract_documents(docs, workers=1))["events"].to_dict("records")
    assert event["headline"] == "Russia-Africa IT Summit"
    assert list(event["countries"]) == ["EGY", "ETH", "NGA", "RUS"]


def test_a_year_of_background_does_not_date_the_occasion(ref):
    text = ("Russia and Egypt sign IT agreement\n\nRussia and Egypt signed an IT agreement at the forum. "
            "The two countries first signed a memorandum in 2015.")
    [event], _, _ = run(story(text, title="Russia and Egypt sign IT agreement"), ref)
    assert event["date"] is None


@pytest.mark.parametrize(
    "text, title, date",
    [
        # a lead sentence naming the headline's occasion noun, with a day, dates it without a verb of occasion
        ("Russia-Africa Summit opens in St Petersburg\n\nLeaders of Egypt and Ethiopia arrived in St Petersburg "
         "for the summit on 27 July 2023.", "Russia-Africa Summit opens in St Petersburg", "2023-07-27"),
        ("Digital Eurasia Forum in Minsk\n\nThe forum brought experts to Minsk on 4 June 2024 for two days.",
         "Digital Eurasia Forum in Minsk", "2024-06-04"),
        # a year alone in that sentence is background, not the occasion's day
        ("Russia-Africa Summit opens in St Petersburg\n\nThe summit, first proposed in 2019, drew leaders.",
         "Russia-Africa Summit opens in St Petersburg", None),
        # another occasion's noun does not date this one
        ("Russia-Africa Summit opens in St Petersburg\n\nThe forum of 4 June 2024 was smaller.",
         "Russia-Africa Summit opens in St Petersburg", None),
    ],
)
def test_a_lead_sentence_naming_the_occasion_dates_it(ref, text, title, date):
    [event], _, _ = run(story(text, title=title), ref)
    assert event["date"] == date
