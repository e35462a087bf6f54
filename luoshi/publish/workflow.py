"""From approved progress to a published Disclosure: assemble a draft, publish it with a 索引号,
and correct a published one with a new version. The office's views call these; nothing else
changes a Disclosure's state.
"""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from luoshi.plans.models import Organization
from luoshi.progress.models import Period
from luoshi.publish import indexno
from luoshi.publish.assemble import build_table
from luoshi.publish.models import Disclosure, DisclosureEvent, IndexSequence


class PublishError(ValueError):
    """The disclosure cannot be assembled or published; the message says why, naming the field."""


def allocate_index_no(organization: Organization, year: int) -> str:
    """The next free 索引号 of the organization's year. Call inside the publishing transaction:
    the sequence row stays locked until it commits, so concurrent publishers queue for it, and
    numbers already taken (an imported page's) are skipped."""
    builder = indexno.IndexNumber(organization.index_template or indexno.DEFAULT_TEMPLATE,
                                  organization.code or "", year, 1)
    try:
        builder.validate()
    except indexno.IndexNumberError as e:
        raise PublishError(str(e)) from None
    try:
        with transaction.atomic():
            seq, _ = IndexSequence.objects.select_for_update().get_or_create(organization=organization, year=year)
    except IntegrityError:
        # Another publisher created the row between our look and our insert: now it exists.
        seq = IndexSequence.objects.select_for_update().get(organization=organization, year=year)
    serial = seq.last
    while True:
        serial += 1
        value = indexno.build(builder.template, builder.code, year, serial)
        if not Disclosure.private_objects.filter(index_no=value).exists():
            break
    seq.last = serial
    seq.save(update_fields=["last"])
    return value


def title_for(period: Period) -> str:
    org = period.plan.organization
    return f"{org.full_name or org.name}{period.plan.year}年{period.label}重点任务执行情况"


def current(period: Period) -> Disclosure | None:
    """The period's published disclosure that no later version replaces."""
    return (
        Disclosure.private_objects.filter(period=period, state=Disclosure.State.PUBLISHED, replaced_by__isnull=True)
        .order_by("-version", "-pk")
        .first()
    )


@transaction.atomic
def assemble(period: Period, user=None) -> Disclosure:
    """The period's draft Disclosure with a fresh table of its approved entries (plan order,
    categories merged as on the public page). When the period is already published the draft is
    a correction: the next version, replacing the current one."""
    table = build_table(period, approved_only=True)
    if not table["rows"]:
        raise PublishError(f"{period}: no approved entries (已审核的工作进展) to publish")
    published = current(period)
    draft = Disclosure.private_objects.select_for_update().filter(period=period, state=Disclosure.State.DRAFT).first()
    org = period.plan.organization
    if draft is None:
        draft = Disclosure(
            organization=org, plan=period.plan, period=period, state=Disclosure.State.DRAFT,
            title=published.title if published else title_for(period),
            publisher=org.name, topic=published.topic if published else "政务公开",
            source=published.source if published else (org.full_name or org.name),
        )
    draft.replaces = published
    draft.version = published.version + 1 if published else 1
    draft.table = table
    draft.save()
    DisclosureEvent.objects.create(disclosure=draft, action="assembled", user=user,
                                   comment=f"{len(table['rows'])} 项已审核任务")
    return draft


def table_changes(old: dict, new: dict) -> list[str]:
    """What a correction changed in the table, task by task, in words for the 更正说明."""
    before = {r.get("task") or r["number"]: r for r in old.get("rows", [])}
    after = {r.get("task") or r["number"]: r for r in new.get("rows", [])}
    changes = []
    for key, row in after.items():
        if key not in before:
            changes.append(f"新增第{row['number']}项")
            continue
        fields = [label for field, label in (("content", "任务内容"), ("progress", "工作举措与完成情况"),
                                              ("targets", "指标研判"), ("unit", "责任单位"))
                  if before[key].get(field) != row.get(field)]
        if fields:
            changes.append(f"第{row['number']}项{'、'.join(fields)}")
    changes += [f"删除第{row['number']}项" for key, row in before.items() if key not in after]
    return changes


def publish(draft: Disclosure, user=None, *, title: str = "", written_date: datetime.date | None = None,
            topic: str = "", source: str = "", change_note: str = "") -> Disclosure:
    """Publish the draft as previewed: allocate its 索引号, set 成文日期, 发布日期, 主题分类 and
    信息来源. A correction must say what changed (`change_note`); the table's differences from the
    version it replaces are appended, and the old version stays published and readable."""
    with transaction.atomic():
        draft = Disclosure.private_objects.select_for_update().select_related(
            "organization", "plan", "period").get(pk=draft.pk)
        if draft.state != Disclosure.State.DRAFT:
            raise PublishError(f"{draft.title}: already published as {draft.index_no}")
        if draft.replaces_id:
            old = Disclosure.private_objects.select_for_update().get(pk=draft.replaces_id)
            if Disclosure.private_objects.filter(replaces=old, state=Disclosure.State.PUBLISHED).exists():
                raise PublishError(f"{old.index_no}: already corrected; assemble again to correct the latest version")
            if not change_note.strip():
                raise PublishError("更正说明 (change_note): a correction must say what changed")
            changes = table_changes(old.table, draft.table)
            draft.change_note = change_note.strip() + (f"(变更:{';'.join(changes)})" if changes else "")
        draft.title = (title or draft.title).strip()
        if not draft.title:
            raise PublishError("标题 (title): required")
        draft.topic = (topic or draft.topic).strip()
        draft.source = (source or draft.source).strip()
        draft.written_date = written_date or timezone.localdate()
        draft.published_at = timezone.now()
        draft.index_no = allocate_index_no(draft.organization, draft.plan.year)
        draft.state = Disclosure.State.PUBLISHED
        draft.save()
        DisclosureEvent.objects.create(
            disclosure=draft, action="corrected" if draft.replaces_id else "published", user=user,
            comment=draft.change_note or draft.index_no,
        )
    return draft
