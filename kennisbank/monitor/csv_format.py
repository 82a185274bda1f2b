"""The monitor's CSV format, shared by the download and the admin import.

One row per figure, with a header row. Separated by semicolons, because that is what Excel opens
directly with Dutch settings (the import also accepts commas); UTF-8 with a byte order mark so
that Excel shows é and ë. The download shows suppressed figures as "<5" or "x", like the page.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable

from kennisbank.monitor.data import Cell

COLUMNS = [
    "indicator",
    "bron",
    "jaar",
    "uitbuitingsvorm",
    "gemeente",
    "waarde",
    "voorbeeldwaarde",
    "toelichting",
]
REQUIRED_COLUMNS = ["indicator", "bron", "jaar", "waarde"]
DELIMITER = ";"
# A cell starting with one of these is a formula to a spreadsheet: prefix it so it stays text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value: str) -> str:
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def write_csv(out, cells: Iterable[Cell]) -> None:
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=DELIMITER)
    writer.writerow(COLUMNS)
    for cell in cells:
        figure = cell.figure
        writer.writerow(
            [
                as_text(figure.indicator.name),
                as_text(figure.source.short_name),
                figure.year,
                as_text(figure.uitbuitingsvorm.name if figure.uitbuitingsvorm else ""),
                as_text(figure.gemeente.name if figure.gemeente else ""),
                cell.text,
                "ja" if figure.is_demo else "nee",
                as_text(figure.note),
            ]
        )
