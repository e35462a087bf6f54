"""Shared paths for the ingest tests; these tests need neither Django nor a database."""

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SEED_DIR = SHARED / "seed"
REAL_DIR = SHARED / "real"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
