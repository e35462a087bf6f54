"""Open data: CSV (one row per task, category levels as columns) and JSON (the serializer's dict)."""

from __future__ import annotations

import csv
import io
import json

from luoshi.publish.exports import Exporter, register
from luoshi.publish.exports.columns import cell_text, table_columns


def csv_bytes(header: list[str], records: list[list[str]]) -> bytes:
    """UTF-8 with a byte order mark: without it Excel on Chinese Windows reads the file as GBK."""
    out = io.StringIO()
    writer = csv.writer(out)  # \r\n line ends, as RFC 4180 and Excel expect
    writer.writerow(header)
    writer.writerows(records)
    return out.getvalue().encode("utf-8-sig")


@register
class CsvExporter(Exporter):
    extension = "csv"
    content_type = "text/csv; charset=utf-8"
    label = "CSV"

    def render(self, data, rows, notices):
        cols = table_columns(data, targets=True)
        return csv_bytes([c.header for c in cols], [[cell_text(row, c) for c in cols] for row in data["rows"]])


@register
class JsonExporter(Exporter):
    extension = "json"
    content_type = "application/json"
    label = "JSON"

    def render(self, data, rows, notices):
        # The dict itself: what the API returns, so a download and an API call never disagree.
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
