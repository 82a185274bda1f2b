import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils import timezone

from agenda.models import Aanmelding, AgendaPage, EvenementPage, Toegang
from kennisbank.models import Evenementsoort
from tests.kennisbank.factories import TermFactory


class EvenementsoortFactory(TermFactory):
    name = "Training"
    slug = "training"

    class Meta:
        model = Evenementsoort
        django_get_or_create = ["slug"]


class AgendaPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = AgendaPage


class EvenementPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Training signaleren {n}")
    soort = factory.SubFactory(EvenementsoortFactory)
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    location_name = "Stadhuis Rotterdam"
    toegang = Toegang.OPENBAAR
    capacity = None

    class Meta:
        model = EvenementPage


class AanmeldingFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Deelnemer {n}")
    email = factory.Sequence(lambda n: f"deelnemer{n}@example.org")
    status = Aanmelding.Status.CONFIRMED
    queued_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Aanmelding
