"""Prose layouts: numbered items under headings, bullets under group lines, a list announced by
"如下:"; the task is split from its progress at the first sentence that reports progress."""

import pytest

from luoshi.ingest import ParseError, parse_bytes
from luoshi.ingest.prose import split_task_progress

NUMBERED = """某市2023年政府工作报告重点任务前三季度落实情况
一、扩大有效投资
(一)重大项目
1.开工建设市级重大项目40个,完成投资120亿元。1-9月,已开工36个,完成投资97亿元。
2.推进城西货运站建设。截至9月底,主体工程完成60%。
(二)城市更新
3.改造老旧小区25个,惠及居民6000户。目前已开工22个。
(1)同步实施雨污分流改造。已完成管网铺设18公里。
二、保障改善民生
4.新增城镇就业1.5万人。前三季度新增城镇就业1.2万人。
"""

BULLETS = """某街道2025年民生实事进展
已完工项目
☑新建口袋公园2个
两个公园均已于4月开放。
☑改造背街小巷5条
5条小巷全部完工。
推进中项目
☑建设社区卫生服务站
已完成主体施工,正在内部装修。
"""

LISTED = """某区2016年民生实事上半年进展情况如下:
新建农村公路300公里(2016—2018年)。上半年已建成120公里。
改造农村危房2000户。上半年已完成改造850户。
建设乡镇污水处理站12座。上半年已开工9座,建成3座。
"""


def test_numbered_items_take_their_headings_as_categories():
    rep = parse_bytes(NUMBERED.encode(), "n.txt")
    assert [r.number for r in rep.rows] == ["1", "2", "3", "1", "4"]
    assert rep.rows[0].category == ["扩大有效投资", "重大项目"]
    assert rep.rows[2].category == ["扩大有效投资", "城市更新"]
    assert rep.rows[4].category == ["保障改善民生"]
    assert rep.rows[0].content == "开工建设市级重大项目40个,完成投资120亿元。"
    assert rep.rows[0].progress.startswith("1-9月")
    assert rep.rows[1].progress.startswith("截至9月底")
    assert rep.period.label == "前三季度"


def test_bullets_under_group_lines():
    rep = parse_bytes(BULLETS.encode(), "b.txt")
    assert [(r.category, r.content) for r in rep.rows] == [
        (["已完工项目"], "新建口袋公园2个"), (["已完工项目"], "改造背街小巷5条"), (["推进中项目"], "建设社区卫生服务站")]
    assert rep.rows[2].progress == "已完成主体施工,正在内部装修。"
    assert all(r.number_generated for r in rep.rows)


def test_a_list_announced_by_a_colon_line():
    rep = parse_bytes(LISTED.encode(), "l.txt")
    assert len(rep.rows) == 3
    assert rep.rows[0].content == "新建农村公路300公里(2016—2018年)。"
    assert rep.rows[2].progress == "上半年已开工9座,建成3座。"


def test_prose_inside_an_html_page_without_a_table():
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in NUMBERED.splitlines()) + "</body></html>"
    rep = parse_bytes(page.encode(), "p.html")
    assert rep.format == "html" and len(rep.rows) == 5


def test_a_summary_without_items_is_refused():
    text = "今年以来,全区50项民生实事有序推进。\n截至四月底,已启动实施30项,正在开展前期工作6项。\n"
    with pytest.raises(ParseError):
        parse_bytes(text.encode(), "s.txt")


@pytest.mark.parametrize("text,task,progress", [
    ("新增托位60个。上半年新增托位45个。", "新增托位60个。", "上半年新增托位45个。"),
    ("新增托位60个;建成驿站1个。目前已新增托位45个。", "新增托位60个;建成驿站1个。", "目前已新增托位45个。"),
    ("新增托位60个。建成驿站1个。", "新增托位60个。", "建成驿站1个。"),
    ("新增托位60个", "新增托位60个", ""),
])
def test_task_and_progress_split(text, task, progress):
    assert split_task_progress(text) == (task, progress)


def test_numbered_section_headings_are_not_read_as_a_form():
    text = "某县2024年重点工作上半年情况\n一、主要任务\n1.新建公园2个。上半年已建成1个。\n二、进展情况\n2.改造道路3公里。截至6月底已完成2公里。\n"
    rep = parse_bytes(text.encode(), "sections.txt")
    assert [r.number for r in rep.rows] == ["1", "2"]
    assert rep.rows[1].category == ["进展情况"]
