"""The plain search document every searchable page declares and the search app collects.

Content apps describe their pages in these terms; they never import the search app.
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
