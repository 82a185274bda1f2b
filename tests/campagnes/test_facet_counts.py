"""The library's counts per filter value, checked against a brute-force count for every combination."""

import itertools
import random

import pytest

from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict

from campagnes.facets import MATERIAAL_FACETS, MATERIAAL_KEYWORD, MATERIAAL_SORTS
from campagnes.models import Materiaal
from home.facets import FacetedFilter
from tests.campagnes.factories import DoelgroepFactory, MateriaalvormFactory, TaalFactory
from tests.kennisbank.factories import UitbuitingsvormFactory

pytestmark = pytest.mark.django_db

CAMPAGNES = ["kijk", "buit", None]
DOELGROEPEN = ["bewoners", "jongeren", "hotels"]
VORMEN = ["poster", "flyer", "video"]
TALEN = ["nl", "pl", "ar"]
UITBUITINGSVORMEN = ["arbeid", "crimineel", "seksueel"]
WORDS = ["signalen", "melden", "hulp"]

VALUES = {
    "campagne": ["kijk", "buit"],
    "doelgroep": DOELGROEPEN,
    "vorm": VORMEN,
    "taal": TALEN,
    "uitbuitingsvorm": UITBUITINGSVORMEN,
}

# What a visitor can choose per facet: nothing, one value, or two values (which widen).
CHOICES = {
    "campagne": [[], ["kijk"], ["kijk", "buit"]],
    "doelgroep": [[], ["jongeren"], ["bewoners", "hotels"]],
    "vorm": [[], ["poster"]],
    "taal": [[], ["pl"], ["nl", "ar"]],
    "uitbuitingsvorm": [[], ["crimineel"], ["arbeid", "seksueel"]],
    "q": [[], ["signalen"]],
}


@pytest.fixture
def catalogue(campagne_factory, materiaal_factory, restricted_document):
    """Twenty pieces of material with random tags, plus two that no visitor may see."""
    campagnes = {slug: campagne_factory(title=slug.capitalize(), slug=slug) for slug in CAMPAGNES if slug}
    doelgroepen = {slug: DoelgroepFactory(name=slug, slug=slug) for slug in DOELGROEPEN}
    vormen = {slug: MateriaalvormFactory(name=slug, slug=slug) for slug in VORMEN}
    talen = {slug: TaalFactory(name=slug, slug=slug) for slug in TALEN}
    uitbuitingsvormen = {slug: UitbuitingsvormFactory(name=slug, slug=slug) for slug in UITBUITINGSVORMEN}
    rng = random.Random(6)
    expected = []
    for number in range(20):
        item = {
            "campagne": rng.choice(CAMPAGNES),
            "doelgroep": set(rng.sample(DOELGROEPEN, rng.randint(0, 2))),
            "vorm": rng.choice(VORMEN),
            "taal": rng.choice(TALEN),
            "uitbuitingsvorm": set(rng.sample(UITBUITINGSVORMEN, rng.randint(0, 3))),
            "words": set(rng.sample(WORDS, 1)),
        }
        materiaal_factory(
            title=f"Materiaal {number} over {' '.join(item['words'])}",
            description="Omschrijving zonder zoekwoorden.",
            campagne=campagnes.get(item["campagne"]),
            doelgroepen=[doelgroepen[slug] for slug in item["doelgroep"]],
            vorm=vormen[item["vorm"]],
            taal=talen[item["taal"]],
            uitbuitingsvormen=[uitbuitingsvormen[slug] for slug in item["uitbuitingsvorm"]],
        )
        expected.append(item)
    # Neither may count anywhere: one is a draft, one has its file in a restricted collection.
    materiaal_factory(title="Concept over signalen", live=False, vorm=vormen["poster"], taal=talen["pl"])
    materiaal_factory(
        title="Besloten over signalen", document=restricted_document, vorm=vormen["poster"], taal=talen["pl"]
    )
    return expected


def matches(item, facet_name, values):
    if not values:
        return True
    if facet_name == "q":
        return any(word in item["words"] for word in values)
    actual = item[facet_name]
    return bool(actual & set(values)) if isinstance(actual, set) else actual in values


def brute_force(catalogue, chosen, facet_name, value):
    """How many items match every other facet's choice, the keyword, and `value` for this facet."""
    return sum(
        all(matches(item, other, values) for other, values in chosen.items() if other != facet_name)
        and matches(item, facet_name, [value])
        for item in catalogue
    )


def test_facet_counts_match_a_brute_force_count_for_every_combination(catalogue):
    names = list(CHOICES)
    combinations = list(itertools.product(*(CHOICES[name] for name in names)))
    base = Materiaal.objects.visible_to(AnonymousUser())
    for combination in combinations:
        chosen = dict(zip(names, combination, strict=True))
        data = QueryDict(mutable=True)
        for name, values in chosen.items():
            data.setlist(name, values)
        faceted = FacetedFilter(
            base, MATERIAAL_FACETS, data, keyword=MATERIAAL_KEYWORD, sorts=MATERIAAL_SORTS
        )

        expected_results = sum(
            all(matches(item, name, values) for name, values in chosen.items()) for item in catalogue
        )
        assert faceted.results().count() == expected_results, chosen
        for view in faceted.views():
            shown = {option.value: option.count for option in view.options}
            for value in VALUES[view.facet.name]:
                assert shown.get(value, 0) == brute_force(catalogue, chosen, view.facet.name, value), (
                    chosen,
                    view.facet.name,
                    value,
                )
    assert len(combinations) == 3 * 3 * 2 * 3 * 3 * 2


def test_the_library_page_shows_the_same_counts(client, catalogue):
    response = client.get("/campagnes/materiaalbank/?taal=pl&taal=nl&doelgroep=jongeren&q=signalen")

    chosen = {"taal": ["pl", "nl"], "doelgroep": ["jongeren"], "q": ["signalen"]}
    for view in response.context["facets"]:
        for option in view.options:
            assert option.count == brute_force(catalogue, chosen, view.facet.name, option.value)
