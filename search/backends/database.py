"""Search on the database: Wagtail's database backend over the site's own search index.

Always available: the default, and the fallback when Elasticsearch fails. Wagtail ranks the
matches (PostgreSQL with Dutch stemming, SQLite with FTS); facets and the page of hits then come
from plain queries on those matches, so a search costs the same few queries however many match.
"""

from django.db.models import Count, Q

from wagtail.search.backends import get_search_backend
from wagtail.search.utils import parse_query_string

from search.backends import Hit, SearchOutcome, SearchQuery
from search.documents import FACET_NAMES
from search.highlight import snippet
from search.models import FacetValue, SearchEntry

# Beyond this many matches, further ones are not ranked or counted: nobody pages that far.
MAX_MATCHES = 1000


class DatabaseBackend:
    name = "database"

    def search(self, query: SearchQuery) -> SearchOutcome:
        ranked = self._ranked_ids(query)
        facets = {name: self._counts(ranked, query, name) for name in FACET_NAMES}
        matching = set(self._narrowed(ranked, query).values_list("pk", flat=True))
        ordered = [pk for pk in ranked if pk in matching]
        start = (query.page - 1) * query.per_page
        page_ids = ordered[start : start + query.per_page]
        entries = SearchEntry.objects.in_bulk(page_ids)
        hits = [self._hit(entries[pk], query.text) for pk in page_ids]
        return SearchOutcome(hits=hits, total=len(ordered), facets=facets, backend=self.name)

    def _ranked_ids(self, query: SearchQuery) -> list[int]:
        hidden = Q()
        for path in query.hidden_page_paths:
            hidden |= Q(page_path__startswith=path)
        if query.hidden_collection_ids:
            hidden |= Q(collection_id__in=query.hidden_collection_ids)
        visible = SearchEntry.objects.exclude(hidden) if hidden else SearchEntry.objects.all()
        # Parsed into Wagtail's query objects, so that quotes make phrases and nothing the
        # visitor types reaches the database's own query syntax.
        _filters, parsed = parse_query_string(query.text, operator="and")
        matches = get_search_backend().search(parsed, visible.only("pk"))
        return [entry.pk for entry in matches[:MAX_MATCHES]]

    def _narrowed(self, ranked: list[int], query: SearchQuery, skip: str | None = None):
        """The matches with every chosen facet value applied, except those of facet `skip`."""
        entries = SearchEntry.objects.filter(pk__in=ranked)
        for name, values in query.selected.items():
            if values and name != skip:
                chosen = FacetValue.objects.filter(facet=name, value__in=values)
                entries = entries.filter(pk__in=chosen.values("entry"))
        return entries

    def _counts(self, ranked: list[int], query: SearchQuery, name: str) -> dict[str, int]:
        rows = (
            FacetValue.objects.filter(facet=name, entry__in=self._narrowed(ranked, query, skip=name))
            .values("value")
            .annotate(n=Count("entry"))
        )
        return {row["value"]: row["n"] for row in rows}

    def _hit(self, entry: SearchEntry, text: str) -> Hit:
        return Hit(
            key=entry.key,
            type=entry.type,
            title=entry.title,
            url=entry.url,
            date=entry.date,
            snippet=snippet(entry.text, text),
        )
