"""Create the agenda with a realistic year of events around today, some full with a waiting list.

Dates are relative to the day the seed runs, so the demo always has past and coming events; the
Week tegen Mensenhandel is the week of 18 October (the EU anti-trafficking day). Idempotent: an
event that exists (same slug) is left as it is.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.text import slugify

from agenda.models import Aanmelding, AgendaPage, EvenementPage, Toegang
from community.models import GroepPage, User
from home.seeding import child_page, home_page, seeding
from kennisbank.models import ActiePage, Evenementsoort, Partner

Status = Aanmelding.Status

# kind, title, toegang, groups, days from today, start hour, hours, location, capacity, actions, summary
EVENTS = [
    (
        "regionale-tafel",
        "Regionale Tafel Mensenhandel",
        Toegang.GROEPEN,
        ["regionale-tafel"],
        -100,
        14,
        2,
        "Stadhuis Rotterdam",
        None,
        ["samenwerking-1"],
        "Bestuurlijk overleg over de voortgang van het regionale actieplan.",
    ),
    (
        "regionale-tafel",
        "Regionale Tafel Mensenhandel",
        Toegang.GROEPEN,
        ["regionale-tafel"],
        20,
        14,
        2,
        "Stadhuis Rotterdam",
        None,
        ["samenwerking-1"],
        "Bestuurlijk overleg: jaarplanning en de regionale monitor.",
    ),
    (
        "regionale-tafel",
        "Regionale Tafel Mensenhandel",
        Toegang.GROEPEN,
        ["regionale-tafel"],
        140,
        14,
        2,
        "Stadskantoor Dordrecht",
        None,
        ["samenwerking-1"],
        "Bestuurlijk overleg over signalen en knelpunten in de keten.",
    ),
    (
        "platform",
        "Platform Mensenhandel",
        Toegang.GROEPEN,
        ["platform"],
        -70,
        10,
        2,
        "VeiligheidsAlliantie, Rotterdam",
        None,
        ["samenwerking-2"],
        "Tactisch overleg van de ketenpartners en een delegatie aandachtsfunctionarissen.",
    ),
    (
        "platform",
        "Platform Mensenhandel",
        Toegang.GROEPEN,
        ["platform"],
        35,
        10,
        2,
        "VeiligheidsAlliantie, Rotterdam",
        None,
        ["samenwerking-2"],
        "Tactisch overleg: casuïstiek in algemene termen en de omgevingsscan.",
    ),
    (
        "platform",
        "Platform Mensenhandel",
        Toegang.GROEPEN,
        ["platform"],
        125,
        10,
        2,
        "VeiligheidsAlliantie, Rotterdam",
        None,
        ["samenwerking-2"],
        "Tactisch overleg over de aanpak van faciliteerders.",
    ),
    (
        "netwerkbijeenkomst",
        "Netwerkbijeenkomst aandachtsfunctionarissen",
        Toegang.GROEPEN,
        ["netwerk-aandachtsfunctionarissen"],
        -120,
        13,
        3,
        "Stadskantoor Dordrecht",
        None,
        ["samenwerking-3"],
        "Kennis delen over interne meldroutes.",
    ),
    (
        "netwerkbijeenkomst",
        "Netwerkbijeenkomst aandachtsfunctionarissen",
        Toegang.GROEPEN,
        ["netwerk-aandachtsfunctionarissen"],
        -30,
        13,
        3,
        "Stadhuis Schiedam",
        None,
        ["samenwerking-3"],
        "Arbeidsuitbuiting in de uitzendbranche, met de Nederlandse Arbeidsinspectie.",
    ),
    (
        "netwerkbijeenkomst",
        "Netwerkbijeenkomst aandachtsfunctionarissen",
        Toegang.GROEPEN,
        ["netwerk-aandachtsfunctionarissen"],
        50,
        13,
        3,
        "Gemeentehuis Capelle aan den IJssel",
        None,
        ["samenwerking-3"],
        "Lokale actieplannen: wat werkt, wat schuurt?",
    ),
    (
        "netwerkbijeenkomst",
        "Netwerkbijeenkomst aandachtsfunctionarissen",
        Toegang.GROEPEN,
        ["netwerk-aandachtsfunctionarissen"],
        140,
        13,
        3,
        "Stadhuis Gorinchem",
        None,
        ["samenwerking-3"],
        "Criminele uitbuiting van jongeren, met ESSM en de politie.",
    ),
    (
        "introductiedag",
        "Introductiedag nieuwe aandachtsfunctionarissen",
        Toegang.LEDEN,
        [],
        45,
        9,
        6,
        "VeiligheidsAlliantie, Rotterdam",
        20,
        ["bewustwording-4"],
        "Kennismaken met de ketenpartners, de meldroute en de regionale aanpak.",
    ),
    (
        "training",
        "Training Signaleren van mensenhandel",
        Toegang.OPENBAAR,
        [],
        -60,
        9,
        3,
        "Stadhuis Rotterdam",
        10,
        ["bewustwording-5"],
        "Leer signalen van mensenhandel herkennen en weet wat u daarna doet.",
    ),
    (
        "training",
        "Training Signaleren van mensenhandel",
        Toegang.OPENBAAR,
        [],
        14,
        9,
        3,
        "Stadhuis Rotterdam",
        10,
        ["bewustwording-5"],
        "Leer signalen van mensenhandel herkennen en weet wat u daarna doet.",
    ),
    (
        "training",
        "Training Signaleren van mensenhandel",
        Toegang.OPENBAAR,
        [],
        60,
        9,
        3,
        "Stadskantoor Dordrecht",
        12,
        ["bewustwording-5"],
        "Leer signalen van mensenhandel herkennen en weet wat u daarna doet.",
    ),
    (
        "training",
        "Training Signaleren van mensenhandel (online)",
        Toegang.OPENBAAR,
        [],
        110,
        13,
        2,
        "",
        25,
        ["bewustwording-5"],
        "De training Signaleren, online via een videoverbinding.",
    ),
    (
        "leerhuis",
        "Leerhuis criminele uitbuiting van jongeren",
        Toegang.LEDEN,
        [],
        28,
        14,
        2,
        "Gemeentehuis Ridderkerk",
        30,
        ["bewustwording-1"],
        "Hoe herken je ronselen via sociale media? Met voorbeelden uit de regio.",
    ),
    (
        "leerhuis",
        "Leerhuis arbeidsuitbuiting in de uitzendbranche",
        Toegang.LEDEN,
        [],
        -40,
        14,
        2,
        "Stadhuis Vlaardingen",
        30,
        ["bewustwording-1"],
        "Huisvesting, loon en afhankelijkheid: signalen bij arbeidsmigranten.",
    ),
    (
        "voorlichting",
        "Voorlichting voor hotels en recreatieparken",
        Toegang.OPENBAAR,
        [],
        75,
        15,
        2,
        "Hotel aan de Maas, Rotterdam",
        30,
        ["bewustwording-9"],
        "Wat kunt u als hotel of park doen tegen seksuele uitbuiting? Over het programma No room for sex trafficking.",
    ),
    (
        "actiedag",
        "Bovenregionale actiedag Rotterdam, Den Haag en Amsterdam-Amstelland",
        Toegang.LEDEN,
        [],
        90,
        8,
        9,
        "Verschillende locaties",
        None,
        ["daderaanpak-7"],
        "Gezamenlijke controles met politie, RCTM en gemeenten. Alleen voor betrokken partners.",
    ),
]


def week_tegen_mensenhandel(today: datetime.date) -> datetime.date:
    """The Monday of the week of 18 October: this year's, or last year's when that is still to come."""
    year = today.year if today >= datetime.date(today.year, 10, 1) else today.year - 1
    day = datetime.date(year, 10, 18)
    return day - datetime.timedelta(days=day.weekday())


class Command(BaseCommand):
    help = "Voegt de agenda met een jaar aan evenementen toe (alleen wat nog ontbreekt)."

    @seeding
    def handle(self, *args, **options):
        agenda = child_page(
            home_page(),
            AgendaPage,
            "agenda",
            title="Agenda",
            summary="Trainingen, netwerkbijeenkomsten en de Week tegen Mensenhandel.",
            intro="<p>Trainingen, voorlichting en bijeenkomsten over de aanpak van mensenhandel in de regio Rotterdam.</p>",
            show_in_menus=True,
        )
        today = timezone.localdate()
        var = Partner.objects.filter(abbreviation="VAR").first()
        for kind, title, toegang, groups, days, hour, hours, location, capacity, actions, summary in EVENTS:
            start = _at(_working_day(today + datetime.timedelta(days=days)), hour)
            self._event(
                agenda,
                kind,
                title,
                toegang,
                groups,
                start,
                start + datetime.timedelta(hours=hours),
                location,
                capacity,
                actions,
                summary,
                var,
            )
        monday = week_tegen_mensenhandel(today)
        week = [
            (
                "week-tegen-mensenhandel",
                f"Week tegen Mensenhandel {monday.year}",
                _at(monday, 9),
                _at(monday + datetime.timedelta(days=6), 17),
                "Door de hele regio",
                None,
                False,
                "Een week vol activiteiten rond 18 oktober, de Europese dag tegen mensenhandel.",
            ),
            (
                "week-tegen-mensenhandel",
                "Filmavond en gesprek: uitbuiting dichtbij",
                _at(monday + datetime.timedelta(days=2), 19),
                _at(monday + datetime.timedelta(days=2), 22),
                "Filmtheater, Rotterdam",
                60,
                True,
                "Een film over arbeidsuitbuiting, met een nagesprek met ESSM en de politie.",
            ),
            (
                "week-tegen-mensenhandel",
                "VR-experience op het Stadhuisplein",
                _at(monday + datetime.timedelta(days=4), 11),
                _at(monday + datetime.timedelta(days=4), 16),
                "Stadhuisplein, Rotterdam",
                None,
                False,
                "Ervaar met een VR-bril hoe uitbuiting begint. Vrij toegankelijk.",
            ),
        ]
        for kind, title, start, end, location, capacity, registration, summary in week:
            self._event(
                agenda,
                kind,
                title,
                Toegang.OPENBAAR,
                [],
                start,
                end,
                location,
                capacity,
                ["bewustwording-15"],
                summary,
                var,
                registration=registration,
            )
        self._registrations()
        self.stdout.write(f"Agenda: {EvenementPage.objects.count()} evenementen.")

    def _event(
        self,
        agenda,
        kind,
        title,
        toegang,
        groups,
        start,
        end,
        location,
        capacity,
        actions,
        summary,
        organiser,
        registration=True,
    ):
        slug = slugify(f"{title} {timezone.localtime(start):%Y-%m-%d}")[:80]
        existing = agenda.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        event = EvenementPage(
            title=title,
            slug=slug,
            summary=summary,
            soort=Evenementsoort.objects.get(slug=kind),
            start=start,
            end=end,
            location_name=location,
            online_url="https://meet.example.org/var" if not location else "",
            organiser=organiser,
            toegang=toegang,
            capacity=capacity,
            registration_enabled=registration,
            body=[("paragraph", f"<p>{summary}</p>")],
        )
        event.groepen = list(GroepPage.objects.filter(slug__in=groups))
        event.acties = [
            ActiePage.objects.get(thema__slug=ref.rsplit("-", 1)[0], number=int(ref.rsplit("-", 1)[1]))
            for ref in actions
        ]
        agenda.add_child(instance=event)
        event.save_revision().publish()
        return event

    def _registrations(self):
        """A full training with a waiting list, and a demo member registered for the introduction day."""
        training = (
            EvenementPage.objects.filter(
                title="Training Signaleren van mensenhandel", start__gt=timezone.now()
            )
            .order_by("start")
            .first()
        )
        if training and not training.aanmeldingen.exists():
            count = training.capacity + 2
            for number in range(count):
                # Queued in the past, one after another: later sign-ups join the back of the line.
                queued_at = timezone.now() - datetime.timedelta(hours=count - number)
                Aanmelding.objects.create(
                    evenement=training,
                    name=f"Deelnemer {number + 1}",
                    email=f"deelnemer{number + 1}@example.org",
                    organisation="Gemeente Rotterdam",
                    queued_at=queued_at,
                    status=Status.CONFIRMED if number < training.capacity else Status.WAITING,
                )
        intro = EvenementPage.objects.filter(slug__startswith="introductiedag").first()
        member = User.objects.filter(email="lid@example.org").first()
        if intro and member and not intro.aanmeldingen.filter(user=member).exists():
            Aanmelding.objects.create(
                evenement=intro,
                user=member,
                name=member.get_full_name(),
                email=member.email,
                status=Status.CONFIRMED,
                queued_at=timezone.now(),
            )


def _working_day(day: datetime.date) -> datetime.date:
    """Meetings and trainings fall on working days: a Saturday or Sunday moves to the Monday."""
    return day + datetime.timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def _at(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))
