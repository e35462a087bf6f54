from django.urls import path
from django.views.generic import RedirectView

from luoshi.portal import downloads, views

app_name = "portal"
urlpatterns = [
    path("", RedirectView.as_view(pattern_name="portal:disclosures", permanent=False), name="home"),
    path("disclosures/", views.disclosure_list, name="disclosures"),
    path("disclosures/<int:pk>/", views.disclosure_detail, name="disclosure"),
    path("disclosures/<int:pk>/qr.svg", views.disclosure_qr, name="disclosure_qr"),
    path("disclosures/<int:pk>/download.<str:ext>", downloads.download, name="download"),
    path("plans/<int:pk>/dump.<str:ext>", downloads.plan_dump, name="plan_dump"),
]
