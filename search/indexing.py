"""Keeping the search index in step with the content: the database always, Elasticsearch too.

The database index is written in the same transaction as the change, so it is never behind and
can always take over. Elasticsearch is written after the commit; when it is down, the change is
logged and `manage.py rebuild_search_index` puts it right later.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import Model

from wagtail.documents import get_document_model

from search.backends import BackendUnavailable
from search.documents import (
    Entry,
    all_searchable_objects,
    describe,
    key_for,
    object_for,
    presented_documents,
    presenters_of,
)
from search.models import FacetValue, SearchEntry
from search.service import elasticsearch

logger = logging.getLogger(__name__)


def update(obj: Model, follow: bool = True) -> None:
    """Index `obj` (or the object whose document holds it), or drop it if it may not be found.
    With `follow`, also what depends on it: a material and its file describe each other."""
    owner = obj.search_owner() if hasattr(obj, "search_owner") else obj
    entry = describe(owner)
    if entry is None:
        remove_keys([key_for(owner)])
    else:
        _save(entry)
        _after_commit(lambda backend: backend.index([entry]))
    if follow:
        _update_related(owner)


def _update_related(obj: Model) -> None:
    # A file presented by live material has no entry of its own; the material's entry carries
    # the file's collection, whose restrictions it shares.
    related = presenters_of(obj) if isinstance(obj, get_document_model()) else presented_documents(obj)
    for other in related:
        update(other, follow=False)


def remove(obj: Model) -> None:
    if hasattr(obj, "search_owner"):
        update(obj)  # a deleted post changes its topic's text
    else:
        remove_keys([key_for(obj)])
        _update_related(obj)


def remove_keys(keys: list[str]) -> None:
    SearchEntry.objects.filter(key__in=keys).delete()
    _after_commit(lambda backend: backend.delete(keys))


def refresh_under(page_path: str) -> None:
    """Describe again everything shown within a page's subtree (after a move or a new slug:
    addresses and tree paths have changed)."""
    for key in SearchEntry.objects.filter(page_path__startswith=page_path).values_list("key", flat=True):
        obj = object_for(key)
        if obj is None:
            remove_keys([key])
        else:
            update(obj)


def rebuild() -> int:
    """Index everything again, from scratch; returns the number of entries."""
    entries = [entry for obj in all_searchable_objects() if (entry := describe(obj))]
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for entry in entries:
            _save(entry)
    backend = elasticsearch()
    if backend is not None:
        backend.rebuild(entries)
    return len(entries)


def _save(entry: Entry) -> None:
    fields = {
        "type": entry.type,
        "title": entry.title[:255],
        "text": entry.text,
        "url": entry.url[:500],
        "date": entry.date,
        "language": entry.language,
        "page_path": entry.page_path,
        "collection_id": entry.collection_id,
    }
    with transaction.atomic():
        stored, _created = SearchEntry.objects.update_or_create(key=entry.key, defaults=fields)
        stored.facet_values.all().delete()
        FacetValue.objects.bulk_create(
            FacetValue(entry=stored, facet=name, value=value[:255])
            for name, values in entry.facets.items()
            for value in values
        )


def _after_commit(write) -> None:
    backend = elasticsearch()
    if backend is None:
        return

    def run():
        try:
            write(backend)
        except BackendUnavailable:
            logger.warning("Elasticsearch is niet bijgewerkt; draai later rebuild_search_index.")

    transaction.on_commit(run)
