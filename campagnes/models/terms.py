"""The vocabulary of the material library: audiences, kinds of material and languages."""

from __future__ import annotations

from django.conf.locale import LANG_INFO
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from kennisbank.models.taxonomie import Term


class Doelgroep(Term):
    """Who a campaign or a material is for: bewoners, professionals, jongeren en scholen, ..."""

    class Meta(Term.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class Materiaalvorm(Term):
    """What kind of material it is: poster, flyer, social-media-kit, lesmateriaal, video, ..."""

    class Meta(Term.Meta):
        verbose_name = _("soort materiaal")
        verbose_name_plural = _("soorten materiaal")


class Taal(Term):
    """A language material is published in; its code goes into the HTML `lang` attribute."""

    slug = models.SlugField(
        _("taalcode"),
        max_length=12,
        unique=True,
        help_text=_("De code van de taal, zoals nl, en, pl of ar. Die staat ook in het webadres."),
    )
    native_name = models.CharField(
        _("naam in de taal zelf"), max_length=60, blank=True, help_text=_("Bijvoorbeeld Polski voor Pools.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("native_name")]

    class Meta(Term.Meta):
        verbose_name = _("taal")
        verbose_name_plural = _("talen")

    def clean(self):
        # Only codes Django knows, so that browsers and screen readers get a real language.
        if self.slug and self.slug not in LANG_INFO:
            raise ValidationError(
                {"slug": _("Deze taalcode kennen we niet. Gebruik een code als nl, en of pl.")}
            )

    @property
    def code(self) -> str:
        return self.slug

    @property
    def is_right_to_left(self) -> bool:
        return bool(LANG_INFO.get(self.slug, {}).get("bidi"))

    @property
    def html_attrs(self) -> str:
        """` lang="pl"` (and ` dir="rtl"` for Arabic and other right-to-left languages)."""
        if self.is_right_to_left:
            return format_html(' lang="{}" dir="rtl"', self.slug)
        return format_html(' lang="{}"', self.slug)
