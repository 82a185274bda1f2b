from collections.abc import Sequence
from types import SimpleNamespace
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse

from home.facets import Facet, FacetView, Keyword, Option
from home.pagination import PAGE_PARAMETER, missing_page_message, querystring_without_page
from search import service
from search.backends import SearchOutcome
from search.documents import FACETS

KEYWORD = Keyword(name="q", label="Waar zoekt u naar?", fields=())


class _ResultsWindow(Sequence):
    """All results as the paginator sees them, of which only the requested page was fetched."""

    def __init__(self, outcome: SearchOutcome):
        self.outcome = outcome

    def __len__(self):
        return self.outcome.total

    def __getitem__(self, index):
        return self.outcome.hits  # the paginator only asks for the page that was fetched


def _facet_views(outcome: SearchOutcome, selected: dict[str, list[str]]) -> list[FacetView]:
    views = []
    for name, label in FACETS:
        counts = outcome.facets.get(name, {})
        chosen = selected.get(name, [])
        values = sorted(counts, key=lambda value: (-counts[value], value))
        values += [value for value in chosen if value not in counts]
        if name == "jaar":
            values.sort(reverse=True)
        options = [Option(value, value, counts.get(value, 0), value in chosen) for value in values]
        if options:
            # The shared filter form reads only the facet's name and label; the counts are here.
            views.append(FacetView(Facet(name, str(label), path="", options=list), options))
    return views


def search(request):
    asked = service.SearchRequest.from_query_dict(request.GET)
    # Result pages are for the visitor, not for search engines.
    context = {"query": asked.text, "results": None, "filter_messages": asked.messages, "noindex": True}
    if asked.text:
        outcome = service.search(asked, request.user)
        results = Paginator(_ResultsWindow(outcome), service.RESULTS_PER_PAGE).page(asked.page)
        raw_page = request.GET.get(PAGE_PARAMETER)
        if raw_page is not None and raw_page != str(asked.page):
            asked.messages.append(missing_page_message(asked.page))
        context.update(
            results=results,
            # The search box of the shared filter form (components/facet_filters.html).
            faceted=SimpleNamespace(keyword=KEYWORD, text=asked.text, sorts=[]),
            facets=_facet_views(outcome, asked.selected),
            is_filtered=any(asked.selected.values()),
            # The form's address, and the link that clears the filters but keeps the words.
            filters_cleared_url=f"{reverse('search')}?{urlencode({'q': asked.text})}",
            backend=outcome.backend,
            querystring=querystring_without_page(request.GET),
        )
    return TemplateResponse(request, "search/search.html", context)
