from django.apps import AppConfig


class OfficeConfig(AppConfig):
    name = "luoshi.office"
    label = "office"
    verbose_name = "工作台"
