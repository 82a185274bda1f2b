"""Remind registered people of an event that starts within the next two days. Safe to run often."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from agenda import emails
from agenda.models import Aanmelding

REMIND_BEFORE = datetime.timedelta(days=2)


def send_reminders(now=None) -> int:
    now = now or timezone.now()
    due = Aanmelding.objects.filter(
        status=Aanmelding.Status.CONFIRMED,
        reminder_sent_at__isnull=True,
        evenement__start__gt=now,
        evenement__start__lte=now + REMIND_BEFORE,
    )
    sent = 0
    for pk in list(due.values_list("pk", flat=True)):
        with transaction.atomic():
            # Locked and checked again, so that two runs at the same time never remind twice.
            registration = due.select_for_update().select_related("evenement").filter(pk=pk).first()
            if registration is None:
                continue
            registration.reminder_sent_at = now
            registration.save(update_fields=["reminder_sent_at"])
            transaction.on_commit(lambda registration=registration: emails.reminder(registration))
            sent += 1
    return sent


class Command(BaseCommand):
    help = "Stuurt een herinnering aan wie is aangemeld voor een evenement binnen twee dagen."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_reminders()} herinneringen verstuurd.")
