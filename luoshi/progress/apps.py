from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "luoshi.progress"
    label = "progress"
    verbose_name = "进展与研判"
