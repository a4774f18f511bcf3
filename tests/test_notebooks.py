"""Every notebook runs top to bottom from a fresh kernel, on the seed corpus and on a different corpus.

The second corpus (made here) has other documents, other countries, a table-shaped file and no
quotation at all, so the quotes notebook must say "No quotes in this corpus" instead of failing.
Figures go to a temporary folder, never into report/.
"""
from __future__ import annotations

import os
import re
import shutil

import nbformat
import pytest

from helpers import load_corpus, paths
from helpers.figures import FIGURES_DIR_ENV
from helpers.report import GuardedClient  # nbclient with the guard against its missed-message stall
from helpers.store import CORPUS_ENV, TEXT_BUDGET_ENV, processed_dir_for

pytestmark = pytest.mark.notebooks

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
CELL_TIMEOUT = 120  # seconds: a stuck cell fails the test instead of hanging it

# Facts without speech: no quotation marks, no "said"/"noted"/"according to", so no quotes at all.
SECOND_CORPUS = {
    "vietnam_listing.md": (
        "# Digital cooperation between Russia and Vietnam\n\n"
        "## 2019\n\n"
        "### Russia and Vietnam sign a memorandum on e-government\n\n"
        "On 14 May 2019 Russia and Vietnam signed a memorandum on electronic government services "
        "and cybersecurity in Hanoi.\n\n"
        "## 2020\n\n"
        "### Joint data centre project with Vietnam\n\n"
        "In March 2020 Russia and Vietnam launched a joint data centre project worth $50 million.\n"
    ),
    "mongolia.txt": (
        "ULAANBAATAR, 3 September 2021 (MONTSAME) – Mongolia and Russia opened a joint training "
        "centre for artificial intelligence specialists at the university of Ulaanbaatar. "
        "The centre will train 200 engineers a year.\n"
    ),
    "briefs.csv": (
        "title,date,text\n"
        "Cuba and Russia on telecom,2022-11-08,Cuba and Russia agreed a programme on telecommunications "
        "and satellite communication for 2023.\n"
    ),
}


@pytest.fixture(scope="session")
def second_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("second_corpus")
    for name, text in SECOND_CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    yield folder
    shutil.rmtree(processed_dir_for(folder.resolve()), ignore_errors=True)  # its tables, kept under data/processed/


def solutions(nb) -> list[str]:
    """The code of the exercise solutions, which sit in collapsed <details> Markdown cells."""
    return [block for cell in nb.cells if cell.cell_type == "markdown" and "<details>" in cell.source
            for block in re.findall(r"```python\n(.*?)```", cell.source, flags=re.S)]


def run(notebook, tmp_path, corpus=None, *, with_solutions=False, env: dict[str, str] | None = None) -> str:
    """Execute `notebook` in a fresh kernel, the corpus set through its parameters cell as papermill
    does (an `injected-parameters` cell after it), the exercise solutions appended as code cells when
    asked; return the text of all outputs."""
    nb = nbformat.read(notebook, as_version=4)
    if with_solutions:
        nb.cells += [nbformat.v4.new_code_cell(code) for code in solutions(nb)]
    if corpus is not None:
        at = next(i for i, cell in enumerate(nb.cells) if "parameters" in cell.metadata.get("tags", []))
        injected = nbformat.v4.new_code_cell(f"CORPUS = {str(corpus)!r}")
        injected.metadata["tags"] = ["injected-parameters"]
        nb.cells.insert(at + 1, injected)
    env = {**{key: value for key, value in os.environ.items() if key != CORPUS_ENV}, **(env or {})}
    env[FIGURES_DIR_ENV] = str(tmp_path / "figures")
    client = GuardedClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                           resources={"metadata": {"path": str(paths.NOTEBOOKS)}})
    client.execute(env=env)
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            texts.append(output.get("text", ""))
            texts.extend(str(value) for value in output.get("data", {}).values())
    return "\n".join(texts)


def test_there_are_six_notebooks_committed_without_outputs():
    assert [nb.stem for nb in NOTEBOOKS] == ["00_start_here", "01_corpus_overview", "02_timeline",
                                             "03_country_pairs", "04_quotes", "05_themes_and_money"]
    for notebook in NOTEBOOKS:
        nb = nbformat.read(notebook, as_version=4)
        code = [cell for cell in nb.cells if cell.cell_type == "code"]
        assert all(not cell.outputs and cell.execution_count is None for cell in code), notebook.name
        assert nb.cells[0].source.startswith("# "), notebook.name
        assert sum("parameters" in cell.metadata.get("tags", []) for cell in code) == 1, notebook.name
        assert sum("load_corpus(CORPUS)" in cell.source for cell in code) == 1, notebook.name
        assert "init_notebook()" in code[0].source, notebook.name
        assert "<details>" in "".join(cell.source for cell in nb.cells), notebook.name


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_and_its_exercise_solutions_run_on_the_seed_corpus(notebook, tmp_path):
    assert len(solutions(nbformat.read(notebook, as_version=4))) >= 2
    run(notebook, tmp_path, with_solutions=True)
    if notebook.stem != "00_start_here":
        assert any(path.name.startswith(notebook.stem) for path in (tmp_path / "figures").iterdir())


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_on_a_second_corpus_without_quotes(notebook, tmp_path, second_corpus):
    text = run(notebook, tmp_path, corpus=second_corpus)
    if notebook.stem == "04_quotes":
        assert load_corpus(second_corpus, quiet=True).quotes.empty
        assert "No quotes in this corpus" in text


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_and_its_solutions_run_on_a_corpus_loaded_without_its_texts(notebook, tmp_path):
    """As on a corpus of 100,000 documents, whose texts are too big to load whole: texts are read when needed."""
    text = run(notebook, tmp_path, with_solutions=True, env={TEXT_BUDGET_ENV: "0"})
    assert "document texts not loaded" in text
    if notebook.stem == "04_quotes":  # the paragraphs around the quotes were read from disk
        import pandas as pd

        table = pd.read_csv(tmp_path / "figures" / "04_quotes-table.csv")
        assert table["before"].notna().sum() > len(table) / 2
