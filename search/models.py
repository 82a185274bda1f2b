"""The site's own search index in the database: one entry per searchable thing.

Every content app describes its things as plain search documents (home.search_document); the
search app keeps them here, in one shape, so that one query searches pages, material, topics and
documents together, counts facets across all of them and filters by visibility with the gate's
tree paths. Wagtail's database backend indexes these entries (Dutch stemming on PostgreSQL); an
Elasticsearch cluster, when configured, receives the same entries.
"""

from django.db import models

from wagtail.search import index


class SearchEntry(index.Indexed, models.Model):
    key = models.CharField(max_length=120, unique=True)  # "<app_label>.<model>:<pk>"
    type = models.CharField(max_length=100)
    title = models.CharField(max_length=255)
    text = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=10, default="nl")
    # Visible to whoever may see the page at this tree path (empty: no page restriction) and,
    # for a document, its collection. A collection by id: collection paths shift when a sibling
    # is added (they are kept in name order), page paths only when a page moves.
    page_path = models.CharField(max_length=255, blank=True)
    collection_id = models.PositiveIntegerField(null=True, blank=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("text"),
        index.FilterField("page_path"),
        index.FilterField("collection_id"),
        index.FilterField("id"),
    ]

    class Meta:
        verbose_name = "zoekresultaat"
        verbose_name_plural = "zoekresultaten"

    def __str__(self):
        return self.title


class FacetValue(models.Model):
    """One value of one facet of an entry (an entry has many: several themes, one year)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facet_values")
    facet = models.CharField(max_length=30)
    value = models.CharField(max_length=255)

    class Meta:
        indexes = [models.Index(fields=["facet", "value"])]
        constraints = [models.UniqueConstraint(fields=["entry", "facet", "value"], name="unique_facet_value")]

    def __str__(self):
        return f"{self.facet}: {self.value}"
