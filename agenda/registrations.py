"""Registering for events: capacity, waiting list, confirmation and cancellation.

Every change that can take or free a seat runs in one transaction that first locks the event's
row, so that simultaneous registrations are counted one after another and the number of
confirmed seats never exceeds the capacity (on SQLite the database itself is locked: see
config/settings.py). E-mails go out only after the transaction has committed.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page

from agenda import emails
from agenda.models import Aanmelding, EvenementPage, RegistrationState

Status = Aanmelding.Status

REFUSALS = {
    RegistrationState.NOT_NEEDED: _("Voor dit evenement hoeft u zich niet aan te melden."),
    RegistrationState.NOT_YET_OPEN: _("Aanmelden voor dit evenement kan nog niet."),
    RegistrationState.CLOSED: _("Aanmelden voor dit evenement is gesloten."),
    RegistrationState.PAST: _("Dit evenement is al voorbij."),
}


class Refused(Exception):
    """A registration that cannot be made, with the Dutch sentence that says why."""


def _lock(event: EvenementPage) -> EvenementPage:
    Page.objects.select_for_update().only("pk").get(pk=event.pk)
    return EvenementPage.objects.get(pk=event.pk)


def _check_open(event: EvenementPage):
    state = event.registration_state()
    if state != RegistrationState.OPEN:
        raise Refused(REFUSALS[state])


def _active(event: EvenementPage, email: str):
    return event.aanmeldingen.filter(email__iexact=email, status__in=Aanmelding.ACTIVE).first()


def seats_taken(event: EvenementPage) -> int:
    return event.aanmeldingen.filter(status=Status.CONFIRMED).count()


def seats_left(event: EvenementPage) -> int | None:
    return None if event.capacity is None else max(event.capacity - seats_taken(event), 0)


def _seat_or_queue(registration: Aanmelding, event: EvenementPage):
    """Give the registration a seat when there is one, else a place on the waiting list."""
    has_seat = event.capacity is None or seats_taken(event) < event.capacity
    registration.status = Status.CONFIRMED if has_seat else Status.WAITING
    registration.queued_at = timezone.now()
    registration.save()
    if has_seat:
        transaction.on_commit(lambda: emails.confirmed(registration))
    else:
        position = event.aanmeldingen.filter(status=Status.WAITING).count()
        transaction.on_commit(lambda: emails.waiting(registration, position))


def _refuse_duplicate(existing: Aanmelding | None):
    if existing is None:
        return
    if existing.status == Status.WAITING:
        raise Refused(_("U staat al op de wachtlijst voor dit evenement."))
    raise Refused(_("U bent al aangemeld voor dit evenement."))


@transaction.atomic
def register_member(event: EvenementPage, user) -> Aanmelding:
    event = _lock(event)
    _check_open(event)
    _refuse_duplicate(_active(event, user.email))
    profile = getattr(user, "profiel", None)
    registration = Aanmelding(
        evenement=event,
        user=user,
        name=user.get_full_name() or user.email,
        email=user.email,
        organisation=str(profile.organisation or "") if profile else "",
    )
    _seat_or_queue(registration, event)
    return registration


@transaction.atomic
def request_guest(event: EvenementPage, name: str, email: str, organisation: str) -> Aanmelding:
    """A visitor without an account registers; the seat is taken once they confirm by e-mail."""
    event = _lock(event)
    if not event.is_public:
        raise Refused(_("Voor dit evenement kunnen alleen leden zich aanmelden."))
    _check_open(event)
    existing = _active(event, email)
    if existing and existing.status == Status.UNCONFIRMED:
        transaction.on_commit(lambda: emails.confirm_address(existing))
        return existing
    _refuse_duplicate(existing)
    registration = Aanmelding.objects.create(
        evenement=event, name=name, email=email.lower(), organisation=organisation, status=Status.UNCONFIRMED
    )
    transaction.on_commit(lambda: emails.confirm_address(registration))
    return registration


@transaction.atomic
def confirm_guest(registration: Aanmelding) -> Aanmelding:
    event = _lock(registration.evenement)
    registration = Aanmelding.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Status.UNCONFIRMED:
        return registration  # a second click on the link changes nothing
    _check_open(event)
    _seat_or_queue(registration, event)
    return registration


@transaction.atomic
def add_by_editor(
    event: EvenementPage, name: str, email: str, organisation: str = "", user=None
) -> Aanmelding:
    """An organiser adds someone: no registration window applies, the capacity does."""
    event = _lock(event)
    _refuse_duplicate(_active(event, email))
    registration = Aanmelding(
        evenement=event, user=user, name=name, email=email.lower(), organisation=organisation
    )
    _seat_or_queue(registration, event)
    return registration


@transaction.atomic
def cancel(registration: Aanmelding, notify: bool = True) -> Aanmelding:
    """Cancel; a freed seat goes to the first on the waiting list, who is told by e-mail."""
    event = _lock(registration.evenement)
    registration = Aanmelding.objects.select_for_update().get(pk=registration.pk)
    if registration.status == Status.CANCELLED:
        return registration
    if event.phase() == "past":
        raise Refused(REFUSALS[RegistrationState.PAST])
    had_seat = registration.status == Status.CONFIRMED
    registration.status = Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if notify:
        transaction.on_commit(lambda: emails.cancelled(registration))
    if had_seat:
        _promote(event)
    return registration


def _promote(event: EvenementPage):
    while event.capacity is None or seats_taken(event) < event.capacity:
        first = event.aanmeldingen.filter(status=Status.WAITING).order_by("queued_at", "pk").first()
        if first is None:
            return
        first.status = Status.CONFIRMED
        first.save(update_fields=["status"])
        transaction.on_commit(lambda first=first: emails.promoted(first))
