from django.urls import path

from luoshi.office import views

app_name = "office"
urlpatterns = [
    path("", views.home, name="home"),
    path("o/<int:pk>/", views.org, name="org"),
    path("o/<int:org_pk>/plans/new/", views.plan_create, name="plan_create"),
    path("o/<int:org_pk>/units/", views.units, name="units"),
    path("o/<int:org_pk>/import/", views.import_file, name="import"),
    path("o/<int:org_pk>/import/confirm/", views.import_confirm, name="import_confirm"),
    path("o/<int:org_pk>/review/", views.queue, name="queue"),
    path("o/<int:org_pk>/disclosures/", views.disclosures, name="disclosures"),
    path("plans/<int:pk>/", views.plan, name="plan"),
    path("plans/<int:pk>/edit/", views.plan_edit, name="plan_edit"),
    path("plans/<int:pk>/categories/new/", views.category_create, name="category_create"),
    path("plans/<int:pk>/tasks/new/", views.task_create, name="task_create"),
    path("plans/<int:pk>/periods/new/", views.period_create, name="period_create"),
    path("tasks/<int:pk>/", views.task, name="task"),
    path("tasks/<int:pk>/edit/", views.task_edit, name="task_edit"),
    path("periods/<int:pk>/", views.period, name="period"),
    path("periods/<int:pk>/mine/", views.my_tasks, name="my_tasks"),
    path("periods/<int:pk>/assemble/", views.period_assemble, name="period_assemble"),
    path("periods/<int:period_pk>/tasks/<int:task_pk>/", views.entry, name="entry"),
    path("periods/<int:period_pk>/tasks/<int:task_pk>/reading/", views.entry_reading, name="entry_reading"),
    path("progress/<int:pk>/", views.progress, name="progress"),
    path("progress/<int:pk>/approve/", views.progress_approve, name="progress_approve"),
    path("progress/<int:pk>/return/", views.progress_return, name="progress_return"),
    path("readings/<int:pk>/override/", views.reading_override, name="reading_override"),
    path("revisions/<int:pk>/", views.revision, name="revision"),
    path("revisions/<int:pk>/restore/", views.revision_restore, name="revision_restore"),
    path("disclosures/<int:pk>/", views.disclosure, name="disclosure"),
    path("disclosures/<int:pk>/preview/", views.disclosure_preview, name="disclosure_preview"),
    path("disclosures/<int:pk>/publish/", views.disclosure_publish, name="disclosure_publish"),
]
