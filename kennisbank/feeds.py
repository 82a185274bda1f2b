"""RSS and Atom feeds of new kennisbank items.

Feeds are read by feed readers and shared caches, so they always show what an anonymous visitor
may see, whoever fetches them.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

FEED_LENGTH = 20


class KennisbankRssFeed(Feed):
    description = "Nieuwe onderzoeken, formats en handelingskaders over de aanpak van mensenhandel."

    def get_object(self, request, kennisbank):
        self.request = request
        return kennisbank

    def title(self, kennisbank):
        return f"{kennisbank.title} – regio Rotterdam"

    def link(self, kennisbank):
        return kennisbank.get_url(self.request)

    def items(self, kennisbank):
        items = kennisbank.visible_items(AnonymousUser()).order_by("-publication_date", "-pk")
        return items[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class KennisbankAtomFeed(KennisbankRssFeed):
    feed_type = Atom1Feed
    subtitle = KennisbankRssFeed.description
