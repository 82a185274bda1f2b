"""Kennisbank fixtures, shared with every test folder through pytest_plugins in tests/conftest.py."""

import pytest

from tests.kennisbank.factories import (
    ActieplanPageFactory,
    KennisbankPageFactory,
    KennisItemPageFactory,
    UitbuitingsvormFactory,
)


@pytest.fixture
def kennisbank(home_page):
    return KennisbankPageFactory(parent=home_page)


@pytest.fixture
def actieplan(home_page):
    return ActieplanPageFactory(parent=home_page)


@pytest.fixture
def item_factory(kennisbank):
    """Create a published knowledge item in the kennisbank."""

    def create(**kwargs):
        return KennisItemPageFactory(parent=kennisbank, **kwargs)

    return create


@pytest.fixture
def vormen(db):
    return {
        slug: UitbuitingsvormFactory(name=name, slug=slug)
        for slug, name in [
            ("arbeidsuitbuiting", "Arbeidsuitbuiting"),
            ("criminele-uitbuiting", "Criminele uitbuiting"),
            ("seksuele-uitbuiting", "Seksuele uitbuiting"),
        ]
    }
