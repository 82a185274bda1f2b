"""Bulk upload for editors: many files at once into a campaign, each becoming a draft material.

The files become Wagtail documents in the campaign's collection (so collection permissions and
view restrictions apply as everywhere), and each gets a draft material that the editor completes
(description, audience, preview) and publishes in the "Materiaal" listing.
"""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.documents import get_document_model
from wagtail.documents.fields import WagtailDocumentField
from wagtail.permissions import policy_registry

from campagnes.models import CampagnePage, Materiaal, Materiaalvorm, Taal

UPLOAD_PERMISSION = "campagnes.add_materiaal"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleDocumentField(WagtailDocumentField):
    """Wagtail's document field (with its size limit), for several files at once."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        cleaned = []
        for item in data if isinstance(data, list | tuple) else [data]:
            upload = super().clean(item, initial)
            # The document model itself knows which file types the site accepts.
            try:
                get_document_model()(title=upload.name, file=upload).clean()
            except ValidationError as error:
                raise ValidationError(f"{upload.name}: {' '.join(error.messages)}") from error
            cleaned.append(upload)
        return cleaned


class UploadForm(forms.Form):
    campagne = forms.ModelChoiceField(CampagnePage.objects.all(), label=_("Campagne"))
    vorm = forms.ModelChoiceField(Materiaalvorm.objects.all(), label=_("Soort materiaal"))
    taal = forms.ModelChoiceField(Taal.objects.all(), label=_("Taal"))
    files = MultipleDocumentField(
        label=_("Bestanden"), help_text=_("U kunt meerdere bestanden tegelijk kiezen.")
    )


def document_permissions():
    return policy_registry.get_by_type(get_document_model())


def can_upload(user) -> bool:
    return user.has_perm(UPLOAD_PERMISSION) and document_permissions().user_has_permission(user, "add")


class UploadView(WagtailAdminTemplateMixin, FormView):
    form_class = UploadForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = _("Materiaal uploaden")
    header_icon = "upload"
    _show_breadcrumbs = True

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        if not can_upload(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"campagne": self.request.GET.get("campagne"), "taal": Taal.objects.filter(slug="nl").first()}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("campagnes_upload")
        context["submit_button_label"] = _("Uploaden")
        return context

    def form_valid(self, form):
        campagne = form.cleaned_data["campagne"]
        collection = campagne.document_collection()
        if not document_permissions().user_has_permission_for_instance(
            self.request.user, "add", get_document_model()(collection=collection)
        ):
            form.add_error("campagne", _("U mag geen bestanden toevoegen aan de map van deze campagne."))
            return self.form_invalid(form)
        created = self._create_drafts(form.cleaned_data, collection)
        messages.success(
            self.request,
            _("%(count)s concepten aangemaakt voor %(campagne)s. Vul ze aan en publiceer ze.")
            % {"count": len(created), "campagne": campagne.title},
        )
        return redirect(reverse("wagtailsnippets_campagnes_materiaal:list"))

    @transaction.atomic
    def _create_drafts(self, data, collection) -> list[Materiaal]:
        Document = get_document_model()
        campagne = data["campagne"]
        created = []
        for upload in data["files"]:
            title = Path(upload.name).stem.replace("_", " ").replace("-", " ").strip().capitalize()
            document = Document(
                title=title, file=upload, collection=collection, uploaded_by_user=self.request.user
            )
            document._set_document_file_metadata()
            document.save()
            materiaal = Materiaal(
                title=title,
                document=document,
                campagne=campagne,
                vorm=data["vorm"],
                taal=data["taal"],
                live=False,
                has_unpublished_changes=True,
            )
            materiaal.save()
            materiaal.doelgroepen.set(campagne.doelgroepen.all())
            materiaal.uitbuitingsvormen.set(campagne.uitbuitingsvormen.all())
            materiaal.save()
            # A draft: the description and preview are what the editor adds next.
            materiaal.save_revision(user=self.request.user, clean=False)
            created.append(materiaal)
        return created
