"""One small report of our own wording in each text layout pages come in; each gives the same
rows (number, content, progress) or, for layouts that hold no task list, a one-line refusal."""

import pytest

from luoshi.ingest import ParseError, parse_bytes

TITLE = "某县某乡2024年重点工作上半年完成情况"
EXPECTED = [("1", "新修机耕路4公里。", "已完成4.2公里。"), ("2", "建成党群服务中心1个。", "已投入使用。")]

LAYOUTS = {
    # one cell per paragraph, as a browser page's text
    "paragraphs": f"{TITLE}\n\n序号\n\n工作任务\n\n完成情况\n\n1\n\n新修机耕路4公里。\n\n已完成4.2公里。\n\n2\n\n建成党群服务中心1个。\n\n已投入使用。\n",
    # one cell per line, each ending in a pipe (a flattened copy)
    "cell-per-line pipes": f"{TITLE}\n序号 |\n工作任务 |\n完成情况 |\n1 |\n新修机耕路4公里。 |\n已完成4.2公里。 |\n2 |\n建成党群服务中心1个。 |\n已投入使用。 |\n",
    # one row per line, pipes
    "pipes": f"{TITLE}\n序号 | 工作任务 | 完成情况 |\n1 | 新修机耕路4公里。 | 已完成4.2公里。 |\n2 | 建成党群服务中心1个。 | 已投入使用。 |\n",
    # one row per line, tabs (copied from a spreadsheet)
    "tabs": f"{TITLE}\n序号\t工作任务\t完成情况\n1\t新修机耕路4公里。\t已完成4.2公里。\n2\t建成党群服务中心1个。\t已投入使用。\n",
    # numbered prose
    "prose": f"{TITLE}\n一、基础设施\n1.新修机耕路4公里。已完成4.2公里。\n2.建成党群服务中心1个。已投入使用。\n",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_layout_gives_the_same_rows(layout):
    rep = parse_bytes(LAYOUTS[layout].encode(), f"{layout}.txt")
    assert [(r.number, r.content, r.progress) for r in rep.rows] == EXPECTED
    assert rep.meta.title == TITLE
    assert rep.period.kind == "half" and rep.period.year == 2024


def test_space_separated_rows_place_cells_by_kind():
    text = "\n".join([
        "某区2018年1-10月民生实事完成情况表",
        "序号 项目名称 责任单位 目标任务 1-10月完成 完成率 备注",
        "1 新增公共自行车站点 区交通局 40个 32个 80% 剩余站点选址中",
        "2 改造农贸市场 区商务局 3家 100%",
        "培训市场管理人员 区商务局 60人 75人 125%",
    ])
    rep = parse_bytes(text.encode(), "spaced.txt")
    r1, r2, r3 = rep.rows
    assert (r1.title, r1.unit, r1.content, r1.progress, r1.percent, r1.remarks) == (
        "新增公共自行车站点", "区交通局", "40个", "32个", "80%", "剩余站点选址中")
    assert (r2.content, r2.percent) == ("3家", "100%")
    assert (r3.number, r3.number_generated, r3.title) == ("2-2", True, "培训市场管理人员")
    assert rep.period.end.isoformat() == "2018-10-31"


def test_a_form_of_labelled_fields_repeated_per_item():
    text = "\n".join([
        "2022年为民办实事项目进展情况月报表(9月份)",
        "项目", "名称", "新建社区健身点10处",
        "进展", "情况", "已建成8处。",
        "是否", "滞后", "否",
        "项目", "名称", "改造公厕15座",
        "进展", "情况", "已完工9座。",
        "是否", "滞后", "是",
    ])
    rep = parse_bytes(text.encode(), "form.txt")
    assert [(r.content, r.progress, r.status) for r in rep.rows] == [
        ("新建社区健身点10处", "已建成8处。", "否"), ("改造公厕15座", "已完工9座。", "是")]
    assert rep.period.kind == "month" and rep.period.end.isoformat() == "2022-09-30"


@pytest.mark.parametrize("text", [
    # a region x indicator matrix: figures, no tasks
    "2019年民生工程完成情况表\n\n地区\n\n目标任务\n\n进度\n\n完成比例(%)\n\n全市\n\n27800\n\n52242\n\n187.9\n\n东区\n\n8000\n\n9921\n\n124.0\n",
    # a summary: counts of items, no list
    "2020年1-11月目标任务完成情况\n\n列入督查的量化指标任务共55项,达到序时进度44项,占比80.0%。\n",
    # a news story
    "本报讯 今年以来,我市15项重点民生工程顺利推进,2项提前完成全年任务。\n",
])
def test_layouts_without_a_task_list_are_refused_in_one_line(text):
    with pytest.raises(ParseError) as exc:
        parse_bytes(text.encode(), "x.txt")
    assert "\n" not in str(exc.value) and str(exc.value).startswith("x.txt:")
