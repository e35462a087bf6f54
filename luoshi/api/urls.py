from django.urls import path

from luoshi.api.api import api

urlpatterns = [path("", api.urls)]
