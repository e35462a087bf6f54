"""The JSON API returns the serializer's dicts for published disclosures only."""

import pytest
from django.core.management import call_command

from luoshi.publish.models import Disclosure
from luoshi.publish.serialize import disclosure_dict

from .test_serve import DEMO

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(capsys):
    call_command("import", str(DEMO))
    capsys.readouterr()
    return Disclosure.public_objects.get()


def test_the_list_and_the_item_are_the_published_disclosures(client, published):
    items = client.get("/api/disclosures").json()
    assert [i["id"] for i in items] == [published.pk]
    assert items[0]["url"] == published.get_absolute_url()
    assert client.get("/api/disclosures?year=2019").json() == []
    body = client.get(f"/api/disclosures/{published.pk}").json()
    expected = disclosure_dict(published)
    assert {k: body[k] for k in expected} == expected
    assert body["summary"]["total"] == sum(len(r["targets"]) for r in expected["rows"])


def test_drafts_are_not_in_the_api(client, published):
    Disclosure.private_objects.filter(pk=published.pk).update(state=Disclosure.State.DRAFT)
    assert client.get("/api/disclosures").json() == []
    assert client.get(f"/api/disclosures/{published.pk}").status_code == 404


def test_the_openapi_schema_is_served(client):
    schema = client.get("/api/openapi.json").json()
    assert "/api/disclosures/{pk}" in schema["paths"]
