"""Renaming `audience` to `toegang` keeps who may see an event, also in drafts and old revisions."""

import importlib

import pytest

from django.apps import apps

from wagtail.models import Revision

from agenda.models import Toegang

pytestmark = pytest.mark.django_db

migration = importlib.import_module("agenda.migrations.0003_evenementpage_toegang")


def test_a_revision_saved_before_the_rename_stays_members_only(event_factory):
    event = event_factory(toegang=Toegang.LEDEN)
    revision = event.save_revision()
    old_content = {**revision.content, "audience": revision.content["toegang"]}
    del old_content["toegang"]
    Revision.objects.filter(pk=revision.pk).update(content=old_content)

    migration.rename_in_revisions("audience", "toegang")(apps, schema_editor=None)

    revision.refresh_from_db()
    assert revision.as_object().toegang == Toegang.LEDEN
