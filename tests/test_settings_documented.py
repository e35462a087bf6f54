"""Every LUOSHI_* setting and every `luoshi` command of ours is documented in the README."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SOURCES = [p for p in (ROOT / "luoshi").rglob("*.py")]
VARIABLES = sorted({v for p in SOURCES for v in re.findall(r"\bLUOSHI_[A-Z_]+[A-Z]\b", p.read_text(encoding="utf-8"))})
COMMANDS = sorted(p.stem for p in (ROOT / "luoshi").glob("*/management/commands/*.py") if p.stem != "__init__")


@pytest.mark.parametrize("name", VARIABLES)
def test_the_variable_is_in_the_readme(name):
    assert name in README


@pytest.mark.parametrize("name", COMMANDS)
def test_the_command_is_in_the_readme(name):
    assert f"luoshi {name}" in README
