"""StreamField blocks shared by every content page."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page

from home.visibility import visible_pages

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", "Kop 2"), ("h3", "Kop 3")],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "components/streamfield/heading.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Soort"),
        choices=[("info", "Informatie"), ("warning", "Let op")],
        default="info",
    )
    title = blocks.CharBlock(label=_("Titel"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("Tekst"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Kader")
        template = "components/streamfield/callout.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(label=_("Van wie"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "components/streamfield/quote.html"


class DocumentsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documenten"))

    class Meta:
        icon = "doc-full"
        label = _("Documenten")
        template = "components/streamfield/documents.html"


class LinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    url = blocks.URLBlock(label=_("Of een webadres"), required=False)

    class Meta:
        icon = "link"
        label = _("Knop")
        template = "components/streamfield/link.html"


class FeaturedPagesBlock(blocks.StructBlock):
    """Cards for pages an editor picks; pages the visitor may not see are left out."""

    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    pages = blocks.ListBlock(blocks.PageChooserBlock(), label=_("Pagina's"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        ids = [page.pk for page in value["pages"] if page]
        pages = visible_pages(Page.objects.filter(pk__in=ids), getattr(request, "user", None))
        by_id = {page.pk: page for page in pages.specific()}
        context["pages"] = [by_id[pk] for pk in ids if pk in by_id]
        return context

    class Meta:
        icon = "pick"
        label = _("Uitgelichte pagina's")
        template = "components/streamfield/featured_pages.html"


class LatestPagesBlock(blocks.StructBlock):
    """The newest pages below a section (for example the kennisbank) that the visitor may see."""

    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    parent = blocks.PageChooserBlock(label=_("Onder pagina"))
    count = blocks.IntegerBlock(label=_("Aantal"), default=3, min_value=1, max_value=12)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        parent = value["parent"]
        pages = []
        if parent:
            children = parent.get_children().order_by("-first_published_at")
            visible = visible_pages(children, getattr(request, "user", None))
            pages = list(visible.specific()[: value["count"]])
        context["pages"] = pages
        return context

    class Meta:
        icon = "list-ul"
        label = _("Nieuwste pagina's")
        template = "components/streamfield/latest_pages.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"), features=RICH_TEXT_FEATURES, template="components/streamfield/paragraph.html"
    )
    image = ImageBlock(label=_("Afbeelding"), template="components/streamfield/image.html")
    callout = CalloutBlock()
    quote = QuoteBlock()
    documents = DocumentsBlock()
    link = LinkBlock()
    embed = EmbedBlock(
        label=_("Video"),
        help_text=_("Een link naar een video op YouTube of Vimeo."),
        template="components/streamfield/embed.html",
    )


class HomeBodyBlock(BodyBlock):
    featured_pages = FeaturedPagesBlock()
    latest_pages = LatestPagesBlock()
