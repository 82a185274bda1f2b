import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from wagtail.models import Collection

from campagnes.models import (
    Bestelling,
    CampagnePage,
    CampagnesIndexPage,
    Doelgroep,
    Materiaal,
    MateriaalbankPage,
    Materiaalvorm,
    Taal,
)
from tests.kennisbank.factories import TermFactory, _set_many


class DoelgroepFactory(TermFactory):
    class Meta:
        model = Doelgroep


class MateriaalvormFactory(TermFactory):
    name = "Poster"

    class Meta:
        model = Materiaalvorm


class TaalFactory(TermFactory):
    name = "Nederlands"
    slug = "nl"
    native_name = factory.LazyAttribute(lambda taal: taal.name)

    class Meta:
        model = Taal


def root_collection():
    return Collection.get_first_root_node()


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Bestand {n}")
    file = factory.django.FileField(filename="materiaal.pdf", data=b"%PDF-1.4 demo")
    collection = factory.LazyFunction(root_collection)

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def file_metadata(document, create, extracted, **kwargs):
        """Type and size, as Wagtail records them on upload."""
        document._set_document_file_metadata()
        if create:
            document.save()


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Voorbeeld {n}")
    file = factory.django.ImageField(width=60, height=40)
    collection = factory.LazyFunction(root_collection)


class CampagnesIndexPageFactory(wagtail_factories.PageFactory):
    title = "Campagnes en materiaal"
    slug = "campagnes"

    class Meta:
        model = CampagnesIndexPage


class MateriaalbankPageFactory(wagtail_factories.PageFactory):
    title = "Materiaalbank"
    slug = "materiaalbank"

    class Meta:
        model = MateriaalbankPage


class CampagnePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campagne {n}")
    aim = "Meer mensen herkennen de signalen van mensenhandel."
    period = "Doorlopend"
    doelgroepen = _set_many("doelgroepen")
    uitbuitingsvormen = _set_many("uitbuitingsvormen")
    partners = _set_many("partners")
    acties = _set_many("acties")
    kennisitems = _set_many("kennisitems")

    class Meta:
        model = CampagnePage
        skip_postgeneration_save = True


class MateriaalFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Poster over uitbuiting {n}")
    description = "Een poster met de signalen van mensenhandel."
    document = factory.SubFactory(DocumentFactory)
    vorm = factory.SubFactory(MateriaalvormFactory)
    taal = factory.SubFactory(TaalFactory)
    publication_date = datetime.date(2024, 3, 1)
    doelgroepen = _set_many("doelgroepen")
    uitbuitingsvormen = _set_many("uitbuitingsvormen")

    class Meta:
        model = Materiaal
        skip_postgeneration_save = True


class BestellingFactory(DjangoModelFactory):
    materiaal = factory.SubFactory(MateriaalFactory, orderable=True)
    quantity = 25
    name = "Sam Jansen"
    organisation = "Gemeente Schiedam"
    email = "sam@example.org"
    street = "Stadserf 1"
    postcode = "3112 DA"
    city = "Schiedam"

    class Meta:
        model = Bestelling
