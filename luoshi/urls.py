from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
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
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="django.contrib.sitemaps.views.sitemap"),
]
