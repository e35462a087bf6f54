"""XLSX: the table as on the page (category cells merged), readable on screen and printable as is:
widths, wrapped text, a frozen header, A4 landscape fitted to the page width, the header on every page."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from luoshi.publish.exports import Exporter, register
from luoshi.publish.exports.columns import cell_text, table_columns

FONT = "宋体"  # what Excel on Chinese Windows uses by default
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


@register
class XlsxExporter(Exporter):
    extension = "xlsx"
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    label = "Excel"

    def render(self, data, rows, notices):
        wb = Workbook()
        ws = wb.active
        ws.title = "重点任务"
        # 指标研判 last, when the table has targets: each with its status in words, as the page marks them.
        cols = table_columns(data, targets=any(r.get("targets") for r in rows))
        last = get_column_letter(len(cols))

        lines = [
            (data["title"], Font(name=FONT, size=16, bold=True), CENTER),
            (f"索引号:{data['index_no'] or '—'}  发布机构:{data['publisher']}  成文日期:{data['written_date'] or '—'}"
             f"  发布日期:{data['published_at'] or '—'}  信息来源:{data['source']}", Font(name=FONT, size=10), WRAP),
            *((line, Font(name=FONT, size=10, bold=True), WRAP) for line in notices),
        ]
        for r, (text, font, align) in enumerate(lines, start=1):
            ws.cell(r, 1, text).font = font
            ws.cell(r, 1).alignment = align
            ws.merge_cells(f"A{r}:{last}{r}")
        ws.row_dimensions[1].height = 42

        head = len(lines) + 1
        depth = data.get("category_depth", 0)
        bold = Font(name=FONT, size=11, bold=True)
        for i, col in enumerate(cols, start=1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
            if col.key == "category" and col.level > 0:
                ws.cell(head, i).border = BOX
                continue
            text = data["headers"].get("category", "任务类别") if col.key == "category" else col.header
            cell = ws.cell(head, i, text)
            cell.font, cell.alignment, cell.border = bold, CENTER, BOX
        if depth > 1:
            ws.merge_cells(start_row=head, start_column=2, end_row=head, end_column=1 + depth)

        body = Font(name=FONT, size=11)
        for r, row in enumerate(rows, start=head + 1):
            for i, col in enumerate(cols, start=1):
                cell = ws.cell(r, i)
                cell.font, cell.border = body, BOX
                cell.alignment = CENTER if col.key in ("number", "category") else WRAP
                if col.key != "category":
                    cell.value = cell_text(row, col)
            # Only the top-left cell of a merge holds the value (openpyxl, Excel).
            c = 2 + depth - sum(cell.colspan for cell in row["category_cells"])
            for cat in row["category_cells"]:
                ws.cell(r, c, cat.text)
                if cat.rowspan > 1 or cat.colspan > 1:
                    ws.merge_cells(start_row=r, start_column=c, end_row=r + cat.rowspan - 1,
                                   end_column=c + cat.colspan - 1)
                c += cat.colspan

        ws.freeze_panes = ws.cell(head + 1, 1)
        ws.print_title_rows = f"{head}:{head}"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages tall as needed
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.oddFooter.center.text = "— &P —"
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()
