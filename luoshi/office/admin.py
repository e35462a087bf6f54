from django.contrib import admin

from luoshi.office.models import Membership, ProgressRevision, Reminder


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organization", "role", "unit"]
    list_filter = ["role", "organization"]
    search_fields = ["user__username", "organization__name", "unit__name"]
    autocomplete_fields = []


@admin.register(ProgressRevision)
class ProgressRevisionAdmin(admin.ModelAdmin):
    list_display = ["progress", "user", "note", "created"]
    readonly_fields = ["progress", "text", "user", "note", "created"]


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ["period", "unit", "kind", "recipients", "webhook_status", "created"]
    list_filter = ["kind"]
