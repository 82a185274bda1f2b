"""Create the taxonomy, partners and municipalities from kennisbank/seed/taxonomie.yaml.

Idempotent: existing terms are left as editors made them; only missing ones are added.
"""

from pathlib import Path

import yaml

from django.core.management.base import BaseCommand
from django.utils.text import slugify

from home.seeding import seeding
from kennisbank.models import (
    Evenementsoort,
    Gemeente,
    Kennissoort,
    Partner,
    Risicobranche,
    Risicogroep,
    Thema,
    Uitbuitingsvorm,
)

SEED_DIR = Path(__file__).resolve().parents[2] / "seed"
REGIONS = {
    "rotterdam_rijnmond": Gemeente.Regio.ROTTERDAM_RIJNMOND,
    "zuid_holland_zuid": Gemeente.Regio.ZUID_HOLLAND_ZUID,
}


def term(model, name: str, order: int, slug: str | None = None, **defaults):
    obj, _ = model.objects.get_or_create(
        slug=slug or slugify(name)[:120], defaults={"name": name, "sort_order": order, **defaults}
    )
    return obj


def partner_slug(abbreviation: str) -> str:
    return slugify(abbreviation)


class Command(BaseCommand):
    help = "Voegt ontbrekende taxonomie, partners en gemeenten toe uit taxonomie.yaml."

    @seeding
    def handle(self, *args, **options):
        data = yaml.safe_load((SEED_DIR / "taxonomie.yaml").read_text(encoding="utf-8"))
        for order, vorm_data in enumerate(data["uitbuitingsvormen"]):
            vorm = term(Uitbuitingsvorm, vorm_data["naam"], order, vorm_data["slug"])
            for branche_order, name in enumerate(vorm_data["risicobranches"]):
                term(Risicobranche, name, order * 100 + branche_order, uitbuitingsvorm=vorm)
            for groep_order, name in enumerate(vorm_data["risicogroepen"]):
                groep = term(Risicogroep, name, order * 100 + groep_order)
                groep.uitbuitingsvormen.add(vorm)
        for order, thema in enumerate(data["themas"]):
            term(Thema, thema["naam"], order, thema["slug"])
        for order, soort in enumerate(data["kennissoorten"]):
            term(Kennissoort, soort["naam"], order, soort["slug"])
        for order, soort in enumerate(data["evenementsoorten"]):
            term(Evenementsoort, soort["naam"], order, soort["slug"])
        for order, partner in enumerate(data["partners"]):
            term(
                Partner,
                partner["naam"],
                order,
                partner_slug(partner["afkorting"]),
                abbreviation=partner["afkorting"],
                role=partner.get("rol", ""),
                needs_verification=bool(partner.get("verify")),
            )
        order = 0
        for region_key, region in REGIONS.items():
            for name in data["gemeenten"][region_key]:
                term(Gemeente, name, order, regio=region)
                order += 1
        self.stdout.write(
            f"Taxonomie: {Uitbuitingsvorm.objects.count()} uitbuitingsvormen, {Thema.objects.count()} thema's, "
            f"{Partner.objects.count()} partners, {Gemeente.objects.count()} gemeenten."
        )
