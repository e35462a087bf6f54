"""One serializer: a Disclosure as a plain dict. The page, the API and every download use it."""

from __future__ import annotations

from django.utils import timezone

from luoshi.publish.models import Disclosure
from luoshi.publish.table import category_cells


def disclosure_dict(d: Disclosure) -> dict:
    """The published report as data: metadata, period and the frozen table's rows."""
    table = d.table or {}
    published = timezone.localtime(d.published_at) if d.published_at else None
    return {
        "id": d.pk,
        "index_no": d.index_no or "",
        "title": d.title,
        "organization": d.organization.full_name or d.organization.name,
        "publisher": d.publisher,
        "topic": d.topic,
        "source": d.source,
        "doc_no": d.doc_no,
        "written_date": d.written_date.isoformat() if d.written_date else None,
        "published_at": published.strftime("%Y-%m-%d %H:%M") if published else None,
        "version": d.version,
        "replaces": d.replaces_id,
        "change_note": d.change_note,
        "year": d.plan.year,
        "period": {
            "label": d.period.label,
            "kind": d.period.kind,
            "start": d.period.start.isoformat(),
            "end": d.period.end.isoformat(),
        },
        "headers": table.get("headers", {}),
        "category_depth": table.get("category_depth", 0),
        "optional": table.get("optional", []),
        "extra": table.get("extra", []),
        "rows": table.get("rows", []),
    }


def table_layout(data: dict) -> list[dict]:
    """Rows ready for an HTML/DOCX/XLSX table: each with the category cells it starts."""
    rows = data["rows"]
    cells = category_cells([r["category"] for r in rows], data["category_depth"])
    return [
        {**row, "category_cells": c, "extra_cells": [(k, row["extra"].get(k, "")) for k in data["extra"]]}
        for row, c in zip(rows, cells)
    ]
