"""The demo seed of the meldroutekaart and the monitor: complete, valid and safe to run again."""

import pytest
from pytest_django.asserts import assertContains

from django.core.management import call_command

from home.models import ContentPage
from home.seeding import child_page
from kennisbank.meldroute.tree import Tree
from kennisbank.models import Cijfer, Gemeente, Meldpunt, MeldroutePage

pytestmark = pytest.mark.django_db


def test_the_seeded_meldroutekaart_replaces_the_placeholder_and_is_a_valid_tree(home_page):
    child_page(home_page, ContentPage, "meldroutekaart", title="Meldroutekaart", show_in_menus=True)

    call_command("seed_meldroute", verbosity=0)

    page = MeldroutePage.objects.get()
    assert page.slug == "meldroutekaart" and page.live and page.show_in_menus
    assert Tree.from_stream(page.steps).problems() == []
    assert not ContentPage.objects.filter(slug="meldroutekaart").exists()
    numbers = dict(Meldpunt.objects.values_list("slug", "phone"))
    assert numbers["alarmnummer-112"] == "112"
    assert numbers["politie"] == "0900-8844"
    assert numbers["nederlandse-arbeidsinspectie"] == "0800-5151"
    assert numbers["meld-misdaad-anoniem"] == "0800-7000"
    assert numbers["veilig-thuis"] == "0800-2000"
    assert numbers["essm-meld-en-adviespunt"] == ""  # to be filled in by editors
    assert Meldpunt.objects.get(slug="essm-meld-en-adviespunt").is_due_for_check()
    assert not Meldpunt.objects.get(slug="politie").is_due_for_check()


def test_seeding_again_keeps_what_editors_changed(home_page):
    call_command("seed_meldroute", verbosity=0)
    Meldpunt.objects.filter(slug="essm-meld-en-adviespunt").update(phone="010-123 45 67")
    Gemeente.objects.filter(slug="dordrecht").update(contact_email="", contact_phone="078-000 00 00")
    page = MeldroutePage.objects.get()
    page.title = "Waar meld ik het?"
    page.save_revision().publish()

    call_command("seed_meldroute", verbosity=0)

    assert Meldpunt.objects.get(slug="essm-meld-en-adviespunt").phone == "010-123 45 67"
    assert Gemeente.objects.get(slug="dordrecht").contact_email == ""
    assert MeldroutePage.objects.get().title == "Waar meld ik het?"
    assert Meldpunt.objects.count() == 7


def test_the_seeded_monitor_has_the_public_figures_and_marks_the_rest_as_demo(client, home_page):
    call_command("seed_monitor", verbosity=0)
    call_command("seed_monitor", verbosity=0)

    real = {
        (figure.indicator.slug, figure.year): figure.value
        for figure in Cijfer.objects.filter(is_demo=False).select_related("indicator")
    }
    assert real == {
        ("politie-meldingen", 2022): 23,
        ("politie-meldingen", 2023): 27,
        ("essm-slachtoffers", 2022): 143,
        ("essm-slachtoffers", 2023): 148,
        ("riec-zaken", 2023): 4,
    }
    assert Cijfer.objects.filter(is_demo=True).count() == 6 + 6 + 46
    response = client.get("/kennisbank/monitor/2023/")
    assertContains(response, "Naar schatting zijn er in de regio elk jaar 500 tot 600 slachtoffers.")
    assertContains(response, "Zaken mensenhandel bij het RIEC Rotterdam: geen cijfer in 2022, 4 in 2023.")
