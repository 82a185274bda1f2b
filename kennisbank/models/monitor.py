"""The regional mensenhandelmonitor: figures as data, and a page per year that shows them.

A figure (Cijfer) is one number: what it counts (Indicator), who supplied it, the year, and
optionally a form of exploitation and a municipality. Empty means "all": a figure without a
municipality is the number for the whole region. Editors enter figures in the admin or import a
CSV (kennisbank/monitor/importer.py); the monitor pages choose which to show as charts.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.models import BasePage
from home.visibility import visible_pages
from kennisbank.models.taxonomie import Gemeente, Partner, Term, Uitbuitingsvorm
from kennisbank.monitor.blocks import MonitorBodyBlock
from kennisbank.monitor.csv_format import write_csv
from kennisbank.monitor.data import MonitorData

FIRST_YEAR = 2000
LAST_YEAR = 2100


class Indicator(Term):
    """What a figure counts, such as "Meldingen bij de politie" or "Slachtoffers geholpen door ESSM"."""

    unit = models.CharField(
        _("eenheid"),
        max_length=60,
        help_text=_("Wat er geteld wordt, in het meervoud: ‘meldingen’, ‘zaken’."),
    )
    description = models.TextField(_("omschrijving"), blank=True)

    panels = Term.panels + [FieldPanel("unit"), FieldPanel("description")]

    class Meta(Term.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicatoren")


_DUPLICATE = _("Er is al een cijfer voor deze indicator, dit jaar, deze uitbuitingsvorm en deze gemeente.")


class Cijfer(models.Model):
    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="cijfers"
    )
    source = models.ForeignKey(
        Partner, verbose_name=_("bron"), on_delete=models.PROTECT, related_name="cijfers"
    )
    year = models.PositiveSmallIntegerField(
        _("jaar"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
    )
    uitbuitingsvorm = models.ForeignKey(
        Uitbuitingsvorm,
        verbose_name=_("uitbuitingsvorm"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cijfers",
        help_text=_("Leeg: alle vormen samen."),
    )
    gemeente = models.ForeignKey(
        Gemeente,
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cijfers",
        help_text=_("Leeg: de hele regio. Kleine aantallen per gemeente tonen we als ‘<5’."),
    )
    value = models.PositiveIntegerField(_("waarde"))
    note = models.CharField(_("toelichting"), max_length=300, blank=True)
    is_demo = models.BooleanField(
        _("voorbeeldwaarde"),
        default=False,
        help_text=_("Geen echt cijfer: alleen om te laten zien hoe de monitor werkt."),
    )

    panels = [
        FieldRowPanel([FieldPanel("indicator"), FieldPanel("year")]),
        FieldPanel("source"),
        FieldRowPanel([FieldPanel("uitbuitingsvorm"), FieldPanel("gemeente")]),
        FieldPanel("value"),
        MultiFieldPanel([FieldPanel("note"), FieldPanel("is_demo")], _("Toelichting")),
    ]

    class Meta:
        verbose_name = _("cijfer")
        verbose_name_plural = _("cijfers")
        ordering = ["-year", "indicator__sort_order", "uitbuitingsvorm__sort_order", "gemeente__sort_order"]
        # Database NULLs are never equal, so "all forms" and "whole region" each need their own rule.
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "year"],
                condition=Q(uitbuitingsvorm__isnull=True, gemeente__isnull=True),
                name="unique_cijfer_regio",
                violation_error_message=_DUPLICATE,
            ),
            models.UniqueConstraint(
                fields=["indicator", "year", "gemeente"],
                condition=Q(uitbuitingsvorm__isnull=True),
                name="unique_cijfer_gemeente",
                violation_error_message=_DUPLICATE,
            ),
            models.UniqueConstraint(
                fields=["indicator", "year", "uitbuitingsvorm"],
                condition=Q(gemeente__isnull=True),
                name="unique_cijfer_vorm",
                violation_error_message=_DUPLICATE,
            ),
            models.UniqueConstraint(
                fields=["indicator", "year", "uitbuitingsvorm", "gemeente"],
                name="unique_cijfer_vorm_gemeente",
                violation_error_message=_DUPLICATE,
            ),
        ]

    def __str__(self):
        parts = [str(self.indicator), str(self.year)]
        parts += [str(term) for term in (self.uitbuitingsvorm, self.gemeente) if term]
        return " · ".join(parts)


class MonitorIndexPage(BasePage):
    """The regionale mensenhandelmonitor: the list of yearly editions."""

    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)

    parent_page_types = ["kennisbank.KennisbankPage", "home.HomePage"]
    subpage_types = ["kennisbank.MonitorPage"]
    max_count = 1
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("mensenhandelmonitor")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        editions = MonitorPage.objects.child_of(self)
        context["editions"] = visible_pages(editions, request.user).order_by("-year")
        return context


class MonitorPage(RoutablePageMixin, BasePage):
    """One year of the monitor: context text and the figures an editor chose, as charts and tables."""

    year = models.PositiveSmallIntegerField(
        _("jaar"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
    )
    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)
    body = StreamField(
        MonitorBodyBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_("Tekst en grafieken. Elke grafiek toont ook een tabel met dezelfde cijfers."),
    )

    parent_page_types = ["kennisbank.MonitorIndexPage"]
    subpage_types: list[str] = []
    content_panels = BasePage.content_panels + [FieldPanel("year"), FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body"), index.FilterField("year")]
    search_type = _("Mensenhandelmonitor")

    class Meta:
        verbose_name = _("monitor van een jaar")
        verbose_name_plural = _("monitors per jaar")

    def monitor_data(self) -> MonitorData:
        """Every figure the page's charts draw on, in one query, with small numbers suppressed."""
        indicator_ids: set[int] = set()
        years_back = 0
        for block in self.body:
            if hasattr(block.block, "indicator_ids"):
                indicator_ids |= block.block.indicator_ids(block.value)
                years_back = max(years_back, block.block.years_back(block.value))
        figures = Cijfer.objects.filter(
            indicator_id__in=indicator_ids, year__range=(self.year - years_back, self.year)
        ).select_related("indicator", "source", "uitbuitingsvorm", "gemeente")
        return MonitorData(figures)

    @path("")
    def edition(self, request):
        editions = visible_pages(MonitorPage.objects.sibling_of(self), request.user).order_by("year")
        return self.render(request, context_overrides={"monitor": self.monitor_data(), "editions": editions})

    @path("csv/", name="csv")
    def csv_download(self, request):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="mensenhandelmonitor-{self.year}.csv"'
        write_csv(response, self.monitor_data().rows())
        return response

    def search_text(self) -> str:
        # Chart blocks render from the page's figures; for search their titles are enough.
        texts = [self.summary, self.intro]
        for block in self.body:
            is_chart = hasattr(block.block, "indicator_ids")
            texts.append(block.value["title"] if is_chart else block.render_as_block())
        return " ".join(str(text) for text in texts)
