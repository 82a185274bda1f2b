import datetime

import pytest

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from agenda.models import AgendaFeed, Toegang
from tests.agenda.factories import EvenementsoortFactory

pytestmark = pytest.mark.django_db


def days(n, hour=10):
    return timezone.localtime().replace(hour=hour, minute=0, second=0, microsecond=0) + datetime.timedelta(
        days=n
    )


def titles(response):
    return [event.title for event in response.context["events"]]


def test_public_agenda_lists_upcoming_public_events_in_order(client, event_factory):
    event_factory(title="Later", start=days(20), end=days(20, 12))
    event_factory(title="Eerst", start=days(5), end=days(5, 12))
    event_factory(title="Voorbij", start=days(-5), end=days(-5, 12))
    event_factory(title="Voor leden", toegang=Toegang.LEDEN)

    assert titles(client.get("/agenda/")) == ["Eerst", "Later"]
    assert titles(client.get("/agenda/archief/")) == ["Voorbij"]


def test_members_agenda_shows_what_the_member_may_see(
    event_factory, groep, andere_groep, member_of, client_for
):
    event_factory(title="Openbaar", start=days(3))
    event_factory(title="Leden", toegang=Toegang.LEDEN, start=days(4))
    event_factory(title="Eigen groep", toegang=Toegang.GROEPEN, groepen=[groep], start=days(5))
    event_factory(title="Andere groep", toegang=Toegang.GROEPEN, groepen=[andere_groep], start=days(6))
    browser = client_for(member_of(groep))

    assert titles(browser.get("/agenda/leden/")) == ["Openbaar", "Leden", "Eigen groep"]
    # The public agenda stays public, also for a logged-in member.
    assert titles(browser.get("/agenda/")) == ["Openbaar"]


def test_members_agenda_needs_login(client, agenda):
    assert client.get("/agenda/leden/")["Location"].startswith("/account/login/")
    assert client.get("/agenda/leden/maand/2026/11/")["Location"].startswith("/account/login/")


def test_filter_by_kind_and_month(client, event_factory):
    leerhuis = EvenementsoortFactory(name="Leerhuis", slug="leerhuis")
    event_factory(title="Training", start=days(3))
    event_factory(title="Leerhuis", soort=leerhuis, start=days(4))
    later = days(40)
    event_factory(title="Training later", start=later, end=later + datetime.timedelta(hours=2))

    assert titles(client.get("/agenda/?soort=leerhuis")) == ["Leerhuis"]
    month = f"{later.year}-{later.month:02d}"  # 40 days on is always another month than 3 days on
    assert titles(client.get(f"/agenda/?maand={month}")) == ["Training later"]


@pytest.mark.parametrize(
    "query", ["maand=2026-13", "maand=abc", "maand=" + "9" * 500, "soort=onbekend", "page=-1", "page=x"]
)
def test_bad_filters_answer_200(client, event_factory, query):
    event_factory(title="Blijft zichtbaar")

    response = client.get(f"/agenda/?{query}")

    assert response.status_code == 200
    assert "Blijft zichtbaar" in response.content.decode()


def test_month_grid_places_events_on_their_days(client, event_factory):
    start = timezone.make_aware(datetime.datetime(2026, 10, 12, 9))
    event_factory(
        title="Week tegen Mensenhandel", start=start, end=start + datetime.timedelta(days=6, hours=8)
    )
    event_factory(
        title="Training",
        start=timezone.make_aware(datetime.datetime(2026, 10, 20, 9)),
        end=timezone.make_aware(datetime.datetime(2026, 10, 20, 12)),
    )

    response = client.get("/agenda/maand/2026/10/")

    month = response.context["month"]
    by_day = {
        day.date.day: [e.title for e, _ in day.events] for week in month.weeks for day in week if day.in_month
    }
    assert by_day[12] == by_day[18] == ["Week tegen Mensenhandel"]
    assert by_day[20] == ["Training"] and by_day[19] == []
    assert "oktober 2026" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/agenda/maand/2026/13/",
        "/agenda/maand/2026/0/",
        "/agenda/maand/0001/01/",
        "/agenda/maand/abcd/01/",
        "/agenda/maand/2026/1x/",
    ],
)
def test_malformed_months_are_404(client, agenda, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("count", [2, 14])
def test_agenda_queries_do_not_grow_with_events(client, event_factory, django_assert_max_num_queries, count):
    for number in range(count):
        event_factory(start=days(1 + number % 25), end=days(1 + number % 25, 12))

    with django_assert_max_num_queries(24):
        client.get("/agenda/")
    with django_assert_max_num_queries(24):
        client.get(f"/agenda/maand/{days(1).year}/{days(1).month}/")


def test_public_feed_holds_only_public_events(client, event_factory):
    event_factory(title="Openbare training")
    event_factory(title="Besloten overleg", toegang=Toegang.LEDEN)

    response = client.get("/agenda/ics/")

    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert "SUMMARY:Openbare training" in body and "Besloten overleg" not in body


def test_personal_feed_shows_the_members_events_until_the_link_is_renewed(
    client, event_factory, groep, member_of, client_for
):
    event_factory(title="Overleg van de groep", toegang=Toegang.GROEPEN, groepen=[groep])
    member = member_of(groep)
    browser = client_for(member)
    browser.post("/mijn-account/agenda-link/")
    old = AgendaFeed.objects.get(user=member).token

    assert "Overleg van de groep" in client.get(f"/kalender/{old}.ics").content.decode()
    browser.post("/mijn-account/agenda-link/")

    assert client.get(f"/kalender/{old}.ics").status_code == 404
    assert client.get("/kalender/verzonnen.ics").status_code == 404


def test_event_ics_download(client, event_factory):
    event = event_factory(title="Training signaleren")

    response = client.get(f"{event.url}ics/")

    assert "SUMMARY:Training signaleren" in response.content.decode()
    assert "attachment" in response["Content-Disposition"]


def test_group_event_restriction_follows_who_may_see_it(event_factory, groep):
    event = event_factory(toegang=Toegang.GROEPEN, groepen=[groep])
    restriction = event.get_view_restrictions().get()

    assert restriction.restriction_type == "groups"
    assert list(restriction.groups.all()) == [groep.group]
    assert event.get_parent().specific.events(AnonymousUser()).count() == 0
