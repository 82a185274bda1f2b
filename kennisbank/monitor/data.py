"""The figures one monitor page shows, loaded once and suppressed once.

Charts, tables and the CSV download all read from the same MonitorData, so a number that is
hidden in one place is hidden everywhere, and suppression sees every figure that could give a
hidden one away.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kennisbank.monitor.suppression import HIDDEN, SMALL, Key, suppress


@dataclass(frozen=True)
class Cell:
    """A figure as the public may see it."""

    figure: object  # the Cijfer
    mark: str | None  # None, "<5" or "x"

    @property
    def value(self) -> int | None:
        """The exact number, or None when it is suppressed."""
        return None if self.mark else self.figure.value

    @property
    def text(self) -> str:
        return self.mark or str(self.figure.value)

    @property
    def is_small(self) -> bool:
        return self.mark == SMALL

    @property
    def is_hidden(self) -> bool:
        return self.mark == HIDDEN

    @property
    def is_demo(self) -> bool:
        return self.figure.is_demo


def key_of(figure) -> Key:
    return Key(figure.indicator_id, figure.year, figure.uitbuitingsvorm_id, figure.gemeente_id)


class MonitorData:
    def __init__(self, figures: Iterable):
        figures = list(figures)
        marks = suppress({key_of(figure): figure.value for figure in figures})
        self.cells: dict[Key, Cell] = {key_of(f): Cell(f, marks.get(key_of(f))) for f in figures}

    def cell(self, indicator: int, year: int, vorm: int | None = None, gemeente: int | None = None):
        return self.cells.get(Key(indicator, year, vorm, gemeente))

    def gemeenten(self, indicator: int, years: Iterable[int], vorm: int | None = None) -> list:
        """The municipalities with a figure for this indicator (and form) in any of `years`."""
        years = set(years)
        found = {
            cell.figure.gemeente_id: cell.figure.gemeente
            for key, cell in self.cells.items()
            if key.indicator == indicator and key.year in years and key.vorm == vorm and key.gemeente
        }
        return sorted(found.values(), key=lambda gemeente: (gemeente.sort_order or 0, gemeente.name))

    def vormen(self, indicator: int, years: Iterable[int]) -> list:
        """The forms of exploitation with a regional figure for this indicator in any of `years`."""
        years = set(years)
        found = {
            cell.figure.uitbuitingsvorm_id: cell.figure.uitbuitingsvorm
            for key, cell in self.cells.items()
            if key.indicator == indicator and key.year in years and key.vorm and key.gemeente is None
        }
        return sorted(found.values(), key=lambda vorm: (vorm.sort_order or 0, vorm.name))

    def rows(self) -> list[Cell]:
        """Every figure, in the order of the CSV download."""
        return sorted(self.cells.values(), key=_row_order)


def _row_order(cell: Cell):
    figure = cell.figure
    return (
        figure.indicator.sort_order or 0,
        figure.indicator.name,
        figure.year,
        figure.uitbuitingsvorm is not None,
        (figure.uitbuitingsvorm.sort_order or 0) if figure.uitbuitingsvorm else 0,
        figure.gemeente is not None,
        (figure.gemeente.sort_order or 0) if figure.gemeente else 0,
    )
