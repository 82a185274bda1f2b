"""One search box over everything a visitor may see, with facets, snippets and paging."""

import pytest

from django.db import connection

from tests.campagnes.factories import MateriaalbankPageFactory, MateriaalFactory, TaalFactory
from tests.community.factories import BerichtFactory, OnderwerpFactory
from tests.kennisbank.factories import ThemaFactory

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [hit.title for hit in response.context["results"]]


def facet(response, name) -> dict[str, int]:
    view = next((view for view in response.context["facets"] if view.facet.name == name), None)
    return {option.value: option.count for option in view.options} if view else {}


@pytest.fixture
def mixed_content(home_page, item_factory, event_factory, groep, member_of, reindex):
    item_factory(title="Rapport seizoenswerk", summary="Uitbuiting in het seizoenswerk op de tuinderij.")
    event_factory(title="Training seizoenswerk herkennen", summary="Signalen in de kassen.")
    MateriaalbankPageFactory(parent=home_page)
    MateriaalFactory(
        title="Poster seizoenswerk",
        description="Voor arbeidsmigranten.",
        taal=TaalFactory(name="Pools", slug="pl"),
    )
    insider = member_of(groep)
    topic = OnderwerpFactory(groep=groep, author=insider, title="Casus seizoenswerk")
    BerichtFactory(onderwerp=topic, author=insider, text="Wie kent deze uitzender?")
    reindex()
    return insider


def test_one_search_box_finds_pages_events_and_material(client, mixed_content):
    response = client.get("/zoeken/?q=seizoenswerk")

    assert sorted(titles(response)) == [
        "Poster seizoenswerk",
        "Rapport seizoenswerk",
        "Training seizoenswerk herkennen",
    ]
    assert facet(response, "type") == {"Agenda": 1, "Kennisbank": 1, "Materiaal": 1}


def test_members_also_find_their_groups_discussions(client_for, mixed_content):
    response = client_for(mixed_content).get("/zoeken/?q=seizoenswerk")

    assert "Casus seizoenswerk" in titles(response)
    assert facet(response, "type")["Discussie"] == 1


def test_a_post_is_found_in_its_topic(client_for, mixed_content):
    response = client_for(mixed_content).get("/zoeken/?q=uitzender")

    assert titles(response) == ["Casus seizoenswerk"]


def test_snippets_mark_the_words_and_show_markup_as_text(client_for, groep, member_of, reindex):
    insider = member_of(groep)
    topic = OnderwerpFactory(groep=groep, author=insider, title="Vraag")
    BerichtFactory(onderwerp=topic, author=insider, text="Wie kent <b>deze</b> malafide uitzendbureaus?")
    reindex()

    html = client_for(insider).get("/zoeken/?q=uitzendbureaus").content.decode()

    assert "<mark>uitzendbureaus?</mark>" in html
    assert "&lt;b&gt;deze&lt;/b&gt;" in html


def test_facets_count_and_narrow_the_results(client, item_factory, vormen, reindex):
    zorg = ThemaFactory(name="Zorg voor slachtoffers", slug="zorg")
    item_factory(
        title="Opvang arbeidsuitbuiting", uitbuitingsvormen=[vormen["arbeidsuitbuiting"]], themas=[zorg]
    )
    item_factory(title="Opvang seksuele uitbuiting", uitbuitingsvormen=[vormen["seksuele-uitbuiting"]])
    item_factory(title="Opvang criminele uitbuiting", uitbuitingsvormen=[vormen["criminele-uitbuiting"]])
    reindex()

    everything = client.get("/zoeken/?q=opvang")
    narrowed = client.get(
        "/zoeken/?q=opvang&uitbuitingsvorm=Arbeidsuitbuiting&uitbuitingsvorm=Seksuele+uitbuiting"
    )
    both = client.get("/zoeken/?q=opvang&uitbuitingsvorm=Seksuele+uitbuiting&thema=Zorg+voor+slachtoffers")

    assert facet(everything, "uitbuitingsvorm") == {
        "Arbeidsuitbuiting": 1,
        "Criminele uitbuiting": 1,
        "Seksuele uitbuiting": 1,
    }
    assert sorted(titles(narrowed)) == ["Opvang arbeidsuitbuiting", "Opvang seksuele uitbuiting"]
    # A facet is counted with the other facets applied, not its own: the choice stays visible.
    assert facet(narrowed, "uitbuitingsvorm")["Criminele uitbuiting"] == 1
    assert facet(narrowed, "thema") == {"Zorg voor slachtoffers": 1}
    assert facet(everything, "jaar") == {"2024": 3}
    assert titles(both) == []
    assert 'href="/zoeken/?q=opvang">Alle filters wissen' in narrowed.content.decode()


def test_an_unknown_facet_value_is_dropped_with_a_message(client, item_factory, reindex):
    item_factory(title="Opvang")
    reindex()

    response = client.get("/zoeken/?q=opvang&thema=Bestaat+niet&jaar=%3Cb%3E")

    assert titles(response) == ["Opvang"]
    assert "onbekende waarde" in response.content.decode()


def test_paging_through_results(client, item_factory, reindex):
    for number in range(23):
        item_factory(title=f"Signalen {number}")
    reindex()

    third = client.get("/zoeken/?q=signalen&page=3")
    beyond = client.get("/zoeken/?q=signalen&page=99")
    garbage = client.get("/zoeken/?q=signalen&page=abc")

    assert len(titles(third)) == 3 and third.context["results"].number == 3
    assert beyond.context["results"].number == 3
    assert "Die pagina bestaat niet" in beyond.content.decode()
    assert garbage.context["results"].number == 1


def test_queries_do_not_grow_with_the_results(client, item_factory, reindex, django_assert_max_num_queries):
    def search_with(count):
        for number in range(count):
            item_factory(title=f"Uitbuiting {count}-{number}", themas=[ThemaFactory()])
        reindex()
        with django_assert_max_num_queries(18):
            client.get("/zoeken/?q=uitbuiting&jaar=2024")

    search_with(2)
    search_with(12)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="Dutch stemming is PostgreSQL's")
def test_dutch_words_are_found_in_other_forms(client, item_factory, reindex):
    item_factory(title="Handreiking", summary="Hoe gemeenten meldingen van uitbuiting behandelen.")
    reindex()

    response = client.get("/zoeken/?q=melding")

    assert titles(response) == ["Handreiking"]
    assert "<mark>meldingen</mark>" in response.content.decode()
