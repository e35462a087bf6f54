"""Open data of a whole plan: every published period's rows, one row per task per period.

The caller passes the current version of each period only (`luoshi.portal.published`): a superseded
disclosure's rows would count a task twice in the same period.
"""

from __future__ import annotations

import json

from luoshi.publish.assemble import DEFAULT_HEADERS, OPTIONAL
from luoshi.publish.exports.columns import cell_text, table_columns
from luoshi.publish.exports.data import csv_bytes
from luoshi.publish.serialize import disclosure_dict


def plan_dump(plan, disclosures: list) -> dict:
    datas = [disclosure_dict(d) for d in disclosures]
    return {
        "plan": {"id": plan.pk, "year": plan.year, "title": plan.title,
                 "organization": plan.organization.full_name or plan.organization.name},
        "disclosures": [
            {"id": x["id"], "index_no": x["index_no"], "title": x["title"], "period": x["period"],
             "version": x["version"], "published_at": x["published_at"], "url": d.get_absolute_url()}
            for d, x in zip(disclosures, datas)
        ],
        "rows": [
            {"disclosure": x["id"], "index_no": x["index_no"], "period": x["period"]["label"],
             "as_of": x["period"]["end"], **row}
            for x in datas for row in x["rows"]
        ],
    }


def _columns(datas: list[dict]):
    """One set of columns over every period: the deepest categories, every optional column used."""
    merged = {
        "headers": {**DEFAULT_HEADERS, **(datas[0]["headers"] if datas else {})},
        "category_depth": max((x["category_depth"] for x in datas), default=0),
        "optional": [k for k in OPTIONAL if any(k in x["optional"] for x in datas)],
        "extra": sorted({k for x in datas for k in x["extra"]}),
    }
    return table_columns(merged, targets=True)


def plan_dump_json(dump: dict) -> bytes:
    return json.dumps(dump, ensure_ascii=False, indent=2).encode("utf-8")


def plan_dump_csv(plan, disclosures: list) -> bytes:
    datas = [disclosure_dict(d) for d in disclosures]
    cols = _columns(datas)
    # 任务ID follows one task across periods, whatever its printed number (序号) becomes.
    header = ["报告期", "截至日期", "索引号", "发布日期", "版本", "任务ID", *(c.header for c in cols)]
    records = [
        [x["period"]["label"], x["period"]["end"], x["index_no"], x["published_at"] or "", str(x["version"]),
         str(row.get("task") or ""), *(cell_text(row, c) for c in cols)]
        for x in datas for row in x["rows"]
    ]
    return csv_bytes(header, records)
