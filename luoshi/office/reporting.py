"""The life of a progress entry: a reporter saves drafts and submits, a reviewer returns or
approves. Each state change is a ProgressEvent row (who, when, comment, the text at the time);
each change of the text is a ProgressRevision. Progress.state changes only here."""

from __future__ import annotations

from django.db import transaction

from luoshi.office.models import ProgressRevision
from luoshi.plans.models import Task, Unit
from luoshi.progress import assessing
from luoshi.progress.models import Period, Progress, ProgressEvent

State = Progress.State
EDITABLE = (State.DRAFT, State.RETURNED)


class WorkflowError(ValueError):
    """The change is not allowed in the entry's state or the input is wrong; says which field."""


def _locked(progress: Progress) -> Progress:
    return Progress.objects.select_for_update().select_related("task__plan", "period").get(pk=progress.pk)


def _change(progress: Progress, state: str, action: str, user, comment: str = "") -> Progress:
    ProgressEvent.objects.create(progress=progress, state=state, action=action, comment=comment,
                                 text=progress.text, user=user)
    progress.state = state
    progress.save(update_fields=["state", "updated"])
    return progress


@transaction.atomic
def save_text(task: Task, period: Period, unit: Unit | None, user, text: str, note: str = "保存草稿") -> Progress:
    """Save a reporter's text as a new revision (unchanged text adds none) and re-read its targets."""
    if period.plan_id != task.plan_id:
        raise WorkflowError("报告期 (period): not a period of this task's plan")
    text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    progress, created = Progress.objects.get_or_create(
        task=task, period=period, defaults={"unit": unit, "state": State.DRAFT}
    )
    progress = _locked(progress)
    if progress.state not in EDITABLE:
        raise WorkflowError(f"工作举措与完成情况 (text): the entry is {progress.get_state_display()} and cannot be edited")
    if created:
        ProgressEvent.objects.create(progress=progress, state=State.DRAFT, action="created", user=user)
    if created or text != progress.text:
        progress.text = text
        if unit is not None:
            progress.unit = unit
        progress.save(update_fields=["text", "unit", "updated"])
        ProgressRevision.objects.create(progress=progress, text=text, user=user, note=note)
        assessing.refresh_readings(progress)
    return progress


@transaction.atomic
def submit(progress: Progress, user, comment: str = "") -> Progress:
    progress = _locked(progress)
    if progress.state not in EDITABLE:
        raise WorkflowError(f"state: a {progress.get_state_display()} entry cannot be submitted")
    if not progress.text.strip():
        raise WorkflowError("工作举措与完成情况 (text): empty; write what was done before submitting")
    return _change(progress, State.SUBMITTED, "resubmitted" if progress.events.filter(
        action="returned").exists() else "submitted", user, comment)


@transaction.atomic
def return_entry(progress: Progress, user, comment: str) -> Progress:
    """Send back to the unit with a comment: a submitted entry, or an approved one to reopen it."""
    progress = _locked(progress)
    if progress.state not in (State.SUBMITTED, State.APPROVED):
        raise WorkflowError(f"state: a {progress.get_state_display()} entry cannot be returned")
    if not comment.strip():
        raise WorkflowError("退回意见 (comment): say what the unit should change")
    return _change(progress, State.RETURNED, "returned", user, comment.strip())


@transaction.atomic
def approve(progress: Progress, user, comment: str = "") -> Progress:
    progress = _locked(progress)
    if progress.state != State.SUBMITTED:
        raise WorkflowError(f"state: only a submitted entry can be approved, this one is {progress.get_state_display()}")
    return _change(progress, State.APPROVED, "approved", user, comment.strip())


def restore(revision: ProgressRevision, user) -> Progress:
    """Make an earlier revision's text the current one, as a new revision (nothing is lost)."""
    progress = revision.progress
    number = list(progress.revisions.values_list("pk", flat=True)).index(revision.pk) + 1
    return save_text(progress.task, progress.period, progress.unit, user, revision.text, note=f"恢复自第{number}版")
