"""The report period (报告期) named in a title or a progress column's header.

`find_period(text, year)` returns a `PeriodInfo` or None. The year is read from the text
("2023年") when present, else the caller's fallback (e.g. the publication year).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from .report import PeriodInfo

_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "十一": 11, "十二": 12}
# Chinese numerals up to 12, longest first so that 十二 is not read as 十.
_CNUM = "十二|十一|十|一|二|三|四|五|六|七|八|九"
_NUM = rf"(?:\d{{1,2}}|{_CNUM})"
_DASH = r"\s*[-—–－~～至到]\s*"

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _n(token: str) -> int:
    token = token.strip()
    return int(token) if token.isdigit() else _CN[token]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _valid_month(m: int) -> bool:
    return 1 <= m <= 12


# Order matters: the most specific phrasing wins ("2023年度……一季度" is a quarter, not the year).
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("asof", re.compile(rf"(?:截至|截止|截止到|至)\s*(?:(?:19|20)\d{{2}}\s*年)?\s*({_NUM})\s*月\s*(?:(\d{{1,2}})\s*[日号]|(底|末))")),
    ("asof_month", re.compile(rf"(?:截至|截止)\s*(?:(?:19|20)\d{{2}}\s*年)?\s*({_NUM})\s*月(?:份)?")),
    ("first3q", re.compile(r"前三季度|一至三季度|1-3季度|1～3季度")),
    ("range", re.compile(rf"(?<![\d.])({_NUM}){_DASH}({_NUM})\s*月(?:份)?")),
    ("half", re.compile(r"(上|下)半年(?:度)?|半年度")),
    ("quarter", re.compile(r"第?\s*([一二三四1-4])\s*季度")),
    ("year", re.compile(r"全年|年度(?:完成|执行|落实|进展|推进)|年终|(?:19|20)\d{2}年度?(?:工作)?(?:完成|落实|执行)情况|1-12月")),
    ("month", re.compile(rf"(?<![\d.\-—~至])({_NUM})\s*月份?(?=\s*(?:进展|完成|推进|执行|落实|月报|工作|情况|\)|）))")),
]


def find_year(text: str) -> int | None:
    m = _YEAR.search(text or "")
    return int(m.group(1)) if m else None


def find_period(text: str, year: int | None = None, strict: bool = False) -> PeriodInfo | None:
    """The first period phrase found in `text`, with the year from the text or `year`.

    `strict` (for body text rather than a title or header) ignores a bare month and 年度,
    which in sentences are dates of events ("3月完成") rather than the report's period."""
    if not text:
        return None
    year = find_year(text) or year
    if year is None:
        return None
    for kind, pattern in _PATTERNS:
        if strict and kind in ("month", "year", "asof_month"):
            continue
        m = pattern.search(text)
        if not m:
            continue
        label = m.group(0).strip()
        try:
            if kind == "asof":
                month = _n(m.group(1))
                if not _valid_month(month):
                    continue
                end = _month_end(year, month) if m.group(3) else date(year, month, int(m.group(2)))
                return PeriodInfo(label, "months", year, date(year, 1, 1), end)
            if kind == "asof_month":
                month = _n(m.group(1))
                if not _valid_month(month):
                    continue
                return PeriodInfo(label, "months", year, date(year, 1, 1), _month_end(year, month))
            if kind == "first3q":
                return PeriodInfo(label, "months", year, date(year, 1, 1), date(year, 9, 30))
            if kind == "range":
                a, b = _n(m.group(1)), _n(m.group(2))
                if not (_valid_month(a) and _valid_month(b) and a <= b):
                    continue
                if a == 1 and b == 12:
                    return PeriodInfo(label, "year", year, date(year, 1, 1), date(year, 12, 31))
                if a == 1 and b == 6:
                    return PeriodInfo(label, "half", year, date(year, 1, 1), date(year, 6, 30))
                return PeriodInfo(label, "months", year, date(year, a, 1), _month_end(year, b))
            if kind == "half":
                if m.group(1) == "下":
                    return PeriodInfo(label, "half", year, date(year, 7, 1), date(year, 12, 31))
                return PeriodInfo(label, "half", year, date(year, 1, 1), date(year, 6, 30))
            if kind == "quarter":
                q = _n(m.group(1))
                start = date(year, 3 * q - 2, 1)
                return PeriodInfo(label, "quarter", year, start, _month_end(year, 3 * q))
            if kind == "year":
                return PeriodInfo(label, "year", year, date(year, 1, 1), date(year, 12, 31))
            if kind == "month":
                month = _n(m.group(1))
                if not _valid_month(month):
                    continue
                return PeriodInfo(label, "month", year, date(year, month, 1), _month_end(year, month))
        except (KeyError, ValueError):
            continue
    return None
