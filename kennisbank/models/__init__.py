from kennisbank.models.actieplan import ActiePage, ActieplanPage, ActieVoortgang, Status
from kennisbank.models.kennisitem import KennisbankPage, KennisItemDocument, KennisItemPage
from kennisbank.models.meldroute import Meldpunt, MeldroutePage
from kennisbank.models.taxonomie import (
    Gemeente,
    Kennissoort,
    Partner,
    Risicobranche,
    Risicogroep,
    Thema,
    Uitbuitingsvorm,
)

__all__ = [
    "ActiePage",
    "ActieVoortgang",
    "ActieplanPage",
    "Gemeente",
    "Kennissoort",
    "KennisItemDocument",
    "KennisItemPage",
    "KennisbankPage",
    "Meldpunt",
    "MeldroutePage",
    "Partner",
    "Risicobranche",
    "Risicogroep",
    "Status",
    "Thema",
    "Uitbuitingsvorm",
]
