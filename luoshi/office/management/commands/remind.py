import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from luoshi.office.reminders import OVERDUE_WINDOW_DAYS, remind


class Command(BaseCommand):
    help = (
        "Mail each unit's reporters the tasks they have not yet submitted for a period: once when its due "
        "date is LUOSHI_REMINDER_DAYS_BEFORE days away or less, once more after it has passed (for up to "
        f"{OVERDUE_WINDOW_DAYS} days). Also posts to LUOSHI_REMINDER_WEBHOOK (a DingTalk-style robot) when set. "
        "Each reminder sent is a row unique per unit, period and kind: safe to run from cron, twice, or twice at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--today", help="the date to act as of (YYYY-MM-DD); default: today")
        parser.add_argument("--days-before", type=int, default=None, help="days before the due date to remind")
        parser.add_argument("--dry-run", action="store_true", help="print what would be sent, send nothing")

    def handle(self, today=None, days_before=None, dry_run=False, **options):
        try:
            day = datetime.date.fromisoformat(today) if today else timezone.localdate()
        except ValueError:
            raise CommandError(f"--today {today!r}: expected YYYY-MM-DD") from None
        outcomes = remind(day, days_before=days_before, dry_run=dry_run)
        for o in outcomes:
            verb = "sent" if o.sent else "skipped"
            to = ", ".join(o.recipients) or "nobody"
            note = f" ({o.note})" if o.note else ""
            self.stdout.write(f"{verb} {o.kind}: {o.period} {o.unit.name} -> {to}; tasks {', '.join(o.tasks)}{note}")
        self.stdout.write(f"{sum(o.sent for o in outcomes)} reminder(s) sent, {len(outcomes)} unit(s) with missing entries")
