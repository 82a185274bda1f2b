"""Invitations: the only way in. An editor invites by e-mail; the link works once, for 14 days."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community.models.profiel import Rol

VALID_FOR = datetime.timedelta(days=14)
TOKEN_SALT = "community.uitnodiging"


class Uitnodiging(models.Model):
    email = models.EmailField(_("e-mailadres"))
    first_name = models.CharField(_("voornaam"), max_length=150)
    last_name = models.CharField(_("achternaam"), max_length=150)
    organisation = models.ForeignKey(
        "kennisbank.Partner", verbose_name=_("organisatie"), null=True, blank=True, on_delete=models.SET_NULL
    )
    gemeente = models.ForeignKey(
        "kennisbank.Gemeente", verbose_name=_("gemeente"), null=True, blank=True, on_delete=models.SET_NULL
    )
    rol = models.CharField(_("rol"), max_length=40, choices=Rol.choices, default=Rol.KETENPARTNER)
    groepen = models.ManyToManyField("community.GroepPage", verbose_name=_("groepen"), blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("verstuurd op"), default=timezone.now, editable=False)
    accepted_at = models.DateTimeField(_("geaccepteerd op"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.first_name} {self.last_name} <{self.email}>"

    @property
    def expires_at(self) -> datetime.datetime:
        return self.created_at + VALID_FOR

    @property
    def status(self) -> str:
        if self.accepted_at:
            return _("Geaccepteerd")
        if timezone.now() >= self.expires_at:
            return _("Verlopen")
        return _("Open")

    def token(self) -> str:
        # The creation time is part of the token, so that a re-sent invitation voids the old link.
        return signing.dumps({"id": self.pk, "t": self.created_at.timestamp()}, salt=TOKEN_SALT)

    @classmethod
    def from_token(cls, token: str) -> Uitnodiging | None:
        """The open invitation a token belongs to, or None when it is tampered, used or expired."""
        try:
            data = signing.loads(token, salt=TOKEN_SALT, max_age=VALID_FOR)
        except (signing.BadSignature, TypeError, ValueError):
            return None
        invitation = cls.objects.filter(pk=data.get("id"), accepted_at__isnull=True).first()
        if invitation is None or abs(invitation.created_at.timestamp() - data.get("t", 0)) > 0.001:
            return None
        return invitation if timezone.now() < invitation.expires_at else None
