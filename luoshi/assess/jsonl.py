"""Assess task rows given as JSON lines (the format of shared/data/assess/*.jsonl).

Each input line holds ``source``, ``number``, ``as_of`` (ISO date), ``content`` and
``progress`` (``year`` and ``previous`` are optional). Each output line holds ``source``,
``number`` and ``indicators``: one dict per target with text, metric, value, unit, comparator,
deadline (ISO or null), achieved, status and evidence. Values are folded (万/亿 in the value).
It also holds ``findings``, the task-level codes (``score.py`` ignores them).
"""
from __future__ import annotations

import json
from datetime import date
from typing import TextIO

from .readings import assess


class BadLine(ValueError):
    """An input line that cannot be assessed; the message names its line number."""


def row_to_output(row: dict) -> dict:
    as_of = date.fromisoformat(row["as_of"]) if row.get("as_of") else None
    year = row.get("year")
    result = assess(row.get("content") or "", row.get("progress") or "", as_of=as_of,
                    year=int(year) if year else None, previous=row.get("previous"))
    indicators = []
    for r in result.readings:
        t = r.target
        indicators.append({
            "text": t.text, "metric": t.metric, "value": t.value, "unit": t.unit,
            "comparator": t.comparator,
            "deadline": t.deadline.isoformat() if t.deadline else None,
            "achieved": r.achieved, "status": r.status, "evidence": r.evidence,
        })
    return {"source": row.get("source", ""), "number": row.get("number", ""),
            "indicators": indicators, "findings": result.findings}


def run(infile: TextIO, outfile: TextIO) -> int:
    """Read rows from ``infile``, write one JSON line per row to ``outfile``; return the number
    of rows. Raises ``BadLine`` naming the line number on a line that is not a JSON object with
    string ``content``/``progress`` and an ISO ``as_of``. Blank lines are skipped."""
    count = 0
    for n, line in enumerate(infile, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise BadLine(f"line {n}: not JSON: {e}") from e
        if not isinstance(row, dict):
            raise BadLine(f"line {n}: not a JSON object")
        for key in ("content", "progress"):
            if not isinstance(row.get(key, ""), str):
                raise BadLine(f"line {n}: {key!r} must be a string")
        try:
            out = row_to_output(row)
        except (ValueError, TypeError) as e:
            raise BadLine(f"line {n}: {e}") from e
        outfile.write(json.dumps(out, ensure_ascii=False) + "\n")
        count += 1
    return count
