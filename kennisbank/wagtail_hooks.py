import django_filters

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from kennisbank.meldroute.tree import Tree
from kennisbank.models import (
    Cijfer,
    Evenementsoort,
    Gemeente,
    Indicator,
    Kennissoort,
    Meldpunt,
    MeldroutePage,
    Partner,
    Risicobranche,
    Risicogroep,
    Thema,
    Uitbuitingsvorm,
)
from kennisbank.monitor.admin_views import CijferImportView, ImportMenuItem

MELDROUTE_MONITOR_MENU = "register_meldroute_monitor_menu_item"


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


class MeldpuntFilterSet(WagtailFilterSet):
    te_controleren = django_filters.BooleanFilter(
        label=gettext_lazy("Langer dan 6 maanden niet gecontroleerd"), method="filter_due"
    )

    class Meta:
        model = Meldpunt
        fields = ["always_open", "anonymous", "uitbuitingsvormen"]

    def filter_due(self, queryset, name, value):
        if value is None:
            return queryset
        due = Meldpunt.objects.due_for_check().values("pk")
        return queryset.filter(pk__in=due) if value else queryset.exclude(pk__in=due)


class MeldpuntViewSet(SnippetViewSet):
    model = Meldpunt
    icon = "help"
    list_display = ["name", "role", "phone", "verified_on"]
    list_filter = None
    filterset_class = MeldpuntFilterSet
    search_fields = ["name", "role"]
    ordering = ["verified_on"]


class CijferViewSet(SnippetViewSet):
    model = Cijfer
    icon = "table"
    list_display = ["__str__", "value", "source", "is_demo"]
    list_filter = ["indicator", "year", "source", "is_demo"]
    list_per_page = 50


class MeldrouteMonitorGroup(SnippetViewSetGroup):
    menu_label = "Meldroute en monitor"
    menu_icon = "help"
    menu_order = 240
    submenu_hook = MELDROUTE_MONITOR_MENU
    items = (MeldpuntViewSet, _viewset(Indicator, "list-ol", ["unit"]), CijferViewSet)


register_snippet(MeldrouteMonitorGroup)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("cijfers-importeren/", CijferImportView.as_view(), name="kennisbank_cijfers_import")]


@hooks.register(MELDROUTE_MONITOR_MENU)
def register_import_menu_item():
    return ImportMenuItem(
        _("Cijfers importeren (CSV)"),
        reverse("kennisbank_cijfers_import"),
        name="cijfers-importeren",
        icon_name="upload",
        order=900,
    )


class MeldpuntenTeControlerenPanel(Component):
    """On the editors' dashboard: meldpunten whose details were not checked for six months."""

    name = "meldpunten_te_controleren"
    template_name = "kennisbank/admin/meldpunten_panel.html"
    order = 90

    def __init__(self, meldpunten):
        self.meldpunten = meldpunten

    def get_context_data(self, parent_context):
        list_url = reverse(Meldpunt.snippet_viewset.get_url_name("list"))
        return {
            "meldpunten": self.meldpunten,
            "edit_url_name": Meldpunt.snippet_viewset.get_url_name("edit"),
            "list_url": f"{list_url}?te_controleren=true",
        }


@hooks.register("construct_homepage_panels")
def add_meldpunten_panel(request, panels):
    if request.user.has_perm("kennisbank.change_meldpunt"):
        due = list(Meldpunt.objects.due_for_check().order_by("verified_on", "name"))
        if due:
            panels.append(MeldpuntenTeControlerenPanel(due))


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_broken_route(request, action_type, objects, action):
    """Bulk publishing skips the edit form, so check the meldroutekaart's tree here as well."""
    if action_type != "publish":
        return None
    pages = [page.specific for page in objects]
    form = getattr(action, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += list(MeldroutePage.objects.descendant_of(page))
    for page in pages:
        if isinstance(page, MeldroutePage):
            draft = page.get_latest_revision_as_object()
            if Tree.from_stream(draft.steps).problems():
                messages.error(
                    request,
                    _(
                        "‘%(title)s’ is niet gepubliceerd: in de vragen en routes loopt een weg dood "
                        "of in een kringetje. Open de pagina om te zien waar."
                    )
                    % {"title": page.title},
                )
                return redirect("wagtailadmin_pages:edit", page.pk)
    return None
