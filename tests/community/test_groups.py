import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import CollectionViewRestriction, PageViewRestriction

from community.models import Lidmaatschap, Nieuwsmail

pytestmark = pytest.mark.django_db


def test_a_new_group_gets_its_own_django_group_collection_and_restrictions(groep):
    page_restriction = PageViewRestriction.objects.get(page=groep)
    collection_restriction = CollectionViewRestriction.objects.get(collection=groep.collection)

    assert page_restriction.restriction_type == "groups"
    assert list(page_restriction.groups.all()) == [groep.group]
    assert list(collection_restriction.groups.all()) == [groep.group]
    assert groep.collection.get_parent().name == "Community"


def test_saving_the_group_again_adds_nothing(groep):
    groep.title = "Werkgroep LVB (nieuw)"
    groep.save_revision().publish()

    assert PageViewRestriction.objects.filter(page=groep).count() == 1


def test_member_asks_to_join_and_a_moderator_admits(groep, member_of, user_factory, client_for):
    moderator = client_for(member_of(groep, moderator=True))
    applicant = user_factory(email="nieuw@example.org")
    browser = client_for(applicant)

    listing = browser.get("/community/groepen/").content.decode()
    assert "Lid worden van Werkgroep LVB" in listing and "U bent lid." not in listing

    browser.post(f"/community/groepen/{groep.pk}/aanvragen/", {"motivation": "Ik werk met jongeren."})
    membership = Lidmaatschap.objects.get(user=applicant, groep=groep)
    assert membership.status == Lidmaatschap.Status.AANGEVRAAGD
    assert browser.get(groep.url).status_code == 403
    assert "Uw aanvraag wacht op een moderator." in browser.get("/community/groepen/").content.decode()
    assert "Ik werk met jongeren." in moderator.get(groep.url).content.decode()

    moderator.post(f"{groep.url}aanvragen/{membership.pk}/", {"besluit": "toelaten"})

    assert browser.get(groep.url).status_code == 200
    assert "U bent lid." in browser.get("/community/groepen/").content.decode()


def test_moderator_can_refuse(groep, member_of, user_factory, client_for):
    moderator = client_for(member_of(groep, moderator=True))
    applicant = user_factory()
    membership = Lidmaatschap.objects.create(user=applicant, groep=groep)

    moderator.post(f"{groep.url}aanvragen/{membership.pk}/", {"besluit": "afwijzen"})

    membership.refresh_from_db()
    assert membership.status == Lidmaatschap.Status.AFGEWEZEN
    assert not applicant.groups.filter(pk=groep.group_id).exists()


def test_ordinary_members_cannot_admit_anyone(groep, member_of, user_factory, client_for):
    member = client_for(member_of(groep))
    membership = Lidmaatschap.objects.create(user=user_factory(), groep=groep)

    response = member.post(f"{groep.url}aanvragen/{membership.pk}/", {"besluit": "toelaten"})

    assert response.status_code == 403
    membership.refresh_from_db()
    assert membership.status == Lidmaatschap.Status.AANGEVRAAGD


def test_a_moderator_cannot_decide_for_another_group_by_changing_the_id(
    groep, andere_groep, member_of, user_factory, client_for
):
    moderator = client_for(member_of(groep, moderator=True))
    elsewhere = Lidmaatschap.objects.create(user=user_factory(), groep=andere_groep)

    response = moderator.post(f"{groep.url}aanvragen/{elsewhere.pk}/", {"besluit": "toelaten"})

    assert response.status_code == 404
    elsewhere.refresh_from_db()
    assert elsewhere.status == Lidmaatschap.Status.AANGEVRAAGD


@pytest.mark.parametrize("decision", ["", "ja", "<script>", "x" * 5000])
def test_unknown_decisions_are_refused(groep, member_of, user_factory, client_for, decision):
    moderator = client_for(member_of(groep, moderator=True))
    membership = Lidmaatschap.objects.create(user=user_factory(), groep=groep)

    assert moderator.post(f"{groep.url}aanvragen/{membership.pk}/", {"besluit": decision}).status_code == 404


def test_overlong_motivation_is_refused_with_a_message(groep, user_factory, client_for):
    browser = client_for(user_factory())

    response = browser.post(
        f"/community/groepen/{groep.pk}/aanvragen/", {"motivation": "x" * 501}, follow=True
    )

    assert "te lang" in response.content.decode()
    assert not Lidmaatschap.objects.exists()


def test_membership_status_drives_the_django_group(groep, member_of):
    user = member_of(groep)
    membership = Lidmaatschap.objects.get(user=user)

    membership.status = Lidmaatschap.Status.VERLOPEN
    membership.save()
    assert not user.groups.filter(pk=groep.group_id).exists()

    membership.status = Lidmaatschap.Status.ACTIEF
    membership.save()
    assert user.groups.filter(pk=groep.group_id).exists()

    Lidmaatschap.objects.filter(pk=membership.pk).delete()
    assert not user.groups.filter(pk=groep.group_id).exists()


def test_members_upload_documents_into_the_group_collection(groep, member_of, client_for):
    uploader = member_of(groep)
    other = member_of(groep, notify=Nieuwsmail.DIRECT)
    browser = client_for(uploader)

    with django_capture_commit():
        response = browser.post(
            f"{groep.url}documenten/",
            {"title": "Verslag maart", "file": SimpleUploadedFile("verslag.pdf", b"%PDF-1.4 verslag")},
        )

    assert response.status_code == 302
    listing = browser.get(f"{groep.url}documenten/").content.decode()
    assert "Verslag maart" in listing
    document = groep.collection.document_set.get() if hasattr(groep.collection, "document_set") else None
    assert [m.to for m in mail.outbox] == [[other.email]]
    assert document is None or document.uploaded_by_user == uploader


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("script.exe", b"MZ", "Dit soort bestand kan niet"),
        ("pagina.html", b"<script>alert(1)</script>", "Dit soort bestand kan niet"),
        ("groot.pdf", b"%PDF" + b"0" * (20 * 1024 * 1024 + 1), "groter dan 20 MB"),
    ],
)
def test_unsafe_or_huge_uploads_are_refused(groep, member_of, client_for, name, content, message):
    browser = client_for(member_of(groep))

    response = browser.post(
        f"{groep.url}documenten/", {"title": "Bijlage", "file": SimpleUploadedFile(name, content)}
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'value="Bijlage"' in response.content.decode()


@pytest.mark.parametrize("members", [2, 12])
def test_group_page_queries_do_not_grow_with_members(
    groep, member_of, client_for, django_assert_max_num_queries, members
):
    viewer = client_for(member_of(groep))
    for _ in range(members):
        member_of(groep)

    with django_assert_max_num_queries(42):
        assert viewer.get(groep.url).status_code == 200


def django_capture_commit():
    from django.test import TestCase

    return TestCase.captureOnCommitCallbacks(execute=True)
