"""`luoshi assess` reads JSON lines or a report file and never touches the database."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from .test_serve import DEMO

ROWS = [
    {"source": "own.txt", "number": "1", "as_of": "2024-06-30", "content": "新建口袋公园3个,新增停车位200个以上。",
     "progress": "已建成口袋公园3个,新增停车位150个。"},
    {"source": "own.txt", "number": "2", "as_of": "2024-06-30", "content": "深化基层治理,提升服务水平。", "progress": "有序推进。"},
]


def test_jsonl_gives_one_line_per_input_line(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n", encoding="utf-8")
    call_command("assess", jsonl=str(path))
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert [(o["source"], o["number"]) for o in out] == [("own.txt", "1"), ("own.txt", "2")]
    parks, parking = out[0]["indicators"]
    assert (parks["value"], parks["unit"], parks["status"], parks["achieved"]) == (3, "个", "achieved", 3)
    assert (parking["comparator"], parking["status"], parking["achieved"]) == (">=", "in_progress", 150)
    assert out[1]["indicators"] == []


def test_a_bad_line_is_named(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(ROWS[0], ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(CommandError, match="2") as e:
        call_command("assess", jsonl=str(path))
    assert e.value.returncode == 2


def test_a_report_file_prints_targets_and_readings(capsys):
    call_command("assess", str(DEMO))
    out = capsys.readouterr().out
    assert "新增停车位300个以上" in out and "已完成" in out
    assert out.strip().splitlines()[-1].startswith("targets:")
