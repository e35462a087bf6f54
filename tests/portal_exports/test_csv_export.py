"""The CSV opens in Excel (UTF-8 with BOM), one row per task, category levels as columns."""

import csv
import io

from tests.portal_exports.helpers import download


def _rows(client, d):
    content = download(client, d, "csv").content
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_the_seed_has_19_data_rows_with_category_levels(client, seed):
    header, *rows = _rows(client, seed)
    assert header[:5] == ["序号", "任务类别(一级)", "任务类别(二级)", "任务内容", "工作举措与完成情况"]
    assert len(rows) == 19
    # Levels repeat on every row (no merges in CSV): tasks 1-4 all sit under 创新生态构建.
    assert [r[1] for r in rows[:5]] == ["创新生态构建"] * 4 + ["现代城区建设"]
    assert rows[1][2] == "企业科技创新"
    assert rows[18][4].count("\n") == 2  # three paragraphs of progress in one cell


def test_each_row_is_a_task_with_its_targets_in_words(client, demo):
    header, *rows = _rows(client, demo)
    table = demo.table["rows"]
    assert len(rows) == len(table)
    assert [r[0] for r in rows] == [t["number"] for t in table]
    assert header[-1] == "指标研判"
    with_targets = [(r, t) for r, t in zip(rows, table) if t["targets"]]
    assert with_targets
    for r, t in with_targets:
        assert t["targets"][0]["text"] in r[-1]
        assert any(word in r[-1] for word in ("已完成", "推进中", "未报告"))
