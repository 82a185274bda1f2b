"""Forms of the community. Every one validates length and content and answers in Dutch."""

from __future__ import annotations

from allauth.mfa.base import forms as allauth_base_forms
from allauth.mfa.totp import forms as allauth_totp_forms

from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model

from community.models import Bericht, Lidmaatschap, Nieuwsmail, Onderwerp, Profiel, User, Zichtbaarheid
from community.models.profiel import VISIBLE_FIELDS

PERSONAL_DATA_WARNING = _(
    "Zet hier geen gegevens waarmee iemand herkend kan worden: geen namen, adressen, foto's of "
    "dossiernummers van slachtoffers of verdachten. Bespreek casussen alleen in algemene termen."
)
ALLOWED_DOCUMENT_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "pptx", "txt", "csv", "png", "jpg", "jpeg"]
MAX_DOCUMENT_SIZE = 20 * 1024 * 1024


class AcceptInvitationForm(forms.Form):
    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150)
    password1 = forms.CharField(
        label=_("Kies een wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Minstens 10 tekens. Gebruik geen wachtwoord dat u ook ergens anders gebruikt."),
    )
    password2 = forms.CharField(
        label=_("Herhaal het wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("De twee wachtwoorden zijn niet gelijk."))
        elif password1:
            candidate = User(
                email=self.email,
                first_name=cleaned.get("first_name", ""),
                last_name=cleaned.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class ProfileForm(forms.ModelForm):
    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150)

    class Meta:
        model = Profiel
        fields = ["organisation", "gemeente", "rol", "job_title", "phone", "bio"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 4, "maxlength": 1000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance.user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        for field in VISIBLE_FIELDS:
            label = _("e-mailadres") if field == "email" else self.fields[field].label.lower()
            self.fields[f"visibility_{field}"] = forms.ChoiceField(
                label=_("Wie ziet uw %(veld)s?") % {"veld": label},
                choices=Zichtbaarheid.choices,
                initial=self.instance.level(field),
            )

    def rows(self):
        """Each profile field with the choice of who sees it (the name is always shown)."""
        for name in ["first_name", "last_name", *self._meta.fields]:
            yield self[name], self[f"visibility_{name}"] if name in VISIBLE_FIELDS else None

    def save(self, commit=True):
        profile = super().save(commit=False)
        profile.visibility = {field: self.cleaned_data[f"visibility_{field}"] for field in VISIBLE_FIELDS}
        profile.user.first_name = self.cleaned_data["first_name"]
        profile.user.last_name = self.cleaned_data["last_name"]
        if commit:
            profile.user.save(update_fields=["first_name", "last_name"])
            profile.save()
        return profile


class NotificationsForm(forms.Form):
    """One choice per active membership: immediate e-mail, a daily digest, or none."""

    def __init__(self, *args, memberships, **kwargs):
        super().__init__(*args, **kwargs)
        self.memberships = list(memberships)
        for membership in self.memberships:
            self.fields[f"groep_{membership.pk}"] = forms.ChoiceField(
                label=membership.groep.title,
                choices=Nieuwsmail.choices,
                initial=membership.notify,
                widget=forms.RadioSelect,
            )

    def save(self):
        for membership in self.memberships:
            membership.notify = self.cleaned_data[f"groep_{membership.pk}"]
            membership.save(update_fields=["notify"])


class MembershipRequestForm(forms.ModelForm):
    class Meta:
        model = Lidmaatschap
        fields = ["motivation"]
        labels = {"motivation": _("Waarom wilt u lid worden? (niet verplicht)")}
        widgets = {"motivation": forms.Textarea(attrs={"rows": 3, "maxlength": 500})}


class TopicForm(forms.ModelForm):
    text = forms.CharField(
        label=_("Uw bericht"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=PERSONAL_DATA_WARNING,
    )

    class Meta:
        model = Onderwerp
        fields = ["title"]
        labels = {"title": _("Onderwerp")}


class PostForm(forms.ModelForm):
    class Meta:
        model = Bericht
        fields = ["text"]
        labels = {"text": _("Uw reactie")}
        help_texts = {"text": PERSONAL_DATA_WARNING}
        widgets = {"text": forms.Textarea(attrs={"rows": 6, "maxlength": 10_000})}


class DocumentUploadForm(forms.ModelForm):
    class Meta:
        model = get_document_model()
        fields = ["title", "file"]
        labels = {"title": _("Titel"), "file": _("Bestand")}
        help_texts = {"file": _("PDF, Word, Excel, PowerPoint, tekst of afbeelding; hoogstens 20 MB.")}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in ALLOWED_DOCUMENT_EXTENSIONS:
            raise forms.ValidationError(
                _("Dit soort bestand kan niet. Kies een van: %(allowed)s.")
                % {"allowed": ", ".join(ALLOWED_DOCUMENT_EXTENSIONS)}
            )
        if upload.size > MAX_DOCUMENT_SIZE:
            raise forms.ValidationError(_("Het bestand is groter dan 20 MB."))
        return upload


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Uw wachtwoord, ter bevestiging"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."))
        return password


class ActivateTOTPForm(allauth_totp_forms.ActivateTOTPForm):
    """allauth's form, with the field named the way the rest of the site speaks."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = _("Code uit de app (6 cijfers)")


class AuthenticateForm(allauth_base_forms.AuthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = _("Code uit de app of herstelcode")
