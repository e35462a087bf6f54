"""Columns by meaning: a header as printed -> its role in a Row.

Roles: number, category, title, content, progress, unit, leader, deadline, status, percent,
remarks. A header with no role maps to None and its cells are kept in `Row.extra`.
Headers are compared with whitespace and line breaks removed (`责任\\n\\n领导` is 责任领导).
"""

from __future__ import annotations

import re

ROLES = ("number", "category", "title", "content", "progress", "unit", "leader", "deadline",
         "status", "percent", "remarks")

# (role, patterns) tried in order; the first match wins, so specific phrasings come first.
_RULES: list[tuple[str, re.Pattern]] = [
    ("number", re.compile(r"^(序号|编号|序|No\.?|项目序号|任务序号)$", re.I)),
    ("status", re.compile(r"(进展状态|完成状态|推进状态|状态|是否滞后|是否完成|进度是否滞后|评价|研判|亮灯)")),
    ("percent", re.compile(r"(完成率|完成比例|完成目标\(?%|完成进度|当前进度|^进度$|^进度\(?%|形象进度|百分比|投资完成率|\(%\)$|（%）$)")),
    ("leader", re.compile(r"(责任领导|分管领导|牵头领导|联系领导|包抓领导|领导)")),
    ("unit", re.compile(r"(责任单位|牵头单位|牵头部门|责任部门|责任科室|主办单位|承办单位|配合单位|协办单位|实施单位|责任主体|牵头责任单位|责任处室|单位)")),
    ("deadline", re.compile(r"(完成时限|时间节点|完成时间|时限|进度安排|计划安排|工作任务安排|节点)")),
    ("remarks", re.compile(r"(备注|存在问题|存在困难|困难和问题|说明)")),
    ("category", re.compile(r"(任务类别|类别|类型|分类|领域|板块|工程名称|重点领域|专项)")),
    ("progress", re.compile(r"(工作举措与完成情况|完成情况|进展情况|落实情况|推进情况|执行情况|实施情况|工作进展|进展|实际完成|工作举措|月完成$|季度完成$|推进举措|措施|成效)")),
    ("title", re.compile(r"(指标名称|项目名称|事项名称|任务名称)")),
    ("content", re.compile(r"(任务内容|内容与要求|主要工作任务|工作任务|目标任务|项目内容|主要任务|重点任务|工作内容|建设内容|任务|目标|内容|要求|指标)")),
    ("title", re.compile(r"(项目名称|重点工作|工作事项|事项$|项目$|名称|工作$)")),
]

_WS = re.compile(r"[\s\u3000]+")


def norm_header(text: str) -> str:
    return _WS.sub("", text or "").strip("：:|")


def role_of(header: str) -> str | None:
    """The role of one header cell, or None when it has none."""
    h = norm_header(header)
    if not h or len(h) > 30:
        return None
    for role, pattern in _RULES:
        if pattern.search(h):
            return role
    return None


def header_score(cells: list[str]) -> int:
    """How much a row looks like a header: distinct core roles among its short cells."""
    roles = set()
    for c in cells:
        h = norm_header(c)
        if not h or len(h) > 30:
            continue
        r = role_of(h)
        if r:
            roles.add(r)
    core = roles & {"content", "progress", "title"}
    if not core:
        return 0
    return len(roles)


_PERIOD_HINT = re.compile(r"(\d{1,2}\s*[-—－至~]\s*\d{1,2}\s*月|[一二三四1-4]季度|半年|全年|截至|月份|\d{1,2}月)")


def header_names_period(header: str) -> bool:
    """True when a header names a period ("二季度完成情况", "1-11月推进情况")."""
    return bool(_PERIOD_HINT.search(norm_header(header)))
