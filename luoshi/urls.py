from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path

from luoshi.portal.feeds import LatestDisclosuresAtomFeed, LatestDisclosuresFeed
from luoshi.portal.sitemaps import SITEMAPS

admin.site.site_header = "落实 · 系统管理"
admin.site.site_title = "落实"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("luoshi.api.urls")),
    path("accounts/", include("luoshi.office.accounts")),
    path("office/", include("luoshi.office.urls")),
    path("", include("luoshi.portal.urls")),
    path("feeds/disclosures.rss", LatestDisclosuresFeed(), name="feed_rss"),
    path("feeds/disclosures.atom", LatestDisclosuresAtomFeed(), name="feed_atom"),
    # An index of sections, each paginated: a province's ten years of disclosures exceed one file's 50,000 URLs.
    path("sitemap.xml", sitemaps.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap"}, name="sitemap_index"),
    path("sitemap-<section>.xml", sitemaps.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]
