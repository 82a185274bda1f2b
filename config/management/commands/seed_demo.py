"""Fill an empty site with the realistic demo content of `make run`, and the demo accounts.

Idempotent and fast on a second run: every step adds only what is missing and changes nothing an
editor has edited. The demo accounts exist only where this command ran (never in production).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from wagtail.models import Site

from home.models import ContentPage, SiteSettings
from home.permissions import EDITORS
from home.seeding import DEMO_PASSWORD, child_page, home_page, run_seed, seeding

DEMO_EDITOR = "redactie@example.org"

ABOUT_PAGES = [
    (
        "over-de-aanpak",
        "Over de regionale aanpak",
        "Sinds 2019 werken de gemeenten in de regio Rotterdam samen tegen mensenhandel, met de VAR als regisseur.",
        "De VeiligheidsAlliantie regio Rotterdam (VAR) coördineert de regionale aanpak van mensenhandel. "
        "Iedere gemeente heeft een aandachtsfunctionaris mensenhandel. Samen met politie, RIEC, ESSM, "
        "de Nederlandse Arbeidsinspectie, het Openbaar Ministerie en de Zorg- en Veiligheidshuizen werken "
        "we aan vijf thema's: zicht op aard en omvang, samenwerking, bewustwording, de aanpak van daders "
        "en zorg voor slachtoffers.",
    ),
    (
        "privacy",
        "Privacyverklaring",
        "Welke gegevens deze website bewaart en waarom.",
        "Op de openbare delen van deze website bewaren we geen persoonsgegevens. We gebruiken alleen "
        "cookies die nodig zijn om de website te laten werken. Leden van de community zien in 'Mijn "
        "gegevens' precies wat we van hen bewaren.",
    ),
    (
        "toegankelijkheid",
        "Toegankelijkheid",
        "Deze website moet voor iedereen bruikbaar zijn.",
        "We bouwen deze website volgens de richtlijnen WCAG 2.2 niveau AA. Ziet u iets dat niet goed "
        "werkt met uw hulpmiddel? Laat het ons weten via het e-mailadres onderaan de pagina.",
    ),
]


class Command(BaseCommand):
    help = "Vult de site met demo-inhoud en demo-accounts (alleen wat nog ontbreekt)."

    @seeding
    def handle(self, *args, **options):
        home = home_page()
        if not home.body:
            home.intro = (
                "<p>Kennis, campagnes en samenwerking tegen mensenhandel in de regio Rotterdam. "
                "Voor inwoners, professionals en de aandachtsfunctionarissen van alle gemeenten.</p>"
            )
            home.save_revision().publish()

        run_seed("seed_actieplan")
        run_seed("seed_kennisbank")
        run_seed("seed_community")
        run_seed("seed_campagnes")
        run_seed("seed_agenda")
        run_seed("seed_meldroute")
        run_seed("seed_monitor")
        about = [
            child_page(
                home, ContentPage, slug, title=title, summary=summary, body=[("paragraph", f"<p>{text}</p>")]
            )
            for slug, title, summary, text in ABOUT_PAGES
        ]
        self._home_blocks(home)
        self._site_settings(privacy=about[1], accessibility=about[2])
        self._demo_editor()
        self.stdout.write(
            self.style.SUCCESS(f"Demo-inhoud staat klaar. Redactie: {DEMO_EDITOR} / {DEMO_PASSWORD}")
        )

    def _home_blocks(self, home):
        if home.body:
            return
        sections = list(home.get_children().live().in_menu())
        kennisbank = home.get_children().get(slug="kennisbank")
        home.body = [
            ("featured_pages", {"title": "Wat vindt u hier?", "pages": sections}),
            ("latest_pages", {"title": "Nieuw in de kennisbank", "parent": kennisbank, "count": 3}),
        ]
        home.save_revision().publish()

    def _site_settings(self, privacy, accessibility):
        site = Site.objects.get(is_default_site=True)
        settings = SiteSettings.for_site(site)
        if not settings.contact_email:
            settings.contact_email = "mensenhandel@example.org"
            settings.contact_phone = "010 - 000 00 00"
            settings.address = "VeiligheidsAlliantie regio Rotterdam\nRotterdam"
            settings.footer_text = "De VeiligheidsAlliantie regio Rotterdam verbindt gemeenten en partners in de aanpak van mensenhandel."
            settings.privacy_page = privacy
            settings.accessibility_page = accessibility
            settings.save()

    def _demo_editor(self):
        # The group's rights come from migrations (home/permissions.py), as on every site.
        moderators = Group.objects.get(name=EDITORS)
        User = get_user_model()
        if not User.objects.filter(email=DEMO_EDITOR).exists():
            editor = User.objects.create_user(
                email=DEMO_EDITOR,
                password=DEMO_PASSWORD,
                first_name="Demo",
                last_name="Redactie",
                is_staff=False,
            )
            editor.groups.add(moderators)
