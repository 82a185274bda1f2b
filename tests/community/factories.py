import factory
from factory.django import DjangoModelFactory

from community.models import User


class UserFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"gebruiker{n}@example.org")
    first_name = "Sam"
    last_name = factory.Sequence(lambda n: f"Jansen {n}")
    password = factory.django.Password("Lang-genoeg-wachtwoord-1")

    class Meta:
        model = User
        django_get_or_create = ["email"]
