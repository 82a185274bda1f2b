from django.db import migrations

from home.permissions import EDITORS, MANAGE, grant

EDITED = [
    "uitbuitingsvorm",
    "thema",
    "risicogroep",
    "risicobranche",
    "kennissoort",
    "evenementsoort",
    "meldpunt",
    "indicator",
    "cijfer",
    "partner",
    "gemeente",
]


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0004_evenementsoort"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [grant(EDITORS, "kennisbank", dict.fromkeys(EDITED, MANAGE))]
