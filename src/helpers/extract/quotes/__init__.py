"""Quotations and reported speech with their speakers: direct, transcript, block and reported rows.

`find_quotes(doc, people, lang)` reads one document, its person layer (`helpers.people.find_people`) and its
language's patterns, and returns quotes-table rows. Speakers come from the person layer: a name next to the cue verb, a role
phrase or pronoun the layer linked to a person, a transcript label, a dash signature ("“…” — X"), or an
organisation kept as written (a body noun, a corporate word such as LLC or Foundation, an acronym, or one
capitalised word that is no word of a person's name in the document: "Sberbank said").
When the text does not say who spoke, the speaker stays empty and `reason` says why: a wrong speaker
is worse than a missing one.

Everything is a single pass over the text: quotation marks are paired by a small state machine (no
regex spans a quotation), and the regexes below only look at one sentence or one line at a time, so a
multi-megabyte document or an unclosed quotation mark cannot make them backtrack.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from helpers.dateline import match_dateline
from helpers.document import Document
from helpers.extract.stage import Context, Stage
from helpers.lang import Language
from helpers.extract.people import PeopleLayer
from helpers.extract.people.roles import role_class

CONTEXT = 2000  # characters around a quotation that its attribution may come from
SENTENCE_REACH = 400  # characters back from a quotation to look for its sentence's start


@dataclass(frozen=True)
class Speaker:
    name: str = ""
    is_person: bool | None = None
    role: str | None = None
    country: str | None = None
    attribution: str = "none"
    reason: str | None = None


NOBODY = Speaker(reason="no attribution in the text")
VIA_ATTRIBUTION = {"name": "adjacent name", "alias": "adjacent name", "surname": "adjacent name",
                   "role": "role", "pronoun": "pronoun"}


def find_quotes(doc: Document, people: PeopleLayer, lang: Language) -> list[dict]:
    """Quotes-table rows of one document, in its language: direct, transcript, block and reported, in text order.

    Spans skipped on purpose (an unclosed quotation mark) are rows too, with an empty speaker and a
    `reason` starting with "skipped:", so an analyst can see what was left out and why.
    """
    context = _Context(doc, people, lang)
    rows = context.block_rows() + context.turn_rows()
    direct, skipped = context.direct_spans()
    reported = context.reported_rows(avoid=[(s.open, s.close) for s in direct])
    turns = sorted((r["start"], r["end"]) for r in rows if r["kind"] == "transcript")
    rows += reported + context.direct_rows(direct, reported, turns=turns) + skipped
    unique: dict[tuple, dict] = {}
    for row in sorted(rows, key=lambda r: (r["start"], r["kind"], r["speaker"])):
        unique.setdefault((row["start"], row["kind"], row["speaker"]), row)
    out, seen = [], {}
    for row in unique.values():
        # f"{doc_id}:q{start}"; a second row from the same offset (two speakers of one message, a reported
        # clause opening a turn) gets "-2", "-3" in this stable order
        base = f"{doc.doc_id}:q{row['start']}"
        seen[base] = seen.get(base, 0) + 1
        row["quote_id"] = base if seen[base] == 1 else f"{base}-{seen[base]}"
        out.append(row)
    return out


@dataclass
class _Span:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    start: int  # first quoted character
    end: int  # just past the last quoted character


class _Context:
    """One document's text, paragraphs and sentences, shared by the extractors below."""

    def __init__(self, doc: Document, people: PeopleLayer, lang: Language):
        self.doc, self.people, self.text = doc, people, doc.text
        self.lang, self.p = lang, lang.patterns
        self.blocks = sorted(doc.blocks)
        self.headings = {" ".join(s.heading.split()) for s in doc.segments if s.heading}
        # every word of every person's name in the document: a lone one before a cue is not a company
        self.name_words = {w for p in people.people.values() for n in p.spellings | {p.name} for w in n.split()}

    # -- helpers ------------------------------------------------------------------------------------

    def in_block(self, offset: int) -> bool:
        return _inside(offset, self.blocks)

    def line_span(self, offset: int) -> tuple[int, int]:
        """The line (paragraph) around `offset`, at most `CONTEXT` characters either way: context beyond
        that never decides an attribution, and the bound keeps one-line megabyte documents linear."""
        floor = max(0, offset - CONTEXT)
        start = self.text.rfind("\n", floor, offset) + 1 or floor
        end = self.text.find("\n", offset, offset + CONTEXT)
        return start, (min(len(self.text), offset + CONTEXT) if end < 0 else end)

    def sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence spans of text[start:end], one paragraph (line) at a time."""
        spans = []
        line_start = start
        while line_start < end:
            line_end = self.text.find("\n", line_start, end)
            line_end = end if line_end < 0 else line_end
            s = line_start
            for m in self.p.SENTENCE_END.finditer(self.text, line_start, line_end):
                if self.p.ABBREVIATION.search(self.text, max(s, m.start() - 6), m.start() + 1):
                    continue
                spans.append((s, m.end()))
                s = m.end()
            if self.text[s:line_end].strip():
                spans.append((s, line_end))
            line_start = line_end + 1
        return [_trim(self.text, s, e) for s, e in spans if self.text[s:e].strip()]

    def row(self, kind: str, start: int, end: int, speaker: Speaker, cue: str | None, text: str | None = None) -> dict:
        seg = self.doc.segment_at(start)
        return {
            "doc_id": self.doc.doc_id, "seg_id": seg.seg_id if seg else None, "kind": kind,
            "text": text if text is not None else self.text[start:end], "start": start, "end": end,
            "speaker": speaker.name, "speaker_is_person": speaker.is_person, "speaker_role": speaker.role,
            "speaker_country": speaker.country, "cue": cue, "attribution": speaker.attribution,
            "reason": speaker.reason, "date": None,
        }

    def speaker(self, start: int, end: int, *, exact_end: bool = True) -> Speaker | None:
        """Who the phrase text[start:end] names: a linked person, a speaking body as written, or None.

        With `exact_end`, a person mention must end where the phrase ends ("… Alexander Turchin"), so
        "the concept presented by X" does not make X the subject of a cue after it.
        """
        start, end = _trim(self.text, start, end)
        quoted = self.p.QUOTED_AS.search(self.text, max(start, end - 100), end)
        if quoted:  # "X was quoted as (saying)": X speaks
            end = quoted.start()
        if start >= end:
            return None
        mentions = self.people.mentions_in(start, end)
        if exact_end:
            mentions = [m for m in mentions if m["end"] >= end - 2]
        phrase = self.text[start:end]
        # a role phrase ("the ministry spokesperson") names a person, never a body
        body = self.p.ORGANISATION.fullmatch(phrase) and not _is_pronoun(phrase) and not _role_phrase(self.lang, phrase)
        # "Minister of the Government of Moscow Ivan Petrov": a name closing the phrase is the speaker; a role
        # closing it ("the press service of the Minister of …") is whose body speaks
        person_at_end = any(m["end"] >= end - 2 and m["via"] in ("name", "alias", "surname") for m in mentions)
        if body and not (mentions and (mentions[0]["start"] == start or person_at_end)):
            # "the press service of the Minister of …": the body speaks, not the person it belongs to
            return Speaker(phrase, False, None, None, "organisation")
        if mentions:
            if len({x["entity"] for x in mentions}) > 1 and mentions[0]["start"] != start:
                # "said X in Moscow with Y": two people after the cue, neither opening the phrase
                return Speaker(reason=f"two people named in '{' '.join(phrase.split())}'")
            m = mentions[0] if mentions[0]["start"] == start else max(mentions, key=lambda m: (m["end"] - m["start"]))
            return self.person_speaker(m)
        if _is_pronoun(phrase) or _role_phrase(self.lang, phrase):
            return Speaker(reason=f"could not tell who '{phrase}' is")
        return self.organisation(phrase)

    def organisation(self, phrase: str) -> Speaker | None:
        """A company or body named before a cue: a corporate word in its name ("Yandex LLC", "the Skolkovo
        Foundation"), or up to three capitalised words, none a known first name nor a word of a person's name
        in this document ("Sberbank", "Gazprom Neft"); the person layer keeps surnames ("Peskov") for itself.
        A word shared with a person's name leaves the speaker open rather than guess."""
        phrase = " ".join(phrase.split())
        if self.p.CORPORATE.fullmatch(phrase):
            return Speaker(phrase, False, None, None, "organisation")
        words = phrase.split()
        if not 1 <= len(words) <= 3 or not all(self.p.ONE_WORD.fullmatch(w) for w in words):
            return None
        if words[0] in self.lang.people.NOT_NAME_WORDS or (len(words) == 1 and self.p.PLURAL_NOUN.fullmatch(phrase)):
            return None  # "Witnesses said", "Economists believe": a group of people, not a body's name
        if any(w in self.name_words or w in self.lang.people.FIRST_NAMES for w in words):
            return Speaker(reason=f"'{phrase}' may be part of a person's name")
        return Speaker(phrase, False, None, None, "organisation")

    def person_speaker(self, mention: dict) -> Speaker:
        person = self.people.person(mention["entity"])
        return Speaker(mention["entity"], True, person.role if person else None,
                       person.country if person else mention.get("iso3"), VIA_ATTRIBUTION.get(mention["via"], "adjacent name"))

    def subject_before(self, clause_start: int, cue_start: int) -> Speaker | None:
        """The speaker right before a cue verb: the phrase back to the clause start, asides removed; in
        "X asked for … and expressed confidence that", the subject X at the clause start."""
        end = cue_start
        aside = self.p.ASIDE.search(self.text, max(clause_start, cue_start - 60), cue_start)
        if aside:  # "X, in turn, noted", "X also stressed": the speaker is before the aside
            end = aside.start()
        quoted = self.p.QUOTED_AS.search(self.text, max(clause_start, end - 100), end)
        if quoted:  # "X was quoted by TASS as saying": the outlet only carries X's words
            end = quoted.start()
        chunk_start = max(clause_start, *(self.text.rfind(c, clause_start, end) + 1 for c in ",;:“”\"«»("))
        if end <= chunk_start or not self.text[chunk_start:end].strip():
            named = self.apposed_name(clause_start, chunk_start - 1)
            if named is not None:  # "Russia's ambassador, Ivan Petrov, said": the name set off by commas speaks
                return named
            parenthesis = self.p.PARENTHESIS.search(self.text, max(clause_start, end - 260), end)
            if parenthesis is None:
                return None
            # the speaker ends where the parenthesis opens, and must be named right there
            end = parenthesis.start()
            chunk_start = max(clause_start, *(self.text.rfind(c, clause_start, end) + 1 for c in ",;:“”\"«»("))
            if end <= chunk_start:
                return None
            found = self.speaker(chunk_start, end)
            return found if found is not None and not found.reason else None
        found = self.speaker(chunk_start, end)
        if found is None and self.text[chunk_start:end].rstrip().endswith(" and"):
            found = self.subject_at(clause_start, end)
        return found

    def apposed_name(self, clause_start: int, comma: int) -> Speaker | None:
        """The person whose name alone fills the stretch between the comma before `comma` and `comma`."""
        if comma <= clause_start or self.text[comma] != ",":
            return None
        start = self.text.rfind(",", max(clause_start, comma - 80), comma) + 1 or clause_start
        return self.name_filling(max(start, clause_start), comma)

    def name_filling(self, start: int, end: int) -> Speaker | None:
        """The person whose name (alone) fills text[start:end]."""
        start, end = _trim(self.text, start, end)
        names = [m for m in self.people.mentions_in(start, end) if m["via"] in ("name", "alias", "surname")]
        if names and names[0]["start"] == start and names[0]["end"] >= end - 2:
            return self.person_speaker(names[0])
        return None

    def subject_at(self, start: int, end: int) -> Speaker | None:
        """A person or body opening text[start:end] (the subject of a sentence)."""
        start, _ = _trim(self.text, start, end)
        mentions = self.people.mentions_in(start, end)
        if mentions and mentions[0]["start"] == start:
            return self.person_speaker(mentions[0])
        m = self.p.ORGANISATION.match(self.text, start, end)
        if m and self.text[m.end():m.end() + 1] == " ":
            return Speaker(m.group(), False, None, None, "organisation")
        return None

    # -- direct quotes --------------------------------------------------------------------------------

    def direct_spans(self) -> tuple[list[_Span], list[dict]]:
        """Pair quotation marks with a state machine: top level only, one paragraph at a time unless the
        next paragraph reopens the quotation (the multi-paragraph convention). Unclosed ones are skipped."""
        text, spans, skipped = self.text, [], []
        opener = None  # (mark, offset)
        for m in self.p.MARK.finditer(text):
            mark, at = m.group(), m.start()
            if opener is None:
                if mark != "\n" and _opens(self.lang, text, at, mark) and not self.in_block(at):
                    opener = (mark, at)
                continue
            if mark == "\n":
                next_start = at + 1
                while next_start < len(text) and text[next_start] in "\n \t":
                    next_start += 1
                if text.startswith(opener[0], next_start) and opener[0] not in self.lang.speech.CONTEXT_MARKS:
                    continue  # the next paragraph reopens the quotation: it goes on
                if opener[0] in self.lang.speech.MULTILINE_OPENERS and _closes_in_next_line(self.lang, text, next_start, opener[0]):
                    continue  # a quotation broken over lines: the next line closes it
                end = at
                skipped.append(self.row("direct", opener[1], end, Speaker(reason="skipped: quotation mark never closed"), None))
                opener = None
                continue
            if _closes(self.lang, text, at, mark, opener[0]):
                start, end = opener[1] + 1, at
                if text[start:end].strip():
                    spans.append(_Span(opener[1], at, *_trim(text, start, end)))
                opener = None
        if opener is not None:
            skipped.append(self.row("direct", opener[1], len(text), Speaker(reason="skipped: quotation mark never closed"), None))
        return spans, skipped

    def direct_rows(self, spans: list[_Span], reported: list[dict], *, turns: list[tuple[int, int]]) -> list[dict]:
        """Rows for paired quotations that are speech: attributed ones, and unattributed statements outside
        transcript turns (inside a turn they are the turn speaker's own words, already covered)."""
        rows = []
        self._reported_starts = [r["start"] for r in reported]
        i = 0
        while i < len(spans):
            span = spans[i]
            speaker, cue, merged = self.attribute_direct(span, spans[i + 1] if i + 1 < len(spans) else None)
            merged_to = i + 1 if merged else None
            if speaker is None and self.document_source(span):
                i += 1
                continue  # words of a document ("According to the document, it was created "…""): not speech
            if speaker is None:
                speaker, cue = self.context_speaker(span, reported, rows)
            end = spans[merged_to].end if merged_to else span.end
            words = self.text[span.start:span.end]
            if merged_to:
                stop = self.text[span.close + 1:span.close + 2]  # “A”. “B”: the full stop outside the mark
                words = f"{words}{stop if stop in '.!?' else ''} {self.text[spans[merged_to].start:spans[merged_to].end]}"
            if speaker is not None and speaker.reason and self.is_term(span):
                speaker = None  # "green," officials said: a term, not a statement
            if speaker is None:
                if self.looks_like_title(span) or _inside(span.open, turns):
                    i = (i + 1) if not merged_to else merged_to + 1
                    continue  # a title, name or scare quote, or words inside a turn: no row of its own
                speaker, cue = NOBODY, None
            rows.append(self.row("direct", span.start, end, speaker, cue, words))
            i = (merged_to + 1) if merged_to else i + 1
        return rows

    def attribute_direct(self, span: _Span, following: _Span | None) -> tuple[Speaker | None, str | None, int | None]:
        """Speaker from a cue before the opening mark ("X said: “…”") or after the closing one ("…,” said X")."""
        text = self.text
        line_start, line_end = self.line_span(span.open)
        sentence_start = max(line_start, _sentence_start(self.lang, text, line_start, span.open))
        before = self.p.CUE_BEFORE_QUOTE.search(text, max(sentence_start, span.open - 80), span.open)
        if before:
            speaker = self.subject_before(sentence_start, before.start("cue"))
            if speaker is None and before.group("cue") not in self.lang.speech.LISTENER_VERBS:  # "said Alexander Turchin: “…”"
                speaker = self.speaker(before.end("cue"), before.end() - 1)
            if speaker is not None:  # "X said: “A.” “B.”": a second quotation right after, unattributed, goes on
                return speaker, before.group("cue"), self.quotation_goes_on(span, following)
        dash = self.p.DASH_SPEAKER.match(text, span.close + 1, min(len(text), span.close + 400))
        if dash:  # "“…” — Ivan Petrov, head of the agency": a signature line after a quotation
            speaker = self.name_filling(dash.start("np"), dash.end("np"))
            if speaker is not None:
                return speaker, "—", None
        after_end = min(line_end, span.close + 200)
        if self.text[span.end - 1:span.end] == "." or self.text[span.close + 1:span.close + 2] == ".":
            return None, None, None  # a quotation closing its sentence: what follows is a new sentence
        unresolved = None
        for pattern in (self.p.CUE_THEN_SPEAKER, self.p.SPEAKER_THEN_CUE):
            m = pattern.match(text, span.close + 1, after_end)
            if not m or (pattern is self.p.CUE_THEN_SPEAKER and m.group("cue") in self.lang.speech.LISTENER_VERBS):
                continue  # "…,” told X": X heard it
            np_end = m.end("np")
            if pattern is self.p.CUE_THEN_SPEAKER:  # "said X at a meeting with Y": the speaker ends where the adjunct starts
                adjunct = self.p.NAME_END.search(text, m.start("np"), np_end)
                np_end = adjunct.start() if adjunct else np_end
            speaker = self.speaker(m.start("np"), np_end, exact_end=pattern is self.p.SPEAKER_THEN_CUE)
            phrase = " ".join(m.group("np").split())
            if speaker is None and unresolved is None and (pattern is self.p.CUE_THEN_SPEAKER or self.p.UNNAMED_SOURCE.fullmatch(phrase)):
                # "…,” said a source familiar with the talks": attributed, but to nobody the text names
                unresolved = (Speaker(reason=f"the text does not name '{phrase}'"), m)
            if speaker is None:
                continue
            return speaker, m.group("cue"), self.split_continues(m.end(), following)
        m = self.p.SPEAKER_APPOSITION_CUE.match(text, span.close + 1, after_end)
        if m:
            speaker = self.name_filling(m.start("np"), m.end("np"))
            if speaker is None and _role_phrase(self.lang, m.group("np")):
                speaker = self.name_filling(m.start("appos"), m.end("appos"))
            if speaker is not None:
                return speaker, m.group("cue"), self.split_continues(m.end(), following)
        if unresolved:
            speaker, m = unresolved
            return speaker, m.group("cue"), self.split_continues(m.end(), following)
        return None, None, None

    def split_continues(self, attribution_end: int, following: _Span | None) -> bool:
        """Does the next quotation continue this one after its attribution ("…,” he said, “…"), or right
        after the attribution's sentence in the same paragraph ("…,” X stressed. “…”), being whole
        sentences with no attribution of their own? Then they are one quotation of one speaker."""
        if following is None or following.open <= attribution_end:
            return False
        if self.p.SPLIT_CONTINUES.fullmatch(self.text, attribution_end, following.open) is not None:
            return True
        if self.p.SENTENCE_CONTINUES.fullmatch(self.text, attribution_end, following.open) is None:
            return False
        words = self.text[following.start:following.end].rstrip("”\"»’ ")
        _, line_end = self.line_span(following.close)
        after = self.text[following.close + 1:line_end].lstrip()
        return words[-1:] in (".", "!", "?", "…") and (not after or after[0].isupper() or after[0] in "“\"«")

    def quotation_goes_on(self, span: _Span, following: _Span | None) -> bool:
        """Does the next quotation follow this one on the same line with only spaces between, both being
        whole sentences and the second without an attribution of its own (`X said: “A.” “B.”`)? Then
        they are one quotation of the speaker introduced before the first."""
        if following is None or not self.p.GAP.fullmatch(self.text, span.close + 1, following.open):
            return False
        ends = (".", "!", "?", "…")
        first = self.text[span.start:span.close + 2].rstrip("”\"»’ ")
        second = self.text[following.start:following.close + 2].rstrip("”\"»’ ")
        if first[-1:] not in ends or second[-1:] not in ends:
            return False
        _, line_end = self.line_span(following.close)
        after = self.text[following.close + 1:line_end].lstrip(" .!?")
        return not after or after[0].isupper() or after[0] in "“\"«"

    def document_source(self, span: _Span) -> bool:
        """Is the sentence quoting a document ("According to the document, it was created “…”")?"""
        line_start, _ = self.line_span(span.open)
        sentence_start = _sentence_start(self.lang, self.text, line_start, span.open)
        window = max(sentence_start, span.open - 300)
        frame = self.p.ACCORDING_TO.search(self.text, window, span.open) or self.p.AS_STATED_IN.search(self.text, window, span.open)
        return frame is not None and _is_document(self.lang, frame.group("np"))

    def context_speaker(self, span: _Span, reported: list[dict], rows: list[dict]) -> tuple[Speaker | None, str | None]:
        """A quotation inside a reported clause takes its speaker ("According to Putin, … “…”"); one in the
        sentence right after a person's reported or quoted words continues them ("Putin stressed that …
        This will contribute to “…”"), unless that sentence names someone else or has a cue of its own."""
        if self.is_term(span):
            return None, None  # "cloud", "smart city": a term in quotation marks, not the speaker's words
        i = bisect.bisect_right(self._reported_starts, span.open) - 1
        holder = reported[i] if i >= 0 else None
        if holder and holder["start"] <= span.open < holder["end"] and holder["speaker"]:
            return _speaker_of(holder), "context"
        line_start, _ = self.line_span(span.open)
        sentence_start = _sentence_start(self.lang, self.text, line_start, span.open)
        if self.people.mentions_in(sentence_start, span.open) or self.p.CUE_WORD.search(self.text, sentence_start, span.open):
            return None, None
        j = bisect.bisect_right(self._reported_starts, sentence_start) - 1
        previous = [r for r in (reported[j] if j >= 0 else None, rows[-1] if rows else None)
                    if r and line_start <= r["start"] and r["end"] <= sentence_start + 1 and r["speaker_is_person"]]
        if previous:
            last = max(previous, key=lambda r: r["end"])
            if not self.text[last["end"]:sentence_start].strip(" .\"”»"):
                return _speaker_of(last), "context"
        return None, None

    def is_term(self, span: _Span) -> bool:
        """A name, title or scare quote: one or two words, mostly capitalised, or introduced by a naming
        word ("the program “…”", "titled: “…”")."""
        words = self.text[span.start:span.end].split()
        before = self.text[max(0, span.open - 40):span.open].split()
        previous = before[-1].strip(":,").casefold() if before else ""
        capitalised = sum(w[:1].isupper() for w in words)
        return previous in self.lang.speech.TITLE_CUES or len(words) <= 2 or capitalised >= 0.6 * len(words)

    def looks_like_title(self, span: _Span) -> bool:
        """Unattributed words that are not worth a row: a term, or too short to be a statement."""
        return self.is_term(span) or len(self.text[span.start:span.end].split()) < 8

    # -- transcript turns ---------------------------------------------------------------------------

    def turn_rows(self) -> list[dict]:
        """Turns opened by "Name:" / "Name, role:" labels or a "Name's remarks …:" heading.

        A labelled turn runs over the paragraphs that speak (first- or second-person voice), a one-paragraph
        gap of narration included when the speaker's voice resumes after it, and stops at narration, the next
        label or the segment end. A heading opens a whole speech: it runs to the next label or to a
        metadata line ("Person:").
        """
        text = self.text
        lines = _lines(text)
        labels = []
        for n, (start, end) in enumerate(lines):
            label = self.label_at(start, end)
            if label:
                labels.append((n, *label))
        rows = []
        for idx, (n, speaker, cue, content_start, is_heading) in enumerate(labels):
            stop_line = labels[idx + 1][0] if idx + 1 < len(labels) else len(lines)
            seg = self.doc.segment_at(lines[n][0])
            paragraphs = [(max(s, content_start), e) for s, e in lines[n:stop_line]
                          if e > content_start and text[max(s, content_start):e].strip()
                          and (seg is None or s < seg.end)]
            if not paragraphs:
                continue
            kept = paragraphs[:1]
            for p, (s, e) in enumerate(paragraphs[1:], start=1):
                if is_heading:
                    if self.p.METADATA_LINE.fullmatch(text, s, e):
                        break
                    kept.append((s, e))
                    continue
                previous_open = not re.search(r"[.!?…\"”»)]\s*$", text[kept[-1][0]:kept[-1][1]])
                voiced = self.p.VOICE.search(text, s, e) is not None
                resumes = p + 1 < len(paragraphs) and self.p.VOICE.search(text, *paragraphs[p + 1]) is not None
                if not (previous_open or voiced or resumes):
                    break
                if not voiced and not previous_open and kept[-1] != paragraphs[p - 1]:
                    break
                kept.append((s, e))
            while len(kept) > 1 and not is_heading and not self.p.VOICE.search(text, *kept[-1]) and \
                    re.search(r"[.!?…\"”»)]\s*$", text[kept[-2][0]:kept[-2][1]]):
                kept.pop()  # a turn does not end on a narrator's paragraph
            start, end = kept[0][0], kept[-1][1]
            rows.append(self.row("transcript", start, end, speaker, cue))
        return rows

    def label_at(self, start: int, end: int) -> tuple[Speaker, str, int, bool] | None:
        """A speaker label opening this line: (speaker, cue, where the words start, is a speech heading)."""
        text = self.text
        m = self.p.LABEL.match(text, start, end)
        if not m:
            return None
        label_end = m.end("label")
        mentions = self.people.mentions_in(start, label_end)
        mentions = [x for x in mentions if x["via"] in ("name", "alias", "surname")]
        if not mentions:
            return None
        heading = self.p.SPEECH_HEADING.match(text, mentions[0]["end"], label_end + 1)
        if mentions[0]["start"] == start and heading:
            return _labelled(self.person_speaker(mentions[0])), heading.group("cue"), end + 1, True
        label = text[start:label_end]
        if self.p.CUE_WORD.search(label) or label.count(" ") > 40:
            return None  # "Putin said:" introduces a quotation, it is not a label
        first, last = mentions[0], mentions[-1]
        name_first = first["start"] == start and (first["end"] == label_end or text[first["end"]:label_end].lstrip().startswith(","))
        role_first = last["end"] == label_end and len(mentions) == 1 and _role_phrase(self.lang, text[start:last["start"]])
        if not (name_first or role_first):
            return None
        mention = first if name_first else last
        role = text[mention["end"]:label_end].strip(" ,") if name_first else text[start:mention["start"]].strip()
        speaker = _labelled(self.person_speaker(mention), role=role or None)
        content_start = m.start("rest") if text[m.start("rest"):end].strip() else end + 1
        return speaker, "transcript label", content_start, False

    # -- block quotes ---------------------------------------------------------------------------------

    def block_rows(self) -> list[dict]:
        """Set-off quotations (`doc.blocks`), attributed inside the block ("…, - said X.") or right around it."""
        rows = []
        for block_start, block_end in self.blocks:
            start, end = _trim(self.text, block_start, block_end)
            if start >= end:
                continue
            speaker, cue, words_end = self.block_attribution(start, end)
            if speaker is None:
                speaker, cue = self.around_block(start, end)
            words = self.text[start:words_end]
            inner = self.p.BLOCK_INNER_ATTRIBUTION.search(words)
            if inner:  # "… - said Nikolai Nikiforov. - …": the attribution splitting one block is not quoted
                words = words[:inner.start()] + " " + words[inner.end():]
            rows.append(self.row("block", start, end, speaker or NOBODY, cue, " ".join(words.split()).rstrip(' ,-–—"')))
        return rows

    def block_attribution(self, start: int, end: int) -> tuple[Speaker | None, str | None, int]:
        """The attribution closing a block: "…, - said X.", "…, "said X.", "…, X said in a statement.",
        "…, the publication says." (the words of the post of the person named before the block)."""
        text = self.text
        tail_start = max(start, end - 300)
        for m in self.p.CUE_WORD.finditer(text, tail_start, end):
            rest = self.p.FOOTNOTES.sub("", text[m.end():end]).rstrip(" \t.!\"”»")
            if any(c in rest for c in ".;!?\n"):
                continue  # more sentences follow: this is not the closing attribution
            before = text[tail_start:m.start()].rstrip(" \t")
            introduced = before.rstrip("-–—\"”» \t")
            if len(introduced) < len(before) or introduced.endswith(","):  # "…, - said X at …"
                adjunct = self.p.ADJUNCT_START.search(rest)
                np_start, np_end = m.end(), m.end() + (adjunct.start() if adjunct else len(rest))
                words_end, exact = tail_start + len(introduced), False
            else:  # "…, X said in a press statement."
                comma = text.rfind(",", tail_start, m.start())
                if comma < 0:
                    continue
                np_start, np_end, words_end, exact = comma + 1, m.start(), comma, True
            phrase = text[np_start:np_end].strip()
            if self.p.PUBLICATION.match(phrase):
                author = self.people.last_before(start, since=self._segment_start(start))
                return (self.person_speaker(author) if author else Speaker(reason=f"could not tell whose {phrase} it is")), f"{phrase} {m.group()}", words_end
            speaker = self.speaker(np_start, np_end, exact_end=exact)
            if speaker is not None:
                return speaker, m.group(), words_end
        inner = self.p.BLOCK_INNER_ATTRIBUTION.search(text, start, end)
        if inner:
            speaker = self.speaker(inner.start("np"), inner.end("np"))
            if speaker is not None:
                return speaker, inner.group("cue"), end
        return None, None, end

    def around_block(self, start: int, end: int) -> tuple[Speaker | None, str | None]:
        """A speaker named in the line right before a block ("X said:") or right after it ("said X.")."""
        prev_start, prev_end = self.line_span(max(0, start - 2))
        previous = self.text[prev_start:prev_end].rstrip()
        if previous.endswith(":"):
            cue = re.search(rf"\b(?P<cue>{self.p._CUE})\b[^:]*:$", previous)
            if cue:
                speaker = self.subject_before(prev_start, prev_start + cue.start("cue"))
                if speaker:
                    return speaker, cue.group("cue")
        next_start, next_end = self.line_span(min(len(self.text) - 1, end + 1))
        m = self.p.CUE_THEN_SPEAKER.match(self.text, next_start, next_end)
        if m and m.start("cue") - next_start < 4:
            speaker = self.speaker(m.start("np"), m.end("np"))
            if speaker:
                return speaker, m.group("cue")
        return None, None

    def _segment_start(self, offset: int) -> int:
        seg = self.doc.segment_at(offset)
        return seg.start if seg else 0

    # -- reported speech ------------------------------------------------------------------------------

    def reported_rows(self, *, avoid: list[tuple[int, int]]) -> list[dict]:
        """Reported speech: a named source stating a finite clause outside quotation marks."""
        rows = []
        avoid = sorted(avoid)
        frames = [m.start() for m in self.p.FRAME_WORD.finditer(self.text)]
        previous = None
        for line_start, line_end in _lines(self.text):
            line = self.text[line_start:line_end].strip()
            if not line:
                continue
            if " ".join(line.split()) in self.headings or not self.p.HEADLINE_END.search(line):
                previous = None  # a headline sums up a body that is read anyway
                continue
            for s, e in self.sentences(line_start, line_end):
                i = bisect.bisect_left(frames, s)
                has_frame = i < len(frames) and frames[i] < e
                if has_frame and not (self.in_block(s) or _within(s, e, avoid)):
                    rows += self.reported_in(s, e, previous, avoid)
                previous = (s, e)
        return rows

    def reported_in(self, s: int, e: int, previous: tuple[int, int] | None, avoid) -> list[dict]:
        text = self.text
        out = []

        def add(speaker: Speaker | None, content_start: int, content_end: int, cue: str) -> None:
            if speaker is None or speaker.reason or content_end - content_start < 3:
                return
            if _inside(content_start, avoid) and text[content_start] not in "“\"«":
                return
            content_start, content_end = _trim(text, content_start, content_end)
            out.append(self.row("reported", content_start, content_end, speaker, cue,
                                text[content_start:content_end].rstrip(".")))

        for m in self.p.ACCORDING_TO.finditer(text, s, e):
            np = m.group("np")
            if _is_document(self.lang, np) or np.split()[0] in ("which", "whom", "what"):
                continue
            # "The deal, according to Interfax, covers …": an aside inside the clause reports the whole sentence
            aside = text[s:m.start()].rstrip().endswith(",") and text[s:m.start()].strip(" ,")
            add(self.speaker(m.start("np"), m.end("np")), s if aside else m.end(), e, "according to")
        for m in self.p.AS_STATED_IN.finditer(text, s, e):
            if not _is_document(self.lang, m.group("np")):
                add(self.speaker(m.start("np"), m.end("np")), m.end(), e, f"as {m.group('cue')}")
        for m in self.p.AS_CUE.finditer(text, s, e):
            if m.group("np").split()[0].casefold() in ("it", "stated", "reported", "noted", "announced", "was", "is"):
                continue
            add(self.speaker(m.start("np"), m.end("np")), m.end(), e, "as " + m.group("verb"))
        for m in self.p.IN_WORDS.finditer(text, s, e):
            if m.group("np"):
                mentions = self.people.mentions_in(m.start("np"), m.end("np"))
                add(self.person_speaker(mentions[0]) if mentions else None, m.end(), e, m.group("cue"))
            else:
                add(self.speaker(m.start("np2"), m.end("np2")), m.end(), e, m.group("cue2"))
        for m in self.p.CUE_THAT.finditer(text, s, e):
            add(self.subject_before(s, m.start("cue")), m.end(), e, " ".join(m.group("cue").split()))
        if not out:
            for m in self.p.ZERO_THAT.finditer(text, s, e):
                clause_end = min(e, m.end() + 80)
                if self.people.mentions_in(m.end(), m.end() + 60)[:1] and self.people.mentions_in(m.end(), m.end() + 60)[0]["start"] == m.end():
                    continue  # "said Alexander Turchin": the speaker, not a clause
                if self.p.FINITE_VERB.search(text, m.end(), clause_end) and not self.p.CUE_THAT.match(text, m.start()):
                    add(self.subject_before(s, m.start("cue")), m.end(), e, m.group("cue"))
        for m in self.p.STANCE_THAT.finditer(text, s, e):
            mentions = [x for x in self.people.mentions_in(max(s, m.start() - 80), m.start() + 1) if x["end"] == m.start()]
            if mentions:
                add(self.person_speaker(mentions[-1]), m.end(), e, m.group("cue"))
        fragment = _clause_with_fragment(text, s, e, avoid)
        if not out and (fragment or not _ends_with_quote(text, s, e)):
            for pattern in (self.p.TRAILING_CUE_SPEAKER, self.p.TRAILING_SPEAKER_CUE, self.p.TRAILING_ACCORDING):
                m = pattern.search(text, s, e)
                if m and pattern is self.p.TRAILING_ACCORDING and _is_document(self.lang, m.group("np")):
                    continue  # "…, according to the report": a document is not a speaker
                if m and pattern is self.p.TRAILING_CUE_SPEAKER and m.group("cue") in self.lang.speech.LISTENER_VERBS:
                    continue  # "…, told TASS.": the listener, not the speaker
                if m and not _inside(m.start(), avoid):
                    exact = pattern is not self.p.TRAILING_CUE_SPEAKER
                    np_end = m.end("np")
                    if not exact:  # "…, said X at a meeting with Y."
                        adjunct = self.p.NAME_END.search(text, m.start("np"), np_end)
                        np_end = adjunct.start() if adjunct else np_end
                    speaker = self.speaker(m.start("np"), np_end, exact_end=exact)
                    content_end = m.start()
                    if pattern is self.p.TRAILING_SPEAKER_CUE:
                        # "…, Ivan Petrov, the head of the agency, told reporters." / "…, the head of the agency,
                        # Ivan Petrov, said.": a name and a role in apposition; the clause ends before both
                        comma = text.rfind(",", max(s, m.start() - 80), m.start())
                        before = text[comma + 1:m.start()] if comma >= s else ""
                        if before.strip() and (speaker is None or speaker.reason) and _role_phrase(self.lang, m.group("np")):
                            named = self.name_filling(comma + 1, m.start())
                            speaker, content_end = (named, comma) if named else (speaker, content_end)
                        elif before.strip() and speaker is not None and speaker.is_person and _role_phrase(self.lang, before):
                            content_end = comma
                    if not fragment and any(c in "”\"»’" for c in text[s:content_end].rstrip(" ,")[-1:] + text[content_end + 1:content_end + 2]):
                        break  # "“…,” the head of the agency, X, said.": the attribution of a direct quote
                    if speaker is not None:
                        dateline = match_dateline(text, s, content_end)
                        add(speaker, dateline.end() if dateline else s, content_end, m.group("cue"))
                        break
        if previous and not out:
            out += self.back_pointing(s, e, previous)
        return out

    def back_pointing(self, s: int, e: int, previous: tuple[int, int]) -> list[dict]:
        """"This was announced by X" / "X made the statement": the previous sentence is X's, one row per speaker."""
        text = self.text
        sentence = text[s:e]
        m = self.p.BACK_BY.match(sentence) or self.p.BACK_MESSAGE.match(sentence)
        if m:
            np_start, np_end = s + m.start("np"), s + m.end("np")
        else:
            m = self.p.BACK_SUBJECT.match(sentence)
            if not m:
                return []
            np_start, np_end = s + m.start("np"), s + m.end("np")
        speakers = []
        mentions = self.people.mentions_in(np_start, np_end)
        if m.re is self.p.BACK_SUBJECT:
            mentions = [x for x in mentions if x["end"] >= np_end - 2]
        for mention in mentions:
            if mention["entity"] not in {sp.name for sp in speakers}:
                speakers.append(self.person_speaker(mention))
        if not speakers and m.re is self.p.BACK_SUBJECT:
            body = self.speaker(np_start, np_end)
            speakers = [body] if body and not body.reason else []
        p_start, p_end = previous
        dateline = match_dateline(text, p_start, p_end)
        if dateline:
            p_start = dateline.end()
        cue = " ".join(m.group("cue").split())
        return [self.row("reported", p_start, p_end, sp, cue, text[p_start:p_end].rstrip(".")) for sp in speakers]


# "Name:", "Name, role:", "Role Name: words…" opening a line (the label holds no sentence punctuation).


def _labelled(speaker: Speaker, *, role: str | None = None) -> Speaker:
    """The speaker of a transcript turn, with the role its label gives."""
    return replace(speaker, role=role or speaker.role, attribution="transcript label")


def _speaker_of(row: dict) -> Speaker:
    return Speaker(row["speaker"], row["speaker_is_person"], row["speaker_role"], row["speaker_country"],
                   row["attribution"], None)


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Is `offset` inside one of `spans` (sorted by start, not overlapping)?"""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        out.append((start, end))
        start = end + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_start(lang: Language, text: str, floor: int, offset: int) -> int:
    """Start of the sentence holding `offset` (searching back no further than `floor`, nor than `SENTENCE_REACH`)."""
    floor = start = max(floor, offset - SENTENCE_REACH)
    for m in lang.patterns.SENTENCE_END.finditer(text, floor, offset):
        if not lang.patterns.ABBREVIATION.search(text, max(floor, m.start() - 6), m.start() + 1):
            start = m.end()
    return start


def _opens(lang: Language, text: str, at: int, mark: str) -> bool:
    """Is this mark an opening quotation mark here? Context marks decide by their neighbours: a straight
    quote opens after a space and before a word, never after a digit (12" screen); ‘ opens before a word."""
    if mark not in lang.speech.QUOTE_PAIRS:
        return False
    if mark not in lang.speech.CONTEXT_MARKS:
        return True
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if mark == "‘":
        return (before.isspace() or before in "([“\"") and after.isalnum()
    return (before.isspace() or before in "([—–-/") and not after.isspace()


def _closes(lang: Language, text: str, at: int, mark: str, opener: str) -> bool:
    """Does this mark close the open quotation? ’ before a letter is an apostrophe (don’t); a straight
    quote between a space and a word opens something rather than closing."""
    if mark not in lang.speech.QUOTE_PAIRS[opener]:
        return False
    after = text[at + 1] if at + 1 < len(text) else " "
    if opener == "‘":
        return not after.isalpha()
    if opener in lang.speech.CONTEXT_MARKS:
        return not (text[at - 1].isspace() and after.isalnum())
    return True


def _closes_in_next_line(lang: Language, text: str, start: int, opener: str) -> bool:
    """Does the line at `start` close the open quotation before opening another one?"""
    end = text.find("\n", start)
    line = text[start:(len(text) if end < 0 else end)]
    closer = min((i for i in (line.find(c) for c in lang.speech.QUOTE_PAIRS[opener]) if i >= 0), default=-1)
    return closer >= 0 and opener not in line[:closer]


def _clause_with_fragment(text: str, s: int, e: int, quotations: list[tuple[int, int]]) -> bool:
    """Is the sentence a clause of the narrator's holding a quoted fragment before its closing attribution
    (`Russia wants "a fair digital order", X said.`)? The quotation closing at its last comma then opens
    after two or more words of the clause that do not end in a comma or colon (`In Moscow, "…," X said` and
    `"…," X said` quote whole words). The clause is reported speech and the fragment a direct quote."""
    if not _ends_with_quote(text, s, e):
        return False
    comma = text.rfind(",", s, e)
    close = comma - 1 if text[comma - 1] in "”\"»’" else comma + 1
    i = bisect.bisect_right(quotations, (close, float("inf"))) - 1
    if i < 0 or quotations[i][1] != close or quotations[i][0] < s:
        return False
    lead = text[s:quotations[i][0]].rstrip()
    return len(lead.split()) >= 2 and lead[-1:] not in ",:;—–-"


def _ends_with_quote(text: str, s: int, e: int) -> bool:
    """Is the sentence's last comma next to a closing mark ("…,” said X")? Then it is a direct quote."""
    comma = text.rfind(",", s, e)
    return comma > s and (text[comma - 1] in "”\"»’" or text[comma + 1:comma + 2] in ("”", '"', "»", "’"))


def _is_document(lang: Language, phrase: str) -> bool:
    words = [w.casefold().strip("’'s") for w in phrase.split()]
    return bool(words) and (words[-1] in lang.speech.DOCUMENT_NOUNS or (len(words) <= 3 and any(w in lang.speech.DOCUMENT_NOUNS for w in words)))


def _within(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """Does one of `spans` (sorted) hold all of [s, e)?"""
    i = bisect.bisect_right(spans, (s, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= s and e <= spans[i][1] + 1


def _is_pronoun(phrase: str) -> bool:
    return phrase.strip().casefold() in ("he", "she", "him", "her", "they", "it", "his", "hers")


def _role_phrase(lang: Language, phrase: str) -> bool:
    """Does the phrase name a role ("the Deputy Minister of Industry")?"""
    return role_class(phrase, lang) is not None


SKIPPED_PREFIX = "skipped: "  # a finder marks a span it left out on purpose with this reason prefix


def _run(doc: Document, ctx: Context) -> dict[str, list[dict]]:
    quotes, skipped = _split_skipped(find_quotes(doc, ctx.layers["people"], ctx.lang), table="quotes")
    _date_quotes(quotes, ctx.rows["events"], doc)
    return {"quotes": quotes, "skipped": skipped}


def _split_skipped(rows: list[dict], *, table: str) -> tuple[list[dict], list[dict]]:
    """Spans a finder left out on purpose go to the `skipped` table, so no table holds a non-row."""
    kept, skipped = [], []
    for row in rows:
        reason = row.get("reason") or ""
        if reason.startswith(SKIPPED_PREFIX):
            skipped.append({"seg_id": row.get("seg_id"), "table": table, "start": row["start"], "end": row["end"],
                            "text": row["text"], "reason": reason[len(SKIPPED_PREFIX):]})
        else:
            kept.append(row)
    return kept, skipped


def _date_quotes(quotes: list[dict], events: list[dict], doc: Document) -> None:
    """A quote takes the date of the event of its segment, else the document's publication date."""
    event_dates = {e["seg_id"]: e["date"] for e in events if e.get("date")}
    for quote in quotes:
        segment = doc.segment_at(quote["start"])
        quote["date"] = event_dates.get(segment.seg_id if segment else None) or event_dates.get(None) or doc.published


STAGE = Stage("quotes", needs=("people", "events"), run=_run)
