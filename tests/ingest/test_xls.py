"""Legacy XLS decomposition tables (Excel 97) read like XLSX: merged category cells, two levels.

The workbook is written here with xlwt (a test-only dependency), in our own wording.
"""

import pytest

xlwt = pytest.importorskip("xlwt", reason="xlwt (test extra) writes the XLS fixture")

from luoshi.ingest import parse_bytes  # noqa: E402


def _workbook(path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("重点任务")
    sheet.write(0, 0, "杏林镇2025年《政府工作报告》第一季度重点任务执行情况")
    for c, header in enumerate(["序号", "任务类别", "任务内容", "进展情况", "责任单位"]):
        sheet.write(2, c, header)
    rows = [
        ("1", "乡村振兴", "建成高标准农田1500亩。", "完成农田规划设计。", "农业农村办"),
        ("2", None, "新培育家庭农场6家。", "新培育家庭农场2家。", "农业农村办"),
        ("3", "社会事业", "新建村级养老服务站3个。", "2个服务站主体完工。", "社会事务办"),
    ]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value)
    sheet.merge(3, 4, 1, 1)  # 乡村振兴 spans rows 1-2, as a merged cell does
    book.save(str(path))
    return path.read_bytes()


def test_an_xls_table_gives_its_rows_with_merged_categories(tmp_path):
    report = parse_bytes(_workbook(tmp_path / "plan.xls"), "plan.xls")
    assert report.format == "xls"
    assert [r.number for r in report.rows] == ["1", "2", "3"]
    assert [r.category for r in report.rows] == [["乡村振兴"], ["乡村振兴"], ["社会事业"]]
    assert report.rows[1].content == "新培育家庭农场6家。"
    assert report.rows[2].progress == "2个服务站主体完工。"
    assert report.rows[0].unit == "农业农村办"
    assert report.period is not None and (report.period.year, report.period.end.isoformat()) == (2025, "2025-03-31")
