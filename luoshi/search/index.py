"""Keep the search entries in step with published disclosures.

Only a published disclosure that no published correction replaces is indexed: a correction takes
the place of the version it corrects in search results.
"""

from __future__ import annotations

from django.db import transaction

from luoshi.publish.models import Disclosure
from luoshi.search.bigrams import bigram_text
from luoshi.search.models import SearchEntry

CATEGORY_SEP = " › "


def is_current(d: Disclosure) -> bool:
    if d.state != Disclosure.State.PUBLISHED:
        return False
    return not Disclosure.public_objects.filter(replaces=d).exists()


def entries_for(d: Disclosure) -> list[SearchEntry]:
    """The entries of a disclosure's frozen table, one per row."""
    entries = []
    for i, row in enumerate((d.table or {}).get("rows", [])):
        category = [c for c in row.get("category", []) if c]
        progress = "\n".join(row.get("progress", []))
        # What a query is matched against: every reader-visible field of the row, one per line.
        text = "\n".join(
            part for part in (CATEGORY_SEP.join(category), row.get("title", ""), row.get("content", ""),
                              progress, row.get("unit", "")) if part
        )
        statuses = sorted({t["status"] for t in row.get("targets", []) if t.get("status")})
        entries.append(
            SearchEntry(
                disclosure=d, organization_id=d.organization_id, plan_id=d.plan_id, period_id=d.period_id,
                task_id=row.get("task"), position=i, year=d.plan.year, period_label=d.period.label,
                period_end=d.period.end, number=(row.get("number") or "")[:20],
                category=CATEGORY_SEP.join(category)[:600], category_top=(category[0] if category else "")[:300],
                unit=(row.get("unit") or "")[:300], statuses=f" {' '.join(statuses)} " if statuses else "",
                title=(row.get("title") or "")[:300], content=row.get("content", ""), progress=progress,
                text=text, bigrams=bigram_text(text),
            )
        )
    return entries


@transaction.atomic
def index_disclosure(d: Disclosure) -> int:
    """(Re)build the entries of `d`; drop those of the version it corrects. Returns rows indexed."""
    SearchEntry.objects.filter(disclosure=d).delete()
    if d.replaces_id and d.state == Disclosure.State.PUBLISHED:
        SearchEntry.objects.filter(disclosure_id=d.replaces_id).delete()
    if not is_current(d):
        return 0
    # Rows whose task was deleted keep their text but lose the link.
    from luoshi.plans.models import Task

    entries = entries_for(d)
    live = set(Task.objects.filter(pk__in={e.task_id for e in entries if e.task_id}).values_list("pk", flat=True))
    for e in entries:
        if e.task_id not in live:
            e.task_id = None
    SearchEntry.objects.bulk_create(entries)
    return len(entries)


@transaction.atomic
def reindex_all() -> tuple[int, int]:
    """Rebuild every entry from the published disclosures: (disclosures, rows) indexed."""
    SearchEntry.objects.all().delete()
    disclosures = rows = 0
    for d in Disclosure.public_objects.select_related("plan", "period").order_by("pk"):
        n = index_disclosure(d)
        disclosures += bool(n) or is_current(d)
        rows += n
    return disclosures, rows
