from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from agenda.admin_views import AddRegistrationView, EditRegistrationView, events_with_counts
from agenda.models import Aanmelding
from home.admin_menu import SingleViewViewSet


class AanmeldingViewSet(ModelViewSet):
    model = Aanmelding
    icon = "user"
    add_view_class = AddRegistrationView
    edit_view_class = EditRegistrationView
    form_fields = ["name", "organisation"]
    list_display = ["name", "email", "organisation", "evenement", "status", "created_at"]
    list_filter = ["status", "evenement"]
    list_export = ["evenement", "name", "email", "organisation", "status", "created_at"]
    export_filename = "aanmeldingen"
    search_fields = ["name", "email", "organisation"]


class EventCountsViewSet(SingleViewViewSet):
    name = "aanmeldingen-per-evenement"
    icon = "date"
    menu_label = _("Per evenement")
    view = events_with_counts
    permission = "agenda.view_aanmelding"


class AgendaAdminGroup(ModelViewSetGroup):
    menu_label = _("Aanmeldingen")
    menu_icon = "date"
    menu_order = 270
    items = (EventCountsViewSet, AanmeldingViewSet)


@hooks.register("register_admin_viewset")
def register_agenda_admin():
    return AgendaAdminGroup()
