"""The demo seed: six campaigns linked to the plan, material in eight languages, generated files."""

import io
import zipfile

import pytest

from django.core.management import CommandError, call_command

from campagnes.models import CampagnePage, CampagnesIndexPage, Materiaal, MateriaalbankPage
from campagnes.models.materiaal import PREVIEW_RENDITION
from home.models import ContentPage
from home.seeding import child_page, home_page

pytestmark = pytest.mark.django_db


def acties_of(slug):
    return sorted(f"{a.thema.slug}-{a.number}" for a in CampagnePage.objects.get(slug=slug).acties.all())


def test_seed_fills_the_library_and_a_second_run_keeps_editors_changes(client):
    # An earlier demo seed left a "coming soon" page where the section goes: it is replaced.
    placeholder = child_page(
        home_page(), ContentPage, "campagnes", title="Campagnes en materiaal", show_in_menus=True
    )

    call_command("seed_campagnes", verbosity=0)

    assert not ContentPage.objects.filter(pk=placeholder.pk).exists()
    section = CampagnesIndexPage.objects.get()
    assert section.slug == "campagnes" and section.show_in_menus and section.live
    assert MateriaalbankPage.objects.child_of(section).live().exists()
    assert CampagnePage.objects.count() == 6
    assert acties_of("kijk-op-mensenhandel") == ["bewustwording-6", "bewustwording-8"]
    assert acties_of("buit") == ["bewustwording-7"]
    assert acties_of("steek-jij-je-hand-uit") == ["bewustwording-11", "bewustwording-7"]
    assert acties_of("no-room-for-sex-trafficking") == ["bewustwording-9"]
    assert acties_of("vr-experience-mensenhandel") == ["bewustwording-13", "bewustwording-14"]
    assert acties_of("week-tegen-mensenhandel") == ["bewustwording-15"]

    materials = Materiaal.objects.filter(live=True).select_related("taal", "vorm", "document")
    assert materials.count() >= 40
    assert {m.taal.code for m in materials} >= {"nl", "en", "pl", "ro", "bg", "uk", "ar", "tr"}
    assert len({m.vorm.slug for m in materials}) >= 6
    for materiaal in materials:
        assert materiaal.preview_image.renditions.filter(filter_spec=PREVIEW_RENDITION).exists()
        assert materiaal.document or materiaal.external_url.startswith("https://")
        if materiaal.document:
            assert materiaal.document.collection.get_parent().name == "Campagnes"
            content = materiaal.document.file.read()
            if materiaal.vorm.slug == "social-media-kit":
                assert "LEESMIJ.txt" in zipfile.ZipFile(io.BytesIO(content)).namelist()
            else:
                assert content.startswith(b"%PDF-")
    polish = materials.get(title__startswith="Pracujesz w Holandii")
    assert polish.description.startswith("Musisz pracować")

    library = client.get("/campagnes/materiaalbank/?taal=pl&vorm=poster")
    assert library.status_code == 200 and library.context["items"].paginator.count == 2

    polish.title = "Door de redactie aangepast"
    polish.save()
    campagne = CampagnePage.objects.get(slug="buit")
    campagne.aim = "Aangepast doel"
    campagne.save_revision().publish()
    count = Materiaal.objects.count()

    call_command("seed_campagnes", verbosity=0)

    assert Materiaal.objects.count() == count
    assert Materiaal.objects.filter(title="Door de redactie aangepast").exists()
    assert CampagnePage.objects.get(slug="buit").aim == "Aangepast doel"


def test_seed_never_replaces_an_edited_page():
    edited = child_page(home_page(), ContentPage, "campagnes", title="Onze campagnes")
    edited.save_revision().publish()

    with pytest.raises(CommandError):
        call_command("seed_campagnes", verbosity=0)

    assert ContentPage.objects.filter(pk=edited.pk).exists()
