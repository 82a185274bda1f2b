"""The two search backends answer the same question in the same terms.

`SearchQuery` is what the visitor asked, with the visibility gate's answer for this visitor
already in it (the tree paths they may not see). `SearchOutcome` is one page of hits, the total
and the facet counts. The database backend always works; the Elasticsearch backend is used when
ELASTICSEARCH_URL is set, and the service falls back to the database when it fails.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

# Marks around a matched word in a snippet; control characters never occur in indexed text.
MARK_START = "\x02"
MARK_END = "\x03"


class BackendUnavailable(Exception):
    """The backend could not answer (a cluster that is down, a timeout, a refused query)."""


@dataclass
class SearchQuery:
    text: str
    selected: dict[str, list[str]] = field(default_factory=dict)  # facet name -> chosen values
    hidden_page_paths: list[str] = field(default_factory=list)
    hidden_collection_ids: list[int] = field(default_factory=list)
    page: int = 1
    per_page: int = 10


@dataclass
class Hit:
    key: str
    type: str
    title: str
    url: str
    date: datetime.date | None
    # The matching passage, with MARK_START/MARK_END around matched words (not yet escaped).
    snippet: str


@dataclass
class SearchOutcome:
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]]  # facet name -> value -> number of results with it
    backend: str
