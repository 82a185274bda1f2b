from django.db import migrations

from home.permissions import EDITORS, MANAGE, grant


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0002_community"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        grant(
            EDITORS,
            "community",
            {
                "communitysettings": ("change",),
                "uitnodiging": MANAGE,
                "lidmaatschap": MANAGE,
                "bericht": MANAGE,
            },
        )
    ]
