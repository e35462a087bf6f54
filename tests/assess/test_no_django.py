"""The assessment engine is pure Python: importing it loads no Django module."""
import ast
import subprocess
import sys
from pathlib import Path


def test_importing_luoshi_assess_loads_no_django():
    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys, luoshi.assess, luoshi.assess.jsonl, luoshi.assess.__main__\n"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                          env={"PATH": "", "PYTHONPATH": str(root)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_engine_imports_nothing_else_of_luoshi():
    pkg = Path(__file__).resolve().parents[2] / "luoshi" / "assess"
    imported = set()
    for path in pkg.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    assert "luoshi" not in imported and "django" not in imported
    assert imported <= set(sys.stdlib_module_names) | {"cn2an"}, imported
