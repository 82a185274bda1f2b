"""How the material library filters, searches and sorts: the facets of `home.facets` for material."""

from __future__ import annotations

from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from campagnes.models.terms import Doelgroep, Materiaalvorm, Taal
from home.facets import Facet, Keyword, Sort
from kennisbank.models import Uitbuitingsvorm


def _terms(model):
    return lambda queryset: model.objects.values_list("slug", "name")


def _campagnes(queryset):
    # Only campaigns of material the visitor may see: a restricted campaign's title never shows.
    rows = queryset.filter(campagne__isnull=False).order_by("campagne__path")
    return rows.values_list("campagne__slug", "campagne__title").distinct()


MATERIAAL_FACETS = [
    Facet("campagne", _("Campagne"), "campagne__slug", _campagnes),
    Facet("doelgroep", _("Doelgroep"), "doelgroepen__slug", _terms(Doelgroep)),
    Facet("vorm", _("Soort materiaal"), "vorm__slug", _terms(Materiaalvorm)),
    Facet("taal", _("Taal"), "taal__slug", _terms(Taal)),
    Facet("uitbuitingsvorm", _("Uitbuitingsvorm"), "uitbuitingsvormen__slug", _terms(Uitbuitingsvorm)),
]

MATERIAAL_KEYWORD = Keyword(
    "q", _("Zoek in titel en omschrijving"), ("title", "description", "campagne__title")
)

# The first is the default. The primary key last keeps pages stable when dates and titles tie.
MATERIAAL_SORTS = [
    Sort("nieuwste", _("Nieuwste eerst"), ("-publication_date", Lower("title"), "pk")),
    Sort("titel", _("Titel (A tot Z)"), (Lower("title"), "-publication_date", "pk")),
]
