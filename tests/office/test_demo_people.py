"""`luoshi demo` gives the demo street an office admin, a reviewer, a reporter and a leader."""

from django.core.management import call_command

from luoshi.office.models import Membership


def test_the_demo_has_one_person_per_role_and_prints_their_passwords(db, capsys):
    call_command("demo")
    call_command("demo")
    roles = dict(Membership.objects.values_list("user__username", "role"))
    assert roles == {"qh_admin": "admin", "qh_reviewer": "reviewer", "qh_reporter": "reporter", "qh_leader": "leader"}
    reporter = Membership.objects.get(user__username="qh_reporter")
    assert reporter.unit.tasks.count() >= 3
    call_command("demo", "--credentials")
    out = capsys.readouterr().out
    assert "qh_reporter / luoshi-demo" in out and "log in as admin" in out
