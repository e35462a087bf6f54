"""The parsers are pure Python: importing them loads no Django."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_parsers_loads_no_django_module():
    code = (
        "import sys, luoshi.ingest, luoshi.ingest.html, luoshi.ingest.text, luoshi.ingest.docx, "
        "luoshi.ingest.xlsx, luoshi.ingest.fetch, luoshi.ingest.link, luoshi.ingest.prose, luoshi.ingest.pdf\n"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "ours = sorted(m for m in sys.modules if m.startswith('luoshi.') and not m.startswith('luoshi.ingest'))\n"
        "print(bad, ours)\n"
        "sys.exit(1 if bad or ours else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
