import datetime
import io

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from community.models import Lidmaatschap, Nieuwsmail
from community.notifications import send_digests
from tests.community.factories import BerichtFactory, OnderwerpFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def daily_reader(groep, member_of):
    user = member_of(groep, notify=Nieuwsmail.DAGELIJKS)
    Lidmaatschap.objects.filter(user=user).update(
        digest_sent_until=timezone.now() - datetime.timedelta(days=1)
    )
    return user


def test_digest_lists_what_is_new_and_is_sent_once(groep, member_of, daily_reader):
    author = member_of(groep, notify=Nieuwsmail.GEEN)
    topic = OnderwerpFactory(groep=groep, author=author, title="Nieuwe signalen")
    BerichtFactory(onderwerp=topic, author=author)

    assert send_digests() == 1
    assert send_digests() == 0

    assert [m.to for m in mail.outbox] == [[daily_reader.email]]
    assert "Nieuwe signalen" in mail.outbox[0].body
    assert f"{groep.url}discussies/{topic.pk}/" in mail.outbox[0].body


def test_nothing_new_sends_nothing(daily_reader):
    assert send_digests() == 0
    assert mail.outbox == []


def test_news_after_a_digest_comes_in_the_next_one(groep, member_of, daily_reader):
    author = member_of(groep, notify=Nieuwsmail.GEEN)
    send_digests()
    topic = OnderwerpFactory(groep=groep, author=author, title="Later onderwerp")
    BerichtFactory(onderwerp=topic, author=author)

    call_command("send_digests", stdout=io.StringIO())

    assert len(mail.outbox) == 1 and "Later onderwerp" in mail.outbox[0].body


def test_digest_only_covers_the_members_own_groups(groep, andere_groep, member_of, daily_reader):
    outsider = member_of(andere_groep, notify=Nieuwsmail.GEEN)
    OnderwerpFactory(groep=andere_groep, author=outsider, title="Elders besproken")

    assert send_digests() == 0


def test_members_choose_per_group_how_they_hear_of_news(groep, member_of, client_for):
    member = member_of(groep, notify=Nieuwsmail.DAGELIJKS)
    membership = Lidmaatschap.objects.get(user=member, groep=groep)
    browser = client_for(member)

    page = browser.get("/mijn-account/e-mail-bij-nieuws/")
    browser.post("/mijn-account/e-mail-bij-nieuws/", {f"groep_{membership.pk}": Nieuwsmail.DIRECT})

    assert "Eén e-mail per dag met alles wat nieuw is" in page.content.decode()
    membership.refresh_from_db()
    assert membership.notify == Nieuwsmail.DIRECT
    # The old address ("meldingen", which on this site are reports of trafficking) still leads here.
    old = browser.get("/mijn-account/meldingen/")
    assert old.status_code == 301 and old["Location"] == "/mijn-account/e-mail-bij-nieuws/"
