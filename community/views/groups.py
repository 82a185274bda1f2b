from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import content
from community.access import is_moderator
from community.forms import DocumentUploadForm, MembershipRequestForm
from community.models import GroepPage, Lidmaatschap
from community.notifications import notify_new_document

DOCUMENTS_PER_PAGE = 20


def group_list(request, page):
    """Every group with its name and summary, so that members know what they can ask to join.

    Only the name and summary are shown here (never the group's pages, documents or discussions);
    they are part of the community home, which only logged-in members can open.
    """
    groups = GroepPage.objects.child_of(page).live().order_by("title")
    memberships = {m.groep_id: m for m in Lidmaatschap.objects.filter(user=request.user)}
    return page.render(
        request,
        template="community/group_list.html",
        context_overrides={
            "groups": [(groep, memberships.get(groep.pk)) for groep in groups],
            "Status": Lidmaatschap.Status,
            "form": MembershipRequestForm(),
        },
    )


@require_POST
def request_membership(request, page, group_id):
    groep = get_object_or_404(GroepPage.objects.child_of(page).live(), pk=group_id)
    form = MembershipRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Uw toelichting is te lang (hoogstens 500 tekens)."))
        return redirect(page.url + page.reverse_subpage("groups"))
    membership, created = Lidmaatschap.objects.get_or_create(
        user=request.user, groep=groep, defaults={"motivation": form.cleaned_data["motivation"]}
    )
    if created:
        messages.success(
            request, _("Uw aanvraag voor %(groep)s is verstuurd naar de moderator.") % {"groep": groep.title}
        )
    else:
        messages.info(
            request, _("U heeft al een lidmaatschap of aanvraag voor %(groep)s.") % {"groep": groep.title}
        )
    return redirect(page.url + page.reverse_subpage("groups"))


def group_home(request, page):
    members = page.lidmaatschappen.filter(status=Lidmaatschap.Status.ACTIEF).select_related("user")
    can_moderate = is_moderator(request.user, page)
    return page.render(
        request,
        template="community/groep_page.html",
        context_overrides={
            "members": members.order_by("user__last_name"),
            "topics": content.visible_topics(request.user).filter(groep=page)[:5],
            "documents": content.group_documents(request.user, groups=[page])[:5],
            "can_moderate": can_moderate,
            "open_requests": page.lidmaatschappen.filter(
                status=Lidmaatschap.Status.AANGEVRAAGD
            ).select_related("user")
            if can_moderate
            else [],
        },
    )


def group_documents(request, page):
    form = DocumentUploadForm()
    if request.method == "POST":
        form = DocumentUploadForm(request.POST, request.FILES)
        if form.is_valid():
            with transaction.atomic():
                document = form.save(commit=False)
                document.collection = page.collection
                document.uploaded_by_user = request.user
                document._set_document_file_metadata()
                document.save()
                notify_new_document(document, page, request.user)
            messages.success(request, _("Het document is toegevoegd."))
            return redirect(page.url + page.reverse_subpage("documents"))
    documents = content.group_documents(request.user, groups=[page]).select_related("uploaded_by_user")
    documents = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    return page.render(
        request,
        template="community/group_documents.html",
        context_overrides={"documents": documents, "form": form},
    )


@require_POST
def decide_request(request, page, membership_id):
    if not is_moderator(request.user, page):
        raise PermissionDenied
    membership = get_object_or_404(
        page.lidmaatschappen, pk=membership_id, status=Lidmaatschap.Status.AANGEVRAAGD
    )
    decision = request.POST.get("besluit")
    if decision not in {"toelaten", "afwijzen"}:
        raise Http404
    membership.status = (
        Lidmaatschap.Status.ACTIEF if decision == "toelaten" else Lidmaatschap.Status.AFGEWEZEN
    )
    membership.save()
    text = (
        _("%(naam)s is toegelaten.")
        if decision == "toelaten"
        else _("De aanvraag van %(naam)s is afgewezen.")
    )
    messages.success(request, text % {"naam": membership.user})
    return redirect(page.url)
