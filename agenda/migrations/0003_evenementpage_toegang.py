"""`audience` becomes `toegang`: "doelgroep" and "audience" belong to campaign material.

Wagtail keeps every revision of a page as JSON with the field names of its time. Renaming the
column alone would leave a draft or an older revision without the field, and publishing it would
make a members-only event public; so the revisions are renamed too.
"""

from django.db import migrations


def rename_in_revisions(old: str, new: str):
    def rename(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        Revision = apps.get_model("wagtailcore", "Revision")
        content_type = ContentType.objects.filter(app_label="agenda", model="evenementpage").first()
        if content_type is None:
            return
        for revision in Revision.objects.filter(content_type=content_type).iterator():
            if old in revision.content:
                revision.content[new] = revision.content.pop(old)
                revision.save(update_fields=["content"])

    return rename


class Migration(migrations.Migration):
    dependencies = [
        ("agenda", "0002_editor_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RenameField(model_name="evenementpage", old_name="audience", new_name="toegang"),
        migrations.RunPython(
            rename_in_revisions("audience", "toegang"), rename_in_revisions("toegang", "audience")
        ),
    ]
