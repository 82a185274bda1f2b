"""Editors manage material and orders in the admin, and upload many files into a campaign at once."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model

from campagnes.models import Materiaal
from tests.campagnes.factories import BestellingFactory, DoelgroepFactory, MateriaalvormFactory, TaalFactory

pytestmark = pytest.mark.django_db

UPLOAD_URL = "/admin/campagnes/uploaden/"


@pytest.fixture
def editor_client(client, user_factory):
    """A site administrator with the two-factor app the admin requires of editors."""
    user = user_factory(email="beheer@example.org", is_staff=True, is_superuser=True)
    TOTP.activate(user, generate_totp_secret())
    client.force_login(user)
    return client


def test_editor_sees_material_and_orders(editor_client, materiaal_factory):
    materiaal_factory(title="Poster Buit")
    BestellingFactory(organisation="Gemeente Dordrecht")

    materials = editor_client.get(reverse("wagtailsnippets_campagnes_materiaal:list"))
    orders = editor_client.get(reverse("wagtailsnippets_campagnes_bestelling:list"))
    export = editor_client.get(reverse("wagtailsnippets_campagnes_bestelling:list") + "?export=csv")

    assert "Poster Buit" in materials.content.decode()
    assert "Gemeente Dordrecht" in orders.content.decode()
    assert "Gemeente Dordrecht" in b"".join(export.streaming_content).decode()


def test_editor_can_create_material_in_the_admin(editor_client, materiaal_factory):
    vorm, taal = MateriaalvormFactory(), TaalFactory()
    document = materiaal_factory().document

    response = editor_client.post(
        reverse("wagtailsnippets_campagnes_materiaal:add"),
        {
            "title": "Nieuwe flyer",
            "description": "Een flyer.",
            "document": document.pk,
            "vorm": vorm.pk,
            "taal": taal.pk,
            "publication_date": "2025-05-01",
            "licence": "vrij",
            "max_order_quantity": 100,
            "action-publish": "publish",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert Materiaal.objects.get(title="Nieuwe flyer").live


def test_bulk_upload_creates_draft_material_in_the_campaign_collection(editor_client, campagne_factory):
    campagne = campagne_factory(
        title="Week tegen Mensenhandel", doelgroepen=[DoelgroepFactory(name="Bewoners")]
    )
    vorm, taal = MateriaalvormFactory(), TaalFactory()
    files = [
        SimpleUploadedFile("poster_week-2025.pdf", b"%PDF-1.4 een", content_type="application/pdf"),
        SimpleUploadedFile("flyer-week.pdf", b"%PDF-1.4 twee", content_type="application/pdf"),
    ]

    form = editor_client.get(f"{UPLOAD_URL}?campagne={campagne.pk}")
    response = editor_client.post(
        UPLOAD_URL, {"campagne": campagne.pk, "vorm": vorm.pk, "taal": taal.pk, "files": files}
    )

    assert form.status_code == 200
    assert response.status_code == 302
    drafts = Materiaal.objects.filter(campagne=campagne).order_by("title")
    assert [m.title for m in drafts] == ["Flyer week", "Poster week 2025"]
    assert all(not m.live and m.latest_revision for m in drafts)
    assert [d.name for d in drafts[0].doelgroepen.all()] == ["Bewoners"]
    collections = {m.document.collection for m in drafts}
    assert [c.name for c in collections] == ["Week tegen Mensenhandel"]
    assert drafts[0].document.file_size == len(b"%PDF-1.4 twee")


def test_bulk_upload_refuses_file_types_the_site_does_not_accept(editor_client, campagne_factory):
    campagne = campagne_factory()
    upload = SimpleUploadedFile("script.exe", b"MZ", content_type="application/octet-stream")

    response = editor_client.post(
        UPLOAD_URL,
        {
            "campagne": campagne.pk,
            "vorm": MateriaalvormFactory().pk,
            "taal": TaalFactory().pk,
            "files": [upload],
        },
    )

    assert response.status_code == 200
    assert "script.exe" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_only_editors_may_upload(client, member_client):
    assert client.get(UPLOAD_URL).status_code == 302  # to the login page
    assert member_client.get(UPLOAD_URL).status_code in (302, 403)


def test_campaign_editor_offers_the_upload(editor_client, campagne_factory):
    campagne = campagne_factory()

    content = editor_client.get(reverse("wagtailadmin_pages:edit", args=[campagne.pk])).content.decode()

    assert f"{UPLOAD_URL}?campagne={campagne.pk}" in content
