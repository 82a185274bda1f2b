import re

from playwright.sync_api import expect

from home.seeding import DEMO_PASSWORD

RESULTS = re.compile(r"^\d+ (resultaat|resultaten) voor")


def test_a_visitor_searches_everything_and_narrows_by_facet(page, assert_accessible):
    page.goto("/")
    page.get_by_role("search").first.get_by_label("Zoek op de website").fill("arbeidsuitbuiting")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name=RESULTS)).to_be_visible()
    expect(page.locator(".search-results mark").first).to_be_visible()
    assert_accessible(page)

    page.get_by_role("group", name="Soort").get_by_label(re.compile("^Kennisbank")).check()
    page.get_by_role("button", name="Zoeken").click()

    expect(page).to_have_url(re.compile(r"type=Kennisbank"))
    for meta in page.locator(".search-results .card__meta").all():
        expect(meta).to_contain_text("Kennisbank")
    assert_accessible(page)


def test_a_member_finds_a_discussion_the_public_does_not(page, assert_accessible):
    page.goto("/zoeken/?q=meldroute+Dordrecht")
    expect(page.get_by_role("link", name="Ervaringen met de interne meldroute")).to_have_count(0)

    page.goto("/account/login/")
    page.get_by_label("E-mail").fill("lid@example.org")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.goto("/zoeken/?q=meldroute+Dordrecht")

    expect(page.get_by_role("link", name="Ervaringen met de interne meldroute")).to_be_visible()
    assert_accessible(page)


def test_search_works_without_javascript(page_without_js):
    page = page_without_js
    page.goto("/zoeken/?q=signalen")
    page.get_by_role("group", name="Jaar").get_by_role("checkbox").first.check()
    page.get_by_role("button", name="Zoeken").click()

    expect(page).to_have_url(re.compile(r"jaar=\d{4}"))
    expect(page.get_by_role("heading", name=RESULTS)).to_be_visible()
