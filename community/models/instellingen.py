from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="lock")
class CommunitySettings(BaseSiteSetting):
    require_2fa_for_editors = models.BooleanField(
        _("tweestapsverificatie verplicht voor redacteuren"),
        default=True,
        help_text=_("Iedereen die in het beheer mag, moet inloggen met een code uit een app."),
    )
    confirm_every_days = models.PositiveIntegerField(
        _("lidmaatschap elk zoveel dagen bevestigen"), default=365
    )
    grace_days = models.PositiveIntegerField(
        _("dagen om te bevestigen"),
        default=30,
        help_text=_("Wie niet op tijd bevestigt, verliest daarna de toegang tot de groep."),
    )

    panels = [
        FieldPanel("require_2fa_for_editors"),
        MultiFieldPanel(
            [FieldPanel("confirm_every_days"), FieldPanel("grace_days")], _("Jaarlijks bevestigen")
        ),
    ]

    class Meta:
        verbose_name = _("community-instellingen")


def community_settings(site) -> CommunitySettings:
    """The site's community settings; the defaults when an editor never saved them.

    Wagtail's own `for_site` creates the row on first read, which would be a write during a GET.
    """
    return CommunitySettings.objects.filter(site=site).first() or CommunitySettings(site=site)
