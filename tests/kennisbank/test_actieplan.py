import datetime

import pytest

from kennisbank.models import ActieVoortgang, Status
from tests.kennisbank.factories import ActiePageFactory, PartnerFactory, ThemaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def riec(db):
    return PartnerFactory(name="Regionaal Informatie- en Expertisecentrum", slug="riec", abbreviation="RIEC")


@pytest.fixture
def plan_with_actions(actieplan, riec):
    aard = ThemaFactory(name="Aard en omvang", slug="aard-en-omvang", sort_order=0)
    dader = ThemaFactory(name="Aanpak faciliteerders en mensenhandelaren", slug="daderaanpak", sort_order=1)
    var = PartnerFactory(name="VeiligheidsAlliantie regio Rotterdam", slug="var", abbreviation="VAR")
    return {
        "monitor": ActiePageFactory(
            parent=actieplan, title="Publiceren monitor", thema=aard, number=1, partners=[var, riec]
        ),
        "scan": ActiePageFactory(
            parent=actieplan,
            title="Omgevingsscan",
            thema=aard,
            number=4,
            partners=[var],
            status=Status.AFGEROND,
        ),
        "daderaanpak": ActiePageFactory(
            parent=actieplan, title="Integrale daderaanpak", thema=dader, number=2, partners=[riec]
        ),
    }


def listed(response):
    return [actie.title for _, acties in response.context["themas"] for actie in acties]


def test_plan_lists_actions_grouped_by_theme_in_order(client, plan_with_actions):
    response = client.get("/actieplan/")

    assert listed(response) == ["Publiceren monitor", "Omgevingsscan", "Integrale daderaanpak"]
    assert [thema.slug for thema, _ in response.context["themas"]] == ["aard-en-omvang", "daderaanpak"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thema=daderaanpak", ["Integrale daderaanpak"]),
        ("partner=riec", ["Publiceren monitor", "Integrale daderaanpak"]),
        ("status=afgerond", ["Omgevingsscan"]),
        ("partner=riec&thema=aard-en-omvang", ["Publiceren monitor"]),
        ("status=lopend&status=afgerond", ["Publiceren monitor", "Omgevingsscan", "Integrale daderaanpak"]),
    ],
)
def test_filter_actions(client, plan_with_actions, query, expected):
    assert listed(client.get(f"/actieplan/?{query}")) == expected


def test_what_does_a_partner_do(client, plan_with_actions):
    response = client.get("/actieplan/partner/riec/")

    assert response.status_code == 200
    assert listed(response) == ["Publiceren monitor", "Integrale daderaanpak"]
    assert "Wat doet Regionaal Informatie- en Expertisecentrum (RIEC)?" in response.content.decode()


@pytest.mark.parametrize("slug", ["bestaat-niet", "x" * 300])
def test_unknown_partner_is_404(client, plan_with_actions, slug):
    assert client.get(f"/actieplan/partner/{slug}/").status_code == 404


def test_partner_without_actions_is_404(client, plan_with_actions):
    PartnerFactory(name="Zonder acties", slug="zonder-acties")

    assert client.get("/actieplan/partner/zonder-acties/").status_code == 404


@pytest.mark.parametrize("query", ["status=kapot", "thema=<b>x</b>", "partner=" + "é" * 5000, "page=-3"])
def test_bad_filter_input_answers_200(client, plan_with_actions, query):
    response = client.get(f"/actieplan/?{query}")

    assert response.status_code == 200
    assert len(listed(response)) == 3


def test_members_only_progress_is_hidden_from_the_public(client, member_client, plan_with_actions):
    actie = plan_with_actions["monitor"]
    actie.progress = [
        ActieVoortgang(date=datetime.date(2025, 3, 1), text="Monitor 2024 gepubliceerd."),
        ActieVoortgang(
            date=datetime.date(2025, 4, 1),
            text="Intern: cijfers van gemeente X ontbreken.",
            members_only=True,
        ),
    ]
    actie.save_revision().publish()

    public = client.get(actie.url).content.decode()
    members = member_client.get(actie.url).content.decode()

    assert "Monitor 2024 gepubliceerd." in public
    assert "cijfers van gemeente X" not in public
    assert "cijfers van gemeente X" in members


def test_action_page_shows_status_partners_and_planning(client, plan_with_actions):
    html = client.get(plan_with_actions["scan"].url).content.decode()

    assert "Afgerond" in html
    assert "Doorlopend" in html  # the planning
    assert 'href="/actieplan/partner/var/"' in html


@pytest.mark.parametrize("number_of_actions", [2, 12])
def test_plan_queries_do_not_grow_with_actions(
    client, actieplan, riec, django_assert_max_num_queries, number_of_actions
):
    themas = [ThemaFactory() for _ in range(5)]
    for number in range(number_of_actions):
        ActiePageFactory(parent=actieplan, thema=themas[number % 5], partners=[riec])

    with django_assert_max_num_queries(22):
        response = client.get("/actieplan/?partner=riec")

    assert len(listed(response)) == number_of_actions
