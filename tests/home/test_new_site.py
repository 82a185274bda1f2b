"""A new site, with nothing but its migrations: the home page is there and editors can work.

Both used to come only from the demo seed, so a production site began with Wagtail's welcome
page and an admin in which its editors could change nothing but pages.
"""

import pytest

from wagtail.models import Page, Site

from home.models import HomePage, SiteSettings

pytestmark = pytest.mark.django_db


def test_the_home_page_is_the_root_of_the_site(client):
    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)

    assert site.root_page_id == home.pk and home.live
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()  # no welcome page
    assert SiteSettings.objects.filter(site=site).exists()
    assert client.get("/").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/kennisbank/partner/",
        "/admin/snippets/kennisbank/partner/add/",
        "/admin/snippets/kennisbank/meldpunt/add/",
        "/admin/snippets/kennisbank/cijfer/",
        "/admin/snippets/campagnes/materiaal/add/",
        "/admin/snippets/campagnes/bestelling/",
        "/admin/uitnodiging/new/",
        "/admin/lidmaatschap/",
        "/admin/bericht/",
        "/admin/aanmelding/",
        "/admin/settings/home/sitesettings/",
        "/admin/settings/community/communitysettings/",
    ],
)
def test_editors_can_work_in_the_admin_of_a_new_site(editor_client, url):
    response = editor_client.get(url, follow=True)

    # Without the right, Wagtail sends the editor back to the dashboard with a message.
    assert response.status_code == 200
    assert response.request["PATH_INFO"].startswith(url)
