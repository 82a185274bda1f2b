"""Pausing the indexes while many things are saved at once, as the seed commands do.

Every save of a page, document, image or material normally updates three indexes, one object at
a time: the site's own search (the `search` app, through its signals), Wagtail's search index
behind the admin's search boxes, and Wagtail's reference index (the admin's "usage" counts). A
seed saves hundreds of things, and indexing each on save took nearly half of its time. Within
`indexing_paused()` none of them is touched; when the outermost block ends, `rebuild_requested`
is sent (the `search` app rebuilds its index; `home` does not know it) and Wagtail's two indexes
are rebuilt once, in bulk.

The pause holds for the whole process, not one thread: use it in commands, never in a request.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from django.core.management import call_command
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal

from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import (
    post_delete_signal_handler,
    post_save_signal_handler,
    register_signal_handlers,
)
from wagtail.signal_handlers import disable_reference_index_auto_update

# Sent when the outermost pause ends: index everything again, from the database.
rebuild_requested = Signal()

_depth = 0


def is_paused() -> bool:
    return _depth > 0


@contextlib.contextmanager
def indexing_paused() -> Iterator[None]:
    """Save without indexing; index everything once when the outermost block ends without error.

    Also a decorator. On an error nothing is rebuilt: the caller's transaction is rolled back.
    """
    global _depth
    if _depth:
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
        return

    _depth = 1
    try:
        with _wagtail_search_paused(), disable_reference_index_auto_update():
            yield
            rebuild_requested.send(sender=None)
            call_command("update_index", verbosity=0)
        # Outside the block above: the command leaves Wagtail's switch for its own use.
        call_command("rebuild_references_index", verbosity=0)
    finally:
        _depth = 0


@contextlib.contextmanager
def _wagtail_search_paused() -> Iterator[None]:
    models = list(get_indexed_models())
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    try:
        yield
    finally:
        register_signal_handlers()
