"""With LUOSHI_CACHE_URL=file://… the server's processes share one cache: downloads and pages
survive the trip through the file cache (pickled) unchanged, and the count stays exact."""

import re

import pytest
from django.core.cache import caches
from django.test import override_settings

from luoshi.publish import exports
from luoshi.settings import cache_from_url
from tests.portal_exports.helpers import download


@pytest.fixture
def file_cache(tmp_path):
    with override_settings(CACHES={"default": cache_from_url(f"file://{tmp_path}", tmp_path)}):
        yield caches["default"]


@pytest.mark.parametrize("ext", ["docx", "pdf", "csv"])
def test_a_download_is_served_from_the_file_cache(client, demo, file_cache, monkeypatch, tmp_path, ext):
    first = download(client, demo, ext)
    assert list(tmp_path.glob("*.djcache"))
    monkeypatch.setattr(exports.REGISTRY[ext], "render", lambda *a: pytest.fail("rendered again"))
    second = download(client, demo, ext)
    assert (second.content, second["Content-Disposition"]) == (first.content, first["Content-Disposition"])


def test_the_page_is_served_from_the_file_cache_with_its_count(client, demo, file_cache, tmp_path,
                                                              django_assert_num_queries):
    url = demo.get_absolute_url()

    def visits():
        return int(re.search(rb'class="visits">(\d+)<', client.get(url).content).group(1))

    assert visits() == 1
    assert list(tmp_path.glob("*.djcache"))
    with django_assert_num_queries(2):  # one statement a visit
        assert [visits(), visits()] == [2, 3]
