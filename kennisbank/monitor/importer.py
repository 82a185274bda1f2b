"""Import monitor figures from a CSV file: read it, check every row, show a preview, save all or none.

Nothing is saved until the editor has seen the preview without errors and confirmed. A figure that
already exists (same indicator, year, form and municipality) is updated; all others are added.
Every problem is reported in plain Dutch with the line number of the file, never as an error page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from home import csv_import
from kennisbank.models import Cijfer, Gemeente, Indicator, Partner, Uitbuitingsvorm
from kennisbank.models.monitor import FIRST_YEAR, LAST_YEAR
from kennisbank.monitor.csv_format import COLUMNS, REQUIRED_COLUMNS
from kennisbank.monitor.data import key_of
from kennisbank.monitor.suppression import Key

MAX_ROWS = 5_000
MAX_FIELD_LENGTH = 300
MAX_VALUE = 1_000_000_000
YES = {"ja", "j", "yes", "y", "1", "waar", "true"}
NO = {"nee", "n", "no", "0", "onwaar", "false", ""}


@dataclass
class ImportRow:
    line: int
    values: dict[str, str]
    errors: list[str] = field(default_factory=list)
    figure: Cijfer | None = None
    existing: Cijfer | None = None

    @property
    def status(self) -> str:
        if self.errors:
            return _("fout")
        if self.existing is None:
            return _("nieuw")
        if _same(self.existing, self.figure):
            return _("ongewijzigd")
        return _("bijwerken (was %(value)s)") % {"value": self.existing.value}


@dataclass
class ImportResult:
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors and bool(self.rows) and not any(row.errors for row in self.rows)

    @property
    def error_count(self) -> int:
        return len(self.errors) + sum(1 for row in self.rows if row.errors)


def _same(existing: Cijfer, new: Cijfer) -> bool:
    fields = ["value", "source_id", "note", "is_demo"]
    return all(getattr(existing, name) == getattr(new, name) for name in fields)


class Vocabulary:
    """Names editors may use in the file: a term's slug, name or (for partners) abbreviation."""

    def __init__(self):
        self.indicators = self._index(Indicator.objects.all())
        self.partners = self._index(Partner.objects.all(), extra=lambda p: [p.abbreviation])
        self.vormen = self._index(Uitbuitingsvorm.objects.all())
        self.gemeenten = self._index(Gemeente.objects.all())

    @staticmethod
    def _index(terms, extra=lambda term: []) -> dict:
        found = {}
        for term in terms:
            for name in [term.slug, term.name, *extra(term)]:
                if name:
                    found.setdefault(name.strip().lower(), term)
        return found


def read(text: str) -> ImportResult:
    """Check every row of the CSV text against the vocabulary and the figures already saved."""
    result = ImportResult()
    try:
        table = csv_import.rows(text)
    except csv_import.CsvFileError as error:
        result.errors.append(str(error))
        return result
    if not table:
        result.errors.append(_("Het bestand is leeg."))
        return result
    header = [cell.strip().lower() for cell in table[0]]
    result.errors += _header_errors(header)
    if len(table) - 1 > MAX_ROWS:
        result.errors.append(
            _("Het bestand heeft meer dan %(max)s regels. Splits het in kleinere bestanden.")
            % {"max": MAX_ROWS}
        )
    if result.errors:
        return result
    if len(table) == 1:
        result.errors.append(_("Er staan geen cijfers onder de kopregel."))
        return result

    vocabulary = Vocabulary()
    seen: dict[Key, int] = {}
    for line, cells in enumerate(table[1:], start=2):
        row = ImportRow(line, dict(zip(header, (cell.strip() for cell in cells), strict=False)))
        if len(cells) > len(header):
            row.errors.append(_("Deze regel heeft meer kolommen dan de kopregel."))
        else:
            _check_row(row, vocabulary)
        if row.figure is not None and not row.errors:
            key = key_of(row.figure)
            if key in seen:
                row.errors.append(_("Dit cijfer staat ook al op regel %(line)s.") % {"line": seen[key]})
            seen.setdefault(key, line)
        result.rows.append(row)
    _attach_existing(result.rows)
    return result


def _header_errors(header: list[str]) -> list[str]:
    errors = []
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        errors.append(
            _("Onbekende kolom: %(names)s. De kolommen zijn: %(columns)s.")
            % {"names": ", ".join(f"‘{name[:40]}’" for name in unknown), "columns": ", ".join(COLUMNS)}
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        errors.append(_("Deze kolommen ontbreken: %(names)s.") % {"names": ", ".join(missing)})
    doubles = sorted({name for name in header if header.count(name) > 1})
    if doubles:
        errors.append(_("Deze kolommen staan er twee keer in: %(names)s.") % {"names": ", ".join(doubles)})
    return errors


def _check_row(row: ImportRow, vocabulary: Vocabulary) -> None:
    values = row.values
    errors = row.errors
    for name, value in values.items():
        if len(value) > MAX_FIELD_LENGTH:
            errors.append(
                _("De kolom ‘%(name)s’ is langer dan %(max)s tekens.")
                % {"name": name, "max": MAX_FIELD_LENGTH}
            )
            return

    def term(column: str, lookup: dict, what: str, required: bool):
        text = values.get(column, "")
        if not text:
            if required:
                errors.append(_("Vul de kolom ‘%(name)s’ in.") % {"name": column})
            return None
        found = lookup.get(text.lower())
        if found is None:
            errors.append(_("%(what)s ‘%(text)s’ kennen we niet.") % {"what": what, "text": text})
        return found

    indicator = term("indicator", vocabulary.indicators, _("De indicator"), required=True)
    source = term("bron", vocabulary.partners, _("De bron"), required=True)
    vorm = term("uitbuitingsvorm", vocabulary.vormen, _("De uitbuitingsvorm"), required=False)
    gemeente = term("gemeente", vocabulary.gemeenten, _("De gemeente"), required=False)
    year = _whole_number(values.get("jaar", ""), "jaar", errors)
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        errors.append(
            _("Het jaar %(year)s ligt niet tussen %(first)s en %(last)s.")
            % {"year": year, "first": FIRST_YEAR, "last": LAST_YEAR}
        )
    value = _whole_number(values.get("waarde", ""), "waarde", errors)
    if value is not None and value > MAX_VALUE:
        errors.append(_("De waarde %(value)s is te groot.") % {"value": value})
    is_demo = values.get("voorbeeldwaarde", "").lower()
    if is_demo not in YES | NO:
        errors.append(_("Vul bij ‘voorbeeldwaarde’ ja of nee in."))
    if errors:
        return
    row.figure = Cijfer(
        indicator=indicator,
        source=source,
        year=year,
        uitbuitingsvorm=vorm,
        gemeente=gemeente,
        value=value,
        note=values.get("toelichting", ""),
        is_demo=is_demo in YES,
    )


def _whole_number(text: str, column: str, errors: list[str]) -> int | None:
    if not text:
        errors.append(_("Vul de kolom ‘%(name)s’ in.") % {"name": column})
        return None
    if text in {"<5", "x"}:
        errors.append(
            _("‘%(text)s’ is een afgeschermde waarde uit de download. Vul het echte getal in.")
            % {"text": text}
        )
        return None
    if not (text.isascii() and text.isdigit()):
        errors.append(
            _(
                "‘%(text)s’ in de kolom ‘%(name)s’ is geen heel getal. Gebruik alleen cijfers, zonder punt of komma."
            )
            % {"text": text[:40], "name": column}
        )
        return None
    return int(text)


def _attach_existing(rows: list[ImportRow]) -> None:
    figures = [row.figure for row in rows if row.figure is not None and not row.errors]
    if not figures:
        return
    existing = Cijfer.objects.filter(
        indicator__in={figure.indicator_id for figure in figures},
        year__in={figure.year for figure in figures},
    )
    by_key = {key_of(figure): figure for figure in existing}
    for row in rows:
        if row.figure is not None and not row.errors:
            row.existing = by_key.get(key_of(row.figure))


@transaction.atomic
def save(result: ImportResult) -> tuple[int, int]:
    """Add new figures and update changed ones; returns (added, updated)."""
    if not result.is_valid:
        raise ValueError("Only a valid import can be saved.")
    added, updated = [], []
    for row in result.rows:
        if row.existing is None:
            added.append(row.figure)
        elif not _same(row.existing, row.figure):
            for name in ["value", "source", "note", "is_demo"]:
                setattr(row.existing, name, getattr(row.figure, name))
            updated.append(row.existing)
    Cijfer.objects.bulk_create(added)
    Cijfer.objects.bulk_update(updated, ["value", "source", "note", "is_demo"])
    return len(added), len(updated)
