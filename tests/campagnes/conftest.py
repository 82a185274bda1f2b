import pytest

from django.core.cache import cache

from wagtail.models import Collection, CollectionViewRestriction

from tests.campagnes.factories import (
    CampagnePageFactory,
    CampagnesIndexPageFactory,
    DocumentFactory,
    MateriaalbankPageFactory,
    MateriaalFactory,
    MateriaalvormFactory,
    TaalFactory,
)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits are counted in the cache; every test starts with none used."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def campagnes_section(home_page):
    return CampagnesIndexPageFactory(parent=home_page)


@pytest.fixture
def materiaalbank(campagnes_section):
    return MateriaalbankPageFactory(parent=campagnes_section)


@pytest.fixture
def campagne_factory(campagnes_section):
    def create(**kwargs):
        return CampagnePageFactory(parent=campagnes_section, **kwargs)

    return create


@pytest.fixture
def materiaal_factory(materiaalbank):
    """Create published material, with the library page in place to show it."""
    return MateriaalFactory


@pytest.fixture
def talen(db):
    return {
        code: TaalFactory(slug=code, name=name, native_name=native)
        for code, name, native in [
            ("nl", "Nederlands", "Nederlands"),
            ("pl", "Pools", "Polski"),
            ("ar", "Arabisch", "العربية"),
        ]
    }


@pytest.fixture
def materiaalvormen(db):
    return {
        slug: MateriaalvormFactory(slug=slug, name=name)
        for slug, name in [("poster", "Poster"), ("flyer", "Flyer")]
    }


@pytest.fixture
def restricted_document(db):
    """A document in a collection that only logged-in members may open."""
    root = Collection.get_first_root_node()
    besloten = root.add_child(name="Besloten")
    CollectionViewRestriction.objects.create(
        collection=besloten, restriction_type=CollectionViewRestriction.LOGIN
    )
    return DocumentFactory(title="Besloten bestand", collection=besloten)
