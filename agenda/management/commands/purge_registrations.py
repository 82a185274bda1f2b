"""Delete what the agenda no longer needs: guests' data after an event, unconfirmed sign-ups."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from agenda.models import Aanmelding

UNCONFIRMED_FOR = datetime.timedelta(days=7)


def purge(now=None) -> tuple[int, int]:
    now = now or timezone.now()
    retention = datetime.timedelta(days=settings.AGENDA_GUEST_RETENTION_DAYS)
    guests, _ = Aanmelding.objects.filter(user__isnull=True, evenement__end__lt=now - retention).delete()
    unconfirmed, _ = Aanmelding.objects.filter(
        status=Aanmelding.Status.UNCONFIRMED, created_at__lt=now - UNCONFIRMED_FOR
    ).delete()
    return guests, unconfirmed


class Command(BaseCommand):
    help = "Wist gegevens van gasten na afloop van een evenement en onbevestigde aanmeldingen."

    def handle(self, *args, **options):
        guests, unconfirmed = purge()
        self.stdout.write(
            f"{guests} aanmeldingen van gasten en {unconfirmed} onbevestigde aanmeldingen gewist."
        )
