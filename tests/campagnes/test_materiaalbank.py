"""The public material library: filters with counts, keyword, order, pages and bad input."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.campagnes.factories import DoelgroepFactory, ImageFactory
from tests.kennisbank.factories import UitbuitingsvormFactory

pytestmark = pytest.mark.django_db

URL = "/campagnes/materiaalbank/"


def titles(response):
    return [materiaal.title for materiaal in response.context["items"]]


def facet(response, name):
    view = next(view for view in response.context["facets"] if view.facet.name == name)
    return {option.value: option for option in view.options}


def test_lists_published_material_newest_first(client, materiaal_factory):
    materiaal_factory(title="Oude poster", publication_date=datetime.date(2022, 1, 1))
    materiaal_factory(title="Nieuwe flyer", publication_date=datetime.date(2025, 1, 1))
    materiaal_factory(title="Concept", live=False)

    response = client.get(URL)

    assert response.status_code == 200
    assert titles(response) == ["Nieuwe flyer", "Oude poster"]
    assert "2 materialen" in response.content.decode()


def test_sort_by_title(client, materiaal_factory):
    for title in ["banner", "Affiche", "Campagnebeeld"]:
        materiaal_factory(title=title)

    response = client.get(URL + "?sorteer=titel")

    assert titles(response) == ["Affiche", "banner", "Campagnebeeld"]


def test_filter_by_language_and_form_with_counts(client, materiaal_factory, talen, materiaalvormen):
    materiaal_factory(title="Plakat", taal=talen["pl"], vorm=materiaalvormen["poster"])
    materiaal_factory(title="Ulotka", taal=talen["pl"], vorm=materiaalvormen["flyer"])
    materiaal_factory(title="Poster", taal=talen["nl"], vorm=materiaalvormen["poster"])

    response = client.get(URL + "?taal=pl&vorm=poster")

    assert titles(response) == ["Plakat"]
    # A facet's counts leave out its own choice: what ticking that value would give.
    assert facet(response, "taal")["nl"].count == 1
    assert facet(response, "taal")["pl"].count == 1 and facet(response, "taal")["pl"].selected
    assert facet(response, "vorm")["flyer"].count == 1
    assert facet(response, "vorm")["poster"].count == 1


def test_filter_by_campaign_audience_and_uitbuitingsvorm(client, materiaal_factory, campagne_factory):
    campagne = campagne_factory(title="Buit")
    jongeren = DoelgroepFactory(name="Jongeren en scholen")
    criminele = UitbuitingsvormFactory(name="Criminele uitbuiting")
    materiaal_factory(
        title="Lesbrief", campagne=campagne, doelgroepen=[jongeren], uitbuitingsvormen=[criminele]
    )
    materiaal_factory(title="Zonder campagne", doelgroepen=[jongeren])

    response = client.get(
        URL + f"?campagne={campagne.slug}&doelgroep={jongeren.slug}&uitbuitingsvorm={criminele.slug}"
    )

    assert titles(response) == ["Lesbrief"]
    assert facet(response, "campagne")[campagne.slug].label == "Buit"


def test_keyword_searches_title_description_and_campaign(client, materiaal_factory, campagne_factory):
    campagne = campagne_factory(title="No room for sex trafficking")
    materiaal_factory(title="Toolkit voor hotels", description="Vier stappen naar het certificaat.")
    materiaal_factory(title="Receptie", description="Signalen voor personeel.", campagne=campagne)
    materiaal_factory(title="Flyer ouders", description="Informatie over ronselen.")

    assert titles(client.get(URL + "?q=certificaat")) == ["Toolkit voor hotels"]
    assert titles(client.get(URL + "?q=ROOM+personeel")) == ["Receptie"]
    assert titles(client.get(URL + "?q=niets+gevonden")) == []


def test_keyword_narrows_the_counts(client, materiaal_factory, talen):
    materiaal_factory(title="Poster hotels", taal=talen["pl"])
    materiaal_factory(title="Flyer scholen", taal=talen["pl"])

    response = client.get(URL + "?q=hotels")

    assert facet(response, "taal")["pl"].count == 1


def test_pagination_keeps_the_filters(client, materiaal_factory, talen):
    for number in range(14):
        materiaal_factory(title=f"Flyer {number:02d}", taal=talen["pl"])

    first = client.get(URL + "?taal=pl")
    second = client.get(URL + "?taal=pl&page=2")

    assert len(first.context["items"]) == 12
    assert len(second.context["items"]) == 2
    assert "?taal=pl&amp;page=2" in first.content.decode()


@pytest.mark.parametrize(
    "query, message",
    [
        ("taal=xx", "had een onbekende waarde"),
        ("vorm=" + "x" * 5000, "had een onbekende waarde"),
        ("campagne=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "had een onbekende waarde"),
        ("doelgroep=%F0%9F%92%A5%E2%80%AE", "had een onbekende waarde"),
        ("sorteer=prijs", "Die volgorde kennen we niet"),
        ("sorteer=titel&sorteer=%00", "Die volgorde kennen we niet"),
        ("q=" + "woord " * 100, "We zoeken op de eerste"),
        ("q=" + "x" * 5000, "te lang"),
        ("page=999", "Die pagina bestaat niet"),
        ("page=-1", "Die pagina bestaat niet"),
        ("page=abc", "Die pagina bestaat niet"),
        ("page=99999999999999999999999", "Die pagina bestaat niet"),
    ],
)
def test_bad_input_answers_200_with_defaults_and_a_message(client, materiaal_factory, query, message):
    materiaal_factory(title="Blijft zichtbaar")

    response = client.get(f"{URL}?{query}")

    content = response.content.decode()
    assert response.status_code == 200
    assert message in content
    assert "<script>alert(1)" not in content
    assert 'content="noindex' in content


@pytest.mark.parametrize(
    "query",
    [
        "q=%00%01poster",
        "q=%3Cb%3Eposter%3C%2Fb%3E",
        "q=%E2%80%AE%F0%9F%92%A5",
        "q=poster&q=flyer",
        "taal=nl&taal=nl",
        "onbekend=1",
        "q=%25%5F%5C",
    ],
)
def test_odd_but_harmless_input_answers_200(client, materiaal_factory, talen, query):
    materiaal_factory(title="Poster", taal=talen["nl"])

    response = client.get(f"{URL}?{query}")

    assert response.status_code == 200
    assert "<b>poster" not in response.content.decode()


def test_repeated_filter_value_counts_once(client, materiaal_factory, talen):
    materiaal_factory(taal=talen["nl"])

    response = client.get(URL + "?taal=nl&taal=nl")

    assert facet(response, "taal")["nl"].count == 1
    assert response.context["items"].paginator.count == 1


@pytest.mark.parametrize(
    "query, indexed",
    [
        ("", True),
        ("?taal=pl", True),
        ("?taal=pl&vorm=poster", False),
        ("?taal=pl&taal=nl", False),
        ("?q=poster", False),
        ("?sorteer=titel", False),
        ("?page=2", False),
    ],
)
def test_only_the_library_and_single_filters_are_indexed(
    client, materiaal_factory, talen, materiaalvormen, query, indexed
):
    for _ in range(13):
        materiaal_factory(taal=talen["pl"], vorm=materiaalvormen["poster"])
    materiaal_factory(taal=talen["nl"])

    content = client.get(URL + query).content.decode()

    assert ('content="noindex' not in content) is indexed


def test_material_in_another_language_is_marked(client, materiaal_factory, talen):
    materiaal_factory(title="Plakat", description="Opis", taal=talen["pl"])
    materiaal_factory(title="ملصق", description="وصف", taal=talen["ar"])

    content = client.get(URL).content.decode()

    assert '<h3 lang="pl"><a' in content
    assert '<h3 lang="ar" dir="rtl"><a' in content
    assert '<p lang="ar" dir="rtl">وصف</p>' in content


def test_download_shows_file_type_and_size(client, materiaal_factory):
    materiaal = materiaal_factory()

    content = client.get(URL).content.decode()

    assert f"materiaal/{materiaal.pk}/download/" in content
    assert "(PDF, 13" in content  # the factory's 13-byte file


def _create_many(materiaal_factory, number, talen, materiaalvormen):
    audiences = [DoelgroepFactory(name=name) for name in ["Bewoners", "Professionals"]]
    vorm = UitbuitingsvormFactory(name="Arbeidsuitbuiting")
    images = [ImageFactory() for _ in range(12)]
    first = materiaal_factory(preview_image=images[0])
    for index in range(number):
        materiaal_factory(
            document=first.document,
            preview_image=images[index % len(images)],
            taal=talen["pl" if index % 2 else "nl"],
            vorm=materiaalvormen["poster" if index % 3 else "flyer"],
            doelgroepen=audiences[: 1 + index % 2],
            uitbuitingsvormen=[vorm],
        )


@pytest.mark.parametrize("number_of_materials", [2, 14])
def test_library_queries_do_not_grow_with_material(
    client, materiaal_factory, talen, materiaalvormen, django_assert_max_num_queries, number_of_materials
):
    _create_many(materiaal_factory, number_of_materials, talen, materiaalvormen)
    url = URL + "?taal=pl&taal=nl&doelgroep=bewoners&q=poster"
    client.get(url)  # renders the preview renditions once, as the seed does for the demo

    with django_assert_max_num_queries(28):
        response = client.get(url)

    assert response.status_code == 200


def test_library_query_count_is_the_same_for_a_few_and_a_full_page(
    client, materiaal_factory, talen, materiaalvormen
):
    def queries_for_library():
        url = URL + "?vorm=poster&sorteer=titel"
        client.get(url)  # renders the preview renditions once
        with CaptureQueriesContext(connection) as context:
            client.get(url)
        return len(context.captured_queries)

    _create_many(materiaal_factory, 2, talen, materiaalvormen)
    few = queries_for_library()
    _create_many(materiaal_factory, 20, talen, materiaalvormen)  # more posters than fit a page
    many = queries_for_library()

    assert few == many
