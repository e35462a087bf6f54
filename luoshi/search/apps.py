from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "luoshi.search"
    label = "search"
    verbose_name = "全文检索"

    def ready(self):
        from luoshi.search import signals  # noqa: F401  (connects the publish hook)
