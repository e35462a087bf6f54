"""Linking the rows of one period's report to the plan's existing tasks (Q1 → H1 → Q3 → year).

`match_rows(existing, rows)` is pure: it returns, for each row in order, the key of the task it
continues (or None: a new task) and a confidence in 0..1. Rules:

1. Same 序号 (as printed, ignoring spaces and a trailing 、/.) and content at least loosely alike
   → that task; confidence 0.7 + 0.3 × similarity (1.0 when the text is unchanged).
2. Otherwise the most similar unused task by content, when similarity ≥ `threshold`;
   confidence 0.9 × similarity, so a reworded task (no number match) never reaches 1 and is
   listed for confirmation by the caller.
3. One existing task is used at most once; the best pairs are taken first.

Similarity is the Dice coefficient of character bigrams over the text with punctuation and
spaces removed: cheap, order-tolerant, and meaningful for Chinese without a word segmenter.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Hashable, Sequence

from .report import Row

_DROP = re.compile(r"[\s\u3000,，。.;；:：、!！?？“”\"'‘’()（）《》【】\[\]<>〈〉—\-_/|·…]+")
NUMBER_MIN_SIMILARITY = 0.25


def _norm(text: str) -> str:
    return _DROP.sub("", text or "")


def _bigrams(text: str) -> Counter:
    t = _norm(text)
    if len(t) < 2:
        return Counter([t]) if t else Counter()
    return Counter(t[i : i + 2] for i in range(len(t) - 1))


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams, 0..1."""
    ba, bb = _bigrams(a), _bigrams(b)
    if not ba or not bb:
        return 0.0
    common = sum((ba & bb).values())
    return 2.0 * common / (sum(ba.values()) + sum(bb.values()))


def _num(n: str) -> str:
    return re.sub(r"[\s、.．]+$", "", (n or "").strip())


def match_rows(
    existing: Sequence[tuple[Hashable, str, str]],
    rows: Sequence[Row],
    threshold: float = 0.5,
) -> list[tuple[Hashable | None, float]]:
    """For each row, (key of the matched existing task or None, confidence 0..1)."""
    out: list[tuple[Hashable | None, float]] = [(None, 0.0)] * len(rows)
    used: set[int] = set()
    by_number: dict[str, list[int]] = {}
    for i, (_key, number, _content) in enumerate(existing):
        if number:
            by_number.setdefault(_num(number), []).append(i)
    sims: dict[tuple[int, int], float] = {}

    def sim(r: int, e: int) -> float:
        if (r, e) not in sims:
            sims[(r, e)] = similarity(rows[r].content or rows[r].title, existing[e][2])
        return sims[(r, e)]

    # 1. by number, best pairs first
    pairs = []
    for r, row in enumerate(rows):
        if row.number_generated or not row.number:
            continue
        for e in by_number.get(_num(row.number), []):
            s = sim(r, e)
            if s >= NUMBER_MIN_SIMILARITY:
                pairs.append((s, r, e))
    done: set[int] = set()
    for s, r, e in sorted(pairs, reverse=True):
        if r in done or e in used:
            continue
        out[r] = (existing[e][0], round(min(1.0, 0.7 + 0.3 * s), 4))
        done.add(r)
        used.add(e)
    # 2. by content similarity among what is left
    pairs = []
    for r in range(len(rows)):
        if r in done:
            continue
        for e in range(len(existing)):
            if e in used:
                continue
            s = sim(r, e)
            if s >= threshold:
                pairs.append((s, r, e))
    for s, r, e in sorted(pairs, reverse=True):
        if r in done or e in used:
            continue
        out[r] = (existing[e][0], round(0.9 * s, 4))
        done.add(r)
        used.add(e)
    return out
