from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.backends import MARK_END, MARK_START

register = template.Library()


@register.filter
def highlighted(snippet: str) -> str:
    """The snippet escaped as text, with the backend's marks turned into <mark> elements."""
    html = escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(html)  # noqa: S308 - everything but our own two tags was escaped above
