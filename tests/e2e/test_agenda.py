import re
from urllib.parse import urlparse

from playwright.sync_api import expect

from django.core import mail

from agenda.models import Aanmelding, EvenementPage
from home.seeding import DEMO_PASSWORD


def link_in_last_mail(pattern: str) -> str:
    return urlparse(re.search(pattern, mail.outbox[-1].body).group(0)).path


def log_in(page, email):
    page.goto("/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def test_guest_registers_for_a_public_training_and_confirms_by_email(page, assert_accessible):
    page.goto("/agenda/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Agenda")
    assert_accessible(page)
    page.get_by_role("link", name="Maand").click()
    assert_accessible(page)
    page.get_by_role("link", name="Lijst").click()

    training = EvenementPage.objects.filter(title="Training Signaleren van mensenhandel", capacity=12).get()
    page.goto(training.url)
    assert_accessible(page)
    page.get_by_label("Uw naam").fill("Robin de Gast")
    page.get_by_label("Uw e-mailadres").fill("robin@example.org")
    page.get_by_label("Organisatie (niet verplicht)").fill("Hotel aan de Maas")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.locator("main")).to_contain_text("we hebben u een e-mail gestuurd")

    page.goto(link_in_last_mail(r"http\S+/aanmelding/\S+/bevestigen/"))
    page.get_by_role("button", name="Ja, bevestig mijn aanmelding").click()
    expect(page.get_by_role("status")).to_contain_text("U bent aangemeld.")
    assert Aanmelding.objects.get(email="robin@example.org").status == Aanmelding.Status.CONFIRMED
    assert any("BEGIN:VCALENDAR" in str(attachment[1]) for attachment in mail.outbox[-1].attachments)


def test_member_cancels_and_the_first_on_the_waiting_list_moves_up(page, assert_accessible):
    # The seed fills the first coming training and puts two people on its waiting list.
    full = (
        EvenementPage.objects.filter(
            title="Training Signaleren van mensenhandel", aanmeldingen__status=Aanmelding.Status.WAITING
        )
        .distinct()
        .get()
    )
    first_waiting = full.aanmeldingen.filter(status="wachtlijst").order_by("queued_at").first()
    seat = full.aanmeldingen.filter(status="bevestigd").first()
    log_in(page, "lid@example.org")

    page.goto(full.url)
    expect(page.locator("#aanmelden")).to_contain_text("Het evenement is vol.")
    page.get_by_role("button", name="Zet mij op de wachtlijst").click()
    expect(page.locator("main")).to_contain_text("U staat op de wachtlijst")

    # A confirmed participant cancels with the link from their e-mail.
    page.goto(f"/aanmelding/{seat.token('cancel')}/afmelden/")
    assert_accessible(page)
    page.get_by_role("button", name="Ja, meld mij af").click()
    expect(page.get_by_role("status")).to_contain_text("U bent afgemeld.")

    first_waiting.refresh_from_db()
    assert first_waiting.status == Aanmelding.Status.CONFIRMED
    assert any(first_waiting.email in m.to and "Er is plaats" in m.subject for m in mail.outbox)

    page.goto("/mijn-account/aanmeldingen/")
    assert_accessible(page)
    page.get_by_role("button", name=re.compile("^Afmelden voor Training Signaleren")).click()
    expect(page.locator("main")).to_contain_text("U bent afgemeld voor Training Signaleren van mensenhandel")
