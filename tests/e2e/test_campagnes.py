import re

import pytest
from playwright.sync_api import expect

from django.core import mail

from campagnes.models import Bestelling, Materiaal


def test_find_polish_posters_download_one_and_order_copies(page, assert_accessible):
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
        "link", name="Campagnes en materiaal"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Campagnes en materiaal")
    assert_accessible(page)

    page.get_by_role("link", name="Zoek materiaal in de materiaalbank").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Materiaalbank")
    assert_accessible(page)

    taal = page.get_by_role("group", name="Taal")
    taal.locator("summary").click()
    taal.get_by_label(re.compile("^Pools")).check()
    soort = page.get_by_role("group", name="Soort materiaal")
    soort.locator("summary").click()
    soort.get_by_label(re.compile("^Poster")).check()
    page.get_by_role("button", name="Zoeken").click()
    expect(page).to_have_url(re.compile(r"taal=pl.*vorm=poster|vorm=poster.*taal=pl"))
    expect(page.get_by_role("heading", name="2 materialen")).to_be_visible()
    assert_accessible(page)

    materiaal = Materiaal.objects.get(title__startswith="Możesz zgłosić anonimowo")
    downloads = materiaal.download_count
    page.get_by_role("link", name=re.compile("^Możesz zgłosić anonimowo")).click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text("Możesz zgłosić anonimowo")
    expect(heading).to_have_attribute("lang", "pl")
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download het bestand").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    materiaal.refresh_from_db()
    assert materiaal.download_count == downloads + 1

    page.get_by_role("link", name="Gedrukte exemplaren bestellen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gedrukte exemplaren bestellen")
    assert_accessible(page)

    page.get_by_label("Uw naam").fill("Ewa Kowalska")
    page.get_by_role("button", name="Aanvraag versturen").click()
    expect(page.get_by_role("alert")).to_contain_text("Vul in hoeveel exemplaren u wilt.")
    expect(page.get_by_label("Uw naam")).to_have_value("Ewa Kowalska")
    assert_accessible(page)

    page.get_by_label("Hoeveel exemplaren wilt u?").fill("30")
    page.get_by_label("Organisatie").fill("Gemeente Schiedam")
    page.get_by_label("E-mailadres").fill("ewa@example.org")
    page.get_by_label("Straat en huisnummer").fill("Stadserf 1")
    page.get_by_label("Postcode").fill("3112 DA")
    page.get_by_label("Plaats").fill("Schiedam")
    page.wait_for_timeout(3000)  # people take a few seconds; a form sent faster is refused as spam
    page.get_by_role("button", name="Aanvraag versturen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt voor uw aanvraag")
    assert_accessible(page)
    bestelling = Bestelling.objects.get(email="ewa@example.org")
    assert (bestelling.materiaal, bestelling.quantity, bestelling.city) == (materiaal, 30, "Schiedam")
    assert mail.outbox[0].to == ["ewa@example.org"]


def test_campaign_page_and_its_actions_link_both_ways(page, assert_accessible):
    page.goto("/campagnes/")
    page.get_by_role("link", name="No room for sex trafficking").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("No room for sex trafficking")
    expect(page.get_by_role("heading", name="Materiaal van deze campagne")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name=re.compile(r"^Bewustwording.*, actie 9$")).click()
    delivered = page.get_by_role("region", name="Wat deze actie oplevert")
    delivered.get_by_role("link", name="No room for sex trafficking").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("No room for sex trafficking")

    page.get_by_role("link", name=re.compile("^Resepsiyon için işaretler")).click()
    expect(page.get_by_role("heading", level=1)).to_have_attribute("lang", "tr")
    page.goto("/campagnes/materiaalbank/?taal=ar")
    expect(page.locator("h3[lang=ar][dir=rtl]").first).to_be_visible()
    assert_accessible(page)


def test_library_works_without_javascript(page_without_js):
    page = page_without_js
    page.goto("/campagnes/materiaalbank/")
    page.get_by_label("Zoek in titel en omschrijving").fill("hotels")
    page.get_by_label("Volgorde").select_option("titel")
    page.get_by_role("group", name="Campagne").get_by_label(
        re.compile("^No room for sex trafficking")
    ).check()
    page.get_by_role("button", name="Zoeken").click()

    expect(page).to_have_url(re.compile(r"q=hotels"))
    expect(page.get_by_label("Zoek in titel en omschrijving")).to_have_value("hotels")
    expect(
        page.get_by_role("heading", name=re.compile(r"^\d+ materia(al|len) met ‘hotels’$"))
    ).to_be_visible()
    titles = page.locator(".materiaal-card h3").all_inner_texts()
    assert titles and titles == sorted(titles, key=str.lower)


@pytest.mark.parametrize("which", ["library", "order form"])
def test_library_and_order_form_fit_a_phone(phone, assert_accessible, which):
    orderable = Materiaal.objects.filter(orderable=True).first()
    path = {
        "library": "/campagnes/materiaalbank/",
        "order form": f"/campagnes/materiaalbank/materiaal/{orderable.pk}/bestellen/",
    }[which]
    phone.goto(path)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375, "the page scrolls sideways"
    assert_accessible(phone)
