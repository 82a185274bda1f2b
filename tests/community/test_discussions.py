import pytest

from django.core import mail
from django.test import TestCase

from community.models import Bericht, Nieuwsmail, Onderwerp
from tests.community.factories import BerichtFactory, OnderwerpFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic(groep, member_of):
    author = member_of(groep)
    topic = OnderwerpFactory(groep=groep, author=author, title="Interne meldroute")
    BerichtFactory(onderwerp=topic, author=author, text="Hoe regelen jullie dit?")
    return topic


def topic_url(groep, topic):
    return f"{groep.url}discussies/{topic.pk}/"


def test_member_starts_a_topic_and_others_are_told(groep, member_of, client_for):
    author = client_for(member_of(groep))
    direct = member_of(groep, notify=Nieuwsmail.DIRECT)
    member_of(groep, notify=Nieuwsmail.GEEN)
    member_of(groep, notify=Nieuwsmail.DAGELIJKS)

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = author.post(
            f"{groep.url}discussies/nieuw/", {"title": "Voorlichting scholen", "text": "Tips?"}
        )

    topic = Onderwerp.objects.get(title="Voorlichting scholen")
    assert response["Location"] == topic_url(groep, topic)
    assert topic.berichten.get().text == "Tips?"
    assert [m.to for m in mail.outbox] == [[direct.email]]
    assert topic_url(groep, topic) in mail.outbox[0].body
    assert "Tips?" not in mail.outbox[0].body  # e-mail gives the title and link, not the text


def test_reply_is_sanitised(topic, groep, member_of, client_for):
    browser = client_for(member_of(groep))

    browser.post(
        topic_url(groep, topic),
        {
            "text": '<script>alert("x")</script> <b>vet</b> zie https://example.org <a href="javascript:x">klik</a>'
        },
    )

    post = Bericht.objects.latest("pk")
    html = browser.get(topic_url(groep, topic)).content.decode()
    assert "<script>" not in post.html and '<a href="javascript' not in post.html
    assert "&lt;script&gt;" in post.html
    assert 'href="https://example.org"' in post.html and "nofollow" in post.html
    assert "&lt;b&gt;vet&lt;/b&gt;" in html


@pytest.mark.parametrize(
    ("data", "message"),
    [({"text": ""}, "Dit is een verplicht veld."), ({"text": "x" * 10_001}, "10000 tekens")],
)
def test_invalid_reply_keeps_what_was_typed(topic, groep, member_of, client_for, data, message):
    browser = client_for(member_of(groep))

    response = browser.post(topic_url(groep, topic), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert topic.berichten.count() == 1


def test_overlong_topic_title_is_refused(groep, member_of, client_for):
    browser = client_for(member_of(groep))

    response = browser.post(f"{groep.url}discussies/nieuw/", {"title": "x" * 151, "text": "Tekst die blijft"})

    assert response.status_code == 200
    assert "Tekst die blijft" in response.content.decode()
    assert not Onderwerp.objects.exists()


def test_author_edits_own_post(topic, groep, client_for):
    post = topic.berichten.get()
    browser = client_for(post.author)

    browser.post(f"{topic_url(groep, topic)}berichten/{post.pk}/", {"text": "Aangepast"})

    post.refresh_from_db()
    assert post.text == "Aangepast" and post.edited_at is not None


def test_nobody_edits_someone_elses_post(topic, groep, member_of, client_for):
    post = topic.berichten.get()
    other = client_for(member_of(groep))

    response = other.post(f"{topic_url(groep, topic)}berichten/{post.pk}/", {"text": "Gekaapt"})

    assert response.status_code == 403
    post.refresh_from_db()
    assert post.text == "Hoe regelen jullie dit?"


def test_a_post_is_only_found_through_its_own_topic_and_group(
    topic, groep, andere_groep, member_of, client_for
):
    post = topic.berichten.get()
    author = post.author
    member_of(andere_groep, user=None)
    browser = client_for(author)
    other_topic = OnderwerpFactory(groep=groep, author=author)

    assert browser.get(f"{groep.url}discussies/{other_topic.pk}/berichten/{post.pk}/").status_code == 404
    assert browser.get(f"/community/discussies/{topic.pk}/").status_code == 404


def test_moderator_hides_and_shows_a_post(topic, groep, member_of, client_for):
    post = topic.berichten.get()
    moderator = client_for(member_of(groep, moderator=True))
    reader = client_for(member_of(groep))

    moderator.post(f"{topic_url(groep, topic)}berichten/{post.pk}/", {"actie": "verbergen"})

    html = reader.get(topic_url(groep, topic)).content.decode()
    assert "Dit bericht is verborgen door een moderator." in html
    assert "Hoe regelen jullie dit?" not in html

    moderator.post(f"{topic_url(groep, topic)}berichten/{post.pk}/", {"actie": "tonen"})
    assert "Hoe regelen jullie dit?" in reader.get(topic_url(groep, topic)).content.decode()


def test_ordinary_members_cannot_hide_posts(topic, groep, member_of, client_for):
    post = topic.berichten.get()
    member = client_for(member_of(groep))

    assert (
        member.post(f"{topic_url(groep, topic)}berichten/{post.pk}/", {"actie": "verbergen"}).status_code
        == 403
    )
    post.refresh_from_db()
    assert not post.is_hidden


def test_general_discussions_are_for_every_member(community, member, client_for):
    browser = client_for(member)

    browser.post("/community/discussies/nieuw/", {"title": "Algemene vraag", "text": "Wie weet dit?"})

    topic = Onderwerp.objects.get(title="Algemene vraag")
    assert topic.groep is None
    assert browser.get(f"/community/discussies/{topic.pk}/").status_code == 200


@pytest.mark.parametrize("posts", [2, 12])
def test_topic_page_queries_do_not_grow_with_posts(
    topic, groep, member_of, client_for, django_assert_max_num_queries, posts
):
    browser = client_for(member_of(groep))
    authors = [member_of(groep) for _ in range(3)]
    for number in range(posts):
        BerichtFactory(onderwerp=topic, author=authors[number % 3])

    with django_assert_max_num_queries(42):
        assert browser.get(topic_url(groep, topic)).status_code == 200
