"""The demo's back office people for 青禾街道: an office admin, a reviewer, a unit reporter and a
leader, with two units and a few tasks assigned to the reporter's. Safe to run twice."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction

from luoshi.office.models import Membership
from luoshi.plans.models import Organization, Plan, Unit

DEMO_ORGANIZATION = "青禾街道"
REPORTER_UNIT = "经济发展办公室"
OTHER_UNIT = "社会事务办公室"
PEOPLE = [
    ("qh_admin", Membership.Role.ADMIN, None),
    ("qh_reviewer", Membership.Role.REVIEWER, None),
    ("qh_reporter", Membership.Role.REPORTER, REPORTER_UNIT),
    ("qh_leader", Membership.Role.LEADER, None),
]


def credentials(password: str) -> list[str]:
    return [f"{name} / {password}  ({role.label}{' · ' + unit if unit else ''}, {DEMO_ORGANIZATION})"
            for name, role, unit in PEOPLE]


@transaction.atomic
def seed_office(password: str) -> list[str]:
    """Create what is missing; report what was done, one line each."""
    done = []
    org = Organization.objects.filter(name=DEMO_ORGANIZATION).first()
    if org is None:
        return [f"no organization {DEMO_ORGANIZATION}: load the demo report first"]
    units = {name: Unit.objects.get_or_create(organization=org, name=name)[0] for name in (REPORTER_UNIT, OTHER_UNIT)}
    plan = Plan.objects.filter(organization=org).order_by("-year").first()
    if plan is not None and not plan.tasks.filter(units__isnull=False).exists():
        for i, task in enumerate(plan.tasks.order_by("position")):
            task.units.add(units[REPORTER_UNIT] if i % 2 == 0 else units[OTHER_UNIT])
            if not task.unit_text:
                task.unit_text = REPORTER_UNIT if i % 2 == 0 else OTHER_UNIT
                task.save(update_fields=["unit_text"])
        done.append(f"assigned {plan.tasks.count()} tasks to {REPORTER_UNIT} and {OTHER_UNIT}")
    User = get_user_model()
    for name, role, unit in PEOPLE:
        user, created = User.objects.get_or_create(username=name, defaults={"email": f"{name}@example.invalid"})
        if created:
            user.set_password(password)
            user.save()
            done.append(f"created {name} ({role.label})")
        Membership.objects.get_or_create(user=user, organization=org,
                                         defaults={"role": role, "unit": units[unit] if unit else None})
    return done
