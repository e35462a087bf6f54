from django.contrib import admin

from luoshi.progress.models import Period, Progress, ProgressEvent, Reading


@admin.register(Period)
class PeriodAdmin(admin.ModelAdmin):
    list_display = ["plan", "label", "start", "end", "due"]
    list_filter = ["kind"]


class ProgressEventInline(admin.TabularInline):
    model = ProgressEvent
    extra = 0
    readonly_fields = ["state", "action", "comment", "text", "user", "created"]


@admin.register(Progress)
class ProgressAdmin(admin.ModelAdmin):
    list_display = ["task", "period", "state", "updated"]
    list_filter = ["state", "period"]
    inlines = [ProgressEventInline]


@admin.register(Reading)
class ReadingAdmin(admin.ModelAdmin):
    list_display = ["target", "period", "status", "achieved", "overdue"]
    list_filter = ["status"]
