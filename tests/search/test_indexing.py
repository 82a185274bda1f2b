"""The index follows the content: what is published is found, and nothing else, at once."""

import pytest

from django.core.management import call_command

from wagtail.models import Page

from home.indexing import indexing_paused
from search.models import SearchEntry
from tests.campagnes.factories import DocumentFactory, MateriaalbankPageFactory, MateriaalFactory
from tests.community.factories import BerichtFactory, OnderwerpFactory

pytestmark = pytest.mark.django_db


def found(client, words: str) -> list[str]:
    return [hit.title for hit in client.get("/zoeken/", {"q": words}).context["results"]]


def test_publishing_changes_and_unpublishing_show_at_once(client, item_factory):
    item = item_factory(title="Handreiking huisjesmelkers")
    assert found(client, "huisjesmelkers") == ["Handreiking huisjesmelkers"]

    item.title = "Handreiking malafide verhuurders"
    item.save_revision().publish()
    assert found(client, "huisjesmelkers") == []
    assert found(client, "verhuurders") == ["Handreiking malafide verhuurders"]

    item.unpublish()
    assert found(client, "verhuurders") == []


def test_a_draft_is_not_found_until_it_is_published(client, item_factory):
    item = item_factory(title="Factsheet ketensamenwerking")

    item.title = "Factsheet geheim concept"
    item.save_revision()  # a draft of a live page

    assert found(client, "concept") == []
    assert found(client, "ketensamenwerking") == ["Factsheet ketensamenwerking"]


def test_deleted_pages_and_topics_leave_the_index(client_for, item_factory, groep, member_of):
    item = item_factory(title="Verouderd protocol")
    insider = member_of(groep)
    topic = OnderwerpFactory(groep=groep, author=insider, title="Verouderd overleg")
    post = BerichtFactory(onderwerp=topic, author=insider, text="Zeldzaam woord kwartelkoning")
    browser = client_for(insider)
    assert found(browser, "kwartelkoning") == ["Verouderd overleg"]

    post.delete()
    assert found(browser, "kwartelkoning") == []
    item.delete()
    topic.delete()
    assert found(browser, "verouderd") == []
    assert not SearchEntry.objects.filter(title__startswith="Verouderd").exists()


def test_a_moved_page_is_found_at_its_new_address(client, item_factory, kennisbank, home_page):
    item = item_factory(title="Barrièremodel nagelstudio", slug="nagelstudio")
    elsewhere = home_page.add_child(instance=type(kennisbank)(title="Archief", slug="archief"))

    item.move(elsewhere, pos="last-child")

    (hit,) = client.get("/zoeken/?q=nagelstudio").context["results"]
    assert hit.url == "/archief/nagelstudio/"


def test_the_rebuild_command_indexes_everything(item_factory, event_factory):
    item_factory(title="Rapport")
    event_factory(title="Leerhuis")
    SearchEntry.objects.all().delete()

    call_command("rebuild_search_index", verbosity=0)

    assert set(SearchEntry.objects.values_list("title", flat=True)) >= {"Rapport", "Leerhuis"}


def test_a_materials_file_is_one_result_with_its_material(client, home_page):
    MateriaalbankPageFactory(parent=home_page)
    document = DocumentFactory(title="Poster zwaluwstaart")
    material = MateriaalFactory(title="Poster zwaluwstaart", document=document)

    assert [hit.type for hit in client.get("/zoeken/?q=zwaluwstaart").context["results"]] == ["Materiaal"]

    material.delete()
    assert [hit.type for hit in client.get("/zoeken/?q=zwaluwstaart").context["results"]] == ["Document"]


def admin_search(words: str) -> list[str]:
    """What Wagtail's own index (the admin's search boxes) finds among pages."""
    return [page.title for page in Page.objects.search(words)]


def test_while_a_seed_pauses_indexing_nothing_is_indexed_until_it_ends(client, item_factory):
    with indexing_paused():
        with indexing_paused():  # seeds call each other: only the outermost block indexes
            item_factory(title="Handreiking ijsvogel")
        assert found(client, "ijsvogel") == []
        assert admin_search("ijsvogel") == []

    assert found(client, "ijsvogel") == ["Handreiking ijsvogel"]
    assert admin_search("ijsvogel") == ["Handreiking ijsvogel"]
    item_factory(title="Handreiking grutto")  # saving indexes again
    assert found(client, "grutto") == ["Handreiking grutto"]
    assert admin_search("grutto") == ["Handreiking grutto"]


def test_a_failed_seed_leaves_indexing_on(client, item_factory):
    with pytest.raises(RuntimeError), indexing_paused():
        raise RuntimeError("seed failed")

    item_factory(title="Handreiking kievit")
    assert found(client, "kievit") == ["Handreiking kievit"]
    assert admin_search("kievit") == ["Handreiking kievit"]
