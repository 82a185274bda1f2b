from django.core.management.base import BaseCommand, CommandError

from search import indexing
from search.backends import BackendUnavailable


class Command(BaseCommand):
    help = "Bouw de zoekindex opnieuw op (database en, als ingesteld, Elasticsearch)."

    def handle(self, *args, **options):
        try:
            count = indexing.rebuild()
        except BackendUnavailable as error:
            raise CommandError(f"De database-index is bijgewerkt, Elasticsearch niet: {error}") from error
        if options["verbosity"]:
            self.stdout.write(f"{count} items in de zoekindex.")
