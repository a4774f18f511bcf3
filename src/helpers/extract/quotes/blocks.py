"""Set-off quotation blocks: the attribution inside, before or after the block."""
from __future__ import annotations

import re

from helpers.extract.quotes.speakers import NOBODY, Speaker, Speakers, trim


def block_rows(ctx: Speakers) -> list[dict]:
    """Set-off quotations (`doc.blocks`), attributed inside the block ("…, - said X.") or right around it."""
    rows = []
    for block_start, block_end in ctx.blocks:
        start, end = trim(ctx.text, block_start, block_end)
        if start >= end:
            continue
        speaker, cue, words_end = block_attribution(ctx, start, end)
        if speaker is None:
            speaker, cue = around_block(ctx, start, end)
        words = ctx.text[start:words_end]
        inner = ctx.p.BLOCK_INNER_ATTRIBUTION.search(words)
        if inner:  # "… - said Nikolai Nikiforov. - …": the attribution splitting one block is not quoted
            words = words[:inner.start()] + " " + words[inner.end():]
        rows.append(ctx.row("block", start, end, speaker or NOBODY, cue, " ".join(words.split()).rstrip(' ,-–—"')))
    return rows


def block_attribution(ctx: Speakers, start: int, end: int) -> tuple[Speaker | None, str | None, int]:
    """The attribution closing a block: "…, - said X.", "…, "said X.", "…, X said in a statement.",
    "…, the publication says." (the words of the post of the person named before the block)."""
    text = ctx.text
    tail_start = max(start, end - 300)
    for m in ctx.p.CUE_WORD.finditer(text, tail_start, end):
        rest = ctx.p.FOOTNOTES.sub("", text[m.end():end]).rstrip(" \t.!\"”»")
        if any(c in rest for c in ".;!?\n"):
            continue  # more sentences follow: this is not the closing attribution
        before = text[tail_start:m.start()].rstrip(" \t")
        introduced = before.rstrip("-–—\"”» \t")
        if len(introduced) < len(before) or introduced.endswith(","):  # "…, - said X at …"
            adjunct = ctx.p.ADJUNCT_START.search(rest)
            np_start, np_end = m.end(), m.end() + (adjunct.start() if adjunct else len(rest))
            words_end, exact = tail_start + len(introduced), False
        else:  # "…, X said in a press statement."
            comma = text.rfind(",", tail_start, m.start())
            if comma < 0:
                continue
            np_start, np_end, words_end, exact = comma + 1, m.start(), comma, True
        phrase = text[np_start:np_end].strip()
        if ctx.p.PUBLICATION.match(phrase):
            author = ctx.people.last_before(start, since=ctx.segment_start(start))
            return (ctx.person_speaker(author) if author else Speaker(reason=f"could not tell whose {phrase} it is")), f"{phrase} {m.group()}", words_end
        speaker = ctx.speaker(np_start, np_end, exact_end=exact)
        if speaker is not None:
            return speaker, m.group(), words_end
    inner = ctx.p.BLOCK_INNER_ATTRIBUTION.search(text, start, end)
    if inner:
        speaker = ctx.speaker(inner.start("np"), inner.end("np"))
        if speaker is not None:
            return speaker, inner.group("cue"), end
    return None, None, end


def around_block(ctx: Speakers, start: int, end: int) -> tuple[Speaker | None, str | None]:
    """A speaker named in the line right before a block ("X said:") or right after it ("said X.")."""
    prev_start, prev_end = ctx.line_span(max(0, start - 2))
    previous = ctx.text[prev_start:prev_end].rstrip()
    if previous.endswith(":"):
        cue = re.search(rf"\b(?P<cue>{ctx.p._CUE})\b[^:]*:$", previous)
        if cue:
            speaker = ctx.subject_before(prev_start, prev_start + cue.start("cue"))
            if speaker:
                return speaker, cue.group("cue")
    next_start, next_end = ctx.line_span(min(len(ctx.text) - 1, end + 1))
    m = ctx.p.CUE_THEN_SPEAKER.match(ctx.text, next_start, next_end)
    if m and m.start("cue") - next_start < 4:
        speaker = ctx.speaker(m.start("np"), m.end("np"))
        if speaker:
            return speaker, m.group("cue")
    return None, None
