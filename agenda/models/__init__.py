from agenda.models.aanmelding import Aanmelding, AgendaFeed
from agenda.models.agenda import AgendaPage, ics_response
from agenda.models.evenement import EvenementPage, Phase, RegistrationState, Toegang

__all__ = [
    "Aanmelding",
    "AgendaFeed",
    "AgendaPage",
    "EvenementPage",
    "Phase",
    "RegistrationState",
    "Toegang",
    "ics_response",
]
