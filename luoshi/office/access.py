"""Who may see and do what in the back office. Every view loads its object through one of the
`_get_<thing>_for_user()` helpers here, which return it or raise:

- Http404 when the user has no role in the object's organization (its existence is not revealed),
- PermissionDenied when they have a role there that does not allow this.

Roles (Membership.Role): the office admin (督查室) does everything in the organization; a reviewer
reads everything and reviews; a leader reads everything; a unit reporter reads and writes only the
tasks of their own unit. A superuser is an admin everywhere. Members of a parent organization (a
district) may read its children's (streets') published disclosures, nothing else.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from luoshi.office.models import Membership, ProgressRevision
from luoshi.plans.models import Category, Organization, Plan, Task, Unit
from luoshi.progress.models import Period, Progress, Reading
from luoshi.publish.models import Disclosure

Role = Membership.Role
ADMIN = {Role.ADMIN}
REVIEW = {Role.ADMIN, Role.REVIEWER}
READ_ALL = {Role.ADMIN, Role.REVIEWER, Role.LEADER}
ANY = {Role.ADMIN, Role.REVIEWER, Role.LEADER, Role.REPORTER}


class Superuser:
    """Stands in for a Membership: a superuser is an office admin of every organization."""

    role = Role.ADMIN
    unit = None
    unit_id = None
    reviews = True

    def __init__(self, organization):
        self.organization = organization


def membership(user, organization: Organization) -> Membership | Superuser | None:
    if not user.is_authenticated:
        return None
    if user.is_superuser:
        return Superuser(organization)
    return Membership.objects.select_related("unit").filter(user=user, organization=organization).first()


def organizations_for(user):
    """The organizations the user has a role in (every one for a superuser)."""
    if user.is_superuser:
        return Organization.objects.all()
    return Organization.objects.filter(memberships__user=user).distinct()


def require(user, organization: Organization, roles: set) -> Membership | Superuser:
    """The user's membership of the organization when its role is one of `roles`."""
    m = membership(user, organization)
    if m is None:
        raise Http404("no such organization in your office")
    if m.role not in roles:
        raise PermissionDenied(f"your role ({Role(m.role).label}) may not do this")
    return m


def may_write_task(m, task: Task) -> bool:
    """Reporters write the tasks assigned to their unit; nobody else writes progress, not even
    an admin or a superuser (an entry is the unit's word)."""
    return m.role == Role.REPORTER and task.units.filter(pk=m.unit_id).exists()


def _get_organization_for_user(user, pk: int, roles: set = ANY):
    try:
        org = Organization.objects.get(pk=pk)
    except Organization.DoesNotExist:
        raise Http404("no such organization") from None
    return org, require(user, org, roles)


def _get_plan_for_user(user, pk: int, roles: set = READ_ALL):
    try:
        plan = Plan.objects.select_related("organization").get(pk=pk)
    except Plan.DoesNotExist:
        raise Http404("no such plan") from None
    return plan, require(user, plan.organization, roles)


def _get_category_for_user(user, pk: int, roles: set = ADMIN):
    try:
        category = Category.objects.select_related("plan__organization").get(pk=pk)
    except Category.DoesNotExist:
        raise Http404("no such category") from None
    return category, require(user, category.plan.organization, roles)


def _get_unit_for_user(user, pk: int, roles: set = ADMIN):
    try:
        unit = Unit.objects.select_related("organization").get(pk=pk)
    except Unit.DoesNotExist:
        raise Http404("no such unit") from None
    return unit, require(user, unit.organization, roles)


def _get_membership_for_user(user, pk: int, roles: set = ADMIN):
    try:
        ms = Membership.objects.select_related("organization", "user").get(pk=pk)
    except Membership.DoesNotExist:
        raise Http404("no such member") from None
    return ms, require(user, ms.organization, roles)


def _get_task_for_user(user, pk: int, roles: set = READ_ALL):
    """A task; reporters may read it only when it is assigned to their unit."""
    try:
        task = Task.objects.select_related("plan__organization", "category").get(pk=pk)
    except Task.DoesNotExist:
        raise Http404("no such task") from None
    m = require(user, task.plan.organization, roles | {Role.REPORTER})
    if m.role == Role.REPORTER and not (Role.REPORTER in roles and may_write_task(m, task)):
        raise PermissionDenied("this task is not assigned to your unit")
    return task, m


def _get_period_for_user(user, pk: int, roles: set = READ_ALL):
    try:
        period = Period.objects.select_related("plan__organization").get(pk=pk)
    except Period.DoesNotExist:
        raise Http404("no such period") from None
    return period, require(user, period.plan.organization, roles)


def _get_progress_for_user(user, pk: int, roles: set = READ_ALL):
    """A progress entry; reporters may read their own unit's entries (when in `roles`)."""
    try:
        progress = Progress.objects.select_related("task__plan__organization", "period", "unit").get(pk=pk)
    except Progress.DoesNotExist:
        raise Http404("no such entry") from None
    m = require(user, progress.task.plan.organization, roles | {Role.REPORTER})
    if m.role == Role.REPORTER and not (Role.REPORTER in roles and may_write_task(m, progress.task)):
        raise PermissionDenied("this entry belongs to another unit")
    return progress, m


def _get_revision_for_user(user, pk: int, roles: set = ANY):
    try:
        revision = ProgressRevision.objects.select_related("progress").get(pk=pk)
    except ProgressRevision.DoesNotExist:
        raise Http404("no such revision") from None
    progress, m = _get_progress_for_user(user, revision.progress_id, roles)
    return revision, progress, m


def _get_reading_for_user(user, pk: int, roles: set = REVIEW):
    try:
        reading = Reading.objects.select_related("target__task__plan__organization", "period").get(pk=pk)
    except Reading.DoesNotExist:
        raise Http404("no such reading") from None
    return reading, require(user, reading.target.task.plan.organization, roles)


def _get_disclosure_for_user(user, pk: int, roles: set = ANY):
    """A disclosure of the user's organization (a draft not to reporters); a published one also to
    members of its parent organization (a district reads its streets' reports)."""
    try:
        d = Disclosure.private_objects.select_related("organization__parent", "plan", "period", "replaces").get(pk=pk)
    except Disclosure.DoesNotExist:
        raise Http404("no such disclosure") from None
    m = membership(user, d.organization)
    if m is None:
        parent = d.organization.parent
        readable = roles == ANY and d.state == Disclosure.State.PUBLISHED
        if readable and parent is not None and membership(user, parent) is not None:
            return d, None
        raise Http404("no such disclosure in your office")
    if m.role not in roles:
        raise PermissionDenied(f"your role ({Role(m.role).label}) may not do this")
    if m.role == Role.REPORTER and d.state != Disclosure.State.PUBLISHED:
        # A draft holds every unit's entries; a reporter sees only their own unit's before publication.
        raise PermissionDenied("a draft disclosure is for the office, reviewers and leaders")
    return d, m
