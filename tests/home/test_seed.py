import pytest

from django.core.management import call_command
from django.test import Client

from wagtail.documents import get_document_model

from community.models import GroepPage, User
from config.management.commands.seed_demo import DEMO_EDITOR, DEMO_PASSWORD
from kennisbank.models import ActiePage, Gemeente, KennisItemPage, Partner, Thema, Uitbuitingsvorm

pytestmark = pytest.mark.django_db


def counts():
    return {
        "acties": ActiePage.objects.count(),
        "items": KennisItemPage.objects.count(),
        "documents": get_document_model().objects.filter(collection__name="Kennisbank").count(),
        "groepen": GroepPage.objects.count(),
        "leden": User.objects.count(),
        "partners": Partner.objects.count(),
        "gemeenten": Gemeente.objects.count(),
    }


def assert_the_demo_editor_works_in_a_dutch_admin_with_moderation():
    client = Client()
    assert client.login(username=DEMO_EDITOR, password=DEMO_PASSWORD)
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert "Pagina's" in dashboard.content.decode()
    assert client.get("/admin/snippets/kennisbank/partner/").status_code == 200
    # Wagtail's default approval workflow covers the whole site: editors submit, moderators publish.
    item = KennisItemPage.objects.first()
    assert item.get_workflow() is not None


def test_demo_seed_builds_the_whole_site_and_a_second_run_changes_nothing(client):
    call_command("seed_demo", verbosity=0)
    first = counts()
    # Checked here rather than in a test of its own: every seed of the whole demo costs seconds.
    assert_the_demo_editor_works_in_a_dutch_admin_with_moderation()
    edited = ActiePage.objects.get(thema__slug="bewustwording", number=6)
    edited.title = "Door de redactie aangepast"
    edited.save_revision().publish()

    call_command("seed_demo", verbosity=0)

    assert counts() == first
    assert first["acties"] == 47
    assert first["items"] >= 15
    assert first["documents"] == first["items"]
    assert Thema.objects.count() == 5
    assert Uitbuitingsvorm.objects.count() == 3
    assert ActiePage.objects.get(pk=edited.pk).title == "Door de redactie aangepast"
    assert set(KennisItemPage.objects.values_list("soort__slug", flat=True)) >= {
        "onderzoek",
        "format",
        "handelingskader",
        "barrieremodel",
    }
    assert User.objects.get(email=DEMO_EDITOR).check_password(DEMO_PASSWORD)
    assert first["groepen"] == 5
    for url in ["/", "/kennisbank/", "/actieplan/", "/campagnes/", "/agenda/", "/meldroutekaart/"]:
        assert client.get(url).status_code == 200, url
    assert client.get("/community/")["Location"].startswith("/account/login/")
    assert client.login(username="lid@example.org", password=DEMO_PASSWORD)
    assert client.get("/community/").status_code == 200
