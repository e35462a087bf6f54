"""A fictional street's plan published twice (Q1, Q2; same numbering), for the portal's tests."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from lxml import html

from luoshi.publish.models import Disclosure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "portal"


def import_report(name: str) -> Disclosure:
    call_command("import", str(FIXTURES / name), stdout=StringIO())
    return Disclosure.public_objects.get(index_no__in=INDEX_NOS[name])


INDEX_NOS = {
    "liutang_2025_q1.txt": ["L305/2025-00012"],
    "liutang_2025_q2.txt": ["L305/2025-00047"],
}


@pytest.fixture
def liutang(db):
    """(q1, q2): the two published disclosures of 柳塘街道's 2025 plan."""
    return import_report("liutang_2025_q1.txt"), import_report("liutang_2025_q2.txt")


def page(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return html.fromstring(response.content.decode()) if status == 200 else response


def text(node) -> str:
    return "".join(node.text_content().split())


def task_pk(d: Disclosure, number: str) -> int:
    return next(r["task"] for r in d.table["rows"] if r["number"] == number)
