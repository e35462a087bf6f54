"""Index a disclosure whenever it is saved: publishing fills the index, unpublishing empties it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from luoshi.publish.models import Disclosure


@receiver(post_save, sender=Disclosure, dispatch_uid="luoshi.search.index_disclosure")
def index_on_save(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata: the entries come from the fixture, or from `luoshi reindex`
        return
    from luoshi.search.index import index_disclosure

    index_disclosure(instance)


def fill_empty_index(sender, using="default", **kwargs):
    """After `migrate`: a database that had published disclosures before the search app came
    gets its index once (later publications index themselves; `luoshi reindex` rebuilds)."""
    from luoshi.search.index import reindex_all
    from luoshi.search.models import SearchEntry

    if not SearchEntry.objects.using(using).exists() and Disclosure.public_objects.using(using).exists():
        reindex_all()
