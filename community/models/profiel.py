"""A member's profile, with per-field visibility chosen by the member."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Rol(models.TextChoices):
    AANDACHTSFUNCTIONARIS = "aandachtsfunctionaris", _("Aandachtsfunctionaris mensenhandel")
    KETENPARTNER = "ketenpartner", _("Ketenpartner")
    BELEIDSMEDEWERKER = "beleidsmedewerker", _("Beleidsmedewerker")
    REDACTEUR = "redacteur", _("Redacteur")
    ANDERS = "anders", _("Anders")


class Zichtbaarheid(models.TextChoices):
    ALLE_LEDEN = "leden", _("Alle leden van de community")
    MIJN_GROEPEN = "groepen", _("Alleen leden van mijn groepen")
    NIEMAND = "niemand", _("Niemand")


# The profile fields a member can show or hide, with their default visibility. The name is always
# shown to members: the community is for people who work together.
VISIBLE_FIELDS: dict[str, Zichtbaarheid] = {
    "organisation": Zichtbaarheid.ALLE_LEDEN,
    "gemeente": Zichtbaarheid.ALLE_LEDEN,
    "rol": Zichtbaarheid.ALLE_LEDEN,
    "job_title": Zichtbaarheid.ALLE_LEDEN,
    "email": Zichtbaarheid.MIJN_GROEPEN,
    "phone": Zichtbaarheid.MIJN_GROEPEN,
    "bio": Zichtbaarheid.ALLE_LEDEN,
}


def default_visibility() -> dict[str, str]:
    return {field: str(level) for field, level in VISIBLE_FIELDS.items()}


class Profiel(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profiel", verbose_name=_("lid")
    )
    organisation = models.ForeignKey(
        "kennisbank.Partner",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leden",
    )
    gemeente = models.ForeignKey(
        "kennisbank.Gemeente",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leden",
    )
    rol = models.CharField(_("rol"), max_length=40, choices=Rol.choices, default=Rol.KETENPARTNER)
    job_title = models.CharField(_("functie"), max_length=120, blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    bio = models.TextField(_("over mij"), max_length=1000, blank=True)
    visibility = models.JSONField(_("wie ziet wat"), default=default_visibility)

    class Meta:
        verbose_name = _("profiel")
        verbose_name_plural = _("profielen")

    def __str__(self):
        return str(self.user)

    def level(self, field: str) -> str:
        return self.visibility.get(field, str(VISIBLE_FIELDS[field]))

    def visible_to(self, viewer, shared_group: bool) -> set[str]:
        """The profile fields `viewer` may see; `shared_group` says whether they share a group."""
        if viewer.pk == self.user_id:
            return set(VISIBLE_FIELDS)
        allowed = {Zichtbaarheid.ALLE_LEDEN} | ({Zichtbaarheid.MIJN_GROEPEN} if shared_group else set())
        return {field for field in VISIBLE_FIELDS if self.level(field) in allowed}
