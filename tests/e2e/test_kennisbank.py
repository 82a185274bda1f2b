import re

from playwright.sync_api import expect


def test_find_an_item_and_download_its_pdf(page, assert_accessible):
    page.goto("/")
    assert_accessible(page)

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Kennisbank").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kennisbank")
    assert_accessible(page)

    page.get_by_text("Toon keuzes", exact=False).first.wait_for()
    page.get_by_role("group", name="Soort").get_by_label(re.compile("^Handelingskader")).check()
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile(r"soort=handelingskader"))
    expect(page.get_by_role("heading", name=re.compile(r"^\d+ resultaten?$"))).to_be_visible()
    assert_accessible(page)

    page.get_by_role(
        "link", name=re.compile("^Handelingskader signaleren in vergunde seksinrichtingen")
    ).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("vergunde seksinrichtingen")
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("region", name="Downloaden").get_by_role("link").first.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_filters_work_without_javascript(page_without_js):
    page = page_without_js
    page.goto("/kennisbank/")
    page.get_by_role("group", name="Uitbuitingsvorm").get_by_label(re.compile("^Arbeidsuitbuiting")).check()
    page.get_by_role("button", name="Filters toepassen").click()

    expect(page).to_have_url(re.compile(r"uitbuitingsvorm=arbeidsuitbuiting"))
    checkbox = page.get_by_role("group", name="Uitbuitingsvorm").get_by_label(
        re.compile("^Arbeidsuitbuiting")
    )
    expect(checkbox).to_be_checked()


def test_filter_the_action_plan_by_partner(page, assert_accessible):
    page.goto("/actieplan/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Actieplan 2024-2026")
    expect(page.get_by_role("heading", name="47 acties")).to_be_visible()
    assert_accessible(page)

    partners = page.get_by_role("group", name="Partner")
    partners.locator("summary").click()
    partners.get_by_label(re.compile(r"^Regionaal Informatie- en Expertisecentrum")).check()
    page.get_by_role("button", name="Filters toepassen").click()

    expect(page.get_by_role("heading", name=re.compile(r"^\d+ acties$"))).not_to_have_text("47 acties")
    for who in page.locator(".actie dd a").filter(has_text=re.compile(".")).all_inner_texts()[:3]:
        assert who  # partner links render
    page.get_by_role(
        "link", name=re.compile("^Actie 1: Uitwerken voorstel uitbreiden handhavingsknelpunt")
    ).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("handhavingsknelpunt")
    assert_accessible(page)

    page.get_by_role("link", name="Regionaal Informatie- en Expertisecentrum").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Wat doet Regionaal Informatie- en Expertisecentrum (RIEC)?"
    )
    assert_accessible(page)


def test_mobile_layout_is_accessible(phone, assert_accessible):
    phone.goto("/kennisbank/")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, "the page scrolls sideways on a phone"
    assert_accessible(phone)
