import re
import time
from urllib.parse import urlparse

from playwright.sync_api import expect

from django.core import mail

from community.invitations import send_invitation
from community.models import GroepPage, Rol, Uitnodiging
from home.seeding import DEMO_PASSWORD
from tests.community.totp import totp_code

PASSWORD = "Een-eigen-sterk-wachtwoord-7"


def fresh_code(secret: str) -> str:
    """A code from the next 30-second window when this one is about to end, as a person would wait."""
    if 30 - time.time() % 30 < 3:
        time.sleep(3)
    return totp_code(secret)


def log_in(page, email, password):
    page.goto("/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()


def test_invited_member_sets_password_and_two_factor_then_works_in_a_group(page, assert_accessible):
    invitation = Uitnodiging.objects.create(
        email="nieuwe.af@example.org", first_name="Iris", last_name="Mol", rol=Rol.AANDACHTSFUNCTIONARIS
    )
    invitation.groepen.add(GroepPage.objects.get(slug="werkgroep-lvb"))
    send_invitation(invitation)
    link = re.search(r"http\S+/uitnodiging/\S+/", mail.outbox[-1].body).group(0)

    page.goto(urlparse(link).path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom bij de community mensenhandel")
    page.get_by_label("Kies een wachtwoord").fill(PASSWORD)
    page.get_by_label("Herhaal het wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Account aanmaken").click()
    expect(page).to_have_url(re.compile(r"/community/$"))
    assert_accessible(page)

    page.get_by_role("navigation", name="Account").get_by_role("link", name="Mijn account").click()
    page.get_by_role("navigation", name="Mijn account").get_by_role(
        "link", name="Tweestapsverificatie"
    ).click()
    page.get_by_role("link", name="Tweestapsverificatie instellen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tweestapsverificatie instellen")
    assert_accessible(page)
    secret = page.locator("#authenticator_secret").input_value()
    page.get_by_label("Code uit de app (6 cijfers)").fill(fresh_code(secret))
    page.get_by_role("button", name="Activeren").click()
    expect(page.locator("main")).to_contain_text("Herstelcodes")

    page.get_by_role("button", name="Uitloggen").click()
    log_in(page, "nieuwe.af@example.org", PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Vul de code uit uw app in")
    assert_accessible(page)
    page.get_by_label("Code uit de app of herstelcode").fill(fresh_code(secret))
    page.get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(re.compile(r"/community/$"))

    page.get_by_role("region", name="Mijn groepen").get_by_role("link", name="Werkgroep LVB").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Werkgroep LVB")
    assert_accessible(page)
    with page.expect_download() as download_info:
        page.get_by_role("region", name="Documenten").get_by_role(
            "link", name=re.compile("^Verslag Werkgroep LVB")
        ).click()
    with open(download_info.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    page.get_by_role("region", name="Discussies").get_by_role(
        "link", name="Scope van de werkgroep LVB"
    ).click()
    assert_accessible(page)
    page.get_by_label("Uw reactie").fill("Ik denk graag mee over de scope.")
    page.get_by_role("button", name="Reactie plaatsen").click()
    expect(page.locator(".posts")).to_contain_text("Ik denk graag mee over de scope.")
    expect(page.locator(".posts")).to_contain_text("Iris Mol")


def test_a_member_of_another_group_is_refused_the_group_page(page, assert_accessible):
    log_in(page, "af.gorinchem@example.org", DEMO_PASSWORD)
    expect(page).to_have_url(re.compile(r"/community/$"))

    response = page.goto("/community/werkgroep-lvb/")

    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("Alleen voor leden van de groep")
    expect(page.locator("main")).not_to_contain_text("Scope van de werkgroep LVB")


def test_directory_and_login_pages_are_accessible(page, assert_accessible):
    page.goto("/account/login/")
    assert_accessible(page)
    log_in(page, "lid@example.org", DEMO_PASSWORD)
    page.get_by_role("navigation", name="Community").get_by_role("link", name="Wie is wie").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wie is wie")
    assert_accessible(page)
    page.get_by_role("navigation", name="Community").get_by_role("link", name="Groepen").click()
    assert_accessible(page)
