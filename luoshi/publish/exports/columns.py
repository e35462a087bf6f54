"""The columns of a disclosure's table, shared by the DOCX, XLSX and CSV exporters and the plan dump.

The page decides which optional columns exist (`data["optional"]`, `data["extra"]`); every format
follows it so that a download never shows a column the page does not, or hides one it shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from luoshi.progress.models import Reading

LEVELS = "一二三四五六七八九"
# Relative widths in characters, used by XLSX directly and scaled to millimetres by DOCX.
WIDTHS = {"number": 6, "category": 14, "title": 16, "content": 48, "progress": 48, "unit": 14, "leader": 10,
          "deadline": 12, "extra": 14, "targets": 30}


@dataclass(frozen=True)
class Column:
    key: str  # number, category, title, content, progress, unit, leader, deadline, extra, targets
    header: str
    width: int
    level: int = 0  # category level (0-based), for key == "category"
    name: str = ""  # the extra column's name, for key == "extra"


def table_columns(data: dict, targets: bool = False) -> list[Column]:
    """The columns in page order; one column per category level. `targets` adds 指标研判 at the end."""
    h = data["headers"]
    optional = data.get("optional", [])
    cols = [Column("number", h.get("number", "序号"), WIDTHS["number"])]
    depth = data.get("category_depth", 0)
    for level in range(depth):
        header = h.get("category", "任务类别")
        if depth > 1:
            header += f"({LEVELS[level] if level < len(LEVELS) else level + 1}级)"
        cols.append(Column("category", header, WIDTHS["category"], level=level))
    if "title" in optional:
        cols.append(Column("title", h.get("title", "任务名称"), WIDTHS["title"]))
    cols.append(Column("content", h.get("content", "任务内容"), WIDTHS["content"]))
    cols.append(Column("progress", h.get("progress", "工作举措与完成情况"), WIDTHS["progress"]))
    for key in ("unit", "leader", "deadline"):
        if key in optional:
            cols.append(Column(key, h.get(key, key), WIDTHS[key]))
    for name in data.get("extra", []):
        cols.append(Column("extra", name, WIDTHS["extra"], name=name))
    if targets:
        cols.append(Column("targets", "指标研判", WIDTHS["targets"]))
    return cols


def status_label(status: str) -> str:
    try:
        return Reading.Status(status).label
    except ValueError:
        return status


def targets_text(row: dict) -> str:
    """Each target with its status in words (never by colour alone): `新增40个托位:已完成`."""
    parts = []
    for t in row.get("targets", []):
        part = f"{t['text']}:{status_label(t['status'])}"
        if t.get("overdue"):
            part += "(逾期)"
        parts.append(part)
    return ";".join(parts)


def cell_text(row: dict, col: Column) -> str:
    """The plain text of one cell; paragraphs of progress are joined by line breaks."""
    if col.key == "category":
        path = row.get("category", [])
        return path[col.level] if col.level < len(path) else ""
    if col.key == "progress":
        return "\n".join(row.get("progress", []))
    if col.key == "extra":
        return str(row.get("extra", {}).get(col.name, ""))
    if col.key == "targets":
        return targets_text(row)
    value = row.get(col.key, "")
    return "" if value is None else str(value)
