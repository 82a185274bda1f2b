"""The shared vocabulary other apps tag their content with, editable under one "Taxonomie" menu."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index


class Term(index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(_("korte naam in webadressen"), max_length=120, unique=True)
    sort_order = models.IntegerField(null=True, blank=True, editable=False)

    sort_order_field = "sort_order"
    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Uitbuitingsvorm(Term):
    description = models.TextField(_("omschrijving"), blank=True)

    panels = Term.panels + [FieldPanel("description")]

    class Meta(Term.Meta):
        verbose_name = _("uitbuitingsvorm")
        verbose_name_plural = _("uitbuitingsvormen")


class Thema(Term):
    """One of the five themes of the regional action plan."""

    goal = models.TextField(_("doel"), blank=True)

    panels = Term.panels + [FieldPanel("goal")]

    class Meta(Term.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class Risicogroep(Term):
    uitbuitingsvormen = models.ManyToManyField(
        Uitbuitingsvorm, verbose_name=_("uitbuitingsvormen"), related_name="risicogroepen", blank=True
    )

    panels = Term.panels + [FieldPanel("uitbuitingsvormen")]

    class Meta(Term.Meta):
        verbose_name = _("risicogroep")
        verbose_name_plural = _("risicogroepen")


class Risicobranche(Term):
    uitbuitingsvorm = models.ForeignKey(
        Uitbuitingsvorm,
        verbose_name=_("uitbuitingsvorm"),
        related_name="risicobranches",
        on_delete=models.PROTECT,
    )

    panels = Term.panels + [FieldPanel("uitbuitingsvorm")]

    class Meta(Term.Meta):
        verbose_name = _("risicobranche")
        verbose_name_plural = _("risicobranches")


class Kennissoort(Term):
    class Meta(Term.Meta):
        verbose_name = _("soort kennis")
        verbose_name_plural = _("soorten kennis")


class Partner(Term):
    """An organisation in the regional chain (police, RIEC, ESSM, a municipality, ...)."""

    abbreviation = models.CharField(_("afkorting"), max_length=40, blank=True)
    role = models.TextField(_("rol in de aanpak"), blank=True)
    website = models.URLField(_("website"), blank=True)
    needs_verification = models.BooleanField(
        _("nog controleren"),
        default=False,
        help_text=_("Gegevens komen niet uit het actieplan en moeten nog worden nagekeken."),
    )

    panels = Term.panels + [
        FieldPanel("abbreviation"),
        FieldPanel("role"),
        FieldPanel("website"),
        FieldPanel("needs_verification"),
    ]

    class Meta(Term.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    @property
    def short_name(self) -> str:
        return self.abbreviation or self.name


class Gemeente(Term):
    class Regio(models.TextChoices):
        ROTTERDAM_RIJNMOND = "rotterdam-rijnmond", _("Rotterdam-Rijnmond")
        ZUID_HOLLAND_ZUID = "zuid-holland-zuid", _("Zuid-Holland-Zuid")

    regio = models.CharField(_("deelregio"), max_length=40, choices=Regio.choices)
    contact_email = models.EmailField(
        _("e-mail aandachtsfunctionaris"),
        blank=True,
        help_text=_("Een functioneel adres van de gemeente, geen persoonlijk adres."),
    )
    contact_phone = models.CharField(_("telefoon aandachtsfunctionaris"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    local_route = RichTextField(
        _("lokale meldroute"),
        features=["bold", "italic", "link", "ul"],
        blank=True,
        help_text=_("Wat is in deze gemeente anders of extra bij het melden? Staat in de meldroutekaart."),
    )

    panels = Term.panels + [
        FieldPanel("regio"),
        FieldPanel("contact_email"),
        FieldPanel("contact_phone"),
        FieldPanel("website"),
        FieldPanel("local_route"),
    ]

    class Meta(Term.Meta):
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    @property
    def has_contact(self) -> bool:
        """Whether the aandachtsfunctionaris can be reached through the municipality's role contact."""
        return bool(self.contact_email or self.contact_phone or self.website)


class Evenementsoort(Term):
    """A kind of event in the agenda: training, network meeting, Regionale Tafel, ..."""

    class Meta(Term.Meta):
        verbose_name = _("soort evenement")
        verbose_name_plural = _("soorten evenementen")
