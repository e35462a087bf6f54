"""Deadlines are resolved against the plan year, never against today."""
from datetime import date

import pytest

from luoshi.assess import assess, extract_targets


@pytest.mark.parametrize("content, year, deadline", [
    ("力争3月底前新建口袋公园3个。", 2023, date(2023, 3, 31)),
    ("年底前新增停车位200个。", 2023, date(2023, 12, 31)),
    ("年内新增停车位200个。", 2022, date(2022, 12, 31)),
    ("上半年完成老旧小区改造5个。", 2024, date(2024, 6, 30)),
    ("11月底前建成充电桩300孔。", 2024, date(2024, 11, 30)),
    ("二季度完成惠民演出20场。", 2021, date(2021, 6, 30)),
    ("确保2024年秋季开办托班3个。", 2023, date(2024, 9, 30)),
    ("力争2023年新增科技企业5家以上。", 2023, date(2023, 12, 31)),
    ("1500个自然村污水治理(2021—2025年)。", 2023, date(2025, 12, 31)),
    ("2026年至2030年期间,全区新建口袋公园120个。", 2027, date(2030, 12, 31)),
    ("新建口袋公园3个,6月底前完成。", 2024, date(2024, 6, 30)),
    ("新建口袋公园3个。", 2024, None),
    ("人均可支配收入比2020年增长10%。", 2024, None),
    ("2020年以来累计建成口袋公园30个。", 2024, None),
])
def test_it_resolves_the_deadline_of_a_target(content, year, deadline):
    (t,) = extract_targets(content, year)
    assert t.deadline == deadline


def test_without_a_year_a_month_only_deadline_is_unknown_not_this_year():
    (t,) = extract_targets("3月底前新建口袋公园3个。", None)
    assert t.deadline is None


def test_assess_takes_the_plan_year_from_as_of_when_not_given():
    result = assess("3月底前新建口袋公园3个。", "", as_of=date(2019, 9, 30))
    assert result.targets[0].deadline == date(2019, 3, 31)


def test_a_deadline_in_another_sentence_does_not_apply():
    (t,) = extract_targets("3月底前完成方案设计。新建口袋公园3个。", 2024)
    assert t.deadline is None
