"""Russian quotations, transcript turns and reported speech, with their speakers.

How Russian news attributes speech (the forms of issue 13):
- a dash after the closing mark, then the verb, then the speaker: «…», — заявил министр; a split quotation
  goes on after «. — » («…, — отметил он. — …»); the verb agrees with the speaker in gender, so «сказала
  она» picks a woman; a press service speaks «в пресс-службе», a message («говорится в сообщении») for the
  body named before;
- reported speech: «X заявил, что …»; the cue after the clause («…, сообщил в среду министр X.»); «Об этом
  сообщил X» pointing back to the sentence before; «По словам X, …»; «В частности, отметил X, …»;
- a quotation inside a reported clause is that speaker's; one with no attribution continues the speaker
  of the paragraph before when there is exactly one;
- transcript labels open a line: «В.Путин:», «Си Цзиньпин (как переведено):», «Вопрос:», «Журнал «X»:».
Phrases next to a cue are resolved by `helpers.extract.people.ru.resolve`; a relaying outlet («сообщает
ТАСС») is never the speaker, and when two people fit the speaker stays empty with the reason.
"""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.document import Document
from helpers.extract.people import PeopleLayer
from helpers.extract.people.ru import resolve, titled_labels
from helpers.extract.quotes.pairing import Span, pair_quotations
from helpers.extract.quotes.speakers import NOBODY, Speaker, Speakers, inside
from helpers.lang import Language
from helpers.lang.ru import morph
from helpers.lang.ru.speech import NEWS_OUTLETS, SOURCE_FIGURES, quoting_verb_forms

NOT_SPACE = re.compile(r"\S")
JOINED_SUBJECT_CHARS = 120  # «, а первый заместитель министра финансов Игорь Носов добавил, что»
# «, а», «, и», «, тогда как»: where a second report of the same sentence may open («…, а министр Y добавил, что …»)
JOINED_REPORT = re.compile(r",[ \t\u00a0]+(?:а|и|тогда как|в то время как)[ \t\u00a0]+")
SUBJECT_ROLE_WORDS = 4  # «первый заместитель главы Минцифры»: a role phrase subject of a cue
NAME_COLON_WORDS = 8  # «Заместитель министра цифрового развития Игнат Светлов:»: a role and a name
SOURCE_PHRASE_WORDS = 8  # «источник, знакомый с ходом переговоров в правительстве»
PARTICIPLE_PHRASE_WORDS = 6  # «знакомого с ситуацией в компании»: longer, a comma more likely ends a clause
PREPOSITIONS = frozenset("в во на с со по о об обо за при к ко от до из для без через после перед между около у".split())
# Bodies named only by a word that points back («в сообщении ведомства»): the author is the body named before.
ANAPHORIC_BODIES = frozenset({"ведомство"})
# The nouns of «По словам X», «По данным X»: a sentence without one holds no such frame.
ACCORDING_WORDS = ("словам", "мнению", *SOURCE_FIGURES)
ATTRIBUTIONS = {"name": "adjacent name", "role": "role", "pronoun": "pronoun"}


def find_quotes_ru(doc: Document, people: PeopleLayer, lang: Language) -> list[dict]:
    ctx = Speakers(doc, people, lang)
    turns = _turn_rows(ctx) or _dash_turns(ctx)
    turn_spans = sorted((r["start"], r["end"]) for r in turns)
    spans, skipped = pair_quotations(ctx)
    # a quotation cut off by the end of an excerpt is still someone's words (gold: speaker from context)
    cut = [r for r in skipped if r["reason"].endswith("never closed") and not doc.text[r["end"]:].strip()]
    skipped = [r for r in skipped if r not in cut]
    spans = sorted(spans + [Span(r["start"], len(doc.text), r["start"] + 1, len(doc.text.rstrip())) for r in cut],
                   key=lambda span: span.open)
    reported = _reported_rows(ctx)
    rows = turns + reported + _direct_rows(ctx, spans, reported, turn_spans) + skipped
    if not any(r["kind"] == "direct" and r["cue"] == "—" for r in turns):
        rows += _dash_speech(ctx, spans)
    rows.sort(key=lambda r: r["start"])
    seen: dict[int, int] = {}
    for row in rows:  # f"{doc_id}:q{start}", a second row from the same offset "-2", as the shared finder names them
        seen[row["start"]] = seen.get(row["start"], 0) + 1
        row["quote_id"] = f"{doc.doc_id}:q{row['start']}" + (f"-{seen[row['start']]}" if seen[row["start"]] > 1 else "")
    return rows


# -- speakers ------------------------------------------------------------------------------------------

def _speaker(ctx: Speakers, start: int, end: int, cue: str | None) -> Speaker:
    """Who the phrase after or before a cue names; a body («пресс-служба X») as written, in the nominative."""
    text, p = ctx.text, ctx.lang.patterns
    if cue and cue.split()[0].lower() in quoting_verb_forms():  # «— приводит пресс-служба слова министра X»: X spoke
        owner = re.search(r"(?<!\w)слова[ \t\u00a0]+", text[start:end])
        if owner is None:
            return Speaker(reason="a quoting verb without whose words")
        start += owner.end()
    start, end = _skip_listeners(ctx, start, end)
    if cue and start < end and morph.token_key(cue.split()[0].lower()) in ctx.lang.speech.RELAY_VERBS:
        medium = p.MEDIUM.match(text, start, end)
        if medium:  # «пишет газета «Ведомости»»: relayed; «… со ссылкой на источник»: the source speaks
            start, end = _skip_listeners(ctx, medium.end(), end)
            if start >= end:
                return Speaker(reason="a medium relaying")
    if start >= end:
        return Speaker(reason="no speaker after the cue")
    body = p.BODY.match(text, start, end)
    names = ctx.people.mentions_in(start, end + 1)
    if body and not names:
        return _body(ctx, body, start)
    quoted = _quoted_body(ctx, start, end)
    if quoted and not names:  # «— сообщили в компании «Телесеть»»
        return quoted
    place = p.IN_BODY.fullmatch(text, start, end) if cue and _plural(cue) else None
    if place and not names:  # «…», — заявили в Минцифры
        return _organisation_in(place)
    source = _unnamed_source(ctx, start, end) if not names else None
    if source:  # «…, сообщил источник на рынке»
        return source
    person, how = resolve(ctx.lang, ctx.people, text, start, end, morph.verb_gender(cue.split()[0]) if cue else None)
    if person is None:
        return _role_as_written(ctx, start, end, how) or Speaker(reason=how)
    return Speaker(person.name, True, person.role, person.country, ATTRIBUTIONS[how])


def _plural(cue: str) -> bool:
    """A plural speech verb, past or present («сообщили», «отмечают», «говорят»): its subject is a body («в Минцифры»)."""
    return cue.split()[0].lower().endswith(("ли", "ют", "ят", "ут", "ат"))


def _skip_listeners(ctx: Speakers, start: int, end: int) -> tuple[int, int]:
    """Drop what sits between a cue and its speaker: a listener in the dative («журналистам», «ТАСС»), time
    words («в среду»), «в интервью X», a participle phrase («находящийся в Гаване с визитом»)."""
    text = ctx.text
    outlets = ctx.lang.speech.NEWS_OUTLETS
    while start < end:
        m = re.match(r"[ \t\u00a0,]*(\S+)", text[start:end])
        if not m:
            break
        word = m.group(1).strip(",")
        lower = word.lower()
        skip = None
        relay = ctx.lang.patterns.RELAY_PHRASE.match(text, start, end)
        if relay:  # «ТАСС со ссылкой на источник»: the source follows
            skip = relay.end() - start
        elif word in outlets or word.upper() in _upper(outlets) or lower in ("журналистам", "репортерам", "корреспонденту", "изданию", "агентству", "новости", "также"):
            skip = m.end()
        elif lower in ("в", "во", "на") and ctx.lang.patterns.BODY.match(text, start + m.start(1), end) is None:
            nxt = re.match(r"[ \t\u00a0,]*(?:в|во|на)[ \t\u00a0]+(\S+)", text[start:end])
            noun = nxt.group(1).lower() if nxt else ""
            if noun.startswith(("интервью", "беседе", "разговоре", "эфире", "ходе", "рамках")):
                # «в интервью РИА Новости», «в беседе с X»: up to the next role or name
                rest = ctx.lang.patterns.ROLE_WORD.search(text, start + nxt.end(), end)
                names = ctx.people.mentions_in(start + nxt.end(), end + 1)
                stops = [x for x in ((rest.start() if rest else None), (names[0]["start"] if names else None)) if x is not None]
                skip = (min(stops) - start) if stops else None
            elif morph.token_key(noun) in ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"):
                skip = nxt.end()
        elif morph.verb_gender(word) is None and any(a.tag.POS == "PRTF" for a in morph.parses(lower)[:1]):
            rest = ctx.lang.patterns.ROLE_WORD.search(text, start + m.end(), end)  # «находящийся в Гаване … глава»
            skip = (rest.start() - start) if rest else None
        if not skip:
            break
        start += skip
    while start < end and text[start] in " \t\u00a0,":
        start += 1
    return start, end


@lru_cache(maxsize=4)
def _upper(words: frozenset[str]) -> frozenset[str]:
    """The words in capitals («РИА НОВОСТИ»), made once per word list, not per cue."""
    return frozenset(w.upper() for w in words)


def _body(ctx: Speakers, body: re.Match, start: int) -> Speaker:
    """«в пресс-службе Мингорисполкома» -> «пресс-служба Мингорисполкома»; «в сообщении» -> the body named before."""
    head = body.group("head")
    messages = ("сообщени", "заявлени", "пресс-релиз", "релиз")
    if head.lower().startswith(messages):
        after = NOT_SPACE.search(ctx.text, body.end("head"))
        named_body = ctx.lang.patterns.QUOTED_BODY.match(ctx.text, after.start()) if after else None
        quoted = _quoted_body(ctx, named_body.start(), named_body.end()) if named_body else None
        if quoted:  # «говорится в релизе компании «Телесвязь»»
            return quoted
    author = next((m for m in ctx.lang.patterns.BODY.finditer(ctx.text, body.end("head"), body.end())
                   if not m.group("head").lower().startswith(messages) and morph.token_key(m.group("head").lower()) not in ANAPHORIC_BODIES),
                  None) if head.lower().startswith(messages) else None
    if author:  # «говорится в заявлении пресс-службы МИД»: the message names its author
        body, head = author, author.group("head")
    if head.lower().startswith(messages):
        author_named = _genitive_tail(ctx.text, body.end("head"), body.end("head") + 300)
        if author_named and morph.token_key(author_named.lower()) not in ANAPHORIC_BODIES:
            # «говорится в сообщении Минцифры», «в заявлении компании»: its author as written
            first, space, rest = author_named.partition(" ")
            return Speaker((first if first[:1].isupper() else _nominative_noun(first)) + space + rest, False, None, None, "organisation")
        earlier = [m for m in ctx.lang.patterns.BODY.finditer(ctx.text, max(0, start - 1500), start)
                   if not m.group("head").lower().startswith(messages)]
        named_bodies = [q for m in ctx.lang.patterns.QUOTED_BODY.finditer(ctx.text, max(0, start - 1500), start)
                        if (q := _quoted_body(ctx, m.start(), m.end())) is not None]
        if named_bodies and (not earlier or earlier[-1].start() < ctx.text.rfind(named_bodies[-1].name.split()[-1], 0, start)):
            return named_bodies[-1]  # «Компания «Телесвязь» выпустила релиз. Согласно релизу, …»
        if not earlier:
            return Speaker(reason="a message whose author the text does not name")
        body = earlier[-1]
        head = body.group("head")
    nominative = head if head.isupper() else _nominative_noun(head)  # «в заявлении МИД»: an acronym as written
    if head[:1].isupper() and body.start("head") > body.start():  # «в Кремле»: capitalised after «в», a proper name
        nominative = nominative.capitalize()
    tail = _genitive_tail(ctx.text, body.end("head"), body.end("head") + 300)
    if not tail:  # «рассказали в пресс-службе»: the press service named fully before
        for earlier in reversed(list(ctx.lang.patterns.BODY.finditer(ctx.text, max(0, start - 2000), start))):
            if _nominative_noun(earlier.group("head")) == nominative:
                tail = _genitive_tail(ctx.text, earlier.end("head"), earlier.end("head") + 300)
                if tail:
                    break
    name = " ".join(f"{nominative} {tail}".split())
    return Speaker(name, False, None, None, "organisation")


def _role_as_written(ctx: Speakers, start: int, end: int, how: str) -> Speaker | None:
    """«Представитель ведомства сообщил», «по словам представителя министерства»: a role with its body, when
    nobody is named before it, is the speaker as written, in the nominative (gold: a source never named is the
    role as written). A bare role («министр») stays unresolved."""
    words = ctx.text[start:end].split()
    if not how.startswith("could not tell") or len(words) < 2 or len(words) > 6 \
            or not ctx.lang.patterns.ROLE_WORD.fullmatch(words[0]) or any(m["start"] < start for m in ctx.people.mentions):
        return None  # anyone named before may be the one meant («Михаил Мишустин … Глава правительства подчеркнул»)
    head = _nominative_noun(words[0], keep_number=True)  # «аналитики банка» are several
    head = head.capitalize() if words[0][:1].isupper() else head
    return Speaker(" ".join([head, *words[1:]]), False, None, None, "role")


def _unnamed_source(ctx: Speakers, start: int, end: int) -> Speaker | None:
    """«источник на рынке», «источника, знакомого с ситуацией», «осведомленный источник», «собеседник агентства»:
    a source the text never names, as written in the nominative (gold: the role as written), whoever was named
    before it (a source is the one the text will not name)."""
    words = ctx.text[start:end].split()
    nouns = [i for i, w in enumerate(words[:2]) if morph.token_key(w.strip(",").lower()) in ctx.lang.speech.UNNAMED_SOURCES]
    if not nouns or len(words) > SOURCE_PHRASE_WORDS:
        return None
    noun = nouns[0]
    if noun and not any(a.tag.POS in ("ADJF", "PRTF") for a in morph.parses(words[0].lower())[:1]):
        return None  # «Марат источник» is no source phrase
    nominative = [_agreeing_nominative(w) for w in words[:noun]] + [_nominative_noun(words[noun].rstrip(",")) + ("," if words[noun].endswith(",") else "")]
    rest = words[noun + 1:]
    if rest and words[noun].endswith(","):  # «источника, знакомого с ситуацией»: the participle agrees
        rest = [_agreeing_nominative(rest[0]), *rest[1:]]
    phrase = " ".join(nominative + rest)
    return Speaker(phrase[:1].upper() + phrase[1:] if words[0][:1].isupper() else phrase, False, None, None, "unnamed source")


def _agreeing_nominative(word: str) -> str:
    """An adjective or participle agreeing with a masculine noun, in the nominative («знакомого» -> «знакомый»)."""
    for parse in morph.parses(word.lower()):
        if parse.tag.POS in ("ADJF", "PRTF"):
            form = parse.inflect({"nomn", "sing", "masc"})
            if form:
                return form.word
    return word


def _participle_phrase_end(text: str, start: int, end: int) -> int:
    """Where a participle phrase set off after a source ends («…, знакомого с ситуацией, …»): the next comma
    when the words at `start` open with a participle, else `start`."""
    word = re.match(r"[ \t\u00a0]*([^\W\d_]+)", text[start:end])
    if not word or not any(a.tag.POS in ("PRTF", "ADJF") and {"gent", "sing"} <= a.tag.grammemes
                           for a in morph.parses(word.group(1).lower())[:2]):
        return start
    comma = text.find(",", start, end)
    return comma if comma > 0 and len(text[start:comma].split()) <= PARTICIPLE_PHRASE_WORDS else start


def _quoted_body(ctx: Speakers, start: int, end: int) -> Speaker | None:
    """«в компании «Телесеть»» -> «компания «Телесеть»», «ПАО «Связьинвест»» as written: a body noun (or a
    legal form) and its name in quotes filling the whole phrase."""
    m = ctx.lang.patterns.QUOTED_BODY.fullmatch(ctx.text, start, end)
    if m is None:
        return None
    head = m.group("head")
    if head not in ctx.lang.speech.CORPORATE_PREFIXES:
        if morph.token_key(head) not in ctx.lang.speech.SPEAKING_BODIES | ctx.lang.people.ORG_NOUNS:
            return None
        head = _nominative_noun(head) if not head[:1].isupper() else _nominative_noun(head).capitalize()
    return Speaker(f"{head} {m.group('name')}", False, None, None, "organisation")


def _genitive_tail(text: str, start: int, end: int) -> str:
    """The name after a body's head noun, up to a preposition, a verb, a participle or a full stop
    («Министерства цифрового развития, инноваций и аэрокосмической промышленности Казахстана»)."""
    words = []
    for m in re.finditer(r"([ \t\u00a0]*,?[ \t\u00a0]+)([^ \t\u00a0\n.,;:!?«»\"“”()]+)", text[start:end]):
        if m.start() != sum(len(w[0]) + len(w[1]) for w in words):
            break
        word = m.group(2)
        lower = word.lower()
        if "," in m.group(1) and not (any("gent" in a.tag.grammemes for a in morph.parses(lower)[:3])
                                      and re.match(r"[^,.;:!?\n]*[ \t\u00a0]и[ \t\u00a0]", text[start + m.start(2):end])):
            break  # a list of names in the genitive goes on after a comma up to its «и»; a new clause does not
        if word in NEWS_OUTLETS:
            break  # «В министерстве ТАСС уточнили»: the agency heard it
        if lower in PREPOSITIONS or any(a.tag.POS in ("VERB", "GRND", "PRTF", "PRTS", "INFN", "ADVB", "CONJ", "PRCL") for a in morph.parses(lower)[:1]) \
                and lower != "и":
            break
        words.append((m.group(1), word))
    while words and words[-1][1].lower() == "и":
        words.pop()
    return "".join(sep + word for sep, word in words).strip(" ,")


def _nominative_noun(word: str, keep_number: bool = False) -> str:
    """The noun in the nominative singular; with `keep_number`, a plural stays plural («аналитиков» -> «аналитики»)."""
    for parse in morph.parses(word.lower()):
        if parse.tag.POS == "NOUN":
            form = parse.inflect({"nomn", "plur" if keep_number and parse.tag.number == "plur" else "sing"})
            if form:
                return form.word
    return word.lower()


# -- direct quotations ---------------------------------------------------------------------------------

def _direct_rows(ctx: Speakers, spans, reported: list[dict], turns: list[tuple[int, int]]) -> list[dict]:
    text, p = ctx.text, ctx.lang.patterns
    rows: list[dict] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        speaker, cue, end, words = None, None, span.end, text[span.start:span.end]
        inner = p.DASH_CUE.search(text, span.start, span.end)  # "…, - сказал он. - …" inside one pair of marks
        if inner and text[inner.end():inner.end() + 1] == "." and p.SPLIT_REST.match(text, inner.end(), span.end):
            speaker, cue = _speaker(ctx, inner.start("np"), inner.end("np"), inner.group("cue")), inner.group("cue")
            rest = p.SPLIT_REST.match(text, inner.end(), span.end)
            words = (text[span.start:inner.start("cue")].rstrip(" —–-") + " " + text[rest.end():span.end]).strip()
        elif inner and not text[inner.end():span.end].strip(" .") and text[span.start:inner.start()].strip():
            # «Бюджет сбалансирован, — отметила министр»: the attribution closes the quotation inside its marks
            speaker, cue = _speaker(ctx, inner.start("np"), inner.end("np"), inner.group("cue")), inner.group("cue")
            words = text[span.start:inner.start()].strip()
        after = p.DASH_CUE.match(text, span.close + 1, min(len(text), span.close + 300)) if speaker is None else None
        if after:
            speaker, cue = _speaker(ctx, after.start("np"), after.end("np"), after.group("cue")), after.group("cue")
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            rest = p.SPLIT_REST.match(text, after.end())
            if nxt and rest and nxt.open == rest.end():  # «…, — отметил он. — «…»»: one quotation
                words = f"{words} {text[nxt.start:nxt.end]}"
                end = nxt.end
                i += 1
            elif rest and text[rest.end():rest.end() + 1] not in "«\"“„":
                line_end = text.find("\n", rest.end())
                line_end = len(text) if line_end < 0 else line_end
                if not p.DASH_CUE.search(text, rest.end(), line_end):  # «…, — сказал он. — Ещё одна фраза.» unquoted second half
                    words = f"{words} {text[rest.end():line_end].strip()}"
                    end = line_end
        dash_attributed = speaker is not None  # «…», — сказал X: speech however short («Мы готовы»)
        if speaker is None:  # «X отметил, что "…"»: the whole clause quoted
            sentence = _sentence_start(ctx, span.open)
            that = p.CUE_THAT.search(text, sentence, span.open)
            if that and that.end() == span.open:
                speaker, cue = _subject(ctx, sentence, that.start(), that.group("cue"), rows + reported), that.group("cue")
        if speaker is None:
            before = p.CUE_BEFORE_QUOTE.search(text, max(0, span.open - 120), span.open)
            if before and text[before.end() - 1:before.end()].strip() in (":",) or (before and before.group().rstrip().endswith(":")):
                sentence = _sentence_start(ctx, before.start())
                speaker, cue = _subject(ctx, sentence, before.start(), before.group("cue")), before.group("cue")
        if speaker is None:
            speaker, cue = _name_colon_speaker(ctx, span.open), ":"
        if speaker is None or speaker.reason and not speaker.name and not dash_attributed and _is_term(ctx, span):
            holder = next((r for r in reported if r["start"] <= span.open < r["end"] and r["speaker"]), None)
            if _is_term(ctx, span) or inside(span.open, turns):
                i += 1
                continue
            elif holder:
                speaker, cue = _as_speaker(holder), "context"
            else:
                speaker, cue = _context_speaker(ctx, span.open, rows + reported) or (NOBODY, None)
        row = ctx.row("direct", span.start, end, speaker, cue, words)
        rows.append(row)
        i += 1
    return rows


def _name_colon_speaker(ctx: Speakers, opening: int) -> Speaker | None:
    """«Глава Минцифры Максут Шадрин: «Мы не будем…»»: a name (with its role) and a colon right before the
    quotation, no verb: the name speaks."""
    colon = re.search(r":[ \t\u00a0]*$", ctx.text[max(0, opening - 5):opening])
    if colon is None:
        return None
    colon_at = max(0, opening - 5) + colon.start()
    sentence = _sentence_start(ctx, colon_at)
    names = ctx.people.mentions_in(sentence, colon_at + 1)
    if not names or names[-1]["end"] < colon_at - 1 or len(ctx.text[sentence:colon_at].split()) > NAME_COLON_WORDS \
            or ctx.lang.patterns.CUE_WORD.search(ctx.text, sentence, colon_at):
        return None
    person = ctx.people.person(names[-1]["entity"])
    return Speaker(person.name, True, person.role, person.country, "adjacent name") if person else None


def _is_term(ctx: Speakers, span) -> bool:
    """A title, scare quote or saying: short, mostly capitalised, after a naming word («программа "…"») or after
    «как говорится»."""
    words = ctx.text[span.start:span.end].split()
    before = ctx.text[max(0, span.open - 40):span.open].split()
    previous = morph.token_key(before[-1].strip(":,")) if before else ""
    capitalised = sum(w[:1].isupper() for w in words)
    # «план разработки "Дорожной карты …"»: a capitalised quotation governed by a noun mid-sentence is a title
    governed = bool(before) and before[-1].isalpha() and before[-1].islower() and words[:1] != [] and words[0][:1].isupper() \
        and previous not in ("что", "чтобы") and ctx.lang.patterns.CUE_WORD.fullmatch(before[-1]) is None
    saying = ctx.lang.patterns.SAYING.search(ctx.text, max(0, span.open - 40), span.open)  # «Как говорится, «…»»
    return saying is not None or previous in ctx.lang.speech.TITLE_CUES or len(words) <= 2 or capitalised >= 0.6 * len(words) or governed


def _context_speaker(ctx: Speakers, offset: int, rows: list[dict]) -> tuple[Speaker, str] | None:
    """A quotation without attribution continues the one speaker of the paragraph before or its own."""
    paragraph_start = ctx.text.rfind("\n", 0, offset) + 1
    previous_start = ctx.text.rfind("\n", 0, max(0, paragraph_start - 2)) + 1
    while previous_start > 0 and not ctx.text[previous_start:paragraph_start].strip():
        previous_start = ctx.text.rfind("\n", 0, previous_start - 1) + 1
    near = [r for r in rows if previous_start <= r["start"] < offset and r["speaker"]]
    if ctx.people.mentions_in(paragraph_start, offset):
        return None
    speakers = {r["speaker"] for r in near}
    if len(speakers) == 1:
        return _as_speaker(near[-1]), "context"
    return None


def _as_speaker(row: dict) -> Speaker:
    return Speaker(row["speaker"], row["speaker_is_person"], row["speaker_role"], row["speaker_country"], row["attribution"])


# -- transcript turns ----------------------------------------------------------------------------------

def _turn_rows(ctx: Speakers) -> list[dict]:
    """A line opening with a label and a colon starts a turn that runs to the next label."""
    text, p = ctx.text, ctx.lang.patterns
    titled = titled_labels(ctx.lang, text)  # «В.ПУТИН:» read as «В.Путин:»
    labels, weak = [], []
    for m in re.finditer(r"(?m)^", text):
        label = p.TURN_LABEL.match(titled, m.start())
        if label and _is_label(ctx, label):
            labels.append(label)
        elif label and _is_weak_label(ctx, label):
            weak.append(label)
    if labels and weak:  # «Президент:», «РБК:» take turns in a dialogue another label shows
        labels = sorted(labels + weak, key=lambda label: label.start())
    if len(labels) == 1 and _is_headline(text, labels[0].start()):
        line_end = text.find("\n", labels[0].end())
        line_end = len(text) if line_end < 0 else line_end
        if not p.VOICE.search(text, labels[0].end(), line_end):
            return []  # «Зеленцова: правительство поддержит стартапы»: a headline reporting, not a turn
    rows = _opening_turn(ctx, labels)
    for n, label in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        body_end = len(text[:end].rstrip())
        if body_end <= label.end():
            continue
        rows.append(ctx.row("transcript", label.end(), body_end, _label_speaker(ctx, label), "label",
                            text[label.end():body_end].strip()))
    return rows


def _opening_turn(ctx: Speakers, labels: list[re.Match]) -> list[dict]:
    """An excerpt opening mid-answer: the first-person paragraphs right before the first label of a dialogue
    between two speakers are the words of the one that label does not name."""
    speakers = []
    for label in labels:
        speaker = _label_speaker(ctx, label)
        if speaker.name not in [s.name for s in speakers]:
            speakers.append(speaker)
    if len(labels) < 2 or len(speakers) != 2:
        return []
    text, first = ctx.text, labels[0].start()
    start = first
    while True:  # back over voiced paragraphs
        end = len(text[:start].rstrip())
        if end <= 0:
            break
        paragraph_start = text.rfind("\n", 0, end) + 1
        if not ctx.lang.patterns.VOICE.search(text, paragraph_start, end):
            break
        start = paragraph_start
    if start == first:
        return []
    other = next(s for s in speakers if s.name != _label_speaker(ctx, labels[0]).name)
    body_end = len(text[:first].rstrip())
    return [ctx.row("transcript", start, body_end, other, "label", text[start:body_end].strip())]


def _dash_turns(ctx: Speakers) -> list[dict]:
    """An interview printed as dash-led paragraphs after an intro naming the outlet and the interviewee
    («в интервью журналу «X» рассказывает … Имя Фамилия»): a question (it asks, or addresses the interviewee)
    is the outlet's, an answer the interviewee's; each runs to the next dash-led paragraph."""
    text, p = ctx.text, ctx.lang.patterns
    starts = [m.start() for m in re.finditer(r"(?m)^", text) if p.DASH_PARAGRAPH.match(text, m.start())]
    if len(starts) < 2:
        return []
    intro = p.INTERVIEW_INTRO.search(text, 0, starts[0])
    if intro is None:
        return []
    outlet = f"{_nominative_noun(intro.group('outlet'))} {intro.group('title')}"
    names = ctx.people.mentions_in(_sentence_start(ctx, intro.start()), starts[0])  # «X ответил на вопросы газеты «Y»»
    if not names:
        return []
    person = ctx.people.person(names[-1]["entity"])
    interviewee = Speaker(person.name, True, person.role, person.country, "adjacent name")
    asker = Speaker(outlet, False, None, None, "organisation")
    rows = []
    for n, start in enumerate(starts):
        end = len(text[:starts[n + 1] if n + 1 < len(starts) else len(text)].rstrip())
        body = p.DASH_PARAGRAPH.match(text, start).end()
        line_end = text.find("\n", body)
        first_paragraph = text[body:line_end if line_end >= 0 else end]
        question = "?" in first_paragraph
        rows.append(ctx.row("direct", body, end, asker if question else interviewee, "—", text[body:end].strip()))
    return rows


def _dash_speech(ctx: Speakers, spans) -> list[dict]:
    """Direct speech printed without quotation marks: a paragraph opening with a dash, its words up to the
    attribution («— Мы готовы, — сказал министр. — Сроки не изменятся.»), the second half after «. — »."""
    text, p = ctx.text, ctx.lang.patterns
    rows = []
    for line in re.finditer(r"(?m)^.*$", text):
        lead = p.DASH_PARAGRAPH.match(text, line.start(), line.end())
        if lead is None or any(line.start() <= span.open < line.end() for span in spans):
            continue
        cue = p.DASH_CUE.search(text, lead.end(), line.end())
        if cue is None or text[lead.end():cue.start()].count(" ") < 1:
            continue
        speaker = _speaker(ctx, cue.start("np"), cue.end("np"), cue.group("cue"))
        words = text[lead.end():cue.start("cue")].rstrip(" —–-")
        end = cue.start()
        rest = p.SPLIT_REST.match(text, cue.end(), line.end())
        if rest:
            words = f"{words} {text[rest.end():line.end()].strip()}"
            end = len(text[:line.end()].rstrip())
        rows.append(ctx.row("direct", lead.end(), end, speaker if speaker.name else NOBODY if not speaker.reason else speaker,
                            cue.group("cue"), words))
    return rows


def _is_label(ctx: Speakers, label: re.Match) -> bool:
    name = label.group("label")
    if name in ctx.lang.speech.TURN_LABELS or "«" in name or ctx.lang.patterns.INITIALS.match(name) or "(" in label.group():
        return True
    return bool(ctx.people.mentions_in(label.start(), label.end("label") + 1))


def _is_weak_label(ctx: Speakers, label: re.Match) -> bool:
    """A role noun or a news outlet as a label («Президент:», «РБК:»): a turn only beside a surer label."""
    name = label.group("label")
    return not label.group("role") and (name in ctx.lang.speech.NEWS_OUTLETS or ctx.lang.patterns.ROLE_WORD.fullmatch(name) is not None)


def _label_speaker(ctx: Speakers, label: re.Match) -> Speaker:
    name = label.group("label")
    names = ctx.people.mentions_in(label.start(), label.end("label") + 1)
    if names and not ctx.lang.patterns.INITIALS.match(name):  # initials as written: the text gives no more
        person = ctx.people.person(names[-1]["entity"])
        return Speaker(person.name, True, person.role, person.country, "adjacent name")
    return Speaker(" ".join(name.split()), name not in ctx.lang.speech.TURN_LABELS and "«" not in name or None, None, None, "label")


# -- reported speech -----------------------------------------------------------------------------------

def _is_headline(text: str, start: int) -> bool:
    """A short line without a closing full stop, followed by more text: a headline."""
    end = text.find("\n", start)
    line = text[start:end].strip() if end >= 0 else ""
    return bool(line) and len(line.split()) <= 16 and not line.endswith((".", "!", "?", ":")) and NOT_SPACE.search(text, end) is not None


def _headline_rows(ctx: Speakers) -> list[dict]:
    """Headlines that report: «Сотрудничество стало приоритетом – Лесницкий» (claim, dash, a person named in
    the story) and «Зеленцова: правительство поддержит стартапы» (a person, a colon, a claim in the third person)."""
    text, p = ctx.text, ctx.lang.patterns
    rows = []
    for line in re.finditer(r"(?m)^[^\n]+$", text):
        if not _is_headline(text, line.start()):
            continue
        dash = p.HEADLINE_DASH_SPEAKER.fullmatch(line.group())
        label = p.TURN_LABEL.match(text, line.start(), line.end())
        if dash:
            start, end, claim_start, claim_end = (line.start() + dash.start("np"), line.start() + dash.end("np"),
                                                  line.start(), line.start() + dash.end("claim"))
        elif label and not label.group("role") and not p.VOICE.search(text, label.end(), line.end()) \
                and label.group("label") not in ctx.lang.speech.TURN_LABELS:
            start, end, claim_start, claim_end = label.start("label"), label.end("label"), label.end(), line.end()
        else:
            continue
        names = ctx.people.mentions_in(start, end + 1)
        person = ctx.people.person(names[-1]["entity"]) if names else None
        if person is None or len(text[claim_start:claim_end].split()) < 3:
            continue
        rows.append(ctx.row("reported", claim_start, claim_end, Speaker(person.name, True, person.role, person.country,
                                                                        "adjacent name"), "headline",
                            text[claim_start:claim_end].strip()))
    return rows


def _reported_rows(ctx: Speakers) -> list[dict]:
    text, p = ctx.text, ctx.lang.patterns
    rows = _headline_rows(ctx)
    sentences = ctx.sentences(0, len(text))
    for n, (s, e) in enumerate(sentences):
        sentence = text[s:e]
        if p.IMPERSONAL.match(sentence.lstrip()):
            continue
        back = p.BACK_POINTING.match(text, s, e)
        if back and n > 0:
            ps, pe = sentences[n - 1]
            ps = _after_dateline(text, ps, pe)
            speaker = _speaker(ctx, back.start("np"), back.end("np"), back.group("cue"))
            if not speaker.name and back.group("pre").strip():
                speaker = _speaker(ctx, back.start("pre"), back.end("pre"), back.group("cue"))
            if speaker.name:
                rows.append(ctx.row("reported", ps, pe, speaker, back.group("cue"), _clause(text, ps, pe)))
            continue
        # each frame is searched only in a sentence holding the word or mark it cannot match without
        according = p.ACCORDING_TO.search(text, s, e) if any(w in sentence for w in ACCORDING_WORDS) else None
        if according and according.start() - s < 60:
            if according.group("pron"):
                speaker = _pronoun_speaker(ctx, according.start(), according.group("pron"), rows)
            else:
                speaker = NOBODY
                if according.group("np"):  # «По словам источника, знакомого с ситуацией, …»: the phrase is the source's
                    np_end = _participle_phrase_end(text, according.end(), e)
                    speaker = _speaker(ctx, according.start("np"), np_end if np_end > according.end() else according.end("np"), None)
                    if not speaker.name and according.group("cue") in SOURCE_FIGURES:
                        speaker = _figures_owner(ctx, according.start("np"), according.end("np"))
                    clause_start = np_end + 1 if np_end > according.end() else according.end()
            if speaker.name:
                clause_start = clause_start if according.group("np") and not according.group("pron") else according.end()
                clause_start = _past_named_speaker(ctx, speaker, clause_start, e)
                clause_start = NOT_SPACE.search(text, clause_start, e).start()
                rows.append(ctx.row("reported", clause_start, e, speaker, according.group("cue"), _clause(text, clause_start, e)))
                continue
        message = p.PER_MESSAGE.match(text, s, e)
        if message:  # «Согласно сообщению, …»: the message of the body that spoke last, else of one named before
            bodies = [r for r in rows if r["speaker_is_person"] is False and r["speaker"]]
            speaker = _as_speaker(bodies[-1]) if bodies else _body(ctx, p.BODY.match(text, message.start("head"), e), message.start())
            if speaker.name:
                rows.append(ctx.row("reported", message.end(), e, speaker, "согласно", _clause(text, message.end(), e)))
            continue
        as_said = p.AS_SAID.match(text, s, e)
        if as_said:
            speaker = _speaker(ctx, as_said.start("np"), as_said.end("np"), as_said.group("cue"))
            if speaker.name:
                rows.append(ctx.row("reported", as_said.end(), e, speaker, as_said.group("cue"), _clause(text, as_said.end(), e)))
            continue  # «Как сообщает ТАСС, …»: an outlet relaying is no speaker
        parenthetical = p.PARENTHETICAL.match(text, s, e) if "," in sentence else None
        if parenthetical:
            speaker = _speaker(ctx, parenthetical.start("np"), parenthetical.end("np"), parenthetical.group("cue"))
            if speaker.name and _subject_lead(parenthetical.group("lead")):  # «Проект, отметил X, окупится»: one clause
                rows.append(ctx.row("reported", s, e, speaker, parenthetical.group("cue"),
                                    f"{parenthetical.group('lead')} {_clause(text, parenthetical.end(), e)}"))
                continue
            if speaker.name:
                rows.append(ctx.row("reported", parenthetical.end(), e, speaker, parenthetical.group("cue"), _clause(text, parenthetical.end(), e)))
                continue
        that = p.CUE_THAT.search(text, s, e) if "что" in sentence else None
        if that:
            speaker = _subject(ctx, s, that.start(), that.group("cue"), rows)
            whole = re.match(r"[«\"„“]", text[that.end():that.end() + 1]) and text[s:e].rstrip(" .").endswith(("»", '"', "“", "”"))
            if speaker is not None and speaker.name and not whole:  # «X отметил, что "…"»: the quotation is the row
                for clause_start, clause_end, cue, who in _joined_reports(ctx, that, speaker, e, rows):
                    rows.append(ctx.row("reported", clause_start, clause_end, who, cue, _clause(text, clause_start, clause_end)))
                continue
        colon = p.CUE_COLON.search(text, s, e) if ":" in sentence else None
        if colon and not _inside_quote(text, s, colon.start()):  # «X заявил: платформа заработает»
            speaker = _subject(ctx, s, colon.start(), colon.group("cue"), rows)
            if speaker is not None and speaker.name:
                rows.append(ctx.row("reported", colon.end(), e, speaker, colon.group("cue"), _clause(text, colon.end(), e)))
                continue
        source = p.TRAILING_ACCORDING_TO.search(text, s, e) if "," in sentence and any(w in sentence for w in ACCORDING_WORDS) else None
        if source and not _inside_quote(text, s, source.start()):  # «…, по данным Росстата.»
            speaker = _speaker(ctx, source.start("np"), source.end("np"), None)
            if not speaker.name and source.group("cue") in SOURCE_FIGURES:
                speaker = _figures_owner(ctx, source.start("np"), source.end("np"))
            clause_start = _after_dateline(text, s, source.start())
            if speaker.name and len(text[clause_start:source.start()].split()) >= 2:
                rows.append(ctx.row("reported", clause_start, source.start(), speaker, source.group("cue"),
                                    text[clause_start:source.start()].strip()))
                continue
        trailing = p.TRAILING_CUE.search(text, s, e) if "," in sentence else None
        if trailing and not _inside_quote(text, s, trailing.start()):
            speaker = _speaker(ctx, trailing.start("np"), trailing.end("np"), trailing.group("cue"))
            clause_start = _after_dateline(text, s, trailing.start())
            if speaker.name and len(text[clause_start:trailing.start()].split()) >= 2 and not p.DASH_PARAGRAPH.match(text, s):
                rows.append(ctx.row("reported", clause_start, trailing.start(), speaker, trailing.group("cue"),
                                    text[clause_start:trailing.start()].strip()))
    return rows


def _joined_reports(ctx: Speakers, that: re.Match, speaker: Speaker, end: int, rows: list[dict]):
    """«X заявил, что …, а министр Y добавил, что …»: each report of one sentence with its own speaker, as
    (clause start, clause end, cue, speaker). A second report has its own subject and cue with «что» after
    «, а»/«, и»; it ends the report before it even when its speaker cannot be told («…, а эксперты считают,
    что …» is not X's). «…, что спрос растет, а предложение отстает» stays one clause."""
    text, cue_that = ctx.text, ctx.lang.patterns.CUE_THAT
    reports = []
    while True:
        joined = None
        for m in JOINED_REPORT.finditer(text, that.end(), end):
            after = cue_that.search(text, m.end(), min(end, m.end() + JOINED_SUBJECT_CHARS))
            if after and not re.search(r"[,;:«»\"]", text[m.end():after.start()]):
                joined = (m, after)
                break
        if joined is None:
            reports.append((that.end(), end, that.group("cue"), speaker))
            return reports
        m, after = joined
        reports.append((that.end(), m.start(), that.group("cue"), speaker))
        who = _subject(ctx, m.end(), after.start(), after.group("cue"), rows)
        if who is None or not who.name:
            return reports
        that, speaker = after, who


def _subject_lead(lead: str) -> bool:
    """The words before a parenthetical attribution start its clause («Проект, отметил X, окупится») when one is
    in the nominative; an introductory phrase («В частности», «Кроме того», «При этом») is not part of it."""
    return any(parse.tag.case == "nomn" and parse.tag.POS in ("NOUN", "NPRO", "ADJF")
               for word in lead.split() for parse in morph.parses(word.lower())[:1])


def _past_named_speaker(ctx: Speakers, speaker: Speaker, start: int, end: int) -> int:
    """«По словам министра цифрового развития, связи и массовых коммуникаций Максута Шадрина, реестр вырос»: a
    role with a comma of its own; the speaker's name before the next comma ends the source, the clause follows."""
    comma = ctx.text.find(",", start, end)
    if comma < 0 or not speaker.is_person:
        return start
    named = [m for m in ctx.people.mentions_in(start, comma + 1) if m["entity"] == speaker.name]
    return comma + 1 if named and not ctx.text[named[-1]["end"]:comma].strip() else start


def _inside_quote(text: str, start: int, offset: int) -> bool:
    chunk = text[start:offset]
    return chunk.count("«") > chunk.count("»") or chunk.count('"') % 2 == 1 or text[offset - 1:offset] in "»\"”“"


def _clause(text: str, start: int, end: int) -> str:
    return text[start:end].strip().rstrip(".")


def _after_dateline(text: str, start: int, end: int) -> int:
    """Past a dateline opening the sentence («МОСКВА, 2 сен. /ТАСС/.», «ХАНЧЖОУ /Китай/, 25 сентября. /ТАСС/.»)."""
    stamp = re.match(r"[ \t\u00a0]*(?:date[ \t\u00a0]+)?\d{4}-\d\d-\d\d(?:[ T][\d:]+)?[ \t\u00a0]+", text[start:end])
    if stamp:  # an excerpt's metadata stamp opening the line
        start += stamp.end()
    m = re.match(r"[ \t\u00a0]*[А-ЯЁ\- ]{3,}[^/\n]{0,40}?/[^/\n]{1,30}/[.,]?[ \t\u00a0]*(?:[^/\n]{0,20}/[^/\n]{1,30}/\.?)?[ \t\u00a0]*", text[start:end])
    return start + m.end() if m else start


def _sentence_start(ctx: Speakers, offset: int) -> int:
    for s, e in reversed(ctx.sentences(max(0, ctx.text.rfind("\n", 0, offset) + 1), offset + 1)):
        if s <= offset:
            return s
    return offset


def _subject(ctx: Speakers, sentence_start: int, cue_start: int, cue: str, rows: list[dict] = ()) -> Speaker | None:
    """The speaker before a cue verb: the phrase back to the clause start, asides removed."""
    text, p = ctx.text, ctx.lang.patterns
    end = cue_start
    aside = p.ASIDE.search(text, max(sentence_start, cue_start - 60), cue_start)
    if aside and text[sentence_start:aside.start()].strip():  # «В интервью РБК глава банка X заявил»: opens the sentence, X in it
        end = aside.start()
    quoted = _quoted_body(ctx, NOT_SPACE.search(text, sentence_start, end).start(), end) if text[sentence_start:end].strip() else None
    if quoted:  # «В компании «Телесеть» сообщили», «ПАО «Связьинвест» заявило»
        return quoted
    start = max(sentence_start, *(text.rfind(c, sentence_start, end) + 1 for c in ";:«»\"“”("))
    phrase = text[start:end]
    if not phrase.strip() or len(phrase) > 200:
        return None
    first = phrase.split()[0].lower()
    if first in ("он", "она") and len(phrase.split()) == 1:
        return _pronoun_speaker(ctx, start, first, rows)
    body = p.BODY.match(text, start, end)
    names = ctx.people.mentions_in(start, end + 1)
    if names:
        person = ctx.people.person(names[-1]["entity"])
        return Speaker(person.name, True, person.role, person.country, "adjacent name")
    source = _unnamed_source(ctx, NOT_SPACE.search(text, start, end).start(), end)
    if source:  # «Источник в правительстве сообщил, что …»
        return source
    place = p.IN_BODY.fullmatch(phrase.strip())
    if place and _plural(cue):  # «В Минцифры сообщили», «В Кремле заявили», «В Минцифры отмечают»
        return _organisation_in(place)
    if body and body.start() == start:  # «Пресс-служба Минцифры сообщила», «В пресс-службе Минцифры сообщили»
        return _body(ctx, body, start)
    role = p.ROLE_ANAPHOR.search(text, start, end)
    if role:  # «По итогам встречи глава Минцифры заявил», «При этом министр отметил»: past the adverbial
        start, phrase = role.start(), text[role.start():end]
    if role and len(phrase.split()) <= SUBJECT_ROLE_WORDS:
        person, how = resolve(ctx.lang, ctx.people, text, start, end, morph.verb_gender(cue.split()[0]))
        return Speaker(person.name, True, person.role, person.country, ATTRIBUTIONS[how]) if person else _role_as_written(ctx, start, end, how)
    return None


def _organisation_in(place: re.Match) -> Speaker:
    """The body a plural cue names by where it sits («В Минцифры сообщили», «— заявили в Минфине»).

    «В Кремле» -> «Кремль», «В Минфине России» -> «Минфин России»: the head noun in the nominative, what
    follows it as written; acronyms and short names that do not decline («Минцифры», «Минэнерго») as written."""
    head, space, tail = place.group("name").partition(" ")
    if not head.isupper() and _declined_locative(head):
        head = _nominative_noun(head).capitalize()
    return Speaker(head + space + tail, False, None, None, "organisation")


def _figures_owner(ctx: Speakers, start: int, end: int) -> Speaker:
    """«по данным Росстата», «по информации Минфина России»: a body named by a proper name in the genitive, no
    person and no news outlet, owns the figures (their source). A masculine or neuter noun declines back to the nominative
    («Росстата» -> «Росстат»); a name that does not decline that way («Минцифры», «ЦБ») stays as written."""
    name = ctx.lang.patterns.PROPER_NAME_PHRASE.fullmatch(ctx.text, start, end)
    if name is None or ctx.people.mentions_in(start, end + 1):
        return Speaker(reason="figures of no body named")
    if name.group(0).split()[0] in NEWS_OUTLETS:  # «По информации ТАСС, …»: relayed, as «как сообщает ТАСС»
        return Speaker(reason="figures an outlet relays")
    head, space, tail = name.group(0).partition(" ")
    genitive = [p for p in morph.parses(head.lower()) if {"NOUN", "gent", "sing"} <= p.tag.grammemes | {p.tag.POS}
                and p.tag.gender in ("masc", "neut") and "Fixd" not in p.tag.grammemes and "Name" not in p.tag.grammemes
                and "Surn" not in p.tag.grammemes]
    if genitive and not head.isupper():
        head = genitive[0].normal_form.capitalize()
    return Speaker(head + space + tail, False, None, None, "organisation")


def _declined_locative(word: str) -> bool:
    """The word has a declining reading in the locative singular («Минпромторге», «Минфине»), so its
    nominative is not the form as written («Минцифры», «Минэнерго» have none)."""
    return any({"NOUN", "loct", "sing"} <= p.tag.grammemes | {p.tag.POS} and "Fixd" not in p.tag.grammemes
               for p in morph.parses(word.lower()))


def _pronoun_speaker(ctx: Speakers, offset: int, pronoun: str, rows: list[dict] = ()) -> Speaker:
    """«он», «его», «она», «её»: who spoke last before it, when of that gender (a report goes on with its
    speaker: «X заявил, что … Он добавил, что …»), else the last person of that gender named before."""
    word = {"его": "он", "её": "она", "ее": "она"}.get(pronoun.lower(), pronoun.lower())
    if word not in ("он", "она"):
        return Speaker(reason=f"could not tell who '{pronoun}' is")
    person = None
    wanted = "m" if word == "он" else "f"
    spoke = [r for r in rows if r["start"] < offset and offset - r["end"] < 800 and r["speaker_is_person"]]
    if spoke:
        last_row = max(spoke, key=lambda r: r["end"])
        last = ctx.people.person(last_row["speaker"])
        if last is not None and last.gender in (wanted, None):
            between = [ctx.people.person(m["entity"]) for m in ctx.people.mentions if last_row["end"] <= m["start"] < offset]
            if any(p is not None and p.name != last.name and p.gender in (wanted, None) for p in between):
                # «X подчеркнул, что … Губернатор Y поддержал идею. Он также добавил»: X goes on, or Y, no telling
                return Speaker(reason=f"the last speaker and a person named since both fit '{pronoun}'")
            return Speaker(last.name, True, last.role, last.country, "pronoun")
    last_two = []  # the last two people named before it
    for m in reversed(ctx.people.mentions):
        candidate = ctx.people.person(m["entity"]) if m["start"] < offset else None
        if candidate and candidate not in last_two:
            last_two.append(candidate)
            if len(last_two) == 2:
                break
    fitting = [p for p in last_two if p.gender in (wanted, None)]
    if len(fitting) == 2 and fitting[0].gender == fitting[1].gender:
        # «Татьяна Голикова и Ольга Любимова посетили выставку. Она отметила»: no telling which
        return Speaker(reason=f"two people fit '{pronoun}'")
    for m in reversed(ctx.people.mentions):  # the last person of that gender named before
        candidate = ctx.people.person(m["entity"]) if m["start"] < offset else None
        if candidate and candidate.gender in (wanted, None):
            person = candidate
            break
    if person is None:
        return Speaker(reason=f"could not tell who '{pronoun}' is")
    return Speaker(person.name, True, person.role, person.country, "pronoun")
