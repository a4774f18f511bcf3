"""Quotations and reported speech with their speakers: direct, transcript, block and reported rows.

`find_quotes(doc, people, lang)` reads one document, its person layer (`helpers.extract.people.find_people`)
and its language's patterns, and returns quotes-table rows. Speakers come from the person layer: a name
next to the cue verb, a role phrase or pronoun the layer linked to a person, a transcript label, a dash signature ("“…” — X"), or an
organisation kept as written (a body noun, a corporate word such as LLC or Foundation, an acronym, or one
capitalised word that is no word of a person's name in the document: "Sberbank said").
When the text does not say who spoke, the speaker stays empty and `reason` says why: a wrong speaker
is worse than a missing one.

One module per job, run by `find_quotes` in this order: `blocks` (set-off blocks), `turns` (transcript
labels), `pairing` (quotation marks paired by a small state machine: no regex spans a quotation),
`reported` (reported speech), then `direct` (paired quotations, which read the reported rows and the
turns, passed as arguments). All share one speaker resolver, `speakers.Speakers`. The language's patterns
only look at one sentence or one line at a time, so a multi-megabyte document or an unclosed quotation
mark cannot make them backtrack.
"""
from __future__ import annotations

from helpers.document import Document
from helpers.extract.people import PeopleLayer
from helpers.extract.quotes.blocks import block_rows
from helpers.extract.quotes.direct import direct_rows
from helpers.extract.quotes.pairing import pair_quotations
from helpers.extract.quotes.reported import reported_rows
from helpers.extract.quotes.speakers import Speakers, canonical_bodies
from helpers.extract.quotes.turns import turn_rows
from helpers.extract.stage import Context, Stage
from helpers.lang import Language


def find_quotes(doc: Document, people: PeopleLayer, lang: Language) -> list[dict]:
    """Quotes-table rows of one document, in its language: direct, transcript, block and reported, in text order.

    Spans skipped on purpose (an unclosed quotation mark) are rows too, with an empty speaker and a
    `reason` starting with "skipped:", so an analyst can see what was left out and why.
    """
    ctx = Speakers(doc, people, lang)
    # Order matters: blocks and turns first; direct quotations read the reported rows and the turns.
    rows = block_rows(ctx) + turn_rows(ctx)
    direct, skipped = pair_quotations(ctx)
    reported = reported_rows(ctx, avoid=[(s.open, s.close) for s in direct], turns=[r for r in rows if r["kind"] == "transcript"])
    turns = sorted((r["start"], r["end"]) for r in rows if r["kind"] == "transcript")
    rows += reported + direct_rows(ctx, direct, reported, turns=turns) + skipped
    canonical_bodies(rows, lang, doc.text)
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


SKIPPED_PREFIX = "skipped: "  # a finder marks a span it left out on purpose with this reason prefix


def _run(doc: Document, ctx: Context) -> dict[str, list[dict]]:
    find = getattr(ctx.lang.finders, "quotes", find_quotes)  # a language's own finder (see helpers.lang.base)
    quotes, skipped = _split_skipped(find(doc, ctx.layers["people"], ctx.lang), table="quotes")
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
