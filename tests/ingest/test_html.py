"""The HTML page of a report: metadata table, rowspan/colspan categories, paragraphs in cells."""

from datetime import date, datetime

import pytest

from luoshi.ingest import parse_bytes, parse_file

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def report():
    return parse_file(FIXTURES / "qingxi_2024_q2.html")


def test_it_reads_the_metadata_table_and_the_line_under_the_title(report):
    m = report.meta
    assert m.index_no == "Q012/2024-00031"
    assert m.written_date == date(2024, 7, 15)
    assert m.publisher == "青溪街道"
    assert m.topic == "政务公开"
    assert m.published_at == datetime(2024, 7, 16, 9, 30)
    assert m.source == "青溪街道"
    assert m.organization == "某市某区人民政府青溪街道办事处"
    assert report.format == "html"


def test_it_reads_the_period(report):
    assert report.period.kind == "quarter"
    assert (report.period.start, report.period.end) == (date(2024, 4, 1), date(2024, 6, 30))


def test_rowspans_give_every_row_both_category_levels(report):
    cats = [r.category for r in report.rows]
    assert [r.number for r in report.rows] == [str(n) for n in range(1, 10)]
    assert cats[0] == ["产业提质增效", "溪畔数字产业园建设"]
    assert cats[2] == ["产业提质增效", "招商引资攻坚"]
    assert cats[3] == cats[4] == ["城乡环境提升", "溪岸绿道贯通工程"]
    assert cats[8] == ["民生保障改善", "基层治理创新"]


def test_paragraphs_of_a_cell_stay_paragraphs(report):
    assert report.rows[-1].progress.count("\n") == 2
    assert all("\n" not in r.content for r in report.rows)


def test_the_html_and_the_text_of_the_same_page_agree(report):
    text = parse_file(FIXTURES / "qingxi_2024_q2.txt")
    assert text.format == "text"
    assert text.meta == report.meta
    strip = lambda rows: [(r.number, r.category, r.content, r.progress) for r in rows]  # noqa: E731
    assert strip(text.rows) == strip(report.rows)


def test_a_page_lying_about_its_charset_is_still_read():
    data = (FIXTURES / "qingxi_2024_q2.html").read_text(encoding="utf-8")
    gbk = data.replace('charset="utf-8"', 'charset="utf-8"').encode("gb18030")
    rep = parse_bytes(gbk, "lying.html")
    assert rep.rows[0].category[0] == "产业提质增效"
    rep2 = parse_bytes(data.replace('charset="utf-8"', 'charset="gbk"').encode("utf-8"), "lying2.html")
    assert rep2.rows[0].category[0] == "产业提质增效"
