"""The one visibility gate: which pages and documents may this user see?

Wagtail's page view restrictions and collection view restrictions are the source of truth. Every
listing, feed, related-items block, search result and export asks these functions; nothing shown
to a visitor relies on `.live()` alone. Shared-password restrictions never pass in a listing:
a password opens one page for one session, not the lists that point to it.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet

from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)

# Restrictions looked up once per request (RequestMemoMiddleware sets a fresh memo for each one);
# outside a request every call reads the database, so nothing can go stale between requests.
_request_memo: ContextVar[dict | None] = ContextVar("visibility_request_memo", default=None)


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_memo.set({})
        try:
            return self.get_response(request)
        finally:
            _request_memo.reset(token)


def _memo(key: tuple, compute: Callable[[], list]) -> list:
    memo = _request_memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _group_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    # Cached on the user object: a request asks more than once.
    if not hasattr(user, "_visibility_group_ids"):
        user._visibility_group_ids = set(user.groups.values_list("pk", flat=True))
    return user._visibility_group_ids


def passes(restriction: BaseViewRestriction, user) -> bool:
    """Whether `user` passes `restriction`, by Wagtail's rules (superusers pass group checks)."""
    kind = restriction.restriction_type
    if kind == BaseViewRestriction.NONE:
        return True
    if kind == BaseViewRestriction.LOGIN:
        return user.is_authenticated
    if kind == BaseViewRestriction.GROUPS:
        if user.is_superuser:
            return True
        allowed = {group.pk for group in restriction.groups.all()}
        return bool(allowed & _group_ids(user))
    return False  # PASSWORD, or a type this gate does not know: refuse.


def _failing_page_restrictions(user) -> list[PageViewRestriction]:
    def compute():
        restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        return [r for r in restrictions if not passes(r, user)]

    return _memo(("pages", user.pk), compute)


def hidden_page_paths(user=None) -> list[str]:
    """The tree paths of the restricted pages `user` does not pass: these pages and everything
    under them (any path that starts with one of these) are hidden. Search filters its own index
    with them, so that its answers follow this gate to the letter."""
    return [r.page.path for r in _failing_page_restrictions(user or AnonymousUser())]


def visible_pages(queryset: QuerySet, user=None) -> QuerySet:
    """Narrow a page queryset to the live pages `user` may see."""
    queryset = queryset.live()
    hidden = Q()
    for path in hidden_page_paths(user):
        hidden |= Q(path__startswith=path)
    return queryset.exclude(hidden) if hidden else queryset


def can_view_page(user, page: Page) -> bool:
    """Whether `user` may see `page`: it is live and every restriction above it lets them in."""
    if not page.live:
        return False
    return all(passes(r, user or AnonymousUser()) for r in page.get_view_restrictions())


def _failing_collection_restrictions(user) -> list[CollectionViewRestriction]:
    def compute():
        restrictions = CollectionViewRestriction.objects.select_related("collection").prefetch_related(
            "groups"
        )
        return [r for r in restrictions if not passes(r, user)]

    return _memo(("collections", user.pk), compute)


def hidden_collection_paths(user=None) -> list[str]:
    """The tree paths of the restricted collections `user` does not pass (see hidden_page_paths)."""
    return [r.collection.path for r in _failing_collection_restrictions(user or AnonymousUser())]


def hidden_collection_ids(user=None) -> list[int]:
    """The ids of the collections `user` may not see: restricted ones and those below them."""
    paths = hidden_collection_paths(user)
    if not paths:
        return []

    def compute():
        below = Q()
        for path in paths:
            below |= Q(path__startswith=path)
        return list(Collection.objects.filter(below).values_list("pk", flat=True))

    return _memo(("collection ids", getattr(user, "pk", None)), compute)


def visible_documents(queryset: QuerySet, user=None) -> QuerySet:
    """Narrow a document (or any collection member) queryset to what `user` may download."""
    hidden = Q()
    for path in hidden_collection_paths(user):
        hidden |= Q(collection__path__startswith=path)
    return queryset.exclude(hidden) if hidden else queryset


def can_view_document(user, document) -> bool:
    restrictions = document.collection.get_view_restrictions()
    return all(passes(r, user or AnonymousUser()) for r in restrictions)


def may_see_members_content(user) -> bool:
    """Whether `user` may read content marked for members only (such as progress notes)."""
    return bool(user and user.is_authenticated)
