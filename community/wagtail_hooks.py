from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from community.admin_views import bulk_invite
from community.invitations import send_invitation
from community.models import Bericht, Lidmaatschap, Uitnodiging
from home.admin_menu import SingleViewViewSet
from home.visibility import can_view_document, passes


class InviteView(CreateView):
    def save_instance(self):
        invitation = super().save_instance()
        invitation.invited_by = self.request.user
        invitation.save(update_fields=["invited_by"])
        send_invitation(invitation)
        return invitation

    def get_success_message(self, instance):
        return _("Uitnodiging verstuurd naar %(email)s.") % {"email": instance.email}


class UitnodigingViewSet(ModelViewSet):
    model = Uitnodiging
    icon = "mail"
    add_view_class = InviteView
    form_fields = ["email", "first_name", "last_name", "organisation", "gemeente", "rol", "groepen"]
    list_display = ["email", "first_name", "last_name", "created_at", "status"]
    search_fields = ["email", "first_name", "last_name"]
    inspect_view_enabled = True


class BulkInviteViewSet(SingleViewViewSet):
    name = "uitnodigen-in-bulk"
    icon = "upload"
    menu_label = _("Uitnodigen in bulk")
    view = bulk_invite
    permission = "community.add_uitnodiging"


class LidmaatschapViewSet(ModelViewSet):
    model = Lidmaatschap
    icon = "group"
    form_fields = ["user", "groep", "status", "is_moderator", "notify", "motivation"]
    list_display = ["user", "groep", "status", "is_moderator", "confirmed_at"]
    list_filter = ["status", "groep", "is_moderator"]
    search_fields = ["user__email", "user__last_name"]


class BerichtViewSet(ModelViewSet):
    """Editors read and hide posts here; members edit their own posts on the site."""

    model = Bericht
    icon = "comment"
    form_fields = ["is_hidden"]
    list_display = ["onderwerp", "author", "created_at", "is_hidden"]
    list_filter = ["is_hidden", "onderwerp__groep"]
    search_fields = ["text"]
    add_view_enabled = False
    inspect_view_enabled = True


class CommunityAdminGroup(ModelViewSetGroup):
    menu_label = _("Community")
    menu_icon = "group"
    menu_order = 260
    items = (UitnodigingViewSet, BulkInviteViewSet, LidmaatschapViewSet, BerichtViewSet)


@hooks.register("register_admin_viewset")
def register_community_admin():
    return CommunityAdminGroup()


@hooks.register("before_serve_page")
def explain_group_only_pages(page, request, serve_args, serve_kwargs):
    """A logged-in member who is not in the page's group gets an explanation, not the login form.

    Wagtail itself would send them to the login page, which only confuses someone who is logged
    in. Other cases (anonymous visitors, password-protected pages) stay with Wagtail's own check.
    """
    if not request.user.is_authenticated:
        return None
    failing = [r for r in page.get_view_restrictions() if not passes(r, request.user)]
    if failing and all(r.restriction_type == r.GROUPS for r in failing):
        return TemplateResponse(request, "community/not_a_member.html", {"noindex": True}, status=403)
    return None


@hooks.register("before_serve_document")
def refuse_group_documents_to_other_members(document, request):
    """Wagtail would send a logged-in outsider to the login page, which sends them back: a loop."""
    if request.user.is_authenticated and not can_view_document(request.user, document):
        return TemplateResponse(request, "community/not_a_member.html", {"noindex": True}, status=403)
    return None
