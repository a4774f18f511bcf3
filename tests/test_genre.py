"""A document's kind (news, transcript, listing, mixed) settled by the transcript turns the quote extractor
finds, in every shape it knows them, through the documents table and the gold-schema records alike."""
import pytest

from helpers.corpus.build import extract_documents, finish_tables
from helpers.evaluate import gold_records
from helpers.ingest import documents_frame, genre_with_turns, parse_text

QA_INTERVIEW = """Interview with the Deputy Minister of Digital Development

Q: How far have the talks with Vietnam on data centres gone since the spring?
A: We have agreed the main terms. Both sides want the first centre in Hanoi to open next year, and the engineers are already at work on the site.
Q: What about payment systems?
A: That is a separate track. The central banks are talking, and I do not want to get ahead of them, but the direction is clear to everyone involved.
"""

RU_QA = """Интервью заместителя министра цифрового развития

Вопрос: Как продвигаются переговоры с Узбекистаном о центрах обработки данных?
Ответ: Мы согласовали основные условия. Первый центр в Ташкенте откроется в следующем году, инженеры уже работают на площадке, и график пока соблюдается.
Вопрос: А что с платёжными системами?
Ответ: Это отдельное направление. Центральные банки ведут переговоры, и я не хотел бы забегать вперёд, но направление понятно всем участникам.
"""

STORY_WITH_A_TURN = """Russia and Laos agree on e-government

Russia and Laos signed a memorandum on e-government services on Tuesday, the ministry said. The document covers digital signatures, shared registries and the training of civil servants in both countries over the next three years.

Officials said the first pilot projects would start in Vientiane and two provinces, with Russian companies supplying the software and Lao engineers running the systems after a handover period.

The memorandum follows two years of talks between the ministries and a visit by a Lao delegation to Moscow last autumn, when the sides first discussed the registries.

Maksut Shadaev, Minister of Digital Development:
We are ready to share everything we have built, and we expect our Lao partners to take the lead within a few years.
"""

PLAIN_STORY = """Russia and Laos agree on e-government

Russia and Laos signed a memorandum on e-government services on Tuesday, the ministry said in a statement.
"""


def record(raw: str) -> tuple[str, str]:
    """(documents.genre, the gold record's format) of one document."""
    doc = parse_text(raw)
    tables = finish_tables(extract_documents([doc], workers=1))
    frame = documents_frame([doc], tables["quotes"].to_dict("records"))
    return frame.loc[0, "genre"], gold_records([doc], tables)[0]["format"]


@pytest.mark.parametrize("raw, genre", [
    (QA_INTERVIEW, "transcript"),
    (QA_INTERVIEW.replace("Q: ", "QUESTION: ").replace("A: ", "ANSWER: "), "transcript"),
    (RU_QA, "transcript"),
    (STORY_WITH_A_TURN, "mixed"),
    (PLAIN_STORY, "news"),
    (PLAIN_STORY + '\n"We are ready to share everything we have built," Minister Maksut Shadaev said.\n', "news"),  # quoted, no turn
])
def test_the_turns_settle_the_kind_of_document(raw, genre):
    assert record(raw) == (genre, genre)


@pytest.mark.parametrize("genre, length, turns, settled", [
    ("news", 1000, [], "news"),
    ("news", 1000, [(100, 400), (420, 900)], "transcript"),  # most of the text is turns
    ("news", 1000, [(700, 900)], "mixed"),  # a story with a turn
    ("transcript", 1000, [(900, 1000)], "mixed"),  # labelled turns, but most of the text is something else
    ("mixed", 1000, [(100, 1000)], "mixed"),  # narrative before the first turn keeps it mixed
    ("listing", 1000, [(0, 1000)], "listing"),
])
def test_genre_with_turns(genre, length, turns, settled):
    assert genre_with_turns(genre, length, turns) == settled
