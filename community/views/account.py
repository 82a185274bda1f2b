"""The member's own account: accepting the invitation, profile, e-mail settings, 'Mijn gegevens'."""

import json

from allauth.account.internal.flows.login import record_authentication
from allauth.account.utils import perform_login

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import invitations, privacy
from community.forms import AcceptInvitationForm, DeleteAccountForm, NotificationsForm, ProfileForm
from community.models import Lidmaatschap, Profiel, Uitnodiging
from community.views.community import due_memberships


def accept_invitation(request, token):
    invitation = Uitnodiging.from_token(token)
    if invitation is None:
        return TemplateResponse(request, "community/invitation_invalid.html", {"noindex": True}, status=404)
    form = AcceptInvitationForm(
        request.POST or None,
        email=invitation.email,
        initial={"first_name": invitation.first_name, "last_name": invitation.last_name},
    )
    if request.method == "POST" and form.is_valid():
        try:
            user = invitations.accept(
                invitation,
                form.cleaned_data["first_name"],
                form.cleaned_data["last_name"],
                form.cleaned_data["password1"],
            )
        except ValidationError:
            return TemplateResponse(
                request, "community/invitation_invalid.html", {"noindex": True}, status=404
            )
        # The member just proved their password: record it as allauth's own login would, so that
        # setting up two-factor authentication right away needs no second password prompt.
        record_authentication(request, user, method="password", email=user.email, reauthenticated=True)
        messages.success(request, _("Welkom in de community! Uw account is klaar."))
        return perform_login(request, user, redirect_url="/community/")
    return TemplateResponse(
        request, "community/invitation_accept.html", {"noindex": True, "form": form, "invitation": invitation}
    )


@login_required
def profile(request):
    instance = Profiel.objects.filter(user=request.user).first() or Profiel(user=request.user)
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Uw profiel is opgeslagen."))
        return redirect("community_profile")
    return TemplateResponse(request, "community/account/profile.html", {"noindex": True, "form": form})


@login_required
def notifications(request):
    memberships = Lidmaatschap.objects.filter(
        user=request.user, status=Lidmaatschap.Status.ACTIEF
    ).select_related("groep")
    form = NotificationsForm(request.POST or None, memberships=memberships)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Uw keuzes voor e-mail zijn opgeslagen."))
        return redirect("community_notifications")
    return TemplateResponse(request, "community/account/notifications.html", {"noindex": True, "form": form})


@login_required
def my_data(request):
    return TemplateResponse(
        request,
        "community/account/my_data.html",
        {
            "noindex": True,
            "data": privacy.personal_data(request.user),
            "delete_form": DeleteAccountForm(user=request.user),
        },
    )


@login_required
def my_data_download(request):
    data = json.dumps(privacy.personal_data(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens.json"'
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        privacy.delete_account(user)
        messages.success(request, _("Uw account en uw gegevens zijn verwijderd."))
        return redirect("/")
    return TemplateResponse(
        request,
        "community/account/my_data.html",
        {"noindex": True, "data": privacy.personal_data(request.user), "delete_form": form},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def confirm_memberships(request):
    due = due_memberships(request)
    Lidmaatschap.objects.filter(pk__in=[m.pk for m in due]).update(
        confirmed_at=timezone.now(), reminder_sent_at=None
    )
    messages.success(request, _("Dank u wel. Uw lidmaatschap is bevestigd voor een jaar."))
    return redirect("/community/")
