from django import forms
from django.utils.translation import gettext_lazy as _


class GuestRegistrationForm(forms.Form):
    name = forms.CharField(label=_("Uw naam"), max_length=150)
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        max_length=254,
        help_text=_("We sturen u een e-mail met een link. Pas als u daarop klikt, bent u aangemeld."),
        error_messages={"invalid": _("Vul een e-mailadres in zoals naam@organisatie.nl.")},
    )
    organisation = forms.CharField(label=_("Organisatie (niet verplicht)"), max_length=150, required=False)


class AddRegistrationForm(forms.Form):
    """An organiser adds someone to the list by e-mail address."""

    email = forms.EmailField(label=_("E-mailadres"), max_length=254)
    name = forms.CharField(label=_("Naam"), max_length=150)
    organisation = forms.CharField(label=_("Organisatie"), max_length=150, required=False)
