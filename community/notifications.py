"""E-mail about what is new in a member's groups: at once, or as one daily digest."""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from wagtail.documents import get_document_model

from community.models import Bericht, GroepPage, Lidmaatschap, Nieuwsmail, Onderwerp


def absolute(url: str) -> str:
    return settings.SITE_URL.rstrip("/") + url


def _send(user, subject: str, template: str, context: dict):
    body = render_to_string(template, {"user": user, **context})
    send_mail(f"[VAR mensenhandel] {subject}", body, None, [user.email])


def _direct_recipients(groep: GroepPage, exclude_user_id: int | None):
    return (
        Lidmaatschap.objects.filter(groep=groep, status=Lidmaatschap.Status.ACTIEF, notify=Nieuwsmail.DIRECT)
        .exclude(user_id=exclude_user_id)
        .select_related("user")
    )


def notify_new_post(post: Bericht):
    """Tell the group's 'direct' members about a new topic or reply, once the post is saved."""
    groep = post.onderwerp.groep
    if groep is None:
        return
    is_new_topic = not post.onderwerp.berichten.filter(created_at__lt=post.created_at).exists()

    def send():
        for membership in _direct_recipients(groep, post.author_id):
            _send(
                membership.user,
                f"Nieuw in {groep.title}: {post.onderwerp.title}",
                "community/email/new_post.txt",
                {
                    "groep": groep,
                    "post": post,
                    "is_new_topic": is_new_topic,
                    "url": absolute(post.onderwerp.get_url()),
                },
            )

    transaction.on_commit(send)


def notify_new_document(document, groep: GroepPage, uploaded_by):
    def send():
        for membership in _direct_recipients(groep, uploaded_by.pk if uploaded_by else None):
            _send(
                membership.user,
                f"Nieuw document in {groep.title}: {document.title}",
                "community/email/new_document.txt",
                {"groep": groep, "document": document, "url": absolute(groep.url + "documenten/")},
            )

    transaction.on_commit(send)


def _news_since(groep: GroepPage, since: datetime.datetime, until: datetime.datetime) -> dict:
    topics = Onderwerp.objects.filter(groep=groep, created_at__gt=since, created_at__lte=until)
    replies = Bericht.objects.filter(
        onderwerp__groep=groep, is_hidden=False, created_at__gt=since, created_at__lte=until
    ).exclude(onderwerp__in=topics)
    documents = get_document_model().objects.filter(
        collection=groep.collection, created_at__gt=since, created_at__lte=until
    )
    return {
        "topics": [(topic, absolute(topic.get_url())) for topic in topics],
        "replied_topics": sorted(
            {
                (reply.onderwerp.title, absolute(reply.onderwerp.get_url()))
                for reply in replies.select_related("onderwerp")
            }
        ),
        "documents": list(documents),
        "documents_url": absolute(groep.url + "documenten/"),
    }


def send_digests(now: datetime.datetime | None = None) -> int:
    """Send each 'daily' member one e-mail with what is new since their last digest.

    Safe to run as often as the scheduler likes: each membership remembers up to when it was
    covered, and the rows are locked while a member's digest is made, so nothing is sent twice.
    Returns the number of e-mails sent.
    """
    now = now or timezone.now()
    user_ids = (
        Lidmaatschap.objects.filter(status=Lidmaatschap.Status.ACTIEF, notify=Nieuwsmail.DAGELIJKS)
        .values_list("user_id", flat=True)
        .distinct()
    )
    sent = 0
    for user_id in list(user_ids):
        with transaction.atomic():
            memberships = list(
                Lidmaatschap.objects.select_for_update()
                .filter(user_id=user_id, status=Lidmaatschap.Status.ACTIEF, notify=Nieuwsmail.DAGELIJKS)
                .select_related("user", "groep")
            )
            sections = defaultdict(dict)
            for membership in memberships:
                since = membership.digest_sent_until or membership.confirmed_at or membership.created_at
                news = _news_since(membership.groep, since, now)
                if news["topics"] or news["replied_topics"] or news["documents"]:
                    sections[membership.groep] = news
                membership.digest_sent_until = now
                membership.save(update_fields=["digest_sent_until"])
            if sections:
                user = memberships[0].user
                _send(user, "Nieuw in uw groepen", "community/email/digest.txt", {"sections": dict(sections)})
                sent += 1
    return sent
