"""The editors' bulk invitation screen: upload a CSV, check the preview, send."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from community import invitations


class CsvUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV-bestand"), help_text=_("Kolommen: %s") % ", ".join(invitations.CSV_COLUMNS)
    )


def bulk_invite(request):
    if not request.user.has_perm("community.add_uitnodiging"):
        raise PermissionDenied
    if request.method == "POST" and "csv_text" in request.POST:
        # Second step: the editor confirmed the preview; parse the same text again and send.
        text = request.POST["csv_text"].encode("utf-8")
        rows, file_errors = invitations.parse_csv(SimpleUploadedFile("uitnodigingen.csv", text))
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
        upload = form.cleaned_data["file"]
        rows, file_errors = invitations.parse_csv(upload)
        upload.seek(0)
        context.update(
            rows=rows,
            file_errors=file_errors,
            valid_count=sum(row.is_valid for row in rows),
            csv_text=upload.read().decode("utf-8-sig", errors="replace") if not file_errors else "",
        )
    return TemplateResponse(request, "community/admin/bulk_invite.html", context)
