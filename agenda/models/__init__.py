from agenda.models.aanmelding import Aanmelding, AgendaFeed
from agenda.models.agenda import AgendaPage, ics_response
from agenda.models.evenement import Doelgroep, EvenementPage, Phase, RegistrationState

__all__ = [
    "Aanmelding",
    "AgendaFeed",
    "AgendaPage",
    "Doelgroep",
    "EvenementPage",
    "Phase",
    "RegistrationState",
    "ics_response",
]
