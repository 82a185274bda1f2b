"""The public meldroutekaart: each step a URL, the route, privacy, bad input and query counts."""

import logging
import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.contrib.sessions.models import Session

from tests.kennisbank.factories import MeldpuntFactory, MeldroutePageFactory
from tests.kennisbank.meldroute_steps import route, vraag

pytestmark = pytest.mark.django_db

RESIDENT_ANONYMOUS = "/meldroutekaart/?wie=2&inwoner-gevaar=2&inwoner-anoniem=1"
PROFESSIONAL_DORDRECHT_LABOUR = "/meldroutekaart/?wie=1&pro-gemeente=dordrecht&pro-vorm=1"


def test_the_first_question_is_a_labelled_radio_group_in_a_get_form(client, meldroute):
    response = client.get("/meldroutekaart/")

    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<form class="meldroute-step" method="get" action="/meldroutekaart/"', html)
    assertContains(
        response, '<legend><h2 id="stap-vraag" tabindex="-1" data-step-heading>Wie bent u?</h2></legend>'
    )
    assertContains(response, '<label for="stap-antwoord-1">Ik ben professional</label>')
    assertContains(response, 'type="radio" id="stap-antwoord-2" name="wie" value="2" required')
    assertContains(response, "Uw antwoorden bewaren we niet.")
    assertContains(response, 'href="https://www.google.nl/" rel="noreferrer" data-quick-exit>Snel weg</a>')


def test_each_answer_leads_to_the_next_question_with_the_answers_so_far(client, meldroute):
    response = client.get("/meldroutekaart/?wie=2&inwoner-gevaar=2")

    assertContains(response, "Wilt u anoniem blijven?")
    # The next form carries the earlier answers, so the next address holds all of them.
    assertContains(response, '<input type="hidden" name="wie" value="2">')
    assertContains(response, '<input type="hidden" name="inwoner-gevaar" value="2">')
    assertContains(response, '<a href="/meldroutekaart/?wie=2" data-step-link>Vorige vraag</a>')
    assertContains(response, '<meta name="robots" content="noindex, follow">')


def test_a_resident_who_wants_to_stay_anonymous_gets_meld_misdaad_anoniem(client, meldroute):
    response = client.get(RESIDENT_ANONYMOUS)

    assert response.status_code == 200
    assertContains(response, "Meld anoniem bij Meld Misdaad Anoniem")
    assertContains(response, '<a class="meldpunt__phone" href="tel:08007000">0800-7000</a>')
    assertContains(response, "<dt>Anoniem melden</dt>\n        <dd>Kan</dd>")
    assertNotContains(response, "In de gemeente")  # this route shows no local contact


def test_a_professional_in_dordrecht_with_labour_exploitation_gets_nla_and_the_local_contact(
    client, meldroute
):
    response = client.get(PROFESSIONAL_DORDRECHT_LABOUR)

    assertContains(response, "Meld bij de Nederlandse Arbeidsinspectie")
    assertContains(response, 'href="tel:08005151"')
    assertContains(response, "In de gemeente Dordrecht")
    assertContains(response, 'href="mailto:mensenhandel.dordrecht@example.org"')
    assertContains(response, "bespreekt de aandachtsfunctionaris het in het Zorg- en Veiligheidshuis")
    assertContains(response, "<dt>In welke gemeente speelt het?</dt>")
    assertContains(
        response,
        '<a href="/meldroutekaart/?wie=1" data-step-link>Wijzig<span class="visually-hidden"> uw antwoord op: '
        "In welke gemeente speelt het?</span></a>",
    )


def test_a_route_without_a_chosen_municipality_points_to_the_list_of_municipalities(client, meldroute):
    response = client.get("/meldroutekaart/?wie=1&pro-gemeente=onbekend&pro-vorm=2")

    assertContains(response, "Meld bij de politie")
    assertContains(response, 'href="/meldroutekaart/meldpunten/#gemeenten">Zoek uw gemeente</a>')


def test_a_municipality_without_contact_details_says_how_to_reach_it(client, meldroute):
    response = client.get("/meldroutekaart/?wie=1&pro-gemeente=rotterdam&pro-vorm=2")
    assertContains(response, "Van deze gemeente hebben we nog geen contactgegevens.")


@pytest.mark.parametrize(
    "query",
    [
        "wie=7",
        "wie=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "wie=1&pro-gemeente=%F0%9F%92%A5%E2%80%AE",
        "wie=1&pro-gemeente=" + "a" * 5000,
        "wie=1&wie=2",
        "wie=2&inwoner-gevaar=-1",
    ],
)
def test_tampered_answers_get_a_dutch_message_and_400(client, meldroute, query):
    response = client.get(f"/meldroutekaart/?{query}")

    assert response.status_code == 400
    assertContains(
        response, "Dit antwoord kennen we niet. Kies een van de antwoorden hieronder.", status_code=400
    )
    assertContains(
        response, 'aria-invalid="true"' if "pro-gemeente" in query else "<fieldset", status_code=400
    )
    assertNotContains(response, "<script>alert", status_code=400)


def test_an_empty_answer_asks_again(client, meldroute):
    response = client.get("/meldroutekaart/?wie=")
    assertContains(response, "Kies een antwoord.")


def test_an_unknown_sub_address_is_not_found(client, meldroute):
    assert client.get("/meldroutekaart/stap/3/").status_code == 404


def test_nothing_the_visitor_answers_is_stored_cached_or_passed_on(client, meldroute, caplog):
    caplog.set_level(logging.DEBUG)

    response = client.get("/meldroutekaart/?wie=2&inwoner-gevaar=geheim-antwoord")

    assert response.status_code == 400
    assert not response.cookies, "no session or CSRF cookie is set"
    assert not Session.objects.exists()
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assertContains(response, '<meta name="referrer" content="no-referrer">', status_code=400)
    assert "geheim-antwoord" not in caplog.text


def test_the_printable_overview_numbers_every_step_once_and_lists_every_route(client, meldroute):
    response = client.get("/meldroutekaart/overzicht/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="chart-box"') == 5
    assert html.count("chart-box chart-box--route") == 4
    assertContains(response, 'Ik maak me zorgen <span aria-hidden="true">→</span>')
    assertContains(response, '<a href="#kaart-inwoner-gevaar">Vraag 4</a>')
    assertContains(response, '<a href="#kaart-route-112">Route 3</a>')
    assertContains(response, "<strong>Meld Misdaad Anoniem</strong>: 0800-7000 (dag en nacht), anoniem kan")


def test_the_directory_lists_meldpunten_and_filters_by_form_of_exploitation(client, meldroute):
    everything = client.get("/meldroutekaart/meldpunten/")
    labour = client.get("/meldroutekaart/meldpunten/?uitbuitingsvorm=arbeidsuitbuiting&anoniem=True")

    assertContains(everything, "4 meldpunten")
    assertContains(everything, "Werkdagen van 8.00 tot 17.00 uur")
    assertContains(everything, '<a href="mailto:mensenhandel.dordrecht@example.org">')
    assert [m.name for m in labour.context["meldpunten"]] == ["Meld Misdaad Anoniem"]


@pytest.mark.parametrize(
    "query", ["uitbuitingsvorm=bestaat-niet", "anoniem=misschien", "dag-en-nacht=" + "x" * 3000]
)
def test_the_directory_drops_unknown_filters_with_a_message(client, meldroute, query):
    response = client.get(f"/meldroutekaart/meldpunten/?{query}")

    assert response.status_code == 200
    assertContains(response, "had een onbekende waarde en is niet gebruikt")
    assertContains(response, "4 meldpunten")


def _large_tree(meldpunten, questions: int) -> list:
    """A chain of questions, each with a way out to its own route, ending in one more route."""
    steps = []
    for number in range(questions):
        following = f"v{number + 1}" if number + 1 < questions else "einde"
        steps.append(vraag(f"v{number}", ("Verder", following), ("Stop", f"r{number}")))
    for number in range(questions):
        steps.append(route(f"r{number}", contacts=meldpunten[number % len(meldpunten) :][:2]))
    steps.append(route("einde", contacts=meldpunten))
    return steps


@pytest.mark.parametrize("questions, contacts", [(2, 2), (12, 12)])
def test_queries_do_not_grow_with_the_tree(
    client, home_page, gemeenten, django_assert_max_num_queries, questions, contacts
):
    meldpunten = [MeldpuntFactory() for _ in range(contacts)]
    MeldroutePageFactory(parent=home_page, steps=_large_tree(meldpunten, questions))
    to_the_end = "&".join(f"v{number}=1" for number in range(questions))

    # Measured: 13, 11 and 17 queries for 2 questions and 2 meldpunten as for 12 and 12.
    with django_assert_max_num_queries(13):
        response = client.get(f"/meldroutekaart/?{to_the_end}")
    assert response.content.decode().count('class="card meldpunt"') == contacts
    with django_assert_max_num_queries(11):
        assert client.get("/meldroutekaart/overzicht/").status_code == 200
    with django_assert_max_num_queries(17):
        assert client.get("/meldroutekaart/meldpunten/").status_code == 200
