"""Prose layouts: numbered items (`一、` `(一)` `1.` `(1)`) or bullets (☑ ■ ●), each stating a
task and then its progress, under headings that become categories.

An item's task is its leading sentences, up to the first sentence that reports progress (one
that opens with a time such as 上半年 / 截至6月底 / 1-9月 / 目前, or with 已 / 累计); without such a
sentence the first sentence is the task and the rest the progress. Summary prose (counts of
on-schedule items, news) yields no items and is left to the caller's error.
"""

from __future__ import annotations

import re

from .report import Row

_LEVELS = [
    re.compile(r"^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*"),
    re.compile(r"^\s*[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?\s*"),
    re.compile(r"^\s*(\d{1,3})\s*(?:[、．]|\.(?!\d))\s*"),
    re.compile(r"^\s*[(（]\s*(\d{1,3})\s*[)）]\s*"),
    re.compile(r"^\s*([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*"),
]
_BULLET = re.compile(r"^\s*[☑■●◆▶□√✔★▪◇]\s*")
_PROGRESS_CUE = re.compile(
    r"^(?:[今本]年以来|年初以来|上半年|下半年|前三季度|全年|[一二三四]季度|第[一二三四]季度|截至|截止|目前|当前|现已|已|累计|共|"
    r"\d{1,2}\s*[-—－至~]\s*\d{1,2}\s*月|\d{1,2}月(?:份)?(?:以来|底|末|,|，)|(?:19|20)\d{2}年(?:以来|\d{1,2}月)|"
    r"[(（]?进展情况|完成情况|进展|该项目|项目已|工程已|其中)"
)
_SENT = re.compile(r"(?<=[。！？!?；;])")


def _heading_like(text: str) -> bool:
    s = text.strip()
    return bool(s) and len(s) <= 40 and not re.search(r"[。；;！？!?]", s.rstrip("。"))and not re.search(r"[，,]", s)


def _group_line(text: str) -> bool:
    """A short line naming a group of bulleted items (已完工项目): no punctuation at all."""
    s = text.strip()
    return bool(s) and len(s) <= 12 and not re.search(r"[。，,；;：:！？!?、]", s)


def split_task_progress(text: str) -> tuple[str, str]:
    """(task, progress) of one item's text."""
    parts = [p for p in _SENT.split(text.strip()) if p.strip()]
    if len(parts) <= 1:
        # "任务……(2013—2017年)。进展……" without a second full stop: split at a progress cue.
        m = re.search(r"[。]", text)
        if m and m.end() < len(text):
            return text[: m.end()].strip(), text[m.end() :].strip()
        return text.strip(), ""
    for k in range(1, len(parts)):
        if _PROGRESS_CUE.match(parts[k].strip()):
            return "".join(parts[:k]).strip(), "".join(parts[k:]).strip()
    return parts[0].strip(), "".join(parts[1:]).strip()


def _level(line: str) -> tuple[int, str, str] | None:
    for lvl, pattern in enumerate(_LEVELS):
        m = pattern.match(line)
        if m:
            return lvl, m.group(1), line[m.end() :].strip()
    return None


def parse_prose(lines: list[str]) -> tuple[list[Row], int] | None:
    """Rows of a numbered or bulleted prose report and the line it starts on, or None."""
    rows: list[Row] = []
    headings: dict[int, str] = {}
    current: Row | None = None
    first_line = 0
    bullet_group = ""
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        if _BULLET.match(line):
            text = _BULLET.sub("", line)
            current = Row(number="", content=text, category=[bullet_group] if bullet_group else [], line=n, number_generated=True)
            rows.append(current)
            first_line = first_line or n
            continue
        lv = _level(line)
        if lv is None:
            if current is not None and current.line is not None:
                if _group_line(line) and any(_BULLET.match(x.strip()) for x in lines[n : n + 3]):
                    bullet_group = line
                    current = None
                    continue
                current.progress = (current.progress + "\n" + line) if current.progress else line
            elif _group_line(line) and any(_BULLET.match(x.strip()) for x in lines[n : n + 3]):
                bullet_group = line
            continue
        level, number, body = lv
        if _heading_like(body) and not re.search(r"\d", body[:0]):
            # A heading: it names the category of the items under it.
            headings[level] = body.rstrip("。")
            for deeper in [k for k in headings if k > level]:
                del headings[deeper]
            current = None
            continue
        task, progress = split_task_progress(body)
        cats = [headings[k] for k in sorted(headings) if k < level]
        current = Row(number=number, content=task, progress=progress, category=cats, line=n)
        rows.append(current)
        first_line = first_line or n
    if len(rows) < 2:
        return _listed_after_colon(lines)
    # Generate numbers for bullets: their position in the list.
    for i, row in enumerate(rows, 1):
        if not row.number:
            row.number = str(i)
            row.number_generated = True
    return rows, first_line


def _listed_after_colon(lines: list[str]) -> tuple[list[Row], int] | None:
    """Unnumbered items, one a line, after a line announcing them ("主要进度如下:"): each line
    is a task sentence followed by its progress."""
    for i, raw in enumerate(lines):
        if not re.search(r"(如下|情况)[:：]\s*$", raw.strip()):
            continue
        rows: list[Row] = []
        for n in range(i + 1, len(lines)):
            line = lines[n].strip()
            if not line:
                continue
            task, progress = split_task_progress(line)
            if not progress or len(task) > 120:
                break
            rows.append(Row(number=str(len(rows) + 1), content=task, progress=progress, line=n + 1, number_generated=True))
        if len(rows) >= 3:
            return rows, i + 2
    return None
