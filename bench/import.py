"""Import speed: rows per second for HTML, DOCX and XLSX, as a ratio to a bare lxml /
python-docx / openpyxl read of the same file, measured in the same run; and the parse time of a
seed-sized HTML page (goal: under 20 ms).

    .venv/bin/python bench/import.py [--rows 400] [--repeat 5]

The documents are built in memory from the test builders (our own wording), so the bench needs
no files; the seed page is timed too when ../shared/data/seed is present.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from luoshi.ingest import parse_bytes  # noqa: E402
from tests.ingest.builders import build_docx, build_html, build_xlsx, sample_rows  # noqa: E402


def best_of(fn, repeat: int) -> float:
    """The fastest of `repeat` runs, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bare_html(data: bytes) -> None:
    import lxml.html

    root = lxml.html.document_fromstring(data)
    for td in root.iter("td", "th"):
        td.text_content()


def bare_docx(data: bytes) -> None:
    import docx

    d = docx.Document(io.BytesIO(data))
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                cell.text


def bare_xlsx(data: bytes) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    for ws in wb.worksheets:
        for _ in ws.iter_rows(values_only=True):
            pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=400, help="rows in the large documents (multiple of 8)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    rows = sample_rows(repeat=max(1, args.rows // 8))
    n = len(rows)
    print(f"{'format':6} {'rows':>5} {'ours ms':>9} {'bare ms':>9} {'ratio':>6} {'rows/s':>9} {'bare rows/s':>12}")
    for fmt, build, bare in (("html", build_html, bare_html), ("docx", build_docx, bare_docx), ("xlsx", build_xlsx, bare_xlsx)):
        data = build(rows)
        rep = parse_bytes(data, f"bench.{fmt}")
        assert len(rep.rows) == n, (fmt, len(rep.rows))
        ours = best_of(lambda: parse_bytes(data, f"bench.{fmt}"), args.repeat)
        base = best_of(lambda: bare(data), args.repeat)
        print(f"{fmt:6} {n:5d} {ours * 1000:9.1f} {base * 1000:9.1f} {ours / base:6.2f} {n / ours:9.0f} {n / base:12.0f}")

    # A seed-sized page: 19 rows in two category levels, as HTML.
    seed_rows = sample_rows(repeat=3)[:19]
    page = build_html(seed_rows)
    parse_bytes(page, "seed.html")
    t = best_of(lambda: parse_bytes(page, "seed.html"), max(20, args.repeat))
    med = statistics.median(best_of(lambda: parse_bytes(page, "seed.html"), 1) for _ in range(20))
    print(f"seed-sized HTML page (19 rows, {len(page)} bytes): best {t * 1000:.2f} ms, median {med * 1000:.2f} ms (goal < 20 ms)")
    seed = ROOT.parent / "shared/data/seed"
    for path in sorted(seed.glob("*.txt")) if seed.is_dir() else []:
        data = path.read_bytes()
        t = best_of(lambda: parse_bytes(data, path.name), max(20, args.repeat))
        print(f"seed page text {path.name} ({len(parse_bytes(data, path.name).rows)} rows): best {t * 1000:.2f} ms")


if __name__ == "__main__":
    main()
