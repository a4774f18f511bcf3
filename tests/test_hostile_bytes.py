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
         ("utf16_no_bom.txt", EN + RU), ("cp1251.txt", RU), ("koi8.txt", RU), ("truncated.txt", EN + RU),
         ("cut_inside.txt", EN + RU.replace("Минске", "Мнске")), ("mixed_in_line.txt", EN + "Минск и Москва.\n"),
         ("bom_nul.txt", EN + RU), ("utf16_be.txt", EN + RU), ("mixed_latin.txt", EN + "Café in Genève.\n")])}
    files = {
        "nul_inside.txt": kept["nul_inside.txt"].encode().replace(b"went", b"we\x00nt").replace(b"trade", b"tra\x00\x00de"),
        "nul_russian.txt": kept["nul_russian.txt"].encode().replace("Минске".encode(), "Мин\x00ске".encode()),
        "mixed.txt": EN.encode() + RU.encode("cp1251") + UTF8_LINE.encode() + b"Story 2.",
        "utf16_bom.txt": kept["utf16_bom.txt"].encode("utf-16"),
        "utf16_no_bom.txt": kept["utf16_no_bom.txt"].encode("utf-16-le"),
        "cp1251.txt": kept["cp1251.txt"].encode("cp1251"),
        "koi8.txt": kept["koi8.txt"].encode("koi8_r"),
        "truncated.txt": (kept["truncated.txt"] + "ю").encode()[:-1],  # the last letter cut in half
        # a character cut in half inside a line ("и" of "Минске" lost one byte where two texts were joined)
        "cut_inside.txt": kept["cut_inside.txt"].encode().replace("Мнске".encode(), "Мн".encode() + "и".encode()[1:] + "ске".encode()),
        # one line holding UTF-8 and cp1251 runs
        "mixed_in_line.txt": EN.encode() + "Минск и ".encode() + "Москва.\n".encode("cp1251") + b"Story 9.",
        "bom_nul.txt": b"\xef\xbb\xbf" + kept["bom_nul.txt"].encode().replace(b"Talks", b"Ta\x00lks"),
        "utf16_be.txt": kept["utf16_be.txt"].encode("utf-16-be"),
        "mixed_latin.txt": EN.encode() + "Café in Genève.\n".encode("cp1252") + b"Story 12.",
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
        "cp1251.txt": "not UTF-8: read as cp1251",
        "koi8.txt": "not UTF-8: read as koi8_r",
        "truncated.txt": "UTF-8 sequence cut off at the end (1 byte(s)) removed",
        "cut_inside.txt": "1 broken UTF-8 byte(s) removed",
        "mixed_in_line.txt": "mixed encodings: 1 of 4 line(s) not UTF-8, read as cp1251",
        "bom_nul.txt": "1 NUL character(s) removed",
        "utf16_be.txt": "UTF-16 without a byte-order mark",
        "mixed_latin.txt": "not UTF-8: read as cp1252",  # ASCII lines and cp1252 ones: one cp1252 file
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


@pytest.mark.parametrize(
    "raw, text",
    [
        # a legacy line holding a UTF-8 word stays a legacy line: only runs of two UTF-8 letters count
        ("Минск\n".encode() + "Рё и Москва\n".encode("cp1251"), "Минск\nРё и Москва\n"),
        # a UTF-8 line with several cut characters among many letters is still UTF-8
        ("Переговоры прошли в Минске и Москве успешно".encode().replace("М".encode(), "М".encode()[:1]),
         "Переговоры прошли в инске и оскве успешно"),
    ],
)
def test_runs_and_cuts_inside_lines(raw, text):
    assert formats.decode(raw).text == text


def test_a_legacy_line_is_not_taken_for_cut_utf8():
    text, notes = formats.decode("Министры обсудили повестку\n".encode("cp1251"))
    assert text == "Министры обсудили повестку\n" and notes == ["not UTF-8: read as cp1251"]
