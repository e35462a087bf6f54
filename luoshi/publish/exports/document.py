"""HTML and PDF: one print template (`publish/document.html`) rendered, and for PDF typeset by
WeasyPrint with the Chinese glyphs embedded (Debian's fonts-noto-cjk, subset by libharfbuzz-subset).

The HTML export is a standalone document (styles inline, nothing fetched), the same one the PDF is
made of, so what a browser shows of it is what the PDF prints.
"""

from __future__ import annotations

from django.template.loader import render_to_string

from luoshi.publish.exports import Exporter, register
from luoshi.publish.exports.columns import status_label, table_columns

# Loaded with the URLs rather than on the first PDF download: importing WeasyPrint (pango, fontconfig)
# takes about 0.3 s, which would otherwise fall on one reader's request. Without its system
# libraries only PDF downloads fail, not the site.
try:
    import weasyprint as _weasyprint
except (ImportError, OSError) as e:  # not installed, or libpango/libharfbuzz missing
    _weasyprint, _weasyprint_error = None, e


def document_html(data: dict, rows: list[dict], notices: list[str]) -> str:
    # Column widths fixed in advance: WeasyPrint's automatic table layout measures every CJK
    # character as a break opportunity and took 0.4 s of a 0.6 s render of the seed page.
    cols = table_columns(data)
    total = sum(c.width for c in cols)
    widths = [f"{100 * c.width / total:.2f}%" for c in cols]
    # Each target's status in words beside the task, as the page marks it (never by colour alone).
    rows = [{**r, "marks": [(t["text"], status_label(t["status"]), t.get("overdue")) for t in r.get("targets", [])]}
            for r in rows]
    return render_to_string("publish/document.html", {"data": data, "rows": rows, "notices": notices,
                                                      "widths": widths})


@register
class HtmlExporter(Exporter):
    extension = "html"
    content_type = "text/html; charset=utf-8"
    label = "网页"
    listed = False  # the page itself is the HTML; this is its printable twin

    def render(self, data, rows, notices):
        return document_html(data, rows, notices).encode("utf-8")


@register
class PdfExporter(Exporter):
    extension = "pdf"
    content_type = "application/pdf"
    label = "PDF"

    def render(self, data, rows, notices):
        if _weasyprint is None:
            raise RuntimeError(f"PDF downloads need WeasyPrint's system libraries: {_weasyprint_error}"
                               " (run scripts/system-packages)")
        return _weasyprint.HTML(string=document_html(data, rows, notices)).write_pdf()
