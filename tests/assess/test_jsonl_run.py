"""The JSON-lines runner behind `python -m luoshi.assess` and the management command."""
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from luoshi.assess.jsonl import BadLine, run

ROW = {"source": "qingxi.txt", "number": "3", "as_of": "2024-09-30",
       "content": "年底前新增托位60个,新建口袋公园3个。", "progress": "青溪社区新增普惠托位60个。"}


def test_it_writes_one_line_per_row_with_folded_indicators():
    out = io.StringIO()
    rows = [ROW, dict(ROW, number="4", content="完成投资1.25亿元。", progress="")]
    assert run(io.StringIO("\n".join(json.dumps(r, ensure_ascii=False) for r in rows)), out) == 2
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [x["number"] for x in lines] == ["3", "4"]
    first = lines[0]["indicators"]
    assert [(i["value"], i["unit"], i["status"]) for i in first] == [
        (60, "个", "achieved"), (3, "个", "not_reported")]
    assert first[0]["deadline"] == "2024-12-31"
    assert set(first[0]) >= {"text", "metric", "value", "unit", "comparator", "deadline",
                             "achieved", "status", "evidence"}
    assert lines[1]["indicators"][0]["value"] == 125_000_000


def test_blank_lines_are_skipped():
    out = io.StringIO()
    assert run(io.StringIO("\n" + json.dumps(ROW) + "\n\n"), out) == 1


@pytest.mark.parametrize("bad, message", [
    ("{not json", "line 2"),
    ("[1, 2]", "line 2"),
    (json.dumps(dict(ROW, as_of="30/09/2024")), "line 2"),
    (json.dumps(dict(ROW, content=5)), "line 2"),
])
def test_a_bad_line_is_refused_naming_its_number(bad, message):
    with pytest.raises(BadLine, match=message):
        run(io.StringIO(json.dumps(ROW) + "\n" + bad + "\n"), io.StringIO())


def test_the_module_command_reads_a_file_and_reports_a_bad_line(tmp_path):
    root = Path(__file__).resolve().parents[2]
    good = tmp_path / "in.jsonl"
    good.write_text(json.dumps(ROW, ensure_ascii=False) + "\n", encoding="utf-8")
    ok = subprocess.run([sys.executable, "-m", "luoshi.assess", str(good)], cwd=root,
                        capture_output=True, text=True)
    assert ok.returncode == 0
    assert json.loads(ok.stdout)["indicators"][0]["value"] == 60
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(ROW) + "\nnope\n", encoding="utf-8")
    ko = subprocess.run([sys.executable, "-m", "luoshi.assess", str(bad)], cwd=root,
                        capture_output=True, text=True)
    assert ko.returncode == 1
    assert "line 2" in ko.stderr


def test_the_module_command_reads_stdin():
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "luoshi.assess", "-"], cwd=root,
                          input=json.dumps(ROW, ensure_ascii=False) + "\n", capture_output=True,
                          text=True)
    assert done.returncode == 0
    assert json.loads(done.stdout)["number"] == "3"
