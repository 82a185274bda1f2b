"""Community fixtures, shared with every test folder through pytest_plugins in tests/conftest.py."""

import pytest

from django.test import Client

from community.models import Lidmaatschap
from tests.community.factories import (
    CommunityPageFactory,
    GroepPageFactory,
    LidmaatschapFactory,
    ProfielFactory,
)


@pytest.fixture
def community(home_page):
    return CommunityPageFactory(parent=home_page)


@pytest.fixture
def groep_factory(community):
    def create(**kwargs):
        return GroepPageFactory(parent=community, **kwargs)

    return create


@pytest.fixture
def groep(groep_factory):
    return groep_factory(title="Werkgroep LVB", slug="werkgroep-lvb")


@pytest.fixture
def andere_groep(groep_factory):
    return groep_factory(title="Regionale Tafel", slug="regionale-tafel")


@pytest.fixture
def member_of():
    """Make a user (with a profile) an active member of a group: member_of(groep, moderator=False)."""

    def make(groep, user=None, moderator=False, **kwargs):
        profile = ProfielFactory(user=user) if user else ProfielFactory()
        LidmaatschapFactory(
            user=profile.user,
            groep=groep,
            is_moderator=moderator,
            status=Lidmaatschap.Status.ACTIEF,
            **kwargs,
        )
        return profile.user

    return make


@pytest.fixture
def client_for():
    """A separate logged-in browser session for a user."""

    def make(user):
        client = Client()
        client.force_login(user)
        return client

    return make
