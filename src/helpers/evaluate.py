"""Score extraction output against gold annotations in the schema of `shared/gold/README.md`.

`gold_records` turns a corpus's tables into predicted records in that schema. Both sides are lists of per-document records (one JSON object per document, as written by
`python -m helpers extract`). Documents are paired by file name. Matching follows the gold's own
conventions:

- whitespace runs (U+00A0 included) are collapsed before any text comparison;
- a gold quote (or reported item) is found when its `text_start` lies inside a predicted quote's
  `text`, within the first `ANCHOR_WINDOW` characters; each prediction matches at most one gold item,
  and among candidates the one where the anchor sits earliest wins (so a nested quote is paired
  with itself, not with the turn around it);
- dates match by overlap or containment of their text, in document order;
- listing events match by headline, other documents' events by the phrase naming the occasion.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.mentions import gold_countries, gold_places

ANCHOR_WINDOW = 300  # a quote that starts further before the gold anchor is not the same quote
QUOTE_KINDS = ("direct", "transcript", "block")

_WHITESPACE = re.compile(r"\s+")  # any run of spaces, newlines and no-break spaces
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


def _doc_key(record: dict) -> str:
    return Path(record["doc"]).name


def _canonical(name: str | None, aliases: dict[str, str]) -> str:
    name = normalise(name)
    return normalise(aliases.get(name, name))


def _match_anchored(gold_items: list[dict], predicted: list[dict], aliases: dict[str, str]) -> list[tuple[dict, dict]]:
    """Pair gold items (with `text_start`) to predicted items (with `text`), one to one.

    Among predictions holding the anchor, the one where it sits earliest wins; on a tie (two speakers
    of one passage) the one with the same speaker.
    """
    pred_texts = [normalise(p.get("text") or p.get("text_start")) for p in predicted]
    used: set[int] = set()
    pairs = []
    for item in gold_items:
        anchor = normalise(item["text_start"])
        speaker = _canonical(item.get("speaker"), aliases)
        candidates = []
        for i, text in enumerate(pred_texts):
            pos = text.find(anchor)
            if i not in used and 0 <= pos <= ANCHOR_WINDOW:
                candidates.append((pos, _canonical(predicted[i].get("speaker"), aliases) != speaker, i))
        if candidates:
            best = min(candidates)[2]
            used.add(best)
            pairs.append((item, predicted[best]))
    return pairs


def _score_speech(score: Score, gold_items: list[dict], predicted: list[dict], aliases: dict[str, str]) -> None:
    pairs = _match_anchored(gold_items, predicted, aliases)
    score.count(len(pairs), len(predicted), len(gold_items))
    speaker_right = sum(_canonical(g["speaker"], aliases) == _canonical(p.get("speaker"), aliases) for g, p in pairs)
    score.add_extra("speaker right", speaker_right, len(pairs))
    named = [(g, p) for g, p in pairs if is_person_name(g["speaker"])]
    wrong = sum(
        bool(p.get("speaker")) and _canonical(g["speaker"], aliases) != _canonical(p.get("speaker"), aliases)
        for g, p in named
    )
    score.add_extra("wrong person (of named)", wrong, len(named))
    if "kind" in (gold_items[0] if gold_items else {}):
        score.add_extra("kind right", sum(g["kind"] == p.get("kind") for g, p in pairs), len(pairs))


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


def evaluate(gold_records: list[dict], predicted_records: list[dict]) -> dict[str, Score]:
    """Score every field over the documents that have gold; a document missing from the prediction scores as empty."""
    predicted_by_doc = {_doc_key(r): r for r in predicted_records}
    scores = {name: Score() for name in ("quotes", "reported", "countries", "places", "dates", "events", "listing events", "document")}
    for gold in gold_records:
        pred = predicted_by_doc.get(_doc_key(gold), {})
        aliases = {normalise(k): normalise(v) for k, v in gold.get("aliases", {}).items()}
        gold_quotes = [q for q in gold.get("quotes", []) if q["kind"] in QUOTE_KINDS]
        _score_speech(scores["quotes"], gold_quotes, [q for q in pred.get("quotes", []) if q.get("kind") in QUOTE_KINDS], aliases)
        _score_speech(scores["reported"], gold.get("reported", []), pred.get("reported", []), aliases)
        _score_set(scores["countries"], set(gold.get("countries", [])), set(pred.get("countries", [])))
        _score_set(
            scores["places"],
            {(normalise(n).lower(), c) for n, c in gold.get("places", [])},
            {(normalise(n).lower(), c) for n, c in pred.get("places", [])},
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
    lines = [f"{'field':<14} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}   details"]
    for name, score in scores.items():
        details = ", ".join(f"{k} {r}/{t}" for k, (r, t) in score.extra.items())
        if name == "document":
            lines.append(f"{name:<14} {'':>6} {'':>6} {'':>6} {'':>5} {'':>5}   {details}")
            continue
        lines.append(
            f"{name:<14} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {score.gold:5d} {score.predicted:5d}   {details}"
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
    quotes = _by_start(rows["quotes"])
    return {
        "doc": doc.path,
        "source_url": doc.url,
        "language": doc.language,
        "format": doc.genre,
        "published": doc.published,
        "countries": gold_countries(rows["mentions"]),
        "places": gold_places(rows["mentions"]),
        "quotes": [_speech_item(q, kind=True) for q in quotes if q["kind"] != "reported"],
        "reported": [_speech_item(q) for q in quotes if q["kind"] == "reported"],
        "dates": [
            {"text": d["text"], "value": _none(d["value"]), "precision": _none(d["precision"]), "start": d["start"]}
            for d in _by_start(rows["dates"])
        ],
        "aliases": _aliases([m for m in rows["mentions"] if m["kind"] == "person"]),
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


def _aliases(person_mentions: list[dict]) -> dict[str, str]:
    """Full-name spellings in the document that differ from the canonical name.

    A shorter form of the canonical name ("Putin", "Nabiev") is not a variant, only another spelling is.
    """
    aliases = {}
    for mention in person_mentions:
        if mention["via"] not in ("name", "alias"):
            continue
        surface, entity = " ".join(str(mention["surface"]).split()), mention["entity"]
        if isinstance(entity, str) and len(surface.split()) >= 2 and not entity.endswith(surface):
            aliases.setdefault(surface, entity)
    return aliases
