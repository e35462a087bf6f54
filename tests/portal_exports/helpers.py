"""Helpers of the download tests: publish a correction, fetch a download."""

from luoshi.publish.models import Disclosure

FORMATS = ["docx", "xlsx", "pdf", "csv", "json", "html"]


def correct(old: Disclosure, **changes) -> Disclosure:
    """Publish version 2 of `old`, as the office's correction does: a new row that replaces it."""
    table = {**old.table, **changes.pop("table", {})}
    return Disclosure.private_objects.create(
        organization=old.organization, plan=old.plan, period=old.period, state=Disclosure.State.PUBLISHED,
        title=old.title, publisher=old.publisher, topic=old.topic, source=old.source,
        written_date=old.written_date, published_at=old.published_at, table=table,
        index_no=(old.index_no or "X") + "-2", version=old.version + 1, replaces=old,
        change_note=changes.pop("change_note", "更正第1项完成情况"),
    )


def download(client, d, ext):
    return client.get(f"/disclosures/{d.pk}/download.{ext}")
