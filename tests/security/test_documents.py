"""Documents in a restricted collection are never served to someone without the right."""

import pytest

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

CONTENT = b"%PDF-1.4 Notulen Regionale Tafel Zwaluwstaart7319"


@pytest.fixture
def restricted_document(db):
    collection = Collection.get_first_root_node().add_child(name="Regionale Tafel")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    document = get_document_model()(title="Notulen", collection=collection)
    document.file.save("notulen.pdf", ContentFile(CONTENT), save=False)
    document.save()
    return document


def test_anonymous_download_is_refused(client, restricted_document):
    response = client.get(restricted_document.url)

    assert response.status_code in (302, 403)
    assert b"Zwaluwstaart7319" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_logged_in_member_can_download(member, restricted_document):
    client = Client()
    client.force_login(member)

    response = client.get(restricted_document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == CONTENT


def test_media_folder_does_not_serve_documents(client, restricted_document, settings):
    path = f"/media/{restricted_document.file.name}"

    assert client.get(path).status_code == 404
