"""Monitor figures as a table and as a horizontal bar chart drawn on the server as SVG.

A ChartTable is what a visitor reads (rows, a column per year, totals, the change since the year
before); a BarChart is the geometry of the same figures for the SVG template. Horizontal bars keep
long names readable on a phone, and every bar carries its year and value as text, so colour is
never the only way to tell the years apart. Coordinates are whole numbers so that the Dutch locale
(decimal comma) cannot break the SVG attributes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from kennisbank.monitor.data import Cell

WIDTH = 400
LABEL_HEIGHT = 22
BAR_HEIGHT = 18
BAR_GAP = 4
ROW_GAP = 14
YEAR_WIDTH = 44
VALUE_SPACE = 90  # room after the longest bar for its value


@dataclass(frozen=True)
class Row:
    label: str
    cells: list[Cell | None]  # one per year; None: no figure for that year

    def change(self) -> str:
        """The change between the last two years, when both are known exactly."""
        if len(self.cells) < 2 or self.cells[-1] is None or self.cells[-2] is None:
            return ""
        last, before = self.cells[-1].value, self.cells[-2].value
        if last is None or before is None:
            return ""
        difference = last - before
        return f"+{difference}" if difference > 0 else ("0" if difference == 0 else f"−{-difference}")


@dataclass(frozen=True)
class ChartTable:
    title: str
    row_heading: str  # the heading of the first column: "Gemeente", "Uitbuitingsvorm", ...
    years: list[int]
    rows: list[Row]
    total: Row | None = None
    sources: list[str] = field(default_factory=list)

    @property
    def compares_years(self) -> bool:
        return len(self.years) > 1

    def cells(self) -> list[Cell]:
        rows = self.rows + ([self.total] if self.total else [])
        return [cell for row in rows for cell in row.cells if cell is not None]

    @property
    def has_small(self) -> bool:
        return any(cell.is_small for cell in self.cells())

    @property
    def has_hidden(self) -> bool:
        return any(cell.is_hidden for cell in self.cells())

    @property
    def has_demo(self) -> bool:
        return any(cell.is_demo for cell in self.cells())

    @property
    def description(self) -> str:
        """The figures in words, for the SVG's <desc>: what a screen reader says about the chart."""
        if not self.rows:
            return _("Er zijn nog geen cijfers.")
        parts = []
        for row in self.rows + ([self.total] if self.total else []):
            values = [
                _("%(value)s in %(year)s") % {"value": cell.text if cell else _("geen cijfer"), "year": year}
                for year, cell in zip(self.years, row.cells, strict=True)
            ]
            parts.append(f"{row.label}: {', '.join(values)}.")
        return " ".join(parts)


@dataclass(frozen=True)
class Bar:
    year: int
    y: int
    width: int
    text: str
    text_x: int
    is_current: bool


@dataclass(frozen=True)
class ChartRow:
    label: str
    label_y: int
    bars: list[Bar]


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    bar_x: int
    bar_height: int
    rows: list[ChartRow]


def bar_chart(table: ChartTable) -> BarChart:
    """Lay out one group of bars per row: the row's name, then a bar per year (oldest first)."""
    year_width = YEAR_WIDTH if table.compares_years else 0
    longest = WIDTH - year_width - VALUE_SPACE
    known = [cell.value for row in table.rows for cell in row.cells if cell and cell.value is not None]
    scale = longest / max(known) if known and max(known) > 0 else 0
    rows = []
    y = 0
    for row in table.rows:
        label_y = y + LABEL_HEIGHT - 6
        y += LABEL_HEIGHT
        bars = []
        for year, cell in zip(table.years, row.cells, strict=True):
            width = round(cell.value * scale) if cell and cell.value else 0
            text = cell.text if cell else _("geen cijfer")
            if cell and cell.is_demo:
                text += "*"
            bars.append(
                Bar(
                    year=year,
                    y=y,
                    width=width,
                    text=text,
                    text_x=year_width + width + 6,
                    is_current=year == table.years[-1],
                )
            )
            y += BAR_HEIGHT + BAR_GAP
        rows.append(ChartRow(row.label, label_y, bars))
        y += ROW_GAP
    return BarChart(WIDTH, max(y, LABEL_HEIGHT), year_width, BAR_HEIGHT, rows)
