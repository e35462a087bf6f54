"""`luoshi serve` runs a production server (gunicorn, DEBUG off) with static files, on the configured database."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[1] / "luoshi" / "demo" / "qinghe_2024_q3.txt"


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _luoshi(env, *args):
    return subprocess.run([sys.executable, "-m", "luoshi.cli", *args], env=env, capture_output=True, text=True, timeout=120)


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, dict(r.headers), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode()


@pytest.fixture
def served(tmp_path):
    env = {
        **os.environ,
        "LUOSHI_DATA_DIR": str(tmp_path),
        "LUOSHI_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        "LUOSHI_DEBUG": "false",
    }
    assert _luoshi(env, "migrate", "--no-input").returncode == 0
    imported = _luoshi(env, "import", str(DEMO))
    assert imported.returncode == 0, imported.stderr
    path = imported.stdout.strip().splitlines()[-1]
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "luoshi.cli", "serve", "--port", str(port), "--workers", "1"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                _get(base + "/disclosures/")
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        yield base, path
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_it_serves_the_page_and_static_files_without_debug(served):
    base, path = served
    status, _, body = _get(base + path)
    assert status == 200
    assert body.count('<th scope="row" class="num"') == 12
    assert "访问次数" in body
    status, headers, css = _get(base + "/static/luoshi/site.css")
    assert status == 200 and "table.tasks" in css
    status, _, body = _get(base + "/disclosures/999999/")
    assert status == 404
    assert "Traceback" not in body


def test_it_refuses_to_serve_with_debug_on(tmp_path):
    env = {**os.environ, "LUOSHI_DATA_DIR": str(tmp_path), "LUOSHI_DEBUG": "true",
           "LUOSHI_DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    result = _luoshi(env, "serve", "--port", str(_free_port()))
    assert result.returncode == 2
    assert "LUOSHI_DEBUG" in result.stderr
