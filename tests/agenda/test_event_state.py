"""The time-derived state of an event, in one place: table-driven, with explicit moments."""

import datetime

import pytest
import time_machine

from django.utils import timezone

from agenda.models import EvenementPage, Phase, RegistrationState

# Nothing is saved, but a new Wagtail page looks up its content type in the database: without
# access these tests passed only after another test in the same process had filled that cache.
pytestmark = pytest.mark.django_db

AMS = timezone.get_fixed_timezone(60)
START = datetime.datetime(2026, 10, 14, 9, 0, tzinfo=AMS)
END = datetime.datetime(2026, 10, 14, 12, 0, tzinfo=AMS)


def event(**fields):
    defaults = {"start": START, "end": END, "registration_enabled": True}
    return EvenementPage(**{**defaults, **fields})


def at(**delta):
    return START + datetime.timedelta(**delta)


@pytest.mark.parametrize(
    ("now", "phase"),
    [
        (at(days=-30), Phase.UPCOMING),
        (at(seconds=-1), Phase.UPCOMING),
        (at(), Phase.ONGOING),
        (at(hours=2, minutes=59), Phase.ONGOING),
        (at(hours=3), Phase.PAST),
        (at(days=300), Phase.PAST),
    ],
)
def test_phase(now, phase):
    assert event().phase(now) == phase


def test_multi_day_event_is_ongoing_on_its_second_day():
    week = event(end=START + datetime.timedelta(days=6))

    assert week.phase(at(days=2)) == Phase.ONGOING


@pytest.mark.parametrize(
    ("fields", "now", "state"),
    [
        ({}, at(days=-5), RegistrationState.OPEN),
        ({"registration_enabled": False}, at(days=-5), RegistrationState.NOT_NEEDED),
        ({"registration_opens": at(days=-3)}, at(days=-5), RegistrationState.NOT_YET_OPEN),
        ({"registration_opens": at(days=-3)}, at(days=-2), RegistrationState.OPEN),
        ({"registration_closes": at(days=-1)}, at(days=-2), RegistrationState.OPEN),
        ({"registration_closes": at(days=-1)}, at(hours=-1), RegistrationState.CLOSED),
        ({}, at(minutes=-1), RegistrationState.OPEN),
        ({}, at(), RegistrationState.CLOSED),
        ({}, at(hours=4), RegistrationState.PAST),
        ({"registration_enabled": False}, at(hours=4), RegistrationState.NOT_NEEDED),
    ],
)
def test_registration_state(fields, now, state):
    assert event(**fields).registration_state(now) == state


def test_event_page_shows_the_phase_with_a_frozen_clock(client, event_factory):
    page = event_factory(start=START, end=END)

    with time_machine.travel(at(hours=1), tick=False):
        during = client.get(page.url).content.decode()
    with time_machine.travel(at(days=1), tick=False):
        after = client.get(page.url).content.decode()

    assert "nu bezig" in during
    assert "voorbij" in after and "Dit evenement is al voorbij." in after
