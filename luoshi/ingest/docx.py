"""DOCX reports (python-docx): tables with merged cells, or numbered prose.

python-docx already repeats a merged cell's text in every grid position it covers (gridSpan
and vMerge); a position whose underlying `<w:tc>` is the same element as the one above or to
the left is marked as a copy, so spill-over rows and rowspans are told apart. The body
paragraphs above the first report table give the title and metadata; a document without a
report table is read as prose.
"""

from __future__ import annotations

import io
import zipfile

from .meta import looks_like_title, organization_from_title, read_meta
from .report import Meta, ParsedReport, ParseError
from .tables import Grid, TableResult, clean, rows_from_grid, split_progress_status
from .text import _finish, parse_text


def _table_grid(table) -> Grid:
    cells: list[list[str]] = []
    copy: list[list[bool]] = []
    above: list = []
    for r, row in enumerate(table.rows):
        tcs = []
        try:
            row_cells = row.cells
        except (IndexError, ValueError, KeyError):
            row_cells = []
        texts, flags = [], []
        for c, cell in enumerate(row_cells):
            tc = cell._tc
            is_copy = (c > 0 and tcs and tcs[-1] is tc) or (c < len(above) and above[c] is tc)
            tcs.append(tc)
            texts.append(clean("\n".join(p.text for p in cell.paragraphs)))
            flags.append(bool(is_copy))
        above = tcs
        cells.append(texts)
        copy.append(flags)
    return Grid(cells, copy, list(range(1, len(cells) + 1)))


def parse_docx(data: bytes, name: str = "") -> ParsedReport:
    where = f"{name}: " if name else ""
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise ParseError(f"{where}not a readable DOCX ({exc.__class__.__name__})") from None
    except Exception as exc:  # python-docx raises assorted errors on corrupt parts
        raise ParseError(f"{where}not a readable DOCX ({exc.__class__.__name__})") from None
    paragraphs = [p.text for p in document.paragraphs]
    results: list[TableResult] = []
    for table in document.tables:
        try:
            grid = _table_grid(table)
        except Exception:  # a malformed table: skip it, say so below if nothing else is found
            continue
        res = rows_from_grid(grid)
        if res and res.rows:
            results.append(res)
    if not results:
        try:
            return parse_text("\n".join(paragraphs), name, fmt="docx")
        except ParseError:
            raise ParseError(f"{where}no table header with 序号/任务内容/完成情况 found in {len(document.tables)} table(s), and no numbered items") from None
    meta = Meta()
    # Body paragraphs before the first table: python-docx does not interleave them, so read the
    # body's children in order.
    before: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "tbl":
            break
        if tag == "p":
            before.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
    read_meta([b for b in before if b.strip()], meta)
    for line in before:
        if looks_like_title(line.strip()):
            meta.title = line.strip()
            break
    if not meta.title:
        try:
            meta.title = (document.core_properties.title or "").strip() or None
        except Exception:
            meta.title = None
    meta.organization = organization_from_title(meta.title)
    merged = TableResult(columns={}, rows=[])
    heads: list[str] = []
    for res in results:
        for k, v in res.columns.items():
            merged.columns.setdefault(k, v)
        merged.rows.extend(res.rows)
        merged.warnings.extend(res.warnings)
        heads.extend(res.period_headers)
    split_progress_status(merged.rows)
    return _finish(meta, merged, heads, "docx", [], "\n".join(before))
