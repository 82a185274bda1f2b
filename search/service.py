"""The one search service: what a visitor may find for their words, with facets and a snippet.

It asks Elasticsearch when ELASTICSEARCH_URL is set and the database otherwise, and falls back to
the database when Elasticsearch fails, so that search keeps answering. Either way the visitor's
visibility (home.visibility) goes into the query: nothing hidden is found, shown or counted.
"""

from __future__ import annotations

import functools
import logging
import math
from dataclasses import dataclass

from django.conf import settings
from django.http import QueryDict

from home.facets import clean_keyword, clean_text, unknown_value_message
from home.pagination import PAGE_PARAMETER
from home.visibility import hidden_collection_ids, hidden_page_paths
from search.backends import BackendUnavailable, SearchOutcome, SearchQuery
from search.backends.database import DatabaseBackend
from search.documents import FACETS
from search.models import FacetValue

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
MAX_VALUES_PER_FACET = 20
# Deeper pages are never reached by clicking; Elasticsearch refuses them (max_result_window).
MAX_PAGE = 100


@functools.cache
def _elasticsearch(url: str):
    from search.backends.elastic import ElasticsearchBackend

    return ElasticsearchBackend(url, index_name=settings.ELASTICSEARCH_INDEX)


def elasticsearch():
    """The Elasticsearch backend when one is configured, else None."""
    return _elasticsearch(settings.ELASTICSEARCH_URL) if settings.ELASTICSEARCH_URL else None


@dataclass
class SearchRequest:
    """What the visitor asked, cleaned: never anything a backend could choke on."""

    text: str
    selected: dict[str, list[str]]
    page: int
    messages: list[str]

    @classmethod
    def from_query_dict(cls, data: QueryDict) -> SearchRequest:
        text, messages = clean_keyword(data.get("q", ""))
        selected = {}
        for name, _label in FACETS:
            values = [clean_text(value)[:255] for value in data.getlist(name)[:MAX_VALUES_PER_FACET]]
            selected[name] = list(dict.fromkeys(value for value in values if value))
        try:
            page = min(max(1, int(data.get(PAGE_PARAMETER, "1"))), MAX_PAGE)
        except ValueError:
            page = 1
        return cls(text, selected, page, messages)

    def drop_unknown_values(self) -> None:
        """Keep only facet values the index knows; an unknown one is dropped with a message."""
        wanted = {value for values in self.selected.values() for value in values}
        if not wanted:
            return
        known = set(FacetValue.objects.filter(value__in=wanted).values_list("facet", "value"))
        for name, label in FACETS:
            kept = [value for value in self.selected[name] if (name, value) in known]
            if len(kept) < len(self.selected[name]):
                self.messages.append(unknown_value_message(label))
            self.selected[name] = kept


def search(request: SearchRequest, user) -> SearchOutcome:
    request.drop_unknown_values()
    query = SearchQuery(
        text=request.text,
        selected=request.selected,
        hidden_page_paths=hidden_page_paths(user),
        hidden_collection_ids=hidden_collection_ids(user),
        page=request.page,
        per_page=RESULTS_PER_PAGE,
    )
    outcome = _ask(query)
    last_page = max(1, math.ceil(outcome.total / RESULTS_PER_PAGE))
    if query.page > last_page:  # a page beyond the end shows the last one
        query.page = request.page = last_page
        outcome = _ask(query)
    return outcome


def _ask(query: SearchQuery) -> SearchOutcome:
    backend = elasticsearch()
    if backend is not None:
        try:
            return backend.search(query)
        except BackendUnavailable:
            logger.warning("Elasticsearch antwoordt niet; er wordt gezocht in de database.", exc_info=True)
    return DatabaseBackend().search(query)
