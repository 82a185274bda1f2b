"""Editors' rights, given by data migrations so that every site has them, not only the demo.

Wagtail's own migrations make the groups Editors and Moderators, with rights on pages, documents
and images. The rest (snippets, settings, the community's and the agenda's admin) each app grants
in a migration of its own with `grant`, so that a new site's editors can work from the start.
"""

from __future__ import annotations

from django.db import migrations

# The editors of the VAR: Wagtail's moderators, who edit, publish and manage the community.
EDITORS = "Moderators"
MANAGE = ("add", "change", "delete", "view")


def grant(group: str, app_label: str, rights: dict[str, tuple[str, ...]]) -> migrations.RunPython:
    """A migration operation giving `group` these rights on models of `app_label`, for example
    {"materiaal": ("add", "change", "publish")}.

    Django creates permissions only after all migrations have run, so missing ones are made here
    (with the names Django and Wagtail would give them); reversing takes the rights away again.
    """

    def permissions(apps):
        ContentType = apps.get_model("contenttypes", "ContentType")
        Permission = apps.get_model("auth", "Permission")
        for model_name, actions in rights.items():
            model = apps.get_model(app_label, model_name)
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model_name}",
                    defaults={"name": f"Can {action} {model._meta.verbose_name_raw}"},
                )
                yield permission

    def forwards(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        editors, _ = Group.objects.get_or_create(name=group)
        editors.permissions.add(*permissions(apps))

    def backwards(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        editors = Group.objects.filter(name=group).first()
        if editors:
            editors.permissions.remove(*permissions(apps))

    return migrations.RunPython(forwards, backwards)
