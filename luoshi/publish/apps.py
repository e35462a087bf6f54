from django.apps import AppConfig


class PublishConfig(AppConfig):
    name = "luoshi.publish"
    label = "publish"
    verbose_name = "公开信息"
