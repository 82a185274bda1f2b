"""Editors plan a recurring event by copying last one with Wagtail's copy and giving it a new date."""

import datetime

import pytest

from agenda.models import Aanmelding, EvenementPage, Toegang
from tests.agenda.factories import AanmeldingFactory

pytestmark = pytest.mark.django_db


def test_a_copied_event_keeps_who_may_see_it_and_leaves_the_registrations_behind(
    editor_client, event_factory, groep, client
):
    original = event_factory(
        title="Werkgroepoverleg", slug="werkgroepoverleg", toegang=Toegang.GROEPEN, groepen=[groep]
    )
    AanmeldingFactory(evenement=original, name="Ans")

    response = editor_client.post(
        f"/admin/pages/{original.pk}/copy/",
        {
            "new_title": "Werkgroepoverleg najaar",
            "new_slug": "werkgroepoverleg-najaar",
            "new_parent_page": original.get_parent().pk,
            "publish_copy": "on",
        },
    )
    assert response.status_code == 302
    copy = EvenementPage.objects.get(slug="werkgroepoverleg-najaar")
    copy.start += datetime.timedelta(days=180)
    copy.end += datetime.timedelta(days=180)
    copy.save_revision().publish()

    assert list(copy.groepen.all()) == [groep]
    assert copy.get_view_restrictions().get().groups.get() == groep.group
    assert not Aanmelding.objects.filter(evenement=copy).exists()
    assert Aanmelding.objects.filter(evenement=original).count() == 1
    assert client.get(copy.url).status_code in (302, 403)
