"""Deadlines written in task text, resolved against the plan's year (never against today).

``3月底前`` in a 2023 plan is 2023-03-31; ``年底``/``年内``/``本年度`` is the plan year's
31 December; ``上半年`` 30 June; ``二季度`` 30 June; a season maps to the end of its quarter
(``2024年秋季`` -> 2024-09-30, the month autumn terms begin); a span of years
``(2013—2017年)`` or ``2026年至2030年`` ends on the last year's 31 December; a bare
``2023年`` heading a sentence means within that year.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .numbers import numeral_value

_Y = r"(?P<y>(?:19|20)\d{2})\s*年"
_M = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月"
_Q = r"(?P<q>[一二三四1-4])\s*季度"

DEADLINE_RE = re.compile(
    r"(?P<span>(?:19|20)\d{2})\s*年?\s*(?:[-—–~～至到]|年至)\s*(?P<y2>(?:19|20)\d{2})\s*年"
    rf"|(?:{_Y})?\s*(?:"
    rf"{_M}(?:份)?(?:(?P<d>[0-3]?\d)\s*[日号])?(?P<mend>底|末|中旬|上旬|下旬)?"
    rf"|(?P<half>上半年|下半年)"
    rf"|(?:第)?{_Q}(?:末|底)?"
    rf"|(?P<season>春季|夏季|秋季|冬季|春节前)"
    rf"|(?P<yend>底|末|内)"
    rf")"
    rf"|(?P<yonly>(?:19|20)\d{{2}})\s*年(?![度\d]*[-—–~～至到]\s*(?:19|20)\d{{2}})"
    rf"|(?P<thisyear>年底|年末|年内|本年度|今年|全年|年度)"
)

_BASE_BEFORE = re.compile(r"(?:比|较|与|同|自|从|截至|截止)\s*$")
_BASE_AFTER = re.compile(r"\s*(?:以来|同期|水平|基础|相比|底的|末的|前后|起)")
_SEASON_MONTH = {"春季": 3, "夏季": 6, "秋季": 9, "冬季": 12, "春节前": 2}
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True, slots=True)
class Deadline:
    start: int
    end: int
    when: date


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def find_deadlines(text: str, year: int | None) -> list[Deadline]:
    """Every deadline expression in ``text`` with the date it resolves to.

    Expressions that need the plan year are dropped when ``year`` is None.
    """
    out = []
    for m in DEADLINE_RE.finditer(text):
        g = m.groupdict()
        when = None
        if g["span"]:
            when = date(int(g["y2"]), 12, 31)
        elif g["yonly"]:
            # 比2020年增长, 2020年以来: a year of comparison or origin is no deadline.
            if _BASE_BEFORE.search(text, max(0, m.start() - 3), m.start()) or \
                    _BASE_AFTER.match(text, m.end()):
                continue
            when = date(int(g["yonly"]), 12, 31)
        elif g["thisyear"]:
            if year:
                when = date(year, 12, 31)
        else:
            y = int(g["y"]) if g["y"] else year
            if y is None:
                continue
            if g["m"]:
                mo = int(numeral_value(g["m"]))
                if g["d"]:
                    try:
                        when = date(y, mo, int(g["d"]))
                    except ValueError:
                        continue
                elif g["mend"] in ("上旬",):
                    when = date(y, mo, 10)
                elif g["mend"] in ("中旬",):
                    when = date(y, mo, 20)
                else:
                    when = _month_end(y, mo)
            elif g["half"]:
                when = date(y, 6, 30) if g["half"] == "上半年" else date(y, 12, 31)
            elif g["q"]:
                when = _month_end(y, 3 * _QUARTER[g["q"]])
            elif g["season"]:
                when = _month_end(y, _SEASON_MONTH[g["season"]])
            elif g["yend"] and g["y"]:
                when = date(y, 12, 31)
        if when:
            out.append(Deadline(m.start(), m.end(), when))
    return out


def deadline_at(text: str, pos: int, year: int | None, found: list[Deadline] | None = None) -> date | None:
    """The deadline governing the quantity at ``pos``: the nearest expression before it in the
    same sentence (。；), else the first one after it in that sentence, else None.
    """
    if found is None:
        found = find_deadlines(text, year)
    if not found:
        return None
    s0 = max(text.rfind(c, 0, pos) for c in "。;；") + 1
    ends = [i for i in (text.find(c, pos) for c in "。;；") if i >= 0]
    s1 = min(ends) if ends else len(text)
    before = [d for d in found if s0 <= d.start and d.end <= pos]
    if before:
        return before[-1].when
    after = [d for d in found if pos <= d.start and d.end <= s1]
    if after:
        return after[0].when
    return None
