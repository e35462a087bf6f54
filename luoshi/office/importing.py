"""Import a plan (the tasks only) from a parsed document: a decomposition table, or last year's
published report when only its tasks are wanted. Validates every row first; one transaction;
importing the same file twice creates nothing new."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import transaction

from luoshi import assess
from luoshi.ingest.load import LoadError, validate_rows
from luoshi.ingest.report import ParsedReport
from luoshi.plans.models import Category, Organization, Plan, Task, Unit
from luoshi.progress import assessing

UNIT_SEPARATORS = re.compile(r"[、,，;；/\s]+")


class PlanImportError(ValueError):
    """The document cannot be imported; one line naming the row and field."""


@dataclass
class PlanImport:
    plan: Plan
    created: int
    linked: int


def year_of(report: ParsedReport, default: int | None = None) -> int:
    year = report.year or default
    if year is None:
        raise PlanImportError("年度 (year): the document names no period or year; choose the plan's year")
    return year


def preview_rows(report: ParsedReport, year: int) -> list[dict]:
    """Each row with the targets read out of its content (nothing saved), for confirmation."""
    rows = []
    for i, row in enumerate(report.rows, 1):
        targets = assess.extract_targets(row.content, year=year)
        rows.append({"line": i, "row": row, "targets": targets, "marked": mark(row.content, [(t.start, t.end) for t in targets])})
    return rows


def mark(content: str, spans: list[tuple[int, int]]):
    """The content as HTML with each target's span in <mark>, everything else escaped."""
    from django.utils.html import escape
    from django.utils.safestring import mark_safe

    out, pos = [], 0
    for start, end in sorted(s for s in spans if s[0] is not None and s[0] >= 0 and s[1] and s[1] <= len(content)):
        if start < pos:
            continue
        out.append(escape(content[pos:start]))
        out.append(f"<mark>{escape(content[start:end])}</mark>")
        pos = end
    out.append(escape(content[pos:]))
    return mark_safe("".join(out))


def validate(report: ParsedReport) -> None:
    """The same row checks as a report import, as this module's error."""
    try:
        validate_rows(report)
    except LoadError as e:
        raise PlanImportError(str(e)) from None


@transaction.atomic
def load_plan(report: ParsedReport, organization: Organization, year: int) -> PlanImport:
    """Save the report's tasks into the organization's plan of `year`; a task with the same 序号
    and content is linked, not duplicated. Targets are read out of each new task's content."""
    validate(report)
    plan, _ = Plan.objects.get_or_create(organization=organization, year=year,
                                         defaults={"title": report.meta.title or ""})
    existing = {(t.number, t.content): t for t in plan.tasks.all()}
    position = max((t.position for t in existing.values()), default=0) + 1
    categories: dict[tuple, Category] = {}
    created = linked = 0
    for row in report.rows:
        if (row.number, row.content) in existing:
            linked += 1
            continue
        parent = None
        for depth in range(len(row.category)):
            key = tuple(row.category[: depth + 1])
            if key not in categories:
                categories[key], _ = Category.objects.get_or_create(
                    plan=plan, parent=parent, name=row.category[depth][:300], defaults={"position": len(categories)}
                )
            parent = categories[key]
        task = Task.objects.create(
            plan=plan, category=parent, number=row.number, number_generated=row.number_generated,
            position=position, title=row.title[:300], content=row.content, unit_text=row.unit[:300],
            leader=row.leader[:100], deadline=row.deadline[:100], extra=row.extra,
        )
        position += 1
        created += 1
        for name in filter(None, UNIT_SEPARATORS.split(row.unit)):
            unit, _ = Unit.objects.get_or_create(organization=organization, name=name[:200])
            task.units.add(unit)
        existing[(row.number, row.content)] = task
        assessing.refresh_targets(task)
    return PlanImport(plan, created, linked)
