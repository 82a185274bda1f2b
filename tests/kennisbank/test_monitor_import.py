"""Editors import monitor figures from CSV: a preview first, clear Dutch errors per row, all or nothing."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from kennisbank.models import Cijfer, Partner
from tests.kennisbank.factories import CijferFactory, GemeenteFactory, IndicatorFactory, PartnerFactory

pytestmark = pytest.mark.django_db

URL = "/admin/cijfers-importeren/"
HEADER = "indicator;bron;jaar;uitbuitingsvorm;gemeente;waarde;voorbeeldwaarde;toelichting\n"


@pytest.fixture
def vocabulary(vormen):
    GemeenteFactory(name="Dordrecht", slug="dordrecht")
    PartnerFactory(name="ESSM - Stichting Humanitas", slug="essm", abbreviation="ESSM")
    return IndicatorFactory(name="Slachtoffers geholpen door ESSM", slug="essm-slachtoffers")


@pytest.fixture
def importer_client(client, editor):
    client.force_login(editor)
    return client


def upload(client, text: str | bytes, name: str = "cijfers.csv"):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return client.post(URL, {"file": SimpleUploadedFile(name, data, content_type="text/csv")})


def confirm(client, preview):
    return client.post(URL, {"csv_text": preview.context["confirm_form"].initial["csv_text"]})


VALID = (
    "\ufeff" + HEADER + "essm-slachtoffers;ESSM;2023;;;148;nee;Publiek cijfer\n"
    "Slachtoffers geholpen door ESSM;essm;2023;Arbeidsuitbuiting;;52;ja;\n"
    "essm-slachtoffers;ESSM - Stichting Humanitas;2023;;Dordrecht;14;ja;\n"
)


def test_an_editor_sees_a_preview_and_nothing_is_saved_until_they_confirm(importer_client, vocabulary):
    preview = upload(importer_client, VALID)

    assert preview.status_code == 200
    assertContains(preview, "Voorbeeld van de import")
    assert [row.status for row in preview.context["result"].rows] == ["nieuw", "nieuw", "nieuw"]
    assert not Cijfer.objects.exists()

    done = confirm(importer_client, preview)

    assert done.status_code == 302
    assert "3 cijfers toegevoegd, 0 bijgewerkt" in str(list(get_messages(done.wsgi_request))[0])
    assert sorted(Cijfer.objects.values_list("value", "is_demo")) == [(14, True), (52, True), (148, False)]


def test_importing_again_updates_changed_figures_only(importer_client, vocabulary):
    CijferFactory(indicator=vocabulary, year=2023, value=143, source=Partner.objects.get(slug="essm"))

    preview = upload(importer_client, HEADER + "essm-slachtoffers;ESSM;2023;;;148;nee;\n")
    assertContains(preview, "bijwerken (was 143)")
    confirm(importer_client, preview)

    assert list(Cijfer.objects.values_list("value", flat=True)) == [148]
    again = upload(importer_client, HEADER + "essm-slachtoffers;ESSM;2023;;;148;nee;\n")
    assertContains(again, "ongewijzigd")


def test_comma_separated_files_from_excel_on_windows_are_read(importer_client, vocabulary):
    text = (
        "indicator,bron,jaar,waarde,toelichting\nessm-slachtoffers,ESSM,2022,143,Geschat én gecontroleerd\n"
    )

    preview = upload(importer_client, text.encode("cp1252"))
    confirm(importer_client, preview)

    assert Cijfer.objects.get().note == "Geschat én gecontroleerd"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("onbekend;ESSM;2023;;;1;;", "De indicator ‘onbekend’ kennen we niet."),
        ("essm-slachtoffers;Niemand;2023;;;1;;", "De bron ‘Niemand’ kennen we niet."),
        ("essm-slachtoffers;ESSM;20x3;;;1;;", "‘20x3’ in de kolom ‘jaar’ is geen heel getal."),
        ("essm-slachtoffers;ESSM;1850;;;1;;", "Het jaar 1850 ligt niet tussen 2000 en 2100."),
        ("essm-slachtoffers;ESSM;2023;;;1,5;;", "‘1,5’ in de kolom ‘waarde’ is geen heel getal."),
        ("essm-slachtoffers;ESSM;2023;;;-3;;", "‘-3’ in de kolom ‘waarde’ is geen heel getal."),
        ("essm-slachtoffers;ESSM;2023;;;<5;;", "‘&lt;5’ is een afgeschermde waarde uit de download."),
        ("essm-slachtoffers;ESSM;2023;;;99999999999;;", "is te groot"),
        ("essm-slachtoffers;ESSM;2023;;;;;", "Vul de kolom ‘waarde’ in."),
        ("essm-slachtoffers;ESSM;2023;Mensenroof;;1;;", "De uitbuitingsvorm ‘Mensenroof’ kennen we niet."),
        ("essm-slachtoffers;ESSM;2023;;Amsterdam;1;;", "De gemeente ‘Amsterdam’ kennen we niet."),
        ("essm-slachtoffers;ESSM;2023;;;1;misschien;", "Vul bij ‘voorbeeldwaarde’ ja of nee in."),
        ("essm-slachtoffers;ESSM;2023;;;1;;" + "x" * 301, "langer dan 300 tekens"),
        ("essm-slachtoffers;ESSM;2023;;;1;;;extra", "meer kolommen dan de kopregel"),
        (
            "<script>alert(1)</script>;ESSM;2023;;;1;;",
            "De indicator ‘&lt;script&gt;alert(1)&lt;/script&gt;’ kennen we niet.",
        ),
    ],
)
def test_each_bad_row_gets_its_own_message_and_nothing_is_saved(importer_client, vocabulary, row, message):
    response = upload(importer_client, HEADER + "essm-slachtoffers;ESSM;2022;;;143;;\n" + row + "\n")

    assert response.status_code == 400
    assertContains(response, "Er is 1 fout. Er is niets opgeslagen.", status_code=400)
    assertContains(response, message, status_code=400)
    assertNotContains(response, "<script>alert", status_code=400)
    assert response.context["result"].rows[1].line == 3
    assert response.context["confirm_form"] is None
    assert not Cijfer.objects.exists()


def test_the_same_figure_twice_in_one_file_is_an_error(importer_client, vocabulary):
    response = upload(
        importer_client, HEADER + "essm-slachtoffers;ESSM;2023;;;1;;\nessm-slachtoffers;ESSM;2023;;;2;;\n"
    )
    assertContains(response, "Dit cijfer staat ook al op regel 2.", status_code=400)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Het bestand is leeg."),
        (b"   \n\n", "Het bestand is leeg."),
        (b"%PDF-1.7\x00\x01\x02binary", "Dit is geen CSV-bestand"),
        (b"\xff\xfe\x00i\x00n\x00d", "Dit is geen CSV-bestand"),
        (b"naam;getal\nx;1\n", "Onbekende kolom: ‘naam’, ‘getal’."),
        (b"indicator;jaar;waarde\n", "Deze kolommen ontbreken: bron."),
        (b"indicator;bron;jaar;waarde;waarde\n", "Deze kolommen staan er twee keer in: waarde."),
        (HEADER.encode(), "Er staan geen cijfers onder de kopregel."),
        (HEADER.encode() + b'essm;"' + b"x" * 140_000 + b'";2023;;;1;;\n', "Het bestand is geen geldige CSV"),
        (HEADER.encode() + b"essm-slachtoffers;ESSM;2023;;;1;;\n" * 5001, "meer dan 5000 regels"),
        (b"indicator;bron;jaar;waarde\n" + b"x" * 1_000_001, "groter dan 1 MB"),
    ],
)
def test_a_malformed_file_gets_a_clear_message_never_an_error_page(
    importer_client, vocabulary, content, message
):
    response = upload(importer_client, content)

    assert response.status_code == 400
    assertContains(response, message, status_code=400)
    assert not Cijfer.objects.exists()


def test_an_upload_without_a_file_asks_for_one(importer_client):
    response = importer_client.post(URL, {})
    assertContains(response, "Kies een CSV-bestand.", status_code=400)


def test_a_changed_confirmation_is_checked_again(importer_client, vocabulary):
    response = importer_client.post(URL, {"csv_text": HEADER + "essm-slachtoffers;ESSM;2023;;;veel;;\n"})

    assertContains(response, "geen heel getal", status_code=400)
    assert not Cijfer.objects.exists()


def test_only_editors_who_may_add_figures_can_import(client, editor, vocabulary):
    anonymous = upload(Client(), VALID)
    editor.groups.set([Group.objects.get(name="Editors")])  # Wagtail's: pages only, no figures
    client.force_login(editor)
    refused = upload(client, VALID)

    assert anonymous.status_code == 302 and "/account/login/" in anonymous["Location"]
    assert refused.status_code == 302
    assertNotContains(client.get("/admin/"), "Cijfers importeren")
    assert not Cijfer.objects.exists()
