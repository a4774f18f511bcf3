"""Direct quotations: the speaker of each paired quotation from a cue before or after it, a dash
signature, or the reported clause or quoted sentence it continues."""
from __future__ import annotations

import bisect

from helpers.extract.people.roles import role_class
from helpers.extract.quotes.pairing import Span
from helpers.reference import load_reference
from helpers.extract.quotes.speakers import CONTEXT, NOBODY, Speaker, Speakers, inside, is_document, role_phrase, start_of_sentence


def direct_rows(ctx: Speakers, spans: list[Span], reported: list[dict], *, turns: list[tuple[int, int]]) -> list[dict]:
    """Rows for paired quotations that are speech: attributed ones, and unattributed statements outside
    transcript turns (inside a turn they are the turn speaker's own words, already covered)."""
    rows, nested = [], []
    reported_starts = [r["start"] for r in reported]
    i = 0
    while i < len(spans):
        span = spans[i]
        speaker, cue, merged = attribute_direct(ctx, span, spans[i + 1] if i + 1 < len(spans) else None)
        merged_to = i + 1 if merged else None
        if speaker is not None and speaker.reason:
            speaker, cue = body_pronoun(ctx, span, reported, rows) or last_speaker_by_role(ctx, span, reported, rows) or (speaker, cue)
        if speaker is None and document_source(ctx, span):
            i += 1
            continue  # words of a document ("According to the document, it was created "…""): not speech
        if speaker is None:
            speaker, cue = context_speaker(ctx, span, reported, reported_starts, rows)
        if speaker is None:
            speaker, cue = continued_paragraph(ctx, span, rows)
        end = spans[merged_to].end if merged_to else span.end
        words = ctx.text[span.start:span.end]
        if merged_to:
            stop = ctx.text[span.close + 1:span.close + 2]  # “A”. “B”: the full stop outside the mark
            words = f"{words}{stop if stop in '.!?' else ''} {ctx.text[spans[merged_to].start:spans[merged_to].end]}"
        if is_chrome(ctx, span):
            i = (i + 1) if not merged_to else merged_to + 1
            continue  # "««« :: 1 | 2 | 3 :: »»»": marks used as arrows, no words
        if speaker is not None and (speaker.reason or named_term(ctx, span)) and is_term(ctx, span):
            speaker = None  # "green," officials said / a “digital wall”, but X said: a term, not a statement
        if speaker is None:
            if looks_like_title(ctx, span) or inside(span.open, turns):
                i = (i + 1) if not merged_to else merged_to + 1
                continue  # a title, name or scare quote, or words inside a turn: no row of its own
            speaker, cue = NOBODY, None
        # a pull quote set off as its own paragraph and signed on the next line is a block (dev-en2 gold rules)
        rows.append(ctx.row("block" if cue == "signature" else "direct", span.start, end, speaker, cue, words))
        nested += nested_rows(ctx, span, speaker)
        i = (merged_to + 1) if merged_to else i + 1
    return rows + nested


def attribute_direct(ctx: Speakers, span: Span, following: Span | None) -> tuple[Speaker | None, str | None, int | None]:
    """Speaker from a cue before the opening mark ("X said: “…”") or after the closing one ("…,” said X")."""
    text = ctx.text
    line_start, _ = ctx.line_span(span.open)
    _, line_end = ctx.line_span(span.close)  # a quotation over paragraphs is attributed after its last one
    sentence_start = max(line_start, start_of_sentence(ctx.lang, text, line_start, span.open))
    introduced = _cue_before(ctx, sentence_start, span.open)
    if introduced is None and not text[line_start:span.open].strip():
        # "X said in her speech:" closing the paragraph before the one the quotation opens
        end = len(text[:line_start].rstrip())
        if text[end - 1:end] == ":":
            previous_start, _ = ctx.line_span(end - 1)
            introducing = max(previous_start, start_of_sentence(ctx.lang, text, previous_start, end))
            introduced = _cue_before(ctx, introducing, end) or _introducing_subject(ctx, span, introducing, end)
    colon = len(text[:span.open].rstrip()) - 1
    if introduced is None and colon > line_start and text[colon] == ":" and not text[span.close + 1:line_end].strip(" .!?"):
        introduced = _labelled_line(ctx, line_start, colon)
    if introduced is None and colon > sentence_start and text[colon] == ":":
        # "Oleg Sorokin was blunt about the delays: “…”": a sentence naming the speaker, a colon, a whole sentence
        introduced = _introducing_subject(ctx, span, sentence_start, colon, least_words=SAME_LINE_INTRODUCED_WORDS)
    if introduced is not None:  # "X said: “A.” “B.”": a second quotation right after, unattributed, goes on
        return *introduced, quotation_goes_on(ctx, span, following)
    lead = ctx.p.LEAD_CUE_QUOTE.fullmatch(text, sentence_start, span.open)
    if lead:  # "Said Ivan Petrov, head of the agency: “…”"
        speaker = ctx.speaker(lead.start("np"), lead.end("np"))
        if speaker is not None:
            return speaker, lead.group("cue").casefold(), quotation_goes_on(ctx, span, following)
    soundbite = ctx.p.SOUNDBITE.search(text, max(line_start, span.open - 200), span.open)
    if soundbite:  # "RUSSIAN PRESIDENT, VLADIMIR PUTIN, SAYING: "…"": a shot list's soundbite
        speaker = _capitalised_person(ctx, soundbite.group("np"))
        if speaker is not None:
            return speaker, "saying", None
    titled = ctx.p.SLASH_TITLE.fullmatch(text, line_start, span.open) if text.find("/", max(line_start, span.open - 4), span.open) >= 0 else None
    if titled and not text[span.close + 1:line_end].strip():  # "Name, affiliation/ “Claim”": a video's title
        speaker = _titled_speaker(ctx, titled.start("np"), titled.end("np"))
        if speaker is not None:
            return speaker, "/", None
    framed = _framed_before(ctx, span, sentence_start)
    if framed is not None:
        return framed
    relayed = ctx.p.OUTLET_QUOTES_PRONOUN.match(text, span.close + 1, line_end)
    if relayed:  # "“…” – Nordwire quotes him.": the words are the person's the pronoun names
        person = [m for m in ctx.people.mentions_in(relayed.start("pronoun"), relayed.end("pronoun")) if m["via"] == "pronoun"]
        if person:
            return ctx.person_speaker(person[0]), "quotes", None
    dash = ctx.p.DASH_SPEAKER.match(text, span.close + 1, min(len(text), span.close + 400))
    if dash:  # "“…” — Ivan Petrov, head of the agency": a signature line after a quotation
        speaker = ctx.name_filling(dash.start("np"), dash.end("np"))
        if speaker is not None:
            return speaker, "—", None
    signed = ctx.p.SIGNATURE_LINE.match(text, span.close + 1, min(len(text), span.close + 400))
    if signed and not text[line_start:span.open].strip():
        # a pull quote set off as its own paragraph, the name (and role) alone on the next line
        names = [m for m in ctx.people.mentions_in(signed.start("np"), signed.end("np")) if m["via"] in ("name", "alias")]
        if names and names[0]["start"] == signed.start("np") and role_or_nothing(ctx, text[names[0]["end"]:signed.end("np")]):
            return ctx.person_speaker(names[0]), "signature", None
        named = _spelling_opening(ctx, signed.start("np"), signed.end("np"))
        if named and role_or_nothing(ctx, text[signed.start("np") + len(named[1]):signed.end("np")]):
            # "Anna Berg Acting Governor of …": the role run on after the name with no comma
            return named[0], "signature", None
    according = ctx.p.ACCORDING_AFTER_QUOTE.match(text, span.close + 1, line_end)
    if according and not is_document(ctx.lang, according.group("np")):  # "…,” according to the ministry."
        speaker = ctx.source_of(according.start("np"), according.end("np"))
        if speaker is not None and not speaker.reason:
            return speaker, "according to", None
    put = ctx.p.AS_PUT_AFTER_QUOTE.match(text, span.close + 1, line_end)
    if put:  # "…,” as X put it."
        speaker = ctx.speaker(put.start("np"), put.end("np"))
        if speaker is not None and not speaker.reason:
            return speaker, "as " + put.group("cue"), None
    after_end = min(line_end, span.close + 200)
    if ctx.text[span.end - 1:span.end] == "." or ctx.text[span.close + 1:span.close + 2] == ".":
        return None, None, None  # a quotation closing its sentence: what follows is a new sentence
    unresolved = None
    for pattern in (ctx.p.CUE_THEN_SPEAKER, ctx.p.SPEAKER_THEN_CUE):
        m = pattern.match(text, span.close + 1, after_end)
        if not m or (pattern is ctx.p.CUE_THEN_SPEAKER and m.group("cue") in ctx.lang.speech.LISTENER_VERBS):
            continue  # "…,” told X": X heard it
        np_end = m.end("np")
        if pattern is ctx.p.CUE_THEN_SPEAKER:  # "said X at a meeting with Y": the speaker ends where the adjunct starts
            adjunct = ctx.p.NAME_END.search(text, m.start("np"), np_end)
            np_end = adjunct.start() if adjunct else np_end
        speaker = ctx.speaker(m.start("np"), np_end, exact_end=pattern is ctx.p.SPEAKER_THEN_CUE)
        phrase = " ".join(m.group("np").split())
        if speaker is None and unresolved is None and (pattern is ctx.p.CUE_THEN_SPEAKER or ctx.p.UNNAMED_SOURCE.fullmatch(phrase)):
            # "…,” said a source familiar with the talks": attributed, but to nobody the text names
            unresolved = (Speaker(reason=f"the text does not name '{phrase}'"), m)
        if speaker is None:
            continue
        return speaker, m.group("cue"), split_continues(ctx, m.end(), following)
    m = ctx.p.SPEAKER_APPOSITION_CUE.match(text, span.close + 1, after_end)
    if m:
        speaker = ctx.name_filling(m.start("np"), m.end("np"))
        if speaker is None and role_phrase(ctx.lang, m.group("np")):
            speaker = ctx.name_filling(m.start("appos"), m.end("appos"))
        if speaker is not None:
            return speaker, m.group("cue"), split_continues(ctx, m.end(), following)
    if unresolved:
        speaker, m = unresolved
        return speaker, m.group("cue"), split_continues(ctx, m.end(), following)
    return None, None, None


def nested_rows(ctx: Speakers, span: Span, outer: Speaker) -> list[dict]:
    """Quotations inside a quotation (‘…’ within “…”) introduced by a speech verb: "I say: ‘…’" (the outer
    speaker's own words), "He says: ‘…’" (the person the pronoun or name stands for). A nested quotation
    without such a cue is a term or a title, and no row."""
    text, rows = ctx.text, []
    at = text.find("‘", span.start, span.end)
    while at >= 0:
        close = text.find("’", at + 1, span.end)
        while close >= 0 and text[close + 1:close + 2].isalpha():  # "Let’s": an apostrophe
            close = text.find("’", close + 1, span.end)
        if close < 0:
            break
        cue = ctx.p.NESTED_CUE.search(text, max(span.start, at - 80), at)
        if cue and (at == 0 or not text[at - 1].isalnum()):
            subject = " ".join(cue.group("subject").split())
            if subject == "I":
                speaker = outer if outer.name else None
            else:
                speaker = ctx.speaker(cue.start("subject"), cue.end("subject"))
            if speaker is not None and speaker.name:
                rows.append(ctx.row("direct", at + 1, close, speaker, cue.group("cue")))
        at = text.find("‘", close + 1, span.end)
    return rows


def _cue_before(ctx: Speakers, sentence_start: int, end: int) -> tuple[Speaker, str] | None:
    """The speaker and cue of "X said:" / "said X:" ending at `end`, the sentence starting at `sentence_start`."""
    before = ctx.p.CUE_BEFORE_QUOTE.search(ctx.text, max(sentence_start, end - 80), end)
    if not before:
        return None
    speaker = ctx.subject_before(sentence_start, before.start("cue"))
    if speaker is None and before.group("cue") not in ctx.lang.speech.LISTENER_VERBS:  # "said Alexander Turchin: “…”"
        speaker = ctx.speaker(before.end("cue"), before.end() - 1)
    return (speaker, before.group("cue")) if speaker is not None else None


def _labelled_line(ctx: Speakers, line_start: int, colon: int) -> tuple[Speaker, str] | None:
    """"Sorokin: ‘We will not raise tariffs’" — a line that is a person's name (a role after it allowed), a colon
    and one quotation, as headlines and standfirsts write it: the person's words."""
    mentions = [m for m in ctx.people.mentions_in(line_start, colon) if m["via"] in ("name", "alias", "surname")]
    if not mentions or ctx.text[line_start:mentions[0]["start"]].strip(" *_"):
        return None
    rest = ctx.text[mentions[0]["end"]:colon].strip(" *_")
    if rest and not (rest.startswith(",") and role_phrase(ctx.lang, rest[1:].strip())):
        return None
    return ctx.person_speaker(mentions[0]), "label"


def _introducing_subject(ctx: Speakers, span: Span, start: int, colon: int, *, least_words: int = 0) -> tuple[Speaker, str] | None:
    """"Henrik Dahl described the plan:" closing the paragraph before a quotation of whole sentences ("“First, we
    will …"), or "Daniel Osei put it simply: “…”" on its line: the person the introducing sentence opens with, a
    verb right after the name (or after an apposition, "X, the head of the agency, told …"), speaks the quotation;
    so does the owner of a speech noun opening it ("Her answer was short:", "X's reply was:")."""
    words = ctx.text[span.start:span.end].split()
    if len(words) < (least_words or INTRODUCED_WORDS) or is_term(ctx, span) or \
            not ctx.text[span.start:span.end].rstrip(" ”\"»’'").endswith((".", "!", "?")):
        return None  # a title or a term after a colon ("signed two decrees: “On data”") is no speech
    mentions = [m for m in ctx.people.mentions_in(start, colon) if m["via"] in ("name", "alias", "surname", "pronoun")]
    before = ctx.text[start:mentions[0]["start"]].strip() if mentions else ""
    rest = ctx.text[mentions[0]["end"]:colon] if mentions else ""
    if before.endswith(",") and rest.startswith(","):  # "The minister, Samuel Adeyemi, had …": a name in apposition
        before, rest = before[:-1], rest[1:]
    if not mentions or (before and not role_phrase(ctx.lang, before)):  # "Minister Henrik Dahl", "He" open it
        return None
    appositive = ctx.p.CLOSING_APPOSITION.match(rest)
    if appositive and role_phrase(ctx.lang, appositive.group("role")):
        rest = rest[appositive.end():]
    owner = ctx.p.POSSESSIVE_SPEECH_NOUN.match(rest)
    if owner is None and ctx.text[mentions[0]["start"]:mentions[0]["end"]].casefold() in ctx.lang.speech.POSSESSIVE_PRONOUNS_WORDS:
        return None  # "His critics were blunt:": someone of his speaks, not he
    verb = rest.split()[:1]
    if owner is None and (not verb or not verb[0].isalpha() or not verb[0].islower()):
        return None
    return ctx.person_speaker(mentions[0]), "introduced"


INTRODUCED_WORDS = 5  # words a quotation needs to be the speech an introducing sentence announces
SAME_LINE_INTRODUCED_WORDS = 3  # on the colon's own line the sentence before says plainly who speaks ("Her answer: “Not this year.”")


def _framed_before(ctx: Speakers, span: Span, sentence_start: int) -> tuple[Speaker, str, None] | None:
    """A frame right before the opening mark: "According to X, “…”" (X's words, the whole clause
    quoted), "X called the priority task “…”" (a sentence-long description in X's words, not a name)."""
    text = ctx.text
    while sentence_start < span.open and text[sentence_start].isspace():  # the frame opens the sentence's words
        sentence_start += 1
    floor = max(sentence_start, span.open - 200)
    according = ctx.p.ACCORDING_TO.search(text, floor, span.open)
    if according and according.end() == span.open and not is_document(ctx.lang, according.group("np")):
        speaker = ctx.source_of(according.start("np"), according.end("np"))
        if speaker is not None and not speaker.reason:
            return speaker, "according to", None
    in_words = ctx.p.IN_WORDS.match(text, sentence_start, span.open)
    if in_words:  # "In his words, … tasks were set: “…”": the words quoted in the sentence are his
        if in_words.group("np"):
            person = [m for m in ctx.people.mentions_in(in_words.start("np"), in_words.end("np")) if m["via"] == "pronoun"]
            speaker = ctx.person_speaker(person[0]) if person else None
        else:
            speaker = ctx.speaker(in_words.start("np2"), in_words.end("np2"))
        if speaker is not None and not speaker.reason:
            return speaker, (in_words.group("cue") or in_words.group("cue2")).casefold(), None
    framed = ctx.p.TO_QUOTE.fullmatch(text, sentence_start, span.open) or ctx.p.AS_CUE.fullmatch(text, sentence_start, span.open)
    if framed:  # "To quote X, “…”", "As X likes to say, “…”"
        speaker = ctx.speaker(framed.start("np"), framed.end("np"))
        if speaker is not None and not speaker.reason:
            return speaker, "to quote" if framed.re is ctx.p.TO_QUOTE else "as " + framed.group("verb"), None
    words = text[span.start:span.end].split()
    if ctx.p.NAMING_PARTICIPLE.fullmatch(text, sentence_start, span.open) and sum(w[:1].isupper() for w in words) < 0.6 * len(words):
        # "Calling the deal “a milestone”, X said that …" (a name in quotation marks, "Calling the app “Gosuslugi”", is not X's words)
        subject = ctx.p.PARTICIPLE_SUBJECT.match(text, span.close + 1, ctx.line_span(span.close)[1])
        speaker = ctx.speaker(subject.start("np"), subject.end("np")) if subject else None
        if speaker is not None and not speaker.reason:
            return speaker, subject.group("cue"), None
    called = ctx.p.CALLED_BEFORE_QUOTE.search(text, floor, span.open)
    if called and len(words) >= 5 and sum(w[:1].isupper() for w in words) < 0.5 * len(words):
        speaker = ctx.subject_before(sentence_start, called.start("cue"))
        if speaker is not None and not speaker.reason:
            return speaker, called.group("cue"), None
    described = ctx.p.DESCRIBED_AS_QUOTE.search(text, floor, span.open)
    if described and len(words) >= 2 and sum(w[:1].isupper() for w in words) < 0.5 * len(words):
        speaker = ctx.subject_before(sentence_start, described.start("cue"))
        if speaker is not None and not speaker.reason:
            return speaker, described.group("cue"), None
    return None


def _capitalised_person(ctx: Speakers, phrase: str) -> Speaker | None:
    """The one person of the document whose name a phrase in capitals writes ("RUSSIAN PRESIDENT, VLADIMIR PUTIN")."""
    words = f" {' '.join(phrase.split())} "
    named = {person.name for person in ctx.people.people.values()
             for spelling in person.spellings | {person.name} if " " in spelling and f" {spelling.upper()} " in words.replace(",", " ")}
    if len(named) != 1:
        return None
    person = ctx.people.person(named.pop())
    return Speaker(person.name, True, person.role, person.country, "adjacent name")


def _titled_speaker(ctx: Speakers, start: int, end: int) -> Speaker | None:
    """The person a title names before its claim: a name the layer knows, with or without a role before it, or
    a name no list has that has a name's shape ("Douw Vermaak")."""
    speaker = ctx.speaker(start, end)
    if speaker is not None and speaker.is_person:
        return speaker
    words = " ".join(ctx.text[start:end].split())
    if ctx.p.NAME_SHAPED.fullmatch(words) and len(words.split()) <= 4 and not any(
            w in ctx.lang.people.NOT_NAME_WORDS or w.casefold() in ctx.lang.people.ORG_NOUNS for w in words.split()) \
            and load_reference().country_in(words) is None:  # "Russia India/ “…”" names places, not a person
        return Speaker(words, True, attribution="adjacent name")
    return None


def _spelling_opening(ctx: Speakers, start: int, end: int) -> tuple[Speaker, str] | None:
    """The person whose full name, as the document spells it elsewhere, opens text[start:end] (the longest
    spelling), with that spelling."""
    phrase = ctx.text[start:end]
    found = max(((person, spelling) for person in ctx.people.people.values() for spelling in person.spellings | {person.name}
                 if " " in spelling and phrase.startswith(spelling) and phrase[len(spelling):len(spelling) + 1] in (" ", "")),
                key=lambda found: len(found[1]), default=None)
    if found is None:
        return None
    person, spelling = found
    return Speaker(person.name, True, person.role, person.country, "adjacent name"), spelling


def role_or_nothing(ctx: Speakers, words: str) -> bool:
    """Is what follows a name on a signature line only a role ("Acting Governor of …"), or nothing?"""
    words = words.strip(" ,–—-")
    return not words or role_phrase(ctx.lang, words)


def split_continues(ctx: Speakers, attribution_end: int, following: Span | None) -> bool:
    """Does the next quotation continue this one after its attribution ("…,” he said, “…"), or right
    after the attribution's sentence in the same paragraph ("…,” X stressed. “…”), being whole
    sentences with no attribution of their own? Then they are one quotation of one speaker."""
    if following is None or following.open <= attribution_end:
        return False
    if ctx.p.SPLIT_CONTINUES.fullmatch(ctx.text, attribution_end, following.open) is not None:
        return True
    if ctx.p.SENTENCE_CONTINUES.fullmatch(ctx.text, attribution_end, following.open) is None:
        return False
    words = ctx.text[following.start:following.end].rstrip("”\"»’ ")
    _, line_end = ctx.line_span(following.close)
    after = ctx.text[following.close + 1:line_end].lstrip()
    return words[-1:] in (".", "!", "?", "…") and (not after or after[0].isupper() or after[0] in "“\"«")


def quotation_goes_on(ctx: Speakers, span: Span, following: Span | None) -> bool:
    """Does the next quotation follow this one on the same line with only spaces between, both being
    whole sentences and the second without an attribution of its own (`X said: “A.” “B.”`)? Then
    they are one quotation of the speaker introduced before the first."""
    if following is None or not ctx.p.GAP.fullmatch(ctx.text, span.close + 1, following.open):
        return False
    ends = (".", "!", "?", "…")
    first = ctx.text[span.start:span.close + 2].rstrip("”\"»’ ")
    second = ctx.text[following.start:following.close + 2].rstrip("”\"»’ ")
    if first[-1:] not in ends or second[-1:] not in ends:
        return False
    _, line_end = ctx.line_span(following.close)
    after = ctx.text[following.close + 1:line_end].lstrip(" .!?")
    return not after or after[0].isupper() or after[0] in "“\"«"


def document_source(ctx: Speakers, span: Span) -> bool:
    """Is the sentence quoting a document ("According to the document, it was created “…”", "The decree reads: “…”")?"""
    line_start, _ = ctx.line_span(span.open)
    sentence_start = start_of_sentence(ctx.lang, ctx.text, line_start, span.open)
    window = max(sentence_start, span.open - 300)
    frame = ctx.p.ACCORDING_TO.search(ctx.text, window, span.open) or ctx.p.AS_STATED_IN.search(ctx.text, window, span.open) or \
        ctx.p.WRITTEN_SOURCE.fullmatch(ctx.text, sentence_start, span.open)  # "The decree reads: “…”"
    return frame is not None and is_document(ctx.lang, frame.group("np"))


def context_speaker(ctx: Speakers, span: Span, reported: list[dict], reported_starts: list[int], rows: list[dict]) -> tuple[Speaker | None, str | None]:
    """A quotation inside a reported clause takes its speaker ("According to Putin, … “…”"); one in the
    sentence right after a person's reported or quoted words continues them ("Putin stressed that …
    This will contribute to “…”"), unless that sentence names someone else or has a cue of its own."""
    i = bisect.bisect_right(reported_starts, span.open) - 1
    holder = reported[i] if i >= 0 else None
    inside_report = bool(holder and holder["start"] <= span.open < holder["end"] and holder["speaker"])
    if is_term(ctx, span) and not (inside_report and _reported_fragment(ctx, span)):
        return None, None  # "cloud", "smart city": a term in quotation marks, not the speaker's words
    if inside_report:
        return _speaker_of(holder), "context"
    line_start, _ = ctx.line_span(span.open)
    sentence_start = start_of_sentence(ctx.lang, ctx.text, line_start, span.open)
    if ctx.people.mentions_in(sentence_start, span.open) or ctx.p.CUE_WORD.search(ctx.text, sentence_start, span.open):
        return None, None
    j = bisect.bisect_right(reported_starts, sentence_start) - 1
    previous = [r for r in (reported[j] if j >= 0 else None, rows[-1] if rows else None)
                if r and line_start <= r["start"] and r["end"] <= sentence_start + 1 and r["speaker_is_person"]]
    if previous:
        last = max(previous, key=lambda r: r["end"])
        if not ctx.text[last["end"]:sentence_start].strip(" .\"”»"):
            return _speaker_of(last), "context"
    return None, None


def continued_paragraph(ctx: Speakers, span: Span, rows: list[dict]) -> tuple[Speaker | None, str | None]:
    """A paragraph that is one quotation with no attribution of its own, right after a paragraph holding a
    person's attributed quotation, goes on with that person's words ("“…,” X said.\n\n“We also …”")."""
    text = ctx.text
    line_start, line_end = ctx.line_span(span.open)
    if text[line_start:span.open].strip() or not rows or rows[-1]["kind"] != "direct" or not rows[-1]["speaker_is_person"]:
        return None, None
    if text[span.close + 1:line_end].strip(" .,\"”»") or ctx.people.mentions_in(span.start, span.end) and \
            any(m["via"] != "pronoun" for m in ctx.people.mentions_in(span.start, span.end)):
        return None, None  # words after the quotation, or a person named in it: not a plain continuation
    previous_end = len(text[:line_start].rstrip())
    previous_start = text.rfind("\n", 0, previous_end) + 1
    if not previous_start <= rows[-1]["start"] < previous_end:
        return None, None  # the person's quotation is not in the paragraph right before
    if any(m["entity"] != rows[-1]["speaker"] for m in ctx.people.mentions_in(rows[-1]["end"], previous_end)):
        return None, None  # someone else is named after it: the voice may have changed
    return _speaker_of(rows[-1]), "continues"


def body_pronoun(ctx: Speakers, span: Span, reported: list[dict], rows: list[dict]) -> tuple[Speaker, str] | None:
    """"…,” it stated." after a body's words: "it" (or "they") is the body whose speech comes last before the
    quotation, in its paragraph or the one before; a person speaking last leaves the pronoun unresolved."""
    _, line_end = ctx.line_span(span.close)
    m = ctx.p.BODY_PRONOUN_CUE.match(ctx.text, span.close + 1, line_end)
    if m is None:
        return None
    last = _last_speech(ctx, span, reported, rows)
    if last is None:
        return None
    return (_speaker_of(last), m.group("cue")) if last["attribution"] == "organisation" else None


def last_speaker_by_role(ctx: Speakers, span: Span, reported: list[dict], rows: list[dict]) -> tuple[Speaker, str] | None:
    """"…,” the president emphasized." when the role fits two people named before: the one whose words were
    reported or quoted last, in this paragraph or the one before, if the role is theirs (the voice goes on;
    the other is only mentioned)."""
    _, line_end = ctx.line_span(span.close)
    m = ctx.p.SPEAKER_THEN_CUE.match(ctx.text, span.close + 1, line_end)
    office = role_class(m.group("np"), ctx.lang) if m and ctx.p.DEFINITE_ROLE.fullmatch(m.group("np").strip()) else None
    if office is None:
        return None
    last = _last_speech(ctx, span, reported, rows)
    if last is None:
        return None
    person = ctx.people.person(last["speaker"]) if last["speaker_is_person"] else None
    if person is None or person.office is None or (tuple(person.office[:2]) != office and office not in person.other_offices):
        return None
    return _speaker_of(last), m.group("cue")


def _last_speech(ctx: Speakers, span: Span, reported: list[dict], rows: list[dict]) -> dict | None:
    """The row of speech with a speaker that ends last before the quotation, in its paragraph or the one before."""
    line_start, _ = ctx.line_span(span.open)
    floor = max(0, line_start - CONTEXT)
    previous_start = ctx.text.rfind("\n", floor, floor + len(ctx.text[floor:line_start].rstrip())) + 1 or floor
    earlier = [r for r in reported + rows if previous_start <= r["start"] and r["end"] <= span.open and r["speaker"]]
    return max(earlier, key=lambda r: r["end"]) if earlier else None


def is_term(ctx: Speakers, span: Span) -> bool:
    """A name, title or scare quote: one or two words, mostly capitalised, or introduced by a naming
    word ("the program “…”", "titled: “…”")."""
    words = ctx.text[span.start:span.end].split()
    line_start, _ = ctx.line_span(span.open)
    # a naming word counts on the quotation's own line: "told the conference:" closing the paragraph before
    # introduces speech, not a conference's title
    before = ctx.text[max(line_start, span.open - 40):span.open].split()
    previous = before[-1].strip(":,").casefold() if before else ""
    capitalised = sum(w[:1].isupper() for w in words)
    return previous in ctx.lang.speech.TITLE_CUES or len(words) <= 2 or capitalised >= 0.6 * len(words)


def _reported_fragment(ctx: Speakers, span: Span) -> bool:
    """A word or two of the speaker's own inside a reported clause ("said Russia would “never accept” …",
    "presented “in detail”"): lower case, inside the clause's run of words, and not after a word naming a term ("the
    “smart city”", "so-called"); after a comma it opens a list item or a subject, a term ("…, ‘smart cities’, …")."""
    words = ctx.text[span.start:span.end].split()
    before = ctx.text[max(0, span.open - 40):span.open].split()
    return bool(words) and words[0][:1].islower() and bool(before) and not before[-1].endswith(",") and \
        before[-1].casefold() not in ctx.lang.speech.TITLE_CUES


def named_term(ctx: Speakers, span: Span) -> bool:
    """A few words named by the word before them ("a “digital wall”", "the “smart city” programme") and
    closing with no punctuation of their own: a term even when a cue follows."""
    words = ctx.text[span.start:span.end]
    before = ctx.text[max(0, span.open - 40):span.open].split()
    return bool(before) and before[-1].casefold() in ctx.lang.speech.TITLE_CUES and words[-1:] not in (",", ".", "!", "?") \
        and len(words.split()) <= 4


def is_chrome(ctx: Speakers, span: Span) -> bool:
    """Quotation marks around no words: navigation arrows and page bars ("««« :: 1 | 2 :: »»»")."""
    words = ctx.text[span.start:span.end]
    letters = sum(map(str.isalpha, words))
    return letters < 0.5 * len(words.replace(" ", "")) or \
        not any(len(w) >= 2 and w.isalpha() for w in (w.strip(".,;:!?…") for w in words.split()))  # "First," is a word


def looks_like_title(ctx: Speakers, span: Span) -> bool:
    """Unattributed words that are not worth a row: a term, or too short to be a statement."""
    return is_term(ctx, span) or len(ctx.text[span.start:span.end].split()) < 8


def _speaker_of(row: dict) -> Speaker:
    return Speaker(row["speaker"], row["speaker_is_person"], row["speaker_role"], row["speaker_country"],
                   row["attribution"], None)
