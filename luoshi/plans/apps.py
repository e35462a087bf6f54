from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "luoshi.plans"
    label = "plans"
    verbose_name = "年度重点任务"
