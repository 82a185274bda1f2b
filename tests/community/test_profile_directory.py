import pytest

from community.models import Profiel, Rol, Zichtbaarheid
from kennisbank.models import Gemeente
from tests.community.factories import ProfielFactory
from tests.kennisbank.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def profile_data(**overrides):
    data = {
        "first_name": "Sanne",
        "last_name": "de Vries",
        "rol": Rol.AANDACHTSFUNCTIONARIS,
        "job_title": "Aandachtsfunctionaris",
        "phone": "010 123 4567",
        "bio": "Werkt aan de meldroute.",
        **{
            f"visibility_{field}": Zichtbaarheid.ALLE_LEDEN
            for field in ["organisation", "gemeente", "rol", "job_title", "email", "phone", "bio"]
        },
    }
    data.update(overrides)
    return data


def test_member_edits_own_profile_and_visibility(member, client_for):
    browser = client_for(member)

    response = browser.post("/mijn-account/profiel/", profile_data(visibility_phone=Zichtbaarheid.NIEMAND))

    assert response.status_code == 302
    profile = Profiel.objects.get(user=member)
    assert profile.phone == "010 123 4567"
    assert profile.level("phone") == Zichtbaarheid.NIEMAND
    member.refresh_from_db()
    assert member.get_full_name() == "Sanne de Vries"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"bio": "x" * 1001}, "1000 tekens"),
        ({"visibility_phone": "iedereen-op-internet"}, "Selecteer een geldige keuze"),
        ({"rol": "koning"}, "Selecteer een geldige keuze"),
        ({"first_name": ""}, "verplicht"),
    ],
)
def test_invalid_profile_input_is_refused_and_kept(member, client_for, overrides, message):
    browser = client_for(member)

    response = browser.post("/mijn-account/profiel/", profile_data(job_title="Blijft <staan>", **overrides))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'value="Blijft &lt;staan&gt;"' in response.content.decode()
    assert not Profiel.objects.filter(user=member, job_title="Blijft <staan>").exists()


def directory_text(browser):
    return browser.get("/community/wie-is-wie/").content.decode()


def test_directory_shows_only_what_members_chose(groep, andere_groep, member_of, client_for):
    owner = member_of(groep)
    Profiel.objects.filter(user=owner).update(
        phone="06 1111 2222",
        bio="Zichtbaar voor iedereen",
        job_title="Geheime functie",
        visibility={"phone": "groepen", "bio": "leden", "job_title": "niemand", "email": "niemand"},
    )
    colleague = client_for(member_of(groep))
    stranger = client_for(member_of(andere_groep))

    shared = directory_text(colleague)
    other = directory_text(stranger)

    assert owner.get_full_name() in shared and owner.get_full_name() in other
    assert "06 1111 2222" in shared and "06 1111 2222" not in other
    assert "Zichtbaar voor iedereen" in shared and "Zichtbaar voor iedereen" in other
    assert "Geheime functie" not in shared and "Geheime functie" not in other
    assert owner.email not in shared and owner.email not in other


def test_directory_lists_the_officer_of_each_municipality(member_of, groep, client_for):
    dordrecht = Gemeente.objects.create(name="Dordrecht", slug="dordrecht", regio="zuid-holland-zuid")
    officer = member_of(groep)
    Profiel.objects.filter(user=officer).update(rol=Rol.AANDACHTSFUNCTIONARIS, gemeente=dordrecht)

    response = client_for(member_of(groep)).get("/community/wie-is-wie/")

    assert [
        (gemeente.name, [card.profile.user for card in cards])
        for gemeente, cards in response.context["officers"]
    ] == [("Dordrecht", [officer])]


def test_directory_filters_by_organisation(member_of, groep, client_for):
    riec = PartnerFactory(name="RIEC", slug="riec")
    analyst = member_of(groep)
    Profiel.objects.filter(user=analyst).update(organisation=riec)
    member_of(groep)

    response = client_for(analyst).get("/community/wie-is-wie/?organisatie=riec")

    assert [card.profile.user for card in response.context["cards"]] == [analyst]


@pytest.mark.parametrize("query", ["gemeente=atlantis", "rol=" + "x" * 5000, "page=-1", "organisatie=<b>"])
def test_directory_bad_filters_answer_200(member, client_for, community, query):
    ProfielFactory(user=member)

    assert client_for(member).get(f"/community/wie-is-wie/?{query}").status_code == 200


def test_directory_is_for_members_only(client, community):
    assert client.get("/community/wie-is-wie/")["Location"].startswith("/account/login/")


@pytest.mark.parametrize("members", [2, 12])
def test_directory_queries_do_not_grow_with_members(
    groep, member_of, client_for, django_assert_max_num_queries, members
):
    viewer = client_for(member_of(groep))
    for _ in range(members):
        member_of(groep)

    with django_assert_max_num_queries(38):
        assert viewer.get("/community/wie-is-wie/").status_code == 200
