"""Search follows the visibility gate at the moment of asking, results and facet counts alike.

The index stores where a thing lives (its page's tree path, its document's collection), not who
may see it: a restriction added, widened or moved takes effect at once, without re-indexing.
"""

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.campagnes.factories import (
    CampagnePageFactory,
    CampagnesIndexPageFactory,
    DocumentFactory,
    MateriaalbankPageFactory,
    MateriaalFactory,
)
from tests.kennisbank.factories import ThemaFactory

pytestmark = pytest.mark.django_db

MARKER = "Roerdomp6630"


def search(client, words=MARKER):
    return client.get("/zoeken/", {"q": words})


def titles(response) -> list[str]:
    return [hit.title for hit in response.context["results"]]


def facet_values(response) -> set[str]:
    return {option.value for view in response.context["facets"] for option in view.options}


@pytest.fixture
def werkgroep(db):
    return Group.objects.create(name="Werkgroep LVB")


@pytest.fixture
def insider(user_factory, werkgroep):
    user = user_factory(email="lid-lvb@example.org")
    user.groups.add(werkgroep)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def outsider(user_factory):
    client = Client()
    client.force_login(user_factory(email="ander@example.org"))
    return client


def test_a_restriction_added_later_hides_the_item_and_its_facet_values_at_once(
    client, insider, outsider, item_factory, restrict, werkgroep, reindex
):
    secret = item_factory(title=f"Verslag {MARKER}", themas=[ThemaFactory(name="Geheim thema")])
    item_factory(title=f"Openbaar {MARKER}")
    reindex()
    assert "Geheim thema" in facet_values(search(client))

    restrict(secret, werkgroep)

    for visitor in (client, outsider):
        response = search(visitor)
        assert titles(response) == [f"Openbaar {MARKER}"]
        assert "Geheim thema" not in facet_values(response)
        assert response.context["results"].paginator.count == 1
    assert sorted(titles(search(insider))) == [f"Openbaar {MARKER}", f"Verslag {MARKER}"]


def test_a_password_protected_page_is_never_found(client, insider, item_factory):
    secret = item_factory(title=f"Wachtwoordpagina {MARKER}")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    for visitor in (client, insider):
        assert titles(search(visitor)) == []


def test_a_page_moved_into_a_members_section_disappears(
    client, item_factory, home_page, restrict, kennisbank
):
    item = item_factory(title=f"Handreiking {MARKER}")
    members_only = home_page.add_child(instance=type(kennisbank)(title="Leden", slug="leden"))
    restrict(members_only)
    assert titles(search(client)) == [f"Handreiking {MARKER}"]

    item.move(members_only, pos="last-child")

    assert titles(search(client)) == []


def test_a_document_in_a_collection_restricted_later_is_hidden_at_once(client, insider, outsider, werkgroep):
    collection = Collection.get_first_root_node().add_child(name="Werkgroep")
    DocumentFactory(title=f"Notulen {MARKER}", collection=collection)
    assert titles(search(outsider)) == [f"Notulen {MARKER}"]

    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(werkgroep)
    # A sibling added in front shifts the collection's tree path; the index keeps up by id.
    Collection.get_first_root_node().add_child(name="Archief")

    for visitor in (client, outsider):
        assert titles(search(visitor)) == []
    assert titles(search(insider)) == [f"Notulen {MARKER}"]


def test_material_is_found_only_by_who_may_see_its_campaign_and_its_file(
    client, insider, outsider, home_page, restrict, werkgroep
):
    section = CampagnesIndexPageFactory(parent=home_page)
    MateriaalbankPageFactory(parent=section)
    closed_campaign = CampagnePageFactory(parent=section, title="Besloten campagne")
    restrict(closed_campaign, werkgroep)
    MateriaalFactory(title=f"Poster {MARKER}", campagne=closed_campaign)
    flyer = MateriaalFactory(title=f"Flyer {MARKER}")
    assert titles(search(outsider)) == [f"Flyer {MARKER}"]

    # Moving the flyer's file into a group's collection hides the flyer too.
    collection = Collection.get_first_root_node().add_child(name="Werkgroep")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(werkgroep)
    flyer.document.collection = collection
    flyer.document.save()

    for visitor in (client, outsider):
        assert titles(search(visitor)) == []
    assert sorted(titles(search(insider))) == [f"Flyer {MARKER}", f"Poster {MARKER}"]
