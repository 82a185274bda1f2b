"""Community content never reaches an anonymous visitor or a member of another group.

A marker word is planted in a group's page, sub-page, document (title and content), topic and
post. Every channel is fetched as each outsider; the marker must appear in no response. The same
channels as an insider show it, so the test would notice if the marker were never rendered.
"""

import pytest

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.documents import get_document_model

from home.models import ContentPage
from tests.community.factories import BerichtFactory, OnderwerpFactory

pytestmark = pytest.mark.django_db

MARKER = "Kraanvogel5521"


@pytest.fixture
def secret_group(groep, member_of):
    insider = member_of(groep)
    groep.body = [("paragraph", f"<p>Groepsinhoud {MARKER}</p>")]
    groep.save_revision().publish()
    groep.add_child(
        instance=ContentPage(
            title=f"Werkafspraken {MARKER}", slug="werkafspraken", body=[("paragraph", f"<p>{MARKER}</p>")]
        )
    )
    document = get_document_model()(title=f"Verslag {MARKER}", collection=groep.collection)
    document.file.save("verslag.pdf", ContentFile(f"%PDF-1.4 {MARKER}".encode()), save=False)
    document._set_document_file_metadata()
    document.save()
    topic = OnderwerpFactory(groep=groep, author=insider, title=f"Casus {MARKER}")
    post = BerichtFactory(onderwerp=topic, author=insider, text=f"Bericht {MARKER}")
    return {"groep": groep, "insider": insider, "document": document, "topic": topic, "post": post}


@pytest.fixture
def visitors(andere_groep, member_of, client_for):
    return {"anonymous": Client(), "member of another group": client_for(member_of(andere_groep))}


def channels(secret):
    groep, topic, post, document = secret["groep"], secret["topic"], secret["post"], secret["document"]
    return [
        groep.url,
        f"{groep.url}werkafspraken/",
        f"{groep.url}documenten/",
        f"{groep.url}discussies/",
        f"{groep.url}discussies/nieuw/",
        f"{groep.url}discussies/{topic.pk}/",
        f"{groep.url}discussies/{topic.pk}/berichten/{post.pk}/",
        f"{groep.url}bestaat-niet/",
        f"/community/discussies/{topic.pk}/",
        "/community/",
        "/community/discussies/",
        "/community/groepen/",
        "/community/wie-is-wie/",
        "/",
        "/kennisbank/",
        "/kennisbank/feed/",
        "/sitemap.xml",
        "/zoeken/?q=groepsinhoud",
        "/zoeken/?q=werkafspraken",
        "/mijn-account/gegevens/",
        "/mijn-account/gegevens/download/",
        document.url,
        f"/media/{document.file.name}",
    ]


def body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


@pytest.mark.parametrize("who", ["anonymous", "member of another group"])
def test_marker_reaches_no_outsider_through_any_channel(secret_group, visitors, kennisbank, who):
    visitor = visitors[who]

    for url in channels(secret_group):
        response = visitor.get(url, follow=True)
        assert response.status_code < 500, url
        assert MARKER not in body(response), f"{MARKER} leaked to {who} through {url}"
    assert visitor.get(f"/zoeken/?q={MARKER}").context["results"].paginator.count == 0


@pytest.mark.parametrize("who", ["anonymous", "member of another group"])
def test_outsiders_cannot_write_into_the_group(secret_group, visitors, who):
    groep, topic = secret_group["groep"], secret_group["topic"]
    visitor = visitors[who]

    visitor.post(f"{groep.url}discussies/{topic.pk}/", {"text": "binnengedrongen"})
    visitor.post(f"{groep.url}discussies/nieuw/", {"title": "binnengedrongen", "text": "x"})
    visitor.post(
        f"{groep.url}documenten/", {"title": "binnengedrongen", "file": SimpleUploadedFile("a.pdf", b"%PDF")}
    )

    assert not topic.berichten.filter(text="binnengedrongen").exists()
    assert not groep.onderwerpen.filter(title="binnengedrongen").exists()
    assert not get_document_model().objects.filter(title="binnengedrongen").exists()


def test_insider_sees_the_marker_everywhere_it_belongs(secret_group, client_for):
    insider = client_for(secret_group["insider"])
    groep, topic, document = secret_group["groep"], secret_group["topic"], secret_group["document"]

    for url in [
        groep.url,
        f"{groep.url}werkafspraken/",
        f"{groep.url}documenten/",
        f"{groep.url}discussies/{topic.pk}/",
        "/community/",
    ]:
        assert MARKER in body(insider.get(url)), url
    assert MARKER in body(insider.get(document.url))


def test_restricted_responses_are_not_cached(secret_group, client_for):
    insider = client_for(secret_group["insider"])

    for url in [secret_group["groep"].url, secret_group["document"].url, "/mijn-account/gegevens/"]:
        cache_control = insider.get(url)["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, url


def test_community_images_are_stored_as_restricted_documents(secret_group, client_for):
    insider = client_for(secret_group["insider"])
    groep = secret_group["groep"]

    insider.post(
        f"{groep.url}documenten/",
        {"title": "Foto whiteboard", "file": SimpleUploadedFile("bord.png", b"\x89PNG")},
    )

    photo = get_document_model().objects.get(title="Foto whiteboard")
    assert photo.collection == groep.collection
    assert Client().get(photo.url).status_code == 302
