"""Connect the index to the content: publishing, unpublishing, deleting, moving and renaming.

While a seed has paused indexing (home.indexing) nothing is indexed on save; the seed asks for
one rebuild at the end instead.
"""

import functools

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, pre_page_move

from home.indexing import is_paused, rebuild_requested
from search import indexing
from search.documents import is_searchable_model


def _unless_paused(receiver):
    @functools.wraps(receiver)
    def receive(*args, **kwargs):
        if not is_paused():
            receiver(*args, **kwargs)

    return receive


@_unless_paused
def _page_changed(sender, instance, **kwargs):
    indexing.update(instance)


@_unless_paused
def _saved(sender, instance, created=False, raw=False, **kwargs):
    if raw:  # loading fixtures
        return
    if isinstance(instance, Page):
        # A page is indexed when it is published, not on every save: saving a draft of a live
        # page leaves the draft in memory. Only a page created live (in code) is indexed here.
        if created and instance.live:
            indexing.update(instance)
    elif is_searchable_model(sender):
        indexing.update(instance)


@_unless_paused
def _deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or is_searchable_model(sender):
        indexing.remove(instance)


# Tree path of a page while it moves (the move signals carry two different instances).
_paths_before_move: dict[int, str] = {}


@_unless_paused
def _before_move(sender, instance, **kwargs):
    _paths_before_move[instance.pk] = Page.objects.values_list("path", flat=True).get(pk=instance.pk)


@_unless_paused
def _moved(sender, instance, **kwargs):
    indexing.refresh_under(_paths_before_move.pop(instance.pk, instance.path))


@_unless_paused
def _renamed(sender, instance, **kwargs):
    indexing.refresh_under(instance.path)  # the addresses below it changed


def _rebuild(sender, **kwargs):
    indexing.rebuild()


def connect():
    page_published.connect(_page_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_changed, dispatch_uid="search_page_unpublished")
    post_save.connect(_saved, dispatch_uid="search_saved")
    post_delete.connect(_deleted, dispatch_uid="search_deleted")
    pre_page_move.connect(_before_move, dispatch_uid="search_before_move")
    post_page_move.connect(_moved, dispatch_uid="search_moved")
    page_slug_changed.connect(_renamed, dispatch_uid="search_renamed")
    rebuild_requested.connect(_rebuild, dispatch_uid="search_rebuild")
