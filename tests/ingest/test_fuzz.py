"""Property-based fuzzing: any bytes given to any parser give a report or ParseError, never
another exception."""

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from luoshi.ingest import ParseError, parse_bytes
from luoshi.ingest.docx import parse_docx
from luoshi.ingest.html import parse_html
from luoshi.ingest.text import parse_text
from luoshi.ingest.xlsx import parse_xls, parse_xlsx

from .builders import build_docx, build_html, build_xlsx

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of real reports, so that the fuzzer reaches the table and prose code paths.
TOKENS = ["序号", "任务类别", "任务内容", "工作举措与完成情况", "进展情况", "责任单位", "备注", "进度", "完成目标",
          "(%)", "1", "2", "9*", "一、", "(一)", "1.", "(1)", "☑", "创新", "推进建设。", "已完成。", "80%",
          "索 引 号", "成文日期", "2023-11-03", "第三季度", "1-9月", "截至10月31日", "2023年", " | ", "\t",
          "\n", "\n\n", "、", ":", "责任单位:", "<table>", "<tr>", "<td rowspan='3'>", "<td colspan='99999'>",
          "</td>", "</tr>", "<p>", "SOURCE: x", "TITLE: y", "\x00", "\ufeff", "如下:"]
texts = st.lists(st.sampled_from(TOKENS) | st.text(max_size=8), max_size=60).map("".join)


def _ok(call, *args):
    try:
        rep = call(*args)
    except ParseError as exc:
        assert "\n" not in str(exc)
        assert "internal error" not in str(exc), str(exc)  # parse_bytes' safety net must not fire
        return
    rep.to_dict()


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["", "a.txt", "a.html", "a.docx", "a.xlsx", "a.xls", "a.pdf", "a.doc"]))
def test_parse_bytes_on_any_bytes(data, name):
    _ok(parse_bytes, data, name)


@SETTINGS
@given(texts)
def test_text_parser_on_report_like_text(text):
    _ok(parse_text, text, "f.txt")


@SETTINGS
@given(texts)
def test_html_parser_on_report_like_markup(text):
    _ok(parse_html, ("<html><body>" + text + "</body></html>").encode("utf-8", "surrogatepass"), "f.html")


@SETTINGS
@given(st.binary(max_size=2000))
def test_html_parser_on_any_bytes(data):
    _ok(parse_html, data, "f.html")


def _mutations(base: bytes):
    return st.tuples(st.integers(0, len(base) - 1), st.binary(min_size=1, max_size=16)).map(
        lambda t: base[: t[0]] + t[1] + base[t[0] + len(t[1]) :])


DOCX, XLSX, HTML = build_docx(), build_xlsx(), build_html()


@SETTINGS
@given(_mutations(DOCX))
def test_docx_parser_on_damaged_files(data):
    _ok(parse_docx, data, "f.docx")


@SETTINGS
@given(_mutations(XLSX))
def test_xlsx_parser_on_damaged_files(data):
    _ok(parse_xlsx, data, "f.xlsx")


@SETTINGS
@given(_mutations(HTML))
def test_html_parser_on_damaged_pages(data):
    _ok(parse_html, data, "f.html")


@SETTINGS
@given(st.binary(max_size=2000))
def test_xls_parser_on_any_bytes(data):
    _ok(parse_xls, b"\xd0\xcf\x11\xe0" + data, "f.xls")


@SETTINGS
@given(st.dictionaries(st.sampled_from(["word/document.xml", "xl/workbook.xml", "[Content_Types].xml", "x"]), st.binary(max_size=200), max_size=3))
def test_zip_containers_with_garbage_parts(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    _ok(parse_bytes, buf.getvalue(), "f.zip")
