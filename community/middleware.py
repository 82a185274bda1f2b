"""Request guards for the community: mandatory two-factor set-up and private caching."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from community.access import lacks_required_2fa

# Where a member without the required second factor may still go: account pages (to set it up,
# or to log out), static files and the public site.
PROTECTED_PREFIXES = ("/community/", "/admin/", "/mijn-account/", "/documenten/")


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(PROTECTED_PREFIXES) and lacks_required_2fa(request.user, request):
            messages.warning(
                request,
                _(
                    "Stel eerst tweestapsverificatie in. Daarna kunt u verder naar de community of het beheer."
                ),
            )
            return redirect(f"{reverse('mfa_activate_totp')}?next={request.path}")
        return self.get_response(request)


class PrivateResponsesMiddleware:
    """Nothing shown to a logged-in user is stored by a shared cache or the browser's disk cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
