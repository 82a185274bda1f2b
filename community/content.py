"""Which community content a member may see, derived from the one visibility gate.

Topics belong to a group page (or to the community home); a member sees a topic exactly when the
gate lets them see the page it lives under. Group documents are collection members, so the gate's
document filter decides.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from wagtail.documents import get_document_model

from community.models import CommunityPage, GroepPage, Onderwerp
from home.visibility import visible_documents, visible_pages


def visible_groups(user) -> QuerySet:
    return visible_pages(GroepPage.objects.all(), user)


def visible_topics(user) -> QuerySet:
    general = visible_pages(CommunityPage.objects.all(), user).exists()
    in_groups = Q(groep__in=visible_groups(user))
    return Onderwerp.objects.filter(in_groups | Q(groep__isnull=True) if general else in_groups)


def group_documents(user, groups=None) -> QuerySet:
    """Documents in group collections the user may download, newest first."""
    groups = groups if groups is not None else visible_groups(user)
    documents = get_document_model().objects.filter(collection__groep_page__in=groups)
    return visible_documents(documents, user).order_by("-created_at")
