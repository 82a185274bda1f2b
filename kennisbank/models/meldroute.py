"""The meldroutekaart: the contact directory (Meldpunt) and the guided route (MeldroutePage).

Privacy by construction: a visitor's answers live only in the web address of their own browser.
The page is served on GET without a session, a cookie, a form post or any logging of its own; the
responses are not cached and send no referrer, so the answers do not travel on in a Referer header
(to this site's own log lines for stylesheets, or to another site).
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections import defaultdict

from django import forms
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.facets import Facet, FacetedFilter
from home.models import BasePage
from kennisbank.meldroute.blocks import MeldrouteBlock
from kennisbank.meldroute.overview import build_chart
from kennisbank.meldroute.tree import GEMEENTE_ONBEKEND, Tree
from kennisbank.models.taxonomie import Gemeente, Term, Uitbuitingsvorm

VERIFY_EVERY_MONTHS = 6


def verification_deadline(today: datetime.date) -> datetime.date:
    """Entries last verified before this date (six months before `today`) are due for a check."""
    month = today.month - VERIFY_EVERY_MONTHS
    year = today.year
    if month < 1:
        month += 12
        year -= 1
    return datetime.date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


class MeldpuntQuerySet(models.QuerySet):
    def due_for_check(self, today: datetime.date | None = None) -> MeldpuntQuerySet:
        deadline = verification_deadline(today or timezone.localdate())
        return self.filter(Q(verified_on__isnull=True) | Q(verified_on__lt=deadline))


class Meldpunt(Term):
    """A meldpunt or organisation in the contact directory; the routes of the meldroutekaart point here."""

    role = models.CharField(
        _("rol in de keten"), max_length=160, help_text=_("Bijvoorbeeld ‘Anoniem melden van misdaad’.")
    )
    description = models.TextField(_("wat kunt u hier doen?"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.CharField(
        _("bereikbaar"),
        max_length=160,
        blank=True,
        help_text=_("Bijvoorbeeld ‘Werkdagen van 8.00 tot 17.00 uur’."),
    )
    always_open = models.BooleanField(_("dag en nacht bereikbaar (24/7)"), default=False)
    anonymous = models.BooleanField(_("anoniem melden kan"), default=False)
    uitbuitingsvormen = models.ManyToManyField(
        Uitbuitingsvorm,
        verbose_name=_("uitbuitingsvormen"),
        related_name="meldpunten",
        blank=True,
        help_text=_("De vormen van uitbuiting waarvoor u hier terecht kunt."),
    )
    verified_on = models.DateField(
        _("laatst gecontroleerd"),
        null=True,
        blank=True,
        help_text=_("Wanneer iemand de gegevens voor het laatst heeft nagekeken. Leeg: nog nooit."),
    )

    objects = MeldpuntQuerySet.as_manager()

    panels = Term.panels + [
        FieldPanel("role"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("website"),
                FieldPanel("opening_hours"),
                FieldPanel("always_open"),
                FieldPanel("anonymous"),
            ],
            _("Bereikbaarheid"),
        ),
        FieldPanel("uitbuitingsvormen", widget=forms.CheckboxSelectMultiple),
        FieldPanel("verified_on"),
    ]
    search_fields = Term.search_fields + [index.SearchField("role"), index.SearchField("description")]

    class Meta(Term.Meta):
        verbose_name = _("meldpunt")
        verbose_name_plural = _("meldpunten")

    def is_due_for_check(self, today: datetime.date | None = None) -> bool:
        if self.verified_on is None:
            return True
        return self.verified_on < verification_deadline(today or timezone.localdate())

    @property
    def phone_href(self) -> str:
        """The number for a tel: link: digits only, keeping a leading + (0800-7000 -> 08007000)."""
        return re.sub(r"(?!^\+)[^\d]", "", self.phone.strip())


def _yes_no(queryset):
    return [(True, _("Ja")), (False, _("Nee"))]


MELDPUNT_FACETS = [
    Facet(
        "uitbuitingsvorm",
        _("Uitbuitingsvorm"),
        "uitbuitingsvormen__slug",
        lambda queryset: Uitbuitingsvorm.objects.values_list("slug", "name"),
    ),
    Facet("dag-en-nacht", _("Dag en nacht bereikbaar"), "always_open", _yes_no),
    Facet("anoniem", _("Anoniem melden"), "anonymous", _yes_no),
]


class MeldroutePage(RoutablePageMixin, BasePage):
    """The interactive meldroutekaart, its printable overview and the contact directory."""

    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)
    steps = StreamField(
        MeldrouteBlock(),
        verbose_name=_("vragen en routes"),
        blank=True,
        help_text=_(
            "De eerste stap is de vraag waar iedereen begint. Elk antwoord verwijst met een sleutel "
            "naar de volgende vraag of naar een route. Publiceren kan pas als elke weg bij een route eindigt."
        ),
    )
    directory_intro = RichTextField(
        _("introductie van de meldpunten"), features=["bold", "italic", "link"], blank=True
    )
    quick_exit_url = models.URLField(
        _("‘Snel weg’ gaat naar"),
        default="https://www.google.nl/",
        help_text=_("Een neutrale website, bijvoorbeeld een zoekmachine of het weerbericht."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("steps"),
        FieldPanel("directory_intro"),
        FieldPanel("quick_exit_url"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("steps")]
    preview_modes = [("", _("Eerste vraag")), ("overzicht", _("Hele meldroutekaart (printversie)"))]

    class Meta:
        verbose_name = _("meldroutekaart")

    def tree(self) -> Tree:
        return Tree.from_stream(self.steps)

    @path("")
    def step(self, request):
        tree = self.tree()
        gemeenten = {gemeente.slug: gemeente for gemeente in Gemeente.objects.all()}
        position = tree.walk(request.GET, gemeenten)
        response = self.render(
            request,
            context_overrides={
                "position": position,
                "step_number": len(position.answered) + 1,
                "gemeente_groups": _by_region(gemeenten.values()),
                "gemeente_onbekend": GEMEENTE_ONBEKEND,
                "noindex": bool(request.GET),
            },
        )
        response.status_code = position.status
        return _private(response)

    @path("overzicht/", name="overzicht")
    def overview(self, request):
        tree = self.tree()
        return _private(
            self.render(
                request,
                template="kennisbank/meldroute_overzicht.html",
                context_overrides={"chart": build_chart(tree), "today": timezone.localdate()},
            )
        )

    @path("meldpunten/", name="meldpunten")
    def directory(self, request):
        faceted = FacetedFilter(Meldpunt.objects.all(), MELDPUNT_FACETS, request.GET)
        meldpunten = faceted.results().prefetch_related("uitbuitingsvormen")
        gemeenten = Gemeente.objects.exclude(contact_email="", contact_phone="", website="")
        return _private(
            self.render(
                request,
                template="kennisbank/meldpunten.html",
                context_overrides={
                    "meldpunten": meldpunten,
                    "facets": faceted.views(),
                    "filter_messages": faceted.messages,
                    "is_filtered": faceted.is_filtered,
                    "noindex": faceted.is_filtered,
                    "gemeenten": gemeenten,
                },
            )
        )

    def serve_preview(self, request, mode_name):
        if mode_name == "overzicht":
            return self.overview(request)
        return self.step(request)

    def search_text(self) -> str:
        tree = self.tree()
        parts = [self.summary] + [question.text for question in tree.questions]
        parts += [route.title for route in tree.routes]
        return " ".join(parts)


def _private(response):
    """Answers stay in the visitor's own address bar: never in a cache or a Referer header."""
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _by_region(gemeenten) -> list[tuple[str, list[Gemeente]]]:
    groups: dict[str, list[Gemeente]] = defaultdict(list)
    for gemeente in gemeenten:
        groups[gemeente.get_regio_display()].append(gemeente)
    return list(groups.items())
