"""Pagination of listings that never fails on a bad `page` parameter, and says so."""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.http import QueryDict
from django.utils.translation import gettext as _

PAGE_PARAMETER = "page"


def paginate(items, per_page: int, data: QueryDict) -> tuple[Page, list[str]]:
    """The requested page of `items`; a page that does not exist gives the nearest one and a message."""
    paginator = Paginator(items, per_page)
    raw = data.get(PAGE_PARAMETER)
    page = paginator.get_page(raw)
    messages = []
    if raw is not None and raw != str(page.number):
        messages.append(missing_page_message(page.number))
    return page, messages


def missing_page_message(shown: int) -> str:
    return _("Die pagina bestaat niet. U ziet nu pagina %(number)s.") % {"number": shown}


def querystring_without_page(data: QueryDict) -> str:
    """The other GET parameters, encoded, for links to other pages of the same listing."""
    data = data.copy()
    data.pop(PAGE_PARAMETER, None)
    return data.urlencode()
