"""Periods named by titles and headers."""

from datetime import date

import pytest

from luoshi.ingest.period import find_period

CASES = [
    ("某镇2023年重点任务第三季度执行情况", "quarter", date(2023, 7, 1), date(2023, 9, 30)),
    ("2020年重点工作一季度进展情况表", "quarter", date(2020, 1, 1), date(2020, 3, 31)),
    ("2021年市政府重点工作上半年进展情况", "half", date(2021, 1, 1), date(2021, 6, 30)),
    ("2021年市政府重点工作半年度进展情况表", "half", date(2021, 1, 1), date(2021, 6, 30)),
    ("2015年民生工程前三季度进展", "months", date(2015, 1, 1), date(2015, 9, 30)),
    ("2017年1-9月民生实事进度公示", "months", date(2017, 1, 1), date(2017, 9, 30)),
    ("2020年1-11月份目标任务完成情况", "months", date(2020, 1, 1), date(2020, 11, 30)),
    ("2017年1—11月十大民生工程项目实施进度表", "months", date(2017, 1, 1), date(2017, 11, 30)),
    ("2022年度民生实事项目进度表(截至10月31日)", "months", date(2022, 1, 1), date(2022, 10, 31)),
    ("2021年重点民生实事进度通报(截至8月底)", "months", date(2021, 1, 1), date(2021, 8, 31)),
    ("2020年市政府重点工作全年完成情况", "year", date(2020, 1, 1), date(2020, 12, 31)),
    ("2021年为民办实事项目进展情况月报表(11月份)", "month", date(2021, 11, 1), date(2021, 11, 30)),
    ("开化县2023年度重点工作清单(一季度政府工作报告重点任务执行落实情况)", "quarter", date(2023, 1, 1), date(2023, 3, 31)),
    ("泗洲头镇2024年度重点工作计划二季度执行情况", "quarter", date(2024, 4, 1), date(2024, 6, 30)),
]


@pytest.mark.parametrize("text,kind,start,end", CASES)
def test_the_period_is_read_from_a_title(text, kind, start, end):
    p = find_period(text)
    assert (p.kind, p.start, p.end) == (kind, start, end)
    assert p.label in text


def test_a_header_without_a_year_takes_the_given_one():
    p = find_period("1-11月推进情况", 2022)
    assert (p.year, p.end) == (2022, date(2022, 11, 30))


def test_no_year_no_period():
    assert find_period("第三季度完成情况") is None
    assert find_period("") is None
