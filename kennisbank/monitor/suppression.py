"""Small-number suppression for the monitor: no person may be recognised in a figure.

The rule, also explained on every monitor page:

1. Primary suppression. A value from 1 to 4 for a single municipality is shown as "<5". Zero is
   shown: it tells nothing about a person. Figures for the whole region are shown as they are.
2. Totals may not give it away. Figures add up: the municipalities of one indicator, year and form
   of exploitation add up to the regional figure, and the forms of exploitation of one
   municipality (or of the region) add up to its figure for all forms. For each such sum whose
   total is shown, we work out what a reader could compute from the values that are shown, using
   everything the rule itself reveals ("<5" means 1 to 4; a hidden municipal value is 5 or more;
   any other hidden value is at least 1). When a hidden value could be computed exactly, one more
   value is hidden as well ("x"): the smallest shown value that is not zero, or else the total.
   Hiding one value can expose another sum, so this repeats until no sum gives anything away.

Like the cell suppression statistical offices use, this guards against exact back-calculation
from each published sum. It does not promise that no range can be narrowed down, and it checks the
sums one at a time: a figure split both by municipality and by form (a two-way table) could in
rare cases be pinned down by combining several sums. The monitor's charts split one way at a time.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from typing import NamedTuple

SMALL = "<5"  # primary: a municipal value from 1 to 4
HIDDEN = "x"  # secondary: hidden so that a "<5" cannot be computed back
SMALL_MAX = 4


class Key(NamedTuple):
    indicator: int
    year: int
    vorm: int | None  # None: all forms of exploitation together
    gemeente: int | None  # None: the whole region


class Group(NamedTuple):
    total: Key
    members: tuple[Key, ...]


def groups(keys: set[Key]) -> list[Group]:
    """Each set of figures that adds up to a figure that is itself published."""
    by_column: dict[Key, list[Key]] = defaultdict(list)  # regional total -> its municipalities
    by_row: dict[Key, list[Key]] = defaultdict(list)  # all-forms total -> its forms
    for key in keys:
        if key.gemeente is not None:
            by_column[key._replace(gemeente=None)].append(key)
        if key.vorm is not None:
            by_row[key._replace(vorm=None)].append(key)
    found = []
    for sums in (by_column, by_row):
        for total, members in sums.items():
            if total in keys:
                found.append(Group(total, tuple(sorted(members, key=_sort_key))))
    return sorted(found, key=lambda group: _sort_key(group.total))


def suppress(values: Mapping[Key, int]) -> dict[Key, str]:
    """Which figures to hide, and how: {key: "<5" or "x"}. Figures not in the result are shown."""
    marks = {
        key: SMALL for key, value in values.items() if key.gemeente is not None and 1 <= value <= SMALL_MAX
    }
    if not marks:
        return marks
    all_groups = groups(set(values))
    changed = True
    while changed:
        changed = False
        for group in all_groups:
            while _leaks(group, values, marks):
                extra = _next_to_hide(group, values, marks)
                if extra is None:
                    break  # everything is hidden already; inconsistent data cannot leak more
                marks[extra] = HIDDEN
                changed = True
    return marks


def _bounds(key: Key, values: Mapping[Key, int], marks: Mapping[Key, str]) -> tuple[float, float]:
    """What a reader knows about a figure from what is shown."""
    mark = marks.get(key)
    if mark is None:
        return values[key], values[key]
    if mark == SMALL:
        return 1, SMALL_MAX
    return (SMALL_MAX + 1 if key.gemeente is not None else 1), math.inf


def _leaks(group: Group, values: Mapping[Key, int], marks: Mapping[Key, str]) -> bool:
    """Whether a hidden figure in `group` follows exactly from `members - total = 0`."""
    cells = [(member, 1) for member in group.members] + [(group.total, -1)]
    hidden = [(key, sign) for key, sign in cells if key in marks]
    if not hidden:
        return False
    known = sum(sign * values[key] for key, sign in cells if key not in marks)
    bounds = {key: _bounds(key, values, marks) for key, _sign in hidden}
    for key, sign in hidden:
        # sign * x = -known - sum(others); the others' range gives this one's range.
        others_low = others_high = 0.0
        for other, other_sign in hidden:
            if other == key:
                continue
            low, high = bounds[other]
            others_low += low if other_sign > 0 else -high
            others_high += high if other_sign > 0 else -low
        if sign > 0:
            low, high = -known - others_high, -known - others_low
        else:
            low, high = known + others_low, known + others_high
        own_low, own_high = bounds[key]
        if max(low, own_low) >= min(high, own_high):
            return True
    return False


def _next_to_hide(group: Group, values: Mapping[Key, int], marks: Mapping[Key, str]) -> Key | None:
    candidates = [member for member in group.members if member not in marks and values[member] > 0]
    if candidates:
        return min(candidates, key=lambda member: (values[member], _sort_key(member)))
    return group.total if group.total not in marks else None


def _sort_key(key: Key) -> tuple:
    return tuple(-1 if part is None else part for part in key)
