"""A cached disclosure page is served before the session and auth middleware, with the same
security headers as a rendered one, and each visit counted once whether it hits or misses."""

import re

import pytest
from django.core.cache import cache
from django.core.management import call_command

from luoshi.publish.models import Disclosure

from .test_serve import DEMO

pytestmark = pytest.mark.django_db
HEADERS = ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy")


@pytest.fixture
def page(capsys):
    cache.clear()
    call_command("import", str(DEMO))
    capsys.readouterr()
    return Disclosure.public_objects.get()


def _visits(response):
    return int(re.search(rb'<span class="visits">(\d+)</span>', response.content).group(1))


def test_a_hit_has_the_headers_of_a_rendered_page(client, page):
    rendered = client.get(page.get_absolute_url())
    hit = client.get(page.get_absolute_url())
    for name in HEADERS:
        assert hit.has_header(name), name
        assert hit[name] == rendered[name]
    # Served before the session middleware: a hit sets no cookie and names no Vary on it.
    assert not hit.cookies and "Cookie" not in hit.get("Vary", "")
    assert int(hit["Content-Length"]) == len(hit.content)


def test_misses_and_hits_count_each_visit_once(client, page):
    seen = [_visits(client.get(page.get_absolute_url())) for _ in range(4)]
    cache.clear()
    seen.append(_visits(client.get(page.get_absolute_url())))
    assert seen == [1, 2, 3, 4, 5]
    page.refresh_from_db()
    assert page.visits == 5


def test_an_unknown_page_is_still_a_404(client, page):
    assert client.get("/disclosures/987654/").status_code == 404
