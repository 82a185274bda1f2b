"""Placing an order for printed copies: rate limits, storing the request and the e-mails.

Rate limits are counted in Django's cache (django-ratelimit), so they hold across all web
processes when the cache is Redis (REDIS_URL). Per address of the visitor, so one source cannot
flood the editors, and per e-mail address, so nobody can use the form to flood someone else's
inbox with confirmations. The addresses only live in the cache for the length of the window.
"""

from __future__ import annotations

import enum
import logging

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.core.mail import send_mail
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Site

from campagnes.forms import BestellingForm
from campagnes.models.bestelling import Bestelling
from home.models import SiteSettings

logger = logging.getLogger(__name__)

RATE_PER_VISITOR = "5/h"
RATE_PER_EMAIL = "3/d"


class Outcome(enum.Enum):
    PLACED = "placed"
    IGNORED = "ignored"  # a bot filled the honeypot: it is thanked, nothing is stored or sent
    INVALID = "invalid"
    LIMITED = "limited"


def place_order(request: HttpRequest, form: BestellingForm) -> Outcome:
    if not form.is_valid():
        return Outcome.INVALID
    if form.is_spam:
        return Outcome.IGNORED
    if _over_limit(request, form.cleaned_data["email"]):
        form.add_error(
            None,
            _(
                "U heeft kort na elkaar al een paar keer iets besteld. Probeer het morgen opnieuw, "
                "of mail ons als het dringend is."
            ),
        )
        return Outcome.LIMITED
    bestelling = form.save()
    _send_emails(request, bestelling)
    return Outcome.PLACED


def _over_limit(request: HttpRequest, email: str) -> bool:
    by_visitor = is_ratelimited(
        request, group="campagnes.bestelling.bezoeker", key="ip", rate=RATE_PER_VISITOR, increment=True
    )
    by_email = is_ratelimited(
        request,
        group="campagnes.bestelling.email",
        key=lambda group, request: email.strip().lower(),
        rate=RATE_PER_EMAIL,
        increment=True,
    )
    return by_visitor or by_email


def _send_emails(request: HttpRequest, bestelling: Bestelling) -> None:
    """Confirm to the person who asked; tell the editors if the site has a contact address.

    The request is stored first: a mail server that is down must not lose it, so a failure is
    logged for the editors rather than shown as an error to the visitor.
    """
    site_settings = SiteSettings.for_site(Site.find_for_request(request))
    context = {
        "bestelling": bestelling,
        "organisation": site_settings.organisation,
        "contact_email": site_settings.contact_email,
        "admin_url": settings.SITE_URL.rstrip("/")
        + reverse("wagtailsnippets_campagnes_bestelling:edit", args=[bestelling.pk]),
    }
    messages = [
        (
            _("Uw aanvraag voor gedrukt materiaal is ontvangen"),
            "campagnes/email/bestelling_bevestiging.txt",
            bestelling.email,
        )
    ]
    if site_settings.contact_email:
        messages.append(
            (
                _("Nieuwe bestelling: %(title)s") % {"title": bestelling.materiaal_title[:80]},
                "campagnes/email/bestelling_redactie.txt",
                site_settings.contact_email,
            )
        )
    for subject, template, recipient in messages:
        try:
            send_mail(subject, render_to_string(template, context), None, [recipient])
        except Exception:
            logger.exception("Could not send the e-mail for order %s", bestelling.pk)
