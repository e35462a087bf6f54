"""DOCX and XLSX reports: merged cells give every row its categories; paragraphs are kept."""

import pytest

from luoshi.ingest import parse_bytes

from .builders import TITLE, build_docx, build_html, build_xlsx, sample_rows


@pytest.mark.parametrize("build,name,fmt", [
    (build_docx, "report.docx", "docx"),
    (build_xlsx, "report.xlsx", "xlsx"),
    (build_html, "report.html", "html"),
])
def test_merged_categories_reach_every_row(build, name, fmt):
    rep = parse_bytes(build(), name)
    expected = sample_rows()
    assert rep.format == fmt
    assert [r.number for r in rep.rows] == [row[0] for row in expected]
    assert [r.category for r in rep.rows] == [[row[1], row[2]] for row in expected]
    assert [r.content for r in rep.rows] == [row[3] for row in expected]
    assert rep.rows[-1].progress.split("\n") == expected[-1][4].split("\n")
    assert rep.meta.title == TITLE
    assert rep.period.kind == "half" and rep.period.year == 2024


def test_the_format_comes_from_the_bytes_not_the_name():
    assert parse_bytes(build_docx(), "misnamed.xlsx").format == "docx"
    assert parse_bytes(build_xlsx(), "report.bin").format == "xlsx"


def test_docx_metadata_paragraphs_above_the_table_are_read():
    rep = parse_bytes(build_docx(), "report.docx")
    assert rep.meta.index_no == "X017/2024-00102"
    assert rep.meta.publisher == "溪口镇"
    assert str(rep.meta.written_date) == "2024-07-20"


def test_docx_numbered_prose_is_read_as_items():
    import io

    import docx

    d = docx.Document()
    for line in [
        "某县2024年重点工作一季度推进情况",
        "一、产业发展",
        "(一)农业提质",
        "1.新建高标准农田2000亩。一季度已完成土地平整800亩,灌溉渠道开工。",
        "2.培育家庭农场10家。目前已认定家庭农场4家。",
        "(二)工业升级",
        "3.完成企业技术改造项目5个。截至3月底,2个项目完成设备安装。",
    ]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    rep = parse_bytes(buf.getvalue(), "prose.docx")
    assert [r.number for r in rep.rows] == ["1", "2", "3"]
    assert rep.rows[0].category == ["产业发展", "农业提质"]
    assert rep.rows[2].category == ["产业发展", "工业升级"]
    assert rep.rows[0].content == "新建高标准农田2000亩。"
    assert rep.rows[0].progress.startswith("一季度已完成")
    assert rep.period.kind == "quarter"


def test_docx_automatic_numbering_is_written_out_for_the_prose_reader():
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("某县2024年重点工作上半年推进情况")
    d.add_paragraph("产业发展", style="List Number")
    for text in ["新建冷链仓库2座。上半年已完成1座主体结构。", "培育电商企业15家。截至6月底已培育9家。"]:
        d.add_paragraph(text, style="List Number 2")
    buf = io.BytesIO()
    d.save(buf)
    rep = parse_bytes(buf.getvalue(), "auto.docx")
    assert [r.number for r in rep.rows] == ["1", "2"]
    assert rep.rows[0].category == ["产业发展"]
    assert rep.rows[1].progress.startswith("截至6月底")


def test_a_docx_table_continued_without_its_header():
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("某镇2024年重点工作第一季度完成情况")
    t1 = d.add_table(rows=2, cols=3)
    for c, v in enumerate(["序号", "工作任务", "完成情况"]):
        t1.cell(0, c).text = v
    for c, v in enumerate(["1", "修缮村道3公里。", "已完成。"]):
        t1.cell(1, c).text = v
    d.add_page_break()
    t2 = d.add_table(rows=1, cols=3)
    for c, v in enumerate(["2", "新建凉亭2座。", "已开工。"]):
        t2.cell(0, c).text = v
    buf = io.BytesIO()
    d.save(buf)
    rep = parse_bytes(buf.getvalue(), "two.docx")
    assert [(r.number, r.progress) for r in rep.rows] == [("1", "已完成。"), ("2", "已开工。")]


def test_xlsx_two_row_header_with_merged_cells_and_a_spilled_task():
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某区2024年民生实事项目1-9月进展情况"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "项目内容", "牵头单位", "1-9月进展", None, "备注"])
    ws.append([None, None, None, "完成情况", "完成率", None])
    for col in ("A", "B", "C", "F"):
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("D2:E2")
    ws.append([1, "改造老旧小区12个。", "区住建局", "已开工10个。", "83%", None])
    ws.append([None, "同步加装电梯20台。", None, "已加装9台。", None, None])
    ws.append(["2*", "新增托位300个。", "区卫健局", "新增托位210个。", "70%", "含社区托育点"])
    buf = io.BytesIO()
    wb.save(buf)
    rep = parse_bytes(buf.getvalue(), "two-row.xlsx")
    assert rep.columns["progress"] == "1-9月进展完成情况" and rep.columns["percent"] == "1-9月进展完成率"
    assert [r.number for r in rep.rows] == ["1", "2*"]
    first = rep.rows[0]
    assert first.content == "改造老旧小区12个。同步加装电梯20台。"
    assert first.progress == "已开工10个。\n已加装9台。"
    assert (first.unit, first.percent) == ("区住建局", "83%")
    assert rep.rows[1].remarks == "含社区托育点"
    assert rep.period.end.isoformat() == "2024-09-30" and rep.meta.title.startswith("某区2024年")


def test_docx_one_form_table_per_item():
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("2023年为民办实事项目进展情况月报表(5月份)")
    for name, progress in [("口袋公园", "已建成3处。"), ("健身步道", "已完成招标。")]:
        t = d.add_table(rows=3, cols=2)
        for r, (label, value) in enumerate([("项目名称", name), ("进展情况", progress), ("存在困难和问题", "无")]):
            t.cell(r, 0).text, t.cell(r, 1).text = label, value
    buf = io.BytesIO()
    d.save(buf)
    rep = parse_bytes(buf.getvalue(), "forms.docx")
    assert [(r.content, r.progress, r.remarks) for r in rep.rows] == [("口袋公园", "已建成3处。", "无"), ("健身步道", "已完成招标。", "无")]
