"""The campaigns section and the campaign pages (Kijk op Mensenhandel, Buit, ...)."""

from __future__ import annotations

from django import forms
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Collection
from wagtail.search import index

from campagnes.models.materiaalbank import MateriaalbankPage
from campagnes.models.terms import Doelgroep
from home.blocks import BodyBlock
from home.models import BasePage
from home.visibility import visible_pages
from kennisbank.models import ActiePage, KennisItemPage, Partner, Uitbuitingsvorm

RELATED_ITEMS = 6
# Campaign documents live in a collection per campaign below this one.
CAMPAIGNS_COLLECTION = "Campagnes"


class CampagnesIndexPage(BasePage):
    """The section /campagnes/: every campaign and the way into the material library."""

    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campagnes.CampagnePage", "campagnes.MateriaalbankPage"]
    max_count = 1
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("campagne-overzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campagnes"] = visible_pages(
            CampagnePage.objects.child_of(self), request.user
        ).prefetch_related("doelgroepen")
        context["materiaalbank"] = visible_pages(
            MateriaalbankPage.objects.child_of(self), request.user
        ).first()
        return context


class CampagnePage(BasePage):
    kind = models.CharField(
        _("soort"),
        max_length=80,
        blank=True,
        help_text=_("Bijvoorbeeld lesprogramma of certificeringsprogramma. Leeg laten voor een campagne."),
    )
    aim = models.TextField(_("doel"), help_text=_("Wat wil de campagne bereiken? In één of twee zinnen."))
    period = models.CharField(
        _("looptijd"), max_length=120, blank=True, help_text=_("Bijvoorbeeld: doorlopend sinds 2021.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)
    doelgroepen = ParentalManyToManyField(
        Doelgroep, verbose_name=_("doelgroepen"), blank=True, related_name="campagnes"
    )
    uitbuitingsvormen = ParentalManyToManyField(
        Uitbuitingsvorm, verbose_name=_("uitbuitingsvormen"), blank=True, related_name="campagnes"
    )
    partners = ParentalManyToManyField(
        Partner, verbose_name=_("partners"), blank=True, related_name="campagnes"
    )
    # Named `acties` like on every page that carries out actions: ActiePage.delivered_by finds it.
    acties = ParentalManyToManyField(
        ActiePage,
        verbose_name=_("acties uit het actieplan"),
        blank=True,
        related_name="campagnes",
        help_text=_("De acties die deze campagne (mede) uitvoert."),
    )
    kennisitems = ParentalManyToManyField(
        KennisItemPage,
        verbose_name=_("kennisbankstukken"),
        blank=True,
        related_name="campagnes",
        help_text=_("Onderzoek of handreikingen die bij de campagne horen."),
    )
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("map voor documenten"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Hier komen bestanden die u voor deze campagne uploadt."),
    )

    search_type = _("Campagne")
    parent_page_types = ["campagnes.CampagnesIndexPage"]
    subpage_types: list[str] = []

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("aim"), FieldPanel("period")],
            _("Over de campagne"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("doelgroepen", widget=forms.CheckboxSelectMultiple),
                FieldPanel("uitbuitingsvormen", widget=forms.CheckboxSelectMultiple),
                FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
                FieldPanel("acties"),
                FieldPanel("kennisitems"),
            ],
            _("Voor wie en met wie"),
        ),
        FieldPanel("collection"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("aim"),
        index.SearchField("body"),
        index.RelatedFields("doelgroepen", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("campagne")
        verbose_name_plural = _("campagnes")

    @property
    def card_meta(self) -> str:
        """'Lesprogramma · voor jongeren en scholen' on the campaign's card in overviews."""
        audience = ", ".join(doelgroep.name.lower() for doelgroep in self.doelgroepen.all())
        kind = self.kind or _("Campagne")
        return f"{kind} · {_('voor')} {audience}" if audience else str(kind)

    def document_collection(self) -> Collection:
        """The collection chosen for this campaign, or else one named after it under 'Campagnes'.

        Found by name rather than stored on the page, so that no upload writes to the page and no
        older revision can lose the link.
        """
        if self.collection_id:
            return self.collection
        root = Collection.get_first_root_node()
        parent = root.get_children().filter(name=CAMPAIGNS_COLLECTION).first()
        parent = parent or root.add_child(name=CAMPAIGNS_COLLECTION)
        own = parent.get_children().filter(name=self.title).first()
        return own or parent.add_child(name=self.title)

    def visible_materials(self, user):
        return self.materialen.visible_to(user).for_listing()

    def visible_acties(self, user):
        return visible_pages(self.acties.all(), user).select_related("thema")

    def related_kennisitems(self, user) -> list[KennisItemPage]:
        """Items the editor chose, then items that carry out the same actions as this campaign."""
        chosen = Q(pk__in=self.kennisitems.values("pk"))
        same_actions = Q(acties__in=self.acties.values("pk"))
        items = visible_pages(KennisItemPage.objects.filter(chosen | same_actions).distinct(), user)
        return list(
            items.select_related("soort")
            .prefetch_related("uitbuitingsvormen")
            .order_by("-publication_date")[:RELATED_ITEMS]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        context["materialen"] = self.visible_materials(user)
        context["materiaalbank"] = visible_pages(MateriaalbankPage.objects.all(), user).first()
        context["acties"] = self.visible_acties(user)
        context["kennisitems"] = self.related_kennisitems(user)
        return context

    def search_text(self) -> str:
        return f"{self.summary} {self.aim} {self.body.render_as_block()}"

    def search_facets(self) -> dict[str, list[str]]:
        return {
            "doelgroep": [doelgroep.name for doelgroep in self.doelgroepen.all()],
            "uitbuitingsvorm": [vorm.name for vorm in self.uitbuitingsvormen.all()],
        }
