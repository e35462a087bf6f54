"""XLSX (openpyxl) and XLS (xlrd, when installed) reports.

Only the top-left cell of a merged range holds the value; it is copied into every position the
range covers and the copies are marked, as for HTML rowspans. Every sheet is tried; the cells
above a sheet's header (title, metadata) are read as lines.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

from .meta import looks_like_title, organization_from_title, read_meta
from .report import Meta, ParsedReport, ParseError
from .tables import Grid, TableResult, belongs_with, clean, merge_results, find_header, rows_from_grid
from .text import finish_report

_MAX_ROWS = 20000
_MAX_COLS = 200


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return clean(str(value))


def _read_sheets(sheets: list[tuple[str, list[list[str]], list[tuple[int, int, int, int]]]], name: str, fmt: str) -> ParsedReport:
    """sheets: (title, values, merged ranges as 0-based (r1, c1, r2, c2) inclusive)."""
    where = f"{name}: " if name else ""
    results: list[TableResult] = []
    above: list[str] = []
    for _title, values, merges in sheets:
        if not values:
            continue
        width = max((len(r) for r in values), default=0)
        cells = [list(r) + [""] * (width - len(r)) for r in values]
        copy = [[False] * width for _ in cells]
        for r1, c1, r2, c2 in merges:
            if r1 >= len(cells) or c1 >= width:
                continue
            v = cells[r1][c1]
            for r in range(r1, min(r2, len(cells) - 1) + 1):
                for c in range(c1, min(c2, width - 1) + 1):
                    if (r, c) != (r1, c1):
                        cells[r][c] = v
                        copy[r][c] = True
        grid = Grid(cells, copy, list(range(1, len(cells) + 1)))
        h = find_header(grid, limit=20)
        if h is None:
            continue
        res = rows_from_grid(grid, header_at=h)
        if res and res.rows:
            if not results:
                for row in cells[:h]:
                    # a merged title repeats across the row: print it once
                    line = " ".join(dict.fromkeys(x for x in row if x))
                    if line:
                        above.append(line)
            if results and not belongs_with(results[0], res):
                continue
            results.append(res)
    if not results:
        raise ParseError(f"{where}no table header with 序号/任务内容/完成情况 found in {len(sheets)} sheet(s)")
    meta = Meta()
    read_meta(above, meta)
    for line in above:
        if looks_like_title(line):
            meta.title = line
            break
    meta.organization = organization_from_title(meta.title)
    merged = merge_results(results)
    return finish_report(meta, merged, merged.period_headers, fmt, [], "\n".join(above))


def parse_xlsx(data: bytes, name: str = "") -> ParsedReport:
    where = f"{name}: " if name else ""
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, TypeError) as exc:
        raise ParseError(f"{where}not a readable XLSX ({exc.__class__.__name__})") from None
    except Exception as exc:  # openpyxl raises assorted errors on corrupt parts
        raise ParseError(f"{where}not a readable XLSX ({exc.__class__.__name__})") from None
    sheets = []
    for ws in wb.worksheets:
        values = []
        for row in ws.iter_rows(max_row=min(ws.max_row or 0, _MAX_ROWS), max_col=min(ws.max_column or 0, _MAX_COLS), values_only=True):
            values.append([_text(v) for v in row])
        merges = [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges]
        sheets.append((ws.title, values, merges))
    return _read_sheets(sheets, name, "xlsx")


def parse_xls(data: bytes, name: str = "") -> ParsedReport:
    where = f"{name}: " if name else ""
    try:
        import xlrd
    except ImportError:
        raise ParseError(f"{where}XLS (Excel 97) needs the xlrd package, which is not installed; save it as .xlsx") from None
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    except Exception:
        try:
            book = xlrd.open_workbook(file_contents=data)
        except Exception as exc:
            raise ParseError(f"{where}not a readable XLS ({exc.__class__.__name__})") from None
    sheets = []
    for sh in book.sheets():
        values = []
        for r in range(min(sh.nrows, _MAX_ROWS)):
            row = []
            for c in range(min(sh.ncols, _MAX_COLS)):
                cell = sh.cell(r, c)
                v = cell.value
                if cell.ctype == 3:  # a date
                    try:
                        v = xlrd.xldate.xldate_as_datetime(v, book.datemode)
                    except Exception:
                        pass
                row.append(_text(v))
            values.append(row)
        merges = [(r1, c1, r2 - 1, c2 - 1) for r1, r2, c1, c2 in getattr(sh, "merged_cells", [])]
        sheets.append((sh.name, values, merges))
    return _read_sheets(sheets, name, "xls")
