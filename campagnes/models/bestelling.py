"""A request for printed copies of a material, kept for the editors who send them."""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

# Four digits, an optional space and two letters (1234 AB); the letters SA, SD and SS are not used.
POSTCODE_PATTERN = r"^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$"


class Bestelling(models.Model):
    class Status(models.TextChoices):
        NIEUW = "nieuw", _("Nieuw")
        VERSTUURD = "verstuurd", _("Verstuurd")
        AFGEWEZEN = "afgewezen", _("Afgewezen")

    materiaal = models.ForeignKey(
        "campagnes.Materiaal",
        verbose_name=_("materiaal"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="bestellingen",
    )
    # Kept as text as well, so the request still says what was asked when the material is gone.
    materiaal_title = models.CharField(_("titel van het materiaal"), max_length=255, editable=False)
    quantity = models.PositiveIntegerField(_("aantal"))
    name = models.CharField(_("naam"), max_length=120)
    organisation = models.CharField(_("organisatie"), max_length=160)
    email = models.EmailField(_("e-mailadres"))
    street = models.CharField(_("straat en huisnummer"), max_length=160)
    postcode = models.CharField(_("postcode"), max_length=7, validators=[RegexValidator(POSTCODE_PATTERN)])
    city = models.CharField(_("plaats"), max_length=80)
    note = models.TextField(_("opmerking"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("aangevraagd op"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NIEUW)

    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [FieldPanel("materiaal", read_only=True), FieldPanel("quantity", read_only=True)],
            _("Bestelling"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("organisation", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("street", read_only=True),
                FieldRowPanel([FieldPanel("postcode", read_only=True), FieldPanel("city", read_only=True)]),
                FieldPanel("note", read_only=True),
            ],
            _("Aanvrager en afleveradres"),
        ),
    ]

    class Meta:
        verbose_name = _("bestelling")
        verbose_name_plural = _("bestellingen")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.quantity} × {self.materiaal_title} voor {self.organisation}"

    def save(self, *args, **kwargs):
        if self.materiaal_id and not self.materiaal_title:
            self.materiaal_title = self.materiaal.title
        super().save(*args, **kwargs)

    @property
    def address(self) -> str:
        return f"{self.street}\n{self.postcode} {self.city}"
