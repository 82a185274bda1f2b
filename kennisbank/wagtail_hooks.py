from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from kennisbank.models import (
    Evenementsoort,
    Gemeente,
    Kennissoort,
    Partner,
    Risicobranche,
    Risicogroep,
    Thema,
    Uitbuitingsvorm,
)


def _viewset(term_model, icon: str, extra_columns=()):
    return type(
        f"{term_model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": term_model,
            "icon": icon,
            "list_display": ["name", *extra_columns],
            "search_fields": ["name"],
        },
    )


class TaxonomieGroup(SnippetViewSetGroup):
    menu_label = "Taxonomie"
    menu_icon = "tag"
    menu_order = 250
    items = (
        _viewset(Uitbuitingsvorm, "tag"),
        _viewset(Thema, "list-ul"),
        _viewset(Risicogroep, "group"),
        _viewset(Risicobranche, "cogs", ["uitbuitingsvorm"]),
        _viewset(Kennissoort, "doc-full"),
        _viewset(Evenementsoort, "date"),
        _viewset(Partner, "group", ["abbreviation", "needs_verification"]),
        _viewset(Gemeente, "home", ["regio"]),
    )


register_snippet(TaxonomieGroup)
