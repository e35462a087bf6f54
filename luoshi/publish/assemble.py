"""Assemble a period's table from the database: the one way a Disclosure's frozen table is made.

Both paths use it: an imported report (its rows' tasks) and the office's publish step (the plan's
tasks with approved progress). What it returns is frozen into the Disclosure and never edited.
"""

from __future__ import annotations

from luoshi.plans.models import Task
from luoshi.progress.models import Period, Progress, Reading

DEFAULT_HEADERS = {
    "number": "序号",
    "category": "任务类别",
    "title": "任务名称",
    "content": "任务内容",
    "progress": "工作举措与完成情况",
    "unit": "责任单位",
    "leader": "责任领导",
    "deadline": "完成时限",
}
OPTIONAL = ("title", "unit", "leader", "deadline")


def _number(value):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _category_paths(tasks: list[Task]) -> dict[int, list[str]]:
    """Each category's path, walking parents from one in-memory map (no query per level)."""
    from luoshi.plans.models import Category

    plan_ids = {t.plan_id for t in tasks}
    nodes = {c.pk: c for c in Category.objects.filter(plan_id__in=plan_ids)}
    paths = {}
    for pk, node in nodes.items():
        names, cur = [], node
        while cur is not None:
            names.append(cur.name)
            cur = nodes.get(cur.parent_id)
        paths[pk] = names[::-1]
    return paths


def build_table(period: Period, tasks: list[Task] | None = None, headers: dict | None = None,
                approved_only: bool = False) -> dict:
    """The table of `period`: `tasks` in their plan order (default: every task of the plan that has
    progress in the period, approved only when `approved_only`), with the targets' readings."""
    progress_qs = Progress.objects.filter(period=period)
    if approved_only:
        progress_qs = progress_qs.filter(state=Progress.State.APPROVED)
    progress = {p.task_id: p for p in progress_qs}
    if tasks is None:
        tasks = list(Task.objects.filter(plan=period.plan, pk__in=progress.keys()).order_by("position"))
    paths = _category_paths(tasks)
    task_ids = [t.pk for t in tasks]
    from luoshi.plans.models import Target

    targets: dict[int, list[Target]] = {}
    for target in Target.objects.filter(task_id__in=task_ids).order_by("task_id", "position"):
        targets.setdefault(target.task_id, []).append(target)
    readings = {r.target_id: r for r in Reading.objects.filter(period=period, target__task_id__in=task_ids)}

    rows = []
    for task in tasks:
        entry = progress.get(task.pk)
        text = entry.text if entry else ""
        rows.append(
            {
                "task": task.pk,
                "number": task.number,
                "category": paths.get(task.category_id, []),
                "title": task.title,
                "content": task.content,
                "progress": [p.strip() for p in text.split("\n") if p.strip()],
                "unit": task.unit_text,
                "leader": task.leader,
                "deadline": task.deadline,
                "extra": dict(task.extra),
                "targets": [_target(t, readings.get(t.pk)) for t in targets.get(task.pk, [])],
            }
        )
    return {
        "headers": {**DEFAULT_HEADERS, **{k: v for k, v in (headers or {}).items() if v}},
        "optional": [role for role in OPTIONAL if any(r[role] for r in rows)],
        "category_depth": max((len(r["category"]) for r in rows), default=0),
        "extra": sorted({k for r in rows for k in r["extra"]}),
        "rows": rows,
    }


def _target(t, reading: Reading | None) -> dict:
    return {
        "text": t.text,
        "metric": t.metric,
        "value": _number(t.value),
        "unit": t.unit,
        "comparator": t.comparator,
        "deadline": t.deadline.isoformat() if t.deadline else None,
        "status": reading.status if reading else Reading.Status.NOT_REPORTED,
        "achieved": _number(reading.achieved) if reading and reading.achieved is not None else None,
        "evidence": reading.evidence if reading else "",
        "overdue": reading.overdue if reading else False,
        "overridden": bool(reading and reading.is_overridden),
    }


def summary(table: dict) -> dict:
    """Counts of targets by status over the table: the page's and the dashboard's summary."""
    counts = {s: 0 for s in Reading.Status.values}
    overdue = 0
    for row in table.get("rows", []):
        for t in row.get("targets", []):
            counts[t["status"]] = counts.get(t["status"], 0) + 1
            overdue += bool(t.get("overdue"))
    return {**counts, "overdue": overdue, "total": sum(counts.values())}
