"""Reminders to units whose entries for a period are missing: before the due date and after it.

Each reminder is a Reminder row, unique per unit, period and kind, inserted in the same
transaction that sends it: a second run, even one started at the same moment, waits on that row
and then finds it, so nothing is sent twice; a failed send rolls the row back to be tried again.
"""

from __future__ import annotations

import datetime
import json
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction

from luoshi.office.models import Membership, Reminder
from luoshi.plans.models import Task, Unit
from luoshi.progress.models import Period, Progress

DONE = (Progress.State.SUBMITTED, Progress.State.APPROVED)
# Overdue reminders stop this many days after the due date: a forgotten period is not nagged forever.
OVERDUE_WINDOW_DAYS = 30


@dataclass
class Outcome:
    unit: Unit
    period: Period
    kind: str
    sent: bool
    recipients: list[str]
    tasks: list[str]
    note: str = ""


def kind_for(period: Period, today: datetime.date, days_before: int) -> str | None:
    if period.due is None:
        return None
    if today > period.due and (today - period.due).days <= OVERDUE_WINDOW_DAYS:
        return Reminder.Kind.OVERDUE
    if 0 <= (period.due - today).days <= days_before:
        return Reminder.Kind.BEFORE
    return None


def missing_by_unit(period: Period) -> dict[Unit, list[Task]]:
    """Each unit's tasks of the period's plan with no submitted or approved entry."""
    done = set(Progress.objects.filter(period=period, state__in=DONE).values_list("task_id", flat=True))
    missing: dict[Unit, list[Task]] = {}
    for task in Task.objects.filter(plan=period.plan).prefetch_related("units").order_by("position"):
        if task.pk in done:
            continue
        for unit in task.units.all():
            missing.setdefault(unit, []).append(task)
    return missing


def message(unit: Unit, period: Period, kind: str, tasks: list[Task]) -> tuple[str, str]:
    when = "将于" if kind == Reminder.Kind.BEFORE else "已于"
    subject = f"【{'催报' if kind == Reminder.Kind.OVERDUE else '提醒'}】{period}工作进展报送{when}{period.due:%Y年%m月%d日}截止"
    lines = [f"{unit.name}:", "", f"{period}的工作进展报送{when}{period.due:%Y年%m月%d日}截止,以下任务尚未报送:", ""]
    lines += [f"  {t.number}. {t.content[:60]}" for t in tasks]
    lines += ["", "请登录落实工作台填报:/office/"]
    return subject, "\n".join(lines)


def post_webhook(url: str, text: str, timeout: float = 10) -> str:
    """POST a DingTalk-style text message; returns the HTTP status or the error, never raises."""
    body = json.dumps({"msgtype": "text", "text": {"content": text}}, ensure_ascii=False).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return f"HTTP {response.status}"
    except (urllib.error.URLError, OSError, ValueError) as e:
        return f"error: {e}"[:100]


def remind(today: datetime.date, days_before: int | None = None, webhook: str | None = None,
           dry_run: bool = False) -> list[Outcome]:
    days_before = settings.REMINDER_DAYS_BEFORE if days_before is None else days_before
    webhook = settings.REMINDER_WEBHOOK if webhook is None else webhook
    outcomes = []
    lo = today - datetime.timedelta(days=OVERDUE_WINDOW_DAYS)
    hi = today + datetime.timedelta(days=days_before)
    for period in Period.objects.filter(due__gte=lo, due__lte=hi).select_related("plan__organization"):
        kind = kind_for(period, today, days_before)
        if kind is None:
            continue
        for unit, tasks in missing_by_unit(period).items():
            emails = sorted(
                get_user_model().objects.filter(
                    memberships__unit=unit, memberships__role=Membership.Role.REPORTER, is_active=True
                ).exclude(email="").values_list("email", flat=True)
            )
            numbers = [t.number for t in tasks]
            outcome = Outcome(unit, period, kind, False, emails, numbers)
            outcomes.append(outcome)
            if Reminder.objects.filter(unit=unit, period=period, kind=kind).exists():
                outcome.note = "already sent"
                continue
            if not emails and not webhook:
                # No row: once the unit has a reporter with an address, the reminder still goes out.
                outcome.note = "no reporter with an e-mail address and no webhook"
                continue
            if dry_run:
                outcome.note = "dry run"
                continue
            subject, body = message(unit, period, kind, tasks)
            try:
                with transaction.atomic():
                    row = Reminder.objects.create(unit=unit, period=period, kind=kind, recipients=", ".join(emails),
                                                  tasks=", ".join(numbers))
                    if emails:
                        send_mail(subject, body, None, emails)
                    if webhook:
                        row.webhook_status = post_webhook(webhook, f"{subject}\n{body}")
                        row.save(update_fields=["webhook_status"])
            except IntegrityError:
                outcome.note = "already sent (by a run at the same time)"
                continue
            outcome.sent = True
            outcome.note = "" if emails else "webhook only: no reporter with an e-mail address"
    return outcomes
