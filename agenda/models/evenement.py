"""Events: trainings, meetings, the Week tegen Mensenhandel. Each is public, for members, or for groups.

Who may see an event is decided by a Wagtail view restriction on the event page, like everything
else on the site. The editor chooses its `toegang` ("voor wie") on the event; publishing writes the
matching restriction (see `save`), so a draft never changes who can see the live page. That field
is therefore the place to set an event's privacy.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageViewRestriction
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import BasePage


class Toegang(models.TextChoices):
    """Who may see an event (campaign material has audiences: campagnes.Doelgroep)."""

    OPENBAAR = "openbaar", _("Iedereen (openbaar)")
    LEDEN = "leden", _("Alle leden van de community")
    GROEPEN = "groepen", _("Alleen de gekozen groepen")


class Phase(models.TextChoices):
    UPCOMING = "upcoming", _("Komt nog")
    ONGOING = "ongoing", _("Nu bezig")
    PAST = "past", _("Voorbij")


class RegistrationState(models.TextChoices):
    NOT_NEEDED = "not-needed", _("Aanmelden is niet nodig")
    NOT_YET_OPEN = "not-yet-open", _("Aanmelden kan nog niet")
    OPEN = "open", _("Aanmelden kan")
    CLOSED = "closed", _("Aanmelden is gesloten")
    PAST = "past", _("Dit evenement is voorbij")


class EvenementPage(RoutablePageMixin, BasePage):
    soort = models.ForeignKey(
        "kennisbank.Evenementsoort",
        verbose_name=_("soort"),
        on_delete=models.PROTECT,
        related_name="evenementen",
    )
    body = StreamField(BodyBlock(), verbose_name=_("beschrijving"), blank=True)
    start = models.DateTimeField(_("begint op"), db_index=True)
    end = models.DateTimeField(_("eindigt op"), db_index=True)
    location_name = models.CharField(_("locatie"), max_length=200, blank=True)
    address = models.TextField(_("adres"), blank=True)
    online_url = models.URLField(_("link voor online deelnemen"), blank=True)
    organiser = models.ForeignKey(
        "kennisbank.Partner",
        verbose_name=_("organisator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evenementen",
    )
    Toegang = Toegang  # for templates: {% if event.toegang == event.Toegang.LEDEN %}
    toegang = models.CharField(
        _("voor wie"), max_length=20, choices=Toegang.choices, default=Toegang.OPENBAAR
    )
    groepen = ParentalManyToManyField(
        "community.GroepPage", verbose_name=_("groepen"), blank=True, related_name="evenementen"
    )
    registration_enabled = models.BooleanField(_("aanmelden nodig"), default=True)
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"), null=True, blank=True, help_text=_("Leeg: geen maximum.")
    )
    registration_opens = models.DateTimeField(_("aanmelden kan vanaf"), null=True, blank=True)
    registration_closes = models.DateTimeField(
        _("aanmelden kan tot"), null=True, blank=True, help_text=_("Leeg: tot het begin.")
    )
    acties = ParentalManyToManyField(
        "kennisbank.ActiePage",
        verbose_name=_("acties uit het actieplan"),
        blank=True,
        related_name="evenementen",
    )
    kennisitems = ParentalManyToManyField(
        "kennisbank.KennisItemPage", verbose_name=_("kennisbank"), blank=True, related_name="evenementen"
    )
    campagnes = ParentalManyToManyField(
        "campagnes.CampagnePage", verbose_name=_("campagnes"), blank=True, related_name="evenementen"
    )

    search_type = _("Agenda")
    parent_page_types = ["agenda.AgendaPage"]
    subpage_types: list[str] = []
    content_panels = BasePage.content_panels + [
        FieldPanel("soort"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel(
            [FieldPanel("location_name"), FieldPanel("address"), FieldPanel("online_url")], _("Waar")
        ),
        FieldPanel("organiser"),
        MultiFieldPanel([FieldPanel("toegang"), FieldPanel("groepen")], _("Voor wie")),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldPanel("capacity"),
                FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
            ],
            _("Aanmelden"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("acties"), FieldPanel("kennisitems"), FieldPanel("campagnes")], _("Hoort bij")
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("location_name"),
        index.FilterField("start"),
    ]

    class Meta:
        verbose_name = _("evenement")
        verbose_name_plural = _("evenementen")

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A full save of a live page is its creation or its publication; a draft is saved with
        # update_fields and must not touch who can see the live page.
        if kwargs.get("update_fields") is None and self.live:
            self.sync_view_restriction()

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Het einde ligt voor het begin.")})
        if self.toegang == Toegang.GROEPEN and not self.groepen.all():
            raise ValidationError({"groepen": _("Kies minstens één groep, of kies een ander publiek.")})
        opens, closes = self.registration_opens, self.registration_closes
        if opens and closes and closes < opens:
            raise ValidationError({"registration_closes": _("Aanmelden sluit voordat het opent.")})

    # Time-derived state lives here, in one place; everything else asks these two methods.
    def phase(self, now: datetime.datetime | None = None) -> Phase:
        now = now or timezone.now()
        if now < self.start:
            return Phase.UPCOMING
        if now < self.end:
            return Phase.ONGOING
        return Phase.PAST

    def registration_state(self, now: datetime.datetime | None = None) -> RegistrationState:
        now = now or timezone.now()
        if not self.registration_enabled:
            return RegistrationState.NOT_NEEDED
        if self.phase(now) == Phase.PAST:
            return RegistrationState.PAST
        if self.registration_opens and now < self.registration_opens:
            return RegistrationState.NOT_YET_OPEN
        if now >= (self.registration_closes or self.start):
            return RegistrationState.CLOSED
        return RegistrationState.OPEN

    @property
    def is_public(self) -> bool:
        return self.toegang == Toegang.OPENBAAR

    def sync_view_restriction(self):
        """Make the page's view restriction say what its `toegang` says."""
        PageViewRestriction.objects.filter(page=self).delete()
        if self.toegang == Toegang.LEDEN:
            PageViewRestriction.objects.create(page=self, restriction_type=PageViewRestriction.LOGIN)
        elif self.toegang == Toegang.GROEPEN:
            restriction = PageViewRestriction.objects.create(
                page=self, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.set([groep.group for groep in self.groepen.all() if groep.group_id])

    # The routes are thin; the views live in agenda/views.py (imported inside them because those
    # views use this model).
    @path("")
    def detail(self, request):
        from agenda import views

        return views.event_detail(request, self)

    @path("aanmelden/", name="register")
    def register(self, request):
        from agenda import views

        return views.register(request, self)

    @path("ics/", name="ics")
    def ics(self, request):
        from agenda import views

        return views.event_ics(request, self)

    def search_text(self) -> str:
        return f"{self.summary} {self.location_name} {self.body.render_as_block()}"

    def search_date(self) -> datetime.date:
        return timezone.localtime(self.start).date()

    def search_facets(self) -> dict[str, list[str]]:
        return {"soort": [self.soort.name], "jaar": [str(timezone.localtime(self.start).year)]}
