"""The XLSX merges category cells as the page does, freezes the header and prints on A4 landscape."""

import io

import openpyxl

from tests.portal_exports.helpers import download


def _sheet(client, d):
    return openpyxl.load_workbook(io.BytesIO(download(client, d, "xlsx").content)).active


def _header_row(ws):
    return next(r for r in range(1, 10) if ws.cell(r, 1).value == "序号")


def test_the_seed_category_cells_are_merged(client, seed):
    ws = _sheet(client, seed)
    h = _header_row(ws)
    merges = {str(m) for m in ws.merged_cells.ranges}
    assert f"B{h + 1}:B{h + 4}" in merges  # 创新生态构建 over tasks 1-4
    assert ws.cell(h + 1, 2).value == "创新生态构建"
    assert ws.cell(h + 2, 2).value is None  # only the top-left cell of a merge holds the value
    assert f"B{h}:C{h}" in merges  # 任务类别 over both levels
    assert ws.max_row == h + 19


def test_the_demo_table_matches_its_rows(client, demo):
    ws = _sheet(client, demo)
    h = _header_row(ws)
    rows = demo.table["rows"]
    assert [ws.cell(h + 1 + i, 1).value for i in range(len(rows))] == [r["number"] for r in rows]
    assert ws.cell(h + 1, 4).value == rows[0]["content"]
    assert ws.cell(h + 1, 5).value == "\n".join(rows[0]["progress"])
    assert ws.cell(1, 1).value == demo.title


def test_header_frozen_widths_wrap_and_print_setup(client, demo):
    ws = _sheet(client, demo)
    h = _header_row(ws)
    assert ws.freeze_panes == f"A{h + 1}"
    assert ws.print_title_rows == f"${h}:${h}"
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == "9"  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.column_dimensions["D"].width > ws.column_dimensions["A"].width * 4
    assert ws.cell(h + 1, 4).alignment.wrap_text is True


def test_targets_have_their_own_column_with_status_in_words(client, demo):
    ws = _sheet(client, demo)
    h = _header_row(ws)
    last = ws.max_column
    assert ws.cell(h, last).value == "指标研判"
    rows = demo.table["rows"]
    for i, row in enumerate(rows):
        cell = ws.cell(h + 1 + i, last).value or ""
        assert all(t["text"] in cell for t in row["targets"])
    assert any(word in (ws.cell(h + 1 + i, last).value or "") for i in range(len(rows)) for word in ("已完成", "推进中"))
