"""System checks that refuse an unsafe production configuration."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def production_settings_are_safe(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    errors = []
    if settings.SECRET_KEY == settings.DEVELOPMENT_SECRET_KEY:
        errors.append(
            Error(
                "DEBUG is off but SECRET_KEY is the public development key.",
                hint="Set SECRET_KEY to a long random value that stays the same across restarts, "
                "or set DEBUG=true for development.",
                id="config.E001",
            )
        )
    if "*" in settings.ALLOWED_HOSTS:
        errors.append(
            Error(
                "ALLOWED_HOSTS contains '*' while DEBUG is off.",
                hint="List the host names the site is served on.",
                id="config.E002",
            )
        )
    return errors
