"""Disclosures to download: the demo street (always present) and the seed page (when ../shared is)."""

import io
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command

import luoshi
from luoshi.publish.models import Disclosure

DEMO = Path(luoshi.__file__).resolve().parent / "demo" / "qinghe_2024_q3.txt"


@pytest.fixture(autouse=True)
def empty_cache():
    # Primary keys are reused after each test's rollback; an entry left by another test must never be met.
    cache.clear()
    yield
    cache.clear()


def _import(path) -> Disclosure:
    call_command("import", str(path), stdout=io.StringIO())
    return Disclosure.public_objects.order_by("-pk").first()


@pytest.fixture
def demo(db):
    return _import(DEMO)


@pytest.fixture
def seed(db, seed_path):
    return _import(seed_path)
