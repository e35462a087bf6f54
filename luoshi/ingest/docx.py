"""DOCX reports (python-docx): tables with merged cells, or numbered prose.

python-docx already repeats a merged cell's text in every grid position it covers (gridSpan
and vMerge); a position whose underlying `<w:tc>` is the same element as the one above or to
the left is marked as a copy, so spill-over rows and rowspans are told apart. The body
paragraphs above the first report table give the title and metadata; a document without a
report table is read as prose.
"""

from __future__ import annotations

import io
import re
import zipfile

from .meta import looks_like_title, organization_from_title, read_meta
from .report import Meta, ParsedReport, ParseError
from .tables import Grid, TableResult, belongs_with, clean, merge_results, form_record, grid_from_records, rows_from_grid
from .text import finish_report, parse_text


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


_CN_DIGITS = "零一二三四五六七八九十"


def _cn(n: int) -> str:
    if n <= 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n - 10] if n > 10 else "")
    return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")


def _list_level(p, qn) -> int | None:
    """The list level of a numbered paragraph, None when it is not numbered. Numbering comes
    from the paragraph (w:numPr/w:ilvl) or its style ("List Number 2" is the second level)."""
    ppr = p._p.pPr
    numpr = ppr.numPr if ppr is not None else None
    style = None
    if numpr is None:
        try:
            style = p.style
        except (KeyError, ValueError):
            style = None
        depth = 0
        while style is not None and depth < 5:
            sppr = style.element.pPr
            if sppr is not None and sppr.numPr is not None:
                numpr = sppr.numPr
                break
            style = style.base_style
            depth += 1
        if numpr is None:
            return None
    lv = numpr.find(qn("w:ilvl"))
    if lv is not None:
        try:
            return int(lv.get(qn("w:val")))
        except (TypeError, ValueError):
            return 0
    name = (style.name if style is not None else "") or ""
    m = re.search(r"(\d+)$", name)
    return int(m.group(1)) - 1 if m else 0


def _numbered_paragraphs(document) -> list[str]:
    """Body paragraph texts, with Word's automatic numbering written out: the number is not in
    the text, only a list level (ilvl). The deepest level in use reads "1.", the ones above
    "一、" and "(一)", so the prose reader sees the hierarchy the reader of the page sees."""
    from docx.oxml.ns import qn

    items = []
    levels: set[int] = set()
    for p in document.paragraphs:
        ilvl = _list_level(p, qn)
        if ilvl is not None:
            levels.add(ilvl)
        items.append((p.text, ilvl))
    if not levels:
        return [t for t, _ in items]
    ordered = sorted(levels)
    deepest = ordered[-1]
    counters: dict[int, int] = {}
    out = []
    for text, ilvl in items:
        if ilvl is None or text.strip()[:1] in "一二三四五六七八九十(（0123456789":
            out.append(text)
            continue
        counters[ilvl] = counters.get(ilvl, 0) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        n = counters[ilvl]
        rank = ordered.index(ilvl)
        if ilvl == deepest:
            mark = f"{n}."
        elif rank == 0:
            mark = f"{_cn(n)}、"
        else:
            mark = f"({_cn(n)})"
        out.append(mark + text)
    return out


def parse_docx(data: bytes, name: str = "") -> ParsedReport:
    where = f"{name}: " if name else ""
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise ParseError(f"{where}not a readable DOCX ({exc.__class__.__name__})") from None
    except Exception as exc:  # python-docx raises assorted errors on corrupt parts
        raise ParseError(f"{where}not a readable DOCX ({exc.__class__.__name__})") from None
    paragraphs = _numbered_paragraphs(document)
    results: list[TableResult] = []
    header: list[str] | None = None
    forms: list[dict[str, str]] = []
    for table in document.tables:
        try:
            grid = _table_grid(table)
        except Exception:  # a malformed table: skip it, say so below if nothing else is found
            continue
        res = rows_from_grid(grid)
        if res is None and header is not None and grid.cells and len(grid.cells[0]) == len(header):
            # A table continued after a page break without its header repeated.
            grid.cells.insert(0, list(header))
            if grid.copy is not None:
                grid.copy.insert(0, [False] * len(header))
            res = rows_from_grid(grid, header_at=0)
        if res is None:
            record = form_record(grid)
            if record:
                forms.append(record)
                continue
        if res and res.rows:
            header = header or list(grid.cells[res.header_row])
            if results and not belongs_with(results[0], res):
                continue
            results.append(res)
    if not results and forms:
        res = rows_from_grid(grid_from_records(forms), header_at=0)
        if res and res.rows:
            res.warnings.append("form layout: one table of labelled fields per item")
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
    if any("progress" in r.columns for r in results):
        # a report table with progress beside lists without it (attachments, contacts)
        results = [r for r in results if "progress" in r.columns]
    merged = merge_results(results)
    return finish_report(meta, merged, merged.period_headers, "docx", [], "\n".join(before))
