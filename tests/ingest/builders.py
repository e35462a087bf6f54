"""Build DOCX and XLSX reports in memory for the tests and the bench (our own wording)."""

from __future__ import annotations

import io

HEADER = ["序号", "任务类别", "任务类别", "任务内容", "工作举措与完成情况"]
TITLE = "某县某镇人民政府溪口镇2024年《政府工作报告》上半年重点任务执行情况"
GROUPS = [
    ("产业发展", ["茶产业提升", "电商物流", "农旅融合"]),
    ("镇村建设", ["溪口老街改造", "污水零直排"]),
    ("民生服务", ["助老食堂", "校园安全", "文化礼堂"]),
]


def sample_rows(repeat: int = 1) -> list[list[str]]:
    """Rows of (number, level 1, level 2, content, progress); progress of the last row has
    three paragraphs."""
    rows = []
    n = 0
    for _ in range(repeat):
        for outer, inners in GROUPS:
            for inner in inners:
                n += 1
                rows.append([str(n), outer, inner,
                             f"推进{inner}项目第{n}期建设,新增服务点{n + 2}个,年内完成投资{n * 10}万元。",
                             f"已完成服务点{n}个,完成投资{n * 6}万元。"])
    rows[-1][4] = "已完成服务点建设。\n投资完成过半。\n下半年组织验收。"
    return rows


def build_docx(rows: list[list[str]] | None = None, meta_lines: bool = True) -> bytes:
    import docx

    rows = rows if rows is not None else sample_rows()
    d = docx.Document()
    if meta_lines:
        d.add_paragraph("索引号: X017/2024-00102 发布机构: 溪口镇")
        d.add_paragraph("成文日期: 2024-07-20")
    d.add_paragraph(TITLE)
    t = d.add_table(rows=1 + len(rows), cols=5)
    for c, h in enumerate(HEADER):
        t.cell(0, c).text = h
    hdr = t.cell(0, 1).merge(t.cell(0, 2))
    hdr.text = "任务类别"
    for r, row in enumerate(rows, 1):
        t.cell(r, 0).text = row[0]
        t.cell(r, 3).text = row[3]
        paras = row[4].split("\n")
        cell = t.cell(r, 4)
        cell.text = paras[0]
        for p in paras[1:]:
            cell.add_paragraph(p)
    # merge each outer category over its rows, write each inner one
    r = 1
    while r <= len(rows):
        end = r
        while end + 1 <= len(rows) and rows[end][1] == rows[r - 1][1]:
            end += 1
        top = t.cell(r, 1)
        if end > r:
            top = top.merge(t.cell(end, 1))
        top.text = rows[r - 1][1]
        for k in range(r, end + 1):
            t.cell(k, 2).text = rows[k - 1][2]
        r = end + 1
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def build_xlsx(rows: list[list[str]] | None = None) -> bytes:
    import openpyxl

    rows = rows if rows is not None else sample_rows()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "上半年"
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    ws.append(HEADER)
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=3)
    start = 3
    for row in rows:
        ws.append([int(row[0]), row[1], row[2], row[3], row[4]])
    r = start
    while r < start + len(rows):
        end = r
        while end + 1 < start + len(rows) and ws.cell(end + 1, 2).value == ws.cell(r, 2).value:
            end += 1
        for k in range(r + 1, end + 1):
            ws.cell(k, 2).value = None
        if end > r:
            ws.merge_cells(start_row=r, start_column=2, end_row=end, end_column=2)
        r = end + 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def build_html(rows: list[list[str]] | None = None) -> bytes:
    rows = rows if rows is not None else sample_rows()
    out = ["<html><head><meta charset='utf-8'><title>", TITLE, "</title></head><body>",
           f"<h1>{TITLE}</h1><p>发布日期:2024-07-21 10:00 信息来源:溪口镇</p>",
           "<table><tr><th>序号</th><th colspan='2'>任务类别</th><th>任务内容</th><th>工作举措与完成情况</th></tr>"]
    spans: dict[int, int] = {}
    k = 0
    while k < len(rows):
        end = k
        while end + 1 < len(rows) and rows[end + 1][1] == rows[k][1]:
            end += 1
        spans[k] = end - k + 1
        k = end + 1
    for i, row in enumerate(rows):
        out.append("<tr><td>" + row[0] + "</td>")
        if i in spans:
            out.append(f"<td rowspan='{spans[i]}'>{row[1]}</td>")
        progress = "".join(f"<p>{p}</p>" for p in row[4].split("\n"))
        out.append(f"<td>{row[2]}</td><td>{row[3]}</td><td>{progress}</td></tr>")
    out.append("</table></body></html>")
    return "".join(out).encode("utf-8")
