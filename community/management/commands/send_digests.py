from django.core.management.base import BaseCommand

from community.notifications import send_digests


class Command(BaseCommand):
    help = "Stuurt de dagelijkse e-mail met nieuws uit de groepen. Veilig om vaker te draaien."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"{sent} e-mails met nieuws verstuurd.")
