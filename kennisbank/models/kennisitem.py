"""Knowledge items (research, formats, frameworks, barrier models) and the kennisbank listing."""

from __future__ import annotations

import datetime

from django import forms
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyBlock
from home.facets import Facet, FacetedFilter, YearFacet
from home.models import BasePage
from home.pagination import paginate, querystring_without_page
from home.visibility import visible_documents, visible_pages
from kennisbank.feeds import KennisbankAtomFeed, KennisbankRssFeed
from kennisbank.models.taxonomie import (
    Kennissoort,
    Partner,
    Risicobranche,
    Risicogroep,
    Thema,
    Uitbuitingsvorm,
)

ITEMS_PER_PAGE = 12


def _terms(model):
    return lambda queryset: model.objects.values_list("slug", "name")


def _years(queryset):
    years = queryset.order_by().values_list("publication_date__year", flat=True)
    return [(year, str(year)) for year in sorted({y for y in years if y}, reverse=True)]


KENNISBANK_FACETS = [
    Facet("soort", _("Soort"), "soort__slug", _terms(Kennissoort)),
    Facet("uitbuitingsvorm", _("Uitbuitingsvorm"), "uitbuitingsvormen__slug", _terms(Uitbuitingsvorm)),
    Facet("thema", _("Thema"), "themas__slug", _terms(Thema)),
    Facet("risicogroep", _("Risicogroep"), "risicogroepen__slug", _terms(Risicogroep)),
    Facet("risicobranche", _("Risicobranche"), "risicobranches__slug", _terms(Risicobranche)),
    YearFacet("jaar", _("Jaar"), "publication_date__year", _years),
]


class KennisbankPage(RoutablePageMixin, BasePage):
    """The public kennisbank: a filterable listing of knowledge items and their feeds."""

    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["kennisbank.KennisItemPage", "kennisbank.MonitorIndexPage"]
    max_count = 1
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("kennisbank")

    def sections(self, user):
        """Tools kept in the kennisbank besides its items, such as the mensenhandelmonitor."""
        children = self.get_children().not_type(KennisItemPage)
        return visible_pages(children, user).specific()

    def visible_items(self, user):
        items = KennisItemPage.objects.child_of(self)
        return visible_pages(items, user).order_by("-publication_date", "title")

    @path("")
    def listing(self, request):
        base = self.visible_items(request.user)
        faceted = FacetedFilter(base, KENNISBANK_FACETS, request.GET)
        results = faceted.results().select_related("soort").prefetch_related("uitbuitingsvormen")
        page, page_messages = paginate(results, ITEMS_PER_PAGE, request.GET)
        return self.render(
            request,
            context_overrides={
                "items": page,
                "facets": faceted.views(),
                "filter_messages": faceted.messages + page_messages,
                "is_filtered": faceted.is_filtered,
                "noindex": faceted.is_filtered or page.number > 1,
                "querystring_without_page": querystring_without_page(request.GET),
                "sections": self.sections(request.user),
            },
        )

    @path("feed/", name="feed")
    def rss_feed(self, request):
        return KennisbankRssFeed()(request, kennisbank=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return KennisbankAtomFeed()(request, kennisbank=self)


class KennisItemPage(BasePage):
    soort = models.ForeignKey(
        Kennissoort, verbose_name=_("soort"), on_delete=models.PROTECT, related_name="items"
    )
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)
    source = models.CharField(
        _("bron"), max_length=255, blank=True, help_text=_("Wie het heeft gemaakt of uitgegeven.")
    )
    publisher = models.ForeignKey(
        Partner,
        verbose_name=_("uitgever (partner)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    publication_date = models.DateField(_("publicatiedatum"))
    is_regional = models.BooleanField(
        _("regionaal"), default=False, help_text=_("Gemaakt in of voor de regio Rotterdam.")
    )
    uitbuitingsvormen = ParentalManyToManyField(
        Uitbuitingsvorm, verbose_name=_("uitbuitingsvormen"), blank=True, related_name="items"
    )
    themas = ParentalManyToManyField(Thema, verbose_name=_("thema's"), blank=True, related_name="items")
    risicogroepen = ParentalManyToManyField(
        Risicogroep, verbose_name=_("risicogroepen"), blank=True, related_name="items"
    )
    risicobranches = ParentalManyToManyField(
        Risicobranche, verbose_name=_("risicobranches"), blank=True, related_name="items"
    )
    acties = ParentalManyToManyField(
        "kennisbank.ActiePage",
        verbose_name=_("acties uit het actieplan"),
        blank=True,
        related_name="kennisitems",
        help_text=_("De acties die dit stuk (mede) uitvoert."),
    )

    search_type = _("Kennisbank")
    parent_page_types = ["kennisbank.KennisbankPage"]
    subpage_types: list[str] = []

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("soort"),
                FieldPanel("publication_date"),
                FieldPanel("source"),
                FieldPanel("publisher"),
                FieldPanel("is_regional"),
            ],
            _("Over dit stuk"),
        ),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Documenten om te downloaden")),
        MultiFieldPanel(
            [
                FieldPanel("uitbuitingsvormen", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("risicogroepen", widget=forms.CheckboxSelectMultiple),
                FieldPanel("risicobranches", widget=forms.CheckboxSelectMultiple),
                FieldPanel("acties"),
            ],
            _("Onderwerpen"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("source"),
        index.FilterField("publication_date"),
        index.RelatedFields("uitbuitingsvormen", [index.SearchField("name")]),
        index.RelatedFields("themas", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("kennisbankstuk")
        verbose_name_plural = _("kennisbankstukken")

    def downloads(self, user):
        """The attached documents the visitor may download, in the editor's order."""
        order = [link.document_id for link in self.documents.all()]
        documents = visible_documents(get_document_model().objects.filter(pk__in=order), user)
        return sorted(documents, key=lambda document: order.index(document.pk))

    def related_items(self, user, limit: int = 3):
        """Other items that share the most forms of exploitation and themes with this one."""
        vormen = list(self.uitbuitingsvormen.values_list("pk", flat=True))
        themas = list(self.themas.values_list("pk", flat=True))
        shared = Count("uitbuitingsvormen", filter=Q(uitbuitingsvormen__in=vormen), distinct=True) + Count(
            "themas", filter=Q(themas__in=themas), distinct=True
        )
        candidates = visible_pages(KennisItemPage.objects.exclude(pk=self.pk), user)
        return list(
            candidates.annotate(shared=shared)
            .filter(shared__gt=0)
            .select_related("soort")
            .prefetch_related("uitbuitingsvormen")
            .order_by("-shared", "-publication_date")[:limit]
        )

    def visible_acties(self, user):
        return visible_pages(self.acties.all(), user).select_related("thema")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["downloads"] = self.downloads(request.user)
        context["related_items"] = self.related_items(request.user)
        context["acties"] = self.visible_acties(request.user)
        return context

    def search_text(self) -> str:
        return f"{self.summary} {self.source} {self.body.render_as_block()}"

    def search_date(self) -> datetime.date:
        return self.publication_date

    def search_facets(self) -> dict[str, list[str]]:
        return {
            "soort": [self.soort.name],
            "uitbuitingsvorm": [v.name for v in self.uitbuitingsvormen.all()],
            "thema": [t.name for t in self.themas.all()],
            "jaar": [str(self.publication_date.year)],
        }


class KennisItemDocument(Orderable):
    page = ParentalKey(KennisItemPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
