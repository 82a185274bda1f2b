"""The yearly confirmation of group memberships: reminders, then loss of access."""

from __future__ import annotations

import datetime

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from wagtail.models import Site

from community.models import CommunitySettings, Lidmaatschap
from community.models.instellingen import community_settings
from community.notifications import absolute


def _settings() -> CommunitySettings:
    return community_settings(Site.objects.get(is_default_site=True))


@transaction.atomic
def review_memberships(now: datetime.datetime | None = None) -> tuple[int, int]:
    """Remind members whose yearly confirmation is due, and end memberships past the grace period.

    Safe to run daily or more often: a reminder is sent once per due period, an expired membership
    is ended once. Returns (reminders sent, memberships ended).
    """
    now = now or timezone.now()
    settings = _settings()
    period = datetime.timedelta(days=settings.confirm_every_days)
    grace = datetime.timedelta(days=settings.grace_days)
    active = Lidmaatschap.objects.select_for_update().filter(status=Lidmaatschap.Status.ACTIEF)

    ended = 0
    for membership in active.filter(confirmed_at__lte=now - period - grace).select_related("groep", "user"):
        membership.status = Lidmaatschap.Status.VERLOPEN
        membership.save()
        ended += 1

    to_remind: dict = {}
    due = active.filter(confirmed_at__lte=now - period, reminder_sent_at__isnull=True).select_related(
        "groep", "user"
    )
    for membership in due:
        to_remind.setdefault(membership.user, []).append(membership)
    for user, memberships in to_remind.items():
        deadline = min(m.confirmed_at for m in memberships) + period + grace
        body = render_to_string(
            "community/email/reconfirm.txt",
            {"user": user, "memberships": memberships, "deadline": deadline, "url": absolute("/community/")},
        )
        send_mail("[VAR mensenhandel] Bent u nog lid van uw groepen?", body, None, [user.email])
        Lidmaatschap.objects.filter(pk__in=[m.pk for m in memberships]).update(reminder_sent_at=now)
    return len(to_remind), ended
