"""Every metadata form: spaced labels, colons, list (label and value on lines), table, none."""

from datetime import date, datetime

import pytest

from luoshi.ingest import parse_bytes
from luoshi.ingest.meta import organization_from_title, read_meta

TABLE = "\n".join(["序号", "", "任务内容", "", "完成情况", "", "1", "", "修缮村道5公里。", "", "已完成3公里。",
                   "", "2", "", "新建公厕2座。", "", "已建成1座。"])

FORMS = {
    "spaced": "索 引 号 K001/2022-00007 成文日期 2022-07-08\n发布机构 桃源乡 主题分类 政务公开\n",
    "colon": "索引号:K001/2022-00007 公开方式:主动公开\n发布机构:桃源乡 成文日期:2022-07-08\n主题分类:政务公开 发文字号:\n",
    "list": "• 索引号\n• K001/2022-00007\n• 主题分类\n• 政务公开\n• 发布机构\n• 桃源乡\n• 成文日期\n• 2022-07-08\n",
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_each_metadata_form_gives_the_same_fields(form):
    text = FORMS[form] + "\n桃源乡2022年重点工作上半年完成情况\n\n发布日期:2022-07-09 08:05 信息来源:桃源乡\n\n" + TABLE
    rep = parse_bytes(text.encode(), "m.txt")
    m = rep.meta
    assert (m.index_no, m.publisher, m.topic, m.written_date) == ("K001/2022-00007", "桃源乡", "政务公开", date(2022, 7, 8))
    assert m.published_at == datetime(2022, 7, 9, 8, 5)
    assert m.title == "桃源乡2022年重点工作上半年完成情况"
    assert m.organization == "桃源乡"
    assert len(rep.rows) == 2


def test_no_metadata_at_all_still_gives_the_rows():
    rep = parse_bytes(TABLE.encode(), "bare.txt")
    assert rep.meta.index_no is None and rep.meta.title is None
    assert rep.period is None
    assert [r.progress for r in rep.rows] == ["已完成3公里。", "已建成1座。"]


def test_an_empty_label_does_not_swallow_the_next_line():
    m = read_meta(["主题分类: 政务公开 发文字号:", "2021年市政府重点工作半年度进展情况表"])
    assert m.doc_no is None and m.topic == "政务公开"


@pytest.mark.parametrize("title,org", [
    ("某市某区人民政府青溪街道办事处2024年《政府工作报告》第二季度重点任务执行情况", "某市某区人民政府青溪街道办事处"),
    ("【区级】某区人民政府2020年《政府工作报告》上半年度重点任务执行情况", "某区人民政府"),
    ("2021年市政府重点工作半年度进展情况表", None),
])
def test_the_organization_is_the_part_of_the_title_before_its_year(title, org):
    assert organization_from_title(title) == org
