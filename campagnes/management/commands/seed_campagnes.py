"""Create the campaigns section, the six campaigns, the material library and the demo material.

Campaign names, kinds and audiences come from kennisbank/seed/taxonomie.yaml, the actions they
serve from the `campagne:` keys of kennisbank/seed/actieplan.yaml, and the rest from
campagnes/seed/campagnes.yaml. Every file is generated here: a PDF per printable material
(reportlab), a ZIP of pictures per social-media kit and a preview image per material (Pillow).

Idempotent: campaigns (by slug), material (by title) and terms (by slug) that exist are left as
editors made them; only what is missing is added.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import yaml

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from wagtail.models import Collection

from campagnes.models import (
    CampagnePage,
    CampagnesIndexPage,
    Doelgroep,
    Materiaal,
    MateriaalbankPage,
    Materiaalvorm,
    Taal,
)
from campagnes.models.materiaal import DETAIL_RENDITION, PREVIEW_RENDITION
from home.models import ContentPage
from home.seeding import (
    child_page,
    generated_document,
    generated_image,
    home_page,
    make_png,
    pdf_document,
    run_seed,
    seeding,
)
from kennisbank.models import ActiePage, KennisItemPage, Partner, Uitbuitingsvorm

SEED_FILE = Path(__file__).resolve().parents[2] / "seed" / "campagnes.yaml"
SECTION_SLUG = "campagnes"


def kennisbank_seed(name: str) -> dict:
    path = Path(apps.get_app_config("kennisbank").path) / "seed" / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def actions_by_campaign() -> dict[str, list[str]]:
    """Campaign name -> references like 'bewustwording-6', from the plan's `campagne:` keys."""
    found: dict[str, list[str]] = {}
    for thema in kennisbank_seed("actieplan.yaml")["themas"]:
        for actie in thema["acties"]:
            names = actie.get("campagne") or []
            for name in [names] if isinstance(names, str) else names:
                found.setdefault(name, []).append(f"{thema['slug']}-{actie['nr']}")
    return found


def acties(references: list[str]) -> list[ActiePage]:
    pages = []
    for reference in references:
        thema_slug, number = reference.rsplit("-", 1)
        pages += ActiePage.objects.filter(thema__slug=thema_slug, number=int(number))
    return pages


class Command(BaseCommand):
    help = "Voegt de campagnes, de materiaalbank en het demo-materiaal toe (alleen wat nog ontbreekt)."

    @seeding
    def handle(self, *args, **options):
        # The actions, partners and kennisbank items that campaigns link to.
        run_seed("seed_kennisbank")
        data = yaml.safe_load(SEED_FILE.read_text(encoding="utf-8"))
        self._terms(data)
        section = self._section()
        child_page(
            section,
            MateriaalbankPage,
            "materiaalbank",
            title="Materiaalbank",
            summary="Posters, flyers, lesmateriaal en video's van alle campagnes, in het Nederlands en andere talen.",
            intro="<p>Zoek materiaal van de campagnes tegen mensenhandel. Filter op campagne, doelgroep, soort "
            "materiaal, taal of uitbuitingsvorm. U kunt alles direct downloaden; sommige posters en flyers "
            "kunt u ook gedrukt bestellen.</p>",
        )
        campagnes = self._campagnes(section, data)
        created = sum(
            self._materiaal(entry, campagnes[entry["campagne"]], data) for entry in data["materialen"]
        )
        self.stdout.write(
            f"Campagnes: {len(campagnes)} campagnes, {created} materialen toegevoegd, "
            f"{Materiaal.objects.count()} in totaal."
        )

    def _terms(self, data):
        for order, entry in enumerate(data["doelgroepen"]):
            Doelgroep.objects.get_or_create(
                slug=entry["slug"], defaults={"name": entry["naam"], "sort_order": order}
            )
        for order, entry in enumerate(data["vormen"]):
            Materiaalvorm.objects.get_or_create(
                slug=entry["slug"], defaults={"name": entry["naam"], "sort_order": order}
            )
        for order, entry in enumerate(data["talen"]):
            Taal.objects.get_or_create(
                slug=entry["code"],
                defaults={"name": entry["naam"], "native_name": entry["eigen_naam"], "sort_order": order},
            )

    def _section(self) -> CampagnesIndexPage:
        home = home_page()
        existing = home.get_children().filter(slug=SECTION_SLUG).first()
        if existing and existing.specific_class is not CampagnesIndexPage:
            # Earlier demo seeds put a "coming soon" page here; replace it only if nobody edited it.
            untouched = (
                existing.specific_class is ContentPage
                and not existing.get_children().exists()
                and existing.revisions.count() <= 1
            )
            if not untouched:
                raise CommandError(
                    f"Er staat al een andere pagina op /{SECTION_SLUG}/. Verplaats of hernoem die eerst."
                )
            existing.delete()
        return child_page(
            home,
            CampagnesIndexPage,
            SECTION_SLUG,
            title="Campagnes en materiaal",
            summary="Campagnes tegen mensenhandel met posters, flyers en lesmateriaal om te downloaden.",
            intro="<p>Met campagnes leren bewoners, jongeren, werkgevers en professionals de signalen van "
            "mensenhandel herkennen. Hier leest u wat elke campagne doet en vindt u het materiaal, ook in "
            "de talen van arbeidsmigranten.</p>",
            show_in_menus=True,
        )

    def _campagnes(self, section: CampagnesIndexPage, data: dict) -> dict[str, CampagnePage]:
        from_plan = actions_by_campaign()
        from_taxonomy = {entry["naam"]: entry for entry in kennisbank_seed("taxonomie.yaml")["campagnes"]}
        campagnes = {}
        for entry in data["campagnes"]:
            existing = section.get_children().filter(slug=entry["slug"]).first()
            if existing:
                campagnes[entry["slug"]] = existing.specific
                continue
            taxonomy = from_taxonomy[entry["naam"]]
            kind = taxonomy.get("soort", "")
            page = CampagnePage(
                title=entry["naam"],
                slug=entry["slug"],
                kind=kind[:1].upper() + kind[1:],
                summary=entry["samenvatting"],
                aim=entry["doel"],
                period=entry["looptijd"],
                body=[("paragraph", f"<p>{text}</p>") for text in entry["tekst"]],
            )
            section.add_child(instance=page)
            audiences = [
                slug for key in taxonomy["doelgroepen"] for slug in data["doelgroepen_uit_taxonomie"][key]
            ]
            page.doelgroepen.set(Doelgroep.objects.filter(slug__in=audiences))
            page.uitbuitingsvormen.set(Uitbuitingsvorm.objects.filter(slug__in=entry["uitbuitingsvormen"]))
            page.partners.set(Partner.objects.filter(slug__in=entry["partners"]))
            page.acties.set(acties(from_plan.get(entry["naam"], []) + entry.get("ook_acties", [])))
            page.kennisitems.set(KennisItemPage.objects.filter(title__in=entry["kennisitems"]))
            page.collection = page.document_collection()
            page.save_revision().publish()
            campagnes[entry["slug"]] = page
        return campagnes

    def _materiaal(self, entry: dict, campagne: CampagnePage, data: dict) -> bool:
        working_title = entry.get("werktitel", entry["titel"])
        preview_title = f"Voorbeeld: {working_title}"
        # Recognised by its title or, once an editor renamed it, by the preview the seed made for it.
        if Materiaal.objects.filter(Q(title=entry["titel"]) | Q(preview_image__title=preview_title)).exists():
            return False
        colour = next(c["kleur"] for c in data["campagnes"] if c["slug"] == entry["campagne"])
        vorm = Materiaalvorm.objects.get(slug=entry["vorm"])
        taal = Taal.objects.get(slug=entry["taal"])
        collection = campagne.document_collection()
        image = generated_image(
            preview_title,
            [vorm.name.upper(), campagne.title, taal.name],
            colour,
            collection,
            description=f"Voorbeeld van de {vorm.name.lower()}",
        )
        for spec in (PREVIEW_RENDITION, DETAIL_RENDITION):
            image.get_rendition(spec)
        materiaal = Materiaal(
            title=entry["titel"],
            description=entry["omschrijving"],
            document=self._file(entry, working_title, campagne, vorm, taal, colour, collection),
            external_url=entry.get("link", ""),
            preview_image=image,
            campagne=campagne,
            vorm=vorm,
            taal=taal,
            publication_date=entry["datum"],
            orderable=bool(entry.get("bestellen")),
            max_order_quantity=entry.get("max_aantal", 250),
        )
        materiaal.save()
        materiaal.doelgroepen.set(Doelgroep.objects.filter(slug__in=entry["doelgroepen"]))
        vormen = entry.get("uitbuitingsvormen") or campagne.uitbuitingsvormen.values_list("slug", flat=True)
        materiaal.uitbuitingsvormen.set(Uitbuitingsvorm.objects.filter(slug__in=list(vormen)))
        materiaal.save()
        materiaal.save_revision().publish()
        return True

    def _file(self, entry, working_title, campagne, vorm, taal, colour, collection: Collection):
        if entry["bestand"] == "pdf":
            return pdf_document(working_title, [self._pdf_text(entry, campagne, vorm, taal)], collection)
        if entry["bestand"] == "zip":
            return generated_document(
                working_title, "zip", lambda: self._social_media_kit(campagne.title, colour), collection
            )
        return None

    @staticmethod
    def _pdf_text(entry, campagne, vorm, taal) -> list[str]:
        if taal.code == "nl":
            return [entry["omschrijving"], f"Campagne: {campagne.title}."]
        # The demo's PDF fonts cover Dutch only; the real file is in the reader's language.
        return [
            f"Voorbeeldbestand: {vorm.name.lower()} in het {taal.name}.",
            "In het echte materiaal staat de tekst in de taal van de lezer. Deze demo heeft alleen "
            "een Nederlandse beschrijving.",
            f"Campagne: {campagne.title}.",
        ]

    @staticmethod
    def _social_media_kit(campagne: str, colour: str) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as kit:
            for number, text in enumerate(["Herken de signalen", "Praat erover", "Meld het"], start=1):
                kit.writestr(f"afbeelding-{number}.png", make_png([campagne, text], colour, (540, 540)))
            kit.writestr(
                "LEESMIJ.txt",
                f"Social-media-kit {campagne}\n\nDrie afbeeldingen van 540 bij 540 pixels. Zet er een eigen "
                "tekst bij en noem het nummer van Meld Misdaad Anoniem: 0800-7000.\n",
            )
        return buffer.getvalue()
