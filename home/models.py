import datetime

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock, HomeBodyBlock
from home.search_document import SearchDocument


class BasePage(Page):
    """What every content page shares: a summary and image for cards, search, and the edit tabs."""

    summary = models.TextField(
        _("samenvatting"),
        max_length=300,
        blank=True,
        help_text=_("Eén of twee zinnen voor overzichten en zoekresultaten."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding in overzichten"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_type = _("Pagina")

    content_panels = Page.content_panels + [FieldPanel("summary")]
    promote_panels = [
        MultiFieldPanel(Page.promote_panels, _("Adres en zoekmachines")),
        FieldPanel("listing_image"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    class Meta:
        abstract = True

    def search_text(self) -> str:
        """The page's text for the search document; pages with a body extend it."""
        return self.summary

    def search_facets(self) -> dict[str, list[str]]:
        return {}

    def search_date(self) -> datetime.date | None:
        """The date a result shows: first publication, unless the page has a date of its own."""
        return self.first_published_at.date() if self.first_published_at else None

    def search_document(self) -> SearchDocument:
        return SearchDocument(
            title=self.title,
            text=strip_tags(self.search_text()),
            url=self.url or "",
            type=str(self.search_type),
            date=self.search_date(),
            facets=self.search_facets(),
            page_path=self.path,
        )


class HomePage(BasePage):
    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)
    body = StreamField(HomeBodyBlock(), verbose_name=_("inhoud"), blank=True)

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("startpagina")


class ContentPage(BasePage):
    """A plain page of text: about the approach, privacy, accessibility, a section to come."""

    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("inhoudspagina")

    def search_text(self) -> str:
        return f"{self.summary} {self.body.render_as_block()}"


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation = models.CharField(
        _("organisatie"), max_length=120, default="VeiligheidsAlliantie regio Rotterdam"
    )
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    address = models.TextField(_("adres"), blank=True)
    footer_text = models.TextField(_("tekst onderaan elke pagina"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("toegankelijkheidsverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("organisation"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("address")],
            _("Contact"),
        ),
        FieldPanel("footer_text"),
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("site-instellingen")
