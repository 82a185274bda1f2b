"""Discussions in a group or in the general community. The page routes decide the area; a topic
is only found through the area it belongs to, so a changed id in the URL finds nothing."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from community.access import is_moderator
from community.content import visible_topics
from community.forms import PostForm, TopicForm
from community.models import Bericht, Onderwerp
from community.notifications import notify_new_post

TOPICS_PER_PAGE = 20
POSTS_PER_PAGE = 50


def _topics(request, group):
    return visible_topics(request.user).filter(groep=group)


def topic_list(request, page, group):
    topics = _topics(request, group).select_related("author")
    return page.render(
        request,
        template="community/topic_list.html",
        context_overrides={
            "group": group,
            "topics": Paginator(topics, TOPICS_PER_PAGE).get_page(request.GET.get("page")),
        },
    )


def new_topic(request, page, group):
    form = TopicForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            topic = form.save(commit=False)
            topic.groep = group
            topic.author = request.user
            topic.save()
            post = Bericht.objects.create(
                onderwerp=topic, author=request.user, text=form.cleaned_data["text"]
            )
            notify_new_post(post)
        messages.success(request, _("Uw onderwerp is geplaatst."))
        return redirect(page.url + page.reverse_subpage("topic", args=[topic.pk]))
    return page.render(
        request, template="community/topic_form.html", context_overrides={"group": group, "form": form}
    )


def topic_detail(request, page, topic_id, group):
    topic = get_object_or_404(_topics(request, group), pk=topic_id)
    form = PostForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            post = form.save(commit=False)
            post.onderwerp = topic
            post.author = request.user
            post.save()
            Onderwerp.objects.filter(pk=topic.pk).update(last_activity_at=timezone.now())
            notify_new_post(post)
        messages.success(request, _("Uw reactie is geplaatst."))
        return redirect(page.url + page.reverse_subpage("topic", args=[topic.pk]) + f"#bericht-{post.pk}")
    posts = topic.berichten.select_related("author")
    return page.render(
        request,
        template="community/topic_detail.html",
        context_overrides={
            "group": group,
            "topic": topic,
            "posts": Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page")),
            "form": form,
            "can_moderate": is_moderator(request.user, group),
        },
    )


def edit_post(request, page, topic_id, post_id, group):
    """Authors edit their own post; moderators hide or show any post in their area."""
    topic = get_object_or_404(_topics(request, group), pk=topic_id)
    post = get_object_or_404(topic.berichten, pk=post_id)
    topic_url = page.url + page.reverse_subpage("topic", args=[topic.pk])
    action = request.POST.get("actie")
    if request.method == "POST" and action in {"verbergen", "tonen"}:
        if not is_moderator(request.user, group):
            raise PermissionDenied
        post.is_hidden = action == "verbergen"
        post.hidden_by = request.user if post.is_hidden else None
        post.save(update_fields=["is_hidden", "hidden_by"])
        messages.success(
            request, _("Het bericht is verborgen.") if post.is_hidden else _("Het bericht is weer zichtbaar.")
        )
        return redirect(f"{topic_url}#bericht-{post.pk}")
    if post.author_id != request.user.pk:
        raise PermissionDenied
    form = PostForm(request.POST or None, instance=post)
    if request.method == "POST" and form.is_valid():
        post = form.save(commit=False)
        post.edited_at = timezone.now()
        post.save()
        messages.success(request, _("Uw bericht is aangepast."))
        return redirect(f"{topic_url}#bericht-{post.pk}")
    return page.render(
        request,
        template="community/post_form.html",
        context_overrides={"group": group, "topic": topic, "form": form, "topic_url": topic_url},
    )
