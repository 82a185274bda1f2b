from django.utils.functional import SimpleLazyObject

from wagtail.models import Site

from home.visibility import visible_pages


def _main_menu(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    children = site.root_page.get_children().in_menu()
    return list(visible_pages(children, request.user))


def site_shell(request):
    """The main menu: the home page's children marked 'show in menus' that the visitor may see."""
    return {"main_menu": SimpleLazyObject(lambda: _main_menu(request))}
