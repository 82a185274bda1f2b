"""What the site stores about a member, as data they can read and take with them, and erasure."""

from __future__ import annotations

from collections.abc import Callable

from allauth.usersessions.models import UserSession

from django.db import transaction

from community.models import Bericht, Lidmaatschap, Onderwerp, Profiel, Uitnodiging

# Other apps add what they store about a member (the agenda: registrations) without the
# community app having to know them: register_personal_data("aanmeldingen", function_of_user).
EXTRA_SECTIONS: dict[str, Callable] = {}


def register_personal_data(section: str, collect: Callable) -> None:
    EXTRA_SECTIONS[section] = collect


def _date(value):
    return value.isoformat() if value else None


def personal_data(user) -> dict:
    """Everything stored about `user`, in plain terms; the page and the JSON download show it."""
    profile = Profiel.objects.filter(user=user).select_related("organisation", "gemeente").first()
    data = {
        "account": {
            "e-mailadres": user.email,
            "voornaam": user.first_name,
            "achternaam": user.last_name,
            "lid sinds": _date(user.date_joined),
            "laatst ingelogd": _date(user.last_login),
        },
        "profiel": None,
        "lidmaatschappen": [
            {
                "groep": membership.groep.title,
                "status": membership.get_status_display(),
                "moderator": membership.is_moderator,
                "e-mail bij nieuws": membership.get_notify_display(),
                "laatst bevestigd": _date(membership.confirmed_at),
                "toelichting bij aanvraag": membership.motivation,
            }
            for membership in Lidmaatschap.objects.filter(user=user).select_related("groep")
        ],
        "onderwerpen": [
            {"onderwerp": topic.title, "gestart op": _date(topic.created_at)}
            for topic in Onderwerp.objects.filter(author=user)
        ],
        "berichten": [
            {"onderwerp": post.onderwerp.title, "geplaatst op": _date(post.created_at), "tekst": post.text}
            for post in Bericht.objects.filter(author=user).select_related("onderwerp")
        ],
        "uitnodiging": [
            {"verstuurd op": _date(invitation.created_at), "geaccepteerd op": _date(invitation.accepted_at)}
            for invitation in Uitnodiging.objects.filter(email__iexact=user.email)
        ],
        "sessies": [
            {
                "ip-adres": session.ip,
                "browser": session.user_agent,
                "laatst actief": _date(session.last_seen_at),
            }
            for session in UserSession.objects.filter(user=user)
        ],
    }
    for section, collect in EXTRA_SECTIONS.items():
        data[section] = collect(user)
    if profile:
        data["profiel"] = {
            "organisatie": str(profile.organisation or ""),
            "gemeente": str(profile.gemeente or ""),
            "rol": profile.get_rol_display(),
            "functie": profile.job_title,
            "telefoonnummer": profile.phone,
            "over mij": profile.bio,
            "wie ziet wat": profile.visibility,
        }
    return data


@transaction.atomic
def delete_account(user) -> None:
    """Erase the member: profile, memberships, invitations and sessions go; posts stay, unsigned.

    Posts remain so that discussions stay readable; they show "verwijderd lid" as author.
    """
    for session in UserSession.objects.filter(user=user):
        session.end()
    Uitnodiging.objects.filter(email__iexact=user.email).delete()
    user.delete()
