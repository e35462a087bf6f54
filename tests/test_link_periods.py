"""Importing several periods of one plan attaches every row to the task it continues."""

import pytest
from django.core.management import call_command

from luoshi.plans.models import Task, TaskLink
from luoshi.progress.models import Period, Progress
from luoshi.publish.models import Disclosure

from .conftest import FIXTURES

pytestmark = pytest.mark.django_db
Q1 = FIXTURES / "link" / "q1.txt"
H1 = FIXTURES / "link" / "h1.txt"


def _import(path, capsys):
    call_command("import", str(path))
    return capsys.readouterr().out


def test_each_task_shows_its_progress_in_both_periods(capsys):
    _import(Q1, capsys)
    _import(H1, capsys)
    assert Task.objects.count() == 5
    assert Period.objects.count() == 2
    first = Task.objects.get(number="1")
    assert list(Progress.objects.filter(task=first).order_by("period__end").values_list("period__label", flat=True)) == [
        "第一季度", "上半年",
    ]
    assert Progress.objects.filter(task__number="5").count() == 1


def test_a_reworded_task_is_linked_with_a_confidence_and_listed(capsys):
    _import(Q1, capsys)
    out = _import(H1, capsys)
    link = TaskLink.objects.get()
    assert link.task.number == "2"
    assert 0.5 < link.confidence < 1.0
    assert link.state == TaskLink.State.PENDING
    assert "序号 2 -> task 2" in out and "to confirm" in out
    # The task keeps the plan's wording; the H1 disclosure shows the H1 wording.
    assert link.task.content.startswith("实施茶园提质改造800亩,举办采茶节")
    h1 = Disclosure.public_objects.get(period__label="上半年")
    assert h1.table["rows"][1]["content"].startswith("实施茶园提质改造800亩以上")
    assert len(h1.table["rows"]) == 5


def test_the_order_of_imports_does_not_duplicate_tasks(capsys):
    _import(H1, capsys)
    _import(Q1, capsys)
    assert Task.objects.count() == 5
    assert Progress.objects.count() == 9
