import unicodedata
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Page
from wagtail.search.utils import parse_query_string

from home.visibility import visible_pages

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def clean_query(raw: str) -> str:
    """The visitor's words without control characters (a NUL byte breaks both databases)."""
    printable = "".join(char for char in raw if unicodedata.category(char)[0] != "C")
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        pages = visible_pages(Page.objects.all(), request.user).specific()
        # Parsed into Wagtail's query objects, so that quotes make phrases and never reach the
        # database's own query syntax (an unbalanced quote used to break SQLite's MATCH).
        _, parsed = parse_query_string(query, operator="and")
        results = Paginator(pages.search(parsed), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "results": results, "querystring": urlencode({"q": query})},
    )
