"""Faceted filtering: a validated GET form, the filtered queryset and counts per filter value.

The kennisbank, the action plan, the material library, the agenda and the members' directory
filter this way. Within one facet the chosen values are alternatives (OR); different facets narrow
each other (AND). The count behind a value is the number of results a visitor gets when they add
that value, so each facet is counted with all other facets applied.

A listing may add a keyword (`Keyword`) and a choice of order (`Sort`). The keyword narrows the
base before anything is counted, so the counts always describe what the visitor would get.
Site-wide search does not use FacetedFilter: its backends count facets themselves (search/); it
shares the input cleaning (`clean_keyword`, `clean_text`) and the messages here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from django import forms
from django.db.models import Count, Q, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext as _

MAX_VALUE_LENGTH = 100
MAX_KEYWORD_LENGTH = 200
MAX_KEYWORD_WORDS = 10


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


@dataclass(frozen=True)
class Keyword:
    """Free text that narrows the results: every word must occur in one of `fields`.

    Matching is `icontains`: case-insensitive for every alphabet on PostgreSQL, for ASCII letters
    only on SQLite (development). Fields may cross relations: matching runs in a subquery, so
    each item stays once in the results and the base keeps its order.
    """

    name: str  # the GET parameter
    label: str
    fields: tuple[str, ...]

    def apply(self, queryset: QuerySet, text: str) -> QuerySet:
        matching = queryset.model._default_manager.all()
        for word in text.split():
            matches_word = Q()
            for field in self.fields:
                matches_word |= Q(**{f"{field}__icontains": word})
            matching = matching.filter(matches_word)
        return queryset.filter(pk__in=matching.values("pk"))


@dataclass(frozen=True)
class Sort:
    value: str  # the value of the GET parameter
    label: str
    ordering: tuple  # arguments for QuerySet.order_by


def clean_text(raw: str) -> str:
    """Collapse whitespace and drop control characters (PostgreSQL refuses NUL in a query)."""
    kept = "".join(char for char in raw if unicodedata.category(char) != "Cc" or char.isspace())
    return " ".join(kept.split())


def unknown_value_message(label: str) -> str:
    return _("Het filter ‘%(label)s’ had een onbekende waarde en is niet gebruikt.") % {"label": label}


def clean_keyword(raw: str) -> tuple[str, list[str]]:
    """The visitor's search words, cleaned and cut to a size every backend handles, with a
    message for each cut."""
    text = clean_text(raw)
    messages = []
    if len(text) > MAX_KEYWORD_LENGTH:
        text = text[:MAX_KEYWORD_LENGTH].strip()
        messages.append(
            _("Uw zoekopdracht was te lang. We zoeken op de eerste %(max)s tekens.")
            % {"max": MAX_KEYWORD_LENGTH}
        )
    words = text.split()
    if len(words) > MAX_KEYWORD_WORDS:
        text = " ".join(words[:MAX_KEYWORD_WORDS])
        messages.append(
            _("Uw zoekopdracht had veel woorden. We zoeken op de eerste %(max)s.")
            % {"max": MAX_KEYWORD_WORDS}
        )
    return text, messages


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
    SORT_PARAMETER = "sorteer"

    def __init__(
        self,
        queryset: QuerySet,
        facets: list[Facet],
        data: QueryDict,
        keyword: Keyword | None = None,
        sorts: Sequence[Sort] = (),
    ):
        self.facets = facets
        self.keyword = keyword
        self.sorts = list(sorts)
        self.choices = {
            facet.name: [(str(v), label) for v, label in facet.options(queryset)] for facet in facets
        }
        self.selected, self.messages = self._validate(data)
        self.text = self._validate_keyword(data)
        self.sort = self._validate_sort(data)
        self.base = keyword.apply(queryset, self.text) if keyword and self.text else queryset

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
                messages.append(unknown_value_message(facet.label))
        return selected, messages

    def _validate_keyword(self, data: QueryDict) -> str:
        if not self.keyword:
            return ""
        text, messages = clean_keyword(data.get(self.keyword.name, ""))
        self.messages.extend(messages)
        return text

    def _validate_sort(self, data: QueryDict) -> Sort | None:
        if not self.sorts:
            return None
        value = data.get(self.SORT_PARAMETER)
        for sort in self.sorts:
            if sort.value == value:
                return sort
        if value is not None:
            self.messages.append(
                _("Die volgorde kennen we niet. De resultaten staan op ‘%(label)s’.")
                % {"label": self.sorts[0].label}
            )
        return self.sorts[0]

    @property
    def is_filtered(self) -> bool:
        return any(self.selected.values()) or bool(self.text)

    @property
    def selection_size(self) -> int:
        """How many filter values and keywords the visitor combined (for `noindex`)."""
        return sum(len(values) for values in self.selected.values()) + bool(self.text)

    @property
    def is_default_order(self) -> bool:
        return self.sort is None or self.sort == self.sorts[0]

    def _filtered(self, skip: Facet | None = None) -> QuerySet:
        queryset = self.base
        for facet in self.facets:
            values = self.selected[facet.name]
            if facet is not skip and values:
                coerced = [facet.coerce(value) for value in values]
                queryset = queryset.filter(**{f"{facet.path}__in": coerced})
        return queryset

    def results(self) -> QuerySet:
        """The base narrowed by the keyword and every chosen value, each item once, in the chosen
        order (or the base order when the listing offers no choice)."""
        results = self.base
        if any(self.selected.values()):
            results = self.base.filter(pk__in=self._filtered().values("pk"))
        if self.sort:
            results = results.order_by(*self.sort.ordering)
        return results

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
