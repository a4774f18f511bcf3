"""The stage registry: every extractor is a Stage, run in an order its `needs` allow, rows carry doc_id."""
import pytest

from helpers import lang
from helpers.document import Document, Segment
from helpers.extract import NOT_EXTRACTED, STAGES, extract_document, load_resources
from helpers.extract.stage import Context, Stage, run_stages

TEXT = ("Deputy Prime Minister Ivan Petrov met Chinese officials in Beijing on 12 March 2024. "
        "“We signed a $5 million deal,” Petrov said. The minister added that talks would continue.")


@pytest.fixture(scope="module")
def resources():
    return load_resources()


def document(text: str, language: str = "en") -> Document:
    return Document(doc_id="doc-1", path="x.txt", text=text, language=language,
                    segments=(Segment("doc-1:0", "document", None, 0, len(text), None),))


def test_every_stage_reads_only_stages_run_before_it():
    names = [stage.name for stage in STAGES]
    assert len(set(names)) == len(names)
    for i, stage in enumerate(STAGES):
        assert set(stage.needs) <= set(names[:i]), stage.name


def test_a_stage_run_before_what_it_needs_is_refused():
    quotes = next(s for s in STAGES if s.name == "quotes")
    with pytest.raises(ValueError, match="stage quotes needs"):
        run_stages((quotes,), document(TEXT), Context(lang.get("en"), None))


def test_every_row_of_every_stage_carries_the_document_id(resources):
    rows = extract_document(document(TEXT), resources)
    for table in ("mentions", "dates", "events", "amounts", "quotes"):
        assert rows[table], table
        assert {row["doc_id"] for row in rows[table]} == {"doc-1"}, table


def test_the_stage_contract_is_all_a_new_stage_needs(resources):
    """A stage added to the tuple runs with the others and reads their rows."""
    def count_dates(doc, ctx):
        return {"skipped": [{"table": "dates", "start": 0, "end": 0, "text": "", "reason": f"{len(ctx.rows['dates'])} dates"}]}

    stages = (*STAGES, Stage("count", needs=("dates",), run=count_dates))
    rows = run_stages(stages, document(TEXT), Context(lang.get("en"), resources))
    assert rows["skipped"][-1]["reason"] == f"{len(rows['dates'])} dates" and rows["skipped"][-1]["doc_id"] == "doc-1"


@pytest.mark.parametrize("code", ["de", "xx", None])
def test_a_language_without_resources_is_an_explicit_skip_not_english(resources, code):
    text = "Министр Иван Петров заявил, что Россия и Китай подписали соглашение 12 марта 2024 года."
    rows = extract_document(document(text, language=code), resources)
    [skipped] = rows["skipped"]
    assert skipped["table"] == NOT_EXTRACTED and skipped["reason"] == f"no resources for language {code or 'unknown'}"
    assert (skipped["doc_id"], skipped["start"], skipped["end"]) == ("doc-1", 0, len(text))
    assert all(not rows[t] for t in rows if t != "skipped")


def test_the_registry_refuses_an_unknown_language_instead_of_falling_back_to_english():
    assert lang.get("en").code == "en"
    for code in ("de", "xx", "", None, "../en"):
        with pytest.raises(lang.UnsupportedLanguage):
            lang.get(code)
