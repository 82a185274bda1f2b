from django.db import migrations

from home.permissions import EDITORS, MANAGE, grant


class Migration(migrations.Migration):
    dependencies = [
        ("agenda", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [grant(EDITORS, "agenda", {"aanmelding": MANAGE})]
