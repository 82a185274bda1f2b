"""Campaign material: a file or an external link, with its audience, kind, language and licence."""

from __future__ import annotations

import datetime

from django import forms
from django.apps import apps
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import F, Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, RevisionMixin
from wagtail.search import index

from home.search_document import SearchDocument
from home.visibility import visible_documents, visible_pages
from kennisbank.models import Uitbuitingsvorm

# One size for every preview thumbnail, so that listings can prefetch exactly these renditions,
# and one for the material's own page. The seed renders both, so that no page view has to.
PREVIEW_RENDITION = "fill-360x240"
DETAIL_RENDITION = "max-480x480"


class Licentie(models.TextChoices):
    VRIJ = "vrij", _("Vrij te gebruiken: printen en verspreiden mag, aanpassen niet.")
    CC_BY = "cc-by", _("CC BY 4.0: vrij te gebruiken en aan te passen, met vermelding van de bron.")
    EIGEN_ORGANISATIE = "eigen-organisatie", _("Alleen voor gebruik binnen uw eigen organisatie.")


class MateriaalQuerySet(QuerySet):
    def visible_to(self, user) -> MateriaalQuerySet:
        """Published material the visitor may see: its file passes the collection restrictions
        and its campaign (if any) is a page they may see. The one gate for lists, detail pages,
        downloads, orders and search."""
        documents = visible_documents(get_document_model().objects.all(), user)
        # The campaign model is reached through the field: the page module imports this one.
        campagne_model = self.model._meta.get_field("campagne").related_model
        campagnes = visible_pages(campagne_model.objects.all(), user)
        return self.filter(
            Q(document__in=documents) | Q(document__isnull=True, external_url__gt=""),
            Q(campagne__isnull=True) | Q(campagne__in=campagnes),
            live=True,
        )

    def for_listing(self) -> MateriaalQuerySet:
        """What a material card shows, in a fixed number of queries however many cards there are."""
        images = get_image_model().objects.prefetch_renditions(PREVIEW_RENDITION)
        return self.select_related("vorm", "taal", "document", "campagne").prefetch_related(
            Prefetch("preview_image", queryset=images)
        )


class Materiaal(DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    title = models.CharField(_("titel"), max_length=255, help_text=_("In de taal van het materiaal zelf."))
    description = models.TextField(
        _("omschrijving"),
        max_length=600,
        help_text=_("Twee of drie zinnen in de taal van het materiaal: wat is het en voor wie?"),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("bestand"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(
        _("of een link naar een video of e-learning"),
        blank=True,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("Alleen als er geen bestand is, bijvoorbeeld een video op YouTube."),
    )
    preview_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("voorbeeldafbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    campagne = models.ForeignKey(
        "campagnes.CampagnePage",
        verbose_name=_("campagne"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="materialen",
    )
    vorm = models.ForeignKey(
        "campagnes.Materiaalvorm",
        verbose_name=_("soort materiaal"),
        on_delete=models.PROTECT,
        related_name="materialen",
    )
    taal = models.ForeignKey(
        "campagnes.Taal", verbose_name=_("taal"), on_delete=models.PROTECT, related_name="materialen"
    )
    doelgroepen = ParentalManyToManyField(
        "campagnes.Doelgroep", verbose_name=_("doelgroepen"), blank=True, related_name="materialen"
    )
    uitbuitingsvormen = ParentalManyToManyField(
        Uitbuitingsvorm, verbose_name=_("uitbuitingsvormen"), blank=True, related_name="materialen"
    )
    publication_date = models.DateField(_("verschenen op"), default=datetime.date.today)
    licence = models.CharField(
        _("gebruik en licentie"), max_length=30, choices=Licentie.choices, default=Licentie.VRIJ
    )
    usage_note = models.TextField(
        _("toelichting op het gebruik"),
        blank=True,
        help_text=_("Bijvoorbeeld: logo van uw gemeente toevoegen mag rechtsonder."),
    )
    orderable = models.BooleanField(
        _("gedrukt te bestellen"),
        default=False,
        help_text=_("Bezoekers kunnen gedrukte exemplaren aanvragen met een formulier."),
    )
    max_order_quantity = models.PositiveIntegerField(_("maximaal aantal per bestelling"), default=250)
    # Counted by the download view: a number per material, nothing about who downloaded it.
    download_count = models.PositiveIntegerField(_("aantal downloads"), default=0, editable=False)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="materiaal")

    objects = MateriaalQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url"), FieldPanel("preview_image")],
            _("Bestand of link"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("campagne"),
                FieldRowPanel([FieldPanel("vorm"), FieldPanel("taal")]),
                FieldPanel("doelgroepen", widget=forms.CheckboxSelectMultiple),
                FieldPanel("uitbuitingsvormen", widget=forms.CheckboxSelectMultiple),
                FieldPanel("publication_date"),
            ],
            _("Waar hoort het bij?"),
        ),
        MultiFieldPanel(
            [FieldPanel("licence"), FieldPanel("usage_note")],
            _("Gebruik"),
        ),
        MultiFieldPanel(
            [FieldPanel("orderable"), FieldPanel("max_order_quantity")],
            _("Gedrukte exemplaren"),
        ),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("materiaal")
        verbose_name_plural = _("materialen")
        ordering = ["-publication_date", "title"]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        if bool(self.document_id) == bool(self.external_url):
            message = _("Kies een bestand of vul een link in, niet allebei.")
            if not self.document_id and not self.external_url:
                message = _("Kies een bestand of vul een link naar een video of e-learning in.")
            raise ValidationError({"document": message})
        if self.orderable and not self.document_id:
            raise ValidationError({"orderable": _("Alleen materiaal met een bestand kan gedrukt worden.")})

    def with_content_json(self, content):
        # The counter lives outside revisions: publishing an older draft must not reset it.
        obj = super().with_content_json(content)
        obj.download_count = self.download_count
        return obj

    def count_download(self) -> None:
        """Add one download, atomically, so simultaneous downloads in several processes all count."""
        Materiaal.objects.filter(pk=self.pk).update(download_count=F("download_count") + 1)

    def preview_rendition(self):
        """The preview thumbnail (from prefetched renditions in listings), or None."""
        if not self.preview_image:
            return None
        return self.preview_image.get_rendition(PREVIEW_RENDITION)

    def detail_rendition(self):
        if not self.preview_image:
            return None
        return self.preview_image.get_rendition(DETAIL_RENDITION)

    def get_url(self, request=None) -> str:
        library = apps.get_model("campagnes", "MateriaalbankPage").objects.live().first()
        if library is None:
            return ""
        return library.url_for(self, request)

    def search_document(self) -> SearchDocument:
        return SearchDocument(
            title=self.title,
            text=self.description,
            url=self.get_url(),
            type=str(_("Materiaal")),
            date=self.publication_date,
            language=self.taal.code,
            facets={
                "campagne": [self.campagne.title] if self.campagne else [],
                "doelgroep": [doelgroep.name for doelgroep in self.doelgroepen.all()],
                "vorm": [self.vorm.name],
                "taal": [self.taal.name],
                "uitbuitingsvorm": [vorm.name for vorm in self.uitbuitingsvormen.all()],
            },
            # Visible to whoever may see its campaign and its file, as in visible_to().
            page_path=self.campagne.path if self.campagne else "",
            collection_id=self.document.collection_id if self.document else None,
        )
