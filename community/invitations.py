"""Inviting people, one at a time or from a CSV file, and turning an invitation into an account."""

from __future__ import annotations

from dataclasses import dataclass, field

from allauth.account.models import EmailAddress

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from community.models import GroepPage, Lidmaatschap, Profiel, Rol, Uitnodiging, User
from community.notifications import absolute
from home import csv_import
from kennisbank.models import Gemeente, Partner

CSV_COLUMNS = ["voornaam", "achternaam", "e-mail", "organisatie", "gemeente", "rol", "groepen"]
MAX_CSV_ROWS = 500


def send_invitation(invitation: Uitnodiging) -> None:
    url = absolute(reverse("community_accept_invitation", args=[invitation.token()]))
    body = render_to_string("community/email/invitation.txt", {"invitation": invitation, "url": url})
    send_mail("[VAR mensenhandel] Uitnodiging voor de community mensenhandel", body, None, [invitation.email])


@transaction.atomic
def accept(invitation: Uitnodiging, first_name: str, last_name: str, password: str) -> User:
    """Create the member's account, profile and group memberships; the invitation is then used up."""
    invitation = Uitnodiging.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise ValidationError("Deze uitnodiging is al gebruikt.")
    user = User.objects.create_user(
        email=invitation.email, password=password, first_name=first_name, last_name=last_name
    )
    # The invitation link proved that the address is theirs.
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    Profiel.objects.create(
        user=user, organisation=invitation.organisation, gemeente=invitation.gemeente, rol=invitation.rol
    )
    for groep in invitation.groepen.all():
        Lidmaatschap.objects.create(user=user, groep=groep, status=Lidmaatschap.Status.ACTIEF)
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return user


@dataclass
class CsvRow:
    number: int
    values: dict
    errors: list[str] = field(default_factory=list)
    organisation: Partner | None = None
    gemeente: Gemeente | None = None
    groepen: list[GroepPage] = field(default_factory=list)
    rol: str = Rol.KETENPARTNER

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def email(self) -> str:
        return self.values["e-mail"].lower()


def parse_csv(text: str) -> tuple[list[CsvRow], list[str]]:
    """Read an invitation CSV into rows with their own errors, and errors about the file itself.

    Columns: voornaam, achternaam, e-mail (required), organisatie (afkorting or name), gemeente,
    rol (e.g. aandachtsfunctionaris, ketenpartner), groepen (group names separated by ';').
    The text of the file as home.csv_import reads it: semicolons or commas, UTF-8 or Excel's.
    """
    try:
        table = csv_import.rows(text)
    except csv_import.CsvFileError as error:
        return [], [str(error)]
    header = [name.strip().lower() for name in table[0]] if table else []
    missing = [column for column in CSV_COLUMNS[:3] if column not in header]
    if missing:
        return [], [f"Deze kolommen ontbreken: {', '.join(missing)}. Verwacht: {', '.join(CSV_COLUMNS)}."]

    partners = {key.lower(): p for p in Partner.objects.all() for key in (p.abbreviation, p.name) if key}
    gemeenten = {g.name.lower(): g for g in Gemeente.objects.all()}
    groepen = {g.title.lower(): g for g in GroepPage.objects.all()}
    roles = {key.lower(): value for value, label in Rol.choices for key in (value, str(label))}
    existing = {email.lower() for email in User.objects.values_list("email", flat=True)}
    seen: set[str] = set()
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if number - 1 > MAX_CSV_ROWS:
            return rows, [f"Hoogstens {MAX_CSV_ROWS} mensen per keer."]
        raw = dict(zip(header, cells, strict=False))
        values = {column: (raw.get(column) or "").strip()[:200] for column in CSV_COLUMNS}
        row = CsvRow(number, values)
        email = values["e-mail"].lower()
        try:
            validate_email(email)
        except ValidationError:
            row.errors.append("Geen geldig e-mailadres.")
        if email in existing:
            row.errors.append("Er is al een account met dit e-mailadres.")
        if email in seen:
            row.errors.append("Dit e-mailadres staat al eerder in het bestand.")
        seen.add(email)
        if not values["voornaam"] or not values["achternaam"]:
            row.errors.append("Voornaam en achternaam zijn verplicht.")
        if values["organisatie"]:
            row.organisation = partners.get(values["organisatie"].lower())
            if row.organisation is None:
                row.errors.append(f"Onbekende organisatie: {values['organisatie']}.")
        if values["gemeente"]:
            row.gemeente = gemeenten.get(values["gemeente"].lower())
            if row.gemeente is None:
                row.errors.append(f"Onbekende gemeente: {values['gemeente']}.")
        if values["rol"]:
            rol = roles.get(values["rol"].lower())
            if rol is None:
                row.errors.append(f"Onbekende rol: {values['rol']}.")
            else:
                row.rol = rol
        for name in filter(None, (part.strip() for part in values["groepen"].split(";"))):
            groep = groepen.get(name.lower())
            if groep is None:
                row.errors.append(f"Onbekende groep: {name}.")
            else:
                row.groepen.append(groep)
        rows.append(row)
    if not rows:
        return [], ["Het bestand bevat geen mensen."]
    return rows, []


@transaction.atomic
def invite_rows(rows: list[CsvRow], invited_by) -> list[Uitnodiging]:
    invitations = []
    for row in rows:
        invitation = Uitnodiging.objects.create(
            email=row.email,
            first_name=row.values["voornaam"],
            last_name=row.values["achternaam"],
            organisation=row.organisation,
            gemeente=row.gemeente,
            rol=row.rol,
            invited_by=invited_by,
        )
        invitation.groepen.set(row.groepen)
        invitations.append(invitation)
    for invitation in invitations:
        transaction.on_commit(lambda invitation=invitation: send_invitation(invitation))
    return invitations
