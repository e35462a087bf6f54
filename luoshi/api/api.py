"""The public JSON API (django-ninja, OpenAPI at /api/openapi.json): the same dicts as the pages.

Read only, published disclosures only; the back office has its own views.
"""

from django.http import Http404
from ninja import NinjaAPI, Schema

from luoshi.publish.assemble import summary
from luoshi.publish.models import Disclosure
from luoshi.publish.serialize import disclosure_dict

api = NinjaAPI(
    title="Luoshi 落实 API",
    version="1",
    description="政府工作报告重点任务执行情况公开信息 (published disclosures, read only)",
    urls_namespace="api",
    docs_url=None,  # the interactive docs load scripts the CSP and the no-CDN rule forbid
)


class DisclosureItem(Schema):
    id: int
    title: str
    index_no: str | None
    organization: str
    year: int
    period: str
    published_at: str | None
    url: str


@api.get("/disclosures", response=list[DisclosureItem], summary="Published disclosures, newest first")
def list_disclosures(request, org: str = "", year: int | None = None, limit: int = 50, offset: int = 0):
    qs = Disclosure.public_objects.select_related("organization", "plan", "period")
    if org:
        qs = qs.filter(organization__name=org)
    if year is not None:
        qs = qs.filter(plan__year=year)
    limit = max(1, min(limit, 200))
    return [
        {
            "id": d.pk,
            "title": d.title,
            "index_no": d.index_no,
            "organization": d.organization.name,
            "year": d.plan.year,
            "period": d.period.label,
            "published_at": d.published_at.isoformat() if d.published_at else None,
            "url": d.get_absolute_url(),
        }
        for d in qs[offset : offset + limit]
    ]


@api.get("/disclosures/{pk}", summary="One published disclosure: metadata, rows, targets and readings")
def get_disclosure(request, pk: int):
    try:
        d = Disclosure.public_objects.select_related("organization", "plan", "period").get(pk=pk)
    except Disclosure.DoesNotExist:
        raise Http404("no such published disclosure") from None
    data = disclosure_dict(d)
    return {**data, "summary": summary(data)}
