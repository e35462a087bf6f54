import os
from pathlib import Path

import pytest
from django.conf import settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "data" / "seed" / "000_56c27653ba70fc1f.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_configure(config):
    os.makedirs(settings.STATIC_ROOT, exist_ok=True)


@pytest.fixture
def seed_path():
    if not SEED.is_file():
        pytest.skip(f"the seed page is absent: {SEED} (../shared is not beside the checkout)")
    return SEED
