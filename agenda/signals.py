"""How the agenda joins in with the rest of the site: 'Mijn gegevens' and account deletion."""

import contextlib

from django.conf import settings
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from agenda.models import Aanmelding
from agenda.registrations import Refused, cancel
from community.privacy import register_personal_data


def registrations_of(user) -> list[dict]:
    return [
        {
            "evenement": registration.evenement.title,
            "status": registration.get_status_display(),
            "naam": registration.name,
            "e-mailadres": registration.email,
            "organisatie": registration.organisation,
            "aangemeld op": registration.created_at.isoformat(),
        }
        for registration in Aanmelding.objects.filter(user=user).select_related("evenement")
    ]


register_personal_data("aanmeldingen", registrations_of)


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL)
def free_seats_of_deleted_members(sender, instance, **kwargs):
    """Before a member's registrations go with their account, give their seats to the waiting list."""
    for registration in Aanmelding.objects.filter(
        user=instance, status__in=[Aanmelding.Status.CONFIRMED, Aanmelding.Status.WAITING]
    ):
        with contextlib.suppress(Refused):  # a past event: there is no seat to free
            cancel(registration, notify=False)
