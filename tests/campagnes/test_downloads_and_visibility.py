"""Downloads are counted without personal data, and restricted material never reaches the public."""

import pytest

from django.contrib.auth.models import AnonymousUser

from wagtail.models import Revision

from campagnes.models import Materiaal

pytestmark = pytest.mark.django_db

LIBRARY = "/campagnes/materiaalbank/"


def material_url(materiaal, suffix=""):
    return f"{LIBRARY}materiaal/{materiaal.pk}/{suffix}"


def test_download_counts_and_hands_over_to_the_document(client, materiaal_factory):
    materiaal = materiaal_factory()

    first = client.get(material_url(materiaal, "download/"))
    client.get(material_url(materiaal, "download/"))

    assert first.status_code == 302
    assert first["Location"] == materiaal.document.url
    materiaal.refresh_from_db()
    assert materiaal.download_count == 2
    served = client.get(first["Location"])
    assert served.status_code == 200
    assert b"".join(served.streaming_content).startswith(b"%PDF")


def test_download_keeps_nothing_about_the_visitor(client, materiaal_factory):
    materiaal = materiaal_factory()
    fields_before = {field.name for field in Materiaal._meta.get_fields()}

    response = client.get(
        material_url(materiaal, "download/"), REMOTE_ADDR="192.0.2.7", HTTP_USER_AGENT="Test"
    )

    assert fields_before == {field.name for field in Materiaal._meta.get_fields()}
    values = Materiaal.objects.filter(pk=materiaal.pk).values().get()
    assert "192.0.2.7" not in str(values) and "Test" not in str(values)
    assert not response.cookies  # no session, no tracking cookie


def test_head_request_does_not_count(client, materiaal_factory):
    materiaal = materiaal_factory()

    client.head(material_url(materiaal, "download/"))

    materiaal.refresh_from_db()
    assert materiaal.download_count == 0


def test_external_video_is_counted_and_opened(client, materiaal_factory):
    video = materiaal_factory(document=None, external_url="https://video.example.org/film")

    response = client.get(material_url(video, "download/"))

    assert response["Location"] == "https://video.example.org/film"
    video.refresh_from_db()
    assert video.download_count == 1


def test_publishing_an_older_draft_keeps_the_download_count(client, materiaal_factory):
    materiaal = materiaal_factory(title="Poster")
    revision = materiaal.save_revision()
    client.get(material_url(materiaal, "download/"))

    # Loaded afresh, as the admin does when an editor publishes it.
    Revision.objects.get(pk=revision.pk).publish()

    materiaal.refresh_from_db()
    assert materiaal.download_count == 1


def test_restricted_material_never_appears_publicly(
    client, materiaal_factory, campagne_factory, restricted_document
):
    campagne = campagne_factory(title="Kijk op Mensenhandel")
    hidden = materiaal_factory(
        title="Besloten handleiding", document=restricted_document, campagne=campagne, orderable=True
    )
    materiaal_factory(title="Openbare poster", campagne=campagne)

    library = client.get(LIBRARY).content.decode()
    campaign_page = client.get(campagne.url).content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "Openbare poster" in library and "Openbare poster" in campaign_page
    for content in (library, campaign_page, sitemap):
        assert "Besloten handleiding" not in content
        assert material_url(hidden) not in content
    assert client.get(LIBRARY).context["items"].paginator.count == 1
    for suffix in ["", "download/", "bestellen/", "bestellen/verstuurd/"]:
        assert client.get(material_url(hidden, suffix)).status_code == 404
    assert client.post(material_url(hidden, "bestellen/"), {"name": "x"}).status_code == 404
    hidden.refresh_from_db()
    assert hidden.download_count == 0
    # And Wagtail's own document URL stays closed as well.
    assert client.get(restricted_document.url).status_code in (302, 403)


def test_members_see_material_in_a_login_collection(member_client, materiaal_factory, restricted_document):
    materiaal = materiaal_factory(title="Besloten handleiding", document=restricted_document)

    assert "Besloten handleiding" in member_client.get(LIBRARY).content.decode()
    assert member_client.get(material_url(materiaal, "download/")).status_code == 302


def test_material_of_a_restricted_campaign_is_hidden_with_its_facet(
    client, materiaal_factory, campagne_factory, restrict
):
    geheim = campagne_factory(title="Geheime pilot", slug="geheime-pilot")
    restrict(geheim)
    materiaal_factory(title="Pilotflyer", campagne=geheim)

    response = client.get(LIBRARY + "?campagne=geheime-pilot")

    content = response.content.decode()
    assert "Pilotflyer" not in content
    assert "Geheime pilot" not in content
    assert "had een onbekende waarde" in content


def test_drafts_are_hidden(client, materiaal_factory):
    draft = materiaal_factory(title="Concept", live=False)

    assert "Concept" not in client.get(LIBRARY).content.decode()
    assert client.get(material_url(draft)).status_code == 404


def test_huge_or_odd_material_numbers_are_not_found(client, materiaalbank):
    for path in ["99999999999999999999999/", "-1/", "1e3/", "%00/"]:
        assert client.get(f"{LIBRARY}materiaal/{path}").status_code == 404


def test_visible_to_is_the_one_gate(materiaal_factory, restricted_document, member):
    public = materiaal_factory()
    video = materiaal_factory(document=None, external_url="https://video.example.org/x")
    materiaal_factory(document=None, external_url="")  # neither file nor link: nothing to show
    restricted = materiaal_factory(document=restricted_document)

    assert set(Materiaal.objects.visible_to(AnonymousUser())) == {public, video}
    assert set(Materiaal.objects.visible_to(member)) == {public, video, restricted}
