"""`luoshi import http://…` fetches the page and imports it; a failed fetch is one line, exit 2."""

import functools
import http.server
import threading

import pytest

from luoshi.cli import main
from luoshi.publish.models import Disclosure

from .conftest import FIXTURES

# main() closes connections as a command line does: no test transaction can span it.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site():
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(FIXTURES / "ingest"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_it_imports_a_page_by_its_address(site, capsys):
    main(["import", f"{site}/qingxi_2024_q2.html"])
    path = capsys.readouterr().out.strip().splitlines()[-1]
    d = Disclosure.public_objects.get()
    assert path == d.get_absolute_url()
    assert d.index_no == "Q012/2024-00031" and len(d.table["rows"]) == 9


def test_a_missing_page_exits_2_with_one_line(site, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["import", f"{site}/nowhere.html"])
    assert exit.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "404" in err
    assert err.count(f"{site}/nowhere.html") == 1
    assert not Disclosure.private_objects.exists()
