"""Columns by meaning: every header variant of the README maps to its role; unknown columns
are kept in `extra`."""

import pytest

from luoshi.ingest import parse_bytes
from luoshi.ingest.columns import role_of

VARIANTS = [
    # target / content
    ("任务内容", "content"), ("内容与要求", "content"), ("主要工作任务", "content"), ("目标任务", "content"),
    ("项目内容", "content"), ("主要任务", "content"), ("攻坚目标任务", "content"),
    # progress
    ("工作举措与完成情况", "progress"), ("进展情况", "progress"), ("完成情况", "progress"), ("落实情况", "progress"),
    ("推进情况", "progress"), ("二季度完成情况", "progress"), ("1-11月推进情况", "progress"), ("实际完成情况", "progress"),
    # unit / leader
    ("责任单位", "unit"), ("牵头单位", "unit"), ("牵头部门", "unit"), ("责任部门", "unit"), ("责任科室", "unit"),
    ("市级牵头责任单位", "unit"), ("责任领导", "leader"), ("分管领导", "leader"),
    # status / percent / remarks
    ("进展状态", "status"), ("是否滞后", "status"), ("进度", "percent"), ("完成目标(%)", "percent"),
    ("当前进度", "percent"), ("任务完成率", "percent"), ("备注", "remarks"), ("存在困难和问题", "remarks"),
    # number / category / title / deadline
    ("序号", "number"), ("任务类别", "category"), ("类别", "category"), ("工程名称", "category"),
    ("项目名称", "title"), ("重点工作", "title"), ("工作事项", "title"), ("指标名称", "title"),
    ("完成时限", "deadline"), ("进度安排", "deadline"), ("时间节点", "deadline"),
    # spaced or broken over lines as pages print them
    ("项 目 内 容", "content"), ("责任\n\n领导", "leader"),
    # no role
    ("市 州", None), ("计划投资额(万元)", None),
]


@pytest.mark.parametrize("header,role", VARIANTS)
def test_a_header_maps_to_its_role(header, role):
    assert role_of(header) == role


@pytest.mark.parametrize("content_h,progress_h,unit_h,extra_h", [
    ("内容与要求", "进展情况", "责任单位", "批次号"),
    ("主要工作任务", "推进情况", "牵头部门", "资金来源"),
    ("目标任务", "落实情况", "牵头单位", "联系电话"),
    ("项目内容", "1-9月推进情况", "责任部门", "资金性质"),
])
def test_a_pasted_table_maps_columns_by_meaning_in_any_order(content_h, progress_h, unit_h, extra_h):
    text = "\n".join([
        f"某区2024年重点工作前三季度推进情况",
        f"{unit_h} | 序号 | {progress_h} | {content_h} | {extra_h} |",
        "区农业局 | 1 | 已建成示范基地2个。 | 建设蔬菜示范基地3个。 | 甲-01 |",
        "区教育局 | 2 | 两所学校主体完工。 | 新建中小学2所。 | 甲-02 |",
    ])
    rep = parse_bytes(text.encode(), "t.txt")
    assert rep.columns["content"] == content_h and rep.columns["progress"] == progress_h
    assert rep.columns["unit"] == unit_h
    assert [r.content for r in rep.rows] == ["建设蔬菜示范基地3个。", "新建中小学2所。"]
    assert rep.rows[1].progress == "两所学校主体完工。"
    assert rep.rows[0].unit == "区农业局"
    assert rep.rows[0].extra == {extra_h: "甲-01"}
    assert rep.period.end.month == 9


def test_status_percent_leader_deadline_and_remarks_columns():
    text = "\n".join([
        "序号\t重点任务\t责任领导\t完成时限\t推进情况\t进展状态\t完成率\t备注",
        "1\t建成乡村振兴学院一所。\t王某\t2024年10月底\t主体工程完工。\t按时推进\t85%\t无",
        "2\t新增农村客运线路3条。\t李某\t2024年12月底\t已开通2条。\t滞后\t66%\t车辆待采购",
    ])
    rep = parse_bytes(text.encode(), "t.tsv")
    r = rep.rows[1]
    assert (r.leader, r.deadline, r.progress, r.status, r.percent, r.remarks) == (
        "李某", "2024年12月底", "已开通2条。", "滞后", "66%", "车辆待采购")


def test_a_browser_copied_table_with_multi_paragraph_cells():
    # Copying an HTML table gives tab-separated cells; a cell with paragraphs cuts its row.
    text = "\n".join([
        "某街道2024年重点任务第一季度执行情况",
        "序号\t任务内容\t工作举措与完成情况\t责任单位",
        "1\t建设社区食堂2家。\t1.选址已确定。",
        "2.设备采购完成。\t民政科",
        "2\t新增停车位100个。\t已新增40个。\t城管科",
        "扫一扫在手机打开当前页",
    ])
    rep = parse_bytes(text.encode(), "copy.txt")
    assert [(r.number, r.progress, r.unit) for r in rep.rows] == [
        ("1", "1.选址已确定。\n2.设备采购完成。", "民政科"), ("2", "已新增40个。", "城管科")]


def test_a_header_on_one_line_above_cells_one_per_paragraph():
    text = "某乡2023年重点工作全年完成情况\n\n序号 工作任务 完成情况\n\n1\n\n新修机耕路4公里。\n\n已完成4.2公里。\n\n2\n\n建成党群服务中心。\n\n已投入使用。\n"
    rep = parse_bytes(text.encode(), "oneline.txt")
    assert [(r.number, r.content, r.progress) for r in rep.rows] == [
        ("1", "新修机耕路4公里。", "已完成4.2公里。"), ("2", "建成党群服务中心。", "已投入使用。")]
    assert rep.period.kind == "year"


def test_the_period_comes_from_the_progress_header_when_the_title_names_none():
    text = "某镇2022年重点工作推进表\n序号 | 工作任务 | 1-10月推进情况\n1 | 建成文化礼堂3个。 | 已建成2个。\n"
    rep = parse_bytes(text.encode(), "h.txt")
    assert rep.period.label == "1-10月" and rep.period.end.isoformat() == "2022-10-31"
