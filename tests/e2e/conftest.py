"""Browser tests: Debian's Chromium driven by Playwright against the demo site on a live server.

The demo site is seeded once per test process and served by one live server for the whole
session; seeding it for every test took half a minute each. So the browser tests share one
committed database instead of each rolling back their own: a test that changes data uses data
of its own (a new e-mail address, a new invitation) or finds things by what it changed, never
by "the first one". Every other test rolls back on a clean database of its own, so the browser
tests run last in each process (tests/conftest.py): after the seed the database holds the demo.

Skipped with a clear message when Chromium is absent, unless REQUIRE_BROWSER=1 (set by .ci/run),
in which case its absence is an error.
"""

import os
from pathlib import Path

import pytest

from django.core.management import call_command
from django.db import connections
from django.test.utils import override_settings

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures here are
# still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

HERE = Path(__file__).parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def is_browser_test(item) -> bool:
    return HERE in Path(item.fspath).parents


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if is_browser_test(item)]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
        item.add_marker(pytest.mark.django_db)  # so that pytest-django creates the test database
    if CHROMIUM.exists() or not browser_items:
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(f"REQUIRE_BROWSER=1 but {CHROMIUM} is missing: apt install chromium")
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not found: install Debian's chromium to run browser tests")
    for item in browser_items:
        item.add_marker(skip)


def _as_migrated():
    """Put the database back as its migrations left it, if a transactional test emptied it.

    Such a test (tests/agenda/test_concurrency.py) asks for a snapshot of the migrated database
    (serialized_rollback) and flushes everything when it ends; the snapshot is restored here.
    """
    for connection in connections.all():
        snapshot = getattr(connection, "_test_serialized_contents", None)
        if snapshot:
            # As Django's TransactionTestCase: sequences go on, so that they stay past the ids
            # the snapshot brings back.
            call_command(
                "flush",
                database=connection.alias,
                interactive=False,
                verbosity=0,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(snapshot)


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo site as `make run` seeds it, served by a live server for the whole session.

    Its files go to a media folder for the session (`media_root`).
    """
    from pytest_django.live_server_helper import LiveServer

    media_root = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root, ELASTICSEARCH_URL=""):
        _as_migrated()
        call_command("seed_demo", verbosity=0)
        server = LiveServer("localhost")
    server.media_root = media_root
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def media_in_tmp(demo_site, settings):
    """Every browser test sees the demo's files, lets the live server's host in and sends cookies
    over plain http. Set per test through the `settings` fixture, which undoes its changes in
    order: a session-wide override would be undone by the first test that set a setting before
    the session fixture started."""
    settings.MEDIA_ROOT = demo_site.media_root
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False


@pytest.fixture
def _django_db_helper(django_db_setup, django_db_blocker):
    """Replaces pytest-django's per-test wrapper (a transaction rolled back, or a flush) for the
    browser tests: they use the shared demo database directly, or the live server (another
    thread; on PostgreSQL another connection) would not see what they write."""
    with django_db_blocker.unblock():
        yield
        # As Django's own test cases do: a fresh connection for the next test, and none left
        # open (Playwright runs tests in a context of their own) when the test database goes.
        connections.close_all()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def new_page(browser, demo_site, **options):
    context = browser.new_context(base_url=demo_site.url, locale="nl-NL", **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


@pytest.fixture
def page(demo_site, browser):
    context, page = new_page(browser, demo_site)
    yield page
    context.close()


@pytest.fixture
def page_without_js(demo_site, browser):
    context, page = new_page(browser, demo_site, java_script_enabled=False)
    yield page
    context.close()


@pytest.fixture
def phone(demo_site, browser):
    """A page the size of a phone's screen."""
    context, page = new_page(browser, demo_site, viewport={"width": 375, "height": 740})
    yield page
    context.close()


@pytest.fixture
def assert_accessible():
    """Run axe-core (WCAG 2.x A and AA) on the open page and fail with a readable report."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page):
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"

    return check
