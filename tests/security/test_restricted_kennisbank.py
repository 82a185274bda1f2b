"""A restricted knowledge item must not reach anyone without the right, through any channel.

The item carries a unique marker word; every channel is fetched as an anonymous visitor and as a
member of another group, and the marker must appear in none of the responses.
"""

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from home.blocks import HomeBodyBlock
from tests.kennisbank.factories import ThemaFactory

pytestmark = pytest.mark.django_db

MARKER = "Zwaluwstaart7319"


@pytest.fixture
def werkgroep(db):
    return Group.objects.create(name="Werkgroep LVB")


@pytest.fixture
def public_and_secret(item_factory, vormen, werkgroep, restrict, home_page, kennisbank):
    thema = ThemaFactory()
    shared = {"uitbuitingsvormen": [vormen["arbeidsuitbuiting"]], "themas": [thema]}
    public = item_factory(title="Openbaar onderzoek arbeidsuitbuiting", **shared)
    secret = item_factory(
        title=f"Vertrouwelijk verslag {MARKER}",
        summary=f"Samenvatting {MARKER}",
        body=[("paragraph", f"<p>Inhoud {MARKER}</p>")],
        **shared,
    )
    restrict(secret, werkgroep)
    home_page.body = HomeBodyBlock().to_python(
        [{"type": "latest_pages", "value": {"title": "Nieuw", "parent": kennisbank.pk, "count": 6}}]
    )
    home_page.save_revision().publish()
    return public, secret


@pytest.fixture
def outsider_client(user_factory):
    """A logged-in member who is not in the group the page is restricted to."""
    client = Client()
    client.force_login(user_factory(email="ander@example.org"))
    return client


def channels(public, secret):
    return {
        "home page": "/",
        "kennisbank listing": "/kennisbank/",
        "kennisbank listing filtered": "/kennisbank/?uitbuitingsvorm=arbeidsuitbuiting",
        "rss feed": "/kennisbank/feed/",
        "atom feed": "/kennisbank/feed/atom/",
        "related items on a public item": public.url,
        "sitemap": "/sitemap.xml",
        "search by title word": "/zoeken/?q=vertrouwelijk",
        "search by summary word": "/zoeken/?q=samenvatting",
    }


@pytest.mark.parametrize("who", ["anonymous", "member of another group"])
def test_marker_is_in_no_channel(client, outsider_client, public_and_secret, who):
    public, secret = public_and_secret
    visitor = client if who == "anonymous" else outsider_client

    for channel, url in channels(public, secret).items():
        response = visitor.get(url)
        assert response.status_code == 200, channel
        assert MARKER not in response.content.decode(), f"{MARKER} leaked through the {channel}"
    # Searching for the marker itself finds nothing (the page only repeats what was typed).
    assert visitor.get(f"/zoeken/?q={MARKER}").context["results"].paginator.count == 0


def test_restricted_item_does_not_count_in_facets(client, public_and_secret):
    response = client.get("/kennisbank/")

    counts = {
        option.value: option.count
        for view in response.context["facets"]
        if view.facet.name == "uitbuitingsvorm"
        for option in view.options
    }
    assert counts["arbeidsuitbuiting"] == 1
    assert response.context["items"].paginator.count == 1


@pytest.mark.parametrize("who", ["anonymous", "member of another group"])
def test_restricted_item_page_itself_is_refused(client, outsider_client, public_and_secret, who):
    _, secret = public_and_secret
    visitor = client if who == "anonymous" else outsider_client

    response = visitor.get(secret.url)

    assert response.status_code in (302, 403)
    assert MARKER not in response.content.decode()


def test_group_member_sees_it_in_listing_and_page(public_and_secret, werkgroep, user_factory):
    _, secret = public_and_secret
    insider = user_factory(email="lid-lvb@example.org")
    insider.groups.add(werkgroep)
    client = Client()
    client.force_login(insider)

    assert MARKER in client.get("/kennisbank/").content.decode()
    assert MARKER in client.get(secret.url).content.decode()
    # Feeds are shared by feed readers: they never show restricted items, also not to insiders.
    assert MARKER not in client.get("/kennisbank/feed/").content.decode()


def test_login_restricted_section_hides_menu_entry_and_children(
    client, home_page, restrict, item_factory, kennisbank
):
    item_factory(title=f"Kind {MARKER}")
    restrict(kennisbank)

    assert "/kennisbank/" not in client.get("/").content.decode()
    assert MARKER not in client.get("/sitemap.xml").content.decode()
    assert client.get(f"/zoeken/?q={MARKER}").context["results"].paginator.count == 0
