import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_published_pages(client, item_factory):
    item_factory(title="Barrièremodel uitzendbranche", summary="Barrières tegen malafide uitzenders.")

    response = client.get("/zoeken/?q=uitzendbranche")

    assert response.status_code == 200
    assert [page.title for page in response.context["results"]] == ["Barrièremodel uitzendbranche"]


def test_empty_search_shows_only_the_form(client, home_page):
    response = client.get("/zoeken/")

    assert response.status_code == 200
    assert response.context["results"] is None


@pytest.mark.parametrize(
    "query",
    [
        "q=" + "a" * 10_000,
        "q=%3Cscript%3E",
        "q=%F0%9F%92%A5",
        "q=test&page=abc",
        "q=test&page=999",
        "q=%00",
        "q=%22",
        "q=AND+OR+NOT+(",
        "q=*",
        "q=a%0Ab",
        "q=NEAR(a+b)",
        "q=%E2%80%AE",
    ],
)
def test_hostile_queries_answer_200(client, item_factory, query):
    item_factory(title="Test")

    response = client.get(f"/zoeken/?{query}")

    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]
