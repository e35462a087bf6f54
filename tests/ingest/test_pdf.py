"""PDF with a text layer: tables read through pdfplumber. Rendering a Chinese PDF for the test
needs WeasyPrint and a CJK font; the test says so when either is missing."""

import shutil
import subprocess

import pytest

from luoshi.ingest import ParseError, parse_bytes

from .builders import build_html, sample_rows


def _cjk_font() -> bool:
    if not shutil.which("fc-list"):
        return False
    out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    return bool(out.strip())


def test_a_pdf_table_is_read():
    pytest.importorskip("pdfplumber", reason="pdfplumber not installed")
    weasyprint = pytest.importorskip("weasyprint", reason="WeasyPrint not installed (renders the test PDF)")
    if not _cjk_font():
        pytest.skip("no CJK font (Debian fonts-noto-cjk): the rendered PDF would have no Chinese text layer")
    css = "<style>table{border-collapse:collapse} td,th{border:1px solid black}</style>"
    page = build_html().decode().replace("<table>", css + "<table>")
    pdf = weasyprint.HTML(string=page).write_pdf()
    rep = parse_bytes(pdf, "report.pdf")
    assert rep.format == "pdf"
    expected = sample_rows()
    assert [r.number for r in rep.rows] == [row[0] for row in expected]
    assert [r.category for r in rep.rows] == [[row[1], row[2]] for row in expected]
    assert [r.content for r in rep.rows] == [row[3] for row in expected]
    assert rep.meta.title and rep.period.kind == "half"


def test_a_pdf_without_text_is_refused_in_one_line():
    pytest.importorskip("pdfplumber", reason="pdfplumber not installed")
    with pytest.raises(ParseError) as exc:
        parse_bytes(b"%PDF-1.4\n%broken\n", "scan.pdf")
    assert str(exc.value).startswith("scan.pdf:") and "\n" not in str(exc.value)
