"""Campaign pages, the campaigns section and the material model."""

import pytest

from django.core.exceptions import ValidationError

from campagnes.models import CampagnePage, CampagnesIndexPage, MateriaalbankPage, Taal
from home.models import HomePage
from tests.campagnes.factories import DocumentFactory, DoelgroepFactory, MateriaalvormFactory, TaalFactory
from tests.kennisbank.factories import (
    ActiePageFactory,
    ActieplanPageFactory,
    KennisbankPageFactory,
    KennisItemPageFactory,
    PartnerFactory,
    ThemaFactory,
)

pytestmark = pytest.mark.django_db


def test_page_tree(home_page, campagnes_section, materiaalbank):
    assert CampagnesIndexPage.allowed_parent_page_models() == [HomePage]
    assert not CampagnesIndexPage.can_create_at(home_page)  # one campaigns section
    assert set(CampagnesIndexPage.allowed_subpage_models()) == {CampagnePage, MateriaalbankPage}
    assert CampagnePage.can_create_at(campagnes_section)
    assert not CampagnePage.can_create_at(home_page)
    assert not MateriaalbankPage.can_create_at(campagnes_section)  # one library
    assert CampagnePage.allowed_subpage_models() == []


@pytest.fixture
def bewustwording_6(home_page):
    plan = ActieplanPageFactory(parent=home_page)
    thema = ThemaFactory(name="Bewustwording, signaleren en melden", slug="bewustwording")
    return ActiePageFactory(parent=plan, thema=thema, number=6, title="Inzetten van Kijk op Mensenhandel")


def test_campaign_page_shows_what_it_is_for_and_its_material(
    client, campagne_factory, materiaal_factory, bewustwording_6
):
    campagne = campagne_factory(
        title="Kijk op Mensenhandel",
        kind="",
        aim="Meer bewoners herkennen signalen.",
        period="Doorlopend sinds 2021",
        doelgroepen=[DoelgroepFactory(name="Bewoners"), DoelgroepFactory(name="Professionals")],
        partners=[PartnerFactory(name="VeiligheidsAlliantie regio Rotterdam")],
        acties=[bewustwording_6],
    )
    materiaal_factory(title="Zie jij de signalen?", campagne=campagne)
    materiaal_factory(title="Andere campagne")

    content = client.get(campagne.url).content.decode()

    assert "Meer bewoners herkennen signalen." in content
    assert "Bewoners, Professionals" in content
    assert "Doorlopend sinds 2021" in content
    assert "VeiligheidsAlliantie regio Rotterdam" in content
    assert "Zie jij de signalen?" in content and "Andere campagne" not in content
    assert f'href="/campagnes/materiaalbank/?campagne={campagne.slug}"' in content
    assert "Bewustwording, signaleren en melden, actie 6" in content


def test_action_page_shows_the_campaign_that_carries_it_out(client, campagne_factory, bewustwording_6):
    campagne_factory(title="Kijk op Mensenhandel", acties=[bewustwording_6])

    content = client.get(bewustwording_6.url).content.decode()

    assert "Wat deze actie oplevert" in content
    assert "Kijk op Mensenhandel" in content
    assert "Campagne" in content


def test_related_kennisbank_items_chosen_or_sharing_an_action(
    client, home_page, campagne_factory, bewustwording_6
):
    kennisbank = KennisbankPageFactory(parent=home_page)
    chosen = KennisItemPageFactory(parent=kennisbank, title="Gekozen handelingskader")
    same_action = KennisItemPageFactory(
        parent=kennisbank, title="Dossier bij dezelfde actie", acties=[bewustwording_6]
    )
    KennisItemPageFactory(parent=kennisbank, title="Los onderzoek")
    campagne = campagne_factory(kennisitems=[chosen], acties=[bewustwording_6])
    same_action.unpublish()

    content = client.get(campagne.url).content.decode()

    assert "Gekozen handelingskader" in content
    assert "Dossier bij dezelfde actie" not in content  # not published
    assert "Los onderzoek" not in content


def test_section_lists_visible_campaigns_and_leads_to_the_library(
    client, campagnes_section, materiaalbank, campagne_factory, restrict
):
    campagne_factory(
        title="Buit", kind="Lesprogramma", doelgroepen=[DoelgroepFactory(name="Jongeren en scholen")]
    )
    besloten = campagne_factory(title="Besloten pilot")
    restrict(besloten)

    content = client.get(campagnes_section.url).content.decode()

    assert "Buit" in content and "Lesprogramma · voor jongeren en scholen" in content
    assert "Besloten pilot" not in content
    assert 'href="/campagnes/materiaalbank/"' in content


def test_campaign_gets_a_collection_for_its_documents(campagne_factory):
    campagne = campagne_factory(title="Buit")

    collection = campagne.document_collection()

    assert collection.name == "Buit"
    assert collection.get_parent().name == "Campagnes"
    assert campagne.document_collection() == collection  # found again, not created twice


def test_language_attributes():
    polish = Taal(name="Pools", slug="pl")
    arabic = Taal(name="Arabisch", slug="ar")

    assert polish.html_attrs == ' lang="pl"'
    assert arabic.html_attrs == ' lang="ar" dir="rtl"'
    with pytest.raises(ValidationError):
        Taal(name="Klingon", slug="tlh-x").full_clean()


@pytest.mark.parametrize(
    "with_document, external_url, orderable, error_field",
    [
        (True, "", False, None),
        (False, "https://video.example.org/film", False, None),
        (True, "https://video.example.org/film", False, "document"),
        (False, "", False, "document"),
        (False, "https://video.example.org/film", True, "orderable"),
        (False, "javascript:alert(1)", False, "external_url"),
    ],
)
def test_material_has_a_file_or_a_link(
    materiaal_factory, with_document, external_url, orderable, error_field
):
    materiaal = materiaal_factory.build(
        document=DocumentFactory() if with_document else None,
        vorm=MateriaalvormFactory(),
        taal=TaalFactory(),
        external_url=external_url,
        orderable=orderable,
    )

    if error_field is None:
        materiaal.full_clean()
    else:
        with pytest.raises(ValidationError) as error:
            materiaal.full_clean()
        assert error_field in error.value.message_dict


def test_search_documents(campagne_factory, materiaal_factory, talen):
    campagne = campagne_factory(title="Buit", doelgroepen=[DoelgroepFactory(name="Jongeren en scholen")])
    materiaal = materiaal_factory(title="Plakat", description="Opis", taal=talen["pl"], campagne=campagne)

    document = materiaal.search_document()

    assert (document.title, document.language, document.type) == ("Plakat", "pl", "Materiaal")
    assert document.url == f"/campagnes/materiaalbank/materiaal/{materiaal.pk}/"
    assert document.facets["campagne"] == ["Buit"] and document.facets["taal"] == ["Pools"]
    assert campagne.search_document().facets["doelgroep"] == ["Jongeren en scholen"]
