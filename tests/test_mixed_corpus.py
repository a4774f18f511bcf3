"""A corpus folder mixing English and Russian sources, built as a user builds it (`load_corpus`): one `people`
row per person whatever the script and case («Путина», «В.Путин»), the reference list's name as canonical, every
spelling kept; quotes, events and pairs from both languages. The documents are invented."""
import pytest

from helpers.store import load_corpus

FILES = {
    "en.txt": "MOSCOW, 12 March 2024 – Russian President Vladimir Putin met Belarusian President Alexander Lukashenko "
              "in Moscow.\n\n\"Our digital cooperation is growing every year,\" Putin said after the talks.\n",
    "ru1.txt": "Президент России Владимир Путин провёл переговоры с белорусским коллегой в Минске.\n\n"
               "«Мы договорились о совместных проектах в сфере цифровой экономики», — заявил Владимир Путин.\n",
    "ru2.txt": "Египет, Эфиопия и Нигерия подписали с Россией меморандумы о сотрудничестве 5 июня 2023 года.\n\n"
               "По словам Путина, такие соглашения укрепляют доверие. В.Путин подчеркнул, что Россия открыта для "
               "партнёров.\n",
}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed") / "corpus"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HELPERS_PROCESSED", str(tmp_path_factory.mktemp("processed")))
        return load_corpus(folder, quiet=True, texts=True)


def test_one_person_across_scripts_and_cases_is_one_people_row(mixed):
    people = mixed.people
    [putin] = people[people["person"] == "Vladimir Putin"].to_dict("records")
    assert {"Владимир Путин", "В.Путин", "Путина"} <= set(putin["aliases"])
    assert putin["country"] == "RUS"
    assert not any("Путин" in name for name in people["person"])  # no second row in Cyrillic, in any case


def test_quotes_of_both_languages_name_the_canonical_speaker(mixed):
    languages = mixed.documents.set_index("doc_id")["language"]
    putin = mixed.quotes[mixed.quotes["speaker"] == "Vladimir Putin"]
    assert set(putin["doc_id"].map(languages)) == {"en", "ru"}
    assert {"direct", "reported"} <= set(putin["kind"])


def test_events_and_pairs_of_a_russian_document(mixed):
    russian = set(mixed.documents.loc[mixed.documents["language"] == "ru", "doc_id"])
    pairs = mixed.pairs[mixed.pairs["doc_id"].isin(russian)]
    assert {("EGY", "NGA"), ("EGY", "RUS"), ("ETH", "RUS")} <= set(zip(pairs["a"], pairs["b"]))
    dated = mixed.events[mixed.events["doc_id"].isin(russian) & mixed.events["countries"].map(lambda c: "NGA" in list(c))]
    assert list(dated["date"]) == ["2023-06-05"]
