from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "luoshi.search"
    label = "search"
    verbose_name = "全文检索"

    def ready(self):
        from django.db.models.signals import post_migrate

        from luoshi.search import signals  # connects the publish hook

        post_migrate.connect(signals.fill_empty_index, sender=self, dispatch_uid="luoshi.search.fill_empty_index")
