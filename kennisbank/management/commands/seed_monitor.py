"""Create the mensenhandelmonitor: indicators, figures and a page per year, from kennisbank/seed/monitor.yaml.

Idempotent: indicators (by slug), figures (by indicator, year, form and municipality) and pages
(by slug) are added when missing; what exists is left as editors made it.
"""

from pathlib import Path

import yaml

from django.core.management.base import BaseCommand

from home.seeding import child_page, run_seed, seeding
from kennisbank.models import (
    Cijfer,
    Gemeente,
    Indicator,
    KennisbankPage,
    MonitorIndexPage,
    MonitorPage,
    Partner,
    Uitbuitingsvorm,
)

SEED_DIR = Path(__file__).resolve().parents[2] / "seed"


class Command(BaseCommand):
    help = "Voegt de mensenhandelmonitor met indicatoren, cijfers en jaarpagina's toe (alleen wat ontbreekt)."

    @seeding
    def handle(self, *args, **options):
        run_seed("seed_kennisbank")
        data = yaml.safe_load((SEED_DIR / "monitor.yaml").read_text(encoding="utf-8"))
        self.sources = {}
        indicators = {}
        for order, item in enumerate(data["indicatoren"]):
            indicators[item["slug"]], _ = Indicator.objects.get_or_create(
                slug=item["slug"],
                defaults={"name": item["naam"], "unit": item["eenheid"], "sort_order": order},
            )
            self.sources[item["slug"]] = Partner.objects.get(abbreviation=item["bron"])
        vormen = {vorm.slug: vorm for vorm in Uitbuitingsvorm.objects.all()}
        gemeenten = {gemeente.slug: gemeente for gemeente in Gemeente.objects.all()}

        for is_demo, key in [(False, "regio"), (True, "voorbeeld_regio")]:
            for slug, years in data[key].items():
                for year, value in years.items():
                    self._figure(indicators[slug], year, value, is_demo)
        for slug, years in data["voorbeeld_per_vorm"].items():
            for year, values in years.items():
                for vorm, value in values.items():
                    self._figure(indicators[slug], year, value, True, uitbuitingsvorm=vormen[vorm])
        for slug, years in data["voorbeeld_per_gemeente"].items():
            for year, values in years.items():
                for gemeente, value in values.items():
                    self._figure(indicators[slug], year, value, True, gemeente=gemeenten[gemeente])

        index = child_page(
            KennisbankPage.objects.get(),
            MonitorIndexPage,
            "monitor",
            title="Regionale mensenhandelmonitor",
            summary="Elk jaar de cijfers over mensenhandel in de regio Rotterdam, met grafieken en tabellen.",
            intro="<p>Elk jaar brengen de partners in beeld wat zij zien van mensenhandel in de regio: "
            "meldingen, hulp aan slachtoffers, zaken en controles.</p>",
        )
        for edition in data["jaren"]:
            child_page(
                index,
                MonitorPage,
                str(edition["jaar"]),
                title=f"Mensenhandelmonitor {edition['jaar']}",
                summary=edition["samenvatting"],
                year=edition["jaar"],
                intro=edition["intro"],
                body=self._body(edition["jaar"], indicators),
            )
        self.stdout.write(f"Monitor: {Cijfer.objects.count()} cijfers, {MonitorPage.objects.count()} jaren.")

    def _figure(self, indicator, year, value, is_demo, uitbuitingsvorm=None, gemeente=None):
        Cijfer.objects.get_or_create(
            indicator=indicator,
            year=year,
            uitbuitingsvorm=uitbuitingsvorm,
            gemeente=gemeente,
            defaults={"value": value, "source": self.sources[indicator.slug], "is_demo": is_demo},
        )

    @staticmethod
    def _body(year: int, indicators: dict) -> list:
        essm = indicators["essm-slachtoffers"]
        body = [
            (
                "jaarvergelijking",
                {
                    "title": "Meldingen, hulp aan slachtoffers en zaken",
                    "indicators": [
                        indicators[slug] for slug in ["politie-meldingen", "essm-slachtoffers", "riec-zaken"]
                    ],
                    "years_shown": 2,
                },
            ),
            (
                "paragraph",
                "<p>Meer meldingen betekent niet altijd meer mensenhandel. Vaak betekent het dat "
                "professionals en inwoners de signalen beter herkennen.</p>",
            ),
            (
                "per_uitbuitingsvorm",
                {
                    "title": "Slachtoffers geholpen door ESSM, per vorm (voorbeeldcijfers)",
                    "indicator": essm,
                    "compare": True,
                },
            ),
            (
                "per_gemeente",
                {
                    "title": "Slachtoffers geholpen door ESSM, per gemeente (voorbeeldcijfers)",
                    "indicator": essm,
                    "compare": True,
                },
            ),
        ]
        if year >= 2023:
            body.append(
                (
                    "jaarvergelijking",
                    {
                        "title": "Signalen, registraties en controles (voorbeeldcijfers)",
                        "indicators": [
                            indicators[slug]
                            for slug in ["nla-signalen", "comensha-registraties", "rctm-controles"]
                        ],
                        "years_shown": 2,
                    },
                )
            )
        return body
