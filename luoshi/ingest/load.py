"""Save a ParsedReport: organization, plan, categories, tasks, period, progress and the Disclosure.

One transaction: either the whole report is saved or nothing is. Importing the same report twice
finds the first import (by 索引号, else by the digest of its content) and creates nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, time

from django.db import transaction
from django.utils import timezone

from luoshi.ingest.link import match_rows
from luoshi.ingest.report import ParsedReport
from luoshi.plans.models import Category, Organization, Plan, Task, TaskLink, Unit
from luoshi.progress.assessing import refresh_readings, refresh_targets
from luoshi.progress.models import Period, Progress, ProgressEvent
from luoshi.publish.assemble import OPTIONAL, build_table
from luoshi.publish.models import Disclosure

UNIT_SEPARATORS = re.compile(r"[、,，;；/\s]+")


class LoadError(ValueError):
    """The report cannot be saved; the message is one line saying why (row and field where known)."""


@dataclass
class LoadResult:
    disclosure: Disclosure
    created: bool
    tasks_created: int = 0
    tasks_linked: int = 0
    uncertain: list[tuple[str, Task, float]] = field(default_factory=list)  # (序号 as printed, task, confidence)
    warnings: list[str] = field(default_factory=list)


def digest(report: ParsedReport) -> str:
    """A fingerprint of what the report says, independent of the file format it came in."""
    data = report.to_dict()
    data.pop("format", None)
    data.pop("warnings", None)
    for row in data["rows"]:
        row.pop("line", None)  # where a row sits differs between a page and its text
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def validate_rows(report: ParsedReport) -> None:
    """Refuse rows that cannot become tasks; one line naming the row and the field."""
    if not report.rows:
        raise LoadError("no task rows (重点任务) found")
    for i, row in enumerate(report.rows, 1):
        where = f"row {i} (序号 {row.number})"
        if not row.content.strip():
            raise LoadError(f"{where}: 任务内容 (content) is empty")
        if len(row.number) > 20:
            raise LoadError(f"{where}: 序号 (number) longer than 20 characters")
        if len(row.unit) > 300:
            raise LoadError(f"{where}: 责任单位 (unit) longer than 300 characters")


def validate(report: ParsedReport) -> None:
    """Refuse a report that cannot become a Disclosure; one line naming what is missing."""
    validate_rows(report)
    if report.period is None:
        raise LoadError("no reporting period (报告期) found in the title or the progress column's header")
    if not (report.meta.publisher or report.meta.organization):
        raise LoadError("no publishing organization (发布机构) found")


def organization_for(report: ParsedReport) -> Organization:
    name = (report.meta.publisher or report.meta.organization).strip()
    org, _ = Organization.objects.get_or_create(name=name)
    changed = []
    if report.meta.organization and not org.full_name:
        org.full_name = report.meta.organization
        changed.append("full_name")
    index_no = report.meta.index_no or ""
    if "/" in index_no and not org.code:
        org.code = index_no.split("/", 1)[0].strip()
        changed.append("code")
    if changed:
        org.save(update_fields=changed)
    return org


def category_for(plan: Plan, path: list[str], cache: dict) -> Category | None:
    parent = None
    for depth in range(len(path)):
        key = tuple(path[: depth + 1])
        if key not in cache:
            node, _ = Category.objects.get_or_create(
                plan=plan, parent=parent, name=path[depth], defaults={"position": len(cache)}
            )
            cache[key] = node
        parent = cache[key]
    return parent


def _aware(value: datetime | None) -> datetime | None:
    if value is None or timezone.is_aware(value):
        return value
    return timezone.make_aware(value)


def _existing(report: ParsedReport, fingerprint: str) -> Disclosure | None:
    if report.meta.index_no:
        found = Disclosure.private_objects.filter(index_no=report.meta.index_no).first()
        if found and found.digest != fingerprint:
            raise LoadError(
                f"索引号 {report.meta.index_no} is already published with different content; "
                "publish a correction instead of importing over it"
            )
        return found
    return Disclosure.private_objects.filter(digest=fingerprint).first()


def _new_task(plan: Plan, row, position: int, cache: dict) -> Task:
    task = Task.objects.create(
        plan=plan,
        category=category_for(plan, row.category, cache),
        number=row.number,
        number_generated=row.number_generated,
        position=position,
        title=row.title,
        content=row.content,
        unit_text=row.unit,
        leader=row.leader,
        deadline=row.deadline,
        extra=row.extra,
    )
    for name in filter(None, UNIT_SEPARATORS.split(row.unit)):
        unit, _ = Unit.objects.get_or_create(organization=plan.organization, name=name[:200])
        task.units.add(unit)
    refresh_targets(task)
    return task


def _link_tasks(plan: Plan, report: ParsedReport) -> tuple[list[Task], list[tuple[int, Task, float]], int]:
    """Attach each row to the plan's task it continues (序号, then content similarity), else
    create a task. Returns the tasks in row order, the (row index, task, confidence) links that
    were not exact, and how many tasks were created."""
    existing = list(plan.tasks.order_by("position"))
    by_pk = {t.pk: t for t in existing}
    matches = match_rows([(t.pk, t.number, t.content) for t in existing], report.rows)
    next_position = max((t.position for t in existing), default=0) + 1
    cache: dict = {}
    tasks, uncertain, created = [], [], 0
    for i, (row, (key, confidence)) in enumerate(zip(report.rows, matches)):
        if key is None:
            tasks.append(_new_task(plan, row, next_position, cache))
            next_position += 1
            created += 1
            continue
        task = by_pk[key]
        tasks.append(task)
        if confidence < 1.0:
            uncertain.append((i, task, confidence))
    return tasks, uncertain, created


@transaction.atomic
def load_report(report: ParsedReport) -> LoadResult:
    """Save the report as a published Disclosure, or find the one an earlier import made."""
    validate(report)
    fingerprint = digest(report)
    found = _existing(report, fingerprint)
    if found is not None:
        return LoadResult(found, created=False, warnings=list(report.warnings))

    org = organization_for(report)
    plan, _ = Plan.objects.get_or_create(
        organization=org, year=report.period.year, defaults={"title": report.meta.title or ""}
    )
    tasks, uncertain, created = _link_tasks(plan, report)
    if len({t.pk for t in tasks}) != len(tasks):
        raise LoadError("two rows of the report attach to the same task")
    p = report.period
    period, _ = Period.objects.get_or_create(
        plan=plan, start=p.start, end=p.end, defaults={"kind": p.kind, "label": p.label}
    )
    for row, task in zip(report.rows, tasks):
        progress, _ = Progress.objects.update_or_create(
            task=task, period=period, defaults={"text": row.progress, "state": Progress.State.APPROVED}
        )
        ProgressEvent.objects.create(
            progress=progress, state=Progress.State.APPROVED, action="imported", text=row.progress
        )
        refresh_readings(progress)
    for i, task, confidence in uncertain:
        row = report.rows[i]
        TaskLink.objects.update_or_create(
            task=task, period=period,
            defaults={"confidence": confidence, "printed_number": row.number, "printed_content": row.content},
        )

    meta = report.meta
    published_at = _aware(meta.published_at)
    if published_at is None and meta.written_date:
        published_at = _aware(datetime.combine(meta.written_date, time(0, 0)))
    disclosure = Disclosure.private_objects.create(
        organization=org,
        plan=plan,
        period=period,
        state=Disclosure.State.PUBLISHED,
        index_no=meta.index_no or None,
        title=meta.title or f"{org.full_name or org.name}{plan.year}年{period.label}重点任务执行情况",
        written_date=meta.written_date,
        published_at=published_at or timezone.now(),
        publisher=meta.publisher or org.name,
        topic=meta.topic or "政务公开",
        source=meta.source or meta.publisher or org.name,
        doc_no=meta.doc_no or "",
        table=_as_printed(build_table(period, tasks, headers=report.columns), report),
        digest=fingerprint,
    )
    return LoadResult(
        disclosure, created=True, tasks_created=created, tasks_linked=len(tasks) - created,
        uncertain=[(report.rows[i].number, task, c) for i, task, c in uncertain], warnings=list(report.warnings),
    )


def _as_printed(table: dict, report: ParsedReport) -> dict:
    """The published table says what the document said: a row linked to a task worded
    differently in another period keeps this document's number, categories and text."""
    for frozen, row in zip(table["rows"], report.rows):
        frozen.update(
            number=row.number, category=list(row.category), title=row.title, content=row.content,
            unit=row.unit, leader=row.leader, deadline=row.deadline, extra=dict(row.extra),
        )
    rows = table["rows"]
    table["category_depth"] = max((len(r["category"]) for r in rows), default=0)
    table["optional"] = [role for role in OPTIONAL if any(r[role] for r in rows)]
    table["extra"] = sorted({k for r in rows for k in r["extra"]})
    return table
