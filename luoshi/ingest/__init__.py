"""Parsers of published reports: any supported document -> one `ParsedReport`.

    parse_file(path) -> ParsedReport
    parse_bytes(data, name="") -> ParsedReport

The format is chosen by the file's extension, then confirmed or overridden by sniffing the bytes
(a ZIP holding `word/` is DOCX, one holding `xl/` is XLSX, `%PDF` is PDF, an OLE header is XLS,
markup is HTML, anything else is text). Every failure to find a report raises `ParseError` with
one line naming the file and what was missing; no other exception escapes for bad input.

Pure Python: nothing here imports Django or the rest of `luoshi`.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from .report import Meta, ParsedReport, ParseError, PeriodInfo, Row

__all__ = ["parse_file", "parse_bytes", "detect_format", "ParsedReport", "ParseError", "Meta", "PeriodInfo", "Row"]

_EXT = {".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html", ".txt": "text", ".text": "text",
        ".md": "text", ".csv": "text", ".tsv": "text", ".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx",
        ".xls": "xls", ".pdf": "pdf"}
_MARKUP = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table|div|p|title)\b", re.I | re.S)


def detect_format(data: bytes, name: str = "") -> str:
    """"html" | "text" | "docx" | "xlsx" | "xls" | "pdf", from the bytes first, then the name."""
    head = data[:2048]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls" if not name.lower().endswith((".doc",)) else "doc"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = z.namelist()
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            names = []
        if any(n.startswith("word/") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
    ext = _EXT.get(Path(name).suffix.lower()) if name else None
    if ext == "html" or _MARKUP.match(head) or re.search(rb"<table[\s>]", data[:200000], re.I):
        return "html"
    if ext in ("docx", "xlsx", "xls", "pdf"):
        return ext  # the bytes did not confirm it: the parser will say what is wrong
    return "text"


def parse_bytes(data: bytes, name: str = "") -> ParsedReport:
    """Parse a document held in memory; `name` (a file name or URL) helps detection and errors."""
    where = name or "document"
    if not data or not data.strip():
        raise ParseError(f"{where}: empty document")
    fmt = detect_format(data, name)
    try:
        if fmt == "html":
            from .html import parse_html

            return parse_html(data, name)
        if fmt == "docx":
            from .docx import parse_docx

            return parse_docx(data, name)
        if fmt == "xlsx":
            from .xlsx import parse_xlsx

            return parse_xlsx(data, name)
        if fmt == "xls":
            from .xlsx import parse_xls

            return parse_xls(data, name)
        if fmt == "pdf":
            from .pdf import parse_pdf

            return parse_pdf(data, name)
        if fmt == "doc":
            raise ParseError(f"{where}: legacy .doc files are not read; save it as .docx")
        from .text import decode, parse_text

        return parse_text(decode(data), name)
    except ParseError as exc:
        msg = str(exc).splitlines()[0] if str(exc) else "no report found"
        if name and not msg.startswith(name):
            msg = f"{name}: {msg}"
        raise ParseError(msg) from None
    except (RecursionError, MemoryError) as exc:  # pathological nesting or sizes
        raise ParseError(f"{where}: document too deeply nested or too large ({exc.__class__.__name__})") from None
    except Exception as exc:  # noqa: BLE001 - a safety net: the caller gets one line, not a traceback
        detail = str(exc).splitlines()[0][:80] if str(exc) else ""
        raise ParseError(f"{where}: internal error reading this {fmt} document ({exc.__class__.__name__}: {detail}); please report it") from None


def parse_file(path: str | Path) -> ParsedReport:
    """Parse a document on disk; ParseError when it cannot be read or holds no report."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"{p}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    return parse_bytes(data, str(p))
