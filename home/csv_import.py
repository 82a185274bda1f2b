"""Reading the CSV files editors upload to the admin's import screens.

Editors make them in Excel or a text editor. Excel on Windows saves "CSV (gescheiden door
lijstscheidingsteken)" in its own encoding (cp1252) with semicolons; "CSV UTF-8" starts with a
byte-order mark; other tools use commas. All of these are read. A file that cannot be read gets a
message in plain Dutch (CsvFileError), never an error page.
"""

from __future__ import annotations

import csv
import io

from django.utils.translation import gettext as _

MAX_BYTES = 1_000_000


class CsvFileError(Exception):
    """The file as a whole cannot be read; the message says why, in Dutch."""


def read_upload(upload) -> str:
    """The text of an uploaded file of at most 1 MB."""
    if upload.size > MAX_BYTES:
        raise CsvFileError(_("Het bestand is groter dan 1 MB. Splits het in kleinere bestanden."))
    return decode(upload.read())


def decode(data: bytes) -> str:
    if not data.strip():
        raise CsvFileError(_("Het bestand is leeg."))
    if b"\x00" in data:
        raise CsvFileError(_("Dit is geen CSV-bestand: het bevat geen gewone tekst."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise CsvFileError(
            _("De tekens in het bestand zijn niet te lezen. Sla het op als ‘CSV UTF-8’.")
        ) from error


def rows(text: str) -> list[list[str]]:
    """The rows of the text, separated by semicolons or commas (whichever the first line has
    more of); rows without any content are left out."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        table = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise CsvFileError(_("Het bestand is geen geldige CSV: %(error)s.") % {"error": error}) from error
    return [row for row in table if any(cell.strip() for cell in row)]
