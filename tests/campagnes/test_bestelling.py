"""Ordering printed copies: stored for editors, confirmed by e-mail, guarded against spam and floods."""

import time

import pytest
import time_machine

from django.core import mail

from campagnes.forms import timestamp_token
from campagnes.models import Bestelling
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def order_url(materiaal, suffix=""):
    return f"/campagnes/materiaalbank/materiaal/{materiaal.pk}/bestellen/{suffix}"


def filled_in(**overrides):
    """What a person types, with a form shown ten seconds ago."""
    data = {
        "quantity": "40",
        "name": "Sam Jansen",
        "organisation": "Gemeente Vlaardingen",
        "email": "sam.jansen@example.org",
        "street": "Westnieuwland 6",
        "postcode": "3131vx",
        "city": "Vlaardingen",
        "note": "Graag voor de Week tegen Mensenhandel.",
        "started": timestamp_token(time.time() - 10),
        "website": "",
    }
    return {**data, **overrides}


@pytest.fixture
def poster(materiaal_factory):
    return materiaal_factory(title="Poster Kijk op Mensenhandel", orderable=True, max_order_quantity=100)


def test_order_is_stored_confirmed_and_thanked(client, poster, home_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.contact_email = "redactie@example.org"
    settings.save()

    response = client.post(order_url(poster), filled_in())

    assert response.status_code == 302
    assert response["Location"] == order_url(poster, "verstuurd/")
    bestelling = Bestelling.objects.get()
    assert (bestelling.materiaal, bestelling.quantity, bestelling.postcode) == (poster, 40, "3131 VX")
    assert bestelling.materiaal_title == "Poster Kijk op Mensenhandel"
    assert bestelling.status == Bestelling.Status.NIEUW
    confirmation, to_editors = mail.outbox
    assert confirmation.to == ["sam.jansen@example.org"]
    assert "Poster Kijk op Mensenhandel" in confirmation.body and "Aantal: 40" in confirmation.body
    assert "3131 VX Vlaardingen" in confirmation.body
    assert to_editors.to == ["redactie@example.org"]
    assert f"/admin/snippets/campagnes/bestelling/edit/{bestelling.pk}/" in to_editors.body
    thanks = client.get(response["Location"]).content.decode()
    assert "Bedankt voor uw aanvraag" in thanks
    assert "Sam Jansen" not in thanks


def test_the_form_shows_labels_and_the_maximum(client, poster):
    content = client.get(order_url(poster)).content.decode()

    assert '<label for="id_quantity">Hoeveel exemplaren wilt u?</label>' in content
    assert "Maximaal 100." in content
    assert "<legend>Afleveradres</legend>" in content
    assert 'autocomplete="postal-code"' in content
    assert "(niet verplicht)" in content  # only the note is optional


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("quantity", "", "Vul in hoeveel exemplaren u wilt."),
        ("quantity", "veel", "Vul het aantal in als getal, bijvoorbeeld 25."),
        ("quantity", "0", "Kies een aantal van 1 tot en met 100."),
        ("quantity", "-3", "Kies een aantal van 1 tot en met 100."),
        ("quantity", "101", "Kies een aantal van 1 tot en met 100."),
        ("quantity", "9" * 30, "Kies een aantal van 1 tot en met 100."),
        ("name", "", "Vul uw naam in."),
        ("organisation", "", "Vul de naam van uw organisatie in."),
        ("email", "sam@", "Vul een e-mailadres in zoals naam@organisatie.nl."),
        ("street", "", "Vul de straat en het huisnummer in."),
        ("postcode", "1234", "Vul een Nederlandse postcode in, zoals 3011 AB."),
        ("postcode", "0123 AB", "Vul een Nederlandse postcode in, zoals 3011 AB."),
        ("city", "", "Vul de plaats in."),
        ("name", "x" * 500, "120 tekens"),
    ],
)
def test_invalid_input_gets_a_dutch_message_and_keeps_what_was_typed(client, poster, field, value, message):
    data = filled_in(**{field: value})

    response = client.post(order_url(poster), data)

    content = response.content.decode()
    assert response.status_code == 200
    assert message in content
    assert "Uw aanvraag is nog niet verstuurd" in content
    assert 'aria-invalid="true"' in content
    assert 'value="Westnieuwland 6"' in content or field == "street"
    assert "Graag voor de Week tegen Mensenhandel." in content
    assert not Bestelling.objects.exists()
    assert not mail.outbox


def test_markup_and_unicode_are_kept_as_text(client, poster):
    response = client.post(order_url(poster), filled_in(name="Zoë <b>Şahin</b> 😀", postcode="12"))

    content = response.content.decode()
    assert "Zoë &lt;b&gt;Şahin&lt;/b&gt; 😀" in content
    assert "<b>Şahin" not in content


def test_honeypot_filled_in_is_thanked_but_nothing_happens(client, poster):
    response = client.post(order_url(poster), filled_in(website="https://spam.example"))

    assert response.status_code == 302
    assert not Bestelling.objects.exists()
    assert not mail.outbox


def test_a_form_sent_within_seconds_is_refused_but_kept(client, poster):
    # The clock stands still, so a slow machine cannot make the form look three seconds old.
    with time_machine.travel(time.time(), tick=False):
        response = client.post(order_url(poster), filled_in(started=timestamp_token()))

    content = response.content.decode()
    assert "Het formulier is erg snel verstuurd" in content
    assert 'value="Sam Jansen"' in content
    assert not Bestelling.objects.exists()


@pytest.mark.parametrize("started", ["", "vervalst", "drie dagen oud"])
def test_a_missing_forged_or_old_timestamp_is_refused(client, poster, started):
    # Computed in the test, not at collection: parallel workers must collect the same test ids.
    if started == "drie dagen oud":
        started = timestamp_token(time.time() - 3 * 24 * 3600)
    response = client.post(order_url(poster), filled_in(started=started))

    assert "Het formulier is verlopen" in response.content.decode()
    assert not Bestelling.objects.exists()


def test_the_timestamp_of_the_first_view_is_kept_when_correcting(client, poster):
    started = timestamp_token(time.time() - 10)

    response = client.post(order_url(poster), filled_in(started=started, city=""))

    assert f'name="started" value="{started}"' in response.content.decode()


def test_one_visitor_is_rate_limited(client, poster):
    statuses = [
        client.post(order_url(poster), filled_in(email=f"persoon{number}@example.org")).status_code
        for number in range(6)
    ]

    assert statuses == [302] * 5 + [429]
    assert Bestelling.objects.count() == 5
    response = client.post(order_url(poster), filled_in(email="nog.een@example.org"))
    assert "Probeer het morgen opnieuw" in response.content.decode()
    assert 'value="Gemeente Vlaardingen"' in response.content.decode()


def test_one_mailbox_cannot_be_flooded_from_many_addresses(client, poster):
    statuses = [
        client.post(
            order_url(poster), filled_in(email="Doel@Example.org "), REMOTE_ADDR=f"198.51.100.{n}"
        ).status_code
        for n in range(4)
    ]

    assert statuses == [302, 302, 302, 429]
    assert len(mail.outbox) == 3


def test_material_that_cannot_be_ordered_has_no_form(client, materiaal_factory):
    download_only = materiaal_factory(orderable=False)

    assert client.get(order_url(download_only)).status_code == 404
    assert client.post(order_url(download_only), filled_in()).status_code == 404


def test_order_still_stored_when_the_mail_server_is_down(client, poster, settings):
    settings.EMAIL_BACKEND = "tests.campagnes.test_bestelling.BrokenMailBackend"

    response = client.post(order_url(poster), filled_in())

    assert response.status_code == 302
    assert Bestelling.objects.count() == 1


class BrokenMailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP is down")


def test_behind_a_proxy_each_visitor_has_their_own_limit(client, poster, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"

    def order(number, real_ip):
        data = filled_in(email=f"persoon{number}@example.org")
        return client.post(
            order_url(poster), data, REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP=real_ip
        ).status_code

    first_visitor = [order(number, "203.0.113.5") for number in range(6)]
    second_visitor = order(7, "203.0.113.6")
    malformed_header = order(8, "niet-een-adres")

    assert first_visitor == [302] * 5 + [429]
    assert second_visitor == 302
    assert malformed_header == 302  # falls back to the proxy's address, never a 500
