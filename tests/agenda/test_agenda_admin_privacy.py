import datetime
import json

import pytest

from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from agenda import registrations
from agenda.management.commands.purge_registrations import purge
from agenda.management.commands.send_event_reminders import send_reminders
from agenda.models import Aanmelding
from community.privacy import delete_account
from tests.agenda.factories import AanmeldingFactory

pytestmark = pytest.mark.django_db

Status = Aanmelding.Status


@pytest.fixture
def organiser_client(editor, client_for):
    return client_for(editor)


def test_organisers_see_counts_and_export_the_list(organiser_client, event_factory):
    event = event_factory(title="Training", capacity=1)
    AanmeldingFactory(evenement=event, name="Ans", status=Status.CONFIRMED)
    AanmeldingFactory(evenement=event, name="Bert", status=Status.WAITING)
    AanmeldingFactory(evenement=event, name="Cas", status=Status.CANCELLED)

    counts = organiser_client.get("/admin/aanmeldingen-per-evenement/")
    export = organiser_client.get(f"/admin/aanmelding/?evenement={event.pk}&export=csv")

    row = next(e for e in counts.context["events"] if e.pk == event.pk)
    assert (row.confirmed, row.waiting, row.cancelled) == (1, 1, 1)
    csv_text = b"".join(export.streaming_content).decode()
    assert "Ans" in csv_text and "Bert" in csv_text


def test_organiser_adds_someone_by_email(organiser_client, event_factory):
    event = event_factory(capacity=1)

    organiser_client.post(
        "/admin/aanmelding/new/", {"evenement": event.pk, "email": "extra@example.org", "name": "Extra"}
    )

    assert Aanmelding.objects.get(email="extra@example.org").status == Status.CONFIRMED


def test_nobody_else_sees_who_registered(event_factory, member, client_for):
    AanmeldingFactory(evenement=event_factory())
    browser = client_for(member)

    for url in ["/admin/aanmeldingen-per-evenement/", "/admin/aanmelding/", "/admin/aanmelding/?export=csv"]:
        assert browser.get(url).status_code in (302, 403), url


def test_registrations_are_part_of_my_data(event_factory, member, client_for):
    registrations.register_member(event_factory(title="Leerhuis LVB"), member)

    data = json.loads(client_for(member).get("/mijn-account/gegevens/download/").content)

    assert [r["evenement"] for r in data["aanmeldingen"]] == ["Leerhuis LVB"]


def test_deleting_an_account_gives_the_seat_to_the_waiting_list(event_factory, user_factory):
    event = event_factory(capacity=1)
    leaving, waiting = user_factory(), user_factory()
    registrations.register_member(event, leaving)
    registrations.register_member(event, waiting)

    delete_account(leaving)

    assert list(Aanmelding.objects.values_list("user_id", "status")) == [(waiting.pk, Status.CONFIRMED)]


def test_guest_data_is_deleted_after_the_retention_period(event_factory, user_factory, settings):
    settings.AGENDA_GUEST_RETENTION_DAYS = 30
    past = event_factory(
        start=timezone.now() - datetime.timedelta(days=40),
        end=timezone.now() - datetime.timedelta(days=40) + datetime.timedelta(hours=2),
    )
    recent = event_factory(
        start=timezone.now() - datetime.timedelta(days=5),
        end=timezone.now() - datetime.timedelta(days=5) + datetime.timedelta(hours=2),
    )
    AanmeldingFactory(evenement=past, email="oude-gast@example.org")
    AanmeldingFactory(evenement=recent, email="recente-gast@example.org")
    AanmeldingFactory(evenement=past, user=user_factory(), email="lid@example.org")

    assert purge() == (1, 0)
    assert sorted(Aanmelding.objects.values_list("email", flat=True)) == [
        "lid@example.org",
        "recente-gast@example.org",
    ]


def test_reminders_go_out_once(event_factory):
    soon = event_factory(start=timezone.now() + datetime.timedelta(hours=30))
    later = event_factory(start=timezone.now() + datetime.timedelta(days=10))
    AanmeldingFactory(evenement=soon, email="a@example.org")
    AanmeldingFactory(evenement=later, email="b@example.org")
    AanmeldingFactory(evenement=soon, email="c@example.org", status=Status.WAITING)

    with TestCase.captureOnCommitCallbacks(execute=True):
        assert send_reminders() == 1
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert send_reminders() == 0
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    assert mail.outbox[0].attachments


def test_the_commands_run(event_factory, capsys):
    call_command("send_event_reminders")
    call_command("purge_registrations")

    assert "herinneringen verstuurd" in capsys.readouterr().out
