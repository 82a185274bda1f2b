"""The agenda as a list, a month grid and an archive, built from the events a visitor may see."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, field

from django.utils import timezone

MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)  # (event, whether it starts on this day)


@dataclass
class Month:
    year: int
    month: int
    weeks: list[list[Day]]

    @property
    def name(self) -> str:
        return f"{MONTHS[self.month - 1]} {self.year}"

    @property
    def previous(self) -> tuple[int, int]:
        return (self.year - 1, 12) if self.month == 1 else (self.year, self.month - 1)

    @property
    def next(self) -> tuple[int, int]:
        return (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)

    @property
    def has_events(self) -> bool:
        return any(day.events for week in self.weeks for day in week if day.in_month)


def month_bounds(year: int, month: int) -> tuple[datetime.datetime, datetime.datetime]:
    """The first and last moment of the weeks shown for a month, as aware datetimes."""
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    first, last = weeks[0][0], weeks[-1][-1] + datetime.timedelta(days=1)
    zone = timezone.get_current_timezone()
    return (
        timezone.make_aware(datetime.datetime.combine(first, datetime.time.min), zone),
        timezone.make_aware(datetime.datetime.combine(last, datetime.time.min), zone),
    )


def build_month(year: int, month: int, events) -> Month:
    """A month grid of weeks (Monday first); an event of several days appears on each of its days."""
    today = timezone.localdate()
    weeks = [
        [Day(date, date.month == month, date == today) for date in week]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    ]
    days = {day.date: day for week in weeks for day in week}
    for event in events:
        first = date = timezone.localtime(event.start).date()
        # An event ending at midnight does not take up the next day.
        last = timezone.localtime(event.end - datetime.timedelta(microseconds=1)).date()
        while date <= last:
            if date in days:
                days[date].events.append((event, date == first))
            date += datetime.timedelta(days=1)
    return Month(year, month, weeks)
