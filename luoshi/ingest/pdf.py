"""PDF reports with a text layer (pdfplumber, when installed).

Tables found by pdfplumber on each page are read as grids (a cell spanning rows is printed once,
so an empty cell under a filled one in a category column inherits it, as in the page text); a
PDF whose pages hold no table is read as the page text. A scanned PDF (no text layer) is refused
with a one-line reason.
"""

from __future__ import annotations

import io
import re

from .report import Meta, ParsedReport, ParseError
from .tables import Grid, TableResult, belongs_with, clean, merge_results, rows_from_grid
from .text import finish_report, read_head, parse_text

_MAX_PAGES = 200


_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _unwrap(text: str) -> str:
    """A PDF cell's line breaks are wraps, not paragraphs: join them (no space between Chinese)."""
    out = ""
    for line in (text or "").split("\n"):
        line = line.strip()
        if not line:
            continue
        if out and not (_CJK.match(out[-1]) or _CJK.match(line[0])):
            out += " "
        out += line
    return out


def _expand(table: list[list[str | None]]) -> tuple[list[list[str]], list[list[bool]]]:
    """pdfplumber gives None where a merged cell covers a position: copy the cell to the left in
    a header (colspan), the cell above in the body (rowspan)."""
    cells: list[list[str]] = []
    copy: list[list[bool]] = []
    for r, row in enumerate(table):
        out, flags = [], []
        for c, v in enumerate(row):
            if v is None:
                if r == 0 and out:
                    out.append(out[-1])
                elif r > 0 and c < len(cells[-1]):
                    out.append(cells[-1][c])
                else:
                    out.append(out[-1] if out else "")
                flags.append(True)
            else:
                out.append(_unwrap(clean(v)))
                flags.append(False)
        cells.append(out)
        copy.append(flags)
    return cells, copy


def parse_pdf(data: bytes, name: str = "") -> ParsedReport:
    where = f"{name}: " if name else ""
    try:
        import pdfplumber
    except ImportError:
        raise ParseError(f"{where}PDF needs the pdfplumber package, which is not installed") from None
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise ParseError(f"{where}not a readable PDF ({exc.__class__.__name__})") from None
    texts: list[str] = []
    tables: list[tuple[list[list[str]], list[list[bool]]]] = []
    try:
        with pdf:
            for page in pdf.pages[:_MAX_PAGES]:
                texts.append(page.extract_text() or "")
                for t in page.extract_tables() or []:
                    tables.append(_expand(t))
    except Exception as exc:
        raise ParseError(f"{where}PDF pages not readable ({exc.__class__.__name__})") from None
    full = "\n".join(texts)
    if not full.strip():
        raise ParseError(f"{where}PDF has no text layer (a scan?); no report found")
    # Tables continued over pages: a headless table continues the previous one's header.
    results: list[TableResult] = []
    header: list[str] | None = None
    for t in tables:
        if not t[0]:
            continue
        cells, copy = t
        grid = Grid([list(r) for r in cells], copy, list(range(1, len(cells) + 1)))
        res = rows_from_grid(grid)
        if res is None and header is not None and cells and len(cells[0]) == len(header):
            grid = Grid([list(header)] + [list(r) for r in cells], [[False] * len(header)] + copy, list(range(0, len(cells) + 1)))
            res = rows_from_grid(grid, header_at=0)
        if res and res.rows:
            header = header or list(grid.cells[res.header_row])
            if results and not belongs_with(results[0], res):
                continue
            results.append(res)
    if not results:
        return parse_text(full, name, fmt="pdf")
    meta = Meta()
    lines = full.split("\n")
    read_head(lines[:30], 30, meta)
    merged = merge_results(results)
    return finish_report(meta, merged, merged.period_headers, "pdf", [], "\n".join(lines[:30]))
