"""The office's board of one period: each task's and each unit's state, its targets' readings,
and a traffic light by the due date. Status is always given in words beside the colour."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.utils import timezone

from luoshi.plans.models import Target, Task, Unit
from luoshi.progress.models import Period, Progress, Reading

NOT_STARTED = "not_started"
STATE_LABELS = {NOT_STARTED: "未开始", **dict(Progress.State.choices)}
TARGET_LABELS = {**dict(Reading.Status.choices), "overdue": "逾期"}
LIGHTS = {"red": "红灯:逾期未报", "yellow": "黄灯:临近截止或被退回", "green": "绿灯:正常"}
DUE_SOON_DAYS = 3


def light(state: str, due: datetime.date | None, today: datetime.date, overdue_targets: int = 0) -> str:
    """Red: past the due date and not submitted, or a target past its deadline unmet.
    Yellow: returned, or not submitted with the due date within DUE_SOON_DAYS. Green otherwise."""
    done = state in (Progress.State.SUBMITTED, Progress.State.APPROVED)
    if (not done and due is not None and today > due) or overdue_targets:
        return "red"
    if state == Progress.State.RETURNED or (not done and due is not None and (due - today).days <= DUE_SOON_DAYS):
        return "yellow"
    return "green"


@dataclass
class TaskRow:
    task: Task
    units: list[Unit]
    progress: Progress | None
    state: str
    targets: Counter
    light: str

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def light_label(self):
        return LIGHTS[self.light]


@dataclass
class UnitRow:
    unit: Unit | None
    states: Counter = field(default_factory=Counter)
    targets: Counter = field(default_factory=Counter)
    light: str = "green"
    tasks: int = 0

    @property
    def light_label(self):
        return LIGHTS[self.light]

    @property
    def state_counts(self):
        """Counts in the order of STATE_LABELS (templates cannot call Counter.items: it is a key)."""
        return [self.states[k] for k in STATE_LABELS]


_WORSE = {"green": 0, "yellow": 1, "red": 2}


def board(period: Period, today: datetime.date | None = None, unit: Unit | None = None) -> dict:
    """Rows per task (plan order) and per unit, with totals. `unit` narrows to one unit's tasks."""
    today = today or timezone.localdate()
    tasks = Task.objects.filter(plan=period.plan).prefetch_related("units").order_by("position")
    if unit is not None:
        tasks = tasks.filter(units=unit)
    tasks = list(tasks)
    progress = {p.task_id: p for p in Progress.objects.filter(period=period, task__in=tasks).select_related("unit")}
    readings = {r.target_id: r for r in Reading.objects.filter(period=period, target__task__in=tasks)}
    targets: dict[int, list[Target]] = {}
    for t in Target.objects.filter(task__in=tasks):
        targets.setdefault(t.task_id, []).append(t)

    rows = []
    for task in tasks:
        entry = progress.get(task.pk)
        state = entry.state if entry else NOT_STARTED
        counts = Counter()
        for target in targets.get(task.pk, []):
            r = readings.get(target.pk)
            counts[r.status if r else Reading.Status.NOT_REPORTED] += 1
            if r and r.overdue:
                counts["overdue"] += 1
            elif r is None and target.deadline and target.deadline < today:
                counts["overdue"] += 1
        rows.append(TaskRow(task, list(task.units.all()), entry, state, counts,
                            light(state, period.due, today, counts["overdue"])))

    units: dict[int | None, UnitRow] = {}
    for row in rows:
        for u in row.units or [None]:
            ur = units.setdefault(u.pk if u else None, UnitRow(u))
            ur.tasks += 1
            ur.states[row.state] += 1
            ur.targets.update(row.targets)
            if _WORSE[row.light] > _WORSE[ur.light]:
                ur.light = row.light
    unit_rows = sorted(units.values(), key=lambda u: (-_WORSE[u.light], u.unit.name if u.unit else "~"))
    totals = Counter(r.state for r in rows)
    target_totals = Counter()
    for r in rows:
        target_totals.update(r.targets)
    return {
        "rows": rows,
        "units": unit_rows,
        "states": [(k, STATE_LABELS[k], totals[k]) for k in STATE_LABELS],
        "targets": [(k, TARGET_LABELS[k], target_totals[k]) for k in TARGET_LABELS],
        "lights": Counter(r.light for r in rows),
        "today": today,
    }
