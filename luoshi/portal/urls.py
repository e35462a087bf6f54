from django.urls import path
from django.views.generic import RedirectView

from luoshi.portal import downloads, pagecache, views
from luoshi.portal import dashboards, display, pages

app_name = "portal"
urlpatterns = [
    path("", RedirectView.as_view(pattern_name="portal:disclosures", permanent=False), name="home"),
    path("disclosures/", views.disclosure_list, name="disclosures"),
    # Served from the cache with its visit count exact on every GET (pagecache.py).
    path("disclosures/<int:pk>/", pagecache.cached_page(views.disclosure_detail), name="disclosure"),
    path("disclosures/<int:pk>/qr.svg", views.disclosure_qr, name="disclosure_qr"),
    path("disclosures/<int:pk>/download.<str:ext>", downloads.download, name="download"),
    path("plans/<int:pk>/dump.<str:ext>", downloads.plan_dump, name="plan_dump"),
    # Organizations, plans, tasks across periods, categories, units, search, dashboards (issue 6).
    path("orgs/", pages.org_list, name="orgs"),
    path("orgs/<int:pk>/", pages.org_detail, name="org"),
    path("plans/<int:pk>/", pages.plan_detail, name="plan"),
    path("plans/<int:pk>/dashboard/", dashboards.plan_dashboard, name="dashboard"),
    path("tasks/<int:pk>/", pages.task_detail, name="task"),
    path("categories/<int:pk>/", pages.category_detail, name="category"),
    path("units/<int:pk>/", pages.unit_detail, name="unit"),
    path("search", pages.search_page, name="search"),
    path("display/", display.set_display, name="display"),
]
