"""Create the action plan page and its 47 actions from kennisbank/seed/actieplan.yaml.

Idempotent: an action that exists (same theme and number) is left as editors made it. Partners the
plan names that are not in the taxonomy (a municipality, "aandachtsfunctionarissen") are added
and marked for verification.
"""

import re
from pathlib import Path

import yaml

from django.core.management.base import BaseCommand
from django.utils.text import Truncator, slugify

from home.seeding import child_page, home_page, run_seed, seeding
from kennisbank.models import ActiePage, ActieplanPage, Partner, Status, Thema

SEED_DIR = Path(__file__).resolve().parents[2] / "seed"


def status_for(planning: str) -> str:
    """A plausible starting status from the plan's planning, for the demo; editors keep it current."""
    text = planning.lower()
    if "doorlopend" in text or "jaarlijks" in text or "per jaar" in text:
        return Status.DOORLOPEND
    years = [int(year) for year in re.findall(r"20\d\d", text)]
    if years and max(years) <= 2025:
        return Status.AFGEROND
    return Status.LOPEND if years else Status.NIET_GESTART


def short_title(text: str) -> str:
    first_sentence = re.split(r"(?<=[.:])\s", text.strip(), maxsplit=1)[0].rstrip(".:")
    return Truncator(first_sentence).chars(110)


def partner(name: str) -> Partner:
    slug = slugify(name)
    found = (
        Partner.objects.filter(slug=slug).first() or Partner.objects.filter(abbreviation__iexact=name).first()
    )
    if found:
        return found
    return Partner.objects.create(
        name=name[0].upper() + name[1:], slug=slug, abbreviation="", needs_verification=True, sort_order=1000
    )


class Command(BaseCommand):
    help = "Voegt het actieplan 2024-2026 met alle acties toe (alleen wat nog ontbreekt)."

    @seeding
    def handle(self, *args, **options):
        run_seed("seed_taxonomie")
        data = yaml.safe_load((SEED_DIR / "actieplan.yaml").read_text(encoding="utf-8"))
        plan = data["plan"]
        actieplan = child_page(
            home_page(),
            ActieplanPage,
            "actieplan",
            title="Actieplan 2024-2026",
            seo_title="Regionaal actieplan mensenhandel 2024-2026",
            summary="Vijf thema's en 47 acties waarmee gemeenten en partners in de regio Rotterdam mensenhandel aanpakken.",
            intro=f"<p>Het {plan['titel'].lower()} van de {plan['regio']}, gebaseerd op het regionale "
            "beleidskader dat het Regionaal Veiligheidsoverleg in juli 2023 vaststelde. Per actie ziet u wie "
            "eraan werkt, de planning en hoe het ermee staat.</p>",
            ambitions=[("ambitie", text) for text in plan["ambities"]],
            show_in_menus=True,
        )
        created = 0
        for thema_data in data["themas"]:
            thema = Thema.objects.get(slug=thema_data["slug"])
            if not thema.goal:
                thema.goal = thema_data["doel"]
                thema.save(update_fields=["goal"])
            for actie in thema_data["acties"]:
                if ActiePage.objects.filter(thema=thema, number=actie["nr"]).exists():
                    continue
                page = ActiePage(
                    title=short_title(actie["actie"]),
                    slug=f"{thema.slug}-{actie['nr']}",
                    thema=thema,
                    number=actie["nr"],
                    description=actie["actie"],
                    planning=str(actie["planning"]),
                    who=actie["wie"],
                    status=status_for(str(actie["planning"])),
                    summary=Truncator(actie["actie"]).chars(290),
                )
                actieplan.add_child(instance=page)
                page.partners.set([partner(name) for name in actie["partners"]])
                page.save_revision().publish()
                created += 1
        self.stdout.write(f"Actieplan: {created} acties toegevoegd, {ActiePage.objects.count()} in totaal.")
