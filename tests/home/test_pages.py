import pytest

from django.views.defaults import server_error

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage
from kennisbank.models import ActiePage, ActieplanPage, KennisbankPage, KennisItemPage, MonitorIndexPage


class TestPageTree(WagtailPageTestCase):
    def test_home_page_sits_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_sections_sit_under_the_home_page(self):
        self.assertAllowedParentPageTypes(KennisbankPage, {HomePage})
        self.assertAllowedParentPageTypes(ActieplanPage, {HomePage})
        self.assertCanCreateAt(HomePage, ContentPage)

    def test_items_and_actions_live_in_their_section_only(self):
        self.assertAllowedSubpageTypes(KennisbankPage, {KennisItemPage, MonitorIndexPage})
        self.assertAllowedSubpageTypes(ActieplanPage, {ActiePage})
        self.assertAllowedSubpageTypes(KennisItemPage, set())
        self.assertCanNotCreateAt(HomePage, KennisItemPage)


@pytest.mark.django_db
def test_not_found_page_is_dutch_and_helpful(client, home_page, settings):
    settings.DEBUG = False

    response = client.get("/bestaat-niet/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Deze pagina bestaat niet (meer)" in html
    assert 'action="/zoeken/"' in html


def test_server_error_page_is_dutch_and_standalone(rf):
    response = server_error(rf.get("/"))

    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


@pytest.mark.django_db
def test_base_template_has_skip_link_landmarks_and_csp(client, home_page):
    response = client.get("/")
    html = response.content.decode()

    assert '<a class="skip-link" href="#inhoud">' in html
    assert '<main id="inhoud"' in html
    assert 'aria-label="Hoofdmenu"' in html
    assert "script-src" not in response["Content-Security-Policy"]  # default-src 'self' covers it
    assert "default-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_menu_shows_live_sections_marked_for_menus(client, home_page):
    ContentPage(title="Over ons", slug="over-ons", show_in_menus=True)
    home_page.add_child(instance=ContentPage(title="Over ons", slug="over-ons", show_in_menus=True))
    home_page.add_child(instance=ContentPage(title="Verborgen", slug="verborgen", show_in_menus=False))
    draft = home_page.add_child(
        instance=ContentPage(title="Concept", slug="concept", show_in_menus=True, live=False)
    )

    nav = client.get("/").content.decode().split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]

    assert "Over ons" in nav
    assert "Verborgen" not in nav
    assert draft.title not in nav


def test_stylesheet_blocks_are_closed():
    """An unclosed block (a merge can drop one brace) silently disables every rule after it."""
    from pathlib import Path

    css = (Path(__file__).resolve().parents[2] / "static" / "css" / "site.css").read_text()
    depth = 0
    for number, line in enumerate(css.splitlines(), start=1):
        depth += line.count("{") - line.count("}")
        assert 0 <= depth <= 2, f"line {number}: braces out of balance"
    assert depth == 0


NOINDEX = '<meta name="robots" content="noindex, follow">'


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/community/",
        "/community/groepen/",
        "/community/wie-is-wie/",
        "/mijn-account/profiel/",
        "/mijn-account/gegevens/",
        "/mijn-account/aanmeldingen/",
        "/mijn-account/agenda-link/",
        "/agenda/leden/",
        "/agenda/archief/",
        "/agenda/maand/",
        "/zoeken/?q=uitbuiting",
        "anoniem:/account/login/",
        "anoniem:/uitnodiging/verlopen/",
        "anoniem:/aanmelding/verlopen/afmelden/",
    ],
)
def test_personal_one_time_and_result_pages_are_kept_out_of_search_engines(
    client, member_client, community, agenda, url
):
    browser = client if url.startswith("anoniem:") else member_client
    # Each view says so (`noindex`); base.html writes the tag.
    assert NOINDEX in browser.get(url.removeprefix("anoniem:")).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/agenda/"])
def test_public_pages_are_indexed(client, agenda, url):
    assert "noindex" not in client.get(url).content.decode()
