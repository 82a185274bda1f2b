import datetime
import re

import pytest
import time_machine

from django.core import mail
from django.test import Client, TestCase
from django.utils import timezone

from agenda import registrations
from agenda.models import Aanmelding, Toegang
from tests.agenda.factories import AanmeldingFactory

pytestmark = pytest.mark.django_db

Status = Aanmelding.Status


def on_commit():
    return TestCase.captureOnCommitCallbacks(execute=True)


def test_member_registers_with_one_click_and_gets_the_event_as_ics(event_factory, member, client_for):
    event = event_factory(capacity=5)
    browser = client_for(member)

    with on_commit():
        response = browser.post(f"{event.url}aanmelden/", follow=True)

    registration = Aanmelding.objects.get()
    assert registration.status == Status.CONFIRMED and registration.user == member
    assert "U bent aangemeld." in response.content.decode()
    message = mail.outbox[-1]
    assert message.to == [member.email]
    assert message.attachments[0][2] == "text/calendar"
    assert (
        "BEGIN:VEVENT" in message.attachments[0][1].decode()
        if isinstance(message.attachments[0][1], bytes)
        else message.attachments[0][1]
    )
    assert "Er zijn nog 4 plaatsen." in browser.get(event.url).content.decode()


def test_registering_twice_gives_a_clear_message(event_factory, member, client_for):
    event = event_factory()
    browser = client_for(member)
    browser.post(f"{event.url}aanmelden/")

    response = browser.post(f"{event.url}aanmelden/", follow=True)

    assert "U bent al aangemeld voor dit evenement." in response.content.decode()
    assert Aanmelding.objects.count() == 1


def test_full_event_puts_people_on_the_waiting_list_in_order(event_factory, user_factory):
    event = event_factory(capacity=1)
    first, second, third = (user_factory() for _ in range(3))

    assert registrations.register_member(event, first).status == Status.CONFIRMED
    assert registrations.register_member(event, second).status == Status.WAITING
    assert registrations.register_member(event, third).status == Status.WAITING


def test_cancelling_moves_the_first_waiting_person_up_and_tells_them(event_factory, user_factory):
    event = event_factory(capacity=1)
    first, second, third = (user_factory() for _ in range(3))
    seat = registrations.register_member(event, first)
    waiting_first = registrations.register_member(event, second)
    registrations.register_member(event, third)
    mail.outbox.clear()

    with on_commit():
        registrations.cancel(seat)

    statuses = dict(Aanmelding.objects.values_list("user_id", "status"))
    assert statuses == {first.pk: Status.CANCELLED, second.pk: Status.CONFIRMED, third.pk: Status.WAITING}
    promoted = [m for m in mail.outbox if m.to == [second.email]]
    assert promoted and "Er is plaats" in promoted[0].subject
    assert waiting_first.pk == Aanmelding.objects.get(user=second).pk


def test_cancelling_a_waiting_place_promotes_nobody(event_factory, user_factory):
    event = event_factory(capacity=1)
    registrations.register_member(event, user_factory())
    waiting = registrations.register_member(event, user_factory())

    registrations.cancel(waiting)

    assert Aanmelding.objects.filter(status=Status.CONFIRMED).count() == 1


def guest_data(**overrides):
    return {
        "name": "Robin Gast",
        "email": "robin@example.org",
        "organisation": "Hotel aan de Maas",
        **overrides,
    }


def confirm_link(message) -> str:
    return re.search(r"http\S+(/aanmelding/\S+/bevestigen/)", message.body).group(1)


def test_guest_registers_and_confirms_by_email(client, event_factory):
    event = event_factory(capacity=10)

    with on_commit():
        response = client.post(f"{event.url}aanmelden/", guest_data(), follow=True)

    assert "we hebben u een e-mail gestuurd" in response.content.decode()
    registration = Aanmelding.objects.get()
    assert registration.status == Status.UNCONFIRMED
    link = confirm_link(mail.outbox[-1])

    # Opening the link (as a mail scanner would) changes nothing; the button does.
    assert "Ja, bevestig mijn aanmelding" in client.get(link).content.decode()
    assert Aanmelding.objects.get().status == Status.UNCONFIRMED
    with on_commit():
        result = client.post(link)
    assert "U bent aangemeld." in result.content.decode()
    assert Aanmelding.objects.get().status == Status.CONFIRMED
    assert mail.outbox[-1].attachments

    again = client.post(link)
    assert again.status_code == 200 and Aanmelding.objects.filter(status=Status.CONFIRMED).count() == 1


def test_guest_cancels_with_the_link_from_the_email(client, event_factory):
    event = event_factory()
    with on_commit():
        client.post(f"{event.url}aanmelden/", guest_data())
    with on_commit():
        client.post(confirm_link(mail.outbox[-1]))
    cancel_link = re.search(r"http\S+(/aanmelding/\S+/afmelden/)", mail.outbox[-1].body).group(1)

    assert "Ja, meld mij af" in client.get(cancel_link).content.decode()
    client.post(cancel_link)

    assert Aanmelding.objects.get().status == Status.CANCELLED
    assert "U bent al afgemeld" in client.get(cancel_link).content.decode()
    assert "Dit heeft u al bevestigd: afgemeld." in client.get(confirm_link(mail.outbox[0])).content.decode()


def test_the_event_page_says_where_a_member_stands(event_factory, member, user_factory, client_for):
    event = event_factory(capacity=1, toegang=Toegang.LEDEN, online_url="https://meet.example.org/les")
    registrations.register_member(event, user_factory())
    browser = client_for(member)
    before = browser.get(event.url).content.decode()

    registrations.register_member(event, member)
    waiting = browser.get(event.url).content.decode()

    assert "alleen voor leden" in before and "U krijgt de link na uw aanmelding." in before
    assert "U staat op de wachtlijst." in waiting and "Deelnemen via de link" not in waiting
    assert "alleen leden" in browser.get("/agenda/leden/").content.decode()  # its card in the list


@pytest.mark.parametrize("token", ["onzin", "x" * 400, "eyJpZCI6MSwiYSI6ImNvbmZpcm0ifQ:1abc:xyz"])
def test_tampered_links_are_refused(client, event_factory, token):
    AanmeldingFactory(evenement=event_factory(), status=Status.UNCONFIRMED)

    for url in [f"/aanmelding/{token}/bevestigen/", f"/aanmelding/{token}/afmelden/"]:
        response = client.get(url)
        assert response.status_code == 404
        assert "Deze link werkt niet (meer)" in response.content.decode()


def test_a_confirm_link_cannot_be_used_to_cancel_and_expires_after_a_week(client, event_factory):
    registration = AanmeldingFactory(evenement=event_factory(), status=Status.UNCONFIRMED)
    confirm_token = registration.token("confirm")

    assert client.get(f"/aanmelding/{confirm_token}/afmelden/").status_code == 404
    with time_machine.travel(timezone.now() + datetime.timedelta(days=8)):
        assert client.get(f"/aanmelding/{confirm_token}/bevestigen/").status_code == 404


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (guest_data(email="robin@"), "Vul een e-mailadres in zoals naam@organisatie.nl."),
        (guest_data(name=""), "verplicht"),
        (guest_data(name="x" * 151), "150 tekens"),
    ],
)
def test_invalid_guest_input_keeps_what_was_typed(client, event_factory, data, message):
    event = event_factory()

    response = client.post(f"{event.url}aanmelden/", data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'value="Hotel aan de Maas"' in response.content.decode()
    assert not Aanmelding.objects.exists()


def test_guests_cannot_register_for_members_events(client, event_factory):
    event = event_factory(toegang=Toegang.LEDEN)

    response = client.post(f"{event.url}aanmelden/", guest_data())

    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert not Aanmelding.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"registration_closes": timezone.now() - datetime.timedelta(hours=1)},
            "Aanmelden voor dit evenement is gesloten.",
        ),
        (
            {"registration_opens": timezone.now() + datetime.timedelta(days=2)},
            "Aanmelden voor dit evenement kan nog niet.",
        ),
        (
            {
                "start": timezone.now() - datetime.timedelta(days=2),
                "end": timezone.now() - datetime.timedelta(days=1),
            },
            "Dit evenement is al voorbij.",
        ),
        ({"registration_enabled": False}, "Voor dit evenement hoeft u zich niet aan te melden."),
    ],
)
def test_registration_outside_its_window_is_refused(event_factory, member, client_for, fields, message):
    event = event_factory(**fields)

    response = client_for(member).post(f"{event.url}aanmelden/", follow=True)

    assert message in response.content.decode()
    assert not Aanmelding.objects.exists()


def test_nobody_cancels_someone_elses_registration_by_changing_the_id(
    event_factory, user_factory, client_for
):
    other = registrations.register_member(event_factory(), user_factory())

    response = client_for(user_factory()).post(f"/mijn-account/aanmeldingen/{other.pk}/afmelden/")

    assert response.status_code == 404
    assert Aanmelding.objects.get().status == Status.CONFIRMED


def test_guest_registrations_are_rate_limited(event_factory):
    event = event_factory()
    client = Client()

    for number in range(5):
        client.post(f"{event.url}aanmelden/", guest_data(email="robin@example.org", name=f"Robin {number}"))
    response = client.post(f"{event.url}aanmelden/", guest_data())

    assert response.status_code == 429
    assert "kort na elkaar" in response.content.decode()


def test_public_page_shows_seats_but_never_names(client, event_factory):
    event = event_factory(capacity=5)
    AanmeldingFactory(evenement=event, name="Geheime Deelnemer", email="geheim@example.org")

    html = client.get(event.url).content.decode()

    assert "Er zijn nog 4 plaatsen." in html
    assert "Geheime Deelnemer" not in html and "geheim@example.org" not in html


def test_editors_add_someone_and_the_capacity_still_holds(event_factory, user_factory):
    event = event_factory(capacity=1, registration_closes=timezone.now() - datetime.timedelta(hours=1))

    first = registrations.add_by_editor(event, name="Een", email="een@example.org")
    second = registrations.add_by_editor(event, name="Twee", email="twee@example.org")

    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITING)
