"""`luoshi reindex`: rebuild the search entries from the published disclosures."""

from django.core.management.base import BaseCommand

from luoshi.search.index import reindex_all


class Command(BaseCommand):
    help = (
        "Rebuild the search index from every published disclosure (current versions only; a "
        "corrected version gives way to its correction). Drafts are never indexed. Deletes and "
        "rebuilds in one transaction, so running it twice gives the same index."
    )

    def handle(self, **options):
        disclosures, rows = reindex_all()
        self.stdout.write(f"indexed {rows} rows of {disclosures} published disclosures")
