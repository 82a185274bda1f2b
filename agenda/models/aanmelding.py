"""Registrations for events, and the secret address of a member's personal calendar feed."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

TOKEN_SALT = "agenda.aanmelding"


class Aanmelding(models.Model):
    class Status(models.TextChoices):
        UNCONFIRMED = "onbevestigd", _("Wacht op bevestiging van het e-mailadres")
        CONFIRMED = "bevestigd", _("Aangemeld")
        WAITING = "wachtlijst", _("Op de wachtlijst")
        CANCELLED = "afgemeld", _("Afgemeld")

    ACTIVE = [Status.UNCONFIRMED, Status.CONFIRMED, Status.WAITING]

    evenement = models.ForeignKey(
        "agenda.EvenementPage",
        on_delete=models.CASCADE,
        related_name="aanmeldingen",
        verbose_name=_("evenement"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="aanmeldingen",
        verbose_name=_("lid"),
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"))
    organisation = models.CharField(_("organisatie"), max_length=150, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.UNCONFIRMED)
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    # When the registration joined the queue for a seat: the waiting list is served in this order.
    queued_at = models.DateTimeField(_("in de rij sinds"), null=True, blank=True, db_index=True)
    cancelled_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("herinnering verstuurd"), null=True, blank=True)

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["queued_at", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["evenement", "email"],
                condition=Q(status__in=["onbevestigd", "bevestigd", "wachtlijst"]),
                name="een_actieve_aanmelding_per_adres",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.evenement.title}"

    @property
    def is_guest(self) -> bool:
        return self.user_id is None

    def token(self, action: str) -> str:
        return signing.dumps({"id": self.pk, "a": action}, salt=TOKEN_SALT)

    @classmethod
    def from_token(cls, token: str, action: str, max_age=None) -> Aanmelding | None:
        """The registration a signed link points at, or None when tampered, expired or for another action."""
        try:
            data = signing.loads(token, salt=TOKEN_SALT, max_age=max_age)
        except (signing.BadSignature, TypeError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("a") != action:
            return None
        return cls.objects.select_related("evenement").filter(pk=data.get("id")).first()


def new_feed_token() -> str:
    return secrets.token_urlsafe(24)


class AgendaFeed(models.Model):
    """A member's personal calendar address. A new token replaces the old one, which then stops working."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agenda_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("persoonlijke agenda-feed")
        verbose_name_plural = _("persoonlijke agenda-feeds")

    def __str__(self):
        return f"Agenda-feed van {self.user}"

    def renew(self):
        self.token = new_feed_token()
        self.save(update_fields=["token", "created_at"])
