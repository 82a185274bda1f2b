"""The admin screen that imports monitor figures from a CSV file (upload, preview, confirm).

The file is not stored between the preview and the confirmation: the preview carries the decoded
text back in a hidden field, and the confirmation checks it again from scratch, so it works the
same on any number of web processes.
"""

from __future__ import annotations

from django import forms
from django.db import IntegrityError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home import csv_import
from kennisbank.models import Cijfer
from kennisbank.monitor import importer
from kennisbank.monitor.csv_format import COLUMNS, REQUIRED_COLUMNS

PERMISSIONS = ["kennisbank.add_cijfer", "kennisbank.change_cijfer"]


def may_import(user) -> bool:
    return user.has_perms(PERMISSIONS)


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV-bestand"),
        help_text=gettext_lazy("Hoogstens 1 MB. Gescheiden door puntkomma’s of komma’s, met een kopregel."),
        error_messages={
            "required": gettext_lazy("Kies een CSV-bestand."),
            "empty": gettext_lazy("Het bestand is leeg."),
        },
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            self.text = csv_import.read_upload(upload)
        except csv_import.CsvFileError as error:
            raise forms.ValidationError(str(error)) from error
        return upload


class ConfirmForm(forms.Form):
    csv_text = forms.CharField(widget=forms.HiddenInput, max_length=csv_import.MAX_BYTES, strip=False)


class CijferImportView(WagtailAdminTemplateMixin, View):
    template_name = "kennisbank/admin/cijfers_import.html"
    page_title = gettext_lazy("Cijfers importeren")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def listing_url(self) -> str:
        return reverse(Cijfer.snippet_viewset.get_url_name("list"))

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": self.listing_url(), "label": Cijfer._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.page_title},
        ]

    def render(self, upload_form, result=None, confirm_form=None, status=200):
        context = self.get_context_data(
            upload_form=upload_form,
            result=result,
            confirm_form=confirm_form,
            columns=COLUMNS,
            required_columns=REQUIRED_COLUMNS,
            listing_url=self.listing_url(),
        )
        return self.render_to_response(context, status=status)

    def get(self, request):
        return self.render(UploadForm())

    def post(self, request):
        if "csv_text" in request.POST:
            return self.confirm(request)
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form, status=400)
        result = importer.read(form.text)
        confirm_form = ConfirmForm(initial={"csv_text": form.text}) if result.is_valid else None
        return self.render(UploadForm(), result, confirm_form, status=200 if result.is_valid else 400)

    def confirm(self, request):
        form = ConfirmForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("De import is niet gelukt. Kies het bestand opnieuw."))
            return self.render(UploadForm(), status=400)
        result = importer.read(form.cleaned_data["csv_text"])
        if not result.is_valid:
            return self.render(UploadForm(), result, status=400)
        try:
            added, updated = importer.save(result)
        except IntegrityError:
            # Someone saved the same figure between the preview and now.
            messages.error(request, _("Intussen zijn er cijfers veranderd. Kies het bestand opnieuw."))
            return self.render(UploadForm(), status=409)
        messages.success(
            request,
            _("Import klaar: %(added)s cijfers toegevoegd, %(updated)s bijgewerkt.")
            % {"added": added, "updated": updated},
        )
        return redirect(self.listing_url())


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)
