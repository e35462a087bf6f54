"""Dashboards of a plan's period, from the published tables: targets by status per category,
the achieved rate per unit, and the trend over the published periods."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from luoshi.portal.pages import STATUS_LABELS, UNIT_SEPARATORS, gov_meta
from luoshi.portal.published import get_public_plan
from luoshi.progress.models import Reading
from luoshi.publish.assemble import summary

STATUSES = list(Reading.Status.values)


def _rate(achieved: int, total: int) -> float | None:
    return round(100 * achieved / total, 1) if total else None


def status_by_category(table: dict) -> list[dict]:
    """Targets per status under each top-level category, in the table's order."""
    rows: dict[str, dict] = {}
    for row in table.get("rows", []):
        name = (row.get("category") or ["未分类"])[0] or "未分类"
        counts = rows.setdefault(name, {"category": name, **{s: 0 for s in STATUSES}, "tasks": 0})
        counts["tasks"] += 1
        for t in row.get("targets", []):
            counts[t["status"]] = counts.get(t["status"], 0) + 1
    for counts in rows.values():
        counts["total"] = sum(counts[s] for s in STATUSES)
    return list(rows.values())


def rate_by_unit(table: dict) -> list[dict]:
    """Each responsible unit's targets and the share achieved; a task with several units counts
    for each of them. Highest rate first, then by name."""
    units: dict[str, dict] = {}
    for row in table.get("rows", []):
        names = [u for u in UNIT_SEPARATORS.split(row.get("unit") or "") if u]
        for name in names:
            u = units.setdefault(name, {"unit": name, "achieved": 0, "total": 0})
            for t in row.get("targets", []):
                u["total"] += 1
                u["achieved"] += t["status"] == Reading.Status.ACHIEVED
    result = [{**u, "rate": _rate(u["achieved"], u["total"])} for u in units.values() if u["total"]]
    return sorted(result, key=lambda u: (-(u["rate"] or 0), u["unit"]))


def trend(disclosures) -> list[dict]:
    """Targets by status in every published period, oldest first."""
    out = []
    for d in disclosures:
        s = summary(d.table or {})
        out.append({
            "period": d.period.label, "period_id": d.period_id, **{k: s.get(k, 0) for k in STATUSES},
            "total": s["total"], "rate": _rate(s.get(Reading.Status.ACHIEVED, 0), s["total"]),
        })
    return out


def dashboard_data(disclosures, chosen) -> dict:
    """Everything the page's tables and charts show, as plain data (the JSON block is this dict)."""
    return {
        "period": chosen.period.label,
        "statuses": [{"key": s, "label": STATUS_LABELS[s]} for s in STATUSES],
        "by_category": status_by_category(chosen.table or {}),
        "by_unit": rate_by_unit(chosen.table or {}),
        "trend": trend(disclosures),
    }


@require_safe
def plan_dashboard(request, pk: int):
    plan, disclosures = get_public_plan(pk)
    chosen = disclosures[-1]
    wanted = request.GET.get("period", "")
    if wanted:
        chosen = next((d for d in disclosures if str(d.period_id) == wanted), None)
        if chosen is None:
            raise Http404("no published disclosure of this period")
    data = dashboard_data(disclosures, chosen)
    title = f"{plan.organization.full_name or plan.organization.name}{plan.year}年重点任务{chosen.period.label}数据看板"
    return render(
        request,
        "portal/dashboard.html",
        {
            "plan": plan,
            "org": plan.organization,
            "chosen": chosen,
            "disclosures": disclosures,
            "data": data,
            "summary": summary(chosen.table or {}),
            "page_title": title,
            "gov_meta": gov_meta(title, chosen, column="数据看板"),
        },
    )
