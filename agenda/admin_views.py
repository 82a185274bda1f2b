"""Organisers and editors: registrations per event, with counts, export and adding someone."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic import CreateView, EditView

from agenda import registrations
from agenda.forms import AddRegistrationForm
from agenda.models import Aanmelding, EvenementPage
from community.models import User

Status = Aanmelding.Status


def events_with_counts(request):
    """Every event with how many are registered, waiting, unconfirmed and cancelled: one query."""
    if not request.user.has_perm("agenda.view_aanmelding"):
        raise PermissionDenied
    since = timezone.now() - timezone.timedelta(days=90)
    events = (
        EvenementPage.objects.filter(end__gte=since, registration_enabled=True)
        .annotate(
            confirmed=Count("aanmeldingen", filter=Q(aanmeldingen__status=Status.CONFIRMED)),
            waiting=Count("aanmeldingen", filter=Q(aanmeldingen__status=Status.WAITING)),
            unconfirmed=Count("aanmeldingen", filter=Q(aanmeldingen__status=Status.UNCONFIRMED)),
            cancelled=Count("aanmeldingen", filter=Q(aanmeldingen__status=Status.CANCELLED)),
        )
        .order_by("start")
    )
    return TemplateResponse(
        request,
        "agenda/admin/events.html",
        {
            "events": events,
            "list_url": reverse("aanmelding:index"),
            "header_title": _("Aanmeldingen per evenement"),
            "page_title": _("Aanmeldingen per evenement"),
        },
    )


class AddRegistrationAdminForm(AddRegistrationForm):
    evenement = forms.ModelChoiceField(
        label=_("Evenement"),
        queryset=EvenementPage.objects.filter(registration_enabled=True).order_by("-start"),
    )

    def __init__(self, *args, instance=None, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance = instance


class AddRegistrationView(CreateView):
    """Adding someone goes through the same seat-or-waiting-list rule as registering on the site."""

    def get_form_class(self):
        return AddRegistrationAdminForm

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            self.object = registrations.add_by_editor(
                data["evenement"],
                name=data["name"],
                email=data["email"],
                organisation=data["organisation"],
                user=User.objects.filter(email__iexact=data["email"]).first(),
            )
        except registrations.Refused as refusal:
            form.add_error("email", str(refusal))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(naam)s: %(status)s.")
            % {"naam": self.object.name, "status": self.object.get_status_display()},
        )
        return redirect(f"{reverse('aanmelding:index')}?evenement={self.object.evenement_id}")


class CancelRegistrationForm(forms.ModelForm):
    cancel = forms.BooleanField(
        label=_("Afmelden"), required=False, help_text=_("De plaats gaat naar de eerste op de wachtlijst.")
    )

    class Meta:
        model = Aanmelding
        fields = ["name", "organisation"]


class EditRegistrationView(EditView):
    def get_form_class(self):
        return CancelRegistrationForm

    def save_instance(self):
        instance = super().save_instance()
        if self.form.cleaned_data.get("cancel") and instance.status != Status.CANCELLED:
            try:
                registrations.cancel(instance)
            except registrations.Refused as refusal:
                messages.error(self.request, str(refusal))
        return instance
