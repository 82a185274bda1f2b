"""Create the community with its groups, demo members, documents and discussions.

Idempotent: what exists is left as it is. Demo members all use the demo password and exist only
where the demo seed ran.
"""

from allauth.account.models import EmailAddress

from django.core.management.base import BaseCommand

from wagtail.models import Site

from community.models import (
    Bericht,
    CommunityPage,
    CommunitySettings,
    GroepPage,
    Lidmaatschap,
    Nieuwsmail,
    Onderwerp,
    Profiel,
    Rol,
    Uitnodiging,
    User,
)
from home.seeding import DEMO_PASSWORD, child_page, home_page, pdf_document, seeding
from kennisbank.models import Gemeente, Partner

GROUPS = [
    (
        "regionale-tafel",
        "Regionale Tafel Mensenhandel",
        "Bestuurlijk en strategisch overleg van de ketenpartners, minstens drie keer per jaar.",
        True,
    ),
    (
        "platform",
        "Platform Mensenhandel",
        "Tactisch overleg van VAR, politie, ESSM, RIEC, NLA, OM en een delegatie aandachtsfunctionarissen.",
        False,
    ),
    (
        "netwerk-aandachtsfunctionarissen",
        "Netwerk aandachtsfunctionarissen",
        "De aandachtsfunctionarissen mensenhandel van alle gemeenten in de regio.",
        False,
    ),
    (
        "werkgroep-lvb",
        "Werkgroep LVB",
        "Aanpak van uitbuiting van mensen met een licht verstandelijke beperking.",
        False,
    ),
    (
        "werkgroep-minderjarigen",
        "Werkgroep minderjarigen",
        "Signaleren en voorkomen van uitbuiting van minderjarigen.",
        False,
    ),
]

# email, first name, last name, organisation abbreviation or None, municipality, role, job title, groups (slug, moderator)
MEMBERS = [
    (
        "lid@example.org",
        "Sanne",
        "de Vries",
        None,
        "Dordrecht",
        Rol.AANDACHTSFUNCTIONARIS,
        "Aandachtsfunctionaris mensenhandel",
        [("netwerk-aandachtsfunctionarissen", False), ("werkgroep-lvb", False)],
    ),
    (
        "moderator@example.org",
        "Youssef",
        "El Amrani",
        "VAR",
        "Rotterdam",
        Rol.BELEIDSMEDEWERKER,
        "Regionaal ketenregisseur mensenhandel",
        [
            ("netwerk-aandachtsfunctionarissen", True),
            ("platform", True),
            ("werkgroep-lvb", True),
            ("werkgroep-minderjarigen", True),
            ("regionale-tafel", False),
        ],
    ),
    (
        "af.schiedam@example.org",
        "Kees",
        "Bakker",
        None,
        "Schiedam",
        Rol.AANDACHTSFUNCTIONARIS,
        "Beleidsadviseur veiligheid",
        [("netwerk-aandachtsfunctionarissen", False), ("werkgroep-minderjarigen", False)],
    ),
    (
        "af.capelle@example.org",
        "Fatima",
        "Yilmaz",
        None,
        "Capelle aan den IJssel",
        Rol.AANDACHTSFUNCTIONARIS,
        "Aandachtsfunctionaris mensenhandel",
        [("netwerk-aandachtsfunctionarissen", False), ("platform", False)],
    ),
    (
        "af.gorinchem@example.org",
        "Pieter",
        "Jansen",
        None,
        "Gorinchem",
        Rol.AANDACHTSFUNCTIONARIS,
        "Adviseur openbare orde",
        [("netwerk-aandachtsfunctionarissen", False)],
    ),
    (
        "avim@example.org",
        "Linda",
        "Visser",
        "AVIM",
        None,
        Rol.KETENPARTNER,
        "Rechercheur mensenhandel",
        [("platform", False), ("regionale-tafel", False)],
    ),
    (
        "essm@example.org",
        "Marieke",
        "Smit",
        "ESSM",
        None,
        Rol.KETENPARTNER,
        "Zorgcoördinator mensenhandel",
        [("platform", False), ("werkgroep-lvb", False), ("werkgroep-minderjarigen", False)],
    ),
    ("riec@example.org", "Ahmed", "Bouzid", "RIEC", None, Rol.KETENPARTNER, "Analist", [("platform", False)]),
]

DISCUSSIONS = [
    (
        "netwerk-aandachtsfunctionarissen",
        "Ervaringen met de interne meldroute",
        "lid@example.org",
        "Wij passen in Dordrecht onze interne meldroute aan. Hoe hebben jullie geregeld wie binnen de gemeente het eerste aanspreekpunt is bij een signaal van arbeidsuitbuiting?",
        [
            (
                "af.schiedam@example.org",
                "In Schiedam loopt alles via het team Veiligheid; zij overleggen binnen een werkdag met het meld- en adviespunt van ESSM.",
            ),
            (
                "moderator@example.org",
                "Goed onderwerp voor de volgende netwerkbijeenkomst. Ik zet het op de agenda.",
            ),
        ],
    ),
    (
        "werkgroep-lvb",
        "Scope van de werkgroep LVB",
        "moderator@example.org",
        "Het actieplan vraagt ons de scope te bepalen naar aanleiding van het Rapport Uitbuiting LVB (2023). Zullen we beginnen met criminele uitbuiting van jongvolwassenen?",
        [
            (
                "essm@example.org",
                "Vanuit ESSM zien we ook arbeidsuitbuiting bij deze groep. Misschien beide vormen meenemen?",
            )
        ],
    ),
    (
        None,
        "Tips voor voorlichting op mbo-scholen",
        "af.capelle@example.org",
        "Wie heeft goede ervaringen met voorlichting over loverboys en criminele uitbuiting op het mbo? We zoeken een aanpak die past bij de leerlingen.",
        [
            (
                "lid@example.org",
                "Het lesprogramma Buit werkt goed bij ons; de VR-experience maakt veel indruk.",
            )
        ],
    ),
]


class Command(BaseCommand):
    help = "Voegt de community, groepen, demoleden, documenten en discussies toe (alleen wat ontbreekt)."

    @seeding
    def handle(self, *args, **options):
        community = child_page(
            home_page(),
            CommunityPage,
            "community",
            title="Community",
            summary="De besloten community voor aandachtsfunctionarissen en ketenpartners mensenhandel.",
            intro="<p>Welkom in de community. Hier vindt u uw groepen, de documenten van overleggen en "
            "discussies met collega's uit de hele regio.</p>",
            show_in_menus=True,
        )
        groups = {
            slug: child_page(community, GroepPage, slug, title=title, summary=summary, require_2fa=two_factor)
            for slug, title, summary, two_factor in GROUPS
        }
        members = {row[0]: self._member(*row, groups=groups) for row in MEMBERS}
        for groep in groups.values():
            self._documents(groep)
        for slug, title, author, text, replies in DISCUSSIONS:
            self._discussion(
                groups.get(slug), title, members[author], text, [(members[e], t) for e, t in replies]
            )
        self._open_request(members["af.gorinchem@example.org"], groups["werkgroep-minderjarigen"])
        self._open_invitation(groups["netwerk-aandachtsfunctionarissen"])
        # In the demo, editors may log in without a second factor; in production it is on by default.
        settings = CommunitySettings.for_site(Site.objects.get(is_default_site=True))
        if settings.pk is None or settings.require_2fa_for_editors:
            settings.require_2fa_for_editors = False
            settings.save()
        self.stdout.write(f"Community: {len(groups)} groepen, {User.objects.count()} accounts.")

    def _member(self, email, first, last, organisation, gemeente, rol, job_title, memberships, groups):
        user = User.objects.filter(email=email).first()
        if user:
            return user
        user = User.objects.create_user(email=email, password=DEMO_PASSWORD, first_name=first, last_name=last)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        Profiel.objects.create(
            user=user,
            organisation=Partner.objects.filter(abbreviation=organisation).first() if organisation else None,
            gemeente=Gemeente.objects.filter(name=gemeente).first() if gemeente else None,
            rol=rol,
            job_title=job_title,
            phone="06 0000 0000",
            bio=f"{job_title}. Aanspreekpunt voor vragen over de aanpak van mensenhandel.",
        )
        for slug, moderator in memberships:
            Lidmaatschap.objects.create(
                user=user,
                groep=groups[slug],
                status=Lidmaatschap.Status.ACTIEF,
                is_moderator=moderator,
                notify=Nieuwsmail.DAGELIJKS,
            )
        return user

    def _documents(self, groep):
        for kind in ["Agenda", "Verslag"]:
            pdf_document(
                f"{kind} {groep.title} – 12 maart 2026",
                [
                    [
                        f"{kind} van het overleg {groep.title} van 12 maart 2026.",
                        "1. Opening en mededelingen. 2. Voortgang actieplan. 3. Signalen uit de gemeenten. 4. Rondvraag.",
                        "Dit stuk is alleen bedoeld voor de leden van de groep.",
                    ]
                ],
                groep.collection,
            )

    def _discussion(self, groep, title, author, text, replies):
        if Onderwerp.objects.filter(title=title).exists():
            return
        topic = Onderwerp.objects.create(groep=groep, title=title, author=author)
        Bericht.objects.create(onderwerp=topic, author=author, text=text)
        for reply_author, reply in replies:
            Bericht.objects.create(onderwerp=topic, author=reply_author, text=reply)

    def _open_request(self, user, groep):
        Lidmaatschap.objects.get_or_create(
            user=user, groep=groep, defaults={"motivation": "Ik werk veel met jongeren in Gorinchem."}
        )

    def _open_invitation(self, groep):
        if not Uitnodiging.objects.filter(email="nieuw@example.org").exists():
            invitation = Uitnodiging.objects.create(
                email="nieuw@example.org",
                first_name="Nieuw",
                last_name="Lid",
                rol=Rol.AANDACHTSFUNCTIONARIS,
                gemeente=Gemeente.objects.filter(name="Ridderkerk").first(),
            )
            invitation.groepen.add(groep)
