"""The "Campagnes" menu in the admin: material, orders, the library's vocabulary and bulk upload."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campagnes.admin_views import UploadView, can_upload
from campagnes.models import Bestelling, CampagnePage, Doelgroep, Materiaal, Materiaalvorm, Taal

SUBMENU_HOOK = "register_campagnes_menu_item"


class MateriaalViewSet(SnippetViewSet):
    model = Materiaal
    icon = "doc-full-inverse"
    menu_label = _("Materiaal")
    list_display = ["title", "campagne", "vorm", "taal", "download_count", LiveStatusTagColumn()]
    list_filter = ["campagne", "vorm", "taal", "orderable"]
    search_fields = ["title", "description"]


class BestellingViewSet(SnippetViewSet):
    model = Bestelling
    icon = "mail"
    menu_label = _("Bestellingen")
    list_display = ["created_at", "materiaal_title", "quantity", "organisation", "city", "status"]
    list_filter = ["status"]
    list_export = [
        "created_at",
        "status",
        "materiaal_title",
        "quantity",
        "name",
        "organisation",
        "email",
        "street",
        "postcode",
        "city",
        "note",
    ]
    export_filename = "bestellingen"
    # Orders are plain rows, not in the search index: the listing searches them in the database.
    search_backend_name = None
    search_fields = ["organisation", "name", "email", "materiaal_title"]


class DoelgroepViewSet(SnippetViewSet):
    model = Doelgroep
    icon = "group"
    list_display = ["name"]
    search_fields = ["name"]


class MateriaalvormViewSet(SnippetViewSet):
    model = Materiaalvorm
    icon = "doc-empty"
    list_display = ["name"]
    search_fields = ["name"]


class TaalViewSet(SnippetViewSet):
    model = Taal
    icon = "globe"
    list_display = ["name", "slug", "native_name"]
    search_fields = ["name"]


class CampagnesGroup(SnippetViewSetGroup):
    menu_label = _("Campagnes")
    menu_icon = "pick"
    menu_order = 240
    submenu_hook = SUBMENU_HOOK
    items = (MateriaalViewSet, BestellingViewSet, DoelgroepViewSet, MateriaalvormViewSet, TaalViewSet)


register_snippet(CampagnesGroup)


class UploadMenuItem(MenuItem):
    def is_shown(self, request):
        return can_upload(request.user)


@hooks.register(SUBMENU_HOOK)
def upload_menu_item():
    return UploadMenuItem(_("Bestanden uploaden"), reverse("campagnes_upload"), icon_name="upload", order=10)


@hooks.register("register_admin_urls")
def upload_urls():
    return [path("campagnes/uploaden/", UploadView.as_view(), name="campagnes_upload")]


@hooks.register("register_page_header_buttons")
def upload_into_campaign_button(page, user, view_name, next_url=None):
    """On a campaign in the page editor: upload files straight into that campaign."""
    if page.specific_class is CampagnePage and can_upload(user):
        url = reverse("campagnes_upload") + "?" + urlencode({"campagne": page.pk})
        yield Button(_("Bestanden uploaden"), url, icon_name="upload", priority=90)
