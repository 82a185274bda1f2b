"""Fifty people press 'Meld mij aan' at the same moment for ten seats."""

import threading

import pytest

from django.conf import settings
from django.db import connection

from agenda import registrations
from agenda.models import Aanmelding
from tests.agenda.factories import AgendaPageFactory, EvenementPageFactory
from tests.community.factories import UserFactory

# Real parallel transactions need a database server; SQLite's in-memory test database cannot run
# transactions side by side at all. CI runs this on PostgreSQL.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not settings.USING_POSTGRES, reason="needs PostgreSQL (DATABASE_URL)"),
]


def test_fifty_simultaneous_registrations_never_exceed_ten_seats(home_page):
    event = EvenementPageFactory(parent=AgendaPageFactory(parent=home_page), capacity=10)
    users = [UserFactory() for _ in range(50)]
    start = threading.Barrier(len(users))
    errors = []

    def register(user):
        try:
            start.wait()
            registrations.register_member(event, user)
        except Exception as error:  # noqa: BLE001 - any error is a failure of the guarantee
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Aanmelding.objects.filter(status=Aanmelding.Status.CONFIRMED).count() == 10
    assert Aanmelding.objects.filter(status=Aanmelding.Status.WAITING).count() == 40
