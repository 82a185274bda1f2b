import datetime
import re

import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from community import invitations
from community.models import Lidmaatschap, Uitnodiging, User
from tests.community.factories import UitnodigingFactory, UserFactory
from tests.kennisbank.factories import PartnerFactory

pytestmark = pytest.mark.django_db

STRONG = "Lang-en-sterk-wachtwoord-2026"


def accept_url(invitation):
    return f"/uitnodiging/{invitation.token()}/"


def test_accepting_creates_account_profile_and_memberships_and_logs_in(client, groep):
    invitation = UitnodigingFactory(email="nieuw@example.org", first_name="Noor", last_name="Bos")
    invitation.groepen.add(groep)

    page = client.get(accept_url(invitation))
    response = client.post(
        accept_url(invitation),
        {"first_name": "Noor", "last_name": "Bos", "password1": STRONG, "password2": STRONG},
    )

    assert "nieuw@example.org" in page.content.decode()
    assert response.status_code == 302 and response["Location"] == "/community/"
    user = User.objects.get(email="nieuw@example.org")
    assert user.check_password(STRONG)
    assert user.emailaddress_set.get().verified
    assert user.profiel.rol == invitation.rol
    assert Lidmaatschap.objects.get(user=user, groep=groep).status == Lidmaatschap.Status.ACTIEF
    assert user.groups.filter(pk=groep.group_id).exists()
    assert client.get("/community/").status_code == 200


def test_link_works_only_once(client, community):
    invitation = UitnodigingFactory()
    data = {"first_name": "A", "last_name": "B", "password1": STRONG, "password2": STRONG}
    client.post(accept_url(invitation), data)

    again = client.post(accept_url(invitation), data)

    assert again.status_code == 404
    assert "Deze uitnodiging werkt niet (meer)" in again.content.decode()
    assert User.objects.filter(email=invitation.email).count() == 1


@pytest.mark.parametrize("token", ["onzin", "x" * 500, "eyJpZCI6MX0:1abc:def", "%00"])
def test_tampered_links_are_refused(client, token, community):
    UitnodigingFactory()

    response = client.get(f"/uitnodiging/{token}/")

    assert response.status_code == 404
    assert "werkt niet" in response.content.decode()


def test_link_expires_after_14_days(client, community):
    invitation = UitnodigingFactory()
    Uitnodiging.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=15)
    )
    invitation.refresh_from_db()

    assert client.get(accept_url(invitation)).status_code == 404


def test_resending_voids_the_old_link(client, community):
    invitation = UitnodigingFactory()
    old_url = accept_url(invitation)
    invitation.created_at = timezone.now() + datetime.timedelta(seconds=5)
    invitation.save()

    assert client.get(old_url).status_code == 404
    assert client.get(accept_url(invitation)).status_code == 200


@pytest.mark.parametrize(
    ("password1", "password2", "message"),
    [
        ("kort", "kort", "te kort"),
        (STRONG, STRONG + "x", "niet gelijk"),
        ("12345678901", "12345678901", "alleen cijfers"),
    ],
)
def test_weak_or_mismatched_passwords_are_refused_and_names_kept(
    client, community, password1, password2, message
):
    invitation = UitnodigingFactory()

    response = client.post(
        accept_url(invitation),
        {"first_name": "Noor <b>", "last_name": "Bos", "password1": password1, "password2": password2},
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'value="Noor &lt;b&gt;"' in response.content.decode()
    assert not User.objects.filter(email=invitation.email).exists()


def test_there_is_no_open_sign_up(client, community):
    response = client.post("/account/signup/", {"email": "zelf@example.org", "password1": STRONG})

    assert not User.objects.filter(email="zelf@example.org").exists()
    assert response.status_code == 200


def test_editor_invites_from_the_admin_and_an_email_goes_out(editor, editor_client, groep):
    response = editor_client.post(
        "/admin/uitnodiging/new/",
        {
            "email": "af@example.org",
            "first_name": "Ali",
            "last_name": "Kaya",
            "rol": "aandachtsfunctionaris",
            "groepen": [groep.pk],
        },
    )

    assert response.status_code == 302
    invitation = Uitnodiging.objects.get(email="af@example.org")
    assert invitation.invited_by == editor
    assert len(mail.outbox) == 1
    token = re.search(r"http\S+/uitnodiging/(\S+)/", mail.outbox[0].body).group(1)
    # The token is signed with the time it was made, so compare what it opens, not its text.
    assert Uitnodiging.from_token(token) == invitation


def csv_file(content: str | bytes, name="leden.csv"):
    return SimpleUploadedFile(name, content.encode("utf-8") if isinstance(content, str) else content)


def test_csv_rows_are_checked_one_by_one(groep):
    PartnerFactory(name="Regionaal Informatie- en Expertisecentrum", abbreviation="RIEC", slug="riec")
    UserFactory(email="bestaat@example.org")
    text = (
        "voornaam;achternaam;e-mail;organisatie;gemeente;rol;groepen\n"
        f"Ann;Smit;ann@example.org;RIEC;;ketenpartner;{groep.title}\n"
        "Bo;Smit;geen-adres;;;;\n"
        "Cor;Smit;bestaat@example.org;;;;\n"
        "Dirk;Smit;ann@example.org;Onbekend;Atlantis;koning;Geheime groep\n"
    )

    rows, errors = invitations.parse_csv(text)

    assert errors == []
    assert [row.is_valid for row in rows] == [True, False, False, False]
    assert rows[0].groepen == [groep] and rows[0].organisation.abbreviation == "RIEC"
    assert "Geen geldig e-mailadres." in rows[1].errors
    assert "Er is al een account met dit e-mailadres." in rows[2].errors
    assert {
        "Dit e-mailadres staat al eerder in het bestand.",
        "Onbekende organisatie: Onbekend.",
        "Onbekende gemeente: Atlantis.",
        "Onbekende rol: koning.",
        "Onbekende groep: Geheime groep.",
    } <= set(rows[3].errors)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"naam,adres\nA,B\n", "Deze kolommen ontbreken"),
        ("voornaam;achternaam;e-mail\n".encode("utf-16"), "geen gewone tekst"),
        (b"voornaam;achternaam;e-mail\n", "geen mensen"),
        (b"", "leeg"),
        (b"voornaam;e-mail\n" + b"x" * 1_000_000, "groter dan 1 MB"),
    ],
)
def test_malformed_csv_files_get_a_clear_message(editor_client, content, error):
    response = editor_client.post("/admin/uitnodigen-in-bulk/", {"file": csv_file(content)})

    assert response.status_code == 200
    assert error in response.content.decode()
    assert "Controle:" not in response.content.decode()


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_a_csv_saved_by_excel_is_read(editor_client, groep, encoding):
    """Excel on Windows saves 'CSV' in its own encoding, 'CSV UTF-8' with a byte-order mark."""
    text = f"voornaam;achternaam;e-mail;groepen\nNoël;Dijkstra-Bérénos;noel@example.org;{groep.title}\n"

    response = editor_client.post("/admin/uitnodigen-in-bulk/", {"file": csv_file(text.encode(encoding))})

    preview = response.content.decode()
    assert "1 van 1 regels zijn goed" in preview
    assert "Noël Dijkstra-Bérénos" in preview
    rows, errors = invitations.parse_csv(response.context["csv_text"])  # what "Verstuur" sends
    assert errors == [] and rows[0].values["voornaam"] == "Noël"


def test_bulk_invite_previews_then_sends_only_valid_rows(editor_client, groep):
    client = editor_client
    text = f"voornaam,achternaam,e-mail,groepen\nAnn,Smit,ann@example.org,{groep.title}\nBo,Smit,kapot,\n"

    preview = client.post("/admin/uitnodigen-in-bulk/", {"file": csv_file(text)})
    assert "1 van 2 regels zijn goed" in preview.content.decode()
    assert Uitnodiging.objects.count() == 0

    with django_capture_commit():
        sent = client.post("/admin/uitnodigen-in-bulk/", {"csv_text": text})

    assert sent.status_code == 302
    assert list(Uitnodiging.objects.values_list("email", flat=True)) == ["ann@example.org"]
    assert [message.to for message in mail.outbox] == [["ann@example.org"]]


def test_bulk_invite_needs_permission(client, member):
    client.force_login(member)

    assert client.get("/admin/uitnodigen-in-bulk/").status_code in (302, 403)


def django_capture_commit():
    """Run on_commit callbacks (the e-mails) at the end of the block, as a real commit would."""
    from django.test import TestCase

    return TestCase.captureOnCommitCallbacks(execute=True)
