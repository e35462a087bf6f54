"""The office admin opens a period of the plan's year with a due date; the same period twice is refused."""

import datetime

from luoshi.progress.models import Period


def test_the_admin_opens_the_fourth_quarter(office, as_user):
    alice = as_user(office.users.alice)
    url = f"/office/plans/{office.plan.pk}/periods/new/"
    assert "2024年第四季度" in alice.get(url).content.decode()
    response = alice.post(url, {"span": "q4", "due": "2025-01-10"})
    period = Period.objects.get(plan=office.plan, label="第四季度")
    assert response["Location"] == f"/office/periods/{period.pk}/"
    assert (period.kind, period.start, period.end, period.due) == (
        "quarter", datetime.date(2024, 10, 1), datetime.date(2024, 12, 31), datetime.date(2025, 1, 10))


def test_an_open_period_cannot_be_opened_again(office, as_user):
    page = as_user(office.users.alice).post(f"/office/plans/{office.plan.pk}/periods/new/",
                                            {"span": "q3", "due": "2024-10-10"}).content.decode()
    assert "报告期 (span): 2024年第三季度已开启" in page
    assert Period.objects.filter(plan=office.plan, label="第三季度").count() == 1


def test_a_period_needs_a_due_date(office, as_user):
    response = as_user(office.users.alice).post(f"/office/plans/{office.plan.pk}/periods/new/", {"span": "m1-9"})
    assert response.status_code == 200 and "这个字段是必填项" in response.content.decode()
    assert not Period.objects.filter(plan=office.plan, label="1-9月").exists()


def test_the_admin_creates_a_task_and_its_targets_are_read_for_confirmation(office, as_user):
    alice = as_user(office.users.alice)
    response = alice.post(f"/office/plans/{office.plan.pk}/tasks/new/", {
        "number": "4", "category": office.category.pk, "content": "新增停车位300个,年内完成。",
        "units": [office.x.pk, office.y.pk]})
    task = office.plan.tasks.get(number="4")
    assert response["Location"] == f"/office/tasks/{task.pk}/"
    assert set(task.units.all()) == {office.x, office.y}
    assert set(task.unit_text.split("、")) == {"经济发展办公室", "社会事务办公室"}
    page = alice.get(response["Location"]).content.decode()
    assert "<mark>" in page and "识别出的指标" in page
    assert task.targets.filter(unit="个").exists()
