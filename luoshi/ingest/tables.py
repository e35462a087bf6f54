"""From a table grid to Rows: find the header, map columns by meaning, build one Row per task.

A `Grid` is a table with merged cells already expanded: a cell spanning rows or columns has its
text copied into every position it covers, and `copy[r][c]` is True for those copies. All the
table-shaped formats (HTML, DOCX, XLSX, pasted lines, the page text) end up here, so the
column rules, numbering, spill-over joining and 责任单位 extraction live in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .columns import header_names_period, norm_header, role_of
from .report import Row

_STATUS_WORDS = re.compile(r"^(按时推进|顺利推进|正常推进|有序推进|超额完成|已完成|完成|未完成|基本完成|达序推进|达到序时|序时推进|滞后|进度滞后|推进缓慢|严重滞后|已达标|达到时间进度|未启动|已启动|持续推进|是|否)$")
NUMBER_RE = re.compile(r"^\s*(?:\d{1,4}(?:[-—.．]\d{1,3})?[*＊]?|[一二三四五六七八九十百]{1,4}|[(（][一二三四五六七八九十\d]{1,3}[)）])[、.．]?\s*$")
_UNIT_IN_TEXT = re.compile(r"[(（]?\s*(?:责任单位|牵头单位|责任部门|牵头部门)\s*[:：]\s*([^)）\n]+?)\s*[)）]?\s*$")
_UNIT_IN_TEXT_MID = re.compile(r"[(（]\s*(?:责任单位|牵头单位|责任部门|牵头部门)\s*[:：]\s*([^)）\n]+?)\s*[)）]")


@dataclass
class Grid:
    """A table with merged cells expanded; `lines[r]` is the source line or table row (1-based)."""

    cells: list[list[str]]
    copy: list[list[bool]] | None = None
    lines: list[int] | None = None
    caption: str = ""

    def is_copy(self, r: int, c: int) -> bool:
        return bool(self.copy and r < len(self.copy) and c < len(self.copy[r]) and self.copy[r][c])


@dataclass
class TableResult:
    columns: dict[str, str]
    rows: list[Row]
    warnings: list[str] = field(default_factory=list)
    period_headers: list[str] = field(default_factory=list)
    header_row: int = 0


def merge_results(results: list[TableResult]) -> TableResult:
    """The report tables of one document read one after the other: columns as first named,
    rows, warnings and period headers in order; status words split out of progress."""
    merged = TableResult(columns={}, rows=[])
    for res in results:
        for k, v in res.columns.items():
            merged.columns.setdefault(k, v)
        merged.rows.extend(res.rows)
        merged.warnings.extend(res.warnings)
        merged.period_headers.extend(res.period_headers)
    split_progress_status(merged.rows)
    return merged


_NEEDS_CLEAN = re.compile(r"[\n\r\t\xa0\u3000]|  ")


def clean(text: str) -> str:
    """Cell text: paragraphs kept as lines, spaces inside a line collapsed, blank lines dropped."""
    if not text:
        return ""
    if not _NEEDS_CLEAN.search(text):
        return text.strip()
    out = []
    for line in text.replace("\r", "\n").replace("\xa0", " ").split("\n"):
        s = re.sub(r"[ \t\u3000]+", " ", line).strip()
        if s:
            out.append(s)
    return "\n".join(out)


def is_number(text: str) -> bool:
    return bool(NUMBER_RE.match(text or "")) and bool(text.strip())


def _score_row(cells: list[str]) -> int:
    roles = set()
    for c in cells:
        r = role_of(c)
        if r:
            roles.add(r)
    if not roles & {"content", "progress", "title"}:
        return 0
    return len(roles)


def find_header(grid: Grid, limit: int = 12) -> int | None:
    """Index of the first row that reads as a header (two roles, one of them core)."""
    for i, row in enumerate(grid.cells[:limit]):
        if _score_row(row) >= 2:
            return i
    return None


def _is_subheader(grid: Grid, i: int) -> bool:
    """Is row i the second line of a two-row header above it?"""
    if i >= len(grid.cells):
        return False
    row, above = grid.cells[i], grid.cells[i - 1]
    if not any(c.strip() for c in row):
        return False
    if row and is_number(row[0]) and not grid.is_copy(i, 0):
        return False
    if any(len(norm_header(c)) > 16 for c in row):
        return False
    spans_across = any(above[c] == above[c + 1] and above[c].strip() for c in range(len(above) - 1))
    spans_down = any(grid.is_copy(i, c) or (row[c] == above[c]) for c in range(len(row)))
    differs = any(row[c].strip() and row[c] != above[c] for c in range(min(len(row), len(above))))
    return spans_across and spans_down and differs


def _header_texts(grid: Grid, h: int, depth: int) -> list[tuple[str, str | None]]:
    """(header as printed, role) per column, combining a two-row header top-down."""
    width = max(len(r) for r in grid.cells[h : h + depth])
    out = []
    for c in range(width):
        parts: list[str] = []
        for r in range(h, h + depth):
            t = norm_header(grid.cells[r][c]) if c < len(grid.cells[r]) else ""
            if t and t not in parts:
                parts.append(t)
        text = "".join(parts)
        role = None
        if len(parts) > 1:
            role = role_of(parts[-1])
            top = role_of(parts[0])
            if top == "category" or role is None or (top in ("progress", "percent", "unit") and role not in ("percent", "status", "remarks", "unit", "leader")):
                role = role_of(text) or top
        else:
            role = role_of(text)
        out.append((text, role))
    return out


def _avg_len(grid: Grid, start: int, c: int) -> float:
    vals = [len(r[c]) for r in grid.cells[start:] if c < len(r) and r[c].strip()]
    return sum(vals) / len(vals) if vals else 0.0


def _merged_fraction(grid: Grid, start: int, c: int) -> float:
    """Share of data cells in column c that repeat the cell above (a rowspan or a copy)."""
    n = same = 0
    for r in range(start + 1, len(grid.cells)):
        if c >= len(grid.cells[r]) or not grid.cells[r][c].strip():
            continue
        n += 1
        if grid.is_copy(r, c) or grid.cells[r][c] == grid.cells[r - 1][c]:
            same += 1
    return same / n if n else 0.0


def assign_roles(grid: Grid, header: list[tuple[str, str | None]], start: int) -> list[str | None]:
    """One role per column, resolving duplicates: the rest become category levels, status or extra."""
    roles = [r for _, r in header]
    # Two progress-like columns: the one with the longest text is the progress, a short one a status.
    for role in ("progress", "content"):
        idx = [c for c, r in enumerate(roles) if r == role]
        if len(idx) > 1:
            best = max(idx, key=lambda c: _avg_len(grid, start, c))
            for c in idx:
                if c == best:
                    continue
                if role == "progress":
                    roles[c] = "status" if _avg_len(grid, start, c) <= 10 else None
                elif "title" not in roles and c < best:
                    roles[c] = "title"  # 重点任务 before 具体内容: the short one names the task
                else:
                    roles[c] = None
    # A title that groups several rows (merged) is a category level; a title without a content
    # column is the content.
    for c, r in enumerate(roles):
        if r == "title":
            if "content" in roles and _merged_fraction(grid, start, c) >= 0.3:
                roles[c] = "category"
            elif "content" not in roles:
                roles[c] = "content"
    for role in ("number", "title", "unit", "leader", "deadline", "status", "percent", "remarks"):
        idx = [c for c, r in enumerate(roles) if r == role]
        for c in idx[1:]:
            roles[c] = None
    return roles


def _take_unit(content: str) -> tuple[str, str]:
    """Take a 责任单位:… written inside the task text out of it: (content, unit)."""
    lines = content.split("\n")
    for k in range(len(lines) - 1, -1, -1):
        m = _UNIT_IN_TEXT.search(lines[k])
        # only when some task text remains besides the unit
        if m is not None and (m.start() > 0 or k > 0):
            lines[k] = lines[k][: m.start()].rstrip(" ,，;；")
            return "\n".join(ln for ln in lines if ln), m.group(1).strip()
    m = _UNIT_IN_TEXT_MID.search(content)
    if m:
        return (content[: m.start()] + content[m.end() :]).strip(), m.group(1).strip()
    return content, ""


def rows_from_grid(grid: Grid, header_at: int | None = None) -> TableResult | None:
    """Rows of a table, or None when no header with a content/progress column is found."""
    if not grid.cells:
        return None
    width = max(len(r) for r in grid.cells)
    for r in grid.cells:
        r.extend([""] * (width - len(r)))
    h = find_header(grid) if header_at is None else header_at
    if h is None:
        return None
    depth = 1
    while depth < 3 and _is_subheader(grid, h + depth):
        depth += 1
    header = _header_texts(grid, h, depth)
    start = h + depth
    roles = assign_roles(grid, header, start)
    if not ({"content", "progress"} & set(roles)):
        return None
    result = TableResult(columns={}, rows=[], header_row=h)
    cat_cols = [c for c, r in enumerate(roles) if r == "category"]
    for c, r in enumerate(roles):
        if r and r not in result.columns:
            result.columns[r] = header[c][0]
        if r == "progress" and header_names_period(header[c][0]):
            result.period_headers.append(header[c][0])
    if "progress" not in result.columns:
        for text, _ in header:
            if header_names_period(text):
                result.period_headers.append(text)
    num_col = roles.index("number") if "number" in roles else None
    header_norm = [t for t, _ in header]
    group: list[str] = []  # full-width group headings (一、…) above the rows they cover
    numbered = 0
    # Rows numbered 一/二 (or (一)) with a heading and no progress, in a table whose tasks are
    # numbered 1, 2, 3: group headings, not tasks.
    arabic = sum(1 for r in grid.cells[start:] if num_col is not None and re.match(r"^\s*\d", r[num_col] or ""))
    prog_col = roles.index("progress") if "progress" in roles else None
    for r in range(start, len(grid.cells)):
        cells = [clean(x) for x in grid.cells[r]]
        if not any(cells):
            continue
        if all(len(x) <= 12 for x in cells) and ([norm_header(x) for x in cells] == header_norm or _score_row(cells) >= 3):
            continue  # the header repeated (a table continued over pages)
        distinct = {x for x in cells if x}
        if len(distinct) == 1 and width > 2 and (sum(1 for x in cells if x) == width or cells[0]):
            only = next(iter(distinct))
            if len(only) <= 40 and not (num_col is not None and is_number(only)):
                group = [only] if not re.match(r"^[(（]", only) or not group else [group[0], only]
                continue
        if num_col is not None and arabic >= 2 and prog_col is not None and not cells[prog_col]:
            mark = re.match(r"^\s*([一二三四五六七八九十]{1,3}[、.．]?|[(（][一二三四五六七八九十]{1,3}[)）])\s*$", cells[num_col])
            heads = [x for k, x in enumerate(cells) if x and k != num_col]
            if mark and len(set(heads)) == 1 and len(heads[0]) <= 40:
                sub = mark.group(1).startswith(("(", "（"))
                group = [group[0], heads[0]] if sub and group else [heads[0]]
                continue
        line = grid.lines[r] if grid.lines and r < len(grid.lines) else r + 1
        number = cells[num_col] if num_col is not None else ""
        num_is_copy = num_col is not None and grid.is_copy(r, num_col)
        row = Row(number=number.strip(), line=line)
        for c, role in enumerate(roles):
            v = cells[c]
            if role in (None,) or role == "number" or role == "category":
                if role is None and v:
                    row.extra[header[c][0] or f"列{c + 1}"] = v
                continue
            setattr(row, role, v)
        row.category = group + [cells[c] for c in cat_cols if cells[c]]
        # dedupe adjacent equal levels (a category merged across both levels)
        cats: list[str] = []
        for x in row.category:
            if not cats or cats[-1] != x:
                cats.append(x)
        row.category = cats
        if not row.unit:
            row.content, row.unit = _take_unit(row.content)
        # a list of units broken after its separator ("嘉善县政府、\n长三角发展办") is one line
        row.unit = re.sub(r"([、,，/])\n", r"\1", row.unit)
        prev = result.rows[-1] if result.rows else None
        # A task spilling over two rows: no number of its own (or the merged number repeated)
        # while the table numbers its tasks; join it to the task above.
        if prev is not None and num_col is not None and numbered and (not row.number or num_is_copy):
            if num_is_copy and row.content and row.content != prev.content and not grid.is_copy(r, roles.index("content") if "content" in roles else 0):
                parent = prev.number.split("-")[0]
                row.number = f"{parent}-{sum(1 for x in result.rows if x.number.split('-')[0] == parent) + 1}"
                row.number_generated = True
                result.rows.append(row)
                continue
            _join(prev, row)
            continue
        if num_col is not None and row.number and not is_number(row.number):
            # A long text where the number belongs: a heading row or a misplaced cell.
            if len(row.number) > 12 and not row.content and not row.progress:
                group = [row.number]
                continue
        if row.number:
            numbered += 1
        if not (row.content or row.progress or row.title):
            if row.number or row.category:
                result.warnings.append(f"row {line}: no content or progress in column {result.columns.get('content') or result.columns.get('progress')}")
            continue
        result.rows.append(row)
    if _is_matrix(result.rows):
        return None
    _generate_numbers(result.rows)
    return result


_FIGURE = re.compile(r"^[\d.,，%％万亿元个人户家所座公里亩米\s()（）-]*$")


def _is_matrix(rows: list[Row]) -> bool:
    """A grid of figures (regions x indicators), not a task list: no task title, and the
    'content' cells are mostly bare figures."""
    if not rows or any(r.title for r in rows):
        return False
    figures = sum(1 for r in rows if r.content and _FIGURE.match(r.content) and not r.progress.strip(" \n0123456789.%"))
    return figures * 5 >= len(rows) * 3


def form_record(grid: Grid) -> dict[str, str] | None:
    """A table printing one item as label / value rows (项目名称 | …; 进展情况 | …): the item's
    fields keyed by label, or None when the table is not such a form."""
    record: dict[str, str] = {}
    for row in grid.cells:
        cells = [clean(x) for x in row]
        if not cells or not cells[0]:
            continue
        label = norm_header(cells[0])
        role = role_of(label)
        values = [x for x in dict.fromkeys(cells[1:]) if x and x != cells[0]]
        if role is None or role == "number" or len(label) > 12:
            if values or len(cells) > 1:
                continue
        if role is None:
            continue
        record[label] = "\n".join(values)
    roles = {role_of(k) for k in record}
    if len(record) >= 2 and roles & {"content", "title"} and "progress" in roles:
        return record
    return None


def grid_from_records(records: list[dict[str, str]]) -> Grid:
    order: list[str] = []
    for rec in records:
        for k in rec:
            if k not in order:
                order.append(k)
    cells = [order] + [[rec.get(k, "") for k in order] for rec in records]
    return Grid(cells, None, list(range(0, len(records) + 1)))


def _join(prev: Row, row: Row) -> None:
    for name in ("content", "progress", "title", "unit", "leader", "deadline", "status", "percent", "remarks"):
        a, b = getattr(prev, name), getattr(row, name)
        if b and b != a:
            sep = "\n" if name == "progress" else ("、" if name == "unit" and a else "")
            setattr(prev, name, (a + sep + b) if a else b)
    for k, v in row.extra.items():
        if v and prev.extra.get(k) != v:
            prev.extra[k] = (prev.extra.get(k, "") + ("\n" if prev.extra.get(k) else "") + v)


def _generate_numbers(rows: list[Row]) -> None:
    for i, row in enumerate(rows, 1):
        if not row.number:
            row.number = str(i)
            row.number_generated = True


def split_progress_status(rows: list[Row]) -> None:
    """Move a bare status word printed in the progress cell's last line into `status`."""
    for row in rows:
        if row.status or "\n" not in row.progress:
            continue
        head, _, last = row.progress.rpartition("\n")
        if _STATUS_WORDS.match(last.strip()):
            row.progress, row.status = head, last.strip()


def is_status_word(text: str) -> bool:
    return bool(_STATUS_WORDS.match(text.strip()))


def belongs_with(first: TableResult, other: TableResult) -> bool:
    """May a later table on the same page be read as part of the same report? Yes when it has a
    progress column, or shares half of the first table's headers; a list of attachments
    (序号 / 附件名称) next to the report does not."""
    if "progress" in other.columns:
        return True
    a, b = set(first.columns.values()), set(other.columns.values())
    return len(a & b) * 2 >= max(1, len(a))
