"""The site's home page and its settings, made by migration as in Wagtail's project template.

It replaces the welcome page Wagtail's own migrations make, so that every new site (not only
one where the demo seed ran) starts with its real home page. A site that has one already keeps it.
"""

from django.db import migrations
from django.utils import timezone

TITLE = "Kennisbank en community mensenhandel, regio Rotterdam"
SLUG = "home-var"
SITE_NAME = "VAR mensenhandel"


def child_path(parent_path, number):
    # Wagtail's tree (django-treebeard) numbers children in four base-36 digits.
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    step = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        step = digits[digit] + step
    return parent_path + step


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("home", "HomePage")
    SiteSettings = apps.get_model("home", "SiteSettings")
    if HomePage.objects.exists():
        return

    # Wagtail's welcome page, unless someone has built on it. Its site goes with it.
    Page.objects.filter(
        depth=2,
        slug="home",
        numchild=0,
        content_type__app_label="wagtailcore",
        content_type__model="page",
    ).delete()

    root = Page.objects.get(depth=1)
    last_child = Page.objects.filter(depth=2).order_by("-path").first()
    number = int(last_child.path[-4:], 36) + 1 if last_child else 1
    now = timezone.now()
    home = HomePage.objects.create(
        title=TITLE,
        draft_title=TITLE,
        slug=SLUG,
        summary="Kennis, campagnes en samenwerking tegen mensenhandel in de regio Rotterdam.",
        content_type=ContentType.objects.get_or_create(app_label="home", model="homepage")[0],
        path=child_path(root.path, number),
        depth=2,
        numchild=0,
        url_path=f"/{SLUG}/",
        locale_id=root.locale_id,
        live=True,
        first_published_at=now,
        last_published_at=now,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, is_default_site=True, root_page=home)
    site.root_page = home
    site.site_name = SITE_NAME
    site.save()
    # Here, so that no page view has to write them (Wagtail makes missing settings on read).
    SiteSettings.objects.get_or_create(site=site)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
