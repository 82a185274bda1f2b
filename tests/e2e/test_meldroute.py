"""The meldroutekaart and the monitor in Chromium, with and without JavaScript, by mouse and keyboard."""

import re

import pytest
from playwright.sync_api import expect

NEUTRAL_SITE = "https://www.google.nl/"


@pytest.fixture(params=["met JavaScript", "zonder JavaScript"])
def visitor(request, assert_accessible):
    """The same journey in a browser with JavaScript and in one without: (page, accessibility check).

    axe-core is itself a script, so it only runs in the JavaScript browser (it would wait forever
    in the other); both get the same HTML.
    """
    with_javascript = request.param == "met JavaScript"
    page = request.getfixturevalue("page" if with_javascript else "page_without_js")
    return page, (assert_accessible if with_javascript else lambda page: None)


def answer(page, label: str, check=None):
    page.get_by_role("radio", name=label, exact=True).check()
    page.get_by_role("button", name="Volgende").click()
    if check:
        check(page)


def expect_question(page, text: str):
    expect(page.get_by_role("heading", level=2, name=text)).to_be_visible()


def test_a_resident_who_wants_to_stay_anonymous_gets_meld_misdaad_anoniem(visitor):
    page, assert_accessible = visitor
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Meldroutekaart").click()
    expect_question(page, "Wie bent u?")
    expect(page.get_by_text("Uw antwoorden bewaren we niet.")).to_be_visible()
    assert_accessible(page)

    answer(page, "Ik maak me zorgen over iemand anders")
    expect_question(page, "Is er nu acuut gevaar?")
    assert_accessible(page)
    answer(page, "Nee")
    expect_question(page, "Wilt u anoniem blijven?")
    assert_accessible(page)
    answer(page, "Ja")

    expect(page.get_by_role("heading", name="Meld anoniem bij Meld Misdaad Anoniem")).to_be_visible()
    expect(page.get_by_role("main").get_by_role("link", name="0800-7000")).to_have_attribute(
        "href", "tel:08007000"
    )
    expect(page).to_have_url(re.compile(r"/meldroutekaart/\?wie=2&inwoner-gevaar=2&inwoner-anoniem=1$"))
    assert_accessible(page)


def test_a_professional_in_dordrecht_with_labour_exploitation_gets_nla_and_the_local_contact(visitor):
    page, assert_accessible = visitor
    page.goto("/meldroutekaart/")
    answer(page, "Ik ben professional")
    answer(page, "Nee")  # no acute danger
    expect_question(page, "Gaat het om iemand die jonger is dan 18 jaar?")
    answer(page, "Nee")
    expect_question(page, "In welke gemeente speelt het?")
    assert_accessible(page)
    page.get_by_label("Gemeente").select_option(label="Dordrecht")
    page.get_by_role("button", name="Volgende").click()
    expect_question(page, "Om welke vorm van uitbuiting gaat het, denkt u?")
    assert_accessible(page)
    answer(page, "Arbeidsuitbuiting")

    expect(page.get_by_role("heading", name="Meld bij de Nederlandse Arbeidsinspectie")).to_be_visible()
    expect(page.get_by_role("link", name="0800-5151")).to_be_visible()
    local = page.get_by_role("region", name="In de gemeente Dordrecht")
    expect(local.get_by_role("link", name="mensenhandel.dordrecht@example.org")).to_have_attribute(
        "href", "mailto:mensenhandel.dordrecht@example.org"
    )
    assert_accessible(page)


def test_without_javascript_every_step_is_an_address_and_back_works(page_without_js):
    page = page_without_js
    page.goto("/meldroutekaart/")
    answer(page, "Ik maak me zorgen over iemand anders")
    answer(page, "Nee")
    expect(page).to_have_url(re.compile(r"\?wie=2&inwoner-gevaar=2$"))

    page.go_back()
    expect_question(page, "Is er nu acuut gevaar?")
    page.go_back()
    expect_question(page, "Wie bent u?")


def press_tab_until(page, selector: str, limit: int = 80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_a_route_can_be_walked_with_the_keyboard_only(page):
    page.goto("/meldroutekaart/")

    press_tab_until(page, "input[name=wie]")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused answer shows a visible focus ring"
    page.keyboard.press("ArrowDown")  # the second answer: "Ik maak me zorgen over iemand anders"
    press_tab_until(page, "button[type=submit]:not(.site-search button)")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Is er nu acuut gevaar?")).to_be_focused()
    press_tab_until(page, "input[name=inwoner-gevaar]")
    page.keyboard.press("ArrowDown")  # "Nee"
    page.keyboard.press("Enter")  # Enter in a radio group submits its form

    expect(page.get_by_role("heading", name="Wilt u anoniem blijven?")).to_be_focused()
    press_tab_until(page, "input[name=inwoner-anoniem]")
    page.keyboard.press("Space")  # "Ja"
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Meld anoniem bij Meld Misdaad Anoniem")).to_be_focused()


def test_quick_exit_by_keyboard_leaves_and_is_gone_from_the_history(page, demo_site):
    page.route(
        f"{NEUTRAL_SITE}**",
        lambda route: route.fulfill(content_type="text/html", body="<title>Zoeken</title>"),
    )

    for leave in ["Escape", "Tab to ‘Snel weg’, then Enter"]:
        page.goto("/")
        page.goto("/meldroutekaart/")
        answer(page, "Het gaat om mijzelf")
        expect_question(page, "Bent u nu in gevaar?")

        if leave == "Escape":
            page.keyboard.press("Escape")
        else:
            press_tab_until(page, "[data-quick-exit]")
            page.keyboard.press("Enter")

        expect(page).to_have_url(NEUTRAL_SITE)
        page.go_back()
        expect(page).to_have_url(f"{demo_site.url}/")  # the meldroutekaart is gone from Back


def test_quick_exit_is_a_plain_link_without_javascript(page_without_js):
    page = page_without_js
    page.route(
        f"{NEUTRAL_SITE}**",
        lambda route: route.fulfill(content_type="text/html", body="<title>Zoeken</title>"),
    )
    page.goto("/meldroutekaart/")

    page.get_by_role("link", name="Snel weg").click()

    expect(page).to_have_url(NEUTRAL_SITE)


def test_the_printable_chart_the_directory_and_other_steps_are_accessible(page, assert_accessible):
    response = page.goto("/meldroutekaart/?wie=2&inwoner-gevaar=%3Cscript%3E")
    assert response.status == 400
    expect(
        page.get_by_text("Dit antwoord kennen we niet. Kies een van de antwoorden hieronder.")
    ).to_be_visible()
    expect_question(page, "Is er nu acuut gevaar?")
    assert_accessible(page)

    page.goto("/meldroutekaart/?wie=3&hulp-gevaar=1")  # a possible victim in danger
    expect(page.get_by_role("heading", name="Bel nu 112")).to_be_visible()
    assert_accessible(page)

    page.goto("/meldroutekaart/")
    page.get_by_role("link", name="Print de hele meldroutekaart").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Meldroutekaart mensenhandel")
    expect(page.get_by_role("link", name="Route 1").first).to_be_visible()
    assert_accessible(page)

    pdf = page.pdf(prefer_css_page_size=True)
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1, "the whole chart fits one A4"

    page.goto("/meldroutekaart/meldpunten/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Meldpunten en telefoonnummers")
    assert_accessible(page)
    page.get_by_role("group", name="Anoniem melden").get_by_label(re.compile("^Ja")).check()
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page.get_by_role("heading", name=re.compile(r"^\d+ meldpunten?$"))).to_have_text("3 meldpunten")
    assert_accessible(page)


def test_the_monitor_shows_charts_tables_and_a_csv_from_the_kennisbank(page, assert_accessible):
    page.goto("/kennisbank/")
    page.get_by_role("link", name="Regionale mensenhandelmonitor").click()
    assert_accessible(page)
    page.get_by_role("link", name="Mensenhandelmonitor 2023").click()

    chart = page.get_by_role("img", name="Meldingen, hulp aan slachtoffers en zaken")
    expect(chart).to_be_visible()
    table = page.get_by_role("table", name="Meldingen, hulp aan slachtoffers en zaken: de cijfers")
    expect(
        table.get_by_role("row", name=re.compile("Meldingen mensenhandel bij de politie"))
    ).to_contain_text("23")
    expect(
        table.get_by_role("row", name=re.compile("Meldingen mensenhandel bij de politie"))
    ).to_contain_text("+4")
    per_gemeente = page.get_by_role("table", name=re.compile("per gemeente"))
    expect(per_gemeente.get_by_role("row", name=re.compile("^Albrandswaard"))).to_contain_text("<5")
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download de cijfers van deze pagina (CSV)").click()
    download = download_info.value
    assert download.suggested_filename == "mensenhandelmonitor-2023.csv"
    with open(download.path(), encoding="utf-8-sig") as csv_file:
        text = csv_file.read()
    assert "Slachtoffers geholpen door ESSM;ESSM;2023;;Albrandswaard;<5;ja;" in text


def test_meldroute_and_monitor_fit_a_phone(phone, assert_accessible):
    for address in [
        "/meldroutekaart/?wie=1&pro-gevaar=2&pro-minderjarig=2",
        "/meldroutekaart/?wie=1&pro-gevaar=2&pro-minderjarig=2&pro-gemeente=dordrecht&pro-vorm=1",
        "/meldroutekaart/meldpunten/",
        "/kennisbank/monitor/2023/",
    ]:
        phone.goto(address)
        assert phone.evaluate("document.documentElement.scrollWidth") <= 375, (
            f"{address} scrolls sideways on a phone"
        )
        assert_accessible(phone)
