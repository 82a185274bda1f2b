"""The e-mails of registering: confirmation (with the event as .ics), waiting list, reminders."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from agenda.ics import calendar


def absolute(url: str) -> str:
    return settings.SITE_URL.rstrip("/") + url


def _send(registration, subject: str, template: str, with_ics: bool = False, **context):
    event = registration.evenement
    body = render_to_string(
        f"agenda/email/{template}.txt",
        {
            "registration": registration,
            "event": event,
            "event_url": event.full_url or absolute(event.url or "/"),
            "cancel_url": absolute(reverse("agenda_cancel", args=[registration.token("cancel")])),
            **context,
        },
    )
    message = EmailMessage(f"[VAR mensenhandel] {subject}", body, None, [registration.email])
    if with_ics:
        message.attach(f"{event.slug}.ics", calendar([event], event.title), "text/calendar")
    message.send()


def confirmed(registration):
    _send(registration, f"Aangemeld: {registration.evenement.title}", "confirmed", with_ics=True)


def waiting(registration, position: int):
    _send(registration, f"Wachtlijst: {registration.evenement.title}", "waiting", position=position)


def promoted(registration):
    _send(registration, f"Er is plaats: {registration.evenement.title}", "promoted", with_ics=True)


def confirm_address(registration):
    url = absolute(reverse("agenda_confirm", args=[registration.token("confirm")]))
    _send(
        registration,
        f"Bevestig uw aanmelding: {registration.evenement.title}",
        "confirm_address",
        confirm_url=url,
    )


def cancelled(registration):
    _send(registration, f"Afgemeld: {registration.evenement.title}", "cancelled")


def reminder(registration):
    _send(registration, f"Herinnering: {registration.evenement.title}", "reminder", with_ics=True)
