"""The contract every extractor keeps: `Stage(name, needs, run)`, with `run(doc, ctx) -> rows by table`.

A stage reads the document, its language (`ctx.lang`), the reference data (`ctx.resources`) and the rows
of the stages it names in `needs` (`ctx.rows[table]`); it returns its own rows by table. A stage that
builds a per-document structure a later stage reads (the person layer) leaves it in `ctx.layers` under
its own name. `run_stages` runs them in registry order and checks that order against `needs`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from helpers.document import Document
from helpers.lang import Language

Rows = dict[str, list[dict]]  # table name -> rows of that table


@dataclass
class Context:
    """What a stage may read besides the document: its language, reference data, earlier stages' output."""

    lang: Language
    resources: Any  # helpers.extract.Resources
    rows: Rows = field(default_factory=dict)
    layers: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    name: str  # what it finds (and the key of its layer, if it leaves one)
    needs: tuple[str, ...]  # stages whose rows or layer it reads
    run: Callable[[Document, Context], Rows]


def run_stages(stages: tuple[Stage, ...], doc: Document, ctx: Context) -> Rows:
    """Each stage in order; its rows join the context, so later stages read them. Every row carries `doc_id`."""
    done: set[str] = set()
    for stage in stages:
        missing = set(stage.needs) - done
        if missing:
            raise ValueError(f"stage {stage.name} needs {sorted(missing)}, which run after it")
        for table, rows in stage.run(doc, ctx).items():
            for row in rows:
                row["doc_id"] = doc.doc_id
            ctx.rows.setdefault(table, []).extend(rows)
        done.add(stage.name)
    return ctx.rows
