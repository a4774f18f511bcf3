"""Sentences about the corpus at hand, for the notebooks' "what is in it / where does it fail" sections.

A narrative written for one corpus misleads on another ("the corpus holds five seed documents"); these
functions compute the facts and pick the examples from the tables they are given. Every piece of
corpus text in them is escaped (`html.escape`) before it is wrapped in markup, so a headline holding
`<script>` shows as text.
"""
from __future__ import annotations

import html

import pandas as pd
from IPython.display import HTML

from helpers.charts import FOCUS, as_list, plural, speaker_labels, year_of
from helpers.geo import country_name

EXAMPLE_CHARS = 110


def quoted(text) -> str:
    """Corpus text as an escaped, shortened “quotation”."""
    flat = " ".join(str(text or "").split())
    if len(flat) > EXAMPLE_CHARS:
        flat = flat[:EXAMPLE_CHARS].rsplit(" ", 1)[0] + " …"
    return f"“{html.escape(flat)}”"


def paragraphs(*sentences: str) -> HTML:
    """Sentences (already escaped) as one paragraph each; empty ones are left out."""
    return HTML("".join(f'<p class="corpus-facts">{s}</p>' for s in sentences if s))


def _listing(values, limit: int = 4) -> str:
    values = [html.escape(str(v)) for v in values]
    more = f" and {len(values) - limit} more" if len(values) > limit else ""
    return ", ".join(values[:limit]) + more


def corpus_description(documents: pd.DataFrame) -> HTML:
    """How many documents, of which kinds, outlets, languages and years."""
    if documents.empty:
        return paragraphs("This corpus holds no documents.")
    genres = documents["genre"].fillna("unknown").value_counts()
    outlets = documents["outlet"].dropna().value_counts()
    years = year_of(documents["published"]).dropna()
    undated = int(documents["published"].isna().sum())
    return paragraphs(
        f"This corpus holds {plural(len(documents), 'document')}: "
        + ", ".join(f"{n} {html.escape(str(g))}" for g, n in genres.items()) + " (by the shape of the text).",
        f"They come from {plural(len(outlets), 'named outlet')} ({_listing(outlets.index)})" if len(outlets) else
        "No document names its outlet.",
        f"Languages: {_listing(documents['language'].fillna('unknown').value_counts().index)}. "
        + (f"Publication years {int(years.min())}–{int(years.max())}" if len(years) else "No publication year is known")
        + (f"; {plural(undated, 'document')} without a publication date." if undated else "."),
    )


def undated_documents(documents: pd.DataFrame) -> HTML:
    """Which documents have no certain publication date, and where the others' dates come from."""
    if documents.empty:
        return paragraphs()
    undated = documents[documents["published"].isna()]
    sources = documents["published_source"].dropna().value_counts()
    return paragraphs(
        f"In this corpus, {plural(len(undated), 'document')} {'has' if len(undated) == 1 else 'have'} no certain "
        f"publication date" + (f", for example {quoted(undated['title'].fillna(undated['path']).iloc[0])}." if len(undated) else "."),
        "The dates found came from: " + ", ".join(f"{html.escape(str(s))} ({n})" for s, n in sources.items()) + "."
        if len(sources) else "",
    )


def undated_events(events: pd.DataFrame, *, focus: str = FOCUS) -> HTML:
    """How many events have no certain date, or only a month or year, and how many have only `focus` as a party."""
    if events.empty:
        return paragraphs("This corpus gives no events.")
    undated = events[events["date"].isna()]
    coarse = events["precision"].isin(["month", "year"]).sum()
    alone = events[events["countries"].map(lambda c: [x for x in as_list(c)] == [focus])]
    return paragraphs(
        f"In this corpus, {plural(len(undated), 'event')} of {len(events)} "
        f"{'has' if len(undated) == 1 else 'have'} no certain date"
        + (f", such as {quoted(undated['headline'].iloc[0])}" if len(undated) else "")
        + f"; {plural(int(coarse), 'event')} {'is' if coarse == 1 else 'are'} dated to a month or a year only.",
        f"{plural(len(alone), 'event')} {'has' if len(alone) == 1 else 'have'} {html.escape(country_name(focus))} as "
        f"{'its' if len(alone) == 1 else 'their'} only party"
        + (f", such as {quoted(alone['headline'].iloc[0])}; they are drawn on its own row." if len(alone) else "."),
    )


def largest_event(events: pd.DataFrame, pairs: pd.DataFrame) -> HTML:
    """The event with the most parties, and how many pairs it makes."""
    if events.empty or pairs.empty:
        return paragraphs("This corpus gives no country pairs.")
    sizes = events["countries"].map(lambda c: len(as_list(c)))
    biggest = events.loc[sizes.idxmax()]
    n = sizes.max()
    names = [country_name(c) for c in as_list(biggest["countries"])]
    bilateral = int((sizes == 2).sum())
    return paragraphs(
        f"In this corpus, the event with most parties is {quoted(biggest['headline'])}: {n} countries "
        f"({_listing(names, 6)}), so {plural(n * (n - 1) // 2, 'pair')}. {plural(bilateral, 'event')} "
        f"{'is' if bilateral == 1 else 'are'} bilateral (exactly two parties).",
    )


def quote_attribution(quotes: pd.DataFrame) -> HTML:
    """How many quotes have a person, an organisation or nobody as speaker, with an example of each."""
    if quotes.empty:
        return paragraphs("This corpus has no quotes.")
    speakers = speaker_labels(quotes["speaker"])
    unattributed = quotes[quotes["speaker"].isna() | (quotes["speaker"].astype("string").str.strip() == "")]
    bodies = quotes[quotes["speaker_is_person"].eq(False) & quotes["speaker"].notna()]
    kinds = quotes["kind"].value_counts()
    return paragraphs(
        f"In this corpus: {plural(len(quotes), 'quote')} by {plural(speakers.nunique(), 'speaker')} ("
        + ", ".join(f"{n} {html.escape(str(k))}" for k, n in kinds.items()) + ").",
        f"{plural(len(bodies), 'quote')} {'is' if len(bodies) == 1 else 'are'} credited to an organisation or outlet"
        + (f", such as {html.escape(str(bodies['speaker'].iloc[0]))}" if len(bodies) else "")
        + f"; {plural(len(unattributed), 'quote')} {'has' if len(unattributed) == 1 else 'have'} no speaker"
        + (f", such as {quoted(unattributed['text'].iloc[0])}." if len(unattributed) else "."),
    )


def amounts_summary(amount_rows: pd.DataFrame) -> HTML:
    """How many amounts, in which currencies, and the largest with what it is attached to."""
    if amount_rows.empty:
        return paragraphs("This corpus names no money amounts.")
    from helpers.charts import money_label

    largest = amount_rows.loc[amount_rows["value"].idxmax()] if amount_rows["value"].notna().any() else None
    currencies = amount_rows["currency"].fillna("unknown").value_counts()
    return paragraphs(
        f"In this corpus: {plural(len(amount_rows), 'money amount')} ("
        + ", ".join(f"{n} in {html.escape(str(c))}" for c, n in currencies.items()) + ").",
        f"The largest, {html.escape(money_label(largest['value'], largest['currency']))} ({quoted(largest['text'])}), "
        f"belongs to the event {quoted(largest['headline'])}: read what it is for before adding it up."
        if largest is not None else "",
    )
