"""The seed page's text (metadata lines, title, one cell per paragraph) parses completely."""

from datetime import date, datetime
from pathlib import Path

import pytest

from luoshi.ingest import parse_file

SEED_DIR = Path(__file__).resolve().parents[2].parent / "shared/data/seed"
SEEDS = sorted(SEED_DIR.glob("000_*.txt")) if SEED_DIR.is_dir() else []

pytestmark = pytest.mark.skipif(not SEEDS, reason=f"seed page not found in {SEED_DIR} (shared data absent)")


@pytest.fixture(scope="module")
def report():
    return parse_file(SEEDS[0])


def test_it_reads_the_spaced_and_colon_metadata(report):
    m = report.meta
    assert m.index_no == "H081/2023-74516"
    assert m.written_date == date(2023, 11, 3)
    assert m.publisher == "闻堰街道"
    assert m.topic == "政务公开"
    assert m.published_at == datetime(2023, 11, 3, 17, 11)
    assert m.source == "闻堰街道"


def test_it_reads_the_title_and_the_organization_before_the_year(report):
    assert report.meta.title.endswith("第三季度重点任务执行情况")
    assert report.meta.title.startswith(report.meta.organization)
    assert report.meta.organization == "杭州市萧山区人民政府闻堰街道办事处"


def test_it_reads_the_period_from_the_title(report):
    p = report.period
    assert (p.label, p.kind, p.year, p.start, p.end) == ("第三季度", "quarter", 2023, date(2023, 7, 1), date(2023, 9, 30))


def test_it_gives_nineteen_rows_in_order(report):
    assert [r.number for r in report.rows] == [str(n) for n in range(1, 20)]
    assert not any(r.number_generated for r in report.rows)
    assert report.format == "text"
    assert report.columns == {"number": "序号", "category": "任务类别", "content": "任务内容", "progress": "工作举措与完成情况"}


def test_categories_inherit_their_outer_level_from_the_rows_above(report):
    rows = {r.number: r for r in report.rows}
    assert all(len(r.category) == 2 for r in report.rows)
    assert {rows[n].category[0] for n in "1234"} == {"创新生态构建"}
    assert rows["1"].category == ["创新生态构建", "萧滨特别合作园区和中国视谷建设"]
    assert rows["2"].category == ["创新生态构建", "企业科技创新"]
    assert rows["5"].category == ["现代城区建设", "全域环境整治提升工程2.0版"]
    assert rows["9"].category == ["民生事业发展", "安置回迁"]
    assert rows["15"].category[0] == "社会综合治理"
    assert rows["19"].category[0] == "社会综合治理"


def test_content_and_progress_land_in_their_columns(report):
    for row in report.rows:
        assert row.content.endswith("。"), row.number
        assert row.progress, row.number
        assert "\n" not in row.content
        assert row.content not in row.category
    assert report.rows[0].progress.endswith("腾房。")


def test_a_progress_cell_of_three_paragraphs_keeps_them(report):
    last = report.rows[-1]
    assert len(last.progress.split("\n")) == 3
    assert "扫一扫" not in last.progress


def test_page_furniture_is_ignored(report):
    text = " ".join(r.content + r.progress + "".join(r.category) for r in report.rows)
    assert "分享" not in text and "扫一扫" not in text
