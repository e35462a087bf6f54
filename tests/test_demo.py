"""`luoshi demo` loads a working system at once and is safe to run twice."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from luoshi.plans.models import Task
from luoshi.publish.models import Disclosure

pytestmark = pytest.mark.django_db


def test_it_loads_a_published_disclosure_and_a_superuser(client, capsys):
    call_command("demo")
    d = Disclosure.public_objects.get()
    assert d.index_no and len(d.table["rows"]) >= 10
    assert get_user_model().objects.get(username="admin").is_superuser
    assert client.get(d.get_absolute_url()).status_code == 200
    assert client.login(username="admin", password="luoshi-demo")
    assert client.get("/admin/").status_code == 200


def test_running_it_twice_changes_nothing(capsys):
    call_command("demo")
    counts = (Task.objects.count(), Disclosure.private_objects.count(), get_user_model().objects.count())
    call_command("demo")
    assert (Task.objects.count(), Disclosure.private_objects.count(), get_user_model().objects.count()) == counts
    assert "already loaded" in capsys.readouterr().out
