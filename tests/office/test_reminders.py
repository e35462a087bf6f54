"""`luoshi remind` mails units with missing entries before and after the due date, posts to a
webhook when set, and never sends the same reminder twice, even from two runs at once."""

import datetime
import http.server
import json
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection

from luoshi.office.models import Reminder
from luoshi.office.reminders import remind


def test_before_the_due_date_each_unit_with_missing_entries_is_mailed_once(office, settings, capsys):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.REMINDER_WEBHOOK = ""
    call_command("remind", "--today", "2024-10-08")
    by_recipient = {tuple(m.to): m for m in mail.outbox}
    # Unit X (Carol) misses t1 (returned) and t3; unit Y (Dave) misses t2 (draft).
    assert set(by_recipient) == {("carol@example.invalid",), ("dave@example.invalid",)}
    assert "2024年10月10日截止" in by_recipient[("carol@example.invalid",)].subject
    assert "改造老旧小区" in by_recipient[("carol@example.invalid",)].body
    assert "养老" not in by_recipient[("carol@example.invalid",)].body
    call_command("remind", "--today", "2024-10-09")
    assert len(mail.outbox) == 2, "the second run sends nothing again"
    assert "0 reminder(s) sent" in capsys.readouterr().out


def test_after_the_due_date_an_overdue_reminder_follows(office, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.REMINDER_WEBHOOK = ""
    remind(datetime.date(2024, 10, 8))
    remind(datetime.date(2024, 10, 12))
    kinds = sorted(Reminder.objects.filter(period=office.period).values_list("kind", flat=True))
    assert kinds == ["before", "before", "overdue", "overdue"]
    assert any("催报" in m.subject for m in mail.outbox)


def test_nothing_is_sent_far_from_the_due_date_or_to_units_that_submitted(office, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert remind(datetime.date(2024, 9, 1)) == []
    from luoshi.office import reporting

    for task, unit, user in ((office.t1, office.x, office.users.carol), (office.t3, office.x, office.users.carol)):
        p = reporting.save_text(task, office.period, unit, user, "已完成")
        reporting.submit(p, user)
    outcomes = remind(datetime.date(2024, 10, 8))
    assert [o.unit for o in outcomes if o.period == office.period] == [office.y]


def test_a_dingtalk_style_webhook_receives_the_reminder(office, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    received = []

    class Hook(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'{"errcode":0}')

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        remind(datetime.date(2024, 10, 8), webhook=f"http://127.0.0.1:{server.server_port}/robot/send")
    finally:
        server.shutdown()
    assert len(received) == 2
    assert all(r["msgtype"] == "text" and "截止" in r["text"]["content"] for r in received)
    assert set(Reminder.objects.values_list("webhook_status", flat=True)) == {"HTTP 200"}


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_each_reminder_once(settings):
    from tests.office.conftest import build_office

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.REMINDER_WEBHOOK = ""
    build_office()
    mail.outbox = []
    barrier = threading.Barrier(2)
    errors = []

    def run():
        try:
            barrier.wait()
            remind(datetime.date(2024, 10, 8))
        except Exception as e:  # surfaced below: a thread's exception would otherwise vanish
            errors.append(e)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(tuple(m.to) for m in mail.outbox) == [("carol@example.invalid",), ("dave@example.invalid",)]
    assert Reminder.objects.count() == 2


def test_a_unit_without_reporters_is_reminded_once_it_has_one(office, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.REMINDER_WEBHOOK = ""
    from luoshi.office.models import Membership
    from tests.office.conftest import make_user

    Membership.objects.filter(unit=office.y).delete()
    outcomes = remind(datetime.date(2024, 10, 8))
    assert [o.sent for o in outcomes if o.unit == office.y] == [False]
    Membership.objects.create(user=make_user("yvonne"), organization=office.org, role="reporter", unit=office.y)
    remind(datetime.date(2024, 10, 9))
    assert ("yvonne@example.invalid",) in [tuple(m.to) for m in mail.outbox]
