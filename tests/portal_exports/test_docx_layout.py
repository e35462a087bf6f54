"""The DOCX is a 公文: GB/T 9704 margins, official fonts set for East Asian text, `— 1 —` page numbers,
and the table as on the page — category cells merged over their rows, the header repeated."""

import io

import docx
import pytest
from docx.oxml.ns import qn
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Mm

from tests.portal_exports.helpers import download

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _doc(client, d):
    return docx.Document(io.BytesIO(download(client, d, "docx").content))


def _east_asia(run):
    return run._element.rPr.rFonts.get(qn("w:eastAsia"))


def test_the_seed_category_cell_spans_rows_1_to_4(client, seed):
    table = _doc(client, seed).tables[0]
    first = table.cell(1, 1)
    assert first.text == "创新生态构建"
    assert [table.cell(r, 1)._tc is first._tc for r in range(1, 6)] == [True, True, True, True, False]
    assert table.cell(5, 1).text == "现代城区建设"
    # The second level is its own cell on every one of those rows.
    assert [table.cell(r, 2).text for r in range(1, 5)] == [
        "萧滨特别合作园区和中国视谷建设", "企业科技创新", "重点项目建设", "村级留用地开发建设"]
    assert len(table.rows) == 1 + 19


def test_the_header_row_is_merged_over_the_category_levels_and_repeated(client, demo):
    table = _doc(client, demo).tables[0]
    header = table.rows[0]
    assert [c.text for c in header.cells] == ["序号", "任务类别", "任务类别", "任务内容", "工作举措与完成情况"]
    assert header.cells[1]._tc is header.cells[2]._tc
    assert header._tr.trPr.find(qn("w:tblHeader")).get(qn("w:val")) == "true"


def test_body_lines_are_29_points_for_22_lines_a_page(client, demo):
    normal = _doc(client, demo).styles["Normal"].paragraph_format
    assert normal.line_spacing_rule == WD_LINE_SPACING.EXACTLY and normal.line_spacing.pt == 29


@pytest.mark.parametrize("side,mm", [("top", 37), ("left", 28), ("bottom", 35), ("right", 26)])
def test_margins_follow_gb_t_9704(client, demo, side, mm):
    section = _doc(client, demo).sections[0]
    assert abs(getattr(section, f"{side}_margin") - Mm(mm)) < Mm(0.1)
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)


def test_fonts_are_the_official_ones_for_east_asian_text(client, demo):
    doc = _doc(client, demo)
    title = doc.paragraphs[0]
    assert title.text == demo.title
    assert {_east_asia(r) for r in title.runs} == {"方正小标宋简体"}
    assert title.runs[0].font.size.pt == 22  # 2号
    body_runs = [r for p in doc.paragraphs[1:] for r in p.runs] + [
        r for row in doc.tables[0].rows[1:] for c in row.cells for p in c.paragraphs for r in p.runs]
    assert body_runs and {_east_asia(r) for r in body_runs} == {"仿宋_GB2312"}
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    assert not [k for k in fonts.attrib if k.endswith("Theme") or k.endswith("theme")]
    assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert defaults.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"


def test_the_footer_numbers_pages_with_dashes(client, demo):
    footer = _doc(client, demo).sections[0].footer.paragraphs[0]
    xml = footer._p.xml
    assert "PAGE" in "".join(t.text for t in footer._p.iter(f"{W}instrText"))
    assert footer.text.startswith("— ") and footer.text.endswith(" —")
    assert xml.count("w:fldChar ") == 3
