"""HTML pages of published reports (lxml).

The encoding is decided from the bytes, not from the page's word: UTF-8 when the bytes are valid
UTF-8, else GB18030 (a superset of GBK and GB2312), else charset-normalizer's guess; a
`<meta charset>` that lies is ignored. Tables are expanded into grids (rowspan/colspan copied
into every position they cover) and read by `tables.rows_from_grid`; several report tables on
one page are concatenated, a headless table continuing the one before. Metadata comes from the
page's text outside those tables and from the 《政府网站发展指引》 meta tags.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .meta import is_meta_line, looks_like_title, organization_from_title, parse_datetime, read_meta
from .report import Meta, ParsedReport, ParseError
from .tables import Grid, TableResult, belongs_with, clean, merge_results, form_record, grid_from_records, rows_from_grid
from .text import FURNITURE, finish_report, decode

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
          "section", "article", "header", "footer", "dd", "dt", "dl", "blockquote", "pre",
          "caption", "center", "form", "tbody", "thead", "hr", "nav", "aside", "main"}
_SKIP = {"script", "style", "noscript", "template", "select", "option", "button", "iframe", "svg", "head", "title"}
_MAX_SPAN = 500
_MARK = "\u2063TABLE\u2063"  # an invisible separator: cannot occur in a real page line by chance


def decode_html(data: bytes) -> str:
    """The page as text; see the module docstring for the rule."""
    return decode(data)


def _walk(el, out: list[str]) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if not isinstance(el.tag, str) or tag in _SKIP:
        if el.tail:
            out.append(el.tail)
        return
    if tag in _BLOCK:
        out.append("\n")
    elif tag in ("td", "th"):
        out.append(" ")
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    if tag in _BLOCK:
        out.append("\n")
    if el.tail:
        out.append(el.tail)


def element_text(el) -> str:
    """Text of an element with its block structure as line breaks."""
    out: list[str] = []
    tail = el.tail
    el.tail = None
    try:
        _walk(el, out)
    finally:
        el.tail = tail
    return clean("".join(out))


def _span(value) -> int:
    if value is None:
        return 1
    try:
        n = int(re.sub(r"[^\d]", "", str(value or "1")) or 1)
    except ValueError:
        n = 1
    return max(1, min(n, _MAX_SPAN))


def table_grid(table) -> Grid:
    """The table with rowspan/colspan expanded (copies marked)."""
    trs = [tr for tr in table.iter("tr") if _owner(tr) is table]
    cells: dict[tuple[int, int], tuple[str, bool]] = {}
    width = 0
    for r, tr in enumerate(trs):
        c = 0
        for td in tr:
            if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                continue
            while (r, c) in cells:
                c += 1
            text = element_text(td)
            rs, cs = _span(td.get("rowspan")), _span(td.get("colspan"))
            rs = min(rs, len(trs) - r)
            for dr in range(rs):
                for dc in range(cs):
                    cells.setdefault((r + dr, c + dc), (text, bool(dr or dc)))
            c += cs
            width = max(width, c)
    grid_cells = [[cells.get((r, c), ("", False))[0] for c in range(width)] for r in range(len(trs))]
    copy = [[cells.get((r, c), ("", False))[1] for c in range(width)] for r in range(len(trs))]
    caption = table.find("caption")
    return Grid(grid_cells, copy, list(range(1, len(trs) + 1)), element_text(caption) if caption is not None else "")


def _owner(tr):
    p = tr.getparent()
    while p is not None and (not isinstance(p.tag, str) or p.tag.lower() != "table"):
        p = p.getparent()
    return p


_LEADER = re.compile(r"(?:责任领导|分管领导|牵头领导|联系领导)\s*[:：]\s*(\S[^\n]{0,30})")


def _leader_above(table) -> str:
    """A page with one table per leader names the leader in a line just above each table."""
    seen = 0
    for prev in table.itersiblings(preceding=True):
        if not isinstance(prev.tag, str):
            continue
        if prev.tag.lower() == "table" or seen >= 2:
            break
        seen += 1
        m = _LEADER.search(element_text(prev))
        if m:
            return m.group(1).strip()
    return ""


def parse_html(data: bytes, name: str = "") -> ParsedReport:
    where = f"{name}: " if name else ""
    text = decode_html(data)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    # Control characters are not allowed in XML text nodes; pages carry them by accident.
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)
    if not text.strip():
        raise ParseError(f"{where}empty document")
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"{where}not readable as HTML ({exc.__class__.__name__})") from None
    meta = Meta()
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or "").lower()
        val = (m.get("content") or "").strip()
        if not val:
            continue
        if key == "articletitle" and not meta.title:
            meta.title = val
        elif key == "pubdate" and not meta.published_at:
            meta.published_at = parse_datetime(val)
        elif key == "contentsource" and not meta.source:
            meta.source = val
    title_el = root.find(".//title")
    page_title = element_text(title_el) if title_el is not None else ""

    leaves = [t for t in root.iter("table") if not any(True for _ in t.iter("table") if _ is not t)]
    results: list[TableResult] = []
    used = []
    forms: list[dict[str, str]] = []
    last_header: list[str] | None = None
    for table in leaves:
        grid = table_grid(table)
        if not grid.cells:
            continue
        res = rows_from_grid(grid)
        if res is None and last_header is not None and grid.cells and len(grid.cells[0]) == len(last_header):
            # A headless table right after a report table continues it.
            grid.cells.insert(0, list(last_header))
            if grid.copy is not None:
                grid.copy.insert(0, [False] * len(last_header))
            grid.lines = [0] + (grid.lines or [])
            res = rows_from_grid(grid, header_at=0)
        if res is None or not res.rows:
            record = form_record(grid) if res is None else None
            if record:
                forms.append(record)
                used.append(table)
            continue
        last_header = list(grid.cells[res.header_row])
        leader = _leader_above(table)
        if leader:
            for row in res.rows:
                row.leader = row.leader or leader
        if results and not belongs_with(results[0], res):
            continue
        results.append(res)
        used.append(table)
    if not results and len(forms) >= 1:
        res = rows_from_grid(grid_from_records(forms), header_at=0)
        if res and res.rows:
            res.warnings.append("form layout: one table of labelled fields per item")
            results.append(res)
    if not results:
        # No table: the page's text may hold the report as paragraphs or prose.
        from .text import parse_text

        body = root.find(".//body")
        lines = element_text(body if body is not None else root).split("\n")
        try:
            rep = parse_text("\n".join(lines), name, fmt="html")
        except ParseError:
            raise ParseError(f"{where}no table header with 序号/任务内容/完成情况 found in {len(leaves)} table(s), and no numbered items") from None
        if not rep.meta.title and page_title:
            rep.meta.title = page_title
        return rep
    # Metadata: the page's text with the report tables taken out.
    for t in used:
        parent = t.getparent()
        if parent is not None:
            marker = etree.Element("p")
            marker.text = _MARK
            marker.tail = t.tail
            parent.replace(t, marker)
    body = root.find(".//body")
    lines = element_text(body if body is not None else root).split("\n")
    before = []
    for ln in lines:
        if _MARK in ln:
            break
        before.append(ln)
    read_meta(before, meta)
    if not meta.title:
        for ln in before:
            if looks_like_title(ln) and not FURNITURE.match(ln) and not is_meta_line(ln):
                meta.title = ln.strip()
                break
    if not meta.title and page_title and looks_like_title(page_title):
        meta.title = page_title.strip()
    meta.organization = meta.organization or organization_from_title(meta.title)
    if any("progress" in r.columns for r in results):
        # a report table with progress beside lists without it (attachments, contacts)
        results = [r for r in results if "progress" in r.columns]
    merged = merge_results(results)
    if len(results) > 1:
        merged.warnings.append(f"{len(results)} report tables on the page, read one after the other")
    return finish_report(meta, merged, merged.period_headers, "html", [], "\n".join(before))
