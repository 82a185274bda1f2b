"""Agenda fixtures, shared with every test folder through pytest_plugins in tests/conftest.py."""

import pytest

from tests.agenda.factories import AgendaPageFactory, EvenementPageFactory


@pytest.fixture
def agenda(home_page):
    return AgendaPageFactory(parent=home_page)


@pytest.fixture
def event_factory(agenda):
    """Create a published event; groepen=[...] for group events (saved with its restriction)."""

    def create(groepen=(), **kwargs):
        return EvenementPageFactory(parent=agenda, groepen=list(groepen), **kwargs)

    return create
