"""RSS 2.0 and Atom feeds of newly published disclosures, for readers, portals and aggregators."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from luoshi.publish.models import Disclosure

ITEMS = 50


class LatestDisclosuresFeed(Feed):
    description = "政府工作报告重点任务执行情况:最新发布的公开信息"

    def title(self):
        return f"{settings.SITE_NAME} · 最新公开信息"

    def link(self):
        return reverse("portal:disclosures")

    def items(self):
        return Disclosure.public_objects.select_related("organization", "plan", "period")[:ITEMS]

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
