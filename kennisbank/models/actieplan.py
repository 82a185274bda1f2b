"""The regional action plan 2024-2026: themes, actions, their status and progress."""

from __future__ import annotations

from django import forms
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.facets import Facet, FacetedFilter
from home.models import BasePage
from home.visibility import may_see_members_content, visible_pages
from kennisbank.models.taxonomie import Partner, Thema


class Status(models.TextChoices):
    NIET_GESTART = "niet-gestart", _("Niet gestart")
    LOPEND = "lopend", _("Lopend")
    AFGEROND = "afgerond", _("Afgerond")
    DOORLOPEND = "doorlopend", _("Doorlopend")


def _status_options(queryset):
    return Status.choices


ACTIE_FACETS = [
    Facet("thema", _("Thema"), "thema__slug", lambda qs: Thema.objects.values_list("slug", "name")),
    Facet(
        "partner",
        _("Partner"),
        "partners__slug",
        lambda qs: Partner.objects.filter(acties__isnull=False).distinct().values_list("slug", "name"),
    ),
    Facet("status", _("Status"), "status", _status_options),
]


class ActieplanPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)
    ambitions = StreamField(
        [("ambitie", blocks.TextBlock(label=_("Ambitie")))],
        verbose_name=_("regionale ambities"),
        blank=True,
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["kennisbank.ActiePage"]
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("ambitions")]

    class Meta:
        verbose_name = _("actieplan")

    def visible_acties(self, user):
        acties = ActiePage.objects.child_of(self).order_by("thema__sort_order", "number")
        return visible_pages(acties, user)

    def _render_listing(self, request, partner=None):
        base = self.visible_acties(request.user)
        if partner:
            base = base.filter(partners=partner)
        faceted = FacetedFilter(base, ACTIE_FACETS, request.GET)
        acties = list(faceted.results().select_related("thema").prefetch_related("partners"))
        themas = []
        for thema in Thema.objects.all():
            in_thema = [actie for actie in acties if actie.thema_id == thema.pk]
            if in_thema:
                themas.append((thema, in_thema))
        return self.render(
            request,
            context_overrides={
                "themas": themas,
                "actie_count": len(acties),
                "facets": faceted.views(),
                "filter_messages": faceted.messages,
                "is_filtered": faceted.is_filtered or partner is not None,
                # A partner's actions are a page of their own; filter combinations are not.
                "noindex": faceted.is_filtered and partner is None,
                "partner": partner,
            },
        )

    @path("")
    def listing(self, request):
        return self._render_listing(request)

    @path("partner/<slug:slug>/", name="partner")
    def partner_listing(self, request, slug):
        partner = get_object_or_404(Partner, slug=slug)
        if not partner.acties.exists():
            raise Http404
        return self._render_listing(request, partner=partner)


class ActiePage(BasePage):
    thema = models.ForeignKey(Thema, verbose_name=_("thema"), on_delete=models.PROTECT, related_name="acties")
    number = models.PositiveSmallIntegerField(_("nummer binnen het thema"))
    description = models.TextField(_("actie"), help_text=_("De tekst van de actie uit het plan."))
    planning = models.CharField(_("planning"), max_length=120, blank=True)
    who = models.TextField(_("wie"), blank=True, help_text=_("Zoals in het plan beschreven."))
    partners = ParentalManyToManyField(
        Partner, verbose_name=_("verantwoordelijke partners"), blank=True, related_name="acties"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NIET_GESTART)

    search_type = _("Actie uit het actieplan")
    parent_page_types = ["kennisbank.ActieplanPage"]
    subpage_types: list[str] = []

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("thema"), FieldPanel("number")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("planning"), FieldPanel("status")]),
        MultiFieldPanel(
            [FieldPanel("who"), FieldPanel("partners", widget=forms.CheckboxSelectMultiple)],
            _("Wie"),
        ),
        InlinePanel("progress", label=_("Voortgang"), heading=_("Voortgang (nieuwste eerst)")),
        FieldPanel("summary"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("who"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("actie")
        verbose_name_plural = _("acties")
        constraints = [models.UniqueConstraint(fields=["thema", "number"], name="unique_actie_per_thema")]

    @property
    def code(self) -> str:
        """How the plan refers to the action, e.g. 'Bewustwording, signaleren en melden, actie 6'."""
        return f"{self.thema.name}, actie {self.number}"

    def visible_progress(self, user):
        progress = self.progress.order_by("-date", "-pk")
        if not may_see_members_content(user):
            progress = progress.filter(members_only=False)
        return progress

    def delivered_by(self, user) -> list[Page]:
        """The content that carries out this action, of every page type that links to actions.

        Content apps point at actions with a many-to-many field; reading the reverse relations
        here keeps the dependency one-way (campaigns and events know actions, not the reverse).
        """
        ids = []
        for relation in self._meta.related_objects:
            if relation.many_to_many and issubclass(relation.related_model, Page):
                accessor = relation.get_accessor_name()
                ids += getattr(self, accessor).values_list("pk", flat=True)
        pages = visible_pages(Page.objects.filter(pk__in=ids), user)
        return list(pages.specific().order_by("title"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["progress"] = self.visible_progress(request.user)
        context["delivered_by"] = self.delivered_by(request.user)
        return context

    def search_text(self) -> str:
        return f"{self.description} {self.who}"

    def search_facets(self) -> dict[str, list[str]]:
        return {"thema": [self.thema.name], "status": [self.get_status_display()]}


class ActieVoortgang(Orderable):
    """A dated note on what has happened with an action."""

    actie = ParentalKey(ActiePage, on_delete=models.CASCADE, related_name="progress")
    date = models.DateField(_("datum"))
    text = models.TextField(_("wat is er gebeurd"))
    members_only = models.BooleanField(
        _("alleen voor leden"),
        default=False,
        help_text=_("Alleen zichtbaar voor ingelogde leden van de community."),
    )

    panels = [FieldPanel("date"), FieldPanel("text"), FieldPanel("members_only")]

    class Meta(Orderable.Meta):
        verbose_name = _("voortgang")
        verbose_name_plural = _("voortgang")
