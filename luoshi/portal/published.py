"""What the portal reads of a plan: its published disclosures and their frozen rows, never drafts.

A correction replaces the version it corrects: only the current version of each period counts.
"""

from __future__ import annotations

from django.http import Http404

from luoshi.plans.models import Plan
from luoshi.publish.models import Disclosure


def current_disclosures(**filters) -> list[Disclosure]:
    """Published disclosures not replaced by a published correction, oldest period first."""
    return list(
        Disclosure.public_objects.filter(**filters)
        .exclude(replaced_by__state=Disclosure.State.PUBLISHED)
        .select_related("organization", "plan", "period")
        .order_by("period__end", "period__start", "pk")
    )


def get_public_plan(pk: int) -> tuple[Plan, list[Disclosure]]:
    """A plan with at least one published disclosure, and those disclosures; else 404."""
    disclosures = current_disclosures(plan_id=pk)
    if not disclosures:
        raise Http404("no published disclosure of this plan")
    return disclosures[0].plan, disclosures


def rows_by_task(disclosures: list[Disclosure]) -> dict[int, list[tuple[Disclosure, dict]]]:
    """Each task's published rows, in period order."""
    found: dict[int, list[tuple[Disclosure, dict]]] = {}
    for d in disclosures:
        for row in (d.table or {}).get("rows", []):
            if row.get("task"):
                found.setdefault(row["task"], []).append((d, row))
    return found


def latest_rows(disclosures: list[Disclosure], task_ids=None) -> list[tuple[Disclosure, dict]]:
    """The latest published row of each task (optionally of `task_ids` only): in the order of the
    latest period's table, then tasks seen only in earlier periods."""
    seen: set[int] = set()
    out: list[tuple[Disclosure, dict]] = []
    for d in reversed(disclosures):
        for row in (d.table or {}).get("rows", []):
            task = row.get("task")
            if task and task not in seen and (task_ids is None or task in task_ids):
                seen.add(task)
                out.append((d, row))
    return out
