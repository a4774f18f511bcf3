"""Reported speech: "X said that …", "according to X, …", "…, X noted." and sentences pointing back
at the previous one ("This was announced by X")."""
from __future__ import annotations

import bisect
from functools import lru_cache

from helpers.dateline import match_dateline
from helpers.extract.quotes.speakers import Speaker, Speakers, inside, is_document, role_phrase, title_lines, trim, wholly_quoted


def reported_rows(ctx: Speakers, *, avoid: list[tuple[int, int]], turns: list[dict] = ()) -> list[dict]:
    """Reported speech: a named source stating a finite clause outside quotation marks."""
    rows = headline_rows(ctx)
    we = _two_parties(turns)
    avoid = sorted(avoid)
    frames = [m.start() for m in ctx.p.FRAME_WORD.finditer(ctx.text)]
    previous = None
    previous_line = None  # a line read without splitting it (no frame word): `previous` is its last sentence, if asked
    body = None  # (speaker row, sentences since) of the last body that spoke: "They added that …" goes on with it
    last_line = ctx.text.rstrip()[-1:] and len(ctx.text.rstrip())
    cut_at = last_line if ctx.text.rstrip()[-1:].isalnum() else None  # a text cut off mid-sentence ends there
    for line_start, line_end in ctx.lines:
        line = ctx.text[line_start:line_end].strip()
        if not line:
            continue
        if (ctx.headings and " ".join(line.split()) in ctx.headings) or not (
                ctx.p.HEADLINE_END.match(line, len(line) - 1) or ctx.p.SENTENCE_END.search(line) or _cut_off(line, line_end >= last_line)):
            previous = previous_line = None  # a headline sums up a body that is read anyway
            continue
        i = bisect.bisect_left(frames, line_start)
        if not (i < len(frames) and frames[i] < line_end) and (body is None or body[1] >= BODY_REACH):
            previous_line = (line_start, line_end)  # no sentence of the line reports speech, and none counts for a body
            continue
        for s, e in ctx.sentences(line_start, line_end):
            i = bisect.bisect_left(frames, s)
            has_frame = i < len(frames) and frames[i] < e
            if has_frame and not ctx.in_block(s):
                if previous_line:
                    previous, previous_line = (ctx.sentences(*previous_line) or [previous])[-1], None
                found = nested_asides(ctx, s, e, avoid) if _within(s, e, avoid) else \
                    (reported_in(ctx, s, e, previous, avoid, spoken=rows, cut_at=cut_at)
                     or _said_by_we(ctx, s, e, we) or _said_by_them(ctx, s, e, body))
                rows += found
                bodies = [r for r in found if r["attribution"] in ("organisation", "group")]
                body = (bodies[-1], 0) if bodies else (body[0], body[1] + 1) if body and not found else None
            elif body:
                body = (body[0], body[1] + 1)
            previous, previous_line = (s, e), None
    return rows


def _last_speaker(rows: list[dict], previous: tuple[int, int]) -> dict | None:
    """The speech row with a speaker in the sentence right before, if that sentence has one speaker: "The ministry
    told Trend that … According to the information, …" goes on with the ministry. Rows are in text order, so only
    the last few are read."""
    there = []
    for row in reversed(rows):
        if row["start"] < previous[0]:
            break
        if row["speaker"] and row["start"] < previous[1]:
            there.append(row)
    return there[0] if there and len({r["speaker"] for r in there}) == 1 else None


@lru_cache(maxsize=8)
def _spaced(words: tuple[str, ...]) -> tuple[str, ...]:
    """" said " for "said": a whole word looked for in a sentence, built once per language, not per sentence."""
    return tuple(f" {word} " for word in words)


RUN_ON_WORDS = 20  # a line this long is a sentence even without its full stop (a standfirst, a paragraph cut off)
CUT_OFF_WORDS = 6  # the last line of a text cut off mid-sentence reads as a sentence from this many words


def _cut_off(line: str, last: bool) -> bool:
    """A sentence whose full stop is missing: a line too long for a headline, or the text's last line when
    the page was cut off mid-sentence ("The ambassador noted that the talks were continu")."""
    words = len(line.split())
    return words >= RUN_ON_WORDS or (last and words >= CUT_OFF_WORDS and line[-1:].isalnum() and line[:1].isupper())


BODY_REACH = 2  # sentences after a body's statement in which "they" may still be that body


def _said_by_them(ctx: Speakers, s: int, e: int, body) -> list[dict]:
    """"The ministry said that … They added that …", "It said in a statement the deal would …": a pronoun
    opening the next sentences goes on with the body that spoke last (no person is named in between)."""
    if body is None or body[1] >= BODY_REACH:
        return []
    m = ctx.p.THEY_CUE.match(ctx.text, s, e)
    if not m or ctx.people.mentions_in(body[0]["end"], s):
        return []
    if not ctx.text[m.start():m.end()].rstrip().endswith("that") and not (
            m.group("cue") in ctx.lang.speech.ZERO_THAT_VERBS and ctx.p.ZERO_CLAUSE.match(ctx.text, m.end(), min(e, m.end() + 80))):
        return []  # "It said in a statement the deal would …": without "that", a clause with its own verb must follow
    row = body[0]
    speaker = Speaker(row["speaker"], row["speaker_is_person"], row["speaker_role"], row["speaker_country"], row["attribution"])
    start, end = trim(ctx.text, m.end(), e)
    return [ctx.row("reported", start, end, speaker, m.group("cue"), ctx.text[start:end].rstrip("."))]


def _two_parties(turns) -> dict[str, tuple[list[tuple[int, int]], Speaker]]:
    """In a transcript of two people taking turns, each person's turns and the other party: "we" in a turn
    is both of them. Empty for any other number of people."""
    people = {}
    for row in turns:
        if row["speaker_is_person"] and row["speaker"]:
            people.setdefault(row["speaker"], ([], Speaker(row["speaker"], True, row["speaker_role"], row["speaker_country"],
                                                           "transcript label")))[0].append((row["start"], row["end"]))
    return people if len(people) == 2 else {}


def _said_by_we(ctx: Speakers, s: int, e: int, parties) -> list[dict]:
    """"We have spoken … and mentioned that …" in a turn of a two-party meeting: one row for each party,
    the turn's speaker first. The sentence must open with "we" and name nobody before its cue."""
    if not parties:
        return []
    turn = next(((name, a) for name, (spans, _) in parties.items() for a, b in spans if a <= e - 1 < b), None)
    if turn is None:
        return []
    own, s = turn[0], max(s, turn[1])  # a sentence opening a turn starts after its label
    if not ctx.p.WE_SUBJECT.match(ctx.text, s, e):
        return []
    for m in ctx.p.CUE_THAT.finditer(ctx.text, s, e):
        if ctx.people.mentions_in(s, m.start()) or m.group("cue") in ctx.lang.speech.LISTENER_VERBS:
            continue
        start, end = trim(ctx.text, m.end(), e)
        order = [own] + [name for name in parties if name != own]
        return [ctx.row("reported", start, end, parties[name][1], m.group("cue"), ctx.text[start:end].rstrip(".")) for name in order]
    return []


def nested_asides(ctx: Speakers, s: int, e: int, quotations: list[tuple[int, int]]) -> list[dict]:
    """"“The first task, as the ministers said, is …”": an aside inside a quotation reports the clause of the
    quotation it sits in (reported speech nested in a quote), in the aside's speaker's name."""
    text, rows = ctx.text, []
    i = bisect.bisect_right(quotations, (e, float("inf"))) - 1
    if i < 0 or quotations[i][1] <= s and (i + 1 >= len(quotations) or quotations[i + 1][0] >= e):
        return rows  # no quotation overlaps the sentence
    for m in ctx.p.AS_CUE.finditer(text, s, e):
        quotation = _holding(m.start(), quotations)
        if quotation is None or not text[s:m.start()].rstrip().endswith(","):
            continue
        if m.group("np").split()[0].casefold() in ("it", "stated", "reported", "noted", "announced", "was", "is"):
            continue
        speaker = ctx.speaker(m.start("np"), m.end("np"))
        if speaker is not None and not speaker.reason:
            start = max(s, quotation[0] + 1)
            start, end = trim(text, start + (text[start] in "“\"«"), min(e, quotation[1]))
            rows.append(ctx.row("reported", start, end, speaker, "as " + m.group("verb"), text[start:end].rstrip(".,")))
    return rows


def headline_rows(ctx: Speakers) -> list[dict]:
    """The document's title when it reports what a named person says: "Name, Body: claim", "Claim, says
    Name", "Claim — Name". A title that only sums up the body ("President promises to …") is not speech. A
    metadata listing's field label ("- Title: …") is not part of the title."""
    for start, end in title_lines(ctx.text, ctx.lines):
        field = ctx.p.TITLE_FIELD.match(ctx.text, start, end)
        rows = _headline_row(ctx, *trim(ctx.text, field.end() if field else start, end))
        if rows:
            # "Name: AI", "Name: Interview": a word or two after a name is a topic, not a claim
            return [row for row in rows if len(row["text"].split()) >= HEADLINE_CLAIM_WORDS]
    return []


HEADLINE_CLAIM_WORDS = 3  # words a title's claim must have to report what someone says


def _headline_row(ctx: Speakers, start: int, end: int) -> list[dict]:
    text = ctx.text
    label = ctx.p.LABEL.match(text, start, end)
    if label and label.group("rest").strip():
        mentions = ctx.people.mentions_in(start, label.end("label"))
        if mentions and mentions[0]["start"] == start and mentions[0]["via"] in ("name", "alias", "surname") and \
                text[mentions[0]["end"]:label.end("label")].strip()[:1] in ("", ","):
            claim_start, claim_end = trim(text, label.start("rest"), end)
            claim = text[claim_start:claim_end]
            if wholly_quoted(ctx.lang, claim) or _epithet(ctx, claim):
                return []  # "Name: “…”" is a direct quote; "Name: the man behind …" describes, it claims nothing
            return [ctx.row("reported", claim_start, claim_end, ctx.person_speaker(mentions[0]), "headline")]
    if label and label.group("rest").strip() and not label.group("rest").rstrip().endswith((".", "!", "?")):
        # "Claim: Role Name": the speaker, with a role before the name, fills what follows the colon
        names = [m for m in ctx.people.mentions_in(label.start("rest"), end) if m["via"] in ("name", "alias")]
        if names and names[-1]["end"] >= end - 1 and \
                (names[-1]["start"] == trim(text, label.start("rest"), end)[0] or
                 _role_shaped(ctx, text[label.start("rest"):names[-1]["start"]])):
            return [ctx.row("reported", start, label.end("label"), ctx.person_speaker(names[-1]), "headline")]
    if text[start] in ctx.lang.speech.QUOTE_PAIRS:
        return []  # "“…” – Name": a quotation with its signature, a direct quote
    for pattern in (ctx.p.HEADLINE_SAYS, ctx.p.HEADLINE_NAME_SAYS, ctx.p.HEADLINE_SIGNED):
        m = pattern.fullmatch(text, start, end)
        if m:
            speaker = ctx.name_filling(m.start("np"), m.end("np")) or _headline_surname(ctx, m.group("np")) or \
                _headline_body(ctx, m.group("np"))
            if speaker is not None:
                return [ctx.row("reported", start, m.end("claim"), speaker, m.groupdict().get("cue") or "headline")]
    return []


def _epithet(ctx: Speakers, claim: str) -> bool:
    """A title's words after "Name:" that describe the person rather than report a claim: a noun phrase opening
    with an article, with no verb form in it ("the man behind the village internet")."""
    words = claim.split()
    return bool(words) and words[0] in ("the", "a", "an") and not ctx.p.FINITE_VERB.search(claim) and \
        not any(w.endswith("ed") or w in ctx.lang.speech.IRREGULAR_PAST for w in words)


def _headline_surname(ctx: Speakers, phrase: str) -> Speaker | None:
    """A title signed by a surname the body introduces later ("…, Weller says" above "President Anton Weller
    said …"): the one person of the document with that surname."""
    word = phrase.strip()
    people = [p for p in ctx.people.people.values() if any(n.split()[-1] == word for n in p.spellings | {p.name})]
    if len(people) != 1 or not ctx.p.ONE_WORD.fullmatch(word):
        return None
    return Speaker(people[0].name, True, people[0].role, people[0].country, "adjacent name")


def _headline_body(ctx: Speakers, phrase: str) -> Speaker | None:
    """A body signing a title in a word or two: "Claim — Kremlin", "Claim — ministry", "Claim, agency says"
    (the short name is made canonical with the rest of the document's bodies)."""
    words = phrase.split()
    if 1 <= len(words) <= 2 and words[-1].casefold() in ctx.lang.speech.SPEAKING_BODIES and \
            all(w[:1].isupper() for w in words[:-1]):
        return Speaker(" ".join(words), False, None, None, "organisation")
    return None


def reported_in(ctx: Speakers, s: int, e: int, previous: tuple[int, int] | None, avoid, *,
                spoken: list[dict] = (), cut_at: int | None = None) -> list[dict]:
    """Reported speech in the sentence text[s:e]; `previous` is the sentence before, `spoken` the speech rows found
    so far (in text order), `cut_at` where a text cut off mid-sentence ends."""
    text = ctx.text
    out = []

    def add(speaker: Speaker | None, content_start: int, content_end: int, cue: str) -> None:
        """A row for the clause; one whose subject fits two people ("She said …" after two women) is kept without
        a speaker, as a quotation is."""
        if speaker is None or (speaker.reason and not speaker.unresolved) or content_end - content_start < 3:
            return
        if inside(content_start, avoid) and text[content_start] not in "“\"«":
            return
        content_start, content_end = trim(text, content_start, content_end)
        if _quotation_with_attribution(text, content_start, content_end):
            return
        out.append(ctx.row("reported", content_start, content_end, speaker, cue,
                            text[content_start:content_end].rstrip(".")))

    speech = ctx.lang.speech
    folded = text[s:e].casefold()  # the rarer frames below are scanned for only where their words occur
    for m in ctx.p.ACCORDING_TO.finditer(text, s, e):
        np = m.group("np")
        if is_document(ctx.lang, np) or np.split()[0] in ("which", "whom", "what"):
            continue
        if ctx.p.PREVIOUS_STATEMENT.fullmatch(np.strip()):
            # "According to the information/statement, …": the source that spoke or issued it in the sentence before
            aside = text[s:m.start()].rstrip().endswith(",") and text[s:m.start()].strip(" ,")
            add(_statement_source(ctx, previous, spoken), s if aside else m.end(), e, "according to")
            continue
        if _whole_quotation(text, m.end(), e):
            continue  # "According to X, “the whole clause.”": X's direct words, no words of the narrator
        # "The deal, according to Interfax, covers …": an aside inside the clause reports the whole sentence
        aside = text[s:m.start()].rstrip().endswith(",") and text[s:m.start()].strip(" ,")
        add(ctx.source_of(m.start("np"), m.end("np")), s if aside else m.end(), e, "according to")
    for m in ctx.p.AS_STATED_IN.finditer(text, s, e):
        if not is_document(ctx.lang, m.group("np")):
            add(ctx.speaker(m.start("np"), m.end("np")), m.end(), e, f"as {m.group('cue')}")
    nested = nested_asides(ctx, s, e, avoid)
    out += nested
    for m in ctx.p.AS_CUE.finditer(text, s, e):
        if m.group("np").split()[0].casefold() in ("it", "stated", "reported", "noted", "announced", "was", "is"):
            continue
        if not any(r["start"] <= m.start() < r["end"] for r in nested) and not _whole_quotation(text, m.end(), e):
            add(ctx.speaker(m.start("np"), m.end("np")), m.end(), e, "as " + m.group("verb"))
    for m in (ctx.p.IN_WORDS.finditer(text, s, e) if any(noun in folded for noun in speech.IN_WORDS_NOUNS) else ()):
        if _whole_quotation(text, m.end(), e):
            continue  # "In the words of X, “the whole clause.”": X's direct words, no words of the narrator
        if m.group("np"):
            mentions = ctx.people.mentions_in(m.start("np"), m.end("np"))
            add(ctx.person_speaker(mentions[0]) if mentions else None, m.end(), e, m.group("cue"))
        else:
            add(ctx.speaker(m.start("np2"), m.end("np2")), m.end(), e, m.group("cue2"))
    for m in ctx.p.CUE_THAT.finditer(text, s, e):
        cue = " ".join(m.group("cue").split())
        if cue in ctx.lang.speech.CONTINUING_PARTICIPLES and text[s:m.start("cue")].rstrip().endswith((",", " while", " when")):
            # "…,” X said, adding that …": the second clause is the same speaker's; "The plan is ready, X
            # noted, adding that …": so is the clause the attribution closes
            comma = text.rfind(",", s, m.start("cue"))
            first = None if _ends_with_quote(text, s, comma + 1) else _trailing(ctx, s, comma, False, avoid)
            if first is not None:
                dateline = match_dateline(text, s, first[1])
                add(first[0], dateline.end() if dateline else s, first[1], first[2])
            else:  # "X said the project was on schedule, stressing that …": the clause before the participle too
                zero = ctx.p.ZERO_THAT.search(text, s, comma)
                if zero:
                    _zero_that_clause(ctx, zero, s, comma, add)
            add(_attribution_before(ctx, s, m.start("cue")), m.end(), e, cue)
            continue
        for each in _subjects(ctx, s, m.start("cue")):
            add(each, m.end(), e, cue)  # "Banks X and Y announced that …": one row for each of them
    for m in (ctx.p.TOLD_BY.finditer(text, s, e) if any(v in folded for v in speech.PASSIVE_BY) else ()):
        add(ctx.speaker(m.start("np"), m.end("np")), m.end(), e, m.group("cue") + " by")
    questions = any(stem in folded for stem in speech.QUESTION_STEMS)
    for m in (ctx.p.ASKED_WH.finditer(text, s, e) if questions else ()):
        if text[max(s, m.start() - 12):m.start()].rstrip().endswith((" was", " were", " been", " being", " is", " are", "When", "when", ",")):
            continue  # "X was asked whether …", "X, asked whether …, said": X answers, the asker is not named
        if _finite_clause(ctx, m.end(), e):
            add(ctx.subject_before(s, m.start("cue")), m.end(), _question_end(ctx, m.end(), e), m.group("cue") + " " + m.group("wh"))
    for m in (ctx.p.ASKED_BY_WH.finditer(text, s, e) if questions else ()):
        asker = ctx.name_filling(m.start("np"), m.end("np")) or ctx.speaker(m.start("np"), m.end("np"))
        if _finite_clause(ctx, m.end(), e):
            add(asker, m.end(), _question_end(ctx, m.end(), e), "asked " + m.group("wh"))
    relative = any(cue in folded for cue in _spaced(speech.RELATIVE_CUES))
    for m in (ctx.p.RELATIVE_SAID.finditer(text, s, e) if relative else ()):
        if ctx.p.CUE_WORD.search(text, m.start("np"), m.end("np")):
            continue  # "that the minister said he said was": not one subject
        comma = text[max(s, m.start() - 3):m.start()].rstrip().endswith(",") and text.find(",", m.end(), e)
        add(ctx.speaker(m.start("np"), m.end("np")), m.end(), comma if comma and comma > 0 else e, m.group("cue"))
    for m in (ctx.p.PASSIVE_CUE.finditer(text, s, e) if any(o in folded for o in speech.PASSIVE_OPENERS) else ()):
        add(_named_body(ctx, s, m.start()), m.end(), e, "it was " + m.group("cue"))
    for m in (ctx.p.HOW_CUE.finditer(text, s, e) if any(verb in folded for verb in speech.HOW_VERBS) else ()):
        if ctx.p.ZERO_CLAUSE.match(text, m.end(), min(e, m.end() + 120)) or ctx.p.FINITE_VERB.search(text, m.end(), min(e, m.end() + 120)):
            add(ctx.subject_before(s, m.start("cue")), m.end(), e, m.group("cue") + " how")
    if not out:
        for m in ctx.p.ZERO_THAT.finditer(text, s, e):
            _zero_that_clause(ctx, m, s, e, add, cut_off=e == cut_at)
    for m in ctx.p.STANCE_THAT.finditer(text, s, e):
        mentions = [x for x in ctx.people.mentions_in(max(s, m.start() - 80), m.start() + 1) if x["end"] == m.start()]
        if mentions:
            add(ctx.person_speaker(mentions[-1]), m.end(), e, m.group("cue"))
    for m in (ctx.p.PRONOUN_STANCE_THAT.finditer(text, s, e) if any(p in folded for p in speech.POSSESSIVE_PRONOUNS) else ()):
        person = [x for x in ctx.people.mentions_in(m.start("pronoun"), m.end("pronoun")) if x["via"] == "pronoun"]
        if person:
            add(ctx.person_speaker(person[0]), m.end(), e, m.group("cue"))
    if not out:
        _mid_attribution(ctx, s, e, add)
    citing = None if out or not any(w in folded for w in speech.RELAY_WORDS) else ctx.p.CITING_TAIL.search(text, s, e)
    if citing and not inside(citing.start(), avoid):  # "…, TASS reported, citing the ministry.": the ministry's words
        dateline = match_dateline(text, s, citing.start())
        add(ctx.speaker(citing.start("np"), citing.end("np")), dateline.end() if dateline else s, citing.start(), "citing")
    statement = None if out or not any(n in folded for n in speech.STATEMENT_NOUNS) else ctx.p.TRAILING_SPEAKER_CUE.search(text, s, e)
    if statement and ctx.p.PREVIOUS_STATEMENT.fullmatch(statement.group("np").strip()) and not inside(statement.start(), avoid):
        # "…, the statement said.": the words of whoever gave the statement in the sentence before
        add(_statement_source(ctx, previous, spoken), s, statement.start(), statement.group("cue"))
    fragment = _clause_with_fragment(text, s, e, avoid)
    if not out and (fragment or not _ends_with_quote(text, s, e)):
        # "…, X said, AGENCY reports.": the agency is a source in its own right, and the person before it too
        agency, clause_end, relayed = None, e, False
        for pattern in (ctx.p.AGENCY_TAIL, ctx.p.RELAY_TAIL):
            tail = pattern.search(text, s, e)
            if tail and not inside(tail.start("np"), avoid):
                body = ctx.speaker(tail.start("np"), tail.end("np"))
                if body is not None and not body.reason and not body.is_person:
                    agency, clause_end, relayed = (body, tail.group("cue")), tail.start(), pattern is ctx.p.RELAY_TAIL
                    break
        found = _trailing(ctx, s, clause_end, fragment, avoid)
        content_end = found[1] if found else clause_end
        dateline = match_dateline(text, s, content_end) if found or agency else None  # read only by the rows below
        if found:
            add(found[0], dateline.end() if dateline else s, content_end, found[2])
        if agency and (found and not relayed or not found and not (relayed and ctx.p.CUE_WORD.search(text, s, clause_end))):
            # "…, X said, AGENCY reports": two sources; "…, said X, reported AGENCY": the outlet only relays X; "X
            # highlighted the “…,” AGENCY reported": the cue has no clause of its own, the outlet reports the sentence
            add(agency[0], dateline.end() if dateline else s, content_end, agency[1])
    elif out and any(w in folded for w in ("report", "writ", "inform")):
        _relayed_by_outlet(ctx, s, e, avoid, out)
    if previous and not out:
        out += back_pointing(ctx, s, e, previous)
    return out


def _zero_that_clause(ctx: Speakers, m, s: int, e: int, add, *, cut_off: bool = False) -> None:
    """The clause without "that" after the speech verb `m` matched ("said Kenya valued its ties"), up to `e`: one
    row for each subject of the verb, when the clause has a finite verb (or the text is cut off before it)."""
    text = ctx.text
    clause_end = min(e, m.end() + 80)
    named = [x for x in ctx.people.mentions_in(m.end(), m.end() + 60) if x["via"] != "pronoun"]
    if named and named[0]["start"] == m.end():
        return  # "said Alexander Turchin": the speaker, not a clause ("said he was" is a clause)
    finite = ctx.p.FINITE_VERB.search(text, m.end(), clause_end) or ctx.p.ZERO_CLAUSE.match(text, m.end(), clause_end) or \
        (cut_off and m.group("cue") not in ctx.lang.speech.LISTENER_VERBS and len(text[m.end():e].split()) >= CUT_OFF_WORDS)
    # (the text cut off before the clause's verb: "Mr Volin said one of the deciding factors for Russia to sw")
    if finite and not ctx.p.CUE_THAT.match(text, m.start()):
        for each in _subjects(ctx, s, m.start("cue")):
            add(each, m.end(), e, m.group("cue"))


def _relayed_by_outlet(ctx: Speakers, s: int, e: int, avoid, out: list[dict]) -> None:
    """"X said (that) …, Reuters reported.": the clauses end before the outlet's tail, and the outlet reporting them
    is a source in its own right (a second row on the same words)."""
    tail = ctx.p.AGENCY_TAIL.search(ctx.text, s, e)
    if not tail or inside(tail.start("np"), avoid):
        return
    body = ctx.speaker(tail.start("np"), tail.end("np"))
    if body is None or body.reason or body.is_person:
        return
    for row in list(out):
        if row["end"] > tail.start() >= row["start"] + 3:
            start, end = trim(ctx.text, row["start"], tail.start())
            row.update(end=end, text=ctx.text[start:end])
            out.append(ctx.row("reported", start, end, body, tail.group("cue")))


def _subjects(ctx: Speakers, s: int, cue_start: int) -> list[Speaker]:
    """Who speaks before a cue: the subject, or both people of "X and Y said" (one row each; the nearer name alone
    would drop the other)."""
    speaker = ctx.subject_before(s, cue_start)
    if speaker is not None and not speaker.is_person:
        return [speaker]
    joint = ctx.joint_subject(s, cue_start)
    if len(joint) == 2 and (speaker is None or speaker.name in {j.name for j in joint}):
        return joint
    return [speaker] if speaker is not None else []


def _quotation_with_attribution(text: str, start: int, end: int) -> bool:
    """Do the words text[start:end] open with a quotation closed by a comma, question or exclamation mark ("“We are
    ready,” X said")? Then they are a direct quote and its attribution: no words of the narrator are reported."""
    if text[start:start + 1] not in "“\"«":
        return False
    close = min((i for i in (text.find(c, start + 1, end) for c in "”\"»") if i > 0), default=-1)
    return close > 0 and text[close - 1] in ",?!"


MID_LEAD = 120  # characters of a clause's opening words before an attribution set off inside it
MID_SPEAKER = 80  # characters of the speaker between the commas


def _mid_attribution(ctx: Speakers, s: int, e: int, add) -> None:
    """"The deal, X said, will cover …": the first comma of the sentence opens an attribution whose cue is followed by
    the second comma and the rest of the clause with its finite verb; the whole sentence is X's."""
    text = ctx.text
    first = text.find(",", s, min(e, s + MID_LEAD))
    if first < s + 2 or ctx.p.MID_CUE_BREAK.search(text, s, first) or ctx.p.CUE_WORD.search(text, s, first):
        return
    for cue in ctx.p.CUE_WORD.finditer(text, first, min(e, first + MID_SPEAKER)):
        if "," in text[first + 1:cue.start()] or ctx.p.MID_CUE_BREAK.search(text, first, cue.start()):
            return
        tail = ctx.p.MID_CUE_TAIL.match(text, cue.end(), e)
        if tail and any(p.match(text, text.rfind(",", cue.end(), tail.end()), e) for p in (ctx.p.AGENCY_TAIL, ctx.p.RELAY_TAIL)):
            return  # "…, X said, TASS reported.": the attribution closes the clause, and an outlet relays it
        if tail and _finite_clause(ctx, tail.end(), e):
            add(ctx.speaker(first + 1, cue.start()), s, e, cue.group())
            return


def _finite_clause(ctx: Speakers, start: int, end: int) -> bool:
    """Does text[start:end] open with a clause that has a finite verb ("whether Kenya has …", not "how to …")?"""
    stop = min(end, start + 120)
    return bool(ctx.p.FINITE_VERB.search(ctx.text, start, stop) or ctx.p.ZERO_CLAUSE.match(ctx.text, start, stop))


def _question_end(ctx: Speakers, start: int, e: int) -> int:
    """Where an indirect question ends: before the main clause that answers it ("When asked whether …, X said
    that …"), else at the sentence's end."""
    answer = ctx.p.CUE_WORD.search(ctx.text, start, e)
    comma = ctx.text.rfind(",", start, answer.start()) if answer else -1
    return comma if comma > start else e


def _statement_source(ctx: Speakers, previous: tuple[int, int] | None, spoken: list[dict]) -> Speaker | None:
    """Who gave "the information/statement" an "according to" cites: the one speaker of the sentence before, or
    who it says issued a statement ("The ministry issued a statement on Monday.")."""
    if previous is None:
        return None
    last = _last_speaker(spoken, previous)
    if last is not None:
        return Speaker(last["speaker"], last["speaker_is_person"], last["speaker_role"], last["speaker_country"], last["attribution"])
    issued = ctx.p.ISSUED_STATEMENT.search(ctx.text, *previous)
    return ctx.subject_before(previous[0], issued.start("cue")) if issued else None


def _named_body(ctx: Speakers, s: int, end: int) -> Speaker | None:
    """The one body the sentence names before a passive cue ("At a meeting of the Kenyan ICT Ministry, it was
    noted that …"); none when a person, a second body or any other name stands there too."""
    if ctx.people.mentions_in(s, end):
        return None
    bodies = list(ctx.p.NAMED_BODY.finditer(ctx.text, s, end))
    if len(bodies) != 1:
        return None
    rest = ctx.text[s:bodies[0].start()] + " " + ctx.text[bodies[0].end():end]
    if any(w[:1].isupper() and w.strip(",.").casefold() not in ctx.lang.words.WEEKDAYS and ctx.lang.month_number(w.strip(",.")) is None
           for w in rest.split()[1:]):
        return None  # "… between the ministry and Sberbank": another name may be the source
    found = ctx.speaker(*bodies[0].span())
    return found if found is not None and not found.reason and not found.is_person else None


def _trailing(ctx: Speakers, s: int, e: int, fragment: bool, avoid) -> tuple[Speaker, int, str] | None:
    """A closing attribution of the clause text[s:e]: "…, noted X.", "…, X said at …", "…, according to X.",
    with roles in apposition before or after the name ("…, Role of Country X Y said", "…, X, Role, Role,
    told reporters", "…, X – Role (ABBR), said at …"). Returns (speaker, where the clause ends, cue)."""
    text = ctx.text
    for pattern in (ctx.p.TRAILING_CUE_SPEAKER, ctx.p.TRAILING_SPEAKER_CUE, ctx.p.TRAILING_ACCORDING):
        m = pattern.search(text, s, e)
        if m and pattern is ctx.p.TRAILING_ACCORDING and is_document(ctx.lang, m.group("np")):
            continue  # "…, according to the report": a document is not a speaker
        if m and pattern is ctx.p.TRAILING_CUE_SPEAKER and m.group("cue") in ctx.lang.speech.LISTENER_VERBS:
            continue  # "…, told TASS.": the listener, not the speaker
        if not m or inside(m.start(), avoid):
            continue
        exact = pattern is not ctx.p.TRAILING_CUE_SPEAKER
        np_start, np_end = m.start("np"), m.end("np")
        if not exact:  # "…, said X at a meeting with Y."
            adjunct = ctx.p.NAME_END.search(text, np_start, np_end)
            np_end = adjunct.start() if adjunct else np_end
        speaker = ctx.source_of(np_start, np_end) if pattern is ctx.p.TRAILING_ACCORDING else ctx.speaker(np_start, np_end, exact_end=exact)
        content_end = m.start()
        if pattern is ctx.p.TRAILING_SPEAKER_CUE:
            if speaker is None or speaker.reason or speaker.attribution == "unnamed role":  # a name a few commas back first
                speaker, content_end = _apposed_speaker(ctx, s, m.start(), np_start, np_end) or _relative_speaker(ctx, s, m.start(), np_start) or \
                    _listed_body(ctx, s, m.start(), np_end) or (speaker, content_end)
            elif speaker.is_person:
                content_end = _role_before(ctx, s, content_end, np_start, np_end)
        if not fragment and any(c in "”\"»’" for c in text[s:content_end].rstrip(" ,")[-1:] + text[content_end + 1:content_end + 2]):
            return None  # "“…,” the head of the agency, X, said.": the attribution of a direct quote
        if speaker is not None:
            return speaker, content_end, m.group("cue")
    return None


APPOSITION_PARTS = 4  # comma-separated roles an attribution may carry ("X, Chairman of the Board, Managing Director …")


def _apposed_speaker(ctx: Speakers, s: int, comma: int, np_start: int, np_end: int) -> tuple[Speaker, int] | None:
    """A name with roles in apposition before the cue: "…, X, Role, Role, told reporters" (the name a few
    commas back, every part between a role), "…, X – Role (ABBR), said" (the role after a dash)."""
    text = ctx.text
    dash = ctx.p.APPOSITION_DASH.search(text, np_start, np_end)
    if dash and role_phrase(ctx.lang, text[dash.end():np_end]):
        named = ctx.name_filling(np_start, dash.start())
        if named is not None:
            return named, comma
    if not role_phrase(ctx.lang, text[np_start:np_end]):
        return None
    end = comma
    for _ in range(APPOSITION_PARTS):
        previous = text.rfind(",", s, end)
        if previous < 0:
            return None
        named = ctx.name_filling(previous + 1, end)
        if named is not None:
            return named, previous
        part = text[previous + 1:end].strip()
        if not part[:1].isupper() or len(part.split()) > 12:
            return None
        end = previous
    return None


def _relative_speaker(ctx: Speakers, s: int, comma: int, np_start: int) -> tuple[Speaker, int] | None:
    """"…, X, who arrived on Monday, told reporters.": the relative clause before the cue is set off after the name."""
    if ctx.text[np_start:np_start + 4] not in ("who ", "who\u00a0"):
        return None
    previous = ctx.text.rfind(",", s, comma)
    named = ctx.apposed_name(s, comma) if previous > s else None
    return (named, previous) if named is not None else None


def _listed_body(ctx: Speakers, s: int, comma: int, np_end: int) -> tuple[Speaker, int] | None:
    """A body whose name lists fields with commas before the cue: "…, the Ministry of Digital Development,
    Communications and Mass Media of Russia told reporters" (the phrase after the last comma is only the tail)."""
    text, end = ctx.text, comma
    for _ in range(APPOSITION_PARTS):
        previous = text.rfind(",", s, end)
        if previous < 0:
            return None
        start, stop = trim(text, previous + 1, np_end)
        if ctx.p.ORGANISATION.fullmatch(text, start, stop) and not ctx.people.mentions_in(start, stop):
            return Speaker(" ".join(text[start:stop].split()), False, None, None, "organisation"), previous
        end = previous
    return None


def _role_before(ctx: Speakers, s: int, content_end: int, np_start: int, np_end: int) -> int:
    """Where the clause ends when the speaker's name has a role before it that spans commas ("…, Minister of
    Transport, Communications and Digital Affairs of Norway X Y said"): at the comma before the role."""
    text = ctx.text
    names = [m for m in ctx.people.mentions_in(np_start, np_end) if m["end"] >= np_end - 2]
    if not names:
        return content_end
    if names[-1]["start"] == np_start:  # "…, the head of the agency, Ivan Petrov, said": the role set off before
        previous = text.rfind(",", max(s, content_end - 80), content_end)
        return previous if previous >= s and _role_shaped(ctx, text[previous + 1:content_end]) else content_end
    name_start, best, end = names[-1]["start"], content_end, content_end
    for _ in range(APPOSITION_PARTS):
        previous = text.rfind(",", s, end)
        if previous < 0:
            break
        if _role_shaped(ctx, text[previous + 1:name_start]):
            best = previous
        end = previous
    if _role_shaped(ctx, text[content_end + 1:name_start]):
        return content_end
    return best


def _role_shaped(ctx: Speakers, phrase: str) -> bool:
    """A role phrase and nothing else: a role noun, and only capitalised words, connectors and role or
    organisation nouns ("Minister of Transport, Communications and Digital Affairs of Norway")."""
    people = ctx.lang.people
    words = [w.strip("“”\"«»()’'") for w in phrase.replace(",", " ").split()]
    words = [w for w in words if w]
    return 0 < len(words) <= 15 and role_phrase(ctx.lang, phrase) and all(
        w[:1].isupper() or w.casefold() in people.ROLE_CONNECTORS or w.casefold() in people.ROLE_CLASSES
        or w.casefold() in people.ORG_NOUNS or w.casefold() in people.DEPUTY_WORDS for w in words)


def _attribution_before(ctx: Speakers, s: int, offset: int) -> Speaker | None:
    """The speaker of the last attribution before `offset` in its sentence: "X said," or "said X,"."""
    cues = list(ctx.p.CUE_WORD.finditer(ctx.text, s, offset))
    if not cues:
        return None
    cue = cues[-1]
    speaker = ctx.subject_before(s, cue.start())
    if speaker is None and cue.group() not in ctx.lang.speech.LISTENER_VERBS:
        comma = ctx.text.find(",", cue.end(), offset)
        speaker = ctx.speaker(cue.end(), comma if comma >= 0 else offset)
    return speaker


def back_pointing(ctx: Speakers, s: int, e: int, previous: tuple[int, int]) -> list[dict]:
    """"This was announced by X" / "X made the statement": the previous sentence is X's, one row per speaker."""
    text = ctx.text
    sentence = text[s:e]
    m = ctx.p.BACK_BY.match(sentence) or ctx.p.BACK_MESSAGE.match(sentence)
    if m:
        np_start, np_end = s + m.start("np"), s + m.end("np")
    else:
        m = ctx.p.BACK_SUBJECT.match(sentence)
        if not m:
            return []
        np_start, np_end = s + m.start("np"), s + m.end("np")
    speakers = []
    mentions = ctx.people.mentions_in(np_start, np_end)
    if m.re is ctx.p.BACK_SUBJECT:
        mentions = [x for x in mentions if x["end"] >= np_end - 2]
    for mention in mentions:
        if mention["entity"] not in {sp.name for sp in speakers}:
            speakers.append(ctx.person_speaker(mention))
    if not speakers and m.re is ctx.p.BACK_SUBJECT:
        body = ctx.speaker(np_start, np_end)
        speakers = [body] if body and not body.reason else []
    p_start, p_end = previous
    dateline = match_dateline(text, p_start, p_end)
    if dateline:
        p_start = dateline.end()
    cue = " ".join(m.group("cue").split())
    return [ctx.row("reported", p_start, p_end, sp, cue, text[p_start:p_end].rstrip(".")) for sp in speakers]


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


def _whole_quotation(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one quotation and nothing else (a full stop after the closing mark aside)?"""
    words = text[start:end].strip().rstrip(".")
    return len(words) > 2 and words[0] in "“\"«" and words[-1] in "”\"»" and not any(c in words[1:-1] for c in "“”\"«»")


def _holding(offset: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of `spans` (sorted) that holds `offset`."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return spans[i] if i >= 0 and spans[i][0] <= offset < spans[i][1] else None


def _within(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """Does one of `spans` (sorted) hold all of [s, e)?"""
    i = bisect.bisect_right(spans, (s, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= s and e <= spans[i][1] + 1
