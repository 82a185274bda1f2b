"""Discussions: topics in a group (or the general community) and the posts in them."""

from __future__ import annotations

import nh3

from django.conf import settings
from django.db import models
from django.utils.html import escape, linebreaks, urlize
from django.utils.translation import gettext_lazy as _

from home.search_document import SearchDocument

# What a post may contain after sanitising: simple formatting and links, nothing that runs.
ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}


def clean_post_html(text: str) -> str:
    """Turn what a member typed into safe HTML: paragraphs, links and a few formatting tags.

    The text is escaped first, so markup a member types shows as text, then paragraphs and links
    are added; nh3 is the final guard against anything that slipped through.
    """
    html = linebreaks(urlize(escape(text), nofollow=True))
    return nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, link_rel="nofollow noopener")


class Onderwerp(models.Model):
    """A discussion topic; the first post holds the opening message."""

    groep = models.ForeignKey(
        "community.GroepPage",
        verbose_name=_("groep"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="onderwerpen",
        help_text=_("Leeg: de algemene community."),
    )
    title = models.CharField(_("onderwerp"), max_length=150)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="onderwerpen"
    )
    created_at = models.DateTimeField(_("gestart op"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("laatste bericht"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")
        ordering = ["-last_activity_at"]

    def __str__(self):
        return self.title

    def area(self):
        """The page the topic lives under: its group, or the community home."""
        from community.models.groepen import CommunityPage

        return self.groep or CommunityPage.objects.first()

    def get_url(self) -> str:
        area = self.area()
        return area.url + area.reverse_subpage("topic", args=[self.pk])

    def search_document(self) -> SearchDocument | None:
        area = self.area()
        if area is None or not area.live:
            return None
        posts = [post.text for post in self.berichten.all() if not post.is_hidden]
        return SearchDocument(
            title=self.title,
            text=" ".join(posts),
            url=self.get_url(),
            type=str(_("Discussie")),
            date=self.last_activity_at.date(),
            # Members of the group (or of the community) only, by the page's own restrictions.
            page_path=area.path,
        )


class Bericht(models.Model):
    onderwerp = models.ForeignKey(Onderwerp, on_delete=models.CASCADE, related_name="berichten")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="berichten",
        verbose_name=_("auteur"),
        help_text=_("Leeg als het lid zijn account heeft verwijderd."),
    )
    text = models.TextField(_("tekst"), max_length=10_000)
    html = models.TextField(editable=False)
    created_at = models.DateTimeField(_("geplaatst op"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("bewerkt op"), null=True, blank=True)
    is_hidden = models.BooleanField(_("verborgen"), default=False)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.onderwerp.title} ({self.created_at:%d-%m-%Y})"

    def save(self, *args, **kwargs):
        self.html = clean_post_html(self.text)
        super().save(*args, **kwargs)

    def search_owner(self) -> Onderwerp:
        return self.onderwerp
