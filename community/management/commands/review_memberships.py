from django.core.management.base import BaseCommand

from community.memberships import review_memberships


class Command(BaseCommand):
    help = "Herinnert leden aan de jaarlijkse bevestiging en beëindigt verlopen lidmaatschappen."

    def handle(self, *args, **options):
        reminded, ended = review_memberships()
        self.stdout.write(f"{reminded} herinneringen verstuurd, {ended} lidmaatschappen beëindigd.")
