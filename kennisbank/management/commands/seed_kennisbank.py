"""Create the kennisbank with its demo items from kennisbank/seed/kennisitems.yaml.

Each item gets a small PDF generated here (no downloads at run time). Idempotent: an item that
exists (same slug) is left as editors made it.
"""

import datetime
from pathlib import Path

import yaml

from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from home.seeding import child_page, collection, home_page, pdf_document, run_seed, seeding
from kennisbank.models import (
    ActiePage,
    KennisbankPage,
    KennisItemDocument,
    KennisItemPage,
    Kennissoort,
    Partner,
    Risicobranche,
    Risicogroep,
    Thema,
    Uitbuitingsvorm,
)

SEED_DIR = Path(__file__).resolve().parents[2] / "seed"


def actie(reference: str) -> ActiePage:
    thema_slug, number = reference.rsplit("-", 1)
    return ActiePage.objects.get(thema__slug=thema_slug, number=int(number))


class Command(BaseCommand):
    help = "Voegt de kennisbank en de demo-kennisbankstukken toe (alleen wat nog ontbreekt)."

    @seeding
    def handle(self, *args, **options):
        run_seed("seed_actieplan")
        kennisbank = child_page(
            home_page(),
            KennisbankPage,
            "kennisbank",
            title="Kennisbank",
            summary="Onderzoeken, formats, handelingskaders en barrièremodellen over mensenhandel.",
            intro="<p>Onderzoeken en rapporten, best practices voor bestuurlijke maatregelen, handelingskaders "
            "en barrièremodellen. Filter op uitbuitingsvorm, thema, risicogroep of branche.</p>",
            show_in_menus=True,
        )
        documents = collection("Kennisbank")
        data = yaml.safe_load((SEED_DIR / "kennisitems.yaml").read_text(encoding="utf-8"))
        created = 0
        for item in data["items"]:
            slug = slugify(item["titel"])[:80].strip("-")
            if kennisbank.get_children().filter(slug=slug).exists():
                continue
            self._create_item(kennisbank, slug, item, documents)
            created += 1
        self.stdout.write(
            f"Kennisbank: {created} stukken toegevoegd, {KennisItemPage.objects.count()} in totaal."
        )

    def _create_item(self, kennisbank, slug, item, documents):
        body = []
        for block in item["inhoud"]:
            body.append(("heading", {"text": block["kop"], "level": "h2"}))
            body.append(("paragraph", f"<p>{escape(block['tekst'])}</p>"))
        publisher = None
        if item.get("uitgever"):
            publisher = Partner.objects.filter(abbreviation=item["uitgever"]).first()
        page = KennisItemPage(
            title=item["titel"],
            slug=slug,
            summary=item["samenvatting"],
            soort=Kennissoort.objects.get(slug=item["soort"]),
            source=item.get("bron", ""),
            publisher=publisher,
            publication_date=item["publicatiedatum"],
            is_regional=bool(item.get("regionaal")),
            body=body,
        )
        kennisbank.add_child(instance=page)
        page.uitbuitingsvormen.set(Uitbuitingsvorm.objects.filter(slug__in=item["uitbuitingsvormen"]))
        page.themas.set(Thema.objects.filter(slug__in=item["themas"]))
        page.risicogroepen.set(Risicogroep.objects.filter(name__in=item["risicogroepen"]))
        page.risicobranches.set(Risicobranche.objects.filter(name__in=item["risicobranches"]))
        page.acties.set([actie(reference) for reference in item.get("acties", [])])
        if item.get("document"):
            document = pdf_document(item["document"]["titel"], item["document"]["paginas"], documents)
            page.documents = [KennisItemDocument(document=document)]
        revision = page.save_revision()
        revision.publish()
        # Publication dates of the demo items spread over the years the plan covers.
        KennisItemPage.objects.filter(pk=page.pk).update(first_published_at=_aware(item["publicatiedatum"]))


def _aware(date: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))
