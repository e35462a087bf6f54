"""sitemap.xml: every published disclosure (immutable, so never re-crawled) and the list page."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from luoshi.publish.models import Disclosure


class DisclosureSitemap(Sitemap):
    changefreq = "never"  # a correction is a new page, never an edit of this one
    limit = 5000

    def items(self):
        return Disclosure.public_objects.only("pk", "published_at").order_by("pk")

    def lastmod(self, d):
        return d.published_at


class PortalSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["portal:disclosures"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"disclosures": DisclosureSitemap, "portal": PortalSitemap}
