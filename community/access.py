"""Who must use two-factor authentication, and who counts as an editor or a group moderator."""

from __future__ import annotations

from allauth.mfa.utils import is_mfa_enabled

from wagtail.models import Site

from community.models import GroepPage, Lidmaatschap
from community.models.instellingen import community_settings


def is_editor(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def must_use_2fa(user, request=None) -> bool:
    """Editors (when the site setting says so) and members of groups that require it."""
    if not user.is_authenticated:
        return False
    site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
    if community_settings(site).require_2fa_for_editors and is_editor(user):
        return True
    return GroepPage.objects.filter(require_2fa=True, group__user=user).exists()


def lacks_required_2fa(user, request=None) -> bool:
    return must_use_2fa(user, request) and not is_mfa_enabled(user)


def is_moderator(user, groep: GroepPage | None) -> bool:
    """Editors moderate everywhere; a group's moderators in their group (None: the general community)."""
    if is_editor(user):
        return True
    if groep is None:
        return False
    return Lidmaatschap.objects.filter(
        user=user, groep=groep, status=Lidmaatschap.Status.ACTIEF, is_moderator=True
    ).exists()
