"""Every real page excerpt in ../shared/data/real parses to a report or a one-line ParseError;
for the table files, a sample of rows is checked against a reading of the file (structure:
counts, numbers, which column a text landed in)."""

from pathlib import Path

import pytest

from luoshi.ingest import ParseError, parse_file

REAL = Path(__file__).resolve().parents[2].parent / "shared/data/real"
FILES = sorted(REAL.glob("*.txt")) if REAL.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason=f"real pages not found in {REAL} (shared data absent)")


def _parse(stem: str):
    path = next(p for p in FILES if p.name.startswith(stem))
    return parse_file(path)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:3])
def test_every_real_file_gives_a_report_or_a_one_line_error(path):
    try:
        rep = parse_file(path)
    except ParseError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
        return
    assert rep.rows
    rep.to_dict()  # serializable
    for row in rep.rows:
        assert row.number
        assert row.content or row.progress or row.title


# Summary prose and news (counts of items, no task list) and the region x indicator matrix
# are refused with a reason rather than read as tasks.
@pytest.mark.parametrize("stem", ["016", "017", "019", "023", "026", "030", "031", "203", "205", "206", "209", "213", "214", "215"])
def test_summary_prose_news_and_matrices_are_refused(stem):
    with pytest.raises(ParseError):
        _parse(stem)


def test_001_merged_project_names_become_the_category_of_unnumbered_rows():
    rep = _parse("001")
    assert rep.meta.index_no == "H001/2020-27544" and rep.period.kind == "half"
    assert len(rep.rows) >= 6
    assert all(r.number_generated for r in rep.rows)
    assert {r.category[0] for r in rep.rows[:5]} == {"支持民营企业健康发展"}
    assert rep.rows[5].category == ["加快现代服务业发展"]
    assert all(r.content.endswith("。") and r.progress for r in rep.rows[:6])


def test_003_one_cell_per_paragraph_with_a_trailing_unit_column():
    rep = _parse("003")
    assert [r.number for r in rep.rows] == ["1", "2", "3", "4"]
    assert [r.unit for r in rep.rows[:3]] == ["市发改委"] * 3
    assert rep.rows[0].progress.startswith("从1-2月") and rep.rows[0].content.endswith("左右。")
    assert rep.period.label == "一季度"


def test_004_pasted_rows_split_on_pipes():
    rep = _parse("004")
    assert rep.columns["progress"] == "完成情况"
    assert [r.number for r in rep.rows] == ["1", "2", "3"]
    assert rep.rows[0].progress.startswith("全年GDP") and rep.rows[1].unit == "市发改委"


def test_009_numbered_progress_paragraphs_unit_broken_over_lines_and_status():
    rep = _parse("009")
    first = rep.rows[0]
    assert [p[:2] for p in first.progress.split("\n")] == ["1.", "2.", "3."]
    assert first.unit == "嘉善县政府、长三角发展办"
    assert first.status == "按时推进"
    assert rep.rows[1].unit == ""  # the excerpt is cut inside row 2's progress


def test_011_percent_unit_and_remarks_columns():
    rep = _parse("011")
    assert [r.number for r in rep.rows] == [str(n) for n in range(1, 14)]
    assert rep.rows[0].percent.startswith("80%") and rep.rows[0].unit == "县教育局"
    assert rep.rows[0].remarks == "市民生实事" and rep.rows[1].remarks == "县民生实事"
    assert all(r.content and not r.progress for r in rep.rows)
    assert rep.period.end.isoformat() == "2022-10-31"


def test_013_global_non_contiguous_numbers_are_kept():
    rep = _parse("013")
    assert [r.number for r in rep.rows] == ["145", "249"]
    assert rep.columns["progress"] == "落实情况" and "市机关事务管理局" in rep.rows[0].unit
    assert rep.rows[1].progress.startswith("上半年")


def test_022_header_cells_broken_over_lines():
    rep = _parse("022")
    assert rep.columns["leader"] == "责任领导" and rep.columns["unit"] == "责任科室"
    assert rep.columns["content"] == "攻坚目标任务"
    r = rep.rows[0]
    assert (r.number, r.leader) == ("1", "欧乾震")
    assert r.progress.endswith("60%。") and r.content.startswith("完成项目政策处理")


def test_029_starred_numbers_and_a_merged_first_column():
    rep = _parse("029")
    numbers = [r.number for r in rep.rows]
    assert numbers[:15] == ["1", "2", "3", "4", "5", "6", "7", "8", "9*", "10*", "11*", "12*", "13*", "14", "15"]
    assert rep.rows[0].category == ["就业促进工程"]


def test_201_space_separated_cells_placed_by_kind():
    rep = _parse("201")
    r = rep.rows[0]
    assert (r.number, r.title, r.unit, r.content, r.progress, r.percent) == ("1", "新增城镇就业", "区人社局", "8950人", "6453人", "72%")
    assert rep.rows[1].remarks.startswith("春季入学期间")
    assert rep.period.end.isoformat() == "2019-07-31"


def test_202_sub_rows_get_generated_sub_numbers():
    rep = _parse("202")
    numbers = [r.number for r in rep.rows]
    assert "9-2" in numbers and "9-3" in numbers
    assert next(r for r in rep.rows if r.number == "9-2").number_generated


def test_208_pipe_rows_with_a_schedule_and_a_status_column():
    rep = _parse("208")
    assert rep.columns["deadline"] == "进度安排" and rep.columns["status"] == "完成情况"
    assert rep.rows[0].status == "达序推进" and rep.rows[0].progress.startswith("①已完成")
    assert rep.period.kind == "quarter"


def test_211_numbers_printed_inside_the_indicator_column():
    rep = _parse("211")
    assert [r.number for r in rep.rows[:3]] == ["1", "2", "3"]
    assert rep.rows[0].title == "地区生产总值增长率" and rep.rows[0].unit == "区发改委"
    assert rep.rows[0].category == ["高质量发展"]


def test_015_and_027_prose_items_split_task_from_progress():
    rep = _parse("015")
    assert rep.rows[0].progress.startswith("上半年")
    rep = _parse("027")
    assert len(rep.rows) >= 7
    assert all(r.content.endswith("。") and r.progress for r in rep.rows[:7])


def test_212_a_monthly_form_of_labelled_fields():
    rep = _parse("212")
    assert len(rep.rows) == 3
    assert rep.columns["title"] == "项目名称" and rep.columns["status"] == "进度是否滞后"
    assert [r.status for r in rep.rows] == ["否", "否", "否"]
    assert rep.rows[0].content.endswith("130公里") and rep.rows[0].remarks == "无"
    assert rep.period.kind == "month" and rep.period.label == "11月份"
