"""Members-only and group events never reach someone without the right, through any channel."""

import pytest

from django.test import Client

from agenda.models import AgendaFeed, Toegang
from home.blocks import HomeBodyBlock

pytestmark = pytest.mark.django_db

MARKER = "Lepelaar8844"


@pytest.fixture
def hidden_events(event_factory, groep, home_page, agenda):
    members_only = event_factory(title=f"Besloten leerhuis {MARKER}", toegang=Toegang.LEDEN)
    group_only = event_factory(title=f"Overleg werkgroep {MARKER}", toegang=Toegang.GROEPEN, groepen=[groep])
    home_page.body = HomeBodyBlock().to_python(
        [{"type": "latest_pages", "value": {"title": "Agenda", "parent": agenda.pk, "count": 10}}]
    )
    home_page.save_revision().publish()
    return members_only, group_only


def channels(members_only, group_only):
    month = members_only.start
    return [
        "/",
        "/agenda/",
        "/agenda/archief/",
        "/agenda/maand/",
        f"/agenda/maand/{month.year}/{month.month}/",
        "/agenda/ics/",
        "/sitemap.xml",
        "/zoeken/?q=leerhuis",
        "/zoeken/?q=overleg",
        f"{group_only.url}ics/",
        group_only.url,
    ]


def test_anonymous_visitors_see_neither(client, hidden_events):
    members_only, group_only = hidden_events
    for url in channels(*hidden_events) + [members_only.url, f"{members_only.url}ics/"]:
        response = client.get(url, follow=True)
        assert MARKER not in response.content.decode(), url


def test_members_of_other_groups_miss_the_group_event_everywhere(
    hidden_events, andere_groep, member_of, client_for
):
    outsider = member_of(andere_groep)
    browser = client_for(outsider)
    browser.post("/mijn-account/agenda-link/")
    _, group_only = hidden_events
    feed = f"/kalender/{AgendaFeed.objects.get(user=outsider).token}.ics"

    for url in channels(*hidden_events) + ["/agenda/leden/", feed]:
        body = browser.get(url, follow=True).content.decode()
        assert f"Overleg werkgroep {MARKER}" not in body, url
    # Members do see the members-only event in their own agenda.
    assert f"Besloten leerhuis {MARKER}" in browser.get("/agenda/leden/").content.decode()


def test_someone_elses_personal_feed_shows_their_view_not_more(hidden_events, groep, member_of):
    insider = member_of(groep)
    feed = AgendaFeed.objects.create(user=insider)

    body = Client().get(f"/kalender/{feed.token}.ics").content.decode()

    assert f"Overleg werkgroep {MARKER}" in body  # the token is the insider's own view
    feed.renew()
    assert Client().get(f"/kalender/{feed.token}.ics").status_code == 200
