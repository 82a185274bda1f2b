"""The plain search document every searchable thing declares and the search app collects.

The protocol, for content apps that never import the search app:
- `search_document()` on a model returns a SearchDocument, or None while the object may not be
  found (a draft, a hidden post). Every page (BasePage) has one; other models add their own.
- `search_owner()` on a model whose text lives in another object's document (a post in its
  topic) returns that object, so that a change to it updates the owner's document.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass
class SearchDocument:
    title: str
    text: str
    url: str
    type: str  # what the visitor calls it: "Kennisbank", "Actie", "Pagina", ...
    date: datetime.date | None = None
    language: str = "nl"
    # Facet name -> values, e.g. {"uitbuitingsvorm": ["Arbeidsuitbuiting"], "thema": [...]}.
    facets: dict[str, list[str]] = field(default_factory=dict)
    # Who may see it: whoever may see the page at this tree path (a topic shares its group's
    # restrictions) and the documents in this collection (material shares its file's). Both
    # empty: everybody.
    page_path: str = ""
    collection_id: int | None = None
