"""LUOSHI_CACHE_URL chooses the cache: local memory by default, a shared file cache, Redis, or none."""

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from luoshi.settings import cache_from_url

DATA = Path("/srv/luoshi")


@pytest.mark.parametrize("url,backend,location", [
    ("", "locmem.LocMemCache", "luoshi"),
    ("locmem://", "locmem.LocMemCache", "luoshi"),
    ("file://", "filebased.FileBasedCache", "/srv/luoshi/cache"),
    ("file:///var/cache/luoshi", "filebased.FileBasedCache", "/var/cache/luoshi"),
    ("dummy://", "dummy.DummyCache", None),
])
def test_each_url_names_its_backend(url, backend, location):
    config = cache_from_url(url, DATA)
    assert config["BACKEND"] == f"django.core.cache.backends.{backend}"
    assert config.get("LOCATION") == location


def test_redis_uses_djangos_backend_or_asks_for_the_package():
    try:
        import redis  # noqa: F401
    except ImportError:
        with pytest.raises(ImproperlyConfigured, match="redis"):
            cache_from_url("redis://127.0.0.1:6379/1", DATA)
    else:
        config = cache_from_url("redis://127.0.0.1:6379/1", DATA)
        assert config == {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/1"}


def test_an_unknown_scheme_is_refused_with_the_variable_named():
    with pytest.raises(ImproperlyConfigured, match="LUOSHI_CACHE_URL"):
        cache_from_url("memcached://x", DATA)
