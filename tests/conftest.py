"""Fixtures shared by every test: a site tree, users, and uploads kept out of the real media folder."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from home.seeding import home_page as create_home_page
from tests.community.factories import UserFactory


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploads go to a temporary folder so that no test leaves files in media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def home_page(db):
    return create_home_page()


@pytest.fixture
def user_factory(db):
    return UserFactory


@pytest.fixture
def member(user_factory):
    return user_factory(email="lid@example.org")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def restrict():
    """Put a Wagtail view restriction on a page: restrict(page) for login, restrict(page, group)."""

    def _restrict(page, group: Group | None = None):
        if group is None:
            return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(group)
        return restriction

    return _restrict


@pytest.fixture
def editor(user_factory):
    """A member of Wagtail's Moderators group: may edit, publish and use the admin (as the demo editor)."""
    user = user_factory(email="redactie@example.org")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
