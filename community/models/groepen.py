"""The community area, its groups and who belongs to them.

Access is decided by Wagtail's view restrictions alone: the community page is restricted to
logged-in users, each group page to its Django group, each group's document collection likewise.
A `Lidmaatschap` records the membership workflow (requested, active, expired; moderator; yearly
confirmation; e-mail preference) and keeps the user's Django group in step with it, so that there
is one source of truth for who may see what.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.blocks import BodyBlock
from home.models import BasePage

COMMUNITY_COLLECTION = "Community"


class CommunityPage(RoutablePageMixin, BasePage):
    """The home of the community: my groups, what is new, the directory and general discussions.

    Its routes are thin; the views live in community/views/ (imported inside the routes because
    those views use the models defined here).
    """

    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["community.GroepPage"]
    max_count = 1
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("community")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["noindex"] = True  # members' pages: search engines never log in, and are told so
        return context

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if not PageViewRestriction.objects.filter(page=self).exists():
            PageViewRestriction.objects.create(page=self, restriction_type=PageViewRestriction.LOGIN)

    @path("")
    def dashboard(self, request):
        from community.views import community

        return community.dashboard(request, self)

    @path("wie-is-wie/", name="directory")
    def directory(self, request):
        from community.views import directory

        return directory.directory(request, self)

    @path("groepen/", name="groups")
    def groups(self, request):
        from community.views import groups

        return groups.group_list(request, self)

    @path("groepen/<int:group_id>/aanvragen/", name="join")
    def join(self, request, group_id):
        from community.views import groups

        return groups.request_membership(request, self, group_id)

    @path("discussies/", name="discussions")
    def discussions(self, request):
        from community.views import discussions

        return discussions.topic_list(request, self, group=None)

    @path("discussies/nieuw/", name="new_topic")
    def new_topic(self, request):
        from community.views import discussions

        return discussions.new_topic(request, self, group=None)

    @path("discussies/<int:topic_id>/", name="topic")
    def topic(self, request, topic_id):
        from community.views import discussions

        return discussions.topic_detail(request, self, topic_id, group=None)

    @path("discussies/<int:topic_id>/berichten/<int:post_id>/", name="edit_post")
    def edit_post(self, request, topic_id, post_id):
        from community.views import discussions

        return discussions.edit_post(request, self, topic_id, post_id, group=None)


class GroepPage(RoutablePageMixin, BasePage):
    """A group's own area: pages, documents and discussions that only its members can open."""

    intro = RichTextField(_("introductie"), features=["bold", "italic", "link"], blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)
    require_2fa = models.BooleanField(
        _("tweestapsverificatie verplicht"),
        default=False,
        help_text=_("Leden van deze groep moeten inloggen met een code uit een app."),
    )
    group = models.OneToOneField(
        Group, null=True, editable=False, on_delete=models.PROTECT, related_name="groep_page"
    )
    collection = models.OneToOneField(
        Collection, null=True, editable=False, on_delete=models.PROTECT, related_name="groep_page"
    )

    parent_page_types = ["community.CommunityPage"]
    subpage_types = ["home.ContentPage"]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("require_2fa"),
    ]
    search_type = _("Groep")

    class Meta:
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["noindex"] = True  # as the community's own pages
        return context

    def save(self, *args, **kwargs):
        with transaction.atomic():
            is_new_group = self.group_id is None
            if is_new_group:
                self.group = Group.objects.create(name=self._unique_group_name())
                self.collection = _community_collection().add_child(name=self.title)
            super().save(*args, **kwargs)
            if is_new_group:
                self._restrict_to_members()

    def _unique_group_name(self) -> str:
        name, number = f"Groep {self.title}"[:140], 1
        while Group.objects.filter(name=name).exists():
            number += 1
            name = f"Groep {self.title} ({number})"[:150]
        return name

    def _restrict_to_members(self):
        page_restriction = PageViewRestriction.objects.create(
            page=self, restriction_type=PageViewRestriction.GROUPS
        )
        page_restriction.groups.add(self.group)
        collection_restriction = CollectionViewRestriction.objects.create(
            collection=self.collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        collection_restriction.groups.add(self.group)

    def membership_of(self, user) -> Lidmaatschap | None:
        if not user.is_authenticated:
            return None
        return self.lidmaatschappen.filter(user=user, status=Lidmaatschap.Status.ACTIEF).first()

    @path("")
    def home(self, request):
        from community.views import groups

        return groups.group_home(request, self)

    @path("documenten/", name="documents")
    def documents(self, request):
        from community.views import groups

        return groups.group_documents(request, self)

    @path("aanvragen/<int:membership_id>/", name="decide")
    def decide(self, request, membership_id):
        from community.views import groups

        return groups.decide_request(request, self, membership_id)

    @path("discussies/", name="discussions")
    def discussions(self, request):
        from community.views import discussions

        return discussions.topic_list(request, self, group=self)

    @path("discussies/nieuw/", name="new_topic")
    def new_topic(self, request):
        from community.views import discussions

        return discussions.new_topic(request, self, group=self)

    @path("discussies/<int:topic_id>/", name="topic")
    def topic(self, request, topic_id):
        from community.views import discussions

        return discussions.topic_detail(request, self, topic_id, group=self)

    @path("discussies/<int:topic_id>/berichten/<int:post_id>/", name="edit_post")
    def edit_post(self, request, topic_id, post_id):
        from community.views import discussions

        return discussions.edit_post(request, self, topic_id, post_id, group=self)


def _community_collection() -> Collection:
    existing = Collection.objects.filter(name=COMMUNITY_COLLECTION, depth=2).first()
    return existing or Collection.get_first_root_node().add_child(name=COMMUNITY_COLLECTION)


class Nieuwsmail(models.TextChoices):
    """How a member hears of what is new in a group (on this site a "melding" is a report of
    human trafficking)."""

    DIRECT = "direct", _("Direct een e-mail bij iets nieuws")
    DAGELIJKS = "dagelijks", _("Eén e-mail per dag met alles wat nieuw is")
    GEEN = "geen", _("Geen e-mail")


class Lidmaatschap(models.Model):
    class Status(models.TextChoices):
        AANGEVRAAGD = "aangevraagd", _("Aangevraagd")
        ACTIEF = "actief", _("Actief")
        VERLOPEN = "verlopen", _("Verlopen (niet bevestigd)")
        AFGEWEZEN = "afgewezen", _("Afgewezen")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lidmaatschappen",
        verbose_name=_("lid"),
    )
    groep = models.ForeignKey(
        GroepPage, on_delete=models.CASCADE, related_name="lidmaatschappen", verbose_name=_("groep")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.AANGEVRAAGD)
    is_moderator = models.BooleanField(_("moderator"), default=False)
    motivation = models.TextField(_("toelichting bij de aanvraag"), max_length=500, blank=True)
    notify = models.CharField(
        _("e-mail bij nieuws"), max_length=20, choices=Nieuwsmail.choices, default=Nieuwsmail.DAGELIJKS
    )
    confirmed_at = models.DateTimeField(_("laatst bevestigd"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    digest_sent_until = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [models.UniqueConstraint(fields=["user", "groep"], name="een_lidmaatschap_per_groep")]
        ordering = ["groep__title", "user__last_name"]

    def __str__(self):
        return f"{self.user} in {self.groep.title}"

    def save(self, *args, **kwargs):
        if self.status == self.Status.ACTIEF and self.confirmed_at is None:
            self.confirmed_at = timezone.now()
        super().save(*args, **kwargs)
        self.sync_group()

    def sync_group(self):
        """Put the user in the group's Django group exactly when this membership is active."""
        if self.status == self.Status.ACTIEF:
            self.groep.group.user_set.add(self.user)
        else:
            self.groep.group.user_set.remove(self.user)

    def confirmation_due(self, now: datetime.datetime, period: datetime.timedelta) -> bool:
        return self.status == self.Status.ACTIEF and (
            self.confirmed_at is None or self.confirmed_at + period <= now
        )


@receiver(post_delete, sender=Lidmaatschap)
def leave_group_when_membership_is_deleted(sender, instance: Lidmaatschap, **kwargs):
    # A signal rather than delete(): queryset and cascade deletions do not call delete().
    if instance.groep.group_id:
        instance.groep.group.user_set.remove(instance.user_id)
