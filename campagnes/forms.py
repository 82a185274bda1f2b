"""The public order form for printed copies, with its spam protection.

Spam is kept out without third-party services: a honeypot field that people never see (bots
that fill it get a friendly "thank you" and nothing is stored) and a signed timestamp, so that a
form posted within seconds of being shown, or with a forged or day-old timestamp, is refused.
"""

from __future__ import annotations

import re
import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from campagnes.models.bestelling import POSTCODE_PATTERN, Bestelling
from campagnes.models.materiaal import Materiaal

MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 24 * 60 * 60
TIMESTAMP_SALT = "campagnes.bestelling.started"
HONEYPOT_FIELD = "website"


def timestamp_token(issued_at: float | None = None) -> str:
    """A signed moment at which the form was shown."""
    return signing.dumps(issued_at if issued_at is not None else time.time(), salt=TIMESTAMP_SALT)


class BestellingForm(forms.ModelForm):
    # Declared here rather than taken from the model: the range depends on the material, and the
    # message for a number out of range must say which numbers are allowed.
    quantity = forms.IntegerField(
        label=_("Hoeveel exemplaren wilt u?"),
        error_messages={
            "required": _("Vul in hoeveel exemplaren u wilt."),
            "invalid": _("Vul het aantal in als getal, bijvoorbeeld 25."),
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 1}),
    )
    # The honeypot. The signed timestamp travels in the hidden input "started" (see timestamp()).
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Bestelling
        fields = ["quantity", "name", "organisation", "email", "street", "postcode", "city", "note"]
        labels = {
            "name": _("Uw naam"),
            "organisation": _("Organisatie"),
            "email": _("E-mailadres"),
            "street": _("Straat en huisnummer"),
            "postcode": _("Postcode"),
            "city": _("Plaats"),
            "note": _("Opmerking"),
        }
        help_texts = {
            "email": _("Hier sturen we de bevestiging naartoe."),
            "postcode": _("Bijvoorbeeld 3011 AB."),
            "note": _("Bijvoorbeeld wanneer u het materiaal nodig heeft."),
        }
        error_messages = {
            "name": {"required": _("Vul uw naam in.")},
            "organisation": {"required": _("Vul de naam van uw organisatie in.")},
            "email": {
                "required": _("Vul uw e-mailadres in."),
                "invalid": _("Vul een e-mailadres in zoals naam@organisatie.nl."),
            },
            "street": {"required": _("Vul de straat en het huisnummer in.")},
            "postcode": {"required": _("Vul de postcode in.")},
            "city": {"required": _("Vul de plaats in.")},
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "street": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "postcode": forms.TextInput(attrs={"autocomplete": "postal-code", "size": 8}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, materiaal: Materiaal, **kwargs):
        super().__init__(*args, **kwargs)
        self.materiaal = materiaal
        self.instance.materiaal = materiaal
        self.is_spam = False
        self.fields["quantity"].widget.attrs["max"] = materiaal.max_order_quantity
        self.fields["quantity"].help_text = _("Maximaal %(max)s.") % {"max": materiaal.max_order_quantity}

    def timestamp(self) -> str:
        """The token to render: the one the person's first view got, unless it was unusable."""
        posted = self.data.get("started", "") if self.is_bound else ""
        if posted and self._issued_at(posted) is not None:
            return posted
        return timestamp_token()

    @staticmethod
    def _issued_at(token: str) -> float | None:
        """When the form was shown, if `token` is ours and less than a day old."""
        try:
            issued_at = signing.loads(token, salt=TIMESTAMP_SALT)
        except signing.BadSignature:
            return None
        if not isinstance(issued_at, int | float) or time.time() - issued_at > MAX_FORM_AGE_SECONDS:
            return None
        return issued_at

    def clean_quantity(self):
        quantity = self.cleaned_data["quantity"]
        maximum = self.materiaal.max_order_quantity
        if not 1 <= quantity <= maximum:
            raise forms.ValidationError(
                _("Kies een aantal van 1 tot en met %(max)s.") % {"max": maximum}, code="range"
            )
        return quantity

    def clean_postcode(self):
        postcode = re.sub(r"\s+", "", self.cleaned_data["postcode"]).upper()
        if len(postcode) == 6:
            postcode = f"{postcode[:4]} {postcode[4:]}"
        if not re.match(POSTCODE_PATTERN, postcode):
            raise forms.ValidationError(_("Vul een Nederlandse postcode in, zoals 3011 AB."), code="invalid")
        return postcode

    def clean(self):
        cleaned = super().clean()
        if self.data.get(HONEYPOT_FIELD):
            self.is_spam = True
            return cleaned
        if self.errors:
            # The person corrects the fields first; the timestamp they keep is checked then.
            return cleaned
        issued_at = self._issued_at(self.data.get("started", ""))
        if issued_at is None:
            raise forms.ValidationError(
                _("Het formulier is verlopen. Controleer uw gegevens en verstuur het opnieuw."),
                code="expired",
            )
        if time.time() - issued_at < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("Het formulier is erg snel verstuurd. Controleer uw gegevens en verstuur het opnieuw."),
                code="too_fast",
            )
        return cleaned
