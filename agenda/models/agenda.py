"""The agenda: the public list, month grid, archive and feed, and the same for members.

`/agenda/` always shows what an anonymous visitor may see, whoever asks: it can be shared and
cached. `/agenda/leden/` shows a logged-in member everything the visibility gate lets them see.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField

from agenda import ics
from agenda.calendar_views import MONTHS, WEEKDAYS, build_month, month_bounds
from agenda.models.evenement import EvenementPage
from home.facets import Facet, FacetedFilter
from home.models import BasePage
from home.visibility import visible_pages
from kennisbank.models import Evenementsoort

EVENTS_PER_PAGE = 20
FIRST_YEAR, LAST_YEAR = 2000, 2100

AGENDA_FACETS = [
    Facet("soort", _("Soort"), "soort__slug", lambda qs: Evenementsoort.objects.values_list("slug", "name")),
]


class AgendaPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["agenda.EvenementPage"]
    max_count = 1
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("agenda")

    def events(self, user):
        events = EvenementPage.objects.child_of(self)
        return visible_pages(events, user).select_related("soort").order_by("start", "pk")

    @staticmethod
    def _viewer(request, members: bool):
        """Whom the events are shown for; None when the members' view is asked without logging in."""
        if not members:
            return AnonymousUser()
        return request.user if request.user.is_authenticated else None

    def _list(self, request, members: bool, archive: bool = False):
        viewer = self._viewer(request, members)
        if viewer is None:
            return redirect_to_login(request.get_full_path())
        now = timezone.now()
        events = self.events(viewer)
        events = (
            events.filter(end__lt=now).order_by("-start", "-pk") if archive else events.filter(end__gte=now)
        )
        months = upcoming_months(now, 12) if not archive else []
        chosen_month, month_message = _chosen_month(request.GET.get("maand"), months)
        if chosen_month:
            start, end = month_range(*chosen_month)
            events = events.filter(start__lt=end, end__gt=start)
        faceted = FacetedFilter(events, AGENDA_FACETS, request.GET)
        page = Paginator(faceted.results(), EVENTS_PER_PAGE).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        return self.render(
            request,
            template="agenda/agenda_page.html",
            context_overrides={
                "events": page,
                "facets": faceted.views(),
                "filter_messages": faceted.messages + ([month_message] if month_message else []),
                "is_filtered": faceted.is_filtered or bool(chosen_month),
                # Search engines index the public list of what is coming, nothing else.
                "noindex": members or archive or faceted.is_filtered or bool(chosen_month),
                "months": months,
                "chosen_month": f"{chosen_month[0]}-{chosen_month[1]:02d}" if chosen_month else "",
                "members": members,
                "archive": archive,
                "querystring_without_page": query.urlencode(),
                "today": timezone.localdate(),
            },
        )

    def _month(self, request, members: bool, year: int | None, month: int | None):
        viewer = self._viewer(request, members)
        if viewer is None:
            return redirect_to_login(request.get_full_path())
        if year is None:
            today = timezone.localdate()
            year, month = today.year, today.month
        if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
            raise Http404
        start, end = month_bounds(year, month)
        events = self.events(viewer).filter(Q(start__lt=end) & Q(end__gt=start))
        return self.render(
            request,
            template="agenda/agenda_month.html",
            context_overrides={
                "month": build_month(year, month, events),
                "members": members,
                "noindex": True,
                "weekdays": WEEKDAYS,
            },
        )

    @path("")
    def upcoming(self, request):
        return self._list(request, members=False)

    @path("archief/", name="archive")
    def archive(self, request):
        return self._list(request, members=False, archive=True)

    @path("maand/", name="this_month")
    def this_month(self, request):
        return self._month(request, members=False, year=None, month=None)

    @re_path(r"^maand/(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="month")
    def month(self, request, year, month):
        return self._month(request, members=False, year=int(year), month=int(month))

    @path("leden/", name="members")
    def members_upcoming(self, request):
        return self._list(request, members=True)

    @path("leden/archief/", name="members_archive")
    def members_archive(self, request):
        return self._list(request, members=True, archive=True)

    @path("leden/maand/", name="members_this_month")
    def members_this_month(self, request):
        return self._month(request, members=True, year=None, month=None)

    @re_path(r"^leden/maand/(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="members_month")
    def members_month(self, request, year, month):
        return self._month(request, members=True, year=int(year), month=int(month))

    # Wagtail serves page URLs that end in a slash, so the feed is /agenda/ics/, not agenda.ics.
    @path("ics/", name="feed")
    def feed(self, request):
        """Public events from a month ago on: what a calendar app subscribes to."""
        since = timezone.now() - datetime.timedelta(days=31)
        events = self.events(AnonymousUser()).filter(end__gte=since)
        return ics_response(ics.calendar(events, "Agenda mensenhandel regio Rotterdam"), "agenda.ics")


def upcoming_months(now: datetime.datetime, count: int) -> list[tuple[str, str]]:
    """The next `count` months as (value, label): ("2026-11", "november 2026")."""
    today = timezone.localtime(now).date()
    months, year, month = [], today.year, today.month
    for _step in range(count):
        months.append((f"{year}-{month:02d}", f"{MONTHS[month - 1]} {year}"))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_range(year: int, month: int) -> tuple[datetime.datetime, datetime.datetime]:
    zone = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.datetime(year, month, 1), zone)
    following = datetime.datetime(year + 1, 1, 1) if month == 12 else datetime.datetime(year, month + 1, 1)
    return start, timezone.make_aware(following, zone)


def _chosen_month(raw: str | None, months) -> tuple[tuple[int, int] | None, str | None]:
    """The month filter ('2026-11') when it is one of the offered months; else none and a message."""
    if not raw:
        return None, None
    if raw in {value for value, _label in months}:
        year, month = raw.split("-")
        return (int(year), int(month)), None
    return None, str(_("Die maand kunnen we niet tonen; u ziet alle maanden."))


def ics_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
