"""The disclosure metadata (公开信息) and title read from a page's lines.

Handles the forms pages print: spaced labels (`索 引 号 H081/2023-74516 成文日期 2023-11-03`),
colon labels (`发布日期:2023-11-03 17:11 信息来源:闻堰街道`), label and value on consecutive
lines (a list or a two-column table flattened), and none at all.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from .report import Meta

# label -> Meta field; None marks labels that only delimit values (访问次数, 字体, …).
_LABELS: dict[str, str | None] = {
    "索引号": "index_no",
    "成文日期": "written_date",
    "发文日期": "written_date",
    "发布机构": "publisher",
    "发文机关": "publisher",
    "主题分类": "topic",
    "发布日期": "published_at",
    "发布时间": "published_at",
    "信息来源": "source",
    "来源": "source",
    "文号": "doc_no",
    "发文字号": "doc_no",
    "标题": "title",
    "名称": "title",
    "日期": "published_at",
    "时间": "published_at",
    "公开方式": None,
    "公开范围": None,
    "组配分类": None,
    "体裁分类": None,
    "有效性": None,
    "访问次数": None,
    "浏览次数": None,
    "阅读次数": None,
    "浏览量": None,
    "点击数": None,
    "阅读": None,
    "字体": None,
    "字号": None,
    "分享": None,
    "打印": None,
}


def _label_regex() -> re.Pattern:
    # Longest first so 发文字号 wins over 文号 and 信息来源 over 来源; spaces may sit between
    # the characters of a label (索 引 号) and full-width spaces pad them.
    parts = []
    for label in sorted(_LABELS, key=len, reverse=True):
        parts.append(r"[ \t\u3000]*".join(re.escape(ch) for ch in label))
    return re.compile(r"(?<![\u4e00-\u9fff])(" + "|".join(parts) + r")[ \t\u3000]*[:：]?[ \t\u3000]*")


_LABEL_RE = _label_regex()
_SPACES = re.compile(r"[ \t\u3000]+")
_BULLET = re.compile(r"^[\s•·●▪\-*]+")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)日?(?:\s*(\d{1,2})[:：](\d{2})(?::\d{2})?)?")
# Labels that must be followed by a date to count (日期 or 时间 alone occur in sentences).
_DATE_FIELDS = {"written_date", "published_at"}
_SHORT_LABELS = {"日期", "时间", "来源", "名称", "标题", "阅读"}


def _norm_label(raw: str) -> str:
    return _SPACES.sub("", raw)


def label_spans(line: str) -> list[tuple[str, int, int]]:
    """(label, start, end-of-label-and-colon) for each metadata label in the line."""
    spans = []
    for m in _LABEL_RE.finditer(line):
        label = _norm_label(m.group(1))
        # A short label counts only at the start of the line or after a space, with a colon or a
        # value right after, so that 信息时间 inside prose is not read as metadata.
        if label in _SHORT_LABELS:
            before = line[: m.start()].rstrip(" \t\u3000•·")
            if before and not before.endswith((":", "：")) and line[m.start() - 1 : m.start()] not in (" ", "\t", "\u3000", "|"):
                continue
        spans.append((label, m.start(), m.end()))
    return spans


def is_meta_line(line: str) -> bool:
    """True for a line that is only metadata (labels and their values)."""
    s = _BULLET.sub("", line).strip()
    if not s:
        return False
    spans = label_spans(s)
    return bool(spans) and spans[0][1] == 0 and len(s) <= 120


def parse_date(value: str) -> date | None:
    m = _DATE.search(value or "")
    if not m:
        m2 = re.search(r"((?:19|20)\d{2})(\d{2})(\d{2})", value or "")
        if not m2:
            return None
        y, mo, d = (int(x) for x in m2.groups())
    else:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def parse_datetime(value: str) -> datetime | None:
    m = _DATE.search(value or "")
    if not m:
        return None
    try:
        d = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4):
            d = d.replace(hour=int(m.group(4)), minute=int(m.group(5)))
        return d
    except ValueError:
        return None


def read_meta(lines: list[str], meta: Meta | None = None) -> Meta:
    """Fill a Meta from the lines above a report's table; fields already set are kept."""
    meta = meta or Meta()
    cleaned = [_BULLET.sub("", ln).strip() for ln in lines]
    i = 0
    while i < len(cleaned):
        line = cleaned[i]
        spans = label_spans(line)
        for k, (label, start, end) in enumerate(spans):
            stop = spans[k + 1][1] if k + 1 < len(spans) else len(line)
            value = line[end:stop].strip(" \t\u3000|:：")
            if not value and len(spans) == 1 and start == 0 and i + 1 < len(cleaned):
                nxt = cleaned[i + 1]
                # The list form: value on the next line, which holds no label of its own.
                if nxt and not label_spans(nxt) and len(nxt) <= 80:
                    value = nxt
            _assign(meta, label, value)
        i += 1
    return meta


def _assign(meta: Meta, label: str, value: str) -> None:
    field = _LABELS.get(label)
    if not field or not value:
        return
    if getattr(meta, field) is not None:
        return
    if field == "written_date":
        meta.written_date = parse_date(value)
    elif field == "published_at":
        meta.published_at = parse_datetime(value)
    elif field == "index_no":
        token = value.split()[0] if value.split() else ""
        if re.search(r"\d", token):
            meta.index_no = token
    elif field == "title":
        meta.title = value
    else:
        value = value.split()[0] if field in ("publisher", "source", "topic") and value.split() else value
        if len(value) <= 60:
            setattr(meta, field, value)


# ---- title and organization ------------------------------------------------------------

_TITLE_WORDS = re.compile(r"(情况|进度|进展|完成|执行|落实|推进|公示|通报|报表|清单|计划)")
_YEAR_IN = re.compile(r"(?:19|20)\d{2}\s*年")


def looks_like_title(line: str) -> bool:
    s = line.strip()
    if not (8 <= len(s) <= 120) or is_meta_line(s):
        return False
    if re.search(r"[。;；,，:：!！?？]", s):
        return False
    return bool(_TITLE_WORDS.search(s)) and bool(_YEAR_IN.search(s) or re.search(r"[季月]|半年", s))


def organization_from_title(title: str | None) -> str | None:
    """The government's name: the title's part before its year ("…办事处2023年…")."""
    if not title:
        return None
    t = re.sub(r"^\s*[【\[][^】\]]*[】\]]\s*", "", title)
    m = _YEAR_IN.search(t)
    if not m or m.start() == 0:
        return None
    org = t[: m.start()].strip(" 《》“”\"'")
    return org or None
