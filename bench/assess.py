"""Rows per second of the assessment engine on one core.

Runs ``assess`` over the labelled rows of ../shared/data/assess (or, when that folder is
absent, over a few invented rows) repeatedly for about two seconds, and compares the rate with
one pass of a single compiled regular expression over the same texts, measured in the same run,
so that the figure means the same on a slower or faster machine.

    python bench/assess.py
"""
from __future__ import annotations

import json
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from luoshi.assess import assess  # noqa: E402
from luoshi.assess.numbers import numeral_value  # noqa: E402
from luoshi.assess.text import clear_caches  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "assess"
GOAL = 5_000  # rows per second

INVENTED = [
    ("年底前新增托位60个,新建口袋公园3个。", "青溪社区新增普惠托位60个,口袋公园正在施工。", "2024-09-30"),
    ("新增停车位200个以上,安装智能道闸12套。", "已新增公共停车位230个。", "2024-09-30"),
    ("地区生产总值增长6%左右,城镇登记失业率控制在3.5%以内。", "上半年GDP增长6.8%,失业率3.1%。", "2024-06-30"),
    ("推进青禾、溪源、湖光等3个工业项目竣工投产。", "溪源和湖光已通过竣工验收。", "2024-09-30"),
    ("完善网格治理机制,推进矛盾纠纷化解。", "各项工作有序推进。", "2024-09-30"),
]


def load_rows() -> tuple[list[tuple[str, str, date]], str]:
    files = sorted(DATA.glob("*.jsonl")) if DATA.is_dir() else []
    if not files:
        print(f"skip: {DATA} absent; timing invented rows instead of the labelled ones")
        return [(c, p, date.fromisoformat(d)) for c, p, d in INVENTED], "invented rows"
    rows = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.append((r["content"], r["progress"], date.fromisoformat(r["as_of"])))
    return rows, ", ".join(f.name for f in files)


def rate(fn, rows, seconds: float = 2.0, fresh=None) -> float:
    """Rows per second of ``fn`` over ``rows``, repeated until ``seconds`` of this process's CPU
    time have passed (CPU time: one core, not disturbed by other processes on the machine).
    ``fresh`` runs before each pass (to empty caches, so that repeats cost what new rows do)."""
    done = 0
    start = time.process_time()
    while True:
        if fresh:
            fresh()
        for row in rows:
            fn(row)
        done += len(rows)
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return done / elapsed


def main() -> int:
    rows, what = load_rows()
    # The yardstick: one compiled expression finding every number in content and progress.
    baseline_re = re.compile(r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+")

    def baseline(row):
        baseline_re.findall(row[0])
        baseline_re.findall(row[1])

    def engine(row):
        assess(row[0], row[1], as_of=row[2])

    def fresh():
        clear_caches()
        numeral_value.cache_clear()

    engine_rate = rate(engine, rows, fresh=fresh)
    regex_rate = rate(baseline, rows)
    print(f"rows: {len(rows)} ({what})")
    print(f"assess:           {engine_rate:10.0f} rows/s")
    print(f"one regex pass:   {regex_rate:10.0f} rows/s")
    print(f"ratio:            {engine_rate / regex_rate:10.4f} of one regex pass "
          f"({regex_rate / engine_rate:.0f}x slower)")
    print(f"goal:             {GOAL:10d} rows/s -> {'met' if engine_rate >= GOAL else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
