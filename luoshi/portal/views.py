"""Public pages: read only, through public managers."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from luoshi.plans.models import Organization
from luoshi.portal.pages import gov_meta
from luoshi.portal.qr import qr_svg
from luoshi.publish.assemble import summary
from luoshi.publish.models import Disclosure
from luoshi.publish.serialize import disclosure_dict, table_layout


def _get_disclosure(pk: int) -> Disclosure:
    """A published disclosure, or 404 (drafts are never public)."""
    try:
        return Disclosure.public_objects.select_related("organization", "plan", "period").get(pk=pk)
    except Disclosure.DoesNotExist:
        raise Http404("no such published disclosure") from None


def _page_url(request, d: Disclosure) -> str:
    path = d.get_absolute_url()
    return settings.SITE_URL + path if settings.SITE_URL else request.build_absolute_uri(path)


@require_safe
def disclosure_list(request):
    qs = Disclosure.public_objects.select_related("organization", "period", "plan")
    org = request.GET.get("org", "")
    year = request.GET.get("year", "")
    if org:
        qs = qs.filter(organization__name=org)
    if year.isdigit():
        qs = qs.filter(plan__year=int(year))
    page = Paginator(qs, 20).get_page(request.GET.get("page"))
    return render(
        request,
        "portal/disclosure_list.html",
        {
            "page": page,
            "organizations": Organization.objects.filter(disclosures__state=Disclosure.State.PUBLISHED).distinct(),
            "org": org,
            "year": year,
            "query": urlencode({k: v for k, v in (("org", org), ("year", year)) if v}),
        },
    )


@require_safe
def disclosure_detail(request, pk: int):
    d = _get_disclosure(pk)
    visits = d.count_visit() if request.method == "GET" else d.visits
    data = disclosure_dict(d)
    url = _page_url(request, d)
    return render(
        request,
        "portal/disclosure.html",
        {
            "d": d,
            "data": data,
            "rows": table_layout(data),
            "summary": summary(data),
            "gov_meta": gov_meta(d.title, d),
            "visits": visits,
            "page_url": url,
            "qr": qr_svg(url),
            "share": {
                "weibo": "https://service.weibo.com/share/share.php?" + urlencode({"url": url, "title": d.title}),
                "qzone": "https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?"
                + urlencode({"url": url, "title": d.title}),
            },
            "newer": Disclosure.public_objects.filter(replaces=d).first(),
        },
    )


@require_safe
def disclosure_qr(request, pk: int):
    d = _get_disclosure(pk)
    svg = qr_svg(_page_url(request, d))
    return HttpResponse('<?xml version="1.0" encoding="utf-8"?>\n' + svg, content_type="image/svg+xml")
