from django.db import migrations

from home.permissions import EDITORS, grant


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_home_page"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [grant(EDITORS, "home", {"sitesettings": ("change",)})]
