"""A figure equal to the target is a result when its sentence says the things are done, and a
restatement when it says they are only under way."""

from datetime import date

import pytest

from luoshi.assess import assess

CASES = [
    ("新建智能回收站点20个。", "新建智能回收站点20个,已全部投入使用。", "achieved", 20),
    ("新建污水泵站2座。", "2座污水泵站建成投运。", "achieved", 2),
    ("新建城市书房5个。", "今年新建城市书房5个,均已开放。", "achieved", 5),
    ("新建口袋公园3个。", "3个口袋公园均已完成选址设计。", "in_progress", None),
    ("新建口袋公园3个。", "新建口袋公园3个,正在施工。", "in_progress", None),
]


@pytest.mark.parametrize("content,progress,status,achieved", CASES)
def test_a_figure_named_again_is_judged_by_its_sentence(content, progress, status, achieved):
    (reading,) = assess(content, progress, as_of=date(2024, 9, 30)).readings
    assert (reading.status, reading.achieved) == (status, achieved)
