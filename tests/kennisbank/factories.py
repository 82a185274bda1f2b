import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils.text import slugify

from kennisbank.models import (
    ActiePage,
    ActieplanPage,
    Cijfer,
    Gemeente,
    Indicator,
    KennisbankPage,
    KennisItemPage,
    Kennissoort,
    Meldpunt,
    MeldroutePage,
    MonitorIndexPage,
    MonitorPage,
    Partner,
    Risicobranche,
    Risicogroep,
    Status,
    Thema,
    Uitbuitingsvorm,
)


class TermFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))

    class Meta:
        abstract = True
        django_get_or_create = ["slug"]


class UitbuitingsvormFactory(TermFactory):
    class Meta:
        model = Uitbuitingsvorm


class ThemaFactory(TermFactory):
    class Meta:
        model = Thema


class KennissoortFactory(TermFactory):
    name = "Onderzoek en rapport"

    class Meta:
        model = Kennissoort


class RisicogroepFactory(TermFactory):
    class Meta:
        model = Risicogroep


class RisicobrancheFactory(TermFactory):
    uitbuitingsvorm = factory.SubFactory(UitbuitingsvormFactory)

    class Meta:
        model = Risicobranche


class PartnerFactory(TermFactory):
    abbreviation = factory.LazyAttribute(lambda partner: partner.name.split()[0])

    class Meta:
        model = Partner


def _set_many(field_name):
    """A post-generation hook that fills a ParentalManyToManyField and saves the page."""

    def hook(page, create, extracted, **kwargs):
        if extracted:
            getattr(page, field_name).set(extracted)
            if create:
                page.save()

    return factory.PostGeneration(hook)


class KennisbankPageFactory(wagtail_factories.PageFactory):
    title = "Kennisbank"
    slug = "kennisbank"

    class Meta:
        model = KennisbankPage


class KennisItemPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Onderzoek naar uitbuiting {n}")
    summary = "Een korte samenvatting van het stuk."
    soort = factory.SubFactory(KennissoortFactory)
    publication_date = datetime.date(2024, 3, 1)
    uitbuitingsvormen = _set_many("uitbuitingsvormen")
    themas = _set_many("themas")
    risicogroepen = _set_many("risicogroepen")
    risicobranches = _set_many("risicobranches")
    acties = _set_many("acties")

    class Meta:
        model = KennisItemPage
        skip_postgeneration_save = True


class ActieplanPageFactory(wagtail_factories.PageFactory):
    title = "Actieplan 2024-2026"
    slug = "actieplan"

    class Meta:
        model = ActieplanPage


class ActiePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Actie {n}")
    thema = factory.SubFactory(ThemaFactory)
    number = factory.Sequence(lambda n: n + 1)
    description = "Organiseren van een training signaleren voor professionals."
    planning = "Doorlopend"
    status = Status.LOPEND
    partners = _set_many("partners")

    class Meta:
        model = ActiePage
        skip_postgeneration_save = True


class GemeenteFactory(TermFactory):
    regio = Gemeente.Regio.ZUID_HOLLAND_ZUID

    class Meta:
        model = Gemeente


class MeldpuntFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Meldpunt {n}")
    role = "Melding en aangifte"
    phone = "0900-8844"
    website = "https://www.example.org"
    always_open = True
    verified_on = factory.LazyFunction(datetime.date.today)
    uitbuitingsvormen = _set_many("uitbuitingsvormen")

    class Meta:
        model = Meldpunt
        skip_postgeneration_save = True


class MeldroutePageFactory(wagtail_factories.PageFactory):
    title = "Meldroutekaart"
    slug = "meldroutekaart"

    class Meta:
        model = MeldroutePage


class IndicatorFactory(TermFactory):
    name = factory.Sequence(lambda n: f"Meldingen {n}")
    unit = "meldingen"

    class Meta:
        model = Indicator


class CijferFactory(DjangoModelFactory):
    indicator = factory.SubFactory(IndicatorFactory)
    source = factory.SubFactory(PartnerFactory, name="ESSM Humanitas", abbreviation="ESSM")
    year = 2023
    value = 10

    class Meta:
        model = Cijfer


class MonitorIndexPageFactory(wagtail_factories.PageFactory):
    title = "Regionale mensenhandelmonitor"
    slug = "monitor"

    class Meta:
        model = MonitorIndexPage


class MonitorPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: f"Mensenhandelmonitor {page.year}")
    slug = factory.LazyAttribute(lambda page: str(page.year))
    year = 2023

    class Meta:
        model = MonitorPage
