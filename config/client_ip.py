"""The visitor's IP address, for rate limits, also when the site runs behind a proxy."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The address in `CLIENT_IP_HEADER` (set by the proxy in front), else REMOTE_ADDR.

    Behind a proxy every request comes from the proxy's own address, so without the header all
    visitors would share one rate limit. A missing or malformed header falls back to REMOTE_ADDR.
    """
    if settings.CLIENT_IP_HEADER:
        candidate = request.META.get(settings.CLIENT_IP_HEADER, "").split(",")[0].strip()
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            pass
    return request.META["REMOTE_ADDR"]
