"""DOCX in the 公文 layout of GB/T 9704-2012: A4, margins 37/26/35/28 mm, title in 2号 小标宋, body in
仿宋, page numbers `— 1 —`; the table with its category cells merged and its header row repeated.

Word picks a run's Chinese font from `w:eastAsia`, and python-docx's default template points every
run at theme fonts through docDefaults: both are fixed here or the official fonts never show.
The official font names are named, not shipped: office PCs that have them use them.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from luoshi.publish.exports import Exporter, register
from luoshi.publish.exports.columns import cell_text, table_columns

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADER_FONT = "黑体"
PAGE_NUMBER_FONT = "宋体"
SIZE_TITLE = Pt(22)  # 2号
SIZE_BODY = Pt(16)  # 3号
SIZE_TABLE = Pt(12)  # 小四: a 3号 table of long task texts would run to dozens of pages
SIZE_PAGE_NUMBER = Pt(14)  # 4号

PAGE = {"width": 210, "height": 297, "top": 37, "bottom": 35, "left": 28, "right": 26}


def _fonts(rpr, font: str) -> None:
    fonts = rpr.get_or_add_rFonts()  # in its schema place: Word refuses misordered run properties
    for attr in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), font)


def _defaults(doc) -> None:
    """Body font and zh-CN in docDefaults and Normal, with the theme font references removed."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(rpr, BODY_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")
    normal = doc.styles["Normal"]
    normal.font.size = SIZE_BODY
    _fonts(normal.element.get_or_add_rPr(), BODY_FONT)
    normal.paragraph_format.space_after = Pt(0)
    # 22 lines a page: the type area's 225 mm height (297 - 37 - 35) divided by 22 is 29 pt.
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(29)


def _run(paragraph, text: str, font: str = BODY_FONT, size=SIZE_BODY, bold: bool = False):
    run = paragraph.add_run(text)
    run.font.size = size
    run.bold = bold or None  # inherit rather than write <w:b w:val="0"/> on every run
    _fonts(run._element.get_or_add_rPr(), font)
    return run


def _page_number_footer(section) -> None:
    """`— 1 —` centred: a PAGE field between two em dashes."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, "— ", PAGE_NUMBER_FONT, SIZE_PAGE_NUMBER)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = _run(p, "", PAGE_NUMBER_FONT, SIZE_PAGE_NUMBER)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._element.append(el)
    _run(p, " —", PAGE_NUMBER_FONT, SIZE_PAGE_NUMBER)


def _repeat_header(row) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _write(cell, text: str, font=BODY_FONT, bold=False, center=False) -> None:
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE  # a 小四 table, not 29 pt lines
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, line, font, SIZE_TABLE, bold)


@register
class DocxExporter(Exporter):
    extension = "docx"
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    label = "Word"

    def render(self, data, rows, notices):
        doc = Document()
        _defaults(doc)
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(PAGE["width"]), Mm(PAGE["height"])
        section.top_margin, section.bottom_margin = Mm(PAGE["top"]), Mm(PAGE["bottom"])
        section.left_margin, section.right_margin = Mm(PAGE["left"]), Mm(PAGE["right"])
        _page_number_footer(section)

        title = doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.paragraph_format.space_after = Pt(16)
        title.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE  # 22 pt glyphs in 29 pt lines would clip
        _run(title, data["title"], TITLE_FONT, SIZE_TITLE)

        meta = [("索引号", data["index_no"] or "—"), ("发布机构", data["publisher"]),
                ("成文日期", data["written_date"] or "—"), ("发布日期", data["published_at"] or "—"),
                ("主题分类", data["topic"]), ("信息来源", data["source"])]
        if data.get("doc_no"):
            meta.insert(2, ("文号", data["doc_no"]))
        for name, value in meta:
            _run(doc.add_paragraph(), f"{name}:{value}")
        for line in notices:
            _run(doc.add_paragraph(), line, bold=True)
        doc.add_paragraph()

        self._table(doc, data, rows)
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()

    def _table(self, doc, data, rows) -> None:
        cols = table_columns(data)
        depth = data.get("category_depth", 0)
        table = doc.add_table(rows=1 + len(rows), cols=len(cols))
        table.style = doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        usable = Mm(PAGE["width"] - PAGE["left"] - PAGE["right"])
        total = sum(c.width for c in cols)
        widths = [int(usable * c.width / total) for c in cols]
        for i, col in enumerate(table.columns):
            col.width = widths[i]
        grid = [tr.cells for tr in table.rows]  # one pass: table.cell() rescans the whole table each call
        for r in grid:
            for cell, w in zip(r, widths):
                cell.width = w

        # The header: one 任务类别 cell over every category level, as on the page.
        header = grid[0]
        first_category = 1
        for i, col in enumerate(cols):
            if col.key == "category" and col.level > 0:
                continue
            text = data["headers"].get("category", "任务类别") if col.key == "category" else col.header
            _write(header[i], text, HEADER_FONT, bold=True, center=True)
        if depth > 1:
            header[first_category].merge(header[first_category + depth - 1])
        _repeat_header(table.rows[0])

        for r, row in enumerate(rows, start=1):
            # The cells a row starts are its deepest levels; those above span into it from above.
            c = first_category + depth - sum(cell.colspan for cell in row["category_cells"])
            for cell in row["category_cells"]:
                top = grid[r][c]
                if cell.rowspan > 1 or cell.colspan > 1:
                    top = top.merge(grid[r + cell.rowspan - 1][c + cell.colspan - 1])
                top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                _write(top, cell.text, center=True)
                c += cell.colspan
            for i, col in enumerate(cols):
                if col.key == "category":
                    continue
                _write(grid[r][i], cell_text(row, col), center=col.key == "number")
