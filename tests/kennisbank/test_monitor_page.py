"""The monitor pages: charts as accessible SVG, the same figures as tables and CSV, small numbers hidden."""

import csv
import io
import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.kennisbank.factories import (
    CijferFactory,
    GemeenteFactory,
    IndicatorFactory,
    MonitorIndexPageFactory,
    MonitorPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def monitor_index(kennisbank):
    return MonitorIndexPageFactory(parent=kennisbank)


@pytest.fixture
def politie(db):
    return IndicatorFactory(name="Meldingen bij de politie", slug="politie")


@pytest.fixture
def figures(politie, vormen):
    """Police reports: 23 in 2022 and 27 in 2023 for the region, 2023 split by municipality and form."""
    rotterdam = GemeenteFactory(name="Rotterdam", slug="rotterdam")
    dordrecht = GemeenteFactory(name="Dordrecht", slug="dordrecht")
    schiedam = GemeenteFactory(name="Schiedam", slug="schiedam")
    CijferFactory(indicator=politie, year=2022, value=23)
    CijferFactory(indicator=politie, year=2023, value=27, note="=SUM(A1:A9) telt mee")
    CijferFactory(indicator=politie, year=2023, gemeente=rotterdam, value=16, is_demo=True)
    CijferFactory(indicator=politie, year=2023, gemeente=dordrecht, value=8, is_demo=True)
    CijferFactory(indicator=politie, year=2023, gemeente=schiedam, value=3, is_demo=True)
    CijferFactory(indicator=politie, year=2023, uitbuitingsvorm=vormen["arbeidsuitbuiting"], value=12)
    CijferFactory(indicator=politie, year=2023, uitbuitingsvorm=vormen["seksuele-uitbuiting"], value=15)


@pytest.fixture
def monitor_2023(monitor_index, politie, figures):
    return MonitorPageFactory(
        parent=monitor_index,
        year=2023,
        intro="<p>Naar schatting 500 tot 600 slachtoffers per jaar.</p>",
        body=[
            ("jaarvergelijking", {"title": "Meldingen per jaar", "indicators": [politie], "years_shown": 2}),
            ("per_uitbuitingsvorm", {"title": "Meldingen per vorm", "indicator": politie, "compare": False}),
            ("per_gemeente", {"title": "Meldingen per gemeente", "indicator": politie, "compare": True}),
        ],
    )


def tables(response) -> dict[str, list[list[str]]]:
    """Each table's rows as text, by caption."""
    html = response.content.decode()
    found = {}
    for caption, body in re.findall(r"<caption[^>]*>(.*?)</caption>(.*?)</table>", html, re.S):
        rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
        found[caption] = [
            [
                re.sub(r"<[^>]+>", "", cell).strip()
                for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
            ]
            for row in rows
        ]
    return found


def test_each_chart_is_an_svg_with_title_and_description_followed_by_a_table(client, monitor_2023):
    response = client.get("/kennisbank/monitor/2023/")

    html = response.content.decode()
    assert html.count('role="img"') == 3
    svg = re.search(r'<svg class="bar-chart".*?</svg>', html, re.S).group(0)
    labelled_by = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
    assert [f'id="{ident}"' in svg for ident in labelled_by] == [True, True]
    assert "<title id=" in svg and "Meldingen per jaar</title>" in svg
    assert "Meldingen bij de politie: 23 in 2022, 27 in 2023." in svg
    assert tables(response)["Meldingen per jaar: de cijfers"] == [
        [
            "Indicator",
            "2022",
            "2023",
            "Verschil met het jaar ervoor",
        ],  # "met het jaar ervoor" for screen readers
        ["Meldingen bij de politie", "23", "27", "+4"],
    ]


def test_municipal_values_from_1_to_4_show_as_less_than_5_everywhere(client, monitor_2023):
    response = client.get("/kennisbank/monitor/2023/")
    per_gemeente = tables(response)["Meldingen per gemeente: de cijfers"]
    svg = re.findall(r'<svg class="bar-chart".*?</svg>', response.content.decode(), re.S)[2]

    # 3 in Schiedam is "<5"; Dordrecht's 8 hides too, or 27 - 16 - 8 would give the 3 away.
    assert per_gemeente[1:] == [
        ["Dordrecht", "–geen cijfer", "x (niet getoond)* (voorbeeldwaarde)", "–"],
        ["Rotterdam", "–geen cijfer", "16* (voorbeeldwaarde)", "–"],
        ["Schiedam", "–geen cijfer", "&lt;5 (minder dan 5)* (voorbeeldwaarde)", "–"],
        ["Hele regio", "23", "27", "+4"],
    ]
    assert "Schiedam: geen cijfer in 2022, &lt;5 in 2023." in svg
    assert ">&lt;5*</text>" in svg and ">x*</text>" in svg
    assert ">3*</text>" not in svg and ">8*</text>" not in svg
    assertContains(response, "x betekent: niet getoond")
    assertContains(response, "* betekent: voorbeeldwaarde, geen echt cijfer.")


def test_the_csv_has_the_same_figures_with_the_same_suppression(client, monitor_2023):
    response = client.get("/kennisbank/monitor/2023/csv/")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="mensenhandelmonitor-2023.csv"'
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))
    by_place = {(row["jaar"], row["uitbuitingsvorm"], row["gemeente"]): row["waarde"] for row in rows}
    assert by_place[("2023", "", "Schiedam")] == "<5"
    assert by_place[("2023", "", "Dordrecht")] == "x"
    assert by_place[("2023", "", "")] == "27"
    assert by_place[("2022", "", "")] == "23"
    assert by_place[("2023", "Arbeidsuitbuiting", "")] == "12"
    # A note that looks like a formula stays text in a spreadsheet.
    assert "'=SUM(A1:A9) telt mee" in text


def test_the_page_explains_suppression_and_links_other_years(client, monitor_index, monitor_2023, politie):
    MonitorPageFactory(parent=monitor_index, year=2022, body=[])

    response = client.get("/kennisbank/monitor/2023/")

    assertContains(response, "Dan staat er ‘&lt;5’: minder dan 5.")
    assertContains(response, '<a href="/kennisbank/monitor/2023/csv/" download>')
    assertContains(response, '<a href="/kennisbank/monitor/2022/">2022</a>')
    assertContains(response, 'aria-current="page">2023</span>')


def test_the_monitor_is_reachable_from_the_kennisbank(client, monitor_index, monitor_2023):
    kennisbank = client.get("/kennisbank/")
    index = client.get("/kennisbank/monitor/")

    assertContains(kennisbank, '<a href="/kennisbank/monitor/">Regionale mensenhandelmonitor</a>')
    assertContains(index, '<a href="/kennisbank/monitor/2023/">Mensenhandelmonitor 2023</a>')


def test_an_edition_restricted_to_members_is_not_listed(client, monitor_index, monitor_2023, restrict):
    restrict(monitor_2023)

    assertNotContains(client.get("/kennisbank/monitor/"), "Mensenhandelmonitor 2023")
    assert client.get("/kennisbank/monitor/2023/csv/").status_code in (302, 403)


def test_a_chart_without_figures_says_so(client, monitor_index):
    empty = IndicatorFactory(name="Nog niet gemeten")
    MonitorPageFactory(
        parent=monitor_index,
        year=2024,
        body=[("per_gemeente", {"title": "Nog leeg", "indicator": empty, "compare": True})],
    )
    assertContains(client.get("/kennisbank/monitor/2024/"), "Voor deze grafiek zijn nog geen cijfers.")


@pytest.mark.parametrize("municipalities, charts", [(2, 1), (12, 4)])
def test_queries_do_not_grow_with_the_figures(
    client, monitor_index, vormen, django_assert_max_num_queries, municipalities, charts
):
    indicators = [IndicatorFactory() for _ in range(charts)]
    for indicator in indicators:
        for year in (2022, 2023):
            CijferFactory(indicator=indicator, year=year, value=100)
            for number in range(municipalities):
                gemeente = GemeenteFactory(name=f"Gemeente {number}", slug=f"gemeente-{number}")
                CijferFactory(indicator=indicator, year=year, gemeente=gemeente, value=number % 7)
            for vorm in vormen.values():
                CijferFactory(indicator=indicator, year=year, uitbuitingsvorm=vorm, value=30)
    body = []
    for indicator in indicators:
        body.append(
            (
                "per_gemeente",
                {"title": f"Per gemeente {indicator.pk}", "indicator": indicator, "compare": True},
            )
        )
        body.append(
            (
                "per_uitbuitingsvorm",
                {"title": f"Per vorm {indicator.pk}", "indicator": indicator, "compare": True},
            )
        )
    body.append(("jaarvergelijking", {"title": "Alles", "indicators": indicators, "years_shown": 2}))
    MonitorPageFactory(parent=monitor_index, year=2023, body=body)

    # Measured: the same number of queries for 1 chart of 3 municipalities as for 13 charts of 23.
    with django_assert_max_num_queries(21):
        response = client.get("/kennisbank/monitor/2023/")
    with django_assert_max_num_queries(14):
        download = client.get("/kennisbank/monitor/2023/csv/")

    assert response.content.decode().count('role="img"') == 2 * charts + 1
    assert len(download.content.decode().splitlines()) == 1 + charts * 2 * (1 + municipalities + 3)
