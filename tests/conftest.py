"""Fixtures shared by every test: a site tree, users, and uploads kept out of the real media folder."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client

from wagtail.models import PageViewRestriction

from home.models import HomePage
from home.permissions import EDITORS
from search import indexing
from tests.community.factories import UserFactory

pytest_plugins = ["tests.kennisbank.fixtures", "tests.community.fixtures", "tests.agenda.fixtures"]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # The browser tests share one demo database that they leave behind (tests/e2e/conftest.py).
    # After pytest-randomly has shuffled and pytest-django has grouped, they move to the end, so
    # that in each worker (pytest-xdist hands tests out in this order) no test that expects a
    # clean database of its own runs after them.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


def pytest_configure(config):
    # Production's password hasher is slow on purpose; with hundreds of accounts made and logged
    # in per run it was a fifth of the suite's time. What a test checks is the same with MD5.
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def search_on_the_database(settings):
    """Tests search the database index, also where ELASTICSEARCH_URL is set: that variable runs
    the Elasticsearch integration tests (tests/search/test_elasticsearch.py), which build their
    own backend and index."""
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture
def reindex(db):
    """Index everything again: factories set many-to-many fields after the page is saved."""
    return indexing.rebuild


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters and used two-factor codes live in the cache: no test inherits them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploads go to a temporary folder so that no test leaves files in media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def home_page(db):
    """The home page every site has from its migrations."""
    return HomePage.objects.get()


@pytest.fixture
def user_factory(db):
    return UserFactory


@pytest.fixture
def member(user_factory):
    return user_factory(email="lid@example.org")


@pytest.fixture
def member_client(member):
    """A separate browser session logged in as `member` (the `client` fixture stays anonymous)."""
    client = Client()
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
    """An editor as on every site: in the editors' group with the rights its migrations grant
    (home/permissions.py), and with an authenticator app, which the admin asks of editors."""
    user = user_factory(email="redactie@example.org")
    user.groups.add(Group.objects.get(name=EDITORS))
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def editor_client(editor):
    """A separate browser session logged in as the editor (the `client` fixture stays anonymous)."""
    client = Client()
    client.force_login(editor)
    return client
