"""Every chrome pattern catches the line it documents, and none catches article text."""
import pytest

from helpers import boilerplate


@pytest.mark.parametrize(
    "line, name",
    [
        ("RSS", "feed_link"),
        ("Логотип", "logo"),
        ("Баннер в шапке 1", "banner"),
        ("Баннер в шапке 2", "banner"),
        ("Предыдущая новость", "pager"),
        ("Следующая новость", "pager"),
        ("Next article", "pager"),
        ("Highlight selection", "page_tool"),
        ("Content", "toc_heading"),
        ("Main article: Digital economy of Russia", "main_article"),
        ("Notes", "notes_heading"),
        ("OFFICIAL WEBSITE OF THE GOVERNMENT OF THE RUSSIAN FEDERATION", "site_banner"),
        ("  Share ", "share_button"),
    ],
)
def test_chrome_line_is_named(line, name):
    assert boilerplate.chrome_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "MOGILEV, 12 October (BelTA) – Digital technologies should be used to serve needs of the society.",
        "2024/10/11 11:28:21",
        "5 February 2021",
        "Mikhail Mishustin’s meeting with Prime Minister of Uzbekistan Abdulla Aripov",
        "Russia and Tajikistan launched joint digital projects worth ₽2,5 billion",
        "source = Press Service of the Mayor and the Government of Moscow",
        "The RSS feed of the ministry was launched in 2019.",
        "Contents of the agreement were not disclosed.",
        "Person:",
        "",
    ],
)
def test_article_line_is_not_chrome(line):
    assert boilerplate.chrome_name(line) is None


@pytest.mark.parametrize(
    "line, marker",
    [("File:Aquote1.png", "block_open"), ("File:Aquote2.png", "block_close"), ("file:aquote1.png ", "block_open"),
     ("See File:Aquote1.png here", None)],
)
def test_block_markers(line, marker):
    assert boilerplate.block_marker(line) == marker


@pytest.mark.parametrize(
    "line, expected",
    [
        ("the republic.[1][2]", "the republic."),
        ("cross-border violations. [9]", "cross-border violations."),
        ("on September 27, 2022. Read more here.", "on September 27, 2022."),
        ("Article 5 [of the treaty] applies", "Article 5 [of the treaty] applies"),
        ("We read more here than there.", "We read more here than there."),
    ],
)
def test_inline_chrome_removed(line, expected):
    assert boilerplate.strip_inline_chrome(line) == expected


@pytest.mark.parametrize(
    "line, name",
    [
        ("RSS feed", "feed_link"), ("Logo", "logo"), ("Banner 2", "banner"), ("Previous article", "pager"),
        ("Next news", "pager"), ("Print version", "page_tool"), ("Версия для печати", "page_tool"),
        ("Contents", "toc_heading"), ("Содержание", "toc_heading"), ("See also: Internet in Russia", "main_article"),
        ("Основная статья: Цифровая экономика", "main_article"), ("См. также: Интернет", "main_article"),
        ("References", "notes_heading"), ("Примечания", "notes_heading"), ("Источники", "notes_heading"),
        ("The official portal of the Mayor of Moscow", "site_banner"), ("Tweet", "share_button"),
        ("\tПоделиться", "share_button"), ("File:Aquote1.png", "block_open"), ("FILE:AQUOTE2.PNG", "block_close"),
    ],
)
def test_every_pattern_opening_passes_the_prefix_filter(line, name):
    """CHROME_PREFIXES is only a shortcut: a line it let through would still need the pattern to match."""
    assert line.lstrip(" \t")[:3].lower() in boilerplate.CHROME_PREFIXES
    assert boilerplate.line_kind(line) == name
