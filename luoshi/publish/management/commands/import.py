"""`luoshi import FILE_OR_URL`: read a published report and save it as a Disclosure."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from luoshi import ingest
from luoshi.ingest.report import ParseError


def _naming(source: str, error: Exception) -> str:
    """One line that names the file or address, once."""
    message = " ".join(str(error).split())
    return message if message.startswith(source) else f"{source}: {message}"


class Command(BaseCommand):
    help = (
        "Import a published report (text, HTML, DOCX, XLSX, … or an http(s) URL) as a published "
        "Disclosure with its organization, plan, tasks, period and progress. All or nothing: a "
        "document that is not such a report exits with code 2 and writes nothing. Importing the "
        "same report again creates nothing. The last line printed is the public page's URL path."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="a file path or an http(s):// URL")
        parser.add_argument("--dry-run", action="store_true", help="parse and show, write nothing")
        parser.add_argument("--json", dest="as_json", action="store_true", help="with --dry-run: print the ParsedReport as JSON")

    def handle(self, source, dry_run=False, as_json=False, **options):
        report = self._parse(source)
        if dry_run:
            self._show(report, as_json=as_json)
            return
        from luoshi.ingest.load import LoadError, load_report

        try:
            result = load_report(report)
        except LoadError as e:
            raise CommandError(_naming(source, e), returncode=2) from None
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
        d = result.disclosure
        if result.created:
            self.stdout.write(
                f"imported {len(report.rows)} rows of {d.title} "
                f"({result.tasks_created} tasks created, {result.tasks_linked} linked)"
            )
            for number, task, confidence in result.uncertain:
                self.stdout.write(
                    f"  linked by similarity, to confirm: 序号 {number} -> task {task.number} "
                    f"(confidence {confidence:.2f})"
                )
        else:
            self.stdout.write(f"already imported: {d.title}; nothing changed")
        self.stdout.write(d.get_absolute_url())

    def _parse(self, source):
        try:
            if source.startswith(("http://", "https://")):
                from luoshi.ingest.fetch import fetch_url

                data, name = fetch_url(source)
                return ingest.parse_bytes(data, name)
            path = Path(source)
            if not path.is_file():
                raise CommandError(f"{source}: no such file", returncode=2)
            return ingest.parse_file(path)
        except (ParseError, OSError) as e:
            raise CommandError(_naming(source, e), returncode=2) from None

    def _show(self, report, as_json):
        if as_json:
            self.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
            return
        meta = report.meta
        period = report.period
        self.stdout.write(f"title:     {meta.title or '—'}")
        self.stdout.write(f"publisher: {meta.publisher or meta.organization or '—'}  索引号: {meta.index_no or '—'}")
        self.stdout.write(f"period:    {period.label} {period.start}..{period.end}" if period else "period:    —")
        self.stdout.write(f"columns:   {', '.join(f'{k}={v}' for k, v in report.columns.items())}")
        self.stdout.write(f"rows:      {len(report.rows)}")
        for row in report.rows:
            cat = " › ".join(row.category)
            self.stdout.write(f"  {row.number:>4} | {cat[:24]:<24} | {row.content[:30]:<30} | {row.progress[:30]}")
        for w in report.warnings:
            self.stdout.write(f"warning: {w}")
