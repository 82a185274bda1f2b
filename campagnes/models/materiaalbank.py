"""The material library: one public page that searches, filters and serves all material.

Its sub-URLs show one material, count and serve its download, and take orders for printed copies.
Every one of them asks `Materiaal.objects.visible_to(user)` first.
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField

from campagnes.facets import MATERIAAL_FACETS, MATERIAAL_KEYWORD, MATERIAAL_SORTS
from campagnes.forms import BestellingForm
from campagnes.models.materiaal import Materiaal
from campagnes.orders import Outcome, place_order
from home.facets import FacetedFilter
from home.models import BasePage
from home.pagination import paginate, querystring_without_page

ITEMS_PER_PAGE = 12
# Digits only and short enough for a 64-bit key: /materiaal/99999999999999999999/ is a 404, not a 500.
MATERIAAL_PK = r"(?P<pk>[0-9]{1,18})"


class MateriaalbankPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)

    parent_page_types = ["campagnes.CampagnesIndexPage"]
    subpage_types: list[str] = []
    max_count = 1
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("materiaalbank")

    def url_for(self, materiaal: Materiaal, request=None, route: str = "materiaal") -> str:
        return self.get_url(request) + self.reverse_subpage(route, kwargs={"pk": materiaal.pk})

    def _visible_or_404(self, request, pk: str) -> Materiaal:
        return get_object_or_404(Materiaal.objects.visible_to(request.user).for_listing(), pk=pk)

    @path("")
    def listing(self, request):
        faceted = FacetedFilter(
            Materiaal.objects.visible_to(request.user),
            MATERIAAL_FACETS,
            request.GET,
            keyword=MATERIAAL_KEYWORD,
            sorts=MATERIAAL_SORTS,
        )
        items, page_messages = paginate(faceted.results().for_listing(), ITEMS_PER_PAGE, request.GET)
        messages = faceted.messages + page_messages
        return self.render(
            request,
            context_overrides={
                "items": items,
                "faceted": faceted,
                "facets": faceted.views(),
                "filter_messages": messages,
                "is_filtered": faceted.is_filtered,
                # Search engines index the library and single-filter views ("material in Polish"),
                # not keyword results, combinations, other orders, later pages or corrected input.
                "noindex": bool(
                    faceted.text
                    or faceted.selection_size > 1
                    or not faceted.is_default_order
                    or items.number > 1
                    or messages
                ),
                "querystring_without_page": querystring_without_page(request.GET),
            },
        )

    @re_path(rf"^materiaal/{MATERIAAL_PK}/$", name="materiaal")
    def materiaal(self, request, pk):
        materiaal = self._visible_or_404(request, pk)
        return self.render(
            request,
            template="campagnes/materiaal_page.html",
            context_overrides={"materiaal": materiaal},
        )

    @re_path(rf"^materiaal/{MATERIAAL_PK}/download/$", name="download")
    def download(self, request, pk):
        """Count the download, then hand over to the file (Wagtail's document view checks the
        collection again) or the external video. Only the number goes up: no IP, no user."""
        materiaal = self._visible_or_404(request, pk)
        if request.method == "GET":
            materiaal.count_download()
        if materiaal.document_id:
            return redirect(materiaal.document.url)
        return redirect(materiaal.external_url)

    @re_path(rf"^materiaal/{MATERIAAL_PK}/bestellen/$", name="bestellen")
    def bestellen(self, request, pk):
        materiaal = self._visible_or_404(request, pk)
        if not materiaal.orderable:
            raise Http404
        status = 200
        if request.method == "POST":
            form = BestellingForm(request.POST, materiaal=materiaal)
            outcome = place_order(request, form)
            if outcome in (Outcome.PLACED, Outcome.IGNORED):
                return redirect(self.url_for(materiaal, request, "besteld"))
            if outcome is Outcome.LIMITED:
                status = 429
        else:
            form = BestellingForm(materiaal=materiaal)
        response = self.render(
            request,
            template="campagnes/bestelling_page.html",
            context_overrides={"materiaal": materiaal, "form": form, "noindex": True},
        )
        response.status_code = status
        return response

    @re_path(rf"^materiaal/{MATERIAAL_PK}/bestellen/verstuurd/$", name="besteld")
    def besteld(self, request, pk):
        materiaal = self._visible_or_404(request, pk)
        return self.render(
            request,
            template="campagnes/bestelling_verstuurd_page.html",
            context_overrides={"materiaal": materiaal, "noindex": True},
        )

    def get_sitemap_urls(self, request=None):
        # Anonymous visibility: the sitemap is public, whoever asks for it.
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for materiaal in Materiaal.objects.visible_to(None).only("pk", "last_published_at"):
            location = base + self.reverse_subpage("materiaal", kwargs={"pk": materiaal.pk})
            urls.append({"location": location, "lastmod": materiaal.last_published_at})
        return urls
