import datetime

import pytest

from tests.kennisbank.factories import KennissoortFactory, ThemaFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [item.title for item in response.context["items"]]


def facet(response, name):
    view = next(view for view in response.context["facets"] if view.facet.name == name)
    return {option.value: option for option in view.options}


def test_listing_shows_items_newest_first(client, item_factory):
    item_factory(title="Ouder rapport", publication_date=datetime.date(2022, 5, 1))
    item_factory(title="Nieuw rapport", publication_date=datetime.date(2025, 5, 1))

    response = client.get("/kennisbank/")

    assert response.status_code == 200
    assert titles(response) == ["Nieuw rapport", "Ouder rapport"]
    assert "2 resultaten" in response.content.decode()


def test_filter_by_uitbuitingsvorm_and_counts_per_value(client, item_factory, vormen):
    item_factory(title="Over arbeid", uitbuitingsvormen=[vormen["arbeidsuitbuiting"]])
    item_factory(
        title="Over arbeid en criminaliteit",
        uitbuitingsvormen=[vormen["arbeidsuitbuiting"], vormen["criminele-uitbuiting"]],
    )
    item_factory(title="Over seksuele uitbuiting", uitbuitingsvormen=[vormen["seksuele-uitbuiting"]])

    response = client.get("/kennisbank/?uitbuitingsvorm=criminele-uitbuiting")

    assert titles(response) == ["Over arbeid en criminaliteit"]
    counts = facet(response, "uitbuitingsvorm")
    # The counts of a facet ignore its own selection: they say what ticking that value adds.
    assert counts["arbeidsuitbuiting"].count == 2
    assert counts["criminele-uitbuiting"].count == 1
    assert counts["criminele-uitbuiting"].selected
    assert counts["seksuele-uitbuiting"].count == 1


def test_values_within_a_facet_widen_and_facets_narrow(client, item_factory, vormen):
    thema = ThemaFactory(name="Bewustwording", slug="bewustwording")
    item_factory(title="A", uitbuitingsvormen=[vormen["arbeidsuitbuiting"]], themas=[thema])
    item_factory(title="B", uitbuitingsvormen=[vormen["seksuele-uitbuiting"]])
    item_factory(title="C", uitbuitingsvormen=[vormen["criminele-uitbuiting"]], themas=[thema])

    both = client.get("/kennisbank/?uitbuitingsvorm=arbeidsuitbuiting&uitbuitingsvorm=seksuele-uitbuiting")
    narrowed = client.get(
        "/kennisbank/?uitbuitingsvorm=arbeidsuitbuiting&uitbuitingsvorm=seksuele-uitbuiting&thema=bewustwording"
    )

    assert sorted(titles(both)) == ["A", "B"]
    assert titles(narrowed) == ["A"]
    assert facet(narrowed, "thema")["bewustwording"].count == 1


def test_filter_by_kind_and_year(client, item_factory):
    format_ = KennissoortFactory(name="Best practice format", slug="format")
    item_factory(title="Format 2024", soort=format_, publication_date=datetime.date(2024, 6, 1))
    item_factory(title="Format 2025", soort=format_, publication_date=datetime.date(2025, 6, 1))
    item_factory(title="Onderzoek 2024", publication_date=datetime.date(2024, 1, 1))

    response = client.get("/kennisbank/?soort=format&jaar=2024")

    assert titles(response) == ["Format 2024"]
    assert facet(response, "jaar")["2025"].count == 1
    assert facet(response, "soort")["onderzoek-en-rapport"].count == 1


@pytest.mark.parametrize("thema_filter", [None, "aard-en-omvang", "daderaanpak"])
@pytest.mark.parametrize("vorm_filter", [None, "arbeidsuitbuiting", "seksuele-uitbuiting"])
def test_facet_counts_match_a_brute_force_count(client, item_factory, vormen, thema_filter, vorm_filter):
    themas = {slug: ThemaFactory(name=slug, slug=slug) for slug in ["aard-en-omvang", "daderaanpak"]}
    combos = [
        (["arbeidsuitbuiting"], ["aard-en-omvang"]),
        (["arbeidsuitbuiting", "seksuele-uitbuiting"], ["daderaanpak"]),
        (["criminele-uitbuiting"], ["aard-en-omvang", "daderaanpak"]),
        ([], ["daderaanpak"]),
        (["seksuele-uitbuiting"], []),
    ]
    for vorm_slugs, thema_slugs in combos:
        item_factory(
            uitbuitingsvormen=[vormen[slug] for slug in vorm_slugs],
            themas=[themas[slug] for slug in thema_slugs],
        )
    query = "&".join(
        f"{name}={value}"
        for name, value in [("thema", thema_filter), ("uitbuitingsvorm", vorm_filter)]
        if value
    )

    response = client.get(f"/kennisbank/?{query}")

    def brute_force(facet_name, value):
        """Items matching every other facet's filter and this value."""
        return sum(
            (thema_filter is None or facet_name == "thema" or thema_filter in t)
            and (vorm_filter is None or facet_name == "uitbuitingsvorm" or vorm_filter in v)
            and value in (t if facet_name == "thema" else v)
            for v, t in combos
        )

    for facet_name, values in [("uitbuitingsvorm", vormen), ("thema", themas)]:
        shown = facet(response, facet_name)
        for value in values:
            assert (shown[value].count if value in shown else 0) == brute_force(facet_name, value)
    expected_results = sum(
        (thema_filter is None or thema_filter in t) and (vorm_filter is None or vorm_filter in v)
        for v, t in combos
    )
    assert response.context["items"].paginator.count == expected_results


def test_zero_count_values_are_hidden_unless_chosen(client, item_factory, vormen):
    item_factory(uitbuitingsvormen=[vormen["arbeidsuitbuiting"]])

    plain = facet(client.get("/kennisbank/"), "uitbuitingsvorm")
    chosen = facet(client.get("/kennisbank/?uitbuitingsvorm=seksuele-uitbuiting"), "uitbuitingsvorm")

    assert set(plain) == {"arbeidsuitbuiting"}
    assert chosen["seksuele-uitbuiting"].selected and chosen["seksuele-uitbuiting"].count == 0


@pytest.mark.parametrize(
    "query",
    [
        "uitbuitingsvorm=bestaat-niet",
        "jaar=abc",
        "jaar=-1",
        "page=abc",
        "page=-1",
        "page=99999",
        "page=0",
        "soort=" + "x" * 10_000,
        "thema=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "uitbuitingsvorm=%F0%9F%92%A5%E2%80%AE",
        "uitbuitingsvorm=arbeidsuitbuiting&uitbuitingsvorm=arbeidsuitbuiting",
        "onbekend=1",
    ],
)
def test_bad_input_answers_200_with_defaults(client, item_factory, vormen, query):
    item_factory(title="Blijft zichtbaar", uitbuitingsvormen=[vormen["arbeidsuitbuiting"]])

    response = client.get(f"/kennisbank/?{query}")

    assert response.status_code == 200
    assert "Blijft zichtbaar" in response.content.decode()
    assert "<script>alert(1)" not in response.content.decode()


def test_unknown_filter_value_is_reported(client, kennisbank):
    response = client.get("/kennisbank/?uitbuitingsvorm=bestaat-niet")

    assert "had een onbekende waarde en is niet gebruikt" in response.content.decode()


def test_pagination(client, item_factory):
    for number in range(15):
        item_factory(title=f"Rapport {number:02d}", publication_date=datetime.date(2024, 1, 1 + number))

    first = client.get("/kennisbank/")
    second = client.get("/kennisbank/?page=2")

    assert len(first.context["items"]) == 12
    assert len(second.context["items"]) == 3
    assert 'rel="next"' in first.content.decode()


def test_filtered_listing_is_not_indexed(client, item_factory, vormen):
    item_factory(uitbuitingsvormen=[vormen["arbeidsuitbuiting"]])

    assert 'content="noindex' not in client.get("/kennisbank/").content.decode()
    assert 'content="noindex' in client.get("/kennisbank/?uitbuitingsvorm=arbeidsuitbuiting").content.decode()


def test_draft_items_are_not_listed(client, item_factory):
    draft = item_factory(title="Concept rapport")
    draft.unpublish()

    assert "Concept rapport" not in client.get("/kennisbank/").content.decode()


@pytest.mark.parametrize("number_of_items", [2, 14])
def test_listing_queries_do_not_grow_with_items(
    client, item_factory, vormen, django_assert_max_num_queries, number_of_items
):
    thema = ThemaFactory()
    for _ in range(number_of_items):
        item_factory(
            uitbuitingsvormen=[vormen["arbeidsuitbuiting"], vormen["seksuele-uitbuiting"]], themas=[thema]
        )

    # 2 of these list the kennisbank's other sections (the monitor), whatever the number of items.
    with django_assert_max_num_queries(29):
        response = client.get("/kennisbank/?uitbuitingsvorm=arbeidsuitbuiting")

    assert response.status_code == 200
