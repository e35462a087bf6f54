"""fetch_url against a local HTTP server: bytes and final URL back, limits and errors as
one-line ParseErrors, the encoding left to parse_bytes."""

import http.server
import threading

import pytest

from luoshi.ingest import ParseError, parse_bytes
from luoshi.ingest.fetch import fetch_url

from .conftest import FIXTURES

PAGE_GBK = (FIXTURES / "lushan_2023_h1_gbk.html").read_bytes()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/report.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")  # a lie: the bytes are GB18030
            self.send_header("Content-Length", str(len(PAGE_GBK)))
            self.end_headers()
            self.wfile.write(PAGE_GBK)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/report.html")
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.end_headers()  # no Content-Length: the limit is enforced while reading
            self.wfile.write(b"x" * 5000)
        elif self.path == "/slow":
            import time

            time.sleep(2)
            self.send_response(200)
            self.end_headers()
        else:
            self.send_response(404)
            self.end_headers()


@pytest.fixture(scope="module")
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_it_fetches_a_page_and_parse_bytes_reads_it(server):
    data, url = fetch_url(server + "/report.html")
    assert data == PAGE_GBK and url.endswith("/report.html")
    rep = parse_bytes(data, url)
    assert rep.meta.index_no == "LS-07/2023-00415" and len(rep.rows) == 5


def test_it_follows_redirects_and_returns_the_final_url(server):
    _, url = fetch_url(server + "/moved")
    assert url.endswith("/report.html")


@pytest.mark.parametrize("path,max_bytes,expect", [
    ("/report.html", 100, "over the limit"),
    ("/big", 1000, "over the limit"),
    ("/missing", 10**6, "HTTP 404"),
])
def test_limits_and_http_errors_are_one_line_errors(server, path, max_bytes, expect):
    with pytest.raises(ParseError) as exc:
        fetch_url(server + path, max_bytes=max_bytes)
    assert expect in str(exc.value) and "\n" not in str(exc.value)


def test_a_timeout_is_a_one_line_error(server):
    with pytest.raises(ParseError) as exc:
        fetch_url(server + "/slow", timeout=0.3)
    assert "\n" not in str(exc.value)


def test_only_http_addresses_are_fetched():
    with pytest.raises(ParseError):
        fetch_url("file:///etc/passwd")
