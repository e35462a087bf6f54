"""The disclosure page served from the cache, with its visit count exact on every GET.

A published disclosure is frozen, so its page is the same for every reader who sees it through the
same address in the same display mode — except for the visit count. A GET therefore costs one SQL
statement that counts the visit and returns what the page depends on (version, creation time, the
correction that supersedes it), then one cache read and the count put in its place.

On a miss the page's own view renders the page, as for a HEAD request so that it does not count the
visit a second time, and the body is kept with the count taken out. Nothing is kept when the render
touched anything per reader (a cookie set, a CSRF token, the session), and requests with a query
string or other than GET go to the view as they are.
"""

from __future__ import annotations

import re
from functools import wraps

from django.core.cache import cache
from django.db import connection
from django.http import Http404, HttpResponse
from django.utils.translation import get_language_from_request

from luoshi.portal.display import mode_of
from luoshi.publish.models import Disclosure

CACHE_SECONDS = 24 * 3600
# The counter as the page's template prints it; a page without exactly one is never cached.
VISITS = re.compile(rb'<span class="visits">[\d,]+</span>')
MARK = b'<span class="visits">\x00</span>'


def _count_visit(pk: int):
    """Add one visit to a published disclosure and return (visits, version, created, newer pk), or
    None when there is no such published disclosure. One statement: UPDATE … RETURNING."""
    q = connection.ops.quote_name
    meta = Disclosure._meta
    table, replaces = q(meta.db_table), q(meta.get_field("replaces").column)
    published = Disclosure.State.PUBLISHED
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET visits = visits + 1 WHERE id = %s AND state = %s "
            f"RETURNING visits, version, created, "
            f"(SELECT n.id FROM {table} n WHERE n.{replaces} = %s AND n.state = %s)",
            [pk, published, pk, published],
        )
        return cursor.fetchone()


def _key(request, pk: int, version, created, newer) -> str:
    """What the page depends on: the disclosure's version and correction, and the reader's address
    (the QR code and canonical link), display mode and language."""
    parts = (pk, version, str(created).replace(" ", "T"), newer or 0, request.scheme, request.get_host(),
             mode_of(request) or "-", get_language_from_request(request))
    return "luoshi:page:" + ":".join(str(p) for p in parts)


def _per_reader(request, response) -> bool:
    session = getattr(request, "session", None)
    return bool(
        response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or (session is not None and session.accessed)
        or response.has_header("Vary")
    )


def cached_page(view):
    """Serve `view(request, pk)` — a disclosure page whose HEAD does not count a visit — from the cache."""

    @wraps(view)
    def wrapper(request, pk: int, *args, **kwargs):
        if request.method != "GET" or request.META.get("QUERY_STRING"):
            return view(request, pk, *args, **kwargs)
        # CachedPageMiddleware may have counted this visit already (and missed the cache).
        row = getattr(request, "luoshi_counted_visit", None) or _count_visit(pk)
        if row is None:
            raise Http404("no such published disclosure")
        visits, version, created, newer = row
        key = _key(request, pk, version, created, newer)
        body = cache.get(key)
        if body is None:
            request.method = "HEAD"  # the count is made: the view must not make it again
            try:
                response = view(request, pk, *args, **kwargs)
            finally:
                request.method = "GET"
            if (response.status_code != 200 or getattr(response, "streaming", False)
                    or len(VISITS.findall(response.content)) != 1 or _per_reader(request, response)):
                return response
            cache.set(key, VISITS.sub(MARK, response.content), CACHE_SECONDS)
            return response
        return _with_count(body, visits)

    return wrapper


def _with_count(body: bytes, visits: int) -> HttpResponse:
    counted = body.replace(MARK, b'<span class="visits">%d</span>' % visits, 1)
    response = HttpResponse(counted, content_type="text/html; charset=utf-8")
    # What CommonMiddleware would add: clients keep the connection open only with it.
    response["Content-Length"] = str(len(counted))
    return response


PAGE_PATH = re.compile(r"^/disclosures/(\d+)/$")


class CachedPageMiddleware:
    """Serve a cached disclosure page before sessions, CSRF, authentication and the rest: a hit
    costs the counting statement and one cache read, as close to a static file as a counted page
    can be. A miss goes on to the view (through `cached_page`), which fills the cache; the visit
    counted here is handed on so that it is counted once."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = PAGE_PATH.match(request.path_info)
        if match is None or request.method != "GET" or request.META.get("QUERY_STRING"):
            return self.get_response(request)
        pk = int(match.group(1))
        row = _count_visit(pk)
        if row is None:
            return self.get_response(request)  # the view answers 404 as it always does
        body = cache.get(_key(request, pk, *row[1:]))
        if body is None:
            request.luoshi_counted_visit = row
            return self.get_response(request)
        return _with_count(body, row[0])

