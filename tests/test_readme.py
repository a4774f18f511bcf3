"""The README says what the code does: its data dictionary, its example and its commands."""
import re

from helpers import paths, schema

README = (paths.ROOT / "README.md").read_text(encoding="utf-8")


def test_data_dictionary_is_generated_from_the_schema():
    generated = README.split("<!-- data dictionary: begin -->\n")[1].split("<!-- data dictionary: end -->")[0]
    assert generated == schema.data_dictionary(), "regenerate it: python -m helpers schema"


def test_python_example_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "PROCESSED", tmp_path / "processed")
    example = re.search(r"## From Python\n\n```python\n(.*?)```", README, re.S).group(1)
    namespace = {}
    exec(compile(example, "README example", "exec"), namespace)
    assert len(namespace["corpus"].documents) == 5


def test_quick_start_commands_are_make_targets():
    quick_start = re.search(r"## Quick start\n(.*?)\n## ", README, re.S).group(1)
    commands = re.findall(r"^(make \w+)", quick_start, re.M)
    assert commands == ["make report", "make test"]
    makefile = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    for command in commands:
        assert re.search(rf"^{command.split()[1]}:", makefile, re.M)
