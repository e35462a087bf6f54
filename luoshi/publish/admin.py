from django.contrib import admin

from luoshi.publish.models import Disclosure


@admin.register(Disclosure)
class DisclosureAdmin(admin.ModelAdmin):
    list_display = ["title", "index_no", "organization", "state", "published_at", "visits", "version"]
    list_filter = ["state", "organization"]
    search_fields = ["title", "index_no"]
    # The published table is frozen: data repair happens by a correction, not here.
    readonly_fields = ["table", "digest", "visits"]
