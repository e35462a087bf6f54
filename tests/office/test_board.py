"""The board: each task's and unit's state, targets, and a light by the due date, in words too."""

import datetime

import pytest

from luoshi.office.board import board, light

DUE = datetime.date(2024, 10, 10)


@pytest.mark.parametrize("state,today,overdue,expected", [
    ("approved", datetime.date(2024, 11, 1), 0, "green"),
    ("submitted", datetime.date(2024, 11, 1), 0, "green"),
    ("not_started", datetime.date(2024, 9, 1), 0, "green"),
    ("draft", datetime.date(2024, 10, 8), 0, "yellow"),
    ("returned", datetime.date(2024, 9, 1), 0, "yellow"),
    ("draft", datetime.date(2024, 10, 11), 0, "red"),
    ("not_started", datetime.date(2024, 10, 11), 0, "red"),
    ("approved", datetime.date(2024, 10, 1), 1, "red"),
])
def test_the_light_follows_the_due_date(state, today, overdue, expected):
    assert light(state, DUE, today, overdue) == expected


def test_the_board_counts_states_per_task_and_unit(office):
    data = board(office.period, today=datetime.date(2024, 10, 8))
    states = {r.task.number: r.state for r in data["rows"]}
    assert states == {"1": "returned", "2": "draft", "3": "not_started"}
    units = {u.unit.name: u for u in data["units"]}
    assert units["经济发展办公室"].tasks == 2 and units["经济发展办公室"].states["returned"] == 1
    assert units["社会事务办公室"].state_counts[1] == 1  # one draft
    assert dict((k, n) for k, _, n in data["states"])["not_started"] == 1


def test_one_click_shows_only_the_laggards(office, as_user):
    from luoshi.office import reporting

    p = reporting.save_text(office.t3, office.period, office.x, office.users.carol, "已完成")
    reporting.submit(p, office.users.carol)
    erin = as_user(office.users.erin)
    page = erin.get(f"/office/periods/{office.period.pk}/").content.decode()
    assert "只看落后" in page and "改造老旧小区" in page
    laggards = erin.get(f"/office/periods/{office.period.pk}/?show=laggards").content.decode()
    assert "改造老旧小区" not in laggards, "a submitted task is not a laggard"
    assert "养老服务中心" in laggards and "红灯" in laggards


def test_the_board_costs_the_same_queries_for_3_or_60_tasks(office, as_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from luoshi.plans.models import Task

    erin = as_user(office.users.erin)
    url = f"/office/periods/{office.period.pk}/"
    with CaptureQueriesContext(connection) as small:
        assert erin.get(url).status_code == 200
    for i in range(4, 61):
        t = Task.objects.create(plan=office.plan, number=str(i), position=i, content=f"任务{i}:新增停车位{i}个。")
        t.units.add(office.x if i % 2 else office.y)
    with CaptureQueriesContext(connection) as large:
        assert erin.get(url).status_code == 200
    assert len(large.captured_queries) == len(small.captured_queries) < 25, len(large.captured_queries)
