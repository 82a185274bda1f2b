"""Small building blocks for admin screens of our own inside Wagtail's menu groups."""

from django.urls import path

from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet


class PermissionMenuItem(MenuItem):
    """An admin menu item shown only to users with one model permission."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class SingleViewViewSet(ViewSet):
    """One admin screen (a view function) with a menu item for those with `permission`.

    The view checks the permission itself too: the menu only hides the link.
    """

    view = None
    permission = ""

    def get_urlpatterns(self):
        return [path("", type(self).view, name="index")]

    def get_menu_item(self, order=None):
        return PermissionMenuItem(
            self.menu_label, self.menu_url, icon_name=self.icon, order=order or 0, permission=self.permission
        )
