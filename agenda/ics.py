"""Events as iCalendar data (.ics), for downloads, e-mail attachments and calendar feeds."""

from __future__ import annotations

from collections.abc import Iterable

from icalendar import Calendar, Event

from django.conf import settings
from django.utils import timezone

PRODUCT_ID = "-//VeiligheidsAlliantie regio Rotterdam//Agenda mensenhandel//NL"


def _host() -> str:
    return settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]


def _vevent(event) -> Event:
    vevent = Event()
    vevent.add("uid", f"evenement-{event.pk}@{_host()}")
    vevent.add("dtstamp", timezone.now())
    vevent.add("dtstart", event.start)
    vevent.add("dtend", event.end)
    vevent.add("summary", event.title)
    if event.summary:
        vevent.add("description", event.summary)
    location = ", ".join(part for part in [event.location_name, " ".join(event.address.split())] if part)
    if location or event.online_url:
        vevent.add("location", location or event.online_url)
    url = event.full_url
    if url:
        vevent.add("url", url)
    return vevent


def calendar(events: Iterable, name: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for event in events:
        cal.add_component(_vevent(event))
    return cal.to_ical()
