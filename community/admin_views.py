"""The editors' bulk invitation screen: upload a CSV, check the preview, send."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from community import invitations
from home import csv_import


class CsvUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV-bestand"), help_text=_("Kolommen: %s") % ", ".join(invitations.CSV_COLUMNS)
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            self.text = csv_import.read_upload(upload)
        except csv_import.CsvFileError as error:
            raise forms.ValidationError(str(error)) from error
        return upload


def bulk_invite(request):
    if not request.user.has_perm("community.add_uitnodiging"):
        raise PermissionDenied
    if request.method == "POST" and "csv_text" in request.POST:
        # Second step: the editor confirmed the preview; parse the same text again and send.
        rows, file_errors = invitations.parse_csv(request.POST["csv_text"])
        valid = [row for row in rows if row.is_valid]
        if file_errors or not valid:
            messages.error(request, _("Er is niemand om uit te nodigen."))
            return redirect(request.path)
        sent = invitations.invite_rows(valid, invited_by=request.user)
        messages.success(request, _("%(count)d uitnodigingen verstuurd.") % {"count": len(sent)})
        return redirect("uitnodiging:index")
    form = CsvUploadForm(request.POST or None, request.FILES or None)
    context = {"form": form, "header_title": _("Uitnodigen in bulk"), "page_title": _("Uitnodigen in bulk")}
    if request.method == "POST" and form.is_valid():
        rows, file_errors = invitations.parse_csv(form.text)
        context.update(
            rows=rows,
            file_errors=file_errors,
            valid_count=sum(row.is_valid for row in rows),
            csv_text=form.text if not file_errors else "",
        )
    return TemplateResponse(request, "community/admin/bulk_invite.html", context)
