"""`luoshi assess`: read targets out of task text and judge them against progress text."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from luoshi import assess
from luoshi.assess.jsonl import BadLine, run

STATUS_WORDS = {"achieved": "已完成", "in_progress": "推进中", "not_reported": "未报告"}


class Command(BaseCommand):
    help = (
        "Assess rows without touching the database. `--jsonl IN.jsonl` (or - for stdin) reads lines "
        "with source, number, as_of, content, progress and writes one line per input line with its "
        "indicators. `REPORT_FILE` parses a published report and prints its targets and readings."
    )

    def add_arguments(self, parser):
        parser.add_argument("report", nargs="?", help="a report file to parse and assess")
        parser.add_argument("--jsonl", metavar="IN", help="assess JSON lines (- for stdin)")

    def handle(self, report=None, jsonl=None, **options):
        if bool(report) == bool(jsonl):
            raise CommandError("give either REPORT_FILE or --jsonl IN.jsonl", returncode=2)
        if jsonl:
            try:
                if jsonl == "-":
                    run(sys.stdin, self.stdout)
                else:
                    with open(jsonl, encoding="utf-8") as f:
                        run(f, self.stdout)
            except (BadLine, OSError) as e:
                raise CommandError(f"{jsonl}: {e}", returncode=2) from None
            return
        self._report(Path(report))

    def _report(self, path):
        from luoshi import ingest
        from luoshi.ingest.report import ParseError

        try:
            parsed = ingest.parse_file(path)
        except (ParseError, OSError) as e:
            raise CommandError(f"{path}: {e}", returncode=2) from None
        as_of = parsed.period.end if parsed.period else None
        totals = dict.fromkeys(STATUS_WORDS, 0)
        for row in parsed.rows:
            result = assess.assess(row.content, row.progress, as_of=as_of, year=parsed.year)
            findings = f"  [{', '.join(result.findings)}]" if result.findings else ""
            self.stdout.write(f"{row.number:>4}  {row.content[:40]}{findings}")
            for r in result.readings:
                t = r.target
                totals[r.status] += 1
                achieved = "" if r.achieved is None else f" 完成 {r.achieved}{t.unit}"
                overdue = " 逾期" if r.overdue else ""
                self.stdout.write(
                    f"      {t.text}  [{t.metric} {t.comparator} {t.value}{t.unit}"
                    f"{' 期限 ' + t.deadline.isoformat() if t.deadline else ''}]"
                    f"  → {STATUS_WORDS[r.status]}{achieved}{overdue}"
                    + (f"  依据: {r.evidence[:40]}" if r.evidence else "")
                )
        self.stdout.write(
            "targets: " + ", ".join(f"{STATUS_WORDS[k]} {v}" for k, v in totals.items())
        )
