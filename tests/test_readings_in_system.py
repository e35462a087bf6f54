"""Targets and readings are computed on import, shown on the public page, and reviewers win."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from lxml import html

from luoshi.plans.models import Target, TargetCorrection, Task
from luoshi.progress.assessing import correct_targets, override_reading, refresh_readings, refresh_targets
from luoshi.progress.models import Progress, Reading, ReadingOverride
from luoshi.publish.models import Disclosure

from .test_serve import DEMO

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(capsys):
    call_command("import", str(DEMO))
    capsys.readouterr()
    return Disclosure.public_objects.get()


def _task_with(text):
    return Task.objects.get(content__contains=text)


def test_import_reads_targets_and_their_readings(demo):
    task = _task_with("智能回收站点")
    target = task.targets.get(unit="个")
    assert (target.value, target.comparator, target.source) == (Decimal(20), "=", Target.Source.AUTO)
    reading = Reading.objects.get(target=target)
    assert (reading.status, reading.achieved) == ("achieved", Decimal(20))
    assert "20个" in reading.evidence
    lift = _task_with("加装电梯").targets.get(unit="台")
    assert Reading.objects.get(target=lift).status == "in_progress"


def test_the_page_marks_each_target_with_its_status_and_evidence(client, demo):
    doc = html.fromstring(client.get(demo.get_absolute_url()).content.decode())
    items = doc.xpath("//ul[@class='targets']/li")
    assert len(items) == sum(len(r["targets"]) for r in demo.table["rows"])
    achieved = [li for li in items if "status-achieved" in li.get("class")]
    assert achieved and all(li.xpath("./span[@class='status']")[0].text_content().startswith("已完成") for li in achieved)
    # Evidence is in the text (for screen readers) and the item is focusable (to show it).
    assert all(li.get("tabindex") == "0" for li in items)
    assert any(li.xpath("./span[@class='evidence']") for li in achieved)
    summary = doc.xpath("//section[@class='summary']")[0].text_content()
    assert f"共 {len(items)} 项指标" in summary


def test_an_override_needs_a_reason_is_kept_and_wins_over_recomputation(demo):
    reviewer = get_user_model().objects.create_user("reviewer")
    target = _task_with("加装电梯").targets.get(unit="台")
    reading = Reading.objects.get(target=target)
    with pytest.raises(ValueError, match="reason"):
        override_reading(reading, reviewer, "achieved", 12, "  ")
    override_reading(reading, reviewer, "achieved", 12, "9月底后补报3台,已全部完成")
    history = ReadingOverride.objects.get()
    assert (history.status_before, history.status, history.user) == ("in_progress", "achieved", reviewer)
    refresh_readings(Progress.objects.get(task=target.task))
    reading.refresh_from_db()
    assert (reading.status, reading.achieved) == ("achieved", Decimal(12))


def test_a_target_correction_is_kept_and_wins_over_rereading(demo):
    reviewer = get_user_model().objects.create_user("reviewer")
    task = _task_with("老年食堂")
    correct_targets(task, reviewer, [{"metric": "老年食堂", "value": 3, "unit": "家", "comparator": ">="}], "适老化改造按户统计另列")
    correction = TargetCorrection.objects.get()
    assert len(correction.before) == 2 and correction.after[0]["metric"] == "老年食堂"
    refresh_targets(task)
    assert [(t.metric, t.source) for t in task.targets.all()] == [("老年食堂", Target.Source.MANUAL)]
    reading = Reading.objects.get(target__task=task)
    assert reading.achieved == Decimal(2) and reading.status == "in_progress"


def test_editing_the_content_rereads_the_targets(demo):
    task = _task_with("百姓健身房")
    task.content = "建成百姓健身房5个。"
    task.save()
    refresh_targets(task)
    assert [(t.value, t.unit) for t in task.targets.all()] == [(Decimal(5), "个")]
