"""A file that is not a report exits with code 2, one line saying what was missing, nothing written."""

import pytest

from luoshi.cli import main
from luoshi.plans.models import Organization, Plan, Task
from luoshi.publish.models import Disclosure

pytestmark = pytest.mark.django_db(transaction=True)

BAD = {
    "empty.txt": "",
    "notes.txt": "会议纪要\n\n今天讨论了食堂菜单。\n",
    "header-only.txt": "序号\n\n任务类别\n\n任务内容\n\n工作举措与完成情况\n",
    "page.html": "<html><body><p>欢迎访问</p><table><tr><td>天气</td><td>晴</td></tr></table></body></html>",
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_it_exits_2_with_one_line_and_writes_nothing(name, tmp_path, capsys):
    path = tmp_path / name
    path.write_text(BAD[name], encoding="utf-8")
    with pytest.raises(SystemExit) as exit:
        main(["import", str(path)])
    assert exit.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert name in err
    assert not Organization.objects.exists()
    assert not Plan.objects.exists()
    assert not Task.objects.exists()
    assert not Disclosure.private_objects.exists()


def test_a_missing_file_exits_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["import", str(tmp_path / "nowhere.txt")])
    assert exit.value.code == 2
    assert "no such file" in capsys.readouterr().err


def test_a_report_failing_midway_leaves_nothing_behind(seed_path, monkeypatch):
    from luoshi import ingest
    from luoshi.ingest.load import load_report
    from luoshi.progress.models import ProgressEvent

    report = ingest.parse_file(seed_path)
    calls = []
    original = ProgressEvent.objects.create

    def failing_create(**kwargs):
        calls.append(1)
        if len(calls) == 10:
            raise RuntimeError("disk full")
        return original(**kwargs)

    monkeypatch.setattr(ProgressEvent.objects, "create", failing_create)
    with pytest.raises(RuntimeError):
        load_report(report)
    assert len(calls) == 10
    assert not Task.objects.exists()
    assert not Organization.objects.exists()
    assert not Disclosure.private_objects.exists()


def test_a_row_without_content_is_named(seed_path):
    from luoshi import ingest
    from luoshi.ingest.load import LoadError, load_report

    report = ingest.parse_file(seed_path)
    report.rows[4].content = "  "
    with pytest.raises(LoadError, match=r"row 5 \(序号 5\): 任务内容"):
        load_report(report)
    assert not Task.objects.exists()
