"""Site search on an Elasticsearch cluster, for deployments that outgrow the database.

It answers exactly as the database backend does (every word must match, Dutch stemming, the
visibility gate's hidden tree paths, facet counts that ignore the facet's own selection), so that
the service can fall back to the database whenever the cluster fails: every failure surfaces as
BackendUnavailable, quickly, and never as another exception.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Iterable, Iterator

from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.dsl import Date, Index, Keyword, Mapping, Q, Search, Text
from elasticsearch.dsl.exceptions import ElasticsearchDslException
from elasticsearch.helpers import BulkIndexError, bulk

from search.backends import MARK_END, MARK_START, BackendUnavailable, Hit, SearchOutcome, SearchQuery
from search.documents import FACET_NAMES, Entry

FAILURES = (ApiError, TransportError, BulkIndexError, ElasticsearchDslException)
# A response without the parts asked for (a proxy's error page, another version) fails too.
MALFORMED = (KeyError, TypeError, ValueError)
SNIPPET_LENGTH = 200
FACET_SIZE = 200  # more values than any facet of this site has


def build_mapping() -> Mapping:
    mapping = Mapping()
    for name in ("title", "text"):
        mapping.field(name, Text(analyzer="dutch"))
    mapping.field("url", Keyword(index=False))
    mapping.field("date", Date())
    # "type" is a facet too: one keyword field serves both (documents._entry makes the facet
    # exactly [entry.type]). Facet fields hold lists; a keyword field takes any number of values.
    for name in ("language", "page_path", "collection_id", *FACET_NAMES):
        mapping.field(name, Keyword())
    return mapping


def source_for(entry: Entry) -> dict:
    facets = {name: entry.facets.get(name, []) for name in FACET_NAMES if name != "type"}
    return {
        "type": entry.type,
        "title": entry.title,
        "text": entry.text,
        "url": entry.url,
        "date": entry.date.isoformat() if entry.date else None,
        "language": entry.language,
        "page_path": entry.page_path,
        "collection_id": entry.collection_id,
        **facets,
    }


def plain(text: str, keep: str = "") -> str:
    """`text` without control characters, except those in `keep` (the highlight marks)."""
    return "".join(char for char in text if char in keep or unicodedata.category(char)[0] != "C")


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url: str, index_name: str = "var-zoeken", timeout: float = 2.0):
        # No retries: a failing cluster must hand over to the database at once, not after minutes.
        self.client = Elasticsearch(url, request_timeout=timeout, retry_on_timeout=False, max_retries=0)
        self.index_name = index_name
        self._index_exists = False  # checked before the first write, not before every one

    def build_search(self, query: SearchQuery) -> Search:
        hidden = [Q("prefix", page_path=path) for path in query.hidden_page_paths]
        if query.hidden_collection_ids:
            hidden.append(Q("terms", collection_id=query.hidden_collection_ids))
        # Only the PHRASE and WHITESPACE operators: any other input is plain words, never an error.
        words = Q(
            "simple_query_string",
            query=query.text,
            fields=["title^3", "text"],
            default_operator="and",
            flags="PHRASE|WHITESPACE",
        )
        # Visibility sits in the main query, so it limits the hits and every aggregation alike.
        search = Search(using=self.client, index=self.index_name).query("bool", must=[words], must_not=hidden)
        chosen = {name: Q("terms", **{name: values}) for name, values in query.selected.items() if values}
        # Selections as post_filter: they narrow the hits, while each facet's counts below apply
        # every selection but its own (what the visitor gets by adding that value).
        if chosen:
            search = search.post_filter("bool", filter=list(chosen.values()))
        for name in FACET_NAMES:
            others = [choice for other, choice in chosen.items() if other != name]
            search.aggs.bucket(name, "filter", filter=Q("bool", filter=others)).bucket(
                "values", "terms", field=name, size=FACET_SIZE
            )
        search = search.highlight_options(pre_tags=[MARK_START], post_tags=[MARK_END]).highlight(
            "text", number_of_fragments=1, fragment_size=SNIPPET_LENGTH, no_match_size=SNIPPET_LENGTH
        )
        start = (max(query.page, 1) - 1) * query.per_page
        search = search.source(["type", "title", "url", "date", "text"]).extra(track_total_hits=True)
        return search[start : start + query.per_page]

    def parse(self, raw: dict) -> SearchOutcome:
        """The outcome of a raw search response for a `build_search` request."""
        aggregations = raw.get("aggregations", {})
        facets = {
            name: {
                bucket["key"]: bucket["doc_count"]
                for bucket in aggregations.get(name, {}).get("values", {}).get("buckets", [])
            }
            for name in FACET_NAMES
        }
        hits = [self._hit(hit) for hit in raw["hits"]["hits"]]
        return SearchOutcome(hits=hits, total=raw["hits"]["total"]["value"], facets=facets, backend=self.name)

    def _hit(self, hit: dict) -> Hit:
        source = hit["_source"]
        fragments = hit.get("highlight", {}).get("text")
        if fragments:
            snippet = plain(fragments[0], keep=MARK_START + MARK_END)
        else:  # an empty text has no highlight at all, not even the no_match_size start
            snippet = plain(source.get("text", "")[:SNIPPET_LENGTH])
        return Hit(
            key=hit["_id"],
            type=source["type"],
            title=source["title"],
            url=source["url"],
            date=datetime.date.fromisoformat(source["date"]) if source.get("date") else None,
            snippet=snippet,
        )

    def search(self, query: SearchQuery) -> SearchOutcome:
        try:
            return self.parse(self.build_search(query).execute().to_dict())
        except FAILURES + MALFORMED as error:
            raise BackendUnavailable(str(error)) from error

    def index(self, entries: list[Entry], refresh: bool = False) -> None:
        try:
            # A bulk write into a missing index would create it with guessed field types.
            if not self._index_exists:
                index = self._index()
                if not index.exists():
                    index.create()
                self._index_exists = True
            bulk(self.client, self._actions(entries), refresh=refresh)
        except FAILURES as error:
            raise BackendUnavailable(str(error)) from error

    def delete(self, keys: list[str], refresh: bool = False) -> None:
        actions = ({"_op_type": "delete", "_index": self.index_name, "_id": key} for key in keys)
        try:
            bulk(self.client, actions, ignore_status=404, refresh=refresh)  # 404: already gone
        except FAILURES as error:
            raise BackendUnavailable(str(error)) from error

    def rebuild(self, entries: Iterable[Entry], refresh: bool = False) -> int:
        """Drop and recreate the index, then fill it; the number of entries indexed."""
        try:
            self._index().delete(ignore_unavailable=True)
            self._index().create()
            self._index_exists = True
            indexed, _errors = bulk(self.client, self._actions(entries), refresh=refresh)
        except FAILURES as error:
            raise BackendUnavailable(str(error)) from error
        return indexed

    def _index(self) -> Index:
        index = Index(self.index_name, using=self.client)
        index.mapping(build_mapping())
        return index

    def _actions(self, entries: Iterable[Entry]) -> Iterator[dict]:
        for entry in entries:
            yield {"_index": self.index_name, "_id": entry.key, "_source": source_for(entry)}
