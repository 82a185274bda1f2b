"""The contact directory's upkeep: which meldpunten are due for a check, and what editors see."""

import datetime

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from kennisbank.models import Meldpunt
from kennisbank.models.meldroute import verification_deadline
from tests.kennisbank.factories import MeldpuntFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("today", "deadline"),
    [
        (datetime.date(2026, 11, 29), datetime.date(2026, 5, 29)),
        (datetime.date(2026, 3, 15), datetime.date(2025, 9, 15)),
        (datetime.date(2026, 8, 31), datetime.date(2026, 2, 28)),
        (datetime.date(2024, 8, 31), datetime.date(2024, 2, 29)),
        (datetime.date(2026, 6, 30), datetime.date(2025, 12, 30)),
    ],
)
def test_six_months_back_is_a_real_date(today, deadline):
    assert verification_deadline(today) == deadline


TODAY = datetime.date(2026, 8, 31)


@pytest.mark.parametrize(
    ("verified_on", "due"),
    [
        (None, True),
        (datetime.date(2026, 8, 31), False),
        (datetime.date(2026, 2, 28), False),  # exactly six months ago: still fine today
        (datetime.date(2026, 2, 27), True),
        (datetime.date(2019, 1, 1), True),
    ],
)
def test_a_meldpunt_is_due_for_a_check_after_six_months(verified_on, due):
    meldpunt = MeldpuntFactory(verified_on=verified_on)

    assert meldpunt.is_due_for_check(TODAY) is due
    assert Meldpunt.objects.due_for_check(TODAY).filter(pk=meldpunt.pk).exists() is due


@pytest.mark.parametrize(
    ("phone", "href"),
    [("0800-7000", "08007000"), ("112", "112"), ("+31 88 123 45 67", "+31881234567"), ("", "")],
)
def test_phone_numbers_become_tel_links(phone, href):
    assert MeldpuntFactory.build(phone=phone).phone_href == href


def test_editors_see_the_meldpunten_to_check_on_their_dashboard(client, editor):
    MeldpuntFactory(name="Oud meldpunt", verified_on=datetime.date(2020, 1, 1))
    MeldpuntFactory(name="Nooit gecontroleerd", verified_on=None)
    MeldpuntFactory(name="Net gecontroleerd")
    client.force_login(editor)

    response = client.get("/admin/")

    assertContains(response, "Meldpunten om te controleren")
    assertContains(response, "Oud meldpunt")
    assertContains(response, "nog nooit")
    assertNotContains(response, "Net gecontroleerd")


def test_the_meldpunten_listing_filters_those_due_for_a_check(client, editor):
    MeldpuntFactory(name="Oud meldpunt", verified_on=datetime.date(2020, 1, 1))
    MeldpuntFactory(name="Net gecontroleerd")
    client.force_login(editor)

    response = client.get("/admin/snippets/kennisbank/meldpunt/?te_controleren=true")

    assertContains(response, "Oud meldpunt")
    assertNotContains(response, "Net gecontroleerd")
