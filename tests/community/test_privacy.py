import datetime
import json

import pytest

from django.core import mail
from django.test import Client
from django.utils import timezone

from community.memberships import review_memberships
from community.models import Bericht, Lidmaatschap, Profiel, User
from tests.community.factories import BerichtFactory, OnderwerpFactory

pytestmark = pytest.mark.django_db


def test_my_data_shows_and_downloads_what_is_stored(groep, member_of, client_for):
    user = member_of(groep)
    Profiel.objects.filter(user=user).update(bio="Mijn eigen bio")
    topic = OnderwerpFactory(groep=groep, author=user, title="Mijn onderwerp")
    BerichtFactory(onderwerp=topic, author=user, text="Mijn eigen bericht")
    someone = member_of(groep)
    BerichtFactory(onderwerp=topic, author=someone, text="Bericht van iemand anders")
    browser = client_for(user)

    page = browser.get("/mijn-account/gegevens/").content.decode()
    download = browser.get("/mijn-account/gegevens/download/")
    data = json.loads(download.content)

    assert user.email in page and "Mijn eigen bio" in page and groep.title in page
    assert download["Content-Disposition"] == 'attachment; filename="mijn-gegevens.json"'
    assert data["account"]["e-mailadres"] == user.email
    assert data["profiel"]["over mij"] == "Mijn eigen bio"
    assert [m["groep"] for m in data["lidmaatschappen"]] == [groep.title]
    assert [p["tekst"] for p in data["berichten"]] == ["Mijn eigen bericht"]
    assert "Bericht van iemand anders" not in download.content.decode()
    assert someone.email not in download.content.decode()


def test_my_data_is_only_for_the_member_themselves(client):
    assert client.get("/mijn-account/gegevens/download/")["Location"].startswith("/account/login/")


def test_wrong_password_keeps_the_account(member, client_for):
    browser = client_for(member)

    response = browser.post("/mijn-account/verwijderen/", {"password": "fout"})

    assert response.status_code == 400
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert User.objects.filter(pk=member.pk).exists()


def test_deleting_the_account_erases_the_member_but_keeps_posts_unsigned(groep, member_of):
    user = member_of(groep)
    topic = OnderwerpFactory(groep=groep, author=user)
    post = BerichtFactory(onderwerp=topic, author=user, text="Blijft staan")
    reader = member_of(groep)
    user.emailaddress_set.create(email=user.email, verified=True, primary=True)
    browser, other_device = Client(), Client()
    for device in (browser, other_device):
        device.post("/account/login/", {"login": user.email, "password": "Lang-genoeg-wachtwoord-1"})

    response = browser.post("/mijn-account/verwijderen/", {"password": "Lang-genoeg-wachtwoord-1"})

    assert response["Location"] == "/"
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Profiel.objects.filter(user_id=user.pk).exists()
    assert not Lidmaatschap.objects.filter(user_id=user.pk).exists()
    assert Bericht.objects.get(pk=post.pk).author is None
    assert other_device.get("/community/").status_code == 302
    reader_client = Client()
    reader_client.force_login(reader)
    assert "Verwijderd lid" in reader_client.get(f"{groep.url}discussies/{topic.pk}/").content.decode()


@pytest.fixture
def old_membership(groep, member_of):
    user = member_of(groep)
    membership = Lidmaatschap.objects.get(user=user)
    Lidmaatschap.objects.filter(pk=membership.pk).update(
        confirmed_at=timezone.now() - datetime.timedelta(days=366)
    )
    return membership


def test_due_members_are_reminded_once(old_membership):
    assert review_memberships() == (1, 0)
    assert review_memberships() == (0, 0)
    assert len(mail.outbox) == 1
    assert "Bevestig uw lidmaatschap" in mail.outbox[0].body


def test_confirming_keeps_access(old_membership, groep, client_for):
    browser = client_for(old_membership.user)
    assert "Ja, ik blijf lid" in browser.get("/community/").content.decode()

    browser.post("/mijn-account/lidmaatschap-bevestigen/")

    later = timezone.now() + datetime.timedelta(days=40)
    assert review_memberships(now=later) == (0, 0)
    assert browser.get(groep.url).status_code == 200


def test_unconfirmed_membership_ends_after_the_grace_period(old_membership, groep, client_for):
    browser = client_for(old_membership.user)

    later = timezone.now() + datetime.timedelta(days=31)
    reminded, ended = review_memberships(now=later)

    assert ended == 1
    old_membership.refresh_from_db()
    assert old_membership.status == Lidmaatschap.Status.VERLOPEN
    assert browser.get(groep.url).status_code == 403
