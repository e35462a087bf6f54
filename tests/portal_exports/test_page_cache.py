"""The disclosure page comes from the cache in one SQL statement, its visit count exact on every GET;
HEAD, query strings, another display mode or a drafted disclosure never meet a wrong cached page."""

import re

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from luoshi.portal.pagecache import cached_page
from luoshi.publish.models import Disclosure


def _visits(response):
    return int(re.search(rb'<span class="visits">(\d+)</span>', response.content).group(1))


def test_a_cached_page_costs_one_statement_and_counts_each_visit(client, demo, django_assert_num_queries):
    url = demo.get_absolute_url()
    first = client.get(url)
    with django_assert_num_queries(1):
        second = client.get(url)
    assert [_visits(first), _visits(second), _visits(client.get(url))] == [1, 2, 3]
    assert second.content.replace(b">2<", b">1<", 1) == first.content
    assert second["Content-Type"] == "text/html; charset=utf-8"
    demo.refresh_from_db()
    assert demo.visits == 3


def test_head_and_query_strings_go_to_the_view(client, demo, django_assert_max_num_queries):
    url = demo.get_absolute_url()
    client.get(url)
    assert client.head(url).status_code == 200
    with django_assert_max_num_queries(10) as ctx:
        assert _visits(client.get(url + "?from=rss")) == 2
    assert len(ctx.captured_queries) > 1  # rendered, not cached
    demo.refresh_from_db()
    assert demo.visits == 2


def test_each_display_mode_has_its_own_page(client, demo):
    url = demo.get_absolute_url()
    plain = client.get(url).content
    client.cookies["luoshi_display"] = "large"
    large = client.get(url).content
    assert b"large-text" in large and b"large-text" not in plain
    del client.cookies["luoshi_display"]
    assert b"large-text" not in client.get(url).content


def test_a_draft_is_404_even_when_its_page_was_cached(client, demo):
    url = demo.get_absolute_url()
    client.get(url)
    Disclosure.private_objects.filter(pk=demo.pk).update(state=Disclosure.State.DRAFT)
    assert client.get(url).status_code == 404
    assert Disclosure.private_objects.get(pk=demo.pk).visits == 1


def test_a_page_with_a_per_reader_token_is_never_kept(demo):
    renders = []

    def view(request, pk):
        renders.append(get_token(request))
        return HttpResponse(b'<p><span class="visits">%d</span></p>' % Disclosure.private_objects.get(pk=pk).visits)

    page = cached_page(view)
    factory = RequestFactory()
    bodies = [page(factory.get(f"/disclosures/{demo.pk}/"), demo.pk).content for _ in range(2)]
    assert len(renders) == 2
    assert bodies == [b'<p><span class="visits">1</span></p>', b'<p><span class="visits">2</span></p>']
