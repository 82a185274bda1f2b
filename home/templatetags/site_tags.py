from django import template

from home.visibility import visible_documents, visible_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def visible_documents_only(context, documents):
    """The documents from a block that the current visitor may download, in their order."""
    documents = [document for document in documents if document]
    if not documents:
        return []
    request = context.get("request")
    model = type(documents[0])
    allowed = set(
        visible_documents(
            model.objects.filter(pk__in=[d.pk for d in documents]), getattr(request, "user", None)
        ).values_list("pk", flat=True)
    )
    return [document for document in documents if document.pk in allowed]


@register.simple_tag(takes_context=True)
def visible_pages_only(context, pages):
    """The pages of a related set the current visitor may see, e.g. a campaign's events."""
    if pages is None or pages == "":
        return []
    request = context.get("request")
    return list(visible_pages(pages.all(), getattr(request, "user", None)).specific())
