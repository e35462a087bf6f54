"""RSS 2.0 and Atom feeds of newly published disclosures, for readers, portals and aggregators."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from luoshi.publish.models import Disclosure

ITEMS = 50


class LatestDisclosuresFeed(Feed):
    description = "政府工作报告重点任务执行情况:最新发布的公开信息"

    def get_object(self, request):
        """`?org=闻堰街道`: one organization's disclosures only, for readers who follow their street."""
        return request.GET.get("org", "").strip()

    def title(self, org):
        return f"{settings.SITE_NAME} · {org + ' · ' if org else ''}最新公开信息"

    def link(self, org):
        url = reverse("portal:disclosures")
        return f"{url}?{urlencode({'org': org})}" if org else url

    def items(self, org):
        qs = Disclosure.public_objects.select_related("organization", "plan", "period")
        if org:
            qs = qs.filter(organization__name=org)
        return qs[:ITEMS]

    def item_title(self, d):
        return d.title

    def item_description(self, d):
        parts = [d.publisher, f"{d.plan.year}年{d.period.label}", f"索引号 {d.index_no or '—'}"]
        if d.version > 1:
            parts.append(f"更正版本(第{d.version}版)")
        return " · ".join(parts)

    def item_pubdate(self, d):
        return d.published_at

    def item_author_name(self, d):
        return d.publisher

    def item_categories(self, d):
        return [d.topic] if d.topic else []


class LatestDisclosuresAtomFeed(LatestDisclosuresFeed):
    feed_type = Atom1Feed
    subtitle = LatestDisclosuresFeed.description
