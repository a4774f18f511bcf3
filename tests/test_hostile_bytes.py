"""A hostile folder: every real text survives damaged bytes and mixed encodings, with a note where repaired."""
from __future__ import annotations

import pytest

from helpers import formats
from helpers.ingest import ingest_folder

RU = "Переговоры в Минске прошли успешно.\nМинистры обсудили цифровую повестку и торговлю.\n"
UTF8_LINE = "Итоги подведут в Москве.\n"
EN = "Talks in Yerevan went well.\nThe ministers discussed the digital agenda and trade.\n"


def _hostile_folder(path) -> dict[str, str]:
    """Write the folder; return the text each real file must keep (each differs, so none is a duplicate)."""
    kept = {name: f"{text}Story {n}." for n, (name, text) in enumerate(
        [("nul_inside.txt", EN), ("nul_russian.txt", RU), ("mixed.txt", EN + RU + UTF8_LINE), ("utf16_bom.txt", EN + RU),
         ("utf16_no_bom.txt", EN + RU), ("cp1251.txt", RU), ("koi8.txt", RU), ("truncated.txt", EN + RU)])}
    files = {
        "nul_inside.txt": kept["nul_inside.txt"].encode().replace(b"went", b"we\x00nt").replace(b"trade", b"tra\x00\x00de"),
        "nul_russian.txt": kept["nul_russian.txt"].encode().replace("Минске".encode(), "Мин\x00ске".encode()),
        "mixed.txt": EN.encode() + RU.encode("cp1251") + UTF8_LINE.encode() + b"Story 2.",
        "utf16_bom.txt": kept["utf16_bom.txt"].encode("utf-16"),
        "utf16_no_bom.txt": kept["utf16_no_bom.txt"].encode("utf-16-le"),
        "cp1251.txt": kept["cp1251.txt"].encode("cp1251"),
        "koi8.txt": kept["koi8.txt"].encode("koi8_r"),
        "truncated.txt": (kept["truncated.txt"] + "ю").encode()[:-1],  # the last letter cut in half
        "picture.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    }
    for name, content in files.items():
        (path / name).write_bytes(content)
    return kept


def test_hostile_folder_keeps_every_real_text(tmp_path):
    kept = _hostile_folder(tmp_path)
    result = ingest_folder(tmp_path)
    assert {doc.path: doc.text for doc in result.documents} == kept
    notes = {row["path"]: row["note"] for row in result.report}
    assert notes == {
        "nul_inside.txt": "3 NUL byte(s) removed",
        "nul_russian.txt": "1 NUL byte(s) removed",
        "mixed.txt": "mixed encodings: 2 of 6 line(s) not UTF-8, read as cp1251",
        "utf16_bom.txt": None,
        "utf16_no_bom.txt": "UTF-16 without a byte-order mark",
        "cp1251.txt": None,
        "koi8.txt": None,
        "truncated.txt": "UTF-8 sequence cut off at the end (1 byte(s)) removed",
        "picture.txt": None,
    }
    skipped = [row for row in result.report if row["status"] != "ingested"]
    assert [(row["path"], row["reason"]) for row in skipped] == [("picture.txt", "binary file (contains NUL bytes)")]


def test_a_duplicate_keeps_its_repair_note(tmp_path):
    (tmp_path / "a.txt").write_text(EN)
    (tmp_path / "b.txt").write_bytes(EN.encode().replace(b"went", b"we\x00nt"))
    report = {row["path"]: row for row in ingest_folder(tmp_path).report}
    assert (report["b.txt"]["status"], report["b.txt"]["note"]) == ("duplicate", "1 NUL byte(s) removed")


def test_nul_bytes_in_a_table_are_noted_on_its_rows(tmp_path):
    (tmp_path / "rows.csv").write_bytes(b"title,text\nA,Armenia jo\x00ined.\nB,Laos joined.\n")
    result = ingest_folder(tmp_path)
    assert [doc.text for doc in result.documents] == ["Armenia joined.", "Laos joined."]
    assert [row["note"] for row in result.report] == ["1 NUL byte(s) removed"] * 2


@pytest.mark.parametrize(
    "raw",
    [
        b"\x00" * 200 + b"data",  # mostly NULs
        bytes(range(256)) * 4,  # every byte value: control bytes beside the NULs
    ],
)
def test_binary_content_is_still_skipped(raw):
    with pytest.raises(formats.UnreadableFile, match="binary|not decodable"):
        formats.decode(raw)


def test_mixed_file_keeps_utf8_lines_exact():
    raw = "Минск\n".encode() + "Минск\n".encode("koi8_r") + "Минск - столица.\n".encode("koi8_r")
    text, notes = formats.decode(raw)
    assert text == "Минск\nМинск\nМинск - столица.\n" and "read as koi8_r" in notes[0]
