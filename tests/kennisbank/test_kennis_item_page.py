import datetime

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from kennisbank.models import KennisItemDocument
from tests.kennisbank.factories import ActiePageFactory, ThemaFactory

pytestmark = pytest.mark.django_db


def make_document(title, collection=None):
    document = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(f"{title}.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def test_item_page_shows_facts_documents_and_taxonomy(client, item_factory, vormen):
    item = item_factory(
        title="Handelingskader hotels",
        source="VAR en ESSM",
        publication_date=datetime.date(2025, 2, 3),
        uitbuitingsvormen=[vormen["seksuele-uitbuiting"]],
    )
    item.documents = [KennisItemDocument(document=make_document("Handelingskader hotels pdf"))]
    item.save_revision().publish()

    html = client.get(item.url).content.decode()

    assert "<h1>Handelingskader hotels</h1>" in html
    assert "3 februari 2025" in html
    assert "bron: VAR en ESSM" in html
    assert "Handelingskader hotels pdf</a>" in html
    assert "(PDF," in html
    assert 'href="/kennisbank/?uitbuitingsvorm=seksuele-uitbuiting"' in html


def test_documents_in_a_restricted_collection_are_not_offered(client, item_factory):
    private = Collection.get_first_root_node().add_child(name="Alleen leden")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    item = item_factory()
    item.documents = [
        KennisItemDocument(document=make_document("Openbaar verslag")),
        KennisItemDocument(document=make_document("Intern verslag", private)),
    ]
    item.save_revision().publish()

    html = client.get(item.url).content.decode()

    assert "Openbaar verslag" in html
    assert "Intern verslag" not in html


def test_related_items_share_taxonomy_and_prefer_the_most_shared(client, item_factory, vormen):
    thema = ThemaFactory()
    item = item_factory(title="Hoofdstuk", uitbuitingsvormen=[vormen["arbeidsuitbuiting"]], themas=[thema])
    item_factory(title="Deelt twee", uitbuitingsvormen=[vormen["arbeidsuitbuiting"]], themas=[thema])
    item_factory(title="Deelt een", uitbuitingsvormen=[vormen["arbeidsuitbuiting"]])
    item_factory(title="Deelt niets", uitbuitingsvormen=[vormen["seksuele-uitbuiting"]])

    related = client.get(item.url).context["related_items"]

    assert [page.title for page in related] == ["Deelt twee", "Deelt een"]


def test_item_links_to_the_actions_it_delivers(client, item_factory, actieplan):
    actie = ActiePageFactory(parent=actieplan, title="Kennisbank actueel houden")
    item = item_factory(title="Leeswijzer", acties=[actie])

    item_html = client.get(item.url).content.decode()
    actie_html = client.get(actie.url).content.decode()

    assert "Kennisbank actueel houden" in item_html
    assert "Leeswijzer" in actie_html


def test_item_page_queries_do_not_grow_with_related_content(
    client, item_factory, vormen, actieplan, django_assert_max_num_queries
):
    acties = [ActiePageFactory(parent=actieplan) for _ in range(5)]
    item = item_factory(uitbuitingsvormen=list(vormen.values()), acties=acties)
    for _ in range(10):
        item_factory(uitbuitingsvormen=list(vormen.values()))

    with django_assert_max_num_queries(32):
        assert client.get(item.url).status_code == 200
