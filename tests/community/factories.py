import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from community.models import (
    Bericht,
    CommunityPage,
    GroepPage,
    Lidmaatschap,
    Onderwerp,
    Profiel,
    Uitnodiging,
    User,
)


class UserFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"gebruiker{n}@example.org")
    first_name = "Sam"
    last_name = factory.Sequence(lambda n: f"Jansen {n}")
    password = factory.django.Password("Lang-genoeg-wachtwoord-1")

    class Meta:
        model = User
        django_get_or_create = ["email"]


class ProfielFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    job_title = "Beleidsadviseur"
    phone = "06 1234 5678"

    class Meta:
        model = Profiel


class CommunityPageFactory(wagtail_factories.PageFactory):
    title = "Community"
    slug = "community"

    class Meta:
        model = CommunityPage


class GroepPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Werkgroep {n}")

    class Meta:
        model = GroepPage


class LidmaatschapFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    status = Lidmaatschap.Status.ACTIEF

    class Meta:
        model = Lidmaatschap


class OnderwerpFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    author = factory.SubFactory(UserFactory)

    class Meta:
        model = Onderwerp


class BerichtFactory(DjangoModelFactory):
    onderwerp = factory.SubFactory(OnderwerpFactory)
    author = factory.SelfAttribute("onderwerp.author")
    text = "Een bericht."

    class Meta:
        model = Bericht


class UitnodigingFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"uitgenodigd{n}@example.org")
    first_name = "Nieuwe"
    last_name = factory.Sequence(lambda n: f"Collega {n}")

    class Meta:
        model = Uitnodiging
