"""Keep Targets and Readings in step with task content and progress text, through luoshi.assess.

Reviewers win: a task whose targets were corrected keeps them, and an overridden reading keeps its
status and achieved value; only the automatic ones are recomputed.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from luoshi import assess
from luoshi.plans.models import Target, TargetCorrection, Task
from luoshi.progress.models import Progress, Reading, ReadingOverride


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _number(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def as_assess_target(t: Target, content: str) -> assess.Target:
    """A stored Target in the shape the assessor judges, with the sentence of `content` it came
    from (a reviewer's target without a span is judged against the whole content)."""
    target = assess.Target(
        text=t.text, metric=t.metric, value=_number(t.value), unit=t.unit, comparator=t.comparator,
        deadline=t.deadline, start=t.span_start if t.span_start is not None else -1,
        end=t.span_end if t.span_end is not None else -1,
    )
    if target.start >= 0 and content[target.start:target.end] == target.text:
        return assess.with_context(content, target)
    return dataclasses.replace(target, context=content)


def refresh_targets(task: Task) -> list[Target]:
    """Re-read the task's targets from its content, unless a reviewer has corrected them."""
    if task.target_corrections.exists():
        return list(task.targets.all())
    found = assess.extract_targets(task.content, year=task.plan.year)
    task.targets.all().delete()
    return Target.objects.bulk_create(
        [
            Target(
                task=task, position=i, text=t.text[:300], metric=t.metric[:100], value=_decimal(t.value),
                unit=t.unit[:20], comparator=t.comparator, deadline=t.deadline,
                span_start=t.start, span_end=t.end, source=Target.Source.AUTO,
            )
            for i, t in enumerate(found)
        ]
    )


def previous_text(progress: Progress) -> str | None:
    earlier = (
        Progress.objects.filter(task_id=progress.task_id, period__end__lt=progress.period.end)
        .order_by("-period__end")
        .values_list("text", flat=True)
        .first()
    )
    return earlier


def refresh_readings(progress: Progress, targets: list[Target] | None = None) -> assess.Assessment:
    """Judge each of the task's targets against this progress text and store the readings."""
    targets = list(progress.task.targets.all()) if targets is None else targets
    content = progress.task.content
    result = assess.read_progress(
        [as_assess_target(t, content) for t in targets], progress.text, as_of=progress.period.end,
        previous=previous_text(progress),
    )
    existing = {r.target_id: r for r in Reading.objects.filter(period=progress.period, target__in=targets)}
    for target, reading in zip(targets, result.readings):
        stored = existing.get(target.pk)
        if stored is not None and stored.is_overridden:
            continue
        values = {
            "achieved": _decimal(reading.achieved), "status": reading.status,
            "overdue": reading.overdue, "evidence": reading.evidence,
        }
        if stored is None:
            Reading.objects.create(target=target, period=progress.period, **values)
        else:
            for k, v in values.items():
                setattr(stored, k, v)
            stored.save()
    return result


@transaction.atomic
def override_reading(reading: Reading, user: AbstractBaseUser | None, status: str, achieved, reason: str) -> Reading:
    """A reviewer's override: kept as a history row, and it wins over later recomputation."""
    if not reason.strip():
        raise ValueError("an override needs a reason")
    if status not in Reading.Status.values:
        raise ValueError(f"status {status!r}: expected one of {', '.join(Reading.Status.values)}")
    ReadingOverride.objects.create(
        reading=reading, user=user, status_before=reading.status, status=status,
        achieved_before=reading.achieved, achieved=_decimal(achieved), reason=reason,
    )
    reading.status = status
    reading.achieved = _decimal(achieved)
    reading.overridden_by = user
    reading.override_reason = reason
    reading.save()
    return reading


def _target_dict(t: Target) -> dict:
    return {
        "text": t.text, "metric": t.metric, "value": _number(t.value), "unit": t.unit,
        "comparator": t.comparator, "deadline": t.deadline.isoformat() if t.deadline else None,
    }


@transaction.atomic
def correct_targets(task: Task, user: AbstractBaseUser | None, targets: list[dict], reason: str) -> list[Target]:
    """Replace the task's targets with a reviewer's list; kept with who, when and why."""
    if not reason.strip():
        raise ValueError("a correction needs a reason")
    before = [_target_dict(t) for t in task.targets.all()]
    for t in targets:
        if isinstance(t.get("deadline"), str):
            t["deadline"] = date.fromisoformat(t["deadline"])
    task.targets.all().delete()
    created = Target.objects.bulk_create(
        [
            Target(
                task=task, position=i, text=t.get("text") or f"{t['metric']}{t['value']}{t.get('unit', '')}",
                metric=t["metric"], value=_decimal(t["value"]), unit=t.get("unit", ""),
                comparator=t.get("comparator", "="), deadline=t.get("deadline"), source=Target.Source.MANUAL,
            )
            for i, t in enumerate(targets)
        ]
    )
    TargetCorrection.objects.create(
        task=task, user=user, reason=reason, before=before, after=[_target_dict(t) for t in created]
    )
    for progress in task.progress.select_related("period"):
        refresh_readings(progress, created)
    return created
