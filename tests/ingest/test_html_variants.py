"""HTML as pages publish it: GBK bytes under a lying charset, a two-row header, one table per
leader, a task spilling over two rows, 责任单位 inside the task text, numbers as printed."""

import pytest

from luoshi.ingest import parse_bytes, parse_file

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def report():
    return parse_file(FIXTURES / "lushan_2023_h1_gbk.html")


def test_gbk_bytes_are_read_even_when_the_page_claims_utf8(report):
    assert report.meta.title == "鹿山县2023年政府工作报告重点任务1-6月推进情况"
    assert report.meta.index_no == "LS-07/2023-00415"
    assert report.meta.doc_no == "鹿政办〔2023〕9号"


def test_a_two_row_header_maps_both_lines(report):
    assert report.columns["progress"] == "推进情况1-6月完成情况"
    assert report.columns["percent"] == "推进情况进度"
    assert report.period.label == "1-6月" and report.period.end.isoformat() == "2023-06-30"


def test_numbers_are_kept_as_printed_across_tables(report):
    assert [r.number for r in report.rows] == ["一", "3", "9*", "12", "15"]
    assert not any(r.number_generated for r in report.rows)


def test_each_table_takes_the_leader_named_above_it(report):
    assert [r.leader for r in report.rows] == ["县长 赵某"] * 3 + ["副县长 钱某"] * 2


def test_a_row_without_a_number_continues_the_task_above(report):
    row = report.rows[1]
    assert row.content == "新建5G基站120个。同步完成基站配套电力改造。"
    assert row.progress.split("\n") == ["已建成68个。", "电力改造同步推进。"]


def test_a_responsible_unit_inside_the_task_text_is_taken_out(report):
    assert report.rows[0].content == "全年新增城镇就业3000人以上。"
    assert report.rows[0].unit == "县人社局"


def test_page_furniture_and_other_tables_are_ignored():
    page = """<html><body><table><tr><td>网站首页</td><td>政务公开</td></tr></table>
    <table><tr><td>序号</td><td>主要任务</td><td>落实情况</td></tr>
    <tr><td>1</td><td>建设口袋公园6个。</td><td>已建成4个。</td></tr></table>
    <table><tr><td>相关链接</td></tr></table></body></html>"""
    rep = parse_bytes(page.encode(), "p.html")
    assert [(r.number, r.content, r.progress) for r in rep.rows] == [("1", "建设口袋公园6个。", "已建成4个。")]


def test_a_page_without_a_report_says_what_is_missing_in_one_line():
    from luoshi.ingest import ParseError

    with pytest.raises(ParseError) as exc:
        parse_bytes("<html><body><p>本站新闻</p><table><tr><td>a</td></tr></table></body></html>".encode(), "news.html")
    msg = str(exc.value)
    assert "\n" not in msg and msg.startswith("news.html:") and "序号" in msg


def test_rows_numbered_in_chinese_with_only_a_heading_are_group_headings():
    page = """<table><tr><th>序号</th><th>重点任务</th><th>进展情况</th><th>责任单位</th></tr>
    <tr><td>一</td><td>产业兴旺</td><td></td><td></td></tr>
    <tr><td>(一)</td><td>特色农业</td><td></td><td></td></tr>
    <tr><td>1</td><td>新建茶园500亩。</td><td>已种植320亩。</td><td>农业站</td></tr>
    <tr><td>2</td><td>培育农业品牌2个。</td><td>1个品牌已申报。</td><td>农业站</td></tr>
    <tr><td>二</td><td>生态宜居</td><td></td><td></td></tr>
    <tr><td>3</td><td>改造农村公厕6座。</td><td>已完工4座。</td><td>村建办</td></tr></table>"""
    rep = parse_bytes(page.encode(), "g.html")
    assert [r.number for r in rep.rows] == ["1", "2", "3"]
    assert [r.category for r in rep.rows] == [["产业兴旺", "特色农业"], ["产业兴旺", "特色农业"], ["生态宜居"]]
    assert rep.rows[2].unit == "村建办"


def test_utf8_with_a_stray_byte_is_not_read_as_gbk():
    page = "<html><body><table><tr><td>序号</td><td>主要任务</td><td>落实情况</td></tr><tr><td>1</td><td>建设口袋公园6个。</td><td>已建成4个。</td></tr></table></body></html>"
    data = page.encode("utf-8")
    at = data.index("已建成".encode())
    data = data[:at] + b"\xff" + data[at:]
    rep = parse_bytes(data, "stray.html")
    assert rep.rows[0].content == "建设口袋公园6个。"
    assert rep.rows[0].progress.endswith("已建成4个。")


def test_a_task_name_column_before_a_longer_content_column_is_the_title():
    page = """<table><tr><th>序号</th><th>重点任务</th><th>具体内容</th><th>牵头单位</th><th>完成时限</th></tr>
    <tr><td>1</td><td>数字乡村建设</td><td>建成村级数字服务站15个,实现行政村全覆盖。</td><td>农业农村局</td><td>2024年12月</td></tr></table>"""
    rep = parse_bytes(page.encode(), "plan.html")
    r = rep.rows[0]
    assert (r.title, r.content, r.unit, r.deadline, r.progress) == ("数字乡村建设", "建成村级数字服务站15个,实现行政村全覆盖。", "农业农村局", "2024年12月", "")


@pytest.mark.parametrize("content,task,unit", [
    ("建成智慧停车场1处。(责任单位:区城管局)", "建成智慧停车场1处。", "区城管局"),
    ("建成智慧停车场1处。责任单位：区城管局、区交通局", "建成智慧停车场1处。", "区城管局、区交通局"),
    ("建成智慧停车场1处。\n牵头单位:区城管局", "建成智慧停车场1处。", "区城管局"),
    ("建成智慧停车场1处(责任单位:区城管局),年底前投用。", "建成智慧停车场1处,年底前投用。", "区城管局"),
    ("建成智慧停车场1处。", "建成智慧停车场1处。", ""),
])
def test_the_unit_written_in_the_task_text_is_taken_out(content, task, unit):
    from luoshi.ingest.tables import _take_unit

    assert _take_unit(content) == (task, unit)


def test_an_attachment_list_beside_the_report_is_not_read_as_tasks():
    page = """<table><tr><th>序号</th><th>主要任务</th><th>落实情况</th></tr>
    <tr><td>1</td><td>建设口袋公园6个。</td><td>已建成4个。</td></tr></table>
    <table><tr><th>序号</th><th>附件名称</th></tr><tr><td>1</td><td>口袋公园分布表.xls</td></tr></table>"""
    rep = parse_bytes(page.encode(), "att.html")
    assert [r.content for r in rep.rows] == ["建设口袋公园6个。"]


def test_a_list_before_the_report_table_is_dropped():
    page = """<table><tr><th>序号</th><th>附件名称</th></tr><tr><td>1</td><td>口袋公园分布表.xls</td></tr></table>
    <table><tr><th>序号</th><th>主要任务</th><th>落实情况</th></tr>
    <tr><td>1</td><td>建设口袋公园6个。</td><td>已建成4个。</td></tr></table>"""
    rep = parse_bytes(page.encode(), "att2.html")
    assert [r.content for r in rep.rows] == ["建设口袋公园6个。"]


def test_one_form_table_per_item_gives_one_row_each():
    form = """<p>2022年为民办实事项目进展情况月报表(10月份)</p>
    <table><tr><td>项 目<br>名 称</td><td>{name}</td></tr><tr><td>我市<br>任务</td><td>{task}</td></tr>
    <tr><td>进展<br>情况</td><td>{progress}</td></tr><tr><td>是否<br>滞后</td><td>否</td></tr></table>"""
    page = "<html><body>" + form.format(name="城市绿道", task="新建绿道20公里", progress="已建成21公里。") + \
        form.format(name="街头绿地", task="新建绿地8处", progress="已建成6处。") + "</body></html>"
    rep = parse_bytes(page.encode(), "forms.html")
    assert [(r.title, r.content, r.progress, r.status) for r in rep.rows] == [
        ("城市绿道", "新建绿道20公里", "已建成21公里。", "否"), ("街头绿地", "新建绿地8处", "已建成6处。", "否")]
    assert rep.period.end.isoformat() == "2022-10-31"


def test_a_region_by_indicator_matrix_is_refused():
    from luoshi.ingest import ParseError

    page = """<table><tr><th>地区</th><th>目标任务</th><th>进度</th><th>完成比例(%)</th></tr>
    <tr><td>全市</td><td>27800</td><td>52242</td><td>187.9</td></tr>
    <tr><td>东区</td><td>8000</td><td>9921</td><td>124.0</td></tr></table>"""
    with pytest.raises(ParseError):
        parse_bytes(page.encode(), "matrix.html")


def test_units_broken_after_a_separator_are_one_line():
    page = """<table><tr><th>序号</th><th>主要工作任务</th><th>进展情况</th><th>牵头部门</th></tr>
    <tr><td>1</td><td>建设创业新城。</td><td>完成规划设计。</td><td>县政府、<br>发展办</td></tr></table>"""
    assert parse_bytes(page.encode(), "u.html").rows[0].unit == "县政府、发展办"
