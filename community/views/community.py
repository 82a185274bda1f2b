from django.utils import timezone

from wagtail.models import Site

from community.content import group_documents, visible_topics
from community.models import Lidmaatschap
from community.models.instellingen import community_settings


def due_memberships(request):
    settings = community_settings(Site.find_for_request(request))
    period = timezone.timedelta(days=settings.confirm_every_days)
    memberships = Lidmaatschap.objects.filter(user=request.user, status=Lidmaatschap.Status.ACTIEF)
    return [m for m in memberships.select_related("groep") if m.confirmation_due(timezone.now(), period)]


def dashboard(request, page):
    memberships = (
        Lidmaatschap.objects.filter(user=request.user, status=Lidmaatschap.Status.ACTIEF)
        .select_related("groep")
        .order_by("groep__title")
    )
    moderated = [m.groep for m in memberships if m.is_moderator]
    requests = Lidmaatschap.objects.filter(groep__in=moderated, status=Lidmaatschap.Status.AANGEVRAAGD)
    return page.render(
        request,
        template="community/community_page.html",
        context_overrides={
            "memberships": memberships,
            "new_documents": group_documents(request.user).select_related("collection__groep_page")[:5],
            "new_topics": visible_topics(request.user).select_related("groep")[:5],
            "open_requests": requests.select_related("user", "groep"),
            "due_memberships": due_memberships(request),
        },
    )
