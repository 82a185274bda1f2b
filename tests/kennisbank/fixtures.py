"""Kennisbank fixtures, shared with every test folder through pytest_plugins in tests/conftest.py."""

import pytest

from kennisbank.models import Gemeente
from tests.kennisbank.factories import (
    ActieplanPageFactory,
    GemeenteFactory,
    KennisbankPageFactory,
    KennisItemPageFactory,
    MeldpuntFactory,
    MeldroutePageFactory,
    UitbuitingsvormFactory,
)
from tests.kennisbank.meldroute_steps import resident_and_professional


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


@pytest.fixture
def meldpunten(vormen):
    all_forms = list(vormen.values())
    return {
        "alarmnummer-112": MeldpuntFactory(
            name="Alarmnummer 112", slug="alarmnummer-112", phone="112", uitbuitingsvormen=all_forms
        ),
        "nla": MeldpuntFactory(
            name="Nederlandse Arbeidsinspectie",
            slug="nla",
            phone="0800-5151",
            always_open=False,
            opening_hours="Werkdagen van 8.00 tot 17.00 uur",
            uitbuitingsvormen=[vormen["arbeidsuitbuiting"]],
        ),
        "politie": MeldpuntFactory(
            name="Politie", slug="politie", phone="0900-8844", uitbuitingsvormen=all_forms
        ),
        "mma": MeldpuntFactory(
            name="Meld Misdaad Anoniem",
            slug="mma",
            phone="0800-7000",
            anonymous=True,
            uitbuitingsvormen=all_forms,
        ),
    }


@pytest.fixture
def gemeenten(db):
    return {
        "dordrecht": GemeenteFactory(
            name="Dordrecht",
            slug="dordrecht",
            contact_email="mensenhandel.dordrecht@example.org",
            local_route="<p>In Dordrecht bespreekt de aandachtsfunctionaris het in het Zorg- en Veiligheidshuis.</p>",
        ),
        "rotterdam": GemeenteFactory(
            name="Rotterdam", slug="rotterdam", regio=Gemeente.Regio.ROTTERDAM_RIJNMOND
        ),
    }


@pytest.fixture
def meldroute(home_page, meldpunten, gemeenten):
    """A published meldroutekaart with a small tree for residents and professionals."""
    return MeldroutePageFactory(parent=home_page, steps=resident_and_professional(meldpunten))
