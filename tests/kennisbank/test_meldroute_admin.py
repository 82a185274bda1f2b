"""Editors change the meldroutekaart in the Wagtail admin; a tree that dead-ends never goes live."""

import pytest
from pytest_django.asserts import assertContains

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from kennisbank.meldroute.tree import Tree
from kennisbank.models import MeldroutePage
from tests.kennisbank.meldroute_steps import resident_and_professional, route, vraag

pytestmark = pytest.mark.django_db


def _list_block(items) -> dict:
    data = {str(i): {"value": item, "deleted": "", "order": str(i), "id": ""} for i, item in enumerate(items)}
    return {"count": str(len(items)), **data}


def _form_value(kind: str, value: dict) -> dict:
    """A step as the admin's StreamField form posts it."""
    if kind == "vraag":
        return {**value, "answers": _list_block(value["answers"])}
    if kind == "route":
        return {
            **value,
            "urgent": "on" if value["urgent"] else "",
            "show_local_contact": "on" if value["show_local_contact"] else "",
            "contacts": _list_block([meldpunt.pk for meldpunt in value["contacts"]]),
            **{name: rich_text(value[name]) for name in ["intro", "write_down", "do_not", "what_next"]},
        }
    return value


def edit_form(page: MeldroutePage, steps: list, **extra) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": "",
            "intro": rich_text("<p>Beantwoord een paar vragen.</p>"),
            "directory_intro": rich_text(""),
            "quick_exit_url": page.quick_exit_url,
            "steps": streamfield([(kind, _form_value(kind, value)) for kind, value in steps]),
            **extra,
        }
    )


PUBLISH = {"action-publish": "action-publish"}


def test_an_editor_changes_a_route_and_visitors_see_it(editor_client, client, meldroute, meldpunten):
    steps = resident_and_professional(meldpunten)
    steps[3] = vraag(
        "inwoner-gevaar", ("Ja, nu", "route-112"), ("Nee", "inwoner-anoniem"), text="Is er gevaar?"
    )

    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[meldroute.pk]), edit_form(meldroute, steps, **PUBLISH)
    )

    assert response.status_code == 302
    visitor_page = client.get("/meldroutekaart/?wie=2")
    assertContains(visitor_page, "Is er gevaar?")
    assertContains(visitor_page, '<label for="stap-antwoord-1">Ja, nu</label>')


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (
            ("inwoner-anoniem", vraag("inwoner-anoniem", ("Ja", "route-anoniem"), ("Nee", "bestaat-niet"))),
            "geen stap met die sleutel",
        ),
        (
            (
                "inwoner-anoniem",
                vraag("inwoner-anoniem", ("Ja", "route-anoniem"), ("Terug", "inwoner-gevaar")),
            ),
            "kringetje",
        ),
        (("inwoner-anoniem", vraag("inwoner-anoniem")), "Deze vraag heeft geen antwoorden"),
        (("route-anoniem", route("route-112")), "komt vaker voor"),
    ],
)
def test_publishing_a_tree_that_dead_ends_or_loops_is_refused(
    editor_client, client, meldroute, meldpunten, broken, message
):
    key, replacement = broken
    steps = [
        replacement if value["key"] == key else (kind, value)
        for kind, value in resident_and_professional(meldpunten)
    ]

    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[meldroute.pk]), edit_form(meldroute, steps, **PUBLISH)
    )

    assert response.status_code == 200  # the edit form again, with the errors
    assertContains(response, "De pagina kon niet worden opgeslagen")
    assertContains(response, message)
    meldroute.refresh_from_db()
    assert Tree.from_stream(meldroute.steps).problems() == []
    assertContains(
        client.get("/meldroutekaart/?wie=2&inwoner-gevaar=2&inwoner-anoniem=1"), "Meld Misdaad Anoniem"
    )


def test_a_half_built_tree_can_be_saved_as_a_draft_and_previewed(editor_client, meldroute, meldpunten):
    steps = resident_and_professional(meldpunten) + [vraag("nieuw", ("Ja", "nog-te-maken"))]
    edit_url = reverse("wagtailadmin_pages:edit", args=[meldroute.pk])

    saved = editor_client.post(edit_url, edit_form(meldroute, steps))
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[meldroute.pk])
    checked = editor_client.post(preview_url, edit_form(meldroute, steps))
    overview = editor_client.get(preview_url, {"mode": "overzicht"})

    assert saved.status_code == 302
    meldroute.refresh_from_db()
    assert meldroute.live and meldroute.has_unpublished_changes
    assert meldroute.get_latest_revision_as_object().steps[-1].value["key"] == "nieuw"
    assert checked.json()["is_valid"] is True
    assertContains(overview, "Meldroutekaart mensenhandel")
    assertContains(overview, "Vraag 1</span> Wie bent u?")


def test_bulk_publishing_a_broken_draft_is_refused(editor_client, client, meldroute, meldpunten):
    steps = resident_and_professional(meldpunten)
    steps[0] = vraag(
        "wie", ("Ik ben professional", "weg"), ("Ik maak me zorgen", "inwoner-gevaar"), text="Wie bent u?"
    )
    editor_client.post(reverse("wagtailadmin_pages:edit", args=[meldroute.pk]), edit_form(meldroute, steps))
    bulk_url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])

    response = editor_client.post(f"{bulk_url}?id={meldroute.pk}", follow=True)

    assertContains(response, "is niet gepubliceerd: in de vragen en routes loopt een weg dood")
    assertContains(client.get("/meldroutekaart/"), '<label for="stap-antwoord-1">Ik ben professional</label>')
    assert client.get("/meldroutekaart/?wie=1").status_code == 200
    meldroute.refresh_from_db()
    assert meldroute.has_unpublished_changes
