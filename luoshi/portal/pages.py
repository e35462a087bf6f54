"""Public pages beyond the disclosure itself: organizations, plans, tasks across periods,
categories, units and search. Read only, and only what published disclosures froze."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Max, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from luoshi.ingest.load import UNIT_SEPARATORS  # 责任单位 text split as the importer splits it
from luoshi.plans.models import Category, Organization, Task, Unit
from luoshi.portal.diffs import diff_html
from luoshi.portal.published import current_disclosures, get_public_plan, latest_rows, rows_by_task
from luoshi.progress.models import Reading
from luoshi.publish.assemble import summary
from luoshi.publish.models import Disclosure
from luoshi.search.models import SearchEntry
from luoshi.search.query import Filters, search, snippet, terms

COLUMN_TYPE = "政务公开"
COLUMN_NAME = "政府工作报告重点任务执行情况"
STATUS_LABELS = dict(Reading.Status.choices)


def gov_meta(title: str, d: Disclosure | None, column: str = COLUMN_NAME) -> dict:
    """The page's meta tags of 国办发〔2017〕47号 beyond the site-wide ones."""
    published = timezone.localtime(d.published_at).strftime("%Y-%m-%d %H:%M") if d and d.published_at else ""
    return {
        "ColumnName": column,
        "ColumnType": COLUMN_TYPE,
        "ArticleTitle": title,
        "PubDate": published,
        "ContentSource": (d.source or d.publisher) if d else "",
    }


def _status_marks(row: dict) -> list[dict]:
    return [
        {**t, "label": STATUS_LABELS.get(t["status"], t["status"])} for t in row.get("targets", [])
    ]


def _task_item(d: Disclosure, row: dict) -> dict:
    """A row as the list pages show it: number, category, content, latest progress and marks."""
    return {"d": d, "row": row, "targets": _status_marks(row), "period": d.period.label}


# Organizations and plans -------------------------------------------------------------------------


@require_safe
def org_list(request):
    orgs = (
        Organization.objects.filter(disclosures__state=Disclosure.State.PUBLISHED)
        .annotate(published=Count("disclosures"), latest=Max("disclosures__published_at"))
        .select_related("parent")
        .order_by("name")
    )
    return render(request, "portal/org_list.html", {"orgs": orgs})


@require_safe
def org_detail(request, pk: int):
    org = get_object_or_404(Organization, pk=pk)
    disclosures = current_disclosures(organization=org)
    if not disclosures:
        raise Http404("no published disclosure of this organization")
    plans: dict[int, dict] = {}
    for d in disclosures:
        plans.setdefault(d.plan_id, {"plan": d.plan, "disclosures": []})["disclosures"].append(d)
    years = sorted(plans.values(), key=lambda p: -p["plan"].year)
    return render(request, "portal/org_detail.html", {"org": org, "plans": years})


@require_safe
def plan_detail(request, pk: int):
    plan, disclosures = get_public_plan(pk)
    rows = latest_rows(disclosures)
    periods = [{"d": d, "summary": summary(d.table or {})} for d in disclosures]
    task_ids = [row["task"] for _, row in rows]
    categories = Category.objects.filter(plan=plan, tasks__pk__in=task_ids).distinct()
    roots = _category_roots(plan, categories)
    units = Unit.objects.filter(tasks__pk__in=task_ids).distinct().order_by("name")
    latest = disclosures[-1]
    return render(
        request,
        "portal/plan_detail.html",
        {
            "plan": plan,
            "org": plan.organization,
            "periods": periods[::-1],
            "items": [_task_item(d, row) for d, row in rows],
            "categories": roots,
            "units": units,
            "gov_meta": gov_meta(f"{plan.organization.full_name or plan.organization.name}{plan.year}年重点任务", latest),
        },
    )


def _category_roots(plan, used) -> list[dict]:
    """The plan's category tree pruned to the categories with published tasks (and their parents)."""
    nodes = {c.pk: c for c in Category.objects.filter(plan=plan)}
    keep = set()
    for c in used:
        node = c
        while node is not None:
            keep.add(node.pk)
            node = nodes.get(node.parent_id)
    children: dict[int | None, list] = {}
    for c in sorted(nodes.values(), key=lambda c: (c.position, c.pk)):
        if c.pk in keep:
            children.setdefault(c.parent_id, []).append(c)

    def tree(parent):
        return [{"category": c, "children": tree(c.pk)} for c in children.get(parent, [])]

    return tree(None)


# Tasks across periods ------------------------------------------------------------------------------


def _public_task_history(pk: int):
    plan_id = Task.objects.filter(pk=pk).values_list("plan_id", flat=True).first()
    if plan_id is None:
        raise Http404("no such task")
    history = rows_by_task(current_disclosures(plan_id=plan_id)).get(pk)
    if not history:
        raise Http404("this task is in no published disclosure")
    return history


def target_grid(history) -> list[dict]:
    """Each target (by its text) with its reading in every period, and whether it changed."""
    texts: list[str] = []
    for _, row in history:
        for t in row.get("targets", []):
            if t["text"] not in texts:
                texts.append(t["text"])
    grid = []
    for text in texts:
        cells, previous = [], None
        for d, row in history:
            t = next((t for t in row.get("targets", []) if t["text"] == text), None)
            status = t["status"] if t else None
            cells.append({
                "period": d.period.label,
                "target": t,
                "status": status,
                "label": STATUS_LABELS.get(status, "—") if status else "—",
                "changed": previous is not None and status is not None and status != previous,
                "previous_label": STATUS_LABELS.get(previous, "") if previous else "",
            })
            previous = status or previous
        deadline = next((c["target"]["deadline"] for c in reversed(cells) if c["target"] and c["target"].get("deadline")), None)
        grid.append({"text": text, "cells": cells, "deadline": deadline})
    return grid


@require_safe
def task_detail(request, pk: int):
    history = _public_task_history(pk)
    periods, previous = [], None
    for d, row in history:
        text = "\n".join(row.get("progress", []))
        periods.append({
            "d": d,
            "row": row,
            "targets": _status_marks(row),
            "text": text,
            "diff": diff_html(previous, text) if previous is not None else None,
            "changed": previous is not None and previous != text,
        })
        previous = text
    latest_d, latest = history[-1]
    first_content = history[0][1].get("content", "")
    org = latest_d.organization
    title = f"{org.full_name or org.name}{latest_d.plan.year}年重点任务 第{latest['number']}项"
    return render(
        request,
        "portal/task_detail.html",
        {
            "task_pk": pk,
            "row": latest,
            "d": latest_d,
            "plan": latest_d.plan,
            "org": org,
            "periods": periods,
            "grid": target_grid(history),
            "content_diff": diff_html(first_content, latest["content"]) if first_content != latest["content"] else None,
            "units": Unit.objects.filter(tasks__pk=pk).order_by("name"),
            "category": Task.objects.filter(pk=pk).values_list("category_id", flat=True).first(),
            "page_title": title,
            "gov_meta": gov_meta(title, latest_d),
        },
    )


# Categories and units ------------------------------------------------------------------------------


@require_safe
def category_detail(request, pk: int):
    category = get_object_or_404(Category.objects.select_related("plan__organization"), pk=pk)
    plan, disclosures = get_public_plan(category.plan_id)
    path = category.path()
    rows = [(d, row) for d, row in latest_rows(disclosures) if row.get("category", [])[: len(path)] == path]
    if not rows:
        raise Http404("no published task in this category")
    title = f"{plan.organization.name}{plan.year}年重点任务 · {' › '.join(path)}"
    return render(
        request,
        "portal/task_group.html",
        {
            "heading": " › ".join(path),
            "kind": "任务类别",
            "plan": plan,
            "org": plan.organization,
            "groups": [{"plan": plan, "items": [_task_item(d, row) for d, row in rows]}],
            "page_title": title,
            "gov_meta": gov_meta(title, disclosures[-1]),
        },
    )


@require_safe
def unit_detail(request, pk: int):
    unit = get_object_or_404(Unit.objects.select_related("organization"), pk=pk)
    by_plan: dict[int, set[int]] = {}
    for task_pk, plan_pk in Task.objects.filter(units=unit).values_list("pk", "plan_id"):
        by_plan.setdefault(plan_pk, set()).add(task_pk)
    groups, newest = [], None
    for plan_pk, task_ids in by_plan.items():
        disclosures = current_disclosures(plan_id=plan_pk)
        rows = latest_rows(disclosures, task_ids)
        if rows:
            groups.append({"plan": disclosures[0].plan, "items": [_task_item(d, row) for d, row in rows]})
            if newest is None or disclosures[-1].published_at > newest.published_at:
                newest = disclosures[-1]
    if not groups:
        raise Http404("no published task of this unit")
    groups.sort(key=lambda g: -g["plan"].year)
    title = f"{unit.organization.name} · {unit.name} 承担的重点任务"
    return render(
        request,
        "portal/task_group.html",
        {
            "heading": unit.name,
            "kind": "责任单位",
            "org": unit.organization,
            "groups": groups,
            "page_title": title,
            "gov_meta": gov_meta(title, newest),
        },
    )


# Search ----------------------------------------------------------------------------------------------


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() and len(value) < 10 else None


def filters_from(params) -> Filters:
    status = params.get("status", "")
    return Filters(
        org=_int(params.get("org", "")),
        year=_int(params.get("year", "")),
        period=params.get("period", "").strip()[:50],
        category=params.get("category", "").strip()[:300],
        unit=params.get("unit", "").strip()[:100],
        status=status if status in STATUS_LABELS else "",
    )


def _choices(f: Filters) -> dict:
    """Values offered by the filter form; categories and units of the chosen organization only,
    as a province has too many to list."""
    public = SearchEntry.objects.filter(disclosure__state=Disclosure.State.PUBLISHED)
    scoped = public.filter(organization_id=f.org) if f.org else public.none()
    if f.org and f.year:
        scoped = scoped.filter(year=f.year)
    units = set()
    for text in scoped.values_list("unit", flat=True).distinct()[:500]:
        units.update(u for u in _split_units(text))
    return {
        "orgs": Organization.objects.filter(
            pk__in=public.values("organization_id")
        ).order_by("name"),
        "years": public.order_by("-year").values_list("year", flat=True).distinct(),
        "periods": sorted(set(public.values_list("period_label", flat=True).distinct()[:100])),
        "categories": sorted(set(scoped.exclude(category_top="").values_list("category_top", flat=True)[:500])),
        "units": sorted(units),
        "statuses": Reading.Status.choices,
    }


def _split_units(text: str) -> list[str]:
    return [u for u in UNIT_SEPARATORS.split(text) if u]


def matching_disclosures(q: str, f: Filters, limit: int = 10) -> list[Disclosure]:
    """Published disclosures whose title or 索引号 holds every term (a reader searching by 索引号 or
    by a report's name); the row filters that a whole report has (organization, year, period) apply."""
    qs = Disclosure.public_objects.select_related("period", "plan")
    for term in terms(q):
        qs = qs.filter(Q(title__icontains=term) | Q(index_no__icontains=term))
    if f.org:
        qs = qs.filter(organization_id=f.org)
    if f.year:
        qs = qs.filter(plan__year=f.year)
    if f.period:
        qs = qs.filter(period__label=f.period)
    return list(qs[:limit])


@require_safe
def search_page(request):
    q = request.GET.get("q", "").strip()[:200]
    f = filters_from(request.GET)
    active = bool(q) or any((f.org, f.year, f.period, f.category, f.unit, f.status))
    page = None
    results = []
    if active:
        qs = search(q, f).select_related("disclosure", "organization")
        page = Paginator(qs, 20).get_page(request.GET.get("page"))
        for e in page.object_list:
            results.append({
                "entry": e,
                "content": snippet(e.content, q) if q else None,
                "progress": snippet(e.progress, q) if q else None,
                "statuses": [(s, STATUS_LABELS[s]) for s in e.statuses.split() if s in STATUS_LABELS],
            })
    params = {k: v for k, v in request.GET.items() if k != "page" and v}
    return render(
        request,
        "portal/search.html",
        {
            "q": q,
            "f": f,
            "active": active,
            "page": page,
            "results": results,
            "disclosures": matching_disclosures(q, f) if q and not (page and page.number > 1) else [],
            "choices": _choices(f),
            "query": urlencode(params),
        },
    )
