"""Transcript turns: a speaker's label ("Name:", "Name, role:") opening a line, and the words that follow."""
from __future__ import annotations

import re
from dataclasses import replace

from helpers.extract.quotes.speakers import Speaker, Speakers, line_spans, role_phrase


def turn_rows(ctx: Speakers) -> list[dict]:
    """Turns opened by "Name:" / "Name, role:" labels or a "Name's remarks …:" heading.

    A labelled turn runs over the paragraphs that speak (first- or second-person voice), a one-paragraph
    gap of narration included when the speaker's voice resumes after it, and stops at narration, the next
    label or the segment end. A heading opens a whole speech: it runs to the next label or to a
    metadata line ("Person:").
    """
    text = ctx.text
    lines = line_spans(text)
    labels = []
    for n, (start, end) in enumerate(lines):
        label = label_at(ctx, start, end)
        if label:
            labels.append((n, *label))
    rows = []
    for idx, (n, speaker, cue, content_start, is_heading) in enumerate(labels):
        stop_line = labels[idx + 1][0] if idx + 1 < len(labels) else len(lines)
        seg = ctx.doc.segment_at(lines[n][0])
        paragraphs = [(max(s, content_start), e) for s, e in lines[n:stop_line]
                      if e > content_start and text[max(s, content_start):e].strip()
                      and (seg is None or s < seg.end)]
        if not paragraphs:
            continue
        kept = paragraphs[:1]
        for p, (s, e) in enumerate(paragraphs[1:], start=1):
            if is_heading:
                if ctx.p.METADATA_LINE.fullmatch(text, s, e):
                    break
                kept.append((s, e))
                continue
            previous_open = not re.search(r"[.!?…\"”»)]\s*$", text[kept[-1][0]:kept[-1][1]])
            voiced = ctx.p.VOICE.search(text, s, e) is not None
            resumes = p + 1 < len(paragraphs) and ctx.p.VOICE.search(text, *paragraphs[p + 1]) is not None
            if not (previous_open or voiced or resumes):
                break
            if not voiced and not previous_open and kept[-1] != paragraphs[p - 1]:
                break
            kept.append((s, e))
        while len(kept) > 1 and not is_heading and not ctx.p.VOICE.search(text, *kept[-1]) and \
                re.search(r"[.!?…\"”»)]\s*$", text[kept[-2][0]:kept[-2][1]]):
            kept.pop()  # a turn does not end on a narrator's paragraph
        start, end = kept[0][0], kept[-1][1]
        rows.append(ctx.row("transcript", start, end, speaker, cue))
    return rows


def label_at(ctx: Speakers, start: int, end: int) -> tuple[Speaker, str, int, bool] | None:
    """A speaker label opening this line: (speaker, cue, where the words start, is a speech heading)."""
    text = ctx.text
    m = ctx.p.LABEL.match(text, start, end)
    if not m:
        return None
    label_end = m.end("label")
    mentions = ctx.people.mentions_in(start, label_end)
    mentions = [x for x in mentions if x["via"] in ("name", "alias", "surname")]
    if not mentions:
        return None
    heading = ctx.p.SPEECH_HEADING.match(text, mentions[0]["end"], label_end + 1)
    if mentions[0]["start"] == start and heading:
        return _labelled(ctx.person_speaker(mentions[0])), heading.group("cue"), end + 1, True
    label = text[start:label_end]
    if ctx.p.CUE_WORD.search(label) or label.count(" ") > 40:
        return None  # "Putin said:" introduces a quotation, it is not a label
    first, last = mentions[0], mentions[-1]
    name_first = first["start"] == start and (first["end"] == label_end or text[first["end"]:label_end].lstrip().startswith(","))
    role_first = last["end"] == label_end and len(mentions) == 1 and role_phrase(ctx.lang, text[start:last["start"]])
    if not (name_first or role_first):
        return None
    mention = first if name_first else last
    role = text[mention["end"]:label_end].strip(" ,") if name_first else text[start:mention["start"]].strip()
    speaker = _labelled(ctx.person_speaker(mention), role=role or None)
    content_start = m.start("rest") if text[m.start("rest"):end].strip() else end + 1
    return speaker, "transcript label", content_start, False


def _labelled(speaker: Speaker, *, role: str | None = None) -> Speaker:
    """The speaker of a transcript turn, with the role its label gives."""
    return replace(speaker, role=role or speaker.role, attribution="transcript label")
