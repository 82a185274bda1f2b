"""Rate limits for public forms that send e-mail: per visitor address and per e-mail address.

Per visitor, so that one source cannot flood the editors; per e-mail address, so that nobody can
use a form to flood someone else's inbox with confirmations. Counted by django-ratelimit in the
cache, so with Redis (REDIS_URL) all web processes share the counts; the addresses live there only
for the length of the window. The visitor's address comes from config.client_ip.
"""

from __future__ import annotations

from dataclasses import dataclass

from django_ratelimit.core import is_ratelimited

from django.http import HttpRequest


@dataclass(frozen=True)
class VisitorAndEmailLimit:
    """At most `per_visitor` attempts from one address and `per_email` for one e-mail address,
    as django-ratelimit rates ("5/h", "3/d"); `group` names the counters."""

    group: str
    per_visitor: str
    per_email: str

    def exceeded(self, request: HttpRequest, email: str) -> bool:
        """Count this attempt under both keys; True when either is over its limit."""
        by_visitor = is_ratelimited(
            request, group=f"{self.group}.bezoeker", key="ip", rate=self.per_visitor, increment=True
        )
        by_email = is_ratelimited(
            request,
            group=f"{self.group}.email",
            key=lambda group, request: email.strip().lower(),
            rate=self.per_email,
            increment=True,
        )
        return by_visitor or by_email
