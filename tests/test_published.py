"""Publication dates in the forms pages print them: stamps, bylines, table columns, URLs, datelines."""
from __future__ import annotations

import json

import pytest
from conftest import EN

from helpers.extract.dates import find_dates
from helpers.formats import slash_order
from helpers.ingest import ingest_folder, parse_stamp, parse_text

BODY = "\n\nRussia and Armenia signed a memorandum on digital trade, the ministry said on its website.\n"


@pytest.mark.parametrize(
    "stamp, value",
    [
        ("date 2024-01-29", "2024-01-29"),
        ("Published: 29.01.2024", "2024-01-29"),
        ("published on 29.01.2024", "2024-01-29"),
        ("Tuesday, March 5 2024 09:12", "2024-03-05"),
        ("Tue, 5 March 2024", "2024-03-05"),
        ("3 june, 2015 11:05", "2015-06-03"),
        ("2024/10/11 11:28:21", "2024-10-11"),
        ("05.03.19 10:20", "2019-03-05"),
        ("12.09.2023 16:05", "2023-09-12"),
        ("Economy 23 July 2021 11:43 (UTC+04:00)", "2021-07-23"),
        ("August 2, 2022, Nizhny Novgorod", "2022-08-02"),
        ("14th Apr, 2021", "2021-04-14"),
        ("2025-12-30T17:50:00+04:00", "2025-12-30"),
        ("Дата публикации: 12.09.2023", "2023-09-12"),
        ("Posted on March 5, 2024 by Jane Doe", "2024-03-05"),
        # a francophone page's stamp
        ("Date : mercredi, 28 mai 2025 13:04", "2025-05-28"),
        ("12 février 2023", "2023-02-12"),
        ("jeudi 3 août 2023, 09:15", "2023-08-03"),
        # a labelled field in a list of fields
        ("- Date: 3rd February 2023", "2023-02-03"),
        ("• Published: 14.06.2022", "2022-06-14"),
        ("* date 2021-10-05 09:30", "2021-10-05"),
        # labels, clocks and zones as English-language pages print them
        ("Date published: 05 Mar 2024", "2024-03-05"),
        ("First published on Wed 6 Mar 2024 12.30 GMT", "2024-03-06"),
        ("Thursday 7 March 2024 07.00 CET", "2024-03-07"),
        ("Mar 06, 2024 - 12:30", "2024-03-06"),
        ("Date: 6 March 2024 Time: 12:30", "2024-03-06"),
        ("6 March 2024 12:30 Moscow time", "2024-03-06"),
        ("March 6, 2024 12:30 p.m. EST", "2024-03-06"),
        ("05-03-2024", "2024-03-05"),
        ("Tue, 05 Mar 2024 09:12:00 +0300", "2024-03-05"),
    ],
)
def test_stamp_forms(stamp, value):
    assert parse_stamp(stamp).value == value


@pytest.mark.parametrize(
    "line",
    ["The ministers met on 5 March 2024 in Yerevan.", "5 March 2024 by the ministry", "Issue 26.2021", "2021.07.05 — 2021.07.10", "March",
     "2+2 talks", "Strategy 2030", "Call 8 800 555 35 35", "31.02.2024", "10:40",
     "- Dated contracts of 2023 were renewed in Baku.", "Mardi Gras 2024", "mai 2025 in Paris", "- 5 March 2024 by the ministry"],
)
def test_not_stamps(line):
    stamp = parse_stamp(line)
    assert stamp is None or stamp.value is None and stamp.month_day is None


def test_stamp_without_year_keeps_month_and_day():
    stamp = parse_stamp("09:40, 3 March")
    assert (stamp.value, stamp.month_day, stamp.has_time) == (None, (3, 3), True)


@pytest.mark.parametrize(
    "raw, published, source",
    [
        (" date 2022-08-25 YEREVAN, August 25 - Armenia and Russia agreed on a roadmap." + BODY, "2022-08-25", "stamp"),
        ("Published: 29.01.2024 Ministers met in Minsk." + BODY, "2024-01-29", "stamp"),
        ("Digital talks in Baku\n\nTuesday, March 5 2024 09:12" + BODY, "2024-03-05", "timestamp"),
        ("3 june, 2015 11:05\n\nDigital talks in Baku" + BODY, "2015-06-03", "timestamp"),
        ("Talks in Tashkent\n\nFebruary 21, 2024, Tashkent" + BODY, "2024-02-21", "text"),
        # a bulletin: the item's date line comes after keyword lines, still above the first paragraph
        ("Bulletin of the Forum\nIssue 12.2021\nInternational relations\nSecurity aspects of cooperation\n"
         "Keywords: digital, security\n2021-07-16" + BODY, "2021-07-16", "text"),
        ("Economy 23 July 2021 11:43 (UTC+04:00)\nBAKU, Azerbaijan, July 23" + BODY, "2021-07-23", "timestamp"),
        # a wire opening with the year and the outlet after the date, no dash
        ("Digital talks in Asia\n\nNAY PYI TAW, Sep 22, 2019, Daily Times. Russia offered help with e-government."
         + BODY, "2019-09-22", "dateline"),
        ("Digital talks in Asia\n\nThe ministers at the signing. Photo: Jane Doe/Daily Times.\n\n"
         "NAY PYI TAW, Sep 22, 2019, Daily Times. Russia offered help with e-government." + BODY, "2019-09-22", "dateline"),
        ("VIENTIANE, March 3, 2021. Laos and Russia agreed to build a data centre." + BODY, "2021-03-03", "dateline"),
        # the country between the city and the date
        ("Digital talks\n\nBAKU, Azerbaijan, July 23, 2021 (Trend) - Azerbaijan and Russia signed a deal." + BODY,
         "2021-07-23", "dateline"),
        ("TASHKENT, Uzbekistan, March 4, 2023. Uzbekistan and Russia agreed on a data centre." + BODY, "2023-03-04", "dateline"),
        ("Abu Dhabi, United Arab Emirates, 9 September 2022 (WAM) -- The UAE and Russia met." + BODY, "2022-09-09", "dateline"),
        # a stamp above the headline, below a navigation block longer than the page head
        ("\n".join(f"Menu item {n}" for n in range(14)) + "\n\n12.03.24 10:15\n\nArmenia and Russia sign a roadmap"
         "\n\nThe ministers met in Yerevan" + BODY, "2024-03-12", "timestamp"),
        # a wire video sheet: one field per list item
        ("- Title: Armenia and Russia sign a digital roadmap\n- Date: 3rd February 2023\n- Keywords: Armenia Russia"
         + BODY, "2023-02-03", "stamp"),
    ],
)
def test_page_stamps_give_the_publication_date(raw, published, source):
    doc = parse_text(raw)
    assert (doc.published, doc.published_precision, doc.published_source) == (published, "day", source)


def test_labelled_stamp_leaves_the_dateline_readable():
    doc = parse_text(" date 2022-08-25 YEREVAN, August 25 - Armenia and Russia agreed on a roadmap." + BODY)
    assert doc.dateline_place == "Yerevan"
    assert doc.text.startswith(" date 2022-08-25")  # the stamp is text: it is a date of the document


@pytest.mark.parametrize(
    "raw",
    [
        "Bulletin of the Forum\nIssue 7.2022\n2022.02.14 — 2022.02.20\nKeywords: talks\n\n"
        "On February 16, the ministers met in Moscow to discuss cooperation in the digital sphere and security.\n",
        "TOKYO, April 16. /TASS/. Indonesia and Russia agreed to deepen cooperation in communications." + BODY,
        # a stamp far above the first paragraph belongs to a listed item, not to the article
        "\n".join(f"Menu item {n}" for n in range(14)) + "\n\n12.03.24 10:15\nAn older story\nAnother story\n"
        "Yet another story\nA fourth story" + BODY,
        "TOKYO, Osaka, and Kyoto, all hosted talks in 2019. Indonesia and Russia agreed to deepen cooperation." + BODY,
        "Tokyo, April 16, 2019, was the day Indonesia and Russia agreed to deepen cooperation." + BODY,
        # a date after the first paragraph is an event date, not the page's date
        "Digital talks in Baku\n\n" + "The ministers met in Baku to discuss a long list of joint projects. " * 3
        + "\n\n5 March 2024\n",
    ],
)
def test_no_publication_date_where_the_text_gives_none(raw):
    assert parse_text(raw).published is None


SCRAPED = "seed_url: https://www.example.org/a/1\nhttp_status: 200\ndate: 2024-05-02T10:00:00Z\n\n"


@pytest.mark.parametrize(
    "body, published, source",
    [
        ("ASTANA, March 3. /TASS/. Kazakhstan and Russia signed an agreement.\n", "2024-03-03", "dateline+retrieved"),
        ("BAKU, Azerbaijan, March 3 (Trend) - Azerbaijan and Russia signed an agreement.\n", "2024-03-03", "dateline+retrieved"),
        # a day later than the crawl is last year's
        ("ASTANA, December 3. /TASS/. Kazakhstan and Russia signed an agreement.\n", "2023-12-03", "dateline+retrieved"),
        ("Digital talks\n\n09:40, 3 March\n\nThe ministers met.\n", "2024-03-03", "timestamp+retrieved"),
        ("Digital talks\n\nThe ministers met.\n", "2024-05-02", "retrieved"),
        ("Digital talks\n\n12.09.2023 16:05\n\nThe ministers met.\n", "2023-09-12", "timestamp"),
    ],
)
def test_scraper_date_is_used_only_when_nothing_else_dates_the_document(body, published, source):
    doc = parse_text(SCRAPED + body)
    assert (doc.published, doc.published_source, doc.retrieved) == (published, source, "2024-05-02")


@pytest.mark.parametrize(
    "url, published, precision, source",
    [
        ("https://news.example.org/2021/02/05/story/", "2021-02-05", "day", "url"),
        ("https://ria.example/20250918/cooperation-2042795602.html", "2025-09-18", "day", "url"),
        ("https://x.org/news/2021/11/story", "2021-11", "month", "url"),
        # a month in the path, the day in words in the slug: English, or Russian transliterated either way
        ("https://x.org/2022/05/interview-of-the-deputy-minister-26-maja-2022-goda/", "2022-05-26", "day", "url"),
        ("https://x.org/2022/05/intervyu-zamestitelya-ministra-3-maya-2022-goda/", "2022-05-03", "day", "url"),
        ("https://x.org/2024/03/statement-by-the-ministry-march-5th-2024", "2024-03-05", "day", "url"),
        ("https://x.org/2024/09/talks-on-17-sept-2024.html", "2024-09-17", "day", "url"),
        ("https://x.org/2023/12/press-release-1-dekabrya-2023", "2023-12-01", "day", "url"),
        # a date of another month or year is the story's subject; no date in words; a number that is no day
        ("https://x.org/2022/05/looking-back-at-the-summit-of-26-april-2022/", "2022-05", "month", "url"),
        ("https://x.org/2022/05/what-happened-on-may-26-2021/", "2022-05", "month", "url"),
        ("https://x.org/2022/05/march-of-the-100-may-2022-report/", "2022-05", "month", "url"),
        ("https://x.org/2022/02/summit-30-february-2022/", "2022-02", "month", "url"),
        ("https://x.org/news/12345/story", "2024-05-02", "day", "retrieved"),
    ],
)
def test_url_dates(url, published, precision, source):
    doc = parse_text(SCRAPED.replace("https://www.example.org/a/1", url) + "News\n\nThe story.\n")
    assert (doc.published, doc.published_precision, doc.published_source) == (published, precision, source)


def test_dateline_without_year_takes_the_year_of_the_url():
    """The URL gives the month; the dateline gives the day."""
    raw = SCRAPED.replace("https://www.example.org/a/1", "https://x.org/2019/06/story") + "MOSCOW, June 1. /TASS/. Talks.\n"
    assert (parse_text(raw).published, parse_text(raw).published_source) == ("2019-06-01", "dateline+url")


def test_markdown_and_html_bylines(tmp_path):
    (tmp_path / "a.md").write_text("# Digital talks in Minsk\n\n*Published 8 June 2024*\n\nThe ministers met.\n")
    (tmp_path / "b.html").write_text(
        "<html><body><article><h1>Talks</h1><p>By A. Reporter, <time datetime='2023-04-05T10:00'>5 April</time></p>"
        "<p>The ministers met in Minsk.</p></article></body></html>")
    (tmp_path / "c.html").write_text(
        "<html><head><meta property='article:published_time' content='2022-11-30T08:00:00+03:00'></head>"
        "<body><p>The ministers met in Minsk.</p></body></html>")
    (tmp_path / "d.html").write_text(
        "<html><body><article><h1>Talks in Minsk</h1><p class='byline'>Published: 29.01.2024</p>"
        "<p>The ministers met in Minsk.</p></article></body></html>")
    docs = {doc.path: doc for doc in ingest_folder(tmp_path).documents}
    assert {path: (doc.published, doc.published_source) for path, doc in docs.items()} == {
        "a.md": ("2024-06-08", "stamp"), "b.html": ("2023-04-05", "meta"), "c.html": ("2022-11-30", "meta"),
        "d.html": ("2024-01-29", "stamp"),
    }


@pytest.mark.parametrize(
    "values, day_first, ambiguous",
    [
        (["29/01/2024", "03/02/2024"], True, False),
        (["01/29/2024", "03/02/2024"], False, False),
        (["03/02/2024", "04/05/2024"], True, True),
        (["29/01/2024", "01/29/2024"], True, True),
        (["2024-01-29"], True, False),
    ],
)
def test_slash_order_is_decided_per_column(values, day_first, ambiguous):
    decided, note = slash_order(values)
    assert decided is day_first and (note is not None) is ambiguous


def test_table_date_columns(tmp_path):
    (tmp_path / "dmy.csv").write_text("date,text\n29/01/2024,Armenia joined.\n03/02/2024,Laos joined.\n")
    (tmp_path / "mdy.csv").write_text("date,text\n01/29/2024,Chad joined.\n03/02/2024,Peru joined.\n")
    (tmp_path / "undecided.csv").write_text("date,text\n03/02/2024,Fiji joined.\n")
    (tmp_path / "iso.csv").write_text("date,text\n2024-01-29,Oman joined.\n")
    (tmp_path / "disagree.csv").write_text("date,text\n29/01/2024,Mali joined.\n01/28/2024,Iraq joined.\n03/04/2024,Togo joined.\n")
    (tmp_path / "words.jsonl").write_text(
        json.dumps({"published": "February 5, 2021", "text": "Cuba joined."}) + "\n"
        + json.dumps({"published": "05.02.2021", "text": "Iran joined."}) + "\n")
    result = ingest_folder(tmp_path)
    dates = {doc.path: (doc.published, doc.published_source) for doc in result.documents}
    assert dates == {
        "dmy.csv#row=1": ("2024-01-29", "column"), "dmy.csv#row=2": ("2024-02-03", "column"),
        "mdy.csv#row=1": ("2024-01-29", "column"), "mdy.csv#row=2": ("2024-03-02", "column"),
        "undecided.csv#row=1": ("2024-02-03", "column"), "iso.csv#row=1": ("2024-01-29", "column"),
        # a column holding both orders: each value its own where its numbers decide, day first otherwise
        "disagree.csv#row=1": ("2024-01-29", "column"), "disagree.csv#row=2": ("2024-01-28", "column"),
        "disagree.csv#row=3": ("2024-04-03", "column"),
        "words.jsonl#row=1": ("2021-02-05", "column"), "words.jsonl#row=2": ("2021-02-05", "column"),
    }
    notes = {row["path"]: row["note"] for row in result.report}
    assert "DD/MM/YYYY assumed" in notes["undecided.csv#row=1"] and "'date'" in notes["undecided.csv#row=1"]
    assert notes["dmy.csv#row=1"] is None and notes["mdy.csv#row=2"] is None and notes["iso.csv#row=1"] is None
    assert all("values disagree" in notes[f"disagree.csv#row={n}"] for n in (1, 2, 3))


@pytest.mark.parametrize(
    "body, expected",
    [
        ("ASTANA, March 3. /TASS/. Kazakhstan and Russia signed an agreement.\n", ("March 3", "2024-03-03")),
        ("BAKU, Azerbaijan, March 3 (Trend) - Azerbaijan and Russia signed an agreement.\n", ("March 3", "2024-03-03")),
        ("MINSK, 3 March (BelTA) – Belarus and Russia signed an agreement.\n", ("3 March", "2024-03-03")),
    ],
)
def test_a_dateline_without_year_takes_the_year_of_the_publication_date(body, expected):
    doc = parse_text(SCRAPED + body)
    assert [(row["text"], row["value"]) for row in find_dates(doc, EN)] == [expected]


HEADLINE = "Digital talks in Minsk\n"


@pytest.mark.parametrize(
    "head, published, source",
    [
        # bylines of several fields: the dated field is the page's date
        ("By Jane Doe | March 5, 2024\n", "2024-03-05", "text"),
        ("By Jane Doe, March 5, 2024\n", "2024-03-05", "text"),
        ("March 5, 2024 | Jane Doe\n", "2024-03-05", "text"),
        ("5 March 2024 · 3 min read\n", "2024-03-05", "text"),
        ("News | 5 March 2024\n", "2024-03-05", "text"),
        ("Home / News / 5 March 2024\n", "2024-03-05", "text"),
        ("11.10.2024 | 11:28\n", "2024-10-11", "timestamp"),
        # clocks with a time zone or a.m./p.m.
        ("Published Jan 29, 2024 10:15 a.m. ET\n", "2024-01-29", "stamp"),
        ("June 3, 2015 11:05 AM\n", "2015-06-03", "timestamp"),
        ("Tue, 05 Mar 2024 09:12:00 +0300\n", "2024-03-05", "timestamp"),
        # "Updated" is a revision's date: the publication's wins wherever it stands
        ("Updated: 30.01.2024 | Published: 29.01.2024\n", "2024-01-29", "stamp"),
        ("Published 29.01.2024, updated 30.01.2024\n", "2024-01-29", "stamp"),
        ("Updated 30 January 2024\nPublished 29 January 2024\n", "2024-01-29", "stamp"),
        # ... and stands in only when nothing else dates the page, said so
        ("Last updated: 30 January 2024\n", "2024-01-30", "updated"),
        # Markdown emphasis in a plain text file
        ("*Published 8 June 2024*\n", "2024-06-08", "stamp"),
        ("_Published on 8 June 2024_\n", "2024-06-08", "stamp"),
        ("**Date:** 8 June 2024\n", "2024-06-08", "stamp"),
        ("*8 June 2024*\n", "2024-06-08", "text"),
        # the page's own address written in the text
        ("URL: https://news.example.org/2022/04/07/talks-minsk\n", "2022-04-07", "url"),
        ("Source: <https://news.example.org/news/2022-04-07/talks>\n", "2022-04-07", "url"),
        ("https://news.example.org/news/20220407-talks\n", "2022-04-07", "url"),
    ],
)
def test_bylines_and_page_addresses_give_the_publication_date(head, published, source):
    doc = parse_text(HEADLINE + head + BODY)
    assert (doc.published, doc.published_source) == (published, source)


@pytest.mark.parametrize(
    "raw, url",
    [
        (HEADLINE + BODY + "\nSource: https://news.example.org/2022/04/07/talks\n", "https://news.example.org/2022/04/07/talks"),
        # an address alone on a line below the page head may be a link to another page
        (HEADLINE + BODY + "\nhttps://news.example.org/2019/01/01/older-story\n", None),
        (HEADLINE + BODY + "\nRead more: https://news.example.org/2019/01/01/older-story\n", None),
    ],
)
def test_the_page_address_from_a_labelled_line(raw, url):
    assert parse_text(raw).url == url


@pytest.mark.parametrize(
    "line",
    ["2021.07.05 — 2021.07.10", "5 March 2024 | 7 March 2024", "Minsk | Baku | Yerevan 2024", "Updated | News"],
)
def test_bylines_that_are_not_one_date(line):
    stamp = parse_stamp(line)
    assert stamp is None or stamp.value is None


def test_html_publication_date_forms(tmp_path):
    page = "<html><head>{head}</head><body><article><h1>Talks</h1>{byline}<p>The ministers met in {city}.</p></article></body></html>"
    cases = {
        "updated-first.html": ("", "<p>Updated <time datetime='2024-03-07T10:00'>7 March</time> | "
                               "Published <time datetime='2024-03-05T09:00'>5 March</time></p>", "Minsk"),
        "classes.html": ("", "<p><time class='updated' datetime='2024-03-09'>9 March</time> "
                         "<time class='published' datetime='2024-03-02'>2 March</time></p>", "Baku"),
        "json-ld.html": ("<script type='application/ld+json'>{\"dateModified\": \"2024-03-08\", "
                         "\"datePublished\": \"2024-03-04T08:00:00+03:00\"}</script>", "", "Kazan"),
        "itemprop.html": ("<meta itemprop='datePublished' content='2020-11-11'>", "", "Tula"),
        "canonical.html": ("<link rel='canonical' href='https://x.org/news/2021/06/14/talks/'>", "", "Omsk"),
    }
    for name, (head, byline, city) in cases.items():
        (tmp_path / name).write_text(page.format(head=head, byline=byline, city=city))
    docs = {doc.path: (doc.published, doc.published_source) for doc in ingest_folder(tmp_path).documents}
    assert docs == {"updated-first.html": ("2024-03-05", "meta"), "classes.html": ("2024-03-02", "meta"),
                    "json-ld.html": ("2024-03-04", "meta"), "itemprop.html": ("2020-11-11", "meta"),
                    "canonical.html": ("2021-06-14", "url")}


def test_table_date_columns_by_other_names_and_forms(tmp_path):
    (tmp_path / "a.csv").write_text(
        'publication_date,text\n"Mar 5, 2024",Armenia joined.\n5 Mar 2024,Laos joined.\n'
        '2024-03-05T10:00:00Z,Chad joined.\n5.3.2024,Peru joined.\n"March 5, 2024 10:00 AM",Fiji joined.\n')
    (tmp_path / "b.tsv").write_text("Date\tText\n03/25/2024 10:00\tMali met.\n03/05/2024\tIraq met.\n")
    dates = {doc.path: doc.published for doc in ingest_folder(tmp_path).documents}
    assert dates == {**{f"a.csv#row={n}": "2024-03-05" for n in range(1, 6)},
                     "b.tsv#row=1": "2024-03-25", "b.tsv#row=2": "2024-03-05"}


@pytest.mark.parametrize(
    "head, place",
    [
        ("By Jane Doe | March 5, 2024\n\n", "Vientiane"),
        ("URL: https://news.example.org/2024/03/05/talks\n\n", "Vientiane"),
        ("*Published 5 March 2024*\n\n", "Vientiane"),
        ("", "Vientiane"),
    ],
)
def test_the_dateline_below_a_byline_or_an_address_line(head, place):
    doc = parse_text("Russia and Laos agree on a data centre\n" + head
                     + "VIENTIANE, March 4 (Reuters) - Laos and Russia agreed to build a data centre.\n")
    assert (doc.dateline_place, doc.published) == (place, "2024-03-05" if head else None)


def test_unix_timestamps_in_a_date_column(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"date": 1709629920, "text": "Laos joined."}) + "\n"
        + json.dumps({"date": "1709629920000", "text": "Chad joined."}) + "\n"
        + json.dumps({"date": "12345", "text": "Peru joined."}) + "\n")
    dates = {doc.path: doc.published for doc in ingest_folder(tmp_path).documents}
    assert dates == {"a.jsonl#row=1": "2024-03-05", "a.jsonl#row=2": "2024-03-05", "a.jsonl#row=3": None}


@pytest.mark.parametrize(
    "foot, published",
    [
        ("\n\nPublished: 5 March 2024\n", "2024-03-05"),
        ("\n\nPosted on March 5, 2024 by Jane Doe\n\nTags: Russia, Laos\n", "2024-03-05"),
        # an unlabelled date or a revision's at the foot is not the page's date
        ("\n\n5 March 2024\n", None),
        ("\n\nLast updated: 5 March 2024\n", None),
    ],
)
def test_a_labelled_stamp_at_the_page_foot(foot, published):
    doc = parse_text("Russia and Laos agree on a data centre\n\n" + "Laos and Russia agreed to build a data centre. " * 4 + foot)
    assert doc.published == published
