"""Faceted filtering: a validated GET form, the filtered queryset and counts per filter value.

The kennisbank, the action plan and the material library all filter this way, and site-wide
search reuses it for its database facets. Within one facet the chosen values are alternatives
(OR); different facets narrow each other (AND). The count behind a value is the number of results
a visitor gets when they add that value, so each facet is counted with all other facets applied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django import forms
from django.db.models import Count, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext as _

MAX_VALUE_LENGTH = 100


@dataclass(frozen=True)
class Facet:
    name: str  # the GET parameter
    label: str
    path: str  # ORM path from an item to the value, e.g. "uitbuitingsvormen__slug"
    options: Callable[[QuerySet], Iterable[tuple[object, str]]]  # (value, label) pairs

    def coerce(self, value: str):
        return value


@dataclass(frozen=True)
class YearFacet(Facet):
    def coerce(self, value: str):
        return int(value)


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetView:
    facet: Facet
    options: list[Option]

    @property
    def selected_count(self) -> int:
        return sum(option.selected for option in self.options)


class FacetedFilter:
    def __init__(self, queryset: QuerySet, facets: list[Facet], data: QueryDict):
        self.base = queryset
        self.facets = facets
        self.choices = {
            facet.name: [(str(v), label) for v, label in facet.options(queryset)] for facet in facets
        }
        self.selected, self.messages = self._validate(data)

    def _validate(self, data: QueryDict) -> tuple[dict[str, list[str]], list[str]]:
        """Keep the valid values of each facet; an invalid facet falls back to 'all' with a message."""
        selected: dict[str, list[str]] = {}
        messages = []
        for facet in self.facets:
            field = forms.MultipleChoiceField(choices=self.choices[facet.name], required=False)
            values = [value[: MAX_VALUE_LENGTH + 1] for value in data.getlist(facet.name)]
            try:
                selected[facet.name] = list(dict.fromkeys(field.clean(values)))
            except forms.ValidationError:
                selected[facet.name] = []
                messages.append(
                    _("Het filter ‘%(label)s’ had een onbekende waarde en is niet gebruikt.")
                    % {"label": facet.label}
                )
        return selected, messages

    @property
    def is_filtered(self) -> bool:
        return any(self.selected.values())

    def _filtered(self, skip: Facet | None = None) -> QuerySet:
        queryset = self.base
        for facet in self.facets:
            values = self.selected[facet.name]
            if facet is not skip and values:
                coerced = [facet.coerce(value) for value in values]
                queryset = queryset.filter(**{f"{facet.path}__in": coerced})
        return queryset

    def results(self) -> QuerySet:
        """The base queryset narrowed by every chosen value, each item once, in the base order."""
        if not self.is_filtered:
            return self.base
        return self.base.filter(pk__in=self._filtered().values("pk"))

    def counts(self, facet: Facet) -> dict[str, int]:
        matching = self.base.model._default_manager.filter(pk__in=self._filtered(skip=facet).values("pk"))
        rows = matching.order_by().values(facet.path).annotate(n=Count("pk", distinct=True))
        return {str(row[facet.path]): row["n"] for row in rows if row[facet.path] is not None}

    def views(self) -> list[FacetView]:
        views = []
        for facet in self.facets:
            counts = self.counts(facet)
            chosen = set(self.selected[facet.name])
            # A value that gives no results is left out, unless the visitor has ticked it.
            options = [
                Option(value, label, counts.get(value, 0), value in chosen)
                for value, label in self.choices[facet.name]
                if counts.get(value) or value in chosen
            ]
            views.append(FacetView(facet, options))
        return views
