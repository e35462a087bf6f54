"""Importing the same report twice creates nothing the second time and prints the same path."""

import pytest
from django.core.management import call_command

from luoshi.plans.models import Category, Task
from luoshi.progress.models import Progress, ProgressEvent
from luoshi.publish.models import Disclosure

pytestmark = pytest.mark.django_db


def _counts():
    return [m.objects.count() for m in (Task, Category, Progress, ProgressEvent)] + [
        Disclosure.private_objects.count()
    ]


def test_it_creates_nothing_on_a_second_import(seed_path, capsys):
    call_command("import", str(seed_path))
    first = capsys.readouterr().out.strip().splitlines()[-1]
    before = _counts()
    call_command("import", str(seed_path))
    second = capsys.readouterr().out.strip().splitlines()
    assert _counts() == before
    assert second[-1] == first
    assert "nothing changed" in second[0]
