"""Transcript turns: a speaker's label ("Name:", "Name, role:") opening a line, and the words that follow."""
from __future__ import annotations

import re
from dataclasses import replace

from helpers.extract.quotes.speakers import Speaker, Speakers, role_phrase, title_lines, wholly_quoted


def turn_rows(ctx: Speakers) -> list[dict]:
    """Turns opened by "Name:" / "Name, role:" / "Question:" / "Answer:" labels or a "Name's remarks …" heading.

    A labelled turn runs over the paragraphs that speak (first- or second-person voice), a one-paragraph
    gap of narration included when the speaker's voice resumes after it, and stops at narration, the next
    label or the segment end. A heading opens a whole speech: it runs to the next label or to a
    metadata line ("Person:"). Labels that name nobody the people layer knows (an outlet asking the
    questions, a name whose first name no list has) count only in a document that has a clear label too.
    """
    text = ctx.text
    lines = ctx.lines
    titles = {start for start, _ in title_lines(text, lines)}
    labels = []
    dotted = "Q. " in text and ctx.p.DOTTED_QUESTION.search(text) is not None  # "Q. …?" / "A. …" lines
    for n, (start, end) in enumerate(lines):
        indent = len(text[start:end]) - len(text[start:end].lstrip(" \t\u00a0"))  # "    Name: …" in an indented page
        label = label_at(ctx, start + indent, end, is_title=start in titles, dotted=dotted)
        if label and not (label[2] > end and not label[3] and not _opens_speech(ctx, lines, n + 1)):
            labels.append((n, *label))
    if not any(strong for *_, strong in labels):
        return []
    labels = [label[:-1] for label in labels]
    interviewee = None
    frame = _interview_frame(ctx, lines[labels[0][0]][0])
    if frame:  # "X Interview to OUTLET": the outlet asks; an unnamed answer is X's
        asker, interviewee = frame
        labels = [(n, asker if sp.name == ctx.lang.speech.QUESTION_SPEAKER and not sp.is_person else sp, *rest)
                  for n, sp, *rest in labels]
    rows = []
    for idx, (n, speaker, cue, content_start, is_heading) in enumerate(labels):
        if speaker is ANSWER:
            interviewee = interviewee or _interviewee(ctx, lines, [lines[k][0] for k, *_ in labels])
            speaker = interviewee
        stop_line = labels[idx + 1][0] if idx + 1 < len(labels) else len(lines)
        seg = ctx.doc.segment_at(lines[n][0])
        paragraphs = [(max(s, content_start), e) for s, e in lines[n:stop_line]
                      if e > content_start and text[max(s, content_start):e].strip()
                      and (seg is None or s < seg.end)]
        if is_heading:  # metadata lines under a heading ("Keywords: …") are not the speech
            while paragraphs and ctx.p.HEADING_METADATA.match(text, *paragraphs[0]):
                paragraphs.pop(0)
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


def _opens_speech(ctx: Speakers, lines: list[tuple[int, int]], n: int) -> bool:
    """Does the first non-empty line from line `n` read as speech: a sentence, or a run of words? A label alone
    on its line over page chrome ("Deaths:" then "JHU CSSE") opens no turn."""
    for start, end in lines[n:n + 5]:
        line = ctx.text[start:end].strip()
        if line:
            return line[-1] in ".!?…,\"”»)" or len(line.split()) >= SPEECH_LINE_WORDS  # "Colleagues," opens one too
    return False


SPEECH_LINE_WORDS = 6  # words a line without a sentence's end needs to read as the words of a turn


ANSWER = Speaker(reason="an unnamed answer")  # placeholder for the interviewee, resolved once per document


def label_at(ctx: Speakers, start: int, end: int, *, is_title: bool = False,
             dotted: bool = False) -> tuple[Speaker, str, int, bool, bool] | None:
    """A speaker label opening this line: (speaker, cue, where the words start, is a speech heading, is a
    clear label). A clear label names a person the layer knows, or is a "Question:"/"Answer:" label; an
    outlet or a name no list knows is a label only next to clear ones. In a document whose questions are
    "Q. …?" lines (`dotted`), "Q. " and "A. " open turns too; Markdown bold around a label ("**Name:**") is
    not part of it."""
    text = ctx.text
    if dotted:
        qa = ctx.p.DOTTED_QA.match(text, start, end)
        if qa:
            speaker = ANSWER if qa.group("qa") == "A" else _labelled(Speaker(ctx.lang.speech.QUESTION_SPEAKER, False))
            return speaker, "transcript label", qa.end(), False, True
    if text.find(":", start, end) < 0 and text.find("’s ", start, end) < 0 and text.find("'s ", start, end) < 0:
        return None  # neither a label's colon nor a heading's "’s remarks": most lines stop here
    if text.startswith(("**", "__"), start):
        start += 2
    clock = ctx.p.CLOCK_PREFIX.match(text, start, end)
    if clock:  # "14:35 Sergey Lavrov: …" in a live report: the time opens the line, the label follows
        start = clock.end()
    heading = _speech_heading(ctx, start, end)
    if heading:
        return heading
    if text.find(":", start, end) < 0:
        return None  # a line with "’s " but no colon is no label: the pattern is not tried over the whole paragraph
    m = ctx.p.LABEL.match(text, start, end)
    if not m:
        return None
    label_end = m.end("label")
    while text[label_end - 1] in "*_":  # "**Name**: …"
        label_end -= 1
    rest = m.group("rest").lstrip("*_ \t").strip()  # "**Name:** …"
    if is_title and rest and (not re.search(r"[.!?…\"”»,]$", rest) or wholly_quoted(ctx.lang, rest)):
        return None  # "Name, Body: claim" or "Name: “…”" as a document's title is a headline, not a turn
    content_start = m.end() - len(m.group("rest").lstrip("*_ \t")) if rest else end + 1
    mark = ctx.p.TRANSLATION_MARK.search(text, start, label_end) or ctx.p.LABEL_ASIDE.search(text, start, label_end)
    name_end = mark.start() if mark else label_end
    label = " ".join(text[start:name_end].split())
    if ctx.p.CUE_WORD.search(label) or label.count(" ") > 40:
        return None  # "Putin said:" introduces a quotation, it is not a label
    bare = label.rstrip(".").strip()
    if bare.isupper() and len(bare) > 1:  # "QUESTION:", "MODERATOR:" in a briefing transcript
        bare = bare.capitalize()
    if bare in ctx.lang.speech.QUESTION_LABELS:
        return _labelled(Speaker(ctx.lang.speech.QUESTION_SPEAKER, False)), "transcript label", content_start, False, True
    if bare in ctx.lang.speech.ANSWER_LABELS:
        return ANSWER, "transcript label", content_start, False, True
    if bare in ctx.lang.speech.INTERVIEWER_LABELS:
        return _labelled(Speaker(bare, False)), "transcript label", content_start, False, True
    capitals = _capitalised_name(ctx, label)
    if capitals is not None:
        return capitals, "transcript label", content_start, False, True
    mentions = [x for x in ctx.people.mentions_in(start, name_end) if x["via"] in ("name", "alias", "surname")]
    person = _label_person(ctx, start, name_end, mentions)
    if person is not None:
        return person, "transcript label", content_start, False, True
    if "?" in rest and _is_outlet(ctx, label):  # "TASS: How …?", "Sputnik: Why …?": the outlet asks
        return Speaker(label, False, attribution="transcript label"), "transcript label", content_start, False, False
    if len(label.split()) > 6 or not ctx.p.NAME_SHAPED.fullmatch(label) or label.split()[0] in ctx.lang.people.NOT_NAME_WORDS or \
            any(w.casefold() in ctx.lang.people.ORG_NOUNS for w in label.split()):
        if not (ctx.p.NAME_SHAPED.fullmatch(label) and "?" in rest):
            return None
    # an outlet asking the questions ("Nordic Business Weekly: How …?"), or a name no list knows ("Oskar Lind:")
    asks = "?" in rest and label.split()[0] not in ctx.lang.people.FIRST_NAMES and not mentions
    speaker = Speaker(label, not asks, attribution="transcript label")
    if mentions and not asks:  # "Oskar Lind:" when the layer knows him only as "Lind"
        known = ctx.people.person(mentions[-1]["entity"])
        if known and len(known.name.split()) > 1 and known.name.split()[-1] == label.split()[-1]:
            speaker = _labelled(ctx.person_speaker(mentions[-1]))
    return speaker, "transcript label", content_start, False, False


def _capitalised_name(ctx: Speakers, label: str) -> Speaker | None:
    """A label in capitals that names a person ("PAVEL ORLOV:", "MS HADDAD:", "DEPUTY MINISTER ARKADY BELOV:" in a
    broadcast or briefing transcript): a person the document names whose full name, or surname alone, ends the
    label after nothing or an honorific or a role; else two to four words opening with a given name the lists
    know, after nothing or an honorific or a role, in title case."""
    words = [w.rstrip(".") for w in label.split()]
    if not (label.isupper() and 1 <= len(words) <= 6 and all(w.replace("-", "").isalpha() for w in words)):
        return None
    titled = [w.title() for w in words]
    fits = []
    for known in ctx.people.people.values():
        name = known.name.split()
        for size in (len(name), 1):
            if [w.casefold() for w in titled[-size:]] == [w.casefold() for w in name[-size:]]:
                before = " ".join(titled[:-size])
                if not before or before.casefold() in ctx.lang.people.HONORIFICS or role_phrase(ctx.lang, before):
                    fits.append(known)
                break
    if len(fits) == 1:
        return _labelled(Speaker(fits[0].name, True, fits[0].role, fits[0].country))
    if fits:
        return None  # two people the document names fit
    people = ctx.lang.people
    for k in range(len(titled) - 1):
        name, before = titled[k:], " ".join(titled[:k])
        if 2 <= len(name) <= 4 and (name[0] in people.FIRST_NAMES or name[0] in people.GIVEN_NAMES) and \
                (not before or before.casefold() in people.HONORIFICS or role_phrase(ctx.lang, before)):
            return _labelled(Speaker(" ".join(name), True))
    return None


def _is_outlet(ctx: Speakers, label: str) -> bool:
    """A news outlet's name as a label: one the language lists ("Sputnik", "Izvestia") or an acronym ("TASS")."""
    return label in ctx.lang.speech.NEWS_OUTLETS or ctx.p.ACRONYM.fullmatch(label) is not None


def _label_person(ctx: Speakers, start: int, label_end: int, mentions: list[dict]) -> Speaker | None:
    """The person a label names: "Name:", "Name, role:", "Role Name:", with initials or an honorific before
    the name ("V. Putin:", "H.E. Mrs. Anna Berg:", "Prime Minister P.L.Olsen:")."""
    if not mentions:
        return None
    text = ctx.text
    first, last = mentions[0], mentions[-1]
    first_start = _name_start(ctx, start, first["start"])
    last_start = _name_start(ctx, start, last["start"])
    after_first = text[first["end"]:label_end].lstrip()
    name_first = first_start == start and (first["end"] == label_end or after_first.startswith(","))
    role_first = last["end"] == label_end and len({x["entity"] for x in mentions}) == 1 and \
        role_phrase(ctx.lang, text[start:last_start])
    if not (name_first or role_first):
        return None
    mention = first if name_first else last
    if name_first and mention["via"] == "surname" and first_start == mention["start"] and \
            text[mention["end"]:label_end].strip(" ,") == "" and " " in text[start:label_end].strip():
        return None  # "Oskar Lind:" read as "Lind" alone: the full label decides, below
    role = text[mention["end"]:label_end].strip(" ,") if name_first else text[start:last_start].strip()
    return _labelled(ctx.person_speaker(mention), role=role or None)


def _name_start(ctx: Speakers, floor: int, mention_start: int) -> int:
    """Where a name begins once its initials or honorific are counted ("V. Putin", "H.E Mrs. Anna Berg")."""
    prefix = ctx.p.LABEL_NAME_PREFIX.search(ctx.text, floor, mention_start)
    return prefix.start() if prefix else mention_start


def _speech_heading(ctx: Speakers, start: int, end: int) -> tuple[Speaker, str, int, bool, bool] | None:
    """"Name's remarks at …:" or "Role Name's opening remarks at …" on a line of its own opening a speech."""
    text = ctx.text
    if text.find("’s ", start, end) < 0 and text.find("'s ", start, end) < 0:
        return None
    mentions = [x for x in ctx.people.mentions_in(start, min(end, start + 200)) if x["via"] in ("name", "alias", "surname")]
    if not mentions:
        return None
    first = mentions[0]
    heading = ctx.p.SPEECH_HEADING.match(text, first["end"], end)
    if not heading:
        return None
    line = text[start:end].rstrip()
    if not (line.endswith(":") or not re.search(r"[.!?…\"”»]$", line)):
        return None  # "Putin's speech was well received." is a sentence about a speech
    if first["start"] != start and not role_phrase(ctx.lang, text[start:first["start"]]):
        return None
    return _labelled(ctx.person_speaker(first)), heading.group("cue"), end + 1, True, True


FRAME_REACH = 3000  # characters from the start of the text where an interview's title or introduction may be
FRAME_WHO_REACH = 202  # INTERVIEW_FRAME's `who` (at most 200 characters) and a possessive "’s" before its spaces


def _interview_frame(ctx: Speakers, first_label: int) -> tuple[Speaker, Speaker | None] | None:
    """"Spokesman X Interview to OUTLET on …" before the first label: (the outlet as the asker, X as the
    one who answers when the frame names exactly one person before "interview")."""
    m = _frame_search(ctx, min(first_label, FRAME_REACH))
    if m is None:
        return None
    outlet = Speaker(m.group("outlet"), False, attribution="transcript label")
    named = [x for x in ctx.people.mentions_in(m.start("who"), m.end("who")) if x["via"] in ("name", "alias", "surname")]
    answer = _labelled(ctx.person_speaker(named[-1])) if len({x["entity"] for x in named}) == 1 else None
    return outlet, answer


def _frame_search(ctx: Speakers, end: int) -> re.Match | None:
    """`INTERVIEW_FRAME.search` from the line of the first "interview" to `end`, tried only where a match can
    start: at most FRAME_WHO_REACH characters before the spaces ahead of an "interview". (A search from every
    position of a long first page tried 200 characters at each.)"""
    text, pattern = ctx.text, ctx.p.INTERVIEW_FRAME
    word = text.find("nterview", 0, end)
    tried = text.rfind("\n", 0, word) + 1  # the positions before it are never tried
    while word >= 0:
        spaces = word - 1
        while spaces > 0 and text[spaces - 1].isspace():
            spaces -= 1
        for at in range(max(tried, spaces - FRAME_WHO_REACH), word):
            m = pattern.match(text, at, end)
            if m:
                return m
        tried = max(tried, word)
        word = text.find("nterview", word + 1, end)
    return None


def _interviewee(ctx: Speakers, lines: list[tuple[int, int]], label_starts: list[int]) -> Speaker:
    """Who answers an unnamed "Answer:": the one person the text names outside its labels and before the
    first label, else the role by which it names the interviewee ("Norwegian Ambassador to Chile")."""
    first_label = min(label_starts)
    named = {m["entity"] for m in ctx.people.mentions_in(0, first_label) if m["via"] in ("name", "alias", "surname")}
    if len(named) == 1:
        person = next(iter(named))
        mention = next(m for m in ctx.people.mentions_in(0, first_label) if m["entity"] == person)
        return _labelled(ctx.person_speaker(mention))
    if named:
        return Speaker(reason="the introduction names more than one person who could be answering")
    if ctx.people.mentions_in(0, len(ctx.text)):
        return Speaker(reason="the interview does not say which person named in it answers")
    for role in ctx.p.INTERVIEWEE_ROLE.finditer(ctx.text):
        words = role.group().split()
        while words and words[0] in ctx.lang.people.FUNCTION_WORDS:
            words.pop(0)
        if words and role_phrase(ctx.lang, " ".join(words)):
            return Speaker(" ".join(words), True, " ".join(words), attribution="transcript label")
    return Speaker(reason="the interview does not name who answers")


def _labelled(speaker: Speaker, *, role: str | None = None) -> Speaker:
    """The speaker of a transcript turn, with the role its label gives."""
    return replace(speaker, role=role or speaker.role, attribution="transcript label")
