"""Score extraction output against gold annotations in the schema of `shared/gold/README.md`.

`gold_records` turns a corpus's tables into predicted records in that schema. Both sides are lists of per-document records (one JSON object per document, as written by
`python -m helpers extract`). Documents are paired by file name. Matching follows the gold's own
conventions:

- whitespace runs (U+00A0 included) are collapsed before any text comparison;
- a gold quote (or reported item) is found when its `text_start` (less a trailing comma, semicolon,
  colon or full stop, which end the words rather than belong to them) lies inside a predicted quote's
  `text`, within the first `ANCHOR_WINDOW` characters; each prediction matches at most one gold item,
  and among candidates the one where the anchor sits earliest wins (so a nested quote is paired
  with itself, not with the turn around it);
- dates match by overlap or containment of their text, in document order;
- listing events match by headline, other documents' events by the phrase naming the occasion.

Speakers are compared after the gold's `aliases`; a prediction that writes the project's canonical
spelling of a name ("Sergei Lavrov" for the text's "Sergey Lavrov") is right when its own `aliases`
map the gold's spelling to it, as the project keeps one spelling per person across the corpus. A leading
"the" is not compared ("the Russian Foreign Ministry" is "Russian Foreign Ministry"): the gold sets differ
on the article of a body's name, not on the body.

The measures of issue 11 sit next to the found-only ones: "quotes+speaker" and "reported+speaker"
count an item only when it is found AND its speaker is right; "turns with speaker" is the share of
gold transcript turns found with the right speaker; "wrong speaker (of rows naming one)" is the
share of found rows that name a speaker and name the wrong one (`wrong_speaker_share` sums both).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers import lang
from helpers.extract.dates import RELATIVE
from helpers.extract.mentions import gold_countries, gold_places
from helpers.gazetteer import load_gazetteer
from helpers.ingest import genre_with_turns, transcript_turns
from helpers.reference import in_language, load_reference

ANCHOR_WINDOW = 300  # a quote that starts further before the gold anchor is not the same quote
QUOTE_KINDS = ("direct", "transcript", "block")
WRONG_SPEAKER = "wrong speaker (of rows naming one)"
TURNS_WITH_SPEAKER = "turns with speaker"

_WHITESPACE = re.compile(r"\s+")  # any run of spaces, newlines and no-break spaces
_ARTICLE = re.compile(r"^[Tt]he\s+")  # a body's leading article, which the gold sets write differently
_NON_PERSON_SPEAKER = re.compile(r"^(?:[Tt]he\b|[A-Z]{2,}\b)")  # "the press service…", "The FAS", "TASS"


def normalise(text: str | None) -> str:
    return _WHITESPACE.sub(" ", text or "").strip()


def is_person_name(speaker: str | None) -> bool:
    """Gold speakers are full names for people and the body as written otherwise ("TASS", "The meeting")."""
    return bool(speaker) and not _NON_PERSON_SPEAKER.match(speaker)


@dataclass
class Score:
    """Counts for one field; precision/recall/F1 derive from them."""

    true_positive: int = 0
    predicted: int = 0
    gold: int = 0
    extra: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (right, out of)

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def count(self, matched: int, predicted: int, gold: int) -> None:
        self.true_positive += matched
        self.predicted += predicted
        self.gold += gold

    def add_extra(self, name: str, right: int, total: int) -> None:
        old_right, old_total = self.extra.get(name, (0, 0))
        self.extra[name] = (old_right + right, old_total + total)

    def ratio(self, name: str) -> float:
        right, total = self.extra.get(name, (0, 0))
        return right / total if total else 1.0


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def records_for(gold: list[dict], path: str | Path) -> list[dict]:
    """The records of the JSONL file `path` for the documents `gold` annotates, read line by line: a
    prediction for a whole corpus is never held, only the few records scored."""
    wanted = {_doc_key(record) for record in gold}
    with open(path, encoding="utf-8") as handle:
        return [record for record in map(json.loads, filter(str.strip, handle)) if _doc_key(record) in wanted]


def _doc_key(record: dict) -> str:
    return Path(record["doc"]).name


def _canonical(name: str | None, aliases: dict[str, str]) -> str:
    """The name after the aliases, a body's leading article dropped: the seed gold writes a body as the text
    does ("the Russian Foreign Ministry"), dev-en2 without the article ("Russian Foreign Ministry"); the
    article does not change which body speaks."""
    name = normalise(name)
    return _ARTICLE.sub("", normalise(aliases.get(name, name)))


def _match_anchored(gold_items: list[dict], predicted: list[dict], same_speaker) -> list[tuple[dict, dict]]:
    """Pair gold items (with `text_start`) to predicted items (with `text`), one to one.

    Among predictions holding the anchor, the one where it sits earliest wins. Pairs with the same
    speaker are made first, so when two gold speakers share one passage (a person and the agency
    reporting him) a single prediction pairs with the one it names, not with whichever comes first.
    """
    pred_texts = [normalise(p.get("text") or p.get("text_start")) for p in predicted]
    # "…terrorism," before "Lavrov added", "…the whole region." closing a short reported clause: the
    # punctuation that ends the words is not part of them (a reported row's text drops its full stop)
    anchors = [normalise(item["text_start"]).rstrip(",;:.") for item in gold_items]
    used: set[int] = set()
    paired: dict[int, int] = {}
    for speaker_must_agree in (True, False):
        for g, item in enumerate(gold_items):
            if g in paired:
                continue
            candidates = []
            for i, text in enumerate(pred_texts):
                pos = text.find(anchors[g])
                if i not in used and 0 <= pos <= ANCHOR_WINDOW:
                    agree = same_speaker(item.get("speaker"), predicted[i].get("speaker"))
                    if agree or not speaker_must_agree:
                        candidates.append((pos, not agree, i))
            if candidates:
                best = min(candidates)[2]
                used.add(best)
                paired[g] = best
    return [(gold_items[g], predicted[paired[g]]) for g in sorted(paired)]


def _same_speaker(gold: str | None, predicted: str | None, aliases: dict[str, str], predicted_aliases: dict[str, str]) -> bool:
    """The gold speaker after the gold's aliases, or the prediction's own canonical spelling of the gold's name."""
    gold_name, predicted_name = _canonical(gold, aliases), _canonical(predicted, aliases)
    return gold_name == predicted_name or (bool(predicted_name) and predicted_aliases.get(normalise(gold)) == predicted_name)


def _score_speech(
    score: Score, with_speaker: Score, gold_items: list[dict], predicted: list[dict],
    aliases: dict[str, str], predicted_aliases: dict[str, str],
) -> None:
    """Found items into `score`, items found with the right speaker into `with_speaker`."""
    pairs = _match_anchored(gold_items, predicted, lambda g, p: _same_speaker(g, p, aliases, predicted_aliases))
    score.count(len(pairs), len(predicted), len(gold_items))
    right = [_same_speaker(g["speaker"], p.get("speaker"), aliases, predicted_aliases) for g, p in pairs]
    with_speaker.count(sum(right), len(predicted), len(gold_items))
    score.add_extra("speaker right", sum(right), len(pairs))
    named = [(g, p, ok) for (g, p), ok in zip(pairs, right) if is_person_name(g["speaker"])]
    score.add_extra("wrong person (of named)", sum(bool(p.get("speaker")) and not ok for g, p, ok in named), len(named))
    naming = [ok for (g, p), ok in zip(pairs, right) if normalise(p.get("speaker"))]
    score.add_extra(WRONG_SPEAKER, naming.count(False), len(naming))
    if "kind" in (gold_items[0] if gold_items else {}):
        score.add_extra("kind right", sum(g["kind"] == p.get("kind") for g, p in pairs), len(pairs))
        turns = sum(g["kind"] == "transcript" for g in gold_items)
        turns_right = sum(ok and g["kind"] == "transcript" for (g, p), ok in zip(pairs, right))
        score.add_extra(TURNS_WITH_SPEAKER, turns_right, turns)


def wrong_speaker_share(scores: dict[str, Score]) -> tuple[int, int]:
    """Wrong attributions and found rows naming a speaker, over quotes and reported speech together."""
    pairs = [scores[name].extra.get(WRONG_SPEAKER, (0, 0)) for name in ("quotes", "reported")]
    return sum(w for w, _ in pairs), sum(n for _, n in pairs)


def _texts_overlap(a: str, b: str) -> bool:
    a, b = normalise(a).lower(), normalise(b).lower()
    return bool(a) and bool(b) and (a in b or b in a)


def _match_in_order(gold: list[dict], predicted: list[dict], same) -> list[tuple[dict, dict]]:
    """Pair each gold item with an unused prediction for which `same(gold, predicted)` holds, one to one.

    Both lists are in document order, so the search starts after the last pairing and wraps around:
    a repeated item ("5 February 2021" seven times) pairs with its own occurrence.
    """
    used: set[int] = set()
    cursor = 0
    pairs = []
    for item in gold:
        order = list(range(cursor, len(predicted))) + list(range(cursor))
        hit = next((i for i in order if i not in used and same(item, predicted[i])), None)
        if hit is not None:
            used.add(hit)
            cursor = hit + 1
            pairs.append((item, predicted[hit]))
    return pairs


def _same_date(gold: dict, predicted: dict) -> bool:
    return gold["date"] == predicted.get("date") and gold["precision"] == predicted.get("precision")


def _score_dates(score: Score, gold: list[dict], predicted: list[dict]) -> None:
    matched = _match_in_order(gold, predicted, lambda g, p: _texts_overlap(g["text"], p["text"]))
    score.count(len(matched), len(predicted), len(gold))
    score.add_extra(
        "value+precision right",
        sum(g["value"] == p.get("value") and g["precision"] == p.get("precision") for g, p in matched),
        len(matched),
    )


def _headline_match(gold_headline: str, predicted_headline: str | None) -> bool:
    if _texts_overlap(gold_headline, predicted_headline or ""):
        return True
    gold_words = set(normalise(gold_headline).lower().split())
    pred_words = set(normalise(predicted_headline).lower().split())
    return bool(gold_words) and len(gold_words & pred_words) / len(gold_words | pred_words) >= 0.6


def _score_events(score: Score, gold: list[dict], predicted: list[dict]) -> None:
    matched = _match_in_order(gold, predicted, lambda g, p: _headline_match(g["headline"], p.get("headline")))
    score.count(len(matched), len(predicted), len(gold))
    date_right = [_same_date(g, p) for g, p in matched]
    parties_right = [sorted(g["countries"]) == sorted(p.get("countries") or []) for g, p in matched]
    amounts_right = [sorted(map(normalise, g["amounts"])) == sorted(map(normalise, p.get("amounts") or [])) for g, p in matched]
    score.add_extra("date right", sum(date_right), len(matched))
    score.add_extra("parties right", sum(parties_right), len(matched))
    score.add_extra("amounts right", sum(amounts_right), len(matched))
    score.add_extra("date and parties right", sum(d and c for d, c in zip(date_right, parties_right)), len(matched))


def _score_set(score: Score, gold: set, predicted: set) -> None:
    score.count(len(gold & predicted), len(predicted), len(gold))


def _place_key(name: str, iso3: str) -> tuple[str, str]:
    """A place as compared: spellings of one city meet ("St. Petersburg" and "Saint Petersburg")."""
    return load_gazetteer().canonical(normalise(name), iso3).lower(), iso3


def evaluate(gold_records: list[dict], predicted_records: list[dict]) -> dict[str, Score]:
    """Score every field over the documents that have gold; a document missing from the prediction scores as empty."""
    predicted_by_doc = {_doc_key(r): r for r in predicted_records}
    names = ("quotes", "quotes+speaker", "reported", "reported+speaker", "countries", "places", "dates", "events",
             "listing events", "document")
    scores = {name: Score() for name in names}
    for gold in gold_records:
        pred = predicted_by_doc.get(_doc_key(gold), {})
        aliases = {normalise(k): normalise(v) for k, v in gold.get("aliases", {}).items()}
        predicted_aliases = {normalise(k): normalise(v) for k, v in (pred.get("aliases") or {}).items()}
        gold_quotes = [q for q in gold.get("quotes", []) if q["kind"] in QUOTE_KINDS]
        predicted_quotes = [q for q in pred.get("quotes", []) if q.get("kind") in QUOTE_KINDS]
        _score_speech(scores["quotes"], scores["quotes+speaker"], gold_quotes, predicted_quotes, aliases, predicted_aliases)
        _score_speech(
            scores["reported"], scores["reported+speaker"], gold.get("reported", []), pred.get("reported", []),
            aliases, predicted_aliases,
        )
        _score_set(scores["countries"], set(gold.get("countries", [])), set(pred.get("countries", [])))
        _score_set(
            scores["places"],
            {_place_key(n, c) for n, c in gold.get("places", [])},
            {_place_key(n, c) for n, c in pred.get("places", [])},
        )
        _score_dates(scores["dates"], gold.get("dates", []), pred.get("dates", []))
        _score_events(scores["events"], gold.get("events", []), pred.get("events", []))
        if gold.get("format") == "listing":
            _score_events(scores["listing events"], gold.get("events", []), pred.get("events", []))
        document = scores["document"]
        for name in ("language", "format", "published", "source_url"):
            if name in gold:
                document.add_extra(f"{name} right", int(gold[name] == pred.get(name)), 1)
    return scores


def format_scores(scores: dict[str, Score]) -> str:
    lines = [f"{'field':<16} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}   details"]
    for name, score in scores.items():
        details = ", ".join(f"{k} {r}/{t}" for k, (r, t) in score.extra.items())
        if name == "document":
            lines.append(f"{name:<16} {'':>6} {'':>6} {'':>6} {'':>5} {'':>5}   {details}")
            continue
        lines.append(
            f"{name:<16} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {score.gold:5d} {score.predicted:5d}   {details}"
        )
    if "quotes" in scores and "reported" in scores:
        turns_right, turns = scores["quotes"].extra.get(TURNS_WITH_SPEAKER, (0, 0))
        wrong, naming = wrong_speaker_share(scores)
        lines.append(
            f"speech: turns found with speaker {turns_right}/{turns} ({scores['quotes'].ratio(TURNS_WITH_SPEAKER):.3f}); "
            f"wrong speaker {wrong}/{naming} rows naming one ({wrong / naming if naming else 0.0:.3f})"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Predicted records: the tables of a corpus in the gold schema


def gold_records(docs, tables: dict[str, pd.DataFrame]) -> list[dict]:
    """Each document's extraction in the gold schema of shared/gold/README.md (plus spans for context).

    Every table is grouped by `doc_id` once, so the cost grows with the corpus, not with its square.
    """
    by_doc = {name: _rows_by_doc(tables[name]) for name in ("mentions", "quotes", "dates", "events", "amounts")}
    return [_gold_record(doc, {name: rows.get(doc.doc_id, []) for name, rows in by_doc.items()}) for doc in docs]


def _rows_by_doc(frame: pd.DataFrame) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for row in frame.to_dict("records"):
        grouped.setdefault(row["doc_id"], []).append(row)
    return grouped


def _by_start(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda row: row["start"])


def _gold_record(doc, rows: dict[str, list[dict]]) -> dict:
    amounts: dict[str, list[dict]] = {}
    for amount in _by_start(rows["amounts"]):
        amounts.setdefault(amount["event_id"], []).append(amount)
    written = names_as_written(doc, rows["mentions"])
    mentions = [{**m, "entity": written.get(m["entity"], m["entity"])} if m["kind"] == "place" else m
                for m in rows["mentions"]]
    quotes = [{**q, "speaker": written.get(q["speaker"], q["speaker"]) if isinstance(q["speaker"], str) else q["speaker"]}
              for q in _by_start(rows["quotes"])]
    return {
        "doc": doc.path,
        "source_url": doc.url,
        "language": doc.language,
        "format": genre_with_turns(doc.genre, len(doc.text), transcript_turns(quotes).get(doc.doc_id, ())),
        "published": doc.published,
        "countries": gold_countries(mentions),
        "places": gold_places(mentions),
        "quotes": [_speech_item(q, kind=True) for q in quotes if q["kind"] != "reported"],
        "reported": [_speech_item(q) for q in quotes if q["kind"] == "reported"],
        "dates": [
            {"text": d["text"], "value": _none(d["value"]), "precision": _none(d["precision"]), "start": d["start"]}
            for d in _by_start(rows["dates"])
            if d["resolved_from"] != RELATIVE  # the gold annotates calendar expressions only, not "last year"
        ],
        "aliases": _aliases([m for m in rows["mentions"] if m["kind"] == "person"], _written_name(doc)),
        "events": [
            {
                "headline": e["headline"],
                "date": _none(e["date"]),
                "precision": _none(e["precision"]),
                "countries": list(e["countries"] or []),
                "amounts": [a["text"] for a in amounts.get(e["event_id"], [])],
            }
            for e in rows["events"]
        ],
    }


def _none(value):
    """JSON null for a missing value (None, pandas' NA or NaN)."""
    return None if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) else value


def _speech_item(quote: dict, *, kind: bool = False) -> dict:
    item = {"speaker": _none(quote["speaker"])}
    if kind:
        item["kind"] = quote["kind"]
    words = quote["text"].split()
    item.update(
        text_start=" ".join(words[:10]),
        text=quote["text"],
        start=int(quote["start"]),
        end=int(quote["end"]),
        attribution=_none(quote["attribution"]),
    )
    return item


def names_as_written(doc, mentions: list[dict]) -> dict[str, str]:
    """Canonical place and person names -> the form the document writes them in (the evaluation output):
    for a language with a `written_name` finder, the nominative, in the text's script and spelling, at the
    fullest form the text gives («Vladimir Putin» -> «Владимир Путин», «Astana» -> «Нур-Султан»); otherwise
    people's fullest spelling in the text ("Sergey Lavrov" where the corpus spells him "Sergei Lavrov")."""
    written_name = _written_name(doc)
    if written_name is None:
        return _fullest_spellings([m for m in mentions if m["kind"] == "person"])
    spelling = in_language(load_reference(), lang.get(doc.language)).spelling
    names: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m["start"]):
        if m["kind"] == "place":
            names.setdefault(m["entity"], spelling(m["surface"]) or written_name("place", m["surface"]))
        elif m["kind"] == "person" and m["via"] in ("name", "alias", "surname") and m["entity"] not in doc.text:
            # a canonical name the text does not write (the reference list's "Vladimir Putin"): its fullest form
            # here, the surname alone («Токаев») when the text gives no more
            form = written_name("person", m["surface"])
            if len(form) > len(names.get(m["entity"], "")):
                names[m["entity"]] = form
    return names


def _fullest_spellings(person_mentions: list[dict]) -> dict[str, str]:
    """The gold names a speaker by the fullest form of the name written in the document ("Sergey Lavrov"),
    while the tables keep one canonical spelling per person across the corpus ("Sergei Lavrov"): canonical
    name -> the fullest spelling in this document, for the people whose canonical spelling it does not write."""
    spellings: dict[str, list[str]] = {}
    for mention in person_mentions:
        if mention["via"] in ("name", "alias") and isinstance(mention["entity"], str):
            spellings.setdefault(mention["entity"], []).append(" ".join(str(mention["surface"]).split()))
    return {entity: max(forms, key=lambda f: len(f.split()))
            for entity, forms in spellings.items() if entity not in forms and max(len(f.split()) for f in forms) >= 2}


def _written_name(doc):
    """The document language's `written_name(kind, surface)` (Russian: the nominative), or None."""
    try:
        return getattr(lang.get(doc.language).finders, "written_name", None)
    except lang.UnsupportedLanguage:
        return None


def _aliases(person_mentions: list[dict], written_name=None) -> dict[str, str]:
    """Full-name spellings in the document that differ from the canonical name, in the nominative where the
    language inflects names («Владимиром Путиным» is the spelling «Владимир Путин»).

    A shorter form of the canonical name ("Putin", "Nabiev") is not a variant, only another spelling is.
    """
    aliases = {}
    for mention in person_mentions:
        if mention["via"] not in ("name", "alias"):
            continue
        surface, entity = " ".join(str(mention["surface"]).split()), mention["entity"]
        surface = written_name("person", surface) if written_name else surface
        if isinstance(entity, str) and len(surface.split()) >= 2 and not entity.endswith(surface):
            aliases.setdefault(surface, entity)
    return aliases
