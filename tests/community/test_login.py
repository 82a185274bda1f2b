import time

import pytest
import time_machine
from allauth.mfa.totp.internal.auth import TOTP

from django.core import mail
from django.test import Client

from wagtail.models import Site

from community.models import CommunitySettings
from tests.community.totp import totp_code

pytestmark = pytest.mark.django_db

PASSWORD = "Lang-genoeg-wachtwoord-1"


@pytest.fixture
def account(user_factory, community):
    user = user_factory(email="af@example.org")
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    return user


def login(client, email, password=PASSWORD):
    return client.post("/account/login/", {"login": email, "password": password})


def test_login_with_email_and_password(client, account):
    response = login(client, "af@example.org")

    assert response.status_code == 302
    assert client.get("/community/").status_code == 200


def test_session_cookie_is_httponly_and_samesite_lax(client, account):
    cookie = login(client, "af@example.org").cookies["sessionid"]

    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


def test_wrong_password_and_unknown_address_get_the_same_answer(client, account):
    wrong = login(client, "af@example.org", "fout-wachtwoord-123").content.decode()
    unknown = login(Client(), "niemand@example.org", "fout-wachtwoord-123").content.decode()

    message = "Het e-mailadres of het wachtwoord klopt niet."
    assert message in wrong and message in unknown


def test_failed_logins_are_rate_limited(client, account):
    for _ in range(5):
        login(client, "af@example.org", "fout-wachtwoord-123")

    response = login(client, "af@example.org")  # now even the right password is refused for a while

    assert "te vaak een verkeerd wachtwoord" in response.content.decode()
    assert client.get("/community/").status_code == 302


def test_wagtail_admin_login_goes_through_allauth(client, account):
    assert client.get("/admin/login/")["Location"].startswith("/account/login/")
    response = client.post("/admin/login/", {"username": "af@example.org", "password": PASSWORD})
    assert response.status_code == 302 and "sessionid" not in response.cookies
    assert client.get("/_util/login/")["Location"].startswith("/account/login/")


def test_logout_ends_the_session(client, account):
    login(client, "af@example.org")

    client.post("/account/logout/")

    assert client.get("/community/").status_code == 302


def test_password_change_ends_every_session(client, account):
    login(client, "af@example.org")
    other_device = Client()
    login(other_device, "af@example.org")

    client.post(
        "/account/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "Nieuw-sterk-wachtwoord-9",
            "password2": "Nieuw-sterk-wachtwoord-9",
        },
    )

    assert other_device.get("/community/").status_code == 302
    assert client.get("/community/").status_code == 302


def test_password_reset_does_not_reveal_accounts(client, account):
    known = client.post("/account/password/reset/", {"email": "af@example.org"})
    unknown = client.post("/account/password/reset/", {"email": "niemand@example.org"})

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert [m.to for m in mail.outbox if "af@example.org" in m.to] == [["af@example.org"]]


def test_login_with_an_authenticator_app_asks_for_the_code(client, account):
    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    TOTP.activate(account, secret)

    first = login(client, "af@example.org")
    assert first["Location"] == "/account/2fa/authenticate/"
    assert client.get("/community/").status_code == 302

    wrong = client.post("/account/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    with time_machine.travel(time.time(), tick=False):  # the code's 30 seconds cannot run out
        client.post("/account/2fa/authenticate/", {"code": totp_code(secret)})
    assert client.get("/community/").status_code == 200


def test_editors_must_set_up_two_factor_when_required(client, user_factory, community, client_for):
    editor = user_factory(email="r@example.org", is_superuser=True)
    settings = CommunitySettings.for_site(Site.objects.get(is_default_site=True))
    settings.require_2fa_for_editors = True
    settings.save()
    browser = client_for(editor)

    for path in ["/admin/", "/community/", "/mijn-account/profiel/"]:
        response = browser.get(path)
        assert response["Location"].startswith("/account/2fa/totp/activate/"), path
    assert browser.get("/").status_code == 200  # the public site stays open

    TOTP.activate(editor, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    assert browser.get("/community/").status_code == 200


def test_members_of_a_two_factor_group_are_sent_to_set_it_up(groep_factory, member_of, client_for):
    strict = groep_factory(title="Regionale Tafel", require_2fa=True)
    relaxed = groep_factory(title="Netwerk")
    strict_member = client_for(member_of(strict))
    relaxed_member = client_for(member_of(relaxed))

    assert strict_member.get(relaxed.url)["Location"].startswith("/account/2fa/totp/activate/")
    assert relaxed_member.get(relaxed.url).status_code == 200


def test_the_setup_page_shows_a_qr_code_and_activates_with_a_code(client, account):
    browser = client
    login(browser, "af@example.org")
    # Changing the second factor asks for the password once more (allauth's reauthentication).
    assert browser.get("/account/2fa/totp/activate/")["Location"].startswith("/account/reauthenticate/")
    browser.post("/account/reauthenticate/", {"password": PASSWORD})
    page = browser.get("/account/2fa/totp/activate/")
    secret = page.context["form"].secret

    assert 'alt="QR-code om te scannen' in page.content.decode()
    with time_machine.travel(time.time(), tick=False):
        browser.post("/account/2fa/totp/activate/", {"code": totp_code(secret)})

    assert account.authenticator_set.filter(type="totp").exists()


def test_changing_the_email_address_needs_confirmation(client, account):
    login(client, "af@example.org")

    client.post("/account/email/", {"action_add": "", "email": "nieuw-adres@example.org"})

    account.refresh_from_db()
    assert account.email == "af@example.org"
    assert any("nieuw-adres@example.org" in message.to for message in mail.outbox)
    assert not account.emailaddress_set.filter(email="nieuw-adres@example.org", verified=True).exists()
