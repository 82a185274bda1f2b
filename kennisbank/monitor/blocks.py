"""StreamField blocks of a monitor page: text, and charts of figures an editor chooses.

A chart block only says which figures to show. The page loads every figure its charts need in one
query and suppresses small numbers once (kennisbank/monitor/data.py); each chart block reads from
that shared MonitorData in its context, so the number of queries does not grow with the charts.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import BodyBlock
from kennisbank.monitor.charts import ChartTable, Row, bar_chart
from kennisbank.monitor.data import MonitorData


class ChartBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=160)

    class Meta:
        template = "components/streamfield/monitor_chart.html"
        icon = "table"

    def indicator_ids(self, value) -> set[int]:
        indicator = value.get("indicator")
        return {indicator.pk} if indicator else set()

    def years_back(self, value) -> int:
        return 1 if value.get("compare") else 0

    def years(self, value, year: int) -> list[int]:
        return list(range(year - self.years_back(value), year + 1))

    def table(self, value, monitor: MonitorData, year: int) -> ChartTable:
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        monitor = (parent_context or {}).get("monitor")
        page = (parent_context or {}).get("page")
        if monitor is None or page is None or not self.indicator_ids(value):
            context["table"] = None
            return context
        table = self.table(value, monitor, page.year)
        context["table"] = table
        context["chart"] = bar_chart(table)
        return context


def compare_block() -> blocks.BooleanBlock:
    return blocks.BooleanBlock(label=_("Vergelijk met het jaar ervoor"), required=False, default=True)


def _sources(rows: list[Row]) -> list[str]:
    names = {cell.figure.source.short_name for row in rows for cell in row.cells if cell}
    return sorted(names)


class YearComparisonBlock(ChartBlock):
    """Regional figures of one or more indicators, year by year."""

    indicators = blocks.ListBlock(SnippetChooserBlock("kennisbank.Indicator"), label=_("Indicatoren"))
    years_shown = blocks.IntegerBlock(label=_("Aantal jaren"), default=2, min_value=1, max_value=6)

    class Meta:
        label = _("Grafiek: vergelijking per jaar")

    def indicator_ids(self, value) -> set[int]:
        return {indicator.pk for indicator in value.get("indicators") or [] if indicator}

    def years_back(self, value) -> int:
        return max((value.get("years_shown") or 1) - 1, 0)

    def table(self, value, monitor, year):
        years = self.years(value, year)
        rows = [
            Row(indicator.name, [monitor.cell(indicator.pk, y) for y in years])
            for indicator in value.get("indicators") or []
            if indicator
        ]
        return ChartTable(value["title"], _("Indicator"), years, rows, sources=_sources(rows))


class PerVormBlock(ChartBlock):
    """One indicator for the region, split by form of exploitation."""

    indicator = SnippetChooserBlock("kennisbank.Indicator", label=_("Indicator"))
    compare = compare_block()

    class Meta:
        label = _("Grafiek: per uitbuitingsvorm")

    def table(self, value, monitor, year):
        indicator = value["indicator"]
        years = self.years(value, year)
        rows = [
            Row(vorm.name, [monitor.cell(indicator.pk, y, vorm.pk) for y in years])
            for vorm in monitor.vormen(indicator.pk, years)
        ]
        total_cells = [monitor.cell(indicator.pk, y) for y in years]
        total = Row(_("Alle vormen samen"), total_cells) if any(total_cells) else None
        all_rows = rows + ([total] if total else [])
        return ChartTable(
            value["title"], _("Uitbuitingsvorm"), years, rows, total, sources=_sources(all_rows)
        )


class PerGemeenteBlock(ChartBlock):
    """One indicator split by municipality: this is where small numbers are suppressed."""

    indicator = SnippetChooserBlock("kennisbank.Indicator", label=_("Indicator"))
    uitbuitingsvorm = SnippetChooserBlock(
        "kennisbank.Uitbuitingsvorm",
        label=_("Uitbuitingsvorm"),
        required=False,
        help_text=_("Leeg: alle vormen samen."),
    )
    compare = compare_block()

    class Meta:
        label = _("Grafiek: per gemeente")

    def table(self, value, monitor, year):
        indicator = value["indicator"]
        vorm_id = value["uitbuitingsvorm"].pk if value.get("uitbuitingsvorm") else None
        years = self.years(value, year)
        rows = [
            Row(gemeente.name, [monitor.cell(indicator.pk, y, vorm_id, gemeente.pk) for y in years])
            for gemeente in monitor.gemeenten(indicator.pk, years, vorm_id)
        ]
        total_cells = [monitor.cell(indicator.pk, y, vorm_id) for y in years]
        total = Row(_("Hele regio"), total_cells) if any(total_cells) else None
        all_rows = rows + ([total] if total else [])
        return ChartTable(value["title"], _("Gemeente"), years, rows, total, sources=_sources(all_rows))


class MonitorBodyBlock(BodyBlock):
    jaarvergelijking = YearComparisonBlock()
    per_uitbuitingsvorm = PerVormBlock()
    per_gemeente = PerGemeenteBlock()
