"""Ingest: every input shape, every bad-input case, and the five seeds against their gold."""
from __future__ import annotations

import gzip
import json
import random
import re

import pandas as pd
import pytest

from helpers import boilerplate, formats, ingest, paths
from helpers.ingest import CorpusError, documents_frame, ingest_folder, parse_text, segments_frame


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seeds(seed_corpus):
    result = ingest_folder(seed_corpus)
    return {doc.path: doc for doc in result.documents}, result.report


# ---------------------------------------------------------------------------------------------
# The seeds

SEED_EXPECTED = {
    # doc: title, outlet, url, published, precision, published_source, retrieved, dateline_place, genre
    "000_575115873b677e43.txt": (None, "BelTA", None, None, None, None, None, "Mogilev", "news"),
    "001_6588c6f232f113de.txt": ("President promises to turn Belarus into IT land", None, None, None, None, None, None,
                                 None, "mixed"),
    "002_72d7a1b15053617e.txt": ("High-tech among the main topics of Belarus-Russia IV Forum of Regions", None, None,
                                 None, None, None, None, None, "mixed"),
    "003_93e4e72d77505f6b.txt": ("Mikhail Mishustin attends the Digital Future of the Global Economy international forum",
                                 "government.ru", "http://government.ru/en/news/41467/", "2021-02-05", "day", "text",
                                 "2025-12-30", None, "mixed"),
    "004_7444741b29f6eb96.txt": ("Cooperation between Russia and other countries in the development of the digital economy",
                                 None, None, "2024-10-11", "day", "timestamp", None, None, "listing"),
}
FIELDS = ("title", "outlet", "url", "published", "published_precision", "published_source", "retrieved",
          "dateline_place", "genre")


@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_metadata(seeds, name):
    doc = seeds[0][name]
    assert {f: getattr(doc, f) for f in FIELDS} == dict(zip(FIELDS, SEED_EXPECTED[name]))
    assert doc.language == "en"


def test_seed_genre_and_published_match_gold(seeds, shared_gold):
    for gold in shared_gold:
        doc = seeds[0][gold["doc"]]
        assert (doc.genre, doc.published, doc.language) == (gold["format"], gold["published"], gold["language"])
        assert doc.url == gold["source_url"]


CHROME_SEEN_IN_SEEDS = ["RSS", "Логотип", "Баннер в шапке 1", "Баннер в шапке 2", "Предыдущая новость",
                        "Следующая новость", "Highlight selection", "Content", "Main article: Digital economy of Russia",
                        "File:Aquote1.png", "File:Aquote2.png", "Notes", "seed_url:", "http_status:", "Read more here."]


@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_text_has_no_boilerplate(seeds, name):
    doc = seeds[0][name]
    lines = doc.text.split("\n")
    assert not [line for line in lines if boilerplate.chrome_name(line)]
    assert not re.search(r"\[\d+\]", doc.text)
    for chrome in CHROME_SEEN_IN_SEEDS:
        assert not any(line.strip() == chrome or line.startswith(chrome) for line in lines), chrome
    assert "Read more here." not in doc.text
    assert formats.BLOCK_OPEN not in doc.text and formats.BLOCK_CLOSE not in doc.text


# The header line `date: 2025-12-30T…` of 003 is a gold date, but the scraper header is not article
# text: it is removed and its date kept as `retrieved`.
ANCHORS_IN_REMOVED_HEADER = {"2025-12-30T17:50:00+04:00"}


def test_gold_anchors_survive_cleaning(seeds, shared_gold):
    for gold in shared_gold:
        text = collapse(seeds[0][gold["doc"]].text)
        anchors = [q["text_start"] for q in gold["quotes"] + gold["reported"]] + [d["text"] for d in gold["dates"]]
        anchors += [e["headline"] for e in gold["events"]] + [a for e in gold["events"] for a in e["amounts"]]
        missing = [a for a in anchors if collapse(a) not in text and a not in ANCHORS_IN_REMOVED_HEADER]
        assert not missing, gold["doc"]


def test_gold_dates_are_kept_once_per_occurrence(seeds):
    doc = seeds[0]["003_93e4e72d77505f6b.txt"]
    assert doc.text.count("5 February 2021") == 7
    assert "MOGILEV, 12 October (BelTA) –" in seeds[0]["000_575115873b677e43.txt"].text
    assert "2024/10/11 11:28:21" in seeds[0]["004_7444741b29f6eb96.txt"].text


def test_repeated_title_line_kept_once(seeds):
    for name in ("001_6588c6f232f113de.txt", "002_72d7a1b15053617e.txt"):
        doc = seeds[0][name]
        assert doc.text.count(doc.title) == 1
        assert doc.text.startswith(doc.title)


def test_hard_wrapped_page_is_unwrapped(seeds):
    doc = seeds[0]["003_93e4e72d77505f6b.txt"]
    assert "Mikhail Mishustin’s remarks at the plenary session of the forum:\n" in doc.text
    assert "Before the plenary session, Mikhail Mishustin and the heads" in doc.text
    assert "Heads of state and government, colleagues" in doc.text
    assert "Putin said: “All of us saw for ourselves that it is highly important to use" in collapse(doc.text)
    assert "Mikhail\nMishustin" not in doc.text
    # the gallery keeps each date on its own line
    assert "\n5 February 2021\n" in doc.text


def test_paragraph_lines_are_not_unwrapped(seeds):
    doc = seeds[0]["002_72d7a1b15053617e.txt"]
    assert "\nEvgeny Pustvoi, CTV:\nThe Forum of Regions" in doc.text
    assert "information technologies,\n\nthrough the involvement" in doc.text
    raw_000 = (paths.CORPUS / "000_575115873b677e43.txt").read_text(encoding="utf-8")
    assert seeds[0]["000_575115873b677e43.txt"].text == raw_000.strip("\n")


def test_listing_items_match_gold_events(seeds, shared_gold):
    doc = seeds[0]["004_7444741b29f6eb96.txt"]
    gold = next(g for g in shared_gold if g["doc"] == doc.path)
    items = [seg for seg in doc.segments if seg.kind == "item"]
    assert [seg.heading for seg in items] == [e["headline"] for e in gold["events"]]
    for seg in items:
        assert doc.text[seg.start:].startswith(seg.heading)
        assert seg.year_hint == int(doc.text[[s for s in doc.segments if s.kind == "section" and s.start <= seg.start][-1].start:][:4])


def test_listing_sections_nest_their_items(seeds):
    doc = seeds[0]["004_7444741b29f6eb96.txt"]
    sections = [seg for seg in doc.segments if seg.kind == "section"]
    assert [s.heading for s in sections] == ["2024", "2023", "2022", "2021", "2017"]
    assert [s.year_hint for s in sections] == [2024, 2023, 2022, 2021, 2017]
    for item in (seg for seg in doc.segments if seg.kind == "item"):
        parent = [s for s in sections if s.start <= item.start < s.end]
        assert len(parent) == 1 and item.end <= parent[0].end and parent[0].year_hint == item.year_hint
    merged = next(seg for seg in doc.segments if seg.kind == "item" and seg.year_hint == 2021)
    assert doc.text[merged.start - 6:merged.start] == "2021: "
    assert [seg.seg_id for seg in doc.segments] == [f"{doc.doc_id}:{n}" for n in range(len(doc.segments))]


def test_listing_blocks_cover_the_quotations(seeds):
    doc = seeds[0]["004_7444741b29f6eb96.txt"]
    assert len(doc.blocks) == 12
    first = doc.text[slice(*doc.blocks[0])]
    assert first.startswith("A new Strategy for the technological development")
    assert first.endswith("(quoted by TASS).")
    assert doc.text[slice(*doc.blocks[-1])].endswith('"said Nenad Popovich.')


LISTING = """Regional cooperation in the digital sphere

2020

Kazakhstan and Kyrgyzstan signed a digital roadmap

The roadmap covers data exchange and e-government services for both countries until the end of the decade.

President Kassym-Jomart Tokayev and President Sadyr Japarov

The parties also agreed to meet again next year.

Kazakhstan and Kyrgyzstan sign a digital roadmap

Ministers met in Bishkek to discuss satellite links

The meeting took place on 3 March.

Ministers meet in Bishkek, 3 March 2020, Bishkek

2019: Launch of a joint data centre

The data centre opened in Almaty.
"""


def test_listing_shape_outside_the_seeds():
    doc = parse_text(LISTING)
    assert doc.genre == "listing"
    found = [(seg.kind, seg.heading, seg.year_hint) for seg in doc.segments[1:]]
    assert found == [
        ("section", "2020", 2020),
        ("item", "Kazakhstan and Kyrgyzstan signed a digital roadmap", 2020),  # first line after the heading
        # not items: a list of names, a near-repeat of the headline, a caption ending in ", <date>, <Place>"
        ("item", "Ministers met in Bishkek to discuss satellite links", 2020),
        ("section", "2019", 2019),
        ("item", "Launch of a joint data centre", 2019),
    ]
    assert doc.text[doc.segments[-1].start:doc.segments[-1].end] == "Launch of a joint data centre\n\nThe data centre opened in Almaty."


def test_other_seeds_are_one_segment(seeds):
    for doc in seeds[0].values():
        if doc.genre != "listing":
            assert [(s.kind, s.start, s.end) for s in doc.segments] == [("document", 0, len(doc.text))]


def test_seed_report_and_frames(seeds):
    docs, report = seeds
    assert [row["status"] for row in report] == ["ingested"] * 5
    frame = documents_frame(docs.values())
    assert list(frame.columns) == list(ingest.schema.TABLES["documents"])
    assert frame["n_words"].min() > 300
    assert frame["doc_id"].is_unique and frame["doc_id"].str.len().eq(16).all()
    segments = segments_frame(docs.values())
    assert len(segments) == 4 + 1 + 5 + 14


# ---------------------------------------------------------------------------------------------
# Input shapes, one per row


WIRE = "MINSK, 3 March 2023 (BelTA) – Belarus and Russia signed a roadmap on digital trade, BelTA learned.\nMore text.\n"
WIRE_NO_AGENCY = "NIZHNY NOVGOROD, 5 June – The forum opened on Monday.\n"
TV = ("Minister says AI will change schools\n\nMinister says AI will change schools\n\n"
      "The ministry presented a plan for schools in the capital city today, with budgets for every region and year.\n\n"
      "Ivan Petrov, Minister of Education:\nWe will start in September.\n")
TRANSCRIPT = "Talks in Minsk\n\nVladimir Putin, President of Russia:\nGood afternoon.\n\nAlexander Lukashenko:\nThank you.\n"
RUSSIAN = ("Логотип\nРоссия и Беларусь подписали соглашение\n5 февраля 2021\nМИНСК, 5 февраля (БелТА) – Стороны "
           "обсудили цифровую повестку. Предыдущая новость\nСледующая новость\n")


@pytest.mark.parametrize(
    "raw, expected",
    [
        (WIRE, {"outlet": "BelTA", "dateline_place": "Minsk", "published": "2023-03-03", "published_precision": "day",
                "published_source": "dateline", "genre": "news", "title": None}),
        (WIRE_NO_AGENCY, {"dateline_place": "Nizhny Novgorod", "published": None, "outlet": None}),
        (TV, {"title": "Minister says AI will change schools", "genre": "mixed"}),
        (TRANSCRIPT, {"title": "Talks in Minsk", "genre": "transcript"}),
        (RUSSIAN, {"language": "ru", "title": "Россия и Беларусь подписали соглашение", "published": "2021-02-05",
                   "published_source": "text", "dateline_place": "Минск", "outlet": "БелТА"}),
        ("seed_url: https://www.example.org/a/1\ntitle: Ministers meet in Baku\ndate: 2024-01-02T10:00:00Z\nvia: requests\n\n"
         "Ministers met in Baku on Friday.\n",
         {"title": "Ministers meet in Baku", "url": "https://www.example.org/a/1", "outlet": "example.org",
          "retrieved": "2024-01-02", "published": "2024-01-02", "published_source": "retrieved"}),
        ("Title: Talks in Baku\nAuthor: A. Reporter\nDate: 2023-04-05\n\nThe ministers met.\n",
         {"title": "Talks in Baku", "published": "2023-04-05", "published_source": "header", "retrieved": None}),
        ("Headline here\nFebruary 5, 2021\nBody text follows here.\n",
         {"published": "2021-02-05", "published_source": "text", "title": "Headline here"}),
        ("seed_url: https://x.org/news/2021/11/story\nfinal_url: https://x.org/news/2021/11/story\ndate: 2025-01-01\n\n"
         "News\n\nThe story.\n",
         {"published": "2021-11", "published_precision": "month", "published_source": "url", "retrieved": "2025-01-01"}),
    ],
)
def test_plain_text_shapes(raw, expected):
    doc = parse_text(raw)
    assert {key: getattr(doc, key) for key in expected} == expected


def test_text_shapes_keep_content():
    tv = parse_text(TV)
    assert tv.text.count("Minister says AI will change schools") == 1
    ru = parse_text(RUSSIAN)
    assert "Логотип" not in ru.text and "Следующая" not in ru.text
    assert "Стороны обсудили цифровую повестку. Предыдущая новость" in ru.text  # only whole lines are chrome


def test_doc_id_is_content_hash_and_path_independent():
    assert parse_text("Same text.", path="a.txt").doc_id == parse_text("Same text.", path="b/c.txt").doc_id
    assert parse_text("Same text.").doc_id != parse_text("Other text.").doc_id


def test_wrapped_text_rejoined_and_sentence_ends_kept():
    raw = "\n".join([
        "The minister arrived in the capital on Monday and met his",
        "counterpart for talks on trade, energy and the digital",
        "economy of both countries. The talks lasted three hours and",
        "ended with a joint statement on cooperation in the field",
        "of communications, which both sides called a breakthrough.",
        "Reporters asked about the next steps in the process and",
        "the minister said that a working group would be formed",
        "before the end of the year to prepare the documents.",
        "Officials from both ministries will take part in the",
        "group, according to a statement released in the evening.",
        "The group will meet for the first time in the spring.",
    ])
    doc = parse_text(raw)
    assert doc.text.count("\n") == 3  # four lines end a sentence -> four paragraphs
    assert "met his counterpart for talks" in doc.text


def test_html_main_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(
        """<html><head><title>Site | Story</title>
        <meta property="og:title" content="Russia and Serbia sign IT memorandum">
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2022-09-27T08:00:00+03:00">
        <link rel="canonical" href="https://example.com/news/1">
        <style>body {color: red}</style><script>var tracking = 1;</script></head>
        <body><nav><a href="/">Home</a> <a href="/rss">RSS</a></nav>
        <article><h1>Russia and Serbia sign IT memorandum</h1>
        <p>Belgrade, 27 September. The ministers signed a memorandum.</p>
        <blockquote><p>We will build it together, said the minister.</p></blockquote>
        <p>The next round is planned for <b>2023</b>.</p></article>
        <footer>© Example 2024</footer></body></html>""",
        encoding="utf-8",
    )
    result = ingest_folder(tmp_path)
    (doc,) = result.documents
    assert (doc.title, doc.outlet, doc.url, doc.published, doc.published_source, doc.source_format) == (
        "Russia and Serbia sign IT memorandum", "Example News", "https://example.com/news/1", "2022-09-27", "meta", "html")
    for never in ("tracking", "color: red", "Home", "RSS", "©"):
        assert never not in doc.text
    assert "The next round is planned for 2023." in doc.text
    (block,) = doc.blocks
    assert doc.text[block[0]:block[1]] == "We will build it together, said the minister."


def test_html_without_article_element_drops_marked_chrome():
    text, meta = formats.html_document(
        """<html><head><title>Ministers meet</title></head><body>
        <div id="top-menu"><a>Home</a><a>World</a></div><div class="breadcrumbs">News / World</div>
        <div class="story"><h2>Ministers meet</h2><!-- ad slot --><div>The <i>two</i> ministers met&nbsp;today.</div></div>
        <div class="share-buttons">Share on X</div><div class="cookie-banner">We use cookies</div></body></html>""")
    assert meta["title"] == "Ministers meet"
    assert [line for line in text.split("\n") if line] == ["Ministers meet", "The two ministers met\xa0today."]


def test_markdown_front_matter_quotes_and_links(tmp_path):
    (tmp_path / "note.md").write_text(
        "---\ntitle: Digital week\ndate: 2023-05-04\n---\n# Digital week\n\nThe **forum** opened, see [the site](http://x.org).\n\n"
        "> We are ready, the minister said.\n> Work starts now.\n\nEnd of story.\n",
        encoding="utf-8",
    )
    (doc,) = ingest_folder(tmp_path).documents
    assert (doc.title, doc.published, doc.published_precision, doc.source_format) == ("Digital week", "2023-05-04", "day", "md")
    assert "The forum opened, see the site." in doc.text and "**" not in doc.text and "http" not in doc.text
    (block,) = doc.blocks
    assert doc.text[block[0]:block[1]] == "We are ready, the minister said.\nWork starts now."


def test_csv_jsonl_parquet_one_document_per_row(tmp_path):
    rows = [
        {"Title": "First story", "Content": "Russia and China met on 1 May.", "Date": "2021-05-01", "URL": "https://a.org/1"},
        {"Title": "Second story", "Content": "Belarus joined the program.", "Date": "2022", "URL": "https://b.org/2"},
    ]
    pd.DataFrame(rows).to_csv(tmp_path / "stories.csv", index=False)
    (tmp_path / "stories.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"body": "Kazakhstan signed.", "outlet": "Kazinform"}, {"body": "Armenia agreed."}]), encoding="utf-8")
    pd.DataFrame({"TEXT": ["Uzbekistan launched a portal."], "title": ["Portal"]}).to_parquet(tmp_path / "more.parquet")
    (tmp_path / "tabs.tsv").write_text("body\tdate\nSerbia, Russia and China met.\t2020-03\n", encoding="utf-8")
    result = ingest_folder(tmp_path)
    by_path = {doc.path: doc for doc in result.documents}
    assert sorted(by_path) == ["more.parquet#row=1", "stories.csv#row=1", "stories.csv#row=2",
                               "stories.jsonl#row=1", "stories.jsonl#row=2", "tabs.tsv#row=1"]
    assert (by_path["tabs.tsv#row=1"].published, by_path["tabs.tsv#row=1"].published_precision) == ("2020-03", "month")
    first = by_path["stories.csv#row=1"]
    assert (first.title, first.published, first.published_precision, first.published_source, first.url, first.outlet) == (
        "First story", "2021-05-01", "day", "column", "https://a.org/1", "a.org")
    assert by_path["stories.csv#row=2"].published_precision == "year"
    assert by_path["stories.jsonl#row=1"].outlet == "Kazinform"
    assert by_path["more.parquet#row=1"].source_format == "parquet"
    assert all(row["status"] == "ingested" for row in result.report)


def test_gzip_compressed_files_read_as_their_inner_format(tmp_path):
    (tmp_path / "stories.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Armenia joined the platform."}\n'))
    (tmp_path / "note.txt.gz").write_bytes(gzip.compress("Россия и Армения подписали меморандум.".encode("cp1251")))
    (tmp_path / "broken.txt.gz").write_bytes(b"not gzip at all")
    result = ingest_folder(tmp_path)
    assert {doc.path: doc.text for doc in result.documents} == {
        "note.txt.gz": "Россия и Армения подписали меморандум.", "stories.jsonl.gz#row=1": "Armenia joined the platform."}
    assert "malformed gzip" in _report(result)["broken.txt.gz"][1]


def test_csv_with_semicolons_and_long_texts(tmp_path):
    long_text = "Russia and Armenia signed an agreement. " * 5000  # beyond the csv module's default field limit
    (tmp_path / "semi.csv").write_text(f"titel;Text\nEins;{long_text}\n", encoding="utf-8")
    (doc,) = ingest_folder(tmp_path).documents
    assert doc.text == long_text.strip() and doc.path == "semi.csv#row=1"


# ---------------------------------------------------------------------------------------------
# Bad input

RUSSIAN_NEWS = "Россия и Беларусь подписали соглашение о цифровой экономике. Министр заявил, что работа начнётся весной."


def _report(result):
    return {row["path"]: (row["status"], row["reason"]) for row in result.report}


def test_cp1251_russian_decoded_exactly(tmp_path):
    (tmp_path / "ru.txt").write_bytes(RUSSIAN_NEWS.encode("cp1251"))
    (doc,) = ingest_folder(tmp_path).documents
    assert doc.text == RUSSIAN_NEWS
    assert doc.language == "ru"


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Привет мир", "cp1251"),  # too short for charset-normalizer alone
        ("Привет мир", "koi8_r"),
        ("ПРАВИТЕЛЬСТВО РОССИИ", "cp1251"),  # all capitals: KOI8-R and cp1251 differ only by letter frequency
        ("ПРАВИТЕЛЬСТВО РОССИИ", "koi8_r"),
        ("МИНСК, 5 февраля (БелТА) – Стороны обсудили цифровую повестку.", "cp1251"),
        ("Café au lait, naïve résumé", "cp1252"),
        ("Größe Straße München", "latin-1"),
    ],
)
def test_legacy_encodings_decoded_exactly(text, encoding):
    decoded = formats.decode(text.encode(encoding))
    assert decoded.text == text
    assert len(decoded.notes) == 1 and decoded.notes[0].startswith("not UTF-8: read as ")  # the guess is said


def test_utf16_with_bom(tmp_path):
    (tmp_path / "u16.txt").write_bytes(RUSSIAN_NEWS.encode("utf-16"))
    (tmp_path / "u8bom.txt").write_bytes(("Headline\n" + RUSSIAN_NEWS).encode("utf-8-sig"))
    docs = {doc.path: doc for doc in ingest_folder(tmp_path).documents}
    assert docs["u16.txt"].text == RUSSIAN_NEWS
    assert docs["u8bom.txt"].text.startswith("Headline\n") and docs["u8bom.txt"].title == "Headline"


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("garbage.txt", bytes(range(128, 256)) * 3 + b"\xff\xfe\xfd", "not decodable"),
        ("noise.txt", random.Random(0).randbytes(3000).replace(b"\x00", b"\x01"), "not decodable"),
        ("notext.csv", b"title,date\nA,2021\n", "table without a text column"),
        ("header_only.csv", b"title,text\n", "table without rows"),
        ("bad.jsonl", b"{not json\n[1, 2]\n", "malformed JSONL"),
        ("broken.parquet", b"PAR1 this is not parquet", "malformed Parquet"),
        ("empty.parquet", b"", "empty file"),
        ("slides.pdf", b"%PDF-1.4", "unsupported file type"),
        ("slides.pdf.gz", gzip.compress(b"%PDF-1.4"), "unsupported file type '.pdf' inside .gz"),
        ("only_chrome.txt", "RSS\nЛоготип\nHighlight selection\n".encode(), "no text left"),
    ],
)
def test_bad_file_is_reported_and_others_load(tmp_path, name, content, reason):
    (tmp_path / "good.txt").write_text("A good story about Armenia.", encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    result = ingest_folder(tmp_path)
    report = _report(result)
    assert report["good.txt"][0] == "ingested"
    status, why = report[name]
    assert status == "skipped" and reason in why
    assert [doc.path for doc in result.documents] == ["good.txt"]


def test_table_rows_with_problems_are_counted(tmp_path):
    (tmp_path / "mixed.jsonl").write_text('{"text": "Armenia joined."}\n{broken\n{"text": ""}\n{"text": "Laos too."}\n',
                                          encoding="utf-8")
    (tmp_path / "ragged.csv").write_text('text,title\n"Serbia, Russia met.",A\nonly,three,fields\n', encoding="utf-8")
    result = ingest_folder(tmp_path)
    report = [(row["path"], row["status"]) for row in result.report]
    assert report == [("mixed.jsonl#row=1", "ingested"), ("mixed.jsonl#row=4", "ingested"), ("mixed.jsonl", "skipped"),
                      ("ragged.csv#row=1", "ingested"), ("ragged.csv", "skipped")]
    reasons = {row["path"]: row["reason"] for row in result.report}
    assert "line 2: invalid JSON" in reasons["mixed.jsonl"] and "row 3: empty text" in reasons["mixed.jsonl"]
    assert "row 2: 3 fields" in reasons["ragged.csv"]


def test_unreadable_file(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("Secret.", encoding="utf-8")
    real = formats.Path.read_bytes

    def deny(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(formats.Path, "read_bytes", deny)
    report = _report(ingest_folder(tmp_path))
    assert report == {"good.txt": ("ingested", None), "locked.txt": ("skipped", "unreadable: permission denied")}


def test_mixed_folder_accounts_for_every_file(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "a.txt").write_text("Russia and Belarus met.", encoding="utf-8")
    (tmp_path / "sub" / "copy.txt").write_text("Russia and Belarus met.\n", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "copy2.txt").write_text("Russia and Belarus met.", encoding="utf-8")
    (tmp_path / "sub" / "cp.txt").write_bytes(RUSSIAN_NEWS.encode("cp1251"))
    (tmp_path / "sub" / "empty.txt").write_bytes(b"")
    (tmp_path / "sub" / "bin.txt").write_bytes(b"\x00" * 10)
    result = ingest_folder(tmp_path)
    report = _report(result)
    assert report == {
        ".DS_Store": ("skipped", "hidden file, not read"),
        ".git": ("skipped", "hidden folder, not read"),
        "a.txt": ("ingested", None),
        "sub/bin.txt": ("skipped", "binary file (contains NUL bytes)"),
        "sub/copy.txt": ("duplicate", "same text as a.txt"),
        "sub/cp.txt": ("ingested", None),
        "sub/deeper/copy2.txt": ("duplicate", "same text as a.txt"),
        "sub/empty.txt": ("skipped", "empty file"),
    }
    assert len(result.documents) == 2
    statuses = [row["status"] for row in result.report]
    assert statuses.count("ingested") + statuses.count("duplicate") + statuses.count("skipped") == 8


def test_missing_or_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="no such directory"):
        ingest_folder(tmp_path / "nope")
    with pytest.raises(CorpusError, match="contains no files"):
        ingest_folder(tmp_path)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(CorpusError, match="not a directory"):
        ingest_folder(tmp_path / "file.txt")


def test_frames_keep_the_contract_when_empty():
    assert list(documents_frame([]).columns) == list(ingest.schema.TABLES["documents"])
    assert list(segments_frame([]).columns) == list(ingest.schema.TABLES["segments"])


def test_headline_announcing_the_future_with_an_infinitive_is_an_item(tmp_path):
    listing = (
        "# Agreements\n\n## 2023\n\n### Kyrgyzstan and Russia agree on a cybersecurity roadmap\n\n"
        "The roadmap was approved in May 2023 by the ministries of both countries.\n\n"
        "### Russia to build a data centre in Tajikistan\n\n"
        "The data centre will be built in Dushanbe, the operator announced in September.\n\n"
        "### Contribution to the digital economy of the region\n\n"
        "A caption-like noun phrase with an article after 'to' stays a caption.\n"
    )
    (tmp_path / "a.md").write_text(listing, encoding="utf-8")
    (doc,) = ingest_folder(tmp_path).documents
    items = [seg.heading for seg in doc.segments if seg.kind == "item"]
    assert items == ["Kyrgyzstan and Russia agree on a cybersecurity roadmap", "Russia to build a data centre in Tajikistan"]


# ---------------------------------------------------------------------------------------------
# Genre: turns opened inside their paragraph ("Role Name: speech")

INLINE_TRANSCRIPT = (
    "Joint news conference after the talks\n\n"
    "Prime Minister of Armenia Nikol Pashinyan: Dear colleagues, today we signed a programme on digital services.\n\n"
    "It covers payments and customs.\n\n"
    "President of Kazakhstan Kassym-Jomart Tokayev: Thank you. We support the programme fully.\n"
)
INLINE_MIXED = (
    "Meeting with the Prime Minister of Kyrgyzstan\n\n"
    "The two leaders met in Bishkek on Tuesday. They discussed trade, energy and a joint data centre project.\n\n"
    "Mikhail Orlov: Mr Prime Minister, colleagues,\n\n"
    "Thank you for coming. Our trade grew last year.\n\n"
    "Akylbek Japarov, Chairman of the Cabinet: Thank you, Mikhail Petrovich.\n"
)
NEWS_WITH_LABELS = (
    "Ministers agree on data rules\n\n"
    "BAKU, 4 May (Trend) – Ministers of the two countries agreed on rules for cross-border data on Friday.\n\n"
    "Note: The agreement takes effect next year.\n\n"
    "Photo: Press Service of the Ministry\n\n"
    "Photo Credit: Trend News Agency\n\n"
    "John Smith, the deputy minister, said: “We are ready.” Anna Lee, an analyst, added: “It is a start.”\n\n"
    "Anna Lee, an analyst, said: “The rules are clear.”\n"
)
NEWS_ONE_LABEL = (
    "Forum opens in Tashkent\n\n"
    "The forum opened on Monday with delegations from twelve countries and a long list of agreements.\n\n"
    "Key Figures: Twelve countries, forty agreements.\n"
)


@pytest.mark.parametrize(
    "raw, genre",
    [(INLINE_TRANSCRIPT, "transcript"), (INLINE_MIXED, "mixed"), (NEWS_WITH_LABELS, "news"), (NEWS_ONE_LABEL, "news"),
     (TRANSCRIPT, "transcript"), (TV, "mixed")],
)
def test_genre_of_inline_turns(raw, genre):
    assert parse_text(raw).genre == genre


@pytest.mark.parametrize(
    "paragraph, opens",
    [
        ("President of Russia Vladimir Putin: Mr Lukashenko, friends, today we discussed the key areas.", True),
        ("Vladimir Putin: Mr President, friends,", True),
        ("Sergei Lavrov, Foreign Minister: Thank you.", True),
        ("John Smith, the minister, said: “We are ready.”", False),
        ("Note: The agreement takes effect next year.", False),
        ("Photo Credit: Reuters", False),
        ("Vladimir Putin said: the talks went well.", False),
    ],
)
def test_opens_inline_turn(paragraph, opens):
    assert ingest.opens_inline_turn(paragraph) is opens


@pytest.mark.parametrize("enabled", [True, False])
def test_ingest_leaves_the_garbage_collector_as_it_found_it(tmp_path, enabled):
    import gc
    (tmp_path / "a.txt").write_text("Ministers met in Baku on Friday.\n", encoding="utf-8")
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert len(ingest.ingest_folder(tmp_path).documents) == 1
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
