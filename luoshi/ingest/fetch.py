"""Fetch a published page over HTTP(S) for `luoshi import https://…`.

The body is returned as bytes with the final URL; its encoding is left to `parse_bytes`, which
decides from the bytes (pages often lie in their headers and meta tags).
"""

from __future__ import annotations

import urllib.error
import urllib.request

from .report import ParseError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_UA = "Luoshi/0.1 (report importer; +https://example.invalid/luoshi)"


def fetch_url(url: str, timeout: float = 10, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """(body, final URL). ParseError (one line) on a bad scheme, an HTTP error, a timeout, or a
    body larger than `max_bytes` (checked against Content-Length and while reading)."""
    if not url.lower().startswith(("http://", "https://")):
        raise ParseError(f"{url}: only http:// and https:// addresses are fetched")
    req = urllib.request.Request(url, headers={"User-Agent": _UA, "Accept": "text/html,application/xhtml+xml,*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ParseError(f"{url}: {int(length)} bytes is over the limit of {max_bytes}")
            chunks: list[bytes] = []
            total = 0
            while True:
                chunk = resp.read(65536)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise ParseError(f"{url}: body over the limit of {max_bytes} bytes")
                chunks.append(chunk)
            return b"".join(chunks), resp.geturl()
    except ParseError:
        raise
    except urllib.error.HTTPError as exc:
        raise ParseError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = getattr(exc, "reason", exc)
        raise ParseError(f"{url}: cannot fetch ({reason})") from None
    except TimeoutError:
        raise ParseError(f"{url}: no answer within {timeout} s") from None
    except (OSError, ValueError) as exc:
        raise ParseError(f"{url}: cannot fetch ({exc.__class__.__name__}: {exc})") from None
