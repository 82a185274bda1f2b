"""Placing an order for printed copies: rate limits, storing the request and the e-mails.

Orders are rate-limited per visitor and per e-mail address (home.ratelimit).
"""

from __future__ import annotations

import enum
import logging

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
from home.ratelimit import VisitorAndEmailLimit

logger = logging.getLogger(__name__)

ORDERS = VisitorAndEmailLimit("campagnes.bestelling", per_visitor="5/h", per_email="3/d")


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
    if ORDERS.exceeded(request, form.cleaned_data["email"]):
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
