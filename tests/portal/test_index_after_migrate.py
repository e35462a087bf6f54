"""A database whose disclosures were published before the search app came gets its index on
`migrate`; an index already filled is left as it is."""

from django.core.management import call_command

from luoshi.search.models import SearchEntry


def test_migrate_fills_an_empty_index_once(liutang):
    SearchEntry.objects.all().delete()
    call_command("migrate", verbosity=0)
    assert SearchEntry.objects.count() == 12
    first = set(SearchEntry.objects.values_list("pk", flat=True))
    call_command("migrate", verbosity=0)
    assert set(SearchEntry.objects.values_list("pk", flat=True)) == first
