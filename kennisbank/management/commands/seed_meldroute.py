"""Create the meldroutekaart, its meldpunten and demo municipal contacts from kennisbank/seed/meldroute.yaml.

Idempotent: meldpunten (by slug), municipal contacts (only where a municipality has none) and the
page (by slug) are added when missing and otherwise left as editors made them. The placeholder
page of the demo seed at the same slug is replaced, but only while nobody has edited it.
"""

from pathlib import Path

import yaml

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from home.models import ContentPage
from home.seeding import child_page, home_page, run_seed, seeding
from kennisbank.meldroute.tree import Tree
from kennisbank.models import Gemeente, Meldpunt, MeldroutePage, Uitbuitingsvorm

SEED_DIR = Path(__file__).resolve().parents[2] / "seed"
SLUG = "meldroutekaart"


class Command(BaseCommand):
    help = "Voegt de meldroutekaart, de meldpunten en voorbeeldcontacten van gemeenten toe (alleen wat ontbreekt)."

    @seeding
    def handle(self, *args, **options):
        run_seed("seed_taxonomie")
        data = yaml.safe_load((SEED_DIR / "meldroute.yaml").read_text(encoding="utf-8"))
        meldpunten = {
            item["slug"]: self._meldpunt(order, item) for order, item in enumerate(data["meldpunten"])
        }
        self._gemeenten(data["gemeente_email"], data["lokale_routes"])
        page = self._page(data["stappen"], meldpunten)
        self.stdout.write(f"Meldroutekaart: {page.url}, {Meldpunt.objects.count()} meldpunten.")

    def _meldpunt(self, order: int, item: dict) -> Meldpunt:
        meldpunt, created = Meldpunt.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": item["naam"],
                "sort_order": order,
                "role": item["rol"],
                "description": item.get("omschrijving", ""),
                "phone": item.get("telefoon", ""),
                "website": item.get("website", ""),
                "opening_hours": item.get("bereikbaar", ""),
                "always_open": item["dag_en_nacht"],
                "anonymous": item["anoniem"],
                "verified_on": timezone.localdate() if item["gecontroleerd"] == "ja" else None,
            },
        )
        if created:
            meldpunt.uitbuitingsvormen.set(Uitbuitingsvorm.objects.filter(slug__in=item["vormen"]))
        return meldpunt

    def _gemeenten(self, email_pattern: str, local_routes: dict[str, str]) -> None:
        for gemeente in Gemeente.objects.filter(contact_email="", contact_phone="", website=""):
            gemeente.contact_email = email_pattern.format(slug=gemeente.slug)
            if not gemeente.local_route:
                gemeente.local_route = local_routes.get(gemeente.slug, "")
            gemeente.save(update_fields=["contact_email", "local_route"])

    def _page(self, steps: list[dict], meldpunten: dict[str, Meldpunt]) -> MeldroutePage:
        home = home_page()
        existing = home.get_children().filter(slug=SLUG).first()
        if existing and existing.specific_class is ContentPage and existing.revisions.count() <= 1:
            existing.delete()  # the untouched placeholder from an earlier demo seed
        elif existing:
            return existing.specific
        stream = [self._step(step, meldpunten) for step in steps]
        problems = Tree.from_stream(stream).problems()
        if problems:
            raise CommandError("meldroute.yaml: " + "; ".join(problem.message for problem in problems))
        return child_page(
            home,
            MeldroutePage,
            SLUG,
            title="Meldroutekaart",
            summary="Waar meldt u een signaal van mensenhandel? Beantwoord een paar vragen en u weet het.",
            intro="<p>Ziet u signalen van mensenhandel, of gaat het om uzelf? Beantwoord een paar korte "
            "vragen. Dan ziet u wie u kunt bellen of mailen, wat u opschrijft en wat er daarna gebeurt.</p>",
            directory_intro="<p>Alle meldpunten voor signalen van mensenhandel, met hun telefoonnummer "
            "en wanneer ze bereikbaar zijn.</p>",
            steps=stream,
            show_in_menus=True,
        )

    @staticmethod
    def _step(step: dict, meldpunten: dict[str, Meldpunt]) -> tuple[str, dict]:
        if "vraag" in step:
            answers = [
                {"label": a["antwoord"], "hint": a.get("uitleg", ""), "next_step": a["volgende"]}
                for a in step["antwoorden"]
            ]
            return "vraag", {
                "key": step["vraag"],
                "question": step["tekst"],
                "hint": step.get("uitleg", ""),
                "answers": answers,
            }
        if "gemeentevraag" in step:
            return "gemeentevraag", {
                "key": step["gemeentevraag"],
                "question": step["tekst"],
                "hint": step.get("uitleg", ""),
                "next_step": step["volgende"],
            }
        return "route", {
            "key": step["route"],
            "title": step["titel"],
            "urgent": step.get("spoed", False),
            "intro": step.get("intro", ""),
            "contacts": [meldpunten[slug] for slug in step["meldpunten"]],
            "show_local_contact": step.get("lokaal", True),
            "write_down": step.get("opschrijven", ""),
            "do_not": step.get("niet_doen", ""),
            "what_next": step.get("daarna", ""),
        }
