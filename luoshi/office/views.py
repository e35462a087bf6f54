"""The back office: short views, each loading its object through an access helper that returns
it or raises (404 outside the user's organizations, 403 for a role that may not do this)."""

from __future__ import annotations

import base64
import secrets

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_http_methods, require_safe

from luoshi import assess, ingest
from luoshi.ingest.load import LoadError, load_report
from luoshi.office import board as boards
from luoshi.office import diffing, importing, reporting
from luoshi.office.access import (
    ADMIN, ANY, READ_ALL, REVIEW, Role, _get_category_for_user, _get_disclosure_for_user,
    _get_membership_for_user, _get_organization_for_user, _get_period_for_user, _get_plan_for_user,
    _get_progress_for_user, _get_reading_for_user, _get_revision_for_user, _get_task_for_user,
    _get_unit_for_user, may_write_task, organizations_for,
)
from luoshi.office.forms import (
    CategoryForm, CommentForm, EntryForm, ImportForm, MemberForm, OrganizationForm, OverrideForm, PeriodForm,
    PlanForm, PublishForm,
    ReturnForm, TargetsForm, TaskForm, UnitForm,
)
from luoshi.office.models import Membership
from luoshi.plans.models import Plan, Task, Unit
from luoshi.portal.qr import qr_svg
from luoshi.progress import assessing
from luoshi.progress.models import Period, Progress, Reading
from luoshi.publish import workflow
from luoshi.publish.assemble import summary
from luoshi.publish.models import Disclosure
from luoshi.publish.serialize import disclosure_dict, table_layout

State = Progress.State


def _targets_marked(task: Task):
    return importing.mark(task.content, [(t.span_start, t.span_end) for t in task.targets.all()])


# --- home and organization -------------------------------------------------------------------


@login_required
@require_safe
def home(request):
    orgs = list(organizations_for(request.user))
    return render(request, "office/home.html", {"organizations": orgs})


@login_required
@require_safe
def org(request, pk: int):
    organization, m = _get_organization_for_user(request.user, pk)
    plans = Plan.objects.filter(organization=organization).order_by("-year")
    periods = Period.objects.filter(plan__organization=organization).select_related("plan").order_by("-end")
    return render(request, "office/org.html", {
        "organization": organization, "m": m, "plans": plans, "periods": periods,
        "queue_count": Progress.objects.filter(task__plan__organization=organization, state=State.SUBMITTED).count()
        if m.role in READ_ALL else None,
    })


@login_required
@require_http_methods(["GET", "POST"])
def org_settings(request, pk: int):
    organization, m = _get_organization_for_user(request.user, pk, ADMIN)
    form = OrganizationForm(request.POST or None, instance=organization)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "机构设置已保存")
        return redirect("office:org", organization.pk)
    return render(request, "office/form.html", {"form": form, "title": f"机构设置 · {organization.name}",
                                                "organization": organization})


# --- plans, categories, tasks, units ----------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def plan_create(request, org_pk: int):
    organization, m = _get_organization_for_user(request.user, org_pk, ADMIN)
    form = PlanForm(request.POST or None, instance=Plan(organization=organization))
    if request.method == "POST" and form.is_valid():
        plan = form.save()
        messages.success(request, f"已创建 {plan}")
        return redirect("office:plan", plan.pk)
    return render(request, "office/form.html", {"form": form, "title": "新建年度计划", "organization": organization})


@login_required
@require_safe
def plan(request, pk: int):
    p, m = _get_plan_for_user(request.user, pk)
    tasks = p.tasks.select_related("category").prefetch_related("units", "targets").order_by("position")
    return render(request, "office/plan.html", {
        "plan": p, "organization": p.organization, "m": m, "tasks": tasks,
        "categories": p.categories.select_related("parent"), "periods": p.periods.order_by("end"),
    })


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request, pk: int):
    p, m = _get_plan_for_user(request.user, pk, ADMIN)
    form = PlanForm(request.POST or None, instance=p)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("office:plan", p.pk)
    return render(request, "office/form.html", {"form": form, "title": f"修改 {p}", "organization": p.organization})


@login_required
@require_http_methods(["GET", "POST"])
def category_create(request, pk: int):
    p, m = _get_plan_for_user(request.user, pk, ADMIN)
    form = CategoryForm(request.POST or None, plan=p)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("office:plan", p.pk)
    return render(request, "office/form.html", {"form": form, "title": "新增任务类别", "organization": p.organization})


@login_required
@require_http_methods(["GET", "POST"])
def task_create(request, pk: int):
    p, m = _get_plan_for_user(request.user, pk, ADMIN)
    form = TaskForm(request.POST or None, plan=p)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            task = form.save()
            assessing.refresh_targets(task)
        messages.success(request, "已保存。请核对从任务内容中识别出的指标。")
        return redirect("office:task", task.pk)
    return render(request, "office/form.html", {"form": form, "title": "新增重点任务", "organization": p.organization})


@login_required
@require_safe
def task(request, pk: int):
    t, m = _get_task_for_user(request.user, pk, READ_ALL | {Role.REPORTER})
    return render(request, "office/task.html", {
        "task": t, "m": m, "organization": t.plan.organization, "marked": _targets_marked(t),
        "targets": t.targets.all(), "corrections": t.target_corrections.select_related("user"),
        "targets_form": TargetsForm(initial={"lines": "\n".join(
            f"{x.metric}|{x.value.normalize():f}|{x.unit}|{x.comparator}|{x.deadline or ''}" for x in t.targets.all())})
        if m.role in REVIEW else None,
        "progress": t.progress.select_related("period").order_by("-period__end"),
    })


@login_required
@require_http_methods(["GET", "POST"])
def task_edit(request, pk: int):
    t, m = _get_task_for_user(request.user, pk, ADMIN)
    form = TaskForm(request.POST or None, instance=t, plan=t.plan)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            content_changed = "content" in form.changed_data
            task = form.save()
            if content_changed:
                assessing.refresh_targets(task)
                for progress in task.progress.select_related("period"):
                    assessing.refresh_readings(progress)
        messages.success(request, "已保存。请核对从任务内容中识别出的指标。")
        return redirect("office:task", t.pk)
    return render(request, "office/form.html", {"form": form, "title": f"修改任务 {t.number}", "organization": t.plan.organization})


@login_required
@require_POST
def task_targets(request, pk: int):
    """A reviewer's confirmation or correction of the targets read out of the task's content."""
    t, m = _get_task_for_user(request.user, pk, REVIEW)
    form = TargetsForm(request.POST)
    if form.is_valid():
        assessing.correct_targets(t, request.user, form.cleaned_data["lines"], form.cleaned_data["reason"])
        messages.success(request, "指标已修正,研判已按新指标重新计算")
    else:
        messages.error(request, "; ".join(e for errs in form.errors.values() for e in errs))
    return redirect("office:task", t.pk)


@login_required
@require_http_methods(["GET", "POST"])
def category_edit(request, pk: int):
    c, m = _get_category_for_user(request.user, pk, ADMIN)
    form = CategoryForm(request.POST or None, instance=c, plan=c.plan)
    form.fields["parent"].queryset = form.fields["parent"].queryset.exclude(pk=c.pk)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("office:plan", c.plan_id)
    return render(request, "office/form.html", {"form": form, "title": f"修改类别 {c.name}", "organization": c.plan.organization})


@login_required
@require_http_methods(["GET", "POST"])
def unit_edit(request, pk: int):
    u, m = _get_unit_for_user(request.user, pk, ADMIN)
    form = UnitForm(request.POST or None, instance=u, organization=u.organization)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("office:units", u.organization_id)
    return render(request, "office/form.html", {"form": form, "title": f"修改责任单位 {u.name}", "organization": u.organization})


@login_required
@require_http_methods(["GET", "POST"])
def members(request, org_pk: int):
    """The office admin gives people roles; a new username creates the account (Argon2-hashed)."""
    organization, m = _get_organization_for_user(request.user, org_pk, ADMIN)
    form = MemberForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            user = data["user"]
            if user is None:
                user = get_user_model().objects.create_user(data["username"], data["email"], data["password"])
            elif data["email"] and not user.email:
                user.email = data["email"]
                user.save(update_fields=["email"])
            Membership.objects.create(user=user, organization=organization, role=data["role"], unit=data["unit"])
        messages.success(request, f"已为 {user.get_username()} 分配角色")
        return redirect("office:members", organization.pk)
    rows = Membership.objects.filter(organization=organization).select_related("user", "unit").order_by("role", "user__username")
    return render(request, "office/members.html", {"organization": organization, "m": m, "members": rows, "form": form})


@login_required
@require_POST
def member_remove(request, pk: int):
    ms, m = _get_membership_for_user(request.user, pk, ADMIN)
    if ms.user_id == request.user.pk:
        messages.error(request, "不能移除自己的角色")
    else:
        ms.delete()
        messages.success(request, f"已移除 {ms.user.get_username()} 在本机构的角色")
    return redirect("office:members", ms.organization_id)


@login_required
@require_http_methods(["GET", "POST"])
def units(request, org_pk: int):
    organization, m = _get_organization_for_user(request.user, org_pk, READ_ALL)
    form = UnitForm(request.POST or None, organization=organization)
    if request.method == "POST":
        if m.role != Role.ADMIN:
            raise PermissionDenied("only the office admin adds units")
        if form.is_valid():
            form.save()
            return redirect("office:units", organization.pk)
    rows = Unit.objects.filter(organization=organization).prefetch_related("tasks", "memberships__user")
    return render(request, "office/units.html", {"organization": organization, "m": m, "units": rows, "form": form})


# --- import with preview ----------------------------------------------------------------------

SESSION_IMPORT = "office_import"


@login_required
@require_http_methods(["GET", "POST"])
def import_file(request, org_pk: int):
    """Upload: parse and show what would be saved (targets marked); nothing is written yet."""
    organization, m = _get_organization_for_user(request.user, org_pk, ADMIN)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        try:
            report = ingest.parse_bytes(data, upload.name)
            year = importing.year_of(report, form.cleaned_data["year"] or timezone.localdate().year)
            importing.validate(report)
        except (ingest.ParseError, importing.PlanImportError) as e:
            form.add_error("file", f"文件 (file): {e}")
        else:
            token = secrets.token_urlsafe(16)
            request.session[SESSION_IMPORT] = {
                "token": token, "org": organization.pk, "name": upload.name,
                "mode": form.cleaned_data["mode"], "data": base64.b64encode(data).decode("ascii"), "year": year,
            }
            return render(request, "office/import_preview.html", {
                "organization": organization, "report": report, "year": year, "token": token,
                "mode": form.cleaned_data["mode"], "name": upload.name,
                "rows": importing.preview_rows(report, year),
            })
    return render(request, "office/import.html", {"organization": organization, "form": form})


@login_required
@require_POST
def import_confirm(request, org_pk: int):
    organization, m = _get_organization_for_user(request.user, org_pk, ADMIN)
    pending = request.session.get(SESSION_IMPORT)
    if not pending or pending["org"] != organization.pk or pending["token"] != request.POST.get("token"):
        messages.error(request, "导入已过期,请重新上传文件")
        return redirect("office:import", organization.pk)
    report = ingest.parse_bytes(base64.b64decode(pending["data"]), pending["name"])
    try:
        if pending["mode"] == "report":
            publisher = (report.meta.publisher or report.meta.organization or "").strip()
            if publisher and publisher != organization.name:
                raise LoadError(f"发布机构 (publisher): the report is {publisher}'s, not {organization.name}'s")
            if not publisher:
                report.meta.publisher = organization.name
            result = load_report(report)
            for t in result.disclosure.plan.tasks.filter(targets__isnull=True):
                assessing.refresh_targets(t)
            plan, note = result.disclosure.plan, "已导入报告" if result.created else "该报告此前已导入,未重复保存"
        else:
            result = importing.load_plan(report, organization, pending["year"])
            plan, note = result.plan, f"新增 {result.created} 项任务,已有 {result.linked} 项"
    except (LoadError, importing.PlanImportError) as e:
        messages.error(request, f"未导入:{e}")
        return redirect("office:import", organization.pk)
    del request.session[SESSION_IMPORT]
    messages.success(request, note)
    return redirect("office:plan", plan.pk)


# --- periods and the board --------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def period_create(request, pk: int):
    p, m = _get_plan_for_user(request.user, pk, ADMIN)
    form = PeriodForm(request.POST or None, plan=p)
    if request.method == "POST" and form.is_valid():
        period = form.cleaned_data["period"]
        period.save()
        messages.success(request, f"已开启报告期 {period},报送截止 {period.due:%Y-%m-%d}")
        return redirect("office:period", period.pk)
    return render(request, "office/form.html", {"form": form, "title": f"开启报告期 · {p}", "organization": p.organization})


@login_required
@require_safe
def period(request, pk: int):
    pe, m = _get_period_for_user(request.user, pk)
    data = boards.board(pe)
    laggards = request.GET.get("show") == "laggards"
    rows = [r for r in data["rows"] if r.light != "green"] if laggards else data["rows"]
    return render(request, "office/period.html", {
        "period": pe, "organization": pe.plan.organization, "m": m, "board": data, "rows": rows,
        "laggards": laggards, "draft": Disclosure.private_objects.filter(period=pe, state=Disclosure.State.DRAFT).first(),
        "published": Disclosure.private_objects.filter(period=pe, state=Disclosure.State.PUBLISHED).order_by("-version"),
    })


# --- the reporter's side ----------------------------------------------------------------------


def _reporter_unit(m) -> Unit | None:
    return getattr(m, "unit", None)


@login_required
@require_safe
def my_tasks(request, pk: int):
    pe, m = _get_period_for_user(request.user, pk, {Role.REPORTER, Role.ADMIN})
    unit = _reporter_unit(m)
    if unit is None:
        raise PermissionDenied("my tasks are for unit reporters")
    data = boards.board(pe, unit=unit)
    return render(request, "office/mine.html", {"period": pe, "organization": pe.plan.organization,
                                                "m": m, "unit": unit, "board": data})


def _entry_context(task, period):
    progress = Progress.objects.filter(task=task, period=period).first()
    earlier = Progress.objects.filter(task=task, period__end__lt=period.end).select_related("period").order_by("-period__end").first()
    return progress, earlier


def _entry_access(request, period_pk: int, task_pk: int):
    """The period and task a reporter writes: the task must be assigned to their unit."""
    pe, m = _get_period_for_user(request.user, period_pk, ANY)
    task, _ = _get_task_for_user(request.user, task_pk, {Role.REPORTER})
    if task.plan_id != pe.plan_id:
        raise Http404("the task is not of this period's plan")
    if not may_write_task(m, task):
        raise PermissionDenied("only the unit's reporters write its progress")
    return pe, task, m


@login_required
@require_http_methods(["GET", "POST"])
def entry(request, period_pk: int, task_pk: int):
    pe, task, m = _entry_access(request, period_pk, task_pk)
    progress, earlier = _entry_context(task, pe)
    form = EntryForm(request.POST or None, initial={"text": progress.text if progress else ""})
    if request.method == "POST" and form.is_valid():
        try:
            progress = reporting.save_text(task, pe, _reporter_unit(m), request.user, form.cleaned_data["text"])
            if "submit" in request.POST:
                reporting.submit(progress, request.user)
                messages.success(request, "已报送,等待审核")
            else:
                messages.success(request, "草稿已保存")
            return redirect("office:entry", pe.pk, task.pk)
        except reporting.WorkflowError as e:
            form.add_error(None, str(e))
    readonly = progress is not None and progress.state not in reporting.EDITABLE
    return render(request, "office/entry.html", {
        "period": pe, "task": task, "m": m, "organization": pe.plan.organization, "form": form,
        "progress": progress, "earlier": earlier, "readonly": readonly, "marked": _targets_marked(task),
        "returned": progress.events.filter(action="returned").last() if progress else None,
        "reading": _reading_preview(task, pe, progress.text if progress else "", earlier),
    })


def _reading_preview(task, period, text, earlier):
    """What the assessor reads in `text` now, without saving anything."""
    targets = list(task.targets.all())
    result = assess.read_progress([assessing.as_assess_target(t, task.content) for t in targets], text, as_of=period.end,
                                  previous=earlier.text if earlier else None)
    return {"rows": list(zip(targets, result.readings)), "findings": result.findings,
            "labels": dict(Reading.Status.choices)}


@login_required
@require_POST
def entry_reading(request, period_pk: int, task_pk: int):
    """The reading as the reporter types (htmx posts the form here): computed, never saved.
    JSON when asked for it (Accept: application/json), else the HTML fragment."""
    pe, task, m = _entry_access(request, period_pk, task_pk)
    _, earlier = _entry_context(task, pe)
    preview = _reading_preview(task, pe, request.POST.get("text", "")[:20000], earlier)
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({
            "task": task.pk, "period": pe.pk, "findings": preview["findings"],
            "readings": [{"target": t.text, "status": r.status, "achieved": r.achieved, "evidence": r.evidence,
                          "overdue": r.overdue} for t, r in preview["rows"]],
        })
    return render(request, "office/_reading.html", {"reading": preview})


# --- review -----------------------------------------------------------------------------------


@login_required
@require_safe
def queue(request, org_pk: int):
    organization, m = _get_organization_for_user(request.user, org_pk, READ_ALL)
    entries = (Progress.objects.filter(task__plan__organization=organization, state=State.SUBMITTED)
               .select_related("task", "period__plan", "unit").order_by("updated"))
    return render(request, "office/queue.html", {"organization": organization, "m": m, "entries": entries})


@login_required
@require_safe
def progress(request, pk: int):
    pr, m = _get_progress_for_user(request.user, pk, READ_ALL | {Role.REPORTER})
    earlier = Progress.objects.filter(task=pr.task, period__end__lt=pr.period.end).select_related("period").order_by("-period__end").first()
    targets = list(pr.task.targets.all())
    readings = {r.target_id: r for r in Reading.objects.filter(period=pr.period, target__in=targets)}
    return render(request, "office/progress.html", {
        "p": pr, "m": m, "organization": pr.task.plan.organization, "task": pr.task,
        "marked": _targets_marked(pr.task), "earlier": earlier,
        "diff": diffing.segments(earlier.text if earlier else "", pr.text),
        "targets": [(t, readings.get(t.pk)) for t in targets],
        "events": pr.events.select_related("user"), "revisions": pr.revisions.select_related("user"),
        "can_review": m.role in REVIEW and pr.state == State.SUBMITTED,
        "can_reopen": m.role in REVIEW and pr.state == State.APPROVED,
        "can_edit": may_write_task(m, pr.task) and pr.state in reporting.EDITABLE,
        "override_form": OverrideForm(), "return_form": ReturnForm(), "comment_form": CommentForm(),
    })


@login_required
@require_POST
def progress_approve(request, pk: int):
    pr, m = _get_progress_for_user(request.user, pk, REVIEW)
    form = CommentForm(request.POST)
    try:
        reporting.approve(pr, request.user, form.data.get("comment", ""))
        messages.success(request, f"已审核通过:{pr.task.number}")
    except reporting.WorkflowError as e:
        messages.error(request, str(e))
    return redirect("office:queue", pr.task.plan.organization_id)


@login_required
@require_POST
def progress_return(request, pk: int):
    pr, m = _get_progress_for_user(request.user, pk, REVIEW)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["comment"][0])
        return redirect("office:progress", pr.pk)
    try:
        reporting.return_entry(pr, request.user, form.cleaned_data["comment"])
        messages.success(request, f"已退回:{pr.task.number}")
    except reporting.WorkflowError as e:
        messages.error(request, str(e))
    return redirect("office:progress", pr.pk)


@login_required
@require_POST
def reading_override(request, pk: int):
    reading, m = _get_reading_for_user(request.user, pk, REVIEW)
    progress = Progress.objects.filter(task=reading.target.task, period=reading.period).first()
    form = OverrideForm(request.POST)
    if form.is_valid():
        assessing.override_reading(reading, request.user, form.cleaned_data["status"],
                                   form.cleaned_data["achieved"], form.cleaned_data["reason"])
        messages.success(request, f"已修改研判:{reading.target.text}")
    else:
        messages.error(request, "; ".join(e for errs in form.errors.values() for e in errs))
    if progress is None:
        return redirect("office:task", reading.target.task_id)
    return redirect("office:progress", progress.pk)


@login_required
@require_safe
def revision(request, pk: int):
    rev, pr, m = _get_revision_for_user(request.user, pk, READ_ALL | {Role.REPORTER})
    return render(request, "office/revision.html", {
        "rev": rev, "p": pr, "m": m, "organization": pr.task.plan.organization,
        "diff": diffing.segments(rev.text, pr.text),
        "can_restore": may_write_task(m, pr.task) and pr.state in reporting.EDITABLE and rev.text != pr.text,
    })


@login_required
@require_POST
def revision_restore(request, pk: int):
    rev, pr, m = _get_revision_for_user(request.user, pk, {Role.REPORTER})
    if not may_write_task(m, pr.task):
        raise PermissionDenied("only the unit's reporters restore its text")
    try:
        reporting.restore(rev, request.user)
        messages.success(request, "已恢复该版本的文本(作为新的修订保存)")
    except reporting.WorkflowError as e:
        messages.error(request, str(e))
    return redirect("office:progress", pr.pk)


# --- publish ----------------------------------------------------------------------------------


@login_required
@require_POST
def period_assemble(request, pk: int):
    pe, m = _get_period_for_user(request.user, pk, ADMIN)
    try:
        draft = workflow.assemble(pe, request.user)
    except workflow.PublishError as e:
        messages.error(request, str(e))
        return redirect("office:period", pe.pk)
    return redirect("office:disclosure", draft.pk)


@login_required
@require_safe
def disclosures(request, org_pk: int):
    organization, m = _get_organization_for_user(request.user, org_pk, ANY)
    own = Disclosure.private_objects.filter(organization=organization).select_related("period", "plan")
    if m.role == Role.REPORTER:
        own = own.filter(state=Disclosure.State.PUBLISHED)
    children = Disclosure.public_objects.filter(organization__parent=organization).select_related("organization", "period")
    return render(request, "office/disclosures.html", {"organization": organization, "m": m, "own": own,
                                                       "children": children})


@login_required
@require_safe
def disclosure(request, pk: int):
    d, m = _get_disclosure_for_user(request.user, pk, ANY)
    form = None
    if m is not None and m.role == Role.ADMIN and d.state == Disclosure.State.DRAFT:
        form = PublishForm(initial={"title": d.title, "written_date": timezone.localdate(), "topic": d.topic,
                                    "source": d.source})
    return render(request, "office/disclosure.html", {
        "d": d, "m": m, "organization": d.organization, "form": form, "rows": len(d.table.get("rows", [])),
        "changes": workflow.table_changes(d.replaces.table, d.table) if d.replaces_id else [],
        "events": d.events.select_related("user"), "newer": Disclosure.private_objects.filter(replaces=d).first(),
    })


@login_required
@require_safe
def disclosure_preview(request, pk: int):
    """The draft exactly as the public page will show it: the portal's own template."""
    d, m = _get_disclosure_for_user(request.user, pk, READ_ALL)
    data = disclosure_dict(d)
    if d.state == Disclosure.State.DRAFT:
        # What publishing fills in is not known yet: say so where the public page will show it.
        data.update(index_no=data["index_no"] or "(发布时分配)", published_at=data["published_at"] or "(发布时填写)",
                    written_date=data["written_date"] or "(发布时填写)")
    return render(request, "portal/disclosure.html", {
        "d": d, "data": data, "rows": table_layout(data), "summary": summary(data), "visits": d.visits,
        "page_url": request.build_absolute_uri(d.get_absolute_url()),
        "qr": qr_svg(request.build_absolute_uri(d.get_absolute_url())),
        "share": {"weibo": "#", "qzone": "#"}, "newer": None, "preview": True,
    })


@login_required
@require_POST
def disclosure_publish(request, pk: int):
    d, m = _get_disclosure_for_user(request.user, pk, ADMIN)
    form = PublishForm(request.POST)
    if form.is_valid():
        try:
            d = workflow.publish(d, request.user, **form.cleaned_data)
        except workflow.PublishError as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, f"已发布,索引号 {d.index_no}")
            return redirect("office:disclosure", d.pk)
    return render(request, "office/disclosure.html", {
        "d": d, "m": m, "organization": d.organization, "form": form, "rows": len(d.table.get("rows", [])),
        "changes": workflow.table_changes(d.replaces.table, d.table) if d.replaces_id else [],
        "events": d.events.select_related("user"), "newer": None,
    }, status=400)
