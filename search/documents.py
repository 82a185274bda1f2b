"""What the search index holds: an entry per searchable thing, described by its own app.

Pages, material and topics describe themselves (`search_document()`, see
home.search_document); Wagtail documents are described here, since Wagtail owns that model. The
facets shown on the search page are fixed here, with their Dutch labels.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.models import Page

from home.facets import clean_text
from home.search_document import SearchDocument

# (name, label): the facets a visitor filters by, in the order the search page shows them.
FACETS = [
    ("type", _("Soort")),
    ("uitbuitingsvorm", _("Vorm van uitbuiting")),
    ("thema", _("Thema")),
    ("doelgroep", _("Doelgroep")),
    ("taal", _("Taal")),
    ("jaar", _("Jaar")),
]
FACET_NAMES = [name for name, _label in FACETS]
DEFAULT_LANGUAGE = ("nl", "Nederlands")


@dataclass
class Entry:
    """A search document as the index stores it: with its key, visibility and facets settled."""

    key: str
    type: str
    title: str
    text: str
    url: str
    date: datetime.date | None = None
    language: str = "nl"
    page_path: str = ""
    collection_id: int | None = None
    facets: dict[str, list[str]] = field(default_factory=dict)


def key_for(obj: Model) -> str:
    # Every page is "page:<pk>", whether it comes in as a Page or as its specific class.
    if isinstance(obj, Page):
        return f"page:{obj.pk}"
    return f"{obj._meta.label_lower}:{obj.pk}"


def object_for(key: str) -> Model | None:
    """The object behind a key, or None when it is gone."""
    label, _sep, pk = key.rpartition(":")
    model = Page if label == "page" else apps.get_model(label)
    found = model._default_manager.filter(pk=pk).first()
    return found.specific if isinstance(found, Page) else found


def is_searchable_model(model: type[Model]) -> bool:
    """Whether changes to `model` change the index (its own entries or its owner's)."""
    return (
        hasattr(model, "search_document")
        or hasattr(model, "search_owner")
        or issubclass(model, get_document_model())
    )


def describe(obj: Model) -> Entry | None:
    """The entry for `obj`, or None when it may not be found (a draft, a hidden topic)."""
    if isinstance(obj, Page):
        # What the database holds is what visitors see; an instance in memory may carry a draft
        # (and caches the site's root paths, which must not go stale on the caller's object).
        obj = Page.objects.filter(pk=obj.pk).specific().first()
        if obj is None or not obj.live:
            return None
    if isinstance(obj, get_document_model()):
        return _document_entry(obj)
    if not hasattr(obj, "search_document"):
        return None
    if getattr(obj, "live", True) is False:  # material and other drafts
        return None
    document = obj.search_document()
    if document is None or not document.url:
        return None
    return _entry(key_for(obj), document)


def _entry(key: str, document: SearchDocument) -> Entry:
    facets = {name: list(dict.fromkeys(document.facets.get(name, []))) for name in FACET_NAMES}
    facets["type"] = [document.type]
    if document.date and not facets["jaar"]:
        facets["jaar"] = [str(document.date.year)]
    if not facets["taal"] and document.language == DEFAULT_LANGUAGE[0]:
        facets["taal"] = [DEFAULT_LANGUAGE[1]]
    return Entry(
        key=key,
        type=document.type,
        # Without control characters: the backends mark matches with two of them.
        title=clean_text(document.title),
        text=clean_text(document.text),
        url=document.url,
        date=document.date,
        language=document.language,
        page_path=document.page_path,
        collection_id=document.collection_id,
        facets={name: values for name, values in facets.items() if values},
    )


def presented_documents(obj: Model) -> list:
    """The documents `obj` links to directly (material's file): its own entry presents them."""
    document_model = get_document_model()
    return [
        getattr(obj, link.name)
        for link in obj._meta.concrete_fields
        if link.is_relation and link.related_model is document_model and getattr(obj, link.attname)
    ]


def presenters_of(document) -> list[Model]:
    """The searchable objects (not pages) that present this document: material with this file."""
    found = []
    for model in apps.get_models():
        if not hasattr(model, "search_document") or issubclass(model, Page):
            continue
        for link in model._meta.concrete_fields:
            if link.is_relation and link.related_model is type(document):
                found += model._default_manager.filter(**{link.name: document})
    return found


def _presented_elsewhere(document) -> bool:
    """Whether a live searchable object presents this document, so that it needs no entry of its
    own (one result for a poster, not two). Documents attached to pages keep their own entry."""
    return any(getattr(presenter, "live", True) for presenter in presenters_of(document))


def _document_entry(document) -> Entry | None:
    if _presented_elsewhere(document):
        return None
    described = SearchDocument(
        title=document.title,
        text=" ".join(tag.name for tag in document.tags.all()),
        url=document.url,
        type=str(_("Document")),
        date=document.created_at.date(),
        collection_id=document.collection_id,
    )
    return _entry(key_for(document), described)


def all_searchable_objects():
    """Every object that may have an entry, for a full rebuild."""
    yield from Page.objects.live().specific().iterator()
    for model in apps.get_models():
        if is_searchable_model(model) and not hasattr(model, "search_owner") and not issubclass(model, Page):
            yield from model._default_manager.all().iterator()
