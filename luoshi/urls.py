from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "落实 · 系统管理"
admin.site.site_title = "落实"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("luoshi.portal.urls")),
]
