from django.contrib import admin

from luoshi.plans.models import Category, Organization, Plan, Target, Task, TaskLink, Unit


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "full_name", "code", "parent"]
    search_fields = ["name", "full_name", "code"]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "organization"]
    list_filter = ["organization"]
    search_fields = ["name"]


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["organization", "year", "title"]
    list_filter = ["year"]


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "plan", "position"]
    list_filter = ["plan"]


class TargetInline(admin.TabularInline):
    model = Target
    extra = 0


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ["number", "plan", "category", "content"]
    list_filter = ["plan"]
    search_fields = ["content", "number"]
    filter_horizontal = ["units"]
    inlines = [TargetInline]


@admin.register(TaskLink)
class TaskLinkAdmin(admin.ModelAdmin):
    list_display = ["task", "period", "printed_number", "confidence", "state"]
    list_filter = ["state"]
