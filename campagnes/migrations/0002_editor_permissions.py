from django.db import migrations

from home.permissions import EDITORS, MANAGE, grant


class Migration(migrations.Migration):
    dependencies = [
        ("campagnes", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        grant(
            EDITORS,
            "campagnes",
            {
                "materiaal": (*MANAGE, "publish"),
                "doelgroep": MANAGE,
                "materiaalvorm": MANAGE,
                "taal": MANAGE,
                "bestelling": ("change", "delete", "view"),
            },
        )
    ]
