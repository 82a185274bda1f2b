"""'Wie is wie': the members' directory, showing of each member only what they chose to show."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from community.models import Profiel, Rol
from home.facets import Facet, FacetedFilter
from kennisbank.models import Gemeente, Partner

PER_PAGE = 25

DIRECTORY_FACETS = [
    Facet(
        "gemeente", _("Gemeente"), "gemeente__slug", lambda qs: Gemeente.objects.values_list("slug", "name")
    ),
    Facet(
        "organisatie",
        _("Organisatie"),
        "organisation__slug",
        lambda qs: Partner.objects.filter(leden__isnull=False).distinct().values_list("slug", "name"),
    ),
    Facet("rol", _("Rol"), "rol", lambda qs: Rol.choices),
]


@dataclass
class Card:
    profile: Profiel
    fields: set[str]

    def shows(self, field: str) -> bool:
        return field in self.fields


def _group_ids(user) -> set[int]:
    return {group.pk for group in user.groups.all()}


def cards(profiles, viewer) -> list[Card]:
    viewer_groups = set(viewer.groups.values_list("pk", flat=True))
    return [
        Card(profile, profile.visible_to(viewer, shared_group=bool(viewer_groups & _group_ids(profile.user))))
        for profile in profiles
    ]


def directory(request, page):
    profiles = (
        Profiel.objects.filter(user__is_active=True)
        .select_related("user", "organisation", "gemeente")
        .prefetch_related(Prefetch("user__groups"))
        .order_by("user__last_name", "user__first_name")
    )
    faceted = FacetedFilter(profiles, DIRECTORY_FACETS, request.GET)
    results = Paginator(faceted.results(), PER_PAGE).get_page(request.GET.get("page"))
    officers = profiles.filter(rol=Rol.AANDACHTSFUNCTIONARIS, gemeente__isnull=False).order_by(
        "gemeente__sort_order"
    )
    by_gemeente: dict = {}
    for card in cards(officers, request.user):
        by_gemeente.setdefault(card.profile.gemeente, []).append(card)
    query = request.GET.copy()
    query.pop("page", None)
    return page.render(
        request,
        template="community/directory.html",
        context_overrides={
            "members": results,
            "cards": cards(results, request.user),
            "facets": faceted.views(),
            "filter_messages": faceted.messages,
            "is_filtered": faceted.is_filtered,
            "officers": sorted(by_gemeente.items(), key=lambda item: item[0].sort_order or 0),
            "querystring_without_page": query.urlencode(),
        },
    )
