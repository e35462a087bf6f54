"""Downloads of a published disclosure (`/disclosures/<pk>/download.<ext>`), cached.

A published disclosure is frozen, so a rendered download never changes until a correction
supersedes it (and the old version's documents then print the newer version's notice). The cache
key therefore names the disclosure, its version, its creation time (so a reused primary key never
meets another row's bytes) and the pk of the version that replaces it, if any: a correction
changes the key, which invalidates the old entry in every process, whichever cache backend is set.
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from luoshi.portal.published import get_public_plan
from luoshi.portal.views import _get_disclosure
from luoshi.publish import exports
from luoshi.publish.exports import dump
from luoshi.publish.models import Disclosure
from luoshi.publish.serialize import disclosure_dict

# Entries change key on correction, so they could live forever; a day bounds a file cache's growth.
CACHE_SECONDS = 24 * 3600


def newer_version(d: Disclosure) -> Disclosure | None:
    """The published correction of `d`, if any."""
    return Disclosure.public_objects.filter(replaces=d).only("pk", "title", "version", "index_no").first()


def cache_key(d: Disclosure, part: str, newer: Disclosure | None) -> str:
    stamp = d.created.timestamp() if d.created else 0
    return f"luoshi:disclosure:{d.pk}:v{d.version}:{stamp:.6f}:{newer.pk if newer else 0}:{part}"


def render_export(d: Disclosure, extension: str) -> exports.Export:
    """The download of `d` in `extension`, from the cache or rendered and cached."""
    newer = newer_version(d)
    key = cache_key(d, extension, newer)
    hit = cache.get(key)
    if hit is not None:
        return hit
    data = disclosure_dict(d)
    result = exports.export(data, extension, exports.notices(data, newer))
    cache.set(key, result, CACHE_SECONDS)
    return result


@require_safe
def download(request, pk: int, ext: str):
    if exports.get_exporter(ext) is None:
        raise Http404(f"no download format .{ext}")
    result = render_export(_get_disclosure(pk), ext)
    response = HttpResponse(result.content, content_type=result.content_type)
    # RFC 6266/5987: filename*=utf-8''… carries the Chinese title to every current browser.
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=result.filename)
    response["Content-Length"] = str(len(result.content))
    return response


DUMP_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


@require_safe
def plan_dump(request, pk: int, ext: str):
    if ext not in DUMP_TYPES:
        raise Http404(f"no dump format .{ext}")
    plan, disclosures = get_public_plan(pk)
    if ext == "csv":
        content = dump.plan_dump_csv(plan, disclosures)
    else:
        content = dump.plan_dump_json(dump.plan_dump(plan, disclosures))
    response = HttpResponse(content, content_type=DUMP_TYPES[ext])
    name = f"{plan.organization.name}{plan.year}年重点任务执行情况.{ext}"
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=name)
    return response
