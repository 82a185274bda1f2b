"""The visitor's side of the agenda: an event, registering, confirming, cancelling, feeds."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from agenda import ics, registrations
from agenda.forms import GuestRegistrationForm
from agenda.models import (
    Aanmelding,
    AgendaFeed,
    AgendaPage,
    EvenementPage,
    Phase,
    RegistrationState,
    ics_response,
)
from home.ratelimit import VisitorAndEmailLimit
from home.visibility import visible_pages

CONFIRM_LINK_VALID = datetime.timedelta(days=7)
FEED_HISTORY = datetime.timedelta(days=31)
# Each guest registration sends a confirmation link.
GUEST_REGISTRATIONS = VisitorAndEmailLimit("agenda.gast", per_visitor="10/h", per_email="5/h")


def event_detail(
    request, page: EvenementPage, guest_form: GuestRegistrationForm | None = None, status: int = 200
):
    state = page.registration_state()
    mine = None
    if request.user.is_authenticated:
        mine = page.aanmeldingen.filter(user=request.user, status__in=Aanmelding.ACTIVE).first()
    if guest_form is None and page.is_public and not request.user.is_authenticated:
        guest_form = GuestRegistrationForm()
    response = page.render(
        request,
        template="agenda/evenement_page.html",
        context_overrides={
            "phase": page.phase(),
            "Phase": Phase,
            "Status": Aanmelding.Status,
            "state": state,
            "State": RegistrationState,
            "refusal": registrations.REFUSALS.get(state),
            "seats_left": registrations.seats_left(page) if page.capacity else None,
            "my_registration": mine,
            "guest_form": guest_form,
            "related_acties": visible_pages(page.acties.all(), request.user).select_related("thema"),
            "related_campagnes": visible_pages(page.campagnes.all(), request.user),
            "related_items": visible_pages(page.kennisitems.all(), request.user),
            "retention_days": settings.AGENDA_GUEST_RETENTION_DAYS,
        },
    )
    response.status_code = status
    return response


def register(request, page: EvenementPage):
    if request.method != "POST":
        return redirect(page.url)
    if request.user.is_authenticated:
        try:
            registration = registrations.register_member(page, request.user)
        except registrations.Refused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _outcome(registration))
        return redirect(page.url + "#aanmelden")
    if not page.is_public:
        return redirect_to_login(page.url)
    form = GuestRegistrationForm(request.POST)
    if not form.is_valid():
        return event_detail(request, page, guest_form=form, status=400)
    if GUEST_REGISTRATIONS.exceeded(request, form.cleaned_data["email"]):
        form.add_error(
            None, _("U heeft zich kort na elkaar al een paar keer aangemeld. Probeer het later opnieuw.")
        )
        return event_detail(request, page, guest_form=form, status=429)
    try:
        registrations.request_guest(page, **form.cleaned_data)
    except registrations.Refused as refusal:
        form.add_error(None, str(refusal))
        return event_detail(request, page, guest_form=form, status=400)
    messages.success(
        request,
        _(
            "Bijna klaar: we hebben u een e-mail gestuurd. Klik op de link daarin om uw aanmelding te bevestigen."
        ),
    )
    return redirect(page.url + "#aanmelden")


def _outcome(registration: Aanmelding) -> str:
    if registration.status == Aanmelding.Status.CONFIRMED:
        return _("U bent aangemeld. U krijgt een bevestiging per e-mail, met de afspraak voor uw agenda.")
    return _(
        "Het evenement is vol. U staat op de wachtlijst; komt er een plaats vrij, dan krijgt u die en sturen we u een e-mail."
    )


def event_ics(request, page: EvenementPage):
    return ics_response(ics.calendar([page], page.title), f"{page.slug}.ics")


def _link_invalid(request):
    return TemplateResponse(request, "agenda/link_invalid.html", {"noindex": True}, status=404)


def confirm(request, token):
    """A guest confirms their e-mail address: the link shows a button, so that mail scanners that
    open links do not register anyone."""
    registration = Aanmelding.from_token(token, "confirm", max_age=CONFIRM_LINK_VALID)
    if registration is None or not registration.is_guest:
        return _link_invalid(request)
    if request.method == "POST":
        try:
            registration = registrations.confirm_guest(registration)
        except registrations.Refused as refusal:
            return TemplateResponse(
                request,
                "agenda/registration_result.html",
                {"noindex": True, "registration": registration, "message": str(refusal)},
                status=400,
            )
        return TemplateResponse(
            request,
            "agenda/registration_result.html",
            {"noindex": True, "registration": registration, "message": _outcome(registration)},
        )
    return TemplateResponse(request, "agenda/confirm.html", {"noindex": True, "registration": registration})


def cancel(request, token):
    registration = Aanmelding.from_token(token, "cancel")
    if registration is None:
        return _link_invalid(request)
    if request.method == "POST":
        return _cancel_and_answer(request, registration)
    return TemplateResponse(request, "agenda/cancel.html", {"noindex": True, "registration": registration})


def _cancel_and_answer(request, registration):
    try:
        registrations.cancel(registration)
    except registrations.Refused as refusal:
        return TemplateResponse(
            request,
            "agenda/registration_result.html",
            {"noindex": True, "registration": registration, "message": str(refusal)},
            status=400,
        )
    return TemplateResponse(
        request,
        "agenda/registration_result.html",
        {
            "noindex": True,
            "registration": registration,
            "message": _("U bent afgemeld. Fijn dat u het liet weten."),
        },
    )


@login_required
def my_registrations(request):
    mine = (
        Aanmelding.objects.filter(user=request.user).select_related("evenement").order_by("-evenement__start")
    )
    now = timezone.now()
    return TemplateResponse(
        request,
        "agenda/my_registrations.html",
        {
            "noindex": True,
            "upcoming": [r for r in mine if r.evenement.end >= now and r.status in Aanmelding.ACTIVE],
            "earlier": [r for r in mine if r.evenement.end < now or r.status not in Aanmelding.ACTIVE],
        },
    )


@login_required
@require_POST
def cancel_mine(request, registration_id):
    # Only the member's own registrations are found: another id in the URL gives a 404.
    registration = get_object_or_404(Aanmelding, pk=registration_id, user=request.user)
    try:
        registrations.cancel(registration)
    except registrations.Refused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request, _("U bent afgemeld voor %(titel)s.") % {"titel": registration.evenement.title}
        )
    return redirect("agenda_my_registrations")


@login_required
def feed_settings(request):
    feed = AgendaFeed.objects.filter(user=request.user).first()
    if request.method == "POST":
        if feed:
            feed.renew()
            messages.success(request, _("U heeft een nieuwe agenda-link. De oude werkt niet meer."))
        else:
            AgendaFeed.objects.create(user=request.user)
            messages.success(request, _("Uw persoonlijke agenda-link is klaar."))
        return redirect("agenda_feed_settings")
    url = request.build_absolute_uri(f"/kalender/{feed.token}.ics") if feed else None
    return TemplateResponse(request, "agenda/feed_settings.html", {"noindex": True, "feed_url": url})


def personal_feed(request, token):
    """A member's calendar, for their calendar app: the token stands in for logging in."""
    feed = AgendaFeed.objects.select_related("user").filter(token=token, user__is_active=True).first()
    agenda = AgendaPage.objects.live().first()
    if feed is None or agenda is None:
        raise Http404
    events = visible_pages(EvenementPage.objects.child_of(agenda), feed.user)
    events = events.filter(end__gte=timezone.now() - FEED_HISTORY).order_by("start")
    response = ics_response(ics.calendar(events, "Mijn agenda mensenhandel"), "mijn-agenda.ics")
    response["Cache-Control"] = "private, no-store"
    return response
